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
        # a family told between the count and its verb
        (
            "Five members of the same family were shot dead in their home in Gao on Saturday "
            "night, police said.",
            5,
        ),
        # the count's parts told before "were burned alive"
        (
            "Gunmen set fire to houses in Tillia on Saturday. Eight villagers, including an "
            "elderly blind man who could not flee, were burned alive, residents said.",
            8,
        ),
        # a witness's participle clause between the one victim and his fate
        (
            "A journalist covering the protests in Kisumu on Saturday was killed by a tear gas "
            "canister that struck his head, his employer said.",
            1,
        ),
        # one hurt who died after
        (
            "A land dispute near Jos turned deadly on Saturday when a herdsman stabbed a "
            "farmer, who died on the way to hospital, police said.",
            1,
        ),
        # a car's occupant
        (
            "An air strike on a car near Marib on Saturday killed its occupant, a commander of "
            "the group, the army said.",
            1,
        ),
        # the body of any one person, found
        (
            "The body of a local councillor was found in a ditch outside Bunia on Saturday, "
            "police said.",
            1,
        ),
        # one body among the counted dead
        (
            "Troops clashed with Maoist rebels in the forests of Abujhmarh on Wednesday. The "
            "body of the group's leader was among 27 recovered after the encounter, police said.",
            27,
        ),
    ],
)
def test_dead_told_in_narratives(deaths: Deaths, text: str, dead: int) -> None:
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


def test_a_crowd_counted_after_the_dead_is_not_more_dead(deaths: Deaths) -> None:
    # the noun of an earlier count is not the noun of "thousands marching"
    text = (
        "Doctors in Khartoum said seven protesters were shot dead on Monday as security forces "
        "fired live rounds and tear gas canisters at thousands marching towards the palace."
    )
    assert deaths(text, published="2022-01-18") == 7


def test_people_burned_alive_after_a_burning_are_the_event_dead(main_event: MainEvent) -> None:
    event = main_event(
        "Gunmen set fire to houses in Tillia on Saturday. Eight villagers were burned alive.",
        published="2024-06-10",
    )
    assert event.sub_event_type == "Attack"
    assert event.fatalities is not None and event.fatalities.best == 8
