"""The day of a sentence's event among the dates the sentence names (issue 3).

A sentence often names several days: when the source spoke, when an aftermath was seen, when
an earlier event or the one this answered happened. These rules keep the dates the trigger's
own clause governs and count back the days an "after" clause tells. Split from
:mod:`sitrep.extract.events`, which calls :func:`event_day` for every candidate.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from ..nlp.loader import doc_text
from .asides import died_after, lag_days, since_aside, until_end
from .dates import DateMention
from .lexicon import DEFINITE_EVENT_NOUNS
from .triggers import ANSWERED, Trigger

__all__ = ["event_day", "told_elsewhere"]

_IN_WHICH = re.compile(r"\b(?:(?:in|at|on|inside)\s+which|where)\s+(?:[\w'’-]+\s+){1,8}$", re.I)
_EVENT_NOUN_BEFORE = re.compile(
    rf"\b(?:{'|'.join(DEFINITE_EVENT_NOUNS)}|crackdown|massacre|riots?|bombings?|strikes)"
    r"(?:\s+[\w'’-]+){0,4}\W*$",  # "clashes on campus last month, in which"
    re.I,
)
_DAYS_BEFORE = re.compile(
    r"\b(?:(?P<n>a|one|two|three|four|five|six|seven|ten|\d{1,2})\s+days?|(?:a|the)\s+day|"
    r"(?P<w>a|one|two|three)\s+weeks?)\s+after$",
    re.I,
)
_AFTER_CLAUSE = re.compile(r"\b(?:after|following)\b", re.I)
_DIED_WHEN = re.compile(
    r"\b(?:died|succumbed)\b[^.;]{0,80}?\b(?:suffered|sustained|received)\s+(?P<w>when|in)\b", re.I
)
_EARLIER_CLAUSE = re.compile(
    r"\b(?:that|which)\s+(?:[\w'’-]+\s+){0,4}?(?:had\s+)?(?:seized|captured|took|overran|"
    r"occupied|lost|held|controlled|abandoned)\b[^.;]*$|"
    # "meeting no resistance from troops, who had pulled out over the weekend": before it
    r"\b(?:who|which|that)\s+had\s+(?:already\s+)?(?:pulled\s+out|withdrawn|left|fled|"
    r"abandoned|retreated)\b[^.;]*$",
    re.I,
)


def _governed_by(doc: Doc, d: DateMention, trigger: Trigger) -> bool:
    """Whether the parse hangs date ``d`` under the trigger's word (or inside its span)."""
    head = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    date = doc.char_span(d.start, d.end, alignment_mode="expand")
    if head is None or date is None:
        return False
    words = set(head)
    return any(t in words for t in (date.root, *date.root.ancestors))


def event_day(
    doc: Doc, sent: Span, trigger: Trigger, dates: list[DateMention], reporting_dates: set[int]
) -> DateMention | None:
    """The date mention that dates the trigger's event, None where the sentence has none."""
    # date: the first date that is not when a source spoke, nor when a period began in an
    # aside after the trigger ("recaptured the radio building, its biggest gain since the war
    # began 11 months ago"; but "200 killed since the cartel split in September" dates a tally)
    own = [
        d
        for d in dates
        if d.start not in reporting_dates
        and not since_aside(doc_text(doc), d, sent.start_char, trigger.end)
    ]
    # "an attack that began on Wednesday evening and lasted until Thursday morning"
    own = [d for d in own if not until_end(doc_text(doc), d)] or own
    if any(d.start in reporting_dates and d.precision == "day" for d in dates):
        # "surrendered ..., the ministry said on Monday, bringing to 12 the number who have
        # surrendered this year": "this year" counts the others, the day the source spoke is
        # closer to this one
        own = [d for d in own if not re.fullmatch(r"this (?:year|month)", d.text, re.I)]
    # "Konduga was in mourning on Monday after bombers struck ... on Sunday night": the trigger
    # sits in the "after" clause, so the date before it is the aftermath's
    afters = list(_AFTER_CLAUSE.finditer(doc_text(doc), sent.start_char, trigger.start))
    clause = afters[-1] if afters else None
    if (
        clause is not None
        and any(d.end <= clause.start() for d in own)
        and any(d.start >= clause.end() and d.precision == "day" for d in own)
    ):
        own = [d for d in own if d.start >= clause.end() and d.precision == "day"]
    elif (
        clause is not None
        # the trigger inside the clause, not after a fronted one ("a day after taking the
        # city, fighters looted ...")
        and (
            not re.search(r"[,;]", doc_text(doc)[clause.end() : trigger.start])
            # "a day after settlers rampaged through the town, setting fire to houses": the
            # clause goes on in a participle
            or bool(re.match(r"\w+ing\b", trigger.text))
        )
        and (lag := _DAYS_BEFORE.search(doc_text(doc), sent.start_char, clause.end()))
    ):
        # "Parents gathered on Sunday, two days after gunmen stormed the school": the event's
        # day is the aftermath's, less the days told
        anchor = [d for d in own if d.end <= lag.start() and d.precision == "day"]
        comma = doc_text(doc).find(",", trigger.end, sent.end_char)
        if (
            not anchor
            and lag.start() - sent.start_char <= 3
            and comma > 0
            and not any(clause.end() <= d.start < comma for d in own)
        ):
            # "Two days after gunmen stormed the school, parents gathered on Sunday": the
            # fronted clause's day is the main clause's, less the days told
            anchor = [d for d in own if d.start > comma and d.precision == "day"][:1]
            own = [d for d in own if d.start < comma]
        if anchor and not any(d.start >= clause.end() for d in own):
            days = lag_days(lag)
            if days is not None and days < 60:
                d = anchor[-1]
                own = [
                    replace(
                        d,
                        date=d.date - dt.timedelta(days=days),
                        how=f"{lag.group(0)} {d.text}: {days} day(s) before it",
                    )
                ]
    # "After the army seized power on 2 November, soldiers killed 12 protesters on 3 November":
    # a fronted "after" clause's day is the earlier event's, when the main clause has its own
    if clause is not None and clause.start() - sent.start_char <= 3:
        comma = doc_text(doc).find(",", clause.end(), trigger.start)
        main_days = [d for d in own if comma > 0 and d.start > comma]
        if main_days:
            own = main_days
    # "a girl died on Saturday from burns she suffered when militants fired rockets ... on
    # Tuesday": the death's day is not the attack's; ACLED dates the attack
    died_when = next(
        (
            m
            for m in _DIED_WHEN.finditer(doc_text(doc), sent.start_char, sent.end_char)
            # the act after "when", or the death verb itself typed by the act it tells
            if trigger.start >= m.end("w") or m.start() <= trigger.start < m.start() + 10
        ),
        None,
    )
    if died_when is not None:
        w0, w1 = died_when.start("w"), died_when.end("w")
        if any(d.end <= w0 for d in own) and any(
            d.start >= w1 and d.precision == "day" for d in own
        ):
            own = [d for d in own if d.start >= w1 and d.precision == "day"]
    # "died in hospital on Sunday, two days after he was beaten by a mob": ACLED dates the
    # beating, the death's day less the days told
    after_harm = died_after(doc_text(doc), trigger.start, trigger.end, sent.end_char)
    if after_harm is not None:
        at, past, days, words = after_harm
        dead = [d for d in own if d.end <= at and d.precision == "day"]
        if dead and not any(d.start >= past for d in own):
            d = dead[-1]
            own = [replace(d, date=d.date - dt.timedelta(days=days), how=f"{d.how}: {words}")]
    # "gathered on Monday to demand accountability for last week's flood, and some later set
    # fire to ...": a possessive date dates its own noun, not a trigger further on
    text = doc_text(doc)
    owned = [
        d
        for d in own
        if text[d.end : d.end + 2] in ("'s", "’s")
        # "Tuesday's battle", "last week's deadly attack": the trigger is the owned noun (not
        # the verb after it: "angry over Tuesday's port explosion marched on parliament")
        and not (
            re.fullmatch(r"['’]s\s+(?:[\w-]+\s+){0,2}", text[d.end : trigger.start])
            and not _is_verb(doc, trigger)
        )
    ]
    if owned and len(owned) < len(own):
        own = [d for d in own if d not in owned]
    # "have retaken Lalibela, a town that Tigrayan forces seized in August": the place's past,
    # not the day it was retaken
    own = [
        d
        for d in own
        if not (d.start > trigger.end and _EARLIER_CLAUSE.search(text, trigger.end, d.start))
        # "five soldiers were killed in the ambush; the military, which declared martial law
        # on Thursday, gave no figures": a clause after a semicolon tells its own news
        and ";" not in text[trigger.end : d.start]
        # "struck the city in response to a drone attack ... on Friday": the earlier event's
        and not ANSWERED.search(text, trigger.end, d.start)
    ]
    # "were preparing on Thursday to bury their leader, who was shot dead on Wednesday night":
    # the dates the trigger's clause governs, where the parse tells some apart; an analyst's
    # fronted "On 11 June, ..." dates the whole sentence
    governed = [d for d in own if d.start - sent.start_char <= 3 or _governed_by(doc, d, trigger)]
    if governed and len(governed) < len(own):
        own = governed
    # "Shops were still smouldering on Tuesday after mobs attacked them on Monday": the date
    # nearest the trigger is the event's; the other dates the aftermath's
    near = (
        min(own, key=lambda d: min(abs(d.start - trigger.end), abs(trigger.start - d.end)))
        if own
        else None
    )
    # "on Monday and Tuesday", "on 10 and 11 March": the first day
    first = next(
        (
            d
            for d in own
            if near is not None
            and d.end < near.start
            and re.fullmatch(r"\s*(?:and|&|to|-)\s*", doc_text(doc)[d.end : near.start])
        ),
        None,
    )
    return first or near


def told_elsewhere(doc: Doc, sent: Span, trigger: Trigger, dated: DateMention | None) -> bool:
    """Deaths told in a relative clause of a thing or a place ("the car in which a mother and
    four of her children died", "the orchard where the five men died was sealed off on
    Friday"): an event told elsewhere, not dated by the sentence (``dated``: the date chosen
    for it; one the trigger governs, "died during Monday night's vigil", is the deaths' own)."""
    which = _IN_WHICH.search(doc_text(doc), max(sent.start_char, trigger.start - 80), trigger.start)
    return (
        which is not None
        and trigger.text.lower().startswith(("died", "killed", "were killed", "was killed"))
        # "last week's violence, in which three people were killed": that event's own dead
        and not _EVENT_NOUN_BEFORE.search(doc_text(doc), sent.start_char, which.start())
        and (dated is None or not _governed_by(doc, dated, trigger))
    )


def _is_verb(doc: Doc, trigger: Trigger) -> bool:
    """Whether the trigger's words are headed by a verb (parsed only where a possessive day
    stands right before it)."""
    word = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    return word is not None and word.root.pos_ == "VERB"
