"""The actors' country as a focus hint for geoparsing."""

from __future__ import annotations

from sitrep.geo.gazetteer import default_gazetteer
from sitrep.geo.geoparse import geoparse, geoparse_nlp

TEXT = "Fighting broke out in San Jose on Sunday, residents said."


def _country(hint: str | None) -> str | None:
    places = geoparse(geoparse_nlp()(TEXT), default_gazetteer(), country_hint=hint)
    (san_jose,) = [p for p in places if p.text == "San Jose"]
    return san_jose.country


def test_without_a_hint_the_biggest_namesake_wins() -> None:
    assert _country(None) == "US"


def test_a_hint_moves_an_unqualified_name_into_the_actors_country() -> None:
    assert _country("PH") == "PH"


def test_a_hint_yields_to_places_the_text_names_in_another_country() -> None:
    text = "Fighting broke out in San Jose, California, on Sunday, residents said."
    places = geoparse(geoparse_nlp()(text), default_gazetteer(), country_hint="PH")
    assert {p.country for p in places if p.text == "San Jose"} == {"US"}
