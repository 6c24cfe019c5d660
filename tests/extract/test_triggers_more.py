"""Triggers and type rules for forms the first lexicon missed: gunfire on people, attacks on
military posts, people captured (not places), toll updates, hostages still missing, camps
set up, deals signed, desertions, surrender to the police, and reports on older events.

Each rule is paired with a text where it must not fire. The texts were written for these tests.
"""

from __future__ import annotations

import pytest

from sitrep.models import Event
from sitrep.pipeline import Pipeline

PAGE = "2023-05-12"  # a Friday


def main_event(pipeline: Pipeline, text: str, published: str = PAGE) -> Event:
    found = pipeline(text, published=published).events
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "A gunman opened fire inside a nightclub in Istanbul on Sunday, killing 39 people.",
            "Attack",
        ),
        ("Soldiers and rebels opened fire on each other near Beni on Sunday.", "Armed clash"),
        (
            "GUNMEN OPENED FIRE ON CONCERT-GOERS IN KRASNOGORSK ON FRIDAY, KILLING 40 PEOPLE.",
            "Attack",
        ),
    ],
)
def test_gunfire(pipeline: Pipeline, text: str, sub: str) -> None:
    assert main_event(pipeline, text).sub_event_type == sub


def test_overrunning_a_military_base_is_a_battle(pipeline: Pipeline) -> None:
    base = main_event(pipeline, "ISWAP fighters overran a military base in Baga on Wednesday.")
    town = main_event(pipeline, "ISWAP fighters overran the town of Baga on Wednesday.")
    assert base.sub_event_type == "Armed clash"
    assert town.sub_event_type == "Non-state actor overtakes territory"


def test_captured_people_are_neither_a_place_taken_nor_dead(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "The army said it killed 30 rebels and captured 15 in fighting near Nokou on Saturday.",
    )
    assert e.sub_event_type == "Armed clash"
    assert e.fatalities is not None and e.fatalities.best == 30


def test_a_toll_update_joins_the_event(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "Gunmen opened fire on worshippers at a church in Owo on Sunday. "
        "The death toll rose to 40 on Monday, officials said.",
    )
    assert e.fatalities is not None and e.fatalities.best == 40


def test_hostages_still_missing_are_an_abduction_but_shelling_stays_shelling(
    pipeline: Pipeline,
) -> None:
    taken = main_event(
        pipeline, "Gunmen attacked a school in Kankara on Friday and 333 students remain missing."
    )
    shelled = main_event(
        pipeline, "Artillery shelled a market in Kherson on Friday; three people remain missing."
    )
    assert taken.sub_event_type == "Abduction/forced disappearance"
    assert shelled.sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "AQAP fighters set up a training camp near Mahfad on Monday.",
            "Headquarters or base established",
        ),
        (
            "A Turkish convoy entered Idlib and established an observation point near Murak on Monday.",
            "Headquarters or base established",
        ),
        ("Russia and Ukraine signed separate deals in Istanbul on Friday.", "Agreement"),
        (
            "A settlement was reached between the government and armed groups in Daraa on Monday.",
            "Agreement",
        ),
        (
            "Forty soldiers deserted their posts near Kawkareik on Tuesday.",
            "Change to group/activity",
        ),
        (
            "The opposition leader turned himself in to the National Guard in Caracas on Tuesday.",
            "Arrests",
        ),
    ],
)
def test_strategic_developments(pipeline: Pipeline, text: str, sub: str) -> None:
    assert main_event(pipeline, text).sub_event_type == sub


def test_a_report_on_older_events_keeps_them_unless_something_newer_is_told(
    pipeline: Pipeline,
) -> None:
    old = "Soldiers raped at least 126 women in and around Minova between 20 and 30 November 2022."
    assert main_event(pipeline, old).sub_event_type == "Sexual violence"
    both = old + " On Wednesday, gunmen killed four farmers near Minova."
    assert main_event(pipeline, both).date is not None
    assert main_event(pipeline, both).date.isoformat() == "2023-05-10"


def test_a_protest_camp_is_no_base(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "Thousands gathered peacefully in Colombo on Saturday to demand the president's "
        "resignation, setting up a protest camp.",
    )
    assert e.sub_event_type == "Peaceful protest"


def test_a_car_packed_with_explosives_and_a_group_behind_it(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "A car packed with explosives rammed into a police academy in Bogota on Thursday, "
        "killing 20 people. The government said the ELN was behind the attack.",
    )
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.fatalities is not None and e.fatalities.best == 20
    assert e.actor1 is not None and e.actor1.name == "ELN"


def test_killing_alone_is_an_event(pipeline: Pipeline) -> None:
    e = main_event(pipeline, "Gunmen entered the village of Kuru on Sunday, killing 12 people.")
    assert e.fatalities is not None and e.fatalities.best == 12


def test_an_arrest_stays_an_arrest_when_protests_follow_in_another_clause(
    pipeline: Pipeline,
) -> None:
    arrest = main_event(
        pipeline,
        "Police arrested the opposition leader in Manama on Sunday; his supporters protested "
        "in several villages that night.",
    )
    dispersed = main_event(
        pipeline, "Police arrested 40 protesters at a march in Manama on Sunday."
    )
    assert arrest.sub_event_type == "Arrests"
    assert dispersed.sub_event_type == "Protest with intervention"


def test_a_place_retaken_from_a_group_is_the_states_gain(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline, "Iraqi security forces regained control of central Tikrit from IS on Tuesday."
    )
    assert e.sub_event_type == "Government regains territory"
    assert e.actor1 is not None and e.actor1.inter == 1


def test_chemical_means_told_in_a_later_sentence_type_the_event(pipeline: Pipeline) -> None:
    text = (
        "Rockets that landed in Taza on Tuesday night gave off a smell like rotten garlic, "
        "residents said. Officials blamed Islamic State for the mustard agent attack."
    )
    assert main_event(pipeline, text).sub_event_type == "Chemical weapon"
    plain = (
        "Rockets landed in Taza on Tuesday night, residents said. Officials blamed Islamic State."
    )
    assert main_event(pipeline, plain).sub_event_type == "Shelling/artillery/missile attack"


def test_an_attack_on_a_military_base_is_a_battle(pipeline: Pipeline) -> None:
    base = main_event(
        pipeline,
        "Al-Shabaab militants attacked the airstrip at Camp Simba, a military base, on Sunday, "
        "killing three people.",
    )
    market = main_event(
        pipeline, "Al-Shabaab militants attacked a market in Lamu on Sunday, killing three people."
    )
    assert base.sub_event_type == "Armed clash"
    assert market.sub_event_type == "Attack"


def test_troops_engaging_fighters_is_a_clash(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "Six rebels were killed when troops engaged them near the Casanare river on Sunday.",
    )
    assert e.sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Three female suicide bombers struck a viewing centre in Konduga on Sunday.",
            "Suicide bomb",
        ),
        (
            "Russian forces dropped riot-control gas on Ukrainian positions on Tuesday.",
            "Chemical weapon",
        ),
        (
            "Two jets dropped bombs on Falam on Wednesday, killing seven residents.",
            "Air/drone strike",
        ),
        (
            "Maoist rebels blew up a vehicle carrying police commandos in Gadchiroli on Wednesday.",
            "Remote explosive/landmine/IED",
        ),
        (
            "RSF fighters spent Monday looting the central market of Rufa'a.",
            "Looting/property destruction",
        ),
        (
            "Houthi fighters blew up the houses of two tribal sheikhs in Radaa on Thursday.",
            "Looting/property destruction",
        ),
        (
            "The student was picked up from his home in Panjgur by men in plain clothes on Tuesday.",
            "Abduction/forced disappearance",
        ),
        ("Militiamen abducted and raped six women near Djugu on Sunday.", "Sexual violence"),
        (
            "Russia and Turkey opened a joint monitoring centre in Aghdam on Saturday.",
            "Headquarters or base established",
        ),
        # strikes and drones told by what they hit (session 13)
        (
            "An Israeli strike hit a school sheltering displaced families in Gaza City on "
            "Saturday, killing 12 people.",
            "Air/drone strike",
        ),
        (
            "Nine villagers were killed in Turkish strikes on Derik on Monday.",
            "Air/drone strike",
        ),
        (
            "A drone slammed into the dining hall of an army base near Haifa on Sunday, "
            "killing four soldiers.",
            "Air/drone strike",
        ),
        (
            "Two drones loaded with explosives went off near the stage in Caracas on Saturday.",
            "Air/drone strike",
        ),
        (
            "A Russian missile strike hit a shopping centre in Kremenchuk on Monday, killing 20.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_more_trigger_forms(pipeline: Pipeline, text: str, sub: str) -> None:
    assert main_event(pipeline, text).sub_event_type == sub


def test_state_force_on_a_crowd_is_force_against_protesters(pipeline: Pipeline) -> None:
    camps = main_event(
        pipeline,
        "Security forces used rifle grenades to break up protest camps in Bago on Friday, "
        "killing 82 people.",
    )
    gunmen = main_event(
        pipeline, "Gunmen threw grenades at a market in Bago on Friday, killing 8 people."
    )
    assert camps.sub_event_type == "Excessive force against protesters"
    assert gunmen.sub_event_type == "Grenade"


def test_attacks_on_villages_are_violence_against_civilians(pipeline: Pipeline) -> None:
    villages = main_event(
        pipeline, "Gunmen carried out attacks on more than a dozen villages in Bokkos on Saturday."
    )
    post = main_event(pipeline, "Rebels carried out attacks on an army post in Bokkos on Saturday.")
    assert villages.sub_event_type == "Attack"
    assert post.sub_event_type == "Armed clash"


def test_a_crowd_that_kills_while_police_look_on_is_a_mob(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "A crowd of residents in Taxco beat a woman to death on Thursday while police officers "
        "looked on.",
    )
    assert e.sub_event_type == "Mob violence"


def test_people_killed_in_attacks_on_villages_is_an_attack(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "At least 113 people were killed in coordinated attacks on more than a dozen villages "
        "in Bokkos on Saturday, the council chairman said.",
    )
    assert e.sub_event_type == "Attack"


def test_shooting_residents_while_burning_homes_is_an_attack(pipeline: Pipeline) -> None:
    attack = main_event(
        pipeline,
        "Armed settlers opened fire on residents of Turmus Ayya on Wednesday and set fire to "
        "homes and cars.",
    )
    arson = main_event(
        pipeline, "Armed settlers set fire to homes and cars in Turmus Ayya on Wednesday."
    )
    assert attack.sub_event_type == "Attack"
    assert arson.sub_event_type == "Looting/property destruction"


def test_deaths_told_apart_make_an_intervention_excessive_force(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "Security forces fired tear gas to break up a protest in Bago on Friday. At least 82 "
        "people were killed, a rights group said.",
    )
    assert e.sub_event_type == "Excessive force against protesters"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            'The president said the armed forces had "taken control" of Kidal on Tuesday.',
            "Government regains territory",
        ),
        ("Forensic teams found a clandestine grave in Zapopan on Thursday.", "Other"),
        (
            "A remote-controlled bomb planted by the roadside went off near Turbat on Monday, "
            "killing two soldiers.",
            "Remote explosive/landmine/IED",
        ),
        (
            "Russian drones dropped grenades filled with tear gas on Ukrainian trenches on Friday.",
            "Chemical weapon",
        ),
        (
            "MPC fighters burned at least 150 houses in Ndomete on Saturday.",
            "Looting/property destruction",
        ),
        (
            "Gunmen stormed the school on Friday and marched hundreds of students into the forest.",
            "Abduction/forced disappearance",
        ),
        (
            "Ukrainian forces entered Kherson on Friday after Russia completed the withdrawal of "
            "its troops.",
            "Non-violent transfer of territory",
        ),
    ],
)
def test_forms_from_the_fifth_batch_dev_half(pipeline: Pipeline, text: str, sub: str) -> None:
    assert main_event(pipeline, text).sub_event_type == sub


def test_a_blamed_group_is_the_perpetrator_not_the_target(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "Gunmen on motorbikes killed 137 villagers in Tillia on Sunday, according to the "
        "government, which blamed the Islamic State in the Greater Sahara.",
    )
    assert e.sub_event_type == "Attack"
    assert e.actor1 is not None and e.actor1.inter == 2
    assert e.actor2 is not None and e.actor2.inter == 7


def test_a_victim_who_dies_later_joins_the_event_on_its_date(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "On 8 March, rockets carrying a chemical agent struck Taza. A three-year-old girl died "
        "of her injuries on 12 March.",
    )
    assert e.sub_event_type == "Chemical weapon"
    assert e.date is not None and e.date.isoformat() == "2023-03-08"
    assert e.fatalities is not None and e.fatalities.best == 1


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "The army on Monday opened a new forward operating base at Gusau, moving in about "
            "300 troops, a military spokesman said.",
            "Headquarters or base established",
        ),
        (
            "Militants used a drone to drop canisters of an irritant gas on an army post near "
            "Djibo on Tuesday; several soldiers were treated for breathing difficulties.",
            "Chemical weapon",
        ),
        (
            "The activist was leaving his office in Bamako on Friday when men in plain clothes "
            "forced him into a car, his colleagues said.",
            "Abduction/forced disappearance",
        ),
    ],
)  # fmt: skip
def test_bases_opened_irritant_gas_and_people_forced_into_cars(
    pipeline: Pipeline, text: str, sub: str
) -> None:
    assert main_event(pipeline, text).sub_event_type == sub


def test_a_new_post_office_is_no_base(pipeline: Pipeline) -> None:
    assert not pipeline(
        "The postal service opened a new post office in Gao on Monday.", published=PAGE
    ).events
