"""Filtered event queries in SQL, shared by the HTTP API and ``sitrep export``.

Every filter becomes a WHERE clause on ``events`` (joined to ``reports`` only when the free-text
search needs the title), so a page of 100 events out of 100,000 costs one indexed query and one
count, never a load of the table into Python. Rows come back as plain dicts (the "compact" event
shape the API, the web page and the exports share).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any, Literal, cast

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import ColumnElement, Select, func, or_, select, union, union_all
from sqlalchemy.orm import Session

from ..models import CERTAINTY_LABELS
from ..store import EventRecord, ReportRecord, Store
from ..store.postgis import geom_bbox, spatial_dialect

__all__ = [
    "EventFilters",
    "SortKey",
    "SORT_KEYS",
    "COMPACT_COLUMNS",
    "parse_bbox",
    "filtered",
    "count_events",
    "page_events",
    "iter_events",
    "event_stats",
    "compact_event",
]

SortKey = Literal["date", "-date", "fatalities", "-fatalities", "confidence", "-confidence"]
SORT_KEYS: tuple[str, ...] = (
    "date",
    "-date",
    "fatalities",
    "-fatalities",
    "confidence",
    "-confidence",
)

BBox = tuple[float, float, float, float]


def parse_bbox(value: str) -> BBox:
    """``minlon,minlat,maxlon,maxlat`` as four floats (minlon > maxlon crosses the antimeridian)."""
    parts = value.split(",")
    if len(parts) != 4:
        raise ValueError("bbox must be four numbers: minlon,minlat,maxlon,maxlat")
    try:
        minlon, minlat, maxlon, maxlat = (float(p) for p in parts)
    except ValueError:
        raise ValueError("bbox must be four numbers: minlon,minlat,maxlon,maxlat") from None
    if not all(-180.0 <= x <= 180.0 for x in (minlon, maxlon)):
        raise ValueError("bbox longitudes must lie in [-180, 180]")
    if not all(-90.0 <= y <= 90.0 for y in (minlat, maxlat)):
        raise ValueError("bbox latitudes must lie in [-90, 90]")
    if minlat > maxlat:
        raise ValueError("bbox minlat must not exceed maxlat")
    return minlon, minlat, maxlon, maxlat


class EventFilters(BaseModel):
    """What to keep. Every field is optional; list fields match any of their values."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    bbox: str | None = Field(
        default=None,
        description="minlon,minlat,maxlon,maxlat in WGS84 degrees (minlon > maxlon wraps)",
        examples=["36,35.5,38,37"],
    )
    since: dt.date | None = Field(
        default=None, description="first day, YYYY-MM-DD: events whose span reaches it"
    )
    until: dt.date | None = Field(
        default=None, description="last day, YYYY-MM-DD: events whose span starts by it"
    )
    event_type: list[str] | None = Field(default=None, description="ACLED event type(s)")
    sub_event_type: list[str] | None = Field(default=None, description="ACLED sub-event type(s)")
    actor: str | None = Field(
        default=None, description="substring of actor1 or actor2, any case", max_length=200
    )
    country: list[str] | None = Field(default=None, description="ISO 3166-1 alpha-2 code(s)")
    min_fatalities: int | None = Field(default=None, ge=0, le=2**31)
    certainty: list[str] | None = Field(default=None, description="certainty label(s)")
    q: str | None = Field(
        default=None,
        description="free text in the summary, report title or location name",
        max_length=200,
    )

    @field_validator("bbox", mode="before")
    @classmethod
    def _bbox(cls, value: object) -> object:
        if isinstance(value, str):
            parse_bbox(value)
        return value

    @field_validator("since", "until", mode="before")
    @classmethod
    def _day(cls, value: object) -> object:
        # Only YYYY-MM-DD: pydantic would also take a Unix timestamp or a datetime string.
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value) if len(value) == 10 else _bad_day(value)
            except ValueError:
                _bad_day(value)
        return value

    @field_validator("country")
    @classmethod
    def _country(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        codes = [c.strip().upper() for v in value for c in v.split(",") if c.strip()]
        for code in codes:
            if len(code) != 2 or not code.isalpha():
                raise ValueError(
                    f"country must be an ISO 3166-1 alpha-2 code like SY, not {code!r}"
                )
        return codes

    @field_validator("certainty")
    @classmethod
    def _certainty(cls, value: list[str] | None) -> list[str] | None:
        for label in value or []:
            if label not in CERTAINTY_LABELS:
                raise ValueError(f"certainty must be one of {', '.join(CERTAINTY_LABELS)}")
        return value

    def conditions(self, dialect: str = "sqlite") -> list[ColumnElement[bool]]:
        """The WHERE clauses on ``events`` (``q`` reaches report titles through a subquery)."""
        e = EventRecord
        out: list[ColumnElement[bool]] = []
        if self.bbox is not None:
            minlon, minlat, maxlon, maxlat = parse_bbox(self.bbox)
            if dialect == "postgis":  # the GiST index finds candidates; lat/lon keep it exact
                out.append(geom_bbox(minlon, minlat, maxlon, maxlat))
            out.append(e.lat.between(minlat, maxlat))
            if minlon <= maxlon:
                out.append(e.lon.between(minlon, maxlon))
            else:  # the box crosses the antimeridian
                out.append(or_(e.lon >= minlon, e.lon <= maxlon))
        if self.since is not None:
            # The span [date, date_end] reaches `since` (date_end >= date always holds). As two
            # id sets, each a plain range on its own index: planners cannot cost an OR of ranges
            # next to `date <= until` and fall back to scanning every earlier day.
            starts = e.date.between(self.since, self.until) if self.until else e.date >= self.since
            out.append(
                e.id.in_(
                    union_all(
                        select(e.id).where(starts), select(e.id).where(e.date_end >= self.since)
                    )
                )
            )
        if self.until is not None:
            out.append(e.date <= self.until)
        if self.event_type:
            out.append(e.event_type.in_(self.event_type))
        if self.sub_event_type:
            out.append(e.sub_event_type.in_(self.sub_event_type))
        if self.actor:
            out.append(
                or_(
                    _contains(e.actor1_name, self.actor, dialect),
                    _contains(e.actor2_name, self.actor, dialect),
                )
            )
        if self.country:
            out.append(e.country.in_(self.country))
        if self.min_fatalities is not None:
            out.append(e.fatalities_best >= self.min_fatalities)
        if self.certainty:
            out.append(e.certainty.in_(self.certainty))
        if self.q:
            # An id set from a scan of the narrow (summary, location, report) index: rare matches
            # then cost a sort of a few rows, not a walk of the sort index over the whole table.
            titled = select(ReportRecord.id).where(_contains(ReportRecord.title, self.q, dialect))
            if dialect == "sqlite":
                matching: Any = select(e.id).where(
                    or_(
                        _contains(e.summary, self.q, dialect),
                        _contains(e.location_name, self.q, dialect),
                        e.report_id.in_(titled),
                    )
                )
            else:
                # PostgreSQL plans an OR of ILIKEs as a sequential scan; a UNION lets each
                # branch use its trigram index
                matching = union(
                    select(e.id).where(_contains(e.summary, self.q, dialect)),
                    select(e.id).where(_contains(e.location_name, self.q, dialect)),
                    select(e.id).where(e.report_id.in_(titled)),
                )
            out.append(e.id.in_(matching))
        return out


def _contains(column: Any, text: str, dialect: str) -> ColumnElement[bool]:
    """Case-insensitive substring match; SQLite's LIKE already ignores (ASCII) case, and
    leaving out lower() lets it scan a covering index."""
    if dialect == "sqlite":
        return cast(ColumnElement[bool], column.contains(text, autoescape=True))
    return cast(ColumnElement[bool], column.icontains(text, autoescape=True))


def _bad_day(value: str) -> dt.date:
    raise ValueError(f"expected a day as YYYY-MM-DD, got {value!r}")


#: The columns of the compact event, in output order (also the CSV/Parquet column order).
COMPACT_COLUMNS: tuple[str, ...] = (
    "id", "report_id", "date", "date_end", "date_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "location", "country", "admin1", "lat", "lon", "geo_precision",
    "fatalities", "fatalities_civilians", "fatalities_combatants", "certainty", "confidence",
    "source", "summary", "report_title",
)  # fmt: skip

_SELECTED = (
    EventRecord.id,
    EventRecord.report_id,
    EventRecord.date,
    EventRecord.date_end,
    EventRecord.date_precision,
    EventRecord.event_type,
    EventRecord.sub_event_type,
    EventRecord.actor1_name,
    EventRecord.actor2_name,
    EventRecord.location_name,
    EventRecord.country,
    EventRecord.admin1,
    EventRecord.lat,
    EventRecord.lon,
    EventRecord.geo_precision,
    EventRecord.fatalities_best,
    EventRecord.fatalities_civilians,
    EventRecord.fatalities_combatants,
    EventRecord.certainty,
    EventRecord.confidence,
    EventRecord.source,
    EventRecord.summary,
    ReportRecord.title,
)


def compact_event(row: Sequence[Any]) -> dict[str, Any]:
    """One selected row as the compact event dict (flat, JSON-ready; dates as ISO strings)."""
    out = dict(zip(COMPACT_COLUMNS, row, strict=True))
    for key in ("date", "date_end"):
        if out[key] is not None:
            out[key] = out[key].isoformat()
    return out


def _order(sort: str) -> list[Any]:
    e = EventRecord
    descending = sort.startswith("-")
    column = {"date": e.date, "fatalities": e.fatalities_best, "confidence": e.confidence}[
        sort.lstrip("-")
    ]
    # Rows without a value go last either way; the id breaks ties so pages never overlap.
    # (SQLite walks the column's index for these, as an index holds the rowid too.)
    if descending:
        return [column.desc().nulls_last(), e.id.desc()]
    return [column.asc().nulls_last(), e.id.asc()]


def filtered(filters: EventFilters, *columns: Any, dialect: str = "sqlite") -> Select[Any]:
    """``SELECT columns FROM events`` with the filters applied (joined to reports when needed)."""
    stmt = select(*columns).select_from(EventRecord)
    if any(getattr(c, "table", None) is ReportRecord.__table__ for c in columns):
        stmt = stmt.outerjoin(ReportRecord, EventRecord.report_id == ReportRecord.id)
    return stmt.where(*filters.conditions(dialect))


def _dialect(session: Session) -> str:
    """``sqlite``, ``postgresql``, or ``postgis`` (PostgreSQL with the ``events.geom`` column)."""
    return spatial_dialect(session.get_bind())


def count_events(session: Session, filters: EventFilters) -> int:
    return (
        session.scalar(filtered(filters, func.count(EventRecord.id), dialect=_dialect(session)))
        or 0
    )


def page_events(
    session: Session,
    filters: EventFilters,
    *,
    sort: str = "-date",
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """One page of compact events in ``sort`` order."""
    stmt = filtered(filters, *_SELECTED, dialect=_dialect(session))
    stmt = stmt.order_by(*_order(sort)).limit(limit).offset(offset)
    return [compact_event(row) for row in session.execute(stmt)]


def iter_events(
    store: Store, filters: EventFilters, *, sort: str = "date", page_size: int = 1000
) -> Iterator[dict[str, Any]]:
    """Every matching compact event, streamed from the cursor ``page_size`` rows at a time."""
    stmt = filtered(filters, *_SELECTED, dialect=spatial_dialect(store.engine)).order_by(
        *_order(sort)
    )
    with Session(store.engine) as session:
        result = session.execute(stmt.execution_options(yield_per=page_size))
        for partition in result.partitions():
            for row in partition:
                yield compact_event(row)


def event_stats(session: Session, filters: EventFilters) -> dict[str, Any]:
    """Counts and fatalities per start day, per event type and per country, plus totals.

    Sums over ``per_day`` plus ``totals.undated`` equal ``totals.events``; ``fatalities`` sums the
    best estimates that are known (unknown counts add nothing).
    """
    e = EventRecord
    n, dead = func.count(e.id), func.coalesce(func.sum(e.fatalities_best), 0)
    dialect = _dialect(session)

    def grouped(key: Any) -> list[tuple[Any, int, int]]:
        stmt = filtered(filters, key, n, dead, dialect=dialect).group_by(key).order_by(key)
        return [(k, int(c), int(f)) for k, c, f in session.execute(stmt)]

    days = grouped(e.date)
    dated = [(k, c, f) for k, c, f in days if k is not None]
    return {
        "totals": {
            "events": sum(c for _, c, _ in days),
            "fatalities": sum(f for _, _, f in days),
            "undated": sum(c for k, c, _ in days if k is None),
            "first_date": dated[0][0].isoformat() if dated else None,
            "last_date": dated[-1][0].isoformat() if dated else None,
        },
        "per_day": [
            {"date": k.isoformat(), "events": c, "fatalities": f}
            for k, c, f in days
            if k is not None
        ],
        "per_event_type": [
            {"event_type": k, "events": c, "fatalities": f} for k, c, f in grouped(e.event_type)
        ],
        "per_country": [
            {"country": k, "events": c, "fatalities": f} for k, c, f in grouped(e.country)
        ],
    }
