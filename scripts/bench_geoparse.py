"""Benchmark geoparsing alone on LGL + GeoVirus: Acc@161km end to end from raw text, speed, memory.

Usage: .venv/bin/python scripts/bench_geoparse.py [--split dev|test|all] [--limit N] [--jobs N]
dev = even lines (tuned on), test = odd lines (held out). The scoring is sitrep.eval.geoparsing,
the same as `sitrep eval --dataset geoparsing`; this script adds memory figures: resident memory
after loading spaCy's NER, and the peak after geoparsing (what the gazetteer lookups add).
With --jobs > 1 the peak of the worker processes is printed too.
"""

from __future__ import annotations

import argparse
import json
import resource
import shlex
import sys
from collections import Counter
from pathlib import Path

from sitrep.eval.geoparsing import run_geoparsing
from sitrep.geo.gazetteer import default_gazetteer_path
from sitrep.geo.geoparse import geoparse_nlp

DATA = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "data"
    / "geoparsing"
    / "lgl_geovirus.jsonl"
)


def _rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=["dev", "test", "all"], default="test")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--errors", type=int, default=0, help="Print the N most common misses.")
    args = ap.parse_args()
    print("command:", shlex.join([sys.executable, *sys.argv]))

    rows = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    geoparse_nlp()
    rss0 = _rss_mb()
    res = run_geoparsing(rows, limit=args.limit or None, split=args.split, n_process=args.jobs)
    gaz_mb = default_gazetteer_path().stat().st_size / 2**20
    print(
        f"split={res['split']} docs={res['docs']} gold toponyms={res['gold_toponyms']} "
        f"emitted={res['emitted']} processes={args.jobs}"
    )
    print(f"docs/s (spaCy NER + geoparse): {res['docs_per_s']}")
    print(f"recall@161km:    {res['recall_161km']:.3f}")
    print(f"precision@161km: {res['precision_161km']:.3f}")
    print(f"F1@161km:        {res['f1_161km']:.3f}")
    print(f"exact GeoNames id where gold has one: {res['exact_id']:.3f}")
    print(
        f"an area named as the gold names it counted right wherever its point: "
        f"recall {res['recall_area']:.3f}, precision {res['precision_area']:.3f}"
    )
    print(
        f"memory: {rss0:.0f} MB after loading spaCy NER, peak {_rss_mb():.0f} MB after geoparsing"
        + (f", workers' peak {_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB" if args.jobs > 1 else "")
        + f" (gazetteer file {gaz_mb:.0f} MB on disk)"
    )
    if args.errors:
        missed = Counter(m for d in res["docs_detail"] for m in d["missed"])
        wrong = Counter(w for d in res["docs_detail"] for w in d["wrong"])
        print("most missed:", missed.most_common(args.errors))
        print("most often wrong:", wrong.most_common(args.errors))


if __name__ == "__main__":
    main()
