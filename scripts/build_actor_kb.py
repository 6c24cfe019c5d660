"""Mine actor names from UCDP side names and MUC-4 perpetrator fillers; report KB coverage.

A curation aid, not part of the product: it lists the most frequent names in the development
data and says which ones ``sitrep.extract.kb`` does not resolve yet, so a curator can add them
to ``src/sitrep/extract/data/actors.json`` by hand. Usage:

    .venv/bin/python scripts/build_actor_kb.py [--data ../shared/data] [--top 300]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from sitrep.extract.kb import load_kb

_QUOTED = re.compile(r'"([^"]+)"')


def ucdp_sides(path: Path) -> Counter[str]:
    """Side names (each comma-separated member of a side counted on its own)."""
    names: Counter[str] = Counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            for key in ("side_a_name", "side_b_name"):
                for part in str(row.get(key) or "").split(", "):
                    if part.strip():
                        names[part.strip()] += 1
    return names


def muc_perpetrators(path: Path) -> Counter[str]:
    """Quoted fillers of the PERP: ORGANIZATION ID slot of the MUC-4 answer keys."""
    names: Counter[str] = Counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            for template in json.loads(line).get("muc_key_templates") or []:
                value = template.get("PERP: ORGANIZATION ID") or []
                for item in value if isinstance(value, list) else [value]:
                    for name in _QUOTED.findall(str(item).replace('\\"', "")):
                        names[name.strip()] += 1
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--top", type=int, default=300)
    args = parser.parse_args()
    kb = load_kb()
    for label, counts in (
        ("UCDP side names", ucdp_sides(args.data / "ucdp" / "ucdp_aec_events.jsonl")),
        ("MUC-4 perpetrators", muc_perpetrators(args.data / "muc4" / "train_dev.jsonl")),
    ):
        top = counts.most_common(args.top)
        missing = [(n, c) for n, c in top if kb.actor(n) is None and not kb.find_actors(n)]
        covered = sum(c for n, c in top) - sum(c for _, c in missing)
        print(
            f"# {label}: {len(top)} most frequent names, {covered} of "
            f"{sum(c for _, c in top)} mentions resolve"
        )
        for name, count in missing:
            print(f"{count:6d}  {name}")


if __name__ == "__main__":
    main()
