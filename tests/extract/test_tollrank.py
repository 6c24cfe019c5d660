"""The learned event-toll ranker (:mod:`sitrep.extract.tollrank`): its options, its window, what
choosing sets, and the shipped model. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import ModelNotInstalled
from sitrep.extract import tollrank
from sitrep.extract.ranker import recording
from sitrep.extract.tollrank import TollOption, TollRanker
from sitrep.extract.tolls import SentenceTolls
from sitrep.pipeline import Pipeline

# the police's count of the dead (12), then a rights group's (15)
RIVAL = (
    "Gunmen killed 12 villagers in Maru district of Zamfara state on Monday, a police "
    "spokesman said. A local rights group said 15 people were killed in the attack."
)
# the event's own dead (12), then a running toll of the month (43) in the next sentence
TEXT = (
    "Gunmen killed 12 villagers in Maru district of Zamfara state on Monday, a police "
    "spokesman said. The killings brought to 43 the number of people killed in the state "
    "this month, according to a local rights group."
)
PAGE = "2023-05-10"


def _option(value: int | None, distance: int = 0, **features: float) -> TollOption:
    return TollOption(value, None, dict(features), distance)


def test_best_keeps_the_rules_toll_unless_another_outscores_it() -> None:
    rules = _option(12, rule=1.0)
    other = _option(43, distance=1, max=1.0)
    assert TollRanker({"max": 2.0}).best([rules, other]) is other
    assert TollRanker({}).best([rules, other]) is rules


def test_counts_far_from_the_event_are_not_options() -> None:
    rules = _option(12, rule=1.0)
    far = _option(300, distance=4, max=1.0)
    assert TollRanker({"max": 9.0}).best([rules, far]) is rules


def test_options_are_the_rules_toll_then_each_other_count_then_nobody(
    pipeline: Pipeline,
) -> None:
    with recording() as log:
        report = pipeline(RIVAL, published=PAGE)
    assert report.events
    ranked = [(c, o) for kind, c, o in log if kind == "tolls"]
    assert ranked
    for c, options in ranked:
        assert options[0].features.get("rule") == 1.0
        assert options[0].value == (c.fatalities.best if c.fatalities else None)
        values = [o.value for o in options]
        assert len(values) == len(set(values))
        assert all(o.item is not None for o in options[1:] if o.value is not None)
        if options[0].value:
            assert options[-1].value is None and options[-1].features.get("nobody") == 1.0
    main = ranked[0][1]
    assert {12, 15} <= {o.value for o in main}


def test_choosing_another_count_sets_the_toll_and_its_evidence(pipeline: Pipeline) -> None:
    with recording() as log:
        pipeline(RIVAL, published=PAGE)
    c, options = next((c, o) for kind, c, o in log if kind == "tolls")
    other = next(o for o in options[1:] if o.item is not None)
    assert other.value != options[0].value
    ranker = TollRanker({"min": 9.0})  # a model that always takes the smallest count near
    tollrank.choose_toll(c, _tolls_of(options), RIVAL, [(0, len(RIVAL))], ranker=ranker)
    assert c.fatalities is not None and c.fatalities.best == other.value
    assert [t for _, _, t in c.toll_spans] == [str(other.value)]


def _tolls_of(options: list[TollOption]) -> list[SentenceTolls]:
    """The options' counts as one sentence's tolls (what choose_toll reads)."""
    return [SentenceTolls(items=[o.item for o in options[1:] if o.item is not None])]


def test_the_shipped_model_loads_with_its_provenance() -> None:
    ranker = TollRanker.load()
    assert len(ranker.weights) > 50
    assert "dev" in str(ranker.meta.get("trained_on", ""))


def test_a_missing_model_names_the_script_that_trains_it(tmp_path: Path) -> None:
    with pytest.raises(ModelNotInstalled, match="train_rankers.py --model tolls"):
        TollRanker.load(tmp_path / "toll_model.json")


def test_a_running_toll_of_the_month_is_not_the_events(pipeline: Pipeline) -> None:
    event = pipeline(TEXT, published=PAGE).events[0]
    assert event.fatalities is not None and event.fatalities.best == 12
