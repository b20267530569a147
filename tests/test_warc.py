"""WARC input: HTML response records become articles; everything else is passed over or reported.

The WARC files are written here with warcio's writer, with pages written for these tests.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sitrep.models import Article, Skip
from sitrep.read import read_paths

CRAWLED = "2024-02-20T06:15:00Z"
DATED_PAGE = """<html><head><title>Transport plane crashes on approach to Goma</title>
<meta property="article:published_time" content="2024-02-18T09:30:00Z"></head>
<body><nav>Home | World | Africa</nav><article><h1>Transport plane crashes on approach to Goma</h1>
<p>A Congolese military Antonov An-26 transport plane crashed on approach to Goma airport on Saturday,
killing all five crew members, the army said in a statement.</p>
<p>The aircraft had been carrying ammunition and rations to troops in North Kivu when it came down in
a field two kilometres short of the runway, witnesses told reporters.</p>
<p>An investigation into the cause of the crash has been opened, an army spokesman said.</p>
</article><footer>Subscribe to our newsletter</footer></body></html>"""
UNDATED_PAGE = """<html><head><title>Harbour festival returns after three years</title></head><body><article>
<h1>Harbour festival returns after three years</h1>
<p>The harbour festival returned to the old port this weekend, with boat races, food stalls and a
fireworks display that drew thousands of visitors to the waterfront.</p>
<p>Organisers said they hoped to make the event bigger again next summer, with more music stages.</p>
</article></body></html>"""
DATELINE_PAGE = """<html><head><title>Drone downed near the border</title></head><body><article>
<h1>Drone downed near the border</h1>
<p>ISTANBUL, Feb 19, 2024 (Harbour Wire) - Air defence units shot down a reconnaissance drone near the
border on Monday, the defence ministry said, adding that the wreckage had been recovered.</p>
<p>The ministry did not say who had launched the drone or how far it had flown into the country.</p>
</article></body></html>"""
LATIN1_PAGE = """<html><head><title>Caf\u00e9 owners protest new rules</title></head><body><article>
<h1>Caf\u00e9 owners protest new rules</h1>
<p>Owners of caf\u00e9s along the river met the mayor on Tuesday to protest new rules on terraces, which
they say will cost them half of their summer trade and put jobs at risk.</p>
<p>The mayor said the rules would be reviewed after the summer season, when the council meets again.</p>
</article></body></html>"""


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str, status: str = "200 OK"):
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict={"WARC-Date": CRAWLED}
    )


def write_warc(path: Path, gzipped: bool) -> Path:
    """A small crawl: warcinfo, a request, four HTML pages, an image, a 404 page and a JSON API answer."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "sitrep tests"}))
        request = StatusAndHeaders("GET /world/goma HTTP/1.1", [("Host", "news.example")], is_http_request=True)
        writer.write_record(
            writer.create_warc_record("https://news.example/world/goma", "request", http_headers=request)
        )
        html = "text/html; charset=utf-8"
        writer.write_record(_response(writer, "https://news.example/world/goma", DATED_PAGE.encode(), html))
        writer.write_record(_response(writer, "https://news.example/image.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png"))
        writer.write_record(_response(writer, "https://news.example/local/festival", UNDATED_PAGE.encode(), html))
        writer.write_record(_response(writer, "https://news.example/gone", b"<html><p>Not found</p></html>", html, "404 Not Found"))
        writer.write_record(_response(writer, "https://wire.example/border-drone", DATELINE_PAGE.encode(), "text/html"))
        writer.write_record(_response(writer, "https://news.example/api/latest", b'{"items": []}', "application/json"))
        writer.write_record(
            _response(writer, "https://ville.example/cafes", LATIN1_PAGE.encode("latin-1"), "text/html; charset=ISO-8859-1")
        )
    return path


@pytest.mark.parametrize("name, gzipped", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_html_responses_become_articles(tmp_path: Path, name: str, gzipped: bool) -> None:
    write_warc(tmp_path / name, gzipped)
    items = list(read_paths([tmp_path]))
    assert all(isinstance(item, Article) for item in items), [getattr(i, "reason", None) for i in items]
    by_id = {item.id: item for item in items}
    assert list(by_id) == [
        "https://news.example/world/goma",
        "https://news.example/local/festival",
        "https://wire.example/border-drone",
        "https://ville.example/cafes",
    ]
    goma = by_id["https://news.example/world/goma"]
    assert goma.url == "https://news.example/world/goma" and goma.outlet == "news.example"
    assert goma.title == "Transport plane crashes on approach to Goma"
    assert "Antonov An-26" in goma.raw_text and "Subscribe" not in goma.raw_text
    assert goma.origin.startswith(str(tmp_path / name) + "@")
    # the page's own date wins; the crawl date stands in only where the page gives none
    assert (goma.published, goma.published_source) == ("2024-02-18", "metadata")
    festival = by_id["https://news.example/local/festival"]
    assert (festival.published, festival.published_source) == ("2024-02-20", "crawl")
    # a date the page shows in its text is the page's date too, not the crawl's
    assert by_id["https://wire.example/border-drone"].published == "2024-02-19"
    assert "Caf\u00e9 owners" in by_id["https://ville.example/cafes"].raw_text


def test_truncated_gzip_keeps_the_records_before_the_break(tmp_path: Path) -> None:
    whole = write_warc(tmp_path / "whole.warc.gz", gzipped=True).read_bytes()
    cut = tmp_path / "cut" / "crawl.warc.gz"
    cut.parent.mkdir()
    cut.write_bytes(whole[: int(len(whole) * 0.7)])
    items = list(read_paths([cut.parent]))
    articles = [i for i in items if isinstance(i, Article)]
    skips = [i for i in items if isinstance(i, Skip)]
    assert [a.id for a in articles][:2] == ["https://news.example/world/goma", "https://news.example/local/festival"]
    assert len(articles) < 4
    assert len(skips) == 1 and skips[0].origin == str(cut)
    assert "cut short or corrupt" in skips[0].reason and f"after {len(articles)} HTML records" in skips[0].reason


def test_truncated_plain_warc_reports_the_cut_record(tmp_path: Path) -> None:
    whole = write_warc(tmp_path / "whole.warc", gzipped=False).read_bytes()
    goma_end = whole.index(b"An investigation into the cause")
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole[:goma_end])
    items = list(read_paths([cut]))
    assert len(items) == 1 and isinstance(items[0], Skip)
    assert "cut short" in items[0].reason and "after 0 HTML records" in items[0].reason


def test_a_file_that_is_not_warc_is_reported(tmp_path: Path) -> None:
    (tmp_path / "notes.warc").write_text("These are my notes, not a web archive.\n")
    (tmp_path / "broken.warc.gz").write_bytes(b"\x1f\x8b\x08\x00garbage that is no gzip")
    reasons = {Path(s.origin).name: s.reason for s in read_paths([tmp_path])}
    assert reasons["notes.warc"] == "not a WARC file (no WARC records found)"
    assert "gzip data cut short or corrupt" in reasons["broken.warc.gz"]


def test_ingest_reads_a_warc_into_the_store(tmp_path: Path) -> None:
    from conftest import require_pipeline

    require_pipeline()
    from sitrep.pipeline import ingest
    from sitrep.store import Store

    write_warc(tmp_path / "crawl.warc.gz", gzipped=True)
    with Store(tmp_path / "s.db") as store:
        summary = ingest([tmp_path / "crawl.warc.gz"], store)
        assert summary.read == 4 and not summary.skipped
        assert summary.relevant == 2
        records = store.incidents()
    families = sorted((r["aircraft"] or {}).get("family") or (r["aircraft"] or {}).get("category") for r in records)
    assert families == ["An-26", "drone"]
