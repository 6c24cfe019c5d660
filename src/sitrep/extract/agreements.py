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

__all__ = ["agreement_parties"]

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


def agreement_parties(
    c: Candidate, kb: KnowledgeBase, text: str, mentions: Sequence[ActorMention]
) -> None:
    """The parties an agreement names: the government, armed groups, rival gangs or communities
    ("the government and 14 armed groups signed", "the rival gangs agreed to a truce")."""
    said = text[c.sent_start : c.sent_end]
    country = c.location.country if c.location is not None else None
    found = [a for a in (c.actor1, c.actor2) if a is not None and a.entry.inter != 7]
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
