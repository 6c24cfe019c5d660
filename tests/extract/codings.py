"""Shared by the extraction rule tests: a text's main event coded as one tuple to compare."""

from __future__ import annotations

from sitrep.pipeline import Pipeline

PUBLISHED = "2024-05-10"


def main_coding(
    pipeline: Pipeline, text: str, published: str = PUBLISHED
) -> tuple[str, int | None, int | None]:
    """The main event's sub-type and its two actors' inter codes (None where one is missing)."""
    event = pipeline(text, published=published).events[0]
    return (
        event.sub_event_type,
        event.actor1.inter if event.actor1 else None,
        event.actor2.inter if event.actor2 else None,
    )
