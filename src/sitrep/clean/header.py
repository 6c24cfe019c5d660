"""Spot the title line and dateline that scraped plain-text articles carry at the top.

Dates are recognised by a pattern (so a sentence that merely mentions a date is never taken for
a dateline) and parsed with dateutil, which is exact for these fixed formats and far faster
than dateparser's free-text search.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings

from dateutil import parser as dateutil_parser
from dateutil import tz

__all__ = ["Header", "find_header", "parse_dateline", "DATELINE"]

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+"
_TIME = r"(?:\s*(?:,|at|-|\||@)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)"
_ZONE = (
    r"(?:\s*\(?(?:(?:gmt|utc)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}"
    r"|(?:e|c|p|m)[sd]t|bst|cest|cet|eest|eet|msk|ast|ist|et|pt|z)\)?(?![\w]))"
)
_DATE = rf"""
    (?:{_WEEKDAY})?(?:
        {_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}
      | \d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}
    ){_TIME}?{_ZONE}?
  | \d{{4}}-\d{{2}}-\d{{2}}
    (?:[T\s]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:z|[+-]\d{{2}}:?\d{{2}})?)?
"""
_PREFIX = (
    r"(?:published|posted|updated|last\s+updated|first\s+published|date|dated)"
    r"(?:\s+(?:on|at))?\s*:?\s*"
)
#: A whole line that is a dateline ("Mon May 30, 2016 12:49:41", "Published July 5 2016").
DATELINE = re.compile(rf"(?ix)[ \t]*(?:{_PREFIX})?(?P<date>{_DATE})[ \t]*[.|-]?[ \t]*")
#: A dateline glued to the start of the body ("Published July 5 2016 A motorcycle bomber...").
_INLINE = re.compile(rf"(?ix)[ \t]*{_PREFIX}(?P<date>{_DATE})(?=\s)")
_LINE = re.compile(r"[^\n]*\n?")
_TZINFOS = {
    name: tz.tzoffset(name, hours * 3600)
    for name, hours in {
        "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "PST": -8, "PDT": -7, "BST": 1,
        "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
    }.items()
}  # fmt: skip
_MAX_TITLE = 200


class Header:
    """What was found at the top: the span to cut (raw offsets) and the values read."""

    __slots__ = ("start", "end", "title", "published")

    def __init__(self, start: int, end: int, title: str | None, published: dt.datetime | None):
        self.start, self.end, self.title, self.published = start, end, title, published


def parse_dateline(text: str) -> dt.datetime | None:
    """The datetime a dateline states, or None when it does not parse."""
    match = DATELINE.fullmatch(text) or _INLINE.match(text)
    if match is None:
        return None
    value = match.group("date")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return dateutil_parser.parse(value, tzinfos=_TZINFOS)
    except (ValueError, OverflowError):
        return None


def _lines(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of the first ``limit`` non-blank lines, without newlines."""
    found: list[tuple[int, int]] = []
    for match in _LINE.finditer(text):
        if match.start() == match.end():
            break
        line = match.group(0).rstrip("\r\n")
        if line.strip():
            found.append((match.start(), match.start() + len(line)))
            if len(found) == limit:
                break
    return found


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _looks_like_title(line: str) -> bool:
    stripped = line.strip()
    return (
        0 < len(stripped) <= _MAX_TITLE
        and len(stripped.split()) <= 30
        and not stripped.endswith((".", ",", ";", ":"))
    )


def find_header(text: str, given_title: str | None = None) -> Header | None:
    """Title line + dateline at the top of a plain-text article, if there is one."""
    lines = _lines(text, 2)
    if not lines:
        return None
    (s1, e1) = lines[0]
    first = text[s1:e1]
    published = parse_dateline(first) if DATELINE.fullmatch(first) else None
    if published is not None:
        return Header(s1, e1, None, published)
    if len(lines) == 2:
        s2, e2 = lines[1]
        second = text[s2:e2]
        if _looks_like_title(first) and DATELINE.fullmatch(second):
            published = parse_dateline(second)
            if published is not None:
                return Header(s1, e2, first.strip(), published)
    if given_title and _same(first, given_title):
        return Header(s1, e1, first.strip(), None)
    title = given_title.strip() if given_title else ""
    if len(title) >= 20 and first.lstrip().casefold().startswith(title.casefold()):
        # scraped bodies often open with the headline run into the first sentence
        start = s1 + len(first) - len(first.lstrip())
        return Header(s1, start + len(title), title, None)
    inline = _INLINE.match(first)
    if inline is not None:
        published = parse_dateline(inline.group(0))
        if published is not None:
            return Header(s1, s1 + inline.end(), None, published)
    return None
