"""Clean: strip page debris, read title/date/outlet, harvest related links, map offsets back."""

from __future__ import annotations

from .cleaner import clean_document, make_cleaner
from .debris import find_debris, harvest_related, keep_regions, related_from_value
from .document import REMOVED_KINDS, CleanDocument, Removed, Segment
from .header import find_header, parse_dateline
from .html import clean_html
from .php import PhpDump, find_php_dumps
from .plain import clean_text

__all__ = [
    "REMOVED_KINDS",
    "CleanDocument",
    "PhpDump",
    "Removed",
    "Segment",
    "clean_document",
    "clean_html",
    "clean_text",
    "find_debris",
    "find_header",
    "find_php_dumps",
    "harvest_related",
    "keep_regions",
    "make_cleaner",
    "parse_dateline",
    "related_from_value",
]
