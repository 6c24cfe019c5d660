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


def test_a_member_of_the_forces_among_the_dead_is_no_side(pipeline: Pipeline) -> None:
    # one police officer among 14 people killed by gunmen: an attack on the village, and the
    # police neither did it nor were its target
    event = pipeline(
        "A police officer was among 14 people killed when gunmen attacked the village of "
        "Kukawa on Friday.",
        published=PUBLISHED,
    ).events[0]
    assert event.sub_event_type == "Attack"
    assert event.actor1 is not None and event.actor1.inter == 3
    assert event.actor2 is not None and event.actor2.inter == 7


def test_a_policeman_killed_alone_is_still_the_side_attacked(pipeline: Pipeline) -> None:
    event = pipeline(
        "A police officer was killed when gunmen attacked a checkpoint in Kukawa on Friday.",
        published=PUBLISHED,
    ).events[0]
    inters = {a.inter for a in (event.actor1, event.actor2) if a is not None}
    assert 1 in inters
