"""The bad-input suite: every kind of unreadable or awkward input the tests can make, in one batch
beside good articles, ingested through the `sitrep` command.

Each bad input is named with a clear reason in the ingest summary and in `sitrep skipped`; text in
another encoding (Latin-1, windows-1252, UTF-16 with or without a byte-order mark) or with mixed
line ends is read; every good article lands with its incident, and nothing crashes the batch. The
per-case tests below check the readers one input at a time. All articles are written for these
tests.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sitrep import cli
from sitrep.models import Article, Skip
from sitrep.read import MAX_FILE_BYTES, decode, from_html, from_record, read_paths
from sitrep.store import Store

ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False

# Good articles, one incident each: (file name, encoding, text). "\n" becomes the file's line ends.
GOOD = {
    "utf8.txt": ("utf-8", """\
Army helicopter crashes in the Andes, five soldiers killed
A Peruvian army Mi-17 helicopter crashed in the mountains near Cusco on 6 August 2018, killing all five soldiers on board, the army said.
The helicopter was flying supplies to a border post when it lost contact with the control tower.
Rescue teams reached the wreckage the next morning."""),
    "latin1.txt": ("latin-1", """\
Fighter jet crashes near Anápolis, pilot ejects
A Brazilian air force F-5 fighter jet crashed near Anápolis in Goiás on 19 May 2017, the air force said.
The pilot, Lt. João Araújo, ejected and was taken to hospital with minor injuries.
The cause of the crash is under investigation."""),
    "cp1252.txt": ("cp1252", """\
Navy helicopter ditches off Valparaíso — both pilots rescued
A Chilean navy Bell 206 helicopter crashed into the sea off Valparaíso on 2 October 2016, the navy said.
“The crew were picked up within minutes,” a navy spokesman said.
Divers are searching for the wreck."""),
    "utf16.txt": ("utf-16", """\
Military helicopter crashes in northern Kenya
A Kenyan air force Mi-17 helicopter crashed near Garissa on 12 July 2021, killing three crew members, the military said.
The helicopter had been on a training flight.
Officials said an investigation into the crash had begun."""),
    "utf16-no-bom.txt": ("utf-16-le", """\
Army helicopter lost in Papua with twelve on board
An Indonesian army Bell 412 helicopter crashed in the highlands of Papua on 9 June 2019, the army said.
All twelve people on board were killed when the aircraft hit a mountainside in bad weather.
Search teams found the wreckage after a week."""),
    "mixed-newlines.txt": ("utf-8", """\
Trainer jet crashes in Borno, two pilots missing
A Nigerian air force Alpha Jet crashed in Borno state on 31 March 2021, the air force said.
The two pilots on board are missing, a spokesman said.
The jet had been supporting troops on the ground."""),
    "page.html": ("utf-8", """\
<html><head><title>Army Black Hawk crashes in Antioquia</title>
<meta property="article:published_time" content="2019-04-04T10:00:00Z"></head>
<body><nav>Home | World | Americas</nav><article><h1>Army Black Hawk crashes in Antioquia</h1>
<p>A Colombian army UH-60 Black Hawk helicopter crashed in Antioquia on 3 April 2019, killing six soldiers, the army said.</p>
<p>The helicopter was taking part in an operation against drug traffickers when it came down in a forest.</p>
<p>The army said it would investigate the cause of the crash.</p></article>
<footer>Subscribe to our newsletter</footer></body></html>"""),
    "desk.txt/inside.txt": ("utf-8", """\
Transport plane crashes on landing in Mindanao
A Philippine air force C-130 transport plane crashed while landing in Sulu on 4 July 2021, killing 50 people, the military said.
The plane overshot the runway and burst into flames.
Soldiers on the ground helped pull survivors from the wreckage."""),
}
NON_ENGLISH = {
    "es.txt": ("es", "Un helicóptero del ejército se estrelló el martes en las montañas del norte del país. "
                     "Los cuatro tripulantes murieron, según informó el ministerio de Defensa en un comunicado."),
    "fr.txt": ("fr", "Un avion de chasse de l'armée de l'air s'est écrasé mardi dans une forêt de l'est du pays. "
                     "Le pilote a pu s'éjecter à temps et a été retrouvé vivant par les secours, selon l'armée."),
    "de.txt": ("de", "Ein Hubschrauber der Armee ist am Dienstag in den Bergen im Norden des Landes abgestürzt. "
                     "Die vier Besatzungsmitglieder kamen ums Leben, teilte das Verteidigungsministerium mit."),
}
JSONL_GOOD = {
    "thai-l39": {"id": "thai-l39", "url": "https://www.gulfpost.example/thai-jet", "published": "2022-06-19", "text": (
        "Air force jet crashes near Chiang Mai\nA Thai air force L-39 jet crashed near Chiang Mai on 18 June 2022, "
        "the air force said.\nThe pilot ejected and was found alive by villagers.")},
    # wrongly typed metadata: the bad fields are passed over, the article is read
    "mexico-hawk": {"id": "mexico-hawk", "url": {"href": "https://x.example"}, "published": "whenever", "title": 7,
                    "text": "Navy helicopter crashes in Sinaloa\nA Mexican navy Black Hawk helicopter crashed in Sinaloa "
                            "on 15 July 2022, killing 14 marines, the navy said.\nThe cause is being investigated."},
    "algeria-su30": {"id": "algeria-su30", "published": 1678300000, "text": (
        "Fighter jet crashes in eastern Algeria\nAn Algerian air force Su-30 fighter jet crashed near Oum El Bouaghi "
        "on 8 March 2023, killing both pilots, the defence ministry said.")},
}
GZIP_GOOD = {"id": "gz-mig29", "text": (
    "Fighter jet crashes in Sudan\nA Sudanese air force MiG-29 fighter jet crashed near Omdurman on 20 April 2022, "
    "killing the pilot, the army said.\nThe jet came down in an empty area.")}
WARC_GOOD_URL = "https://newsdesk.example/world/ethiopia-jet"
WARC_GOOD = """<html><head><title>Air force jet crashes near Bishoftu</title></head><body><article>
<h1>Air force jet crashes near Bishoftu</h1>
<p>An Ethiopian air force Su-27 fighter jet crashed near Bishoftu on 11 November 2019, killing the pilot, the air
force said in a statement.</p><p>The jet came down in a field shortly after take-off from the air base.</p>
</article></body></html>"""
FILLER = ("The town council met on Tuesday to discuss the budget for the coming year, with most of the debate "
          "about road repairs, school buses and the opening hours of the public library. ")

# Every bad input: name under the batch folder -> words its skip reason must hold.
BAD = {
    "empty.txt": "empty file",
    "blank.txt": "empty file",
    "image.txt": "binary file, not text (looks like: Portable Network Graphics",
    "big.html": "file too large (52.4 MB > 5 MB limit)",
    "deep.html": "HTML page has no main text (markup nested deeper than the parser's 256 levels)",
    "garbled.txt": "invalid UTF-8 at byte 0, and no other character set reads it as text",
    "feed.jsonl:2": "broken JSON line (Unterminated string starting at column 23)",
    "feed.jsonl:3": "line too long (5.5 MB > 5 MB limit)",
    "feed.jsonl:4": "JSON field 'text' is a number, not text",
    "feed.jsonl:5": "JSON field 'text' is a list, not text",
    "feed.jsonl:6": "JSON line is a list, not an object",
    "feed.jsonl.gz": "gzip data cut short or corrupt after line",
    "crawl.warc.gz": "WARC file damaged after 1 HTML records: gzip data cut short",
    "utf8_copy.txt": "same text as article 'utf8.txt'",  # "in this batch" or "already stored"
    "dangling.txt": "broken symbolic link (to ",
    "pipe.txt": "not a regular file (a named pipe)",
    "loop.txt": "symbolic link loop",
    "sub/back": "folder already visited (symbolic link loop)",
    "locked.txt": "cannot read: Permission denied",
}
NEEDS_NON_ROOT = {"locked.txt"}  # root reads a chmod-000 file


def write_batch(folder: Path) -> set[str]:
    """Every good article and every bad input in one folder; returns the expected article ids."""
    for name, (encoding, text) in GOOD.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if name == "mixed-newlines.txt":
            lines = text.split("\n")
            text = lines[0] + "\r\n" + lines[1] + "\r" + lines[2] + "\n" + lines[3] + "\r\n"
        path.write_bytes(text.encode(encoding))
    for name, (_, text) in NON_ENGLISH.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b" \n\t\r\n   \n")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(300))
    write_big_html(folder / "big.html", 50 * 1024 * 1024)
    (folder / "deep.html").write_text(deep_html(100_000))
    (folder / "garbled.txt").write_bytes(bytes(range(128, 256)) * 4)
    bad_lines = [
        '{"id": "cut", "text": "The helicopter',
        json.dumps({"id": "huge", "text": "word " * 1_100_000}),
        json.dumps({"id": "numeric", "text": 12345}),
        json.dumps({"id": "listed", "text": ["A jet crashed.", "The pilot ejected."]}),
        json.dumps(["not", "an", "object"]),
    ]
    lines = [json.dumps(JSONL_GOOD["thai-l39"]), *bad_lines, *(json.dumps(r) for r in list(JSONL_GOOD.values())[1:])]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    gz_ids = write_cut_jsonl_gz(folder / "feed.jsonl.gz")
    write_cut_warc(folder / "crawl.warc.gz")
    (folder / "utf8_copy.txt").write_bytes((folder / "utf8.txt").read_bytes().replace(b"\n", b"\r\n"))
    (folder / "dangling.txt").symlink_to(folder / "nowhere" / "story.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "back").symlink_to(folder, target_is_directory=True)
    (folder / "locked.txt").write_text(GOOD["utf8.txt"][1].replace("Cusco", "Arequipa"))
    (folder / "locked.txt").chmod(0)
    ids = {*GOOD, *NON_ENGLISH, *JSONL_GOOD, *gz_ids, WARC_GOOD_URL}
    return ids | {"locked.txt"} if ROOT else ids


def write_big_html(path: Path, size: int) -> None:
    block = ("<div class='story'><p>" + FILLER + "</p></div>\n").encode()
    with path.open("wb") as handle:
        handle.write(b"<html><head><title>A very long page</title></head><body>\n")
        for _ in range(size // len(block) + 1):
            handle.write(block)
        handle.write(b"</body></html>\n")


def deep_html(depth: int) -> str:
    article = "<p>" + GOOD["utf8.txt"][1].replace("\n", "</p><p>") + "</p>"
    return "<html><body>" + "<div>" * depth + article + "</div>" * depth + "</body></html>"


def write_cut_jsonl_gz(path: Path) -> set[str]:
    """A gzipped feed cut in half; returns the ids of the articles whose lines lie before the cut."""
    records = [GZIP_GOOD] + [{"id": f"council-{n}", "text": f"Council meeting {n}\n" + FILLER * 3} for n in range(40)]
    data = b"".join(json.dumps(r).encode() + b"\n" for r in records)
    cut = gzip.compress(data)[: len(gzip.compress(data)) // 2]
    path.write_bytes(cut)
    survived = zlib.decompressobj(wbits=31).decompress(cut)
    whole = survived.count(b"\n")
    return {r["id"] for r in records[:whole]}


def write_cut_warc(path: Path) -> None:
    """A gzipped crawl: one article page, then a long unrelated page, cut inside the second record."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, page in ((WARC_GOOD_URL, WARC_GOOD), ("https://newsdesk.example/local/council", FILLER * 400)):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(page.encode()), http_headers=headers)
        writer.write_record(record)
        if url == WARC_GOOD_URL:
            first_end = buffer.tell()
    data = buffer.getvalue()
    path.write_bytes(data[: first_end + (len(data) - first_end) // 2])


def run(*args: object):
    result = CliRunner().invoke(cli.main, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    return result


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory):
    """(folder, db, expected ids, ingest result, skipped result): the batch ingested once."""
    pytest.importorskip("sitrep.extract.aircraft")
    pytest.importorskip("sitrep.gazetteer")
    root = tmp_path_factory.mktemp("bad-input")
    folder, db = root / "batch", root / "sitrep.db"
    folder.mkdir()
    ids = write_batch(folder)
    with pytest.MonkeyPatch.context() as patch:  # wide consoles: one line per message
        patch.setattr(cli, "console", Console(width=1000))
        patch.setattr(cli, "errors", Console(stderr=True, width=1000))
        ingested = run("ingest", folder, root / "not-there.txt", "--db", db)
        listed = run("skipped", "--db", db)
    (folder / "locked.txt").chmod(0o644)  # let pytest clean up
    return folder, db, ids, ingested, listed


def skip_lines(stderr: str) -> dict[str, str]:
    """origin -> reason from the `skipped ORIGIN: REASON` lines of `sitrep ingest`."""
    pairs = (line.removeprefix("skipped ").split(": ", 1) for line in stderr.splitlines() if line.startswith("skipped "))
    return {origin: reason for origin, reason in pairs}


def test_ingest_of_the_bad_batch_finishes(batch):
    _, _, _, ingested, _ = batch
    assert ingested.exit_code == 0, ingested.output


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_input_is_named_with_its_reason_in_the_summary(batch, name):
    if name in NEEDS_NON_ROOT and ROOT:
        pytest.skip("running as root: a chmod-000 file can still be read")
    folder, _, _, ingested, _ = batch
    reasons = skip_lines(ingested.stderr)
    origin = str(folder / name)
    assert origin in reasons, f"{origin} not reported: {sorted(reasons)}"
    assert BAD[name] in reasons[origin]


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_input_is_listed_by_sitrep_skipped(batch, name):
    if name in NEEDS_NON_ROOT and ROOT:
        pytest.skip("running as root: a chmod-000 file can still be read")
    folder, _, _, _, listed = batch
    assert listed.exit_code == 0, listed.output
    origin = str(folder / name)
    rows = [line for line in listed.stdout.splitlines() if f" {origin} " in line]
    assert len(rows) == 1, (origin, listed.stdout)
    assert BAD[name] in rows[0]


def test_summary_counts_every_skip_and_nothing_else(batch):
    folder, db, _, ingested, listed = batch
    reported = skip_lines(ingested.stderr)
    expected = {str(folder / name) for name in BAD if not (name in NEEDS_NON_ROOT and ROOT)}
    assert set(reported) == expected | {str(folder.parent / "not-there.txt")}
    assert f"skipped {len(reported)}" in ingested.stdout
    assert f"{len(reported)} skipped" in listed.stdout
    with Store(db) as store:
        assert store.count("skipped") == len(reported)


def test_no_article_is_lost(batch):
    _, db, ids, _, _ = batch
    with Store(db) as store:
        stored = {a["id"] for a in store.articles()}
    assert stored == ids


def test_every_good_article_gives_its_incident(batch):
    _, db, _, _, _ = batch
    records = [json.loads(line) for line in run("incidents", "--format", "json", "--db", db).stdout.splitlines()]
    with_incident = {m["article_id"] for record in records for m in record["mentions"]}
    good = {*GOOD, *JSONL_GOOD, GZIP_GOOD["id"], WARC_GOOD_URL}
    assert good <= with_incident, sorted(good - with_incident)
    with Store(db) as store:
        assert all(store.article(article_id)["relevant"] for article_id in good)


@pytest.mark.parametrize("name", ["latin1.txt", "cp1252.txt", "utf16.txt", "utf16-no-bom.txt"])
def test_other_encodings_are_decoded_not_mangled(batch, name):
    _, db, _, _, _ = batch
    expected = GOOD[name][1]
    with Store(db) as store:
        raw = store.article(name)["raw_text"]
    assert raw.strip() == expected.strip()


def test_mixed_line_ends_read_like_plain_newlines(batch):
    _, db, _, _, _ = batch
    with Store(db) as store:
        article = store.article("mixed-newlines.txt")
    assert "\r" not in article["raw_text"]
    assert article["raw_text"].splitlines() == GOOD["mixed-newlines.txt"][1].splitlines()


@pytest.mark.parametrize("name", sorted(NON_ENGLISH))
def test_non_english_articles_are_stored_as_not_relevant_with_a_note(batch, name):
    _, db, _, _, _ = batch
    language = NON_ENGLISH[name][0]
    with Store(db) as store:
        article = store.article(name)
    assert article["raw_text"] == NON_ENGLISH[name][1]
    assert (article["language"], article["relevant"]) == (language, 0)
    assert article["note"] == f"not English ({language}): not read"


def test_wrongly_typed_jsonl_fields_are_passed_over(batch):
    _, db, _, _, _ = batch
    with Store(db) as store:
        mexico, algeria = store.article("mexico-hawk"), store.article("algeria-su30")
    assert mexico["url"] is None and mexico["title"] == "Navy helicopter crashes in Sinaloa"
    for article in (mexico, algeria):  # not a date: not taken as the publication date
        assert article["published_source"] != "metadata", article["published"]


def test_the_duplicate_is_not_stored_twice(batch):
    _, db, _, _, _ = batch
    with Store(db) as store:
        assert store.article("utf8_copy.txt") is None
        texts = [store.article(a["id"])["content_hash"] for a in store.articles()]
    assert len(texts) == len(set(texts))


# --- per case, without the NLP --------------------------------------------------------------------

TEXT = "Transport plane lost over the gulf\nA military transport plane crashed into the gulf on Monday, the navy said.\n"


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-32"],
)
def test_text_in_any_common_encoding_decodes(encoding):
    text = TEXT.replace("gulf", "Golfe de Gascogne, près de Saint-Jean-de-Luz")
    assert decode(text.encode(encoding)) == (text, None)


def test_cyrillic_in_a_legacy_charset_decodes():
    text = "Военный вертолёт Ми-8 потерпел крушение в горах, экипаж погиб, сообщили в министерстве обороны."
    assert decode(text.encode("cp1251")) == (text, None)


def test_utf8_with_a_broken_byte_keeps_its_text():
    data = "Hélicoptère abattu près de la frontière, le pilote a été tué.".encode()
    text, problem = decode(data[:20] + b"\xff" + data[20:])
    assert problem is None
    assert text.startswith("Hélicoptère abattu") and "\ufffd" in text and text.endswith("a été tué.")


def test_declared_charset_of_a_page_is_used():
    page = '<html><head><meta charset="windows-1251"></head><body><p>Вертолёт</p></body></html>'
    assert decode(page.encode("cp1251"), "windows-1251") == (page, None)
    assert decode(b"Caf\xe9", "iso-8859-1") == ("Café", None)  # read as windows-1252, as browsers do


def test_html_file_is_read_in_the_charset_it_declares(tmp_path):
    # ISO-8859-15 puts the euro sign where windows-1252, the guess for undeclared text, has "¤".
    page = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">
<title>Repairs to the grounded fleet</title></head><body><article><h1>Repairs to the grounded fleet</h1>
<p>The air force will spend 40 million € on repairs to its grounded transport planes, the ministry said on
Monday, after two of them were damaged in a storm at the base last winter.</p></article></body></html>"""
    path = tmp_path / "fleet.html"
    path.write_bytes(page.encode("iso-8859-15"))
    [article] = read_paths([path])
    assert isinstance(article, Article) and "40 million € on repairs" in article.raw_text


def test_warc_page_over_the_limit_is_skipped_and_the_next_read(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, page in (("https://newsdesk.example/huge", "<html><body><p>" + FILLER * 100 + "</p></body></html>"),
                          (WARC_GOOD_URL, WARC_GOOD)):  # fmt: skip
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page.encode()),
                                                          http_headers=headers))  # fmt: skip
    huge, article = read_paths([path], max_bytes=10_000)
    assert isinstance(huge, Skip) and huge.origin.startswith(f"{path}@")
    assert huge.reason == "page too large (over the 10 kB limit)"
    assert isinstance(article, Article) and article.id == WARC_GOOD_URL


@pytest.mark.parametrize(
    ("data", "looks_like"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "Portable Network Graphics"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(32)) * 4, "Portable Document Format"),
        (gzip.compress(TEXT.encode()), "GZIP"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(64), "ELF"),
    ],
)
def test_binary_files_are_skipped_naming_what_they_look_like(tmp_path, data, looks_like):
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    [skip] = read_paths([path])
    assert isinstance(skip, Skip) and skip.origin == str(path)
    assert skip.reason.startswith("binary file, not text (looks like: ") and looks_like in skip.reason


def test_noise_is_binary_without_a_guess():
    assert decode(bytes([0, 7, 200, 13, 255, 1, 2, 3]) * 50) == ("", "binary file, not text")


def test_size_limit_is_configurable(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>" + "A long page. " * 200 + "</p></body></html>")
    [skip] = read_paths([path], max_bytes=1000)
    assert isinstance(skip, Skip) and skip.reason == f"file too large ({path.stat().st_size / 1e3:.1f} kB > 1 kB limit)"
    [article] = read_paths([path], max_bytes=MAX_FILE_BYTES)
    assert isinstance(article, Article)


def test_cli_takes_the_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "errors", Console(stderr=True, width=1000))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.txt").write_text(TEXT * 20)
    result = run("ingest", tmp_path / "in", "--db", tmp_path / "s.db", "--max-file-mb", "0.001")
    assert result.exit_code == 0, result.output
    size = (tmp_path / "in" / "story.txt").stat().st_size
    assert f"skipped {tmp_path / 'in' / 'story.txt'}: file too large ({size / 1e3:.1f} kB > 1 kB limit)" in result.stderr
    assert run("ingest", tmp_path / "in", "--max-file-mb", "0").exit_code == 2


def test_deeply_nested_html_is_skipped_with_the_reason_not_a_crash():
    skip = from_html(deep_html(100_000), article_id="deep.html", origin="deep.html")
    assert isinstance(skip, Skip)
    assert "nested deeper" in skip.reason


def test_moderately_nested_html_is_read():
    article = from_html(deep_html(150), article_id="nested.html", origin="nested.html")
    assert isinstance(article, Article) and "Mi-17 helicopter crashed" in article.raw_text


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"id": "a", "text": 3.5}, "JSON field 'text' is a number, not text"),
        ({"id": "a", "maintext": {"p": "x"}}, "JSON field 'maintext' is an object, not text"),
        ({"id": "a", "html": True}, "JSON field 'html' is true/false, not text"),
        ({"id": "a", "text": None}, "JSON object has no text or html field"),
    ],
)
def test_jsonl_text_of_the_wrong_type_is_a_skip_naming_the_field(record, expected):
    skip = from_record(record, "f.jsonl:1", "f.jsonl:1")
    assert isinstance(skip, Skip) and skip.reason == expected


@pytest.mark.parametrize(
    ("field", "value", "read_as"),
    [
        ("published", 1678300000, None),
        ("published", "not a date at all", None),
        ("published", "2023-03-08T09:00:00Z", "2023-03-08T09:00:00Z"),
        ("url", {"href": "https://x.example/a"}, None),
        ("url", "https://[broken/story", "https://[broken/story"),  # kept as given; no outlet from it
        ("outlet", ".[", None),  # has a dot, so read as a host name, and is none
        ("title", ["A", "list"], None),
    ],
)
def test_jsonl_metadata_of_the_wrong_type_is_passed_over(field, value, read_as):
    article = from_record({"id": "a", "text": TEXT, field: value}, "f.jsonl:1", "f.jsonl:1")
    assert isinstance(article, Article) and article.raw_text == TEXT
    assert getattr(article, field) == read_as


def test_jsonl_ids_of_the_wrong_type_fall_back_to_the_line():
    for raw_id in (True, ["x"], {"x": 1}, 2.5):
        article = from_record({"id": raw_id, "text": TEXT}, "f.jsonl:4", "f.jsonl:4")
        assert article.id == "f.jsonl:4", raw_id


def test_jsonl_line_nested_past_the_recursion_limit_is_a_skip(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("[" * 100_000 + "]" * 100_000 + "\n" + json.dumps({"id": "next", "text": TEXT}) + "\n")
    nested, article = read_paths([path])
    assert isinstance(nested, Skip) and nested.reason == "broken JSON line (nested too deeply)"
    assert isinstance(article, Article) and article.id == "next"


def test_over_long_jsonl_line_is_skipped_and_the_next_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [{"id": "long", "text": "x" * 5000}, {"id": "short", "text": TEXT}]
    path.write_text("".join(json.dumps(r) + "\n" for r in lines))
    long, short = read_paths([path], max_bytes=1000)
    assert isinstance(long, Skip) and long.origin == f"{path}:1" and long.reason == "line too long (5.0 kB > 1 kB limit)"
    assert isinstance(short, Article) and short.id == "short"


@pytest.mark.parametrize("fraction", [0.2, 0.5, 0.9])
def test_cut_gzip_jsonl_keeps_the_lines_before_the_cut(tmp_path, fraction):
    records = [{"id": f"n{n}", "text": f"Report {n}\n" + FILLER * 2} for n in range(30)]
    data = gzip.compress(b"".join(json.dumps(r).encode() + b"\n" for r in records))
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(data[: int(len(data) * fraction)])
    whole = zlib.decompressobj(wbits=31).decompress(data[: int(len(data) * fraction)]).count(b"\n")
    items = list(read_paths([tmp_path]))
    assert [i.id for i in items if isinstance(i, Article)] == [r["id"] for r in records[:whole]]
    [skip] = [i for i in items if isinstance(i, Skip)]
    assert skip.origin == str(path) and skip.reason.startswith(f"gzip data cut short or corrupt after line {whole} (")


def test_whole_gzip_jsonl_reads_every_line(tmp_path):
    path = tmp_path / "feed.ndjson.gz"
    path.write_bytes(gzip.compress(b"".join(json.dumps({"id": f"n{n}", "text": TEXT}).encode() + b"\n" for n in range(5))))
    assert [a.id for a in read_paths([tmp_path])] == [f"n{n}" for n in range(5)]


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.symlink_to(p.parent / "gone.txt"), "broken symbolic link (to "),
        (lambda p: p.symlink_to(p), "symbolic link loop"),
        (lambda p: os.mkfifo(p), "not a regular file (a named pipe)"),
        pytest.param(
            lambda p: (p.write_text(TEXT), p.chmod(0)), "cannot read: Permission denied",
            marks=pytest.mark.skipif(ROOT, reason="running as root: a chmod-000 file can still be read"),
        ),
    ],
    ids=["dangling-link", "link-loop", "fifo", "no-permission"],
)
def test_unreadable_paths_are_skipped_named_by_file_or_folder(tmp_path, make, reason):
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "story.txt"
    make(path)
    (tmp_path / "in" / "zz-good.txt").write_text(TEXT)
    for given in (tmp_path / "in", path):  # in a folder, and named on the command line
        items = list(read_paths([given]))
        skips = [i for i in items if isinstance(i, Skip)]
        assert [(s.origin, reason in s.reason) for s in skips] == [(str(path), True)], skips
    assert [a.id for a in read_paths([tmp_path / "in"]) if isinstance(a, Article)] == ["zz-good.txt"]
    path.unlink()


@pytest.mark.skipif(ROOT, reason="running as root: a chmod-000 folder can still be listed")
def test_unlistable_folder_is_reported(tmp_path):
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "story.txt").write_text(TEXT)
    (tmp_path / "open.txt").write_text(TEXT.replace("Monday", "Friday"))
    (tmp_path / "closed").chmod(0)
    try:
        items = list(read_paths([tmp_path]))
    finally:
        (tmp_path / "closed").chmod(0o755)
    assert [a.id for a in items if isinstance(a, Article)] == ["open.txt"]
    assert [(s.origin, s.reason) for s in items if isinstance(s, Skip)] == [
        (str(tmp_path / "closed"), "cannot read folder: Permission denied")
    ]


def test_folder_named_like_a_file_is_read_as_a_folder(tmp_path):
    (tmp_path / "story.txt").mkdir()
    (tmp_path / "story.txt" / "inside.txt").write_text(TEXT)
    assert [a.id for a in read_paths([tmp_path])] == ["story.txt/inside.txt"]
    assert [a.id for a in read_paths([tmp_path / "story.txt"])] == ["inside.txt"]


def test_mixed_line_ends_give_the_same_mentions_as_newlines():
    pytest.importorskip("sitrep.extract.aircraft")
    pytest.importorskip("sitrep.gazetteer")
    from sitrep.pipeline import process_article
    from sitrep.read import from_text

    text = GOOD["mixed-newlines.txt"][1]
    lines = text.split("\n")
    mixed = lines[0] + "\r\n" + lines[1] + "\r" + lines[2] + "\r\n" + lines[3]
    found = []
    for raw in (text, mixed):
        processed = process_article(from_text(raw, article_id="a.txt", origin="a.txt"))
        found.append([m.to_dict() for m in processed.mentions])
    assert found[0] and found[0] == found[1]
