"""The clean stage's entry point: dispatch on content type, and register it by name."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.models import RawDocument
from sitrep.registry import registry

from .document import CleanDocument
from .html import clean_html
from .plain import clean_text

__all__ = ["clean_document", "make_cleaner"]


def clean_document(raw: RawDocument) -> CleanDocument:
    """Clean one RawDocument; raises sitrep.errors.EmptyInput when no article text remains."""
    if raw.content_type == "html":
        return clean_html(raw)
    return clean_text(raw)


@registry.cleaners.register("sitrep.cleaner.v1")
def make_cleaner() -> Callable[[RawDocument], CleanDocument]:
    """Factory for the default cleaner (trafilatura + selectolax for HTML, rules for text)."""
    return clean_document
