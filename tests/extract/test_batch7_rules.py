"""Rules from the seventh notes batch's dev half (session 5): towns taken back, bases opened by
a state named as a country, prisoner exchanges and marches whose sentence ends in a background
aside, looting by breaking into shops, chemical grenades, projectiles, hostages held at
gunpoint, remains found, mobs, campaign rallies and running tolls since an election.

Each rule is paired with a text where it must not fire. The texts were written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from sitrep.models import Event
from sitrep.pipeline import Pipeline

MainEvent = Callable[..., Event]  # the fixture in conftest.py

PUBLISHED = "2023-05-10"


def test_troops_took_back_a_town(main_event: MainEvent) -> None:
    e = main_event(
        "Mozambican troops on Sunday took back the town of Macomia, held by insurgents for a "
        "month, the army said.",
    )
    assert e.sub_event_type == "Government regains territory"


def test_a_state_named_as_a_country_opened_a_base(main_event: MainEvent) -> None:
    e = main_event(
        "Turkey opened its largest overseas military base in Mogadishu on Saturday, officials "
        "said.",
    )
    assert e.sub_event_type == "Headquarters or base established"
    assert e.actor1 is not None and e.actor1.name.endswith("of Turkey")
    assert e.actor1.inter == 8


def test_a_mission_in_a_country_is_not_that_country(main_event: MainEvent) -> None:
    e = main_event(
        "On 20 February 2023, the European Union Mission in Armenia set up its headquarters in "
        "Yeghegnadzor.",
    )
    assert e.actor1 is None or not e.actor1.name.endswith("of Armenia")


def test_an_event_with_a_background_aside_is_still_an_event(main_event: MainEvent) -> None:
    e = main_event(
        "On 14 April 2023, the government and the Houthis began a prisoner exchange involving "
        "900 detainees, the largest since the start of the war.",
    )
    assert e.sub_event_type == "Agreement"


def test_background_in_the_event_s_own_clause_is_background(pipeline: Pipeline) -> None:
    report = pipeline(
        "The government and the Houthis have held prisoners since the start of the war.",
        published=PUBLISHED,
    )
    assert not report.events


def test_breaking_into_shops_and_carrying_off_goods_is_looting(main_event: MainEvent) -> None:
    e = main_event(
        "Residents accused police of breaking into homes and shops in Wanindara on Thursday and "
        "carrying off goods.",
    )
    assert e.sub_event_type == "Looting/property destruction"


def test_grenades_filled_with_a_tear_gas_agent(main_event: MainEvent) -> None:
    e = main_event(
        "On Saturday, Russian drones dropped grenades filled with a tear-gas agent on Ukrainian "
        "positions near Kupiansk, a commander said.",
    )
    assert e.sub_event_type == "Chemical weapon"


def test_a_projectile_fired_across_the_border(main_event: MainEvent) -> None:
    e = main_event(
        "A projectile fired from Yemen hit a house in Jazan on Thursday night, killing a man, "
        "the civil defence said.",
    )
    assert e.sub_event_type == "Shelling/artillery/missile attack"


def test_staff_held_hostage_at_gunpoint(main_event: MainEvent) -> None:
    e = main_event(
        "Hooded gunmen burst into a television studio in Guayaquil on Tuesday, holding presenters "
        "and staff hostage at gunpoint for 15 minutes.",
    )
    assert e.sub_event_type == "Abduction/forced disappearance"


def test_skeletal_remains_found(main_event: MainEvent) -> None:
    e = main_event(
        "Human skeletal remains were found on Thursday by workers laying a pipeline near "
        "Mullaitivu, police said.",
    )
    assert e.sub_event_type == "Other"


def test_a_man_stabbed_by_a_group_of_young_men(main_event: MainEvent) -> None:
    e = main_event(
        "A street vendor was stabbed to death by a group of young men in Alexandra township on "
        "Saturday, police said.",
    )
    assert e.sub_event_type == "Mob violence"


def test_a_man_stabbed_by_gunmen_is_an_attack(main_event: MainEvent) -> None:
    e = main_event(
        "A street vendor was shot dead by two gunmen in Alexandra township on Saturday, police "
        "said.",
    )
    assert e.sub_event_type == "Attack"


def test_an_arrest_at_a_campaign_rally_is_an_arrest(main_event: MainEvent) -> None:
    e = main_event(
        "Police arrested opposition candidate Bobi Wine on Wednesday as he arrived to address a "
        "campaign rally in Luuka district.",
    )
    assert e.sub_event_type == "Arrests"


def test_a_toll_since_the_election_is_another_event(main_event: MainEvent) -> None:
    e = main_event(
        "Police broke into shops in Wanindara on Thursday and carried off goods, residents said. "
        "The opposition says 27 of its supporters have been killed since the 18 October vote.",
    )
    assert e.sub_event_type == "Looting/property destruction"
    assert e.fatalities is None or e.fatalities.best == 0


def test_fighters_drove_into_a_city_without_a_shot(main_event: MainEvent) -> None:
    e = main_event(
        "Taliban fighters drove into Jalalabad on Sunday morning without firing a shot after "
        "the governor agreed to hand over the city, residents said.",
    )
    assert e.sub_event_type == "Non-violent transfer of territory"


def test_both_attackers_killed_is_two(main_event: MainEvent) -> None:
    e = main_event(
        "Two people on a motorbike blew themselves up at the gate of a church in Makassar on "
        "Sunday, wounding 20 people, police said. Both attackers were killed.",
    )
    assert e.fatalities is not None and e.fatalities.best == 2


def test_a_newer_toll_in_the_same_sentence_replaces_the_first(main_event: MainEvent) -> None:
    e = main_event(
        "Tribesmen were ambushed near Wabag on Sunday by a rival clan. Police said on Monday "
        "morning that 26 bodies had been found; by the evening the toll had risen to 64.",
    )
    assert e.fatalities is not None and e.fatalities.best == 64


def test_the_day_between_the_attack_and_the_rise_of_its_toll(main_event: MainEvent) -> None:
    e = main_event(
        "The death toll from a rocket attack on the centre of Belgorod on Saturday rose to 24 "
        "on Monday, in the deadliest attack on the city since the war began, officials said.",
    )
    assert str(e.date) == "2023-05-06"
    assert e.fatalities is not None and e.fatalities.best == 24


def test_the_pair_who_belonged_to_a_group(main_event: MainEvent) -> None:
    e = main_event(
        "Two people on a motorbike blew themselves up at a church in Makassar on Sunday. Police "
        "said the pair, a married couple, belonged to Jamaah Ansharut Daulah.",
    )
    assert e.actor1 is not None and e.actor1.name == "Jamaah Ansharut Daulah"


def test_assailants_and_a_named_group_are_one_side(main_event: MainEvent) -> None:
    e = main_event(
        "On Saturday night, Boko Haram fighters attacked an army position near Bol. The army "
        "said on Sunday that 17 assailants were killed and four soldiers lost their lives.",
    )
    assert e.fatalities is not None and e.fatalities.best == 21


def test_unnamed_insurgents_blamed_are_rebels(main_event: MainEvent) -> None:
    e = main_event(
        "A roadside bomb ripped through a ranger patrol in Rueso on Thursday, killing two "
        "rangers, police said, blaming separatist insurgents.",
    )
    assert e.actor1 is not None and e.actor1.inter == 2


def test_attackers_believed_to_belong_to_a_group_fought_the_army(main_event: MainEvent) -> None:
    e = main_event(
        "Soldiers repelled an attack on a military post north of Tanguieta on Saturday night. "
        "The attackers, who arrived on motorbikes, are believed to belong to JNIM.",
    )
    names = {a.name for a in (e.actor1, e.actor2) if a is not None}
    assert "JNIM" in names


def test_missiles_a_state_launched_and_were_shot_down(main_event: MainEvent) -> None:
    e = main_event(
        "On 29 May 2023, Ukrainian air defences shot down all 11 missiles Russia launched at "
        "Kyiv; no deaths were reported.",
    )
    assert e.sub_event_type == "Disrupted weapons use"
    assert e.actor2 is not None and e.actor2.name.endswith("of Russia")


def test_a_country_s_border_service_and_the_guards_who_withdrew(main_event: MainEvent) -> None:
    e = main_event(
        "On 24 May 2024, Azerbaijan's State Border Service took control of four villages in "
        "Gazakh district after Armenian border guards withdrew from them. No incidents were "
        "reported.",
    )
    assert e.actor1 is not None and e.actor1.name.endswith("of Azerbaijan")
    assert e.actor2 is not None and e.actor2.name.endswith("of Armenia")


def test_south_sudan_s_army_is_not_sudan_s(main_event: MainEvent) -> None:
    e = main_event(
        "Fighting between South Sudan's army and SPLA-IO forces near Malakal killed 11 soldiers "
        "on Monday, an army spokesman said.",
    )
    names = {a.name for a in (e.actor1, e.actor2) if a is not None}
    assert "Military Forces of Sudan" not in names


def test_survivors_of_rape_are_civilians_whatever_the_pretext(main_event: MainEvent) -> None:
    e = main_event(
        "On 9 September 2017, members of the Imbonerakure raped two women in Rugombo, Cibitoke, "
        "after accusing their husbands of supporting the opposition FNL.",
    )
    assert e.sub_event_type == "Sexual violence"
    assert e.actor2 is not None and e.actor2.inter == 7


def test_a_grave_s_discovery_has_no_second_actor(main_event: MainEvent) -> None:
    e = main_event(
        "The UN said on 11 June it was horrified by the discovery of at least eight mass graves "
        "in Tarhuna, a town retaken by government forces on 5 June.",
    )
    assert e.sub_event_type == "Other"
    assert e.actor2 is None


def test_fighters_looting_with_residents_as_sources_is_looting(main_event: MainEvent) -> None:
    e = main_event(
        "On 19 December 2023, RSF fighters looted markets, shops and homes across Wad Medani, "
        "according to residents and local committees.",
    )
    assert e.sub_event_type == "Looting/property destruction"
    assert e.actor1 is not None and e.actor1.name == "Rapid Support Forces"


def test_residents_looting_shops_riot(main_event: MainEvent) -> None:
    e = main_event(
        "On 19 December 2023, angry residents looted shops in Wad Medani after a price rise.",
    )
    assert e.event_type == "Riots"


def test_protesters_setting_a_building_on_fire_riot(main_event: MainEvent) -> None:
    e = main_event(
        "Protesters seized the main government building in Bishkek late on Monday, setting parts "
        "of it on fire, after police failed to disperse them with tear gas.",
    )
    assert e.sub_event_type == "Violent demonstration"


def test_a_town_retaken_from_unnamed_insurgents(main_event: MainEvent) -> None:
    e = main_event(
        "Mozambican troops recaptured the port town of Mocimboa da Praia from Islamist "
        "insurgents on Sunday, the army said.",
    )
    assert e.sub_event_type == "Government regains territory"
    inters = sorted(a.inter for a in (e.actor1, e.actor2) if a is not None)
    assert inters == [1, 2]


def test_a_named_group_is_not_doubled_by_unnamed_rebels(main_event: MainEvent) -> None:
    e = main_event(
        "M23 rebels seized the town of Bunagana on Monday after heavy fighting, residents said.",
    )
    names = [a.name for a in (e.actor1, e.actor2) if a is not None]
    assert "Rebel groups" not in names
