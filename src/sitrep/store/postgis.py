"""PostGIS helpers: does a store have ``events.geom``, and the bbox test that uses its index.

Migration 0003 adds ``geom`` only on PostgreSQL servers with PostGIS, and keeps it out of the
SQLAlchemy models (no GeoAlchemy2 dependency for one generated column read by one operator), so
code asks :func:`has_geom` per engine, and Alembic comparisons skip it via
:func:`include_object`.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    Engine,
    func,
    literal_column,
    or_,
    text,
)

__all__ = [
    "GEOM_COLUMN",
    "GEOM_INDEX",
    "POSTGIS_TABLES",
    "has_geom",
    "forget_geom",
    "spatial_dialect",
    "geom_bbox",
    "include_object_for",
    "POSTGRES_ONLY_INDEXES",
]

GEOM_COLUMN = "geom"
GEOM_INDEX = "ix_events_geom"
#: Tables the postgis extension itself creates (not ours; Alembic must not drop them).
POSTGIS_TABLES = frozenset({"spatial_ref_sys"})
#: Indexes that differ from the models on PostgreSQL (migration 0003: GiST and trigram GIN).
POSTGRES_ONLY_INDEXES = frozenset(
    {GEOM_INDEX, "ix_events_actors", "ix_events_text", "ix_reports_title_trgm"}
    # migration 0004: btree indexes in the API's sort order (NULLS LAST, id tie-break)
    | {
        f"ix_events_sort_{label}_{way}"
        for label in ("date", "fatalities", "confidence")
        for way in ("asc", "desc")
    }
)

IncludeObject = Callable[[Any, str | None, str, bool, Any], bool]

_known: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def has_geom(bind: Engine | Connection) -> bool:
    """True when ``events.geom`` exists in the current schema (cached per engine)."""
    engine = bind.engine
    if engine.dialect.name != "postgresql":
        return False
    found = _known.get(engine)
    if found is None:
        query = text(
            "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = 'events' AND column_name = :column"
        )
        if isinstance(bind, Connection):
            found = bind.execute(query, {"column": GEOM_COLUMN}).first() is not None
        else:
            with engine.connect() as conn:
                found = conn.execute(query, {"column": GEOM_COLUMN}).first() is not None
        _known[engine] = found
    return found


def forget_geom(engine: Engine) -> None:
    """Drop the cached answer of :func:`has_geom` (after a migration changed the schema)."""
    _known.pop(engine, None)


def spatial_dialect(bind: Engine | Connection) -> str:
    """The dialect name, or ``"postgis"`` for PostgreSQL stores whose events have ``geom``."""
    return "postgis" if has_geom(bind) else bind.engine.dialect.name


def geom_bbox(minlon: float, minlat: float, maxlon: float, maxlat: float) -> ColumnElement[bool]:
    """``geom && envelope`` (two envelopes when the box crosses the antimeridian).

    ``&&`` compares float4 bounding boxes, rounded outwards, so it may also take points a hair
    outside; callers keep the exact lat/lon comparisons next to it (as the API does).
    """
    geom: ColumnElement[Any] = literal_column(f"events.{GEOM_COLUMN}")

    def box(x0: float, x1: float) -> ColumnElement[bool]:
        envelope = func.ST_MakeEnvelope(x0, minlat, x1, maxlat, 4326)
        return geom.op("&&", return_type=Boolean())(envelope)

    if minlon <= maxlon:
        return box(minlon, maxlon)
    return or_(box(minlon, 180.0), box(-180.0, maxlon))


def include_object_for(dialect: str) -> IncludeObject:
    """An Alembic ``include_object`` hook for a backend: on PostgreSQL it ignores what migration
    0003 made outside the models (the PostGIS column, its index and tables, and the trigram
    indexes, which reuse two index names of 0002 with other columns)."""

    def include_object(
        obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
    ) -> bool:
        if dialect != "postgresql":
            return True
        if type_ == "column" and name == GEOM_COLUMN:
            return not (reflected and getattr(obj, "table", None) is not None)
        if type_ == "index" and name in POSTGRES_ONLY_INDEXES:
            return False
        return not (type_ == "table" and reflected and name in POSTGIS_TABLES)

    return include_object
