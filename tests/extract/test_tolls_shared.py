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
