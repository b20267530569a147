"""Readers: turn files and folders into Articles, and anything unreadable into a Skip.

Formats: `.txt` (first non-empty line is the headline), `.html`/`.htm` (main text and metadata
through trafilatura), `.jsonl` (one article a line; sitrep's own fields, news-please's and
trafilatura's JSON output are all understood), `.warc`/`.warc.gz` (the HTML response records of a
web crawl such as CC-NEWS, through warcio). Readers stream: one article at a time.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlparse

from .models import Article, Skip

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
WARC_SUFFIXES = (".warc", ".warc.gz")
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_JSONL_LINE_CHARS = 8 * 1024 * 1024

# Field names in the JSONL flavours we accept, first hit wins.
JSON_TEXT_KEYS = ("text", "maintext", "raw_text", "content", "body")
JSON_HTML_KEYS = ("html", "raw_html")
JSON_PUBLISHED_KEYS = ("published", "date_publish", "date", "published_at", "pubdate")
JSON_OUTLET_KEYS = ("outlet", "source_domain", "sitename", "hostname", "source-hostname")
JSON_URL_KEYS = ("url", "source", "canonical_url")

ReadResult = Article | Skip


def content_hash(text: str) -> str:
    """Hash of the text with whitespace and case normalised: the same article hashes the same."""
    normalised = re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:20]


def outlet_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url if "//" in url else f"//{url}").hostname or ""
    return host.removeprefix("www.") or None


def read_paths(paths: Iterable[str | Path]) -> Iterator[ReadResult]:
    """Every article under the given files and folders (folders recursively, sorted)."""
    for item in input_files(paths):
        if isinstance(item, Skip):
            yield item
        else:
            yield from read_file(*item)


def input_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str] | Skip]:
    """Each readable file under the given paths with the id its article(s) get, in reading order."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from _folder_files(path)
        elif path.exists():
            yield path, path.name
        else:
            yield Skip(str(path), "no such file or folder")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def _folder_files(folder: Path) -> Iterator[tuple[Path, str] | Skip]:
    seen_dirs: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=True, onerror=None):
        stat = os.stat(root)
        if (stat.st_dev, stat.st_ino) in seen_dirs:  # a symlink loop
            dirs[:] = []
            yield Skip(root, "folder already visited (symbolic link loop)")
            continue
        seen_dirs.add((stat.st_dev, stat.st_ino))
        dirs.sort()
        for name in sorted(files):
            path = Path(root) / name
            if name.startswith(".") or (path.suffix.lower() not in SUPPORTED and not is_warc(path)):
                continue
            yield path, path.relative_to(folder).as_posix()


def read_file(path: Path, article_id: str) -> Iterator[ReadResult]:
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if is_warc(path):
            with path.open("rb") as handle:
                yield from read_warc(handle, article_id, str(path))
            return
        if size > MAX_FILE_BYTES and suffix not in JSONL_SUFFIXES:
            yield Skip(str(path), f"file too large ({size} bytes, limit {MAX_FILE_BYTES})")
            return
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, article_id)
            return
        data = path.read_bytes()
    except OSError as error:
        yield Skip(str(path), f"cannot read: {error.strerror or error}")
        return
    text, problem = decode(data)
    if problem:
        yield Skip(str(path), problem)
        return
    if suffix in HTML_SUFFIXES:
        yield from_html(text, article_id=article_id, origin=str(path))
    else:
        yield from_text(text, article_id=article_id, origin=str(path))


def decode(data: bytes) -> tuple[str, str | None]:
    """Bytes to text, or the reason they are not text we can read."""
    if not data.strip():
        return "", "empty file"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            return "", "invalid UTF-16"
    sample = data[:4096]
    if b"\x00" in sample or _control_ratio(sample) > 0.1:
        return "", "binary file, not text"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return "", f"invalid UTF-8 at byte {error.start}"
    if not text.strip():
        return "", "empty file (whitespace only)"
    return text, None


def _control_ratio(sample: bytes) -> float:
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls / max(1, len(sample))


def from_text(text: str, article_id: str, origin: str, **meta: str | None) -> ReadResult:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return Skip(origin, "no text")
    url = meta.get("url")
    return Article(
        id=article_id,
        raw_text=text,
        title=meta.get("title"),  # None: the cleaner's headline (first line that is not furniture)
        url=url,
        outlet=meta.get("outlet") or outlet_of(url),
        published=meta.get("published"),
        published_source="metadata" if meta.get("published") else None,
        origin=origin,
        content_hash=content_hash(text),
    )


def from_html(html: str, article_id: str, origin: str, **meta: str | None) -> ReadResult:
    import trafilatura  # imported here: loading it costs time that text-only runs never pay

    try:
        document = trafilatura.bare_extraction(
            html, url=meta.get("url"), with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as error:  # trafilatura raises many kinds on hostile markup
        return Skip(origin, f"HTML could not be parsed: {type(error).__name__}")
    found = document.as_dict() if document is not None and hasattr(document, "as_dict") else document
    if not found or not (found.get("text") or "").strip():
        return Skip(origin, "HTML page has no main text")
    url = meta.get("url") or found.get("url")
    return from_text(
        found["text"],
        article_id=article_id,
        origin=origin,
        title=meta.get("title") or found.get("title"),
        url=url,
        outlet=meta.get("outlet") or outlet_of(url) or found.get("sitename"),
        published=meta.get("published") or found.get("date"),
    )


def _read_jsonl(path: Path, name: str) -> Iterator[ReadResult]:
    """One article a line; a line without an `id` is known as NAME:LINE (NAME relative to the input folder)."""
    with path.open("rb") as handle:
        for number, raw_line in enumerate(handle, start=1):
            if number == 1:
                raw_line = raw_line.removeprefix(b"\xef\xbb\xbf")
            origin = f"{path}:{number}"
            if not raw_line.strip():
                continue
            if len(raw_line) > MAX_JSONL_LINE_CHARS:
                yield Skip(origin, f"line too long ({len(raw_line)} bytes)")
                continue
            try:
                record = json.loads(raw_line.decode("utf-8"))
            except UnicodeDecodeError as error:
                yield Skip(origin, f"invalid UTF-8 at byte {error.start}")
                continue
            except json.JSONDecodeError as error:
                yield Skip(origin, f"broken JSON line ({error.msg}, column {error.colno})")
                continue
            yield from_record(record, default_id=f"{name}:{number}", origin=origin)


def from_record(record: object, default_id: str, origin: str) -> ReadResult:
    """One JSON object (sitrep, news-please or trafilatura fields) to an Article."""
    if not isinstance(record, dict):
        return Skip(origin, f"JSON line is a {type(record).__name__}, not an object")
    url = _first_str(record, JSON_URL_KEYS)
    meta = {
        "title": _first_str(record, ("title", "headline")),
        "url": url if url and re.match(r"^(https?://|www\.)", url.strip(), re.IGNORECASE) else None,
        "published": _first_str(record, JSON_PUBLISHED_KEYS),
        "outlet": _first_str(record, JSON_OUTLET_KEYS),
    }
    meta["outlet"] = outlet_of(meta["outlet"]) if meta["outlet"] and "." in meta["outlet"] else meta["outlet"]
    raw_id = record.get("id")
    article_id = str(raw_id) if isinstance(raw_id, (str, int)) and str(raw_id).strip() else default_id
    text = _first_str(record, JSON_TEXT_KEYS)
    if text:
        return from_text(text, article_id=article_id, origin=origin, **meta)
    html = _first_str(record, JSON_HTML_KEYS)
    if html:
        return from_html(html, article_id=article_id, origin=origin, **meta)
    return Skip(origin, "JSON object has no text or html field")


def _first_str(record: dict, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


# WARC ---------------------------------------------------------------------------------------


def read_warc(handle: BinaryIO, name: str, origin: str) -> Iterator[ReadResult]:
    """Articles from the HTML response records of a WARC file, gzipped or not.

    A record's WARC-Target-URI is its article's url and id (`NAME@OFFSET` when it has none).
    Requests, metadata, non-HTML payloads and non-2xx responses are not articles and are passed
    over. A file cut short or corrupt gives one Skip saying so; the records before the break land.

    The publication date comes from the page (metadata, dateline, URL, text). Only when the page
    gives none does the record's WARC-Date stand in, with published_source "crawl": a page cannot
    be published after it was fetched, and a news crawl such as CC-NEWS fetches within a day or
    two, so relative dates ("on Tuesday") still resolve to the right day. A general web crawl may
    fetch months later; there the crawl date is only an upper bound, which its source makes plain.
    """
    from warcio.archiveiterator import ArchiveIterator

    gzipped = handle.read(2) == b"\x1f\x8b"
    handle.seek(0)
    stream = _GzipStream(handle) if gzipped else None
    records = ArchiveIterator(io.BufferedReader(stream) if stream else handle)
    seen, count, problem = 0, 0, None
    try:
        for record in records:
            seen += record.format == "warc"  # warcio reads any text as an old ARC file
            if record.format != "warc" or record.rec_type != "response" or not _html_response(record):
                continue
            payload = record.content_stream().read()  # before get_record_offset, which skips the record
            cut_short = record.raw_stream.limit > 0  # fewer bytes than its Content-Length
            offset = records.get_record_offset()
            if cut_short:
                problem = f"record at offset {offset} cut short"
                break
            count += 1
            yield _warc_article(record, payload, name, f"{origin}@{offset}")
    except Exception as error:  # warcio raises many kinds on a damaged file; nothing may stop the batch
        problem = f"{type(error).__name__}: {error}"
    if stream is not None and stream.error is not None:
        problem = f"gzip data cut short or corrupt ({stream.error})"
    if problem:
        yield Skip(origin, f"WARC file damaged after {count} HTML records: {problem}")
    elif not seen:
        yield Skip(origin, "not a WARC file (no WARC records found)")


class _GzipStream(io.RawIOBase):
    """A multi-member gzip file, decompressed. Where the data is cut short or corrupt it ends and
    keeps the error: warcio would end such a file silently, losing the records after the break
    without a word."""

    def __init__(self, handle: BinaryIO) -> None:
        self.gzip = gzip.GzipFile(fileobj=handle)
        self.error: Exception | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            data = self.gzip.read1(len(buffer))
        except (EOFError, OSError, zlib.error) as error:  # gzip.BadGzipFile is an OSError
            self.error, data = error, b""
        buffer[: len(data)] = data
        return len(data)


def _html_response(record) -> bool:  # noqa: ANN001 - warcio's record class is not public
    headers = record.http_headers
    if headers is None or not (headers.get_statuscode() or "").startswith("2"):
        return False
    content_type = (headers.get_header("Content-Type") or "").lower()
    return not content_type or "html" in content_type


def _warc_article(record, payload: bytes, name: str, origin: str) -> ReadResult:  # noqa: ANN001
    content_type = record.http_headers.get_header("Content-Type") or ""
    html, problem = _decode_payload(payload, content_type)
    if problem:
        return Skip(origin, problem)
    url = record.rec_headers.get_header("WARC-Target-URI")
    result = from_html(html, article_id=url or f"{name}@{origin.rsplit('@', 1)[-1]}", origin=origin, url=url)
    crawled = record.rec_headers.get_header("WARC-Date")
    if isinstance(result, Article) and not result.published and crawled and not _page_date(result):
        result.published, result.published_source = crawled[:10], "crawl"
    return result


def _decode_payload(payload: bytes, content_type: str) -> tuple[str, str | None]:
    """The page's text: in the charset its HTTP header declares, else as `decode` reads files."""
    declared = re.search(r"charset=[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    if declared and payload.strip():
        try:
            return payload.decode(declared.group(1), errors="replace"), None
        except LookupError:
            pass
    text, problem = decode(payload)
    if problem and problem.startswith("invalid UTF-8"):  # an undeclared legacy charset: keep what reads
        return payload.decode("utf-8", errors="replace"), None
    return text, problem


def _page_date(article: Article) -> bool:
    from .extract.dates import publication_date

    found, _ = publication_date(article.raw_text, article.url)
    return found is not None
