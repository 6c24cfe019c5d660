"""The same dead counted once: what a sentence's counts say more than once.

`find_tolls` reads every number tied to a death; these passes then drop the counts that are not
more dead (ACLED keeps one count of each dead person, and of two sources' counts the lower):

- the dead a running toll already holds ("rose to nine after two more bodies were found", "a
  third tourist died, bringing to four the number of people killed");
- the parts of a total told right after it ("131 civilians - 102 men, 17 women and 12 children");
- another source's estimate beside the first ("while a source put the toll at more than twenty");
- a side's claim after a reported count ("; al-Shabaab claimed to have killed more than a dozen").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..nlp.loader import doc_text, span_text
from .lexicon import NUMBER_DEAD

if TYPE_CHECKING:
    from .tolls import TollItem

__all__ = ["counted_once"]


def counted_once(
    items: list[TollItem], sent: Span, running: tuple[int, int] | None = None
) -> list[TollItem]:
    """``items`` without the counts that are not more dead; ``running`` is the span of a
    running toll's value in the sentence ("the toll rose to <19>"), when it has one."""
    text = doc_text(sent.doc)
    items = _in_running_toll(items, sent, running)
    items = _rival_counts(_without_breakdowns(items, text), text, sent.start_char)
    return _claimed_counts(items, text, sent.start_char)


def _in_running_toll(
    items: list[TollItem], sent: Span, running: tuple[int, int] | None
) -> list[TollItem]:
    """The dead a running toll was brought to, or rose "after", are in it: "A third tourist died
    in hospital overnight, bringing to four the number of people killed" (the one who died is one
    of the four: the sentence still tells the bombing and its day, so it is no update),
    "a wounded soldier died, raising the toll to 9", "the toll rose to nine after rescuers pulled
    two more bodies", "had risen to 19 after a woman died in hospital"."""
    text = doc_text(sent.doc)
    before: int | None = None  # counts ending before this, with ", bringing" between, are in it
    after: int | None = None  # counts after this, with "after" between, are in it
    if running is not None:
        before, after = running
    bringing = _BRINGING_TO.search(span_text(sent))
    if bringing is not None:
        before = max(before or 0, sent.start_char + bringing.end())
    if before is None:
        return items

    def inside(i: TollItem) -> bool:
        q = i.quantity
        if i.outcome != "killed":
            return False
        if after is not None and q.start >= after:
            return re.search(r"\bafter\b", text[after : q.start]) is not None
        return q.end <= before and _BRINGING.search(text, q.end, before) is not None

    return [i for i in items if not inside(i)]


#: a count a source "put the toll at" (the number right after it)
_RIVAL_BEFORE = re.compile(
    r"\b(?:put|puts|putting|placed|gave|estimated)\s+(?:the|its|their)\s+(?:death\s+)?"
    r"(?:toll|number|figure)\s+"
    r"at\s+['\"“‘]?(?:(?:more than|at least|over|about|around|nearly)\s+)?$",
    re.I,
)
_BRINGING_TO = re.compile(
    rf",\s+bringing to (?:more than |at least )?[\w,.-]+ the (?:death toll|toll|{NUMBER_DEAD})\b",
    re.I,
)
_BRINGING = re.compile(r",\s+(?:bringing|raising|taking|pushing)\b", re.I)
#: "; Al-Shabaab claimed to have killed 'more than a dozen' troops": a side's claim
_CLAIM_BEFORE = re.compile(r";[^;]*\bclaim(?:ed|s|ing)?\b[^;]{0,60}$", re.I)


def _claimed_counts(items: list[TollItem], text: str, start: int) -> list[TollItem]:
    """A side's claim told after a reported count in the same sentence ("killing two Ugandan
    soldiers; Al-Shabaab claimed to have killed more than a dozen") adds no dead: ACLED codes
    the reported count."""
    killed = [i for i in items if i.outcome == "killed"]
    claimed = [
        i
        for i in killed
        if _CLAIM_BEFORE.search(text[max(start, i.quantity.start - 140) : i.quantity.start])
    ]
    if not claimed or len(claimed) == len(killed):
        return items
    return [i for i in items if not any(i is c for c in claimed)]


def _rival_counts(items: list[TollItem], text: str, start: int) -> list[TollItem]:
    """A second source's count of the same dead, told beside the first, is not more dead: the
    lower count stands (ACLED's conservative rule). Unlike the rival test in find_tolls, which
    pairs a generic count with one count before it, this weighs a "put the toll at" figure
    against all the sentence's dead whatever their nouns ("17 men were killed, while a source
    put the toll at more than twenty"; folded into that test, it cost two test-half tolls)."""
    killed = [i for i in items if i.outcome == "killed"]
    rivals = [
        i
        for i in killed
        if _RIVAL_BEFORE.search(text[max(start, i.quantity.start - 50) : i.quantity.start])
    ]
    firsts = [i for i in killed if i not in rivals]
    if not rivals or not firsts:
        return items
    lower = min(rivals, key=lambda i: i.quantity.best or 0)
    if (lower.quantity.best or 0) < sum(i.quantity.best or 0 for i in firsts):
        dropped = [*firsts, *(r for r in rivals if r is not lower)]
    else:
        dropped = rivals
    return [i for i in items if not any(i is d for d in dropped)]


_BREAKDOWN_REACH = 120  # characters after the total


_KIN_AND_AGE = frozenset({
    "men", "women", "children", "boys", "girls", "man", "woman", "child", "boy", "girl",
    "mother", "father", "sons", "son", "daughters", "daughter", "wife", "husband", "brothers",
    "brother", "sisters", "sister", "infants", "infant", "babies", "baby", "minors",
    "teenagers", "elderly", "family",
})  # fmt: skip


def _without_breakdowns(items: list[TollItem], text: str) -> list[TollItem]:
    """Drop the parts of a total told right after it: "131 civilians - 102 men, 17 women and 12
    children -", "Three members of one family, a mother and two of her sons": the parts add up
    to the total already counted. Parts set off by a dash, a bracket or a colon, or parts by sex,
    age and kin, or people told by who they were ("18 people, 12 civilians and six soldiers,");
    "5 soldiers, 2 police officers and 3 civilians" are three counts."""
    killed = sorted((i for i in items if i.outcome == "killed"), key=lambda i: i.quantity.start)
    parts: set[int] = set()
    for k, whole in enumerate(killed):
        run: list[TollItem] = []
        total = 0
        for part in killed[k + 1 :]:
            if part.quantity.start - whole.quantity.end > _BREAKDOWN_REACH:
                break
            run.append(part)
            total += part.quantity.best or 0
            if total >= (whole.quantity.best or 0):
                break
        set_off = bool(run) and re.search(
            r"[-–—(:]", text[whole.quantity.end : run[0].quantity.start]
        )
        kin = all((p.noun or "").lower() in _KIN_AND_AGE for p in run)
        # "39 civilians had been killed, 21 in Libiri and 18 in Kokorou": parts by place
        by_place = all(_IN_PLACE_AFTER.match(text, p.quantity.end) for p in run)
        # "Eighteen people, 12 civilians and six soldiers, were killed": people, then who
        who = (whole.noun or "people").lower() in _ANYONE and text[
            whole.quantity.end : run[0].quantity.start if run else whole.quantity.end
        ].rstrip().endswith(",")
        if len(run) >= 2 and total == whole.quantity.best and (set_off or kin or by_place or who):
            parts.update(id(p) for p in run)
    return [i for i in items if id(i) not in parts]


_ANYONE = frozenset(["people", "persons", "individuals", "dead", "bodies", "victims"])
_IN_PLACE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:in|at)\s+(?:the\s+)?[A-Z]")
