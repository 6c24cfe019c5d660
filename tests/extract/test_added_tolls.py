"""Tolls of other dead of the same event add up (session 5): "X also died", the attackers killed
in a sentence of their own, and bombers a toll says it leaves out. ACLED's fatalities count
everyone the event killed, perpetrators included. Texts written for these tests.
"""

from __future__ import annotations

from sitrep.models import Event
from sitrep.pipeline import Pipeline

PUBLISHED = "2023-05-10"


def best(pipeline: Pipeline, text: str) -> int | None:
    events: list[Event] = pipeline(text, published=PUBLISHED).events
    assert events, text
    f = events[0].fatalities
    return f.best if f is not None else None


def test_attackers_killed_in_their_own_sentence_add(pipeline: Pipeline) -> None:
    text = (
        "Gunmen stormed a hotel in Mogadishu on Monday, killing 12 people, police said. All "
        "three attackers were killed."
    )
    assert best(pipeline, text) == 15


def test_attackers_among_the_dead_do_not_add(pipeline: Pipeline) -> None:
    text = (
        "Gunmen stormed a hotel in Mogadishu on Monday, killing 12 people, police said. Among "
        "the dead were three attackers."
    )
    assert best(pipeline, text) == 12


def test_a_soldier_also_killed_adds(pipeline: Pipeline) -> None:
    text = (
        "At least 12 civilians were killed when artillery shells hit homes in Poonch on "
        "Wednesday, officials said. A soldier was also killed in the shelling, the army said."
    )
    assert best(pipeline, text) == 13


def test_a_toll_that_leaves_out_the_bomber(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber blew himself up at a bus station in Volgograd on Sunday, killing 16 "
        "people, investigators said. The toll does not include the bomber."
    )
    assert best(pipeline, text) == 17


def test_bombers_a_toll_leaves_out_counted_as_the_article_told(pipeline: Pipeline) -> None:
    text = (
        "Three suicide bombers blew themselves up outside a hall in Konduga on Sunday night, "
        "killing at least 30 people, not counting the bombers, officials said."
    )
    assert best(pipeline, text) == 33


def test_a_headline_toll_is_not_counted_twice(pipeline: Pipeline) -> None:
    text = (
        "Police officer killed, three gunmen dead in siege at monastery\n"
        "PRISTINA, Sept 24 - Armed men ambushed a police patrol in Banjska on Sunday, killing a "
        "police officer, the prime minister said. Three of the attackers were killed in a "
        "shootout, the interior minister said later."
    )
    assert best(pipeline, text) == 4


def test_doers_who_died_in_a_sentence_of_their_own_add_up(pipeline: Pipeline) -> None:
    assert (
        best(
            pipeline,
            "Two suicide bombers blew themselves up at a market in Gwoza on Sunday, killing 12 "
            "people, officials said. The bombers also died.",
        )
        == 14
    )
    assert (
        best(
            pipeline,
            "GUNMEN STORMED A COLLEGE IN MANDERA ON THURSDAY, KILLING 20 STUDENTS. ALL THREE GUNMEN "
            "WERE KILLED WHEN SECURITY FORCES STORMED THE BUILDING, OFFICIALS SAID.",
        )
        == 23
    )


def test_one_of_the_attackers_is_counted_once(pipeline: Pipeline) -> None:
    assert (
        best(
            pipeline,
            "Two gunmen opened fire at a bus stop in Jaffa on Tuesday, killing seven people. One of "
            "the attackers was shot dead by a civilian and the other was detained.",
        )
        == 8
    )
