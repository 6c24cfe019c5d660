"""A negated event is dropped; an event without casualties is not."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sitrep.models import RawDocument
from sitrep.pipeline import Pipeline, contract


def _events(pipeline: Pipeline, text: str) -> list[dict[str, Any]]:
    doc = RawDocument(origin="t", content=text, published=dt.datetime(2020, 1, 3))
    (report, clean), *_ = pipeline.pipe([doc])
    return list(contract(report, clean)["events"])


def test_an_event_without_casualties_is_still_an_event(pipeline: Pipeline) -> None:
    events = _events(
        pipeline,
        "Several mortar shells landed inside a military base near Mogadishu on Thursday, "
        "causing no casualties, an official said.",
    )
    assert [e["sub_event_type"] for e in events] == ["Shelling/artillery/missile attack"]
    assert not events[0]["fatalities"] or events[0]["fatalities"]["best"] in (0, None)


def test_a_negated_event_is_no_event(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Residents said there were no clashes in Baidoa on Thursday.") == []
