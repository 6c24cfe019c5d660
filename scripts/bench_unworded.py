"""Measure what the unworded lede rule (extract/unworded.py) adds: events found on conflict text
and events made up on text that tells none.

Runs the real pipeline twice over each set, with the short-text lede pass as shipped and with it
switched off (``LEDE_FLOOR`` above 1), and prints how many texts hold an event each time:

- negatives: the first three sentences of every LGL and GeoVirus article in
  ``../shared/data/geoparsing`` (local US news and disease news: no armed conflict, some crime),
  and the first three sentences of MUC-4's dev documents that its answer keys mark irrelevant;
- positives: the written probes (``scripts/probes/*.tsv``) and, with ``--notes``, the analyst
  notes' dev half (``tests/notes/notes.jsonl``; every item tells an event).

Run: ``.venv/bin/python scripts/bench_unworded.py [--notes] [--data ../shared/data]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shlex
import sys
from collections.abc import Iterator
from pathlib import Path

from sitrep.eval.notes import load_notes
from sitrep.extract import unworded
from sitrep.models import RawDocument
from sitrep.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]


def _lede(pipeline: Pipeline, text: str, n: int = 3) -> str:
    return " ".join(s.text for s in list(pipeline.nlp(text[:4000]).sents)[:n])


def _sets(pipeline: Pipeline, data: Path, notes: bool) -> Iterator[tuple[str, list[RawDocument]]]:
    geo = data / "geoparsing" / "lgl_geovirus.jsonl"
    rows = [json.loads(line) for line in geo.open(encoding="utf-8") if line.strip()]
    yield (
        "negative: LGL + GeoVirus ledes",
        [RawDocument(origin="lgl", content=_lede(pipeline, r["text"])) for r in rows],
    )
    muc = data / "muc4" / "train_dev.jsonl"
    docs = [json.loads(line) for line in muc.open(encoding="utf-8") if line.strip()]
    yield (
        "negative: MUC-4 dev irrelevant ledes",
        [
            RawDocument(origin="muc", content=_lede(pipeline, d["text"]))
            for d in docs
            if d.get("split") == "dev" and not d.get("relevant")
        ],
    )
    probes = [
        line.rstrip("\n").split("\t", 2)
        for path in sorted((ROOT / "scripts" / "probes").glob("*.tsv"))
        for line in path.open(encoding="utf-8")
        if line.strip() and not line.startswith("#")
    ]
    yield (
        "positive: written probes",
        [
            RawDocument(origin="probe", content=t, published=dt.datetime.fromisoformat(p))
            for _, p, t in probes
        ],
    )
    if notes:
        yield (
            "positive: notes dev",
            [
                RawDocument(
                    origin="notes",
                    content=str(r["text"]),
                    published=dt.datetime.fromisoformat(str(r["published"])),
                )
                for r in load_notes(split="dev")
            ],
        )


def _with_events(pipeline: Pipeline, docs: list[RawDocument]) -> int:
    return sum(1 for report, _ in pipeline.pipe(docs, n_process=2) if report.events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--notes", action="store_true", help="also run the notes' dev half")
    args = parser.parse_args()
    print("$ " + shlex.join([".venv/bin/python", "scripts/bench_unworded.py", *sys.argv[1:]]))
    pipeline = Pipeline()
    pipeline.warm()
    shipped = unworded.LEDE_FLOOR
    print(f"{'set':40s} {'texts':>6s} {'events (lede pass)':>19s} {'events (without)':>17s}")
    for name, docs in _sets(pipeline, args.data, args.notes):
        unworded.LEDE_FLOOR = shipped
        on = _with_events(pipeline, docs)
        unworded.LEDE_FLOOR = 2.0  # never reached: the pass is off
        off = _with_events(pipeline, docs)
        unworded.LEDE_FLOOR = shipped
        print(f"{name:40s} {len(docs):6d} {on:19d} {off:17d}", flush=True)


if __name__ == "__main__":
    main()
