"""Rules of session 14: tolls told as "the number of people killed ... has risen to", the dead
told by their burial, and a sentence opening on a bare past year as another time's dead.

The texts were written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.extract.tolls import find_tolls
from sitrep.models import Event
from sitrep.nlp import load_nlp

MainEvent = Callable[..., Event]  # the fixture in conftest.py


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def killed(nlp, text: str) -> tuple[list[int], bool]:  # type: ignore[no-untyped-def]
    tolls = find_tolls(next(iter(nlp(text).sents)))
    return [i.quantity.best for i in tolls.of("killed")], tolls.cumulative


@pytest.mark.parametrize(
    "text",
    [
        "The number of people killed in Friday's bombing at the market has risen to 41, "
        "including nine children, officials said on Sunday.",
        "THE NUMBER OF PEOPLE KILLED WHEN POLICE OPENED FIRE ON THE MARCHERS HAS RISEN TO 41.",
        "The number of civilians killed in the shelling of the town rose to 41 on Monday.",
    ],
)
def test_a_number_of_people_killed_is_a_running_toll(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert killed(nlp, text) == ([41], True)


def test_the_dead_told_by_their_burial(nlp) -> None:  # type: ignore[no-untyped-def]
    assert killed(nlp, "Villagers in Kwall buried 12 people on Sunday, a day after the raid.") == (
        [12],
        False,
    )
    assert killed(nlp, "Mourners buried the bodies of 7 victims on Tuesday.") == ([7], False)


@pytest.mark.parametrize(
    "text",
    [
        "Forensic teams recovered the remains of at least 30 people buried in the cemetery.",
        "A mass grave where 30 people were buried was found near the river.",
    ],
)
def test_remains_found_are_no_burial_toll(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert killed(nlp, text)[0] == []


def test_a_bare_past_year_tells_another_times_dead(main_event: MainEvent) -> None:
    event = main_event(
        "Land activist Maria Reyes was shot dead on Saturday night in Tocoa as she drove home, "
        "her organisation said. She had received repeated threats over her campaign against "
        "the dam. The killing was condemned by the United Nations. In 2021, three other "
        "opponents of the dam were killed.",
        published="2024-09-16",
    )
    assert event.fatalities is not None and event.fatalities.best == 1
