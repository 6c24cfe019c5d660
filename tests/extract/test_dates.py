from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from sitrep.extract.dates import find_dates

ANCHOR = dt.date(2016, 5, 30)  # a Monday


def resolve(text: str, anchor: dt.date = ANCHOR) -> list[tuple[str, str | None, str]]:
    return [
        (d.date.isoformat(), d.date_end.isoformat() if d.date_end else None, d.precision)
        for d in find_dates(text, anchor)
    ]


def test_weekday_resolves_to_the_last_such_day() -> None:
    assert resolve("fighters entered the town on Saturday")[0] == ("2016-05-28", None, "day")
    assert resolve("on Monday") == [("2016-05-30", None, "day")]


def test_yesterday_and_ranges() -> None:
    assert resolve("yesterday") == [("2016-05-29", None, "day")]
    assert resolve("in the past two days") == [("2016-05-29", "2016-05-30", "range")]
    assert resolve("last week") == [("2016-05-23", "2016-05-29", "week")]


def test_month_day_without_year_takes_the_most_recent_past_year() -> None:
    assert resolve("on June 3")[0][0] == "2015-06-03"
    assert resolve("on May 27")[0][0] == "2016-05-27"


def test_modal_may_is_not_a_month() -> None:
    assert resolve("the toll may rise to 30") == []


@given(
    anchor=st.dates(min_value=dt.date(1980, 1, 1), max_value=dt.date(2030, 12, 31)),
    text=st.sampled_from(
        [
            "on Friday",
            "yesterday",
            "May 31",
            "December 25",
            "the last three days",
            "two weeks ago",
            "last month",
            "in March",
            "on 31 December",
            "this morning",
            "last year",
        ]
    ),
)
def test_a_resolved_date_is_never_after_the_anchor(anchor: dt.date, text: str) -> None:
    for d in find_dates(text, anchor):
        assert d.date <= anchor
        assert d.date_end is None or d.date_end <= anchor
