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

MainEvent = Callable[..., Event]  # the fixtures in conftest.py
Deaths = Callable[..., "int | None"]


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
    deaths: Deaths, text: str, dead: int
) -> None:
    assert deaths(text, "2024-03-10") == dead


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
def test_deaths_the_toll_may_hold_add_nothing(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text, "2024-03-10") == dead


def test_wounded_in_wire_capitals_are_not_dead(main_event: MainEvent) -> None:
    text = (
        "TWO SUICIDE BOMBERS KILLED SEVEN WORSHIPPERS AT A MOSQUE IN MONGUNO ON SATURDAY, "
        "POLICE SAID. BOTH BOMBERS DIED IN THE BLASTS AND 16 OTHER PEOPLE WERE WOUNDED."
    )
    event = main_event(text, published="2024-03-10")
    assert event.fatalities is not None and event.fatalities.best == 9


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a death told by "lost their lives" counts the event's dead, like "died"
        (
            "A bomb exploded at a bus station in Kano on Saturday. Seven people lost their "
            "lives, police said.",
            7,
        ),
        # "and a third died later": one more
        (
            "A suicide bomber hit a checkpoint in Mogadishu on Saturday. Two people died on the "
            "spot and a third died later in hospital, police said.",
            3,
        ),
        # two groups of the same size are two counts
        (
            "Soldiers clashed with militants near Marib on Saturday. Two soldiers and two "
            "militants were killed, a military source said.",
            4,
        ),
        # people, then who they were: the parts are the total's
        (
            "Rebels attacked an army post near Beni on Saturday. Eighteen people, 12 civilians "
            "and six soldiers, were killed, the army said.",
            18,
        ),
        # single deaths told together
        (
            "A drone struck a car on the road outside Marib on Saturday, killing the driver and "
            "a passenger, tribal sources said.",
            2,
        ),
        (
            "A drone struck a car on the road outside Marib on Saturday, killing its driver, "
            "tribal sources said.",
            1,
        ),
        (
            "Police fired on demonstrators in Nairobi on Tuesday. A teacher and a student were "
            "killed, rights groups said.",
            2,
        ),
        (
            "Gunmen on a motorcycle shot dead a polio vaccinator in Khar on Wednesday, police "
            "said.",
            1,
        ),
        (
            "Gunmen marched 23 worshippers into the bush on Sunday in Kajuru; a young man who "
            "tried to run was shot dead at the church door.",
            1,
        ),
    ],
)
def test_tolls_told_in_common_ways(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text, "2024-06-10") == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the source of a single death is no second death
        (
            "Gunmen abducted a candidate near Niafunke on Wednesday. His bodyguard was killed, "
            "a local official said.",
            1,
        ),
        # a force's name is no person ("the District Reserve Guard")
        (
            "Ten members of the District Reserve Guard and their civilian driver were killed on "
            "Wednesday when Maoists blew up their vehicle near Aranpur, police said.",
            11,
        ),
        # "5 soldiers, 2 police officers and 3 civilians": three counts, not a breakdown
        (
            "Militants attacked a checkpoint near Gao on Saturday. Five soldiers, two police "
            "officers and three civilians were killed, officials said.",
            10,
        ),
        # the same figure said twice is one count
        (
            "Sixteen people were killed in the attack on a village near Gao on Saturday, at "
            "least 16 of them civilians, officials said.",
            16,
        ),
    ],
)
def test_counts_told_once_stay_one(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text, "2024-06-10") == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # later deaths of a deadly protest's victims are its own, and more dead
        (
            "Police fired on protesters in Dhaka on Saturday, killing two people. Two more died "
            "in hospital on Sunday.",
            4,
        ),
        (
            "Gunmen attacked a bus in Kidal on Saturday, killing five people. Three more died in "
            "hospital on Sunday.",
            8,
        ),
        (
            "Unknown assailants shot dead a human rights defender in Cauca on Saturday, "
            "officials said.",
            1,
        ),
    ],
)
def test_more_dead_told_later(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text, "2024-06-10") == dead


def test_a_death_told_with_its_own_place_stays_apart(main_event: MainEvent) -> None:
    text = (
        "Police fired on protesters in Dhaka on Saturday, killing two people. On Friday, a "
        "student shot at a protest in Chittagong last month died in hospital."
    )
    event = main_event(text, published="2024-06-10")
    assert event.fatalities is not None and event.fatalities.best == 2
    assert event.location is not None and event.location.name == "Dhaka"


@pytest.mark.parametrize(
    ("text", "coding"),
    [
        # an armed group attacking a civilian place, no victims counted: violence against civilians
        ("Gunmen attacked a village near Kidal on Saturday.", ("Attack", 3, 7)),
        ("Gunmen attacked a bus near Kidal on Saturday.", ("Attack", 3, 7)),
        # jihadists, terrorists, extremists no group is named for: ACLED's rebel side in a battle
        (
            "Jihadists attacked an army base near Kidal on Saturday, killing four soldiers, the "
            "army said.",
            ("Armed clash", 2, 1),
        ),
        (
            "Soldiers killed 30 terrorists in an operation near Djibo on Saturday, the army said.",
            ("Armed clash", 1, 2),
        ),
    ],
)
def test_unnamed_attackers_and_their_targets(
    main_event: MainEvent, text: str, coding: tuple[str, int, int]
) -> None:
    event = main_event(text, published="2024-06-10")
    got = (
        event.sub_event_type,
        event.actor1.inter if event.actor1 else None,
        event.actor2.inter if event.actor2 else None,
    )
    assert got == coding


def test_an_attack_on_a_military_base_stays_a_battle(main_event: MainEvent) -> None:
    text = "Militants attacked an army base near Kidal on Saturday, killing four soldiers."
    assert main_event(text, published="2024-06-10").sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a side's own dead, told as what it "lost"
        (
            "Soldiers and rebels fought for hours near Rutshuru on Saturday. The army said it "
            "lost two men and killed five rebels.",
            7,
        ),
        # bodies counted later, with no act of their own, are the event's dead
        (
            "Rebels attacked a town near Beni on Saturday. By Sunday evening, local "
            "authorities had counted 20 bodies.",
            20,
        ),
        # who the counted dead were is no new count
        (
            "Gunmen attacked a village near Bunia on Saturday, killing 12 people. The dead "
            "included seven women and three children.",
            12,
        ),
    ],
)
def test_dead_told_by_loss_bodies_and_parts(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text, "2024-06-10") == dead


def test_a_side_that_lost_vehicles_lost_no_dead(main_event: MainEvent) -> None:
    text = (
        "Soldiers and rebels fought for hours near Rutshuru on Saturday. The army said it lost "
        "two vehicles and killed five rebels."
    )
    event = main_event(text, published="2024-06-10")
    assert event.fatalities is not None and event.fatalities.best == 5


def test_explosives_strapped_to_bodies_are_no_count_of_bodies(main_event: MainEvent) -> None:
    text = (
        "Two girls detonated explosives strapped to their bodies at a market in Mora on Sunday, "
        "killing five traders, officials said. Both bombers were also killed."
    )
    event = main_event(text, published="2024-06-10")
    assert event.sub_event_type == "Suicide bomb"
    assert event.fatalities is not None and event.fatalities.best == 7


def test_armed_men_driven_out_of_a_town_is_territory_regained(main_event: MainEvent) -> None:
    text = (
        "Residents began returning to Palma on Sunday, a day after Mozambican troops drove "
        "insurgents out of the town, officials said."
    )
    assert main_event(text, published="2024-06-10").sub_event_type == (
        "Government regains territory"
    )


def test_protesters_driven_out_of_a_square_hold_no_territory(main_event: MainEvent) -> None:
    text = "Police drove protesters out of the square in Harare on Saturday."
    assert main_event(text, published="2024-06-10").sub_event_type not in (
        "Government regains territory",
        "Non-state actor overtakes territory",
    )


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # another source's higher count of the same dead: ACLED keeps the lower
        (
            "Gunmen attacked a mosque in Zamfara during Friday prayers, killing 20 worshippers, "
            "police said on Saturday. Residents said 25 were killed.",
            20,
        ),
        # one beside her counted kin, told as among the dead
        (
            "An air strike hit a house in Saada on Saturday. A mother and her two daughters were "
            "among the dead, medics said, and a neighbour was wounded.",
            3,
        ),
    ],
)
def test_rival_counts_and_kin_among_the_dead(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text, "2024-06-10") == dead


def test_a_lower_count_from_residents_is_kept(deaths: Deaths) -> None:
    text = (
        "Gunmen attacked a mosque in Zamfara during Friday prayers, killing 20 worshippers, "
        "police said on Saturday. Residents said 15 were killed."
    )
    assert deaths(text, "2024-06-10") == 15
