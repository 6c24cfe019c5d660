from __future__ import annotations

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
