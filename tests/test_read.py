import json
import os
import re
from pathlib import Path

import pytest

from sitrep.models import Article, Skip
from sitrep.read import content_hash, decode, from_html, from_record, read_paths, unwrap_source_lines

HEADLINE = "Transport plane lost over the gulf"
BODY = "A military transport plane disappeared from radar over the gulf on Monday night, the navy said."


def read_all(*paths):
    return list(read_paths(paths))


def articles(results):
    return [r for r in results if isinstance(r, Article)]


def skips(results):
    return [r for r in results if isinstance(r, Skip)]


def only_skip(results) -> Skip:
    assert len(results) == 1 and isinstance(results[0], Skip), results
    return results[0]


# --- plain text ---------------------------------------------------------------------------------


def test_txt_file_keeps_text_and_leaves_title_to_the_cleaner(tmp_path):
    path = tmp_path / "gulf.txt"
    path.write_text(f"{HEADLINE}\r\n{BODY}\r\n", encoding="utf-8")
    [article] = read_all(path)
    assert isinstance(article, Article)
    assert article.id == "gulf.txt"
    assert article.title is None  # the cleaner picks the headline later
    assert article.raw_text == f"{HEADLINE}\n{BODY}\n"  # CRLF normalised
    assert article.origin == str(path)
    assert article.url is None and article.published is None and article.published_source is None
    assert article.content_hash == content_hash(article.raw_text)


def test_txt_with_utf8_bom_is_read_without_the_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff".encode() + f"{HEADLINE}\n{BODY}".encode())
    [article] = read_all(path)
    assert article.raw_text.startswith(HEADLINE)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_with_bom_decodes(tmp_path, encoding):
    path = tmp_path / "wide.txt"
    data = f"{HEADLINE}\n{BODY}\n".encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    [article] = read_all(path)
    assert isinstance(article, Article)
    assert article.raw_text == f"{HEADLINE}\n{BODY}\n"


def test_content_hash_ignores_whitespace_and_case():
    base = content_hash(f"{HEADLINE}\n{BODY}")
    assert content_hash(f"  {HEADLINE.upper()}\n\n\t{BODY}   \n") == base
    assert content_hash(f"{HEADLINE} {BODY}") == base
    assert content_hash(f"{HEADLINE}\n{BODY.replace('Monday', 'Tuesday')}") != base


def test_whitespace_and_case_variants_of_one_article_hash_the_same(tmp_path):
    (tmp_path / "a.txt").write_text(f"{HEADLINE}\n{BODY}\n")
    (tmp_path / "b.txt").write_text(f"\n\n{HEADLINE.lower()}\r\n   {BODY}  \n\n")
    first, second = read_all(tmp_path)
    assert (first.id, second.id) == ("a.txt", "b.txt")
    assert first.content_hash == second.content_hash


# --- HTML ---------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Army helicopter lost near border | Northern Ledger</title>
<link rel="canonical" href="https://www.northernledger.example/world/2021/05/army-helicopter-lost">
<meta property="og:title" content="Army helicopter lost near border">
<meta property="article:published_time" content="2021-05-14T08:30:00+00:00">
<meta property="og:site_name" content="Northern Ledger">
</head>
<body>
<header><nav><ul>
<li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather forecast for the whole region</a></li>
</ul></nav></header>
<div id="cookie-banner" class="cookie-consent">We use cookies to personalise content. Accept all cookies or
manage your preferences.</div>
<main><article>
<h1>Army helicopter lost near border</h1>
<p>An army transport helicopter went down on Thursday evening in the hills north of the frontier town,
military officials said on Friday.</p>
<p>The aircraft was returning from a supply flight to a remote outpost when contact with the crew was lost
shortly after nine o'clock.</p>
<p>Rescue teams reached the wreckage at dawn and recovered the bodies of three crew members, according to a
statement from the defence ministry.</p>
<p>Officials said weather conditions at the time were poor, with low cloud and heavy rain across the valley.</p>
</article></main>
<footer><p>Copyright 2021 Northern Ledger Media. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>
</body>
</html>
"""


def test_html_page_gives_title_canonical_url_date_and_main_text(tmp_path):
    path = tmp_path / "ledger.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read_all(path)
    assert isinstance(article, Article), article
    assert article.id == "ledger.html"
    assert article.title == "Army helicopter lost near border"
    assert article.url == "https://www.northernledger.example/world/2021/05/army-helicopter-lost"
    assert article.outlet == "northernledger.example"
    assert article.published is not None and article.published.startswith("2021-05-14")
    assert article.published_source == "metadata"
    text = article.raw_text
    assert "went down on Thursday evening" in text
    assert "three crew members" in text
    assert "low cloud and heavy rain" in text
    for furniture in ("Weather forecast", "We use cookies", "Accept all cookies", "Privacy policy", "All rights reserved"):
        assert furniture not in text, furniture


def _read_page(tmp_path: Path, html: str) -> Article:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    [article] = read_all(path)
    return article


def _without_date_markup(page: str) -> str:
    return re.sub(r'<meta property="article:published_time"[^>]*>', "", page).replace("/2021/05/", "/")


@pytest.mark.parametrize(
    "furniture",
    [
        "<footer><p>© 2019-2024 Northern Ledger Media. All rights reserved.</p></footer>",
        '<div class="comments"><p>reader_77 · 12 March 2023 10:14</p><p>Sad news for the families.</p></div>',
        '<aside><p>Subscribe before 31 December 2022 and get 50% off.</p></aside>',
    ],
)
def test_html_page_without_a_publication_date_takes_none_from_its_furniture(tmp_path, furniture):
    # PAGE's own footer says "Copyright 2021" too
    article = _read_page(tmp_path, _without_date_markup(PAGE).replace("<footer>", furniture + "<footer>", 1))
    assert "went down on Thursday evening" in article.raw_text
    assert article.published is None


@pytest.mark.parametrize("byline", [
    '<div class="byline">By Ana Ruiz, defence reporter<br>Friday, 14 May 2021</div>',
    '<p class="meta">Posted on May 14, 2021 by staff</p>',
])
def test_html_page_without_date_markup_takes_the_date_its_byline_shows(tmp_path, byline):
    article = _read_page(tmp_path, _without_date_markup(PAGE).replace("<h1>", byline + "<h1>", 1))
    assert article.published == "2021-05-14"


def test_html_page_takes_its_date_from_json_ld_or_a_time_element(tmp_path):
    undated = _without_date_markup(PAGE)
    json_ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-05-14T07:30:00Z"}</script>'
    for marked in (undated.replace("</head>", json_ld + "</head>"), undated.replace("<h1>", '<time datetime="2021-05-14T07:30">14 May</time><h1>')):
        article = _read_page(tmp_path, marked)
        assert article.published is not None and article.published.startswith("2021-05-14")


def test_html_without_main_text_is_skipped(tmp_path):
    path = tmp_path / "shell.htm"
    path.write_text("<html><head><title>Loading</title></head><body><script>var player = 1;</script><div></div></body></html>")
    skip = only_skip(read_all(path))
    assert skip.origin == str(path)
    assert "no main text" in skip.reason


# --- JSONL --------------------------------------------------------------------------------------


def jsonl(path: Path, *lines: object) -> Path:
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n")
    return path


def test_jsonl_sitrep_fields(tmp_path):
    path = jsonl(tmp_path / "feed.jsonl", {
        "id": "ledger-2041", "title": HEADLINE, "text": f"{HEADLINE}\n{BODY}",
        "url": "https://www.gulfledger.example/news/2041", "published": "2022-01-03", "outlet": "Gulf Ledger",
    })  # fmt: skip
    [article] = read_all(path)
    assert article.id == "ledger-2041"
    assert article.origin == f"{path}:1"
    assert article.title == HEADLINE
    assert article.url == "https://www.gulfledger.example/news/2041"
    assert article.outlet == "Gulf Ledger"
    assert (article.published, article.published_source) == ("2022-01-03", "metadata")
    assert article.raw_text == f"{HEADLINE}\n{BODY}"


def test_jsonl_news_please_fields(tmp_path):
    path = jsonl(tmp_path / "newsplease.jsonl", {
        "title": HEADLINE, "maintext": BODY, "date_publish": "2022-03-04 10:00:00",
        "source_domain": "www.harbourpost.example", "url": "https://www.harbourpost.example/story/77",
        "language": "en", "authors": ["A. Writer"],
    })  # fmt: skip
    [article] = read_all(path)
    assert article.id == "newsplease.jsonl:1"
    assert article.raw_text == BODY
    assert article.published == "2022-03-04 10:00:00"
    assert article.outlet == "harbourpost.example"
    assert article.url == "https://www.harbourpost.example/story/77"
    assert article.title == HEADLINE


def test_jsonl_trafilatura_fields(tmp_path):
    path = jsonl(tmp_path / "traf.jsonl", {
        "title": HEADLINE, "text": BODY, "hostname": "coastwatch.example", "date": "2023-05-06",
        "source": "https://coastwatch.example/a/1", "source-hostname": "Coast Watch",
    })  # fmt: skip
    [article] = read_all(path)
    assert article.raw_text == BODY
    assert article.published == "2023-05-06"
    assert article.outlet == "coastwatch.example"
    assert article.url == "https://coastwatch.example/a/1"


def test_jsonl_html_field_goes_through_trafilatura(tmp_path):
    path = jsonl(tmp_path / "pages.jsonl", {"id": "page-1", "url": "https://www.northernledger.example/x", "html": PAGE})
    [article] = read_all(path)
    assert article.id == "page-1"
    assert article.url == "https://www.northernledger.example/x"  # the record's url wins over the canonical
    assert "went down on Thursday evening" in article.raw_text
    assert "We use cookies" not in article.raw_text


def test_jsonl_ids_from_id_field_else_file_and_line(tmp_path):
    path = jsonl(
        tmp_path / "mixed.jsonl",
        {"id": "first", "text": "One article about a jet."},
        "",
        {"text": "Two: an article without an id."},
        {"id": 42, "text": "Three: a numeric id."},
        {"id": "   ", "text": "Four: a blank id."},
    )
    found = read_all(path)
    assert [a.id for a in found] == ["first", "mixed.jsonl:3", "42", "mixed.jsonl:5"]
    assert [a.origin for a in found] == [f"{path}:1", f"{path}:3", f"{path}:4", f"{path}:5"]


def test_broken_jsonl_line_is_skipped_and_the_other_lines_read(tmp_path):
    path = jsonl(
        tmp_path / "feed.jsonl",
        {"id": "a", "text": "First article text."},
        '{"id": "b", "text": "cut off in the mid',
        {"id": "c", "text": "Third article text."},
    )
    found = read_all(path)
    assert [a.id for a in articles(found)] == ["a", "c"]
    [skip] = skips(found)
    assert skip.origin == f"{path}:2"
    assert "broken JSON line" in skip.reason


def test_jsonl_line_that_is_a_list_is_skipped(tmp_path):
    path = jsonl(tmp_path / "lists.jsonl", ["not", "an", "object"], {"id": "ok", "text": "Fine text."})
    found = read_all(path)
    assert [a.id for a in articles(found)] == ["ok"]
    [skip] = skips(found)
    assert skip.origin == f"{path}:1"
    assert "list" in skip.reason and "not an object" in skip.reason


def test_jsonl_object_without_text_is_skipped(tmp_path):
    path = jsonl(tmp_path / "notext.jsonl", {"id": "empty", "title": "Headline only", "text": "   ", "url": "https://x.example/1"})
    skip = only_skip(read_all(path))
    assert skip.origin == f"{path}:1"
    assert "no text" in skip.reason


def test_jsonl_line_with_invalid_utf8_is_skipped(tmp_path):
    path = tmp_path / "bytes.jsonl"
    path.write_bytes(b'{"id": "x", "text": "caf\xe9"}\n{"id": "y", "text": "fine"}\n')
    found = read_all(path)
    assert [a.id for a in articles(found)] == ["y"]
    [skip] = skips(found)
    assert skip.origin == f"{path}:1" and "invalid UTF-8" in skip.reason


def test_from_record_rejects_non_objects_with_the_type_named():
    skip = from_record("just a string", default_id="f.jsonl:9", origin="f.jsonl:9")
    assert isinstance(skip, Skip)
    assert skip.origin == "f.jsonl:9" and "str" in skip.reason


def test_jsonl_with_utf8_bom_reads_its_first_line(tmp_path):
    path = tmp_path / "excel.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "bom-1", "text": BODY}).encode() + b"\n")
    [article] = read_all(path)
    assert isinstance(article, Article) and article.id == "bom-1"


def test_jsonl_default_ids_do_not_collide_across_subfolders(tmp_path):
    for outlet in ("east", "west"):
        (tmp_path / outlet).mkdir()
        jsonl(tmp_path / outlet / "feed.jsonl", {"text": f"A report from the {outlet} desk about a lost drone."})
    found = articles(read_all(tmp_path))
    assert [a.id for a in found] == ["east/feed.jsonl:1", "west/feed.jsonl:1"]


def test_broken_jsonl_reason_reads_cleanly(tmp_path):
    path = tmp_path / "tabs.jsonl"
    path.write_text('{"id": "t", "text": "a raw\ttab inside a JSON string"}\n')
    skip = only_skip(read_all(path))
    assert "broken JSON line" in skip.reason
    assert " at at " not in skip.reason


def test_source_that_is_a_name_is_not_taken_as_url():
    article = from_record({"id": "ap-1", "text": BODY, "source": "Associated Press"}, "f.jsonl:1", "f.jsonl:1")
    assert isinstance(article, Article)
    assert article.url is None


# --- folders ------------------------------------------------------------------------------------


def test_folder_is_read_recursively_sorted_with_relative_ids(tmp_path):
    (tmp_path / "b_outlet" / "2021").mkdir(parents=True)
    (tmp_path / "a_outlet").mkdir()
    (tmp_path / "b_outlet" / "2021" / "jet.txt").write_text(f"{HEADLINE}\n{BODY}\n")
    (tmp_path / "a_outlet" / "zeta.txt").write_text("Zeta headline here today\nZeta body.\n")
    (tmp_path / "a_outlet" / "alpha.TXT").write_text("Alpha headline here today\nAlpha body.\n")
    (tmp_path / "top.txt").write_text("Top headline here today\nTop body.\n")
    (tmp_path / "notes.md").write_text("# not an article\n")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    (tmp_path / "a_outlet" / ".hidden.txt").write_text("Hidden headline\nHidden body.\n")
    found = read_all(tmp_path)
    assert not skips(found)  # unsupported suffixes and hidden files are ignored, not reported
    assert [a.id for a in found] == ["top.txt", "a_outlet/alpha.TXT", "a_outlet/zeta.txt", "b_outlet/2021/jet.txt"]
    assert found[-1].origin == str(tmp_path / "b_outlet" / "2021" / "jet.txt")


def test_single_file_id_is_its_name(tmp_path):
    (tmp_path / "deep" / "er").mkdir(parents=True)
    path = tmp_path / "deep" / "er" / "story.txt"
    path.write_text(f"{HEADLINE}\n{BODY}\n")
    [article] = read_all(path)
    assert article.id == "story.txt"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symlink_loop_in_folder_terminates_and_is_reported(tmp_path):
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "story.txt").write_text(f"{HEADLINE}\n{BODY}\n")
    (tmp_path / "desk" / "back").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "self").symlink_to(tmp_path / "self")  # a link to itself
    found = read_all(tmp_path)  # must return at all
    assert [a.id for a in articles(found)] == ["desk/story.txt"]
    loop = skips(found)
    assert len(loop) == 1
    assert "loop" in loop[0].reason and loop[0].origin == str(tmp_path / "desk" / "back")


# --- bad inputs ---------------------------------------------------------------------------------


def test_missing_path_is_a_skip(tmp_path):
    missing = tmp_path / "nowhere" / "story.txt"
    skip = only_skip(read_all(missing))
    assert skip.origin == str(missing)
    assert skip.reason == "no such file or folder"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n\t \r\n", "empty file"),
        ("bom_blank.txt", b"\xef\xbb\xbf   \n", "empty file"),
        ("random.txt", bytes([0, 159, 146, 150, 0, 7, 200, 13, 0, 255]) * 40, "binary file"),
        ("garbled.txt", bytes(range(128, 256)) * 4, "invalid UTF-8 at byte 0, and no other character set reads it"),
        ("page.html", b"", "empty file"),
    ],
)
def test_unreadable_files_are_skipped_with_the_reason(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    skip = only_skip(read_all(path))
    assert skip.origin == str(path)
    assert reason in skip.reason


def test_bad_files_in_a_folder_do_not_stop_the_good_ones(tmp_path):
    (tmp_path / "good.txt").write_text(f"{HEADLINE}\n{BODY}\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "noise.txt").write_bytes(os.urandom(64) + b"\x00" + os.urandom(64))
    (tmp_path / "zz.jsonl").write_text('{"id": "late", "text": "Still read."}\n')
    found = read_all(tmp_path)
    assert [a.id for a in articles(found)] == ["good.txt", "late"]
    reasons = {Path(s.origin).name: s.reason for s in skips(found)}
    assert reasons == {"empty.txt": "empty file", "noise.txt": "binary file, not text"}


def test_invalid_utf8_reason_names_the_byte():
    text, problem = decode(b"Crew " + bytes(range(128, 256)))
    assert text == ""
    assert problem == "invalid UTF-8 at byte 5, and no other character set reads it as text"


def test_latin1_is_read_as_windows_1252():
    assert decode("Cr\u00e9w \u201cdown\u201d".encode("cp1252")) == ("Cr\u00e9w \u201cdown\u201d", None)


def test_decode_accepts_plain_utf8():
    assert decode("Hélicoptère abattu".encode()) == ("Hélicoptère abattu", None)


WRAPPED_PAGE = """<html><head><title>Updates: floods in the valley</title></head><body><main>
<h1>Updates: floods in the valley</h1><section class="updates">
<div class="entry"><span class="ts">18:10</span><p>Roads to the upper valley
stay closed tonight, police said.</p></div>
<div class="entry"><span class="ts">16:40</span><p>A single-seat glider came down on a slope above the
village of Ostrava Dolni and its pilot
was flown to hospital with back injuries, the mountain rescue service said.</p></div>
<div class="entry"><span class="ts">09:15</span><p>The river rose overnight<br>in three villages.</p></div>
</section></main></body></html>"""


def test_html_paragraph_wrapped_in_the_source_reads_as_one_line():
    article = from_html(WRAPPED_PAGE, article_id="wrapped.html", origin="wrapped.html")
    lines = article.raw_text.splitlines()
    assert any(line.startswith("A single-seat glider came down on a slope above the village of Ostrava Dolni") and
               line.endswith("the mountain rescue service said.") for line in lines), lines
    assert "The river rose overnight" in lines  # <br> still breaks


def test_unwrap_keeps_preformatted_text():
    assert unwrap_source_lines("<p>one\n  two</p><pre>a\nb</pre>") == "<p>one two</p><pre>a\nb</pre>"

