"""Rules of session 21, each with guard cases that pass before and after it.

Tolls: the attackers' own deaths, told after the toll in any of the ways wire copy tells them,
are added to it (ACLED counts perpetrators among the fatalities), once; a group's own verb in
wire capitals ("16 OTHER PEOPLE WERE WOUNDED") says what happened to it.

The texts were written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.models import Event

MainEvent = Callable[..., Event]  # the fixture in conftest.py


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # one blew himself up, the rest were shot: each fate adds its dead
        (
            "Gunmen stormed a restaurant in Kismayo on Saturday night. Police said 20 civilians "
            "were killed and 30 wounded. One attacker blew himself up and two were shot dead by "
            "soldiers.",
            23,
        ),
        (
            "Two gunmen stormed a hotel in Ankara on Saturday, killing six guests, officials said. "
            "ONE BLEW HIMSELF UP AND THE OTHER WAS SHOT DEAD BY POLICE.",
            8,
        ),
        # the doers shot dead, named as the object
        (
            "Two gunmen opened fire at a bus stop in Hebron on Saturday, killing five people, "
            "police said. Police officers at the stop shot both gunmen dead.",
            7,
        ),
        # a bomber who blew himself up and was killed, told in a sentence of its own
        (
            "A car packed with explosives was driven into an army post in Mafraq on Saturday, "
            "killing four soldiers, the army said. The driver blew himself up next to the gate "
            "and was killed.",
            5,
        ),
        # the doers left out of the toll, said after it
        (
            "Two suicide bombers attacked a church in Jolo on Saturday, killing 20 people, "
            "officials said. The two bombers are not included in the toll.",
            22,
        ),
    ],
)
def test_the_doers_deaths_told_after_the_toll_are_added(
    main_event: MainEvent, text: str, dead: int
) -> None:
    event = main_event(text, published="2024-03-10")
    assert event.fatalities is not None and event.fatalities.best == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # "blew himself up" alone says nothing of whether the toll counted him
        (
            "A suicide bomber attacked a rally in Khar on Sunday, killing 54 people, officials "
            "said. The bomber blew himself up near the stage.",
            54,
        ),
        # the toll already counts the attackers
        (
            "Gunmen attacked a village in Zamfara on Saturday, killing 20 people including three "
            "of the attackers, police said. The attackers were also killed.",
            20,
        ),
        # one of the attackers may be among the dead the police counted
        (
            "Gunmen attacked a village in Zamfara on Saturday, killing 20 people, police said. "
            "One of the attackers was killed by vigilantes.",
            20,
        ),
    ],
)
def test_deaths_the_toll_may_hold_add_nothing(main_event: MainEvent, text: str, dead: int) -> None:
    event = main_event(text, published="2024-03-10")
    assert event.fatalities is not None and event.fatalities.best == dead


def test_wounded_in_wire_capitals_are_not_dead(main_event: MainEvent) -> None:
    text = (
        "TWO SUICIDE BOMBERS KILLED SEVEN WORSHIPPERS AT A MOSQUE IN MONGUNO ON SATURDAY, "
        "POLICE SAID. BOTH BOMBERS DIED IN THE BLASTS AND 16 OTHER PEOPLE WERE WOUNDED."
    )
    event = main_event(text, published="2024-03-10")
    assert event.fatalities is not None and event.fatalities.best == 9
