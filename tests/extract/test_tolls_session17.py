"""Counts of the dead fixed in session 17 (:func:`find_tolls`): people named by a thing ("two
home guards"), a family or a source is no count of the dead, one found dead or whose body was
found is one dead. Each rule is checked beside a sentence where it must not count.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.extract.tolls import find_tolls
from sitrep.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def killed(nlp: Language, text: str) -> list[tuple[str, int]]:
    return [(i.who, i.quantity.best) for i in find_tolls(next(iter(nlp(text).sents))).of("killed")]


def all_dead(nlp: Language, text: str) -> int:
    """All the dead the sentence counts."""
    return sum(n for _, n in killed(nlp, text))


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Two home guards were killed in the riots on Monday.", 2),
        ("Three school teachers were shot dead near the market.", 3),
        ("Two truck drivers were killed when the convoy was attacked.", 2),
    ],
)
def test_people_named_by_a_thing_are_counted(nlp: Language, text: str, dead: int) -> None:
    assert all_dead(nlp, text) == dead


def test_things_are_still_no_dead(nlp: Language) -> None:
    assert killed(nlp, "Militants burned two homes and three cars before they were killed.") == []


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Six members of one family, including three children, were killed in the strike.", 6),
        ("Four women from one family were killed late on Saturday.", 4),
        ("Five soldiers were killed in the ambush, one source said.", 5),
    ],
)
def test_a_family_or_a_source_is_no_count_of_the_dead(nlp: Language, text: str, dead: int) -> None:
    assert all_dead(nlp, text) == dead


def test_the_members_of_a_family_are_civilians(nlp: Language) -> None:
    assert killed(nlp, "Six members of one family were killed in the strike.") == [("civilians", 6)]
    assert killed(nlp, "Six members of the armed group were killed in the strike.") == [
        ("combatants", 6)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A young farmer was found dead near the river on Sunday.",
        "The body of a missing shepherd was found in a ravine, police said.",
        "The remains of a soldier were recovered near the base.",
    ],
)
def test_one_found_dead_is_one_dead(nlp: Language, text: str) -> None:
    assert all_dead(nlp, text) == 1


def test_a_body_found_of_no_person_is_no_dead(nlp: Language) -> None:
    assert killed(nlp, "The body of a car was found burned out near the river.") == []


def test_kin_set_off_after_a_count_are_part_of_it(nlp: Language) -> None:
    text = "Four members of one family, a father and three of his daughters, were killed."
    assert all_dead(nlp, text) == 4
    # told on their own, the kin are counted
    text = "A farmer and three of his daughters were killed when the shell hit their house."
    assert all_dead(nlp, text) == 4


def test_a_part_among_a_total_gives_the_total(nlp: Language) -> None:
    assert killed(nlp, "Four soldiers were among the 15 people killed in the raid.") == [
        ("unknown", 15)
    ]
    # "among them" after the total still marks a part
    assert all_dead(nlp, "Fifteen people were killed, among them four soldiers.") == 15


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Six died at the scene and three more in hospital.", 9),
        ("Two were killed outright and one more later, doctors said.", 3),
    ],
)
def test_more_who_died_later_are_dead(nlp: Language, text: str, dead: int) -> None:
    assert all_dead(nlp, text) == dead


@pytest.mark.parametrize(
    "text",
    [
        "Six died and dozens more were receiving treatment.",
        "Six were killed and three more were wounded.",
        "Six were killed and three more in hospital were in a critical condition.",
    ],
)
def test_more_who_were_hurt_are_not_dead(nlp: Language, text: str) -> None:
    assert all_dead(nlp, text) == 6


@pytest.mark.parametrize(
    ("words", "value"),
    [("two dozen", 24), ("three dozen", 36), ("a dozen", 12), ("half a dozen", 6), ("dozen", 12)],
)
def test_dozens_multiply(words: str, value: int) -> None:
    from sitrep.extract.numbers import parse_number

    assert parse_number(words) == value


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("At least two dozen people were killed in the raid.", 24),
        ("Half a dozen villagers were hacked to death.", 6),
        ("Three were confirmed dead after the blast.", 3),
        ("Two were found dead near the river.", 2),
        ("Nine were reported missing after the attack.", 0),
    ],
)
def test_counts_told_in_more_words(nlp: Language, text: str, dead: int) -> None:
    assert all_dead(nlp, text) == dead


def test_one_more_named_by_a_trade_is_one_more_dead(nlp: Language) -> None:
    text = "The ambush left four soldiers and an interpreter dead."
    assert sorted(killed(nlp, text)) == [("civilians", 1), ("combatants", 4)]
