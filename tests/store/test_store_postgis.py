"""PostGIS: the bbox filter through ``events.geom`` and its GiST index keeps exactly the events
the plain lat/lon comparisons keep (edges, the antimeridian, missing coordinates included)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session
from store_backends import PG_ENV, Backend, has_postgis, unavailable

from sitrep.api.queries import EventFilters, count_events, filtered
from sitrep.models import Event, Location, Report
from sitrep.store import EventRecord, Store, open_store
from sitrep.store.postgis import spatial_dialect

STEP = 15.0
LONS = [-180.0 + STEP * i for i in range(25)]
LATS = [-90.0 + STEP * i for i in range(13)]


def _reports() -> list[Report]:
    points: list[tuple[float | None, float | None]] = list(itertools.product(LATS, LONS))
    points += [(None, None), (None, 10.0), (10.0, None), (36.6, 37.05), (-0.0, -0.0)]
    reports = []
    for i, start in enumerate(range(0, len(points), 50)):
        chunk = points[start : start + 50]
        events = [
            Event(
                event_type="Battles",
                sub_event_type="Armed clash",
                location=Location(name=f"p{lat},{lon}", lat=lat, lon=lon),
            )
            for lat, lon in chunk
        ]
        reports.append(Report(id=f"grid-{i}", text="grid", events=events))
    return reports


@pytest.fixture(scope="module")
def grid_reports() -> list[Report]:
    return _reports()


@pytest.fixture(scope="module")
def stores(
    pg_admin: Engine | None, grid_reports: list[Report], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, Store]]:
    """The same events in a PostGIS store and in a SQLite store (built once for the module)."""
    if pg_admin is None:
        unavailable(f"{PG_ENV} is not set; PostGIS needs a PostgreSQL server")
    if not has_postgis(pg_admin):
        unavailable(
            "the PostgreSQL server has no PostGIS (apt-get install postgresql-15-postgis-3)"
        )
    backend = Backend("postgresql", tmp_path_factory.mktemp("postgis"), pg_admin, postgis=True)
    try:
        with open_store(backend.url()) as pg, open_store("sqlite://") as lite:
            pg.add_reports(grid_reports)
            lite.add_reports(grid_reports)
            yield pg, lite
    finally:
        backend.drop()


def _keys(store: Store, filters: EventFilters, dialect: str) -> set[tuple[str, int]]:
    stmt = filtered(filters, EventRecord.report_id, EventRecord.ordinal, dialect=dialect)
    with Session(store.engine) as session:
        return {(r, o) for r, o in session.execute(stmt)}


edge = st.sampled_from([-180.0 + 2.5 * i for i in range(145)])  # hits grid points and edges
lon = edge | st.floats(-180.0, 180.0)
lat = st.sampled_from([-90.0 + 2.5 * i for i in range(73)]) | st.floats(-90.0, 90.0)


def test_bbox_through_geom_keeps_the_lat_lon_events(stores: tuple[Store, Store]) -> None:
    pg, lite = stores
    assert spatial_dialect(pg.engine) == "postgis"
    assert spatial_dialect(lite.engine) == "sqlite"

    @settings(max_examples=40, deadline=None)
    @given(lon, lat, lon, lat)
    def check(x0: float, y0: float, x1: float, y1: float) -> None:
        filters = EventFilters(bbox=f"{x0!r},{min(y0, y1)!r},{x1!r},{max(y0, y1)!r}")
        via_geom = _keys(pg, filters, "postgis")
        assert via_geom == _keys(pg, filters, "postgresql")  # lat/lon only, on PostgreSQL
        assert via_geom == _keys(lite, filters, "sqlite")

    check()


@pytest.mark.parametrize(
    "bbox",
    ["36,35.5,38,37", "170,-10,-170,10", "-180,-90,180,90", "0,0,0,0", "37.05,36.6,37.05,36.6"],
)
def test_named_boxes_and_the_api_count(stores: tuple[Store, Store], bbox: str) -> None:
    pg, lite = stores
    filters = EventFilters(bbox=bbox)
    with Session(pg.engine) as a, Session(lite.engine) as b:
        assert count_events(a, filters) == count_events(b, filters) > 0
    assert _keys(pg, filters, "postgis") == _keys(lite, filters, "sqlite")


def test_geom_follows_lon_lat_and_the_index_serves_the_box(stores: tuple[Store, Store]) -> None:
    pg, _ = stores
    stmt = filtered(EventFilters(bbox="36,35.5,38,37"), EventRecord.id, dialect="postgis")
    sql = str(stmt.compile(pg.engine, compile_kwargs={"literal_binds": True}))
    with pg.engine.connect() as conn:
        x, y = conn.execute(
            text("SELECT ST_X(geom), ST_Y(geom) FROM events WHERE location_name = 'p36.6,37.05'")
        ).one()
        assert (x, y) == (37.05, 36.6)
        missing = conn.execute(text("SELECT count(*) FROM events WHERE geom IS NULL")).scalar()
        assert missing == 3  # the three events without a lat or a lon
        conn.execute(text("SET enable_seqscan = off"))
        plan = "\n".join(row[0] for row in conn.execute(text(f"EXPLAIN {sql}")))
    assert "ix_events_geom" in plan
