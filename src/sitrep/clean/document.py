"""The output of the clean stage: the body NLP reads, page metadata, and a map back to the raw
input so that every offset a later stage reports can be traced to the bytes that came in."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field

from sitrep.models import Related

__all__ = ["CleanDocument", "Segment", "Removed", "REMOVED_KINDS"]

#: (text_start, raw_start, length): text[text_start:text_start+length] == raw[raw_start:...].
Segment = tuple[int, int, int]
#: (raw_start, raw_end, kind); for HTML input the offsets are (-1, -1) when the debris text
#: is not found verbatim in the page source.
Removed = tuple[int, int, str]
REMOVED_KINDS: tuple[str, ...] = ("php_dump", "json_blob", "script", "nav", "header")


@dataclass
class CleanDocument:
    """A cleaned article. For plain text ``text`` is made only of verbatim slices of the raw
    content, listed in ``segments``; for HTML ``segments`` is empty (no offset map)."""

    text: str
    title: str | None = None
    published: dt.datetime | None = None
    url: str | None = None
    outlet: str | None = None
    related: list[Related] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)

    def to_raw_offset(self, i: int) -> int | None:
        """The offset in ``raw.content`` of ``text[i]`` (``i == len(text)`` maps past the last
        character); None for HTML input or an offset outside the text."""
        if not self.segments or i < 0 or i > len(self.text):
            return None
        if i == len(self.text):
            text_start, raw_start, length = self.segments[-1]
            return raw_start + length
        k = bisect_right(self.segments, i, key=_text_start) - 1
        text_start, raw_start, length = self.segments[k]
        return raw_start + (i - text_start) if i < text_start + length else None


def _text_start(segment: Segment) -> int:
    return segment[0]
