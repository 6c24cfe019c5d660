from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from sitrep.errors import GazetteerError
from sitrep.geo.build import data_path, refresh_supplement, supplement_digest
from sitrep.geo.gazetteer import (
    MATCH_FOLDED,
    Gazetteer,
    SQLiteGazetteer,
    _default,
    default_gazetteer,
    demonyms,
)


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


def _copy(gaz: SQLiteGazetteer, tmp_path: Path) -> Path:
    path = tmp_path / "copy.sqlite"
    shutil.copyfile(gaz.path, path)
    return path


def test_refresh_applies_a_changed_supplement_once(
    tiny_gazetteer: SQLiteGazetteer, tmp_path: Path
) -> None:
    path = _copy(tiny_gazetteer, tmp_path)
    assert not refresh_supplement(path)  # built with this supplement: nothing to do
    rows = data_path("supplement.tsv").read_text("utf-8").splitlines()
    kept = [r for r in rows if "Bab al-Salama border crossing" not in r]
    new = "\tQwxville\tQwx Town\tSY\tAleppo\t36.5000\t37.1000\tP\tPPL\ttest row"
    changed = tmp_path / "supplement.tsv"
    changed.write_text("\n".join([*kept, new]) + "\n", encoding="utf-8")

    assert refresh_supplement(path, changed)
    assert not refresh_supplement(path, changed)
    gaz = SQLiteGazetteer(path)
    [town] = gaz.lookup("Qwx Town")
    assert town.country == "SY" and abs(town.lat - 36.5) < 1e-6
    assert gaz.lookup("Bab al-Salama") == []  # a row dropped from the supplement is gone
    assert gaz.get(167245) is not None  # corrections of GeoNames rows stay
    db = sqlite3.connect(path)
    assert (
        db.execute("SELECT count(*) FROM places WHERE id < 0").fetchone()[0]
        == len(
            [r for r in kept if r and not r.startswith(("#", "geonames_id")) and not r[0].isdigit()]
        )
        + 1
    )


def test_default_gazetteer_refreshes_a_stale_cache(
    tiny_gazetteer: SQLiteGazetteer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = _copy(tiny_gazetteer, tmp_path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value='old' WHERE key='supplement_sha256'")
    monkeypatch.setenv("SITREP_GAZETTEER", str(path))
    _default.cache_clear()
    try:
        gaz = default_gazetteer()
    finally:
        _default.cache_clear()
    assert "updated the curated places" in capsys.readouterr().err
    assert gaz.lookup("Bab al-Salama")
    with sqlite3.connect(path) as db:
        [(digest,)] = db.execute("SELECT value FROM meta WHERE key='supplement_sha256'")
    assert digest == supplement_digest()
