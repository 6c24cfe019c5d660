"""Which of a report's dates say when its events happened, and which only when someone spoke.

Split from :mod:`.report`: the dateline and speech cues that make a date a reporting date
("NIAMEY, March 16 -", "said on Saturday", "By Saturday morning ... had been killed"), the day
a relative "the previous day" counts from, and the day an event its own sentences leave undated
takes from the sentences around it.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span

from ..nlp.loader import doc_text, span_text
from .dates import DAY_BEFORE, WEEKDAYS, DateMention
from .events import Candidate, set_date

__all__ = ["counted_from", "date_from_context", "dateline_day", "reporting_dates", "stood_on"]

#: a speech verb just before a date: the day someone spoke ("said on Saturday")
_CUE_BEFORE = re.compile(
    r"\b(?:said|says|reported|reports|told|announced|stated|added|claimed)\s*(?:on\s+|late\s+on\s+|early\s+on\s+)?$",
    re.I,
)
#: "By Saturday morning, ... 20 people had been killed": the day a count stood
_BY_BEFORE = re.compile(r"(?:^|[.;,]\s+|\n)\s*By\s+(?:late\s+|early\s+)?$")
_HAD_AFTER = re.compile(r"[^.;]*?\b(?:had|have|has)\s+(?:been\s+|risen|climbed|reached|died)", re.I)


# "BOGOTA, March 5 -", "VALLEDUPAR, Colombia, March 5 (wire) -": a dateline may name its country
_DATELINE_BEFORE = re.compile(
    r"(?:^|[\n.!?]\s*|\s-\s)[A-Z][A-Za-z .'’-]{1,30},(?:\s*[A-Z][A-Za-z .'’-]{1,30},)?\s*(?:\(\w+\)\s*)?$"
)
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?[-–—]")


def dateline_day(text: str, first: list[DateMention], page: dt.date) -> dt.date | None:
    """The day a wire's dateline gives, when it is a few days before the page's."""
    for d in first:
        if (
            d.precision == "day"
            and 0 < (page - d.date).days <= 3
            and _DATELINE_BEFORE.search(text[max(0, d.start - 40) : d.start])
            and _DATELINE_AFTER.match(text, d.end)
        ):
            return d.date
    return None


def counted_from(
    text: str, s: Span, back: int, own: list[DateMention], previous: list[DateMention]
) -> dt.date | None:
    """The day a sentence's "the previous day" or "two days earlier" (at ``back`` in it) counts
    from: the day a speaker spoke on ("State television said on Tuesday that troops had
    regained the town the previous day"), else the first day the sentence stood on before it
    ("Burials began on Thursday for 14 villagers killed the previous evening"), else, with no
    day of its own, the day the story stood on a sentence earlier ("Residents counted their
    dead on Thursday. Gunmen had stormed the village the night before")."""
    days = [d for d in own if d.precision == "day" and not DAY_BEFORE.fullmatch(d.text)]
    spoke = [d for d in days if _CUE_BEFORE.search(text[max(s.start_char, d.start - 30) : d.start])]
    if spoke:
        return spoke[0].date
    stood = [d for d in days if d.end <= s.start_char + back]
    if stood:
        return stood[0].date
    earlier = [d for d in previous if d.precision == "day"]
    return earlier[-1].date if earlier and not days else None


_BURIAL_BEFORE = re.compile(
    r"\b(?:dead|victims|bodies)\s+(?:were|had\s+been)\s+(?:buried|laid\s+to\s+rest)\s+in\s+(?:a|one)\s+"
    r"(?:mass\s+|common\s+)?grave(?:\s+on|\s+last|\s+this)?\s+$",
    re.I,
)


_OF_WOUNDS_BEFORE = re.compile(
    r"\b(?:succumbed|died)\s+(?:to|of|from)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:injuries|wounds)"
    r"(?:\s+in\s+(?:a\s+|the\s+)?hospital)?(?:\s+on|\s+last|\s+this)?\s+$",
    re.I,
)


def reporting_dates(doc: Doc, dates: list[DateMention]) -> set[int]:
    """Starts of date mentions that say when a source spoke, not when the event happened."""
    out = set()
    text = doc_text(doc)
    for d in dates:
        if _DATELINE_BEFORE.search(text[max(0, d.start - 40) : d.start]) and _DATELINE_AFTER.match(
            text, d.end
        ):
            out.add(d.start)  # "NIAMEY, March 16 -": the day the wire filed, not the event's
            continue
        if _BY_BEFORE.search(text, max(0, d.start - 20), d.start) and _HAD_AFTER.match(
            text, d.end, min(len(text), d.end + 120)
        ):
            # "By Saturday morning, ... 20 people had been killed": when the count stood, not
            # when they died
            out.add(d.start)
            continue
        if _BURIAL_BEFORE.search(text, max(0, d.start - 60), d.start):
            out.add(d.start)  # "the dead were buried in a mass grave on Tuesday": the burial's day
            continue
        if _OF_WOUNDS_BEFORE.search(text, max(0, d.start - 60), d.start):
            out.add(d.start)  # "succumbed to his injuries on Monday": the day he died, not was hurt
            continue
        if _CUE_BEFORE.search(doc_text(doc)[max(0, d.start - 30) : d.start]):
            out.add(d.start)
            # "said on Saturday (May 28)": the bracketed restatement is the same reporting date
            for other in dates:
                if 0 < other.start - d.end <= 3 and other.date == d.date:
                    out.add(other.start)
    return out


_HOW_IT_WENT = re.compile(
    r"\b(?:cleared|landed|landing|arrived|deployed|withdrew|pulled\s+out|moved\s+in(?:to)?)\b", re.I
)
_FOLLOW_UP = re.compile(
    r"^\W*(?:The|This|That|It)\s+(?:[\w'-]+\s+){0,3}?(?:strike|strikes|attack|recapture|capture|"
    r"takeover|raid|assault|bombing|blast|explosion|killing|killings|massacre|ambush|fighting|"
    r"clash(?:es)?|incident|operation|seizure|offensive|shelling|abduction|kidnapping|arrests?|"
    r"protest|march|riot|violence)\b|\b(?:happened|took place|occurred)\b|"
    # "The militants took the port on Wednesday", "The bodies were found on Sunday"
    r"^\W*(?:The|They)\s+(?:[\w'-]+\s+){0,3}?(?:took|captured|seized|recaptured|retook|overran|"
    r"entered)\b|\b(?:bodies|corpses|remains)\s+(?:\w+\s+)?(?:were|was)\s+(?:found|discovered|"
    r"recovered)\b",
    re.I,
)


def date_from_context(
    c: Candidate,
    sents: list[Span],
    dates: list[list[DateMention]],
    reporting: list[set[int]],
    told: set[int],
) -> None:
    """An event its own sentences do not date: a later sentence that refers back to it and says
    when ("The strike hit ... on Tuesday"), else the day its source spoke (closer to the event
    than the page date)."""
    first = min(c.members)
    for i in range(first - 1, max(-1, first - 3), -1):
        # "Survivors said that on 15 January bombs released a thick smoke ... Investigators
        # concluded chemical weapons were used": an earlier sentence with no event of its own
        if i in told:
            break
        # "on the night of 1 to 2 February": a range of two days dates it too
        own = [
            d for d in dates[i] if d.start not in reporting[i] and d.precision in ("day", "range")
        ]
        if own:
            set_date(c, own[0])
            c.members.insert(0, i)
            return
    for i in range(first + 1, min(len(sents), first + 4)):
        if not (
            _FOLLOW_UP.search(span_text(sents[i]))
            # "An army spokesman said soldiers cleared the town on Tuesday", "The aircraft
            # carrying the instructors landed in Niamey on Wednesday": the very next sentence
            # telling how it went
            or (i == first + 1 and i not in told and _HOW_IT_WENT.search(span_text(sents[i])))
        ):
            continue
        own = [d for d in dates[i] if d.start not in reporting[i] and d.precision == "day"]
        if own:
            set_date(c, own[0])
            c.members.append(i)
            c.members.sort()
            return
    spoke = [d for i in c.members for d in dates[i] if d.start in reporting[i]]
    if spoke and spoke[0].precision == "day":
        set_date(c, spoke[0])
        c.date_how = f"no event date in the text: the day the source spoke ({spoke[0].how})"


def stood_on(
    candidates: list[Candidate], dates: list[list[DateMention]], reporting_of: list[set[int]]
) -> None:
    """ "The square was a sea of flags on Sunday. Tens of thousands gathered peacefully ...": an
    undated event in the second sentence, after a first that names one weekday and tells no
    event, happened on that day (the story stands on it). Only the lede: wider (any sentence,
    any day) it dated MUC-4 events by wire datelines."""
    if len(dates) < 2 or any(c.sent_index == 0 for c in candidates):
        return
    # a weekday the story stands on, not a wire's dateline ("SAN SALVADOR, 3 JAN 90 --")
    days = [
        d
        for d in dates[0]
        if d.precision == "day"
        and d.start not in reporting_of[0]
        and any(w in d.text.lower() for w in WEEKDAYS)
    ]
    if len(days) != 1:
        return
    for c in candidates:
        if c.sent_index == 1 and c.date is None and not c.definite:
            set_date(c, days[0])
