"""The gazetteer interface and its default SQLite implementation.

Lookups go to an indexed SQLite file on disk (built once by :mod:`sitrep.geo.build`), so a
process pays a few MB of page cache instead of loading GeoNames JSON into memory.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol, runtime_checkable

from ..errors import GazetteerError
from ..models import Place
from ..registry import registry
from .build import SCHEMA_VERSION, build_default_gazetteer, data_path, refresh_supplement
from .fold import fold, skeleton

__all__ = [
    "Candidate",
    "Gazetteer",
    "SQLiteGazetteer",
    "default_gazetteer",
    "default_gazetteer_path",
    "demonyms",
    "MATCH_FOLDED",
    "MATCH_SKELETON",
]

#: Match tiers: the folded key matched, or only the consonant skeleton did.
MATCH_FOLDED = 0
MATCH_SKELETON = 1


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name could refer to, and how well the name matched it."""

    place: Place
    tier: int
    main_name: bool
    place_id: int
    key: str = ""  # the folded gazetteer name that matched


@runtime_checkable
class Gazetteer(Protocol):
    """What toponym resolution needs from a gazetteer. An implementation may also offer
    ``known(name) -> bool`` (whether :meth:`candidates`, loose, would find anything), a cheap
    test the toponym detector then asks first (:meth:`SQLiteGazetteer.known`)."""

    def lookup(self, name: str) -> list[Place]:
        """Places a name (raw or folded) may refer to, best match tier first."""
        ...

    def candidates(self, name: str, *, loose: bool = True) -> list[Candidate]:
        """Like :meth:`lookup`, with match tier and whether the name is the place's main name."""
        ...

    def get(self, geonames_id: int) -> Place | None: ...

    def country(self, iso2: str) -> Place | None:
        """The country as a place (representative point)."""
        ...

    def admin1(self, country: str, name: str) -> Place | None:
        """A first-level division by country and (folded) name."""
        ...


def _place(row: sqlite3.Row) -> Place:
    gid = int(row["id"])
    return Place(
        name=row["name"],
        geonames_id=gid if gid > 0 else None,
        country=row["country"],
        admin1=row["admin1"],
        admin2=row["admin2"],
        lat=row["lat"],
        lon=row["lon"],
        feature_class=row["fclass"],
        feature_code=row["fcode"],
        population=row["population"],
    )


class SQLiteGazetteer:
    """A :class:`Gazetteer` over the SQLite file written by ``build_default_gazetteer``.

    Connections are per thread (sqlite3 objects must not cross threads); results for a key are
    memoised in a small LRU, since news repeats the same names.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise GazetteerError(f"gazetteer file not found: {self.path}")
        self._local = threading.local()
        try:
            version = (
                self._db().execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            )
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"not a sitrep gazetteer: {self.path}: {exc}") from exc
        if version is None or int(version[0]) != SCHEMA_VERSION:
            raise GazetteerError(f"gazetteer schema mismatch in {self.path}; rebuild it")
        self._cached = lru_cache(maxsize=8192)(self._candidates)
        self._known_cached = lru_cache(maxsize=32768)(self._known)
        # places are looked up again and again by id and country (every article's focus and
        # every event's admin names): one query each per process
        self._get_cached = lru_cache(maxsize=16384)(self._get)
        self._country_cached = lru_cache(maxsize=512)(self._country)

    def _db(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is not None and getattr(self._local, "pid", None) != os.getpid():
            db = None  # a forked worker (spaCy's n_process) opens its own connection
        if db is None:
            db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            db.row_factory = sqlite3.Row
            self._local.db = db
            self._local.pid = os.getpid()
        return db

    def _candidates(self, key: str, loose: bool) -> tuple[Candidate, ...]:
        db = self._db()
        out: dict[int, Candidate] = {}
        rows = db.execute(
            "SELECT p.*, n.main, n.key FROM names n JOIN places p ON p.id = n.place_id "
            "WHERE n.key = ?",
            (key,),
        ).fetchall()
        for r in rows:
            out[r["id"]] = Candidate(_place(r), MATCH_FOLDED, bool(r["main"]), r["id"], r["key"])
        skel = skeleton(key)
        if loose and len(key.replace(" ", "")) >= 5 and len(skel) >= 3:
            rows = db.execute(
                "SELECT p.*, n.main, n.key FROM names n JOIN places p ON p.id = n.place_id "
                "WHERE n.skel = ? LIMIT 400",
                (skel,),
            ).fetchall()
            for r in rows:
                if r["id"] not in out:
                    out[r["id"]] = Candidate(
                        _place(r), MATCH_SKELETON, bool(r["main"]), r["id"], r["key"]
                    )
        return tuple(sorted(out.values(), key=lambda c: (c.tier, -(c.place.population or 0))))

    def candidates(self, name: str, *, loose: bool = True) -> list[Candidate]:
        key = fold(name)
        return list(self._cached(key, loose)) if key else []

    def known(self, name: str) -> bool:
        """Whether any place bears ``name`` (its folded key or, loosely, its skeleton): most
        capitalised words of an article name no place, and this answers from the name index
        alone, without building the places that :meth:`candidates` returns."""
        key = fold(name)
        return bool(key) and self._known_cached(key)

    def _known(self, key: str) -> bool:
        db = self._db()
        if db.execute("SELECT 1 FROM names WHERE key = ? LIMIT 1", (key,)).fetchone():
            return True
        skel = skeleton(key)
        if len(key.replace(" ", "")) < 5 or len(skel) < 3:
            return False
        return (
            db.execute("SELECT 1 FROM names WHERE skel = ? LIMIT 1", (skel,)).fetchone() is not None
        )

    def lookup(self, name: str) -> list[Place]:
        return [c.place for c in self.candidates(name)]

    def get(self, geonames_id: int) -> Place | None:
        place = self._get_cached(geonames_id)
        return place.model_copy() if place is not None else None

    def _get(self, geonames_id: int) -> Place | None:
        row = self._db().execute("SELECT * FROM places WHERE id=?", (geonames_id,)).fetchone()
        return _place(row) if row else None

    def country(self, iso2: str) -> Place | None:
        place = self._country_cached(iso2.upper())
        return place.model_copy() if place is not None else None

    def _country(self, iso2: str) -> Place | None:
        row = (
            self._db()
            .execute("SELECT * FROM places WHERE country=? AND fcode='PCLI'", (iso2,))
            .fetchone()
        )
        return _place(row) if row else None

    def admin1(self, country: str, name: str) -> Place | None:
        key = fold(name)
        for c in self.candidates(name, loose=False):
            p = c.place
            if p.feature_code == "ADM1" and p.country == country.upper():
                return p
        row = (
            self._db()
            .execute(
                "SELECT p.* FROM admin1 a JOIN places p ON p.id=a.place_id WHERE a.country=?",
                (country.upper(),),
            )
            .fetchall()
        )
        for r in row:
            if fold(r["name"]) == key:
                return _place(r)
        return None


def default_gazetteer_path() -> Path:
    """``$SITREP_GAZETTEER``, else ``${XDG_CACHE_HOME:-~/.cache}/sitrep/gazetteer-v<SCHEMA_VERSION>.sqlite``."""
    env = os.environ.get("SITREP_GAZETTEER")
    if env:
        return Path(env).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "sitrep" / f"gazetteer-v{SCHEMA_VERSION}.sqlite"


_default_lock = threading.Lock()


@lru_cache(maxsize=1)
def _default(path: Path) -> SQLiteGazetteer:
    with _default_lock:
        if not path.is_file():
            print(
                f"sitrep: building the gazetteer at {path} (once; about 30 s)...",
                file=sys.stderr,
            )
            build_default_gazetteer(path, progress=lambda m: print(f"  {m}", file=sys.stderr))
        else:
            _refresh(path)
    return SQLiteGazetteer(path)


def _refresh(path: Path) -> None:
    """Bring an existing default gazetteer's curated supplement up to this version's; a file
    that cannot be written (a shared read-only cache) is used as it is, with a warning."""
    try:
        if refresh_supplement(path):
            print(f"sitrep: updated the curated places in {path}", file=sys.stderr)
    except sqlite3.OperationalError as exc:
        print(
            f"sitrep: warning: cannot update the curated places in {path} ({exc}); "
            "run `sitrep gazetteer build --force` where it is writable",
            file=sys.stderr,
        )
    except sqlite3.DatabaseError as exc:
        raise GazetteerError(f"not a sitrep gazetteer: {path}: {exc}") from exc


@registry.gazetteers.register("sitrep.gazetteer.geonames.v1")
def default_gazetteer() -> SQLiteGazetteer:
    """The shared default gazetteer, built on first use from installed packages."""
    return _default(default_gazetteer_path())


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Nationality adjective -> ISO2 ("Syrian" -> "SY"), from ``data/demonyms.tsv``."""
    out: dict[str, str] = {}
    with data_path("demonyms.tsv").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("demonym\t"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 2:
                out[parts[0]] = parts[1]
    return out
