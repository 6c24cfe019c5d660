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


def test_dead_dated_like_the_event_before_them_are_its_dead(pipeline: Pipeline) -> None:
    # session 13: the toll sentence has its own day ("on Saturday"), so it is an event of its
    # own unless it is the same day's and place's dead with no doer of their own
    events = _events(
        pipeline,
        "Rockets slammed into the market in Barda on Saturday. "
        "The prosecutor's office said 21 civilians were killed and 70 wounded in Barda on "
        "Saturday, and blamed the rebels.",
    )
    assert len(events) == 1
    assert events[0]["sub_event_type"] == "Shelling/artillery/missile attack"
    assert events[0]["fatalities"]["best"] == 21


def test_dead_of_another_day_stay_their_own_event(pipeline: Pipeline) -> None:
    events = _events(
        pipeline,
        "Rockets slammed into the market in Barda on Saturday. "
        "On Thursday, 21 civilians were killed in Barda, the prosecutor's office said.",
    )
    rockets = next(e for e in events if e["sub_event_type"] == "Shelling/artillery/missile attack")
    assert not rockets["fatalities"] or rockets["fatalities"]["best"] != 21


def test_deaths_a_flood_caused_are_no_protest_s_toll(pipeline: Pipeline) -> None:
    events = _events(
        pipeline,
        "Hundreds of residents marched to the governor's office in Sokoto on Saturday to demand "
        "relief. The floods killed 40 people last month, officials said.",
    )
    assert [e["sub_event_type"] for e in events] == ["Peaceful protest"]
    assert not events[0]["fatalities"] or not events[0]["fatalities"]["best"]
