"""Where spellings vary and where they do not: a small English-speaking town is matched only by
its own name, and a country's own name is the country even beside a city that bears it."""

from __future__ import annotations

import pytest

from sitrep.geo.gazetteer import Candidate, default_gazetteer
from sitrep.geo.geoparse import geoparse_texts
from sitrep.geo.toponyms import _spelt_as_written


def _cand(name: str, country: str) -> Candidate:
    for c in default_gazetteer().candidates(name):
        if c.place.country == country and c.place.name == name:
            return c
    raise AssertionError(f"no {name} in {country}")


def test_a_surname_one_letter_off_a_small_us_town_is_no_place() -> None:
    text = (
        "Brett Hartmann said a motion filed on Friday would prove his innocence. The court was "
        "asked to delay the execution to allow Hartmann time to challenge the method."
    )
    [places] = geoparse_texts([text])
    assert "Hartmann" not in {p.text for p in places}


def test_variant_spellings_still_match_where_names_are_transliterated() -> None:
    """The same rule must not touch Syria: "Mare'" is Mari', "Tall Rifaat" is Tall Rif'at."""
    [places] = geoparse_texts(["Rebels shelled Mare' and Tal Rifaat north of Aleppo on Sunday."])
    assert {p.country for p in places if p.text in {"Mare'", "Tal Rifaat"}} == {"SY"}


@pytest.mark.parametrize(
    ("surface", "name", "country", "ok"),
    [
        ("Hartmann", "Hartman", "US", False),
        ("Mt. Pleasant", "Mount Pleasant", "US", True),
        ("St Ives", "Saint Ives", "GB", True),
    ],
)
def test_spelt_as_written(surface: str, name: str, country: str, ok: bool) -> None:
    assert _spelt_as_written(surface, _cand(name, country)) is ok


def test_a_country_name_beside_its_capital_is_the_country() -> None:
    text = (
        "Officials in Mexico asked citizens to stay home as the outbreak spread. Schools in "
        "Mexico City were closed, and Mexico said it would test travellers."
    )
    [places] = geoparse_texts([text])
    assert {p.name for p in places if p.text == "Mexico"} == {"Mexico"}
    assert {p.name for p in places if p.text == "Mexico City"} == {"Mexico City"}


def test_a_village_bracketed_in_another_countrys_province_is_not_its_foreign_namesake() -> None:
    """ "Golo (Rokoro, Central Darfur)": the gazetteer's only Golo is a hamlet in Guinea-Bissau;
    the brackets' province says the village is one the gazetteer lacks."""
    text = "On 14 July 2014, SAF and SLM fighters clashed around Golo (Rokoro, Central Darfur)."
    [places] = geoparse_texts([text])
    assert {p.country for p in places} == {"SD"}
    assert "Golo" not in {p.text for p in places}


def test_a_sentence_dense_with_names_is_no_title() -> None:
    """Five capitalised words of seven do not make a headline while the verb is lower case."""
    [places] = geoparse_texts(["Rebels shelled Mare' and Tal Rifaat north of Aleppo on Sunday."])
    assert {p.country for p in places if p.text in {"Tal Rifaat", "Aleppo"}} == {"SY"}
