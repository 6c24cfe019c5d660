"""Rules of session 18: a relative clause that tells a doer's history ("who have been
fighting the army for years") does not make the sentence's own event background.

The texts were written for these tests.
"""

from __future__ import annotations

from sitrep.pipeline import Pipeline

PUBLISHED = "2024-05-10"


def test_a_doers_history_in_a_relative_clause_is_an_aside(pipeline: Pipeline) -> None:
    events = pipeline(
        "Residents said Boko Haram fighters, who have been fighting the army for years, killed "
        "14 villagers in Kukawa on Friday.",
        published=PUBLISHED,
    ).events
    assert events and events[0].sub_event_type == "Attack"
    assert events[0].fatalities is not None and events[0].fatalities.best == 14


def test_a_tally_after_a_relative_clause_stays_background(pipeline: Pipeline) -> None:
    events = pipeline(
        "Boko Haram, which has been waging an insurgency since 2009, has killed thousands of "
        "people, officials said.",
        published=PUBLISHED,
    ).events
    assert events == []
