"""A learned check of an event's death toll against the other counts of the dead near it (issue 3).

The rules in :mod:`sitrep.extract.tolls`, :mod:`sitrep.extract.recount` and the merge decide
which counts of the dead are the event's and add them up. On new writers' reports they still
take a running toll for the event's own ("bringing the number killed this month to 43"), a
rival source's figure, a count of another event, or a toll where the event killed nobody. In
about half of the wrongly counted dev items the right number is one the text gives as a count
of the dead, or none at all. This ranker weighs the rules' toll against each other count within
two sentences of the event and against "nobody killed": the words around the count, whether it
is in the event's sentence, whose dead it counts, whether the sentence is a running toll, its
size beside the others.

Same machinery as the date and actor-pair rankers (:mod:`sitrep.extract.ranker`), trained by
``scripts/train_rankers.py --model tolls`` on the notes' dev halves, shipped in
``sitrep/extract/data/toll_model.json``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence, Set
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .events import OTHER_DEAD_AFTER, toll_fatalities, toll_spans
from .numbers import find_quantities
from .ranker import LinearRanker, record

if TYPE_CHECKING:
    from .events import Candidate
    from .tolls import SentenceTolls, TollItem

__all__ = ["DEFAULT_MODEL", "TollOption", "TollRanker", "choose_toll", "toll_options"]

DEFAULT_MODEL = Path(__file__).with_name("data") / "toll_model.json"
_WINDOW = 2
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[^A-Za-z]*$")
_WORD_AFTER = re.compile(r"[^A-Za-z]*([A-Za-z]+)")
#: words before a count that say it is a running or other source's figure
_CUES = {
    "toll": re.compile(r"\b(?:death\s+)?toll\b", re.I),
    "since": re.compile(r"\bsince\b", re.I),
    "total": re.compile(r"\b(?:total|overall|in\s+all|altogether|combined)\b", re.I),
    "earlier": re.compile(r"\b(?:earlier|previous(?:ly)?|initial(?:ly)?|first)\b", re.I),
    "rose": re.compile(r"\b(?:rose|risen|climbed|reached|bringing|raising|raised)\b", re.I),
    "claim": re.compile(r"\b(?:claim(?:ed|s)?|boast(?:ed)?)\b", re.I),
    "this_year": re.compile(r"\b(?:this|last|past)\s+(?:year|month|week)\b", re.I),
}


@dataclass(slots=True)
class TollOption:
    """One number of dead the event may have; ``item`` None with ``value`` None is "nobody",
    and the first option is always the rules' own toll."""

    value: int | None
    item: TollItem | None
    features: dict[str, float] = field(default_factory=dict)
    #: sentences between the count and the event's own sentences
    distance: int = 0


class TollRanker(LinearRanker):
    what = "event-toll"
    script = "scripts/train_rankers.py --model tolls"
    default_path = DEFAULT_MODEL

    def best(self, options: Sequence[TollOption]) -> TollOption:
        """The best of the rules' toll and the counts within ``window`` sentences."""
        return self.best_near(options, int(self.meta.get("window", _WINDOW)))


def toll_options(
    c: Candidate,
    tolls_of: Sequence[SentenceTolls],
    text: str,
    sent_spans: Sequence[tuple[int, int]],
    taken: Set[tuple[int, int]] = frozenset(),
    acts: Set[int] = frozenset(),
) -> list[TollOption]:
    """The rules' toll first, then each other count of the dead near the event, then nobody.

    Not options: a count in ``taken``, another event's toll (the same dead are not counted
    twice: "41 rebels were killed" in the clash, not in the villages taken the day before);
    and, when the rules found the event no toll, a count in another sentence that tells an act
    of its own (``acts``: the sentences with a trigger)."""
    rules = c.fatalities.best if c.fatalities is not None else None
    members = c.members or [c.sent_index]
    lo, hi = min(members), max(members)
    found: list[tuple[TollItem, int]] = []
    for i in range(max(0, lo - _WINDOW), min(len(tolls_of), hi + _WINDOW + 1)):
        found += [(item, i) for item in tolls_of[i].of("killed")]
    values = [item.quantity.best for item, _ in found]
    options = [TollOption(rules, None, _rules_features(c, rules, values))]
    seen = {rules}
    # "an elderly couple and their grandson": single deaths told together, whose sum the rules
    # took; each alone is a part of that toll, no rival count
    best_of = {(k.quantity.start, k.quantity.end): k.quantity.best for k, _ in found}
    singles = {
        (s, e) for s, e, t in c.toll_spans if best_of.get((s, e)) in (1, 2) and _told_singly(t)
    }
    for item, i in found:
        v = item.quantity.best
        if v in seen or (item.quantity.start, item.quantity.end) in taken:
            continue
        if (
            len(singles) > 1
            and len(singles) == len(c.toll_spans)
            and (item.quantity.start, item.quantity.end) in singles
        ):
            continue
        if rules is not None and _PARTS_TOLD.search(text, sent_spans[i][0], item.quantity.start):
            continue  # "The dead included seven women and three children": the toll's parts
        other = OTHER_DEAD_AFTER.search(text, sent_spans[i][0], sent_spans[i][1])
        if other is not None and other.start() < item.quantity.start:
            continue  # "..., but 13 were killed elsewhere": other places' dead
        seen.add(v)
        distance = 0 if lo <= i <= hi else min(abs(i - lo), abs(i - hi))
        if rules is None and distance and i in acts:
            # a neighbour's dead with an act of their own are that act's, which the merge kept
            # apart ("Settlers set fire to houses in Huwara. In the nearby village of Zaatara,
            # a man was shot dead")
            continue
        f = _count_features(item, i, c, tolls_of, text, sent_spans, distance)
        side = "norule" if rules is None else "bigger" if v > rules else "smaller"
        f[side] = 1.0
        f["max"] = float(v == max(values))
        f["min"] = float(v == min(values))
        options.append(TollOption(v, item, f, distance))
    if rules not in (None, 0):
        options.append(
            TollOption(None, None, {"nobody": 1.0, f"nobody_sub={c.sub_event_type}": 1.0})
        )
    return options


#: the words a single death is told by ("a soldier", "his driver"), besides its noun
_ARTICLES = frozenset({"a", "an", "one", "the", "his", "her", "their", "its"})


def _told_singly(text: str) -> bool:
    """A count told by an article or a noun ("an elderly couple", "grandson"), not a number."""
    return text.lower() in _ARTICLES or not find_quantities(text)


# a sentence that tells who the counted dead were, not more dead
_PARTS_TOLD = re.compile(
    r"\b(?:the\s+(?:dead|victims|casualties)|those\s+killed)\s+(?:\w+\s+)?(?:included|include|were)\b|"
    r"\bamong\s+(?:the\s+)?(?:dead|victims|those\s+killed)\b",
    re.I,
)


def _rules_features(c: Candidate, rules: int | None, values: list[int]) -> dict[str, float]:
    f: dict[str, float] = {"rule": 1.0, "bias": 1.0}
    if rules is None:
        f["rule_none"] = 1.0
        f[f"rule_none_sub={c.sub_event_type}"] = 1.0
        return f
    f["rule_sum"] = float(rules not in values)
    f["rule_max"] = float(bool(values) and rules >= max(values))
    f["rule_cum"] = float(c.cumulative)
    f[f"rule_rank={min(c.toll_rank, 3)}"] = 1.0
    f["rule_estimate"] = float(c.toll_estimate)
    f["rule_mag"] = math.log1p(rules) / 5
    return {k: v for k, v in f.items() if v}


def _count_features(
    item: TollItem,
    i: int,
    c: Candidate,
    tolls_of: Sequence[SentenceTolls],
    text: str,
    sent_spans: Sequence[tuple[int, int]],
    distance: int,
) -> dict[str, float]:
    q = item.quantity
    s0, s1 = sent_spans[i]
    before = text[max(s0, q.start - 60) : q.start]
    f: dict[str, float] = {"bias": 1.0, f"dist={min(distance, 3)}": 1.0, f"who={item.who}": 1.0}
    word = _WORD_BEFORE.search(text, max(s0, q.start - 30), q.start)
    if word:
        f[f"pre={word.group(1).lower()}"] = 1.0
    after = _WORD_AFTER.match(text, q.end, min(s1, q.end + 30))
    if after:
        f[f"post={after.group(1).lower()}"] = 1.0
    for name, cue in _CUES.items():
        if cue.search(before):
            f[f"cue={name}"] = 1.0
    f["cumulative"] = float(tolls_of[i].cumulative)
    f["trigger_sent"] = float(i == c.sent_index)
    f["before_trigger"] = float(i == c.sent_index and q.end <= c.trigger.start)
    f["vague"] = float(q.vague)
    f["qualified"] = float(q.qualifier is not None)
    f["firstsent"] = float(i == 0)
    f["mag"] = math.log1p(q.best) / 5
    return {k: v for k, v in f.items() if v}


def choose_toll(
    c: Candidate,
    tolls_of: Sequence[SentenceTolls],
    text: str,
    sent_spans: Sequence[tuple[int, int]],
    ranker: TollRanker | None = None,
    taken: Set[tuple[int, int]] = frozenset(),
    acts: Set[int] = frozenset(),
) -> None:
    """Set the event's toll to the ranker's choice (in place); ``taken``: the spans of the
    counts other events' tolls are made of; ``acts``: the sentences with a trigger."""
    options = toll_options(c, tolls_of, text, sent_spans, taken, acts)
    if record("tolls", c, options) or len(options) < 2:
        return
    best = (ranker or TollRanker.load()).best(options)
    if best is options[0]:
        return
    if best.item is None:
        c.fatalities, c.toll_spans = None, []
    else:
        c.fatalities = toll_fatalities([best.item])
        c.toll_spans = toll_spans([best.item])
