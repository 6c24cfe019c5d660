"""Capitalised English words that spell a place only by its variants are not places (session
7): "Web site" is not Webb, "Maybe" not Maybee; a saint's day or church is no town; but a
country whose gazetteer name differs from its English one ("Turkey", GeoNames' Türkiye) is
still a country. Sentences written for these tests, resolved against the default gazetteer.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.geo.gazetteer import SQLiteGazetteer, default_gazetteer
from sitrep.geo.geoparse import geoparse, geoparse_nlp


@pytest.fixture(scope="module")
def gaz() -> SQLiteGazetteer:
    return default_gazetteer()


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The geoparsing pipeline itself (NER only, as `sitrep eval --dataset geoparsing` runs)."""
    return geoparse_nlp()


def _listed(nlp: Language, gaz: SQLiteGazetteer, text: str) -> dict[str, bool]:
    """Each place mention's text and whether it is nested."""
    return {p.text: p.nested for p in geoparse(nlp(text), gaz)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The council is taking bids to work on the city's Web site.", "Web"),
        ('He left the gift on his desk. "Maybe by next Christmas," he says.', "Maybe"),
    ],
)
def test_an_english_word_is_no_variant_spelling_of_a_place(
    nlp: Language, gaz: SQLiteGazetteer, text: str, word: str
) -> None:
    assert word not in _listed(nlp, gaz, text)


def test_a_saints_day_is_no_town(nlp: Language, gaz: SQLiteGazetteer) -> None:
    places = geoparse(
        nlp("Safety stressed on St. Patrick's Day. It is a time for fun in Boston."), gaz
    )
    assert all(p.nested for p in places if "Patrick" in p.text)
    assert any(p.text == "Boston" and not p.nested for p in places)


def test_a_country_under_its_english_name_is_still_a_country(
    nlp: Language, gaz: SQLiteGazetteer
) -> None:
    places = geoparse(
        nlp("Russia and Ukraine signed the deal in Istanbul, Turkey, on Friday."), gaz
    )
    turkey = next(p for p in places if p.text == "Turkey")
    assert turkey.country == "TR"
