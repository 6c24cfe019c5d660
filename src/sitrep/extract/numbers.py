"""Quantities as analysts code them: digits or words, qualifiers, ranges and vague amounts.

No packaged parser keeps qualifiers ("at least", "as many as") or ACLED's conventions for vague
amounts ("dozens" = 12, "tens" = 10, "hundreds" = 100), so they are matched here with one
compiled pattern. text2num-style word numbers are handled by a small table (up to millions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .wordscan import Anchored

__all__ = ["Quantity", "find_quantities", "parse_number"]

_UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "a dozen": 12,
    "half a dozen": 6, "a couple of": 2, "couple of": 2, "both": 2, "a score of": 20,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
#: ACLED conventions for vague amounts: value, and (low, high) bounds.
_VAGUE = {
    "tens of thousands": (10000, 10000, None),
    "hundreds of thousands": (100000, 100000, None),
    "thousands": (1000, 1000, None),
    "dozens": (12, 12, None),
    "scores": (20, 20, None),
    "tens": (10, 10, None),
    "hundreds": (100, 100, None),
    "several": (3, 3, None),
    "a few": (3, 3, None),
    "few": (3, 3, None),
    "some": (3, 3, None),
    "a handful of": (3, 3, None),
    "many": (10, 10, None),
    "numerous": (10, 10, None),
}

_WORD = (
    r"(?:"
    + "|".join(sorted((re.escape(w) for w in list(_UNITS) + list(_SCALES)), key=len, reverse=True))
    + r")"
)
_NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s*(?:million|thousand))?|{_WORD}(?:[\s-]+(?:and\s+)?{_WORD})*)"
_QUAL = (
    r"(?P<qual>at\s+least|no\s+(?:fewer|less)\s+than|more\s+than|over|upwards\s+of|"
    r"as\s+many\s+as|up\s+to|at\s+most|nearly|almost|close\s+to|about|around|approximately|"
    r"roughly|some|an\s+estimated|estimated|a\s+total\s+of|another|a\s+further|further)\s+"
)
_QTY_RE = re.compile(
    rf"\b(?:{_QUAL})?(?:(?:between\s+)?(?P<lo>{_NUMBER})\s*(?:-|–|to|and|or)\s*(?P<hi>{_NUMBER})\b(?!\s*(?:hundred|thousand|million))|"
    rf"(?P<n>{_NUMBER})\b|(?P<vague>tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|tens|hundreds|thousands|several|a\s+few|a\s+handful\s+of|numerous)\b)",
    re.I,
)


_QTY_SCAN = Anchored(_QTY_RE)
_DESIGNATOR_BEFORE = re.compile(r"(?<![\w-])[A-Za-z]{1,6}-$")


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str
    best: int
    low: int | None
    high: int | None
    qualifier: str | None
    vague: bool = False


def parse_number(text: str) -> int | None:
    """'27' -> 27, '6,000' -> 6000, 'twenty-seven' -> 27, 'two hundred' -> 200, '1.5 million'."""
    t = text.strip().lower().replace(",", "")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(million|thousand)?", t)
    if m:
        value = float(m.group(1)) * (_SCALES[m.group(2)] if m.group(2) else 1)
        return int(round(value))
    if t in _UNITS:
        return _UNITS[t]  # the table's phrases: "half a dozen", "a couple of"
    total, current, seen = 0, 0, False
    for w in re.split(r"[\s-]+", t.replace(" and ", " ")):
        if not w or w == "and":
            continue
        if w == "dozen" and current:
            current *= 12  # "two dozen", "a dozen"
            seen = True
        elif w in _UNITS:
            current += _UNITS[w]
            seen = True
        elif w in _SCALES:
            scale = _SCALES[w]
            current = max(current, 1) * scale
            if scale >= 1000:
                total, current = total + current, 0
            seen = True
        else:
            return None
    return total + current if seen else None


_BOTH_PEOPLE = re.compile(
    r"\s+(?:of\s+the\s+)?(?:attackers|bombers|gunmen|assailants|men|women|soldiers|victims|"
    r"suspects|journalists|brothers|sisters|children|officers|policemen|pilots|hostages)\b",
    re.I,
)
#: "Both died", "both of them were killed": two, told by their death
_BOTH_DIED = re.compile(
    r"\s+(?:of\s+them\s+)?(?:later\s+|also\s+)?(?:died|were\s+(?:later\s+)?(?:killed|shot\s+dead))\b",
    re.I,
)


#: "killed both riders": a group of two, after the verb that killed it
_KILLED_BEFORE = re.compile(r"\b(?:killed|killing|kills|shot\s+dead|shooting\s+dead)\s+$", re.I)
_PLURAL_NOUN = re.compile(r"\s+(?:[a-z-]+\s+)?[a-z]+s\b")
#: "Both occupants were killed": any group of two, told by its death
_BOTH_GROUP_DIED = re.compile(
    r"\s+(?:[a-z-]+\s+)?[a-z]+s\s+(?:were\s+(?:later\s+|also\s+)?(?:killed|shot\s+dead)|died)\b"
)


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every quantity in ``text`` with ACLED-style low/best/high (spans shifted by ``offset``)."""
    out: list[Quantity] = []
    for m in _QTY_SCAN.finditer(text):
        if _DESIGNATOR_BEFORE.search(text, max(0, m.start() - 7), m.start()):
            continue  # "the C-60 force", "an F-16", "AK-47s": a name's number, not a count
        qual = (m.group("qual") or "").lower()
        qual = re.sub(r"\s+", " ", qual) or None
        low = high = None
        if m.group("vague"):
            key = re.sub(r"\s+", " ", m.group("vague").lower())
            best, low, high = _VAGUE[key]
            vague = True
        elif m.group("lo"):
            lo, hi = parse_number(m.group("lo")), parse_number(m.group("hi"))
            if lo is None or hi is None or hi <= lo:
                whole = parse_number(text[m.start("lo") : m.end("hi")])  # "twenty-seven"
                if whole is None:
                    continue
                lo, hi = whole, None
            best, low, high, vague = lo, lo, hi, False
        else:
            value = parse_number(m.group("n"))
            if value is None:
                continue
            word = m.group("n").strip().lower()
            if word == "both" and (
                _BOTH_PEOPLE.match(text, m.end())
                or _BOTH_DIED.match(text, m.end())
                or _BOTH_GROUP_DIED.match(text, m.end())
                or (
                    _KILLED_BEFORE.search(text, max(0, m.start() - 20), m.start())
                    and _PLURAL_NOUN.match(text, m.end())
                )
            ):
                pass  # "Both attackers were killed", "Both died": two
            elif word in {"a", "an", "both", "single"} and qual is None:
                continue  # articles are not counts unless qualified ("another", "a further")
            best, vague = value, False
            if qual in {
                "at least",
                "no fewer than",
                "no less than",
                "more than",
                "over",
                "upwards of",
            }:
                low = value
            elif qual in {"as many as", "up to", "at most", "nearly", "almost", "close to"}:
                high = value
            else:
                low = value
        if m.group("vague") and qual in {"at least", "more than", "over"}:
            low = best
        out.append(
            Quantity(m.start() + offset, m.end() + offset, m.group(0), best, low, high, qual, vague)
        )
    return out
