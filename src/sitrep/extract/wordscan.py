"""Run a word-anchored regular expression only where a match can begin.

Most of sitrep's patterns start ``\\b(?:the )?(?:regime|government|...)``: a word boundary, then
one of a known set of words. Python's ``re`` finds no literal prefix in such a pattern (a
leading ``\\b`` or ``re.IGNORECASE`` turns its prefix scan off), so ``finditer`` tries the
whole alternation at every word of the text; on a 500-word article that cost more than the
rules themselves. :class:`AnchoredSet` reads from each parsed pattern the few letters every
match must begin with, finds all of a family's letters with one alternation of literals per
case mode (which ``re`` does scan fast, on the lower-cased text), and calls each pattern's
``match`` only where its own letters begin a word (:class:`Anchored` is the one-pattern case).
The matches are exactly ``finditer``'s (a test holds the two together on real text); a pattern
whose first letters cannot be read, or a text whose case folding is odd, falls back to plain
``finditer``. No regex library does this, hence the module.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = ["Anchored", "AnchoredSet", "first_letters"]

#: how many leading letters are read from a pattern
DEPTH = 3
#: stands for "any decimal digit" (what ``\d`` matches) among a pattern's first letters
DIGIT = "\x00d"
# letters that IGNORECASE matches to an ASCII letter although lower() does not map them there
# (dotless i, long s, the Kelvin sign), and digits outside ASCII: texts with them scan plainly
_ODD = re.compile("[\u0131\u017f\u212a]|(?![0-9])\\d")
# a character class is expanded into its letters when it has at most this many
_SMALL_CLASS = 12


class _Unreadable(Exception):
    """The pattern's first letters cannot be bounded (it may begin with any word)."""


def first_letters(pattern: re.Pattern[str], depth: int = DEPTH) -> frozenset[str] | None:
    """The strings (up to ``depth`` characters, lower-cased for an IGNORECASE pattern) that
    every match of ``pattern`` begins with, where each match begins a word; None when that
    cannot be read from the pattern."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    items = list(parsed.data)
    if not items or items[0] != (sre.AT, sre.AT_BOUNDARY):
        return None  # without a leading \b a match may start inside a word
    fold = bool(pattern.flags & re.IGNORECASE)
    try:
        out = _expand(items[1:], "", depth, fold, 0)
    except (_Unreadable, RecursionError):
        return None
    if not out or "" in out or any(p != DIGIT and not (p[0].isalnum() or p[0] == "_") for p in out):
        return None  # a match could begin with a non-word character: no word start to index
    return frozenset(out)


def _expand(items: list[Any], prefix: str, depth: int, fold: bool, level: int) -> set[str]:
    """Every prefix (up to ``depth``) that ``items`` can begin with after ``prefix``."""
    if level > 60:
        raise _Unreadable
    if len(prefix) >= depth or not items:
        return {prefix}
    op, av = items[0]
    rest = items[1:]
    if op is sre.LITERAL:
        ch = chr(av)
        return _expand(rest, prefix + (ch.lower() if fold else ch), depth, fold, level + 1)
    if op is sre.IN:
        if av == [(sre.CATEGORY, sre.CATEGORY_DIGIT)] and not prefix:
            return {DIGIT}  # any decimal digit begins the word: indexed under its own key
        chars = _class_chars(av, fold)
        if chars is None:
            if prefix:
                return {prefix}  # a shorter prefix is still a true bound
            raise _Unreadable
        out: set[str] = set()
        for ch in chars:
            out |= _expand(rest, prefix + ch, depth, fold, level + 1)
        return out
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _expand(rest, prefix, depth, fold, level + 1)  # zero-width: skipping widens
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unreadable  # inline flags inside the pattern: not worth reading
        return _expand(list(sub.data) + rest, prefix, depth, fold, level + 1)
    if op is sre.BRANCH:
        out = set()
        for alt in av[1]:
            out |= _expand(list(alt.data) + rest, prefix, depth, fold, level + 1)
        return out
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        body = list(sub.data)
        if hi == 0:
            return _expand(rest, prefix, depth, fold, level + 1)
        again = (op, (max(lo - 1, 0), hi - 1 if hi != sre.MAXREPEAT else hi, sub))
        out = _expand(body + [again] + rest, prefix, depth, fold, level + 1)
        if lo == 0:
            out |= _expand(rest, prefix, depth, fold, level + 1)
        return out
    if prefix:
        return {prefix}  # any other element (., a back-reference): the prefix so far bounds it
    raise _Unreadable


def _class_chars(av: list[Any], fold: bool) -> list[str] | None:
    chars: list[str] = []
    for op, arg in av:
        if op is sre.LITERAL:
            chars.append(chr(arg))
        elif op is sre.RANGE and arg[1] - arg[0] < _SMALL_CLASS:
            chars.extend(chr(c) for c in range(arg[0], arg[1] + 1))
        else:
            return None  # a negated class, a category (\d, \w), a wide range
        if len(chars) > _SMALL_CLASS:
            return None
    return sorted({c.lower() if fold else c for c in chars})


def _heads(letters: frozenset[str] | None) -> set[str] | None:
    """The letters cut at their first non-word character (so a hit never covers a later word's
    start), :data:`DIGIT` spelled as the ten ASCII digits; None where a head is not ASCII
    (its case folding is not lower()'s) or the letters are unknown."""
    if letters is None:
        return None
    heads: set[str] = set()
    for p in letters:
        if p == DIGIT:
            heads.update("0123456789")
            continue
        cut = next((k for k, ch in enumerate(p) if not (ch.isalnum() or ch == "_")), len(p))
        heads.add(p[:cut])
    return heads if all(h.isascii() for h in heads) else None


@lru_cache(maxsize=64)
def _lowered(text: str) -> str | None:
    """``text`` lower-cased, or None where lower-casing changes its length or it holds a
    character whose IGNORECASE match lower() does not give."""
    if text.isascii():
        return text.lower()
    low = text.lower()
    return low if len(low) == len(text) and not _ODD.search(text) else None


@lru_cache(maxsize=64)
def _odd_text(text: str) -> bool:
    """Whether a case-sensitive scan must fall back: a non-ASCII digit the starters lack."""
    return not text.isascii() and _ODD.search(text) is not None


@dataclass(frozen=True)
class _Mode:
    """The patterns of one case mode: a starter (an alternation of every head, each a literal,
    so ``re`` skips ahead on its first-character set) and which patterns each head starts."""

    fold: bool
    starter: re.Pattern[str]
    by_head: dict[str, tuple[int, ...]]
    lengths: tuple[int, ...]
    members: tuple[int, ...]
    #: per head, the patterns of every head it begins with, longest first, each once: the
    #: starter's alternation runs longest first, so its hit is the longest head at a word
    #: start, and every shorter head there is a prefix of it
    by_hit: dict[str, tuple[int, ...]]


def _by_hit(
    by_head: dict[str, tuple[int, ...]], lengths: tuple[int, ...]
) -> dict[str, tuple[int, ...]]:
    return {
        h: tuple(dict.fromkeys(i for n in lengths for i in by_head.get(h[:n], ()))) for h in by_head
    }


class AnchoredSet:
    """Patterns scanned over one text together: one starter pass per case mode finds the word
    starts any of them can begin with, and each pattern is matched only at its own."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = list(patterns)
        self.letters = [first_letters(rx) for rx in self.patterns]
        self._unread: list[int] = []
        grouped: dict[bool, dict[str, list[int]]] = {True: {}, False: {}}
        for i, (rx, letters) in enumerate(zip(self.patterns, self.letters, strict=True)):
            heads = _heads(letters)
            if heads is None:
                self._unread.append(i)
                continue
            for h in heads:
                grouped[bool(rx.flags & re.IGNORECASE)].setdefault(h, []).append(i)
        self._modes = []
        for fold, g in grouped.items():
            if not g:
                continue
            by_head = {h: tuple(v) for h, v in g.items()}
            lengths = tuple(sorted({len(h) for h in g}, reverse=True))
            self._modes.append(
                _Mode(
                    fold,
                    re.compile(
                        "|".join(re.escape(h) for h in sorted(g, key=lambda h: (-len(h), h)))
                    ),
                    by_head,
                    lengths,
                    tuple(sorted({i for v in g.values() for i in v})),
                    _by_hit(by_head, lengths),
                )
            )

    def scan(self, text: str) -> list[list[re.Match[str]]]:
        """Per pattern, the matches its ``finditer(text)`` would give, in the same order."""
        out: list[list[re.Match[str]]] = [[] for _ in self.patterns]
        for i in self._unread:
            out[i] = list(self.patterns[i].finditer(text))
        for mode in self._modes:
            probe = _lowered(text) if mode.fold else (None if _odd_text(text) else text)
            if probe is None:
                for i in mode.members:
                    out[i] = list(self.patterns[i].finditer(text))
                continue
            pos = dict.fromkeys(mode.members, 0)
            by_hit = mode.by_hit
            for hit in mode.starter.finditer(probe):
                s = hit.start()
                if s and (probe[s - 1].isalnum() or probe[s - 1] == "_"):
                    continue  # inside a word: a pattern's leading \b cannot hold here
                for i in by_hit[hit.group()]:
                    if s < pos[i]:
                        continue
                    m = self.patterns[i].match(text, s)
                    if m is not None:
                        out[i].append(m)
                        pos[i] = max(m.end(), s + 1)
        return out


class Anchored:
    """One pattern, matched only at the word starts it can begin with."""

    __slots__ = ("pattern", "letters", "_set")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._set = AnchoredSet([pattern])
        self.letters = self._set.letters[0]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches ``self.pattern.finditer(text)`` would give, in the same order."""
        return iter(self._set.scan(text)[0])

    def search(self, text: str) -> re.Match[str] | None:
        """The first match, as ``self.pattern.search(text)`` would give it."""
        return next(self.finditer(text), None)
