"""Places fixed in session 17: a division in brackets named without GeoNames' ending ("Donetsk
oblast" for "Donetska oblast"), a three-letter English word in capitals ("A 67-YEAR-OLD MAN"),
a capital standing for its government and the hospital the wounded went to. Each rule with a
sentence it must fire on and one it must leave alone. The sentences were written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.geo.gazetteer import SQLiteGazetteer, default_gazetteer
from sitrep.geo.geoparse import geoparse
from sitrep.models import PlaceMention


@pytest.fixture(scope="module")
def gaz() -> SQLiteGazetteer:
    return default_gazetteer()


def _places(nlp: Language, gaz: SQLiteGazetteer, text: str) -> dict[str, PlaceMention]:
    return {p.text: p for p in geoparse(nlp(text), gaz)}


def test_a_bracketed_division_without_its_ending_picks_the_town(
    nlp: Language, gaz: SQLiteGazetteer
) -> None:
    # GeoNames also lists Pokrovsk as an old name of Engels, Russia (196,000 people)
    got = _places(nlp, gaz, "Drones dropped grenades on positions near Pokrovsk (Donetsk oblast).")
    assert got["Pokrovsk"].country == "UA"


def test_a_bracketed_region_still_narrows_by_its_full_name(
    nlp: Language, gaz: SQLiteGazetteer
) -> None:
    got = _places(nlp, gaz, "Fighting was reported near Pokrovsk (Saratov oblast).")
    assert got["Pokrovsk"].country == "RU"


def test_a_three_letter_word_in_capitals_is_no_country(nlp: Language, gaz: SQLiteGazetteer) -> None:
    got = _places(
        nlp,
        gaz,
        "ARTILLERY FIRE KILLED A 67-YEAR-OLD MAN AND HIS WIFE ON SUNDAY, THE GOVERNOR SAID.",
    )
    assert "MAN" not in got


def test_countries_in_capitals_stay(nlp: Language, gaz: SQLiteGazetteer) -> None:
    got = _places(nlp, gaz, "TROOPS FROM CHAD AND TURKEY MET OFFICIALS FROM JORDAN ON SUNDAY.")
    assert {got[k].country for k in ("CHAD", "TURKEY", "JORDAN")} == {"TD", "TR", "JO"}


@pytest.mark.parametrize(
    "text",
    [
        "Moscow's defence ministry said its forces had withdrawn.",
        "The junta has deepened its ties with Moscow since the coup.",
        "Rebels signed a deal with the government in Moscow.",
    ],
)
def test_a_capital_standing_for_its_government_is_nested(
    nlp: Language, gaz: SQLiteGazetteer, text: str
) -> None:
    assert _places(nlp, gaz, text)["Moscow"].nested


def test_a_capital_where_something_happened_is_not_nested(
    nlp: Language, gaz: SQLiteGazetteer
) -> None:
    got = _places(nlp, gaz, "A car bomb exploded in Moscow's Sokolniki district on Friday.")
    assert not got["Moscow"].nested


def test_the_hospital_named_after_another_place_is_nested(
    nlp: Language, gaz: SQLiteGazetteer
) -> None:
    got = _places(
        nlp,
        gaz,
        "Shells hit a market in Taiz on Sunday. The wounded were taken to Al-Thawra hospital.",
    )
    assert not got["Taiz"].nested and got["Al-Thawra"].nested
    first = _places(nlp, gaz, "Doctors at Kunduz hospital said an air strike hit the town.")
    assert not first["Kunduz"].nested
