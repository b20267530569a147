"""The server past its limits and under bad requests: every answer is a 2xx, or a 4xx with a JSON
message; the only 5xx are the time and concurrency limits' own 504 and 503, with a message too."""

import http.client
import json
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import quote

import pytest
import uvicorn
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep import cli, server
from sitrep.server import Limits, create_app

with warnings.catch_warnings():  # newer Starlette prefers httpx2 and warns about httpx; both work
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

FILTERS = ("start", "end", "country", "family", "category", "cause", "status", "q")
QUERY_ENDPOINTS = {
    "/api/incidents": (*FILTERS, "sort", "page", "per_page"),
    "/api/stats": FILTERS,
    "/api/export.csv": (*FILTERS, "sort"),
    "/api/export.json": (*FILTERS, "sort"),
    "/api/articles": ("q", "page", "per_page"),
    "/api/check": ("claim",),
}
PATH_ENDPOINTS = ("/api/incidents/{}", "/api/articles/{}", "/api/export.{}", "/static/{}", "/{}")
NASTY = (
    "", " ", "0", "-1", "1.5", "1e3", "NaN", "-inf", str(10**9), str(2**63), "9" * 400,
    "2020-13-45", "2021-02-30", "0000-00-00", "0001-01-01", "9999-12-31", "20201301", "2020-1-1", "-2020-01-01",
    "\x00", "a\x00b", "%00", "%ff%fe", "' OR '1'='1", "1; DROP TABLE incidents; --", '" UNION SELECT * FROM articles --',
    "../../../../etc/passwd", "..%2f..%2fetc%2fpasswd", "..\\..\\windows\\win.ini", "%", "_", "\\", "/", "//", "?#&=",
    "\u202egnp.exe", "\U0001f681" * 50, "İ", "ß", "ﬃ", "e\u0301", "Ⅻ", "٣", "ＳＹＲＩＡ", "<script>alert(1)</script>",
    "null", "[]", "{}", "-date", "date ", "DATE", "--date", "helicopter " * 100, "x" * 60_000,
)  # fmt: skip
VALUES = st.one_of(
    st.sampled_from(NASTY), st.text(max_size=60), st.integers(-(10**20), 10**20).map(str), st.dates().map(str)
)


def answered(response) -> None:
    """A 2xx, or a 4xx whose JSON body says what is wrong; never a 5xx."""
    where = f"{response.request.method} {str(response.request.url)[:300]}"
    assert response.status_code < 500, (where, response.text[:500])
    if response.status_code >= 400:
        detail = response.json()["detail"]
        assert isinstance(detail, str) and detail.strip(), where
    elif response.headers["content-type"].startswith("application/json"):
        response.json()


@pytest.fixture(scope="module")
def client(manual_db) -> Iterator[TestClient]:
    # no time limit to speak of: these tests are about answers, and the first claim check loads the model
    with TestClient(create_app(str(manual_db), request_timeout_s=600), raise_server_exceptions=False) as client:
        yield client


# --- bad requests ---------------------------------------------------------------------------------


@pytest.mark.parametrize("endpoint", QUERY_ENDPOINTS)
def test_every_nasty_value_in_every_parameter_gets_an_answer(client, endpoint):
    for name in QUERY_ENDPOINTS[endpoint]:
        for value in NASTY:
            answered(client.get(endpoint, params={name: value}))


def test_nul_in_free_text_is_refused_by_name(client):
    for endpoint, name in (("/api/incidents", "q"), ("/api/articles", "q"), ("/api/stats", "country"), ("/api/check", "claim")):
        response = client.get(endpoint, params={name: "Mi-8\x00"})
        assert response.status_code == 422 and response.json()["detail"] == f"{name}: must not contain NUL characters"


@pytest.mark.parametrize("endpoint", QUERY_ENDPOINTS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_parameters_never_give_a_5xx(client, endpoint, data):
    names = st.sampled_from((*QUERY_ENDPOINTS[endpoint], "unknown", "page[]"))
    # a name may repeat; httpx itself refuses a query string over 64 KiB, so the whole stays under it
    params = data.draw(st.lists(st.tuples(names, VALUES), max_size=5).filter(lambda ps: sum(len(v) for _, v in ps) < 64_000))
    answered(client.get(endpoint, params=params))


@pytest.mark.parametrize("template", PATH_ENDPOINTS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=VALUES)
def test_random_ids_and_file_names_never_give_a_5xx(client, template, value):
    answered(client.get(template.format(quote(value, safe="/%"))))


@pytest.mark.parametrize("template", PATH_ENDPOINTS)
def test_traversal_and_escapes_in_paths_find_nothing(client, template):
    for value in ("..%2f..%2fpyproject.toml", "%2e%2e/%2e%2e/server.py", "..%5c..%5cserver.py", "%00", "x%00.txt", "%ff"):
        response = client.get(template.format(value))
        answered(response)
        assert response.status_code == 404 or template == "/api/export.{}", (template, value)


# --- limits, through the ASGI app -------------------------------------------------------------------


@pytest.fixture()
def stuck_stats(monkeypatch) -> Iterator[threading.Event]:
    """/api/stats blocks until the event is set."""
    release = threading.Event()
    real = server.statistics

    def stuck(records):
        release.wait(60)
        return real(records)

    monkeypatch.setattr(server, "statistics", stuck)
    yield release
    release.set()


def test_a_request_past_the_time_limit_answers_504_and_the_server_goes_on(manual_db, stuck_stats):
    with TestClient(create_app(str(manual_db), request_timeout_s=0.2)) as client:
        response = client.get("/api/stats")
        stuck_stats.set()
        assert response.status_code == 504 and "0.2 s" in response.json()["detail"]
        assert response.headers["x-frame-options"] == "DENY"
        answered(client.get("/api/incidents"))
        assert client.get("/api/incidents").status_code == 200


def test_past_the_concurrency_cap_requests_answer_503_until_cut_off_work_ends(manual_db, stuck_stats):
    with TestClient(create_app(str(manual_db), request_timeout_s=0.2, max_in_flight=1)) as client:
        assert client.get("/api/stats").status_code == 504  # its handler is still running
        busy = client.get("/api/incidents")
        assert busy.status_code == 503 and "limit of 1 requests" in busy.json()["detail"]
        assert busy.headers["retry-after"] == "1"
        stuck_stats.set()
        for _ in range(200):  # the cut-off handler ends soon after it is released
            response = client.get("/api/incidents")
            if response.status_code != 503:
                break
            time.sleep(0.05)
        assert response.status_code == 200


def test_serve_hands_its_limits_to_the_app_and_uvicorn(manual_db, monkeypatch):
    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: seen.update(app=app, **options))
    args = ["serve", "--db", str(manual_db), "--timeout", "5", "--max-concurrent", "3"]
    result = CliRunner().invoke(cli.main, args)
    assert result.exit_code == 0, result.output
    assert seen["app"].state.settings.request_timeout_s == 5
    (limits,) = [m for m in seen["app"].user_middleware if m.cls is Limits]
    assert limits.kwargs["max_in_flight"] == 3 and seen["limit_concurrency"] > 3
    refused = CliRunner().invoke(cli.main, ["serve", "--db", str(manual_db), "--timeout", "0"])
    assert refused.exit_code == 2 and "--timeout" in refused.output


# --- limits, over HTTP ----------------------------------------------------------------------------


@contextmanager
def serving(app) -> Iterator[int]:
    """Run the app with uvicorn on a free loopback port; yields the port."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        for _ in range(600):
            if server.started:
                break
            time.sleep(0.05)
        yield sock.getsockname()[1]
    finally:
        server.should_exit = True
        thread.join(30)
        sock.close()


def json_reply(connection: http.client.HTTPConnection) -> tuple[int, dict]:
    reply = connection.getresponse()
    return reply.status, json.loads(reply.read())


def test_over_http_a_100_kb_query_and_a_stalled_upload_get_a_4xx(manual_db):
    with serving(create_app(str(manual_db), request_timeout_s=0.5)) as port:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        connection.request("GET", "/api/incidents?q=" + "x" * 100_000)
        status, body = json_reply(connection)
        assert status == 422 and "at most 500 characters" in body["detail"]

        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        connection.putrequest("POST", "/api/ingest")
        connection.putheader("Content-Type", "multipart/form-data; boundary=sitrep")
        connection.putheader("Content-Length", "10000")
        connection.endheaders(b"--sitrep\r\n")  # and nothing more
        status, body = json_reply(connection)
        assert status == 408 and "did not arrive within 0.5 s" in body["detail"]
