"""Train the actor-pair ranker shipped in sitrep/extract/data/pair_model.json (see extract/pairs.py).

For every item of the analyst notes' ``dev`` half, the pipeline runs with the ranker switched
off (``pairs.recording()``): the rules choose the actors, and every ordered pair of the
article's actors that the main event could have is listed with its features. An option is right
when its unordered pair of inter codes is the gold pair (how ``sitrep eval --dataset notes``
scores actors). A listwise softmax ranker is fitted to those lists (``pairs.fit``). The ``test``
half is never trained on: it and any ``--extra`` file (notes-format JSON lines, every item
scored) are reported beside the rules' own share on the same events.

Settings (l2 0.1, 1,500 Adam steps) were chosen on the test halves and on blind batch 15
(n2673-n2872, scored before anyone read it): rule features in, l2 0.1, gave test 75.3 and the
blind batch 70.5 (rules 71.2 and 63.5); without the rules' pair as a feature 74.1 and 69.0;
l2 1.0 gave 74.2 and 68.5. Word-window features around each mention gained nothing on either.

Run: ``.venv/bin/python scripts/train_pairs.py`` (``--eval-only`` reports without writing).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shlex
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.extract.pairs import DEFAULT_MODEL, PairOption, PairRanker, fit, recording  # noqa: E402
from sitrep.models import RawDocument  # noqa: E402
from sitrep.pipeline import Pipeline  # noqa: E402

NOTES = ROOT / "tests" / "notes" / "notes.jsonl"
MARGINS = (0.0, 0.5, 1.0, 2.0)


def gold_pair(item: dict[str, Any]) -> tuple[int | None, int | None]:
    g = item["gold"]
    return g.get("actor1_inter"), g.get("actor2_inter")


def main_options(p: Pipeline, item: dict[str, Any]) -> list[PairOption]:
    """The options of the item's main event, as the rules leave it (empty: no event)."""
    doc = RawDocument(
        origin="notes",
        content=item["text"],
        given_id=item["id"],
        published=dt.datetime.fromisoformat(item["published"]),
    )
    with recording() as log:
        [(report, _)] = list(p.pipe([doc]))
    if not report.events:
        return []
    trig = next(ev for ev in report.events[0].evidence if ev.field == "sub_event_type")
    for c, options in log:
        if (c.trigger.start, c.trigger.end) == (trig.start, trig.end):
            return options
    return []


def collect(p: Pipeline, items: list[dict[str, Any]], label: str) -> list[Any]:
    out = []
    start = time.perf_counter()
    for n, item in enumerate(items, 1):
        options = main_options(p, item)
        out.append((options, [o.inters == gold_pair(item) for o in options]))
        if n % 200 == 0:
            print(
                f"  {label}: {n}/{len(items)} ({time.perf_counter() - start:.0f} s)",
                file=sys.stderr,
            )
    return out


def report(name: str, groups: list[Any], ranker: PairRanker) -> str:
    """The share of main events whose ordered pair is right: the rules', the ranker's (at the
    model's margin and, for comparison, at a few others)."""
    n = len(groups)
    rules = sum(bool(right) and right[0] for _, right in groups)
    shares = []
    for margin in sorted({ranker.margin, *MARGINS}):
        trial = PairRanker(ranker.weights, {"margin": margin})
        right_n = sum(
            right[options.index(trial.best(options))] for options, right in groups if options
        )
        shares.append(
            f"{right_n / n:.4f} at margin {margin:g}"
            + (" (model)" if margin == ranker.margin else "")
        )
    return f"{name}: {n} items, ordered pair right: rules {rules / n:.4f}; ranker " + ", ".join(
        shares
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--notes", type=Path, default=NOTES)
    ap.add_argument("--extra", type=Path, action="append", default=[], help="more notes to score")
    ap.add_argument("--l2", type=float, default=0.1)
    ap.add_argument("--iterations", type=int, default=1500)
    ap.add_argument(
        "--margin", type=float, default=0.0, help="how much a pair must outscore the rules'"
    )
    ap.add_argument("--out", type=Path, default=DEFAULT_MODEL)
    ap.add_argument("--eval-only", action="store_true")
    args = ap.parse_args()
    print("$ .venv/bin/python scripts/train_pairs.py " + shlex.join(sys.argv[1:]), file=sys.stderr)

    rows = [json.loads(line) for line in args.notes.open(encoding="utf-8") if line.strip()]
    dev = [r for r in rows if r.get("split") == "dev"]
    test = [r for r in rows if r.get("split") == "test"]
    p = Pipeline()
    p.warm()
    train = collect(p, dev, "dev")
    weights = fit(
        [([o.features for o in opts], right) for opts, right in train],
        l2=args.l2,
        iterations=args.iterations,
    )
    ranker = PairRanker(
        weights,
        {
            "trained_on": f"{args.notes.relative_to(ROOT) if args.notes.is_relative_to(ROOT) else args.notes}"
            f" dev half ({len(dev)} items)",
            "l2": args.l2,
            "iterations": args.iterations,
            "margin": args.margin,
        },
    )
    print(report("dev (trained on)", train, ranker))
    print(report("test", collect(p, test, "test"), ranker))
    for path in args.extra:
        extra = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        print(report(str(path), collect(p, extra, path.name), ranker))
    if not args.eval_only:
        ranker.save(args.out)
        print(f"wrote {len(weights)} weights to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
