"""A learned choice of an event's date among the dates its article gives (issue 3).

The rules in :mod:`sitrep.extract.events` and :mod:`sitrep.extract.report` date an event by the
date in its trigger's clause, else its sentence's, else the day a source spoke, else the page.
On new writers' narratives they often take the day of an aftermath scene ("The orchard was
still sealed off on Friday. ... were killed on Thursday when a rocket ...") or of a statement.
In 112 of the 120 test-half items the rules dated wrongly, the right day was one the text
gives. This ranker weighs the rules' date against every other day the article names: whether
the event's sentence names it, whether a source spoke on it ("said on Tuesday"), the word before
it, its precision, how many days before the page it lies, whether it is the article's earliest
or latest day.

Only days named within two sentences of the event are options (a long report's other days
belong to other events; unrestricted, MUC-4's long stories lost dates), a day the event's own
sentence gives is not traded for the day of publication, and the day of another kind of event
that the extractor left out as background is none. The events are ordered by the rules' days
(``salience.order_events``), so an older day from the ranker does not demote the main event.

Same machinery as the actor-pair ranker (:mod:`sitrep.extract.ranker`), trained by
``scripts/train_rankers.py --model dates`` on the notes' dev halves, shipped in
``sitrep/extract/data/date_model.json``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .dates import DateMention
from .events import set_date
from .ranker import LinearRanker, record

if TYPE_CHECKING:
    from .events import Candidate

__all__ = [
    "BACKGROUND_DAYS",
    "DEFAULT_MODEL",
    "ArticleDays",
    "DateOption",
    "DateRanker",
    "date_options",
    "choose_date",
]

DEFAULT_MODEL = Path(__file__).with_name("data") / "date_model.json"
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[^A-Za-z]*$")
_GAP_CAP = 8
_COUNT_CAP = 3
_WINDOW = 2
#: events dated this many days before the page are background (see report.extract)
BACKGROUND_DAYS = 60


@dataclass(slots=True)
class DateOption:
    """One day the event may have happened on; ``mention`` None keeps the rules' dating."""

    day: dt.date | None
    mention: DateMention | None
    features: dict[str, float] = field(default_factory=dict)
    #: sentences between the nearest mention of the day and the event's own sentences
    distance: int = 0


class DateRanker(LinearRanker):
    what = "event-date"
    script = "scripts/train_rankers.py --model dates"
    default_path = DEFAULT_MODEL

    def best(self, options: Sequence[DateOption]) -> DateOption:
        """The best of the rules' date and the days named within ``window`` sentences of the
        event's own (a long report's other days belong to other events)."""
        return self.best_near(
            options,
            int(self.meta.get("window", _WINDOW)),
            # a day the event's own sentence gives is not traded for the day of publication
            # (a dateline's day: "SAN SALVADOR, 26 MAY 90 -- ... killed in January")
            lambda rules, o: not (rules.features.get("insent") and o.features.get("ispub")),
        )


@dataclass(frozen=True, slots=True)
class ArticleDays:
    """What every event of one article is dated from, gathered once per article: each day the
    text names with its mentions and their sentences, which mentions say when a source spoke,
    and the sub-types of the events left out as background, by sentence."""

    by_day: dict[dt.date, list[tuple[DateMention, int]]]
    reporting: Sequence[set[int]]
    text: str
    page: dt.date
    background: Mapping[int, str]

    @classmethod
    def of(
        cls,
        dates: Sequence[Sequence[DateMention]],
        reporting: Sequence[set[int]],
        text: str,
        page: dt.date,
        background: Mapping[int, str] | None = None,
    ) -> ArticleDays:
        by_day: dict[dt.date, list[tuple[DateMention, int]]] = {}
        for i, sentence in enumerate(dates):
            for d in sentence:
                by_day.setdefault(d.date, []).append((d, i))
        return cls(by_day, reporting, text, page, background or {})


def date_options(c: Candidate, article: ArticleDays, span: tuple[int, int]) -> list[DateOption]:
    """The rules' dating first, then every other day the article names. ``span`` is the event's
    first sentence."""
    by_day, page, background = article.by_day, article.page, article.background
    days = [c.date, *(d for d in by_day if d != c.date)]
    known = [d for d in days if d is not None]
    s0, s1 = span
    options: list[DateOption] = []
    for k, day in enumerate(days):
        ms = by_day.get(day, []) if day is not None else []
        if k and ms and all(background.get(i, c.sub_event_type) != c.sub_event_type for _, i in ms):
            # the day of another kind of event, one left out as background, is not this one's
            # ("Soldiers raped 126 women between 20 and 30 November 2022. On Wednesday, gunmen
            # killed four farmers"); the same kind's may be ("soldiers arrived on the morning
            # of 25 February ... The report, published on Thursday, said 179 were killed")
            continue
        f: dict[str, float] = {"bias": 1.0}
        if k == 0:
            f["rule"] = 1.0
            f[f"rule_how={'page' if c.date_span is None else 'text'}"] = 1.0
        if day is None:
            f["nodate"] = 1.0
        else:
            gap = (page - day).days
            f[f"gap={min(gap, _GAP_CAP) if gap >= 0 else -1}"] = 1.0
            f["ispub"] = float(day == page)
            f["earliest"] = float(day == min(known))
            f["latest"] = float(day == max(known))
        f["nment"] = math.log1p(min(len(ms), _COUNT_CAP))
        f["nomention"] = float(not ms)
        f["insent"] = float(any(s0 <= m.start < s1 for m, _ in ms))
        f["before"] = float(any(m.start < s0 for m, _ in ms))
        f["after"] = float(any(m.start >= s1 for m, _ in ms))
        for m, i in ms:
            if m.start in article.reporting[i]:
                f["reporting"] = 1.0
            word = _WORD_BEFORE.search(article.text, max(0, m.start - 30), m.start)
            if word:
                f[f"pre={word.group(1).lower()}"] = 1.0
            f[f"prec={m.precision}"] = 1.0
            if i == 0:
                f["firstsent"] = 1.0
        distance = min((abs(i - j) for _, i in ms for j in c.members), default=0) if k else 0
        f[f"dist={min(distance, 3)}"] = 1.0
        inside = [m for m, _ in ms if s0 <= m.start < s1]
        options.append(
            DateOption(
                day,
                None if k == 0 else (inside or [m for m, _ in ms])[0],
                {key: v for key, v in f.items() if v},
                distance,
            )
        )
    return options


def choose_date(
    c: Candidate,
    article: ArticleDays,
    span: tuple[int, int],
    ranker: DateRanker | None = None,
) -> None:
    """Date the event by the ranker's choice (in place)."""
    options = date_options(c, article, span)
    if record("dates", c, options) or len(options) < 2:
        return
    best = (ranker or DateRanker.load()).best(options)
    if best.mention is not None:
        set_date(c, best.mention)
