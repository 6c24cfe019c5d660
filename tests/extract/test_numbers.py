from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sitrep.extract.numbers import find_quantities, parse_number


def q(text: str) -> list[tuple[int, int | None, int | None, str | None]]:
    return [(x.best, x.low, x.high, x.qualifier) for x in find_quantities(text)]


def test_qualifiers_set_low_or_high() -> None:
    assert q("at least 27 civilians") == [(27, 27, None, "at least")]
    assert q("as many as 165,000 people") == [(165000, None, 165000, "as many as")]


def test_vague_amounts_follow_acled_conventions() -> None:
    assert q("dozens of people")[0][0] == 12
    assert q("hundreds of refugees")[0][0] == 100
    assert q("tens of thousands of people")[0][0] == 10000


def test_ranges_and_words() -> None:
    assert q("between 10 and 15 soldiers") == [(10, 10, 15, None)]
    assert parse_number("twenty-seven") == 27
    assert parse_number("two hundred and fifty") == 250
    assert parse_number("1.5 million") == 1_500_000


@given(st.integers(min_value=0, max_value=10_000_000))
def test_digit_numbers_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


def test_both_counts_two_people_or_two_dead_not_two_sides() -> None:
    assert [x[0] for x in q("Both attackers were killed.")] == [2]
    assert [x[0] for x in q("Both died at the scene.")] == [2]  # session 13
    assert [x[0] for x in q("Both of them were later killed.")] == [2]
    assert q("Both sides said they wanted talks.") == []
    assert q("Both were arrested on Monday.") == []
