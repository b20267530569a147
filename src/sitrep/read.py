"""Readers: turn files and folders into Articles, and anything unreadable into a Skip.

Formats: `.txt` (first non-empty line is the headline), `.html`/`.htm` (main text and metadata
through trafilatura), `.jsonl` (one article a line; sitrep's own fields, news-please's and
trafilatura's JSON output are all understood). Readers stream: one article at a time.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlparse

from .models import Article, Skip

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
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
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from _read_folder(path)
        elif path.exists():
            yield from read_file(path, article_id=path.name)
        else:
            yield Skip(str(path), "no such file or folder")


def _read_folder(folder: Path) -> Iterator[ReadResult]:
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
            if name.startswith(".") or path.suffix.lower() not in SUPPORTED:
                continue
            yield from read_file(path, article_id=path.relative_to(folder).as_posix())


def read_file(path: Path, article_id: str) -> Iterator[ReadResult]:
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
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
