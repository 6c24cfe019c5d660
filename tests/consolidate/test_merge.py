"""Merging sentences into events: a bare toll joins the event it follows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sitrep.models import RawDocument
from sitrep.pipeline import Pipeline, contract


def _events(pipeline: Pipeline, text: str) -> list[dict[str, Any]]:
    doc = RawDocument(origin="t", content=text, published=dt.datetime(2017, 1, 8))
    (report, clean), *_ = pipeline.pipe([doc])
    return list(contract(report, clean)["events"])


def test_a_bare_toll_joins_the_event_before_it(pipeline: Pipeline) -> None:
    events = _events(
        pipeline,
        "A car bomb exploded outside the courthouse in Azaz on Saturday morning. "
        "At least 43 people were killed, most of them civilians, a hospital said.",
    )
    main = events[0]
    assert main["sub_event_type"] == "Remote explosive/landmine/IED"
    assert main["fatalities"]["best"] == 43


def test_a_toll_with_its_own_doer_stays_its_own_event(pipeline: Pipeline) -> None:
    events = _events(
        pipeline,
        "A car bomb exploded outside the courthouse in Azaz on Saturday morning, wounding "
        "several people. In Idlib, Syrian troops killed 12 rebels on Saturday.",
    )
    types = {e["sub_event_type"] for e in events}
    assert "Remote explosive/landmine/IED" in types
    assert any(e["fatalities"] and e["fatalities"]["best"] == 12 for e in events)
    bomb = next(e for e in events if e["sub_event_type"] == "Remote explosive/landmine/IED")
    assert not bomb["fatalities"] or bomb["fatalities"]["best"] != 12
