"""Geoparsing evaluation: split halves, the Acc@161km arithmetic on hand-built places, the
runner's split check, and one small end-to-end run on hand-written gold."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.errors import ConfigError
from sitrep.eval import geoparsing
from sitrep.eval.geoparsing import RADIUS_KM, run_geoparsing, score_doc, select, summarise
from sitrep.eval.runner import DATASETS, SPLITS, evaluate
from sitrep.models import PlaceMention
from sitrep.pipeline import Pipeline

TEXT = "Fire in Alexandria. Crews from Pineville came; the Alexandria Fire Department said so."


def _gold(
    start: int, end: int, lat: float | None, lon: float | None, gid: str | None = None
) -> dict[str, Any]:
    return {"start": start, "end": end, "lat": lat, "lon": lon, "geonameid": gid}


def _place(start: int, end: int, lat: float, lon: float, **kw: Any) -> PlaceMention:
    return PlaceMention(
        text=TEXT[start:end], start=start, end=end, name=TEXT[start:end], lat=lat, lon=lon, **kw
    )


LA = (31.3113, -92.4451)  # Alexandria, La.
VA = (38.8048, -77.0469)  # Alexandria, Va.
PINEVILLE = (31.3224, -92.4343)


@given(st.integers(0, 40))
def test_select_halves(n: int) -> None:
    rows = [{"i": i} for i in range(n)]
    dev, test, every = select(rows, "dev"), select(rows, "test"), select(rows, "all")
    assert [r["i"] for r in dev] == list(range(0, n, 2))
    assert [r["i"] for r in test] == list(range(1, n, 2))
    assert sorted(r["i"] for r in dev + test) == [r["i"] for r in every] == list(range(n))


def test_unknown_split_is_refused() -> None:
    with pytest.raises(ConfigError, match="dev, test, all"):
        select([], "train")


def test_score_doc_overlap_and_radius() -> None:
    row = {
        "text": TEXT,
        "toponyms": [
            _gold(8, 18, *LA, gid="4314550"),
            _gold(31, 40, *PINEVILLE, gid="4336153"),
            _gold(0, 4, None, None),  # no coordinates: not gold
        ],
    }
    places = [
        _place(8, 18, *VA, geonames_id=4744091),  # overlaps, 1,600 km off: a miss and a wrong
        _place(31, 36, *PINEVILLE),  # partial overlap, same point: a hit
        _place(51, 61, *LA, nested=True),  # nested, overlaps no gold: ignored for precision
    ]
    got = score_doc(row, places)
    assert (got["gold"], got["hits"], got["emitted"], got["emitted_ok"]) == (2, 1, 2, 1)
    assert (got["ids"], got["id_hits"]) == (2, 0)
    assert got["missed"] == ["Alexandria"]
    assert len(got["wrong"]) == 1 and got["wrong"][0].startswith("Alexandria -> ")


def test_score_doc_radius_boundary_and_exact_id() -> None:
    row = {"text": TEXT, "toponyms": [_gold(8, 18, 0.0, 0.0, gid="7")]}
    deg = RADIUS_KM / 111.195  # km per degree of latitude on the haversine sphere
    inside = score_doc(row, [_place(8, 18, deg * 0.99, 0.0, geonames_id=7)])
    outside = score_doc(row, [_place(8, 18, deg * 1.01, 0.0, geonames_id=7)])
    assert (inside["hits"], inside["emitted_ok"], inside["id_hits"]) == (1, 1, 1)
    assert (outside["hits"], outside["emitted_ok"], outside["id_hits"]) == (0, 0, 1)
    touching = score_doc(row, [_place(18, 23, 0.0, 0.0)])  # adjacent, not overlapping
    assert touching["hits"] == 0 and touching["emitted_ok"] == 0


def test_nested_place_counts_for_recall_not_precision() -> None:
    row = {"text": TEXT, "toponyms": [_gold(8, 18, *LA)]}
    got = score_doc(row, [_place(8, 18, *LA, nested=True)])
    assert (got["hits"], got["emitted"], got["emitted_ok"]) == (1, 0, 0)
    assert got["wrong"] == []


def test_summarise() -> None:
    recs = [
        {"gold": 4, "hits": 3, "emitted": 5, "emitted_ok": 3, "ids": 2, "id_hits": 1},
        {"gold": 0, "hits": 0, "emitted": 1, "emitted_ok": 0, "ids": 0, "id_hits": 0},
    ]
    got = summarise(recs)
    assert got["recall_161km"] == 0.75 and got["precision_161km"] == 0.5
    assert got["f1_161km"] == pytest.approx(0.6, abs=1e-4)
    assert got["exact_id"] == 0.5 and got["gold_toponyms"] == 4 and got["emitted"] == 6
    empty = summarise([])
    assert empty["recall_161km"] == empty["precision_161km"] == empty["f1_161km"] == 0.0


def test_run_on_hand_written_gold() -> None:
    text = (
        "A water main broke in Alexandria on Monday, flooding several blocks. Crews from Manassas "
        "and Chesapeake were sent to help."
    )
    a, m = text.index("Alexandria"), text.index("Manassas")
    rows = [
        {"text": text, "toponyms": [_gold(a, a + 10, *VA), _gold(m, m + 8, 38.7509, -77.4753)]},
        {"text": "held out", "toponyms": [_gold(0, 4, *LA)]},
    ]
    report = run_geoparsing(rows, split="dev")
    assert report["docs"] == 1 and report["split"] == "dev" and report["n_process"] == 1
    assert report["recall_161km"] == 1.0 and report["gold_toponyms"] == 2
    assert report["docs_detail"][0]["missed"] == []
    held_out = run_geoparsing(rows, split="test")
    assert held_out["gold_toponyms"] == 1 and held_out["recall_161km"] == 0.0


def test_splits_table() -> None:
    assert SPLITS["geoparsing"] == geoparsing.SPLITS == ("dev", "test", "all")
    assert set(SPLITS) == set(DATASETS)
    assert "test" not in SPLITS["muc4"]


def test_missing_split_names_the_datasets_that_have_it(pipeline: Pipeline) -> None:
    with pytest.raises(ConfigError) as err:
        evaluate(["muc4", "geoparsing"], pipeline=pipeline, split="test")
    assert "muc4" in str(err.value) and "--dataset geoparsing" in str(err.value)


def test_missing_split_of_a_lone_dataset_names_the_others(pipeline: Pipeline) -> None:
    """``--dataset muc4 --split test``: the message must say where a test split exists."""
    with pytest.raises(ConfigError) as err:
        evaluate(["muc4"], pipeline=pipeline, split="test")
    assert "notes" in str(err.value) and "geoparsing" in str(err.value)


def test_an_area_named_as_the_gold_names_it_counts_apart() -> None:
    text = "Snow fell across Canada and in Kingston on Friday."
    canada = {"start": 17, "end": 23, "lat": 60.0, "lon": -95.0, "phrase": "Canada"}
    kingston = {"start": 31, "end": 39, "lat": 44.23, "lon": -76.48, "phrase": "Kingston"}
    row = {"text": text, "toponyms": [canada, kingston]}

    def at(start: int, end: int, lat: float, lon: float, fc: str) -> PlaceMention:
        name = text[start:end]
        return PlaceMention(
            text=name, start=start, end=end, name=name, lat=lat, lon=lon, feature_class=fc
        )

    # GeoNames' point for Canada is ~900 km from the gold's; Kingston, Jamaica is the wrong town
    places = [at(17, 23, 60.108, -113.643, "A"), at(31, 39, 17.997, -76.793, "P")]
    got = score_doc(row, places)
    assert (got["hits"], got["emitted_ok"]) == (0, 0)  # the literature's measure is unchanged
    assert (got["area_hits"], got["area_ok"]) == (1, 1)  # the area is right; the town is not
    summary = summarise([got])
    assert summary["recall_161km"] == 0.0 and summary["recall_area"] == 0.5
    assert summary["precision_area"] == 0.5
