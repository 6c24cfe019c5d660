"""Actor rules from the notes' dev halves (session 5): a group's members named as "armed men of
the X", perpetrators linked, accused or denying elsewhere in the article, doers in a relative
clause, "X separatist fighters" for a group the knowledge base lists as "X separatists", allied
forces told together ("Congolese and Ugandan troops") and battles whose two sides both follow
the trigger.

Each rule is paired with a text where it must not fire. The texts were written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from sitrep.models import ActorRef, Event
from sitrep.pipeline import Pipeline

MainEvent = Callable[..., Event]  # the fixture in conftest.py

PUBLISHED = "2023-05-10"


def name(a: ActorRef | None) -> str | None:
    return a.name if a is not None else None


def test_armed_men_of_a_named_group_are_the_group(main_event: MainEvent) -> None:
    e = main_event(
        "On 4 May 2023, armed men of the Rapid Support Forces looted the market in Nyala "
        "(South Darfur). No casualties were reported.",
    )
    assert e.sub_event_type == "Looting/property destruction"
    assert name(e.actor1) == "Rapid Support Forces"
    assert e.actor2 is not None and e.actor2.inter == 7


def test_looting_by_unnamed_men_accused_by_an_official(main_event: MainEvent) -> None:
    e = main_event(
        "Armed men looted the market in Nyala on Sunday, the state governor said, accusing "
        "the Rapid Support Forces.",
    )
    assert name(e.actor1) == "Rapid Support Forces"


def test_looting_by_unnamed_men_stays_unnamed(main_event: MainEvent) -> None:
    e = main_event(
        "Armed men looted the market in Nyala on Sunday, the state governor said. The Rapid "
        "Support Forces hold most of the city.",
    )
    assert name(e.actor1) != "Rapid Support Forces"


def test_police_linked_the_bombers_to_a_group(main_event: MainEvent) -> None:
    e = main_event(
        "A man blew himself up outside a police station in Surabaya on Monday, wounding six "
        "officers. Police linked the bomber to Jamaah Ansharut Daulah.",
    )
    assert e.sub_event_type == "Suicide bomb"
    assert name(e.actor1) == "Jamaah Ansharut Daulah"


def test_the_kidnappers_believed_to_be_a_group_in_a_later_sentence(main_event: MainEvent) -> None:
    e = main_event(
        "Gunmen seized three fishermen off Jolo on Monday night, police said. Military officials "
        "believe the kidnappers were Abu Sayyaf members.",
    )
    assert name(e.actor1) == "Abu Sayyaf"


def test_a_group_that_claimed_after_a_long_apposition(main_event: MainEvent) -> None:
    e = main_event(
        "Gunmen opened fire on a bus near Anantnag on Tuesday, killing nine pilgrims. The "
        "Resistance Front, which officials in New Delhi describe as a front for Lashkar-e-Taiba, "
        "claimed responsibility.",
    )
    assert e.actor1 is not None and e.actor1.inter == 2


def test_a_group_that_launched_the_attack_in_a_relative_clause(main_event: MainEvent) -> None:
    e = main_event(
        "Two children died of wounds from a mortar attack that Islamic State militants launched "
        "on the village of Bashir on Monday, officials said.",
    )
    assert name(e.actor1) == "Islamic State"


def test_a_state_that_denied_a_strike_was_accused_of_it(main_event: MainEvent) -> None:
    e = main_event(
        "A missile hit a market in Kostiantynivka on Wednesday, killing 16 civilians, regional "
        "officials said. Moscow denied carrying out the strike.",
    )
    assert e.actor1 is not None and e.actor1.name.endswith("of Russia")


def test_a_state_that_denies_something_else_is_not_the_doer(main_event: MainEvent) -> None:
    # dated before the full invasion: since February 2022 a missile on a Ukrainian town that
    # nobody is named for is Russia's by the war's convention (extract/theatres.py), whatever
    # Moscow denied; the denial alone must not make it so
    e = main_event(
        "A missile hit a market in Kostiantynivka on Wednesday, killing 16 civilians, regional "
        "officials said. Moscow denied reports of new mobilisation.",
        published="2021-05-12",
    )
    assert e.actor1 is None or not e.actor1.name.endswith("of Russia")


def test_separatist_fighters_of_a_group_listed_as_separatists(main_event: MainEvent) -> None:
    e = main_event(
        "On 7 March 2022, Ambazonian separatist fighters abducted eight travellers at a "
        "checkpoint near Kumbo (Bui, North-West).",
    )
    assert name(e.actor1) == "Ambazonian separatists"


def test_allied_troops_are_the_home_state_s_forces(main_event: MainEvent) -> None:
    e = main_event(
        "Congolese and Ugandan troops clashed with Allied Democratic Forces rebels near Beni "
        "on Thursday, killing 12 rebels, an army spokesman said.",
    )
    assert e.sub_event_type == "Armed clash"
    inters = sorted(a.inter for a in (e.actor1, e.actor2) if a is not None)
    assert inters == [1, 2]


def test_both_sides_of_a_battle_after_its_trigger(main_event: MainEvent) -> None:
    e = main_event(
        "Fighting broke out on Saturday near Mindat, in Chin State, as members of the Chinland "
        "Defence Force ambushed a military convoy.",
    )
    assert e.event_type == "Battles"
    assert e.actor1 is not None and e.actor1.inter == 2
    assert e.actor2 is not None and e.actor2.inter == 1


def test_forces_told_by_their_positions(main_event: MainEvent) -> None:
    e = main_event(
        "On 3 May 2023, Russian forces shelled Ukrainian positions near Robotyne "
        "(Zaporizhzhia oblast); no casualties were reported.",
    )
    inters = sorted(a.inter for a in (e.actor1, e.actor2) if a is not None)
    assert inters == [1, 8]


def test_a_state_blamed_by_name_fired_the_drones_shot_down(main_event: MainEvent) -> None:
    e = main_event(
        "Russian air defences shot down six drones over Kursk region on Tuesday, the defence "
        "ministry said, blaming Ukraine.",
    )
    assert e.sub_event_type == "Disrupted weapons use"
    assert e.actor2 is not None and e.actor2.name.endswith("of Ukraine")


def test_the_side_that_withdrew_from_a_town_handed_over(main_event: MainEvent) -> None:
    e = main_event(
        "On 20 November 2020, Azerbaijani army units entered Aghdam district under the ceasefire "
        "statement. Armenian forces had withdrawn beforehand; no clashes were reported.",
    )
    assert e.sub_event_type == "Non-violent transfer of territory"
    assert e.actor2 is not None and e.actor2.name.endswith("of Armenia")


def test_a_toll_that_names_only_its_victims_joins_the_attack(main_event: MainEvent) -> None:
    e = main_event(
        "On 29 August 2021, Houthi forces fired a ballistic missile at Al Anad Air Base (Lahij). "
        "At least 30 soldiers were killed and 65 injured.",
    )
    assert e.fatalities is not None and e.fatalities.best == 30
    assert e.actor2 is not None and e.actor2.inter == 1


def test_a_capital_that_denies_is_the_government_not_the_place(main_event: MainEvent) -> None:
    e = main_event(
        "A missile hit the railway station in Kramatorsk on Friday, killing 50 civilians, the "
        "governor said. Moscow denied responsibility.",
    )
    assert e.location is not None and e.location.name == "Kramatorsk"
    assert e.actor1 is not None and e.actor1.name.endswith("of Russia")
    assert e.actor1.inter == 8


def test_a_group_that_admitted_one_of_its_units_did_it(main_event: MainEvent) -> None:
    e = main_event(
        "Gunmen on motorcycles kidnapped a businessman at a petrol station in Barrancas on "
        "Saturday. The ELN admitted on Thursday that one of its units had kidnapped him.",
    )
    assert e.actor1 is not None and e.actor1.name == "ELN"
    assert e.actor2 is not None and e.actor2.inter == 7


def test_forces_loyal_to_the_president_are_state_forces(main_event: MainEvent) -> None:
    e = main_event(
        "Fighting between Houthi rebels and militiamen loyal to exiled President Hadi killed 30 "
        "people in Aden on Monday, officials said.",
    )
    inters = sorted(a.inter for a in (e.actor1, e.actor2) if a is not None)
    assert inters == [1, 2]


def test_a_home_town_is_not_a_foreign_group_of_the_same_name(pipeline: Pipeline) -> None:
    report = pipeline(
        "Houthi fighters blew up the houses of two tribal sheikhs in the Radaa district of "
        "Al-Bayda, Yemen, on Thursday, residents said.",
        published=PUBLISHED,
    )
    names = {a.name for e in report.events for a in (e.actor1, e.actor2) if a is not None}
    assert names and "Libyan armed groups" not in names


def test_the_ethnic_armed_group_is_the_group_named_before(main_event: MainEvent) -> None:
    e = main_event(
        "The Arakan Army said on Wednesday it had seized Kyauktaw town in Rakhine state after "
        "overrunning the last army positions there. The ethnic armed group said it had "
        "captured dozens of soldiers.",
    )
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert name(e.actor1) == "Arakan Army"


def test_peacekeepers_hit_by_a_claimed_mine_are_its_targets(main_event: MainEvent) -> None:
    e = main_event(
        "On 18 February 2023, a MINUSMA convoy struck an IED near Aguelhok (Kidal). Two "
        "peacekeepers were killed. JNIM later claimed the attack.",
    )
    assert name(e.actor1) == "JNIM"
    assert e.actor2 is not None and e.actor2.inter == 8


def test_an_arrest_far_from_armed_words_is_of_civilians(main_event: MainEvent) -> None:
    e = main_event(
        "Police detained an opposition mayor at his home in Istanbul on Wednesday as part of "
        "a long-running corruption and terrorism investigation, state media reported.",
    )
    assert e.sub_event_type == "Arrests"
    assert e.actor2 is not None and e.actor2.inter == 7


def test_an_arrest_of_militants_is_not_of_civilians(main_event: MainEvent) -> None:
    e = main_event(
        "Police arrested three suspected militants at a house in Istanbul on Wednesday, state "
        "media reported.",
    )
    assert e.sub_event_type == "Arrests"
    assert e.actor2 is None or e.actor2.inter != 7


def test_bombers_left_out_of_a_toll_leave_its_victims_civilians(main_event: MainEvent) -> None:
    e = main_event(
        "Three female suicide bombers blew themselves up at a football viewing centre in "
        "Konduga on Sunday night. Thirty people were killed, not counting the three bombers, "
        "officials said.",
    )
    assert e.actor2 is not None and e.actor2.inter == 7


def test_a_place_inside_a_group_s_name_is_not_the_event_s(main_event: MainEvent) -> None:
    e = main_event(
        "Twelve members of the Abu Sayyaf Group surrendered to the army in Patikul, Sulu on "
        "Thursday and turned over ten rifles, the military said.",
    )
    assert e.location is not None and e.location.name == "Patikul"
