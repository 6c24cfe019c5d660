"""Rules added from the sixth notes batch's dev half (session 4): attackers identified in
apposition or by blame, towns entered without a fight (told in the next sentence too), crowds
that riot before the police intervene, weapons destroyed before use, an air force's bombing
and signed declarations.

Each rule is paired with a text where it must not fire. The texts were written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from sitrep.models import ActorRef, Event

MainEvent = Callable[..., Event]  # the fixture in conftest.py

PUBLISHED = "2023-05-10"


def name(a: ActorRef | None) -> str | None:
    return a.name if a is not None else None


def test_armed_men_believed_to_be_a_named_group(main_event: MainEvent) -> None:
    e = main_event(
        "On 7 May 2023, armed men believed to be Abu Sayyaf militants abducted three fishermen "
        "off Jolo, Sulu.",
    )
    assert e.sub_event_type == "Abduction/forced disappearance"
    assert name(e.actor1) == "Abu Sayyaf"


def test_armed_men_without_an_identification_stay_unidentified(main_event: MainEvent) -> None:
    e = main_event(
        "On 7 May 2023, armed men abducted three fishermen off Jolo, Sulu. The military said "
        "it was pursuing Abu Sayyaf remnants in the area.",
    )
    assert name(e.actor1) != "Abu Sayyaf"


def test_a_state_blamed_for_a_strike_is_its_forces(main_event: MainEvent) -> None:
    e = main_event(
        "A missile hit an apartment block in Dnipro on Sunday, killing 12 civilians, the "
        "regional governor said. Kyiv blamed Russian forces.",
    )
    assert e.sub_event_type == "Shelling/artillery/missile attack"
    assert e.actor1 is not None and e.actor1.name.endswith("of Russia")
    assert e.actor1.inter == 8  # a state's forces outside their country


def test_a_town_entered_after_the_other_side_withdrew(main_event: MainEvent) -> None:
    e = main_event(
        "On 3 May 2023, army units entered Kidal town. Rebel forces had withdrawn the day "
        "before and no clashes were reported.",
    )
    assert e.sub_event_type == "Non-violent transfer of territory"


def test_a_town_entered_after_fighting_is_a_battle(main_event: MainEvent) -> None:
    e = main_event(
        "On 3 May 2023, army units entered Kidal town. Heavy fighting with rebel forces "
        "lasted until the evening.",
    )
    assert e.sub_event_type != "Non-violent transfer of territory"


def test_a_crowd_that_smashes_windows_riots(main_event: MainEvent) -> None:
    e = main_event(
        "Hundreds of students marched on the ministry in Conakry on Monday, smashing windows "
        "and setting fire to a car before police dispersed them with tear gas.",
    )
    assert e.sub_event_type == "Violent demonstration"
    assert e.actor1 is not None and e.actor1.inter == 5
    assert e.actor2 is not None and e.actor2.inter == 1


def test_a_crowd_dispersed_without_violence_of_its_own(main_event: MainEvent) -> None:
    e = main_event(
        "Hundreds of students marched on the ministry in Conakry on Monday before police "
        "dispersed them with tear gas.",
    )
    assert e.sub_event_type == "Protest with intervention"


def test_drones_destroyed_by_air_defences(main_event: MainEvent) -> None:
    e = main_event(
        "Russian air defences destroyed four Ukrainian drones over Belgorod region on "
        "Tuesday, the governor said.",
    )
    assert e.sub_event_type == "Disrupted weapons use"


def test_a_drone_that_destroyed_a_tank_is_no_disruption(main_event: MainEvent) -> None:
    e = main_event(
        "A Ukrainian drone destroyed a Russian tank near Bakhmut on Tuesday, the army said.",
    )
    assert e.sub_event_type != "Disrupted weapons use"


def test_an_air_force_bombing_is_an_air_strike(main_event: MainEvent) -> None:
    e = main_event(
        "On 2 May 2023, the Nigerian Air Force bombed a camp of ISWAP fighters near Marte, "
        "killing 20 militants.",
    )
    assert e.sub_event_type == "Air/drone strike"


def test_a_signed_declaration_is_an_agreement(main_event: MainEvent) -> None:
    e = main_event(
        "On 4 May 2023, commanders of the army and the rebel coalition signed a declaration "
        "in Bangui on the withdrawal of fighters from the border towns.",
    )
    assert e.sub_event_type == "Agreement"


def test_police_who_describe_a_protest_did_not_intervene(main_event: MainEvent) -> None:
    e = main_event(
        "Thousands of demonstrators marched through Lima on Saturday against the new "
        "government, in a rally that police described as calm.",
    )
    assert e.sub_event_type == "Peaceful protest"
    assert e.actor2 is None


def test_an_agreement_carries_no_toll_of_past_fighting(main_event: MainEvent) -> None:
    e = main_event(
        "The two governments signed a treaty in Dushanbe on Thursday settling the border, "
        "where clashes killed 40 people in 2022.",
    )
    assert e.sub_event_type == "Agreement"
    assert e.fatalities is None or not e.fatalities.best


def test_a_bomb_that_ripped_through_a_street(main_event: MainEvent) -> None:
    e = main_event(
        "A bomb ripped through a market in Quetta on Monday, killing seven people, and police "
        "detained two suspects, officials said.",
    )
    assert e.sub_event_type == "Remote explosive/landmine/IED"
