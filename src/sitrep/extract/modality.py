"""Is a sentence an event report, or background, a forecast, a hypothetical, a denial?

Decided from tense and aspect in the parse (will/would, perfect progressive with "since"),
conditional openings, and hedge phrases; the hedge found also sets the certainty label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from ..nlp.loader import doc_text, span_text
from .lexicon import HEDGES

__all__ = ["Modality", "HedgeMatch", "sentence_modality", "find_hedges"]

_HEDGE_RES = [(re.compile(rx, re.I), label) for rx, label in HEDGES]
_BACKGROUND = re.compile(
    r"\b(?:ha(?:s|ve|d) been \w+ing\b[^.]*\b(?:since|for (?:years|decades|months))\b|"
    r"ha(?:s|ve|d) since been|\bstill carr(?:y|ies) out\b|\b(?:often|regularly|frequently|routinely|usually|typically) "
    r"(?:carr(?:y|ies) out|attacks?|targets?|clash(?:es)?|launch(?:es)?)\b|campaign ha(?:s|d) (?:killed|left|displaced)|"
    r"killed (?:in|during|since) (?:the |\w+(?:'s)? )?(?:\w+[- ]year[- ])?(?:old )?(?:conflict|war|civil war|uprising|insurgency|crisis)\b|"
    r"\b(?:since|of) the (?:start|beginning|outbreak) of|(?<!first time )since (?:late |early )?(?:last|the start of|the beginning of|\d{4})|in recent (?:weeks|months|years)|"
    r"has (?:long )?been (?:a|an|the) |have been (?:fighting|battling|waging))",
    re.I,
)
_FORECAST = re.compile(
    r"\b(?:will|would|is expected to|are expected to|plans? to|planning to|threaten(?:s|ed)? to|vowed to|"
    r"is likely to|are likely to|is set to|are set to|warned (?:that|of)|is thought that \w+ will|"
    r"called for|calls for|calling for|next (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"in the coming (?:days|weeks|months)|scheduled (?:for|to))\b",
    re.I,
)
_REPORT_OF_REPORT = re.compile(
    r"\b(?:an earlier report|earlier reports?|previous(?:ly)? report(?:ed|s)?|initial reports?|had (?:earlier|initially|previously) (?:said|reported))\b",
    re.I,
)
_NEGATED_BEFORE = re.compile(
    r"\b(?:no|not|never|nobody|no one|neither|nor|without|didn't|wasn't|weren't)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_NEGATED = re.compile(
    r"\b(?:no (?:one|casualties|deaths|injuries)|nobody|did not|didn't|was not|were not|no immediate)\b",
    re.I,
)


@dataclass(frozen=True)
class HedgeMatch:
    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True)
class Modality:
    kind: str  # event / background / forecast / hypothetical / report_of_report
    certainty: str  # reported / claimed / unverified claim / feared / hypothetical / denied
    hedges: tuple[HedgeMatch, ...]
    negated: bool


def find_hedges(sent: Span) -> list[HedgeMatch]:
    out = []
    sent_text = span_text(sent)
    for rx, label in _HEDGE_RES:
        for m in rx.finditer(sent_text):
            text = m.group(0).strip()
            if label == "hypothetical":
                text = text.split()[0] if text else text
                start = sent.start_char + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
                out.append(HedgeMatch(start, start + len(text), text, label))
                continue
            out.append(
                HedgeMatch(
                    sent.start_char + m.start(), sent.start_char + m.end(), m.group(0), label
                )
            )
    return sorted(out, key=lambda h: h.start)


def sentence_modality(
    sent: Span, trigger_start: int | None = None, hedges: list[HedgeMatch] | None = None
) -> Modality:
    """Classify one sentence; ``trigger_start`` (doc offset) narrows tense checks to the trigger's
    clause; ``hedges`` are the sentence's :func:`find_hedges`, when the caller has them already."""
    text = span_text(sent)
    found = tuple(find_hedges(sent) if hedges is None else hedges)
    labels = [h.label for h in found]
    certainty = "reported"
    for label in ("hypothetical", "feared", "denied", "unverified claim", "claimed"):
        if label in labels:
            certainty = label
            break
    kind = "event"
    if "hypothetical" in labels:
        kind = "hypothetical"
    elif _REPORT_OF_REPORT.search(text):
        kind = "report_of_report"
    elif any(
        not _aside(text, m.start(), sent.start_char, trigger_start)
        for m in _BACKGROUND.finditer(text)
    ):
        kind = "background"
    elif _is_forecast(sent, trigger_start):
        kind = "forecast"
    if trigger_start is not None:
        # "did not attack", "no clashes": the event itself is negated. "causing no casualties"
        # or "nobody was hurt" negates only the toll, and a shelling without casualties is
        # still an event.
        before = text[: max(0, trigger_start - sent.start_char)][-40:]
        negated = bool(_NEGATED_BEFORE.search(before))
    else:
        negated = bool(_NEGATED.search(text))
    return Modality(kind, certainty, found, negated)


def _aside(text: str, at: int, offset: int, trigger_start: int | None) -> bool:
    """Whether a background phrase sits in an aside after the trigger's clause ("marched on
    Friday, defying a ban in place since 2001"; "an exchange of 900 detainees, the largest
    since the start of the war"): the sentence still reports its event."""
    if trigger_start is None:
        return False
    t = trigger_start - offset
    if 0 <= t < at:
        return bool(re.search(r"[,;]", text[t:at]))
    # "Boko Haram fighters, who have been fighting the army for years, killed 14 villagers":
    # a relative clause set off by commas before the trigger describes the doer (but "Boko
    # Haram, which has been waging an insurgency since 2009, has killed thousands" tells a tally)
    opener = text.rfind(",", 0, at)
    return (
        opener >= 0
        and re.match(r",\s*(?:who|which|whose)\b", text[opener:]) is not None
        and "," in text[at:t]
        and not re.search(r"\b(?:has|have)\s+(?:\w+\s+)?$", text[:t], re.I)
    )


def _is_forecast(sent: Span, trigger_start: int | None) -> bool:
    if not _FORECAST.search(span_text(sent)):
        return False
    if trigger_start is None:
        return True
    # only when the future marker governs the trigger's clause, not a later aside
    for tok in sent:
        if tok.idx <= trigger_start < tok.idx + len(tok.text) + 1:
            if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i == tok.i + 1 for c in tok.children):
                # "a deal reached on Friday ... will allow the rebels to leave": the deal is
                # past, what it will do is the forecast
                return False
            node = tok
            for _ in range(5):
                if any(
                    c.lower_ in ("will", "would", "'ll") and c.dep_ == "aux" for c in node.children
                ):
                    return True
                if node.head.i == node.i:
                    break
                node = node.head
            prefix = doc_text(sent.doc)[sent.start_char : trigger_start]
            return bool(_FORECAST.search(prefix))
    return True
