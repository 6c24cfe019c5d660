"""Rules of session 25, each with guard cases (every positive case fails on session 24's code).

Tolls: killing verbs ("slaughtered", "butchered"), more dead told after the event ("Two others
succumbed to their injuries", "A policeman later died of his wounds": who died is the subject of
"died", no doer), a running "number of dead" with no act of its own.

Sub-types: air strikes by the aircraft's kind, arrests before a rally, police present at a
protest, people carried off, raids for loot, infrastructure blown up.

Sides: doers named by hallmarks or by themselves.

Events: a short text whose first sentence names an armed or state actor, with no trigger word
anywhere, is an event when the sub-type classifier reads it as some event and all but rules out
none (unworded.LEDE_FLOOR, LEDE_NONE_MAX); civilians, engineers, a later sentence, a forecast or
a long text do not pass. The texts were written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.extract.classify import NONE, SubtypeClassifier
from sitrep.extract.triggers import scan_triggers
from sitrep.extract.unworded import LEDE_FLOOR, LEDE_NONE_MAX, SHORT_TEXT, UNWORDED_FLOOR
from sitrep.pipeline import Pipeline

Deaths = Callable[..., "int | None"]  # the fixture in conftest.py

_POLICE = (
    "Kenyan police officers reached Port-au-Prince on Tuesday and moved into a former UN "
    "compound near the airport."
)


def _reading(text: str) -> tuple[str, float, float]:
    probs = SubtypeClassifier.load().predict([text])[0]
    label = max((lab for lab in probs if lab != NONE), key=probs.__getitem__)
    return label, probs[label], probs[NONE]


def test_a_lede_naming_armed_forces_needs_less_surety(pipeline: Pipeline) -> None:
    assert scan_triggers(_POLICE) == []
    label, p, none = _reading(_POLICE)
    # below the floor a lede with any actor needs, above the armed lede's
    assert LEDE_FLOOR <= p < UNWORDED_FLOOR and none <= LEDE_NONE_MAX
    events = pipeline(_POLICE, published="2024-05-16").events
    assert [e.sub_event_type for e in events] == [label] == ["Headquarters or base established"]
    assert str(events[0].date) == "2024-05-14"
    # a foreign state's police abroad: external forces (ACLED inter 8)
    assert events[0].actor1 is not None and events[0].actor1.inter == 8


@pytest.mark.parametrize(
    "text",
    [
        # the same act by people who bear no arms
        "Red Cross staff reached Port-au-Prince on Tuesday and moved into a former UN compound "
        "near the airport.",
        "Kenyan engineers reached Port-au-Prince on Tuesday and moved into a former UN compound "
        "near the airport.",
        # the armed actor only in the second sentence: the lede tells a ferry's arrival
        "A ferry from Miami reached Port-au-Prince on Tuesday. Kenyan police officers moved into "
        "a former UN compound near the airport.",
        # a forecast
        "Kenyan police officers will reach Port-au-Prince next week and will move into a former "
        "UN compound near the airport.",
    ],
)
def test_no_event_without_armed_forces_in_a_lede_told_as_fact(
    pipeline: Pipeline, text: str
) -> None:
    assert scan_triggers(text) == []
    assert pipeline(text, published="2024-05-16").events == []


def test_the_armed_lede_counts_in_short_texts_only(pipeline: Pipeline) -> None:
    padding = " ".join(
        f"The port of Port-au-Prince handled {n} ships last year, the port authority said."
        for n in range(100, 100 + SHORT_TEXT)
    )
    long_text = f"{_POLICE} {padding}"
    assert scan_triggers(long_text) == []
    assert pipeline(long_text, published="2024-05-16").events == []


# --- tolls: more ways to tell the dead ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # killing verbs the lexicon lacked as acts
        ("Jihadists slaughtered 12 Christians in Kiri on Sunday, a church official said.", 12),
        ("Twelve villagers were butchered by gunmen in Kiri on Sunday, residents said.", 12),
        # more dead told after the event: a group of "others", one who "later died"
        (
            "Gunmen attacked a checkpoint near Kiri on Sunday, killing two soldiers. Two others "
            "succumbed to their injuries in hospital, the army said.",
            4,
        ),
        (
            "Gunmen attacked a checkpoint near Kiri on Sunday, killing two soldiers. A policeman "
            "later died of his wounds.",
            3,
        ),
        (
            "Gunmen attacked a checkpoint near Kiri on Sunday, killing two soldiers. A policeman "
            "later succumbed to his injuries.",
            3,
        ),
        # a running count of the dead with no act of its own
        (
            "Gunmen stormed Kiri on Sunday. By Monday evening the number of dead had climbed to "
            "12, police said.",
            12,
        ),
        # guard: the wounded are no more dead
        (
            "Gunmen attacked a checkpoint near Kiri on Sunday, killing two soldiers. Two others "
            "were wounded, the army said.",
            2,
        ),
        # a running count replaces the first, it does not add to it
        (
            "Gunmen stormed Kiri on Sunday, killing 12 people. By Monday the number of dead had "
            "risen to 14, police said.",
            14,
        ),
    ],
)
def test_more_ways_to_tell_the_dead(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text) == dead


def test_cattle_slaughtered_is_no_attack(pipeline: Pipeline) -> None:
    text = "Villagers slaughtered 40 goats for the feast in Kiri on Sunday."
    assert pipeline(text, published="2024-03-12").events == []


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the number is the group: "Three were shot dead"
        (
            "Soldiers went from house to house in Kiri on Sunday looking for young men. Three "
            "were shot dead, a relative said.",
            3,
        ),
        (
            "Gunmen raided a market in Kiri on Sunday. Two were gunned down near the gate, "
            "police said.",
            2,
        ),
        # "They were killed": the group the sentence before counted
        (
            "Families in Kiri buried four children on Monday. They were killed on Sunday when a "
            "mortar round landed on their school, teachers said.",
            4,
        ),
        # guards: the same dead told twice are one count; "they" who were not killed
        (
            "Gunmen killed five soldiers near Kiri on Sunday. They were killed as they slept, "
            "the army said.",
            5,
        ),
        (
            "Gunmen abducted five farmers near Kiri on Sunday and killed a guard. They were "
            "released on Monday.",
            1,
        ),
    ],
)
def test_the_group_a_number_or_a_pronoun_stands_for(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text) == dead


# --- sides: who the text says did it ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "An IED killed 14 civilians on a bus near Djibo on Sunday. The attack bore the "
            "hallmarks of JNIM, security sources said.",
            "JNIM",
        ),
        (
            "Some 30 women were abducted in Babanki on Saturday by armed men who said they were "
            "Ambazonia fighters, relatives said.",
            "Ambazonian separatists",
        ),
    ],
)
def test_doers_named_by_hallmarks_or_by_themselves(
    pipeline: Pipeline, text: str, doer: str
) -> None:
    event = pipeline(text, published="2024-03-12").events[0]
    assert event.actor1 is not None and event.actor1.name == doer
    assert event.actor2 is not None and event.actor2.inter == 7


def test_hallmarks_of_nothing_name_no_doer(pipeline: Pipeline) -> None:
    text = (
        "An IED killed 14 civilians on a bus near Djibo on Sunday. The attack bore the hallmarks "
        "of a well-planned operation, officials said."
    )
    event = pipeline(text, published="2024-03-12").events[0]
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group"


# --- sub-types told in other words -------------------------------------------------------------

_AIR = "Air/drone strike"
_LOOT = "Looting/property destruction"
_PEACEFUL = "Peaceful protest"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # air strikes told by the aircraft's kind or make
        (
            "A quadcopter dropped a grenade on a group of civilians queuing for bread in Kherson "
            "on Sunday, killing one man.",
            _AIR,
        ),
        (
            "A Bayraktar TB2 targeted a TPLF convoy near Alamata on Sunday, killing 12 fighters, "
            "a military source said.",
            _AIR,
        ),
        ("The air force pounded rebel positions around Goma on Sunday, the army said.", _AIR),
        (
            "Aerial bombing of Kutkai township on Sunday killed six civilians, a resistance group "
            "said.",
            _AIR,
        ),
        # guard: a grenade thrown by hand
        (
            "A man threw a grenade at a group of civilians queuing for bread in Kherson on Sunday.",
            "Grenade",
        ),
        # a protest yet to come is none: the arrests are the event
        (
            "Police arrested 40 opposition supporters in Kiri on Sunday ahead of a planned rally, "
            "the party said.",
            "Arrests",
        ),
        # guard: arrests at a protest that took place
        (
            "Police arrested 40 protesters at a rally against the new tax law in Kiri on Sunday.",
            "Protest with intervention",
        ),
        # police there, doing nothing to the protest
        (
            "Thousands of opposition supporters marched through Dakar on Sunday under heavy police "
            "presence; the march ended without incident.",
            _PEACEFUL,
        ),
        # guards: police standing guard (read so before), and police who act on the protest
        (
            "Hundreds of nurses protested outside the health ministry in Nairobi on Sunday as "
            "police officers stood guard.",
            _PEACEFUL,
        ),
        (
            "Thousands of opposition supporters marched through Dakar on Sunday under heavy police "
            "presence; police fired tear gas to disperse them.",
            "Protest with intervention",
        ),
        # people carried off are abducted; goods carried off looted
        (
            "Militants stopped a bus near Kiri on Sunday and carried off 18 passengers, the "
            "governor said.",
            "Abduction/forced disappearance",
        ),
        (
            "Gunmen raided the market in Kiri on Sunday and carried off goods and livestock, "
            "traders said.",
            _LOOT,
        ),
        # a raid for loot
        (
            "Gunmen raided shops in the market of Kiri on Sunday night, making off with cash and "
            "phones, traders said.",
            _LOOT,
        ),
        (
            "Fighters stripped the hospital in Kiri of medical equipment on Sunday before "
            "withdrawing, staff said.",
            _LOOT,
        ),
        (
            "Gang members attacked and looted a convoy of aid lorries near Kiri on Sunday, the UN "
            "said. No one was hurt.",
            _LOOT,
        ),
        # a driver who died with his bomb
        (
            "An attacker drove a truck packed with explosives into the gate of an army base near "
            "Kiri on Sunday.",
            "Suicide bomb",
        ),
        # guard: a bomb truck stopped before it went off
        (
            "Police intercepted a truck packed with explosives at a checkpoint outside Mogadishu "
            "on Sunday.",
            "Disrupted weapons use",
        ),
        # a storming whose means the next sentence tells
        (
            "Two attackers stormed a police post in Kiri on Sunday. One blew himself up, police "
            "said.",
            "Suicide bomb",
        ),
        # an agreement whose parties are told with their place
        (
            "Rival clan elders in Galkayo agreed on Sunday to withdraw their militias from the "
            "town's dividing line.",
            "Agreement",
        ),
        # what a town lives by, blown up
        ("Militants blew up a telecom mast near Kiri on Sunday, cutting mobile services.", _LOOT),
        ("Rebels blew up a railway line near Kiri on Sunday, halting freight trains.", _LOOT),
    ],
)
def test_sub_types_told_in_other_words(pipeline: Pipeline, text: str, kind: str) -> None:
    events = pipeline(text, published="2024-03-12").events
    assert events and events[0].sub_event_type == kind


def test_people_made_off_with_are_not_loot(pipeline: Pipeline) -> None:
    text = "Gunmen stormed a school in Kiri on Sunday and made off with 20 girls, police said."
    events = pipeline(text, published="2024-03-12").events
    assert events and events[0].sub_event_type != _LOOT


def test_arms_taken_in_a_battle_are_its_spoils(deaths: Deaths) -> None:
    text = (
        "Rebels attacked an army base near Kiri on Saturday. Three soldiers were killed and the "
        "attackers made off with weapons, the army said."
    )
    assert deaths(text) == 3


@pytest.mark.parametrize(
    ("text", "inters"),
    [
        # a communal battle with one community named: the other side is another's militia
        (
            "Clashes between Hema and Lendu militias near Djugu on Sunday killed nine people.",
            [4, 4],
        ),
        (
            "Gunfights between Kuki and Meitei village volunteers near Moirang on Sunday left two "
            "dead.",
            [4, 4],
        ),
        # guard: a named armed side stays
        (
            "Fulani militiamen clashed with soldiers near Makurdi on Sunday, leaving seven dead.",
            [1, 4],
        ),
    ],
)
def test_a_communal_battle_has_two_communal_sides(
    pipeline: Pipeline, text: str, inters: list[int]
) -> None:
    event = pipeline(text, published="2024-03-12").events[0]
    got = sorted(a.inter for a in (event.actor1, event.actor2) if a is not None)
    assert event.sub_event_type == "Armed clash" and got == inters
