"""The shared machinery of the learned choices (:mod:`sitrep.extract.ranker`)."""

from __future__ import annotations

from pathlib import Path

from sitrep.extract.ranker import LinearRanker, record, recording


def test_the_rules_option_stands_unless_beaten_by_more_than_the_margin() -> None:
    feats = [{"rule": 1.0}, {"other": 1.0}]
    assert LinearRanker({"rule": 0.2, "other": 1.0}).best_index(feats) == 1
    strict = LinearRanker({"rule": 0.2, "other": 1.0}, {"margin": 1.0})
    assert strict.best_index(feats) == 0
    assert LinearRanker({"rule": 0.2, "other": 1.5}, {"margin": 1.0}).best_index(feats) == 1


def test_record_logs_only_inside_recording() -> None:
    assert record("pairs", object(), []) is False
    with recording() as log:
        assert record("pairs", "c", [1, 2]) is True
        with recording() as inner:
            record("pairs", "d", [])
        assert inner == [("pairs", "d", [])]
    assert log == [("pairs", "c", [1, 2])]
    assert record("pairs", object(), []) is False


def test_models_are_read_once_per_path(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    LinearRanker({"a": 1.0}).save(path)
    first = LinearRanker.load(path)
    path.write_text('{"weights": {"a": 2.0}}', encoding="utf-8")
    assert LinearRanker.load(path) is first
