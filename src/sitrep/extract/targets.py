"""Who an attack hit and who did not do it, where the article's words say more than its parse:
a state's spokesmen and officials, forces that answered an attack, the state's officials as the
target, the war a strike belongs to, a state's aircraft or an improvised drone as the striker,
the army's own buildings, a group's members and a foreign mission's base as what a strike hit.
Split from :mod:`.roles`, which calls these in its order of conventions; each mutates the
candidate in place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .actors import ActorMention
from .claims import aircraft_state, victims_identified
from .events import Candidate
from .implied import country_forces, event_country, implied_mention
from .kb import KnowledgeBase
from .lexicon import CIVILIAN_NOUNS, PEOPLE_NOUNS
from .refine import PASTORAL_VICTIMS, herders_killed
from .unworded import ARMED_INTERS

__all__ = [
    "AIR_POWER",
    "official_hit",
    "VICTIM_WORDS",
    "air_strike_doer",
    "no_state_doer",
    "strike_target",
    "who_was_hit",
]

#: aircraft and what they drop: air power is a state's, in ACLED's reading
AIR_POWER = re.compile(
    r"\b(?:helicopters?|gunships?|warplanes?|fighter jets?|jets|aircraft|planes|"
    r"barrel bombs?|air ?strikes?|air ?raids?)\b",
    re.I,
)
VICTIM_WORDS = re.compile(
    r"\b(?:" + "|".join(sorted(CIVILIAN_NOUNS | PEOPLE_NOUNS, key=len, reverse=True)) + r")\b",
    re.I,
)
#: what a strike hit, told right after its verb, when it is the state's forces' own
_MILITARY_TARGET = re.compile(
    r"[^.;]{0,40}?\b(?:(?:army|military|air|naval)\s+(?:bases?|positions?|headquarters|barracks|"
    r"airbases?|airports?|depots?|posts?|checkpoints?|academy)|air\s+base|airbase|general\s+staff|"
    r"(?:ministry|department)\s+of\s+defen[cs]e|defen[cs]e\s+ministry)\b",
    re.I,
)
#: a state's mention that names its spokesmen ("Taliban officials", "the government spokesman")
_SPEAKERS_AFTER = re.compile(
    r"\s+(?:(?:officials?|spokesm[ae]n|spokesperson|spokeswoman|authorities|administration)\s+"
    r"(?:have\s+|had\s+|also\s+)?(?:said|say|says|put|told|confirmed|reported|gave|announced)|"
    # "what police described as a hand grenade", "Police believe a grenade was thrown"
    r"(?:have\s+|had\s+)?(?:described|believe[sd]?|suspect(?:s|ed)?|think|thought))\b",
    re.I,
)
# "drones laden with explosives struck a graduation ceremony", "a commercial drone dropped a
# grenade": a group's improvised weapon, not a state's air force
_IMPROVISED_DRONE = re.compile(
    r"\bdrones?\s+(?:laden|loaded|packed|rigged|armed)\s+with\s+(?:explosives|grenades|bombs)|"
    r"\bexplosive-(?:laden|packed|rigged)\s+drones?|\b(?:commercial|modified|homemade|home-made|"
    r"improvised)\s+drones?",
    re.I,
)
_OFFICIAL_TARGETS = {
    "Attack",
    "Remote explosive/landmine/IED",
    "Suicide bomb",
    "Grenade",
}
#: the state's officials, whose killing is an attack on the state
_OFFICES = (
    r"(?:(?:acting|deputy|former|provincial|regional|district|municipal)\s+)?(?:mayor|governor|"
    r"district\s+commissioner|commissioner|minister|police\s+(?:chief|commander)|"
    r"(?:intelligence|army)\s+chief|judge|prosecutor)"
)
_OFFICE = rf"(?:the\s+)?{_OFFICES}"
#: a state's official named by the state's possessive ("the Taliban's minister for refugees")
_OFFICIAL_AFTER = re.compile(rf"['’]s\s+{_OFFICES}\b", re.I)
_OFFICIAL_HIT = re.compile(
    # (not "governor Zulum said at least 40 of them were killed": the official speaks)
    rf"\b{_OFFICE}\b(?:(?!\b(?:said|says|told|reported)\b)[^.;]){{0,60}}?\b(?:was|were)\s+"
    r"(?:shot\s+dead|killed|assassinated|gunned\s+down|"
    r"shot|wounded|injured)\b|"
    rf"\b(?:killing|killed|assassinat(?:ed|ing)|targeting|targeted|shot\s+dead|shooting\s+dead|"
    rf"gunned\s+down)\s+{_OFFICE}\b",
    re.I,
)
_AIR_FORCE = re.compile(r"\bair\s*force\b", re.I)
# "Houthi drones", "the RSF's drones hit": a group's own aircraft
_GROUP_DRONES = re.compile(r"^(?:['’]s)?\s+(?:\w+\s+)?(?:drones?|quadcopters?|UAVs?)\b", re.I)
_BACKDROP_BEFORE = re.compile(
    r"\b(?:since|as|amid|during)\s+(?:the\s+)?(?:fighting|war|conflict|hostilities)\s+"
    r"(?:with|against|between)\s+(?:the\s+)?$|\bdisplaced\s+by\s+(?:the\s+)?$",
    re.I,
)


def official_hit(c: Candidate, text: str) -> bool:
    """Whether the side :func:`who_was_hit` found hit is the state, by a serving official the
    event's sentence tells shot or killed ("the mayor of Uruapan ... was shot dead"): an attack
    on the state, not on civilians, although the toll counts him a civilian (a former official
    is one)."""
    if c.actor2 is None or not c.actor2.implied or c.actor2.entry.inter_on(c.date) != 1:
        return False
    m = _OFFICIAL_HIT.search(text, c.sent_start, c.sent_end)
    return m is not None and "former" not in m.group(0).lower()


def no_state_doer(c: Candidate, text: str) -> None:
    """A state's spokesmen, or police who describe what happened, are no doers of a bombing or
    a killing; its official named by its possessive was the target."""
    kind = c.event_type
    if (
        kind in ("Violence against civilians", "Explosions/Remote violence")
        and c.actor1 is not None
        and c.actor1.entry.inter_on(c.date) == 1
        and _SPEAKERS_AFTER.match(text, c.actor1.end)
    ):
        # "Taliban officials said", "the Syrian government said": who speaks for the state is
        # no doer of a bombing or a killing the article reports
        c.actor1 = None
    if (
        kind in ("Violence against civilians", "Explosions/Remote violence")
        and c.actor1 is not None
        and c.actor1.entry.inter_on(c.date) == 1
        and c.actor1.end <= c.trigger.start
        and (c.actor2 is None or c.actor2.entry.inter == 7)
        and _OFFICIAL_AFTER.match(text, c.actor1.end)
    ):
        # "Khalil Haqqani, the Taliban's minister for refugees, was killed when a suicide bomber
        # struck": the state's own official was the target
        c.actor1, c.actor2 = None, c.actor1


def who_was_hit(c: Candidate, kb: KnowledgeBase, text: str) -> None:
    """Herders killed, officials hit and the war a strike belongs to."""
    kind = c.event_type
    civilians = kb.actor("Civilians")
    if (
        c.sub_event_type in ("Attack", "Abduction/forced disappearance")
        and c.actor1 is not None
        and c.actor1.entry.inter in ARMED_INTERS
        and herders_killed(c)
        and civilians is not None
    ):
        # "Dozo hunters killed eight Fulani herders", "raided a cattle camp, killing six
        # herders": herders an armed side kills are its victims, not a herders' militia
        c.actor2 = implied_mention(civilians, text, c, PASTORAL_VICTIMS)
    if (
        c.sub_event_type in _OFFICIAL_TARGETS
        and (c.actor2 is None or c.actor2.entry.inter == 7)
        and (c.actor1 is None or c.actor1.entry.inter_on(c.date) != 1)
        and _OFFICIAL_HIT.search(text, c.sent_start, c.sent_end)
        and (state := country_forces(kb, c)) is not None
    ):
        # "the mayor of Uruapan was shot dead", "a roadside bomb killed the district commissioner
        # of Afgooye and two of his bodyguards": the state's own officials were the target
        c.actor2 = state
    if (
        kind == "Explosions/Remote violence"
        and civilians is not None
        and c.actor2 is not None
        and c.actor2.entry.inter_on(c.date) in (2, 3, 4)
        and _BACKDROP_BEFORE.search(text, max(0, c.actor2.start - 40), c.actor2.start)
        and VICTIM_WORDS.search(text, c.trigger.end, c.sent_end)
    ):
        # "killing 42 people, including 10 children, the deadliest attack since fighting with
        # Hamas began": the war the strike belongs to is no side of it
        c.actor2 = implied_mention(civilians, text, c, VICTIM_WORDS)


def air_strike_doer(
    c: Candidate, kb: KnowledgeBase, text: str, mentions: Sequence[ActorMention]
) -> None:
    """Who flew the strike: a state's aircraft the sentence names over a group the story names;
    with nobody named, the state the text says the aircraft were, an improvised drone's
    unidentified group, else the event's country's forces (air power is a state's)."""
    said = text[c.sent_start : c.sent_end]
    if (
        c.sub_event_type == "Air/drone strike"
        and c.actor1 is not None
        and c.actor1.entry.inter_on(c.date) in (2, 3, 4)
        and not _GROUP_DRONES.search(text, c.actor1.end, c.actor1.end + 30)
        and (
            air := next(
                (
                    m
                    for m in mentions
                    if c.sent_start <= m.start < c.sent_end
                    and m.entry.inter_on(c.date) in (1, 8)
                    and (AIR_POWER.search(m.text) or _AIR_FORCE.search(m.text))
                ),
                None,
            )
        )
        is not None
    ):
        # "a Nigerian Air Force jet dropped two bombs on a camp for people displaced by the
        # Boko Haram insurgency": the state's aircraft struck; the group is the story's backdrop
        c.actor1 = air
        if c.actor2 is not None and c.actor2.entry == air.entry:
            c.actor2 = None
    if c.actor1 is None and (
        c.sub_event_type == "Air/drone strike"
        # "Witnesses described a cylinder falling from a helicopter": the gas's carrier may be
        # told in any sentence
        or (c.sub_event_type == "Chemical weapon" and AIR_POWER.search(text))
    ):
        # Air power is a state's: with nobody named, ACLED's coder names the state's forces:
        # the state the text says the aircraft were ("Residents said the jets were Russian"),
        # else the event's country's.
        improvised = _IMPROVISED_DRONE.search(said)
        c.actor1 = aircraft_state(c, kb, text) or (
            implied_mention(uag, text, c, _IMPROVISED_DRONE)
            if improvised and (uag := kb.actor("Unidentified Armed Group")) is not None
            else country_forces(kb, c)
        )
        if c.actor1 is not None and c.actor2 is not None and c.actor2.entry == c.actor1.entry:
            # "a drone strike killed 26 people ..., as the federal army battled Fano": the army
            # of the aside is the striker, not its target
            c.actor2 = None


_STAND_OFF_STRIKES = ("Shelling/artillery/missile attack", "Air/drone strike")
# what a stand-off strike hit when it hit a base: "landed inside the Halane base camp", "fired
# at Mogadishu's fortified airport complex"
_BASE_HIT = re.compile(
    r"\b(?:landed|fell|struck|hit|fired|aimed|targeted|targeting)\b[^.;]{0,60}?\b(?:base|camp|"
    r"compound|complex|headquarters|barracks)\b",
    re.I,
)


def _mission(mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The one foreign mission the article names (an AU or UN force: inter 8, no country)."""
    found = {m.entry.name: m for m in mentions if m.entry.inter == 8 and m.entry.country is None}
    return next(iter(found.values())) if len(found) == 1 else None


def strike_target(
    c: Candidate, kb: KnowledgeBase, text: str, mentions: Sequence[ActorMention]
) -> None:
    """What a strike hit: the army's own buildings, or a group whose members were the dead."""
    kind = c.event_type
    end = c.sent_end
    if (
        kind == "Explosions/Remote violence"
        and (c.actor2 is None or (c.actor2.implied and c.actor2.entry.inter == 7))
        and not (c.fatalities and c.fatalities.civilians)
        and _MILITARY_TARGET.match(text, c.trigger.end, min(end, c.trigger.end + 90))
        and (c.actor1 is None or c.actor1.entry.country != event_country(c))
        and (held_by := country_forces(kb, c)) is not None
    ):
        # "Israeli warplanes struck the General Staff and Ministry of Defence complex": the
        # state whose forces hold what was hit
        c.actor2 = held_by
    if (
        c.sub_event_type in _STAND_OFF_STRIKES
        and (c.actor2 is None or (c.actor2.implied and c.actor2.entry.inter == 7))
        and not (c.fatalities and c.fatalities.civilians)
        and _BASE_HIT.search(text, c.sent_start, end)
        and (mission := _mission(mentions)) is not None
        and (c.actor1 is None or mission.entry != c.actor1.entry)
    ):
        # "mortar shells landed inside the Halane base camp ..., an AMISOM official said": a
        # foreign mission's base hit is a strike on the mission
        c.actor2 = mission
    if (
        kind == "Explosions/Remote violence"
        and (c.actor2 is None or c.actor2.entry.inter == 7)
        and (members := victims_identified(c, text, mentions)) is not None
        and (c.actor1 is None or members.entry != c.actor1.entry)
    ):
        # "an Israeli drone struck a car, killing two men whom Hezbollah later mourned as its
        # fighters": the strike hit the group
        c.actor2 = members
