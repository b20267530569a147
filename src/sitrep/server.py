"""The HTTP API and the web page: `create_app(db_path)` gives a FastAPI app over one store.

Every request opens its own connection to the SQLite store (WAL lets readers run beside an
ingest). Incident summaries (query.summarise) are kept in memory until the store changes. The API
returns JSON and files only; it never renders article text as HTML. `Limits` bounds how many
requests are answered at once and how long a client waits.
"""

import asyncio
import datetime
import logging
import os
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path, PurePath
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from pydantic import AfterValidator
from starlette.datastructures import UploadFile
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .export import incident_record, to_bytes
from .models import CAUSES
from .query import (
    SORTS,
    Filters,
    article_detail,
    find_articles,
    full_records,
    incident_row,
    incident_summaries,
    page,
    select,
    sort_records,
    statistics,
)
from .read import SUPPORTED
from .store import Store

STATIC = Path(__file__).parent / "web" / "static"
STATUSES = ("confirmed", "claimed", "disputed", "unconfirmed")
EXPORTS = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "geojson": "application/geo+json",
    "parquet": "application/vnd.apache.parquet",
}
FLAT_EXPORTS = {"csv", "geojson"}  # built from flat_row alone, which a summary serves as well as a full record
MAX_UPLOAD_FILES = 100
UPLOAD_PATHS = frozenset({"/api/ingest"})  # bound their own time: the body's arrival, then the ingest
UPLOAD_BODY = {  # the multipart body, for the OpenAPI page (the endpoint parses it itself to bound its size)
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["files"],
                    "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"}}},
                }
            }
        },
    }
}
log = logging.getLogger(__name__)
router = APIRouter(prefix="/api")


class Summaries:
    """Every incident's summary in each sort order asked for, rebuilt only when some connection has
    committed to the store since (sorting 10,000 summaries costs more than filtering them)."""

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        self.lock = threading.Lock()
        self.version: int | None = None
        self.items: list[dict[str, Any]] = []
        self.orders: dict[str, list[dict[str, Any]]] = {}
        self.watch: sqlite3.Connection | None = None  # asked for PRAGMA data_version only, under the lock

    def get(self, sort: str) -> list[dict[str, Any]]:
        with self.lock:
            if self.watch is None:
                self.watch = sqlite3.connect(self.db_path, check_same_thread=False)
            version = self.watch.execute("PRAGMA data_version").fetchone()[0]
            if version != self.version:
                with Store(self.db_path) as store:
                    self.items, self.orders = incident_summaries(store), {}
                self.version = version
            if sort not in self.orders:
                self.orders[sort] = sort_records(self.items, sort)
            return self.orders[sort]


@dataclass(frozen=True)
class Settings:
    db_path: str
    max_upload_bytes: int
    ingest_timeout_s: float
    request_timeout_s: float
    ingest_worker: ThreadPoolExecutor  # one worker: uploads are ingested one after another
    summaries: Summaries


class UploadTooLarge(Exception):
    pass


class Limits:
    """ASGI middleware: past `max_in_flight` requests at once a request answers 503 at once, and a
    response not started within `timeout_s` answers 504. Paths in `self_timed` bound their own time.

    A handler cut off by the time limit cannot be stopped (it runs in a worker thread), so it runs to
    its end with its response dropped, and counts as in flight until then: cut-off work cannot pile up.
    """

    def __init__(self, app: ASGIApp, timeout_s: float, max_in_flight: int, self_timed: frozenset[str]) -> None:
        self.app, self.timeout_s, self.max_in_flight, self.self_timed = app, timeout_s, max_in_flight, self_timed
        self.in_flight = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if self.in_flight >= self.max_in_flight:
            message = f"the server is at its limit of {self.max_in_flight} requests at once; try again shortly"
            return await JSONResponse({"detail": message}, 503, {"Retry-After": "1"})(scope, receive, send)
        started = cut = False

        async def send_unless_cut(message: Message) -> None:
            nonlocal started
            if not cut:
                started = True
                await send(message)

        def finished(task: asyncio.Future) -> None:
            self.in_flight -= 1
            if cut and not task.cancelled() and task.exception() is not None:  # nobody else sees it
                log.warning("%s, cut off at the time limit, then failed: %r", scope["path"], task.exception())

        self.in_flight += 1
        task = asyncio.ensure_future(self.app(scope, receive, send_unless_cut))
        task.add_done_callback(finished)
        await asyncio.wait([task], timeout=None if scope["path"] in self.self_timed else self.timeout_s)
        if task.done() or started:
            return await task
        cut = True
        message = f"no answer within {self.timeout_s:g} s; narrow the request or try again later"
        await JSONResponse({"detail": message}, 504)(scope, receive, send)


def create_app(
    db_path: str,
    max_upload_bytes: int = 20_000_000,
    ingest_timeout_s: float = 600.0,
    request_timeout_s: float = 60.0,
    max_in_flight: int = 64,
) -> FastAPI:
    """The API over the store at `db_path`; uploads above `max_upload_bytes` in all are refused, an
    upload's ingest answers 504 after `ingest_timeout_s` (and goes on), any other request after
    `request_timeout_s`; past `max_in_flight` requests at once a request answers 503."""
    app = FastAPIOffline(  # the docs page with Swagger UI served locally, not from a CDN
        title="sitrep",
        version=version("sitrep"),
        description="Aircraft-loss incidents reconciled from news articles, with every source's evidence.",
        openapi_url="/api/openapi.json",
        docs_url="/api/docs",
        redoc_url=None,
        static_url="/api/docs-static",
    )
    worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sitrep-ingest")
    summaries = Summaries(str(db_path))
    app.state.settings = Settings(str(db_path), max_upload_bytes, ingest_timeout_s, request_timeout_s, worker, summaries)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(sqlite3.OperationalError, _store_busy)
    app.add_exception_handler(Exception, _unexpected)
    app.add_middleware(Limits, timeout_s=request_timeout_s, max_in_flight=max_in_flight, self_timed=UPLOAD_PATHS)
    app.middleware("http")(_security_headers)  # added last, so outermost: limit answers get the headers too
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static")
    app.add_api_route("/", _index, include_in_schema=False)
    return app


SECURITY_HEADERS = {
    # The page's own <meta> CSP governs scripts; a header is needed to forbid framing.
    "Content-Security-Policy": "frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


async def _security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    response = await call_next(request)
    response.headers.update(SECURITY_HEADERS)
    return response


def _index() -> FileResponse:
    page_file = STATIC / "index.html"
    if not page_file.is_file():
        raise HTTPException(404, "the web page is not installed; the API is at /api/docs")
    return FileResponse(page_file)


# --- errors ---------------------------------------------------------------------------------------


async def _invalid_request(request: Request, error: RequestValidationError) -> JSONResponse:
    problems = []
    for problem in error.errors():
        where = ".".join(str(part) for part in problem.get("loc", ()) if part not in ("query", "path", "body"))
        message = problem.get("msg", "invalid").removeprefix("Value error, ")  # pydantic's prefix for our ValueErrors
        problems.append(f"{where}: {message}" if where else message)
    return JSONResponse({"detail": "; ".join(problems) or "invalid request"}, status_code=422)


async def _store_busy(request: Request, error: sqlite3.OperationalError) -> JSONResponse:
    log.warning("store error on %s: %s", request.url.path, error)
    return JSONResponse({"detail": f"the store cannot answer now ({error}); try again"}, status_code=503)


async def _unexpected(request: Request, error: Exception) -> JSONResponse:
    log.exception("unexpected error on %s", request.url.path)
    return JSONResponse({"detail": f"internal error ({type(error).__name__})"}, status_code=500)


# --- shared parameters ----------------------------------------------------------------------------


def _store(request: Request) -> Store:
    return Store(request.app.state.settings.db_path)


def _selected(request: Request, filters: Filters, sort: str = "-date") -> list[dict[str, Any]]:
    return select(request.app.state.settings.summaries.get(sort), filters, sort=None)


def _without_nul(value: str | None) -> str | None:
    if value is not None and "\x00" in value:  # SQLite would end the text there
        raise ValueError("must not contain NUL characters")
    return value


NO_NUL = AfterValidator(_without_nul)


def incident_filters(
    start: datetime.date | None = Query(None, description="first day, YYYY-MM-DD (inclusive)"),
    end: datetime.date | None = Query(None, description="last day, YYYY-MM-DD (inclusive)"),
    country: Annotated[str | None, Query(max_length=200, description="country of the location"), NO_NUL] = None,
    family: Annotated[str | None, Query(max_length=200, description="aircraft family, e.g. Mi-24"), NO_NUL] = None,
    category: Annotated[str | None, Query(max_length=100, description="aircraft category, e.g. helicopter"), NO_NUL] = None,
    cause: Literal[CAUSES] | None = Query(None),
    status: Literal[STATUSES] | None = Query(None),
    q: Annotated[str | None, Query(max_length=500, description="words in aircraft, places, titles or evidence"), NO_NUL] = None,
) -> Filters:
    if start and end and start > end:
        raise HTTPException(400, f"start ({start}) is after end ({end})")
    return Filters(start, end, country, family, category, cause, status, q)


@dataclass(frozen=True)
class Paging:
    number: int
    per_page: int


def page_params(
    page: int = Query(1, ge=1, le=1_000_000, description="page number, from 1"),
    per_page: int = Query(50, ge=1, le=500, description="items per page"),
) -> Paging:
    return Paging(page, per_page)


SortParam = Query("-date", description="date, country, killed or status; a leading - sorts descending")


# --- endpoints ------------------------------------------------------------------------------------


@router.get("/incidents")
def list_incidents(
    request: Request,
    filters: Filters = Depends(incident_filters),
    sort: Literal[SORTS] = SortParam,
    paging: Paging = Depends(page_params),
) -> dict[str, Any]:
    """Incidents passing the filters, one page of flat rows with the first article's title."""
    result = page(_selected(request, filters, sort), paging.number, paging.per_page)
    return {**result, "items": [incident_row(r) for r in result["items"]]}


@router.get("/incidents/{incident_id}", responses={404: {"description": "unknown, or merged into `successor`"}})
def get_incident(request: Request, incident_id: str) -> Any:
    """One incident's full record (the JSONL export contract)."""
    with _store(request) as store:
        incident = store.incident(incident_id)
        if incident is not None:
            return incident_record(store, incident)
        successor = store.successor(incident_id)
    if successor:
        detail = f"incident {incident_id} was merged into {successor}"
        return JSONResponse({"detail": detail, "successor": successor}, status_code=404)
    raise HTTPException(404, f"no incident {incident_id}")


@router.get("/articles")
def list_articles(
    request: Request,
    q: Annotated[str | None, Query(max_length=500, description="words in the id, title, outlet, URL or text"), NO_NUL] = None,
    paging: Paging = Depends(page_params),
) -> dict[str, Any]:
    """Stored articles, one page, sorted by id."""
    with _store(request) as store:
        return find_articles(store, q, paging.number, paging.per_page)


@router.get("/articles/{article_id:path}")
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    """One article: clean and raw text, removed boilerplate lines, and the spans its values come from."""
    with _store(request) as store:
        article = article_detail(store, article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id}")
    return article


@router.get("/stats")
def get_stats(request: Request, filters: Filters = Depends(incident_filters)) -> dict[str, Any]:
    """Incident counts by month and cause, by country, by aircraft family and by cause."""
    return statistics(_selected(request, filters))


@router.get("/check", responses={400: {"description": "a blank claim"}})
def check_claim_endpoint(
    request: Request,
    claim: Annotated[str, Query(min_length=1, max_length=1000, description="one or two sentences, e.g. 'Rebels shot down a Mi-17 near Aleppo in 2020'"), NO_NUL],
) -> dict[str, Any]:
    """A claim checked against the incidents: verdict, reason, each detail with its evidence, nearest incidents."""
    from .claims import check_claim

    with _store(request) as store:
        try:
            return check_claim(store, claim)
        except ValueError as error:
            raise HTTPException(400, str(error)) from error


@router.get("/export.{fmt}", response_class=Response, responses={200: {"content": {t: {} for t in EXPORTS.values()}}})
def export_incidents(
    request: Request,
    fmt: Literal[tuple(EXPORTS)],
    filters: Filters = Depends(incident_filters),
    sort: Literal[SORTS] = SortParam,
) -> Response:
    """The incidents passing the filters as a file: csv, json (the JSONL records as an array), geojson, parquet."""
    records = _selected(request, filters, sort)
    if fmt not in FLAT_EXPORTS:
        with _store(request) as store:
            records = full_records(store, records)
    headers = {"Content-Disposition": f'attachment; filename="incidents.{fmt}"'}
    return Response(to_bytes(records, fmt), media_type=EXPORTS[fmt], headers=headers)


@router.post("/ingest", openapi_extra=UPLOAD_BODY, responses={400: {}, 408: {}, 413: {}, 504: {}})
async def ingest_upload(request: Request) -> dict[str, Any]:
    """Ingest uploaded articles (multipart field `files`: .txt, .html, .jsonl); returns the ingest summary."""
    settings: Settings = request.app.state.settings
    _check_length(request.headers.get("content-length"), settings.max_upload_bytes)
    limited = Request(request.scope, _counting(request.receive, settings.max_upload_bytes))
    arrival = limited.form(max_files=MAX_UPLOAD_FILES, max_fields=MAX_UPLOAD_FILES)
    try:
        form = await asyncio.wait_for(arrival, settings.request_timeout_s)
    except UploadTooLarge:
        raise _too_large(settings.max_upload_bytes) from None
    except TimeoutError:
        raise HTTPException(408, f"the upload did not arrive within {settings.request_timeout_s:g} s") from None
    try:
        uploads = [item for item in form.getlist("files") if isinstance(item, UploadFile)]
        folder = _save_uploads(uploads)
    finally:
        await form.close()
    job = settings.ingest_worker.submit(_ingest_folder, settings.db_path, folder)
    try:
        return await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(job)), settings.ingest_timeout_s)
    except TimeoutError:
        message = f"ingest took longer than {settings.ingest_timeout_s:g} s; it goes on, its articles appear when done"
        raise HTTPException(504, message) from None


def _too_large(limit: int) -> HTTPException:
    return HTTPException(413, f"upload too large: the limit is {limit} bytes in all")


def _check_length(header: str | None, limit: int) -> None:
    if header is None:
        return
    if not header.strip().isdigit():
        raise HTTPException(400, "invalid Content-Length header")
    if int(header) > limit:
        raise _too_large(limit)


def _counting(receive: Callable[[], Awaitable[dict]], limit: int) -> Callable[[], Awaitable[dict]]:
    """A receive channel that stops the request once its body passes `limit` bytes."""
    seen = 0

    async def counted() -> dict:
        nonlocal seen
        message = await receive()
        seen += len(message.get("body", b""))
        if seen > limit:
            raise UploadTooLarge
        return message

    return counted


def _save_uploads(uploads: list[UploadFile]) -> str:
    """Check names and types, then write the uploads into a new temporary folder."""
    if not uploads:
        raise HTTPException(400, "send one or more files in the multipart field 'files'")
    names: dict[str, UploadFile] = {}
    for upload in uploads:
        name = PurePath((upload.filename or "").replace("\\", "/")).name  # the article id: no folders
        if not name or name.startswith("."):
            raise HTTPException(400, f"file name {upload.filename!r} is not usable")
        if PurePath(name).suffix.lower() not in SUPPORTED:
            raise HTTPException(400, f"{name}: unsupported file type; send {', '.join(sorted(SUPPORTED))}")
        if name in names:
            raise HTTPException(400, f"two files named {name}")
        names[name] = upload
    folder = tempfile.mkdtemp(prefix="sitrep-upload-")
    try:
        for name, upload in names.items():
            upload.file.seek(0)
            with open(os.path.join(folder, name), "wb") as out:
                shutil.copyfileobj(upload.file, out)
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder


def _ingest_folder(db_path: str, folder: str) -> dict[str, Any]:
    from .pipeline import ingest

    try:
        with Store(db_path) as store:
            summary = ingest([folder], store).as_dict()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for skip in summary["skipped"]:  # name the uploaded file, not the temporary folder
        skip["origin"] = skip["origin"].removeprefix(folder + os.sep)
    return summary
