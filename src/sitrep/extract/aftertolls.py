"""Tolls told apart from their event's own words: the perpetrators' deaths a toll left out ("not
including the two bombers", "the gunmen were also killed"), the dead counted in a later sentence
with no act of its own, and deaths no one's violence caused (floods, disease)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span

from .events import SUB_TO_TYPE, Candidate, toll_fatalities, toll_spans
from .numbers import parse_number
from .tolls import SentenceTolls

__all__ = ["NATURAL_DEATHS", "add_uncounted_doers", "toll_told_after"]


# "a figure they said did not include the two bombers", "not counting the bombers": ACLED's
# fatalities count the perpetrators who died too
_DOERS_UNCOUNTED = re.compile(
    r"\b(?:(?:not|n't|never)\s+(?:\w+\s+)?(?:includ\w*|count\w*)|excluding|besides|in\s+addition\s+to)\s+"
    r"(?:the\s+)?(?:(?P<n>[\w-]+)\s+)?(?:suicide\s+)?(?P<noun>bombers?|attackers?|assailants?)\b",
    re.I,
)
_DOERS_TOLD = re.compile(
    r"\b(?P<n>[\w-]+)\s+(?:suicide\s+)?(?:bombers|attackers|assailants|gunmen)\b", re.I
)
# "The bombers also died", "all four gunmen were killed when security forces stormed the
# dormitory", "the bomber, a local man, died in the blast": the doers' own deaths
_DOERS_DIED = re.compile(
    r"\b(?:the|all)\s+(?:(?P<n>[\w-]+)\s+)?(?:suicide\s+)?(?P<noun>bombers?|attackers?|assailants?|"
    # "The driver, identified as Jose Aldemar Rojas, also died": one more dead
    r"gunmen|gunman|driver)(?:,[^,.;]{1,60},)?\s+(?:also\s+|all\s+)?(?:died|(?:were|was)\s+(?:also\s+)?killed|"
    r"were\s+shot\s+dead|was\s+shot\s+dead|had\s+been\s+(?:shot\s+dead|killed))\b",
    re.I,
)


def add_uncounted_doers(c: Candidate, text: str, sents: Sequence[Span]) -> None:
    """The attackers who died, added to a toll that did not count them (ACLED counts them)."""
    assert c.fatalities is not None and c.fatalities.best is not None
    for i in sorted({j for k in c.members for j in (k, k + 1) if j < len(sents)}):
        m = _DOERS_UNCOUNTED.search(text, sents[i].start_char, sents[i].end_char)
        if m is None:
            m = _DOERS_DIED.search(text, sents[i].start_char, sents[i].end_char)
            if (
                m is not None
                and (
                    c.toll_doers  # "three gunmen dead": the toll counted them already
                    or (m.group("n") and parse_number(m.group("n")) is None)  # "the Somali gunmen"
                    or re.search(r"\bof\s+$", text[max(0, m.start() - 4) : m.start()])  # "one of"
                )
            ):
                m = None
        if m is None:
            continue
        if any(s <= m.start("noun") and m.start() <= e for s, e, _ in c.toll_spans):
            return  # the sentence's toll counted them already
        n = parse_number(m.group("n") or "") if m.group("n") else None
        if n is None and not m.group("noun").lower().endswith("s"):
            n = 1  # "the bomber"
        if n is None:  # "the bombers": as many as the article told ("three suicide bombers")
            told = [parse_number(t.group("n")) for t in _DOERS_TOLD.finditer(text)]
            n = next((x for x in told if x), None)
        if n:
            f = c.fatalities
            c.fatalities = f.model_copy(
                update={
                    "best": f.best + n if f.best is not None else None,
                    "low": f.low + n if f.low is not None else None,
                    "high": f.high + n if f.high is not None else None,
                }
            )
        return


_TOLL_AFTER = 3  # sentences


#: deaths a natural hazard or a disease caused ("The floods killed thousands of people"): no
#: conflict event, and no toll for the event told before them
NATURAL_DEATHS = re.compile(
    r"\b(?:floods?|flooding|earthquakes?|quakes?|storms?|cyclones?|hurricanes?|typhoons?|"
    r"landslides?|mudslides?|tsunami|drought|cholera|malaria|measles|famine|heat ?waves?|"
    r"epidemic|outbreak)\b[^.;,]{0,25}?\b(?:killed|died|dead|deaths?|death toll|toll)\b",
    re.I,
)


def toll_told_after(
    c: Candidate, toll_only: dict[int, SentenceTolls], merged: Sequence[Candidate]
) -> None:
    """The dead of an event told in a later sentence with no act of its own ("... when gunmen
    attacked diners at the hotel. Police said 32 civilians were killed."), before any other
    event is told."""
    if SUB_TO_TYPE[c.sub_event_type] in ("Protests", "Strategic developments"):
        return
    last = max(c.members)
    others = {i for o in merged if o is not c for i in o.members}
    for j in range(last + 1, last + 1 + _TOLL_AFTER):
        if j in others:
            return
        tolls = toll_only.get(j)
        if tolls is not None:
            killed = tolls.of("killed")
            c.fatalities = toll_fatalities(killed)
            c.toll_spans = toll_spans(killed)
            return
