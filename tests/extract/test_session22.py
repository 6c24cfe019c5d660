"""Rules of session 22, each with guard cases that pass before and after it.

Tolls told the way narratives tell them: a companion named after the victim ("a councillor and
his bodyguard"), a couple, a group's fate after a relative clause of its own ("two who tried to
flee were shot dead"), a side that "lost four of its own soldiers", the bodies of the dead
counted; the dead found with no act told are an attack of their own, and beside an act they are
its dead. A clash between communities is fought by communal militias, not civilians.

The texts were written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.models import Event

MainEvent = Callable[..., Event]  # the fixtures in conftest.py
Deaths = Callable[..., "int | None"]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a companion or kin named after the one victim
        (
            "Gunmen shot dead a district judge and his driver on the road to Kandahar on "
            "Thursday, police said.",
            2,
        ),
        # a couple is two people
        (
            "Attackers hacked to death an elderly couple and their grandson in a village near "
            "Bunia on Friday, a local official said.",
            3,
        ),
        # the group's fate told after a clause of its own, not the verb before it
        (
            "Armed men abducted 25 villagers near Zurmi on Saturday; three who resisted were "
            "shot dead, residents said.",
            3,
        ),
        # a side's own losses, told as a part of its men
        (
            "The army said it had killed 15 militants in the battle for the hill and lost two of "
            "its own soldiers.",
            17,
        ),
        # the dead counted by their bodies
        (
            "Gunmen attacked a gold mine near Kidal on Wednesday. The bodies of nine miners were "
            "recovered on Thursday, officials said.",
            9,
        ),
    ],
)
def test_tolls_told_in_narratives(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text) == dead


# guards: each passes before and after the session's rules
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the cause of a riot is no death of it
        (
            "Youths burned tyres and stoned a police post in Kisumu on Monday after a boda boda "
            "rider died in police custody. Police shot dead three of the rioters, a rights group "
            "said.",
            3,
        ),
        # "a couple of" is a vague few, not a pair of people plus more
        ("Gunmen killed a couple of farmers near Makurdi on Sunday, police said.", 2),
        # a side that lost its cattle lost no dead; a vague loss is no count
        ("Raiders killed four herders near Kapoeta on Sunday and the herders lost 300 cattle.", 4),
        # a victim who died, told in the main clause, is the event's dead
        (
            "Residents of Soweto said they were afraid after a shopkeeper, Thabo Nkosi, was "
            "stabbed to death by a gang on Saturday.",
            1,
        ),
        # the one dead told again in apposition
        (
            "A bomb exploded on a bus in Quetta on Monday. One passenger, a 30-year-old teacher, "
            "was killed and six were wounded, police said.",
            1,
        ),
        # an ordinal victim is the toll's new total, not one more
        (
            "Gunmen opened fire in a bar in Celaya on Saturday, killing seven people, police "
            "said. An eighth victim died in hospital on Sunday.",
            8,
        ),
        # a companion who was only hurt is no second death
        (
            "Gunmen shot dead a councillor in Tlapa on Tuesday, and his bodyguard was wounded, "
            "prosecutors said.",
            1,
        ),
    ],
)
def test_tolls_narratives_do_not_inflate(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text) == dead


def test_the_dead_found_with_no_act_told_are_an_attack(main_event: MainEvent) -> None:
    event = main_event(
        "The bodies of five men, blindfolded, were found beside a highway outside Celaya on "
        "Tuesday, police said.",
        published="2024-03-20",
    )
    assert event.sub_event_type == "Attack"
    assert event.fatalities is not None and event.fatalities.best == 5
    assert event.actor2 is not None and event.actor2.inter == 7


def test_a_victim_found_dead_is_an_attack(main_event: MainEvent) -> None:
    event = main_event(
        "A local radio presenter was found dead in his home in Tegucigalpa on Sunday with stab "
        "wounds, police said.",
        published="2024-03-18",
    )
    assert event.sub_event_type == "Attack"
    assert event.fatalities is not None and event.fatalities.best == 1


def test_the_dead_found_join_the_act_told_after_them(main_event: MainEvent) -> None:
    # the bodies told first, the raid after: one event, dated by the raid (a guard for the
    # finding's own trigger, which alone would make the finding the main event)
    text = (
        "The bodies of eight villagers were found on Monday in a village near Djibo. Gunmen on "
        "motorbikes had raided the village on Sunday, residents said."
    )
    event = main_event(text, published="2024-03-19")
    assert event.fatalities is not None and event.fatalities.best == 8
    assert event.date is not None and event.date.isoformat() == "2024-03-17"


def test_an_act_beside_the_finding_dates_the_event(main_event: MainEvent) -> None:
    # a guard: the finding's trigger yields to the act told in its sentence
    text = (
        "The bodies of three traders were found on Friday on a farm outside Mocimboa da Praia, "
        "a day after insurgents beheaded them there, residents said."
    )
    event = main_event(text, published="2024-03-23")
    assert event.date is not None and event.date.isoformat() == "2024-03-21"
    assert event.fatalities is not None and event.fatalities.best == 3


def test_an_event_counted_in_a_series_is_no_event_of_its_own(main_event: MainEvent) -> None:
    text = (
        "This was the third such raid in the district this week. On Thursday gunmen stormed a "
        "village near Mopti and shot dead five people, witnesses said."
    )
    event = main_event(text, published="2024-03-23")
    assert event.sub_event_type == "Attack"
    assert event.fatalities is not None and event.fatalities.best == 5


@pytest.mark.parametrize(
    "text",
    [
        "Villagers and cattle herders clashed over a water point near Kapoeta on Saturday, "
        "leaving five dead, officials said.",
        "Farmers and Fulani herders clashed with machetes and guns near Mokwa on Sunday; eight "
        "people were killed.",
    ],
)
def test_a_clash_between_communities_is_fought_by_communal_militias(
    main_event: MainEvent, text: str
) -> None:
    event = main_event(text, published="2024-03-18")
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 is not None and event.actor2 is not None
    assert {event.actor1.inter, event.actor2.inter} == {4}


def test_civilians_attacked_by_a_militia_stay_civilians(main_event: MainEvent) -> None:
    event = main_event(
        "Armed herders attacked a farming village near Mokwa on Sunday, killing nine villagers, "
        "police said.",
        published="2024-03-18",
    )
    assert event.sub_event_type == "Attack"
    assert event.actor2 is not None and event.actor2.inter == 7


def test_two_single_deaths_that_died_together(deaths: Deaths) -> None:
    # the counted one ("one passenger") is not counted again by its noun
    text = (
        "A bus hit a landmine near Gao on Thursday. The driver and one passenger died at the "
        "scene, the army said."
    )
    assert deaths(text) == 2


def test_armed_men_neutralised_are_a_battle(main_event: MainEvent) -> None:
    event = main_event(
        "Soldiers neutralised seven terrorists during a patrol near Dori on Friday, the army "
        "said in a statement.",
        published="2024-03-18",
    )
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities is not None and event.fatalities.best == 7
    assert event.actor1 is not None and event.actor1.inter == 1


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the one named beside the counted others
        (
            "The gunman and three others were killed when police stormed the bank in Valencia "
            "on Thursday, officials said.",
            4,
        ),
        # a family counted by its size
        (
            "A family of six was killed when an air strike hit their house in Hodeidah on "
            "Wednesday, medics said.",
            6,
        ),
        # "By <day>, N had been killed": the day the count stood, not another event's
        (
            "Militants stormed a college in Garissa on Thursday. By Friday morning, when troops "
            "retook the campus, 40 people had been killed, officials said.",
            40,
        ),
    ],
)
def test_wire_tolls_second_battery(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text) == dead


@pytest.mark.parametrize(
    "text",
    [
        # the victim's own clause is long before "died"
        "A 19-year-old student who was attacked by a crowd of youths outside a mosque in Kaduna "
        "over a social media post died in hospital on Sunday, police said.",
        # the victim told by a pronoun after the act
        "Traders caught a suspected pickpocket at a bus park in Enugu on Friday and kicked him "
        "to death, police said.",
        "Gunmen attacked a woman accused of witchcraft near Kisumu on Saturday, beat her and "
        "shot her dead, police said.",
        "A mob attacked a man accused of theft in Bauchi on Monday. He was taken to hospital, "
        "where doctors declared him dead, police said.",
        "A crowd beat a suspected thief in Kampala on Sunday. Doctors pronounced him dead on "
        "arrival at hospital, police said.",
        # the victim identified between commas
        "The victim, identified as Musa Bello, was pronounced dead at the scene after a mob "
        "attacked him in Zaria on Friday, police said.",
    ],
)
def test_one_victim_of_a_mob(deaths: Deaths, text: str) -> None:
    assert deaths(text) == 1


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # guards: the patterns above count nobody who survived or was only hurt
        (
            "A mob beat a suspected thief in Kampala on Sunday. He was taken to hospital in a "
            "serious condition, police said.",
            None,
        ),
        (
            "Police said a man who was beaten by a crowd in Kano on Friday had survived.",
            None,
        ),
    ],
)
def test_a_mob_victim_who_lived(deaths: Deaths, text: str, dead: int | None) -> None:
    assert deaths(text) in (dead, 0)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the group's parts set off before its own verb
        (
            "Six policemen, among them a station commander, lost their lives when gunmen stormed "
            "a post near Bannu on Friday, officials said.",
            6,
        ),
        # a count per side
        (
            "Two villages fought over a water point near Galkayo on Friday; elders said four "
            "men from each side were killed.",
            8,
        ),
        # an unknown number beside a counted group
        (
            "The fighting near Rutshuru left six soldiers and an unknown number of rebels dead, "
            "the army said on Friday.",
            6,
        ),
        # the organisations a fight was between are no dead
        (
            "Police said 12 men were killed on Friday in a gunfight between two gangs near "
            "Culiacan.",
            12,
        ),
        # guard: both sides' dead told together are the total
        (
            "Clashes between the army and rebels near Sake on Friday killed 20 people on both "
            "sides, a local official said.",
            20,
        ),
    ],
)
def test_narrative_tolls_third_battery(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A 14-year-old girl was raped and strangled near Meerut on Sunday, police said.", 1),
        (
            "Militiamen took a woman from her home near Rutshuru on Sunday; she was raped and "
            "killed, relatives said.",
            1,
        ),
        (
            "Gunmen raped three women near Walikale on Sunday and shot dead the husband and son "
            "of one of them, a local official said.",
            2,
        ),
        # guard: no death told
        (
            "Soldiers raped four women during a raid on a village near Walikale on Sunday, a "
            "local official said.",
            None,
        ),
    ],
)
def test_deaths_told_beside_sexual_violence(deaths: Deaths, text: str, dead: int | None) -> None:
    assert deaths(text) in ((dead,) if dead else (None, 0))


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "Jihadists attacked an army post near Monguno on Friday. The army said troops killed "
            "15 terrorists, while two soldiers paid the ultimate price.",
            17,
        ),
        (
            "Militants attacked a border post in Kurram on Friday; four soldiers embraced "
            "martyrdom, the military said.",
            4,
        ),
    ],
)
def test_armies_euphemisms_for_their_dead(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text) == dead


@pytest.mark.parametrize(
    "text",
    [
        # the one the firing hit, told by a pronoun
        "Police fired on traders protesting against a new tax in Kumasi on Monday. One trader "
        "was hit in the head; he collapsed and died at the scene, witnesses said.",
        # hit, then died, in one clause; undated, with no doer of its own
        "Soldiers opened fire on protesters in Kankan on Friday. A 15-year-old girl was shot in "
        "the back and later died in hospital, her family said.",
    ],
)
def test_one_dead_of_a_crackdown_told_after_it(deaths: Deaths, text: str) -> None:
    assert deaths(text) == 1


def test_a_pronoun_that_did_not_die_is_no_death(deaths: Deaths) -> None:
    # guard: "he said ... died" is another's death, told by him
    text = (
        "Police fired tear gas at protesters in Kumasi on Monday. A trader was hit by a canister; "
        "he said his cousin was arrested."
    )
    assert deaths(text) in (None, 0)
