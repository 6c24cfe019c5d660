"""Analysts' qualifiers that narrow a toponym's namesakes: a district or province in brackets
after a name ("Kiwanja (Rutshuru, Nord-Kivu)", "Raman district (Yala)") and a region or country
after a comma ("Paris, Texas", "Tripoli, Lebanon"). Split from :mod:`.toponyms`.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ..models import Place
from .fold import fold
from .gazetteer import MATCH_FOLDED, Candidate
from .words import _PAREN_AFTER, _QUALIFIER_GAP

if TYPE_CHECKING:
    from .toponyms import _Span

__all__ = ["apply_lists", "apply_parentheses", "apply_qualifiers", "qualified_by_brackets"]

# "Raman district (Yala)", "Ramgarh (Jharkhand)", "Kawkareik (Kawkareik township, Kayin)": the
# analyst's brackets name the province the place lies in
_BRACKETS_AFTER = re.compile(
    r"\s*(?:(?:district|township|cercle|province|region|county|municipality|LGA)\s*)?"
    r"\(([^()\n]{2,80})\)"
)


def qualified_by_brackets(sp: _Span, text: str) -> None:
    """Keep only the namesakes in a province the brackets after the name give, if any is."""
    m = _BRACKETS_AFTER.match(text, sp.end)
    if m is None or len(sp.cands) < 2:
        return
    parts = {fold(part) for part in m.group(1).split(",") if part.strip()}
    keep = [
        c
        for c in sp.cands
        if (c.place.admin1 and fold(c.place.admin1) in parts)
        or (c.place.admin2 and fold(c.place.admin2) in parts)
    ]
    if keep:
        sp.cands = keep


def apply_parentheses(chosen: list[_Span], text: str) -> None:
    """ "Kiwanja (Rutshuru, Nord-Kivu)", analysts' way of naming a village: keep the candidates
    whose district or province is among the names in the parentheses, when there are any."""
    for sp in chosen:
        if not sp.cands:
            continue
        m = _PAREN_AFTER.match(text, sp.end)
        if m is None:
            continue
        names = [fold(x) for x in re.split(r"[,;/]", m.group(1)) if fold(x)]
        keep = [
            c for c in sp.cands if _named(c.place.admin1, names) or _named(c.place.admin2, names)
        ]
        if keep:
            sp.cands = keep
            continue
        # "Golo (Rokoro, Central Darfur)": the brackets name a province of a country none of the
        # namesakes is in (a hamlet in Guinea-Bissau): the village is not in the gazetteer
        inside = [o for o in chosen if m.start(1) <= o.start and o.end <= m.end(1)]
        regions = {
            c.place.country
            for o in inside
            for c in o.cands
            if c.tier == MATCH_FOLDED and c.place.feature_code in {"ADM1", "ADM2"}
        }
        if regions and _only_hamlets_abroad(sp.cands, regions):
            sp.cands = []


#: a namesake this small abroad is no reason to doubt the province the text names
_HAMLET = 10_000


def _only_hamlets_abroad(cands: list[Candidate], countries: set[str | None]) -> bool:
    return all(
        c.place.country not in countries
        and (c.place.population or 0) < _HAMLET
        and c.place.feature_class in {"P", None}
        for c in cands
    )


#: the kind of division a name may carry or leave out ("Donetsk oblast" is GeoNames' "Donetska
#: oblast", "Niger State" its "Niger")
_DIVISION_WORD = re.compile(
    r"\b(?:oblast|province|region|state|governorate|district|county|department|prefecture|"
    r"raion|rayon|municipality|division|territory|wilaya|vilayet|kray|krai|respublika)\b'?"
)


def _named(admin: str | None, names: list[str]) -> bool:
    key = _DIVISION_WORD.sub("", fold(admin or "")).strip()
    return bool(key) and any(
        n == key or (len(n) >= 4 and n in key)
        for n in (_DIVISION_WORD.sub("", x).strip() for x in names)
    )


def apply_qualifiers(chosen: list[_Span], text: str) -> None:
    """ "Paris, Texas" / "Paris, Ky." / "Tripoli, Lebanon": keep the candidates in the region or
    country named right after the comma, when there are any."""
    for sp, nxt in zip(chosen, chosen[1:], strict=False):
        if not sp.cands or not _QUALIFIER_GAP.match(text[sp.end : nxt.start]):
            continue
        region: Place | None = nxt.fixed
        if region is None:
            region = next(
                (
                    c.place
                    for c in nxt.cands
                    if c.tier == MATCH_FOLDED and c.place.feature_code in {"ADM1", "PCLI"}
                ),
                None,
            )
        if region is None or _country_list(sp.cands, region):
            continue
        admin1 = region.admin1 or region.name if region.feature_code == "ADM1" else None
        keep = [
            c
            for c in sp.cands
            if c.place.country == region.country
            and (admin1 is None or c.place.admin1 == admin1)
            and c.place.geonames_id != region.geonames_id
        ]
        if keep:
            sp.cands = keep
        elif _only_hamlets_abroad(sp.cands, {region.country}):
            sp.cands = []  # "Rokoro, Central Darfur" is not a hamlet in Java


def _country_list(cands: list[Candidate], region: Place) -> bool:
    """ "Georgia, Iraq, Iran": a country named before another is a list, not a town in it
    (Arak once bore the name Iraq); "Georgia, USA" is still the state."""
    own = [
        c
        for c in cands
        if c.main_name and c.tier == MATCH_FOLDED and c.place.feature_code in {"PCLI", "ADM1"}
    ]
    return (
        region.feature_code == "PCLI"
        and any(c.place.feature_code == "PCLI" for c in own)
        and not any(c.place.country == region.country for c in own)
    )


_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
#: the kinds of place a list is made of: states of one country, or countries
_LIST_KINDS = frozenset(["ADM1", "PCLI"])


def apply_lists(chosen: list[_Span], text: str, first: dict[int, Candidate]) -> list[_Span]:
    """ "Texas, Utah, Virginia, Washington, West Virginia and Wyoming": a name in a list of
    states (or countries) is the state (or country) of that name, not a town that would pick
    it otherwise (Washington, West Virginia). ``first`` holds each span's first choice;
    returns the spans whose candidates were narrowed."""
    runs: list[list[_Span]] = []
    for sp in chosen:
        if runs and _LIST_GAP.fullmatch(text[runs[-1][-1].end : sp.start]):
            runs[-1].append(sp)
        else:
            runs.append([sp])
    changed: list[_Span] = []
    for run in runs:
        if len(run) < 3:
            continue
        for sp in run:
            kinds = Counter(
                (p.feature_code, p.country if p.feature_code == "ADM1" else None)
                for o in run
                if o is not sp and o.start in first
                for p in [first[o.start].place]
                if p.feature_code in _LIST_KINDS
            )
            if not kinds:
                continue
            (code, country), n = kinds.most_common(1)[0]
            if n < 2 or 2 * n < len(run) - 1:
                continue
            keep = [
                c
                for c in sp.cands
                if c.main_name
                and c.tier == MATCH_FOLDED
                and c.place.feature_code == code
                and (country is None or c.place.country == country)
            ]
            if keep and keep != sp.cands:
                sp.cands = keep
                changed.append(sp)
    return changed
