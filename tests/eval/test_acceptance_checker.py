"""The acceptance checker, on hand-built outputs, and the integrity of the page set it scores.

Outputs are synthesised from each expected coding (``_ideal_output``) so that one correct output
gives no failure, then broken one requirement at a time to show each failure is reported.
"""

from __future__ import annotations

import copy
import datetime as dt
import html
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.eval.acceptance import (
    Failure,
    check,
    check_file,
    haversine_km,
    load_expected,
    names_match,
)
from sitrep.models import CERTAINTY_LABELS, EVENT_TYPES

PAGES = Path(__file__).resolve().parents[1] / "pages"
MAREA = PAGES / "marea-2016-05-30.expected.json"
EXPECTED_FILES = sorted(PAGES.glob("*.expected.json"))
CHECK_KINDS = {
    "no_event_on_date",
    "no_location_named",
    "no_event_at_place",
    "max_events",
    "max_total_fatalities",
    "no_evidence_containing",
    "no_event_with_sub_type",
    "no_evidence_only_from",
}
EVENT_KEYS = {
    "what",
    "event_type",
    "sub_event_type",
    "also_acceptable_sub_event_types",
    "date",
    "date_range",
    "date_precision_at_least",
    "actors",
    "location",
    "weapons_any",
    "toll",
    "source",
    "certainty",
    "note",
}
TOLL_KEYS = {
    "civilians_killed_low",
    "combatants_killed_low",
    "killed_total_low",
    "killed_total_high",
    "killed_best",
    "injured_low",
    "qualifier",
}


def _page_path(expected_path: Path) -> Path:
    stem = expected_path.name.removesuffix(".expected.json")
    found = [p for p in PAGES.glob(f"{stem}.*") if p.suffix in {".txt", ".html"}]
    assert len(found) == 1, f"{stem}: expected one page, found {found}"
    return found[0]


def _page_text(path: Path, body_only: bool = False) -> str:
    """The page's visible text; with ``body_only``, an HTML page's article paragraphs only."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        if body_only:
            article = raw[raw.index("<article") : raw.index("</article>")]
            raw = "\n\n".join(re.findall(r"(?s)<p>(.*?)</p>", article))
    elif body_only:  # a leaked PHP var_dump of a CMS widget is debris, not body
        raw = re.sub(r'(?s)\n\s*string\(\d+\) ".*', "", raw)
        raw = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
        raw = raw.replace("\u2019", "'")
    return raw


def _ideal_output(expected: dict[str, Any], text: str = "") -> dict[str, Any]:
    """An output that a perfect extractor would print for ``expected`` (no places, no evidence)."""
    report = expected["report"]
    events: list[dict[str, Any]] = []
    tolls = []
    for item in expected["events_must"]:
        if "event_type" not in item:
            tolls.append(item)
            continue
        loc = item.get("location", {})
        names = item.get("actors", [])
        events.append(
            {
                "event_type": item["event_type"],
                "sub_event_type": item["sub_event_type"],
                "date": item["date"],
                "date_end": None,
                "date_precision": "day",
                "actor1": {"name": names[0], "inter": None} if names else None,
                "actor2": {"name": names[1], "inter": None} if len(names) > 1 else None,
                "assoc_actors": [{"name": n} for n in names[2:]],
                "location": {
                    "name": loc.get("name", "somewhere"),
                    "country": loc.get("country"),
                    "lat": loc.get("lat"),
                    "lon": loc.get("lon"),
                    "precision": 1,
                },
                "fatalities": None,
                "injured": None,
                "weapons": list(item.get("weapons_any", []))[:1],
                "source": item.get("source"),
                "certainty": item.get("certainty", "reported"),
                "evidence": [],
            }
        )
        _apply_toll(events[-1], item.get("toll") or {})
    for item in tolls:
        lo, hi = item.get("date_range") or [item["date"], item["date"]]
        target = next(e for e in events if lo <= e["date"] <= hi)
        _apply_toll(target, item["toll"])
        target["source"] = target["source"] or item.get("source")
    return {
        "id": "x",
        "title": report["title"],
        "published": report["published"],
        "language": report["language"],
        "text": text,
        "related": [dict(r) for r in report.get("related_must", [])],
        "places": [],
        "actors": [
            {
                "name": name,
                "inter": spec["inter"],
                "mentions": [
                    {"start": 0, "end": 1, "text": m, "kind": "actor"}
                    for m in spec["mentions_must_resolve"]
                ],
            }
            for name, spec in expected.get("actors", {}).items()
        ],
        "sources": list(report.get("attributed_sources_must", [])),
        "hedges": [
            {"text": h["text"], "start": 0, "end": 1, "label": h["label"]}
            for h in expected.get("certainty_must", [])
        ],
        "displacement": [
            {
                "count": {"best": None, "low": d.get("count_low"), "high": d.get("count_high")},
                "who": d.get("who"),
                "where": d.get("where"),
                "certainty": d.get("certainty", "reported"),
                "source": d.get("source"),
                "evidence": [],
            }
            for d in expected.get("displacement_must", [])
        ],
        "events": events,
    }


def _apply_toll(event: dict[str, Any], toll: dict[str, Any]) -> None:
    if not toll:
        return
    low, high = toll.get("killed_total_low"), toll.get("killed_total_high")
    best = toll.get("killed_best", low if low is not None else high)
    if any(v is not None for v in (low, high, best)):
        event["fatalities"] = {
            "best": best,
            "low": low,
            "high": high,
            "civilians": toll.get("civilians_killed_low"),
            "combatants": toll.get("combatants_killed_low"),
            "unknown": None,
        }
    if toll.get("injured_low") is not None:
        event["injured"] = {"best": toll["injured_low"], "low": toll["injured_low"], "high": None}


def _reqs(failures: list[Failure]) -> list[str]:
    return [f.requirement for f in failures]


@pytest.fixture()
def marea() -> tuple[dict[str, Any], dict[str, Any]]:
    expected = load_expected(MAREA)
    text = (PAGES / "marea-2016-05-30.txt").read_text(encoding="utf-8")
    body = text[text.index("Amateur video") : text.index("string(387)")].strip()
    return expected, _ideal_output(expected, body)


# --------------------------------------------------------------------------- correct output


@pytest.mark.parametrize("path", EXPECTED_FILES, ids=lambda p: p.name)
def test_ideal_output_has_no_failure(path: Path) -> None:
    """Also proves each expected file is self-consistent (no must_not contradicts a must)."""
    expected = load_expected(path)
    text = _page_text(_page_path(path), body_only=True)
    assert check(_ideal_output(expected, text), expected) == []


def test_companion_must_not_checks_are_merged() -> None:
    kinds = {c["kind"] for c in load_expected(MAREA)["must_not_checks"]}
    assert kinds == CHECK_KINDS - {"max_events", "no_event_with_sub_type"}


# --------------------------------------------------------------------------- report and actors


def test_report_failures(marea: tuple[dict[str, Any], dict[str, Any]]) -> None:
    expected, out = marea
    out["title"] = "VIDEO  Shows ISIS and Rebels Heavy Fighting Near Turkey Border in Aleppo "
    out["published"] = "2016-05-30T12:49:41.300000"
    assert check(out, expected) == []  # whitespace and sub-second differences are fine
    out["title"] = "Something else"
    out["published"] = "2016-05-30T12:49:42"
    out["language"] = "ar"
    out["text"] += ' string(387) "[{"id":"1822687","contenttypeid":"21"}]"'
    out["related"] = [{"id": "1822687", "title": "wrong title"}]
    out["sources"] = ["Syrian Observatory for Human Rights"]
    assert set(_reqs(check(out, expected))) == {
        "report.title",
        "report.published",
        "report.language",
        "report.body_must_not_contain[0]",
        "report.body_must_not_contain[1]",
        "report.related_must[0]",
        "report.related_must[1]",
        "report.attributed_sources_must[1]",
    }


@pytest.mark.parametrize(
    ("expected", "got", "ok"),
    [
        ("2025-03-04", "2025-03-04T00:00:00", True),
        ("2025-03-04", "2025-03-05T00:00:00", False),
        ("2023-11-13T09:12:05+02:00", "2023-11-13T07:12:05+00:00", True),
        ("2023-11-13T09:12:05+02:00", "2023-11-13T09:12:05", True),
        ("2023-11-13T09:12:05+02:00", "2023-11-13T09:12:05+00:00", False),
        ("2016-05-30T12:49:41", None, False),
    ],
)
def test_published_rules(expected: str, got: str | None, ok: bool) -> None:
    failures = check({"published": got}, {"report": {"published": expected}})
    assert (failures == []) is ok


def test_actor_failures(marea: tuple[dict[str, Any], dict[str, Any]]) -> None:
    expected, out = marea
    out["actors"][1]["name"] = "Free Syrian Army"  # the alias inside the parenthesis
    assert check(out, expected) == []
    out["actors"][0]["inter"] = 3
    out["actors"][1]["mentions"] = [m for m in out["actors"][1]["mentions"] if m["text"] != "FSA"]
    reqs = _reqs(check(out, expected))
    assert "actors[Islamic State].inter" in reqs
    assert "actors[Syrian opposition rebels (Free Syrian Army)].mentions_must_resolve" in reqs
    out["actors"] = []
    assert {"actors[Islamic State]", "actors[Syrian opposition rebels (Free Syrian Army)]"} <= set(
        _reqs(check(out, expected))
    )


def test_names_match_rules() -> None:
    assert names_match("Military Forces of Russia (2000-)", "military forces of russia")
    assert names_match("Al Shabaab", "al-Shabaab")
    assert names_match("Amaq News Agency (Amaq)", "Amaq")
    assert not names_match("Islamic State", "Islamic State of Iraq and Syria")
    assert not names_match("Islamic State", None)


@given(st.text(max_size=30), st.text(max_size=30))
def test_names_match_is_symmetric(a: str, b: str) -> None:
    assert names_match(a, b) == names_match(b, a)
    if a.strip():
        assert names_match(a, a)


@given(st.floats(-80, 80), st.floats(-179, 179), st.floats(-80, 80), st.floats(-179, 179))
def test_haversine_symmetric_and_bounded(
    lat1: float, lon1: float, lat2: float, lon2: float
) -> None:
    d = haversine_km(lat1, lon1, lat2, lon2)
    assert d == pytest.approx(haversine_km(lat2, lon2, lat1, lon1), abs=1e-6)
    assert 0 <= d <= 20016
    assert haversine_km(lat1, lon1, lat1, lon1) == pytest.approx(0, abs=1e-6)


# --------------------------------------------------------------------------- events


def test_event_sub_requirement_failures(marea: tuple[dict[str, Any], dict[str, Any]]) -> None:
    expected, out = marea
    good = copy.deepcopy(out)
    clash = out["events"][0]
    clash["event_type"] = "Explosions/Remote violence"
    clash["sub_event_type"] = "Remote explosive/landmine/IED"  # also acceptable, with its type
    assert check(out, expected) == []
    clash["event_type"] = "Battles"  # an invalid pair is not acceptable
    assert _reqs(check(out, expected)) == ["events_must[0].sub_type"]
    out["events"][1]["event_type"] = "Battles"  # the taxonomy's type for this sub-type
    clash["event_type"] = "Explosions/Remote violence"
    assert check(out, expected) == []
    clash["sub_event_type"] = "Suicide bomb"
    clash["date"] = "2016-05-30"
    clash["location"].update(lat=36.2, lon=37.15)  # Aleppo city, ~45 km away
    clash["weapons"] = ["rifles"]
    clash["actor2"] = None
    reqs = _reqs(check(out, expected))
    for name in ("sub_type", "date", "location", "weapons_any", "actors"):
        assert f"events_must[0].{name}" in reqs
    out = copy.deepcopy(good)
    out["events"][2]["location"]["country"] = "SY"  # country-only location
    out["events"][2]["date_precision"] = "month"
    reqs = _reqs(check(out, expected))
    assert {"events_must[3].location", "events_must[3].date_precision"} <= set(reqs)


def test_toll_item_failures(marea: tuple[dict[str, Any], dict[str, Any]]) -> None:
    expected, out = marea
    good = copy.deepcopy(out)
    out["events"][0]["fatalities"]["civilians"] = 26
    assert _reqs(check(out, expected)) == ["events_must[2].toll"]
    out = copy.deepcopy(good)
    out["events"][0]["source"] = "Daily Express"
    assert _reqs(check(out, expected)) == ["events_must[2].toll"]
    # the toll may sit on an event spanning both days instead
    out = copy.deepcopy(good)
    span = copy.deepcopy(out["events"][0])
    span.update(date="2016-05-27", date_end="2016-05-28", sub_event_type="Armed clash")
    out["events"][0]["fatalities"] = None
    out["events"].append(span)
    assert check(out, expected) == []


def test_event_source_and_certainty() -> None:
    expected = {
        "events_must": [
            {"event_type": "Battles", "source": "Amaq News Agency (Amaq)", "certainty": "claimed"}
        ]
    }
    event = {"event_type": "Battles", "source": "Amaq", "certainty": "claimed"}
    assert check({"events": [event]}, expected) == []
    event.update(source="Security Media Cell", certainty="reported")
    assert _reqs(check({"events": [event]}, expected)) == [
        "events_must[0].source",
        "events_must[0].certainty",
    ]


def test_each_expected_event_needs_its_own_output_event() -> None:
    item = {"event_type": "Battles", "sub_event_type": "Armed clash", "date": "2020-01-01"}
    expected = {"events_must": [item, dict(item)]}
    one = {"event_type": "Battles", "sub_event_type": "Armed clash", "date": "2020-01-01"}
    assert _reqs(check({"events": [one]}, expected)) == ["events_must[1]"]
    assert check({"events": [one, dict(one)]}, expected) == []
    assert _reqs(check({"events": []}, expected)) == ["events_must[0]", "events_must[1]"]


def test_matching_is_not_fooled_by_a_greedy_first_pick() -> None:
    wide = {
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "also_acceptable_sub_event_types": ["Suicide bomb"],
    }
    narrow = {"event_type": "Battles", "sub_event_type": "Armed clash"}
    outputs = [
        {"event_type": "Battles", "sub_event_type": "Armed clash"},
        {"event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb"},
    ]
    assert check({"events": outputs}, {"events_must": [wide, narrow]}) == []


# --------------------------------------------------------------------------- displacement, hedges


def test_displacement_failures(marea: tuple[dict[str, Any], dict[str, Any]]) -> None:
    expected, out = marea
    out["displacement"][1]["where"] = "around the heavily-guarded frontier with Turkey"
    out["displacement"][0]["count"] = {"best": 6000, "low": None, "high": None}
    assert check(out, expected) == []
    out["displacement"][0]["certainty"] = "feared"
    out["displacement"][1]["count"]["high"] = 16500
    out["displacement"][1]["source"] = "Syrian Observatory for Human Rights"
    failures = check(out, expected)
    assert set(_reqs(failures)) == {
        "displacement_must[0].certainty",
        "displacement_must[1].count_high",
        "displacement_must[1].source",
    }
    out["displacement"][0]["certainty"] = "reported"
    out["displacement"][0]["where"] = "Idlib province"
    assert "displacement_must[0].where" in _reqs(check(out, expected))


def test_certainty_failures(marea: tuple[dict[str, Any], dict[str, Any]]) -> None:
    expected, out = marea
    out["hedges"] = [
        {"text": "purports", "start": 0, "end": 8, "label": "unverified claim"},
        {"text": "It is feared that", "start": 0, "end": 8, "label": "feared"},
    ]
    assert check(out, expected) == []
    out["hedges"][1]["label"] = "hypothetical"
    assert _reqs(check(out, expected)) == ["certainty_must[1]"]
    out["hedges"] = [{"text": "is", "start": 0, "end": 2, "label": "feared"}]
    assert _reqs(check(out, expected)) == ["certainty_must[0]", "certainty_must[1]"]


# --------------------------------------------------------------------------- must_not_checks


def _violations(out: dict[str, Any], rule: dict[str, Any]) -> list[str]:
    return _reqs(check(out, {"must_not_checks": [rule]}))


def test_must_not_checks_each_kind() -> None:
    text = (
        "Fighting raged on Saturday. IS has fought rebels since late last year. "
        "Refugees could be hit at Bab al-Salama."
    )
    background = text.index("IS has fought")
    event = {
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "date": "2016-05-29",
        "date_end": "2016-05-30",
        "location": {"name": "Bab as Salamah", "country": "SY"},
        "fatalities": {"best": None, "low": 68},
        "evidence": [
            {"field": "actor1", "start": background, "end": background + 2, "text": "IS"},
            {"field": "related", "start": 0, "end": 0, "text": 'alalam_6360 "contenttypeid"'},
        ],
    }
    twin = {**event, "date": "2016-05-27", "date_end": None, "evidence": []}
    twin["location"] = {"name": "Observatory", "country": "SY"}
    out = {"text": text, "events": [event, twin], "places": [], "displacement": []}
    cases = [
        ({"kind": "no_event_on_date", "date": "2016-05-30"}, 1),
        ({"kind": "no_location_named", "names": ["observatory"]}, 1),
        ({"kind": "no_event_at_place", "names": ["Bab al-Salama"]}, 1),
        ({"kind": "max_events", "n": 1}, 1),
        ({"kind": "max_total_fatalities", "n": 68}, 1),
        ({"kind": "no_evidence_containing", "texts": ["contenttypeid", "alalam_"]}, 1),
        ({"kind": "no_event_with_sub_type", "sub_event_type": "Armed clash"}, 2),
        (
            {
                "kind": "no_event_with_sub_type",
                "sub_event_type": "Armed clash",
                "date": "2016-05-27",
            },
            1,
        ),
        ({"kind": "no_evidence_only_from", "texts": ["since late last year"]}, 0),
        ({"kind": "no_evidence_only_from", "texts": ["not in the text"]}, 1),
        ({"kind": "bogus"}, 1),
    ]
    for rule, n in cases:
        assert len(_violations(out, rule)) == n, rule
    # once every evidence span sits inside the background sentence, the event rests on it alone
    event["evidence"] = event["evidence"][:1]
    assert _violations(out, {"kind": "no_evidence_only_from", "texts": ["since late last year"]})
    # the rules pass on an output that keeps clear of them
    calm = {"location": {"name": "Marea"}, "fatalities": None, "sub_event_type": "Grenade"}
    clean = {"text": text, "events": [{**twin, **calm}]}
    for rule, _ in cases[:9]:
        assert _violations(clean, rule) == [], rule


def test_no_location_named_looks_at_place_mentions() -> None:
    rule = {"kind": "no_location_named", "names": ["Islamic"]}
    place = {"text": "Islamic", "name": "Islamic", "start": 3, "lat": 0.0, "lon": 0.0}
    assert _violations({"places": [place]}, rule)
    assert _violations({"places": [{**place, "nested": True}]}, rule) == []
    disp = {"location": {"name": "Islamic"}, "count": {}}
    assert _violations({"displacement": [disp]}, rule)


# --------------------------------------------------------------------------- files and errors


def test_check_file_reads_jsonl_and_picks_by_title(
    tmp_path: Path, marea: tuple[dict[str, Any], dict[str, Any]]
) -> None:
    expected, out = marea
    other = {**out, "title": "Another report", "events": []}
    jsonl = tmp_path / "out.jsonl"
    jsonl.write_text(json.dumps(other) + "\n" + json.dumps(out) + "\n", encoding="utf-8")
    assert check_file(jsonl, MAREA) == []
    pretty = tmp_path / "out.json"
    pretty.write_text(json.dumps(other, indent=2), encoding="utf-8")
    assert "report.title" in _reqs(check_file(pretty, MAREA))
    jsonl.write_text(json.dumps(other) + "\n" + json.dumps(other) + "\n", encoding="utf-8")
    with pytest.raises(ValueError):
        check_file(jsonl, MAREA)
    assert check_file(out, MAREA) == []


def test_companion_can_be_named(
    tmp_path: Path, marea: tuple[dict[str, Any], dict[str, Any]]
) -> None:
    _, out = marea
    bare = tmp_path / "marea.expected.json"
    bare.write_text(MAREA.read_text(encoding="utf-8"), encoding="utf-8")
    out["events"][0]["date"] = "2016-05-30"
    reqs = _reqs(check_file(out, bare, PAGES / "marea-2016-05-30.must_not.json"))
    assert "must_not_checks[1].no_event_on_date" in reqs
    assert "must_not_checks[1].no_event_on_date" not in _reqs(check_file(out, bare))


def test_error_output_is_one_failure(marea: tuple[dict[str, Any], dict[str, Any]]) -> None:
    expected, _ = marea
    assert _reqs(check({"id": "x", "error": "binary input"}, expected)) == ["output"]


# --------------------------------------------------------------------------- the page set


def test_page_set_shape() -> None:
    pages = [_page_path(p) for p in EXPECTED_FILES]
    own = [p for p in pages if not p.name.startswith("marea-")]
    assert len(own) >= 6
    assert sum(p.suffix == ".html" for p in own) >= 2
    for page in own:
        words = len(_page_text(page).split())
        assert 180 <= words <= 450, (page.name, words)


@pytest.mark.parametrize("path", EXPECTED_FILES, ids=lambda p: p.name)
def test_expected_file_is_well_formed(path: Path) -> None:
    expected = load_expected(path)
    text = _page_text(_page_path(path))
    assert set(expected["report"]) >= {"title", "published", "language"}
    assert expected["report"]["title"] in text
    for item in expected["events_must"]:
        assert set(item) <= EVENT_KEYS, set(item) - EVENT_KEYS
        assert set(item.get("toll", {})) <= TOLL_KEYS
        if "event_type" in item:
            every_sub = {s for subs in EVENT_TYPES.values() for s in subs}
            assert item["sub_event_type"] in every_sub
            assert set(item.get("also_acceptable_sub_event_types", [])) <= every_sub
            if not path.name.startswith("marea-"):  # ours follow the taxonomy exactly
                assert item["sub_event_type"] in EVENT_TYPES[item["event_type"]]
            dt.date.fromisoformat(item["date"])
            for actor in item.get("actors", []):
                assert actor in expected["actors"], actor
        else:
            assert item.get("toll"), "an item without event_type must carry a toll"
        if item.get("certainty"):
            assert item["certainty"] in CERTAINTY_LABELS
            loc = item.get("location", {})
            assert "lat" in loc or "country" in loc
    for hedge in expected.get("certainty_must", []):
        assert hedge["label"] in CERTAINTY_LABELS
        assert hedge["text"].casefold() in text.casefold()
    for rule in expected.get("must_not_checks", []):
        assert rule["kind"] in CHECK_KINDS
        if rule["kind"] == "no_evidence_only_from":
            for needle in rule["texts"]:
                assert needle.casefold() in text.casefold(), needle
