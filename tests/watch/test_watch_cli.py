"""``sitrep watch`` as a user runs it: a real process, the local feed server, Ctrl-C, --once."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner
from feed_server import Server

from sitrep.cli.main import cli
from sitrep.store import open_store

ROOT = Path(__file__).resolve().parents[2]


def _sitrep(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "sitrep", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def test_watch_loops_until_ctrl_c_then_once_retries_the_failure(
    server: Server, tmp_path: Path
) -> None:
    db = tmp_path / "w.sqlite"
    feeds = [server.url("/rss.xml"), server.url("/atom.xml")]
    proc = _sitrep("watch", *feeds, "--db", str(db), "--every", "1h")
    assert proc.stderr is not None
    seen: list[str] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        seen.append(line)
        if line.startswith("watch round:"):
            proc.send_signal(signal.SIGINT)
            break
    out, err = proc.communicate(timeout=30)
    err = "".join(seen) + err
    assert proc.returncode == 0, err
    assert out == ""  # progress and errors go to stderr only
    assert "watch round: 3 new, 0 skipped, 1 failed, 3 report(s) and " in err
    assert "missing.html: HTTP 404 Not Found\n" in err  # one line each, never wrapped
    assert "missing.html" in err and "404" in err
    state = json.loads((tmp_path / "w.sqlite.watch.json").read_text(encoding="utf-8"))
    assert set(state["feeds"]) == set(feeds)
    with open_store(db) as store:
        assert store.counts()["reports"] == 3

    again = _sitrep("watch", *feeds, "--db", str(db), "--once")
    out, err = again.communicate(timeout=60)
    assert again.returncode == 1  # the 404 is still there
    assert out == ""
    assert "watch round: 0 new, 2 skipped, 1 failed, 0 report(s) and 0 event(s) added in " in err


def test_bad_arguments_are_usage_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "x.sqlite")
    out = runner.invoke(cli, ["watch", str(tmp_path), "--db", db, "--every", "soon"])
    assert out.exit_code == 2 and "30s, 5m, 1h" in out.output
    out = runner.invoke(cli, ["watch", str(tmp_path / "nope"), "--db", db])
    assert out.exit_code == 2 and "neither an http(s) feed URL nor a path" in out.output
    out = runner.invoke(cli, ["watch", str(tmp_path), "--db", "postgresql://u@h/db"])
    assert out.exit_code == 2 and "--state" in out.output
    assert not (tmp_path / "x.sqlite").exists()  # nothing was opened
