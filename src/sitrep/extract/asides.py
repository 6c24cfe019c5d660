"""Words beside an event that are not its parts (session 18): a period begun in an aside after
the event ("its biggest gain since the war began 11 months ago"), one of the forces named among
many dead ("A police officer was among 14 people killed", "killing nine people, including an
off-duty soldier"), who killed the dead a mass grave holds; (session 19) the forces who came
after an attack on people ("troops have been deployed", "when police reinforcements arrived");
a death told days after the harm that caused it ("died on Sunday, two days after he was beaten").

Kept apart from :mod:`sitrep.extract.events` and :mod:`sitrep.extract.roles`, which read them,
so that each stays a size one can read through.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .actors import ActorMention
from .dates import DateMention
from .numbers import parse_number

__all__ = [
    "KILLED_BY",
    "dead_among",
    "died_after",
    "lag_days",
    "responders",
    "since_aside",
    "until_end",
]

_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){2,8}$", re.I)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+(?:late\s+|early\s+)?(?:on\s+)?$", re.I)
_AMONG_THE_DEAD = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:was|were)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w,-]+\s+){0,4}?"
    r"(?:killed|dead|wounded|injured|victims)\b",
    re.I,
)
_INCLUDED_DEAD = re.compile(
    r"\b(?:killing|killed|dead|died|wounding|wounded|injuring|injured)\b[^.;()]{0,60}?,?\s+"
    r"(?:including|among them|among whom)\s+(?:[\w'’,-]+\s+){0,8}?$",
    re.I,
)
_LEADER_AFTER = re.compile(
    r"['’]?s?\s+(?:[\w-]+\s+)?(?:chief|leader|commander|head|founder|emir|spokes(?:man|person))\b",
    re.I,
)
#: "the remains of Yazidi men killed by ISIL": whom the words before a name say killed
KILLED_BY = re.compile(
    r"\b(?:killed|executed|massacred|murdered|slain|shot|buried)\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?$",
    re.I,
)


def since_aside(text: str, d: DateMention, sent_start: int, trigger_end: int) -> bool:
    """Whether ``d`` tells when a period began, in an aside after the trigger's clause (but
    "200 killed since the cartel split in September" dates a tally, and keeps its day)."""
    if d.text.lower().startswith("since"):
        start = d.start  # "the deadliest attack since March"
    else:
        since = _SINCE_CLAUSE.search(text, max(sent_start, d.start - 60), d.start)
        if since is None:
            return False
        start = since.start()
    return start > trigger_end and "," in text[trigger_end:start]


def until_end(text: str, d: DateMention) -> bool:
    """Whether ``d`` tells when a period ended ("began on Wednesday evening and lasted until
    Thursday morning"): the event's day is when it began."""
    return _UNTIL_BEFORE.search(text, max(0, d.start - 20), d.start) is not None


def dead_among(
    text: str,
    sent_start: int,
    trigger_start: int,
    trigger_end: int,
    before: Sequence[ActorMention],
    in_sent: Sequence[ActorMention],
) -> list[ActorMention]:
    """The actors named as one of many dead, neither the doer nor the side attacked: before the
    trigger ("A police officer was among 14 people killed when gunmen attacked the village") or
    in the toll after it ("killing nine people, including an off-duty soldier"; but a group's
    leader among a strike's dead is its target: "among them TTP deputy chief")."""
    return [a for a in before if _AMONG_THE_DEAD.match(text, a.end, trigger_end + 1)] + [
        a
        for a in in_sent
        if a.start > trigger_start
        and not _LEADER_AFTER.match(text, a.end)
        and _INCLUDED_DEAD.search(text[max(sent_start, a.start - 120) : a.start])
    ]


# "..., and security forces have been deployed to restore calm", "troops later pursued the
# attackers", "before fleeing when police reinforcements arrived", "before security forces ended
# a 15-hour siege", "police have detained a woman suspected of leaving it"
_RESPONDED = re.compile(
    r"\W*(?:[\w-]+\s+){0,2}?(?:(?:have|has|had|were|was)\s+)?(?:(?:been|later|since|then|quickly)\s+)*"
    r"(?:deployed|dispatched|sent|rushed|arrived|pursued|chased|went\s+after|launched\s+a\s+"
    r"(?:manhunt|search)|moved\s+in|responded|reached|ended|detained|arrested|cordoned|"
    r"sealed\s+off|evacuated|recovered|defused|intervened|freed|rescued)\b",
    re.I,
)


def responders(text: str, trigger_end: int, in_sent: Sequence[ActorMention]) -> list[ActorMention]:
    """State forces named after an attack on people only as coming after it: no side in it."""
    return [
        a
        for a in in_sent
        if a.start >= trigger_end and a.entry.inter == 1 and _RESPONDED.match(text, a.end)
    ]


_DIED_AFTER = re.compile(
    r"[^.;]{0,60}?,?\s+(?P<lag>(?:(?P<n>a|one|two|three|four|five|six|seven|ten|\d{1,2})\s+days?|"
    r"(?:a|the)\s+day|(?P<w>a|one|two|three)\s+weeks?)\s+after)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:beaten|beat|shot|stabbed|attacked|wounded|injured|hit|burned|burnt|hacked|assaulted|"
    r"lynched|tortured|struck|abducted)\b",
    re.I,
)


def lag_days(m: re.Match[str]) -> int | None:
    """The days a "two days after" / "a week after" match (groups ``n`` and ``w``) counts."""
    days = parse_number(m.group("n")) if m.group("n") else 1
    if m.group("w"):
        days = 7 * (parse_number(m.group("w")) or 1)
    return int(days) if days is not None else None


def died_after(
    text: str, trigger_start: int, trigger_end: int, end: int
) -> tuple[int, int, int, str] | None:
    """Where a death's "N days after he was beaten" begins and ends, the days and the words;
    None when the trigger is no death or no such clause follows it in its sentence."""
    if not re.match(r"(?:died|succumbed|passed away)\b", text[trigger_start:trigger_end], re.I):
        return None
    m = _DIED_AFTER.match(text, trigger_end, end)
    days = lag_days(m) if m is not None else None
    if m is None or days is None or days >= 60:
        return None
    return m.start("lag"), m.end("lag"), days, m.group("lag")
