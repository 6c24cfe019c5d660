"""Helpers shared by the extraction tests: the main event of a text, as `sitrep extract` codes it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.models import Event
from sitrep.pipeline import Pipeline

#: ``main_event(text, published="2023-05-10")``: the first event of the text's report
MainEvent = Callable[..., Event]
#: ``deaths(text, published)``: the main event's best count of the dead (None: no toll)
Deaths = Callable[..., "int | None"]


@pytest.fixture
def main_event(pipeline: Pipeline) -> MainEvent:
    def first(text: str, published: str = "2023-05-10") -> Event:
        found = pipeline(text, published=published).events
        assert found, text
        return found[0]

    return first


@pytest.fixture
def deaths(main_event: MainEvent) -> Deaths:
    def best(text: str, published: str = "2024-03-18") -> int | None:
        event = main_event(text, published=published)
        return event.fatalities.best if event.fatalities is not None else None

    return best
