"""ACLED's actor conventions, applied to an event once its sentences are merged.

The sentence rules in :mod:`.events` find who is named; ACLED also codes who is implied:
a protest has protesters as actor1 even when the text says "thousands marched"; a riot's crowd
is rioters (inter 5), not protesters; violence against civilians and remote violence that kills
people who are not fighters have civilians as actor2; and a perpetrator named only in a claim or
a blame elsewhere in the article ("IS claimed the attack", "commanders blamed FARC dissidents")
is the event's actor1.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .actors import (
    COMMUNAL_MILITIAS,
    UNNAMED_REBELS,
    ActorMention,
    allied_countries,
    country_code,
    state_forces,
)
from .agreements import agreement_parties, mediator
from .asides import KILLED_BY
from .claims import (
    blamed_rebels,
    claimant,
    state_accused,
    state_as_subject,
    state_identified,
    state_named_before,
)
from .crowds import CROWD_CONTROL, OWNER_ONLY, PUT_DOWN, crowd_retype
from .events import PASSIVE_SUFFERED, Candidate
from .implied import country_forces, event_country, implied_mention
from .kb import KnowledgeBase
from .targets import (
    AIR_POWER,
    VICTIM_WORDS,
    air_strike_doer,
    no_state_doer,
    official_hit,
    strike_target,
    who_was_hit,
)
from .theatres import FIRED_FROM_COUNTRY, war_doer, whose_weapons

__all__ = ["apply_conventions"]

_CIVILIAN_TARGETS = {
    "Attack",
    "Abduction/forced disappearance",
    "Sexual violence",
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Suicide bomb",
    "Grenade",
    "Chemical weapon",
    "Mob violence",
}
_ARMED = (1, 2, 3, 4, 8)
_UNNAMED_REBELS = re.compile(
    r"\b(?:(?:Islamist|jihadist|separatist|Maoist|ethnic|Tuareg-led|armed)\s+)*(?:insurgents|rebels|guerrillas|militants|"
    # "Jihadists attacked an army base", "the army said it killed 30 terrorists"
    r"jihadists|jihadis|terrorists|extremists|islamists)\b",
    re.I,
)
_NOBODY_CLAIMED = re.compile(
    r"\bno\s+(?:\w+\s+)?(?:group|one|organi[sz]ation)\s+(?:\w+\s+){0,2}claimed\b", re.I
)
# a state's ground-fired arms (its aircraft are AIR_POWER)
_STATE_ARMS = re.compile(r"\b(?:mortars?|shells?|shelling|artillery|missiles?)\b", re.I)
_UNNAMED_GROUP_CLAIMED = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:militant|insurgent|jihadist|separatist|rebel|extremist|"
    r"armed)\s+(?:group|organi[sz]ation|outfit|faction),?\s+(?:\w+\s+){0,2}?claimed\b|"
    # "a separatist commander claimed the attack in a video", "commanders later praised it"
    r"\b(?:militant|insurgent|jihadist|separatist|rebel)\s+(?:commanders?|leaders?|spokesm[ae]n)\s+"
    r"(?:later\s+)?(?:claimed|praised|hailed)\s+the\s+(?:attack|bombing|blast|ambush|raid)\b",
    re.I,
)
_UN_REPORTER = re.compile(
    r"\b(?:OHCHR|UNAMI|UNAMA|UNMISS|MONUSCO|MINUSMA|BINUH|UN human rights office|"
    r"UN human rights|U\.?N\.? investigators|United Nations|Human Rights Watch|HRW|"
    r"Amnesty International)\b(?=[^.;]{0,40}\b(?:said|says|reported|found|documented|announced)\b)",
)
# "Volunteers from the Madres Buscadoras search collective said they had found 11 bodies":
# civilians who search for the missing find the grave
_CIVILIAN_SEARCHERS = re.compile(
    r"\b(?:volunteers|search\s+(?:collective|group)s?|relatives|families|mothers|residents|"
    r"villagers|farmers|shepherds|herders)\b(?=[^.;]{0,100}\b(?:found|discovered|uncovered|"
    r"stumbled\s+(?:up)?on|(?:reported\s+)?finding|located)\b)",
    re.I,
)
# "the Guerreros Buscadores de Jalisco collective ... On Wednesday they found three pits": the
# families' search collectives, who find graves told in the sentences after them
_SEARCH_COLLECTIVE = re.compile(
    r"\b(?:search(?:ing)?\s+collectives?|Buscador[ae]s|Madres\s+Buscadoras|collective\s+of\s+"
    r"(?:relatives|mothers|families)|mothers\s+(?:searching|who\s+search)\s+for)\b",
    re.I,
)
# a state body that announces or uncovers a grave
_STATE_FINDER = re.compile(
    r"\b(?:authorit(?:y|ies)|ministry|prosecutors?|prosecutor'?s office|forensic (?:teams?|experts)|"
    r"police|government)\b(?=[^.;]{0,80}\b(?:announced|found|discovered|uncovered|exhumed|"
    r"began exhuming|recovered)\b)",
    re.I,
)
_MASS_GRAVE_WORDS = re.compile(
    r"\b(?:graves?|bodies|remains|skeletons|bones?|(?:crematory\s+|burial\s+)?pits|"
    r"crematori(?:um|a)|burial\s+sites?)\b",
    re.I,
)
_BOMBER_WORDS = re.compile(r"\bsuicide\s+(?:\w+\s+)?bombers?\b|\bbombers?\b", re.I)
_INSURGENT_WEAPON = re.compile(
    r"\b(?:IEDs?|improvised explosive devices?|roadside bombs?|pipe bombs?|car bombs?|"
    r"explosives?|(?:land)?mines?|bombs?|rockets?|mortars?|suicide (?:vests?|belts?))\b",
    re.I,
)
# weapons one side of a war is known to fire at the other: where the text does not say whose
# they were, the theatre does ("12 Shahed drones launched at Kyiv" are Russia's); the event's
# country -> (the weapons' names, the country whose forces fire them)
_RIVAL_GANGS = re.compile(
    r"\b(?:between|among|pitting)\s+(?:\w+\s+)?(?:rival|two|armed|criminal)\s+(?:gangs|cartels)\b|"
    r"\brival\s+(?:gangs|cartels)\s+(?:clashed|fought|battled)\b",
    re.I,
)
# between an armed group and the verb that broke a protest up: a few words, no clause break
# ("Houthi forces dispersed", "M23 fighters later fired into the air to disperse")
_INTERVENER_GAP = re.compile(r"(?:\s+[\w'-]+){0,4}?\s+(?:to\s+)?")

_SOURCES = re.compile(
    r"\baccording to [^.;]*|\b(?:residents|villagers|witnesses)\s+(?:said|told|say|reported)\b",
    re.I,
)
_REBEL_HELD = re.compile(
    r"\b(?:rebel|insurgent|militant|jihadist|opposition)[- ]held\b|\bheld\s+by\s+(?:the\s+)?"
    r"(?:rebels|insurgents|militants|jihadists)\b",
    re.I,
)
_PARTY_MAN = re.compile(
    r"\b(?:officials?|members?|leaders?|supporters?|activists?|spokes(?:man|woman)|lawmakers?|"
    r"candidates?)\s+of\s+(?:the\s+)?(?:opposition\s+|banned\s+|ruling\s+)?(?:party\s+)?$",
    re.I,
)
_PRETEXT_BEFORE = re.compile(
    r"\b(?:targeting|targetting|hunting\s+(?:for\s+)?|searching\s+for|looking\s+for|in\s+search\s+of|"
    r"accus(?:ing|ed)\s+[^.;]{0,40}?\bof\s+(?:sheltering|harbou?ring|supporting|helping|hiding|feeding|"
    r"collaborating\s+with|informing\s+(?:for|on))|suspected\s+of\s+(?:sheltering|harbou?ring|"
    r"supporting|helping))\s+(?:the\s+|local\s+|suspected\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
_RIVAL_ARMED = re.compile(
    r"\b(?:between|among)\s+(?:two\s+)?rival\s+(?:armed\s+groups|militias|armed\s+factions|factions|"
    r"gangs|armed\s+men)\b",
    re.I,
)
# What only a state has, in ACLED's reading: aircraft and barrel bombs (an air-delivered chemical
# attack is the state's), air defences that intercept, and the police's crowd-control kit.
_INTERCEPTION = re.compile(
    r"\b(?:intercept(?:ed|s|ing|ors?)?|air[- ]defen[cs]es?|shot down|Iron Dome)\b", re.I
)
_MOSTLY_CIVILIANS = re.compile(
    r"\b(?:mostly|mainly|most of them|almost all|all of them|nearly all)\s+(?:of\s+them\s+)?"
    r"civilians\b",
    re.I,
)
_ARMED_WORDS = re.compile(
    r"\b(?:militants?|insurgents?|rebels?|fighters?|jihadists?|terror\w*|gang\w*|"
    r"commanders?|militia\w*|extremists?|bandits?|armed)\b",
    re.I,
)


# "a FAMa vehicle struck an IED", "an army truck ran over a landmine": the forces named are hit
_STRUCK_BOMB = re.compile(
    r"^\W*(?:[\w-]+\s+){0,4}?(?:vehicles?|trucks?|convoys?|patrols?|cars?|pick-?ups?|tanks?|"
    r"buses|bus|jeeps?|APCs?|armou?red\s+(?:vehicles?|carriers?))\s+(?:\w+\s+)?"
    r"(?:struck|hit|ran\s+over|drove\s+over|triggered|detonated)\b",
    re.I,
)
_PLANTED = {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"}
_STATE_FIRST = {"Government regains territory", "Disrupted weapons use", "Arrests"}


def _state_side(c: Candidate, kb: KnowledgeBase, text: str, said: str) -> None:
    """The state's part in strategic events, named or not: it regains territory, defuses and
    intercepts, and arrests (actor1); the territory a group overtakes was the state's (actor2)."""
    actors = [a for a in (c.actor1, c.actor2) if a is not None]
    if any(a.entry.inter in (1, 8) for a in actors):
        if (
            c.sub_event_type in _STATE_FIRST
            and c.actor2 is not None
            and c.actor2.entry.inter == 1
            and (c.actor1 is None or c.actor1.entry.inter not in (1, 8))
        ):
            c.actor1, c.actor2 = c.actor2, c.actor1  # the arresting police named last
        return
    if c.sub_event_type in _STATE_FIRST:
        # "air defences intercepted two rockets": point at the words that imply the state
        implied_by = _INTERCEPTION if _INTERCEPTION.search(said) else None
        forces = country_forces(
            kb, c, police=c.sub_event_type == "Arrests", text=text, pattern=implied_by
        )
        if forces is not None:
            c.actor1, c.actor2 = forces, c.actor1 or c.actor2
    elif c.sub_event_type == "Non-state actor overtakes territory" and c.actor2 is None:
        c.actor2 = country_forces(kb, c)


# Unnamed parties of an agreement, by kind (ACLED names the kind when the text names no group).
_UNNAMED = {
    "rebel": UNNAMED_REBELS,
    "community": COMMUNAL_MILITIAS,
}


def _foreign_force(
    mentions: Sequence[ActorMention], home: str | None, day: dt.date | None
) -> ActorMention | None:
    """The first force the text names that is not the host state's: an external force, or
    another state's army."""
    for m in mentions:
        inter = m.entry.inter_on(day)
        if inter == 8 or (inter == 1 and home and m.entry.country not in (None, home)):
            return m
    return None


def _only_civilians_killed(c: Candidate) -> bool:
    """Every counted dead a civilian ("killing an elderly woman and her grandson")."""
    f = c.fatalities
    return bool(f and f.civilians and not f.combatants and not f.unknown)


#: "Armenian forces had withdrawn beforehand", "pulled out of the town": who gave a place up
_GAVE_UP_AFTER = re.compile(
    r"^[^.;]{0,30}?\b(?:had\s+|have\s+|has\s+)?(?:withdr[ae]wn?|pulled\s+(?:back|out)|retreated|"
    r"fled|abandoned|evacuated|handed\s+over)\b|"
    # "the village, which Russian forces had held since March": who held it before
    r"^\s+had\s+(?:held|controlled|occupied|captured|seized|taken)\b",
    re.I,
)
_TERRITORY = {
    "Government regains territory",
    "Non-violent transfer of territory",
    "Non-state actor overtakes territory",
}


def _gave_up(c: Candidate, text: str, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The side that withdrew from the place taken, told in the event's sentence or the next."""
    end = text.find(". ", c.sent_end)
    end = len(text) if end < 0 else end
    for m in mentions:
        if (
            c.sent_start <= m.start < end
            and m.entry.inter in (1, 2, 3, 4)
            and (c.actor1 is None or m.entry.name != c.actor1.entry.name)
            and _GAVE_UP_AFTER.match(text[m.end : m.end + 60])
        ):
            return m
    return None


def apply_conventions(
    c: Candidate, kb: KnowledgeBase, text: str, mentions: Sequence[ActorMention]
) -> None:
    """Fill and fix ``c.actor1`` / ``c.actor2`` by ACLED's coding conventions (in place)."""
    kind = c.event_type
    start, end = c.sent_start, c.sent_end
    protesters, rioters, civilians = (
        kb.actor("Protesters"),
        kb.actor("Rioters"),
        kb.actor("Civilians"),
    )
    if (
        c.actor1 is not None
        and c.actor2 is not None
        and (
            (
                (c.actor2.generic or c.actor2.entry.name == "Unidentified Armed Group")
                and (
                    abs(c.actor2.start - c.actor1.end) <= 1
                    # "armed men, reportedly OLA members, stopped a bus": the same doers
                    or (
                        0 <= c.actor1.start - c.actor2.end <= 30
                        and c.actor1.end <= c.trigger.start
                        and c.actor1.entry.inter in (2, 3, 4)
                    )
                )
            )
            or (c.actor1.entry.name == c.actor2.entry.name and c.actor1.entry.inter != 1)
        )
    ):
        # "Abu Sayyaf gunmen", "unidentified attackers ... the attackers": one actor told twice
        # (two state forces can be two sides: troops and police fighting each other are rare,
        # but a state's army and its militia are one name here and are kept)
        c.actor2 = None
    actors = [a for a in (c.actor1, c.actor2) if a is not None]
    state = next((a for a in actors if a.entry.inter == 1), None)
    crowd = next((a for a in actors if a.entry.inter in (5, 6)), None)
    armed = next((a for a in actors if a.entry.inter in (2, 3, 4, 8)), None)
    said = text[start:end]
    # crowds' conventions: a protest broken up, a riot, a mob (crowds.py)
    kind, crowd, two_crowds = crowd_retype(c, kind, text, crowd, armed, state)
    if (
        kind == "Riots"
        and crowd is None
        and (armed is not None or state is not None)
        and not re.search(
            r"\b(?:crowds?|mobs?|residents|villagers|youths?|young (?:men|people)|demonstrators|"
            r"protesters|marche[sd]|marchers|students|supporters|"
            r"(?:hundreds|thousands|dozens) of (?:people|men|women))\b",
            # "according to residents": the sources, not a crowd
            _SOURCES.sub("", said),
            re.I,
        )
    ):
        # an armed group or the state burning and looting is no riot
        c.sub_event_type, kind = "Looting/property destruction", "Strategic developments"
        victim = next(
            (
                a
                for a in actors
                if a.entry.inter == 8 and a.entry.country is None and a is not (armed or state)
            ),
            None,
        )
        c.actor1 = armed or state
        c.actor2 = victim  # "WFP's warehouse was looted by armed men": the agency's loss
    if state is None and c.sub_event_type == "Excessive force against protesters":
        state = country_forces(kb, c)
    if (
        state is None
        and c.sub_event_type == "Protest with intervention"
        and armed is not None
        and not armed.implied
        and start <= armed.end <= c.trigger.start
        and _INTERVENER_GAP.fullmatch(text, armed.end, c.trigger.start)
    ):
        # "Houthi forces dispersed a gathering ...": an armed group that holds the town broke
        # it up; no police to imply
        state = armed
    if (
        state is None
        and c.sub_event_type == "Protest with intervention"
        and CROWD_CONTROL.search(said)
    ):
        # "dispersed with tear gas and water cannon": the police did, named or not
        state = country_forces(kb, c, police=True, text=text, pattern=CROWD_CONTROL)
    crowd_words = re.compile(
        r"\b(?:protest\w*|demonstrat\w*|marchers|crowds?|rall\w*|supporters|mobs?|rioters)\b", re.I
    )
    if kind == "Protests" and protesters is not None:
        if crowd is None or crowd.entry.inter != 6:
            crowd = implied_mention(protesters, text, c, crowd_words)
        if c.sub_event_type == "Peaceful protest":
            c.actor1, c.actor2 = crowd, None  # nobody intervened
        elif c.sub_event_type == "Excessive force against protesters":
            c.actor1, c.actor2 = state or c.actor1, crowd
        elif (
            c.sub_event_type == "Protest with intervention"
            and state is not None
            and c.fatalities is not None
            and c.fatalities.best
        ):
            # the dead were told in a sentence of their own ("at least 82 people were killed")
            c.sub_event_type = "Excessive force against protesters"
            c.actor1, c.actor2 = state, crowd
        else:
            c.actor1, c.actor2 = crowd, state
        return
    if kind == "Riots" and rioters is not None:
        if crowd is None or crowd.entry.inter != 5:
            crowd = implied_mention(rioters, text, c, crowd_words)
        if (
            state is not None
            and c.sub_event_type == "Violent demonstration"
            and OWNER_ONLY.match(text, state.end)
            and "police" not in state.text.lower()  # a police station stormed: the police's
        ):
            state = None  # "stormed the residence of the army's corps commander"
        if state is None and c.sub_event_type == "Violent demonstration":
            # "... before storming the building. Police fired tear gas to disperse them": the
            # forces who put the riot down, told in the next sentence
            m = PUT_DOWN.search(text, start, min(len(text), end + 250))
            if m is not None:
                state = country_forces(kb, c, police=True, text=text, pattern=PUT_DOWN)
        other = state if c.sub_event_type == "Violent demonstration" else None
        if c.sub_event_type == "Mob violence":
            victim = next((a for a in actors if a.entry.inter in (7, 1)), None)
            if victim is None and civilians is not None:
                # a mob's target is people or their property: civilians, in ACLED's coding
                victim = implied_mention(civilians, text, c, VICTIM_WORDS)
            other = crowd if two_crowds else victim
        c.actor1, c.actor2 = crowd, other
        return
    a1 = c.actor1
    if (
        a1 is not None
        and c.actor2 is None
        and a1.end <= c.trigger.start
        and PASSIVE_SUFFERED.search(text[a1.end : c.trigger.start + len(c.trigger.text)])
    ):
        # "Four members of the Frontier Corps were killed when a bomb exploded": the people
        # named first are the victims, not the doers
        c.actor1, c.actor2 = None, a1
    no_state_doer(c, text)
    if (
        kind in ("Violence against civilians", "Explosions/Remote violence")
        or c.sub_event_type == "Looting/property destruction"
    ) and (c.actor1 is None or c.actor1.entry.name == "Unidentified Armed Group"):
        # "Gunmen attacked a church ... the government blamed ISWAP": the named group
        c.actor1 = (
            claimant(c, text, mentions, states=True)
            or state_accused(c, kb, text)
            or state_identified(c, kb, text)
            or state_as_subject(c, kb, text)
            or blamed_rebels(c, text)
            or c.actor1
        )
        if (
            c.actor1 is not None
            and c.actor1.entry.inter in (2, 3, 4)
            and c.actor2 is not None
            and c.actor2.entry.name == "Unidentified Armed Group"
        ):
            c.actor2 = None  # "the two attackers were killed": the named group's own people
    elif (
        c.sub_event_type in _PLANTED
        and c.actor1 is not None
        and c.actor1.entry.inter in (1, 8)  # the army, or peacekeepers
        and (owner := claimant(c, text, mentions)) is not None
    ):
        # "An army truck hit an explosive device ... sources blamed JNIM": the army was hit
        c.actor1, c.actor2 = owner, c.actor1
    elif (
        c.sub_event_type in _PLANTED
        and c.actor1 is not None
        and c.actor1.entry.inter in (1, 8)
        and c.actor2 is None
        and c.actor1.end <= c.trigger.start
        and _STRUCK_BOMB.match(text[c.actor1.end : c.trigger.end + 1])
        and (uag := kb.actor("Unidentified Armed Group")) is not None
    ):
        # "a FAMa vehicle struck an IED ..., killing 2 soldiers. No group claimed": the army
        # was hit by a bomb nobody owned
        c.actor1, c.actor2 = implied_mention(uag, text, c, _INSURGENT_WEAPON), c.actor1
    if (
        c.sub_event_type in ("Air/drone strike", "Shelling/artillery/missile attack")
        and c.actor2 is not None
        and civilians is not None
        and re.match(
            r"-(?:run|aligned|affiliated)\s+(?!(?:[\w-]+\s+)?(?:fighters|militants|forces|troops|"
            r"gunmen|brigades?|groups?|units?|militias?|combatants|positions)\b)",
            text[c.actor2.end : c.actor2.end + 60],
            re.I,
        )
    ):
        # "air strikes on a Houthi-run detention centre", "a funeral attended by
        # Houthi-aligned officials": who runs the place is not who was hit
        c.actor2 = implied_mention(civilians, text, c, VICTIM_WORDS)
    if (
        c.sub_event_type == "Suicide bomb"
        and (c.actor1 is None or c.actor1.entry.name == "Unidentified Armed Group")
        and not _NOBODY_CLAIMED.search(text)
    ):
        # suicide bombers nobody names: an insurgent group's tactic, ACLED's rebel side (2)
        c.actor1 = implied_mention(_UNNAMED["rebel"], text, c, _BOMBER_WORDS)
    if (
        c.sub_event_type == "Disrupted weapons use"
        and c.actor2 is not None
        and c.actor2.entry.inter == 7
    ):
        c.actor2 = None  # "sirens sent residents to shelters": who feared it, not whose it was
    if c.sub_event_type == "Disrupted weapons use" and c.actor2 is None:
        # "rockets fired towards Sderot were intercepted ... Hamas said it had fired them"
        found = [
            claimant(c, text, mentions, states=True),
            state_accused(c, kb, text),
            blamed_rebels(c, text),
        ]
        c.actor2 = next(
            (
                a
                for a in found
                if a is not None and (c.actor1 is None or a.entry.name != c.actor1.entry.name)
            ),
            None,
        )
    if c.sub_event_type == "Disrupted weapons use":
        whose_weapons(c, kb, text)
    if (
        c.sub_event_type == "Disrupted weapons use"
        and c.actor2 is None
        and _INSURGENT_WEAPON.search(said)
    ):
        # "defused a pipe bomb", "intercepted rockets fired from Gaza": the unnamed armed
        # group whose weapon it was (a state's drones and missiles stay unnamed); unless the
        # text says nobody claimed it, when the group is unidentified
        c.actor2 = (
            implied_mention(uag, text, c, _INSURGENT_WEAPON)
            if _NOBODY_CLAIMED.search(text) and (uag := kb.actor("Unidentified Armed Group"))
            else implied_mention(_UNNAMED["rebel"], text, c, _INSURGENT_WEAPON)
        )
    if (
        c.sub_event_type in _TERRITORY
        and c.actor2 is not None
        and c.actor2.entry.inter_on(c.date) == 7
    ):
        # "a bombardment had emptied it of civilians": a town changes hands between armed
        # sides; its people are never the side that lost it
        c.actor2 = None
    if c.sub_event_type in _TERRITORY and c.actor2 is None:
        c.actor2 = _gave_up(c, text, mentions)
    if (
        c.sub_event_type
        in ("Non-state actor overtakes territory", "Non-violent transfer of territory")
        and c.actor1 is not None
        and c.actor1.entry.inter in (2, 3, 4)
        and (c.actor2 is None or c.actor2.entry.name == "Unidentified Armed Group")
    ):
        # "Taliban fighters entered Kabul ... checkpoints abandoned by police": a town an armed
        # group takes is the state's, unless the text names another holder
        c.actor2 = country_forces(kb, c) or c.actor2
    if (
        c.sub_event_type == "Disrupted weapons use"
        and c.actor2 is None
        and _NOBODY_CLAIMED.search(text)
        and (unknown := kb.actor("Unidentified Armed Group")) is not None
    ):
        # "air defences shot down a drone ... No group claimed the attempt": whose it was is
        # unknown, ACLED's unidentified armed group
        c.actor2 = implied_mention(unknown, text, c, _NOBODY_CLAIMED)
    if (
        c.sub_event_type == "Armed clash"
        and c.actor2 is None
        and c.actor1 is not None
        and c.actor1.entry.inter == 1
        and len(states := allied_countries(c.actor1.text)) == 2
        and c.actor1.entry.country in states
    ):
        # "Kyrgyz and Tajik border guards exchanged fire": two states' forces are two sides
        rival_country = next(s for s in states if s != c.actor1.entry.country)
        if (rival := state_forces(kb, rival_country)) is not None:
            a1 = c.actor1
            c.actor2 = ActorMention(a1.start, a1.end, a1.text, rival, True, implied=True)
    if (
        c.sub_event_type == "Government regains territory"
        and c.actor2 is None
        and _REBEL_HELD.search(text, c.sent_start, c.sent_end)
    ):
        # "retook Maarat al-Numan, one of the largest rebel-held towns": the rebels lost it
        c.actor2 = implied_mention(_UNNAMED["rebel"], text, c, _REBEL_HELD)
    if c.actor1 is not None and c.actor2 is not None and c.actor2.entry == c.actor1.entry:
        c.actor2 = None  # "raped by armed men ..., blaming fighters of the FPRC": one side
    if (
        c.sub_event_type == "Armed clash"
        # civilians caught in it are no side ("killing five people including a civilian")
        and (c.actor2 is None or c.actor2.entry.inter == 7)
        and (c.actor1 is None or c.actor1.entry.name == "Unidentified Armed Group")
        and (unknown := kb.actor("Unidentified Armed Group")) is not None
        and _RIVAL_ARMED.search(said)
    ):
        # "clashes between rival armed groups in Zawiya": unnamed armed groups on both sides
        c.actor1 = c.actor2 = implied_mention(unknown, text, c, _RIVAL_ARMED)
    if c.sub_event_type in ("Change to group/activity", "Headquarters or base established"):
        c.actor2 = None  # a group's own act: ACLED names no second actor
    if c.sub_event_type == "Headquarters or base established" and c.actor1 is None:
        c.actor1 = state_named_before(kb, text, c) or next(  # "Turkey opened its largest base"
            # "a contingent of the Rwandan Defence Force landed in Pemba, where it set up a
            # base": the forces the sentence names
            (
                m
                for m in mentions
                if c.sent_start <= m.start < c.sent_end and m.entry.inter in (1, 8)
            ),
            None,
        )
    if (
        c.sub_event_type == "Headquarters or base established"
        and c.actor1 is not None
        and c.actor1.entry.inter == 1
        and c.actor1.entry.country in (None, home := event_country(c))
        and (
            guest := _foreign_force(
                [m for m in mentions if c.sent_start <= m.start < c.sent_end], home, c.date
            )
            or _foreign_force(mentions, home, c.date)
        )
        is not None
    ):
        # "The first soldiers of a SADC force arrived in Goma, Congo's army said": the base is
        # the guests', whoever announced it
        c.actor1 = guest
    _state_side(c, kb, text, said)
    if (
        c.sub_event_type == "Arrests"
        and civilians is not None
        and c.actor1 is not None
        and c.actor1.entry.inter == 1
        and (
            c.actor2 is None
            or c.actor2.entry.inter in (5, 6)
            # "arrested a local official of the opposition FNL": a party's man, not its fighters
            or _PARTY_MAN.search(text, max(0, c.actor2.start - 50), c.actor2.start) is not None
        )
        # "arrested three suspected militants": whom the arrest names right after its verb
        and not _ARMED_WORDS.search(text, c.trigger.end, min(end, c.trigger.end + 40))
    ):
        # whom the state arrests is a civilian in ACLED's coding ("detained Istanbul mayor
        # Ekrem Imamoglu", "detained about 20 supporters who had gathered inside"); arresting a
        # protest is the protest's own event (Protest with intervention)
        c.actor2 = implied_mention(civilians, text, c, VICTIM_WORDS)
    if (
        c.sub_event_type == "Looting/property destruction"
        and c.actor2 is not None
        and c.actor2.entry.inter in (1, 2, 3, 4)
        and civilians is not None
        and _PRETEXT_BEFORE.search(text, max(0, c.actor2.start - 70), c.actor2.start)
    ):
        # "set fire to 40 houses during a raid targeting Ambazonian separatists", "accusing
        # residents of sheltering Fano fighters": the group is the pretext, the loss civilians'
        c.actor2 = implied_mention(civilians, text, c, VICTIM_WORDS)
    who_was_hit(c, kb, text)
    if c.sub_event_type == "Other":
        c.actor2 = None  # a grave's discovery: who announced it, and nobody else
    if (
        (kind == "Battles" or c.sub_event_type in _TERRITORY)
        and c.actor1 is not None
        and c.actor1.entry.name == "Unidentified Armed Group"
        and (named := claimant(c, text, mentions)) is not None
        and (c.actor2 is None or named.entry.name != c.actor2.entry.name)
    ):
        # "armed men, described as separatist militants, seized the police headquarters"
        c.actor1 = named
    if (
        kind == "Battles"
        and c.actor2 is None
        and (side := claimant(c, text, mentions)) is not None
        and (c.actor1 is None or side.entry.name != c.actor1.entry.name)
    ):
        # "soldiers repelled an attack ... The attackers are believed to belong to JNIM"
        c.actor2 = side
    if (
        (kind == "Battles" or c.sub_event_type in _TERRITORY)
        and c.sub_event_type != "Non-violent transfer of territory"
        and (c.actor1 is None or c.actor2 is None)
        and _UNNAMED_REBELS.search(text, c.sent_start, c.sent_end)
    ):
        # "troops recaptured the port town from Islamist insurgents": rebels the text does not
        # name are ACLED's rebel side
        rebels = implied_mention(_UNNAMED["rebel"], text, c, _UNNAMED_REBELS)
        known = c.actor1 or c.actor2
        if known is None or known.entry.inter != 2:
            if c.actor1 is None:
                c.actor1 = rebels
            else:
                c.actor2 = rebels
    gangs = _RIVAL_GANGS.search(text, c.sent_start, c.sent_end)
    uag = kb.actor("Unidentified Armed Group")
    if (
        c.sub_event_type == "Armed clash"
        and gangs is not None
        and uag is not None
        and not any(a.entry.inter in (2, 3, 4) and not a.generic for a in actors)
    ):
        # "a battle between rival gangs inside the prison": two unnamed gangs, whoever else
        # (the police who regained control) is named
        side = ActorMention(gangs.start(), gangs.end(), gangs.group(0), uag, True, implied=True)
        c.actor1, c.actor2 = side, side
    if (
        c.sub_event_type == "Sexual violence"
        and civilians is not None
        and c.actor2 is not None
        and c.actor2.entry.inter in (2, 3, 4)
    ):
        # survivors of sexual violence are civilians ("after accusing their husbands of
        # supporting the FNL": a pretext, not the victims' side)
        c.actor2 = implied_mention(civilians, text, c, VICTIM_WORDS)
    if (
        c.actor1 is not None
        and c.trigger.text.lower().startswith(("found the", "discovered the"))
        and c.actor1.end <= c.trigger.start
    ):
        c.actor1 = None  # "Police found the bodies of two men": who found the dead, not who killed
    un = (
        _UN_REPORTER.search(text, c.sent_start, c.sent_end) if c.sub_event_type == "Other" else None
    )
    grave = c.sub_event_type == "Other" and _MASS_GRAVE_WORDS.search(text, c.sent_start, c.sent_end)
    authority = _STATE_FINDER.search(text, c.sent_start, c.sent_end) if grave else None
    searchers = (
        _CIVILIAN_SEARCHERS.search(text, c.sent_start, c.sent_end)
        or (_SEARCH_COLLECTIVE.search(text) if authority is None else None)
        if grave
        else None
    )
    if (un is not None or searchers is not None) and c.actor1 is not None and c.actor1.implied:
        c.actor1 = None  # who the conventions supposed found it: the text says who did
    if (
        authority is not None
        and un is None
        and c.actor1 is not None
        and c.actor1.entry.inter != 1
        and c.actor1.start > authority.start()
    ):
        # "Libya's General Authority for the Search ... of Missing Persons announced the
        # discovery of a mass grave ... from IS control of the city": the state found it
        c.actor1 = None
    if (
        c.sub_event_type == "Other"
        and c.actor1 is not None
        and _MASS_GRAVE_WORDS.search(text, c.sent_start, c.sent_end)
        and KILLED_BY.search(text, max(0, c.actor1.start - 40), c.actor1.start)
    ):
        # "a mass grave ... believed to contain the remains of Yazidi men killed by ISIL": who
        # killed the dead, not who found them
        c.actor1 = None
    if un is not None and c.actor1 is not None and c.actor1.start > un.start():
        # "HRW said it had documented mass graves ... evidence implicated the security forces":
        # who reports the grave, not whom the report accuses
        c.actor1 = None
    if c.sub_event_type == "Other" and c.actor1 is None:
        # a mass grave is uncovered or announced by the authorities (ACLED's actor1), by the
        # UN body or rights group that says so ("OHCHR said it had credible information of a
        # mass grave"), or by the civilians who searched for their missing
        agencies = kb.actor("UN agencies")
        civilians = kb.actor("Civilians")
        if un is not None and agencies is not None:
            c.actor1 = ActorMention(un.start(), un.end(), un.group(0), agencies, True, implied=True)
        elif searchers is not None and civilians is not None:
            c.actor1 = implied_mention(civilians, text, c, _CIVILIAN_SEARCHERS)
        else:
            c.actor1 = country_forces(kb, c)
    if c.sub_event_type == "Agreement":
        # who mediated or hosted the talks is no party to the agreement
        if c.actor1 is not None and mediator(text, c.actor1):
            c.actor1, c.actor2 = c.actor2, None
        if c.actor2 is not None and mediator(text, c.actor2):
            c.actor2 = None
    if c.sub_event_type == "Agreement" and any(
        a is None or a.entry.inter == 7 for a in (c.actor1, c.actor2)
    ):
        # civilians are no party to an agreement ACLED codes; the government often is
        agreement_parties(c, kb, text, mentions)
    if c.sub_event_type == "Non-violent transfer of territory":
        # "handed over the K1 base to Iraqi security forces": who received it is the other side
        to = next(
            (
                a
                for a in mentions
                if c.trigger.end <= a.start < c.sent_end
                and re.search(
                    r"\bto\s+(?:the\s+)?$", text[max(c.sent_start, a.start - 8) : a.start]
                )
                and (c.actor1 is None or a.entry.name != c.actor1.entry.name)
            ),
            None,
        )
        if to is not None:
            c.actor2 = to
    if (
        c.actor2 is None
        and civilians is not None
        and c.actor1 is not None
        and c.actor1.entry.inter != 7
        and (
            c.sub_event_type == "Looting/property destruction"
            or (
                c.sub_event_type == "Arrests"
                # "as part of a terrorism investigation" far from the arrest says nothing of who
                and not _ARMED_WORDS.search(
                    text, max(start, c.trigger.start - 60), min(end, c.trigger.end + 60)
                )
            )
        )
    ):
        # ACLED codes whose property was destroyed, or who was arrested, as civilians unless the
        # text says they were fighters
        c.actor2 = implied_mention(civilians, text, c, VICTIM_WORDS)
    air_strike_doer(c, kb, text, mentions)
    if (
        c.sub_event_type in _CIVILIAN_TARGETS
        and civilians is not None
        and not official_hit(c, text)
        and (
            c.actor2 is None
            or c.actor2.entry.inter not in _ARMED
            or _MOSTLY_CIVILIANS.search(said)  # "killed 60 people, mostly civilians"
            or _only_civilians_killed(c)
        )
        and not (
            c.fatalities
            and c.fatalities.combatants
            and not c.fatalities.civilians
            and not c.fatalities.unknown  # "30 people killed, not counting the three bombers"
        )
        and (
            kind != "Explosions/Remote violence"
            or c.fatalities is not None
            or c.injured is not None
            or VICTIM_WORDS.search(text, start, end) is not None
        )
    ):
        if c.actor1 is not None and c.actor1.entry.inter == 7:
            c.actor1 = None  # the victims were named first ("Villagers were killed by ...")
        if c.actor2 is None or _MOSTLY_CIVILIANS.search(said) or _only_civilians_killed(c):
            c.actor2 = implied_mention(civilians, text, c, VICTIM_WORDS)
    strike_target(c, kb, text, mentions)
    if (
        c.sub_event_type == "Attack"
        and c.civilians_victims
        and civilians is not None
        and c.actor2 is not None
        and c.actor2.entry.inter == 4
    ):
        # "attacked the Fulani village, killing 37 civilians": ACLED codes the victims as
        # civilians and their community as an associated actor
        c.actor2 = implied_mention(civilians, text, c, VICTIM_WORDS)
    fired = (
        FIRED_FROM_COUNTRY.search(text, c.sent_start, c.sent_end)
        if c.sub_event_type in ("Shelling/artillery/missile attack", "Air/drone strike")
        # a state's arms; rockets from Lebanon or Gaza are more often a group's, unnamed
        and (
            _STATE_ARMS.search(text, c.sent_start, c.sent_end)
            or AIR_POWER.search(text, c.sent_start, c.sent_end)
        )
        and not re.search(r"\brockets?\b", text[c.sent_start : c.sent_end], re.I)
        else None
    )
    home = c.location.country if c.location is not None else None
    if (
        fired is not None
        and (origin := country_code(fired.group("country"))) is not None
        and home is not None
        and origin != home
        and (
            c.actor1 is None
            or c.actor1.implied
            or (c.actor1.entry.inter == 1 and c.actor1.entry.country == home)
        )
        and (forces := state_forces(kb, origin)) is not None
    ):
        # "a mortar bomb fired from Syria struck a house in Akcakale": the state it came from,
        # not the state it hit
        c.actor1 = implied_mention(forces, text, c, FIRED_FROM_COUNTRY)
    if (
        c.actor1 is None
        and kind in ("Violence against civilians", "Explosions/Remote violence")
        and c.sub_event_type != "Air/drone strike"
    ):
        # nobody named or claiming: ACLED's "Unidentified Armed Group"
        unknown = kb.actor("Unidentified Armed Group")
        if unknown is not None and c.actor2 is not None and c.actor2.entry.name == unknown.name:
            # "unidentified attackers" taken for the victims: they are the doers
            c.actor1, c.actor2 = c.actor2, None
            if c.sub_event_type in _CIVILIAN_TARGETS and civilians is not None:
                c.actor2 = implied_mention(civilians, text, c, VICTIM_WORDS)
        elif unknown is not None:
            c.actor1 = ActorMention(
                c.trigger.start, c.trigger.end, c.trigger.text, unknown, True, implied=True
            )
    war_doer(c, kb, text)
    if (
        c.actor1 is not None
        and c.actor1.entry.name == "Unidentified Armed Group"
        and kind in ("Explosions/Remote violence", "Violence against civilians", "Battles")
        and _UNNAMED_GROUP_CLAIMED.search(text)
    ):
        # "A banned militant group claimed responsibility": an organised group owned the
        # attack, though the text will not name it (ACLED's rebel side)
        c.actor1 = implied_mention(_UNNAMED["rebel"], text, c, _UNNAMED_GROUP_CLAIMED)
