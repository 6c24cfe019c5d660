"""Clean a plain-text article: cut the header lines and debris, keep verbatim slices only,
so that every character of the body maps back to the raw input through ``segments``."""

from __future__ import annotations

from sitrep.errors import EmptyInput
from sitrep.models import RawDocument

from .debris import find_debris, keep_regions
from .document import CleanDocument, Removed, Segment
from .header import find_header

__all__ = ["clean_text"]


def clean_text(raw: RawDocument) -> CleanDocument:
    """The cleaned body, title, dateline and related links of a plain-text RawDocument."""
    content = raw.content
    header = find_header(content, raw.title)
    body_start = header.end if header is not None else 0
    debris, related = find_debris(content[body_start:], raw.url)
    removed: list[Removed] = [(s + body_start, e + body_start, kind) for s, e, kind in debris]
    if header is not None:
        removed.insert(0, (header.start, header.end, "header"))
    regions = keep_regions(content, removed)
    if not regions:
        raise EmptyInput(f"{raw.origin}: no article text left after removing debris")
    segments: list[Segment] = []
    parts: list[str] = []
    offset = 0
    for start, end in regions:
        segments.append((offset, start, end - start))
        parts.append(content[start:end])
        offset += end - start
    return CleanDocument(
        text="".join(parts),
        title=raw.title or (header.title if header else None),
        published=raw.published or (header.published if header else None),
        url=raw.url,
        outlet=None,
        related=related,
        segments=segments,
        removed=removed,
    )
