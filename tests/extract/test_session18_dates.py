"""Dates of session 18: days counted back from the day a story stands on ("two days earlier",
"the night before" a sentence after the one that named the day) and a fronted clause that
counts back from its main clause's day ("A week after gunmen killed ..., ... on Friday").

The texts were written for these tests; the page is dated Friday 10 May 2024.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates import DAY_BEFORE, find_dates
from sitrep.pipeline import Pipeline

PUBLISHED = "2024-05-10"  # a Friday


def date(pipeline: Pipeline, text: str) -> dt.date | None:
    events = pipeline(text, published=PUBLISHED).events
    assert events, text
    return events[0].date


@pytest.mark.parametrize(
    ("phrase", "back"),
    [
        ("a day earlier", 1),
        ("two days earlier", 2),
        ("three days before", 3),
        ("a week earlier", 7),
    ],
)
def test_days_earlier_count_back_from_the_anchor(phrase: str, back: int) -> None:
    anchor = dt.date(2024, 5, 8)
    text = f"Troops had retaken the town {phrase}, the army said."
    found = find_dates(text, anchor, told_anchor=True)
    assert [d.date for d in found] == [anchor - dt.timedelta(days=back)]
    assert DAY_BEFORE.search(phrase)
    # from the page's day alone it is no date: the story's own day is unknown
    assert find_dates(text, anchor) == []


def test_a_fronted_count_back_opens_another_story() -> None:
    text = "Two days earlier, gunmen had killed three farmers in a nearby village."
    assert find_dates(text, dt.date(2024, 5, 8), told_anchor=True) == []


@pytest.mark.parametrize(
    "text",
    [
        "Voting closed two days before the election results were announced.",
        "He had left Goma a week before his 40th birthday.",
        "The ceasefire ended a day before the talks.",
    ],
)
def test_days_before_an_event_named_after_them_are_no_date(text: str) -> None:
    assert find_dates(text, dt.date(2024, 5, 8), told_anchor=True) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The army said on Wednesday that troops had killed 12 militants in an ambush near "
            "Dikwa a day earlier.",
            dt.date(2024, 5, 7),
        ),
        (
            "Residents of Kukawa counted their dead on Thursday. Gunmen had stormed the village "
            "the night before, killing nine people.",
            dt.date(2024, 5, 8),
        ),
        (
            "Residents of Kukawa counted their dead on Tuesday. Gunmen had stormed the village "
            "the previous night, killing nine people.",
            dt.date(2024, 5, 6),
        ),
        (
            "A week after gunmen killed 30 herders in Benue, the state held a funeral on Friday.",
            dt.date(2024, 5, 3),
        ),
        (
            "Two days after gunmen attacked the village of Kukawa, killing nine people, "
            "residents were still searching for the missing on Thursday.",
            dt.date(2024, 5, 7),
        ),
        (
            "Burials began in Kukawa on Thursday for 14 villagers killed by gunmen the previous "
            "evening.",
            dt.date(2024, 5, 8),
        ),
        (
            "Burials began in Kukawa on Thursday for 14 villagers killed by gunmen a day earlier.",
            dt.date(2024, 5, 8),
        ),
        (
            # the first day the sentence names is the one it stands on
            "Shoppers were still in shock on Thursday at the market in Kukawa, where a grenade "
            "went off among the stalls a day earlier, wounding 12 people who had come on "
            "Tuesday.",
            dt.date(2024, 5, 8),
        ),
        (
            "Shops remained shut in Kukawa on Wednesday, the day after gunmen killed 14 traders "
            "in the market.",
            dt.date(2024, 5, 7),
        ),
        (
            "The day after gunmen killed 14 people in Kukawa, the governor visited the village "
            "on Thursday.",
            dt.date(2024, 5, 8),
        ),
    ],
)
def test_the_day_before_the_day_the_story_stands_on(
    pipeline: Pipeline, text: str, day: dt.date
) -> None:
    assert date(pipeline, text) == day


def test_the_night_before_with_no_day_named_counts_from_the_page(pipeline: Pipeline) -> None:
    text = (
        "Residents of Kukawa counted their dead. Gunmen had stormed the village the night "
        "before, killing nine people."
    )
    assert date(pipeline, text) == dt.date(2024, 5, 9)


def test_a_fronted_clause_with_its_own_day_keeps_it(pipeline: Pipeline) -> None:
    text = (
        "Two days after gunmen attacked the village of Kukawa on Monday, residents were still "
        "searching for the missing on Wednesday."
    )
    assert date(pipeline, text) == dt.date(2024, 5, 6)


def test_a_period_begun_in_an_aside_does_not_date_the_event(pipeline: Pipeline) -> None:
    text = (
        "The army said on Tuesday it had recaptured the radio building in Kukawa from ISWAP, "
        "its biggest gain since the offensive began two months ago."
    )
    assert date(pipeline, text) == dt.date(2024, 5, 7)


def test_a_tally_since_a_day_keeps_its_own_period(pipeline: Pipeline) -> None:
    # the tally's "since" dates it apart from the day's clash, so the two stay apart
    events = pipeline(
        "Soldiers killed 19 suspected cartel members in a gunfight near Kukawa on Monday, the "
        "ministry said. More than 200 people have been killed in the state since the cartel "
        "split in September.",
        published=PUBLISHED,
    ).events
    assert events[0].fatalities is not None and events[0].fatalities.best == 19


def test_the_worst_since_a_month_does_not_date_the_event(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber killed 14 people at a market in Maiduguri, police said, the deadliest "
        "attack in the city since March."
    )
    assert date(pipeline, text) == dt.date(2024, 5, 10)


def test_a_first_time_since_a_year_is_news(pipeline: Pipeline) -> None:
    text = "For the first time since 2019, protesters marched through central Algiers, police said."
    assert date(pipeline, text) == dt.date(2024, 5, 10)


def test_drones_launched_at_a_city_are_a_strike(pipeline: Pipeline) -> None:
    events = pipeline(
        "Russia launched 40 drones at Kyiv overnight into Thursday, the largest attack since "
        "the start of the year, officials said.",
        published=PUBLISHED,
    ).events
    assert events and events[0].sub_event_type == "Air/drone strike"
    assert events[0].date == dt.date(2024, 5, 9)


def test_a_wires_yesterday_is_the_day_before_its_dateline(pipeline: Pipeline) -> None:
    text = (
        "KUKAWA, Nigeria, May 9 (Reuters) - Gunmen killed 14 people in the village of Kukawa "
        "yesterday, police said."
    )
    assert date(pipeline, text) == dt.date(2024, 5, 8)


def test_a_period_is_dated_by_its_start_not_its_end(pipeline: Pipeline) -> None:
    text = (
        "In an attack that began on Wednesday evening and lasted until Thursday morning, "
        "gunmen killed 14 people in Kukawa."
    )
    assert date(pipeline, text) == dt.date(2024, 5, 8)
