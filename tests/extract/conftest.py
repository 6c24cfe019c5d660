"""Helpers shared by the extraction tests: the main event of a text, as `sitrep extract` codes it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.models import Event
from sitrep.pipeline import Pipeline

#: ``main_event(text, published="2023-05-10")``: the first event of the text's report
MainEvent = Callable[..., Event]


@pytest.fixture
def main_event(pipeline: Pipeline) -> MainEvent:
    def first(text: str, published: str = "2023-05-10") -> Event:
        found = pipeline(text, published=published).events
        assert found, text
        return found[0]

    return first
