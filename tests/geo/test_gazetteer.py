from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import GazetteerError
from sitrep.geo.gazetteer import MATCH_FOLDED, Gazetteer, SQLiteGazetteer, demonyms


def test_protocol(tiny_gazetteer: SQLiteGazetteer) -> None:
    assert isinstance(tiny_gazetteer, Gazetteer)


@pytest.mark.parametrize(
    ("name", "gid"),
    [
        ("Marea", 167245),
        ("Azaz", 172082),
        ("I'zaz", 172082),
        ("Tal Rifaat", 163476),
        ("al-Rai", 169138),
        ("Aleppo", 170063),
    ],
)
def test_spellings_resolve(tiny_gazetteer: SQLiteGazetteer, name: str, gid: int) -> None:
    ids = [p.geonames_id for p in tiny_gazetteer.lookup(name)]
    assert gid in ids


def test_supplement_corrects_marea_and_adds_crossing(tiny_gazetteer: SQLiteGazetteer) -> None:
    marea = tiny_gazetteer.get(167245)
    assert marea is not None
    assert abs(marea.lat - 36.608) < 0.02 and abs(marea.lon - 37.047) < 0.02
    [crossing] = [c for c in tiny_gazetteer.candidates("Bab al-Salama") if c.tier == MATCH_FOLDED]
    assert crossing.place.country == "SY" and crossing.place.geonames_id is None


def test_unknown_name_and_missing_file(tiny_gazetteer: SQLiteGazetteer, tmp_path: Path) -> None:
    assert tiny_gazetteer.lookup("Qwxzzy") == []
    with pytest.raises(GazetteerError):
        SQLiteGazetteer(tmp_path / "nope.sqlite")
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(GazetteerError):
        SQLiteGazetteer(bad)


def test_demonyms() -> None:
    table = demonyms()
    assert table["Syrian"] == "SY" and table["Turkish"] == "TR" and table["Yemeni"] == "YE"
    assert "Kurdish" not in table
