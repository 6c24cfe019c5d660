"""Tolls that share an outcome or belong to another group (:func:`find_tolls`), and tolls told
"elsewhere" that are not the event's (:func:`sitrep.consolidate.merge_candidates`).

Each rule is paired with a sentence where it must not fire. The sentences were written for
these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.extract.tolls import find_tolls
from sitrep.nlp import load_nlp
from sitrep.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def killed_total(nlp: Language, text: str) -> int:
    return sum(i.quantity.best for i in find_tolls(next(iter(nlp(text).sents))).of("killed"))


def test_coordinated_groups_share_the_outcome(nlp: Language) -> None:
    text = "The gun battle left one policeman and two insurgents dead, officials said."
    assert killed_total(nlp, text) == 3


def test_a_group_with_its_own_verb_is_not_killed(nlp: Language) -> None:
    text = "The munition killed two people and affected some 30 others, medics said."
    assert killed_total(nlp, text) == 2


def test_bombers_who_die_with_their_victims_count(nlp: Language) -> None:
    text = "Two women blew themselves up in the market, killing 11 people as well as themselves."
    assert killed_total(nlp, text) == 13
    assert killed_total(nlp, "A bomber killed nine people and himself at the mosque.") == 10


def test_bombers_are_not_added_without_themselves(nlp: Language) -> None:
    text = "Two women blew themselves up in the market, killing 11 people."
    assert killed_total(nlp, text) == 11


def test_killing_a_person_is_one_death(nlp: Language) -> None:
    assert killed_total(nlp, "Artillery fire hit the town, killing a shepherd.") == 1
    assert killed_total(nlp, "A mob beat Rakbar Khan to death near the village.") == 1
    assert killed_total(nlp, "A mob beat Rakbar Khan near the village.") == 0


@pytest.mark.parametrize(
    ("second", "expected"),
    [("Five others were killed elsewhere in the country.", 1), ("Five people were killed.", 5)],
)
def test_a_toll_told_elsewhere_is_not_the_events(
    pipeline: Pipeline, second: str, expected: int
) -> None:
    text = f"Police shot dead a student at a protest in Rangpur on Tuesday. {second}"
    main = pipeline(text, published="2024-07-17").events[0]
    assert main.fatalities is not None and main.fatalities.best == expected


def test_a_group_with_a_verb_of_its_own_is_not_counted_dead(nlp: Language) -> None:
    text = "The strike killed at least 58 people, including 11 children; hundreds were treated."
    assert killed_total(nlp, text) == 58


def test_people_among_the_counted_dead_are_not_added(nlp: Language) -> None:
    text = "Air strikes killed at least 60 people, mostly civilians, among them a singer and several musicians."
    assert killed_total(nlp, text) == 60


def test_a_revised_toll_keeps_the_new_figure(nlp: Language) -> None:
    assert killed_total(nlp, "Officials revised the death toll down to 84 from 103.") == 84


def test_a_named_office_holder_shot_dead_is_one_death(nlp: Language) -> None:
    assert killed_total(nlp, "Gunmen shot dead a ruling party village chairman in Kibiti.") == 1


def test_a_mass_grave_has_no_toll_of_its_own(pipeline: Pipeline) -> None:
    e = pipeline(
        "On 3 February, the commission exhumed more than 6,000 bodies from six mass graves in "
        "Karusi province.",
        published="2020-02-04",
    ).events[0]
    assert e.sub_event_type == "Other"
    assert e.fatalities is None or not e.fatalities.best


def test_deaths_since_the_fighting_began_are_not_the_events(pipeline: Pipeline) -> None:
    e = pipeline(
        "Azerbaijani forces shelled Jermuk on Tuesday, wounding three civilians. Armenia said 49 "
        "of its soldiers had been killed since the fighting began.",
        published="2022-09-14",
    ).events[0]
    assert e.sub_event_type == "Shelling/artillery/missile attack"
    assert e.fatalities is None or not e.fatalities.best


def test_an_ordinal_victim_updates_the_toll(pipeline: Pipeline) -> None:
    e = pipeline(
        "Gunmen opened fire on customers in a pool hall in Choloma on Saturday, killing 11 "
        "people. A 12th victim died in hospital on Sunday.",
        published="2023-06-26",
    ).events[0]
    assert e.fatalities is not None and e.fatalities.best == 12


def test_a_later_death_joins_the_event(pipeline: Pipeline) -> None:
    e = pipeline(
        "On 8 March 2016, Islamic State fired rockets filled with a mustard agent at Taza, "
        "injuring more than 600 civilians. A three-year-old girl later died of her injuries.",
        published="2016-03-20",
    ).events[0]
    assert e.sub_event_type == "Chemical weapon"
    assert e.fatalities is not None and e.fatalities.best == 1


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Artillery hit the village, killing an elderly woman and her grandson.", 2),
        ("A man was beaten to death and his son seriously injured by a mob.", 1),
        ("Militants attacked villages near Chiure, beheading three civilians.", 3),
        ("The army said about ten assailants were neutralised.", 10),
        (
            "Deborah Samuel, a student at a college in Sokoto, was beaten and stoned to death "
            "by fellow students.",
            1,
        ),
    ],
)
def test_more_ways_to_tell_a_death(nlp: Language, text: str, dead: int) -> None:
    assert killed_total(nlp, text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "They marched against the handling of the pandemic, which has killed more than 450,000.",
            0,
        ),
        ("Gunmen opened fire on tourists, killing 26 people, all but one of them visitors.", 26),
        ("A bomb killed 10 commandos and their civilian driver on the road.", 11),
        ("A bomb killed 10 commandos and their driver was wounded.", 10),
        ("A mob beat Deborah Samuel, a second-year student, to death on Thursday.", 1),
        ("A mob stoned and beat to death Deborah Samuel on the campus.", 1),
    ],
)
def test_tolls_of_others_and_of_companions(nlp: Language, text: str, dead: int) -> None:
    assert killed_total(nlp, text) == dead


def test_a_grave_found_is_dated_by_its_announcement_unless_its_clause_dates_it(
    pipeline: Pipeline,
) -> None:
    found = pipeline(
        "The government said on Thursday its teams had found eight mass graves in Tarhuna, the "
        "town its forces took from the LNA last week.",
        published="2020-06-12",
    ).events[0]
    dug = pipeline(
        "The commission began exhuming six mass graves in Karusi province on Tuesday, and said "
        "on Thursday they held the remains of 6,000 people.",
        published="2020-01-31",
    ).events[0]
    assert found.date is not None and found.date.isoformat() == "2020-06-11"
    assert dug.date is not None and dug.date.isoformat() == "2020-01-28"
