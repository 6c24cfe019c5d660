"""Property tests: whatever Report the models allow comes back from the store unchanged.

The strategies build every pydantic model field by field, so each optional part is sometimes
present and sometimes absent (an absent count object differs from one with all figures unknown).
Both tests run on every backend (conftest.py), with fewer examples on PostgreSQL. NUL is left
out of the text: PostgreSQL cannot store it in text columns, and the store refuses such a report
there (test_store_api.py covers that).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel
from store_backends import Backend

from sitrep.models import (
    CERTAINTY_LABELS,
    EVENT_TYPES,
    Actor,
    ActorRef,
    Count,
    Displacement,
    Event,
    Evidence,
    Fatalities,
    Hedge,
    Location,
    Mention,
    PlaceMention,
    Related,
    Report,
)
from sitrep.store import open_store

# Any Unicode text except surrogates (not encodable) and NUL (PostgreSQL rejects it in text).
_chars = st.characters(codec="utf-8", exclude_characters="\x00")
text = st.text(_chars, max_size=12)
maybe_text = st.none() | text
offset = st.integers(0, 100_000)
count = st.none() | st.integers(0, 10_000_000) | st.integers(0, 2**63 - 1)
finite = st.floats(allow_nan=False, allow_infinity=False)
maybe_finite = st.none() | finite
certainty = st.sampled_from(CERTAINTY_LABELS)
zones = st.none() | st.builds(
    dt.timezone, st.builds(dt.timedelta, minutes=st.integers(-14 * 60, 14 * 60))
)
datetimes = st.none() | st.datetimes(
    min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2100, 12, 30), timezones=zones
)
dates = st.none() | st.dates()

evidence = st.builds(Evidence, field=text, start=offset, end=offset, text=text)
actor_ref = st.builds(ActorRef, name=text, inter=st.none() | st.integers(1, 8), country=maybe_text)
location = st.builds(
    Location,
    name=text,
    country=maybe_text,
    admin1=maybe_text,
    admin2=maybe_text,
    lat=maybe_finite,
    lon=maybe_finite,
    precision=st.integers(1, 3),
    geonames_id=st.none() | st.integers(0, 2**63 - 1),
)
counts = st.builds(Count, best=count, low=count, high=count)
fatalities = st.builds(
    Fatalities,
    best=count,
    low=count,
    high=count,
    civilians=count,
    combatants=count,
    unknown=count,
)
event_type = st.sampled_from(sorted(EVENT_TYPES)) | text
events = st.builds(
    Event,
    event_type=event_type,
    sub_event_type=text,
    date=dates,
    date_end=dates,
    date_precision=st.none() | st.sampled_from(["day", "week", "month", "year", "range"]),
    date_resolution=maybe_text,
    actor1=st.none() | actor_ref,
    actor2=st.none() | actor_ref,
    assoc_actors=st.lists(actor_ref, max_size=2),
    location=st.none() | location,
    fatalities=st.none() | fatalities,
    injured=st.none() | counts,
    displaced=st.none() | counts,
    weapons=st.lists(text, max_size=2),
    source=maybe_text,
    certainty=certainty,
    confidence=st.floats(0.0, 1.0),
    summary=text,
    evidence=st.lists(evidence, max_size=3),
)
related = st.builds(Related, id=maybe_text, title=maybe_text, url=maybe_text, picture=maybe_text)
place_mention = st.builds(
    PlaceMention,
    text=text,
    start=offset,
    end=offset,
    name=text,
    geonames_id=st.none() | st.integers(0, 2**63 - 1),
    country=maybe_text,
    admin1=maybe_text,
    admin2=maybe_text,
    lat=finite,
    lon=finite,
    feature_class=maybe_text,
    nested=st.booleans(),
)
mention = st.builds(
    Mention,
    start=offset,
    end=offset,
    text=text,
    kind=st.sampled_from(["actor", "place", "date", "number", "weapon", "source", "hedge"]),
)
actor = st.builds(
    Actor,
    name=text,
    inter=st.none() | st.integers(1, 8),
    country=maybe_text,
    mentions=st.lists(mention, max_size=2),
)
hedge = st.builds(Hedge, text=text, start=offset, end=offset, label=certainty)
displacement = st.builds(
    Displacement,
    count=counts,
    who=maybe_text,
    where=maybe_text,
    location=st.none() | location,
    date=dates,
    certainty=certainty,
    source=maybe_text,
    evidence=st.lists(evidence, max_size=2),
)
reports = st.builds(
    Report,
    id=st.text(_chars, min_size=1, max_size=16),
    external_id=maybe_text,
    origin=maybe_text,
    url=maybe_text,
    outlet=maybe_text,
    title=maybe_text,
    published=datetimes,
    language=maybe_text,
    text=st.text(_chars, max_size=200),
    related=st.lists(related, max_size=2),
    places=st.lists(place_mention, max_size=2),
    actors=st.lists(actor, max_size=2),
    sources=st.lists(text, max_size=2),
    hedges=st.lists(hedge, max_size=2),
    displacement=st.lists(displacement, max_size=2),
    events=st.lists(events, max_size=4),
    ingested_at=datetimes,
    error=maybe_text,
)


def _difference(got: object, want: object, path: str = "report") -> str | None:
    """The first field path where two model trees differ (pytest's own diff of big reprs crawls)."""
    if type(got) is not type(want):
        return f"{path}: {type(got).__name__} != {type(want).__name__}"
    if isinstance(want, BaseModel):
        for name in type(want).model_fields:
            found = _difference(getattr(got, name), getattr(want, name), f"{path}.{name}")
            if found:
                return found
        return None
    if isinstance(want, list) and isinstance(got, list):
        if len(got) != len(want):
            return f"{path}: {len(got)} items != {len(want)}"
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            found = _difference(g, w, f"{path}[{i}]")
            if found:
                return found
        return None
    return None if got == want else f"{path}: {got!r} != {want!r}"


def _assert_same(got: object, want: object) -> None:
    found = _difference(got, want)
    if found is not None or got != want:
        pytest.fail(f"round trip changed {found or 'something'}", pytrace=False)


def test_round_trip_is_lossless(backend: Backend) -> None:
    @settings(
        max_examples=backend.examples(50),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(reports)
    def check(report: Report) -> None:
        with open_store(backend.scratch_url()) as store:
            assert store.add_report(report) is True
            back = store.get_report(report.id)
            rows = sorted(store.events(), key=lambda r: r.ordinal)
            for row in rows:
                assert store.get_event(row.id) == row
        _assert_same(back, report)
        # Aware datetimes keep their offset, not only their instant (== alone would not see it).
        assert back is not None
        if report.published is not None and back.published is not None:
            assert back.published.utcoffset() == report.published.utcoffset()
        _assert_same([r.event for r in rows], report.events)
        assert [r.ordinal for r in rows] == list(range(len(report.events)))
        for row in rows:
            assert row.report_id == report.id
            assert row.report_title == report.title
            assert row.report_published == report.published

    check()


def test_reingest_changes_nothing(backend: Backend) -> None:
    @settings(
        max_examples=backend.examples(20),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(st.lists(reports, max_size=4))
    def check(batch: list[Report]) -> None:
        unique_ids = {r.id for r in batch}
        with open_store(backend.scratch_url()) as store:
            added, skipped = store.add_reports(batch)
            assert (added, skipped) == (len(unique_ids), len(batch) - len(unique_ids))
            before = store.counts()
            ids_before = [row.id for row in store.events()]
            assert store.add_reports(batch) == (0, len(batch))
            assert all(store.add_report(r) is False for r in batch)
            assert store.counts() == before
            assert [row.id for row in store.events()] == ids_before
            first = {}
            for r in batch:
                first.setdefault(r.id, r)
            assert before["reports"] == len(unique_ids)
            assert before["events"] == sum(len(r.events) for r in first.values())
            assert before["failed"] == sum(r.error is not None for r in first.values())
            for rid, r in first.items():
                _assert_same(store.get_report(rid), r)

    check()
