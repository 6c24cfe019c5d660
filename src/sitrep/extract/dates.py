"""Resolve date expressions against an anchor (the page date, or the date a source spoke).

dateparser parses explicit dates well but returns one day for "the last two days" and false
dates for durations ("for two years"), so the common news forms are matched here with small
patterns and dateparser is the fallback for explicit dates the patterns miss. Every resolved
date is clamped to never be after the anchor.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .wordscan import AnchoredSet

__all__ = ["DAY_BEFORE", "DateMention", "find_dates", "WEEKDAYS", "MONTHS"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_NUMWORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "couple of": 2, "few": 3, "several": 3,
}  # fmt: skip


@dataclass(frozen=True)
class DateMention:
    """A date expression and what it resolves to (``date_end`` set for ranges)."""

    start: int
    end: int
    text: str
    date: dt.date
    date_end: dt.date | None
    precision: str  # day / week / month / year / range
    how: str  # a short human explanation of the resolution


_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WD_RE = "|".join(WEEKDAYS)
_NUM_RE = r"\d+|" + "|".join(sorted((re.escape(k) for k in _NUMWORDS), key=len, reverse=True))

# "said on Tuesday that troops had regained the town the previous day": the day before the
# anchor (the page's, or the day the speaker spoke); not "the day before the election"
# (not "the day before the election", "a week before his 40th birthday")
_NOT_AN_EVENT_AFTER = r"(?!\s+(?:the|a|an|his|her|its|their|last|that|this|\w*\d))"
_DAY_BEFORE_RE = (
    r"the\s+(?:previous|preceding)\s+(?:day|evening|night|afternoon|morning)|"
    rf"the\s+(?:day|night|evening)\s+before{_NOT_AN_EVENT_AFTER}"
)
# "had killed 12 militants in an ambush two days earlier": days counted back from the anchor
_DAYS_EARLIER_RE = (
    r"(?P<en>a|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<eunit>day|week)s?\s+"
    rf"(?:earlier|before){_NOT_AN_EVENT_AFTER}"
)
#: a sentence that counts a day back from its anchor
DAY_BEFORE = re.compile(rf"\b(?:{_DAY_BEFORE_RE}|{_DAYS_EARLIER_RE})\b", re.I)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # "06/05/2024", "6.5.2024": day first as most of the world writes it, month first only
    # where the day-first reading cannot be a date not after the anchor
    (
        "numeric",
        re.compile(r"\b(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)\b"),
    ),
    (
        "mdy",
        re.compile(
            rf"\b(?P<mon>{_MONTH_RE})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?",
            re.I,
        ),
    ),
    (
        # "on the night of 6 to 7 December 2024", "3-4 March": ACLED codes the first day
        "dmy_range",
        re.compile(
            rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:to|-|–|and|into)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH_RE})\b\.?(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?",
            re.I,
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH_RE})\b\.?(?:,?\s+(?P<y>(?:19|20)?\d\d)\b)?",
            re.I,
        ),
    ),
    (
        "range_days",
        re.compile(
            rf"\b(?:in\s+|over\s+|during\s+)?the\s+(?:last|past|previous)\s+(?P<n>{_NUM_RE})\s+days\b",
            re.I,
        ),
    ),
    (
        "yesterday",
        re.compile(
            rf"\b(?:yesterday|last\s+night|{_DAY_BEFORE_RE})\b",
            re.I,
        ),
    ),
    ("today", re.compile(r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight)\b", re.I)),
    ("ago", re.compile(rf"\b(?P<n>{_NUM_RE})\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
    ("earlier", re.compile(rf"\b{_DAYS_EARLIER_RE}", re.I)),
    (
        "weekday_last_week",
        re.compile(rf"\b(?:on\s+)?(?P<wd>{_WD_RE})\s+(?:of\s+)?last\s+week\b", re.I),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?:on|late|early|last)\s+)?(?:(?:late|early)\s+on\s+)?(?P<wd>{_WD_RE})\b", re.I
        ),
    ),
    # "at the weekend", "over the weekend", "a weekend attack": the last Saturday and Sunday
    (
        "weekend",
        re.compile(
            r"(?<!previous )(?<!following )\b(?:(?:at|over|during|on)\s+the\s+|last\s+|this\s+(?:past\s+)?)?weekend\b",
            re.I,
        ),
    ),
    ("last_unit", re.compile(r"\b(?P<which>last|this)\s+(?P<unit>week|month|year)\b", re.I)),
    ("month_year", re.compile(rf"\b(?:in\s+)?(?P<mon>{_MONTH_RE})\s+(?P<y>(?:19|20)\d\d)\b", re.I)),
    ("month_only", re.compile(rf"\b(?:in|since|early|late|mid-?)\s+(?P<mon>{_MONTH_RE})\b", re.I)),
    ("year", re.compile(r"\bin\s+(?P<y>(?:19|20)\d\d)\b")),
]
_SCAN = AnchoredSet([rx for _, rx in _PATTERNS])


def _year_for(month: int, day: int, anchor: dt.date) -> int:
    """The most recent year in which month/day is not after the anchor."""
    year = anchor.year
    try:
        if dt.date(year, month, day) > anchor:
            year -= 1
    except ValueError:
        year -= 1
    return year


def _num(token: str) -> int:
    token = token.lower()
    return int(token) if token.isdigit() else _NUMWORDS.get(token, 1)


def _resolve(
    kind: str, m: re.Match[str], anchor: dt.date
) -> tuple[dt.date, dt.date | None, str, str] | None:
    g = m.groupdict()
    if kind == "iso":
        day = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
        return day, None, "day", "explicit date"
    if kind == "numeric":
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        for dd, mm in ((a, b), (b, a)):
            try:
                found = dt.date(y, mm, dd)
            except ValueError:
                continue
            if found <= anchor:
                return found, None, "day", "numeric date"
        return None
    if kind in ("mdy", "dmy"):
        month, d = MONTHS[g["mon"].lower().rstrip(".")], int(g["d"])
        if not 1 <= d <= 31:
            return None
        if g.get("y"):
            y = int(g["y"])
            y = y + 1900 if y < 100 and y > 30 else (y + 2000 if y < 100 else y)
            return dt.date(y, month, d), None, "day", "explicit date"
        year = _year_for(month, d, anchor)
        return dt.date(year, month, d), None, "day", "month and day, year from the anchor"
    if kind == "dmy_range":
        month, d, d2 = MONTHS[g["mon"].lower().rstrip(".")], int(g["d"]), int(g["d2"])
        if not (1 <= d <= 31 and 1 <= d2 <= 31 and d2 > d):
            return None
        year = int(g["y"]) if g.get("y") else _year_for(month, d2, anchor)
        try:
            first, last = dt.date(year, month, d), dt.date(year, month, d2)
        except ValueError:
            return None
        return first, last, "range", "a range of days in one month"
    if kind == "weekday_last_week":
        wd = WEEKDAYS.index(g["wd"].lower())
        monday = anchor - dt.timedelta(days=anchor.weekday() + 7)
        day = monday + dt.timedelta(days=wd)
        return day, None, "day", f"{g['wd'].title()} of the week before the anchor's"
    if kind == "range_days":
        n = _num(g["n"])
        return (
            anchor - dt.timedelta(days=n - 1),
            anchor,
            "range",
            f"the last {n} days before the anchor",
        )
    if kind == "yesterday":
        return anchor - dt.timedelta(days=1), None, "day", "the day before the anchor"
    if kind == "today":
        return anchor, None, "day", "the anchor day"
    if kind in ("ago", "earlier"):
        # "two days ago" from the page, "two days earlier" from a day the text told
        n, unit = _num(g.get("n") or g["en"]), (g.get("unit") or g["eunit"]).lower()
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
        prec = {"day": "day", "week": "week", "month": "month", "year": "year"}[unit]
        return anchor - dt.timedelta(days=days), None, prec, f"{n} {unit}(s) before the anchor"
    if kind == "weekday":
        wd = WEEKDAYS.index(g["wd"].lower())
        back = (anchor.weekday() - wd) % 7
        if m.group(0).lower().startswith("last ") and back == 0:
            back = 7
        return (
            anchor - dt.timedelta(days=back),
            None,
            "day",
            f"the last {g['wd'].title()} on or before the anchor",
        )
    if kind == "weekend":
        # Monday to Friday: the Saturday and Sunday before; on a weekend day, that weekend
        saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
        return saturday, saturday + dt.timedelta(days=1), "range", "the weekend before the anchor"
    if kind == "last_unit":
        unit, which = g["unit"].lower(), g["which"].lower()
        if unit == "week":
            start = anchor - dt.timedelta(days=anchor.weekday() + (7 if which == "last" else 0))
            return start, min(start + dt.timedelta(days=6), anchor), "week", f"{which} week"
        if unit == "month":
            first = anchor.replace(day=1)
            if which == "last":
                first = (first - dt.timedelta(days=1)).replace(day=1)
            return first, None, "month", f"{which} month"
        year = anchor.year - (1 if which == "last" else 0)
        return dt.date(year, 1, 1), None, "year", f"{which} year"
    if kind == "month_year":
        return dt.date(int(g["y"]), MONTHS[g["mon"].lower()], 1), None, "month", "month and year"
    if kind == "month_only":
        month = MONTHS[g["mon"].lower()]
        year = anchor.year if month <= anchor.month else anchor.year - 1
        return dt.date(year, month, 1), None, "month", "month, year from the anchor"
    if kind == "year":
        return dt.date(int(g["y"]), 1, 1), None, "year", "year"
    return None


def find_dates(
    text: str, anchor: dt.date, offset: int = 0, *, told_anchor: bool = False
) -> list[DateMention]:
    """All date expressions in ``text`` resolved against ``anchor``, earliest first.

    Overlapping matches keep the earlier pattern in ``_PATTERNS`` (the more specific one).
    ``offset`` is added to spans so a sentence's mentions come out in document offsets.
    ``told_anchor``: the anchor is a day the text told (a source spoke on it, the story stood
    on it), so "two days earlier" counts back from it; from the page's day it is no date.
    """
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for (kind, _rx), matches in zip(_PATTERNS, _SCAN.scan(text), strict=True):
        for m in matches:
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if re.search(r"\b(?:next|coming|following)\s+$", text[max(0, s - 12) : s], re.I):
                continue  # "next Tuesday": a future day, never an event date
            if kind == "mdy" and m.group("mon").lower() == "may" and not m.group(0)[0].isupper():
                continue  # "may 5" in lower case is the modal verb more often than the month
            mon = m.groupdict().get("mon") or ""
            if kind == "month_only" and (
                mon.lower() == "may"
                or (mon.lower() in {"mar", "jun", "dec"} and not mon[0].isupper())
            ):
                continue
            if kind == "earlier" and (
                not told_anchor or (not text[:s].strip() and text[e : e + 1] == ",")
            ):
                # "Two days earlier, gunmen had killed three farmers nearby": a fronted count
                # back opens another, earlier story; its day is not this article's to give
                continue
            try:
                res = _resolve(kind, m, anchor)
            except ValueError:
                res = None
            if res is None:
                continue
            day, end, precision, how = res
            if day > anchor:  # a resolved date is never after the anchor
                continue
            if end is not None and end > anchor:
                end = anchor
            taken.append((s, e))
            found.append(DateMention(s + offset, e + offset, m.group(0), day, end, precision, how))
    found.sort(key=lambda d: d.start)
    return found
