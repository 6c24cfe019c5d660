"""Trigger and rule-feature patterns run without ``re.I`` on lower-cased text (for speed); they
must find exactly the spans the case-insensitive patterns find on the text as written."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.extract.lexicon import HEDGES, TRIGGERS, lower_pattern, lower_text

_PATTERNS = [rx for rx, _, _ in TRIGGERS] + [rx for rx, _ in HEDGES]
_BOTH = [
    (re.compile(rf"\b(?:{rx})\b", re.I), re.compile(rf"\b(?:{lower_pattern(rx)})\b"))
    for rx in _PATTERNS
]
_WORDS = [
    "Air", "STRIKES", "killed", "IED", "Suicide", "bomber", "blew", "himself", "up", "The",
    "army", "Recaptured", "Kafr", "Nabl", "police", "fired", "TEAR", "gas", "on", "protesters",
    "İstanbul", "Straße", "seized", "five", "workers", "reportedly", "said", "Grad", "rockets",
    ",", ".", "\n", "jets", "bombed", "M23", "CS", "Gas", "set", "fire", "to", "homes",
]  # fmt: skip


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30))
def test_lowered_patterns_find_the_same_spans(words: list[str]) -> None:
    text = " ".join(words)
    lowered = lower_text(text)
    assert len(lowered) == len(text)
    for case_insensitive, lower_only in _BOTH:
        assert _spans(case_insensitive, text) == _spans(lower_only, lowered)


def test_lower_pattern_keeps_escapes() -> None:
    assert lower_pattern(r"\S+ \W IED[A-Z]") == r"\S+ \W ied[a-z]"
    assert lower_pattern(r"a\\B") == r"a\\b"


def test_lower_text_keeps_offsets_of_letters_that_lower_to_two() -> None:
    text = "İdlib and Aleppo"
    assert lower_text(text) == "İdlib and aleppo"
