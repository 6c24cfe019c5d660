"""The dead a sentence tells without a counted death: a group counted, then killed as "them"
(session 19: "abducted five farmers ... and later killed them", "pulled 13 suspected gang
members from a minibus and burned them alive"), bombers who killed themselves, people buried.

The number's own verb (abducted, pulled, buried) is not a death, so :mod:`.tolls`' parse-tied
counts miss them. Kept apart from :mod:`.tolls`, which calls these and makes the toll items, so
that each stays a size one can read through.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..nlp.loader import doc_text, span_text
from .numbers import Quantity, find_quantities

__all__ = [
    "KILLED_SELF",
    "LAID_IN_GRAVE",
    "bombers_too",
    "buried",
    "dead_group_before",
    "killed_them",
]

# a verb that kills outright, or one that kills with its complement ("shot them dead", "burned
# them alive", "hacked them to death")
_KILLED_THEM = re.compile(
    r"\b(?:(?:killed|killing|executed|murdered|beheaded|slaughtered|massacred|lynched|strangled|"
    r"hanged)\s+(?:all\s+(?:of\s+)?|both\s+(?:of\s+)?)?them\b|"
    # "set them ablaze", the crowd's burning
    r"set\s+(?:all\s+(?:of\s+)?|both\s+(?:of\s+)?)?them\s+(?:ablaze|alight|on\s+fire)|"
    r"(?:shot|hacked|stabbed|beat|burned|burnt|stoned)\s+(?:all\s+(?:of\s+)?|both\s+(?:of\s+)?)?"
    r"them\s+(?:all\s+|both\s+)?(?:dead|alive|to\s+death))",
    re.I,
)
# "them" told of people: a number of people before it ("five farmers", "13 suspected gang
# members"), not of things ("two cars")
_PEOPLE_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:people|persons|men|women|children|boys|girls|farmers|villagers|"
    r"residents|civilians|passengers|workers|traders|students|pupils|worshippers|fishermen|"
    r"herders|hunters|travell?ers|members|soldiers|policemen|officers|guards|fighters|militants|"
    r"hostages|captives|prisoners|detainees|suspects|youths|miners|loggers|drivers|relatives|"
    r"brothers|sons|pilgrims|monks|nuns|priests|aid\s+workers|health\s+workers|teachers|"
    r"thieves|robbers|criminals|kidnappers|bandits|rustlers|gunmen|attackers|assailants)\b",
    re.I,
)


def killed_them(text: str, quantities: list[Quantity], start: int, end: int) -> Quantity | None:
    """The group a later "killed them" refers to: the last number of people counted before it
    in the sentence (``text[start:end]``), or None."""
    for m in _KILLED_THEM.finditer(text, start, end):
        before = [q for q in quantities if q.end <= m.start() and _PEOPLE_AFTER.match(text, q.end)]
        if before:
            return before[-1]
    return None


_THEMSELVES = re.compile(
    r"\b(?:as well as|and|along with|besides|in addition to)\s+(?P<who>himself|herself|themselves)\b",
    re.I,
)
_BLEW_UP = re.compile(
    r"\b(?P<q>[\w-]+)\s+(?:[\w-]+\s+){0,3}?(?:blew themselves up|detonated their)", re.I
)


# "a suicide bomber drove into the gate, killing himself and wounding three soldiers"
KILLED_SELF = re.compile(r"\bkill(?:ing|ed|s)\s+(?P<who>himself|herself)\b", re.I)


_BURIED = re.compile(r"\bburied\s+(?:the\s+(?:bodies|remains)\s+of\s+)?$", re.I)
_FOUND_DEAD = re.compile(r"\b(?:remains|graves?|exhum\w*|cemetery|bones)\b", re.I)
#: a burial told ("Mourners buried 23 victims in a mass grave"), not "87 bodies buried in a mass
#: grave" (remains found): the grave they were laid in, no grave found
LAID_IN_GRAVE = re.compile(
    r"(?<!bodies\s)(?<!remains\s)(?<!corpses\s)\bburied\b[^.;]{0,60}?\bin\s+(?:a|one|the)\s+"
    r"(?:mass\s+|common\s+|shallow\s+)?grave\b",
    re.I,
)


def buried(sent: Span) -> list[Quantity]:
    """ "Mourners buried 14 people a day after gunmen attacked": the dead told by their burial,
    unless the sentence is about remains found, which died in other events."""
    text = span_text(sent)
    # "Residents buried 23 victims in a mass grave": the grave they were laid in, not one found
    if _FOUND_DEAD.search(LAID_IN_GRAVE.sub("", text)):
        return []
    return [
        q
        for q in find_quantities(text, sent.start_char)
        if _BURIED.search(text[max(0, q.start - sent.start_char - 40) : q.start - sent.start_char])
    ][:1]


def bombers_too(text: str, offset: int) -> list[Quantity]:
    """ "killing 11 people as well as themselves": the bombers died too, and ACLED counts them."""
    m = _THEMSELVES.search(text) or (
        KILLED_SELF.search(text) if re.search(r"\bbomb", text, re.I) else None
    )
    if m is None:
        return []
    if m.group("who").lower() != "themselves":
        q = Quantity(
            offset + m.start("who"), offset + m.end("who"), m.group("who"), 1, 1, None, None
        )
        return [q]
    who = _BLEW_UP.search(text)
    counted = find_quantities(who.group("q")) if who is not None else []
    if who is None or not counted:
        return []
    n = counted[0]
    return [
        Quantity(offset + who.start("q"), offset + who.end("q"), n.text, n.best, n.best, None, None)
    ]


_THEY_DIED = re.compile(
    r"\W*(?:their\s+(?:[\w-]+\s+)?(?:bodies|corpses)\s+(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:found|recovered|discovered|dumped|retrieved)|"
    # "Families buried four children on Monday. They were killed on Sunday when ..."
    r"they\s+(?:all\s+)?(?:were|had\s+been|have\s+been)\s+(?:all\s+)?(?:killed|shot\s+dead)|"
    r"they\s+(?:all\s+)?died)\b",
    re.I,
)


def dead_group_before(sent: Span) -> Quantity | None:
    """ "Four men ... did not come home. Their bodies were found", "... buried four children.
    They were killed when ...": the group the sentence before counted, found dead or killed (its
    count, with its span, so the two are one toll)."""
    if sent.start == 0 or not _THEY_DIED.match(span_text(sent)):
        return None
    prev = sent.doc[sent.start - 1].sent
    text = doc_text(sent.doc)
    people = [
        q
        for q in find_quantities(span_text(prev), offset=prev.start_char)
        if _PEOPLE_AFTER.match(text, q.end)
    ]
    return people[-1] if people else None
