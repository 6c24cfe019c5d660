"""The store: open a database by URL or path, migrate it to head, add and query reports.

The backend hides behind a SQLAlchemy URL: SQLite by default, or PostgreSQL
(``postgresql://user:pass@host:port/db``, driven by psycopg 3; PostGIS is used when the server
has it, see :mod:`sitrep.store.postgis`). The schema is owned by Alembic migrations that run in
code on every open, so a user never needs an ``alembic.ini``.

PostgreSQL cannot store NUL (``\\x00``) in text. Rather than strip it (the round trip must be
lossless) a PostgreSQL store refuses such a report with a :class:`StoreError` naming the field;
SQLite stores keep it.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from pydantic import BaseModel, ConfigDict
from sqlalchemy import Engine, and_, create_engine, event, func, or_, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.pool import StaticPool

from ..errors import StoreError
from ..models import Event, Report
from ..registry import registry
from .convert import join_datetime, record_to_event, record_to_report, report_to_record
from .postgis import forget_geom
from .schema import EventRecord, ReportRecord

__all__ = ["Store", "EventRow", "open_store", "alembic_config", "head_revision"]

_SCRIPT_LOCATION = "sitrep.store:migrations"
_FIX = (
    "pass a file path in a folder you can write to (it is created if missing), "
    "'sqlite://' for an in-memory store, or a SQLAlchemy database URL"
)


class EventRow(BaseModel):
    """One stored event with its database id and the report it came from (for lists and APIs)."""

    model_config = ConfigDict(frozen=True)

    id: int
    report_id: str
    ordinal: int
    event: Event
    report_title: str | None = None
    report_url: str | None = None
    report_published: dt.datetime | None = None


def alembic_config(connection: Any | None = None) -> Config:
    """An Alembic config built in code, pointing at the packaged migrations."""
    config = Config()
    config.set_main_option("script_location", _SCRIPT_LOCATION)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str | None:
    """The newest migration this version of sitrep knows."""
    return _scripts().get_current_head()


def _reason(exc: BaseException) -> str:
    """The driver's own message, without SQLAlchemy's SQL echo and background link."""
    return str(exc.orig) if isinstance(exc, DBAPIError) else str(exc)


def _to_url(url_or_path: str) -> URL:
    """A SQLAlchemy URL for a URL or a plain path; a plain path's folder is created if missing."""
    if "://" in url_or_path:
        try:
            url = make_url(url_or_path)
        except ArgumentError as exc:
            raise StoreError(f"invalid store URL {url_or_path!r}: {exc}; {_FIX}") from None
    else:
        url = URL.create("sqlite", database=os.fspath(Path(url_or_path).expanduser()))
    if url.drivername in ("postgresql", "postgres"):  # SQLAlchemy would pick psycopg2
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        database = url.database
        assert database is not None
        if not database.startswith("file:"):  # a sqlite URI names its own file; leave it be
            _check_sqlite_path(Path(database), url_or_path)
    return url


def _check_sqlite_path(path: Path, given: str) -> None:
    if path.is_dir():
        raise StoreError(f"cannot open store {given!r}: it is a folder, not a file; {_FIX}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise StoreError(
            f"cannot open store {given!r}: cannot create folder {str(path.parent)!r} "
            f"({reason}); {_FIX}"
        ) from None
    target = path if path.exists() else path.parent
    if not os.access(target, os.W_OK):
        raise StoreError(f"cannot open store {given!r}: {str(target)!r} is not writable; {_FIX}")


def _make_engine(url: URL) -> Engine:
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if url.database in (None, "", ":memory:"):
        # One shared connection, or every new connection would see a fresh empty database.
        engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        engine = create_engine(url, connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    return engine


def open_store(url_or_path: str | os.PathLike[str]) -> Store:
    """Open (creating if needed) a store and migrate its schema to the newest revision."""
    url = _to_url(os.fspath(url_or_path))
    given = os.fspath(url_or_path)
    if "://" in given:  # never echo a password into logs or error messages
        given = url.render_as_string(hide_password=True)
    try:
        engine = _make_engine(url)
    except ImportError as exc:
        raise StoreError(
            f"cannot open store {given!r}: its database driver is not installed ({exc}); "
            "for PostgreSQL: pip install 'psycopg[binary]'"
        ) from None
    except (ArgumentError, SQLAlchemyError) as exc:
        raise StoreError(f"cannot open store {given!r}: {_reason(exc)}; {_FIX}") from None
    try:
        _upgrade(engine)
    except StoreError:
        engine.dispose()
        raise
    except Exception as exc:  # driver, file and migration errors all mean "cannot open"
        engine.dispose()
        raise StoreError(
            f"cannot open or migrate store {given!r}: {_reason(exc)}; check that it is a sitrep "
            f"database you can write to, or {_FIX}"
        ) from None
    return Store(engine, given)


def _upgrade(engine: Engine) -> None:
    head = head_revision()
    with engine.begin() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        known = {script.revision for script in _scripts().walk_revisions()}
        if current is not None and current not in known:
            raise StoreError(
                f"the store is at schema revision {current!r}, newer than this sitrep knows "
                f"(head {head!r}); upgrade sitrep to open it"
            )
        if current != head:
            command.upgrade(alembic_config(connection), "head")
    forget_geom(engine)


class Store:
    """A report-and-event database. Use :func:`open_store` to get one; close it when done."""

    def __init__(self, engine: Engine, label: str | None = None) -> None:
        self.engine = engine
        self.label = label or engine.url.render_as_string(hide_password=True)
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def __repr__(self) -> str:
        return f"Store({self.label!r})"

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _session(self, action: str) -> Iterator[Session]:
        try:
            with self._sessions() as session:
                yield session
        except (SQLAlchemyError, OverflowError, ValueError) as exc:
            # OverflowError/ValueError: a value the backend cannot hold (an int over 64 bits).
            raise StoreError(f"store {self.label!r}: could not {action}: {_reason(exc)}") from exc

    # -- writing ---------------------------------------------------------------------------

    def add_report(self, report: Report) -> bool:
        """Insert a report and its events in one transaction; False (no change) if its id exists."""
        added, _ = self._add_batch([report])
        return added == 1

    def add_reports(self, reports: Iterable[Report], *, batch_size: int = 500) -> tuple[int, int]:
        """Add many reports, one transaction per batch; returns (added, skipped).

        Skipped are reports whose id is already stored, or repeated earlier in the same call.
        """
        added = skipped = 0
        batch: list[Report] = []
        for report in reports:
            batch.append(report)
            if len(batch) >= batch_size:
                a, s = self._add_batch(batch)
                added, skipped, batch = added + a, skipped + s, []
        if batch:
            a, s = self._add_batch(batch)
            added, skipped = added + a, skipped + s
        return added, skipped

    def _add_batch(self, reports: list[Report]) -> tuple[int, int]:
        unique: dict[str, Report] = {}
        for report in reports:
            unique.setdefault(report.id, report)
        label = f"add report {reports[0].id!r}" if len(reports) == 1 else "add reports"
        try:
            with self._session(label) as session, session.begin():
                stored = set(
                    session.scalars(select(ReportRecord.id).where(ReportRecord.id.in_(unique)))
                )
                fresh = [r for rid, r in unique.items() if rid not in stored]
                records = [report_to_record(r) for r in fresh]
                if self.engine.dialect.name == "postgresql":
                    for record in records:
                        _refuse_nul(record)
                session.add_all(records)
        except StoreError as exc:
            if len(unique) > 1:
                # A writer raced us on some id, or one report cannot be stored: go one at a time,
                # so only the racing ids are skipped and an error names the report at fault.
                added = sum(self._add_batch([r])[0] for r in unique.values())
                return added, len(reports) - added
            if isinstance(exc.__cause__, IntegrityError) and self.has_report(reports[0].id):
                return 0, len(reports)
            raise
        return len(fresh), len(reports) - len(fresh)

    # -- reading ---------------------------------------------------------------------------

    def get_report(self, report_id: str) -> Report | None:
        """The stored report, events in their original order, or None."""
        with self._session(f"read report {report_id!r}") as session:
            stmt = (
                select(ReportRecord)
                .where(ReportRecord.id == report_id)
                .options(selectinload(ReportRecord.events))
            )
            record = session.scalars(stmt).one_or_none()
            return None if record is None else record_to_report(record)

    def has_report(self, report_id: str) -> bool:
        with self._session(f"read report {report_id!r}") as session:
            return session.get(ReportRecord, report_id) is not None

    def events(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        country: str | None = None,
        event_type: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> list[EventRow]:
        """Events in date order (undated last, then by id), filtered.

        ``country`` is an ISO 3166-1 alpha-2 code (any case). ``since``/``until`` keep events
        whose date span [date, date_end or date] overlaps the given days; undated events drop out.
        """
        stmt = select(EventRecord, ReportRecord).join(
            ReportRecord, EventRecord.report_id == ReportRecord.id
        )
        if country is not None:
            stmt = stmt.where(func.upper(EventRecord.country) == country.upper())
        if event_type is not None:
            stmt = stmt.where(EventRecord.event_type == event_type)
        if since is not None:
            stmt = stmt.where(
                or_(
                    EventRecord.date_end >= since,
                    and_(EventRecord.date_end.is_(None), EventRecord.date >= since),
                )
            )
        if until is not None:
            stmt = stmt.where(EventRecord.date <= until)
        stmt = stmt.order_by(EventRecord.date.is_(None), EventRecord.date, EventRecord.id)
        stmt = stmt.offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._session("list events") as session:
            return [_event_row(event, report) for event, report in session.execute(stmt)]

    def get_event(self, event_id: int) -> EventRow | None:
        with self._session(f"read event {event_id}") as session:
            record = session.get(EventRecord, event_id)
            return None if record is None else _event_row(record, record.report)

    def counts(self) -> dict[str, int]:
        """Row counts: every report row, every event, and the report rows that carry an error."""
        with self._session("count rows") as session:
            reports = session.scalar(select(func.count()).select_from(ReportRecord)) or 0
            events = session.scalar(select(func.count()).select_from(EventRecord)) or 0
            failed = (
                session.scalar(
                    select(func.count())
                    .select_from(ReportRecord)
                    .where(ReportRecord.error.is_not(None))
                )
                or 0
            )
        return {"reports": reports, "events": events, "failed": failed}


def _refuse_nul(record: ReportRecord) -> None:
    """PostgreSQL text cannot hold NUL; refuse (naming the field) rather than strip it silently.

    JSON columns are exempt: their text escapes NUL as ``\\u0000``, which ``json`` accepts.
    """
    rows: list[ReportRecord | EventRecord] = [record, *record.events]
    for row in rows:
        for column in row.__table__.columns:
            value = getattr(row, column.key, None)
            if isinstance(value, str) and "\x00" in value:
                where = "report" if isinstance(row, ReportRecord) else f"event {row.ordinal}"
                raise StoreError(
                    f"cannot add report {record.id!r}: {where} field {column.key!r} contains a "
                    "NUL character (\\x00), which PostgreSQL cannot store in text; remove it "
                    "(or use a SQLite store, which keeps it)"
                )


def _event_row(record: EventRecord, report: ReportRecord) -> EventRow:
    return EventRow(
        id=record.id,
        report_id=record.report_id,
        ordinal=record.ordinal,
        event=record_to_event(record),
        report_title=report.title,
        report_url=report.url,
        report_published=join_datetime(report.published, report.published_utcoffset),
    )


@registry.stores.register("sitrep.store.sqlalchemy.v1")
def _registered_store(url: str = "sitrep.sqlite") -> Store:
    return open_store(url)
