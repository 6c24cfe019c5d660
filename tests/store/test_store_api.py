"""Store behaviour on small hand-made reports: opening, failure rows, queries, idempotence.

Tests taking ``backend`` run on SQLite and on PostgreSQL (see conftest.py).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from sqlalchemy import Engine
from store_backends import Backend, unavailable

from sitrep.errors import StoreError
from sitrep.models import ActorRef, Count, Event, Evidence, Fatalities, Location, Report, content_id
from sitrep.registry import registry, resolve
from sitrep.store import EventRow, Store, open_store

TZ = dt.timezone(dt.timedelta(hours=3))


def _event(kind: str, day: dt.date | None, country: str | None, **extra: object) -> Event:
    location = None if country is None else Location(name="X", country=country, lat=1.0, lon=2.0)
    return Event.model_validate(
        {
            "event_type": kind,
            "sub_event_type": "Other",
            "date": day,
            "location": location,
            **extra,
        }
    )


def _report(text: str, events: list[Event], **extra: object) -> Report:
    return Report.model_validate({"id": content_id(text), "text": text, "events": events, **extra})


@pytest.fixture
def marea() -> Report:
    text = "Islamic State fighters entered Marea on Saturday, the Observatory said."
    return _report(
        text,
        [
            Event(
                event_type="Battles",
                sub_event_type="Armed clash",
                date=dt.date(2016, 5, 28),
                date_precision="day",
                actor1=ActorRef(name="Islamic State", inter=2),
                actor2=ActorRef(name="Syrian opposition rebels", inter=2, country="SY"),
                location=Location(name="Marea", country="SY", admin1="Aleppo", lat=36.6, lon=37.05),
                fatalities=Fatalities(best=68, low=68, civilians=27, combatants=41),
                weapons=["car bomb"],
                source="Syrian Observatory for Human Rights",
                confidence=0.8,
                evidence=[Evidence(field="location", start=31, end=36, text="Marea")],
            ),
            _event("Strategic developments", None, None, certainty="hypothetical"),
        ],
        title="IS enters Marea",
        url="https://example.org/marea",
        published=dt.datetime(2016, 5, 30, 12, 49, 41, tzinfo=TZ),
    )


@pytest.mark.parametrize("kind", ["memory", "path", "url"])
def test_open_kinds_and_round_trip(tmp_path: Path, marea: Report, kind: str) -> None:
    target = {
        "memory": "sqlite://",
        "path": str(tmp_path / "sub" / "dir" / "s.sqlite"),
        "url": f"sqlite:///{tmp_path / 'u.sqlite'}",
    }[kind]
    with open_store(target) as store:
        assert isinstance(store, Store)
        assert store.add_report(marea) is True
        assert store.get_report(marea.id) == marea
        assert store.get_report("missing") is None
        assert store.counts() == {"reports": 1, "events": 2, "failed": 0}


def test_store_keeps_data_and_ids_across_opens(backend: Backend, marea: Report) -> None:
    path = backend.url()
    with open_store(path) as store:
        store.add_report(marea)
        ids = [row.id for row in store.events()]
    with open_store(path) as again:
        assert again.add_report(marea) is False
        assert [row.id for row in again.events()] == ids
        assert again.counts() == {"reports": 1, "events": 2, "failed": 0}
        assert again.get_report(marea.id) == marea


def test_two_handles_on_one_store_do_not_duplicate(backend: Backend, marea: Report) -> None:
    path = backend.url()
    with open_store(path) as one, open_store(path) as two:
        assert one.add_report(marea) is True
        assert two.add_report(marea) is False
        assert two.counts()["events"] == 2


def test_failed_item_is_a_report_row_with_its_reason(backend: Backend) -> None:
    failed = Report(id="bad-line-3", origin="feed.jsonl:3", text="", error="BadJSONLine: no text")
    with open_store(backend.url()) as store:
        assert store.add_report(failed)
        assert store.counts() == {"reports": 1, "events": 0, "failed": 1}
        back = store.get_report("bad-line-3")
        assert back is not None
        assert back.error == "BadJSONLine: no text"
        assert back.events == []
        assert back.to_contract()["error"] == "BadJSONLine: no text"


def test_events_filters_and_paging(backend: Backend) -> None:
    a = _report(
        "a",
        [
            _event("Battles", dt.date(2016, 5, 28), "SY"),
            _event("Protests", dt.date(2016, 6, 2), "IQ"),
            _event("Battles", None, "SY"),
        ],
        title="A",
    )
    b = _report(
        "b",
        [
            _event("Battles", dt.date(2016, 5, 1), "sy", date_end=dt.date(2016, 5, 31)),
            _event("Riots", dt.date(2015, 1, 1), None),
        ],
        title="B",
    )
    with open_store(backend.url()) as store:
        assert store.add_reports([a, b]) == (2, 0)
        every = store.events()
        dates = [row.event.date for row in every]
        # Dated events first in date order, the undated one last.
        assert dates == sorted(d for d in dates if d is not None) + [None]
        assert all(isinstance(row, EventRow) for row in every)
        assert {row.report_title for row in every} == {"A", "B"}

        syria = store.events(country="SY")
        assert len(syria) == 3 and all(r.event.location for r in syria)
        assert {r.event.location.country.upper() for r in syria if r.event.location} == {"SY"}
        assert [r.event.event_type for r in store.events(event_type="Riots")] == ["Riots"]

        # A span that started before `since` but runs into it is kept.
        since = store.events(since=dt.date(2016, 5, 20))
        assert sorted(r.event.date for r in since if r.event.date) == [
            dt.date(2016, 5, 1),
            dt.date(2016, 5, 28),
            dt.date(2016, 6, 2),
        ]
        window = store.events(since=dt.date(2016, 5, 20), until=dt.date(2016, 5, 31))
        assert len(window) == 2
        assert store.events(until=dt.date(2015, 12, 31))[0].event.event_type == "Riots"

        assert store.events(limit=2) == every[:2]
        assert store.events(limit=2, offset=2) == every[2:4]
        assert store.events(offset=10) == []

        first = every[0]
        assert store.get_event(first.id) == first
        assert store.get_event(10_000) is None


def test_counts_figures_keep_absent_apart_from_unknown(backend: Backend) -> None:
    unknown = _event("Battles", None, None, fatalities=Fatalities(), injured=Count())
    absent = _event("Battles", None, None)
    report = _report("c", [unknown, absent])
    with open_store(backend.url()) as store:
        store.add_report(report)
        back = store.get_report(report.id)
    assert back is not None
    assert back.events[0].fatalities == Fatalities() and back.events[0].injured == Count()
    assert back.events[1].fatalities is None and back.events[1].injured is None


def test_unstorable_value_raises_and_writes_nothing(backend: Backend) -> None:
    huge = _report("h", [_event("Battles", None, None, fatalities=Fatalities(best=10**30))])
    with open_store(backend.url()) as store:
        with pytest.raises(StoreError, match=huge.id):
            store.add_report(huge)
        assert store.counts() == {"reports": 0, "events": 0, "failed": 0}


@pytest.mark.parametrize(
    "target, words",
    [
        ("/proc/nope/x.sqlite", ["/proc/nope/x.sqlite", "folder you can write to"]),
        ("sqlite:////proc/nope/x.sqlite", ["/proc/nope/x.sqlite", "folder you can write to"]),
        ("nosuchdb://somewhere", ["nosuchdb", "database URL"]),
    ],
)
def test_unopenable_targets_raise_store_error(target: str, words: list[str]) -> None:
    with pytest.raises(StoreError) as info:
        open_store(target)
    for word in words:
        assert word in str(info.value)


def test_a_folder_or_a_non_database_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder"):
        open_store(str(tmp_path))
    junk = tmp_path / "notes.txt"
    junk.write_text("not a database at all, just some words " * 50)
    with pytest.raises(StoreError, match="notes.txt"):
        open_store(str(junk))


@pytest.mark.parametrize(
    "target", ["nosuchdb://user:s3cret@host/db", "postgresql://user:s3cret@127.0.0.1:1/db"]
)
def test_password_never_shows_in_errors(target: str) -> None:
    with pytest.raises(StoreError) as info:
        open_store(target)  # port 1: nothing listens, so the driver's own error comes back
    assert "s3cret" not in str(info.value)
    assert "***" in str(info.value)


def test_registered_under_a_versioned_name(tmp_path: Path) -> None:
    factory = resolve(registry.stores, "sitrep.store.sqlalchemy.v1")
    with factory(str(tmp_path / "r.sqlite")) as store:
        assert store.counts()["reports"] == 0


def test_a_bad_report_in_a_batch_is_named_and_spares_the_others(backend: Backend) -> None:
    good = [_report(str(i), [_event("Battles", dt.date(2020, 1, i + 1), "ML")]) for i in range(3)]
    bad = _report("bad", [_event("Battles", None, None, displaced=Count(best=2**70))])
    with open_store(backend.url()) as store:
        with pytest.raises(StoreError, match=bad.id):
            store.add_reports([good[0], good[1], bad, good[2]])
        assert store.has_report(good[0].id) and store.has_report(good[1].id)
        assert not store.has_report(bad.id)
        assert store.add_reports(good) == (1, 2)


def test_round_trip_on_each_backend(backend: Backend, marea: Report) -> None:
    with open_store(backend.url()) as store:
        assert store.add_report(marea) is True
        assert store.get_report(marea.id) == marea
        assert store.counts() == {"reports": 1, "events": 2, "failed": 0}


@pytest.mark.parametrize("big", [2**31, 2**40, 2**63 - 1])
def test_counts_and_geonames_ids_hold_64_bits(backend: Backend, big: int) -> None:
    event = _event(
        "Strategic developments",
        None,
        None,
        location=Location(name="Camp", geonames_id=big),
        displaced=Count(best=big, low=big - 1),
        fatalities=Fatalities(best=big, unknown=big),
        injured=Count(high=big),
    )
    report = _report(f"big {big}", [event])
    with open_store(backend.url()) as store:
        assert store.add_report(report)
        assert store.get_report(report.id) == report


def test_text_over_an_index_page_is_stored(backend: Backend) -> None:
    # PostgreSQL's btree keys are limited to about 2,700 bytes: long text must not be a key.
    words = random.Random(7).choices(["shelling", "near", "the", "market", "Aleppo", "ridge"], k=9)
    long = " ".join(f"{w}{i}" for i, w in enumerate(words * 400))  # ~40 kB, hardly compressible
    event = _event("Battles", None, "SY", summary=long, actor1=ActorRef(name=long))
    report = _report(long, [event], title=long)
    with open_store(backend.url()) as store:
        assert store.add_report(report)
        assert store.get_report(report.id) == report


def test_nul_characters_in_text_columns(backend: Backend) -> None:
    """NUL in a text column: SQLite keeps it; PostgreSQL cannot, so the store refuses clearly
    (stripping would break the lossless round trip). NUL inside JSON columns is fine on both."""
    in_json = _report("json", [_event("Battles", None, None, weapons=["a\x00b"])])
    in_text = _report("text", [_event("Battles", None, None, summary="before\x00after")])
    with open_store(backend.url()) as store:
        assert store.add_report(in_json)
        assert store.get_report(in_json.id) == in_json
        if backend.name == "sqlite":
            assert store.add_report(in_text)
            assert store.get_report(in_text.id) == in_text
            return
        with pytest.raises(StoreError, match="'summary'.*NUL") as info:
            store.add_report(in_text)
        assert in_text.id in str(info.value)
        assert not store.has_report(in_text.id)
        assert store.counts() == {"reports": 1, "events": 1, "failed": 0}


def test_a_plain_postgresql_url_uses_psycopg_3(pg_admin: Engine | None, tmp_path: Path) -> None:
    if pg_admin is None:
        unavailable("SITREP_TEST_PG is not set")
    backend = Backend("postgresql", tmp_path, pg_admin)
    try:
        plain = "postgresql://" + backend.url().split("://", 1)[1]
        with open_store(plain) as store:
            assert store.engine.dialect.driver == "psycopg"
            assert store.counts() == {"reports": 0, "events": 0, "failed": 0}
    finally:
        backend.drop()
