"""Anchored scanning must find exactly what ``finditer`` finds, for every pattern it serves."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.extract import actors, dates, numbers, triggers
from sitrep.extract.lexicon import lower_text
from sitrep.extract.wordscan import DIGIT, Anchored, AnchoredSet, first_letters

NOTES = Path(__file__).resolve().parents[1] / "notes" / "notes.jsonl"

SERVED = {
    "quantities": [numbers._QTY_RE],
    "generic actors": [rx for rx, _ in actors._GENERIC_RES],
    "dates": [rx for _, rx in dates._PATTERNS],
    "triggers": [rx for rx, _, _ in triggers._TRIGGER_RES],
}


def _texts() -> list[str]:
    rows = [json.loads(line) for line in NOTES.read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in rows[::3]]
    return texts + [t.upper() for t in texts[:100]] + ["", "5", "a", "Ünïcödé 12 İstanbul ſ K"]


TEXTS = _texts()


@pytest.mark.parametrize("group", sorted(SERVED))
def test_same_matches_as_finditer_on_real_text(group: str) -> None:
    rxs = SERVED[group]
    together = AnchoredSet(rxs)
    for text in TEXTS:
        probe = lower_text(text) if group == "triggers" else text
        want = [[(m.span(), m.groups()) for m in rx.finditer(probe)] for rx in rxs]
        got = [[(m.span(), m.groups()) for m in ms] for ms in together.scan(probe)]
        assert got == want, probe[:80]
        alone = [[(m.span(), m.groups()) for m in Anchored(rx).finditer(probe)] for rx in rxs]
        assert alone == want, probe[:80]


def test_most_served_patterns_are_anchored() -> None:
    """The speed-up only holds while the patterns keep a readable start: a pattern that
    starts with any word (``(?:\\w+ )?``) scans every position again."""
    every = [rx for rxs in SERVED.values() for rx in rxs]
    readable = [rx for rx in every if first_letters(rx) is not None]
    assert len(readable) >= 0.85 * len(every)
    assert first_letters(numbers._QTY_RE) is not None


def test_first_letters_read_alternations_options_and_classes() -> None:
    assert first_letters(re.compile(r"\b(?:the )?(?:rebels?|militants)\b", re.I)) == {
        "the",
        "reb",
        "mil",
    }
    assert first_letters(re.compile(r"\b[Bb]a(?:t|d)")) == {"Bat", "Bad", "bat", "bad"}
    assert first_letters(re.compile(r"\b\d+ killed")) == {DIGIT}
    assert first_letters(re.compile(r"\bx?\d")) == {"x", DIGIT}


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:rebels)",  # no leading \b: a match may start inside a word
        r"\b(?:\w+ )?militia",  # any word first
        r"\b(?:x)?",  # may match nothing
        r"\b[^a]bc",  # a negated class first
        r"\b-\d",  # a non-word character first: no word start to index
    ],
)
def test_unreadable_patterns_fall_back_to_finditer(pattern: str) -> None:
    rx = re.compile(pattern)
    assert first_letters(rx) is None
    text = "the rebels and a militia x-1 bbc xbc"
    assert [m.span() for m in Anchored(rx).finditer(text)] == [m.span() for m in rx.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("abcdeilmnorst ,.-'0123456789ABRT\n")),
        max_size=80,
    )
)
def test_same_matches_on_any_text(text: str) -> None:
    rxs = [
        numbers._QTY_RE,
        re.compile(r"\b(?:the )?(?:rebels?|militants|a (?:rebel|bandit))\b", re.I),
        re.compile(r"\b(?:at|a)\s+(?:least|most)\b"),
        re.compile(r"\b(?:rebel|at)\b"),
    ]
    want = [[m.span() for m in rx.finditer(text)] for rx in rxs]
    assert [[m.span() for m in ms] for ms in AnchoredSet(rxs).scan(text)] == want
