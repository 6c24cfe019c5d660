"""Who did it, by what the text says of responsibility: claims ("IS said it carried out"),
blame ("officials blamed ISWAP"), denials of strikes from afar ("Moscow denied"), doers
identified in apposition or a later sentence ("gunmen believed to be Abu Sayyaf members"), and
states named as countries or by their capitals. :mod:`.roles` asks these when the sentence's own
parse names no doer, or only an unidentified one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .actors import UNNAMED_REBELS, ActorMention, country_code, state_forces
from .events import BLAMED_BEFORE, Candidate
from .kb import KnowledgeBase

__all__ = [
    "CLAIM_AFTER",
    "aircraft_state",
    "STAND_OFF",
    "blamed_rebels",
    "claimant",
    "state_accused",
    "state_as_subject",
    "state_identified",
    "state_named_before",
    "victims_identified",
]

CLAIM_AFTER = re.compile(
    r"^(?:['’]s\s+(?:armed|military)\s+wing)?\s*(?:\([^)]{1,20}\)\s*)?(?:,[^,.;]{0,120},\s*)?(?:\w+\s+){0,2}?(?:later\s+|has\s+|have\s+|had\s+|quickly\s+)?"
    r"(?:claimed|took\s+(?:responsibility|credit)|admitted\s+(?:holding|carrying|responsibility|"
    r"to\s+holding|it\s+held)|(?:said|admitted|acknowledged|confirmed)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    r"(?:\w+\s+){0,3}?(?:of\s+)?(?:its|their)\s+"
    r"(?:members|fighters|militants|men|units?|cells?)\b|said\s+(?:on\s+(?:its\s+|their\s+)?[\w-]+\s+(?:[\w-]+\s+)?)?(?:that\s+)?(?:it|they)\s+(?:had\s+)?"
    r"(?:fired|launched|carried\s+out|conducted|detonated|planted|attacked|targeted)\b|"
    r"(?:was|were|is|are)\s+(?:\w+\s+)?"
    r"(?:behind|responsible\s+for)\s+(?:the|this|that|these)\b)\b|"
    # "... targeted by Boko Haram, which officials blamed for the attack"
    r"^,?\s+which\s+(?:\w+\s+){0,3}(?:blamed|blame|accused|held\s+responsible)\b",
    re.I,
)


# "armed men, reportedly OLA members," / "gunmen believed to be Abu Sayyaf militants"
_IDENTIFIED_BEFORE = re.compile(
    r"\b(?:believed\s+to\s+(?:be|belong\s+to)|reportedly|suspected(?:\s+of\s+being)?|"
    r"identified\s+as|described\s+as|said\s+to\s+be|identif(?:ying|ied)\s+themselves\s+as|"
    # "men who called themselves 'Amba boys'"
    r"called\s+themselves|introduced\s+themselves\s+as|claiming\s+to\s+be|"
    # "armed men who said they were Ambazonia fighters"
    r"said\s+they\s+(?:were|belonged\s+to))\s+"
    r"(?:(?:[\w-]+\s+){0,4}?(?:of\s+)?(?:the\s+)?)?['‘\"“]?$",
    re.I,
)


# "Military officials believe the kidnappers were Abu Sayyaf members": told in a sentence of its own
_DOERS_WERE = re.compile(
    r"\b(?:believed?|suspected?|think|thought|said|say|says|identified)\s+(?:that\s+)?the\s+"
    r"(?:two\s+|three\s+)?(?:attackers|gunmen|kidnappers|abductors|assailants|bombers?|killers|"
    r"perpetrators|raiders|armed\s+men|culprits|pair|couple|suspects)(?:,[^,.;]{0,60},)?\s+"
    r"(?:were|was|belonged\s+to|to\s+be)\s+(?:\w+\s+){0,2}?(?:of\s+)?(?:the\s+)?$",
    re.I,
)
# "The attackers, who arrived on motorbikes, are believed to belong to JNIM"
_DOERS_BELONG = re.compile(
    r"\bthe\s+(?:attackers|gunmen|kidnappers|abductors|assailants|bombers?|killers|perpetrators|"
    r"raiders|armed\s+men|culprits)(?:,[^,.;]{0,60},)?\s+(?:are|were|is|was)\s+(?:\w+\s+)?"
    r"(?:believed|thought|suspected|said|reported)\s+to\s+(?:belong\s+to|be(?:\s+members\s+of)?)\s+"
    r"(?:the\s+)?$",
    re.I,
)
# "the attackers, believed to be members of the al Qaeda-linked JNIM": in apposition
_DOERS_APPOSED = re.compile(
    r"\bthe\s+(?:attackers|gunmen|kidnappers|abductors|assailants|bombers?|killers|perpetrators|"
    r"raiders|armed\s+men|culprits)\s*,\s+(?:who\s+(?:are|were)\s+)?(?:believed|thought|suspected|"
    r"said)\s+to\s+(?:belong\s+to|be(?:\s+members\s+of)?)\s+(?:the\s+)?(?:[\w'’]+\s+)?"
    r"(?:[\w'’]+-(?:linked|affiliated|allied)\s+)?$",
    re.I,
)
# "blaming separatist insurgents": rebels the text does not name (ACLED's rebel side)
_BLAMED_REBELS = re.compile(
    r"\b(?:blam(?:ed|ing)|accus(?:ed|ing))\s+(?:the\s+)?(?:(?:separatist|Islamist|Maoist|communist|"
    r"ethnic|armed)\s+)?(?:insurgents|rebels|separatists|guerrillas)\b",
    re.I,
)
# "Moscow denied carrying out the strike": who denies was accused of it; ACLED codes the accused
_DENIED_AFTER = re.compile(
    r"^(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:ministry|army|military|government|forces))?\s*(?:,[^,.;]{0,80},\s*)?"
    r"(?:has\s+|had\s+|have\s+|later\s+|quickly\s+)?denied\s+(?:that\s+)?(?:it|its\s+forces|they|their\s+"
    r"(?:forces|fighters))?\s*(?:had\s+|were\s+|was\s+)?(?:targeting|targeted|firing|fired|carrying|carried|"
    r"attacking|attacked|shelling|shelled|(?:any\s+|direct\s+)?(?:responsibility|involvement|role)|striking|"
    r"launching|launched|planting|planted)\b",
    re.I,
)
#: strikes from afar whose origin the victims' side can tell: a denial answers an accusation
#: (a bomb or an ambush denied by a group stays unidentified)
STAND_OFF = {
    "Shelling/artillery/missile attack",
    "Air/drone strike",
    "Disrupted weapons use",
    "Chemical weapon",
}
# "a chemical attack that Islamic State militants launched on Taza": the doer, in a relative clause
# "Authorities blamed the Jaime Martinez front of the FARC dissidents": a unit of the group
_BLAMED_UNIT = re.compile(
    r"\b(?i:blam(?:ed|ing)|accus(?:ed|ing))\s+(?i:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?i:front|faction|"
    r"wing|unit|cell|column|brigade|battalion|bloc)(?i:\s+of\s+(?:the\s+)?|,\s+an?\s+)$"
)  # or "blamed the Jaime Martinez front, a FARC dissident group"
# "five drones launched by militants", "rockets fired by Hezbollah": whose weapons they were
_WEAPON_BY_BEFORE = re.compile(
    r"\b(?:launched|fired|flown|sent|operated|planted|laid)\s+by\s+(?:the\s+)?$", re.I
)
_LAUNCHED_AFTER = re.compile(
    r"^\s+(?:had\s+|has\s+|have\s+)?(?:launched|carried\s+out|staged|mounted|conducted)\b", re.I
)


# "Armenia denied firing at the city", "Russia's defence ministry denied its forces had carried
# out the strike": the state named as a country or by its capital was accused of it
_STATE_DENIED = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=(?:['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?i:ministry|army|military|government|forces))?\s+(?i:has\s+|had\s+|later\s+)?(?i:denied)\b)"
)


# "blaming Ukraine for what it called a terrorist attack": a state blamed by its name
_STATE_BLAMED = re.compile(
    r"\b(?i:blam(?:ed|ing)|accus(?:ed|ing))\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b"
)


_STATE_SILENT = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+)\s+(?:did\s+not|has\s+not|had\s+not|declined\s+to)\s+"
    r"(?:immediately\s+)?comment\b"
)
# "shot down all 11 missiles Russia launched at Kyiv"
_STATE_LAUNCHED = re.compile(r"\b(?P<name>[A-Z][\w'’-]+)\s+(?:had\s+)?(?:launched|fired)\b")


def _forces_named(
    kb: KnowledgeBase, name: str, start: int, parts: Sequence[str]
) -> ActorMention | None:
    """The state forces of the first of ``parts`` (the name, or one of its words) that names a
    country or its capital; ``start`` is where ``name`` stands in the text."""
    for cand in parts:
        country = country_code(cand)
        entry = state_forces(kb, country) if country else None
        if entry is not None:
            at = start + name.index(cand)
            return ActorMention(at, at + len(cand), cand, entry, False)
    return None


def state_accused(c: Candidate, kb: KnowledgeBase, text: str) -> ActorMention | None:
    """The forces of a state the article names (as a country or by its capital) as blamed for
    the event, or as denying a strike from afar."""
    found = list(_STATE_BLAMED.finditer(text))
    if c.sub_event_type == "Disrupted weapons use":
        found += list(_STATE_LAUNCHED.finditer(text, c.sent_start, c.sent_end))
    if c.sub_event_type in STAND_OFF:
        found += [m for m in _STATE_DENIED.finditer(text) if _DENIED_AFTER.match(text[m.end() :])]
    if c.sub_event_type == "Disrupted weapons use":
        # "air defences fired at drones over Isfahan ...; Israel did not comment": the state the
        # report expects an answer from
        found += list(_STATE_SILENT.finditer(text))
    for m in sorted(found, key=lambda m: m.start()):
        name = m.group("name")
        # "BLAMING UKRAINE FOR ...": capitals run on in upper case
        forces = _forces_named(kb, name, m.start("name"), (name, name.split()[0]))
        if forces is not None:
            return forces
    return None


# "Karapatan said it believed the men were soldiers", "armed men in military uniform, some of
# them soldiers", "he was being held by the police's counter-terrorism service": unnamed doers
# the text itself identifies as the state's
_STATE_IDENTIFIED = re.compile(
    r"\b(?:believed?|suspected?|said|says|identified|described)\b[^.;]{0,40}?\b(?:the\s+)?"
    r"(?:men|attackers|gunmen|abductors|kidnappers|assailants|perpetrators|culprits)\s+"
    r"(?:were|as|to\s+be)\s+(?:\w+\s+)?(?P<who>soldiers|troops|policemen|police(?:\s+officers)?|"
    r"security\s+(?:forces|agents|officers)|intelligence\s+agents|members\s+of\s+the\s+"
    r"(?:army|military|security\s+forces|police))\b|"
    r"\bin\s+(?:military|army)\s+(?:uniforms?|fatigues),?\s+(?:some\s+of\s+them|including)\s+"
    r"(?P<who2>soldiers|police(?:men)?)\b|"
    r"\b(?:was|were)\s+being\s+(?:held|detained)\s+(?:by|at)\s+(?:the\s+)?"
    r"(?P<who3>police|army|military|intelligence\s+services?|security\s+services?)\b",
    re.I,
)


def state_identified(c: Candidate, kb: KnowledgeBase, text: str) -> ActorMention | None:
    """The state's forces (of the event's country) where the text says the unnamed doers were
    its soldiers, police or agents."""
    country = c.location.country if c.location is not None else None
    m = _STATE_IDENTIFIED.search(text)
    if m is None or country is None:
        return None
    group = next(g for g in ("who", "who2", "who3") if m.group(g))
    entry = state_forces(kb, country, police=m.group(group).lower().startswith("police"))
    if entry is None:
        return None
    return ActorMention(m.start(group), m.end(group), m.group(group), entry, True, implied=True)


# "Russia used the choking agent chloropicrin", "Israel struck a school": a state, by its name or
# its capital's, as the subject of the act
_STATE_ACTED = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:has\s+|had\s+|have\s+|again\s+)?"
    r"(?:used|struck|shelled|launched|fired|bombed|attacked|carried\s+out|conducted|dropped|"
    r"targeted|pounded|hit)\b"
)


def state_as_subject(c: Candidate, kb: KnowledgeBase, text: str) -> ActorMention | None:
    """The forces of a state named, as a country or by its capital, as the doer in the event's
    sentence."""
    for m in _STATE_ACTED.finditer(text, c.sent_start, c.sent_end):
        if re.search(
            r"\b(?:from|in|of|to|at|near|into|over|across|inside)\s+$",
            text[max(0, m.start() - 12) : m.start()],
            re.I,
        ):
            continue  # "a rocket fired from Lebanon struck": a place, not the doer
        name = m.group("name")
        forces = _forces_named(kb, name, m.start("name"), (name, name.split()[-1]))
        if forces is not None:
            return forces
    return None


# "killing two men whom Hezbollah later mourned as its fighters", "a man whom the IDF identified
# as a Hezbollah member", "Two of the dead were Asayish members": the dead were a group's own
_VICTIMS_WERE = re.compile(
    r"\bwhom\s+(?P<a>[^,.;]{2,40}?)\s+(?:later\s+)?(?:mourned|claimed|named)\s+as\s+(?:one\s+of\s+)?"
    r"(?:its|their)\s+(?:own\s+)?(?:fighters|members|commanders|martyrs)|"
    r"\b(?:identified|described|named)\s+(?:him|them|the\s+(?:dead|man|men|victims?))?\s*as\s+"
    r"(?:an?\s+|the\s+)?(?:senior\s+|local\s+|field\s+)?(?P<b>[^,.;]{2,40}?)\s+(?:members?|fighters?|"
    r"commanders?|militants?|operatives?)\b|"
    r"\b(?:\w+\s+)?of\s+the\s+(?:dead|victims|killed)\s+(?:were|was)\s+(?P<c>[^,.;]{2,40}?)\s+"
    r"(?:members|fighters|commanders|militants)\b",
    re.I,
)


def victims_identified(
    c: Candidate, text: str, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """The armed group the text says the dead belonged to, told in the event's sentence or
    the two after it."""
    window_end = min(len(text), c.sent_end + 400)
    for m in _VICTIMS_WERE.finditer(text, c.sent_start, window_end):
        group = next(g for g in ("a", "b", "c") if m.group(g))
        s, e = m.span(group)
        for a in mentions:
            if s <= a.start and a.end <= e and a.entry.inter in (2, 3, 4) and not a.implied:
                return a
    return None


# "Residents said the jets were Russian", "the drones were Turkish-made" is no such claim
_AIRCRAFT_WERE = re.compile(
    r"\b(?:jets|warplanes|planes|aircraft|helicopters|drones|bombers)\s+(?:were|was)\s+"
    r"(?:probably\s+|likely\s+|believed\s+to\s+be\s+)?(?P<dem>[A-Z][a-z]+)(?![\w-])"
)


def aircraft_state(c: Candidate, kb: KnowledgeBase, text: str) -> ActorMention | None:
    """The state whose the text says the aircraft were ("the jets were Russian")."""
    from .actors import demonym_country

    for m in _AIRCRAFT_WERE.finditer(text):
        country = demonym_country(m.group("dem"))
        entry = state_forces(kb, country) if country else None
        if entry is not None:
            return ActorMention(m.start("dem"), m.end("dem"), m.group("dem"), entry, True)
    return None


def state_named_before(kb: KnowledgeBase, text: str, c: Candidate) -> ActorMention | None:
    """A state named as a country (or by its capital) before the trigger: its forces."""
    for m in re.finditer(
        r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", text[c.sent_start : c.trigger.start]
    ):
        name = m.group(0)
        if re.search(
            r"\b(?:in|of|from|to|at|near)\s+$", text[c.sent_start : c.sent_start + m.start()]
        ):
            continue  # "the European Union Mission in Armenia": a place, not the doer
        forces = _forces_named(kb, name, c.sent_start + m.start(), (name, name.split()[0]))
        if forces is not None:
            return forces
    return None


def blamed_rebels(c: Candidate, text: str) -> ActorMention | None:
    """ "Authorities blamed separatist insurgents": ACLED's unnamed rebels (inter 2)."""
    m = _BLAMED_REBELS.search(text)
    if m is None:
        return None
    return ActorMention(m.start(), m.end(), m.group(0), UNNAMED_REBELS, True, implied=True)


def claimant(
    c: Candidate, text: str, mentions: Sequence[ActorMention], states: bool = False
) -> ActorMention | None:
    """An armed group the article says claimed, was blamed for or was believed to have done
    an attack, or which denied it; with ``states``, a state's forces too ("Kyiv blamed Russian
    forces")."""
    kinds = (1, 2, 3, 4) if states else (2, 3, 4)
    for m in mentions:
        if m.entry.inter not in kinds or m.implied:
            continue
        before = text[max(0, m.start - 70) : m.start]
        after = text[m.end : m.end + 140]
        if (
            CLAIM_AFTER.match(after)
            or (c.sub_event_type in STAND_OFF and _DENIED_AFTER.match(after))
            or BLAMED_BEFORE.search(before)
            or _BLAMED_UNIT.search(text, max(0, m.start - 70), m.start)
            or _DOERS_WERE.search(text[max(0, m.start - 140) : m.start])
            or _DOERS_BELONG.search(text[max(0, m.start - 140) : m.start])
            or _DOERS_APPOSED.search(text[max(0, m.start - 140) : m.start])
            or (
                (
                    _IDENTIFIED_BEFORE.search(before)
                    or _LAUNCHED_AFTER.match(after)
                    or _WEAPON_BY_BEFORE.search(before)
                )
                and m.start > c.sent_start
                and m.start < c.sent_end
            )
        ):
            return m
    return None
