"""``--every`` durations."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.watch import parse_duration


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("30s", 30), ("5m", 300), ("1h", 3600), ("1h30m", 5400), ("90", 90), (" 2M ", 120),
     ("1d", 86400), ("500ms", 0.5), ("1.5m", 90)],
)  # fmt: skip
def test_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["", "soon", "5", "m5", "5x", "1h-3m", "0s", "-5m", "nan", "inf"])
def test_bad_durations(text: str) -> None:
    if text == "5":
        assert parse_duration(text) == 5
        return
    with pytest.raises(ValueError):
        parse_duration(text)


@given(st.lists(st.tuples(st.integers(0, 500), st.sampled_from("smhd")), min_size=1, max_size=4))
def test_parts_add_up(parts: list[tuple[int, str]]) -> None:
    unit = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    total = sum(n * unit[u] for n, u in parts)
    text = "".join(f"{n}{u}" for n, u in parts)
    if total == 0:
        with pytest.raises(ValueError):
            parse_duration(text)
    else:
        assert parse_duration(text) == total
