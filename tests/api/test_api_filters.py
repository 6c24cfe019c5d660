"""GET endpoints against hand-made events: every filter, sorting, paging, errors, GeoJSON, stats."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

N_EVENTS = 6  # the events in conftest.SYNTHETIC


def _ids(client: httpx.Client, **params: Any) -> list[int]:
    response = client.get("/api/events", params={"sort": "date", **params})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] >= len(body["events"])
    return [e["id"] for e in body["events"]]


def _summaries(client: httpx.Client, **params: Any) -> set[str]:
    body = client.get("/api/events", params={"limit": 1000, **params}).json()
    return {e["summary"] for e in body["events"]}


def test_unfiltered_lists_everything_with_the_compact_shape(synthetic: httpx.Client) -> None:
    body = synthetic.get("/api/events").json()
    assert body["total"] == N_EVENTS and body["limit"] == 100 and body["offset"] == 0
    marea = next(e for e in body["events"] if e["location"] == "Marea")
    assert marea["date"] == "2016-05-28" and marea["country"] == "SY"
    assert marea["fatalities"] == 68 and marea["fatalities_civilians"] == 68
    assert marea["actor2"] == "Syrian rebels" and marea["report_title"] == "Clashes near Marea"
    assert (marea["lat"], marea["lon"], marea["geo_precision"]) == (36.6, 37.05, 1)


def test_filters(synthetic: httpx.Client) -> None:
    s = _summaries
    assert s(synthetic, country="ua") == {"Russian shelling hit Kupiansk."}
    assert len(s(synthetic, country=["SY", "YE"])) == 2
    assert s(synthetic, event_type="Riots") == {"Riot on Adak."}
    assert s(synthetic, sub_event_type="Peaceful protest") == {"Protest in Fiji."}
    assert s(synthetic, actor="RUSSIA") == {"Russian shelling hit Kupiansk."}
    assert s(synthetic, actor="civilian") == {"Russian shelling hit Kupiansk."}  # actor2
    assert s(synthetic, min_fatalities=14) == {
        "IS clashed with rebels in Marea.",
        "Fighting in Majz over several days.",
    }
    assert s(synthetic, certainty="hypothetical") == {"A feared offensive."}
    assert s(synthetic, q="kupiansk") == {"Russian shelling hit Kupiansk."}  # summary
    assert s(synthetic, q="siege lasted") == {"Fighting in Majz over several days."}  # title
    assert s(synthetic, q="majz", country="SY") == set()  # filters combine with AND
    assert s(synthetic, q="100%_") == set()  # LIKE wildcards are literal


def test_date_overlap(synthetic: httpx.Client) -> None:
    # The Majz event spans 10-14 March 2019: a window that starts inside it still finds it.
    assert _summaries(synthetic, since="2019-03-12", until="2019-03-20") == {
        "Fighting in Majz over several days."
    }
    assert _summaries(synthetic, since="2019-03-15", until="2019-12-31") == set()
    assert _summaries(synthetic, until="2016-12-31") == {"IS clashed with rebels in Marea."}
    assert "A feared offensive." not in _summaries(synthetic, since="2000-01-01")


def test_bbox_including_across_the_antimeridian(synthetic: httpx.Client) -> None:
    assert _summaries(synthetic, bbox="36,35,38,37") == {"IS clashed with rebels in Marea."}
    assert _summaries(synthetic, bbox="170,-60,-170,60") == {"Protest in Fiji.", "Riot on Adak."}
    assert _summaries(synthetic, bbox="0,0,1,1") == set()


def test_sort_orders_put_unknown_values_last(synthetic: httpx.Client) -> None:
    def values(sort: str, key: str) -> list[Any]:
        events = synthetic.get("/api/events", params={"sort": sort}).json()["events"]
        return [e[key] for e in events]

    dates = values("date", "date")
    assert dates[-1] is None and dates[:-1] == sorted(dates[:-1])
    newest = values("-date", "date")
    assert newest[-1] is None and newest[:-1] == sorted(newest[:-1], reverse=True)
    dead = values("-fatalities", "fatalities")
    known = [d for d in dead if d is not None]
    assert dead[: len(known)] == sorted(known, reverse=True)
    confidence = values("confidence", "confidence")
    assert confidence == sorted(confidence)


@settings(max_examples=15, deadline=None)
@given(limit=st.integers(1, N_EVENTS + 1), sort=st.sampled_from(["date", "-fatalities"]))
def test_pages_tile_the_whole_list(synthetic: httpx.Client, limit: int, sort: str) -> None:
    everything = _ids(synthetic, sort=sort, limit=1000)
    paged: list[int] = []
    for offset in range(0, N_EVENTS, limit):
        paged += _ids(synthetic, sort=sort, limit=limit, offset=offset)
    assert paged == everything and len(set(paged)) == N_EVENTS


@pytest.mark.parametrize(
    "params",
    [
        {"since": "2016-13-01"},
        {"since": "1"},
        {"until": "2016-05-30T10:00"},
        {"bbox": "1,2,3"},
        {"bbox": "1,100,3,4"},
        {"limit": 1001},
        {"limit": 0},
        {"offset": -1},
        {"sort": "name"},
        {"certainty": "maybe"},
        {"country": "Syria"},
        {"min_fatalities": "many"},
        {"contry": "SY"},
    ],
)
def test_bad_queries_answer_422_in_the_error_shape(
    synthetic: httpx.Client, params: dict[str, Any]
) -> None:
    response = synthetic.get("/api/events", params=params)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["status"] == 422 and error["code"] == "invalid_request"
    assert next(iter(params)) in error["message"]


def test_not_found_answers_404_in_the_error_shape(synthetic: httpx.Client) -> None:
    for path in ["/api/events/999999", "/api/reports/nope", "/api/nothing-here"]:
        response = synthetic.get(path)
        assert response.status_code == 404
        assert response.json()["error"]["status"] == 404
        assert response.json()["error"]["code"] == "not_found"
    assert synthetic.get("/api/events/abc").status_code == 422
    assert synthetic.get(f"/api/events/{2**70}").json()["error"]["status"] == 422


def test_geojson_is_a_feature_collection_of_located_points(synthetic: httpx.Client) -> None:
    response = synthetic.get("/api/events.geojson")
    assert response.headers["content-type"].startswith("application/geo+json")
    body = response.json()
    assert body["type"] == "FeatureCollection"
    assert len(body["features"]) == N_EVENTS - 1  # the undated, unlocated event is left out
    for feature in body["features"]:
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert (lat, lon) == (feature["properties"]["lat"], feature["properties"]["lon"])
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    filtered = synthetic.get("/api/events.geojson", params={"country": "UA"}).json()
    assert [f["properties"]["country"] for f in filtered["features"]] == ["UA"]


@pytest.mark.parametrize("params", [{}, {"country": "SY"}, {"since": "2019-01-01"}])
def test_stats_sum_to_the_totals(synthetic: httpx.Client, params: dict[str, str]) -> None:
    stats = synthetic.get("/api/stats", params=params).json()
    totals = stats["totals"]
    assert totals["events"] == synthetic.get("/api/events", params=params).json()["total"]
    assert sum(d["events"] for d in stats["per_day"]) + totals["undated"] == totals["events"]
    for key in ("per_event_type", "per_country"):
        assert sum(g["events"] for g in stats[key]) == totals["events"]
        assert sum(g["fatalities"] for g in stats[key]) == totals["fatalities"]
    assert sum(d["fatalities"] for d in stats["per_day"]) <= totals["fatalities"]
    days = [d["date"] for d in stats["per_day"]]
    assert days == sorted(days)


def test_stats_totals_on_everything(synthetic: httpx.Client) -> None:
    totals = synthetic.get("/api/stats").json()["totals"]
    assert totals == {
        "events": N_EVENTS,
        "fatalities": 68 + 3 + 14,
        "undated": 1,
        "first_date": "2016-05-28",
        "last_date": "2023-11-12",
    }


def test_report_lists_its_events(synthetic: httpx.Client) -> None:
    first = synthetic.get("/api/events", params={"q": "Marea"}).json()["events"][0]
    report = synthetic.get(f"/api/reports/{first['report_id']}").json()
    assert report["title"] == "Clashes near Marea"
    assert [e["ordinal"] for e in report["events"]] == [0, 1]
    assert report["events"][0]["id"] == first["id"]
    assert report["events"][1]["summary"] == "A feared offensive."


def test_openapi_lists_every_path(synthetic: httpx.Client) -> None:
    spec = synthetic.get("/openapi.json").json()
    assert spec["info"]["title"] == "sitrep API" and spec["info"]["version"]
    assert set(spec["paths"]) == {
        "/api/events",
        "/api/events.geojson",
        "/api/events/{event_id}",
        "/api/reports/{report_id}",
        "/api/stats",
        "/api/reports",
    }
    names = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"bbox", "since", "until", "q", "actor", "limit", "offset", "sort"} <= names
