"""Rules of session 24, each with guard cases that pass before and after it.

More people nouns for one victim ("a suspected thief", "a gunman"), a family "wiped out",
"Of the 15 passengers, 12 were killed" (the 15 is the whole, not more dead), a victim "caught
in the crossfire" who "also died", kin told in a witness's words ("my husband"), and "Five of
the soldiers had been killed" counted once.

The texts were written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.models import Event

MainEvent = Callable[..., Event]  # the fixtures in conftest.py
Deaths = Callable[..., "int | None"]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # more nouns for one person
        ("A mob beat a suspected thief to death in Kisumu on Saturday, police said.", 1),
        (
            "Gunmen stormed a mining camp near Kidal on Saturday. A person was killed and two "
            "were wounded, a local official said.",
            1,
        ),
        # a family wiped out is a family killed
        (
            "An air strike on a house in Saada on Saturday wiped out an entire family of seven, "
            "residents said.",
            7,
        ),
        # the whole a part is taken from is not more dead
        (
            "Gunmen stopped a bus near Gao on Saturday. Of the 15 passengers, 12 were killed, "
            "police said.",
            12,
        ),
        (
            "A boat carrying migrants was shelled off Hodeidah on Saturday. Police said that of "
            "the 30 people on board, 21 died.",
            21,
        ),
        # one more, caught in the crossfire, who also died
        (
            "Rebels attacked a police station in Bunia on Saturday, killing an officer. A civilian "
            "caught in the crossfire also died, police said.",
            2,
        ),
        # a group who died later of their wounds are more dead
        (
            "Militants attacked the village of Tillia on Saturday, killing four men. Two women "
            "died later of their wounds, a nurse said.",
            6,
        ),
        # kin in a witness's words
        (
            'Soldiers raided the village of Moura on Saturday. "They killed my husband and my '
            'two sons," a woman told reporters.',
            3,
        ),
        # a part of a count told with "the" is not one more
        (
            "Rebels attacked an army post near Bangassou on Saturday. The army said that two of "
            "the soldiers had been killed.",
            2,
        ),
    ],
)
def test_dead_told_in_more_ways(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a whole that is itself the dead stays the count
        (
            "Gunmen attacked the village of Tillia on Saturday. Of the 15 killed, 12 were "
            "civilians, residents said.",
            15,
        ),
        # a flood wipes out homes, not people
        (
            "Gunmen attacked the village of Tillia on Saturday, killing three. Floods had wiped "
            "out 200 homes there in May.",
            3,
        ),
        # hit by a stray bullet, but nothing says he died
        (
            "Police fired on protesters in Kisumu on Saturday, killing two. A passer-by hit by a "
            "stray bullet was taken to hospital.",
            2,
        ),
    ],
)
def test_dead_guards(deaths: Deaths, text: str, dead: int | None) -> None:
    assert deaths(text) == dead
