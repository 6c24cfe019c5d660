"""The parties an agreement names, in ACLED's terms: states named by their presidents or
delegations, the government, unnamed armed groups, rival gangs or communities. Split from
:mod:`.roles`, which calls it for every Agreement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .actors import COMMUNAL_MILITIAS, UNNAMED_REBELS, ActorMention, country_code, state_forces
from .events import Candidate
from .kb import ActorEntry, KnowledgeBase

__all__ = ["agreement_parties", "mediator"]

# Unnamed parties of an agreement, by kind (ACLED names the kind when the text names no group).
_UNNAMED_BY_KIND = {"rebel": UNNAMED_REBELS, "community": COMMUNAL_MILITIAS}

_PARTY_WORDS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"\b(?:the )?(?:\w+ )?(?:government|authorities|junta|president|prime minister)\b", re.I
        ),
        "state",
    ),
    # "rival armed groups in Zawiya agreed to a ceasefire": two unnamed armed groups
    (re.compile(r"\brival (?:armed groups|militias|armed factions|factions)\b", re.I), "gang"),
    (
        re.compile(
            r"\b(?:(?:armed|rebel|insurgent) (?:groups?|movements?|factions?)|rebel (?:fighters|"
            r"leaders|commanders|representatives|delegations?)|rebels|insurgents)\b",
            re.I,
        ),
        "rebel",
    ),
    # "a prominent armed bandit faction": bandits are ACLED's unidentified armed groups
    (
        re.compile(
            r"\b(?:gangs?|cartels?|(?:armed )?bandit (?:factions?|groups?|gangs?)|bandits)\b", re.I
        ),
        "gang",
    ),
    (re.compile(r"\b(?:communities|clans|tribes|ethnic groups)\b", re.I), "community"),
]


_STATES_OF = re.compile(
    r"\b(?:presidents|leaders|heads\s+of\s+state|(?:foreign|defen[cs]e)\s+ministers|prime\s+ministers|"
    r"governments|delegations)\s+of\s+(?:the\s+)?(?P<list>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*"
    r"(?:,\s*[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)*,?\s+and\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)"
)


# "Russia and Ukraine signed a deal": states named as the subjects of the signing
_NAME = r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
_STATES_SIGNED = re.compile(
    rf"\b(?P<list>{_NAME}(?:,\s*{_NAME})*,?\s+and\s+{_NAME})\s+(?:have\s+|had\s+)?"
    r"(?:signed|agreed|reached|concluded|struck|sealed)\b"
)


# "The United States signed an agreement with the Taliban": one state named as the signer
_STATE_SIGNED_WITH = re.compile(
    rf"\b(?:[Tt]he\s+)?(?P<name>{_NAME})\s+(?:has\s+|had\s+)?(?:signed|reached|concluded|struck)\s+"
    r"an?\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord|treaty|truce|ceasefire)\s+with\b"
)


# "under the mediation of the High Islamic Council and local authorities", "brokered by the
# governor", "The governor of Lakes State, who mediated", "talks chaired by the police
# commander", "Police brokered a truce": who brought the parties together
_MEDIATED_BEFORE = re.compile(
    r"\b(?:mediation\s+of|mediated\s+by|brokered\s+by|auspices\s+of|facilitated\s+by|"
    r"hosted\s+by|convened\s+by|with\s+the\s+help\s+of|chaired\s+by|presided\s+over\s+by|"
    r"overseen\s+by|witnessed\s+by|attended\s+by|in\s+the\s+presence\s+of)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,6}?$",
    re.I,
)
_MEDIATED_AFTER = re.compile(
    r"^(?:[^.;]{0,60}?,)?\s*(?:who|which)\s+(?:had\s+)?(?:mediated|brokered|hosted|facilitated)\b|"
    # "Police brokered a truce between the Pokot and Marakwet communities"
    r"^\s+(?:has\s+|have\s+|had\s+)?(?:brokered|mediated|chaired|convened|facilitated|"
    r"presided\s+over|oversaw)\s+(?:a|an|the)\b",
    re.I,
)
# "community leaders from Dogon and Fulani villages signed", "Chiefs and youth leaders of two
# Dinka Agar sections signed", "between the Hema and Lendu communities": communities' own pact
_COMMUNITY_PARTIES = re.compile(
    r"\b(?:leaders|elders|chiefs|notables|representatives|delegates)\s+(?:of|from)\s+(?:the\s+)?"
    r"(?:two|rival|both|several|neighbouring)?\s*(?:[A-Z][\w'’-]+\s+){0,3}(?:(?:and|&)\s+"
    r"(?:[A-Z][\w'’-]+\s+){1,3})?(?:communities|villages|sections|clans|sub-clans|tribes|"
    r"ethnic\s+groups)\b|"
    r"\bbetween\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:and|&)\s+(?:[A-Z][\w'’-]+\s+){1,3}"
    r"(?:communities|clans|sub-clans|tribes|sections)\b|"
    # "an inter-communal peace agreement", "a truce between herders and farmers"
    r"\b(?i:inter-?communal|intercommunal|communal|tribal|clan|ethnic)\s+(?i:peace\s+|"
    r"reconciliation\s+|non-aggression\s+)?(?i:agreement|accord|deal|pact|truce|ceasefire)\b|"
    r"\b(?i:between\s+(?:the\s+)?(?:herders|farmers|pastoralists|herdsmen)\s+and\s+(?:the\s+)?"
    r"(?:herders|farmers|pastoralists|herdsmen))\b",
)


def mediator(text: str, a: ActorMention) -> bool:
    """Whether the text names the actor as the agreement's mediator or host."""
    return bool(
        _MEDIATED_BEFORE.search(text, max(0, a.start - 60), a.start)
        or _MEDIATED_AFTER.match(text[a.end : a.end + 100])
    )


def agreement_parties(
    c: Candidate, kb: KnowledgeBase, text: str, mentions: Sequence[ActorMention]
) -> None:
    """The parties an agreement names: the government, armed groups, rival gangs or communities
    ("the government and 14 armed groups signed", "the rival gangs agreed to a truce")."""
    said = text[c.sent_start : c.sent_end]
    country = c.location.country if c.location is not None else None
    found = [a for a in (c.actor1, c.actor2) if a is not None and a.entry.inter != 7]
    communities = _COMMUNITY_PARTIES.search(said)
    if communities is not None and all(a.entry.inter == 4 for a in found):
        # the communities' own pact: a communal militia on each side
        start, end = c.sent_start + communities.start(), c.sent_start + communities.end()
        sides = [
            ActorMention(start, end, communities.group(0), COMMUNAL_MILITIAS, True, implied=True)
            for _ in range(2)
        ]
        c.actor1, c.actor2 = (found + sides)[:2]
        return
    states = _STATES_OF.search(said) or _STATES_SIGNED.search(said)
    if states is not None and len(found) < 2:
        # "the presidents of Tajikistan, Kyrgyzstan and Uzbekistan signed a treaty": the host
        # state and another, each its own state forces
        names = re.split(r",\s*(?:and\s+)?|\s+and\s+", states["list"])
        codes = list(dict.fromkeys(cc for n in names if (cc := country_code(n))))
        if len(codes) >= 2:
            codes.sort(key=lambda cc: cc != country)
            start, end = c.sent_start + states.start(), c.sent_start + states.end()
            host, other = (state_forces(kb, cc) for cc in codes[:2])
            if host is not None and other is not None:
                said_as = states.group(0)
                c.actor1 = ActorMention(start, end, said_as, host, True, implied=True)
                c.actor2 = ActorMention(start, end, said_as, other, True, implied=True)
                return
    signer = _STATE_SIGNED_WITH.search(said)
    if signer is not None and (cc := country_code(signer["name"])) is not None:
        # "The United States signed an agreement with Taliban insurgents": a state by its name
        forces = state_forces(kb, cc)
        if forces is not None and all(a.entry != forces for a in found):
            start = c.sent_start + signer.start("name")
            found.append(
                ActorMention(
                    start, start + len(signer["name"]), signer["name"], forces, True, implied=True
                )
            )
    for rx, kind in _PARTY_WORDS:
        m = rx.search(said)
        if m is None:
            continue
        start, end = c.sent_start + m.start(), c.sent_start + m.end()
        if _MEDIATED_BEFORE.search(text, max(0, start - 60), start):
            continue  # "under the mediation of the local authorities": no party
        entry: ActorEntry | None
        if kind == "state":
            entry = state_forces(kb, country) if country else None
        elif kind == "gang":
            entry = kb.actor("Unidentified Armed Group")
        else:
            entry = _UNNAMED_BY_KIND[kind]
        if entry is None:
            continue
        same = [a for a in found if a.entry.inter == entry.inter]
        if kind in ("gang", "community") and len(found) == len(same) == 1:
            # "Elders of the rival tribes signed": the one side named stands for both
            found.append(ActorMention(start, end, m.group(0), entry, True, implied=True))
            continue
        if same:
            continue
        found.append(ActorMention(start, end, m.group(0), entry, True, implied=True))
        if kind in ("gang", "community") and len(found) == 1:
            # "the rival gangs agreed": both sides are of the kind named
            found.append(ActorMention(start, end, m.group(0), entry, True, implied=True))
    found.sort(key=lambda a: a.start)
    if found:
        c.actor1 = found[0]
        if len(found) > 1:
            c.actor2 = found[1]
        elif c.actor2 is not None and c.actor2.entry.inter == 7:
            c.actor2 = None  # civilians are no party (the rules' stand-in for nobody named)
