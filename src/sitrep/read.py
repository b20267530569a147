"""Readers: turn files and folders into Articles, and anything unreadable into a Skip.

Formats: `.txt` (first non-empty line is the headline), `.html`/`.htm` (main text and metadata
through trafilatura), `.jsonl` and `.jsonl.gz` (one article a line; sitrep's own fields,
news-please's and trafilatura's JSON output are all understood), `.warc`/`.warc.gz` (the HTML
response records of a web crawl such as CC-NEWS, through warcio). Readers stream: one article at
a time. Text in UTF-8, UTF-16 and the legacy 8-bit charsets is decoded (`decode`); what cannot be
read becomes a Skip that says why, and the rest of the batch goes on.
"""

from __future__ import annotations

import codecs
import errno
import gzip
import hashlib
import io
import json
import os
import re
import stat
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
JSONL_NAMES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")  # crawls ship JSONL gzipped
WARC_SUFFIXES = (".warc", ".warc.gz")
# One article's file, JSONL line or WARC page. News pages are far smaller; trafilatura takes
# ~10 s on 4 MB of HTML and grows faster than linearly, so a bigger page is skipped, not read.
MAX_FILE_BYTES = 5_000_000

# Field names in the JSONL flavours we accept, first hit wins.
JSON_TEXT_KEYS = ("text", "maintext", "raw_text", "content", "body")
JSON_HTML_KEYS = ("html", "raw_html")
JSON_PUBLISHED_KEYS = ("published", "date_publish", "date", "published_at", "pubdate")
JSON_OUTLET_KEYS = ("outlet", "source_domain", "sitename", "hostname", "source-hostname")
JSON_URL_KEYS = ("url", "source", "canonical_url")
JSON_TYPES = {dict: "an object", list: "a list", bool: "true/false", int: "a number", float: "a number"}

ReadResult = Article | Skip


def content_hash(text: str) -> str:
    """Hash of the text with whitespace and case normalised: the same article hashes the same."""
    normalised = re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:20]


def outlet_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlparse(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:  # "http://[" is no address (urllib: "Invalid IPv6 URL")
        return None
    return host.removeprefix("www.") or None


def read_paths(paths: Iterable[str | Path], max_bytes: int = MAX_FILE_BYTES) -> Iterator[ReadResult]:
    """Every article under the given files and folders (folders recursively, sorted). A file, JSONL
    line or WARC page over `max_bytes` is skipped."""
    for item in input_files(paths):
        if isinstance(item, Skip):
            yield item
        else:
            yield from read_file(*item, max_bytes=max_bytes)


def input_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str] | Skip]:
    """Each file under the given paths with the id its article(s) get, in reading order."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from _folder_files(path)
        elif path.exists() or path.is_symlink():  # a broken link is read, to be reported as one
            yield path, path.name
        else:
            yield Skip(str(path), "no such file or folder")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def is_jsonl(path: Path) -> bool:
    return path.name.lower().endswith(JSONL_NAMES)


def _folder_files(folder: Path) -> Iterator[tuple[Path, str] | Skip]:
    seen_dirs: set[tuple[int, int]] = set()
    unreadable: list[OSError] = []  # os.walk passes over a folder it cannot list; we report it
    for root, dirs, files in os.walk(folder, followlinks=True, onerror=unreadable.append):
        yield from _folder_skips(unreadable)
        info = os.stat(root)
        if (info.st_dev, info.st_ino) in seen_dirs:  # a symlink loop
            dirs[:] = []
            yield Skip(root, "folder already visited (symbolic link loop)")
            continue
        seen_dirs.add((info.st_dev, info.st_ino))
        dirs.sort()
        for name in sorted(files):
            path = Path(root) / name
            if name.startswith(".") or not (path.suffix.lower() in SUPPORTED or is_warc(path) or is_jsonl(path)):
                continue
            yield path, path.relative_to(folder).as_posix()
    yield from _folder_skips(unreadable)


def _folder_skips(errors: list[OSError]) -> Iterator[Skip]:
    while errors:
        error = errors.pop(0)
        yield Skip(str(error.filename), f"cannot read folder: {error.strerror or error}")


def read_file(path: Path, article_id: str, max_bytes: int = MAX_FILE_BYTES) -> Iterator[ReadResult]:
    """The article(s) in one file, or Skips that say what could not be read."""
    try:
        info = path.stat()
    except OSError as error:
        yield Skip(str(path), _stat_problem(path, error))
        return
    if not stat.S_ISREG(info.st_mode):  # reading a named pipe would wait forever
        yield Skip(str(path), f"not a regular file ({_file_kind(info.st_mode)})")
        return
    try:
        if is_warc(path):
            with path.open("rb") as handle:
                yield from read_warc(handle, article_id, str(path), max_bytes)
            return
        if is_jsonl(path):
            yield from _read_jsonl(path, article_id, max_bytes)
            return
        if info.st_size > max_bytes:
            yield Skip(str(path), f"file too large ({_size(info.st_size)} > {_size(max_bytes)} limit)")
            return
        data = path.read_bytes()
    except OSError as error:
        yield Skip(str(path), f"cannot read: {error.strerror or error}")
        return
    html = path.suffix.lower() in HTML_SUFFIXES
    text, problem = decode(data, _meta_charset(data) if html else None)
    if problem:
        yield Skip(str(path), problem)
    elif html:
        yield from_html(text, article_id=article_id, origin=str(path))
    else:
        yield from_text(text, article_id=article_id, origin=str(path))


def _stat_problem(path: Path, error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "symbolic link loop"
    if path.is_symlink() and error.errno == errno.ENOENT:
        return f"broken symbolic link (to {os.readlink(path)})"
    return f"cannot read: {error.strerror or error}"


def _file_kind(mode: int) -> str:
    kinds = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))  # fmt: skip
    return next((kind for test, kind in kinds if test(mode)), "not a file")


def _size(size: int) -> str:
    """A byte count for people: 52.4 MB, 5 MB, 1.5 kB."""
    value, unit = (size / 1e6, "MB") if size >= 1_000_000 else (size / 1e3, "kB")
    return f"{value:.0f} {unit}" if value == round(value) else f"{value:.1f} {unit}"


# Decoding ------------------------------------------------------------------------------------

BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip
# Browsers read a page declared Latin-1 or ASCII as windows-1252 (the WHATWG encoding standard).
WINDOWS_1252_ALIASES = {"iso8859-1", "ascii"}


def decode(data: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """Bytes to text, or the reason they are not text we can read.

    Tried in order: a byte-order mark; UTF-16 without one; (not binary); UTF-8; the charset the
    page declares; UTF-8 with a few broken bytes (replaced by U+FFFD); windows-1252, the charset
    browsers assume, where it reads as text; else charset-normalizer's guess (cp1251, Shift JIS...).
    """
    if not data.strip():
        return "", "empty file"
    if data.startswith(tuple(bom for bom, _ in BOMS)):
        text, problem = _bom_text(data)
    else:
        text = _bomless_utf16(data)
        text, problem = (text, None) if text is not None else _byte_text(data, declared)
    if problem:
        return "", problem
    if not text.strip():
        return "", "empty file (whitespace only)"
    return text, None


def _bom_text(data: bytes) -> tuple[str, str | None]:
    codec = next(codec for bom, codec in BOMS if data.startswith(bom))
    try:
        return data.decode(codec), None
    except UnicodeDecodeError as error:
        return "", f"invalid {codec.removesuffix('-sig').upper()} at byte {error.start}, after its byte-order mark"


def _byte_text(data: bytes, declared: str | None) -> tuple[str, str | None]:
    sample = data[:4096]
    if b"\x00" in sample or _control_ratio(sample) > 0.1:
        return "", f"binary file, not text{_looks_like(sample)}"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        text = _legacy_text(data, declared)
        if text is None:
            return "", f"invalid UTF-8 at byte {error.start}, and no other character set reads it as text"
        return text, None


def _bomless_utf16(data: bytes) -> str | None:
    """Text in UTF-16 without a byte-order mark: mostly Latin script, so one byte of each pair is 0."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 8:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > pairs * 0.3 and even < pairs * 0.02:
        codec = "utf-16-le"
    elif even > pairs * 0.3 and odd < pairs * 0.02:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data[: len(data) // 2 * 2].decode(codec)
    except UnicodeDecodeError:
        return None
    head = text[:2048]
    controls = sum(1 for char in head if (char < " " and char not in "\t\n\r\f") or "\x7f" <= char < "\xa0")
    return text if controls <= len(head) / 100 else None  # arrays of small numbers are not text


def _legacy_text(data: bytes, declared: str | None) -> str | None:
    """Text that is not UTF-8: in its declared charset, as UTF-8 with a few broken bytes, or in the
    8-bit charset that reads it as text."""
    from charset_normalizer import from_bytes

    for codec in _codecs(declared):
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):  # LookupError: a declared name like "base64"
            continue
    replaced = data.decode("utf-8", errors="replace")
    broken = replaced.count("\ufffd")
    if sum(char > "\x7f" for char in replaced) - broken > broken:  # more good multi-byte characters than bad
        return replaced
    # charset-normalizer alone picks cp1250 or even CJK for short Western text; windows-1252 first.
    found = from_bytes(data, cp_isolation=["cp1252"]).best() or from_bytes(data).best()
    return str(found) if found is not None else None


def _codecs(declared: str | None) -> tuple[str, ...]:
    if not declared:
        return ()
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return ()
    return ("cp1252", "latin-1") if name in WINDOWS_1252_ALIASES else (name,)


def _meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its head (`<meta charset=...>` or http-equiv)."""
    found = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", data[:4096], re.IGNORECASE)
    return found.group(1).decode("ascii") if found else None


def _control_ratio(sample: bytes) -> float:
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls / max(1, len(sample))


def _looks_like(sample: bytes) -> str:
    """' (looks like: PNG image)' for a file format puremagic knows by its first bytes, else ''."""
    import puremagic

    try:
        matches = puremagic.magic_string(sample)
    except (puremagic.PureError, ValueError):
        return ""
    # A two-byte signature matches random data too often to name it.
    names = [m.name or m.extension for m in matches if m.offset == 0 and len(m.byte_match) >= 3]
    return f" (looks like: {names[0]})" if names else ""


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
            unwrap_source_lines(html),
            url=meta.get("url"),
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            # htmldate's extensive search turns a bare "© 2019-2024" footer into 2024-01-01; without it
            # only real date markup (meta, JSON-LD, <time>, bylines, the URL path) counts.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as error:  # trafilatura raises many kinds on hostile markup
        return Skip(origin, f"HTML could not be parsed: {type(error).__name__}")
    found = document.as_dict() if document is not None and hasattr(document, "as_dict") else document
    if not found or not (found.get("text") or "").strip():
        deep = " (markup nested deeper than the parser's 256 levels)" if _too_deep(html) else ""
        return Skip(origin, f"HTML page has no main text{deep}")
    url = meta.get("url") or found.get("url")
    return from_text(
        found["text"],
        article_id=article_id,
        origin=origin,
        title=meta.get("title") or found.get("title"),
        url=url,
        outlet=meta.get("outlet") or outlet_of(url) or found.get("sitename"),
        published=meta.get("published") or found.get("date") or _visible_date(html, url),
    )


_PRE_RE = re.compile(r"(<pre\b.*?</pre>)", re.I | re.S)
_SOURCE_BREAK_RE = re.compile(r"[ \t]*\r?\n\s*")


def unwrap_source_lines(html: str) -> str:
    """The page with the line breaks of its source joined: a browser shows a paragraph wrapped over
    several source lines as one, but trafilatura keeps the breaks and the cleaner would judge each
    piece a line of its own. Preformatted text keeps its breaks; <br> and block tags still break."""
    parts = _PRE_RE.split(html)
    return "".join(part if n % 2 else _SOURCE_BREAK_RE.sub(" ", part) for n, part in enumerate(parts))


# Page furniture whose dates are not the article's: the footer's copyright year, comment times, the
# dates of related links and promotions.
FURNITURE_XPATH = (
    "//footer|//aside|//nav|//form|//*[contains(@class,'comment') or contains(@id,'comment') or "
    "contains(@class,'footer') or contains(@id,'footer') or contains(@class,'copyright') or "
    "contains(@class,'related') or contains(@class,'promo') or contains(@class,'newsletter') or "
    "contains(@class,'subscribe') or contains(@class,'sidebar') or contains(@class,'trending')]"
)


def _visible_date(html: str, url: str | None) -> str | None:
    """A page without date markup: the date its byline or header shows ("Saturday, 5 August 2023"),
    found by htmldate's extensive search once the furniture is gone, and kept only if the page writes
    that day in full (htmldate turns a bare "© 2024" into 2024-01-01)."""
    import htmldate
    import lxml.html
    from lxml import etree

    from .extract.dates import find_dates

    try:
        tree = lxml.html.fromstring(html)
        for element in tree.xpath(FURNITURE_XPATH):
            element.drop_tree()
        found = htmldate.find_date(tree, extensive_search=True, original_date=True, url=url)
    except (etree.LxmlError, ValueError, TypeError):
        return None
    if not found:
        return None
    text = tree.text_content()
    written = any(m.date.precision == "day" and m.date.value == found for m in find_dates(text, None) if not m.relative)
    return found if written else None


def _too_deep(html: str) -> bool:
    """Whether lxml stopped at its nesting limit, dropping everything deeper (trafilatura parses so)."""
    import lxml.html

    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(html, parser=parser)
    except (ValueError, lxml.etree.LxmlError):
        return False
    return any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in parser.error_log)


def _read_jsonl(path: Path, name: str, max_bytes: int = MAX_FILE_BYTES) -> Iterator[ReadResult]:
    """One article a line; a line without an `id` is known as NAME:LINE (NAME relative to the input
    folder). Gzipped JSONL is read as it streams; where it is cut short, the lines before land."""
    with path.open("rb") as handle:
        gzipped = handle.read(2) == b"\x1f\x8b"
        handle.seek(0)
        stream = _GzipStream(handle) if gzipped else None
        whole = 0  # lines read whole
        for number, raw_line in enumerate(_lines(io.BufferedReader(stream) if stream else handle, max_bytes), 1):
            origin = f"{path}:{number}"
            if isinstance(raw_line, int):
                yield Skip(origin, f"line too long ({_size(raw_line)} > {_size(max_bytes)} limit)")
            elif stream is not None and stream.error is not None and not raw_line.endswith(b"\n"):
                break  # the half line where the data breaks off: reported below with the break
            else:
                raw_line = raw_line.removeprefix(b"\xef\xbb\xbf") if number == 1 else raw_line
                if raw_line.strip():
                    yield _json_line(raw_line, f"{name}:{number}", origin)
            whole = number
    if stream is not None and stream.error is not None:
        yield Skip(str(path), f"gzip data cut short or corrupt after line {whole} ({stream.error})")


def _lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | int]:
    """Each line, or for a line over `max_bytes` its length: such a line is never held whole."""
    while line := handle.readline(max_bytes + 1):
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield line
            continue
        length = len(line)
        while line and not line.endswith(b"\n"):
            line = handle.readline(1 << 20)
            length += len(line)
        yield length


def _json_line(raw_line: bytes, default_id: str, origin: str) -> ReadResult:
    try:
        record = json.loads(raw_line.rstrip(b"\r\n").decode("utf-8"))
    except UnicodeDecodeError as error:
        return Skip(origin, f"invalid UTF-8 at byte {error.start}")
    except json.JSONDecodeError as error:
        where = f"{error.msg} column" if error.msg.endswith(" at") else f"{error.msg}, column"
        return Skip(origin, f"broken JSON line ({where} {error.colno})")
    except RecursionError:
        return Skip(origin, "broken JSON line (nested too deeply)")
    return from_record(record, default_id=default_id, origin=origin)


def from_record(record: object, default_id: str, origin: str) -> ReadResult:
    """One JSON object (sitrep, news-please or trafilatura fields) to an Article. A field of the
    wrong type is passed over, as is a publication date that is not a date."""
    if not isinstance(record, dict):
        return Skip(origin, f"JSON line is a {type(record).__name__}, not an object")
    url = _first_str(record, JSON_URL_KEYS)
    published = _first_str(record, JSON_PUBLISHED_KEYS)
    meta = {
        "title": _first_str(record, ("title", "headline")),
        "url": url if url and re.match(r"^(https?://|www\.)", url.strip(), re.IGNORECASE) else None,
        "published": published if published and _is_date(published) else None,
        "outlet": _first_str(record, JSON_OUTLET_KEYS),
    }
    meta["outlet"] = outlet_of(meta["outlet"]) if meta["outlet"] and "." in meta["outlet"] else meta["outlet"]
    raw_id = record.get("id")
    usable_id = isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) and str(raw_id).strip()
    article_id = str(raw_id) if usable_id else default_id
    text = _first_str(record, JSON_TEXT_KEYS)
    if text:
        return from_text(text, article_id=article_id, origin=origin, **meta)
    html = _first_str(record, JSON_HTML_KEYS)
    if html:
        return from_html(html, article_id=article_id, origin=origin, **meta)
    wrong = next((key for key in JSON_TEXT_KEYS + JSON_HTML_KEYS if type(record.get(key)) in JSON_TYPES), None)
    if wrong:
        return Skip(origin, f"JSON field {wrong!r} is {JSON_TYPES[type(record[wrong])]}, not text")
    return Skip(origin, "JSON object has no text or html field")


def _first_str(record: dict, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _is_date(value: str) -> bool:
    from .extract.dates import parse_date

    return parse_date(value) is not None


# WARC ---------------------------------------------------------------------------------------


def read_warc(handle: BinaryIO, name: str, origin: str, max_bytes: int = MAX_FILE_BYTES) -> Iterator[ReadResult]:
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
            payload = _bounded_read(record.content_stream(), max_bytes)  # before get_record_offset, which skips the record
            cut_short = record.raw_stream.limit > 0  # fewer bytes than its Content-Length
            offset = records.get_record_offset()
            if cut_short:
                problem = f"record at offset {offset} cut short"
                break
            count += 1
            if payload is None:
                yield Skip(f"{origin}@{offset}", f"page too large (over the {_size(max_bytes)} limit)")
            else:
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


def _bounded_read(stream: BinaryIO, max_bytes: int) -> bytes | None:
    """The stream's bytes, or None (the stream read to its end) when there are more than max_bytes."""
    data = stream.read(max_bytes + 1)
    if len(data) <= max_bytes:
        return data
    while stream.read(1 << 20):
        pass
    return None


def _decode_payload(payload: bytes, content_type: str) -> tuple[str, str | None]:
    """The page's text: in the charset its HTTP header or its head declares, else as `decode` finds."""
    declared = re.search(r"charset=[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    return decode(payload, declared.group(1) if declared else _meta_charset(payload))


def _page_date(article: Article) -> bool:
    from .extract.dates import publication_date

    found, _ = publication_date(article.raw_text, article.url)
    return found is not None
