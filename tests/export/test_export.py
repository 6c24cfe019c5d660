"""Every export format opens with its standard reader and carries the stored events."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner, Result

from sitrep.api.queries import COMPACT_COLUMNS, EventFilters
from sitrep.cli.main import cli
from sitrep.errors import SitrepError
from sitrep.export import ACLED_COLUMNS, export_events
from sitrep.models import ActorRef, Event, Fatalities, Location, Report, content_id
from sitrep.store import Store, open_store

D = dt.date


def _event(day: D | None, country: str | None, dead: int | None, kind: str = "Battles") -> Event:
    return Event(
        event_type=kind,
        sub_event_type="Armed clash" if kind == "Battles" else "Attack",
        date=day,
        date_precision="day" if day else None,
        actor1=ActorRef(name="Islamic State", inter=2),
        actor2=ActorRef(name="Civilians", inter=7) if kind != "Battles" else None,
        location=None
        if country is None
        else Location(name='Town, "quoted"', country=country, admin1="A", lat=36.5, lon=37.1),
        fatalities=None if dead is None else Fatalities(best=dead),
        certainty="claimed" if dead == 5 else "reported",
        summary="Line one,\nline two é",
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    path = tmp_path_factory.mktemp("export") / "export.sqlite"
    store = open_store(str(path))
    reports = []
    for i in range(1, 2501):  # more than two pages of 1,000
        text = f"report {i}"
        events = [
            _event(D(2020, 1, 1) + dt.timedelta(days=i % 400), "SY" if i % 2 else "IQ", i % 7)
        ]
        if i % 500 == 0:
            events.append(_event(None, None, None, kind="Violence against civilians"))
        reports.append(
            Report(
                id=content_id(text),
                text=text,
                events=events,
                published=dt.datetime(2021, 1, 1, tzinfo=dt.UTC),
            )
        )
    store.add_reports(reports)
    return store


N = 2500 + 5


def _text(store: Store, fmt: str, filters: EventFilters | None = None) -> str:
    out = io.StringIO(newline="")
    export_events(store, fmt, filters, out=out)
    return out.getvalue()


def test_jsonl(store: Store) -> None:
    rows = [json.loads(line) for line in _text(store, "jsonl").splitlines()]
    assert len(rows) == N and list(rows[0]) == list(COMPACT_COLUMNS)
    dates = [r["date"] for r in rows if r["date"]]
    assert dates == sorted(dates) and rows[-1]["date"] is None  # undated last
    assert rows[0]["summary"] == "Line one,\nline two é"


def test_csv_round_trips_through_the_csv_module(store: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(_text(store, "csv"), newline="")))
    assert len(rows) == N and rows[0]["summary"] == "Line one,\nline two é"
    assert rows[0]["location"] == 'Town, "quoted"'


def test_acled_csv(store: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(_text(store, "acled-csv"), newline="")))
    assert len(rows) == N and list(rows[0]) == list(ACLED_COLUMNS)
    syria = next(r for r in rows if r["country"] == "Syria")
    assert syria["event_id_cnty"].startswith("SYR") and syria["iso"] == "760"
    assert syria["disorder_type"] == "Political violence" and syria["time_precision"] == "1"
    assert syria["year"] == syria["event_date"][:4] and syria["notes"] == "Line one,\nline two é"
    assert syria["timestamp"] == str(int(dt.datetime(2021, 1, 1, tzinfo=dt.UTC).timestamp()))
    vac = next(r for r in rows if r["event_type"] == "Violence against civilians")
    assert vac["interaction"] == "27" and vac["civilian_targeting"] == "Civilian targeting"
    assert vac["event_id_cnty"].startswith("XXX") and vac["fatalities"] == "0"
    assert {r["tags"] for r in rows} == {"", "claimed"}


def test_geojson_skips_events_without_coordinates(store: Store) -> None:
    collection = json.loads(_text(store, "geojson"))
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == 2500
    point = collection["features"][0]
    assert point["geometry"] == {"type": "Point", "coordinates": [37.1, 36.5]}


def test_parquet_reads_back_with_pyarrow(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    assert export_events(store, "parquet", path=path) == N
    table = pq.read_table(path)
    assert table.num_rows == N and table.column_names == list(COMPACT_COLUMNS)
    assert str(table.schema.field("date").type) == "date32[day]"
    assert pq.ParquetFile(path).metadata.num_row_groups == 3  # one per page of 1,000
    empty = tmp_path / "empty.parquet"
    assert export_events(store, "parquet", EventFilters(country=["FR"]), path=empty) == 0
    assert pq.read_table(empty).num_rows == 0


def test_filters_apply_and_parquet_needs_a_file(store: Store) -> None:
    rows = _text(store, "jsonl", EventFilters(country=["IQ"], since=D(2020, 2, 1))).splitlines()
    assert rows and all(json.loads(r)["country"] == "IQ" for r in rows)
    assert all(json.loads(r)["date"] >= "2020-02-01" for r in rows)
    with pytest.raises(SitrepError, match="-o"):
        export_events(store, "parquet")
    with pytest.raises(SitrepError, match="unknown export format"):
        export_events(store, "xml")


def test_the_command(store: Store, tmp_path: Path) -> None:
    runner = CliRunner()

    def sitrep(*args: str, db: str = store.label) -> Result:
        return runner.invoke(cli, ["export", "--db", db, *args])

    out = sitrep("--format", "csv", "--country", "sy", "--until", "2020-01-31")
    assert out.exit_code == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout, newline="")))
    assert rows and {r["country"] for r in rows} == {"SY"}
    assert max(r["date"] for r in rows) <= "2020-01-31"
    assert "exported" in out.stderr
    refused = sitrep("--format", "parquet")
    assert refused.exit_code != 0 and "-o" in refused.stderr and not refused.stdout
    target = tmp_path / "out.parquet"
    assert sitrep("--format", "parquet", "-o", str(target)).exit_code == 0
    assert pq.read_table(target).num_rows == N
    missing = sitrep(db=str(tmp_path / "none.sqlite"))
    assert missing.exit_code != 0 and "sitrep ingest" in missing.stderr


def test_exports_open_in_pandas_and_geopandas(store: Store, tmp_path: Path) -> None:
    """What analysts do next: read_csv / read_json / read_parquet, and geopandas.read_file."""
    import geopandas as gpd
    import pandas as pd

    paths = {}
    for fmt, suffix in (("csv", "csv"), ("acled-csv", "acled.csv"), ("jsonl", "jsonl"),
                        ("geojson", "geojson"), ("parquet", "parquet")):  # fmt: skip
        paths[fmt] = tmp_path / f"events.{suffix}"
        export_events(store, fmt, None, path=paths[fmt])
    frame = pd.read_csv(paths["csv"])
    assert len(frame) == N and "sub_event_type" in frame.columns
    acled = pd.read_csv(paths["acled-csv"])
    assert list(acled.columns) == list(ACLED_COLUMNS)
    assert len(pd.read_json(paths["jsonl"], lines=True)) == N
    assert len(pd.read_parquet(paths["parquet"])) == N
    geo = gpd.read_file(paths["geojson"])
    located = N - 5  # the five events without a location have no point
    assert len(geo) == located and geo.geometry.geom_type.eq("Point").all()
    assert geo.crs is None or geo.crs.to_epsg() == 4326
