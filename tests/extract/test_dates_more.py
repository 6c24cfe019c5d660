"""Date forms analysts and wires use: day ranges, "Friday last week", datelines, "Sunday's"."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates import find_dates
from sitrep.models import RawDocument
from sitrep.pipeline import Pipeline, contract

ANCHOR = dt.date(2024, 12, 20)  # a Friday


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("on the night of 6 to 7 December 2024", dt.date(2024, 12, 6), dt.date(2024, 12, 7)),
        ("fighting on 3-4 March", dt.date(2024, 3, 3), dt.date(2024, 3, 4)),
    ],
)
def test_a_day_range_starts_on_its_first_day(text: str, first: dt.date, last: dt.date) -> None:
    (d,) = find_dates(text, ANCHOR)
    assert (d.date, d.date_end, d.precision) == (first, last, "range")


def test_a_backwards_range_is_not_a_range() -> None:
    assert all(d.precision != "range" for d in find_dates("from 7 to 6 December", ANCHOR))


def test_a_weekday_of_last_week_is_a_week_earlier_than_the_plain_weekday() -> None:
    (last_week,) = find_dates("they came on Friday last week", ANCHOR)
    (plain,) = find_dates("they came on Friday", ANCHOR)
    assert plain.date == ANCHOR
    assert last_week.date == ANCHOR - dt.timedelta(days=7)


@pytest.mark.parametrize(
    ("anchor", "saturday"),
    [
        (dt.date(2018, 4, 10), dt.date(2018, 4, 7)),  # a Tuesday: the weekend before
        (dt.date(2018, 4, 8), dt.date(2018, 4, 7)),  # a Sunday: this weekend
        (dt.date(2018, 4, 7), dt.date(2018, 4, 7)),  # a Saturday: today
    ],
)
def test_the_weekend_is_the_last_saturday_and_sunday(anchor: dt.date, saturday: dt.date) -> None:
    for text in ("clashes at the weekend", "a weekend attack", "over the weekend"):
        (d,) = find_dates(text, anchor)
        assert (d.date, d.date_end, d.precision) == (
            saturday,
            min(saturday + dt.timedelta(days=1), anchor),
            "range",
        )


def test_the_previous_weekend_is_relative_to_another_day() -> None:
    assert find_dates("a protest the previous weekend", dt.date(2018, 4, 10)) == []


def _main_date(pipeline: Pipeline, text: str, published: dt.datetime) -> str | None:
    (report, clean), *_ = pipeline.pipe(
        [RawDocument(origin="t", content=text, published=published)]
    )
    events = contract(report, clean)["events"]
    return events[0]["date"] if events else None


def test_a_wire_dateline_is_not_the_event_date(pipeline: Pipeline) -> None:
    text = (
        "BAMAKO, March 16 - Gunmen on motorcycles killed 12 villagers in Mopti region on "
        "Monday, the government said on Tuesday."
    )
    assert _main_date(pipeline, text, dt.datetime(2021, 3, 16)) == "2021-03-15"


def test_a_cumulative_toll_keeps_the_day_of_the_event_it_names(pipeline: Pipeline) -> None:
    text = (
        "The death toll from Sunday's suicide bombing at a market in Maiduguri rose to 30 on "
        "Tuesday, officials said."
    )
    assert _main_date(pipeline, text, dt.datetime(2023, 8, 1)) == "2023-07-30"


# --- an event its own sentence does not date -------------------------------------------------

PAGE = "2023-04-14"  # a Friday


def _dated(pipeline: Pipeline, text: str) -> tuple[dt.date | None, str | None]:
    e = pipeline(text, published=PAGE).events[0]
    return e.date, e.date_resolution


def test_a_later_sentence_that_refers_back_dates_the_event(pipeline: Pipeline) -> None:
    date, _ = _dated(
        pipeline,
        "The death toll from a military air strike on a village in Sagaing rose to 165, an "
        "opposition official said on Thursday. The strike hit a ceremony on Tuesday.",
    )
    assert date == dt.date(2023, 4, 11)


def test_a_later_sentence_about_something_else_does_not(pipeline: Pipeline) -> None:
    date, _ = _dated(
        pipeline,
        "The death toll from a military air strike on a village in Sagaing rose to 165, an "
        "opposition official said on Thursday. Talks with the junta had failed on Tuesday.",
    )
    assert date == dt.date(2023, 4, 13)  # the day the source spoke


def test_with_no_date_but_a_source_that_spoke_the_event_takes_that_day(pipeline: Pipeline) -> None:
    date, how = _dated(
        pipeline, "Investigators found a mass grave near Izium, officials said on Thursday."
    )
    assert date == dt.date(2023, 4, 13)
    assert how is not None and "source spoke" in how


def test_with_no_date_at_all_the_event_takes_the_page_date(pipeline: Pipeline) -> None:
    date, how = _dated(pipeline, "Investigators found a mass grave near Izium.")
    assert date == dt.date(2023, 4, 14)
    assert how is not None and "page date" in how


def test_an_earlier_sentence_with_no_event_of_its_own_dates_the_event(pipeline: Pipeline) -> None:
    date, _ = _dated(
        pipeline,
        "Survivors said that on 15 January bombs dropped from the sky released a thick smoke. "
        "Investigators concluded that chemical weapons were used.",
    )
    assert date == dt.date(2023, 1, 15)


def test_a_cumulative_toll_keeps_the_date_of_its_own_event_clause(pipeline: Pipeline) -> None:
    date, _ = _dated(
        pipeline,
        "Gunmen raided about 20 villages late on Saturday, and the death toll has risen to at "
        "least 160, an official said on Wednesday.",
    )
    assert date == dt.date(2023, 4, 8)


def test_the_date_nearest_the_trigger_is_the_events(pipeline: Pipeline) -> None:
    date, _ = _dated(
        pipeline,
        "Shops in Digana were still smouldering on Thursday after mobs attacked them on Tuesday.",
    )
    assert date == dt.date(2023, 4, 11)


def test_two_days_joined_by_and_start_on_the_first(pipeline: Pipeline) -> None:
    date, _ = _dated(
        pipeline, "Fighters spent Monday and Tuesday looting the central market of Rufa'a."
    )
    assert date == dt.date(2023, 4, 10)


def test_the_date_the_triggers_clause_governs_beats_a_nearer_one(pipeline: Pipeline) -> None:
    text = (
        "Villagers in Anapu were preparing on Thursday to bury their leader, who was shot dead "
        "by two gunmen on Wednesday night, a land commission said."
    )
    assert _main_date(pipeline, text, dt.datetime(2018, 3, 23)) == "2018-03-21"


def test_a_fronted_date_still_dates_an_analysts_sentence(pipeline: Pipeline) -> None:
    text = (
        "On 11 June, government forces reported the discovery of mass graves in Tarhuna, which "
        "they recaptured on 5 June."
    )
    assert _main_date(pipeline, text, dt.datetime(2020, 6, 14)) == "2020-06-11"


def test_the_next_sentence_that_tells_how_it_went_dates_it(pipeline: Pipeline) -> None:
    text = (
        "Nigerian troops have recaptured the town of Marte in Borno state, the army said on "
        "Wednesday. A spokesman said soldiers backed by air support cleared the town on Tuesday."
    )
    assert _main_date(pipeline, text, dt.datetime(2021, 4, 22)) == "2021-04-20"


def test_bodies_counted_on_monday_do_not_date_a_saturday_raid(pipeline: Pipeline) -> None:
    text = (
        "Survivors said the attackers came at dusk on Saturday and went from house to house in "
        "Kalau, near Mangina. The Red Cross said it had recovered 19 bodies by Monday morning."
    )
    assert _main_date(pipeline, text, dt.datetime(2023, 5, 16)) == "2023-05-13"


def test_this_year_of_a_running_count_does_not_date_the_event(pipeline: Pipeline) -> None:
    text = (
        "A member of the PKK surrendered to security forces in Uludere district, the interior "
        "ministry said on Monday, bringing to 12 the number of militants who have surrendered "
        "this year."
    )
    assert _main_date(pipeline, text, dt.datetime(2022, 3, 15)) == "2022-03-14"


def test_numeric_dates_read_day_first_unless_that_cannot_be() -> None:
    anchor = dt.date(2024, 5, 10)
    assert [d.date for d in find_dates("killed on 06/05/2024", anchor)] == [dt.date(2024, 5, 6)]
    assert [d.date for d in find_dates("killed on 31.12.2023", anchor)] == [dt.date(2023, 12, 31)]
    # 25 cannot be a month: month first
    assert [d.date for d in find_dates("killed on 12/25/2023", anchor)] == [dt.date(2023, 12, 25)]
    # never after the anchor, in either reading
    assert find_dates("killed on 5/13/2024", anchor) == []
