"""Two strategic developments worded as announcements (session 5): groups announcing their
dissolution or integration into the state, and remains recovered from burials; a soldier's
body recovered after an ambush is neither. Texts written for these tests."""

from __future__ import annotations

from sitrep.pipeline import Pipeline

PUBLISHED = "2025-02-01"


def sub_type(pipeline: Pipeline, text: str) -> str:
    events = pipeline(text, published=PUBLISHED).events
    assert events, text
    return events[0].sub_event_type


def test_groups_that_announce_their_dissolution(pipeline: Pipeline) -> None:
    text = (
        "On 29 January 2025, commanders of the armed factions in Idlib announced the "
        "dissolution of their groups and their integration into state institutions."
    )
    assert sub_type(pipeline, text) == "Change to group/activity"


def test_remains_recovered_from_a_cemetery(pipeline: Pipeline) -> None:
    text = (
        "On 17 December, forensic teams recovered the remains of at least 50 people buried in "
        "a cemetery in Dabeiba, the transitional justice court announced."
    )
    assert sub_type(pipeline, text) == "Other"


def test_bodies_recovered_after_an_ambush_are_the_ambush(pipeline: Pipeline) -> None:
    text = (
        "Gunmen ambushed an army patrol near Dabeiba on Monday, killing four soldiers; troops "
        "recovered the bodies the next day."
    )
    assert sub_type(pipeline, text) != "Other"
