"""The learned event-date ranker (:mod:`sitrep.extract.dating`): its options, its guards, the
shipped model, and the date invariant. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dating import DateOption, DateRanker
from sitrep.extract.ranker import recording
from sitrep.pipeline import Pipeline

# the aftermath scene's day (Friday) leads; the event's own day (Thursday) comes later
TEXT = (
    "The market in Gao was still closed on Friday. Four traders were killed on Thursday when "
    "gunmen on motorbikes opened fire on the stalls, a local official said. "
    "Traders said they would reopen on Monday."
)
PAGE = "2024-03-09"  # a Saturday


def _option(day: dt.date | None, distance: int = 0, **features: float) -> DateOption:
    return DateOption(day, None, dict(features), distance)


def test_best_keeps_the_rules_day_unless_another_outscores_it() -> None:
    rules = _option(dt.date(2024, 3, 8), rule=1.0)
    other = _option(dt.date(2024, 3, 7), insent=1.0)
    assert DateRanker({"insent": 2.0}).best([rules, other]) is other
    assert DateRanker({}).best([rules, other]) is rules


def test_days_named_far_from_the_event_are_not_options() -> None:
    rules = _option(dt.date(2024, 3, 8), rule=1.0)
    far = _option(dt.date(2024, 1, 2), distance=5, insent=1.0)
    assert DateRanker({"insent": 9.0}).best([rules, far]) is rules


def test_a_day_in_the_events_own_sentence_is_not_traded_for_the_page_day() -> None:
    # "SAN SALVADOR, 26 MAY 90 -- ... killed in January": the dateline is not the event's day
    rules = _option(dt.date(1990, 1, 15), rule=1.0, insent=1.0)
    page = _option(dt.date(1990, 5, 26), ispub=1.0)
    assert DateRanker({"ispub": 9.0}).best([rules, page]) is rules


def test_options_list_every_day_the_article_names_rules_first(pipeline: Pipeline) -> None:
    with recording() as log:
        report = pipeline(TEXT, published=PAGE)
    assert report.events
    dated = [(c, o) for kind, c, o in log if kind == "dates"]
    assert dated
    for c, options in dated:
        assert options[0].day == c.date and options[0].features.get("rule") == 1.0
        days = [o.day for o in options]
        assert len(days) == len(set(days))
        assert all(o.day is None or o.day <= dt.date.fromisoformat(PAGE) for o in options)
        assert all(o.mention is not None for o in options[1:])


def test_a_model_that_prefers_the_earliest_day_takes_it(pipeline: Pipeline) -> None:
    text = (
        "Families in Djibo were still waiting on Wednesday for news of nine travellers seized "
        "on Monday afternoon when armed men stopped a minibus on the road to Dori. The driver, "
        "who was released, said the gunmen took away the men."
    )
    with recording() as log:
        pipeline(text, published="2024-03-10")
    options = next(o for kind, _, o in log if kind == "dates")
    best = DateRanker({"earliest": 5.0}).best(options)
    assert best.day == dt.date(2024, 3, 4) and best.mention is not None
    assert "Monday" in text[best.mention.start : best.mention.end]


def test_the_shipped_model_loads_with_its_provenance() -> None:
    ranker = DateRanker.load()
    assert len(ranker.weights) > 50
    assert "dev" in str(ranker.meta.get("trained_on", ""))


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("Gunmen killed six villagers in Djibo on Tuesday, a resident said on Thursday.", "2023-05-11"),
        ("On 3 May, troops clashed with militants near Dori; the army said on 5 May that 12 died.", "2023-05-06"),
        ("A drone strike hit Kramatorsk yesterday, killing two, officials said today.", "2024-02-01"),
    ],
)  # fmt: skip
def test_a_ranked_date_is_never_after_the_page(pipeline: Pipeline, text: str, page: str) -> None:
    for event in pipeline(text, published=page).events:
        assert event.date is None or event.date <= dt.date.fromisoformat(page)
