"""The analyst-notes set and its scorer: data integrity, scoring arithmetic, one real run."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.errors import ConfigError
from sitrep.eval.notes import (
    FIELDS,
    by_style,
    inter_pair,
    load_notes,
    main_event,
    notes_metrics,
    run_notes,
    score_item,
)
from sitrep.eval.scorer import Scorer
from sitrep.models import EVENT_TYPES
from sitrep.pipeline import Pipeline

SUBS = {sub: kind for kind, subs in EVENT_TYPES.items() for sub in subs}


def _row(sub: str = "Armed clash", **gold: Any) -> dict[str, Any]:
    base = {
        "event_type": SUBS[sub],
        "sub_event_type": sub,
        "date": "2019-03-23",
        "fatalities": 4,
        "location": {"name": "Mopti", "lat": 14.4843, "lon": -4.18296, "coord_source": "t"},
        "actor1_inter": 1,
        "actor2_inter": 2,
    }
    base.update(gold)
    return {"id": "x", "style": "wire", "country": "ML", "published": "2019-03-25", "gold": base}


def _event(sub: str = "Armed clash", **fields: Any) -> dict[str, Any]:
    event = {
        "event_type": SUBS[sub],
        "sub_event_type": sub,
        "date": "2019-03-23",
        "fatalities": {"best": 4},
        "location": {"name": "Mopti", "lat": 14.5, "lon": -4.1},
        "actor1": {"name": "Military Forces of Mali", "inter": 1},
        "actor2": {"name": "JNIM", "inter": 2},
    }
    event.update(fields)
    return event


# --------------------------------------------------------------------------- the data


def test_set_is_well_formed() -> None:
    rows = load_notes(split="all")
    assert len(rows) >= 250
    assert len({r["id"] for r in rows}) == len(rows)
    assert set(Counter(r["style"] for r in rows)) == {"analyst", "wire", "narrative"}
    assert len({r["country"] for r in rows}) >= 15
    for row in rows:
        gold = row["gold"]
        assert SUBS[gold["sub_event_type"]] == gold["event_type"]
        day, published = (
            dt.date.fromisoformat(gold["date"]),
            dt.date.fromisoformat(row["published"]),
        )
        # reports on older events too: a UN fact-finding report on rapes 15 months before
        assert 0 <= (published - day).days <= 730
        assert isinstance(gold["fatalities"], int) and gold["fatalities"] >= 0
        assert -90 <= gold["location"]["lat"] <= 90 and -180 <= gold["location"]["lon"] <= 180
        assert gold["location"]["coord_source"]
        assert gold["actor1_inter"] in range(1, 9)
        assert gold["actor2_inter"] is None or gold["actor2_inter"] in range(1, 9)


def test_every_sub_type_three_times_and_in_both_halves() -> None:
    rows = load_notes(split="all")
    counts = Counter(r["gold"]["sub_event_type"] for r in rows)
    assert set(counts) == set(SUBS) and min(counts.values()) >= 3
    for split in ("dev", "test"):
        half = load_notes(split=split)
        assert {r["gold"]["sub_event_type"] for r in half} == set(SUBS)
        assert {r["style"] for r in half} == {"analyst", "wire", "narrative"}
    assert len(load_notes(split="dev")) + len(load_notes(split="test")) == len(rows)


def test_unknown_split_is_refused() -> None:
    with pytest.raises(ConfigError):
        load_notes(split="train")


# --------------------------------------------------------------------------- scoring


def test_perfect_item_scores_everything() -> None:
    scorer, types = Scorer(), Scorer()
    record = score_item(_row(), {"events": [_event()]}, scorer, types)
    assert record["wrong"] == []
    assert all(scorer.accuracy[name].value == 1.0 for name in FIELDS)
    assert scorer.fields["sub_event_type"].tp == 1 and types.classes["Battles"].tp == 1


def test_missing_event_is_wrong_everywhere_even_for_zero_deaths() -> None:
    scorer = Scorer()
    record = score_item(_row(fatalities=0), {"events": []}, scorer, Scorer())
    assert set(record["wrong"]) == set(FIELDS)
    assert scorer.fields["detection"].fn == 1 and scorer.fields["sub_event_type"].fp == 0
    assert scorer.classes["Armed clash"].fn == 1


def test_error_output_counts_as_no_event() -> None:
    assert main_event({"error": "boom", "events": [_event()]}) == {}


def test_field_rules() -> None:
    scorer = Scorer()
    gold = _row("Peaceful protest", fatalities=0, actor1_inter=6, actor2_inter=None)
    far = {"name": "Gao", "lat": 16.27, "lon": -0.04}
    event = _event(
        "Peaceful protest",
        fatalities=None,  # gold 0 and no count: right
        date="2019-03-24",
        location=far,
        actor1={"name": "Protesters", "inter": 6},
        actor2=None,
    )
    record = score_item(gold, {"events": [event]}, scorer, Scorer())
    assert set(record["wrong"]) == {"date", "location_25km"}
    assert record["got"]["km"] is not None and record["got"]["km"] > 25


def test_inter_pair_is_unordered_but_ordered_share_is_kept() -> None:
    scorer = Scorer()
    swapped = _event(actor1={"name": "JNIM", "inter": 2}, actor2={"name": "army", "inter": 1})
    record = score_item(_row(), {"events": [swapped]}, scorer, Scorer())
    assert record["wrong"] == ["inter_pair_ordered"]


def test_wrong_sub_type_counts_in_both_classes() -> None:
    scorer, types = Scorer(), Scorer()
    event = _event("Attack", fatalities={"best": 5})
    record = score_item(_row(), {"events": [event]}, scorer, types)
    assert {"sub_event_type", "event_type", "fatalities"} <= set(record["wrong"])
    assert scorer.classes["Attack"].fp == 1 and scorer.classes["Armed clash"].fn == 1
    assert types.classes["Violence against civilians"].fp == 1
    assert scorer.fields["sub_event_type"].fp == 1 and scorer.fields["sub_event_type"].fn == 1


def test_by_style_and_metrics() -> None:
    scorer, types = Scorer(), Scorer()
    records = [
        score_item(_row(), {"events": [_event()]}, scorer, types),
        score_item(_row(), {"events": []}, scorer, types),
    ]
    records[1]["style"] = "analyst"
    table = by_style(records)
    assert table["wire"]["date"] == 1.0 and table["analyst"]["date"] == 0.0
    assert table["all"]["n"] == 2 and table["all"]["detection"] == 0.5
    data = {**scorer.to_dict(), "event_type": {"weighted_f1": 0.5}}
    metrics = notes_metrics(data)
    assert metrics["notes.detection"] == 0.5
    assert metrics["notes.sub_event_type.weighted_f1"] == pytest.approx(2 / 3, abs=1e-4)


@given(
    st.one_of(st.none(), st.integers(1, 8)),
    st.one_of(st.none(), st.integers(1, 8)),
)
def test_unordered_pair_is_symmetric(a: int | None, b: int | None) -> None:
    def actor(code: int | None) -> dict[str, Any] | None:
        return None if code is None else {"name": "x", "inter": code}

    forward = _event(actor1=actor(a), actor2=actor(b))
    backward = _event(actor1=actor(b), actor2=actor(a))
    assert inter_pair(forward) == (a, b)
    right = [
        "inter_pair" not in score_item(_row(), {"events": [e]}, Scorer(), Scorer())["wrong"]
        for e in (forward, backward)
    ]
    assert right[0] == right[1] == ({a, b} == {1, 2} and a != b)


# --------------------------------------------------------------------------- one real run


def test_run_notes_on_three_items(pipeline: Pipeline) -> None:
    result = run_notes(pipeline, limit=3, split="dev")
    assert result["dataset"] == "notes" and result["docs"] == 3 and result["split"] == "dev"
    assert set(FIELDS) <= set(result["accuracy"])
    for acc in result["accuracy"].values():
        assert acc["n"] == 3 and 0.0 <= acc["acc"] <= 1.0
    assert 0.0 <= result["weighted_f1"] <= 1.0 and 0.0 <= result["event_type"]["weighted_f1"] <= 1.0
    assert result["by_style"]["all"]["n"] == 3
    assert len(result["docs_detail"]) == 3
    assert set(notes_metrics(result)) >= {"notes.sub_event_type.weighted_f1", "notes.date"}
