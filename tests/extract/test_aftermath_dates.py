"""Dates told around the event (session 5): the aftermath's day before an "after" clause, a
later sentence that says when a town was taken or when the bodies were found. Texts written for
these tests; the page is dated Tuesday 18 June 2019.
"""

from __future__ import annotations

import datetime as dt

from sitrep.pipeline import Pipeline

PUBLISHED = "2019-06-18"  # a Tuesday


def date(pipeline: Pipeline, text: str) -> dt.date | None:
    events = pipeline(text, published=PUBLISHED).events
    assert events, text
    return events[0].date


def test_the_event_in_an_after_clause_keeps_its_own_day(pipeline: Pipeline) -> None:
    text = (
        "Konduga was in mourning on Monday after two suicide bombers struck a crowded market "
        "on Sunday night, killing 12 people, officials said."
    )
    assert date(pipeline, text) == dt.date(2019, 6, 16)


def test_a_since_date_after_the_clause_is_not_the_event_s(pipeline: Pipeline) -> None:
    text = (
        "Soldiers drove into Bunagana on Monday, after M23 rebels pulled out of the town they "
        "had held since June last year."
    )
    assert date(pipeline, text) == dt.date(2019, 6, 17)


def test_a_later_sentence_says_when_the_town_was_taken(pipeline: Pipeline) -> None:
    text = (
        "Insurgents have captured the port of Mocimboa da Praia, the army said on Tuesday. "
        "The militants took the port on Sunday, security sources said."
    )
    assert date(pipeline, text) == dt.date(2019, 6, 16)


def test_the_day_the_bodies_were_found(pipeline: Pipeline) -> None:
    text = (
        "At least 20 men were killed in an ambush between rival clans in Enga province, police "
        "said on Tuesday. The bodies were found on Sunday near Wabag."
    )
    assert date(pipeline, text) == dt.date(2019, 6, 16)


def test_days_after_the_aftermath_s_day(pipeline: Pipeline) -> None:
    text = (
        "Parents gathered outside the school in Kankara on Sunday, two days after gunmen on "
        "motorcycles stormed it and abducted hundreds of students."
    )
    assert date(pipeline, text) == dt.date(2019, 6, 14)


def test_a_fronted_day_after_clause_does_not_move_the_event(pipeline: Pipeline) -> None:
    text = (
        "On 16 June 2019, a day after taking control of the town, fighters looted shops and "
        "homes, residents said."
    )
    assert date(pipeline, text) == dt.date(2019, 6, 16)


def test_a_night_across_two_days_told_before_the_toll(pipeline: Pipeline) -> None:
    text = (
        "Survivors described gunmen moving from shelter to shelter at a displacement camp in "
        "Djugu on the night of 14 to 15 June. At least 60 people were killed, officials said."
    )
    assert date(pipeline, text) == dt.date(2019, 6, 14)


def test_the_previous_day_is_the_day_before_the_speaker_spoke(pipeline: Pipeline) -> None:
    # the page is Tuesday 18 June; the speaker spoke on Saturday 15 June
    said = (
        "Regional radio said on Saturday that the army had retaken the town of Gamboru the "
        "previous day after a week of fighting."
    )
    assert date(pipeline, said) == dt.date(2019, 6, 14)
    night = (
        "Police said on Saturday that gunmen had killed three herders near Bama the night before."
    )
    assert date(pipeline, night) == dt.date(2019, 6, 14)
    # "the day before the election" is the day before something else, not before the speech
    other = "Gunmen killed five villagers near Bama the day before the election, officials said on Monday."
    assert date(pipeline, other) == dt.date(2019, 6, 17)
