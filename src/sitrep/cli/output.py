"""Output formats shared by every listing command (sqlite-utils style): table, --json, --nl, --csv.

Data goes to stdout; messages and progress go to stderr, so pipes carry only data.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.table import Table

__all__ = ["output_options", "emit_rows", "stderr"]

F = TypeVar("F", bound=Callable[..., Any])

stderr = Console(stderr=True, highlight=False)


def output_options(f: F) -> F:
    """Add the shared --json / --nl / --csv flags (mutually exclusive; default: a table)."""
    for opt in reversed(
        [
            click.option("--json", "fmt", flag_value="json", help="Output a JSON array."),
            click.option("--nl", "fmt", flag_value="nl", help="Output newline-delimited JSON."),
            click.option("--csv", "fmt", flag_value="csv", help="Output CSV with a header row."),
            click.option(
                "--table", "fmt", flag_value="table", default=True, help="Output a table (default)."
            ),
        ]
    ):
        f = opt(f)
    return f


def emit_rows(
    rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str, title: str | None = None
) -> None:
    """Write ``rows`` to stdout in ``fmt``; the table shows ``columns`` only."""
    out = sys.stdout
    if fmt == "json":
        json.dump(list(rows), out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
    elif fmt == "nl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _flat(row.get(k)) for k in columns})
    else:
        table = Table(title=title, show_lines=False, expand=False)
        for c in columns:
            table.add_column(c, overflow="fold")
        for row in rows:
            table.add_row(*[_flat(row.get(c)) for c in columns])
        Console(highlight=False, width=max(140, Console().width)).print(table)


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_flat(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)
