"""Actors ACLED codes without the text naming them (:mod:`sitrep.extract.roles`): the state
behind air power, interceptions, arrests and crowd control; the state that loses territory; the
parties of an agreement; victims who are soldiers or peacekeepers.

Each rule is paired with a text where it must not fire. The texts were written for these tests.
"""

from __future__ import annotations

from sitrep.models import ActorRef, Event
from sitrep.pipeline import Pipeline

PUBLISHED = "2023-05-10"


def main_event(pipeline: Pipeline, text: str) -> Event:
    found = pipeline(text, published=PUBLISHED).events
    assert found, text
    return found[0]


def pair(e: Event) -> tuple[int | None, int | None]:
    def inter(a: ActorRef | None) -> int | None:
        return a.inter if a is not None else None

    return inter(e.actor1), inter(e.actor2)


def test_air_delivered_chemical_attack_is_the_states(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "A helicopter dropped chlorine on a hospital in Idlib on Monday, killing two people.",
    )
    assert e.sub_event_type == "Chemical weapon"
    assert pair(e) == (1, 7)
    assert e.actor1 is not None and e.actor1.name.endswith("of Syria")


def test_ground_chemical_attack_is_not_assumed_to_be_the_states(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline, "Mortar rounds containing chlorine hit a market in Idlib on Monday, killing two."
    )
    assert e.sub_event_type == "Chemical weapon"
    assert e.actor1 is None or e.actor1.inter != 1


def test_the_regime_is_the_states_forces(pipeline: Pipeline) -> None:
    e = main_event(pipeline, "A regime air strike hit Aleppo on Monday, killing four civilians.")
    assert pair(e) == (1, 7)


def test_tear_gas_implies_the_police(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "Students marching on parliament in Jakarta on Tuesday were pushed back with tear gas "
        "and water cannon.",
    )
    assert e.sub_event_type == "Protest with intervention"
    assert pair(e) == (6, 1)
    assert e.actor2 is not None and e.actor2.name == "Police Forces of Indonesia"
    ev = next(x for x in e.evidence if x.field == "actor2")
    assert ev.text.lower() == "tear gas"  # the implied actor points at the words that imply it


def test_interception_is_the_states_act(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline, "Air defences intercepted two rockets fired towards Tel Aviv on Wednesday."
    )
    assert e.sub_event_type == "Disrupted weapons use"
    assert e.actor1 is not None and e.actor1.inter == 1
    assert e.actor2 is None or e.actor2.inter != 1  # not the state twice


def test_arrests_without_a_named_force_are_the_polices(pipeline: Pipeline) -> None:
    e = main_event(pipeline, "Five suspected members of a gang were arrested in Medan on Sunday.")
    assert e.sub_event_type == "Arrests"
    assert e.actor1 is not None and e.actor1.name == "Police Forces of Indonesia"


def test_overtaken_territory_was_the_states(pipeline: Pipeline) -> None:
    e = main_event(pipeline, "Al-Shabaab fighters captured the town of Mahas on Sunday.")
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert pair(e) == (2, 1)


def test_agreement_between_government_and_armed_groups(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "On 6 May 2023, the government and 14 armed groups signed a peace agreement in Bangui.",
    )
    assert e.sub_event_type == "Agreement"
    assert sorted(pair(e), key=str) == [1, 2]


def test_agreement_between_rival_gangs_has_two_gang_sides(pipeline: Pipeline) -> None:
    e = main_event(pipeline, "Rival gangs in Buenaventura agreed to a truce on Sunday.")
    assert e.sub_event_type == "Agreement"
    assert pair(e) == (3, 3)


def test_one_unidentified_group_is_not_both_sides(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "Three people were killed when unidentified attackers threw grenades into a bar in "
        "Bujumbura on Tuesday night.",
    )
    assert e.sub_event_type == "Grenade"
    assert pair(e) == (3, 7)


def test_a_soldier_killed_by_a_mine_is_the_victim(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "A soldier was killed on Sunday after stepping on a landmine near Tumaco. "
        "Commanders blamed FARC dissidents for planting the device.",
    )
    assert e.actor1 is not None and e.actor1.name == "FARC dissidents"
    assert e.actor2 is not None and e.actor2.inter == 1


def test_a_us_drone_strike_abroad_is_external_forces(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline, "A US drone strike hit a car in Kabul on Sunday, killing 10 civilians."
    )
    assert e.actor1 is not None and (e.actor1.name, e.actor1.inter) == (
        "Military Forces of United States",
        8,
    )


def test_us_the_pronoun_is_no_country(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline, "They told us troops shelled Kherson on Sunday, killing two civilians."
    )
    assert e.actor1 is None or "United States" not in e.actor1.name


def test_mostly_civilian_dead_make_civilians_the_target(pipeline: Pipeline) -> None:
    text = (
        "Military air strikes on a concert held by the Kachin Independence Army near Hpakant "
        "on Sunday killed at least 60 people, {} a local group said."
    )
    mostly = main_event(pipeline, text.format("mostly civilians,"))
    fighters = main_event(pipeline, text.format(""))
    assert mostly.actor2 is not None and mostly.actor2.inter == 7
    assert fighters.actor2 is not None and fighters.actor2.inter == 2


def test_a_group_blamed_is_the_perpetrator_not_also_the_victim(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "Three women were raped by armed men near Bria on Tuesday, a spokesman said, blaming "
        "fighters of the FPRC.",
    )
    assert pair(e) == (2, 7)


def test_a_group_that_says_its_members_did_it_claims_the_attack(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "Two explosions tore through crowds in Kerman on Wednesday, killing 84 people. The "
        "Islamic State group said two of its members had detonated explosive belts.",
    )
    assert e.actor1 is not None and e.actor1.name == "Islamic State"


def test_a_mass_grave_is_announced_by_the_authorities(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline, "A commission began exhuming six mass graves in Karusi province on Tuesday."
    )
    assert e.sub_event_type == "Other"
    assert e.actor1 is not None and e.actor1.inter == 1


def test_military_uniforms_are_no_military(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline, "Gunmen in military uniforms kidnapped 18 workers in Baghdad on Wednesday."
    )
    assert e.sub_event_type == "Abduction/forced disappearance"
    assert pair(e) == (3, 7)


def test_a_group_that_says_it_fired_intercepted_rockets_is_actor2(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "Iron Dome intercepted rockets fired towards Sderot on Sunday. Hamas's armed wing said "
        "it had fired the rockets.",
    )
    assert e.sub_event_type == "Disrupted weapons use"
    assert pair(e) == (1, 2)


def test_an_army_vehicle_hit_by_a_bomb_is_the_target_of_the_blamed_group(
    pipeline: Pipeline,
) -> None:
    e = main_event(
        pipeline,
        "An army truck hit an explosive device near Banikoara on Tuesday, killing two soldiers. "
        "Security sources blamed JNIM.",
    )
    assert e.actor1 is not None and e.actor1.name == "JNIM"
    assert e.actor2 is not None and e.actor2.inter == 1


def test_air_defences_and_marines_are_state_forces(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline, "Russian air defences shot down six Ukrainian drones over Klintsy on Tuesday."
    )
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Russia"
    clash = main_event(
        pipeline, "Ukrainian marines clashed with Russian troops around Krynky on Friday."
    )
    assert clash.actor1 is not None and clash.actor1.name == "Military Forces of Ukraine"


def test_civilian_dead_make_civilians_the_target_even_beside_a_named_group(
    pipeline: Pipeline,
) -> None:
    e = main_event(
        pipeline,
        "Israeli artillery pounded Kfar Kila on Tuesday, killing an elderly woman. Hezbollah "
        "said it had fired rockets at an Israeli position earlier in the day.",
    )
    assert e.actor2 is not None and e.actor2.inter == 7


def test_a_spokesman_for_a_province_is_a_source_not_an_actor(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "Two bombs exploded on minibuses in Mazar-i-Sharif on Thursday, killing nine people, a "
        "Taliban spokesman for Balkh province said.",
    )
    assert e.actor2 is None or e.actor2.name != "Taliban"
