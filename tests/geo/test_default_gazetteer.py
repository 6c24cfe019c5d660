"""Builds the real default gazetteer once (about 25 s) and checks the canonical page."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from sitrep.geo.build import build_default_gazetteer
from sitrep.geo.gazetteer import SQLiteGazetteer
from sitrep.geo.resolve import haversine_km
from sitrep.geo.toponyms import find_places
from sitrep.registry import registry

PAGE = Path(__file__).resolve().parents[1] / "pages" / "marea-2016-05-30.txt"  # the canonical page


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> SQLiteGazetteer:
    return SQLiteGazetteer(build_default_gazetteer(tmp_path_factory.mktemp("g") / "g.sqlite"))


@pytest.mark.slow
def test_default_build_lookups(gazetteer: SQLiteGazetteer) -> None:
    assert gazetteer.country("SY") is not None
    assert [p.country for p in gazetteer.lookup("Ivory Coast")][0] == "CI"
    aleppo = gazetteer.admin1("SY", "Aleppo")
    assert aleppo is not None and aleppo.feature_code == "ADM1"
    assert "sitrep.gazetteer.geonames.v1" in registry.gazetteers.get_all()


@pytest.mark.slow
def test_canonical_page(gazetteer: SQLiteGazetteer, nlp: Language) -> None:
    text = PAGE.read_text(encoding="utf-8")
    ments = find_places(nlp(text), gazetteer)
    texts = {m.text for m in ments if not m.nested}
    assert {"Marea", "Azaz", "Aleppo", "Turkey", "Bab al-Salama"} <= texts
    assert not texts & {"Observatory", "Daily Express", "Islamic", "Daily", "Express"}
    marea = next(m for m in ments if m.text == "Marea")
    assert haversine_km(marea.lat, marea.lon, 36.608, 37.047) < 5
    assert marea.country == "SY" and marea.admin1 == "Aleppo"
    assert all(m.nested for m in ments if m.text in {"Syrian", "Turkish"})
    assert next(m for m in ments if m.text == "Turkey").country == "TR"
