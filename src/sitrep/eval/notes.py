"""Score sitrep's main event on the project's "analyst notes" set (``tests/notes/notes.jsonl``).

The set holds about 150 short texts (ACLED-style analyst notes, wire snippets, local incident
narratives; see ``tests/notes/README.md``), each with the gold coding of its *main* event on the
ACLED taxonomy. The main event of the output is ``events[0]`` (the contract orders events by
salience). Every field is scored on every item, so a missing event counts as wrong everywhere:

detection
    an event was produced at all (PRF: tp found, fn not found; every item holds an event).
sub_event_type, event_type
    single-label decisions fed to :class:`Scorer` (per-class P/R/F1, support-weighted F1 as in
    scikit-learn's 'weighted'); ``fields`` also has their micro PRF and ``accuracy`` the share right.
fatalities
    ``fatalities.best`` equals the gold count; a gold 0 is matched by a missing or zero count.
date
    the event ``date`` equals the gold day exactly.
location_25km
    the event location lies within 25 km of the gold coordinates (haversine).
inter_pair
    the *unordered* pair {actor1.inter, actor2.inter} equals the gold pair (a missing actor is
    None on both sides). Unordered because ACLED's actor order is a convention that differs by
    event type (protesters are actor1 even when police intervene; agreements have no order); the
    ordered share is reported too as ``inter_pair_ordered``.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..geo.resolve import haversine_km
from ..models import EVENT_TYPES, RawDocument
from ..pipeline import Pipeline, contract
from .scorer import Accuracy, Scorer

__all__ = [
    "SPLITS",
    "FIELDS",
    "RADIUS_KM",
    "default_notes_path",
    "load_notes",
    "main_event",
    "inter_pair",
    "score_item",
    "by_style",
    "notes_metrics",
    "run_notes",
]

JSON = Mapping[str, Any]

SPLITS = ("dev", "test", "all")
#: Accuracy fields, in report order.
FIELDS = (
    "detection",
    "event_type",
    "sub_event_type",
    "fatalities",
    "date",
    "location_25km",
    "inter_pair",
    "inter_pair_ordered",
)
RADIUS_KM = 25.0
_REPO = Path(__file__).resolve().parents[3]
_SUB_TO_TYPE = {sub: kind for kind, subs in EVENT_TYPES.items() for sub in subs}


def default_notes_path() -> Path:
    """The set ships with the repository's tests (like the test pages)."""
    return _REPO / "tests" / "notes" / "notes.jsonl"


def load_notes(path: Path | None = None, split: str = "dev") -> list[dict[str, Any]]:
    """Rows of one split ('dev', 'test' or 'all'), in file order."""
    if split not in SPLITS:
        raise ConfigError(f"unknown notes split {split!r}; choose from {', '.join(SPLITS)}")
    path = path or default_notes_path()
    if not path.is_file():
        raise ConfigError(f"notes evaluation set not found: {path}")
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [r for r in rows if split == "all" or r.get("split") == split]


def main_event(output: JSON) -> dict[str, Any]:
    """``events[0]`` of a contract object, or {} when there is none (or the report failed)."""
    events = output.get("events") or []
    return dict(events[0]) if events and not output.get("error") else {}


def _inter(actor: object) -> int | None:
    if isinstance(actor, Mapping) and isinstance(actor.get("inter"), int):
        return int(actor["inter"])
    return None


def inter_pair(event: JSON) -> tuple[int | None, int | None]:
    """(actor1.inter, actor2.inter) of an event; None where an actor or its code is missing."""
    return _inter(event.get("actor1")), _inter(event.get("actor2"))


def _unordered(pair: tuple[int | None, int | None]) -> tuple[int, int]:
    a, b = (-1 if x is None else x for x in pair)
    return (a, b) if a <= b else (b, a)


def _within(location: object, gold: JSON) -> tuple[bool, float | None]:
    if not isinstance(location, Mapping):
        return False, None
    lat, lon = location.get("lat"), location.get("lon")
    if not isinstance(lat, int | float) or not isinstance(lon, int | float):
        return False, None
    km = haversine_km(float(lat), float(lon), float(gold["lat"]), float(gold["lon"]))
    return km <= RADIUS_KM, round(km, 1)


def _iso(value: object) -> str | None:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)[:10] if value else None


def score_item(
    row: JSON, output: JSON, scorer: Scorer, types: Scorer | None = None
) -> dict[str, Any]:
    """Score one item's main event into ``scorer`` (sub-event classes) and ``types`` (types).

    Returns a record: the item's id and style, which fields were wrong, and gold vs got.
    """
    gold = row["gold"]
    event = main_event(output)
    found = bool(event)
    got_sub = event.get("sub_event_type") if found else None
    got_type = event.get("event_type") if found else None
    if got_type is None and isinstance(got_sub, str):
        got_type = _SUB_TO_TYPE.get(got_sub)
    scorer.label(str(got_sub) if got_sub else None, str(gold["sub_event_type"]))
    if types is not None:
        types.label(str(got_type) if got_type else None, str(gold["event_type"]))

    best = (event.get("fatalities") or {}).get("best") if found else None
    pair = inter_pair(event) if found else (None, None)
    gold_pair = (gold.get("actor1_inter"), gold.get("actor2_inter"))
    near, km = _within(event.get("location"), gold["location"]) if found else (False, None)
    checks = {
        "detection": found,
        "event_type": found and got_type == gold["event_type"],
        "sub_event_type": found and got_sub == gold["sub_event_type"],
        "fatalities": found and int(best or 0) == int(gold["fatalities"]),
        "date": found and _iso(event.get("date")) == gold["date"],
        "location_25km": found and near,
        "inter_pair": found and _unordered(pair) == _unordered(gold_pair),
        "inter_pair_ordered": found and pair == gold_pair,
    }
    scorer.fields["detection"].add(tp=int(found), fn=int(not found))
    for name in ("event_type", "sub_event_type"):
        scorer.fields[name].add(tp=int(checks[name]), fp=int(found and not checks[name]))
        scorer.fields[name].add(fn=int(not checks[name]))
    for name, ok in checks.items():
        scorer.accuracy[name].add(ok)
    location = event.get("location") or {}
    return {
        "id": row.get("id"),
        "style": row.get("style"),
        "country": row.get("country"),
        "events": len(output.get("events") or []),
        "error": output.get("error"),
        "checks": checks,
        "wrong": [name for name, ok in checks.items() if not ok],
        "gold": {
            "sub_event_type": gold["sub_event_type"],
            "date": gold["date"],
            "fatalities": gold["fatalities"],
            "location": gold["location"]["name"],
            "inter": list(gold_pair),
        },
        "got": {
            "sub_event_type": got_sub,
            "date": _iso(event.get("date")),
            "fatalities": best,
            "location": location.get("name"),
            "km": km,
            "inter": list(pair),
        },
    }


def by_style(records: Sequence[JSON]) -> dict[str, dict[str, Any]]:
    """Per-style share right of every field (plus 'all'), from the records of :func:`score_item`."""
    groups: dict[str, dict[str, Accuracy]] = defaultdict(lambda: defaultdict(Accuracy))
    for rec in records:
        for group in (str(rec.get("style")), "all"):
            for name, ok in rec["checks"].items():
                groups[group][name].add(bool(ok))
    return {
        group: {
            "n": accs["detection"].total,
            **{name: round(accs[name].value, 4) for name in FIELDS if name in accs},
        }
        for group, accs in sorted(groups.items())
    }


def notes_metrics(data: JSON) -> dict[str, float]:
    """Headline figures of a :func:`run_notes` result as 'notes.metric' -> value (for the gate)."""
    out = {
        "notes.sub_event_type.weighted_f1": float(data.get("weighted_f1", 0.0)),
        "notes.event_type.weighted_f1": float(data["event_type"]["weighted_f1"]),
    }
    for name in FIELDS:
        if name in data["accuracy"]:
            out[f"notes.{name}"] = float(data["accuracy"][name]["acc"])
    return out


def run_notes(
    pipeline: Pipeline, limit: int | None = None, split: str = "dev", path: Path | None = None
) -> dict[str, Any]:
    """Run the real pipeline on the first ``limit`` items of a split and score the main events."""
    rows = load_notes(path, split)
    rows = rows[:limit] if limit else rows
    docs = [
        RawDocument(
            origin=f"notes:{row['id']}",
            content=str(row["text"]),
            given_id=str(row["id"]),
            published=dt.datetime.fromisoformat(str(row["published"])),
        )
        for row in rows
    ]
    start = time.perf_counter()
    outputs = [contract(report, clean) for report, clean in pipeline.pipe(docs)]
    seconds = time.perf_counter() - start
    scorer, types = Scorer(), Scorer()
    records = [score_item(r, o, scorer, types) for r, o in zip(rows, outputs, strict=True)]
    typed = types.to_dict()
    return {
        "dataset": "notes",
        "docs": len(rows),
        "seconds": round(seconds, 2),
        "docs_per_s": round(len(rows) / seconds, 2) if seconds else None,
        **scorer.to_dict(),
        "event_type": {k: typed[k] for k in ("per_class", "weighted_f1", "macro_f1") if k in typed},
        "by_style": by_style(records),
        "split": split,
        "docs_detail": records,
    }
