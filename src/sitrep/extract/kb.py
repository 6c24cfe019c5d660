"""Curated knowledge base of conflict actors, attributed sources and weapons, with a fast matcher.

The data lives in ``data/*.json`` (hand-curated; actor names mined from UCDP side names and the
MUC-4 answer keys, see ``scripts/build_actor_kb.py``). The matcher compiles every alias into a
character trie and emits one regular expression per case mode, so Python's C regex engine does
the scan (about a millisecond per 10k words) and greedy trie branches give the longest alias at
each position. It is hand-written rather than pyahocorasick or a spaCy PhraseMatcher because
news spells names with free hyphen/space/apostrophe variants ("al-Shabaab", "al Shabaab",
"Da’esh") and needs per-alias case rules ("IS" but not "is"): a regex unit for each separator
expresses both, an automaton or token matcher would need every variant enumerated.

Case rules, decided by an alias's shape:

* a short all-caps abbreviation ("IS", "FSA", "AQAP", "M23") matches in exact case only;
* an alias listed under ``ambiguous_aliases`` that is one capitalised word ("Punch",
  "Observatory") also matches in exact case only (it is an ordinary word otherwise);
* every other alias matches case-insensitively.

When a text is mostly upper case (MUC-4 wire copy), every alias of three or more letters matches
case-insensitively and two-letter abbreviations are skipped ("IS" would match every "IS").
Ambiguous aliases still resolve: ``KBMatch.entry`` is the first entry that lists the alias,
``KBMatch.candidates`` all of them, and ``KBMatch.ambiguous`` tells the caller to check context.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any, Generic, TypeVar

from unidecode import unidecode

from sitrep.errors import ConfigError
from sitrep.models import EVENT_TYPES

__all__ = [
    "ACTOR_TAGS",
    "INTER_CODES",
    "SOURCE_KINDS",
    "SUB_EVENT_TYPES",
    "ActorEntry",
    "SourceEntry",
    "WeaponEntry",
    "KBMatch",
    "AliasMatcher",
    "KnowledgeBase",
    "load_kb",
    "is_mostly_upper",
    "trie_regex",
]

#: ACLED interaction codes.
INTER_CODES: dict[int, str] = {
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}
#: Tags coreference may ask for ("the jihadists" -> actors tagged "jihadist").
ACTOR_TAGS = frozenset(
    [
        *("jihadist", "rebel", "state", "police", "militia", "separatist", "coalition"),
        *("foreign", "communal", "protesters", "civilians", "gunmen", "pirates", "criminal"),
    ]
)
#: Kinds of attributed source; "other" covers witnesses, residents, medics, activists.
SOURCE_KINDS = frozenset(
    ["monitor", "outlet", "agency", "ngo", "un", "government", "military", "other"]
)
#: ACLED sub-event types a weapon may hint at (the taxonomy of :mod:`sitrep.models`).
SUB_EVENT_TYPES = frozenset(sub for subs in EVENT_TYPES.values() for sub in subs)

_DATA = "data"
_APOS = "'’ʼ‘`´′"
_SEPS = " \t\n\r\f\v\u00a0-‐‑‒–—_"
_DOT = "."
_SEP_RE = " *"  # the text is matched after every separator became a space
_APOS_RE = "'?"  # ... and every apostrophe variant became "'"
_DOT_RE = r"\.?"
#: Length-preserving rewrites (offsets stay valid): separators, apostrophes, then case.
_SEP_CHARS = re.compile("[" + re.escape(_SEPS.replace(" ", "")) + "]")
_APOS_CHARS = re.compile("[" + re.escape(_APOS.replace("'", "")) + "]")
_LOWER_1TO1 = {
    cp: low for cp in range(0x41, 0x2000) if (low := chr(cp).lower()) != chr(cp) and len(low) == 1
}


def _normalise(text: str) -> str:
    """Every separator becomes a space and every apostrophe "'", offsets unchanged."""
    return _APOS_CHARS.sub("'", _SEP_CHARS.sub(" ", text))


def _fold(text: str) -> str:
    """:func:`_normalise` and lower case, offsets unchanged ("İ".lower() has two characters)."""
    low = text.lower()
    if len(low) != len(text):
        low = text.translate(_LOWER_1TO1)
    return _normalise(low)


_KEY_DROP = re.compile(r"[\s\-‐‑‒–—_'’ʼ‘`´′.]+")
_ASCII_UPPER = bytes(range(65, 91))
_ASCII_LOWER = bytes(range(97, 123))
#: Units of an alias that are not literal characters.
_SEP, _AP, _DT = "\x00s", "\x00a", "\x00d"
_UNIT_RE = {_SEP: _SEP_RE, _AP: _APOS_RE, _DT: _DOT_RE}
_END = ""  # trie key marking "an alias ends here"


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """A conflict actor: canonical name, ACLED inter code, ISO2 country, aliases and tags."""

    name: str
    inter: int
    country: str | None
    aliases: tuple[str, ...]
    tags: tuple[str, ...] = ()
    ambiguous_aliases: tuple[str, ...] = ()
    source: str = ""
    # (first day, last day, inter) where ACLED's code changed with events: the Taliban are
    # state forces from 16 August 2021 (the day after Kabul fell), the RSF a rebel group only from April 2023
    periods: tuple[tuple[dt.date | None, dt.date | None, int], ...] = ()

    def inter_on(self, day: dt.date | None) -> int:
        """The inter code on ``day`` (the entry's own code when the day is unknown)."""
        if day is not None:
            for first, last, inter in self.periods:
                if (first is None or first <= day) and (last is None or day <= last):
                    return inter
        return self.inter


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """Who an article attributes a claim to; ``generic`` marks a description ("a war monitor")."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    country: str | None = None
    ambiguous_aliases: tuple[str, ...] = ()
    generic: bool = False


@dataclass(frozen=True, slots=True)
class WeaponEntry:
    """A weapon and the ACLED sub-event type it usually signals (a hint, not a rule)."""

    name: str
    patterns: tuple[str, ...]
    sub_event_type: str
    suicide: bool = False
    ambiguous_patterns: tuple[str, ...] = ()


E = TypeVar("E", ActorEntry, SourceEntry, WeaponEntry)


@dataclass(frozen=True, slots=True)
class KBMatch(Generic[E]):
    """One alias found in a text: character offsets into the text as given."""

    start: int
    end: int
    text: str
    entry: E
    ambiguous: bool = False
    candidates: tuple[E, ...] = field(default=())


def is_mostly_upper(text: str) -> bool:
    """True when most ASCII letters are capitals (MUC-4 wire copy, shouted headlines)."""
    raw = text.encode("ascii", "ignore")
    upper = len(raw) - len(raw.translate(None, _ASCII_UPPER))
    lower = len(raw) - len(raw.translate(None, _ASCII_LOWER))
    return upper >= 20 and upper > 3 * lower


def _key(alias: str, fold_case: bool) -> str:
    key = _KEY_DROP.sub("", alias)
    return key.casefold() if fold_case else key


def _units(alias: str) -> tuple[str, ...]:
    """Split an alias into literal characters and separator/apostrophe/dot units."""
    out: list[str] = []
    for ch in alias.strip():
        unit = _SEP if ch in _SEPS else _AP if ch in _APOS else _DT if ch == _DOT else ch
        if unit == _SEP and out and out[-1] == _SEP:
            continue
        out.append(unit)
    return tuple(out)


def _case_mode(alias: str, ambiguous: bool) -> str:
    """ "fold" (any case), "exact" (exact case; any case in upper-case text) or "exact_only".

    All-caps abbreviations are exact ("IS" is not "is"); two-letter and mixed-case ones ("LeT")
    and ambiguous single words ("Punch", "WHO", "shell") never match in upper-case text, where
    they would hit ordinary words. Ambiguous phrases with a capital ("National Guard") are exact;
    all-lowercase ambiguous phrases ("regime forces") match in any case but are flagged.
    """
    letters = [c for c in alias if c.isalpha()]
    caps = sum(c.isupper() for c in letters)
    one_token = not any(c.isspace() for c in alias.strip())
    alnum = sum(c.isalnum() for c in alias)
    if letters and one_token and len(letters) <= 6 and caps == len(letters):
        return "exact_only" if ambiguous or alnum <= 2 else "exact"
    if letters and one_token and len(letters) <= 6 and caps >= 2:
        return "exact_only"  # mixed-case abbreviation: "LeT", "JeM", "FAMa"
    if ambiguous and one_token:
        return "exact_only"
    first = alias.split()[0].replace(".", "") if alias.split() else ""
    if not one_token and 2 <= len(first) <= 4 and first.isalpha() and first.isupper():
        return "exact"  # "US troops", "IS fighters": not "told us troops", "this fighters"
    if ambiguous and caps:
        return "exact"
    return "fold"


def trie_regex(aliases: Iterable[str]) -> str:
    """One regex for all aliases: a trie, so branches share prefixes and greedy means longest."""
    root: dict[str, Any] = {}
    for alias in aliases:
        node = root
        for unit in _units(alias):
            node = node.setdefault(unit, {})
        node[_END] = {}

    def emit(node: dict[str, Any]) -> str:
        terminal = _END in node
        branches: list[str] = []
        # Longer, more specific continuations first; separators last so "IS-K" beats "IS".
        for unit in sorted((u for u in node if u != _END), key=lambda u: (u.startswith("\x00"), u)):
            head = _UNIT_RE.get(unit) or re.escape(unit)
            child = node[unit]
            # Collapse single-child chains into one literal run (keeps nesting shallow).
            while len(child) == 1 and _END not in child:
                (nxt,) = child
                head += _UNIT_RE.get(nxt) or re.escape(nxt)
                child = child[nxt]
            branches.append(head + emit(child))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if terminal:
            return "(?:" + body + ")?"
        return body

    return emit(root)


class AliasMatcher(Generic[E]):
    """Longest-match, word-bounded finder for the aliases of one kind of entry."""

    def __init__(self, items: Sequence[tuple[str, E, bool]]) -> None:
        """``items``: (alias, entry, ambiguous) triples, in priority order."""
        self._lookup: dict[tuple[bool, str], list[tuple[E, bool]]] = {}
        self._upper_lookup: dict[str, list[tuple[E, bool]]] = {}
        insensitive: set[str] = set()
        exact: set[str] = set()  # exact case, but any case in upper-case text
        exact_only: set[str] = set()  # exact case, never in upper-case text
        short: set[str] = set()
        for alias, entry, ambiguous in items:
            alias = alias.strip()
            if not alias:
                continue
            for variant in {alias, unidecode(alias)}:
                mode = _case_mode(variant, ambiguous)
                fold_case = mode == "fold"
                _add(
                    self._lookup.setdefault((fold_case, _key(variant, fold_case)), []),
                    entry,
                    ambiguous,
                )
                if mode == "fold":
                    insensitive.add(variant)
                elif mode == "exact":
                    exact.add(variant)
                    _add(self._upper_lookup.setdefault(_key(variant, True), []), entry, ambiguous)
                else:
                    exact_only.add(variant)
                    if sum(c.isalnum() for c in variant) <= 2:
                        short.add(_key(variant, False))
        # Compiling is the slow part (pure Python): each pattern is built on first use.
        self._pending: dict[str, tuple[set[str], bool]] = {
            "fold": (insensitive, True),
            "exact": (exact | exact_only, False),
            "upper": (exact, True),
        }
        self._patterns: dict[str, re.Pattern[str] | None] = {}
        self._short_exact = frozenset(short)

    def _pattern(self, mode: str) -> re.Pattern[str] | None:
        if mode not in self._patterns:
            aliases, fold = self._pending[mode]
            norm = _fold if fold else _normalise
            self._patterns[mode] = (
                re.compile(r"\b(?:" + trie_regex(norm(a) for a in aliases) + r")(?!\w)")
                if aliases
                else None
            )
        return self._patterns[mode]

    def _resolve(self, span: str, fold_case: bool) -> list[tuple[E, bool]]:
        return self._lookup.get((fold_case, _key(span, fold_case)), [])

    def find(self, text: str, upper: bool | None = None) -> list[KBMatch[E]]:
        """Non-overlapping matches, leftmost then longest, in text order.

        ``upper``: treat the text as all-caps wire copy; None decides with :func:`is_mostly_upper`.
        """
        if upper is None:
            upper = is_mostly_upper(text)
        found: list[tuple[int, int, list[tuple[E, bool]]]] = []
        folded = _fold(text)
        if (pat := self._pattern("fold")) is not None:
            for m in pat.finditer(folded):
                a, b = m.span()
                found.append((a, b, self._resolve(text[a:b], True)))
        if upper:
            if (pat := self._pattern("upper")) is not None:
                for m in pat.finditer(folded):
                    a, b = m.span()
                    found.append((a, b, self._resolve_upper(text[a:b])))
        elif (pat := self._pattern("exact")) is not None:
            for m in pat.finditer(_normalise(text)):
                a, b = m.span()
                span = text[a:b]
                if _key(span, False) in self._short_exact and _in_caps_run(text, a, b):
                    continue
                found.append((a, b, self._resolve(span, False)))
        return list(self._select(text, found))

    def _resolve_upper(self, span: str) -> list[tuple[E, bool]]:
        """An abbreviation met in upper-case text: look its key up ignoring case."""
        return self._upper_lookup.get(_key(span, True), [])

    @staticmethod
    def _select(
        text: str, found: list[tuple[int, int, list[tuple[E, bool]]]]
    ) -> Iterator[KBMatch[E]]:
        found.sort(key=lambda f: (f[0], f[0] - f[1]))
        last_end = -1
        for start, end, hits in found:
            if start < last_end or not hits:
                continue
            last_end = end
            entries = tuple(e for e, _ in hits)
            ambiguous = len(entries) > 1 or any(a for _, a in hits)
            yield KBMatch(start, end, text[start:end], entries[0], ambiguous, entries)


def _add(bucket: list[tuple[E, bool]], entry: E, ambiguous: bool) -> None:
    if all(e is not entry for e, _ in bucket):
        bucket.append((entry, ambiguous))


def _in_caps_run(text: str, start: int, end: int) -> bool:
    """True when the words either side of a span are upper case too: a shouted headline."""
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 30) : start])
    after = re.findall(r"[A-Za-z]+", text[end : end + 30])
    if not before or not after:
        return False
    prev, nxt = before[-1], after[0]
    return len(prev) > 1 and len(nxt) > 1 and prev.isupper() and nxt.isupper()


class KnowledgeBase:
    """Actors, sources and weapons with their matchers; build it once with :func:`load_kb`."""

    def __init__(
        self,
        actors: Sequence[ActorEntry],
        sources: Sequence[SourceEntry],
        weapons: Sequence[WeaponEntry],
        generic_sources: Sequence[SourceEntry] = (),
    ) -> None:
        self.actors: tuple[ActorEntry, ...] = tuple(actors)
        self.sources: tuple[SourceEntry, ...] = tuple(sources)
        self.weapons: tuple[WeaponEntry, ...] = tuple(weapons)
        self.generic_sources: tuple[SourceEntry, ...] = tuple(generic_sources)
        self._actor_by_name = _by_name(self.actors)
        self._source_by_name = _by_name(self.sources)
        self._weapon_by_name = {w.name.casefold(): w for w in self.weapons}
        self._actor_matcher: AliasMatcher[ActorEntry] = AliasMatcher(_alias_items(self.actors))
        self._source_matcher: AliasMatcher[SourceEntry] = AliasMatcher(_alias_items(self.sources))
        self._generic_matcher: AliasMatcher[SourceEntry] = AliasMatcher(
            _alias_items(self.generic_sources)
        )
        self._weapon_matcher: AliasMatcher[WeaponEntry] = AliasMatcher(
            [(p, w, False) for w in self.weapons for p in _with_plurals(w.patterns)]
            + [(p, w, True) for w in self.weapons for p in _with_plurals(w.ambiguous_patterns)]
        )

    def find_actors(self, text: str, upper: bool | None = None) -> list[KBMatch[ActorEntry]]:
        """Named actors in ``text`` (generic nominals such as "the militants" are not here)."""
        return self._actor_matcher.find(text, upper)

    def find_sources(
        self, text: str, upper: bool | None = None, include_generic: bool = False
    ) -> list[KBMatch[SourceEntry]]:
        """Named sources; with ``include_generic`` also descriptions ("a monitoring group")."""
        named = self._source_matcher.find(text, upper)
        if not include_generic:
            return named
        taken = [(m.start, m.end) for m in named]
        extra = [
            m
            for m in self._generic_matcher.find(text, upper)
            if all(m.end <= s or m.start >= e for s, e in taken)
        ]
        return sorted(named + extra, key=lambda m: m.start)

    def find_weapons(self, text: str, upper: bool | None = None) -> list[KBMatch[WeaponEntry]]:
        """Weapon mentions (singular and plural forms of every pattern)."""
        return self._weapon_matcher.find(text, upper)

    def actor(self, name: str) -> ActorEntry | None:
        """The actor with this canonical name or unambiguous alias (case-insensitive)."""
        return _lookup_name(name, self._actor_by_name, self._actor_matcher)

    def source(self, name: str) -> SourceEntry | None:
        """The source with this canonical name or unambiguous alias (case-insensitive)."""
        return _lookup_name(name, self._source_by_name, self._source_matcher)

    def weapon(self, name: str) -> WeaponEntry | None:
        """The weapon with this canonical name."""
        return self._weapon_by_name.get(name.casefold())

    def actors_with_tag(self, tag: str) -> list[ActorEntry]:
        """Actors carrying ``tag`` (see :data:`ACTOR_TAGS`), in file order."""
        return [a for a in self.actors if tag in a.tags]


def _by_name(entries: Sequence[ActorEntry] | Sequence[SourceEntry]) -> dict[str, Any]:
    return {e.name.casefold(): e for e in entries}


def _lookup_name(name: str, by_name: dict[str, E], matcher: AliasMatcher[E]) -> E | None:
    hit = by_name.get(name.strip().casefold())
    if hit is not None:
        return hit
    matches = matcher.find(name.strip(), upper=False)
    if len(matches) == 1 and matches[0].text == name.strip() and not matches[0].ambiguous:
        return matches[0].entry
    return None


#: plural members' nouns that also stand as adjectives before another noun
_MEMBER_PLURALS = ("separatists", "rebels", "insurgents", "jihadists", "islamists", "militants")
_MEMBER_NOUNS = ("fighters", "militants", "gunmen", "forces")


def _adjectival(alias: str) -> list[str]:
    """ "Ambazonian separatists" -> "Ambazonian separatist fighters" (and militants, gunmen,
    forces): the same people told with the plural turned adjective."""
    words = alias.split()
    if len(words) < 2 or words[-1].lower() not in _MEMBER_PLURALS:
        return []
    stem = " ".join([*words[:-1], words[-1][:-1]])
    return [f"{stem} {noun}" for noun in _MEMBER_NOUNS if noun != words[-1].lower()]


def _alias_items(
    entries: Sequence[ActorEntry] | Sequence[SourceEntry],
) -> list[tuple[str, Any, bool]]:
    items: list[tuple[str, Any, bool]] = []
    for e in entries:
        items.append((e.name, e, e.name in e.ambiguous_aliases))
        items.extend((a, e, False) for a in e.aliases)
        items.extend((a, e, True) for a in e.ambiguous_aliases)
        if isinstance(e, ActorEntry):
            items.extend((x, e, False) for a in (e.name, *e.aliases) for x in _adjectival(a))
    return items


def _plural(word: str) -> str:
    if word.isupper():
        return word + "s"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _with_plurals(patterns: Iterable[str]) -> list[str]:
    out: list[str] = []
    for p in patterns:
        out.append(p)
        last = p.split()[-1] if p.split() else ""
        if last[-1:].isalpha() and not last.endswith(("s", "ed", "ing", "wn")):
            out.append(_plural(p))
    return out


# ----------------------------------------------------------------------------- loading


def _read(name: str) -> Any:
    resource = files("sitrep.extract").joinpath(_DATA, name)
    return json.loads(resource.read_text(encoding="utf-8"))


def _strs(row: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = row.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: {key!r} must be a list of non-empty strings")
    return tuple(value)


def _country(row: dict[str, Any], where: str) -> str | None:
    c = row.get("country")
    if c is not None and not (isinstance(c, str) and re.fullmatch(r"[A-Z]{2}", c)):
        raise ConfigError(f"{where}: country must be an ISO 3166-1 alpha-2 code or null")
    return c


def parse_actor(row: dict[str, Any]) -> ActorEntry:
    """Validate one actors.json row."""
    where = f"actors.json {row.get('name')!r}"
    name, inter = row.get("name"), row.get("inter")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: name missing")
    if not isinstance(inter, int) or inter not in INTER_CODES:
        raise ConfigError(f"{where}: inter must be 1..8")
    tags = _strs(row, "tags", where)
    unknown = set(tags) - ACTOR_TAGS
    if unknown:
        raise ConfigError(f"{where}: unknown tags {sorted(unknown)}")
    return ActorEntry(
        name=name,
        inter=inter,
        country=_country(row, where),
        aliases=_strs(row, "aliases", where),
        tags=tags,
        ambiguous_aliases=_strs(row, "ambiguous_aliases", where),
        source=str(row.get("source", "")),
        periods=_periods(row, where),
    )


def _periods(
    row: dict[str, Any], where: str
) -> tuple[tuple[dt.date | None, dt.date | None, int], ...]:
    out = []
    for p in row.get("periods", []):
        try:
            first = dt.date.fromisoformat(p["from"]) if p.get("from") else None
            last = dt.date.fromisoformat(p["until"]) if p.get("until") else None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{where}: a period's from/until must be YYYY-MM-DD ({exc})") from exc
        inter = p.get("inter")
        if (
            not isinstance(inter, int)
            or inter not in INTER_CODES
            or (first is None and last is None)
        ):
            raise ConfigError(f"{where}: a period needs from or until, and inter 1..8")
        out.append((first, last, inter))
    return tuple(out)


def parse_source(row: dict[str, Any], generic: bool = False) -> SourceEntry:
    """Validate one sources.json row."""
    where = f"sources.json {row.get('name')!r}"
    name, kind = row.get("name"), row.get("kind")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: name missing")
    if kind not in SOURCE_KINDS:
        raise ConfigError(f"{where}: kind must be one of {sorted(SOURCE_KINDS)}")
    return SourceEntry(
        name=name,
        kind=str(kind),
        aliases=_strs(row, "aliases", where),
        country=_country(row, where),
        ambiguous_aliases=_strs(row, "ambiguous_aliases", where),
        generic=generic,
    )


def parse_weapon(row: dict[str, Any]) -> WeaponEntry:
    """Validate one weapons.json row."""
    where = f"weapons.json {row.get('name')!r}"
    name, sub = row.get("name"), row.get("sub_event_type")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: name missing")
    if sub not in SUB_EVENT_TYPES:
        raise ConfigError(f"{where}: sub_event_type {sub!r} is not an ACLED sub-event type")
    suicide = row.get("suicide", False)
    if not isinstance(suicide, bool):
        raise ConfigError(f"{where}: suicide must be true or false")
    return WeaponEntry(
        name,
        _strs(row, "patterns", where),
        str(sub),
        suicide,
        _strs(row, "ambiguous_patterns", where),
    )


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The packaged knowledge base, parsed, validated and compiled once per process."""
    actors = [parse_actor(r) for r in _read("actors.json")]
    src = _read("sources.json")
    sources = [parse_source(r) for r in src["sources"]]
    generic = [
        parse_source(
            {"name": f"({g['kind']})", "kind": g["kind"], "aliases": g["phrases"]}, generic=True
        )
        for g in src.get("generic_descriptions", [])
    ]
    weapons = [parse_weapon(r) for r in _read("weapons.json")]
    return KnowledgeBase(actors, sources, weapons, generic)
