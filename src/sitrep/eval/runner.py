"""``sitrep eval``: run the pipeline on gold data, score it, print tables, gate CI on floors.

Datasets: ``muc4`` (MUC-4 answer keys, :mod:`.muc4`), ``wikievents`` (KAIROS triggers,
:mod:`.wikievents`), ``pages`` (the project's expected codings, :mod:`.pages`), ``notes`` (the
project's blind-written analyst notes, :mod:`.notes`) and ``geoparsing`` (LGL + GeoVirus,
:mod:`.geoparsing`). The shared gold data lives outside the repository (``$SITREP_EVAL_DATA``, default ``../shared/data`` beside the
checkout); the gate uses a fixed small sample of each (:data:`GATE_SAMPLE`) and the floors in
``floors.json``, which may only go up.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from ..errors import ConfigError
from ..models import RawDocument
from ..pipeline import Pipeline, contract
from . import geoparsing, muc4, notes, pages, wikievents
from .acceptance import check, load_expected
from .scorer import Scorer

__all__ = [
    "DATASETS",
    "GATE_SAMPLE",
    "FLOORS_PATH",
    "default_data_dir",
    "default_pages_dir",
    "run_muc4",
    "run_wikievents",
    "run_pages",
    "run_geoparsing",
    "SPLITS",
    "evaluate",
    "gate_metrics",
    "load_floors",
    "below_floors",
    "print_report",
]

DATASETS = ("muc4", "wikievents", "pages", "notes", "geoparsing")
#: The fixed CI sample: the first N documents of each dataset's dev split (None = all).
GATE_SAMPLE: dict[str, int | None] = {
    "muc4": 40,
    "wikievents": 20,
    "pages": None,
    "notes": 355,  # the dev items of n001-n672 (the floors were set on them; later batches come after)
    "geoparsing": 80,
}
#: The splits each dataset has ("dev" is what the extractor may be tuned on).
SPLITS: dict[str, tuple[str, ...]] = {
    "muc4": ("dev", "train"),
    "wikievents": ("dev",),
    "pages": ("dev",),
    "notes": notes.SPLITS,
    "geoparsing": geoparsing.SPLITS,
}
FLOORS_PATH = Path(__file__).with_name("floors.json")
_REPO = Path(__file__).resolve().parents[3]

JSON = Mapping[str, Any]
Runner = Callable[[Pipeline, int | None, str], dict[str, Any]]


def default_data_dir() -> Path:
    """``$SITREP_EVAL_DATA``, else the shared data folder beside the checkout."""
    env = os.environ.get("SITREP_EVAL_DATA")
    return Path(env) if env else _REPO.parent / "shared" / "data"


def default_pages_dir() -> Path:
    return _REPO / "tests" / "pages"


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise ConfigError(f"evaluation data not found: {path} (set SITREP_EVAL_DATA)")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _outputs(pipeline: Pipeline, docs: Sequence[RawDocument]) -> tuple[list[dict[str, Any]], float]:
    start = time.perf_counter()
    outputs = [contract(report, clean) for report, clean in pipeline.pipe(docs)]
    return outputs, time.perf_counter() - start


def _finish(name: str, scorer: Scorer, n: int, seconds: float, **extra: Any) -> dict[str, Any]:
    return {
        "dataset": name,
        "docs": n,
        "seconds": round(seconds, 2),
        "docs_per_s": round(n / seconds, 2) if seconds else None,
        **scorer.to_dict(),
        **extra,
    }


def run_muc4(
    pipeline: Pipeline, limit: int | None = None, split: str = "dev", data_dir: Path | None = None
) -> dict[str, Any]:
    """Score the first ``limit`` documents of a MUC-4 split."""
    rows = muc4.iter_split(
        _read_jsonl((data_dir or default_data_dir()) / "muc4/train_dev.jsonl"), split
    )
    rows = rows[:limit] if limit else rows
    docs = []
    for row in rows:
        day = muc4.dateline_date(row)
        published = dt.datetime(day.year, day.month, day.day) if day else None
        docs.append(
            RawDocument(
                origin=f"muc4:{row['docid']}",
                content=str(row["text"]),
                given_id=str(row["docid"]),
                published=published,
            )
        )
    outputs, seconds = _outputs(pipeline, docs)
    scorer = Scorer()
    records = [muc4.score_doc(row, out, scorer) for row, out in zip(rows, outputs, strict=True)]
    return _finish("muc4", scorer, len(rows), seconds, split=split, docs_detail=records)


def run_wikievents(
    pipeline: Pipeline, limit: int | None = None, split: str = "dev", data_dir: Path | None = None
) -> dict[str, Any]:
    """Score the first ``limit`` WikiEvents documents (only a dev split is shipped)."""
    rows = _read_jsonl((data_dir or default_data_dir()) / f"wikievents/{split}.jsonl")
    rows = rows[:limit] if limit else rows
    texts = [wikievents.document_text(row) for row in rows]
    docs = [
        RawDocument(origin=f"wikievents:{row['doc_id']}", content=text, given_id=str(row["doc_id"]))
        for row, (text, _) in zip(rows, texts, strict=True)
    ]
    outputs, seconds = _outputs(pipeline, docs)
    scorer = Scorer()
    records = [
        wikievents.score_doc(row, out, spans, scorer)
        for row, out, (_, spans) in zip(rows, outputs, texts, strict=True)
    ]
    return _finish("wikievents", scorer, len(rows), seconds, split=split, docs_detail=records)


def run_pages(
    pipeline: Pipeline, limit: int | None = None, split: str = "dev", folder: Path | None = None
) -> dict[str, Any]:
    """Score the project's test pages with the acceptance checker (``split`` is ignored)."""
    from ..ingest import iter_documents

    files = pages.page_files(folder or default_pages_dir())
    files = files[:limit] if limit else files
    start = time.perf_counter()
    results = list(pipeline.pipe(iter_documents(files)))
    seconds = time.perf_counter() - start
    scored = []
    for path, (report, clean) in zip(files, results, strict=True):
        expected = load_expected(path.with_name(f"{path.stem}.expected.json"))
        failures = check(contract(report, clean), expected)
        scored.append(pages.score_page(path.name, expected, failures))
    return {
        "dataset": "pages",
        "docs": len(files),
        "seconds": round(seconds, 2),
        "docs_per_s": round(len(files) / seconds, 2) if seconds else None,
        **pages.summarise(scored),
        "docs_detail": scored,
    }


def run_geoparsing(
    pipeline: Pipeline | None = None,
    limit: int | None = None,
    split: str = "dev",
    data_dir: Path | None = None,
    *,
    n_process: int = 1,
) -> dict[str, Any]:
    """Geoparse LGL + GeoVirus from raw text (``pipeline`` is unused: geoparsing runs its own
    NER-only spaCy pipeline, :func:`sitrep.geo.geoparse.geoparse_nlp`)."""
    rows = _read_jsonl((data_dir or default_data_dir()) / "geoparsing/lgl_geovirus.jsonl")
    return geoparsing.run_geoparsing(rows, limit=limit, split=split, n_process=n_process)


RUNNERS: dict[str, Runner] = {
    "muc4": run_muc4,
    "wikievents": run_wikievents,
    "pages": run_pages,
    "notes": notes.run_notes,
    "geoparsing": run_geoparsing,
}


def evaluate(
    datasets: Iterable[str] = DATASETS,
    *,
    pipeline: Pipeline | None = None,
    limit: int | None = None,
    split: str = "dev",
    gate: bool = False,
    jobs: int = 1,
) -> dict[str, Any]:
    """Run and score each dataset; ``gate`` uses :data:`GATE_SAMPLE` instead of ``limit``;
    ``jobs`` worker processes for geoparsing."""
    datasets = list(datasets)
    for name in datasets:
        if name not in RUNNERS:
            raise ConfigError(f"unknown dataset {name!r}; choose from {', '.join(DATASETS)}")
        if split not in SPLITS[name]:
            has = [d for d in DATASETS if split in SPLITS[d]]
            raise ConfigError(
                f"dataset {name!r} has no split {split!r} (it has {', '.join(SPLITS[name])}); "
                + (
                    "choose " + " or ".join(f"--dataset {d}" for d in has)
                    if has
                    else "choose another --split"
                )
            )
    pipeline = pipeline or Pipeline()
    start = time.perf_counter()
    if any(name != "geoparsing" for name in datasets):
        pipeline.warm()  # geoparsing loads its own NER-only pipeline
    load_s = time.perf_counter() - start
    report: dict[str, Any] = {"load_seconds": round(load_s, 2), "gate": gate, "datasets": {}}
    for name in datasets:
        n = GATE_SAMPLE[name] if gate else limit
        if name == "geoparsing":
            report["datasets"][name] = run_geoparsing(pipeline, n, split, n_process=jobs)
        else:
            report["datasets"][name] = RUNNERS[name](pipeline, n, split)
    report["metrics"] = gate_metrics(report)
    return report


def gate_metrics(report: JSON) -> dict[str, float]:
    """The headline figures the gate compares with floors, as 'dataset.metric' -> value."""
    out: dict[str, float] = {}
    data = report.get("datasets", {})
    if "muc4" in data:
        for name, prf in data["muc4"]["fields"].items():
            out[f"muc4.{name}.f1"] = float(prf["f1"])
        out["muc4.type.weighted_f1"] = float(data["muc4"].get("weighted_f1", 0.0))
    if "wikievents" in data:
        wiki = data["wikievents"]
        out["wikievents.event_types.f1"] = float(wiki["fields"]["event_types"]["f1"])
        for name in ("trigger_recall", "trigger_event", "trigger_death"):
            if name in wiki["accuracy"]:
                out[f"wikievents.{name}"] = float(wiki["accuracy"][name]["acc"])
    if "pages" in data:
        out["pages.share_met"] = float(data["pages"]["share_met"])
        out["pages.pages_all_met"] = float(data["pages"]["pages_all_met"])
    if "notes" in data:
        out.update(notes.notes_metrics(data["notes"]))
    if "geoparsing" in data:
        for key in ("recall_161km", "precision_161km", "exact_id"):
            out[f"geoparsing.{key}"] = float(data["geoparsing"][key])
    return out


def load_floors(path: Path = FLOORS_PATH) -> dict[str, float]:
    """The floors of ``floors.json`` ('dataset.metric' -> lowest allowed value)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: float(v) for k, v in data["floors"].items()}


def below_floors(metrics: Mapping[str, float], floors: Mapping[str, float]) -> list[str]:
    """One line per metric under its floor (or missing from the run)."""
    bad = []
    for name, floor in sorted(floors.items()):
        if name not in metrics:
            bad.append(f"{name}: not measured (floor {floor})")
        elif metrics[name] < floor - 1e-9:
            bad.append(f"{name}: {metrics[name]:.4f} is below its floor {floor}")
    return bad


# --------------------------------------------------------------------------- printing


def _pct(value: object) -> str:
    return f"{float(value) * 100:.1f}" if isinstance(value, int | float) else "-"


def _prf_table(title: str, rows: Mapping[str, JSON], accuracy: Mapping[str, JSON]) -> Table:
    table = Table(title=title, title_justify="left")
    for col in ("field", "P", "R", "F1", "tp", "fp", "fn", "acc (matched)"):
        table.add_column(col, justify="left" if col == "field" else "right")
    for name, prf in rows.items():
        acc = accuracy.get(name)
        acc_text = f"{_pct(acc['acc'])} ({acc['correct']}/{acc['n']})" if acc else "-"
        table.add_row(
            name,
            _pct(prf["p"]),
            _pct(prf["r"]),
            _pct(prf["f1"]),
            str(prf["tp"]),
            str(prf["fp"]),
            str(prf["fn"]),
            acc_text,
        )
    return table


def print_report(report: JSON, console: Console, command: str | None = None) -> None:
    """Rich tables per dataset, the command line and throughput."""
    if command:
        console.print(f"[bold]command:[/] {command}")
    for name, data in report.get("datasets", {}).items():
        speed = f"{data['docs']} docs, {data['seconds']} s, {data['docs_per_s']} docs/s"
        if name == "pages":
            table = Table(title=f"pages ({speed})", title_justify="left")
            for col in ("page", "met", "requirements", "share"):
                table.add_column(col, justify="left" if col == "page" else "right")
            for page in data["docs_detail"]:
                share = page["met"] / page["requirements"] if page["requirements"] else 0.0
                table.add_row(
                    page["page"], str(page["met"]), str(page["requirements"]), _pct(share)
                )
            table.add_row(
                "all", str(data["met"]), str(data["requirements"]), _pct(data["share_met"])
            )
            console.print(table)
            continue
        if name == "geoparsing":
            console.print(
                f"[bold]geoparsing {data['split']}[/] ({speed}, {data['n_process']} process(es)): "
                f"{data['gold_toponyms']} gold toponyms, {data['emitted']} places emitted\n"
                f"  recall@161km {_pct(data['recall_161km'])}  "
                f"precision@161km {_pct(data['precision_161km'])}  "
                f"F1 {_pct(data['f1_161km'])}  exact GeoNames id {_pct(data['exact_id'])}\n"
                f"  (an area named as the gold names it counted right wherever its point: "
                f"recall {_pct(data.get('recall_area', 0))}  "
                f"precision {_pct(data.get('precision_area', 0))})"
            )
            continue
        console.print(
            _prf_table(
                f"{name} {data.get('split', '')} ({speed})", data["fields"], data["accuracy"]
            )
        )
        other = {k: v for k, v in data["accuracy"].items() if k not in data["fields"]}
        for acc_name, acc in other.items():
            console.print(f"  {acc_name}: {_pct(acc['acc'])} ({acc['correct']}/{acc['n']})")
        if data.get("per_class"):
            console.print(
                _prf_table(f"{name}: per ACLED event type", data["per_class"], {}),
            )
            console.print(
                f"  weighted F1 {_pct(data['weighted_f1'])}, macro F1 {_pct(data['macro_f1'])}"
            )
        for style, row in (data.get("by_style") or {}).items():
            shares = ", ".join(
                f"{k} {_pct(v)}" for k, v in row.items() if isinstance(v, float) and k != "n"
            )
            console.print(f"  {style} ({row.get('n', '?')} items): {shares}")
