"""Rules of session 23, each with guard cases that pass before and after it.

More of the ways narratives tell their dead: "fatally shot", "mowed down", "burning alive a
woman", corpses counted like bodies, "Both occupants were killed", two single victims who "lost
their lives", a second count inside "the bodies of ... and ...", a protest's dead told after the
firing, "neutralised" assailants told after a battle, the dead buried in a mass grave (a burial,
not a grave found).

The texts were written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.extract.numbers import find_quantities
from sitrep.models import Event

MainEvent = Callable[..., Event]  # the fixtures in conftest.py
Deaths = Callable[..., "int | None"]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # "fatally" makes a wound a death
        (
            "Soldiers opened fire on a crowd of protesters in Bamako on Friday. Four students "
            "were fatally shot, a rights group said.",
            4,
        ),
        (
            "Police fired live rounds at demonstrators in Khartoum on Friday. Two teenagers were "
            "fatally wounded, medics said.",
            2,
        ),
        # gunfire that mows people down kills them
        (
            "Gunmen on motorcycles mowed down 14 farmers in their fields near Djibo on Friday, "
            "residents said.",
            14,
        ),
        # one victim burned alive
        (
            "A mob set fire to shops in the market on Friday, burning alive a young trader, "
            "police said.",
            1,
        ),
        # corpses are the dead, like bodies
        (
            "Armed men attacked a village near Kidal on Friday. Nine corpses were later found in "
            "a dry riverbed, a local official said.",
            9,
        ),
        # "both" and a group of two, told by its death
        (
            "A drone struck a pickup truck near Marib on Friday. Both passengers were killed, "
            "tribal sources said.",
            2,
        ),
        # two single victims, one fate
        (
            "Insurgents attacked a border post near Chaman on Friday. A policeman and a "
            "shopkeeper lost their lives, officials said.",
            2,
        ),
        # a second count inside the bodies counted
        (
            "Bandits fought local vigilantes outside Gusau on Friday. Villagers counted the "
            "bodies of eight of their men and at least 12 of the bandits, an elder said.",
            20,
        ),
        # assailants "neutralised" after a battle told before them
        (
            "The army repelled an attack on its base near Djibo on Friday. Twelve assailants "
            "were neutralised, the army said.",
            12,
        ),
        # the dead buried in a mass grave: a burial, the dead of the attack told before
        (
            "Gunmen raided the village of Kwall on Friday. Mourners buried 16 victims in a mass "
            "grave on Saturday.",
            16,
        ),
    ],
)
def test_dead_told_in_narratives(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # guards: a wound that is not fatal, a count that is not inside the bodies
        (
            "Police fired live rounds at demonstrators in Khartoum on Friday. Two teenagers were "
            "critically wounded, medics said.",
            None,
        ),
        (
            "Police recovered the bodies of three men near Gusau on Friday and arrested two "
            "suspects, a spokesman said.",
            3,
        ),
        # a mass grave found holds old dead: the grave convention counts no toll for it
        (
            "Investigators found a mass grave containing 40 bodies near Izium on Friday, "
            "officials said.",
            None,
        ),
    ],
)
def test_dead_guards(deaths: Deaths, text: str, dead: int | None) -> None:
    assert deaths(text) == dead


def test_both_counts_two_only_when_a_death_follows() -> None:
    assert [q.best for q in find_quantities("Both occupants were killed")] == [2]
    assert find_quantities("Both occupants were questioned by police") == []


def test_mass_grave_found_stays_a_discovery(main_event: MainEvent) -> None:
    event = main_event(
        "Investigators found a mass grave near Izium on Friday, officials said.",
        published="2024-03-18",
    )
    assert event.sub_event_type == "Other"


def test_burial_in_a_mass_grave_is_not_a_discovery(main_event: MainEvent) -> None:
    event = main_event(
        "Gunmen raided the village of Kwall on Friday. Mourners buried 16 victims in a mass "
        "grave on Saturday.",
        published="2024-03-18",
    )
    assert event.sub_event_type == "Attack"
