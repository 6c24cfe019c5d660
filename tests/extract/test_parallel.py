"""Extraction in forked workers (``n_process`` > 1) gives exactly the one-process output."""

from __future__ import annotations

import json
from pathlib import Path

from sitrep.ingest import ItemError, iter_documents
from sitrep.models import RawDocument
from sitrep.pipeline import Pipeline, contract

ROOT = Path(__file__).resolve().parents[2]


def _stream() -> list[RawDocument | ItemError]:
    docs = list(iter_documents([ROOT / "examples" / "sample"]))
    bad = RawDocument(origin="<empty>", content="   ", content_type="text")
    # failures between, before and after good items keep their places in the output
    return [bad, *docs[:3], bad, *docs[3:], bad]


def _lines(pipeline: Pipeline, n_process: int, batch_size: int) -> list[str]:
    out = []
    for report, clean in pipeline.pipe(_stream(), n_process=n_process, batch_size=batch_size):
        data = contract(report, clean)
        out.append(json.dumps(data, sort_keys=True))
    return out


def test_workers_match_one_process(pipeline: Pipeline) -> None:
    one = _lines(pipeline, 1, 16)
    assert sum('"error"' in line for line in one) == 3
    assert _lines(pipeline, 2, 2) == one  # several batches in flight, a failure inside one
    assert _lines(pipeline, 3, 16) == one  # one batch, fewer items than workers


def test_workers_stop_cleanly_when_the_consumer_stops(pipeline: Pipeline) -> None:
    it = pipeline.pipe(_stream(), n_process=2, batch_size=1)
    first = next(it)
    it.close()  # terminates the pool; must not hang or raise
    assert first[0].error is not None
