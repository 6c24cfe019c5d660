"""A real uvicorn server on a free loopback port, over temporary stores, for the API tests."""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from sitrep.api import create_app
from sitrep.models import ActorRef, Event, Evidence, Fatalities, Location, Report, content_id
from sitrep.pipeline import Pipeline
from sitrep.store import open_store

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "sample"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """uvicorn.Server in a background thread; ``client`` talks to it over loopback."""

    def __init__(self, app: FastAPI) -> None:
        self.port = _free_port()
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.base = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> httpx.Client:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        self.client = httpx.Client(base_url=self.base, timeout=30)
        return self.client

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        self.server.should_exit = True
        self.thread.join(timeout=10)


def ev(
    kind: str,
    sub: str,
    day: dt.date | None,
    *,
    country: str | None = "SY",
    lat: float | None = 36.0,
    lon: float | None = 37.0,
    dead: int | None = None,
    actor1: str | None = "Islamic State",
    actor2: str | None = None,
    certainty: str = "reported",
    confidence: float = 0.5,
    summary: str = "",
    day_end: dt.date | None = None,
    place: str = "Somewhere",
) -> Event:
    return Event.model_validate(
        {
            "event_type": kind,
            "sub_event_type": sub,
            "date": day,
            "date_end": day_end,
            "date_precision": "day" if day else None,
            "actor1": ActorRef(name=actor1, inter=2) if actor1 else None,
            "actor2": ActorRef(name=actor2, inter=7) if actor2 else None,
            "location": None
            if country is None
            else Location(name=place, country=country, admin1="A1", lat=lat, lon=lon),
            "fatalities": None if dead is None else Fatalities(best=dead, civilians=dead),
            "certainty": certainty,
            "confidence": confidence,
            "summary": summary,
            "evidence": [Evidence(field="sentence", start=0, end=4, text="Text")],
        }
    )


D = dt.date
#: (title, events) of the synthetic store; ids are assigned in this order (1..n).
SYNTHETIC: list[tuple[str, list[Event]]] = [
    (
        "Clashes near Marea",
        [
            ev("Battles", "Armed clash", D(2016, 5, 28), dead=68, actor2="Syrian rebels",
               confidence=0.9, summary="IS clashed with rebels in Marea.", place="Marea",
               lat=36.6, lon=37.05),
            ev("Strategic developments", "Other", None, country=None, lat=None, lon=None,
               certainty="hypothetical", summary="A feared offensive."),
        ],
    ),
    (
        "Shelling in Kupiansk",
        [
            ev("Explosions/Remote violence", "Shelling/artillery/missile attack", D(2023, 11, 12),
               country="UA", lat=49.7, lon=37.6, dead=3, actor1="Military Forces of Russia",
               actor2="Civilians", confidence=0.7, summary="Russian shelling hit Kupiansk.",
               place="Kupiansk"),
        ],
    ),
    (
        "Siege lasted days",
        [
            ev("Battles", "Armed clash", D(2019, 3, 10), day_end=D(2019, 3, 14), country="YE",
               lat=15.6, lon=43.6, dead=14, actor1="Houthis", certainty="claimed",
               confidence=0.4, summary="Fighting in Majz over several days.", place="Majz"),
        ],
    ),
    (
        "Pacific item",
        [
            ev("Protests", "Peaceful protest", D(2020, 1, 1), country="FJ", lat=-17.8,
               lon=179.5, actor1="Protesters", confidence=0.6, summary="Protest in Fiji."),
            ev("Riots", "Mob violence", D(2020, 1, 2), country="US", lat=51.9, lon=-176.6,
               actor1="Rioters", confidence=0.3, summary="Riot on Adak."),
        ],
    ),
]  # fmt: skip


def make_reports() -> list[Report]:
    reports = []
    for i, (title, events) in enumerate(SYNTHETIC):
        text = f"Text of report {i}: {title}."
        reports.append(
            Report(
                id=content_id(text),
                title=title,
                text=text,
                url=f"https://example.org/{i}",
                published=dt.datetime(2024, 1, 1, 12, tzinfo=dt.UTC),
                events=events,
            )
        )
    return reports


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    path = tmp_path_factory.mktemp("api") / "synthetic.sqlite"
    with open_store(str(path)) as store:
        for report in make_reports():
            assert store.add_report(report)
    with LiveServer(create_app(str(path))) as client:
        yield client


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    """A store filled by the real pipeline from examples/sample."""
    from sitrep.ingest import iter_documents

    path = tmp_path_factory.mktemp("api") / "sample.sqlite"
    with open_store(str(path)) as store:
        for report, _ in pipeline.pipe(iter_documents([str(SAMPLE)])):
            store.add_report(report)
    return path


@pytest.fixture(scope="module")
def live(sample_store: Path) -> Callable[..., LiveServer]:
    def start(**kwargs: object) -> LiveServer:
        return LiveServer(create_app(str(sample_store), **kwargs))  # type: ignore[arg-type]

    return start
