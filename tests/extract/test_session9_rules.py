"""Rules of session 9: blame as a main verb ("authorities suspected X"), blame of a group's
unit named in apposition, "'terrorists' of X", foreign forces named by a demonym (external,
inter 8, even when their country is named more often than the place), and a situation report's
section label.

Each rule is paired with a text where it must not fire where that is a risk. The texts were
written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.models import Event

MainEvent = Callable[..., Event]  # the fixture in conftest.py


def _pair(e: Event) -> tuple[int | None, int | None]:
    return (e.actor1.inter if e.actor1 else None, e.actor2.inter if e.actor2 else None)


def test_authorities_suspected_names_the_doer(main_event: MainEvent) -> None:
    e = main_event(
        "A roadside bomb wounded four soldiers on a road in Bannu district on Tuesday. "
        "Police suspect TTP militants.",
        published="2023-05-04",
    )
    assert e.actor1 is not None and e.actor1.inter == 2


def test_a_suspect_arrested_is_not_blame(main_event: MainEvent) -> None:
    e = main_event(
        "A roadside bomb wounded four soldiers on a road in Bannu district on Tuesday. "
        "Police arrested a suspect on Wednesday.",
        published="2023-05-04",
    )
    assert e.actor1 is None or e.actor1.inter != 2


def test_blamed_terrorists_of_a_group(main_event: MainEvent) -> None:
    e = main_event(
        "A grenade thrown into a police post in Mandalay on Friday wounded three officers, "
        "state television said, blaming 'terrorists' of the People's Defence Force.",
        published="2022-03-06",
    )
    assert e.sub_event_type == "Grenade"
    assert _pair(e) == (2, 1)


def test_blamed_unit_named_in_apposition(main_event: MainEvent) -> None:
    e = main_event(
        "A SOLDIER WAS KILLED ON MONDAY WHEN A MINE EXPLODED UNDER HIS PATROL IN SUAREZ, CAUCA. "
        "THE ARMY BLAMED THE CARLOS PATINO FRONT, A FARC DISSIDENT GROUP.",
        published="2024-06-12",
    )
    assert _pair(e) == (2, 1)


def test_foreign_forces_are_external_though_their_country_is_named_twice(
    main_event: MainEvent,
) -> None:
    e = main_event(
        "Russian forces shelled Marhanets overnight, killing two men, the Dnipropetrovsk "
        "governor said. The town lies across the reservoir from the Russian-held plant.",
        published="2023-08-14",
    )
    assert e.actor1 is not None and e.actor1.inter == 8


def test_own_forces_stay_state_forces(main_event: MainEvent) -> None:
    e = main_event(
        "Ukrainian forces shelled Russian positions near Kherson overnight, the Ukrainian "
        "military said.",
        published="2023-08-14",
    )
    assert e.actor1 is not None and e.actor1.inter == 1


def test_a_section_label_gives_the_country_and_yields_the_place(main_event: MainEvent) -> None:
    e = main_event(
        "Tigray: Partners report that on 3 December Eritrean soldiers looted shops and the "
        "hospital in Adigrat.",
        published="2020-12-10",
    )
    assert e.actor1 is not None and e.actor1.inter == 8
    assert e.location is not None and e.location.name == "Adigrat"


def test_a_demonym_before_a_weapons_kind_names_its_state(main_event: MainEvent) -> None:
    e = main_event(
        "On 4 May 2024, a Russian Shahed-type drone hit a warehouse in Odesa city, killing "
        "two workers.",
        published="2024-05-06",
    )
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Russia"
    assert e.actor1.inter == 8


def test_a_groups_name_spelt_like_a_hamlet_abroad_is_no_place(main_event: MainEvent) -> None:
    e = main_event(
        "A police vehicle struck an IED near Garissa on Monday, killing two officers; "
        "authorities attributed the device to Al-Shabaab.",
        published="2022-01-05",
    )
    assert e.location is not None and e.location.country == "KE"
    assert e.actor1 is not None and e.actor1.name == "al-Shabaab"


def test_police_speaking_from_a_named_city_are_a_source_not_a_target(
    main_event: MainEvent,
) -> None:
    e = main_event(
        "Unknown assailants threw a grenade into a bar in Bukavu late on Saturday, wounding "
        "six people, police in the South Kivu capital said.",
        published="2014-03-03",
    )
    assert e.actor2 is not None and e.actor2.inter == 7


def _dead(e: Event) -> int | None:
    return e.fatalities.best if e.fatalities else None


def test_the_bomber_also_died_after_a_toll_with_one_more_victim(main_event: MainEvent) -> None:
    e = main_event(
        "A suicide bomber rammed a car into a checkpoint on Monday, killing two soldiers and a "
        "tea seller. The bomber also died.",
    )
    assert _dead(e) == 4


def test_and_the_driver_adds_one(main_event: MainEvent) -> None:
    e = main_event("Rebels ambushed a truck on Monday, killing 12 soldiers and the driver.")
    assert _dead(e) == 13


def test_their_leader_who_was_shot_dead_is_one_death(main_event: MainEvent) -> None:
    e = main_event(
        "Villagers gathered on Tuesday to bury their leader, who was shot dead by two gunmen "
        "on Monday night.",
    )
    assert _dead(e) == 1


def test_beat_to_death_and_set_ablaze_a_man_is_one_death(main_event: MainEvent) -> None:
    e = main_event(
        "A mob beat to death and set ablaze a young man accused of theft in Onitsha on Sunday.",
    )
    assert _dead(e) == 1


def test_an_earlier_weekend_toll_does_not_replace_the_events_own(main_event: MainEvent) -> None:
    e = main_event(
        "Two men were shot dead on Wednesday when police opened fire on youths protesting in "
        "Gusau. Residents say more than 30 people were killed in the weekend attack on a nearby "
        "village.",
        published="2018-04-12",
    )
    assert _dead(e) == 2 and str(e.date) == "2018-04-11"


def test_a_headline_protest_does_not_hide_the_ledes_shooting(main_event: MainEvent) -> None:
    e = main_event(
        "One dead as police fire on fuel protest\n"
        "LAGOS, May 3 - One man was killed in Ibadan on Friday when police fired on residents "
        "protesting against fuel prices, a hospital source said.",
        published="2019-05-03",
    )
    assert e.sub_event_type == "Excessive force against protesters"
    assert _pair(e) == (1, 6)


def test_detained_after_protests_is_an_arrest(main_event: MainEvent) -> None:
    e = main_event(
        "On 2 March, security forces detained at least 15 residents of Osh, including two "
        "journalists, following protests in the city centre.",
        published="2021-03-05",
    )
    assert e.sub_event_type == "Arrests"


def test_detained_while_marching_is_a_protest_with_intervention(main_event: MainEvent) -> None:
    e = main_event("Police detained 200 people as they tried to march in Minsk on Sunday.")
    assert e.sub_event_type == "Protest with intervention"


def test_protesters_ramming_a_gate_riot(main_event: MainEvent) -> None:
    e = main_event(
        "Protesters rammed the gate of the parliament with a truck on Wednesday, witnesses said.",
    )
    assert e.sub_event_type == "Violent demonstration"


def test_rival_groups_of_youths_clashing_are_mob_violence(main_event: MainEvent) -> None:
    e = main_event(
        "Two people were killed in Bouake on Monday when rival groups of youths armed with "
        "machetes clashed near the bus station, the prefect said.",
    )
    assert e.sub_event_type == "Mob violence" and _pair(e) == (5, 5)


def test_soldiers_against_youths_with_machetes_stay_a_clash(main_event: MainEvent) -> None:
    e = main_event("Soldiers clashed with youths armed with machetes in Bamenda on Monday.")
    assert e.sub_event_type != "Mob violence"


def test_the_police_response_to_a_riot_is_the_riots_toll(main_event: MainEvent) -> None:
    e = main_event(
        "Protesters in Kumba burned tyres and pelted police with stones on Monday, witnesses "
        "said. Police fired tear gas and live rounds, killing at least two people, according "
        "to residents.",
    )
    assert e.sub_event_type == "Violent demonstration" and _dead(e) == 2


def test_a_base_named_by_its_unit_is_established(main_event: MainEvent) -> None:
    e = main_event(
        "On 2 June, the army established a new Rapid Intervention Battalion base in Kolofata, "
        "local officials said.",
        published="2023-06-05",
    )
    assert e.sub_event_type == "Headquarters or base established"


def test_fighters_who_handed_themselves_over_change_their_activity(main_event: MainEvent) -> None:
    e = main_event(
        "Twenty Boko Haram fighters handed themselves over to troops in Bama on Friday, the "
        "army said.",
    )
    assert e.sub_event_type == "Change to group/activity"
    assert e.actor1 is not None and e.actor1.inter == 2


def test_representatives_who_agreed_to_reopen_a_road_made_an_agreement(
    main_event: MainEvent,
) -> None:
    e = main_event(
        "On 3 July, government and Houthi representatives agreed to reopen the road between "
        "Taiz and Al-Hawban, the UN said.",
        published="2023-07-05",
    )
    assert e.sub_event_type == "Agreement"


def test_he_agreed_to_talk_is_no_agreement() -> None:
    import sitrep

    report = sitrep.process(
        "The governor agreed to meet the families on Monday.", published="2023-07-05"
    )
    assert all(e.sub_event_type != "Agreement" for e in report.events)


def test_exhuming_bodies_at_a_cemetery_is_other(main_event: MainEvent) -> None:
    e = main_event(
        "On 9 May 2020, forensic teams began exhuming bodies at the municipal cemetery in "
        "Dabeiba, where victims of executions are believed to have been buried.",
        published="2020-05-12",
    )
    assert e.sub_event_type == "Other"


def test_armed_men_took_them_from_a_street_corner(main_event: MainEvent) -> None:
    e = main_event("Armed men took three young men from a street corner in Reynosa on Sunday.")
    assert e.sub_event_type == "Abduction/forced disappearance"


def test_police_officers_took_him_from_his_home_is_an_arrest(main_event: MainEvent) -> None:
    e = main_event("Police officers took him from his home in Addis Ababa on Thursday morning.")
    assert e.sub_event_type == "Arrests"


def test_picked_up_activists_is_an_abduction_not_picked_up_bodies(main_event: MainEvent) -> None:
    e = main_event(
        "Men in plain clothes picked up six opposition activists in Dhaka on 4 December; their "
        "whereabouts remain unknown.",
        published="2013-12-10",
    )
    assert e.sub_event_type == "Abduction/forced disappearance"
    import sitrep

    report = sitrep.process(
        "Rescuers picked up bodies from the river in Dhaka on 4 December.", published="2013-12-10"
    )
    assert all(e.sub_event_type != "Abduction/forced disappearance" for e in report.events)


def test_non_state_armed_group_fighters_are_the_rebel_side(main_event: MainEvent) -> None:
    e = main_event(
        "On 3 March, non-state armed group fighters abducted nine women from villages outside "
        "Macomia.",
        published="2021-03-08",
    )
    assert e.actor1 is not None and e.actor1.inter == 2


def test_an_armed_group_alone_stays_unidentified(main_event: MainEvent) -> None:
    e = main_event("An armed group abducted nine women from villages outside Macomia on Monday.")
    assert e.actor1 is not None and e.actor1.inter == 3


def test_rival_armed_groups_are_both_sides(main_event: MainEvent) -> None:
    e = main_event("Clashes between rival armed groups in Zawiya killed four people on Sunday.")
    assert e.sub_event_type == "Armed clash" and _pair(e) == (3, 3)


def test_blaming_forces_loyal_to_a_commander(main_event: MainEvent) -> None:
    e = main_event(
        "Rockets hit a residential area of Tripoli on Monday, killing two children, the "
        "government said, blaming forces loyal to eastern commander Khalifa Haftar.",
    )
    assert e.actor1 is not None and e.actor1.name == "Libyan National Army"


def test_attackers_believed_to_be_members_of_a_group_in_apposition(
    main_event: MainEvent,
) -> None:
    e = main_event(
        "Four soldiers were killed on Tuesday when gunmen attacked an army post near Kandi. "
        "The attackers, believed to be members of the al Qaeda-linked JNIM, fled north.",
    )
    assert e.actor1 is not None and e.actor1.inter == 2


def test_where_the_displaced_arrived_is_not_where_it_happened(main_event: MainEvent) -> None:
    e = main_event(
        "Displaced families arriving in Pemba said that on 2 May gunmen burned houses in "
        "villages outside Macomia.",
        published="2021-05-06",
    )
    assert e.location is not None and e.location.name != "Pemba"


def test_a_march_as_nationwide_protests_began_is_this_march(main_event: MainEvent) -> None:
    e = main_event(
        "Nigerians march against hardship as protests begin\n"
        "LAGOS, Aug 2 - Hundreds of young people marched peacefully through Ibadan on Thursday, "
        "as nationwide protests began.",
        published="2024-08-02",
    )
    assert str(e.date) == "2024-08-01"
    assert e.location is not None and e.location.name == "Ibadan"


def test_the_mission_refers_back_to_a_foreign_force(main_event: MainEvent) -> None:
    e = main_event(
        "On 2 August 2021, the first troops of the SADC Mission in Mozambique arrived in Pemba, "
        "where the mission established its headquarters.",
        published="2021-08-04",
    )
    assert e.sub_event_type == "Headquarters or base established"
    assert e.actor1 is not None and e.actor1.name == "SADC Mission"


def test_arrests_a_day_after_deadly_protests_are_arrests(main_event: MainEvent) -> None:
    e = main_event(
        "Police arrested at least 80 young men in house-to-house searches in Conakry on "
        "Friday, a day after deadly protests against the junta.",
    )
    assert e.sub_event_type == "Arrests" and _pair(e) == (1, 7)


def test_detaining_over_300_protesters_is_a_protest_with_intervention(
    main_event: MainEvent,
) -> None:
    e = main_event("Police detained over 300 protesters in central Moscow on Sunday.")
    assert e.sub_event_type == "Protest with intervention"


def test_setting_fire_to_houses_a_day_after_is_looting_on_that_day(
    main_event: MainEvent,
) -> None:
    e = main_event(
        "The main street of Burin still smelled of smoke on Monday morning, a day after "
        "hundreds of settlers rampaged through the village, setting fire to houses and cars.",
        published="2023-02-27",
    )
    assert e.sub_event_type == "Looting/property destruction"
    assert str(e.date) == "2023-02-26"


def test_the_toll_of_an_event_hours_before_is_not_this_ones(main_event: MainEvent) -> None:
    e = main_event(
        "Settlers set fire to dozens of houses in Huwara, witnesses said. The attack began on "
        "Sunday evening, hours after a gunman shot dead two brothers at a junction.",
        published="2023-02-27",
    )
    assert e.sub_event_type == "Looting/property destruction"
    assert not (e.fatalities and e.fatalities.best)


def test_a_death_in_a_nearby_village_is_another_events(main_event: MainEvent) -> None:
    e = main_event(
        "Settlers set fire to houses in Huwara on Sunday. In the nearby village of Zaatara, "
        "a man was shot dead during the night.",
        published="2023-02-27",
    )
    assert e.sub_event_type == "Looting/property destruction"
    assert not (e.fatalities and e.fatalities.best)


def test_officials_put_the_toll_at_gives_the_events_toll(main_event: MainEvent) -> None:
    e = main_event(
        "Separatist fighters stormed the village of Egbekaw late on Monday, residents said. "
        "Local officials put the toll at 20 dead, among them women and children.",
        published="2023-11-08",
    )
    assert _dead(e) == 20


def test_a_later_estimate_does_not_replace_the_lower_count(main_event: MainEvent) -> None:
    e = main_event(
        "On 20 April 2023, soldiers killed at least 60 civilians in Karma village near "
        "Ouahigouya. A local association later put the toll at 136.",
        published="2023-04-30",
    )
    assert _dead(e) == 60


def test_bodies_recovered_the_next_day_count_the_fight(main_event: MainEvent) -> None:
    e = main_event(
        "ELN guerrillas and FARC dissidents fought in rural Fortul on Sunday, residents said. "
        "By Monday evening the ombudsman's office said nine bodies had been recovered in the "
        "area.",
        published="2022-01-04",
    )
    assert e.sub_event_type == "Armed clash" and _dead(e) == 9
    assert str(e.date) == "2022-01-02"


def test_an_office_named_by_its_seat_is_no_event_place(main_event: MainEvent) -> None:
    e = main_event(
        "On 2 January 2022, ELN fighters clashed with FARC dissidents in rural Tame. At least "
        "23 people were killed, according to the Arauca ombudsman's office.",
        published="2022-01-05",
    )
    assert _dead(e) == 23


def test_patients_who_presented_are_not_the_dead(main_event: MainEvent) -> None:
    e = main_event(
        "Residents of Saraqeb said a chemical attack hit the town on Sunday. About 300 patients "
        "presented to clinics with breathing problems, and 11 people died.",
    )
    assert _dead(e) == 11


def test_assailants_neutralised_count_with_the_soldiers(main_event: MainEvent) -> None:
    e = main_event(
        "On 7 August 2022, Islamic State militants attacked army positions in Tessit. "
        "According to the government, 12 soldiers were killed and 20 wounded, while 17 "
        "assailants were 'neutralised'.",
        published="2022-08-10",
    )
    assert _dead(e) == 29


def test_a_named_victim_in_apposition_is_one_death(main_event: MainEvent) -> None:
    e = main_event(
        "Residents said a street vendor, Emmanuel Sithole, was stabbed to death by a group of "
        "young men in Alexandra on Saturday.",
    )
    assert _dead(e) == 1


def test_the_driver_identified_by_name_also_died(main_event: MainEvent) -> None:
    e = main_event(
        "A car packed with explosives rammed into a police academy in Bogota on Thursday, "
        "killing 20 people. The driver, identified as a local man, also died.",
    )
    assert _dead(e) == 21


def test_a_town_an_armed_group_takes_was_the_states(main_event: MainEvent) -> None:
    e = main_event(
        "Taliban fighters drove into Jalalabad on Sunday morning without firing a shot, "
        "residents said.",
        published="2021-08-16",
    )
    assert e.sub_event_type in (
        "Non-violent transfer of territory",
        "Non-state actor overtakes territory",
    )
    assert _pair(e) == (2, 1)


def test_a_rebel_held_town_retaken_was_the_rebels(main_event: MainEvent) -> None:
    e = main_event(
        "Government forces retook the town of Maarat al-Numan in Idlib province on Tuesday, "
        "capturing one of the largest rebel-held towns on the M5 highway.",
        published="2020-01-29",
    )
    assert e.sub_event_type == "Government regains territory"
    assert _pair(e) == (1, 2)


def test_unnamed_militants_fighting_troops_are_the_rebel_side(main_event: MainEvent) -> None:
    e = main_event(
        "Troops and militants exchanged fire during a raid near Miran Shah on Saturday, leaving "
        "four soldiers and six militants dead, the military said.",
    )
    assert e.sub_event_type == "Armed clash" and _pair(e) == (1, 2)


def test_hunters_of_a_militia_are_that_militia(main_event: MainEvent) -> None:
    e = main_event(
        "On 23 March 2019, Dozo hunters of the Dan Na Ambassagou militia attacked a Fulani "
        "village near Bankass at dawn, killing at least 150 civilians.",
        published="2019-03-25",
    )
    assert e.sub_event_type == "Attack" and _pair(e) == (4, 7)


def test_a_demonyms_forces_pick_the_curated_town_over_a_big_namesake(
    main_event: MainEvent,
) -> None:
    e = main_event(
        "Mozambican troops retook control of the northern town of Palma on Sunday, days after "
        "Islamist insurgents overran it, a military spokesman said.",
        published="2021-04-05",
    )
    assert e.location is not None and e.location.country == "MZ"
    assert e.actor1 is not None and e.actor1.inter == 1


def test_the_other_sides_combatants_told_apart_are_added(main_event: MainEvent) -> None:
    e = main_event(
        "The army said on Monday it had killed more than 200 rebels in fighting near Nokou on "
        "Saturday. Four soldiers were killed and 20 wounded, a spokesman said.",
        published="2021-04-19",
    )
    assert _dead(e) == 204


def test_the_same_sides_dead_told_twice_are_not_added(main_event: MainEvent) -> None:
    e = main_event(
        "Militants attacked an army post near Kandi on Saturday, killing six soldiers. The six "
        "soldiers were buried on Sunday.",
        published="2021-04-19",
    )
    assert _dead(e) == 6


@pytest.mark.parametrize(
    "text",
    [
        "Attackers threw a grenade into a shop in Karrada on Thursday, killing the owner.",
        "A man suspected of theft was stoned and burned to death by a mob in Chingola on Tuesday.",
        "A man hurled a grenade at a store in Cotabato on Saturday, wounding six people. A boy "
        "who was among the wounded died in hospital on Sunday.",
    ],
)
def test_one_death_told_without_a_number(main_event: MainEvent, text: str) -> None:
    assert _dead(main_event(text)) == 1


def test_the_killings_a_protest_is_about_are_not_its_toll(main_event: MainEvent) -> None:
    e = main_event(
        "Hundreds of women marched peacefully through Makurdi on Monday. The protest followed "
        "the killing of 73 people in attacks on villages on New Year's Day.",
        published="2018-01-09",
    )
    assert e.sub_event_type == "Peaceful protest"
    assert not (e.fatalities and e.fatalities.best)


def test_armed_separatists_are_the_rebel_side(main_event: MainEvent) -> None:
    e = main_event("Armed separatists kidnapped eleven students from a school in Kumbo on Tuesday.")
    assert _pair(e) == (2, 7)


def test_border_forces_of_a_neighbour_are_external(main_event: MainEvent) -> None:
    e = main_event(
        "Afghan border forces fired mortar shells into the Pakistani border town of Chaman on "
        "Sunday, killing six civilians, Pakistan's military said.",
    )
    assert _pair(e) == (8, 7)


def test_an_arrested_party_official_is_a_civilian(main_event: MainEvent) -> None:
    e = main_event(
        "On 2 August 2016, police arrested a local official of the opposition FNL in Gitega.",
        published="2016-08-05",
    )
    assert e.sub_event_type == "Arrests" and _pair(e) == (1, 7)


def test_authorities_who_recovered_remains_from_a_grave_are_its_actor(
    main_event: MainEvent,
) -> None:
    e = main_event(
        "Libyan authorities said on Tuesday they had recovered the remains of 34 people from a "
        "mass grave near Sirte, believed to have been executed by Islamic State fighters.",
        published="2019-01-16",
    )
    assert e.sub_event_type == "Other"
    assert e.actor1 is not None and e.actor1.inter == 1


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 24 November, Houthi forces and government forces exchanged 24 detainees at a "
            "crossing point in Taiz.",
            "Agreement",
        ),
        (
            "On 3 June 2023, about 80 schoolgirls from two primary schools in Sangcharak district "
            "were poisoned and taken to hospital.",
            "Chemical weapon",
        ),
        (
            "On 20 July 2022, members of the AGC sexually abused a 14-year-old girl in Riosucio.",
            "Sexual violence",
        ),
        (
            "Mourners were burying an elder in Jalalabad on Tuesday when a young man walked into "
            "the crowd and detonated explosives hidden under his shawl, killing nine people.",
            "Suicide bomb",
        ),
        (
            "Police officers abandoned their station in Cabaret on Saturday night, and by Sunday "
            "gang members had moved into the empty building.",
            "Non-violent transfer of territory",
        ),
    ],
)
def test_triggers_of_the_twelfth_batch(main_event: MainEvent, text: str, sub: str) -> None:
    assert main_event(text, published="2023-06-10").sub_event_type == sub


def test_whoever_had_held_a_retaken_village_lost_it(main_event: MainEvent) -> None:
    e = main_event(
        "Ukrainian soldiers raised the national flag over the village of Vysokopillia on "
        "Sunday. The village, which Russian forces had held since March, lies in the Kherson "
        "region.",
        published="2022-09-05",
    )
    assert e.sub_event_type == "Government regains territory"
    assert _pair(e) == (1, 8)


def test_two_states_border_guards_are_two_sides(main_event: MainEvent) -> None:
    e = main_event(
        "On 27 January 2022, Kyrgyz and Tajik border guards exchanged fire near the village of "
        "Ak-Sai after a dispute over a road.",
        published="2022-01-29",
    )
    assert e.sub_event_type == "Armed clash" and _pair(e) == (1, 8)


def test_allied_states_troops_fighting_rebels_are_one_side(main_event: MainEvent) -> None:
    e = main_event(
        "Congolese and Ugandan troops attacked ADF rebels near Beni on Sunday, the army said.",
    )
    assert _pair(e) == (1, 2)


def test_an_unclaimed_intercepted_drone_is_an_unidentified_groups(main_event: MainEvent) -> None:
    e = main_event(
        "Air defences of the US-led coalition shot down a drone approaching Erbil airport late "
        "on Wednesday. No group immediately claimed the attempt.",
    )
    assert e.sub_event_type == "Disrupted weapons use" and _pair(e) == (8, 3)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Rockets hit the old city of Taiz on Sunday, killing six civilians, three of them "
         "children, medics said.", 6),
        ("Gunmen on motorcycles killed 14 villagers in two hamlets near Abala on Sunday.", 14),
        ("Boko Haram fighters attacked fishermen near Bol on Monday night, killing eight of them.", 8),
    ],
)  # fmt: skip
def test_a_part_of_a_count_and_places_counted_are_not_more_dead(
    main_event: MainEvent, text: str, dead: int
) -> None:
    assert _dead(main_event(text)) == dead


def test_a_title_and_a_name_after_shot_dead_is_one_death(main_event: MainEvent) -> None:
    e = main_event("Gunmen shot dead opposition mayor Carlos Ruiz in Quito on Wednesday evening.")
    assert _dead(e) == 1


def test_one_wounded_who_later_died_is_dead(main_event: MainEvent) -> None:
    e = main_event(
        "A roadside bomb hit a patrol in Kunduz on Monday. One soldier was wounded in the blast "
        "and later died in hospital.",
    )
    assert _dead(e) == 1


def test_a_dateline_naming_its_country_is_not_the_event_date(main_event: MainEvent) -> None:
    e = main_event(
        "ELN kidnaps rancher in Cesar, army says\n"
        "VALLEDUPAR, Colombia, March 5 (wire) - Suspected ELN guerrillas kidnapped a cattle "
        "rancher from his farm in Pailitas on Saturday night, the army said on Sunday.",
        published="2023-03-05",
    )
    assert str(e.date) == "2023-03-04"


def test_last_weeks_bombing_does_not_make_this_news(main_event: MainEvent) -> None:
    e = main_event(
        "Bomb disposal teams defused a car packed with explosives in Diyarbakir on Wednesday, "
        "the governor's office said. Police detained two people. Last week, a truck bomb killed "
        "three people in the city's Sur district.",
        published="2016-05-12",
    )
    assert e.sub_event_type == "Disrupted weapons use"
    assert str(e.date) == "2016-05-11"


@pytest.mark.parametrize(
    "text",
    [
        "On 22 April 2019, soldiers set fire to 40 houses in a village near Batibo during a raid "
        "targeting Ambazonian separatists.",
        "Soldiers set fire to about 40 houses near Lalibela on Wednesday, accusing residents of "
        "sheltering Fano fighters.",
    ],
)
def test_a_group_given_as_pretext_for_burning_homes_is_no_victim(
    main_event: MainEvent, text: str
) -> None:
    e = main_event(text, published="2023-09-08")
    assert e.sub_event_type == "Looting/property destruction" and _pair(e) == (1, 7)


def test_burning_a_groups_own_houses_keeps_the_group_as_the_loser(main_event: MainEvent) -> None:
    e = main_event("Soldiers burned houses of Fano fighters near Lalibela on Wednesday.")
    assert e.sub_event_type == "Looting/property destruction" and _pair(e) == (1, 2)


def test_a_state_that_did_not_comment_launched_the_intercepted_drones(
    main_event: MainEvent,
) -> None:
    e = main_event(
        "Iranian air defences fired at several small drones over Isfahan early on Friday, state "
        "media said. Officials said the drones were shot down; Israel did not comment.",
    )
    assert e.sub_event_type == "Disrupted weapons use" and _pair(e) == (1, 8)


def test_the_forces_named_in_the_sentence_set_up_the_base(main_event: MainEvent) -> None:
    e = main_event(
        "On 9 July 2021, a contingent of the Rwandan Defence Force landed in Pemba, where it set "
        "up a logistics base.",
        published="2021-07-12",
    )
    assert e.sub_event_type == "Headquarters or base established"
    assert e.actor1 is not None and e.actor1.inter == 8
