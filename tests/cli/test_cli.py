"""The command line end to end, as a user runs it: real files, a real SQLite file, exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "sample"
BAD = ROOT / "examples" / "bad"


def sitrep(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sitrep", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=ROOT,
    )


def test_help_teaches_the_commands() -> None:
    out = sitrep("--help")
    assert out.returncode == 0
    for word in ("extract", "ingest", "events", "show"):
        assert word in out.stdout


def test_bad_inputs_get_one_error_line_each_and_the_run_goes_on(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"Gunmen attacked a village. " * (50 * 1024 * 1024 // 27 + 1))
    good = tmp_path / "good.txt"
    good.write_text(
        "Gunmen killed five villagers in Gwoza on Tuesday, police said.\n", encoding="utf-8"
    )
    out = sitrep("extract", str(BAD), str(huge), str(good))
    assert out.returncode == 1
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    errors = [r for r in rows if "error" in r]
    ok = [r for r in rows if "error" not in r]
    origins = " ".join(r["origin"] for r in errors)
    for name in ("binary.txt", "broken-encoding.txt", "empty.txt", "mixed.jsonl:2", "huge.txt"):
        assert name in origins
    assert any("latin1.txt" in (r.get("origin") or "") for r in ok)  # a legacy encoding is read
    assert any(r.get("origin", "").endswith("good.txt") and r["events"] for r in ok)
    assert "max-bytes" in out.stderr  # the message names the fix
    assert out.stderr.count("error") >= len(errors)


def test_stdin_jsonl(tmp_path: Path) -> None:
    line = {
        "id": "a1",
        "text": "Police fired tear gas to disperse protesters in Nairobi on Tuesday.",
        "published": "2024-06-26",
    }
    out = sitrep("extract", "-", stdin=(json.dumps(line) + "\n").encode())
    assert out.returncode == 0, out.stderr
    row = json.loads(out.stdout)
    assert row["id"] == "a1"
    assert row["events"][0]["event_type"] == "Protests"
    assert row["events"][0]["date"] == "2024-06-25"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("db") / "demo.sqlite"
    out = sitrep("ingest", str(SAMPLE), "--db", str(path))
    assert out.returncode == 0, out.stderr
    return path


def test_reingest_changes_nothing(db: Path) -> None:
    before = sitrep("events", "--db", str(db), "--json")
    again = sitrep("ingest", str(SAMPLE), "--db", str(db))
    assert again.returncode == 0
    assert "0 new" in again.stderr
    after = sitrep("events", "--db", str(db), "--json")
    assert json.loads(before.stdout) == json.loads(after.stdout)


def test_events_output_formats(db: Path) -> None:
    rows = json.loads(sitrep("events", "--db", str(db), "--json").stdout)
    assert len(rows) >= 5
    assert {"Battles", "Explosions/Remote violence"} <= {r["event_type"] for r in rows}
    table = sitrep("events", "--db", str(db))
    assert "Marea" in table.stdout
    parsed = list(csv.DictReader(io.StringIO(sitrep("events", "--db", str(db), "--csv").stdout)))
    assert len(parsed) == len(rows)
    nl = sitrep("events", "--db", str(db), "--nl", "--country", "SY").stdout.splitlines()
    assert nl and all(json.loads(x)["country"] == "SY" for x in nl)


def test_show_highlights_evidence(db: Path) -> None:
    rows = json.loads(sitrep("events", "--db", str(db), "--json", "--country", "SY").stdout)
    out = sitrep("show", str(rows[0]["id"]), "--db", str(db))
    assert out.returncode == 0
    assert "Evidence" in out.stdout and "Marea" in out.stdout


def test_errors_name_the_cause_and_the_fix(tmp_path: Path) -> None:
    out = sitrep("events", "--db", str(tmp_path / "missing.sqlite"))
    assert out.returncode != 0
    assert "sitrep ingest" in out.stderr
    out = sitrep("show", "999999", "--db", str(ROOT / "nope.sqlite"))
    assert out.returncode != 0
