"""Score the project's test pages (``tests/pages/*.expected.json``) with the acceptance checker.

:func:`sitrep.eval.acceptance.check` lists unmet requirements; a share of requirements met
needs the requirements themselves, so :func:`requirements` enumerates them with the same names
the checker gives its failures (``report.title``, ``actors[ISIS]``, ``events_must[0]``,
``must_not_checks[3]``...). A failure counts against the requirement its name starts with
(``events_must[0].date`` against ``events_must[0]``), so one requirement fails at most once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .acceptance import Failure

__all__ = [
    "requirements",
    "requirement_of",
    "requirement_group",
    "page_files",
    "score_page",
    "summarise",
]

JSON = Mapping[str, Any]

_LISTS = ("events_must", "displacement_must", "certainty_must", "must_not_checks")
_REPORT_SCALARS = ("title", "published", "language")
_REPORT_LISTS = ("body_must_not_contain", "related_must", "attributed_sources_must")


def requirements(expected: JSON) -> list[str]:
    """Every requirement an expected coding makes, named as the checker names failures."""
    out: list[str] = []
    report = expected.get("report", {})
    out += [f"report.{key}" for key in _REPORT_SCALARS if key in report]
    for key in _REPORT_LISTS:
        out += [f"report.{key}[{i}]" for i in range(len(report.get(key, [])))]
    out += [f"actors[{name}]" for name in expected.get("actors", {})]
    for key in _LISTS:
        out += [f"{key}[{i}]" for i in range(len(expected.get(key, [])))]
    return out


def requirement_of(failure: Failure, names: Sequence[str]) -> str | None:
    """The requirement a failure belongs to (longest name that prefixes it), if any."""
    best: str | None = None
    for name in names:
        owns = failure.requirement == name or failure.requirement.startswith(name + ".")
        if owns and (best is None or len(name) > len(best)):
            best = name
    return best


def requirement_group(name: str) -> str:
    """'events_must[2]' -> 'events_must'; 'report.related_must[0]' -> 'report'."""
    return re.split(r"[.\[]", name, maxsplit=1)[0]


def page_files(folder: str | Path) -> list[Path]:
    """Text and HTML pages of a folder that have an expected coding, sorted by name."""
    pages = []
    for path in sorted(Path(folder).iterdir()):
        if (
            path.suffix in (".txt", ".html")
            and path.with_name(f"{path.stem}.expected.json").exists()
        ):
            pages.append(path)
    return pages


def score_page(name: str, expected: JSON, failures: Sequence[Failure]) -> dict[str, Any]:
    """Requirements met and failed on one page, by group."""
    names = requirements(expected)
    if any(f.requirement == "output" for f in failures):
        failed = set(names)
    else:
        failed = {r for f in failures if (r := requirement_of(f, names)) is not None}
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for req in names:
        groups[requirement_group(req)][0] += 1
        groups[requirement_group(req)][1] += int(req not in failed)
    return {
        "page": name,
        "requirements": len(names),
        "met": len(names) - len(failed),
        "groups": {g: {"total": t, "met": m} for g, (t, m) in sorted(groups.items())},
        "failures": [f"{f.requirement}: {f.detail}" for f in failures],
    }


def summarise(pages: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Overall and per-group share of requirements met, and the number of clean pages."""
    total = sum(int(p["requirements"]) for p in pages)
    met = sum(int(p["met"]) for p in pages)
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for page in pages:
        for group, counts in page["groups"].items():
            groups[group][0] += counts["total"]
            groups[group][1] += counts["met"]
    return {
        "pages": len(pages),
        "pages_all_met": sum(1 for p in pages if p["met"] == p["requirements"]),
        "requirements": total,
        "met": met,
        "share_met": round(met / total, 4) if total else 0.0,
        "by_group": {
            g: {"total": t, "met": m, "share_met": round(m / t, 4) if t else 0.0}
            for g, (t, m) in sorted(groups.items())
        },
    }
