"""The canonical page, through the real command line, meets every requirement of its coding."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sitrep.eval.acceptance import check, load_expected

ROOT = Path(__file__).resolve().parents[1]
SHARED_PAGE = ROOT.parent / "shared" / "acceptance" / "marea-2016-05-30.txt"
LOCAL_PAGE = ROOT / "tests" / "pages" / "marea-2016-05-30.txt"
COMPANION = ROOT / "tests" / "pages" / "marea-2016-05-30.must_not.json"


@pytest.fixture(scope="module")
def canonical_output() -> dict:
    page = SHARED_PAGE if SHARED_PAGE.exists() else LOCAL_PAGE
    proc = subprocess.run(
        [sys.executable, "-m", "sitrep", "extract", str(page)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    return json.loads(lines[0])


def test_canonical_page_meets_every_requirement(canonical_output: dict) -> None:
    expected_path = SHARED_PAGE.with_suffix(".expected.json")
    if not expected_path.exists():
        expected_path = LOCAL_PAGE.with_suffix(".expected.json")
    expected = load_expected(expected_path, COMPANION)
    failures = check(canonical_output, expected)
    assert failures == [], "\n".join(f"{f.requirement}: {f.detail}" for f in failures)


def test_offsets_point_into_the_input_as_given(canonical_output: dict) -> None:
    raw = (SHARED_PAGE if SHARED_PAGE.exists() else LOCAL_PAGE).read_text(encoding="utf-8")
    assert canonical_output["offsets"] == "input"
    for place in canonical_output["places"]:
        assert raw[place["start"] : place["end"]] == place["text"]
    for event in canonical_output["events"]:
        for ev in event["evidence"]:
            assert raw[ev["start"] : ev["end"]] == ev["text"]
            assert "contenttypeid" not in ev["text"]


def test_main_event_comes_first_and_has_a_summary(canonical_output: dict) -> None:
    main = canonical_output["events"][0]
    assert main["sub_event_type"] == "Armed clash"
    assert main["summary"].startswith("On 28 May 2016")
    assert 0 < main["confidence"] <= 1
