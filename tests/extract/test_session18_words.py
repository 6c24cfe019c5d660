"""Words of session 18: a gas or chemical used on people (sprayed into a house, poured into a
school's water tank, inhaled as a foul-smelling gas) is a chemical weapon; a base being built,
positions set up, a building turned into a base are bases established; mines cleared, a
package destroyed in a controlled explosion, a bomb attack foiled are disrupted weapons use.

The texts were written for these tests; each positive case read as another type, or as no
event, before the words were added.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.models import Event
from sitrep.pipeline import Pipeline

MainEvent = Callable[..., Event]  # the fixture in conftest.py


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "More than 50 schoolgirls were taken to hospital in Qom on Thursday after inhaling "
            "a foul-smelling gas in their classroom, officials said.",
            "Chemical weapon",
        ),
        (
            "Dozens of pupils at a girls' school in Takhar fell ill on Thursday after being "
            "poisoned, the education department said.",
            "Chemical weapon",
        ),
        (
            "Robbers sprayed an unknown gas into a house in Kitwe on Thursday night, knocking "
            "out a family of five before stealing their belongings.",
            "Chemical weapon",
        ),
        (
            "Kenyan police said unknown people poured a chemical into the water tank of a school "
            "in Kisii, sickening 40 pupils on Thursday.",
            "Chemical weapon",
        ),
        (
            "Israeli forces began building a military outpost near the village of Kfar Kila on "
            "Thursday.",
            "Headquarters or base established",
        ),
        (
            "Hezbollah fighters have set up positions in abandoned houses in the village, "
            "residents said.",
            "Headquarters or base established",
        ),
        (
            "The RSF turned a hospital in Omdurman into a military base, doctors said on Thursday.",
            "Headquarters or base established",
        ),
        (
            "Sappers cleared three anti-tank mines from the road to Kukawa on Thursday.",
            "Disrupted weapons use",
        ),
        (
            "Police detonated a suspicious package in a controlled explosion outside the "
            "courthouse on Thursday.",
            "Disrupted weapons use",
        ),
        (
            "Security forces foiled a bomb attack on a church in Kaduna on Thursday, police said.",
            "Disrupted weapons use",
        ),
        (
            "Twelve civilians were killed in Kukawa on Monday in what residents said was an air "
            "attack by the military.",
            "Air/drone strike",
        ),
        (
            "An unmanned aerial vehicle targeted a car in Kukawa on Monday, killing three "
            "civilians.",
            "Air/drone strike",
        ),
        ("An angry crowd set a suspected thief on fire in Kukawa on Monday.", "Mob violence"),
        (
            "Two men accused of witchcraft were burned alive by a crowd in Kukawa on Monday.",
            "Mob violence",
        ),
        (
            "About 30 schoolgirls were taken to hospital in Qom on Monday after what officials "
            "called a deliberate poisoning.",
            "Chemical weapon",
        ),
        (
            "On Monday, the Ukrainian military reported that Russian troops had used gas against "
            "its soldiers near Avdiivka.",
            "Chemical weapon",
        ),
        (
            "Myanmar's military dropped bombs that released a chemical smoke on a village in "
            "Sagaing on Monday, the resistance said.",
            "Chemical weapon",
        ),
        (
            "Russian forces moved into an air base in Niger on Monday that had been used by US "
            "troops.",
            "Headquarters or base established",
        ),
        (
            "Russian troops arrived at the Tabqa air base on Monday after US forces left.",
            "Headquarters or base established",
        ),
    ],
)
def test_new_words_type_the_event(main_event: MainEvent, text: str, sub_type: str) -> None:
    assert main_event(text, published="2024-05-10").sub_event_type == sub_type


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # police using an irritant on a crowd is a protest's intervention, not a chemical weapon
        (
            "Police fired tear gas and sprayed a chemical irritant at protesters who blocked a "
            "road in Nairobi on Thursday.",
            "Protest with intervention",
        ),
        (
            "Hundreds of students protested in Tehran on Thursday against the poisoning of "
            "schoolgirls.",
            "Peaceful protest",
        ),
        (
            "A roadside bomb exploded near a military convoy outside Gao on Thursday, wounding "
            "three soldiers.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_the_new_words_leave_other_events_alone(
    main_event: MainEvent, text: str, sub_type: str
) -> None:
    assert main_event(text, published="2024-05-10").sub_event_type == sub_type


def test_a_foiled_plot_is_no_weapon_used(pipeline: Pipeline) -> None:
    events = pipeline(
        "The government said it had foiled five plots to kill the president and arrested "
        "dozens of people.",
        published="2024-05-10",
    ).events
    assert all(e.sub_event_type != "Disrupted weapons use" for e in events)


def test_taking_a_town_is_taking_territory(main_event: MainEvent) -> None:
    event = main_event(
        "ISWAP fighters took the town of Kukawa on Monday after heavy fighting with troops.",
        published="2024-05-10",
    )
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor1 is not None and event.actor1.inter == 2


def test_whom_a_town_fell_to_took_it(main_event: MainEvent) -> None:
    event = main_event(
        "Kukawa fell to ISWAP fighters on Monday after a day of fighting with troops.",
        published="2024-05-10",
    )
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor1 is not None and event.actor1.inter == 2


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen took the village chief hostage in Kukawa on Monday.",
        "He took the city bus to work in Kukawa on Monday.",
    ],
)
def test_taking_a_towns_people_or_things_is_no_territory(pipeline: Pipeline, text: str) -> None:
    events = pipeline(text, published="2024-05-10").events
    assert all("territory" not in e.sub_event_type for e in events)


@pytest.mark.parametrize(
    ("text", "inters"),
    [
        (
            "Men in plain clothes believed to be security agents seized an activist outside his "
            "home in Harare on Monday; his whereabouts remain unknown.",
            (1, 7),
        ),
        (
            "The family of an opposition activist said he was picked up by intelligence agents "
            "in Dhaka on Monday and has not been seen since.",
            (1, 7),
        ),
        (
            "A rights group said soldiers detained four young men in Kukawa on Monday, and their "
            "families have had no news of them.",
            (1, 7),
        ),
        (
            "Armed men seized a Catholic priest from his parish in Kukawa on Monday and demanded "
            "a ransom.",
            (3, 7),
        ),
    ],
)
def test_people_taken_and_not_accounted_for_are_disappeared(
    main_event: MainEvent, text: str, inters: tuple[int, int]
) -> None:
    event = main_event(text, published="2024-05-10")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert (event.actor1 and event.actor1.inter, event.actor2 and event.actor2.inter) == inters


def test_an_arrest_with_a_charge_stays_an_arrest(main_event: MainEvent) -> None:
    event = main_event(
        "Police arrested 20 opposition supporters in Harare on Monday and charged them with "
        "public violence.",
        published="2024-05-10",
    )
    assert event.sub_event_type == "Arrests"


@pytest.mark.parametrize(
    "text",
    [
        "Twelve soldiers were treated for chemical poisoning after Russian forces shelled their "
        "position near Avdiivka on Monday.",
        "Russian forces used choking agents against Ukrainian positions near Avdiivka on Monday, "
        "the army said.",
        "The soldiers could barely breathe when they stumbled out of the dugout near Kupiansk on "
        "Monday. A Russian drone had dropped a grenade that released a cloud of gas, their "
        "commander said.",
        "Nurses in Qom said more than 40 schoolgirls arrived on Monday complaining of nausea and "
        "a smell like rotten tangerines in their classrooms.",
    ],
)
def test_what_the_gassed_suffered_and_smelled(main_event: MainEvent, text: str) -> None:
    assert main_event(text, published="2024-05-10").sub_event_type == "Chemical weapon"


def test_tear_gas_on_a_crowd_is_no_chemical_weapon(main_event: MainEvent) -> None:
    event = main_event(
        "Police released tear gas on protesters in Nairobi on Monday.", published="2024-05-10"
    )
    assert event.sub_event_type == "Protest with intervention"


def test_a_base_reopened(main_event: MainEvent) -> None:
    event = main_event(
        "The army reopened its base in Kukawa on Monday, two years after it was abandoned.",
        published="2024-05-10",
    )
    assert event.sub_event_type == "Headquarters or base established"


@pytest.mark.parametrize(
    "text",
    [
        "Women in Kabul held up placards demanding the right to work on Monday.",
        "Workers picketed the offices of the mining company in Lubumbashi on Monday.",
        "A crowd gathered outside the parliament in Bishkek on Monday chanting slogans against "
        "the government.",
        "Students at the University of Dhaka formed a human chain on Monday to demand justice "
        "for a murdered classmate.",
    ],
)
def test_quiet_ways_to_protest(main_event: MainEvent, text: str) -> None:
    assert main_event(text, published="2024-05-10").sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani military carried out strikes on TTP hideouts in Afghanistan on Monday.",
        "The army said its aircraft had attacked al-Shabaab fighters near Jilib on Monday, "
        "killing 30.",
    ],
)
def test_strikes_from_the_air_on_armed_targets(main_event: MainEvent, text: str) -> None:
    assert main_event(text, published="2024-05-10").sub_event_type == "Air/drone strike"


def test_workers_strikes_are_no_air_strikes(pipeline: Pipeline) -> None:
    events = pipeline(
        "Workers launched strikes against the government's austerity plan in Lagos on Monday.",
        published="2024-05-10",
    ).events
    assert all(e.sub_event_type != "Air/drone strike" for e in events)


def test_a_flag_flying_over_a_town_tells_its_taking(main_event: MainEvent) -> None:
    event = main_event(
        "For the first time in a decade, the national flag flew over the governor's office in "
        "Kidal on Tuesday.",
        published="2023-11-15",
    )
    assert "territory" in event.sub_event_type
    assert str(event.date) == "2023-11-14"
