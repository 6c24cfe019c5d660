"""Rules from the ninth notes batch's dev half (session 7): unnamed separatist or Maoist fighters
as the rebel side, a police name several states share, who sent a suspect, speakers introduced
by "according to" or who documented a crime, men who identified themselves as a unit, a state's
own rocket fire, bombs nobody claimed, groups a clause only links to an ideology, the nearest
subject of a verb, heads of state who sign a treaty, vehicles that struck a bomb, and who found
a grave.

Each rule is paired with a text where it must not fire where that is a risk. The texts were
written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from sitrep.models import Event

MainEvent = Callable[..., Event]  # the fixture in conftest.py


def _pair(e: Event) -> tuple[int | None, int | None]:
    return (e.actor1.inter if e.actor1 else None, e.actor2.inter if e.actor2 else None)


def test_unnamed_separatist_fighters_are_the_rebel_side(main_event: MainEvent) -> None:
    e = main_event(
        "Suspected separatist fighters burned down a primary school in Kumbo overnight into "
        "Friday, regional officials said. Nobody was hurt.",
    )
    assert e.actor1 is not None and e.actor1.inter == 2


def test_a_shared_police_name_is_the_forces_of_the_articles_country(
    main_event: MainEvent,
) -> None:
    e = main_event(
        "On 12 May 2022, National Police officers arrested two student leaders at a university "
        "in Leon (Leon), Nicaragua, accusing them of treason.",
    )
    assert e.sub_event_type == "Arrests"
    assert e.actor1 is not None and e.actor1.inter == 1
    assert "Nicaragua" in e.actor1.name


def test_who_sent_a_suspect_is_no_party_to_his_arrest(main_event: MainEvent) -> None:
    e = main_event(
        "Russia's FSB said on Tuesday it had detained a man in Belgorod suspected of planning an "
        "arson attack on the orders of Ukrainian military intelligence.",
    )
    assert e.sub_event_type == "Arrests"
    assert _pair(e) == (1, 7)


def test_according_to_a_long_name_is_a_source(main_event: MainEvent) -> None:
    e = main_event(
        "According to the Joint Command of the Armed Forces, on 3 March members of the Shining "
        "Path killed two farmers in a hamlet of Pichari district, Cusco.",
    )
    assert e.sub_event_type == "Attack"
    assert sorted(x or 0 for x in _pair(e)) == [2, 7]


def test_a_un_division_that_documented_a_rape_is_no_party(main_event: MainEvent) -> None:
    e = main_event(
        "The MINUSCA Human Rights Division documented the rape of three women by combatants of "
        "the 3R group near Bocaranga on 4 May 2021.",
    )
    assert e.sub_event_type == "Sexual violence"
    assert sorted(x or 0 for x in _pair(e)) == [2, 7]


def test_men_who_identified_themselves_as_a_unit_are_that_unit(main_event: MainEvent) -> None:
    e = main_event(
        "On 9 March 2014, three opposition activists were picked up in Mirpur, Dhaka, by men "
        "identifying themselves as RAB members; their families have not heard from them since.",
    )
    assert e.sub_event_type == "Abduction/forced disappearance"
    assert sorted(x or 0 for x in _pair(e)) == [1, 7]


def test_government_rocket_fire_is_the_states(main_event: MainEvent) -> None:
    e = main_event(
        "Government rocket fire killed three civilians in the town of Saraqeb in Idlib province "
        "on Monday, rescuers said.",
    )
    assert e.actor1 is not None and e.actor1.inter == 1


def test_a_defused_bomb_nobody_claimed_was_an_unidentified_groups(
    main_event: MainEvent,
) -> None:
    e = main_event(
        "On 5 May 2015, army engineers defused an IED planted under a bridge near Derna. No group "
        "claimed responsibility.",
    )
    assert e.sub_event_type == "Disrupted weapons use"
    assert e.actor2 is not None and e.actor2.inter == 3
    claimed = main_event(
        "On 5 May 2015, army engineers defused an IED planted under a bridge near Derna.",
    )
    assert claimed.actor2 is not None and claimed.actor2.inter == 2


def test_insurgents_linked_to_a_group_are_not_blamed_on_it(main_event: MainEvent) -> None:
    e = main_event(
        "A suicide bomber blew himself up at a Shi'ite mosque in Hilla on Friday, killing 12 "
        "worshippers. No group claimed responsibility, but Sunni insurgents linked to al Qaeda "
        "often target Shi'ite mosques.",
        published="2013-05-20",
    )
    assert e.sub_event_type == "Suicide bomb"
    assert e.actor1 is not None and e.actor1.inter == 3


def test_the_nearest_subject_of_the_verb_is_the_doer(main_event: MainEvent) -> None:
    e = main_event(
        "Ouaka: After clashes between UPC and anti-balaka elements, MINUSCA deployed 80 more "
        "peacekeepers to Bambari on 2 May 2019 and established a temporary operating base near "
        "the bridge.",
    )
    assert e.sub_event_type == "Headquarters or base established"
    assert e.actor1 is not None and e.actor1.inter == 8


def test_heads_of_state_signing_a_treaty_are_their_states(main_event: MainEvent) -> None:
    e = main_event(
        "On 14 June 2024, the presidents of Kazakhstan and Uzbekistan signed a border "
        "demarcation treaty in Astana (Astana).",
    )
    assert e.sub_event_type == "Agreement"
    assert sorted(x or 0 for x in _pair(e)) == [1, 8]


def test_a_vehicle_that_struck_a_bomb_was_hit_by_it(main_event: MainEvent) -> None:
    e = main_event(
        "On 8 June 2020, a FAMa vehicle struck an IED near Boni (Douentza cercle, Mopti), "
        "killing three soldiers.",
    )
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert _pair(e) == (3, 1)


def test_who_found_a_grave(main_event: MainEvent) -> None:
    e = main_event(
        "Volunteers from a search collective said on Sunday they had found nine bodies in "
        "clandestine graves outside Culiacan, Sinaloa.",
    )
    assert e.sub_event_type == "Other"
    assert e.actor1 is not None and e.actor1.inter == 7
    reported = main_event(
        "Human Rights Watch said on 3 June 2020 that it had documented a mass grave with 40 "
        "bodies near Kaya, and that evidence implicated soldiers.",
    )
    assert reported.sub_event_type == "Other"
    assert reported.actor1 is not None and reported.actor1.inter == 8


def test_last_months_bomb_is_background_to_fridays_attack(main_event: MainEvent) -> None:
    e = main_event(
        "Nine police officers were treated for burning eyes after drones dropped canisters of "
        "tear gas on their post in Tepalcatepec on Friday, officials said. Last month a "
        "roadside mine killed three soldiers in the neighbouring town of Aguililla.",
        published="2023-08-13",
    )
    assert str(e.date) == "2023-08-11"
    assert e.sub_event_type != "Remote explosive/landmine/IED"


def test_a_region_named_people_are_no_place(main_event: MainEvent) -> None:
    e = main_event(
        "Gunmen stopped a minibus outside Gimbi on Tuesday and abducted the Amhara students "
        "on board, a survivor said.",
    )
    assert e.location is not None and e.location.name.startswith("Gimbi")


def test_a_toll_typed_by_its_means_joins_the_strike_of_that_day(main_event: MainEvent) -> None:
    e = main_event(
        "The main street of Maarat al-Numan was still covered in rubble on Thursday, a day after "
        "warplanes struck the town. Rescuers said five civilians were killed when two missiles "
        "hit a market on Wednesday.",
        published="2019-06-06",
    )
    assert e.sub_event_type == "Air/drone strike"
    assert e.fatalities is not None and e.fatalities.best == 5


def test_one_more_of_another_kind_after_a_counted_group(main_event: MainEvent) -> None:
    e = main_event(
        "Three ELN guerrillas and a Colombian soldier were killed in a firefight in rural Saravena "
        "on Saturday, the army said.",
    )
    assert e.fatalities is not None and e.fatalities.best == 4
    fled = main_event("Troops killed four militants in Swat on Monday and a commander escaped.")
    assert fled.fatalities is not None and fled.fatalities.best == 4


def test_reported_killed_counts_both_groups(main_event: MainEvent) -> None:
    e = main_event(
        "On 12 November 2023, resistance troops attacked army outposts in Kawkareik. At least 7 "
        "junta soldiers and 2 resistance fighters were reported killed.",
    )
    assert e.fatalities is not None and e.fatalities.best == 9


def test_beaten_to_death_a_trader(main_event: MainEvent) -> None:
    e = main_event("On 29 June 2017, a mob beat to death a meat trader in Ramgarh (Jharkhand).")
    assert e.fatalities is not None and e.fatalities.best == 1


def test_victims_who_later_died(main_event: MainEvent) -> None:
    e = main_event(
        "On 10 June 2023, armed men raped at least 12 women in El Geneina; two of the victims "
        "later died of their injuries.",
    )
    assert e.fatalities is not None and e.fatalities.best == 2


def test_when_a_town_was_first_lost_does_not_date_its_recapture(main_event: MainEvent) -> None:
    e = main_event(
        "Government forces have retaken the town of Kobo, which rebel forces seized in July, "
        "the government said on Wednesday.",
        published="2021-12-09",
    )
    assert e.sub_event_type == "Government regains territory"
    assert e.date is not None and e.date.month == 12


def test_when_a_graves_dead_died_does_not_date_its_discovery(main_event: MainEvent) -> None:
    e = main_event(
        "On 2 October 2022, the authorities announced the discovery of a mass grave containing 30 "
        "bodies, believed to be fighters killed in 2016, in Sirte (Sirte).",
    )
    assert e.sub_event_type == "Other"
    assert str(e.date) == "2022-10-02"


def test_an_aside_about_the_army_does_not_make_it_the_target(main_event: MainEvent) -> None:
    e = main_event(
        "A drone strike killed at least 12 people in the town of Bahir Dar in Ethiopia's Amhara "
        "region on Sunday, residents said, as the federal army battled Fano militiamen.",
        published="2023-08-15",
    )
    assert e.sub_event_type == "Air/drone strike"
    assert _pair(e) == (1, 7)


def test_a_headline_naming_both_sides_completes_its_lede(main_event: MainEvent) -> None:
    e = main_event(
        "Four soldiers, six militants killed in North Waziristan raid\nISLAMABAD, June 3 "
        "(Reuters) - Four Pakistani soldiers and six militants were killed when security forces "
        "raided a militant hideout in the Datta Khel area of North Waziristan late on Tuesday, "
        "the military said on Wednesday. The militants belonged to the Pakistani Taliban (TTP).",
        published="2020-06-03",
    )
    assert e.sub_event_type == "Armed clash"
    assert sorted(x or 0 for x in _pair(e)) == [1, 2]


def test_the_killing_that_called_a_protest_is_not_its_toll(main_event: MainEvent) -> None:
    e = main_event(
        "Police fired tear gas on Monday to disperse hundreds of opposition supporters who had "
        "gathered in central Beira for a strike called after the killing of two of their "
        "leaders, witnesses said.",
        published="2024-10-22",
    )
    assert e.sub_event_type == "Protest with intervention"
    assert not (e.fatalities and e.fatalities.best)


def test_an_example_of_other_attacks_lends_no_toll(main_event: MainEvent) -> None:
    e = main_event(
        "Hundreds of young people blocked a French army convoy in Kaya on Saturday, throwing "
        "stones at the vehicles, witnesses said. Protesters accuse France of failing to stop "
        "attacks such as last Sunday's assault on the Inata post, in which 50 gendarmes died.",
        published="2021-11-21",
    )
    assert e.sub_event_type == "Violent demonstration"
    assert not (e.fatalities and e.fatalities.best)
