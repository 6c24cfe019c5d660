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
_DOER = r"(?:suicide\s+)?(?P<noun>bombers?|attackers?|assailants?|gunmen|gunman|driver)"
_DEATH = (
    r"(?:also\s+|all\s+|later\s+)?(?:died|(?:were|was)\s+(?:also\s+|later\s+)?killed|"
    r"(?:were|was)\s+(?:also\s+|later\s+)?shot\s+dead|had\s+been\s+(?:shot\s+dead|killed)|"
    # "the driver blew himself up next to the gate and was killed"; "The bomber blew himself
    # up" alone may be one of the dead the toll counted, or not, and adds none
    r"blew\s+(?:himself|herself|themselves)\s+up(?=[^.;]{0,60}?\band\s+(?:was\s+killed|died))|"
    # "One attacker blew himself up, three were shot dead": the doers' fates, one by one
    r"blew\s+(?:himself|herself|themselves)\s+up(?=(?:,|;|\s+and)\s+(?:two|three|four|five|six|"
    r"\d+|the\s+other)\b))"
)
# "The bombers also died", "all four gunmen were killed when security forces stormed the
# dormitory", "the bomber, a local man, died in the blast": the doers' own deaths
_DOERS_DIED = re.compile(
    rf"\b(?:the|all|both|(?P<q>one|two|three|four|five|six|\d+))\s+(?:(?P<n>[\w-]+)\s+)??(?:other\s+)?"
    # "The driver, identified as Jose Aldemar Rojas, also died": one more dead
    rf"{_DOER}(?:,[^,.;]{{1,60}},)?\s+{_DEATH}\b",
    re.I,
)
# "police shot both gunmen dead", "guards shot the two attackers dead"
_DOERS_SHOT = re.compile(
    r"\bshot\s+(?:the\s+|all\s+|both\s+)+(?:(?P<n>[\w-]+)\s+)?(?P<noun>bombers?|attackers?|"
    r"assailants?|gunmen|gunman)\s+dead\b",
    re.I,
)
# "One attacker blew himself up, three were shot dead ...", "ONE BLEW HIMSELF UP AND THE OTHER
# WAS SHOT DEAD": the rest of the doers, their noun left out
_REST_DIED = re.compile(
    rf"(?:,|;|\s+and)\s+(?:(?P<n>two|three|four|five|six|\d+)|the\s+other|the\s+(?P<m>[\w-]+)\s+others)"
    rf"\s+{_DEATH}\b",
    re.I,
)
_ONE_DIED = re.compile(rf"\bone\s+{_DEATH}", re.I)
_DOERS_NAMED = re.compile(r"\b(?:attackers|assailants|bombers|gunmen|militants|suspects)\b", re.I)
# "the two bombers are not included in the toll"
_DOERS_LEFT_OUT = re.compile(
    r"\b(?:the\s+)?(?:(?P<n>[\w-]+)\s+)?(?:suicide\s+)?(?P<noun>bombers?|attackers?|assailants?)\s+"
    r"(?:are|were|was|is)\s+not\s+(?:included|counted)\b",
    re.I,
)


def _doers_dead(
    text: str, start: int, end: int, doers_told: bool
) -> list[tuple[re.Match[str], int | None]]:
    """Each telling of the doers' deaths in ``text[start:end]``, with the number it gives."""
    out: list[tuple[re.Match[str], int | None]] = []
    for rx in (_DOERS_DIED, _DOERS_SHOT):
        for m in rx.finditer(text, start, end):
            if any(o.start() < m.end() and m.start() < o.end() for o, _ in out):
                continue
            n = m.groupdict().get("q") or m.group("n")
            out.append((m, parse_number(n) if n else None))
    if doers_told:
        for m in _ONE_DIED.finditer(text, start, end):
            if not any(o.start() <= m.start() < o.end() for o, _ in out):
                out.append((m, 1))
    for m, _ in list(out):
        rest = _REST_DIED.match(text, m.end(), end)
        if rest is not None:
            n = 1 if rest.group("n") is None and rest.group("m") is None else None
            out.append((rest, n if n else parse_number(rest.group("n") or rest.group("m") or "")))
    return out


def add_uncounted_doers(c: Candidate, text: str, sents: Sequence[Span]) -> None:
    """The attackers who died, added to a toll that did not count them (ACLED counts them)."""
    assert c.fatalities is not None and c.fatalities.best is not None
    for i in sorted({j for k in c.members for j in (k, k + 1) if j < len(sents)}):
        s0, s1 = sents[i].start_char, sents[i].end_char
        m = _DOERS_UNCOUNTED.search(text, s0, s1) or _DOERS_LEFT_OUT.search(text, s0, s1)
        if m is not None:
            if any(s <= m.start("noun") and m.start() <= e for s, e, _ in c.toll_spans):
                return  # the sentence's toll counted them already
            _add(c, _how_many(m, text))
            return
        if c.toll_doers:
            continue  # "three gunmen dead": the toll counted them already
        doers_told = bool(_DOERS_NAMED.search(text, sents[max(0, i - 1)].start_char, s1))
        found = []
        for d, n in _doers_dead(text, s0, s1, doers_told):
            noun = d.groupdict().get("noun")
            if (
                noun is not None
                and (
                    (d.group("n") and parse_number(d.group("n")) is None)  # "the Somali gunmen"
                    or re.search(r"\bof\s+$", text[max(0, d.start() - 4) : d.start()])  # "one of"
                )
            ):
                continue
            if any(s <= d.end() and d.start() <= e for s, e, _ in c.toll_spans):
                continue  # the sentence's toll counted them already
            found.append(n if n is not None else _how_many(d, text))
        if found and all(found):
            _add(c, sum(n for n in found if n))
            return


def _how_many(m: re.Match[str], text: str) -> int | None:
    """The number of doers a match tells, or as many as the article counted ("the bombers":
    the "three suicide bombers" told before)."""
    n = parse_number(m.group("n") or "") if m.group("n") else None
    noun = m.groupdict().get("noun") or ""
    if n is None and noun and not noun.lower().endswith(("s", "men")):
        n = 1  # "the bomber"
    if n is None and re.search(r"\bboth\b", m.group(0), re.I):
        n = 2  # "both gunmen"
    if n is None:  # "the bombers": as many as the article told ("three suicide bombers")
        told = [parse_number(t.group("n")) for t in _DOERS_TOLD.finditer(text)]
        n = next((x for x in told if x), None)
    return n


def _add(c: Candidate, n: int | None) -> None:
    """``n`` more dead on the event's toll, in every field the toll has."""
    if not n:
        return
    f = c.fatalities
    assert f is not None
    c.fatalities = f.model_copy(
        update={
            "best": f.best + n if f.best is not None else None,
            "low": f.low + n if f.low is not None else None,
            "high": f.high + n if f.high is not None else None,
        }
    )


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
    # a protest's dead are told after it only when force was used on it ("Police fired on
    # protesters. Two young men were fatally wounded")
    if SUB_TO_TYPE[c.sub_event_type] == "Strategic developments" or (
        SUB_TO_TYPE[c.sub_event_type] == "Protests"
        and c.sub_event_type != "Excessive force against protesters"
    ):
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
