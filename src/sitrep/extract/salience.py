"""Which of an article's events is its main one: the order of ``ArticleReport.events``.

Kept apart from :mod:`sitrep.extract.report` (which builds the events) because the order is
one decision with its own evidence (the notes' main-event scores), and it reads the rules'
dates, not the ones the date ranker (:mod:`sitrep.extract.dating`) chose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..models import Event

__all__ = ["When", "order_events"]

#: an event's day, last day and precision
When = tuple[dt.date | None, dt.date | None, str | None]

_STALE_DAYS = 14


def order_events(events: Sequence[Event], ruled: Sequence[When]) -> list[Event]:
    """The events, most salient first; ``ruled`` is each event's dating by the rules."""
    lede = min((ev.start for e in events for ev in e.evidence if ev.field == "sentence"), default=0)
    newest = max((end or day for day, end, how in ruled if day and how == "day"), default=None)
    order = sorted(
        range(len(events)),
        key=lambda k: _salience(events[k], ruled[k], lede, newest),
        reverse=True,
    )
    return [events[k] for k in order]


def _salience(
    e: Event, when: When, lede: int = 0, newest: dt.date | None = None
) -> tuple[float, ...]:
    """The news before the background (an event dated only to a month or a year, weeks before
    the article's newest day: "last month a roadside mine killed two soldiers"), then the event
    the article leads with, then deaths, then how much of it is told. The lede goes before
    deaths since a story about a deal, a deployment or a handover often recalls deadlier
    fighting further down (notes: sub-type +0.3 dev, +0.5 test, fatalities and dates up too).
    ``when`` is the rules' dating, not the date ranker's: its older day is for the record, not
    for picking the news."""
    f = e.fatalities.best if e.fatalities and e.fatalities.best else 0
    sentences = {ev.start for ev in e.evidence if ev.field == "sentence"}
    day, end, precision = when
    stale = (
        newest is not None
        and day is not None
        and (
            (precision in ("month", "year") and (newest - (end or day)).days > _STALE_DAYS)
            # "Last week, a truck bomb killed three" beside Wednesday's news
            or (precision == "week" and (newest - (end or day)).days >= 2)
        )
    )
    return (not stale, lede in sentences, min(f, 1), len(sentences), e.confidence, f)
