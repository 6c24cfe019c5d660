"""The Alembic migrations build exactly the schema the models declare, on an empty database.

Tests taking ``backend`` run on SQLite and on PostgreSQL (see conftest.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.orm import Session
from store_backends import Backend

from sitrep.api.queries import EventFilters, filtered
from sitrep.errors import StoreError
from sitrep.models import Event, Fatalities, Location, Report
from sitrep.store import Base, EventRecord, alembic_config, head_revision, open_store
from sitrep.store.convert import report_to_record
from sitrep.store.postgis import POSTGIS_TABLES, has_geom, include_object_for


def test_open_migrates_a_new_file_to_head(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    with open_store(str(path)) as store:
        inspector = inspect(store.engine)
        assert set(inspector.get_table_names()) == {"reports", "events", "alembic_version"}
        indexed = {tuple(ix["column_names"]) for ix in inspector.get_indexes("events")}
        for columns in [("date",), ("country",), ("event_type",), ("lat", "lon"), ("report_id",)]:
            assert columns in indexed
        with store.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    assert path.is_file()


_GEOMETRY = pytest.mark.filterwarnings("ignore:Did not recognize type 'geometry'")


@_GEOMETRY
def test_open_migrates_a_new_store_to_head(backend: Backend) -> None:
    with open_store(backend.url()) as store:
        inspector = inspect(store.engine)
        # PostgreSQL lists every visible table, PostGIS's own in `public` too.
        tables = set(inspector.get_table_names()) - POSTGIS_TABLES
        assert tables == {"reports", "events", "alembic_version"}
        indexes = {ix["name"]: ix for ix in inspector.get_indexes("events")}
        for name in ["ix_events_date", "ix_events_country", "ix_events_lat_lon"]:
            assert name in indexes
        assert ("ix_events_geom" in indexes) is backend.postgis
        assert has_geom(store.engine) is backend.postgis
        columns = {c["name"]: c["type"] for c in inspector.get_columns("events")}
        if backend.name == "postgresql":  # 32-bit INTEGER would overflow on big counts
            assert columns["displaced_best"].python_type is int
            assert "BIGINT" in str(columns["displaced_best"]).upper()
            assert "BIGINT" in str(columns["geonames_id"]).upper()
        with store.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()


@_GEOMETRY
def test_migrated_schema_matches_the_models(backend: Backend) -> None:
    with open_store(backend.url()) as store, store.engine.connect() as conn:
        hook = include_object_for(conn.dialect.name)
        context = MigrationContext.configure(
            conn, opts={"include_object": hook, "compare_type": True}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_downgrade_to_base_and_back(backend: Backend) -> None:
    engine = create_engine(backend.url().replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
        command.downgrade(alembic_config(conn), "base")
        assert set(inspect(conn).get_table_names()) - POSTGIS_TABLES == {"alembic_version"}
        command.upgrade(alembic_config(conn), "head")
        assert {"reports", "events"} <= set(inspect(conn).get_table_names())
    engine.dispose()


def test_a_store_at_0002_with_data_upgrades_keeping_it(backend: Backend) -> None:
    """0003 alters column types (and adds geom) on PostgreSQL: existing rows survive and
    get their geom."""
    report = Report(
        id="old",
        text="x",
        events=[
            Event(
                event_type="Battles",
                sub_event_type="Armed clash",
                date=dt.date(2016, 5, 28),
                location=Location(name="Marea", lat=36.6, lon=37.05, geonames_id=2_000_000_000),
                fatalities=Fatalities(best=68),
            )
        ],
    )
    url = backend.url()
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0002")
    with Session(engine) as session, session.begin():
        session.add(report_to_record(report))
    engine.dispose()
    with open_store(url) as store:
        assert store.get_report("old") == report
        if backend.postgis:
            with store.engine.connect() as conn:
                point = conn.execute(text("SELECT ST_X(geom), ST_Y(geom) FROM events")).one()
            assert tuple(point) == (37.05, 36.6)


def test_a_store_from_a_newer_sitrep_is_refused(backend: Backend) -> None:
    url = backend.url()
    open_store(url).close()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer than this sitrep knows"):
        open_store(url)


def test_postgres_substring_search_can_use_trigram_indexes(backend: Backend) -> None:
    if backend.name != "postgresql":
        pytest.skip("PostgreSQL replaces the btree text indexes by pg_trgm ones")
    with open_store(backend.url()) as store, store.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")
        for filters, indexes in (
            (EventFilters(actor="state"), ["ix_events_actors"]),
            (EventFilters(q="market"), ["ix_events_text", "ix_reports_title_trgm"]),
        ):
            compiled = filtered(filters, EventRecord.id, dialect="postgresql").compile(conn)
            plan = "\n".join(
                r[0] for r in conn.exec_driver_sql(f"EXPLAIN {compiled}", compiled.params)
            )
            for index in indexes:
                assert index in plan
