"""``sitrep eval`` for geoparsing as a user runs it: tables, JSON, worker processes, exit codes."""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
from click.testing import CliRunner, Result

from sitrep.cli.main import cli
from sitrep.eval.runner import default_data_dir

# Outside CI these need ../shared beside the checkout; in CI a missing folder is a failure.
needs_data = pytest.mark.skipif(
    not (default_data_dir() / "geoparsing" / "lgl_geovirus.jsonl").is_file()
    and not os.environ.get("CI"),
    reason="shared evaluation data not available (set SITREP_EVAL_DATA)",
)


def _eval(*args: str) -> Result:
    return CliRunner().invoke(cli, ["eval", *args])


def _json(result: Result) -> dict[str, Any]:
    out = result.stdout
    report: dict[str, Any] = json.loads(out[out.index("{") :])
    return report


@needs_data
def test_geoparsing_dev_prints_recall_and_precision() -> None:
    result = _eval("--dataset", "geoparsing", "--split", "dev", "--limit", "5")
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())  # rich wraps long lines
    assert "geoparsing dev" in flat and "5 docs" in flat
    assert "recall@161km" in flat and "precision@161km" in flat


@needs_data
def test_jobs_2_json_gives_the_same_scores_as_one_process() -> None:
    one = _eval("--dataset", "geoparsing", "--split", "dev", "--limit", "5", "--json")
    two = _eval(
        "--dataset", "geoparsing", "--split", "dev", "--limit", "5", "--jobs", "2", "--json"
    )
    assert one.exit_code == 0 and two.exit_code == 0, one.output + two.output
    a, b = _json(one)["datasets"]["geoparsing"], _json(two)["datasets"]["geoparsing"]
    assert a["docs"] == b["docs"] == 5 and (a["n_process"], b["n_process"]) == (1, 2)
    keys = ("gold_toponyms", "emitted", "recall_161km", "precision_161km", "exact_id")
    assert [a[k] for k in keys] == [b[k] for k in keys]
    assert 0.0 < a["recall_161km"] <= 1.0
    assert _json(two)["metrics"]["geoparsing.recall_161km"] == b["recall_161km"]


@needs_data
def test_geoparsing_has_a_held_out_test_split() -> None:
    result = _eval("--dataset", "geoparsing", "--split", "test", "--limit", "2", "--json")
    assert result.exit_code == 0, result.output
    assert _json(result)["datasets"]["geoparsing"]["split"] == "test"


def test_unknown_split_is_refused() -> None:
    result = _eval("--dataset", "geoparsing", "--split", "nonsense", "--limit", "1")
    assert result.exit_code != 0
    assert "nonsense" in result.output


def test_muc4_has_no_test_split() -> None:
    result = _eval("--dataset", "muc4", "--split", "test", "--limit", "1")
    assert result.exit_code != 0
    assert "muc4" in result.output and "test" in result.output


def test_muc4_test_split_message_names_where_test_exists() -> None:
    result = _eval("--dataset", "muc4", "--split", "test", "--limit", "1")
    assert result.exit_code != 0
    flat = " ".join(result.output.split())
    assert "notes" in flat and "geoparsing" in flat
