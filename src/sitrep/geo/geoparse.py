"""Document-level geoparsing: find toponyms, settle the article's focus country, resolve again.

:func:`find_places` resolves each name with local context only. Here a first pass finds the
country the article is about; a second pass resolves every name with that country as a hint,
and names that land in countries the article never mentions are dropped unless the tagger also
saw a place there and the name is the place's own name. Alternate names and loose keys make
words like "Ramadan" or "Syrias" match villages abroad; a report about Syria rarely means a town
in Brazil without naming Brazil.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from ..models import PlaceMention
from .fold import fold
from .gazetteer import Gazetteer
from .toponyms import find_places

__all__ = ["geoparse", "focus_country"]


def focus_country(places: list[PlaceMention]) -> str | None:
    """The country an article is about: towns and villages weigh most, then regions and
    countries, then demonyms; so a report from Aleppo that names Russia, France and Britain
    in its diplomacy paragraphs is still about Syria."""
    weights: Counter[str] = Counter()
    for p in places:
        if not p.country:
            continue
        if p.nested:
            weights[p.country] += 0.5  # type: ignore[assignment]
        elif (p.feature_class or "P") == "A":
            weights[p.country] += 1
        else:
            weights[p.country] += 3
    return weights.most_common(1)[0][0] if weights else None


def geoparse(doc: Doc, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Every place mention of ``doc``, resolved with the article's focus country in view."""
    places = find_places(doc, gazetteer)
    focus = focus_country(places)
    if focus is None:
        return places
    places = find_places(doc, gazetteer, country_hint=focus)
    named = {p.country for p in places if p.nested or p.feature_class == "A"} | {focus}
    ner = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")]
    return [
        p
        for p in places
        if p.nested
        or p.country in named
        or (fold(p.text) == fold(p.name) and any(s <= p.start and p.end <= e for s, e in ner))
    ]
