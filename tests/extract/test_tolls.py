from __future__ import annotations

import pytest

from sitrep.extract.tolls import find_tolls
from sitrep.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def tolls(nlp, text: str) -> list[tuple[str, str, int]]:  # type: ignore[no-untyped-def]
    sent = next(iter(nlp(text).sents))
    return [(i.outcome, i.who, i.quantity.best) for i in find_tolls(sent).items]


def test_civilians_and_combatants_are_split(nlp) -> None:  # type: ignore[no-untyped-def]
    assert tolls(nlp, "The fighting killed at least 27 civilians as well as 41 combatants.") == [
        ("killed", "civilians", 27),
        ("killed", "combatants", 41),
    ]


def test_weapons_and_durations_are_not_tolls(nlp) -> None:  # type: ignore[no-untyped-def]
    assert tolls(nlp, "They used at least two car bombs in the assault.") == []
    assert tolls(nlp, "It was their biggest gain for two years.") == []


def test_injured_after_killed_and_subsets(nlp) -> None:  # type: ignore[no-untyped-def]
    assert tolls(nlp, "The attack killed 16 people and wounded another 40.") == [
        ("killed", "unknown", 16),
        ("injured", "unknown", 40),
    ]
    assert tolls(nlp, "The strike killed 14 civilians, including five children.") == [
        ("killed", "civilians", 14)
    ]


def test_displacement_and_cumulative_tolls(nlp) -> None:  # type: ignore[no-untyped-def]
    assert tolls(nlp, "At least 6,000 civilians fled the onslaught.") == [
        ("displaced", "civilians", 6000)
    ]
    sent = next(iter(nlp("The death toll rose to 23 on Wednesday.").sents))
    assert find_tolls(sent).cumulative


def test_headline_style_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    assert tolls(nlp, "2 killed 8 injured in rocket attacks on the city") == [
        ("killed", "unknown", 2),
        ("injured", "unknown", 8),
    ]
