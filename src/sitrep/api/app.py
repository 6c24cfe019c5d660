"""The HTTP API: a FastAPI app over one store, read-only unless started with a token.

Read endpoints are plain ``def`` functions, so FastAPI runs them in its thread pool and the
synchronous SQLAlchemy calls never block the event loop. Every error, FastAPI's own validation
errors included, answers ``{"error": {"status", "code", "message"}}``. Article text goes out as JSON
strings only, never as HTML, so a ``<script>`` in an article is data, not markup.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import InputError, StoreError
from ..ingest import DEFAULT_MAX_BYTES
from ..models import RawDocument
from ..store import EventRecord, ReportRecord, Store, open_store
from ..store.convert import join_datetime, record_to_event
from .queries import EventFilters, count_events, event_stats, page_events
from .schemas import (
    ErrorResponse,
    EventDetail,
    EventPage,
    EventsQuery,
    GeoQuery,
    IngestRequest,
    IngestResponse,
    ReportDetail,
    Stats,
)

__all__ = ["create_app", "ApiError", "STATIC_DIR", "TOKEN_ENV"]

__version__ = "0.1.0"

#: Where the web page's files live (written by the web package; may not be built yet).
STATIC_DIR = Path(__file__).resolve().parent.parent / "web" / "static"
#: The environment variable ``sitrep serve`` reads the write token from.
TOKEN_ENV = "SITREP_API_TOKEN"
_MAX_ID = 2**63 - 1
_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    422: "invalid_request",
    500: "internal_error",
}
_NOT_BUILT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>sitrep</title></head>
<body><h1>sitrep</h1><p>The web UI is not built. The API is running: see
<a href="/docs">/docs</a> and <a href="/api/events">/api/events</a>.</p></body></html>
"""


class ApiError(Exception):
    """An error the API answers on purpose, with its status, a stable code and a message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _error(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    body = {"error": {"status": status, "code": code, "message": message}}
    return JSONResponse(body, status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "body", "path"))
        msg = str(err.get("msg", "invalid")).removeprefix("Value error, ")
        parts.append(f"{loc}: {msg}" if loc else msg)
    return "; ".join(parts) or "invalid request"


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return _error(exc.status, exc.code, exc.message, headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no route {request.url.path!r}; see /docs for the API"
        code = _CODES.get(exc.status_code, "http_error")
        return _error(exc.status_code, code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return _error(422, "invalid_request", _validation_message(exc))

    @app.exception_handler(StoreError)
    async def _store_error(_: Request, exc: StoreError) -> JSONResponse:
        return _error(500, "store_error", str(exc))

    @app.exception_handler(Exception)
    async def _crash(_: Request, exc: Exception) -> JSONResponse:
        return _error(500, "internal_error", f"internal error ({type(exc).__name__})")


def _session(request: Request) -> Iterator[Session]:
    """One ORM session per request on the app's store."""
    with Session(request.app.state.store.engine) as session:
        yield session


Db = Annotated[Session, Depends(_session)]
_bearer = HTTPBearer(auto_error=False, description="the token given to `sitrep serve --token`")


def _authorized(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Refuse writes unless the server has a token and the request carries it (before the body)."""
    token: str | None = request.app.state.token
    if token is None:
        raise ApiError(
            403,
            "writing_disabled",
            "this server is read-only; start it with 'sitrep serve --token TOKEN' "
            f"(or set {TOKEN_ENV}) and send 'Authorization: Bearer TOKEN'",
        )
    given = credentials.credentials if credentials is not None else ""
    if not secrets.compare_digest(given.encode(), token.encode()):
        raise ApiError(401, "unauthorized", "missing or wrong bearer token")


def create_app(
    store_url: str,
    *,
    token: str | None = None,
    pipeline_factory: Callable[[], Any] | None = None,
    static_dir: Path | None = None,
) -> FastAPI:
    """The API over the store at ``store_url``; POST /api/reports works only with a ``token``.

    ``pipeline_factory`` makes the :class:`sitrep.Pipeline` for POST (once, on first use);
    ``static_dir`` replaces the packaged web page folder.
    """
    store = open_store(store_url)
    _analyze_once(store)
    static = STATIC_DIR if static_dir is None else static_dir
    pipeline_lock = threading.Lock()
    pipeline_holder: list[Any] = []

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="sitrep API",
        version=__version__,
        summary="Structured, geocoded, source-attributed armed-conflict events coded from news.",
        description=(
            "Read-only by default. Every error answers "
            '`{"error": {"status": int, "code": str, "message": str}}`. '
            "Writing (POST /api/reports) needs `sitrep serve --token TOKEN` (or "
            f"{TOKEN_ENV}) and an `Authorization: Bearer TOKEN` header."
        ),
        lifespan=lifespan,
        responses={422: {"model": ErrorResponse, "description": "invalid request"}},
    )
    app.state.store = store
    app.state.token = token
    _install_error_handlers(app)

    not_found: dict[int | str, dict[str, Any]] = {404: {"model": ErrorResponse}}

    @app.get("/", include_in_schema=False, response_model=None)
    def index() -> FileResponse | HTMLResponse:
        page = static / "index.html"
        return FileResponse(page) if page.is_file() else HTMLResponse(_NOT_BUILT)

    @app.get("/api/events", response_model=EventPage, tags=["events"])
    def list_events(db: Db, query: Annotated[EventsQuery, Query()]) -> dict[str, Any]:
        """Events matching every given filter, one page in ``sort`` order."""
        filters = _filters(query)
        events = page_events(db, filters, sort=query.sort, limit=query.limit, offset=query.offset)
        return {
            "total": count_events(db, filters),
            "limit": query.limit,
            "offset": query.offset,
            "events": events,
        }

    @app.get("/api/events.geojson", tags=["events"])
    def events_geojson(db: Db, query: Annotated[GeoQuery, Query()]) -> JSONResponse:
        """The matching events that have coordinates, as a GeoJSON FeatureCollection of Points."""
        filters = _filters(query).model_copy(update={"bbox": query.bbox or "-180,-90,180,90"})
        rows = page_events(db, filters, sort=query.sort, limit=query.limit, offset=query.offset)
        features = [
            {
                "type": "Feature",
                "id": row["id"],
                "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
                "properties": row,
            }
            for row in rows
            if row["lat"] is not None and row["lon"] is not None
        ]
        return JSONResponse(
            {"type": "FeatureCollection", "features": features},
            media_type="application/geo+json",
        )

    @app.get(
        "/api/events/{event_id}", response_model=EventDetail, responses=not_found, tags=["events"]
    )
    def get_event(db: Db, event_id: Annotated[int, PathParam(ge=1, le=_MAX_ID)]) -> dict[str, Any]:
        """One event with every field, its evidence spans, its report and its sentences."""
        record = db.get(EventRecord, event_id)
        if record is None:
            raise ApiError(404, "not_found", f"no event {event_id}")
        event = record_to_event(record)
        report = record.report
        sentences = [
            {"start": ev.start, "end": ev.end, "text": ev.text}
            for ev in event.evidence
            if ev.field == "sentence"
        ]
        return {
            **event.model_dump(),
            "id": record.id,
            "report_id": record.report_id,
            "ordinal": record.ordinal,
            "report": _report_summary(report),
            "sentences": sentences,
        }

    @app.get(
        "/api/reports/{report_id}",
        response_model=ReportDetail,
        responses=not_found,
        tags=["reports"],
    )
    def get_report(db: Db, report_id: Annotated[str, PathParam(max_length=400)]) -> dict[str, Any]:
        """One stored report, its text and the events coded from it (ids and summaries)."""
        report = db.get(ReportRecord, report_id)
        if report is None:
            raise ApiError(404, "not_found", f"no report {report_id!r}")
        events = db.execute(
            select(
                EventRecord.id,
                EventRecord.ordinal,
                EventRecord.event_type,
                EventRecord.sub_event_type,
                EventRecord.date,
                EventRecord.summary,
            )
            .where(EventRecord.report_id == report_id)
            .order_by(EventRecord.ordinal)
        )
        return {
            **_report_summary(report),
            "external_id": report.external_id,
            "origin": report.origin,
            "language": report.language,
            "ingested_at": join_datetime(report.ingested_at, report.ingested_at_utcoffset),
            "error": report.error,
            "events": [row._asdict() for row in events],
        }

    @app.get("/api/stats", response_model=Stats, tags=["events"])
    def stats(db: Db, query: Annotated[EventFilters, Query()]) -> dict[str, Any]:
        """Counts and fatalities per day, per event type and per country, and totals."""
        return event_stats(db, query)

    @app.post(
        "/api/reports",
        status_code=201,
        response_model=IngestResponse,
        responses={
            200: {"model": IngestResponse, "description": "already stored"},
            401: {"model": ErrorResponse},
            403: {"model": ErrorResponse},
            413: {"model": ErrorResponse},
        },
        tags=["reports"],
        dependencies=[Depends(_authorized)],
    )
    def post_report(body: IngestRequest, db: Db) -> JSONResponse:
        """Run one article through the pipeline and store it (needs the server's token)."""
        content = body.text if body.text is not None else body.html
        assert content is not None
        if len(content.encode("utf-8")) > DEFAULT_MAX_BYTES:
            raise ApiError(413, "too_large", f"the article is over {DEFAULT_MAX_BYTES} bytes")
        raw = RawDocument(
            origin=body.url or "<api>",
            content=content,
            content_type="text" if body.text is not None else "html",
            given_id=body.id,
            title=body.title,
            published=body.published,
            url=body.url,
        )
        with pipeline_lock:
            if not pipeline_holder:
                pipeline_holder.append(
                    _default_pipeline() if pipeline_factory is None else pipeline_factory()
                )
            try:
                report, _ = next(pipeline_holder[0].pipe([raw], raise_errors=True))
            except InputError as exc:
                raise ApiError(422, "invalid_article", str(exc)) from None
        created = store.add_report(report)
        ids = list(
            db.scalars(
                select(EventRecord.id)
                .where(EventRecord.report_id == report.id)
                .order_by(EventRecord.ordinal)
            )
        )
        out = IngestResponse(
            id=report.id,
            external_id=report.external_id,
            created=created,
            events=ids,
            error=report.error,
        )
        return JSONResponse(out.model_dump(mode="json"), status_code=201 if created else 200)

    app.mount("/static", StaticFiles(directory=static, check_dir=False), name="static")
    return app


def _analyze_once(store: Store) -> None:
    """Give SQLite's planner table statistics once (without them it picks poor indexes for
    combined filters); later runs keep the statistics ``ANALYZE`` stored in the file."""
    if store.engine.dialect.name != "sqlite":
        return
    with store.engine.begin() as conn:
        if not inspect(conn).has_table("sqlite_stat1"):
            conn.exec_driver_sql("ANALYZE")


def _default_pipeline() -> Any:
    from ..pipeline import Pipeline  # the heavy imports wait for the first write

    return Pipeline()


def _filters(query: EventFilters) -> EventFilters:
    """The filter part of a page query (limit, offset and sort dropped)."""
    return EventFilters.model_validate(query.model_dump(include=set(EventFilters.model_fields)))


def _report_summary(report: ReportRecord) -> dict[str, Any]:
    return {
        "id": report.id,
        "title": report.title,
        "url": report.url,
        "published": join_datetime(report.published, report.published_utcoffset),
        "outlet": report.outlet,
        "text": report.text,
        "related": report.related,
        "sources": report.sources,
    }
