"""Throughput of the full pipeline beside bare spaCy on the same text, in one run.

Usage::

    .venv/bin/python scripts/bench_extract.py [--news FILE] [--limit N] [--words W]
        [--jobs J [J ...]] [--batch-size B] [--repeat R] [--stock] [--profile TOP]

Prints articles/s, words/s and peak RSS for the full pipeline (``Pipeline.pipe``, what
``sitrep extract`` runs) and for bare spaCy (the same loaded ``nlp`` object, so the same
components, the same ``n_process`` and ``batch_size``, the same texts), and their ratio.
Compare within one run: the machines are shared and noisy (the load average is printed).

Articles: the dev news as they are (default), or with ``--words W`` rebuilt to about W words
each: the news texts are split into sentences (a regex split after ``.!?`` before a capital or
a quote; good enough for wire text) and the sentences, in file order, are packed greedily into
articles, closing an article once it reaches W words, so every article ends at a sentence
boundary and runs a sentence past W at most. Where a packed article crosses from one news item
into the next the two are joined by a blank line (a new paragraph); the article takes the
title and date of its first item. ``--limit`` counts the articles benchmarked.

CPU time per article (user + system, the workers' included) is printed too: it is steadier
than wall time when other jobs share the cores. Each measurement runs in a fresh child
process (this script with ``--one``), so its peak RSS is its own: the child's peak, and the
largest of its spaCy workers (``RUSAGE_CHILDREN``). Model and gazetteer loading are not
timed. ``--repeat R`` keeps the best of R passes. ``--stock`` adds the same two measurements
with the spaCy pipeline as ``spacy.load`` gives it (lemmatizer left out, as ever), without
the speed-ups of :func:`sitrep.nlp.load_nlp`: before and after in one run. ``--profile TOP``
also runs the full pipeline in one process under cProfile and prints the TOP functions by
cumulative time, as a share of the whole.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_SENT = re.compile(r"(?<=[.!?])\s+(?=[\"“'A-Z0-9])")


def pack_articles(news: Path, words: int | None, limit: int) -> list[dict[str, Any]]:
    """JSONL rows for the benchmark: the news items as they are, or packed to ~``words`` each."""
    out: list[dict[str, Any]] = []
    cur: list[str] = []
    count = 0
    head: dict[str, Any] = {}
    with news.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            item = {"id": str(row["id"]), "text": row["text"], "title": row.get("title")}
            if row.get("date"):
                item["published"] = row["date"]
            if words is None:
                out.append(item)
                if len(out) >= limit:
                    return out
                continue
            first = True
            for sent in _SENT.split(row["text"].strip()):
                if not sent:
                    continue
                if not cur:
                    head = {k: v for k, v in item.items() if k != "text"}
                    head["id"] = f"{item['id']}+{len(out)}"
                elif first:
                    cur.append("\n\n")
                else:
                    cur.append(" ")
                first = False
                cur.append(sent)
                count += len(sent.split())
                if count >= words:
                    out.append({**head, "text": "".join(cur)})
                    cur, count = [], 0
                    if len(out) >= limit:
                        return out
    if len(out) < limit:
        print(f"note: only {len(out)} articles could be built from {news}", file=sys.stderr)
    return out


def _peak_mb() -> tuple[float, float]:
    """(this process's peak RSS, the largest waited-for child's peak RSS), in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def run_one(mode: str, path: Path, jobs: int, batch_size: int, repeat: int) -> dict[str, Any]:
    """One measurement in this (child) process: ``full`` or ``bare``, each optionally as
    ``stock-``: with spaCy's pipeline as ``spacy.load`` gives it (see ``--stock``)."""
    from sitrep.ingest import iter_documents
    from sitrep.pipeline import Pipeline

    nlp = None
    if mode.startswith("stock-"):
        import warnings

        import spacy

        from sitrep.nlp import DEFAULT_MODEL

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            nlp = spacy.load(DEFAULT_MODEL, exclude=["lemmatizer"])
        mode = mode.removeprefix("stock-")
    pipeline = Pipeline(nlp=nlp)
    if mode == "full":
        pipeline.warm()
    else:  # bare spaCy: the very model object the pipeline parses with, and nothing else
        _ = pipeline.nlp
    docs = list(iter_documents([path]))
    texts = [d.content for d in docs if hasattr(d, "content")]
    best = float("inf")
    events = 0
    cpu0 = _cpu()
    for _ in range(repeat):
        t = time.perf_counter()
        if mode == "full":
            results = list(pipeline.pipe(docs, n_process=jobs, batch_size=batch_size))
            events = sum(len(r.events) for r, _ in results)
            n = len(results)
        else:
            n = sum(1 for _ in pipeline.nlp.pipe(texts, n_process=jobs, batch_size=batch_size))
        best = min(best, time.perf_counter() - t)
    cpu1 = _cpu()
    own, kids = _peak_mb()
    return {
        "n": n,
        "secs": best,
        "events": events,
        "rss_self": own,
        "rss_child": kids,
        "cpu_self": (cpu1[0] - cpu0[0]) / repeat,
        "cpu_workers": (cpu1[1] - cpu0[1]) / repeat,
    }


def _cpu() -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its finished children (the workers):
    steadier than wall time on a shared machine, and it shows where the work was done."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def _measure(mode: str, path: Path, jobs: int, batch_size: int, repeat: int) -> dict[str, Any]:
    cmd = [
        sys.executable,
        __file__,
        "--one",
        mode,
        str(path),
        "--jobs",
        str(jobs),
        "--batch-size",
        str(batch_size),
        "--repeat",
        str(repeat),
    ]
    res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if res.returncode != 0:
        sys.exit(f"{mode} run failed:\n{res.stderr}")
    result: dict[str, Any] = json.loads(res.stdout.strip().splitlines()[-1])
    return result


def _print_row(name: str, r: dict[str, Any], words: int, jobs: int) -> None:
    extra = f", {r['events']} events" if name.startswith("full") else ""
    cpu = r["cpu_self"] + r["cpu_workers"]
    main_cpu = f" ({1000 * r['cpu_self'] / r['n']:.1f} in the main process)" if jobs > 1 else ""
    print(
        f"  {name:27s}: {r['n'] / r['secs']:6.1f} articles/s "
        f"({words / r['secs']:6.0f} words/s{extra}); peak RSS {r['rss_self']:.0f} MB"
        + (f", largest worker {r['rss_child']:.0f} MB" if jobs > 1 else "")
    )
    print(f"  {'':27s}  CPU {1000 * cpu / r['n']:5.1f} ms/article{main_cpu}")


def _profile(path: Path, batch_size: int, top: int) -> None:
    import cProfile
    import pstats

    from sitrep.ingest import iter_documents
    from sitrep.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.warm()
    docs = list(iter_documents([path]))
    prof = cProfile.Profile()
    prof.enable()
    for _ in pipeline.pipe(docs, batch_size=batch_size):
        pass
    prof.disable()
    stats = pstats.Stats(prof)
    total = max(stats.total_tt, 1e-9)  # type: ignore[attr-defined]
    rows = sorted(
        stats.stats.items(),  # type: ignore[attr-defined]
        key=lambda kv: kv[1][3],
        reverse=True,
    )
    print(f"profile (one process, {total:.1f}s in all), top {top} by cumulative time:")
    for (file, line, func), (_cc, nc, tt, ct, _callers) in rows[:top]:
        where = f"{Path(file).name}:{line}" if line else file
        print(
            f"  {100 * ct / total:5.1f}%  cum {ct:6.2f}s  own {tt:6.2f}s  {nc:>8}  {func} ({where})"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--news", default=str(ROOT.parent / "shared" / "data" / "news" / "fakes_syria_dev.jsonl")
    )
    ap.add_argument("--limit", type=int, default=300, help="articles to benchmark")
    ap.add_argument("--words", type=int, default=None, help="rebuild articles to ~W words")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="n_process values")
    ap.add_argument("--batch-size", type=int, default=16, help="as Pipeline.pipe's default")
    ap.add_argument("--repeat", type=int, default=1, help="keep the best of R passes")
    ap.add_argument(
        "--stock",
        action="store_true",
        help="also measure spaCy's pipeline as spacy.load gives it (no sitrep.nlp speed-ups)",
    )
    ap.add_argument("--profile", type=int, default=0, metavar="TOP", help="cProfile, one process")
    ap.add_argument("--one", nargs=2, metavar=("MODE", "FILE"), help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.one:
        mode, path = args.one
        res = run_one(mode, Path(path), args.jobs[0], args.batch_size, args.repeat)
        print(json.dumps(res))
        return

    print(f"command: {shlex.join([Path(sys.executable).name, *sys.argv])}")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}, cpus: {os.cpu_count()}")

    from sitrep.ingest import iter_documents
    from sitrep.pipeline import Pipeline

    t0 = time.perf_counter()
    pipeline = Pipeline()
    pipeline.warm()
    print(f"load: {time.perf_counter() - t0:.1f}s (spaCy model, gazetteer, knowledge base)")
    sample = list(iter_documents([ROOT / "examples" / "sample"]))
    t = time.perf_counter()
    reports = [r for r, _ in pipeline.pipe(sample)]
    secs = time.perf_counter() - t
    print(
        f"bundled sample: {len(reports)} reports, {sum(len(r.events) for r in reports)} events, "
        f"{len(reports) / secs:.1f} articles/s"
    )
    del pipeline

    rows = pack_articles(Path(args.news), args.words, args.limit)
    words = sum(len(r["text"].split()) for r in rows)
    n = len(rows)
    shape = f"packed to ~{args.words} words" if args.words else "as they are"
    print(f"dev news ({shape}): {n} articles, {words / max(n, 1):.0f} words/article on average")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench-news.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        for jobs in args.jobs:
            print(f" n_process={jobs}, batch_size={args.batch_size}:")
            for prefix in ("", "stock-") if args.stock else ("",):
                full = _measure(prefix + "full", path, jobs, args.batch_size, args.repeat)
                bare = _measure(prefix + "bare", path, jobs, args.batch_size, args.repeat)
                label = " (stock spaCy)" if prefix else ""
                for name, r in (("full pipeline", full), ("bare spaCy", bare)):
                    _print_row(name + label, r, words, jobs)
                cpu_ratio = (bare["cpu_self"] + bare["cpu_workers"]) / (
                    full["cpu_self"] + full["cpu_workers"]
                )
                print(
                    f"  ratio full/bare{label}: {bare['secs'] / full['secs']:.2f} "
                    f"(in CPU time: {cpu_ratio:.2f})"
                )
        if args.profile:
            _profile(path, args.batch_size, args.profile)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
