"""Import official GeoNames dump files into the local gazetteer (``sitrep gazetteer import``).

The default gazetteer covers cities500 plus a curated supplement; villages, camps, crossings
and hills that news names in conflict areas are only in GeoNames' full dumps, which a user
downloads once (``XX.zip``, ``allCountries.zip``, ``alternateNamesV2.zip``, ``admin1CodesASCII.txt``,
``admin2Codes.txt``, ``countryInfo.txt``) and imports here.

Design notes:

* Streaming: files are read as binary lines (zip members through :mod:`zipfile` streaming,
  ``.gz``/``.bz2``/``.xz`` through the standard decompressors), rows are written with
  ``executemany`` in transactions of :data:`BATCH` rows, and only the admin code maps (tens of
  thousands of entries at most) are held in memory, so a 12M-row ``allCountries.txt`` runs in
  bounded memory. GeoNames rows are plain tab-separated fields without quoting, so ``str.split``
  is used rather than :mod:`csv` (which is slower and would mis-handle stray quote characters).
* Atomic: the import writes a copy of the target (or a fresh file) next to it and renames it
  over the target only on success; an error or Ctrl-C leaves the existing gazetteer untouched.
* What is kept (:func:`keep_feature`): every P (populated place), L (area, locality), T (hill,
  mountain, valley...) and H (river, well, lake...) row; A only for ADM1-ADM4 and country-level
  entities (PCLI, PCLD, PCLF, PCLS, TERR); S only for border and customs posts, airports,
  airbases and airfields, military installations and bases, and camps (incl. refugee camps).
  The remaining S (hotels, farms, churches...), R (roads), V (forests) and U (undersea) rows
  rarely locate conflict events and would multiply the file size.
* Kind of a file: its first data lines decide (GeoNames reuses names: ``alternatenames/XX.zip``
  holds an ``XX.txt`` in alternate-names format); the file name decides only when the file has
  no data lines. Processing order is fixed whatever the command line order: admin code files,
  then place files, then ``countryInfo.txt`` (it needs country rows or capitals for points),
  then alternate names (they attach to places already present).
"""

from __future__ import annotations

import bz2
import contextlib
import datetime as dt
import gzip
import lzma
import re
import shutil
import sqlite3
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import GazetteerError
from .build import (
    SCHEMA_VERSION,
    NameValues,
    PlaceRow,
    PlaceValues,
    apply_supplement,
    build_default_gazetteer,
    create_indexes,
    create_schema,
    data_path,
    drop_indexes,
    latin_names,
    place_records,
)
from .fold import fold, skeleton

__all__ = [
    "ACCEPTED_KINDS",
    "BATCH",
    "ImportStats",
    "ImportProgress",
    "detect_kind",
    "import_geonames",
    "keep_feature",
]

#: Rows per transaction.
BATCH = 10_000
#: ``progress(label, bytes_done, bytes_total)``; total is None when unknown (compressed stream).
ImportProgress = Callable[[str, int, int | None], None]

ACCEPTED_KINDS = {
    "admin1": "admin1CodesASCII.txt (CC.A1, name, ascii name, geonameid)",
    "admin2": "admin2Codes.txt (CC.A1.A2, name, ascii name, geonameid)",
    "places": "XX.txt, allCountries.txt, cities500/1000/5000/15000.txt (19 columns)",
    "countries": "countryInfo.txt",
    "altnames": "alternateNamesV2.txt / alternateNames.txt",
}
_ORDER = {"admin1": 0, "admin2": 1, "places": 2, "countries": 3, "altnames": 4}

_KEEP_A = frozenset({"ADM1", "ADM2", "ADM3", "ADM4", "PCLI", "PCLD", "PCLF", "PCLS", "TERR"})
_KEEP_S = frozenset(
    {"PSTB", "PSTC", "AIRP", "AIRB", "AIRF", "INSM", "MILB", "NVB", "CMP", "CMPRF", "CMPLA"}
)
#: Alternate-name "languages" that are codes, links or postcodes, not names.
_PSEUDO_LANGS = frozenset(
    {"link", "post", "iata", "icao", "faac", "wkdt", "abbr", "unlc", "phon", "tcid", "fr_1793"}
)
_SOURCE = "GeoNames import"

_NAME_HINTS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^admin1codes(ascii)?\.txt$", re.I), "admin1"),
    (re.compile(r"^admin2codes\.txt$", re.I), "admin2"),
    (re.compile(r"^countryinfo\.txt$", re.I), "countries"),
    (re.compile(r"^alternatenames(v2)?\.txt$", re.I), "altnames"),
    (re.compile(r"^(allcountries|cities\d+|[A-Z]{2})\.txt$"), "places"),
]
_ADMIN1_CODE = re.compile(r"^[A-Z]{2}\.[^.\s]+$")
_ADMIN2_CODE = re.compile(r"^[A-Z]{2}\.[^.\s]+\.[^.\s]+$")
_COMPRESSED = (".gz", ".bz2", ".xz")


def keep_feature(fclass: str, fcode: str) -> bool:
    """Whether a GeoNames feature is worth a gazetteer row (see the module notes)."""
    if fclass in ("P", "L", "T", "H"):
        return True
    if fclass == "A":
        return fcode in _KEEP_A
    if fclass == "S":
        return fcode in _KEEP_S
    return False


@dataclass
class ImportStats:
    """Counters of one import; updated as it runs, so a progress display may read them live."""

    target: Path | None = None
    files: list[tuple[str, str]] = field(default_factory=list)  # (label, kind)
    rows_read: int = 0
    places_written: int = 0
    places_added: int = 0
    names_added: int = 0
    skipped: int = 0  # rows of features not kept, filtered alternate names, unknown ids
    bad_rows: int = 0  # rows too short or with unparsable numbers
    supplement_rows: int = 0
    seconds: float = 0.0

    @property
    def places_updated(self) -> int:
        """Rows that replaced a place already present (same GeoNames id)."""
        return self.places_written - self.places_added

    def summary(self) -> str:
        """One line for the end of the command."""
        return (
            f"{self.rows_read:,} rows read from {len(self.files)} file(s) in "
            f"{self.seconds:.1f} s: {self.places_added:,} places added, "
            f"{self.places_updated:,} updated, {self.names_added:,} names added, "
            f"{self.skipped:,} skipped, {self.bad_rows:,} bad rows -> {self.target}"
        )


@dataclass(frozen=True)
class _Source:
    """One readable data stream: a plain file, a compressed file or a zip member."""

    path: Path
    member: str | None
    label: str
    total: int | None

    @contextlib.contextmanager
    def open(self) -> Iterator[Iterable[bytes]]:
        if self.member is not None:
            with zipfile.ZipFile(self.path) as zf, zf.open(self.member) as f:
                yield f
        elif self.path.suffix.lower() == ".gz":
            with gzip.open(self.path, "rb") as gz:
                yield gz
        elif self.path.suffix.lower() == ".bz2":
            with bz2.open(self.path, "rb") as bz:
                yield bz
        elif self.path.suffix.lower() == ".xz":
            with lzma.open(self.path, "rb") as xz:
                yield xz
        else:
            with self.path.open("rb") as f:
                yield f


def _split(raw: bytes) -> list[str]:
    return raw.decode("utf-8", "replace").rstrip("\r\n").split("\t")


def _is_float(s: str) -> bool:
    try:
        float(s)
    except ValueError:
        return False
    return True


def _line_kind(cols: list[str]) -> str | None:
    n = len(cols)
    if n == 19 and cols[:2] == ["ISO", "ISO3"]:
        return "countries"  # countryInfo's header, when its "#" was lost
    if n == 19 and re.fullmatch(r"[A-Z]{2}", cols[0]) and re.fullmatch(r"[A-Z]{3}", cols[1]):
        return "countries"
    if (
        n == 19
        and cols[0].isdigit()
        and _is_float(cols[4])
        and _is_float(cols[5])
        and len(cols[6]) <= 1
    ):
        return "places"
    if n in (8, 10) and cols[0].isdigit() and cols[1].isdigit():
        return "altnames"
    if n == 4 and cols[3].isdigit():
        if _ADMIN1_CODE.match(cols[0]):
            return "admin1"
        if _ADMIN2_CODE.match(cols[0]):
            return "admin2"
    return None


def _sniff(src: _Source, lines: int = 10) -> str | None:
    """The kind all of the first data lines agree on; "" when the stream has no data lines."""
    kinds = set()
    seen = 0
    with src.open() as f:
        for raw in f:
            if not raw.strip() or raw.startswith(b"#"):
                continue
            if b"\0" in raw:
                return None
            kinds.add(_line_kind(_split(raw)))
            seen += 1
            if seen >= lines or len(kinds) > 1:
                break
    if seen == 0:
        return ""
    return kinds.pop() if len(kinds) == 1 else None


def _name_hint(name: str) -> str | None:
    for pattern, kind in _NAME_HINTS:
        if pattern.match(name):
            return kind
    return None


def _unknown(label: str) -> GazetteerError:
    kinds = "; ".join(ACCEPTED_KINDS.values())
    return GazetteerError(
        f"{label}: not a GeoNames dump file sitrep can import. Accepted (plain, .zip as served "
        f"by GeoNames, or .gz/.bz2/.xz): {kinds}"
    )


def detect_kind(path: Path) -> list[tuple[str, str]]:
    """``(label, kind)`` of each data stream in ``path`` (a zip may hold several)."""
    return [(s.label, k) for s, k in _sources(Path(path))]


def _kind(src: _Source, name: str) -> str | None:
    try:
        sniffed = _sniff(src)
    except (OSError, EOFError, lzma.LZMAError, zipfile.BadZipFile) as exc:
        raise GazetteerError(f"cannot read {src.label}: {exc}") from exc
    if sniffed == "":
        return _name_hint(name)
    return sniffed


def _sources(path: Path) -> list[tuple[_Source, str]]:
    if not path.is_file():
        raise GazetteerError(f"no such file: {path}")
    if zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as zf:
                infos = [
                    i
                    for i in zf.infolist()
                    if not i.is_dir() and i.filename.lower().endswith(".txt")
                ]
        except (OSError, zipfile.BadZipFile) as exc:
            raise GazetteerError(f"cannot read {path}: {exc}") from exc
        # "NL.zip" holds readme.txt + NL.txt; alternateNamesV2.zip also iso-languagecodes.txt.
        named = [i for i in infos if Path(i.filename).stem.lower() == path.stem.lower()]
        out = []
        for info in named or infos:
            src = _Source(path, info.filename, f"{path.name}:{info.filename}", info.file_size)
            kind = _kind(src, Path(info.filename).name)
            if kind:
                out.append((src, kind))
        if not out:
            raise _unknown(str(path))
        return out
    suffix = path.suffix.lower()
    total = None if suffix in _COMPRESSED else path.stat().st_size
    src = _Source(path, None, path.name, total)
    name = path.stem if suffix in _COMPRESSED else path.name
    kind = _kind(src, name)
    if not kind:
        raise _unknown(str(path))
    return [(src, kind)]


class _Importer:
    """State of one import run: the open database and the admin code -> name maps."""

    def __init__(
        self, db: sqlite3.Connection, stats: ImportStats, progress: ImportProgress | None
    ) -> None:
        self.db = db
        self.stats = stats
        self.say = progress or (lambda _label, _done, _total: None)
        db.execute(
            "CREATE TABLE IF NOT EXISTS admin2 (code TEXT PRIMARY KEY, name TEXT NOT NULL, "
            "place_id INTEGER)"
        )
        self.admin1: dict[str, str] = {
            f"{cc}.{code}": name
            for cc, code, name in db.execute("SELECT country, code, name FROM admin1")
            if code
        }
        self.admin2: dict[str, str] = dict(db.execute("SELECT code, name FROM admin2"))

    def rows(self, src: _Source) -> Iterator[list[list[str]]]:
        """Batches of split data lines, reporting bytes read after each batch."""
        done = 0
        batch: list[list[str]] = []
        self.say(src.label, 0, src.total)
        with src.open() as f:
            for raw in f:
                done += len(raw)
                if raw.startswith(b"#") or not raw.strip():
                    continue
                batch.append(_split(raw))
                if len(batch) >= BATCH:
                    self.stats.rows_read += len(batch)
                    yield batch
                    self.db.commit()
                    batch = []
                    self.say(src.label, done, src.total)
        self.stats.rows_read += len(batch)
        if batch:
            yield batch
        self.db.commit()
        self.say(src.label, done, src.total if src.total is not None else done)

    def admin_codes(self, src: _Source, level: int) -> None:
        for batch in self.rows(src):
            out1: list[tuple[str, str, str, int | None]] = []
            out2: list[tuple[str, str, int | None]] = []
            for cols in batch:
                if len(cols) < 4 or not cols[1]:
                    self.stats.bad_rows += 1
                    continue
                code, name, gid = cols[0], cols[1], cols[3]
                place_id = int(gid) if gid.isdigit() else None
                if level == 1:
                    # Keep labels already in the gazetteer: its places carry them.
                    if code in self.admin1:
                        continue
                    self.admin1[code] = name
                    cc, _, a1 = code.partition(".")
                    out1.append((cc, a1, name, place_id))
                else:
                    self.admin2[code] = name
                    out2.append((code, name, place_id))
            self.db.executemany("INSERT OR IGNORE INTO admin1 VALUES (?,?,?,?)", out1)
            self.db.executemany("INSERT OR REPLACE INTO admin2 VALUES (?,?,?)", out2)

    def _place(self, cols: list[str]) -> PlaceRow:
        gid, name, fclass, fcode = int(cols[0]), cols[1], cols[6], cols[7]
        cc, a1c, a2c = cols[8], cols[10], cols[11]
        a1 = self.admin1.get(f"{cc}.{a1c}") if a1c and a1c != "00" else None
        a2 = self.admin2.get(f"{cc}.{a1c}.{a2c}") if a2c else None
        if fcode == "ADM1":
            a1 = a1 or name
        elif fcode == "ADM2":
            a2 = a2 or name
        alts = latin_names([name, cols[2], *cols[3].split(",")])
        return PlaceRow(
            gid,
            name,
            cc or None,
            a1,
            a2,
            float(cols[4]),
            float(cols[5]),
            fclass,
            fcode or None,
            int(cols[14] or 0),
            _SOURCE,
            alts,
        )

    def places(self, src: _Source) -> None:
        for batch in self.rows(src):
            places: list[PlaceValues] = []
            names: list[NameValues] = []
            for cols in batch:
                if len(cols) < 19 or not cols[1]:
                    self.stats.bad_rows += 1
                    continue
                if not keep_feature(cols[6], cols[7]):
                    self.stats.skipped += 1
                    continue
                try:
                    row = self._place(cols)
                except ValueError:
                    self.stats.bad_rows += 1
                    continue
                values, keys = place_records(row)
                places.append(values)
                names.extend(keys)
            self._write(places, names)

    def _write(self, places: list[PlaceValues], names: list[NameValues]) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", places
        )
        self.db.executemany("INSERT OR REPLACE INTO names VALUES (?,?,?,?)", names)
        self.stats.places_written += len(places)

    def countries(self, src: _Source) -> None:
        points = {
            r[0]: (float(r[1]), float(r[2]))
            for r in (
                line.rstrip("\n").split("\t")
                for line in data_path("country_points.tsv").read_text("utf-8").splitlines()
            )
            if r and not r[0].startswith("#") and len(r) >= 3
        }
        for batch in self.rows(src):
            for cols in batch:
                if cols[:2] == ["ISO", "ISO3"]:
                    continue
                if len(cols) < 17 or not cols[16].isdigit() or not cols[4]:
                    self.stats.bad_rows += 1
                    continue
                iso, name, gid = cols[0], cols[4], int(cols[16])
                pop = int(cols[7]) if cols[7].isdigit() else 0
                if self.db.execute("SELECT 1 FROM places WHERE id=?", (gid,)).fetchone():
                    self.db.execute("UPDATE places SET population=? WHERE id=?", (pop, gid))
                    key = fold(name)
                    if key:
                        self.db.execute(
                            "INSERT OR IGNORE INTO names VALUES (?,?,?,1)",
                            (key, skeleton(key), gid),
                        )
                    continue
                point = (
                    points.get(iso)
                    or self.db.execute(
                        "SELECT lat, lon FROM places WHERE country=? AND fcode='PPLC'", (iso,)
                    ).fetchone()
                )
                if point is None:
                    self.stats.skipped += 1
                    continue
                row = PlaceRow(
                    gid, name, iso, None, None, point[0], point[1], "A", "PCLI", pop,
                    "GeoNames countryInfo", latin_names([name]),
                )  # fmt: skip
                values, keys = place_records(row)
                self._write([values], keys)

    def altnames(self, src: _Source) -> None:
        sql = (
            "INSERT INTO names (key, skel, place_id, main) SELECT ?, ?, id, ? FROM places "
            "WHERE id=? ON CONFLICT (key, place_id) DO UPDATE SET main=max(main, excluded.main)"
        )
        for batch in self.rows(src):
            out = []
            for cols in batch:
                if len(cols) < 8 or not cols[1].isdigit():
                    self.stats.bad_rows += 1
                    continue
                lang, name = cols[2], cols[3]
                if lang in _PSEUDO_LANGS or cols[7] == "1" or not latin_names([name]):
                    self.stats.skipped += 1
                    continue
                key = fold(name)
                if not key:
                    self.stats.skipped += 1
                    continue
                # GeoNames' preferred English name is as much a main name as the row's own.
                main = 1 if cols[4] == "1" and lang == "en" else 0
                out.append((key, skeleton(key), main, int(cols[1])))
            self.db.executemany(sql, out)


def _count(db: sqlite3.Connection, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _check_gazetteer(path: Path) -> None:
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        raise GazetteerError(f"not a sitrep gazetteer: {path}: {exc}") from exc
    if row is None or int(row[0]) != SCHEMA_VERSION:
        raise GazetteerError(f"gazetteer schema mismatch in {path}; rebuild it or use --replace")


def import_geonames(
    files: Sequence[Path],
    target: Path | None = None,
    *,
    progress: ImportProgress | None = None,
    replace: bool = False,
    stats: ImportStats | None = None,
) -> ImportStats:
    """Import GeoNames dump files into the gazetteer at ``target`` (default: the default one).

    Merges by GeoNames id (a place already present is updated, its names kept); ``replace``
    starts a fresh file holding only the imported rows plus the curated supplement, which is
    re-applied in both cases so that its corrections survive the import. A missing default
    gazetteer is built first; a missing explicit target is created fresh. ``stats`` may be
    passed in to watch the counters while the import runs.
    """
    from .gazetteer import default_gazetteer_path

    start = time.perf_counter()
    stats = stats or ImportStats()
    if not files:
        raise GazetteerError("no files to import")
    sources = [s for p in files for s in _sources(Path(p))]
    sources.sort(key=lambda s: _ORDER[s[1]])
    stats.files = [(s.label, k) for s, k in sources]
    path = Path(target) if target is not None else default_gazetteer_path()
    stats.target = path
    if not replace and not path.exists() and target is None:
        if progress:
            progress("building the default gazetteer first", 0, None)
        build_default_gazetteer(path)
    merge = not replace and path.exists()
    if merge:
        _check_gazetteer(path)
    tmp = path.with_name(path.name + ".importing")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        if merge:
            shutil.copyfile(path, tmp)
        db = sqlite3.connect(tmp)
        try:
            db.execute("PRAGMA journal_mode=OFF")
            db.execute("PRAGMA synchronous=OFF")
            if not merge:
                create_schema(db)
            drop_indexes(db)
            db.commit()
            places0, names0 = _count(db, "places"), _count(db, "names")
            imp = _Importer(db, stats, progress)
            for src, kind in sources:
                if kind in ("admin1", "admin2"):
                    imp.admin_codes(src, 1 if kind == "admin1" else 2)
                elif kind == "places":
                    imp.places(src)
                elif kind == "countries":
                    imp.countries(src)
                else:
                    imp.altnames(src)
            stats.places_added = _count(db, "places") - places0
            stats.names_added = _count(db, "names") - names0
            create_indexes(db)
            stats.supplement_rows = apply_supplement(db)
            now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            db.executemany(
                "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                [(f"imported:{label}", now) for label, _kind in stats.files],
            )
            db.commit()
        finally:
            db.close()
        tmp.replace(path)
    except (OSError, sqlite3.Error, zipfile.BadZipFile, EOFError, lzma.LZMAError) as exc:
        tmp.unlink(missing_ok=True)
        raise GazetteerError(f"cannot import into {path}: {exc}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    stats.seconds = time.perf_counter() - start
    return stats
