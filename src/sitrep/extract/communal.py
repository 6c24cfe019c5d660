"""Identity militias told by a community's name: "armed Dinka youths", "Ethnic Amhara
militiamen", "fighting between Dinka and Nuer youths", "armed youth from the Azande and
Balanda communities".

ACLED codes a community's armed men as that community's ethnic (or clan) militia, inter 4.
The knowledge base lists the best-known by fixed aliases ("Dinka armed youth"); the press
combines a community's name with a dozen nouns, adjectives before it and a second community
beside it, which fixed aliases cannot enumerate. The communities are curated data
(``data/communities.json``); a community the knowledge base already has keeps its entry.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib.resources import files

from .kb import ActorEntry, KnowledgeBase

__all__ = ["communal_militias"]

#: nouns that make a community's people fighters on their own ("Tiv militiamen")
_FIGHTERS = (
    r"(?:(?:ethnic|tribal|clan|communal|community)\s+)?(?:militias?|militiam[ae]n|fighters|gunmen)|"
    r"(?:cattle\s+)?raiders|attackers|assailants|vigilantes|warriors|clansmen|tribesmen|"
    r"armed\s+(?:youths?|men|groups?|elements)|youth\s+militias?|"
    r"self-defen[cs]e\s+(?:groups?|forces?|militias?)"
)
#: nouns that do only with "armed" before the name or a second community beside it
#: ("armed Dinka youths", "Dinka and Nuer youths"; "Fulani herders" alone may be victims)
_WEAK = r"youths?|men|herders|herdsmen"


@dataclass(frozen=True)
class _Community:
    name: str
    countries: tuple[str, ...]
    forms: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def _communities() -> tuple[dict[str, _Community], re.Pattern[str], re.Pattern[str]]:
    raw = json.loads(files("sitrep.extract").joinpath("data", "communities.json").read_text())
    table: dict[str, _Community] = {}
    for row in raw["communities"]:
        c = _Community(row["name"], tuple(row["countries"]), (row["name"], *row.get("forms", ())))
        for form in c.forms:
            table[form.lower()] = c
    names = "|".join(re.escape(f) for f in sorted(table, key=lambda f: (-len(f), f)))
    name = rf"(?:{names})(?![\w-])"
    told = re.compile(
        rf"(?<![\w-])(?P<armed>(?:heavily\s+)?armed\s+)?(?:(?:ethnic|suspected|rival)\s+)?"
        rf"(?P<a>{name})(?:\s*(?:,|and|&)\s*(?P<b>{name}))?"
        rf"\s+(?P<noun>{_FIGHTERS}|{_WEAK})(?![\w-])",
        re.I,
    )
    # "armed youth from the Azande and Balanda communities", "armed youths of the Nuer"
    youth_of = re.compile(
        rf"\barmed\s+youths?\s+(?:from|of)\s+(?:the\s+)?(?:neighbouring\s+|rival\s+)?"
        rf"(?P<a>{name})(?:\s*(?:,|and|&)\s*(?P<b>{name}))?",
        re.I,
    )
    return table, told, youth_of


_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first word of every community's name and form, lower-cased."""
    return frozenset(_WORD.findall(form)[0] for form in _communities()[0])


def _entry(kb: KnowledgeBase, c: _Community, focus: str | None) -> ActorEntry:
    """The knowledge base's militia of the community ("Dinka militia"), else ACLED's name."""
    for form in c.forms:
        probe = f"{form} militia"
        for m in kb.find_actors(probe):
            if m.start == 0 and m.end == len(probe) and m.entry.inter == 4:
                return m.entry
    return _synthesized(c, focus)


@functools.lru_cache(maxsize=256)
def _synthesized(c: _Community, focus: str | None) -> ActorEntry:
    country = focus if focus in c.countries else c.countries[0]
    kind = "Clan Militia" if country == "SO" else "Ethnic Militia"
    return ActorEntry(
        f"{c.name} {kind}",
        4,
        country,
        (),
        ("militia", "communal"),
        source="data/communities.json (ACLED names a community's armed men its ethnic militia)",
    )


def _proper(word: str) -> bool:
    """A community's name is capitalised (all-capital wire copy aside)."""
    return word[:1].isupper()


def communal_militias(
    text: str, kb: KnowledgeBase, focus_country: str | None = None
) -> list[tuple[int, int, str, ActorEntry]]:
    """Each community's militia the text tells, as (start, end, words, entry); a pair of
    communities ("Hema and Lendu militias") gives two, the first ending at its own name."""
    table, told, youth_of = _communities()
    out: list[tuple[int, int, str, ActorEntry]] = []
    if _first_words().isdisjoint(_WORD.findall(text.lower())):
        return out  # no community named: spare the text the long alternation (~1 ms)
    entries: dict[str, ActorEntry] = {}

    def entry(form: str) -> ActorEntry:
        c = table[form.lower()]
        if c.name not in entries:  # one knowledge-base lookup per community and text
            entries[c.name] = _entry(kb, c, focus_country)
        return entries[c.name]

    for m in told.finditer(text):
        if not _proper(m.group("a")) or (m.group("b") and not _proper(m.group("b"))):
            continue
        if re.fullmatch(_WEAK, m.group("noun"), re.I) and not (m.group("armed") or m.group("b")):
            continue
        a = entry(m.group("a"))
        if m.group("b"):
            b = entry(m.group("b"))
            out.append((m.start(), m.end("a"), text[m.start() : m.end("a")], a))
            out.append((m.start("b"), m.end(), text[m.start("b") : m.end()], b))
        else:
            out.append((m.start(), m.end(), m.group(0), a))
    for m in youth_of.finditer(text):
        if any(s <= m.start() < e for s, e, _t, _e in out):
            continue
        a = entry(m.group("a"))
        end_a = m.end("a")
        out.append((m.start(), end_a, text[m.start() : end_a], a))
        if m.group("b"):
            b = entry(m.group("b"))
            out.append((m.start("b"), m.end("b"), m.group("b"), b))
    return sorted(out, key=lambda t: t[0])
