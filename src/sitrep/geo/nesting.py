"""Which found toponyms are nested: inside an organisation's name, a title, a modifier or a
government's metonym ("the Kabul police chief", "a Kabul-based group", "Moscow denied"). A
nested mention is listed with the place it names but is never an event's location.

Split from :mod:`.toponyms`, which finds the names; this module only judges their context."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .casing import _facility_name_after, _in_org_name
from .words import (
    _FACILITY_AFTER,
    _GOVERNMENT_BEFORE,
    _GOVERNMENT_OWNS,
    _GOVERNMENT_VERBS,
    _GROUP_AFTER,
    _HOSPITAL_AFTER,
    _NESTED_AFTER,
    _OFFICE_AFTER,
    _OFFICE_OF,
    _ORG_HEADS,
    _PEOPLE_AFTER,
    _TO_HOSPITAL,
)

if TYPE_CHECKING:
    from .toponyms import _Span

__all__ = ["mark_nested"]

# what a country's abbreviation qualifies when it stands as an adjective
_ATTRIBUTIVE_AFTER = frozenset(
    ["air", "airstrikes", "strikes", "strike", "forces", "troops", "soldiers", "military", "army",
     "navy", "marines", "warplanes", "jets", "drones", "drone", "officials", "official",
     "embassy", "envoy", "diplomats", "government", "administration", "president", "special",
     "coalition", "commandos", "personnel", "aircraft", "warships", "missiles", "sanctions"]
)  # fmt: skip
_MOVEMENT_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?movement\b")
# a place made an adjective: who leads, backs or hosts something, not where it happened
_MODIFIER_AFTER = re.compile(
    r"-(?:led|backed|based|funded|brokered|sponsored|supported|allied|aligned|trained|supplied"
    r"|made|owned|run|born|registered)\b",
    re.I,
)


def mark_nested(
    chosen: list[_Span],
    toks: list[Token],
    text: str,
    caps: set[int],
    ents_by_tok: dict[int, Span],
) -> None:
    """Set ``nested`` on each span of ``chosen`` (document order) whose context says it is
    part of something else's name, or stands for something other than the place."""
    for sp in chosen:
        org = ents_by_tok.get(sp.start_tok)
        if (
            org is not None
            and org.label_ in {"ORG", "FAC"}
            and (org.start, org.end) != (sp.start_tok, sp.end_tok)
            and org.end >= sp.end_tok  # "CROIX" of "CROIX-DES-BOUQUETS": no organisation's
            and (any(t.lower_ in _ORG_HEADS for t in org) or not sp.place_ctx)
            # "in Bazar Tand, Ramgarh" read as one organisation: a list of places
            and not (sp.start_tok > org.start and toks[sp.start_tok - 1].text == ",")
        ):
            sp.nested = True
        nxt = toks[sp.end_tok] if sp.end_tok < len(toks) else None
        if nxt is not None and (
            (nxt.lower_ in _NESTED_AFTER and not sp.place_ctx) or nxt.lower_ in _OFFICE_AFTER
        ):
            sp.nested = True
        if any(c.place.feature_code in ("PPLC", "PCLI") for c in sp.cands) and (
            (nxt is not None and nxt.lower_ in _GOVERNMENT_VERBS)
            or _GOVERNMENT_OWNS.match(text, sp.end)
            or _GOVERNMENT_BEFORE.search(text, max(0, sp.start - 40), sp.start)
        ):
            # "Moscow denied", "Moscow's defence ministry", "ties with Moscow": the government
            sp.nested = True
        if nxt is not None and nxt.lower_ in _GROUP_AFTER or _MOVEMENT_AFTER.match(text, sp.end):
            sp.nested = True  # "the Wharf Jeremie gang", "the Hirak protest movement": a group
        if (
            nxt is not None
            and nxt.lower_ in _PEOPLE_AFTER
            and not sp.place_ctx
            and sp.cands
            and all(c.place.feature_code == "ADM1" for c in sp.cands[:1])
        ):
            sp.nested = True  # "separated the Amhara students from the others": a people
        if (
            nxt is not None
            and nxt.text in _FACILITY_AFTER
            and not (sp.admin or sp.populated)
            and not any(c.place.feature_class in {"H", "L", "S", "T"} for c in sp.cands)
        ):
            sp.nested = True  # "Woodfield Shopping Center", "Greenbrier River": a facility's name
        if (
            _HOSPITAL_AFTER.match(text, sp.end)
            and _TO_HOSPITAL.search(text, max(0, sp.start - 12), sp.start)
            and any(o.end < sp.start and o.text != sp.text for o in chosen)
        ):
            sp.nested = True  # "(shelled Taiz ...) treated at Al-Thawra hospital": not the place
        if _in_org_name(toks, sp.start_tok, sp.end_tok, caps):
            sp.nested = True
        if (
            sp.fixed is not None
            and sp.fixed.feature_code == "PCLI"
            and nxt is not None
            and nxt.lower_ in _ATTRIBUTIVE_AFTER
        ):
            sp.nested = True  # "US air strikes", "UK troops": the country as an adjective
        if _MODIFIER_AFTER.match(text, sp.end):
            sp.nested = True  # "the U.S.-led committee", "a Kabul-based group": a modifier
        if text[sp.end : sp.end + 2] in ("'s", "’s") and (
            re.match(r"(?:St\.?|Saint)\s", sp.text)
            or re.search(r"\b(?:St\.?|Saint)\s+$", text[max(0, sp.start - 7) : sp.start])
        ):
            sp.nested = True  # "St. Patrick's Day", "St. Paul's United Brethren Church": a saint
        if _OFFICE_OF.search(text, max(0, sp.start - 40), sp.start):
            sp.nested = True  # "the former archbishop of Douala", "the governor of Borno": a title
        if (
            not caps
            and not (sp.admin or sp.populated)
            and sp.ner not in ("GPE", "LOC")
            and _facility_name_after(toks, sp.end_tok)
        ):
            sp.nested = True  # "the Sacred Heart of Jesus Cathedral", "the Makki mosque"
