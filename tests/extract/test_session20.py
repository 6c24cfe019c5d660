"""Rules of session 20, each with guard cases that pass before and after it.

Sides: a clash is fought by two armed sides, never by the residents who heard it.

The texts were written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from codings import main_coding

from sitrep.models import Event
from sitrep.pipeline import Pipeline

MainEvent = Callable[..., Event]  # the fixture in conftest.py

PUBLISHED = "2024-05-10"


@pytest.mark.parametrize(
    ("text", "inters"),
    [
        # residents and farmers who heard the fighting are witnesses, not a side
        (
            "Residents of Dinsoor woke before dawn on Tuesday to heavy gunfire from the army "
            "base, where fighting lasted three hours. Al-Shabaab fighters tried to breach the "
            "wall before being driven back; four soldiers and 11 militants were killed.",
            (1, 2),
        ),
        (
            "Farmers near Kabankalan said they heard a long exchange of fire on Saturday. "
            "Soldiers ran into a band of New People's Army rebels near a cane field and two "
            "rebels were killed, the army said.",
            (1, 2),
        ),
    ],
)
def test_a_clash_has_two_armed_sides(
    pipeline: Pipeline, text: str, inters: tuple[int, int]
) -> None:
    sub, a1, a2 = main_coding(pipeline, text, PUBLISHED)
    assert sub == "Armed clash"
    assert {a1, a2} == set(inters)


def test_a_clash_with_one_named_side_keeps_it(pipeline: Pipeline) -> None:
    # guard: with no second armed actor named, the rule leaves the choice alone
    sub, a1, _ = main_coding(
        pipeline,
        "Soldiers clashed with gunmen near Gao on Monday, killing three of them, the army said.",
        PUBLISHED,
    )
    assert sub == "Armed clash" and a1 in (1, 3)


@pytest.mark.parametrize(
    ("text", "inters"),
    [
        # the drones' state is the side whose weapons were stopped; the interceptor is the host
        (
            "Air defences destroyed seven Ukrainian drones near Voronezh overnight, the "
            "regional governor said on Sunday. Nobody was hurt.",
            (1, 8),
        ),
        # the theatre tells whose Shahed drones they were
        (
            "Ukraine's air force shot down 20 of 24 Shahed drones launched at Odesa overnight, "
            "officials said on Sunday; debris damaged a warehouse.",
            (1, 8),
        ),
    ],
)
def test_whose_weapons_were_stopped(pipeline: Pipeline, text: str, inters: tuple[int, int]) -> None:
    assert main_coding(pipeline, text, PUBLISHED) == ("Disrupted weapons use", *inters)


def test_a_named_launcher_is_kept(pipeline: Pipeline) -> None:
    # guard: the group the text names keeps its place as the second side
    coded = main_coding(
        pipeline,
        "Israeli air defences intercepted two rockets fired from Gaza on Monday; Hamas's armed "
        "wing said it had fired them at Ashkelon.",
        PUBLISHED,
    )
    assert coded[0] == "Disrupted weapons use" and coded[2] == 2


def test_the_government_is_a_party_to_an_agreement(pipeline: Pipeline) -> None:
    # civilians are never a party; "government negotiators" are the state's
    coded = main_coding(
        pipeline,
        "On 3 May 2024, government negotiators and the Comuneros del Sur signed a partial "
        "agreement in Pasto on the group's return to civilian life and the removal of mines.",
        PUBLISHED,
    )
    assert coded[0] == "Agreement" and set(coded[1:]) == {1, 2}


def test_a_date_past_a_semicolon_is_not_the_events(main_event: MainEvent) -> None:
    # the day told after the semicolon is the army's statement's, not the deaths'
    e = main_event(
        "Rebels ambushed an army convoy near Hakha on Saturday. The rebels said six soldiers "
        "were killed in the ambush; the army, which imposed a curfew on Thursday, gave no "
        "figures.",
        published="2024-05-13",
    )
    assert e.date is not None and e.date.isoformat() == "2024-05-11"
    assert e.fatalities is not None and e.fatalities.best == 6


def test_a_toll_in_a_town_of_the_events_province_joins_it(pipeline: Pipeline) -> None:
    # the event placed in the province, its dead counted in a town of that province
    events = pipeline(
        "On 16 January 2025, ELN fighters launched an offensive against FARC dissidents in "
        "Norte de Santander. Fighting continued through the night near Tibu; local "
        "authorities reported at least 20 people dead.",
        published="2025-01-18",
    ).events
    assert len(events) == 1
    assert events[0].fatalities is not None and events[0].fatalities.best == 20


@pytest.mark.parametrize(
    "sentence",
    [
        "Settlers rampaged through the village, and one Palestinian man, 37-year-old Omar "
        "Saleh, was shot dead, the ministry said.",
        "A farmer, Musa Ibrahim, 52, was killed in the raid.",
        "A teacher, aged 41, was shot dead outside the school.",
    ],
)
def test_one_victim_named_between_noun_and_verb(pipeline: Pipeline, sentence: str) -> None:
    from sitrep.extract.tolls import find_tolls

    sent = next(iter(pipeline.nlp(sentence).sents))
    assert [(i.outcome, i.quantity.best) for i in find_tolls(sent).items] == [("killed", 1)]


def test_burned_alive_is_a_killing(main_event: MainEvent) -> None:
    # a crowd that burns men alive: mob violence with its dead
    e = main_event(
        "A crowd in Jacmel pulled five suspected thieves from a police car and burned them "
        "alive with tyres on Monday, police said.",
        published="2024-05-10",
    )
    assert e.sub_event_type == "Mob violence"
    assert e.fatalities is not None and e.fatalities.best == 5


def test_what_a_strike_answered_keeps_its_own_day_and_dead(main_event: MainEvent) -> None:
    # the drone attack the strike answered has its own day and its own dead
    strike = main_event(
        "Fire was still burning at the fuel tanks of Hodeidah port on Sunday, a day after "
        "Israeli warplanes struck the city in response to a Houthi drone attack that killed a "
        "man in Tel Aviv on Friday. The health ministry said the toll from Saturday's strikes "
        "had risen to six.",
        published="2024-07-21",
    )
    assert strike.sub_event_type == "Air/drone strike"
    assert strike.date is not None and strike.date.isoformat() == "2024-07-20"
    assert strike.fatalities is not None and strike.fatalities.best == 6


def test_deaths_in_a_relative_clause_are_not_dated_by_the_visit(main_event: MainEvent) -> None:
    # the day relatives came is not the day of the deaths the relative clause tells
    e = main_event(
        "Relatives drove for hours on Tuesday to reach the burned-out car in which a mother "
        "and her two sons died. The three were killed on Monday when gunmen ambushed their "
        "car near Bavispe, officials said.",
        published="2019-11-06",
    )
    assert e.date is not None and e.date.isoformat() == "2019-11-04"


def test_an_earlier_events_own_dead_keep_its_day(main_event: MainEvent) -> None:
    # guard: "clashes last month, in which two were killed" is that event, not this one's toll
    e = main_event(
        "Gunmen abducted 17 students near Dembi Dolo on Wednesday. Classes had been suspended "
        "after clashes on campus last month in which two students were killed.",
        published="2019-12-09",
    )
    assert e.sub_event_type == "Abduction/forced disappearance"
    assert not e.fatalities or not e.fatalities.best


def test_states_that_sign_are_the_parties(pipeline: Pipeline) -> None:
    # two states named as the signers, both foreign where they signed
    coded = main_coding(
        pipeline,
        "Armenia and Azerbaijan signed a border deal in Abu Dhabi on Friday, officials said.",
        PUBLISHED,
    )
    assert coded == ("Agreement", 8, 8)


@pytest.mark.parametrize(
    "text",
    [
        # an assault with many arms, or backed by artillery, is a battle
        "On 7 August 2022, militants attacked army positions in Tessit using drones, artillery "
        "and explosives-laden vehicles. The government said 42 soldiers were killed.",
        "On 3 June 2015, rebel forces launched an assault on army positions in Marinka "
        "supported by tanks and artillery. Five servicemen were killed.",
    ],
)
def test_an_assault_with_heavy_arms_is_a_clash(pipeline: Pipeline, text: str) -> None:
    assert main_coding(pipeline, text, PUBLISHED)[0] == "Armed clash"


def test_a_killing_by_its_means_stays_typed_by_it(pipeline: Pipeline) -> None:
    # guard: a killing's instrument still types it
    coded = main_coding(
        pipeline,
        "Gunmen threw grenades at a wedding party in Kauru on Saturday, killing six guests.",
        PUBLISHED,
    )
    assert coded[0] == "Grenade"


@pytest.mark.parametrize(
    "text",
    [
        "US troops have begun setting up a logistics hub at the Qayyarah West air base, a "
        "coalition spokesman said on Tuesday.",
        "Residents of Birao watched on Thursday as two transport planes landed and unloaded "
        "dozens of uniformed Russian instructors, along with crates and vehicles.",
    ],
)
def test_a_base_set_up(pipeline: Pipeline, text: str) -> None:
    assert main_coding(pipeline, text, PUBLISHED)[0] == "Headquarters or base established"


def test_taking_cars_and_cash_is_looting(pipeline: Pipeline) -> None:
    coded = main_coding(
        pipeline,
        "Residents who fled Wad Madani said RSF fighters went house to house on Wednesday "
        "taking cars, gold and cash, a day after the paramilitary group took control of the "
        "city.",
        PUBLISHED,
    )
    assert coded[0] == "Looting/property destruction"


def test_a_town_taken_as_the_army_left_is_taken(pipeline: Pipeline) -> None:
    coded = main_coding(
        pipeline,
        "On 24 July 2024, TNLA fighters took control of Mogok town after military forces "
        "withdrew from their last positions in the town.",
        PUBLISHED,
    )
    assert coded[0] == "Non-state actor overtakes territory"


def test_troops_that_entered_as_the_others_left_took_it_over(pipeline: Pipeline) -> None:
    # guard: entering a town the other side left, no fight told, is a handover
    coded = main_coding(
        pipeline,
        "Azerbaijani troops entered Aghdam on Friday after Armenian forces withdrew under the "
        "ceasefire deal.",
        PUBLISHED,
    )
    assert coded[0] == "Non-violent transfer of territory"


def test_a_battle_told_with_no_sides_then_as_a_riot_is_the_riot(main_event: MainEvent) -> None:
    e = main_event(
        "A curfew was in force in Tinkune on Saturday, a day after a rally turned into a street "
        "battle. Demonstrators broke through police barricades on Friday, hurling stones and "
        "setting fire to the office of a political party. A protester was shot dead.",
        published="2025-03-29",
    )
    assert e.sub_event_type == "Violent demonstration"
    assert e.fatalities is not None and e.fatalities.best == 1


def test_fighters_handing_over_their_arms_change_the_group(pipeline: Pipeline) -> None:
    coded = main_coding(
        pipeline,
        "More than a thousand MILF fighters lined up in Sultan Kudarat on Saturday to hand over "
        "their rifles and rocket launchers under the peace agreement.",
        PUBLISHED,
    )
    assert coded[0] == "Change to group/activity"


def test_a_deal_reached_is_no_forecast_of_what_it_will_do(pipeline: Pipeline) -> None:
    coded = main_coding(
        pipeline,
        "A deal reached on Friday between rebel fighters besieged in the Old City of Homs and "
        "government officials will allow the rebels to leave, monitors said on Saturday.",
        PUBLISHED,
    )
    assert coded[0] == "Agreement"


def test_a_deal_that_will_be_signed_is_a_forecast(pipeline: Pipeline) -> None:
    # guard: the future governs the deal itself
    events = pipeline(
        "The two sides will sign a peace deal in Doha next week, mediators said on Saturday.",
        published=PUBLISHED,
    ).events
    assert not events or events[0].sub_event_type != "Agreement"


def test_deaths_where_a_place_was_sealed_off_are_not_dated_by_it(main_event: MainEvent) -> None:
    e = main_event(
        "The apple orchard outside Metula where five men died was still sealed off on Friday. "
        "An Israeli farmer and four workers were killed on Thursday when a rocket fired from "
        "Lebanon struck the plantation, the local council said.",
        published="2024-11-01",
    )
    assert e.sub_event_type == "Shelling/artillery/missile attack"
    assert e.date is not None and e.date.isoformat() == "2024-10-31"


def test_deaths_the_clause_dates_keep_their_day(main_event: MainEvent) -> None:
    # guard: "died during Monday night's vigil" dates the deaths themselves
    e = main_event(
        "Residents were still washing blood off the steps on Tuesday where three young men died "
        "during Monday night's vigil, after police fired live rounds at the crowd in Cali.",
        published="2021-05-05",
    )
    assert e.date is not None and e.date.isoformat() == "2021-05-03"


def test_a_count_of_the_dead_takes_the_means_told_beside_it(main_event: MainEvent) -> None:
    e = main_event(
        "The number of people killed in Saturday's attack on central Belgorod has risen to 25, "
        "the regional governor said on Monday. Officials say Ukrainian forces fired "
        "multiple-launch rockets with cluster munitions at the city.",
        published="2024-01-01",
    )
    assert e.event_type == "Explosions/Remote violence"
    assert e.fatalities is not None and e.fatalities.best == 25


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "Gunmen surrounded a church in Kajuru on Sunday and marched 23 worshippers, including "
            "the pastor's wife, into the bush, residents said.",
            "Abduction/forced disappearance",
        ),
        (
            "The Islamist group that led the offensive ceased to exist on Wednesday, when its "
            "commanders announced in Damascus that it would be absorbed into the new army.",
            "Change to group/activity",
        ),
    ],
)
def test_more_words(pipeline: Pipeline, text: str, sub_event_type: str) -> None:
    assert main_coding(pipeline, text, PUBLISHED)[0] == sub_event_type


def test_an_undated_event_after_a_day_the_story_stands_on(main_event: MainEvent) -> None:
    # the lede names the day and no event; the next sentence's protest happened that day
    e = main_event(
        "Martyrs' Square was a sea of flags on Sunday. Tens of thousands of people gathered "
        "peacefully in central Beirut to demand the government's resignation. On Saturday night, "
        "some youths had clashed with the army near the Grand Serail.",
        published="2019-10-21",
    )
    assert e.sub_event_type == "Peaceful protest"
    assert e.date is not None and e.date.isoformat() == "2019-10-20"
