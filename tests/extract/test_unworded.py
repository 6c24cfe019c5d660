"""Events no trigger word names (session 13): when nothing in an article matches the lexicon,
the sub-type classifier may still read the lede as an event, and its main verb stands in for the
trigger. Texts written for these tests; each asserts first that the lexicon finds no word in it,
so that the test exercises the classifier's path and not a trigger."""

from __future__ import annotations

import pytest

from sitrep.extract.classify import NONE, SubtypeClassifier
from sitrep.extract.triggers import scan_triggers
from sitrep.extract.unworded import SHORT_TEXT, UNWORDED_FLOOR, UNWORDED_FLOOR_LONG
from sitrep.pipeline import Pipeline

_ARRIVAL = (
    # ("moved into the former French camp" is a lexicon phrase since session 18, "landed at
    # Bamako airport" since session 23)
    "Russian military instructors touched down in Bamako on Tuesday and moved to the "
    "former French camp at Sevare, state television said. The Malian army welcomed them."
)


def test_a_lede_the_classifier_is_sure_of_is_an_event(pipeline: Pipeline) -> None:
    assert scan_triggers(_ARRIVAL) == []
    events = pipeline(_ARRIVAL, published="2024-05-16").events
    assert len(events) == 1
    e = events[0]
    assert e.sub_event_type == "Headquarters or base established"
    assert e.event_type == "Strategic developments"
    assert str(e.date) == "2024-05-14"  # "on Tuesday" before the page's Thursday
    sentence = next(ev for ev in e.evidence if ev.field == "sentence")
    assert sentence.text.startswith("Russian military instructors touched down")


@pytest.mark.parametrize(
    "text",
    [
        # news with no conflict event: the model reads no sub-type above the floor
        "The national football team beat Ghana 2-1 in Accra on Saturday, with both goals "
        "scored in the second half.",
        "Heavy rain is forecast for the coast of Mozambique this weekend, the weather service "
        "said on Friday.",
        "Chinese engineers landed at the port of Djibouti on Monday and moved into the new "
        "naval facility, officials said.",
    ],
)
def test_no_event_when_the_classifier_is_not_sure(pipeline: Pipeline, text: str) -> None:
    assert scan_triggers(text) == []
    probs = SubtypeClassifier.load().predict([text])[0]
    assert max(p for label, p in probs.items() if label != NONE) < UNWORDED_FLOOR
    assert pipeline(text, published="2024-05-16").events == []


def test_a_forecast_the_classifier_reads_as_an_event_stays_out(pipeline: Pipeline) -> None:
    # the same arrival, told as what will happen: the modality check still applies
    text = (
        "Russian military instructors will land at Bamako airport next week and will move "
        "into the former French camp at Sevare, state television said."
    )
    assert scan_triggers(text) == []
    assert SubtypeClassifier.load().best(text)[1] >= UNWORDED_FLOOR  # the model alone would say yes
    assert pipeline(text, published="2024-05-16").events == []


_HALF_SURE = (
    "Chinese army instructors landed at the port of Djibouti on Monday and moved to the new "
    "naval base, officials said."
)
_PADDING = " ".join(
    f"The port of Djibouti handled {n} ships last year, the port authority said."
    for n in range(100, 100 + SHORT_TEXT)
)


def test_a_long_text_needs_a_surer_reading(pipeline: Pipeline) -> None:
    # many sentences without one event word are themselves evidence of no event
    p = SubtypeClassifier.load().best(_HALF_SURE)[1]
    assert UNWORDED_FLOOR <= p < UNWORDED_FLOOR_LONG
    long_text = f"{_HALF_SURE} {_PADDING}"
    assert scan_triggers(long_text) == []
    short = pipeline(_HALF_SURE, published="2024-05-16").events
    assert [e.sub_event_type for e in short] == ["Headquarters or base established"]
    assert pipeline(long_text, published="2024-05-16").events == []
