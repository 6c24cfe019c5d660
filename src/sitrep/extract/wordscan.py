"""Run a word-anchored regular expression only where a match can begin.

Most of sitrep's patterns start ``\\b(?:the )?(?:regime|government|...)``: a word boundary, then
one of a known set of words. Python's ``re`` finds no literal prefix in such a pattern (a
leading ``\\b`` or ``re.IGNORECASE`` turns its prefix scan off), so ``finditer`` tries the
whole alternation at every word of the text; on a 500-word article that cost more than the
rules themselves. :class:`Anchored` reads from the parsed pattern the few letters every match
must begin with, indexes the text's word starts by their first letters once, and calls
``match`` only at the words that begin that way. The matches are exactly ``finditer``'s (a
test holds the two together on real text); a pattern whose first letters cannot be read
falls back to plain ``finditer``. No regex library does this, hence the module.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = ["Anchored", "first_letters"]

#: how many leading letters are read from a pattern and indexed in a text
DEPTH = 3
_WORD_START = re.compile(r"(?<!\w)\w")
#: the index key of every word that begins with a decimal digit (what ``\d`` matches)
DIGIT = "\x00d"
# a character class is expanded into its letters when it has at most this many
_SMALL_CLASS = 12


class _Unreadable(Exception):
    """The pattern's first letters cannot be bounded (it may begin with any word)."""


def first_letters(pattern: re.Pattern[str], depth: int = DEPTH) -> frozenset[str] | None:
    """The strings (up to ``depth`` characters, case-folded for an IGNORECASE pattern) that
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
        return _expand(rest, prefix + (ch.casefold() if fold else ch), depth, fold, level + 1)
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
    return sorted({c.casefold() if fold else c for c in chars})


@lru_cache(maxsize=64)
def _word_index(text: str, fold: bool) -> dict[str, list[int]]:
    """Word starts of ``text`` by their first 1..DEPTH characters (case-folded if ``fold``)."""
    index: dict[str, list[int]] = defaultdict(list)
    for m in _WORD_START.finditer(text):
        s = m.start()
        head = text[s : s + DEPTH]
        if fold:
            head = head.casefold()
        for n in range(1, DEPTH + 1):
            index[head[:n]].append(s)
        if head[:1].isdecimal():
            index[DIGIT].append(s)
    return index


class Anchored:
    """A compiled pattern that is matched only at the word starts it can begin with."""

    __slots__ = ("pattern", "letters", "_fold")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.letters = first_letters(pattern)
        self._fold = bool(pattern.flags & re.IGNORECASE)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches ``self.pattern.finditer(text)`` would give, in the same order."""
        if self.letters is None:
            yield from self.pattern.finditer(text)
            return
        index = _word_index(text, self._fold)
        starts: set[int] = set()
        for p in self.letters:
            starts.update(index.get(p, ()))
        pos = 0
        match = self.pattern.match
        for s in sorted(starts):
            if s < pos:
                continue
            m = match(text, s)
            if m is not None:
                yield m
                pos = max(m.end(), s + 1)

    def search(self, text: str) -> re.Match[str] | None:
        """The first match, as ``self.pattern.search(text)`` would give it."""
        return next(self.finditer(text), None)
