"""Mentions for actors the text implies but does not name: they point at the words that imply
them (else at the event's trigger), so the evidence shows why the actor is there. Shared by the
conventions in :mod:`.roles` and :mod:`.targets`.
"""

from __future__ import annotations

import re

from .actors import ActorMention, state_forces
from .events import Candidate
from .kb import ActorEntry, KnowledgeBase

__all__ = ["country_forces", "event_country", "implied_mention"]


def event_country(c: Candidate) -> str | None:
    """The country of the event's place, if it has one."""
    return c.location.country if c.location is not None else None


def implied_mention(
    entry: ActorEntry, text: str, c: Candidate, pattern: re.Pattern[str]
) -> ActorMention:
    """A mention for an implied actor, pointing at the words that imply it (else the trigger)."""
    m = pattern.search(text, c.sent_start, c.sent_end)
    if m is not None:
        return ActorMention(m.start(), m.end(), m.group(0), entry, True, implied=True)
    t = c.trigger
    return ActorMention(t.start, t.end, t.text, entry, True, implied=True)


def country_forces(
    kb: KnowledgeBase,
    c: Candidate,
    *,
    police: bool = False,
    text: str = "",
    pattern: re.Pattern[str] | None = None,
) -> ActorMention | None:
    """The military (or police) forces of the event's country, as an implied actor pointing at
    the words that imply them (else the trigger)."""
    country = event_country(c)
    entry = state_forces(kb, country, police=police) if country is not None else None
    if entry is None:
        return None
    if pattern is not None:
        return implied_mention(entry, text, c, pattern)
    return ActorMention(c.trigger.start, c.trigger.end, c.trigger.text, entry, True, implied=True)
