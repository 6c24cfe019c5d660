"""The learned actor-pair ranker (:mod:`sitrep.extract.pairs`): its options, its choice, its
training and its model file. Texts written for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import cast

import pytest

from sitrep.errors import ModelNotInstalled
from sitrep.extract.actors import ActorMention
from sitrep.extract.pairs import PairOption, PairRanker, choose_actors
from sitrep.extract.ranker import fit, recording
from sitrep.pipeline import Pipeline

TEXT = (
    "Gunmen stormed the village of Kadisau in Faskari on Tuesday night and killed 18 "
    "residents, police said. Troops later clashed with the attackers near the village. "
    "Residents blamed bandits loyal to a local warlord."
)


def _option(**features: float) -> PairOption:
    return PairOption(None, None, (None, None), dict(features))


def test_best_is_the_highest_score_and_ties_keep_the_rules_choice() -> None:
    ranker = PairRanker({"x": 1.0, "y": -2.0})
    rules, other, better = _option(z=1.0), _option(y=1.0), _option(x=1.0)
    assert ranker.best([rules, other, better]) is better
    assert PairRanker({}).best([rules, other, better]) is rules


def test_fit_learns_which_feature_marks_the_right_option() -> None:
    groups = [
        ([{"bias": 1.0, "noise": float(i % 2)}, {"bias": 1.0, "good": 1.0}], [False, True])
        for i in range(20)
    ]
    weights = fit(groups, iterations=300)
    assert weights["good"] > 0.5
    ranker = PairRanker(weights)
    assert ranker.best([_option(bias=1.0), _option(bias=1.0, good=1.0)]).features.get("good")


def test_fit_skips_lists_with_no_right_option() -> None:
    assert fit([([{"a": 1.0}, {"b": 1.0}], [False, False])]) == {}


def test_options_list_the_articles_actors_with_the_rules_pair_first(pipeline: Pipeline) -> None:
    with recording() as log:
        report = pipeline(TEXT, published="2024-05-02")
    assert report.events and log
    pairs = [(c, o) for kind, c, o in log if kind == "pairs"]
    names = {m.entry.name for c, _ in pairs for m in (c.actor1, c.actor2) if m is not None}
    for c, options in pairs:
        first = options[0]
        assert (first.actor1, first.actor2) == (c.actor1, c.actor2)
        assert first.features["rboth"] == 1.0
        pairs = [(o.actor1, o.actor2) for o in options]
        assert len(pairs) == len({(id(a), id(b)) for a, b in pairs})
        for o in options[1:]:
            assert o.features.get("rboth", 0.0) == 0.0
            assert o.actor1 is not None or c.actor1 is None
            assert not (o.actor1 and o.actor2 and o.actor1.entry == o.actor2.entry)
            names |= {m.entry.name for m in (o.actor1, o.actor2) if m is not None}
        # every option's inter codes are the codes the event would report
        assert all(len(o.inters) == 2 for o in options)
    assert len(names) >= 2


def test_an_empty_model_keeps_the_rules_actors(pipeline: Pipeline) -> None:
    with recording() as log:
        pipeline(TEXT, published="2024-05-02")
    for kind, c, _options in log:
        if kind != "pairs":
            continue
        before = (c.actor1, c.actor2)
        span = (0, len(TEXT))
        choose_actors(c, [], len(TEXT), span, lambda e: e.inter, ranker=PairRanker({}))
        assert (c.actor1, c.actor2) == before


def test_a_model_that_prefers_no_actor2_drops_it(pipeline: Pipeline) -> None:
    with recording() as log:
        pipeline(TEXT, published="2024-05-02")
    c, options = next((c, o) for kind, c, o in log if kind == "pairs" and c.actor2 is not None)
    ranker = PairRanker({f"Bnone|et={c.event_type}": 5.0, "rboth": 1.0, "r1": 1.0})
    mentions = [m for o in options for m in (o.actor1, o.actor2) if m is not None]
    choose_actors(c, mentions, len(TEXT), (0, len(TEXT)), lambda e: e.inter, ranker=ranker)
    assert c.actor2 is None and c.actor1 is not None


def test_the_shipped_model_loads_with_its_provenance() -> None:
    ranker = PairRanker.load()
    assert len(ranker.weights) > 50
    assert "dev" in str(ranker.meta.get("trained_on", ""))


def test_a_missing_model_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ModelNotInstalled, match="train_rankers.py"):
        PairRanker.load(tmp_path / "none.json")


def test_an_unreadable_model_names_the_fix(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"no weights": 1}), encoding="utf-8")
    with pytest.raises(ModelNotInstalled, match="retrain"):
        PairRanker.load(bad)


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    PairRanker({"a": 0.5, "b": -1.25}, {"trained_on": "x"}).save(path)
    back = PairRanker.load(path)
    assert back.weights == {"a": 0.5, "b": -1.25} and back.meta["trained_on"] == "x"


def test_a_stand_in_doer_gives_way_at_a_smaller_margin() -> None:
    ranker = PairRanker({"x": 0.7}, {"margin": 1.0})
    doer = cast(ActorMention, object())  # only its presence matters here
    named = PairOption(doer, None, (2, None), {"r1": 1.0})
    stand_in = PairOption(doer, None, (3, None), {"r1": 1.0, "Ageneric": 1.0})
    better = _option(x=1.0)
    assert ranker.best([named, better]) is named
    assert ranker.best([stand_in, better]) is better
