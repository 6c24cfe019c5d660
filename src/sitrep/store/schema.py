"""The database schema: one row per report, one row per coded event (SQLAlchemy 2 declarative).

Columns use only portable types (String, Text, Integer, Float, Date, DateTime, Boolean, JSON) so
that the same metadata and migrations serve SQLite and PostgreSQL. Counts and GeoNames ids are
BIGINT on PostgreSQL (its INTEGER is 32-bit; SQLite's is already 64-bit, so it keeps INTEGER and
needs no table rebuild). JSON, not JSONB: JSON keeps the document text as written, so the round
trip and Alembic's type comparison are the same on both backends. PostgreSQL with PostGIS also
has a generated ``events.geom`` column (migration 0003) that lives outside these models; see
:mod:`sitrep.store.postgis`. Fields an analyst
filters on are real columns with indexes; nested lists (evidence, places, hedges, ...) are JSON.

Aware datetimes are stored as UTC wall time plus their UTC offset in seconds, because neither
SQLite nor PostgreSQL keeps the offset a report was published with, and the round trip must be
lossless.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

__all__ = ["Base", "ReportRecord", "EventRecord", "NAMING_CONVENTION", "BigCount"]

#: 64-bit integers on every backend: BIGINT on PostgreSQL, INTEGER (already 64-bit) on SQLite.
BigCount = BigInteger().with_variant(Integer(), "sqlite")

#: Deterministic constraint names, so later (batch) migrations can refer to them on every backend.
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class ReportRecord(Base):
    """One article (or one quarantined input item, when ``error`` is set)."""

    __tablename__ = "reports"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String)
    origin: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    published_utcoffset: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[str | None] = mapped_column(String)
    text: Mapped[str] = mapped_column(Text, default="")
    related: Mapped[list[Any]] = mapped_column(JSON, default=list)
    sources: Mapped[list[Any]] = mapped_column(JSON, default=list)
    hedges: Mapped[list[Any]] = mapped_column(JSON, default=list)
    displacement: Mapped[list[Any]] = mapped_column(JSON, default=list)
    places: Mapped[list[Any]] = mapped_column(JSON, default=list)
    actors: Mapped[list[Any]] = mapped_column(JSON, default=list)
    ingested_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    ingested_at_utcoffset: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Text)

    events: Mapped[list[EventRecord]] = relationship(
        back_populates="report",
        order_by="EventRecord.ordinal",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class EventRecord(Base):
    """One coded event; ``ordinal`` keeps the report's salience order (0 = main event)."""

    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("report_id", "ordinal"),
        Index("ix_events_lat_lon", "lat", "lon"),
        # 0002: indexes for the read API (sorting, since/date_end, covering scans)
        Index("ix_events_date_end", "date_end"),
        Index("ix_events_sub_event_type", "sub_event_type"),
        Index("ix_events_certainty", "certainty"),
        Index("ix_events_fatalities_best", "fatalities_best"),
        Index("ix_events_confidence", "confidence"),
        Index("ix_events_date_fatalities", "date", "fatalities_best"),
        Index("ix_events_actors", "actor1_name", "actor2_name"),
        Index("ix_events_text", "summary", "location_name", "report_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    event_type: Mapped[str] = mapped_column(String, index=True)
    sub_event_type: Mapped[str] = mapped_column(String)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String)
    date_resolution: Mapped[str | None] = mapped_column(Text)
    actor1_name: Mapped[str | None] = mapped_column(Text)
    actor1_inter: Mapped[int | None] = mapped_column(Integer)
    actor1_country: Mapped[str | None] = mapped_column(String)
    actor2_name: Mapped[str | None] = mapped_column(Text)
    actor2_inter: Mapped[int | None] = mapped_column(Integer)
    actor2_country: Mapped[str | None] = mapped_column(String)
    assoc_actors: Mapped[list[Any]] = mapped_column(JSON, default=list)
    location_name: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String, index=True)
    admin1: Mapped[str | None] = mapped_column(Text)
    admin2: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    geonames_id: Mapped[int | None] = mapped_column(BigCount)
    # has_* tell "no count object" from "a count object with every figure unknown".
    has_fatalities: Mapped[bool] = mapped_column(Boolean, default=False)
    fatalities_best: Mapped[int | None] = mapped_column(BigCount)
    fatalities_low: Mapped[int | None] = mapped_column(BigCount)
    fatalities_high: Mapped[int | None] = mapped_column(BigCount)
    fatalities_civilians: Mapped[int | None] = mapped_column(BigCount)
    fatalities_combatants: Mapped[int | None] = mapped_column(BigCount)
    fatalities_unknown: Mapped[int | None] = mapped_column(BigCount)
    has_injured: Mapped[bool] = mapped_column(Boolean, default=False)
    injured_best: Mapped[int | None] = mapped_column(BigCount)
    injured_low: Mapped[int | None] = mapped_column(BigCount)
    injured_high: Mapped[int | None] = mapped_column(BigCount)
    has_displaced: Mapped[bool] = mapped_column(Boolean, default=False)
    displaced_best: Mapped[int | None] = mapped_column(BigCount)
    displaced_low: Mapped[int | None] = mapped_column(BigCount)
    displaced_high: Mapped[int | None] = mapped_column(BigCount)
    weapons: Mapped[list[Any]] = mapped_column(JSON, default=list)
    source: Mapped[str | None] = mapped_column(Text)
    certainty: Mapped[str] = mapped_column(String)
    confidence: Mapped[float] = mapped_column(Float)
    summary: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)

    report: Mapped[ReportRecord] = relationship(back_populates="events")
