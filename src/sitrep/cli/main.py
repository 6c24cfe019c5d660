"""The ``sitrep`` command: a thin layer over :class:`sitrep.Pipeline` and :mod:`sitrep.store`."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

__version__ = "0.1.0"
from ..errors import SitrepError
from ..ingest import DEFAULT_MAX_BYTES, ItemError, iter_documents
from ..models import RawDocument
from ..pipeline import Pipeline, Result, contract
from .output import emit_rows, output_options, stderr

__all__ = ["cli", "main"]

EVENT_COLUMNS = [
    "id", "date", "event_type", "sub_event_type", "actor1", "actor2", "location", "country",
    "fatalities", "source", "certainty", "summary",
]  # fmt: skip


class _Cli(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SitrepError as exc:
            stderr.print(f"[bold red]Error:[/] {exc}")
            sys.exit(2)


@click.group(cls=_Cli, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sitrep")
def cli() -> None:
    """sitrep: turn news reports about armed conflict into a structured record of events.

    \b
    Start here:
      sitrep extract examples/sample/marea-2016-05-30.txt    # JSON Lines on stdout
      sitrep ingest examples/sample --db sitrep.sqlite        # store a folder of articles
      sitrep events --db sitrep.sqlite                        # list what was found
      sitrep show 1 --db sitrep.sqlite                        # one event and its evidence
      sitrep serve --db sitrep.sqlite                         # map, timeline and API on :8000
      sitrep export --db sitrep.sqlite --format acled-csv     # for spreadsheets, QGIS, pandas

    Inputs: .txt, .html/.htm and .jsonl files, folders (recursive) and '-' for standard input.
    JSONL rows look like {"id": ..., "text" or "html": ..., "published": "2016-05-30", ...}.
    Data goes to stdout; progress and per-item errors go to stderr.
    """


def _documents(paths: tuple[str, ...], max_bytes: int) -> Iterator[RawDocument | ItemError]:
    stdin = sys.stdin.buffer if (not paths or "-" in paths) else None
    return iter_documents(list(paths) or ["-"], stdin=stdin, max_bytes=max_bytes)


def _progress() -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
        disable=not stderr.is_terminal,
    )


def _run(
    pipeline: Pipeline, paths: tuple[str, ...], max_bytes: int, label: str, jobs: int = 1
) -> Iterator[Result]:
    """Run the pipeline with a progress bar on stderr and one error line per bad item."""
    pipeline.warm()
    start = dt.datetime.now()
    with _progress() as progress:
        task = progress.add_task(label, total=None, rate="")
        reports = pipeline.pipe(_documents(paths, max_bytes), n_process=jobs)
        for n, (report, clean) in enumerate(reports, start=1):
            if report.error is not None:
                stderr.print(f"[red]error[/] {report.origin}: {report.error}")
            secs = max((dt.datetime.now() - start).total_seconds(), 1e-6)
            progress.update(task, advance=1, rate=f"{n / secs:.1f} articles/s")
            yield report, clean


_jobs = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Parse in this many processes (worth it for large folders; about 1.6x with 2 cores).",
)

_max_bytes = click.option(
    "--max-bytes",
    type=int,
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse input files larger than this many bytes.",
)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@_max_bytes
@_jobs
@click.option("--pretty", is_flag=True, help="Indent each JSON object (not JSON Lines any more).")
def extract(paths: tuple[str, ...], max_bytes: int, jobs: int, pretty: bool) -> None:
    """Extract events from PATHS (or stdin) as JSON Lines on stdout: the extraction contract.

    One JSON object per report; a report that cannot be processed yields {"id", "origin",
    "error"} and the run goes on. Exit status 1 when any input failed.
    """
    failed = 0
    for report, clean in _run(Pipeline(), paths, max_bytes, "extracting", jobs):
        failed += report.error is not None
        sys.stdout.write(
            json.dumps(contract(report, clean), ensure_ascii=False, indent=2 if pretty else None)
            + "\n"
        )
        sys.stdout.flush()
    if failed:
        stderr.print(f"[red]{failed} input(s) failed[/] (see the error lines above)")
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--db", required=True, help="SQLite file (created if missing) or database URL.")
@_max_bytes
@_jobs
def ingest(paths: tuple[str, ...], db: str, max_bytes: int, jobs: int) -> None:
    """Process PATHS and store reports and events in --db (re-ingesting changes nothing)."""
    from ..store import open_store

    added = skipped = failed = events = 0
    start = dt.datetime.now()
    with open_store(db) as store:
        for report, _ in _run(Pipeline(), paths, max_bytes, "ingesting", jobs):
            if report.error is not None:
                failed += 1
            if store.add_report(report):
                added += 1
                events += len(report.events)
            else:
                skipped += 1
    secs = (dt.datetime.now() - start).total_seconds()
    total = added + skipped
    stderr.print(
        f"{total} report(s) in {secs:.1f}s: {added - failed} new, {skipped} already stored, "
        f"{failed} failed; {events} new event(s) in {db}"
    )
    if failed:
        sys.exit(1)


def _event_dict(row: Any) -> dict[str, Any]:
    e = row.event
    f = e.fatalities
    return {
        "id": row.id,
        "report_id": row.report_id,
        "date": e.date.isoformat() if e.date else None,
        "date_end": e.date_end.isoformat() if e.date_end else None,
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "actor1": e.actor1.name if e.actor1 else None,
        "actor2": e.actor2.name if e.actor2 else None,
        "location": e.location.name if e.location else None,
        "country": e.location.country if e.location else None,
        "admin1": e.location.admin1 if e.location else None,
        "lat": e.location.lat if e.location else None,
        "lon": e.location.lon if e.location else None,
        "fatalities": f.best if f else None,
        "source": e.source,
        "certainty": e.certainty,
        "confidence": e.confidence,
        "summary": e.summary,
        "report_title": row.report_title,
    }


@cli.command()
@click.option("--db", required=True, help="SQLite file or database URL written by 'sitrep ingest'.")
@click.option("--country", help="ISO 3166-1 alpha-2 code, e.g. SY.")
@click.option("--type", "event_type", help="ACLED event type, e.g. 'Battles'.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="First day (YYYY-MM-DD).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Last day (YYYY-MM-DD).")
@click.option("--limit", type=int, default=None, help="At most this many events.")
@output_options
def events(
    db: str,
    country: str | None,
    event_type: str | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    limit: int | None,
    fmt: str,
) -> None:
    """List stored events (table, or --json / --nl / --csv)."""
    from ..store import open_store

    _require_db(db)
    with open_store(db) as store:
        rows = store.events(
            limit=limit,
            country=country,
            event_type=event_type,
            since=since.date() if since else None,
            until=until.date() if until else None,
        )
    data = [_event_dict(r) for r in rows]
    if fmt == "table" and not data:
        stderr.print(f"no events in {db} (run 'sitrep ingest PATH --db {db}' first)")
        return
    emit_rows(
        data,
        EVENT_COLUMNS if fmt != "table" else [c for c in EVENT_COLUMNS if c != "summary"],
        fmt,
        title=f"{len(data)} event(s) in {db}",
    )


def _require_db(db: str) -> None:
    if "://" not in db and not Path(db).exists():
        raise click.UsageError(
            f"no database at {db!r}: create one with 'sitrep ingest PATH --db {db}'"
        )


@cli.command()
@click.argument("event_id", type=int)
@click.option("--db", required=True, help="SQLite file or database URL written by 'sitrep ingest'.")
@click.option("--json", "as_json", is_flag=True, help="Print the event as JSON.")
def show(event_id: int, db: str, as_json: bool) -> None:
    """Show one event with its evidence highlighted in the report text."""
    from rich.console import Console

    from ..store import open_store

    _require_db(db)
    with open_store(db) as store:
        row = store.get_event(event_id)
        if row is None:
            raise click.ClickException(
                f"no event {event_id} in {db}; list ids with 'sitrep events --db {db}'"
            )
        report = store.get_report(row.report_id)
    e = row.event
    if as_json:
        sys.stdout.write(
            json.dumps(
                {"id": row.id, "report_id": row.report_id, **e.model_dump(mode="json")},
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
        return
    out = Console(highlight=False)
    out.print(f"[bold]Event {row.id}[/]  {e.event_type} / {e.sub_event_type}")
    fields = _event_dict(row)
    for k in (
        "date",
        "date_end",
        "actor1",
        "actor2",
        "location",
        "admin1",
        "country",
        "source",
        "certainty",
        "confidence",
    ):
        if fields.get(k) is not None:
            out.print(f"  [cyan]{k:<11}[/] {fields[k]}")
    if e.location:
        out.print(
            f"  [cyan]{'coords':<11}[/] {e.location.lat}, {e.location.lon} (precision {e.location.precision})"
        )
    if e.fatalities:
        f = e.fatalities
        out.print(
            f"  [cyan]{'fatalities':<11}[/] best {f.best}, low {f.low}, high {f.high}, civilians {f.civilians}, combatants {f.combatants}"
        )
    if e.weapons:
        out.print(f"  [cyan]{'weapons':<11}[/] {', '.join(e.weapons)}")
    out.print(f"  [cyan]{'summary':<11}[/] {e.summary}")
    out.print(f"  [cyan]{'report':<11}[/] {row.report_title or ''} ({row.report_id})")
    if report is None:
        return
    out.print("\n[bold]Evidence[/] (sentences from the report; coded spans highlighted)")
    spans = [(ev.start, ev.end, ev.field) for ev in e.evidence if ev.field != "sentence"]
    for ev in e.evidence:
        if ev.field != "sentence":
            continue
        text = Text(report.text[ev.start : ev.end])
        for s, end, _field in spans:
            if ev.start <= s and end <= ev.end:
                text.stylize("bold black on yellow", s - ev.start, end - ev.start)
        out.print(Text("  • ").append(text))
    out.print("  " + ", ".join(sorted({f"{f}" for _, _, f in spans})))


@cli.group()
def gazetteer() -> None:
    """Manage the local gazetteer (built from packaged GeoNames data on first use)."""


@gazetteer.command("build")
@click.option("--force", is_flag=True, help="Rebuild even if the file exists.")
def gazetteer_build(force: bool) -> None:
    """Build the default gazetteer now (otherwise it is built on first use)."""
    from ..geo import build_default_gazetteer
    from ..geo.gazetteer import default_gazetteer_path

    path = Path(default_gazetteer_path())
    if path.exists() and not force:
        stderr.print(f"gazetteer already built at {path} (use --force to rebuild)")
        return
    build_default_gazetteer(path)
    stderr.print(f"gazetteer built at {path}")


@gazetteer.command("import")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--into",
    "into",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Gazetteer file to import into (default: the default gazetteer, $SITREP_GAZETTEER).",
)
@click.option(
    "--replace", is_flag=True, help="Start a fresh file with only the imported rows (+ supplement)."
)
def gazetteer_import(files: tuple[Path, ...], into: Path | None, replace: bool) -> None:
    """Load GeoNames dump files (XX.zip, allCountries.zip, cities500.zip, alternateNamesV2.zip,
    admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt; plain or zipped as served).

    \b
      sitrep gazetteer import SY.zip IQ.zip admin1CodesASCII.txt admin2Codes.txt
    """
    import time

    from rich.progress import DownloadColumn, TaskID, TransferSpeedColumn

    from ..geo.importer import ImportStats, import_geonames

    stats = ImportStats()
    tasks: dict[str, tuple[TaskID, float, int]] = {}  # label -> (task, start, rows at start)
    bar = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=stderr,
        disable=not stderr.is_terminal,
    )

    def progress(label: str, done: int, total: int | None) -> None:
        if label not in tasks:
            task = bar.add_task(label, total=total, rate="")
            tasks[label] = (task, time.monotonic(), stats.rows_read)
        task, start, rows0 = tasks[label]
        secs = max(time.monotonic() - start, 1e-6)
        rate = f"{(stats.rows_read - rows0) / secs:,.0f} rows/s" if done else ""
        bar.update(task, completed=done, total=total, rate=rate)

    with bar:
        import_geonames(list(files), into, progress=progress, replace=replace, stats=stats)
    stderr.print(stats.summary())


@cli.command("eval")
@click.option(
    "--dataset",
    type=click.Choice(["muc4", "wikievents", "pages", "notes", "geoparsing", "all"]),
    default="all",
    show_default=True,
    help="Which gold data to score.",
)
@click.option("--limit", type=int, default=None, help="Only the first N documents of each dataset.")
@click.option(
    "--split",
    default="dev",
    show_default=True,
    help="Dataset split: dev (tuned on) everywhere; test (held out) for notes and geoparsing; "
    "train for MUC-4.",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes for geoparsing (documents/s scales with cores).",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print the full report as JSON (tables to stderr)."
)
@click.option("--gate", is_flag=True, help="Score the fixed CI sample; exit 1 below any floor.")
def eval_command(
    dataset: str, limit: int | None, split: str, jobs: int, as_json: bool, gate: bool
) -> None:
    """Score the pipeline on gold data and print tables.

    Datasets: MUC-4 answer keys, WikiEvents, the project's test pages, the project's analyst
    notes (tests/notes) and LGL + GeoVirus geoparsing.

    Gold data is read from $SITREP_EVAL_DATA (default: ../shared/data beside the checkout).
    With --gate, the fixed CI sample of every dataset is compared with the floors in
    src/sitrep/eval/floors.json.
    """
    from rich.console import Console

    from ..eval.runner import DATASETS, below_floors, evaluate, load_floors, print_report

    chosen = DATASETS if gate or dataset == "all" else (dataset,)
    report = evaluate(chosen, limit=limit, split=split, gate=gate, jobs=jobs)
    report["command"] = " ".join(["sitrep", *sys.argv[1:]])
    # with --json, stdout carries only the JSON report and the tables go to stderr
    print_report(report, Console(stderr=as_json), command=report["command"])
    failures = below_floors(report["metrics"], load_floors()) if gate else []
    report["below_floors"] = failures
    if as_json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    if failures:
        for line in failures:
            stderr.print(f"[bold red]below floor:[/] {line}")
        sys.exit(1)
    if gate:
        stderr.print("[green]every gate metric is at or above its floor[/]")


@cli.command()
@click.option("--db", required=True, help="SQLite file or database URL written by 'sitrep ingest'.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="TCP port.")
@click.option(
    "--token",
    envvar="SITREP_API_TOKEN",
    default=None,
    help="Enable POST /api/reports for requests with 'Authorization: Bearer TOKEN' "
    "(or set SITREP_API_TOKEN). Without it the API is read-only.",
)
def serve(db: str, host: str, port: int, token: str | None) -> None:
    """Serve the HTTP API and the web page over --db (uvicorn; Ctrl-C stops)."""
    import uvicorn

    from ..api import create_app

    _require_db(db)
    app = create_app(db, token=token or None)
    shown = f"[{host}]" if ":" in host else host
    stderr.print(
        f"sitrep serving {db} at http://{shown}:{port}/ (API docs at /docs; "
        f"{'writes enabled with the token' if token else 'read-only'})"
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.command()
@click.option("--db", required=True, help="SQLite file or database URL written by 'sitrep ingest'.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "acled-csv", "geojson", "parquet"]),
    default="jsonl",
    show_default=True,
    help="acled-csv uses ACLED's column names; parquet needs -o.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="File to write (default stdout)."
)
@click.option("--country", help="ISO 3166-1 alpha-2 code, e.g. SY.")
@click.option("--type", "event_type", help="ACLED event type, e.g. 'Battles'.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="First day (YYYY-MM-DD).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Last day (YYYY-MM-DD).")
def export(
    db: str,
    fmt: str,
    output: str | None,
    country: str | None,
    event_type: str | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
) -> None:
    """Export stored events (streamed) as JSON Lines, CSV, ACLED CSV, GeoJSON or Parquet."""
    from ..api.queries import EventFilters
    from ..export import export_events
    from ..store import open_store

    _require_db(db)
    if fmt == "parquet" and output is None:
        raise click.UsageError("parquet is binary: give an output file with -o FILE.parquet")
    try:
        filters = EventFilters(
            country=[country] if country else None,
            event_type=[event_type] if event_type else None,
            since=since.date() if since else None,
            until=until.date() if until else None,
        )
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    with open_store(db) as store:
        n = export_events(
            store, fmt, filters, out=sys.stdout, path=Path(output) if output else None
        )
    stderr.print(f"exported {n} event(s) as {fmt}" + (f" to {output}" if output else ""))


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", required=True, help="SQLite file (created if missing) or database URL.")
@click.option(
    "--every", default="5m", show_default=True, help="Time between rounds: 30s, 5m, 1h, 1h30m."
)
@click.option("--once", is_flag=True, help="Run one round, then exit (for cron and tests).")
@click.option(
    "--state",
    "state_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="JSON file of what was already seen (default: <db>.watch.json; needed for a URL --db).",
)
@click.option("--timeout", default=20.0, show_default=True, help="HTTP timeout in seconds.")
@_max_bytes
def watch(
    sources: tuple[str, ...],
    db: str,
    every: str,
    once: bool,
    state_file: str | None,
    timeout: float,
    max_bytes: int,
) -> None:
    """Poll RSS/Atom feed URLs and folders; store the events of every new article in --db.

    \b
      sitrep watch https://example.org/world/rss.xml ./inbox --db sitrep.sqlite --every 5m

    Feed entries and files already handled are remembered in the state file, so nothing is
    processed twice; a failed fetch is reported on stderr and retried next round. Ctrl-C stops
    after the current article (twice: at once). Exit status 1 when a --once round had failures.
    """
    import signal
    import threading

    from ..store import open_store
    from ..watch import Fetcher, WatchState, parse_duration, state_path_for
    from ..watch import watch as run_watch

    try:
        seconds = parse_duration(every)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--every") from None
    for source in sources:
        if not source.lower().startswith(("http://", "https://")) and not Path(source).exists():
            raise click.UsageError(f"{source!r} is neither an http(s) feed URL nor a path")
    try:
        state_path = Path(state_file) if state_file else state_path_for(db)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    state = WatchState.load(state_path)
    stop = threading.Event()

    def _on_sigint(_signum: int, _frame: Any) -> None:
        stop.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)
        stderr.print("stopping after the current article (Ctrl-C again to quit now)")

    def _echo(line: str) -> None:
        stderr.print(line, markup=False, highlight=False, soft_wrap=True)

    previous = signal.signal(signal.SIGINT, _on_sigint)
    try:
        pipeline = Pipeline()
        pipeline.warm()
        with open_store(db) as store, Fetcher(timeout=timeout, max_bytes=max_bytes) as fetcher:
            rounds = run_watch(
                list(sources),
                store,
                pipeline,
                seconds,
                state=state,
                fetcher=fetcher,
                stop_event=stop,
                echo=_echo,
                rounds=1 if once else None,
            )
    except KeyboardInterrupt:
        stderr.print("interrupted")
        sys.exit(130)
    finally:
        signal.signal(signal.SIGINT, previous)
    if once and rounds and rounds[-1].failed:
        sys.exit(1)


def main() -> None:
    cli(prog_name="sitrep")


if __name__ == "__main__":
    main()
