from __future__ import annotations

from sitrep.geo.gazetteer import SQLiteGazetteer, default_gazetteer
from sitrep.geo.geoparse import focus_country
from sitrep.models import PlaceMention


def _pm(country: str, fclass: str, nested: bool = False) -> PlaceMention:
    return PlaceMention(
        text="x", start=0, end=1, name="x", country=country, lat=0, lon=0,
        feature_class=fclass, nested=nested,
    )  # fmt: skip


def test_towns_outweigh_countries_named_in_passing() -> None:
    places = [_pm("SY", "P"), _pm("RU", "A"), _pm("RU", "A"), _pm("FR", "A"), _pm("SY", "A", True)]
    assert focus_country(places) == "SY"


def test_no_places_no_focus() -> None:
    assert focus_country([]) is None


def _town(gaz: SQLiteGazetteer, name: str, country: str) -> PlaceMention:
    c = next(
        c
        for c in gaz.candidates(name, loose=False)
        if c.place.country == country and c.place.feature_class == "P"
    )
    p = c.place
    return PlaceMention(
        text=name, start=0, end=len(name), name=p.name, geonames_id=p.geonames_id,
        country=p.country, lat=p.lat, lon=p.lon, feature_class="P",
    )  # fmt: skip


def test_a_tie_goes_to_a_far_larger_town() -> None:
    gaz = default_gazetteer()
    hamlet, city = _town(gaz, "Jebel", "TM"), _town(gaz, "Juba", "SS")
    assert focus_country([hamlet, city]) == "TM"  # without population: the first named
    assert focus_country([hamlet, city], gaz) == "SS"


def test_a_tie_between_towns_of_a_size_goes_to_the_first_named() -> None:
    gaz = default_gazetteer()
    places = [_town(gaz, "Niamey", "NE"), _town(gaz, "Moscow", "RU")]
    assert focus_country(places, gaz) == "NE"


def _demonym(text: str, word: str, country: str) -> PlaceMention:
    start = text.index(word)
    return PlaceMention(
        text=word, start=start, end=start + len(word), name=word, country=country, lat=0,
        lon=0, feature_class="A", nested=True,
    )  # fmt: skip


def test_a_demonym_naming_an_armed_force_weighs_less_than_a_nested_place() -> None:
    text = (
        "Russian forces shelled the town, the Dnipro governor said; the Russian-held plant "
        "lies across the Kakhovka reservoir."
    )
    held = text.rindex("Russian")
    places = [  # every name nested: demonyms, a governor's region, a reservoir's town
        _demonym(text, "Russian", "RU"),
        _demonym(text, "Dnipro", "UA"),
        _demonym(text, "Russian", "RU").model_copy(update={"start": held, "end": held + 7}),
        _demonym(text, "Kakhovka", "UA"),
    ]
    assert focus_country(places) == "RU"  # without the text: a tie, the first named
    assert focus_country(places, text=text) == "UA"


def test_a_demonym_before_other_nouns_keeps_its_weight() -> None:
    text = "Russian officials met Ukrainian envoys; a Russian diplomat spoke."
    places = [_demonym(text, "Russian", "RU"), _demonym(text, "Ukrainian", "UA")]
    again = text.rindex("Russian")
    places.append(places[0].model_copy(update={"start": again, "end": again + 7}))
    assert focus_country(places, text=text) == "RU"
