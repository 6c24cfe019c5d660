"""Throughput of the full pipeline beside bare spaCy on the same text, in one run.

Usage: .venv/bin/python scripts/bench_extract.py [--news ../shared/data/news/fakes_syria_dev.jsonl] [--limit N]
Prints articles/s, words/s and peak RSS for: the bundled sample (examples/sample) and the dev news.
Compare the ratio within one run; the machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--news", default=str(ROOT.parent / "shared" / "data" / "news" / "fakes_syria_dev.jsonl")
    )
    ap.add_argument("--limit", type=int, default=300)
    args = ap.parse_args()

    from sitrep.ingest import iter_documents
    from sitrep.pipeline import Pipeline

    t0 = time.perf_counter()
    pipeline = Pipeline()
    pipeline.warm()
    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    print(f"load: {time.perf_counter() - t0:.1f}s (spaCy model, gazetteer, knowledge base)")

    sample = list(iter_documents([ROOT / "examples" / "sample"]))
    t = time.perf_counter()
    reports = [r for r, _ in pipeline.pipe(sample)]
    secs = time.perf_counter() - t
    print(
        f"bundled sample: {len(reports)} reports, {sum(len(r.events) for r in reports)} events, "
        f"{len(reports) / secs:.1f} articles/s"
    )

    rows = []
    with open(args.news, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            rows.append(
                json.dumps({"id": row["id"], "text": row["text"], "title": row.get("title")})
            )
            if len(rows) >= args.limit:
                break
    tmp = ROOT / ".bench-news.jsonl"
    tmp.write_text("\n".join(rows) + "\n", encoding="utf-8")
    try:
        docs = list(iter_documents([tmp]))
        words = sum(len(d.content.split()) for d in docs if hasattr(d, "content"))
        t = time.perf_counter()
        n = sum(1 for _ in pipeline.pipe(docs))
        full = time.perf_counter() - t
        t = time.perf_counter()
        sum(1 for _ in pipeline.pipe(docs, n_process=2))
        full2 = time.perf_counter() - t
        texts = [d.content for d in docs if hasattr(d, "content")]
        t = time.perf_counter()
        for _ in pipeline.nlp.pipe(texts):
            pass
        bare = time.perf_counter() - t
    finally:
        tmp.unlink()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"dev news: {n} articles, {words / max(n, 1):.0f} words/article on average")
    print(f"  full pipeline: {n / full:.1f} articles/s ({words / full:.0f} words/s)")
    print(f"  full, 2 procs: {n / full2:.1f} articles/s ({words / full2:.0f} words/s)")
    print(f"  bare spaCy:    {n / bare:.1f} articles/s ({words / bare:.0f} words/s)")
    print(f"  ratio full/bare: {bare / full:.2f}")
    print(f"peak RSS: {peak:.0f} MB")


if __name__ == "__main__":
    main()
