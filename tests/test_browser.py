"""The web page in a real headless Chromium, served by uvicorn over a store built from the bundled
sample and the seed articles. Each view is saved as a screenshot under test-artifacts/.

Needs Debian's `chromium` and the `playwright` package (never `playwright install`): skipped when
either is missing, except under CI, where that is a failure.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

import pytest

from conftest import require_pipeline

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "articles"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]  # fmt: skip
WAIT_MS = 15_000  # how long to wait for the page to show something: a bound, not a speed test

# An invented article whose title, text and URL carry markup that must stay text.
SCRIPT = "<script>window.__xss=1</script>"
IMAGE = '<img src=x onerror="window.__xss=1">'
HOSTILE = {
    "id": "hostile-markup-probe",
    "url": f"https://news.example/report?{SCRIPT}&photo={IMAGE}",
    "title": f"Police helicopter {SCRIPT} shot down near Velmora {IMAGE}",
    "published": "2024-03-05",
    "text": (
        f"Police helicopter {SCRIPT} shot down near Velmora {IMAGE}\n"
        "A Ruritanian police Mi-8 helicopter was shot down near the town of Velmora in Ruritania on 4 March 2024, "
        f"killing three crew members, the interior ministry said. {IMAGE}\n"
        f"Witnesses said the helicopter {SCRIPT} fell into a field after it was hit by a missile.\n"
    ),
}


def browser_missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[test]')"
    if not Path(CHROMIUM).is_file():
        return "Chromium is not installed (apt-get install chromium)"
    return None


@pytest.fixture(scope="module")
def chromium():
    missing = browser_missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"{missing}; CI must run the browser tests")
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of uvicorn serving create_app over the sample and the seeds, in a background thread."""
    require_pipeline()
    import uvicorn

    from sitrep.pipeline import ingest
    from sitrep.server import create_app
    from sitrep.store import Store

    db = tmp_path_factory.mktemp("web") / "sitrep.db"
    with Store(db) as store:
        ingest([SAMPLES, seeds_dir], store)
        with store.transaction():  # an incident id merged into another, as the linker records it
            store.record_event("inc-00000000aa", "merged_into", store.incidents()[0]["id"])
    server = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=free_port(), log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{server.config.port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def api(server: str):
    import httpx

    with httpx.Client(base_url=server, timeout=120) as client:
        yield client


def get(api, path: str, **params) -> dict:
    response = api.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def all_rows(api, **filters) -> list[dict]:
    result = get(api, "/api/incidents", per_page=500, **filters)
    assert result["total"] <= 500
    return result["items"]


class Watched:
    """A page that records console errors, uncaught exceptions, failed requests and any request that
    leaves 127.0.0.1 (those are blocked)."""

    def __init__(self, browser, base: str) -> None:
        self.base = base
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.context.route("**/*", self._only_loopback)
        self.page = self.context.new_page()
        self.page.set_default_timeout(WAIT_MS)
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(f"console: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(f"exception: {e}"))
        self.page.on("requestfailed", lambda r: self.errors.append(f"failed: {r.url} {r.failure}"))

    def _only_loopback(self, route) -> None:
        url = route.request.url
        if url.startswith(("data:", "blob:")) or urlsplit(url).hostname == "127.0.0.1":
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def open(self, hash_route: str, ready: str):
        self.page.goto(f"{self.base}/{hash_route}")
        self.page.wait_for_selector(ready)
        return self.page

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    def text(self, selector: str = "main") -> str:
        return " ".join(self.page.inner_text(selector).split())

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def browser(chromium, server) -> Iterator[Watched]:
    watched = Watched(chromium, server)
    yield watched
    watched.close()


def incident_route(incident_id: str) -> str:
    return f"#/incident/{quote(incident_id, safe='')}"


def article_route(article_id: str) -> str:
    return f"#/article/{quote(article_id, safe='')}"


def table_ids(page) -> list[str]:
    return page.eval_on_selector_all("#incident-table tr[data-id]", "rows => rows.map(r => r.dataset.id)")


def wait_for_table(page, ids: list[str]) -> None:
    page.wait_for_function(
        "ids => [...document.querySelectorAll('#incident-table tr[data-id]')].map(r => r.dataset.id).join() === ids",
        arg=",".join(ids),
    )


def flat(text: str) -> str:
    return " ".join(text.split())


def seed_articles(seeds_dir: Path) -> dict:
    return json.loads((seeds_dir / "gold.json").read_text(encoding="utf-8"))["articles"]


# --- the views ------------------------------------------------------------------------------------


def test_every_view_loads_without_errors_or_outside_requests(browser, api):
    rows = all_rows(api)
    incident = max(rows, key=lambda r: (r["n_articles"], r["n_conflicts"]))
    article_id = incident["articles"].split()[0]
    views = {
        "incidents": ("#/incidents", "#incident-table"),
        "map": ("#/map", ".leaflet-marker-icon"),
        "timeline": ("#/timeline", "svg.timeline rect.bar"),
        "articles": ("#/articles", "main table.grid"),
        "incident": (incident_route(incident["id"]), ".field-values"),
        "article": (article_route(article_id), "#clean-text mark"),
    }
    for name, (hash_route, ready) in views.items():
        browser.open(hash_route, ready)
        browser.page.wait_for_load_state("networkidle")
        browser.shot(name)
        assert not re.search(r"\bnull\b|\bundefined\b|\bNaN\b|\[object ", browser.text()), name
    assert browser.errors == []
    assert browser.outside == []


def test_the_table_shows_the_api_rows_and_filters_change_them(browser, api):
    page = browser.open("#/incidents", "#incident-table")
    everything = [r["id"] for r in all_rows(api, sort="-date")][:50]
    assert table_ids(page) == everything

    page.select_option("#filter-cause", "crashed")
    crashed = [r["id"] for r in all_rows(api, cause="crashed")]
    assert crashed and set(crashed) != set(everything)
    wait_for_table(page, crashed)
    assert "cause=crashed" in page.evaluate("location.hash")

    stats = get(api, "/api/stats")
    country = next(c["key"] for c in stats["by_country"] if c["key"])
    page.select_option("#filter-cause", "")
    page.wait_for_selector(f"#filter-country option[value='{country}']", state="attached")
    page.select_option("#filter-country", country)
    wait_for_table(page, [r["id"] for r in all_rows(api, country=country)])
    assert all(country in cell for cell in page.eval_on_selector_all("#incident-table td.place-cell", "c => c.map(x => x.textContent)"))

    page.click("button.sort[data-sort='killed']")
    wait_for_table(page, [r["id"] for r in all_rows(api, country=country, sort="-killed")])
    browser.shot("incidents-filtered")
    assert browser.errors == []


def test_free_text_search_and_export_links_follow_the_filters(browser, api):
    page = browser.open("#/incidents", "#incident-table")
    word = next(r["aircraft_family"] for r in all_rows(api) if r["aircraft_family"])
    page.fill("#filter-q", word)
    wait_for_table(page, [r["id"] for r in all_rows(api, q=word)])
    hrefs = page.eval_on_selector_all("#exports a", "links => links.map(a => a.getAttribute('href'))")
    assert sorted(h.split("?")[0] for h in hrefs) == sorted(f"/api/export.{f}" for f in ("csv", "geojson", "json", "parquet"))
    assert all(f"q={quote(word)}" in h or f"q={word}" in h for h in hrefs)
    csv_rows = api.get(hrefs[0]).text.strip().splitlines()[1:]
    assert len(csv_rows) == len(all_rows(api, q=word))


def test_an_incident_page_shows_each_source_sentence(browser, api):
    row = max(all_rows(api), key=lambda r: r["n_articles"])
    record = get(api, f"/api/incidents/{row['id']}")
    browser.open(incident_route(row["id"]), ".field-values")
    shown = browser.text()
    for mention in record["mentions"]:
        for field in ("aircraft", "cause", "location"):
            for statement in mention[field]:
                assert flat(statement["evidence"]["text"]) in shown, (field, statement["evidence"]["text"])
    marked = browser.page.eval_on_selector_all("mark.value", "marks => marks.map(m => m.textContent)")
    assert marked and all(m.strip() for m in marked)


def test_the_seed_mi24_incident_shows_both_its_sources_with_their_sentences(browser, api, seeds_dir):
    gold = json.loads((seeds_dir / "gold.json").read_text(encoding="utf-8"))
    shared = [set(ids) for ids in gold["incidents_expected"]["articles_per_incident"].values() if len(ids) > 1]
    candidates = [r for r in all_rows(api, family="Mi-24") if set(r["articles"].split()) in shared]
    assert len(candidates) == 1, candidates
    incident = candidates[0]
    articles = incident["articles"].split()
    record = get(api, f"/api/incidents/{incident['id']}")
    page = browser.open(incident_route(incident["id"]), "#field-aircraft .source")
    for article_id in articles:
        assert page.locator(f".sources a[href='{article_route(article_id)}']").count() == 1
        assert page.locator(f"#field-aircraft .source[data-article='{article_id}']").count() >= 1
        sentences = [s["evidence"]["text"] for m in record["mentions"] if m["article_id"] == article_id for s in m["aircraft"]]
        assert sentences and all(flat(s) in browser.text("#field-aircraft") for s in sentences)
    browser.shot("incident-two-sources")


def test_the_seed_incident_with_two_stated_locations_shows_a_highlighted_conflict(browser, api, seeds_dir):
    article_id = next(name for name, gold in seed_articles(seeds_dir).items() if any(i.get("conflicts_within_article") for i in gold["incidents"]))
    rows = [r for r in all_rows(api) if article_id in r["articles"].split() and "location" in r["conflicts"].split("; ")]
    assert len(rows) == 1, rows
    page = browser.open(incident_route(rows[0]["id"]), "#field-location")
    section = page.locator("section.field-values.conflict[data-field='location']")
    assert section.count() == 1
    assert section.locator(".value-card").count() >= 2
    assert "conflict" in section.locator("h3").inner_text()
    assert page.locator("#conflicts [data-field='location']").count() == 1
    section.scroll_into_view_if_needed()
    browser.shot("incident-location-conflict")


def test_a_merged_away_incident_id_follows_its_successor(browser, api):
    gone = api.get("/api/incidents/inc-00000000aa")
    assert gone.status_code == 404
    successor = gone.json()["successor"]
    page = browser.open(incident_route("inc-00000000aa"), "#incident-id")
    assert page.inner_text("#incident-id") == successor
    assert "merged" in browser.text(".message")


def test_the_map_draws_a_marker_per_located_incident(browser, api):
    for filters in ({}, {"cause": "shot_down"}):
        located = [r for r in all_rows(api, **filters) if r["lat"] is not None]
        assert located
        page = browser.open(f"#/incidents?{urlencode(filters)}", "#incident-table")
        page.click(".tabs a[data-view='map']")  # the map follows the table's filters
        page.wait_for_selector(".leaflet-marker-icon")
        assert all(f"{k}={v}" in page.evaluate("location.hash") for k, v in filters.items())
        counted = """n => {
            const single = document.querySelectorAll('.inc-marker.leaflet-marker-icon').length;
            const clustered = [...document.querySelectorAll('.cluster')].reduce((sum, c) => sum + Number(c.textContent), 0);
            return single + clustered === n;
        }"""
        page.wait_for_function(counted, arg=len(located))
        assert page.locator("path.country").count() > 100  # the bundled Natural Earth shapes
    browser.shot("map-filtered")
    assert browser.errors == [] and browser.outside == []


def test_the_timeline_draws_a_bar_per_month_and_cause(browser, api):
    stats = get(api, "/api/stats")
    page = browser.open("#/timeline", "svg.timeline rect.bar")
    bars = page.eval_on_selector_all("rect.bar", "bars => bars.map(b => [b.parentNode.dataset.month, b.dataset.cause, Number(b.dataset.count)])")
    expected = [[b["month"], b["cause"] or "none", b["count"]] for b in stats["by_month"]]
    assert sorted(bars) == sorted(expected)
    assert page.locator(".chart-legend li").count() == len(stats["by_cause"])
    page.click(f"g.month[data-month='{expected[0][0]}']")
    page.wait_for_selector("#incident-table")
    assert f"start={expected[0][0]}-01" in page.evaluate("location.hash")


def canned_check(claim: str) -> dict:
    """A claim result as /api/check answers (the contract), with markup in every text it carries."""
    said = {"value": "crashed", "text": f"The helicopter crashed after engine failure {SCRIPT}", "article_id": "probe/one.txt",
            "outlet": "news.example", "url": f"javascript:window.__xss=1//{IMAGE}", "attributed_to": f"the ministry {IMAGE}",
            "stance": "asserted", "relation": "contradicts"}  # fmt: skip
    return {
        "claim": claim,
        "constraints": {"aircraft": {"model": "Mi-8", "family": "Mi-8", "category": "helicopter", "as_written": "Mi-8"},
                        "cause": {"value": "shot_down", "negated": False, "as_written": "shot down"}, "killed": None},
        "verdict": "refuted",
        "reason": f"cause: the ministry says it crashed {IMAGE}",
        "incident_id": "inc-0123456789",
        "checks": [{"field": "cause", "claimed": {"value": "shot_down", "negated": False, "as_written": "shot down"},
                    "verdict": "refuted", "reason": f"crashed, not shot down {SCRIPT}", "evidence": [said]}],
        "candidates": [{"incident_id": "inc-0123456789", "score": 3.5, "date": "2024-03-04", "aircraft": "Mi-8",
                        "country": "Ruritania", "cause": "crashed"}],
    }  # fmt: skip


def test_a_claim_result_is_shown_field_by_field_as_text(browser):
    claim = f"A Mi-8 was shot down {SCRIPT}"
    browser.page.route("**/api/check?*", lambda route: route.fulfill(json=canned_check(claim)))
    page = browser.open(f"#/check?claim={quote(claim)}", "#verdict")
    assert_inert(page)
    assert browser.text("#verdict .chip").lower() == "refuted"
    assert IMAGE in browser.text("#verdict .reason")
    assert page.locator("#verdict a[href='#/incident/inc-0123456789']").count() == 1
    row = page.locator("table.checks tr[data-field='cause']")
    assert [flat(c) for c in row.locator("td").all_inner_texts()[:3]] == ["cause", "shot down “shot down”", "refuted"]
    assert SCRIPT in row.inner_text() and "contradicts" in row.inner_text()
    assert row.locator(f"a[href='{article_route('probe/one.txt')}']").count() == 1
    assert row.locator(".unsafe-url").inner_text() == canned_check(claim)["checks"][0]["evidence"][0]["url"]  # text, no link
    assert page.locator("table.candidates a[href='#/incident/inc-0123456789']").count() == 1
    assert browser.errors == []
    browser.shot("check-result")


def test_the_claim_box_shows_the_verdict_or_says_checking_is_unavailable(browser, api):
    claim = "A Mi-8 helicopter was shot down in Syria"
    answer = api.get("/api/check", params={"claim": claim})
    page = browser.open("#/incidents", "#incident-table")
    page.fill("#claim-input", claim)
    page.press("#claim-input", "Enter")
    page.wait_for_selector("#verdict, .message")
    assert browser.text("#claim-text") == claim
    if answer.status_code == 404:
        assert "not available" in browser.text(".message")
    else:
        assert answer.status_code == 200
        assert browser.text("#verdict .chip").lower() == answer.json()["verdict"].replace("_", " ")
    browser.shot("check")


# --- untrusted text -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile(api) -> dict:
    """The hostile article, uploaded through POST /api/ingest; its stored record."""
    upload = {"files": ("hostile.jsonl", json.dumps(HOSTILE) + "\n", "application/jsonl")}
    response = api.post("/api/ingest", files=upload)
    assert response.status_code == 200, response.text
    assert response.json()["new_articles"] == 1, response.json()
    return get(api, f"/api/articles/{HOSTILE['id']}")


def assert_inert(page) -> None:
    assert page.evaluate("typeof window.__xss") == "undefined"
    found = page.evaluate("""() => ({
        images: document.querySelectorAll('img[src="x"], img[onerror], [onerror]').length,
        inlineScripts: document.querySelectorAll('script:not([src])').length,
        scriptLinks: document.querySelectorAll('a[href]:not([href^="#/"]):not([href^="http"]):not([href^="/api/"])').length,
    })""")
    assert found == {"images": 0, "inlineScripts": 0, "scriptLinks": 0}


def test_markup_in_an_article_stays_text(browser, hostile):
    assert hostile["url"] == HOSTILE["url"] and hostile["spans"]
    page = browser.open(article_route(HOSTILE["id"]), "#clean-text mark")
    assert_inert(page)
    assert SCRIPT in page.inner_text("#article-title") and IMAGE in page.inner_text("#article-title")
    assert IMAGE in page.inner_text("#clean-text") and SCRIPT in page.inner_text("#clean-text")
    link = page.locator(".article-head .url a")
    assert link.inner_text() == HOSTILE["url"]
    assert link.get_attribute("rel") == "noopener noreferrer"
    assert link.get_attribute("href").startswith("https://news.example/report?")
    page.click("details.raw:has(#raw-text) summary")
    assert SCRIPT in page.inner_text("#raw-text")
    browser.shot("article-hostile")

    incident_id = hostile["spans"][0]["incident_id"]
    page = browser.open(incident_route(incident_id), ".field-values")
    assert_inert(page)
    assert SCRIPT in browser.text(".sources")
    assert IMAGE in browser.text(".by-field")
    browser.shot("incident-hostile")

    page = browser.open("#/incidents?q=Velmora", "#incident-table")
    assert_inert(page)
    assert re.search(re.escape(SCRIPT), page.inner_text("#incident-table"))
    assert browser.errors == []


def test_the_page_refuses_to_parse_strings_as_html(browser):
    page = browser.open("#/incidents", "#incident-table")
    outcome = page.evaluate("""() => {
        try { document.body.insertAdjacentHTML('beforeend', '<b id=parsed>x</b>'); return 'parsed'; }
        catch (error) { return error.name; }
    }""")
    assert outcome == "TypeError"  # Trusted Types, required by the page's Content-Security-Policy
    assert page.locator("#parsed").count() == 0


def test_only_http_links_leave_the_page(browser):
    page = browser.open("#/incidents", "#incident-table")
    urls = ["javascript:window.__xss=1", " JavaScript:alert(1)", "data:text/html,<script>x</script>", "vbscript:x", "//evil.example/", "www.news.example/a", "https://news.example/a?b=<c>"]
    hrefs = page.evaluate("urls => import('/static/js/dom.js').then(dom => urls.map(dom.safeHref))", urls)
    assert hrefs == [None, None, None, None, None, None, "https://news.example/a?b=%3Cc%3E"]
