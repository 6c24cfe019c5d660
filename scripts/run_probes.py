"""Run the written probe sentences and print the ones the pipeline codes otherwise.

Usage: .venv/bin/python scripts/run_probes.py [tolls|subtypes|pairs ...]

The sentences in ``scripts/probes/*.tsv`` were written to probe common phrasings of tolls,
event types and sides (sessions 21 to 23); they are drawn from no dataset, so a rule that fixes
one is a rule about the phrasing, not about an item of the notes. Not a test: some expectations
are known misses, listed with the command's output; the cases a rule was written for are pinned
in ``tests/extract/test_session21.py`` to ``test_session23.py``.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from sitrep.models import Event, RawDocument
from sitrep.pipeline import Pipeline

PROBES = Path(__file__).with_name("probes")


def _coded(kind: str, event: Event | None) -> str:
    if event is None:
        return "none"
    if kind == "tolls":
        return str(event.fatalities.best if event.fatalities and event.fatalities.best else 0)
    if kind == "subtypes":
        return event.sub_event_type
    inters = [a.inter if a else 0 for a in (event.actor1, event.actor2)]
    return ",".join(str(i) for i in inters)


def _same(kind: str, want: str, got: str) -> bool:
    if kind == "pairs":
        return sorted(want.split(",")) == sorted(got.split(","))
    return want == got


def main() -> None:
    kinds = sys.argv[1:] or ["tolls", "subtypes", "pairs"]
    pipeline = Pipeline()
    for kind in kinds:
        rows = [
            line.rstrip("\n").split("\t", 2)
            for line in (PROBES / f"{kind}.tsv").open(encoding="utf-8")
            if line.strip() and not line.startswith("#")
        ]
        docs = [
            RawDocument(origin="probe", content=text, published=dt.datetime.fromisoformat(pub))
            for _, pub, text in rows
        ]
        misses = 0
        for (want, _, text), (report, _clean) in zip(rows, pipeline.pipe(docs), strict=True):
            got = _coded(kind, report.events[0] if report.events else None)
            if not _same(kind, want, got):
                misses += 1
                print(f"{kind}: want {want}, got {got} | {text}")
        print(f"{kind}: {len(rows) - misses} of {len(rows)} coded as written", file=sys.stderr)


if __name__ == "__main__":
    main()
