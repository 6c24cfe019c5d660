"""Rules of session 14: tolls (running counts, burials, one victim by title, rank or beside
counted kin, ages, rival counts), other events' dead (a bare past year, tallies, running tolls),
acts told in other words, the state's force on a crowd, and the sides of arrests and of a foreign
army's strikes on the front line.

The texts were written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.extract.tolls import find_tolls
from sitrep.models import Event
from sitrep.nlp import load_nlp

MainEvent = Callable[..., Event]  # the fixture in conftest.py


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def killed(nlp, text: str) -> tuple[list[int], bool]:  # type: ignore[no-untyped-def]
    tolls = find_tolls(next(iter(nlp(text).sents)))
    return [i.quantity.best for i in tolls.of("killed")], tolls.cumulative


@pytest.mark.parametrize(
    "text",
    [
        "The number of people killed in Friday's bombing at the market has risen to 41, "
        "including nine children, officials said on Sunday.",
        "THE NUMBER OF PEOPLE KILLED WHEN POLICE OPENED FIRE ON THE MARCHERS HAS RISEN TO 41.",
        "The number of civilians killed in the shelling of the town rose to 41 on Monday.",
    ],
)
def test_a_number_of_people_killed_is_a_running_toll(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert killed(nlp, text) == ([41], True)


def test_the_dead_told_by_their_burial(nlp) -> None:  # type: ignore[no-untyped-def]
    assert killed(nlp, "Villagers in Kwall buried 12 people on Sunday, a day after the raid.") == (
        [12],
        False,
    )
    assert killed(nlp, "Mourners buried the bodies of 7 victims on Tuesday.") == ([7], False)


@pytest.mark.parametrize(
    "text",
    [
        "Forensic teams recovered the remains of at least 30 people buried in the cemetery.",
        "A mass grave where 30 people were buried was found near the river.",
    ],
)
def test_remains_found_are_no_burial_toll(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert killed(nlp, text)[0] == []


def test_a_bare_past_year_tells_another_times_dead(main_event: MainEvent) -> None:
    event = main_event(
        "Land activist Maria Reyes was shot dead on Saturday night in Tocoa as she drove home, "
        "her organisation said. She had received repeated threats over her campaign against "
        "the dam. The killing was condemned by the United Nations. In 2021, three other "
        "opponents of the dam were killed.",
        published="2024-09-16",
    )
    assert event.fatalities is not None and event.fatalities.best == 1


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # one person with no count: a title the list of person nouns now holds
        ("A village head in Bwari was shot dead in front of his family on Monday night.", [1]),
        # "the" after "killed": one person, not a group
        ("A grenade thrown into a bar killed the bar's owner and wounded six customers.", [1]),
        # one beside counted kin
        ("A farmer and his three children were killed when gunmen raided the hamlet.", [3, 1]),
        # ages set off by commas are neither dead nor a break between the dead and their verb
        ("Three brothers, aged 19, 22 and 25, were killed in the raid on Friday.", [3]),
        ("A man and his two daughters, aged 7 and 10, were shot dead at a checkpoint.", [2, 1]),
    ],
)
def test_single_dead_and_ages(nlp, text: str, dead: list[int]) -> None:  # type: ignore[no-untyped-def]
    assert killed(nlp, text)[0] == dead


def test_were_shot_tells_an_attack(main_event: MainEvent) -> None:
    event = main_event(
        "At least six people were shot on Sunday when gang members swept through the streets of "
        "the Cite Soleil district, a local rights group said.",
        published="2024-03-12",
    )
    assert event.event_type == "Violence against civilians"
    assert event.date is not None and event.date.isoformat() == "2024-03-10"


@pytest.mark.parametrize(
    "tally",
    [
        "At least 30 people were killed in the state over the weekend, according to official "
        "figures.",
        "Similar attacks on travellers killed 30 people in the district last August.",
    ],
)
def test_a_tally_or_a_similar_attack_is_not_the_events_toll(
    main_event: MainEvent, tally: str
) -> None:
    event = main_event(
        "Gunmen shot dead two traders on the highway outside Culiacan on Sunday night, the "
        "state prosecutor's office said. The attackers fled in a pickup. " + tally,
        published="2025-01-21",
    )
    assert event.fatalities is not None and event.fatalities.best == 2


def test_the_group_a_suspect_is_linked_to_is_not_a_side(main_event: MainEvent) -> None:
    event = main_event(
        "On 3 May 2024, police arrested 14 people in Gondar on suspicion of links to Fano.",
        published="2024-05-05",
    )
    assert event.sub_event_type == "Arrests"
    assert event.actor2 is None or event.actor2.inter != 2


def test_a_passive_when_clause_names_the_doer(main_event: MainEvent) -> None:
    event = main_event(
        "At least five people were killed on Sunday when armed men on motorcycles rode into the "
        "market in Gusau, residents said.",
        published="2024-03-12",
    )
    assert event.sub_event_type == "Attack"
    assert event.actor1 is not None and event.actor1.inter == 3


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Three surveyors were taken from their vehicle on a road outside Tame on Tuesday "
            "afternoon, their company said.",
            "Abduction/forced disappearance",
        ),
        (
            "Two women detonated explosives strapped to their bodies at the gate of the market "
            "in Kolofata on Sunday, killing four traders, officials said.",
            "Suicide bomb",
        ),
    ],
)
def test_abductions_and_suicide_bombs_told_in_other_words(
    main_event: MainEvent, text: str, sub: str
) -> None:
    assert main_event(text, published="2021-06-09").sub_event_type == sub


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2022, a crowd in Bambari beat to death a man accused of being an informant for "
        "UPC fighters, a day after a herder was shot dead by unidentified gunmen near the town.",
        "A crowd in Kaga-Bandoro beat to death a man accused of spying for rebels on Monday, a day "
        "after a trader was shot dead by unidentified gunmen outside the town.",
    ],
)
def test_an_earlier_killing_does_not_retype_the_act(main_event: MainEvent, text: str) -> None:
    # the classifier, reading the "a day after" clause's killing, would call the lynching an
    # armed clash or an attack
    assert main_event(text, published="2024-03-12").sub_event_type == "Mob violence"


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "A local official said 17 men were killed, while a humanitarian source put the toll "
            "at 'more than twenty'.",
            [17],
        ),
        ("Police said 12 people died, while residents put the death toll at 9.", [9]),
        (
            "The ombudsman's office said on Saturday that at least eight combatants had been "
            "killed; the army, which said it had no troops in the area, put the number at eleven.",
            [8],
        ),
    ],
)
def test_a_rival_count_is_not_more_dead(nlp, text: str, dead: list[int]) -> None:  # type: ignore[no-untyped-def]
    assert killed(nlp, text)[0] == dead


def test_gunfire_whose_dead_are_told_later_is_an_attack(main_event: MainEvent) -> None:
    event = main_event(
        "Survivors said armed men on motorcycles encircled their village near Djibo on Tuesday "
        "afternoon, separated the men from the women and opened fire. A local official said 12 "
        "men were killed.",
        published="2023-04-14",
    )
    assert event.sub_event_type == "Attack"
    assert event.fatalities is not None and event.fatalities.best == 12


def test_a_foreign_armys_strike_on_the_front_line_is_on_the_host_army(
    main_event: MainEvent,
) -> None:
    # the soldiers who tell it are speakers, not a side the rules would pick
    event = main_event(
        "Troops of a Ukrainian brigade holding positions near Huliaipole said Russian drones "
        "dropped grenades filled with CS gas on their trenches on Tuesday.",
        published="2024-05-02",
    )
    assert event.sub_event_type == "Chemical weapon"
    assert event.actor1 is not None and event.actor1.inter == 8
    assert event.actor2 is not None and event.actor2.inter == 1


def test_a_soldier_by_rank_counts_one(nlp) -> None:  # type: ignore[no-untyped-def]
    sent = next(
        iter(nlp("A Ukrainian infantryman died on Thursday after a drone hit his dugout.").sents)
    )
    assert [(i.who, i.quantity.best) for i in find_tolls(sent).of("killed")] == [("combatants", 1)]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the crowd told by what it was doing when the state fired
        (
            "A 20-year-old was shot dead by police in Eldoret on Tuesday as residents marched to "
            "protest a death in police custody, witnesses said.",
            "2022-11-24",
        ),
        # the Taliban are the state after August 2021
        (
            "Two men were killed in Mazar-i-Sharif on Tuesday when Taliban fighters opened fire "
            "to break up a protest, doctors said.",
            "2021-09-09",
        ),
    ],
)
def test_the_states_lethal_force_on_a_crowd(
    main_event: MainEvent, text: str, published: str
) -> None:
    assert main_event(text, published=published).sub_event_type == (
        "Excessive force against protesters"
    )


def test_people_strapped_with_explosives_are_suicide_bombers(main_event: MainEvent) -> None:
    event = main_event(
        "Two days after women strapped with explosives walked into a wedding party in Konduga, "
        "mourners were still burying the dead. The blasts killed 18 people, officials said.",
        published="2024-07-01",
    )
    assert event.sub_event_type == "Suicide bomb"


def test_a_post_given_up_under_assault_is_taken(main_event: MainEvent) -> None:
    event = main_event(
        "Police officers abandoned their station in Mirebalais on Sunday after a day-long assault "
        "by gunmen of the Viv Ansanm coalition, leaving the town in the hands of the gangs, local "
        "officials said.",
        published="2025-04-01",
    )
    assert event.sub_event_type == "Non-state actor overtakes territory"


def test_a_handover_without_fighting_stays_a_handover(main_event: MainEvent) -> None:
    event = main_event(
        "An armed group handed over a checkpoint it had held for three years in Tripoli to "
        "Interior Ministry forces on Tuesday without any fighting, officials said.",
        published="2023-09-14",
    )
    assert event.sub_event_type == "Non-violent transfer of territory"


@pytest.mark.parametrize(
    "background",
    [
        "Violence in the region has killed more than 7,000 people since 2004.",
        "Elders recalled the 1982 massacre in which thousands were killed.",
    ],
)
def test_background_dead_are_not_the_events(main_event: MainEvent, background: str) -> None:
    event = main_event(
        "Gunmen shot dead a village defence volunteer on a plantation in Raman district on "
        "Sunday, police said. " + background,
        published="2024-12-26",
    )
    assert event.fatalities is not None and event.fatalities.best == 1
