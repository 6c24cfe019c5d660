"""Load test for the read API: 100,000 synthetic events, a real uvicorn server, bounded requests.

    .venv/bin/python scripts/bench_api.py [--db /tmp/sitrep-bench.sqlite | postgresql://...] [--events 100000]
        [--requests 2000] [--clients 8] [--rebuild]

The store is built once with SQLAlchemy Core bulk inserts (seconds, not the pipeline) and reused
on later runs. The server is ``sitrep serve`` (uvicorn) in a child process on a free loopback
port; a few
concurrent httpx clients send a fixed mix of filtered queries and the script prints latency
percentiles per query kind and overall, then stops by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, insert, select

from sitrep.models import CERTAINTY_LABELS, EVENT_TYPES
from sitrep.store import EventRecord, ReportRecord, open_store

# (ISO2, name, lat, lon, spread in degrees, weight): where synthetic events fall.
COUNTRIES = [
    ("SY", "Syria", 35.0, 38.5, 2.0, 25),
    ("IQ", "Iraq", 33.3, 44.0, 2.5, 12),
    ("UA", "Ukraine", 48.5, 35.0, 3.0, 20),
    ("YE", "Yemen", 15.3, 45.0, 2.0, 10),
    ("NG", "Nigeria", 11.0, 10.0, 3.0, 10),
    ("ML", "Mali", 15.0, -3.0, 3.0, 6),
    ("SO", "Somalia", 4.0, 45.5, 3.0, 6),
    ("AF", "Afghanistan", 34.0, 66.0, 3.0, 6),
    ("SD", "Sudan", 14.0, 30.0, 3.0, 5),
]
ACTORS = [
    ("Islamic State", 2), ("Military Forces of Syria", 1), ("Syrian opposition rebels", 2),
    ("Military Forces of Russia", 8), ("Military Forces of Ukraine", 1), ("Houthis", 2),
    ("Boko Haram", 2), ("JNIM", 2), ("al-Shabaab", 2), ("Taliban", 2), ("Rapid Support Forces", 2),
    ("Civilians", 7), ("Protesters", 6), ("Rioters", 5), ("Unidentified armed group", 3),
]  # fmt: skip
START = dt.date(2014, 1, 1)
DAYS = 4000


def _rows(n: int, seed: int) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """(report row, its event rows) with a realistic spread of dates, places, types, tolls."""
    rng = random.Random(seed)
    types = list(EVENT_TYPES)
    type_weights = [30, 35, 15, 10, 4, 6]
    made = 0
    r = 0
    while made < n:
        r += 1
        iso, name, lat0, lon0, spread, _ = rng.choices(COUNTRIES, [c[5] for c in COUNTRIES])[0]
        published = START + dt.timedelta(days=int(rng.triangular(0, DAYS, DAYS * 0.8)))
        title = f"{name}: fighting reported near town {r % 997}"
        report = {
            "id": f"bench{r:011d}",
            "title": title,
            "url": f"https://news.example.org/{r}",
            "outlet": rng.choice(["Wire", "Daily", "Observer", "Herald"]),
            "published": dt.datetime.combine(published, dt.time(12)),
            "text": f"{title}. Synthetic report for load testing.",
            "related": [], "sources": [], "hedges": [], "displacement": [], "places": [],
            "actors": [], "language": "en",
        }  # fmt: skip
        events = []
        for ordinal in range(min(rng.choice([1, 1, 2, 2, 3]), n - made)):
            kind = rng.choices(types, type_weights)[0]
            a1, i1 = rng.choice(ACTORS)
            a2, i2 = rng.choice(ACTORS) if rng.random() < 0.7 else (None, None)
            day = published - dt.timedelta(days=rng.choice([0, 0, 1, 1, 2, 3]))
            dated = rng.random() > 0.03
            dead = int(rng.expovariate(1 / 6)) if rng.random() < 0.6 else None
            located = rng.random() > 0.05
            events.append(
                {
                    "report_id": report["id"],
                    "ordinal": ordinal,
                    "event_type": kind,
                    "sub_event_type": rng.choice(EVENT_TYPES[kind]),
                    "date": day if dated else None,
                    "date_end": day + dt.timedelta(days=2)
                    if dated and rng.random() < 0.05
                    else None,
                    "date_precision": "day" if dated else None,
                    "actor1_name": a1,
                    "actor1_inter": i1,
                    "actor2_name": a2,
                    "actor2_inter": i2,
                    "assoc_actors": [],
                    "location_name": f"Town {r % 997}" if located else None,
                    "country": iso if located else None,
                    "admin1": f"{name} province {r % 7}",
                    "lat": round(rng.gauss(lat0, spread), 4) if located else None,
                    "lon": round(rng.gauss(lon0, spread), 4) if located else None,
                    "geo_precision": rng.choice([1, 1, 1, 2, 3]),
                    "has_fatalities": dead is not None,
                    "fatalities_best": dead,
                    "has_injured": False,
                    "has_displaced": False,
                    "weapons": [],
                    "source": rng.choice(["SOHR", "Reuters", "local officials", None]),
                    "certainty": rng.choices(CERTAINTY_LABELS, [80, 10, 5, 2, 2, 1])[0],
                    "confidence": round(rng.uniform(0.3, 1.0), 2),
                    "summary": f"{a1} {kind.lower()} in Town {r % 997}, {name}.",
                    "evidence": [],
                }  # fmt: skip
            )
        made += len(events)
        yield report, events


def build_store(db: str, n: int, *, seed: int = 7) -> None:
    """A fresh store of ``n`` synthetic events, bulk-inserted with SQLAlchemy Core."""
    if "://" in db:  # a database URL: empty the tables instead of deleting a file
        with open_store(db) as store, store.engine.begin() as conn:
            conn.execute(EventRecord.__table__.delete())
            conn.execute(ReportRecord.__table__.delete())
    else:
        Path(db).unlink(missing_ok=True)
    with open_store(db) as store, store.engine.begin() as conn:
        reports: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        for report, evs in _rows(n, seed):
            reports.append(report)
            events.extend(evs)
            if len(events) >= 20_000:
                conn.execute(insert(ReportRecord), reports)
                conn.execute(insert(EventRecord), events)
                reports, events = [], []
        if reports:
            conn.execute(insert(ReportRecord), reports)
            conn.execute(insert(EventRecord), events)


def _store_size(db: str) -> int:
    if "://" not in db and not Path(db).exists():
        return -1
    with open_store(db) as store, store.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(EventRecord)) or 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _queries(rng: random.Random) -> tuple[str, dict[str, Any]]:
    """One request of the mix: (kind, query params)."""
    kind = rng.choice(
        ["all", "country", "bbox", "dates", "type", "actor", "fatalities", "q", "combo", "stats"]
    )
    since = START + dt.timedelta(days=rng.randrange(DAYS - 60))
    params: dict[str, Any] = {"sort": rng.choice(["-date", "date", "-fatalities", "-confidence"])}
    if kind == "country":
        params["country"] = rng.choice(COUNTRIES)[0]
    elif kind == "bbox":
        _, _, lat, lon, _, _ = rng.choice(COUNTRIES)
        params["bbox"] = f"{lon - 1},{lat - 1},{lon + 1},{lat + 1}"
    elif kind == "dates":
        params |= {"since": since.isoformat(), "until": (since + dt.timedelta(days=30)).isoformat()}
    elif kind == "type":
        params["event_type"] = rng.choice(list(EVENT_TYPES))
    elif kind == "actor":
        params["actor"] = rng.choice(["islamic", "forces", "boko", "houthi", "rebels"])
    elif kind == "fatalities":
        params["min_fatalities"] = rng.choice([1, 10, 25])
    elif kind == "q":
        params["q"] = f"Town {rng.randrange(997)}"
    elif kind in ("combo", "stats"):
        params |= {
            "country": rng.choice(COUNTRIES)[0],
            "since": since.isoformat(),
            "until": (since + dt.timedelta(days=90)).isoformat(),
            "event_type": rng.choice(list(EVENT_TYPES)),
        }
    if rng.random() < 0.2:
        params["offset"] = rng.choice([100, 500, 1000])
    return kind, params


async def _load(base: str, total: int, clients: int, seed: int) -> dict[str, list[float]]:
    rng = random.Random(seed)
    plan = [_queries(rng) for _ in range(total)]
    timings: dict[str, list[float]] = {}
    queue: asyncio.Queue[tuple[str, dict[str, Any]]] = asyncio.Queue()
    for item in plan:
        queue.put_nowait(item)

    async def worker(client: httpx.AsyncClient) -> None:
        while not queue.empty():
            kind, params = queue.get_nowait()
            path = "/api/stats" if kind == "stats" else "/api/events"
            if kind == "stats":
                params.pop("sort", None)
                params.pop("offset", None)
            t0 = time.perf_counter()
            response = await client.get(path, params=params)
            elapsed = (time.perf_counter() - t0) * 1000
            if response.status_code != 200:
                raise RuntimeError(f"{path} {params} -> {response.status_code}: {response.text}")
            timings.setdefault(kind, []).append(elapsed)

    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        await asyncio.gather(*(worker(client) for _ in range(clients)))
    return timings


def _wait_until_up(base: str, server: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with status {server.returncode}")
        try:
            if httpx.get(f"{base}/openapi.json", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"the server did not answer within {timeout}s")


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", default="/tmp/sitrep-bench.sqlite", help="SQLite file or postgresql:// URL"
    )
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()

    if args.rebuild or _store_size(args.db) != args.events:
        t0 = time.perf_counter()
        build_store(args.db, args.events)
        print(f"built {args.events} events in {args.db} in {time.perf_counter() - t0:.1f}s")
    port = _free_port()
    # The server runs as `sitrep serve` in its own process, as a user would run it, so the
    # load generator does not share its interpreter (and GIL) with the server.
    server = subprocess.Popen(
        [sys.executable, "-m", "sitrep", "serve", "--db", args.db, "--port", str(port)]
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, server)
        t0 = time.perf_counter()
        timings = asyncio.run(_load(base, args.requests, args.clients, seed=11))
        wall = time.perf_counter() - t0
    finally:
        server.terminate()
        server.wait(timeout=10)
    everything = [t for ts in timings.values() for t in ts]
    print(f"$ {' '.join([Path(sys.executable).name, *sys.argv])}")
    print(
        f"{len(everything)} requests, {args.clients} concurrent clients, {wall:.1f}s "
        f"({len(everything) / wall:.0f} req/s), store of {args.events} events"
    )
    print(f"{'kind':<12}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}{'p99 ms':>10}{'max ms':>10}")
    for kind, ts in sorted(timings.items()) + [("ALL", everything)]:
        print(
            f"{kind:<12}{len(ts):>6}{statistics.median(ts):>10.1f}{_pct(ts, 95):>10.1f}"
            f"{_pct(ts, 99):>10.1f}{max(ts):>10.1f}"
        )


if __name__ == "__main__":
    main()
