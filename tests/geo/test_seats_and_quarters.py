"""Seats, containers, quarters and buildings (session 5): a town inside the division that bears
its name is the town; "X's Y district" makes X the province, unless X is a big city; a named
quarter before its city gives the city; a name inside a building's name is nested; a holy month
is no place. Sentences written for these tests, resolved against the default gazetteer.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.geo.gazetteer import SQLiteGazetteer, default_gazetteer
from sitrep.geo.geoparse import geoparse
from sitrep.geo.resolve import best_location
from sitrep.models import PlaceMention


@pytest.fixture(scope="module")
def gaz() -> SQLiteGazetteer:
    return default_gazetteer()


def _places(nlp: Language, gaz: SQLiteGazetteer, text: str) -> list[PlaceMention]:
    return geoparse(nlp(text), gaz)


def _one(places: list[PlaceMention], text: str) -> PlaceMention:
    return next(p for p in places if p.text == text)


@pytest.mark.parametrize("town", ["Kidal", "Diffa", "Idlib"])
def test_a_town_that_is_its_region_s_seat_is_the_town(
    nlp: Language, gaz: SQLiteGazetteer, town: str
) -> None:
    text = f"Gunmen attacked a checkpoint in {town} on Monday, officials said."
    assert _one(_places(nlp, gaz, text), town).feature_class == "P"


def test_the_region_when_the_text_says_region(nlp: Language, gaz: SQLiteGazetteer) -> None:
    text = "Gunmen attacked a checkpoint in Kidal region on Monday, officials said."
    assert _one(_places(nlp, gaz, text), "Kidal").feature_class == "A"


def test_a_state_without_a_namesake_town_inside_stays_the_state(
    nlp: Language, gaz: SQLiteGazetteer
) -> None:
    text = "Wildfires burned across Nevada on Monday, officials said."
    assert _one(_places(nlp, gaz, text), "Nevada").feature_class == "A"


def test_a_province_that_holds_a_named_district(nlp: Language, gaz: SQLiteGazetteer) -> None:
    text = "Insurgents attacked a ranger base in Narathiwat's Rueso district on Tuesday."
    places = _places(nlp, gaz, text)
    assert _one(places, "Narathiwat").feature_class == "A"
    loc = best_location(places, 0, len(text), gaz, text=text)
    assert loc is not None and loc.name == "Rueso"


def test_a_big_city_with_a_named_district_stays_the_city(
    nlp: Language, gaz: SQLiteGazetteer
) -> None:
    text = "A car bomb exploded in Baghdad's Karrada district on Sunday, police said."
    assert _one(_places(nlp, gaz, text), "Baghdad").feature_class == "P"


def test_a_named_quarter_gives_its_city(nlp: Language, gaz: SQLiteGazetteer) -> None:
    text = "Investigators found a clandestine grave in Colonia El Mirador, Zapopan, on Monday."
    loc = best_location(_places(nlp, gaz, text), 0, len(text), gaz, text=text)
    assert loc is not None and loc.name == "Zapopan"


def test_a_name_inside_a_building_s_name_is_nested(nlp: Language, gaz: SQLiteGazetteer) -> None:
    text = (
        "Two bombers blew themselves up at the gate of the Sacred Heart of Jesus Cathedral in "
        "Makassar on Sunday."
    )
    places = _places(nlp, gaz, text)
    assert all(p.nested for p in places if p.text == "Sacred Heart")
    loc = best_location(places, 0, len(text), gaz, text=text)
    assert loc is not None and loc.name == "Makassar"


def test_a_holy_month_is_no_place(nlp: Language, gaz: SQLiteGazetteer) -> None:
    text = "Families were shopping in Baghdad for the end of Ramadan when the bomb went off."
    assert [p.text for p in _places(nlp, gaz, text)] == ["Baghdad"]


def test_a_capital_that_speaks_is_nested(nlp: Language, gaz: SQLiteGazetteer) -> None:
    text = "A missile hit a station in Kramatorsk on Friday. Moscow denied responsibility."
    places = _places(nlp, gaz, text)
    assert _one(places, "Moscow").nested
    assert not _one(places, "Kramatorsk").nested


def test_a_city_that_owns_a_road(nlp: Language, gaz: SQLiteGazetteer) -> None:
    text = "A grenade hit a shop on Quetta's Sariab Road on Monday evening, police said."
    assert [p.name for p in _places(nlp, gaz, text)] == ["Quetta"]


def test_an_arabic_name_head_alone_is_no_place(nlp: Language, gaz: SQLiteGazetteer) -> None:
    text = "Shells hit Abu Shouk camp, on the northern edge of El Fasher, on Monday."
    assert [p.name for p in _places(nlp, gaz, text) if not p.nested] == ["El Fasher"]


def test_a_country_ner_took_for_a_person_is_the_country(
    nlp: Language, gaz: SQLiteGazetteer
) -> None:
    text = (
        "The bombing was supposed to cause maximum damage and loss of life. "
        "Sri Lanka has a Muslim population of more than two million."
    )
    assert _one(_places(nlp, gaz, text), "Sri Lanka").country == "LK"


def test_a_country_inside_a_person_like_headline_is_still_the_country(
    nlp: Language, gaz: SQLiteGazetteer
) -> None:
    text = "Rethinking Egypt-US relations. Since Obama took office, Egypt has changed."
    egypt = [p for p in _places(nlp, gaz, text) if p.text == "Egypt"]
    assert len(egypt) == 2 and {p.country for p in egypt} == {"EG"}


def test_a_surname_stays_a_surname(nlp: Language, gaz: SQLiteGazetteer) -> None:
    text = "Pope John Paul II visited the shrine. Paul II was greeted by crowds in Krakow."
    assert not [p for p in _places(nlp, gaz, text) if p.text.startswith("Paul")]


def test_a_place_set_beside_another_is_a_namesake_near_it(
    nlp: Language, gaz: SQLiteGazetteer
) -> None:
    text = "A girl died of wounds from a chemical attack on Taza, a town south of Kirkuk."
    places = _places(nlp, gaz, text)
    # the gazetteer's Taza is in Morocco: no place near Kirkuk bears the name, so none is given
    assert all(p.country == "IQ" for p in places)
    assert "Kirkuk" in [p.text for p in places]


def test_a_place_moved_from_elsewhere_is_not_set_beside_it(
    nlp: Language, gaz: SQLiteGazetteer
) -> None:
    text = "The engineer recently moved back to Columbus from Arkansas to run the program."
    assert "Columbus" in [p.text for p in _places(nlp, gaz, text)]


def test_a_named_area_of_a_city_abroad_is_dropped(nlp: Language, gaz: SQLiteGazetteer) -> None:
    text = "Men threw a grenade at a shop in the Al-Jazair area of Basra city on Saturday."
    places = _places(nlp, gaz, text)
    assert [(p.text, p.country) for p in places] == [("Basra", "IQ")]


def test_an_archbishop_s_seat_is_a_title(nlp: Language, gaz: SQLiteGazetteer) -> None:
    text = "The former archbishop of Douala was freed on Friday near Bamenda, a priest said."
    douala = _one(_places(nlp, gaz, text), "Douala")
    assert douala.nested
