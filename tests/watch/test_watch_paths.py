"""Folders and files: new files are picked up, unchanged ones are not read again."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep.errors import StoreError
from sitrep.pipeline import Pipeline
from sitrep.store import Store, open_store
from sitrep.watch import WatchState, state_path_for, watch, watch_once

ARTICLE = "Gunmen killed five villagers in Gwoza on Tuesday, police said.\n"
OTHER = (
    "Troops clashed with militants near Kidal on Friday, killing three soldiers, officials said.\n"
)


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "db.sqlite") as s:
        yield s


def test_new_files_are_picked_up_and_unchanged_ones_skipped(
    tmp_path: Path, store: Store, pipeline: Pipeline
) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    first_file = inbox / "a.txt"
    first_file.write_text(ARTICLE, encoding="utf-8")
    (inbox / "notes.md").write_text(ARTICLE, encoding="utf-8")  # unsupported: ignored
    (inbox / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")  # hidden: ignored
    state = WatchState(tmp_path / "state.json")
    lines: list[str] = []

    def round_() -> tuple[int, int, int, int]:
        s = watch_once([str(inbox)], store, pipeline, state=state, echo=lines.append)
        return s.new, s.skipped, s.failed, s.reports_added

    assert round_() == (1, 0, 0, 1)
    assert store.counts()["events"] >= 1
    assert round_() == (0, 1, 0, 0)

    # Same size and mtime: taken as unchanged without reading it (new bytes are not seen).
    st = first_file.stat()
    first_file.write_text(ARTICLE.upper(), encoding="utf-8")
    os.utime(first_file, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert round_() == (0, 1, 0, 0)

    # Touched but the same bytes: hashed, found identical, not processed.
    first_file.write_text(ARTICLE, encoding="utf-8")
    os.utime(first_file, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    assert round_() == (0, 1, 0, 0)

    (inbox / "sub" / "b.txt").write_text(OTHER, encoding="utf-8")
    assert round_() == (1, 1, 0, 1)

    # A changed file is read again; an empty one fails once and is not retried until it changes.
    first_file.write_text(ARTICLE + "Two more died in hospital on Wednesday.\n", encoding="utf-8")
    (inbox / "empty.txt").write_text("", encoding="utf-8")
    assert round_() == (1, 1, 1, 2)  # the failed report is stored as ingest stores it
    assert round_() == (0, 3, 0, 0)
    assert lines and "empty.txt" in lines[0]

    # The state survives a restart.
    reloaded = WatchState.load(tmp_path / "state.json")
    assert reloaded.files == state.files
    again = watch_once([str(inbox)], store, pipeline, state=reloaded, echo=lines.append)
    assert (again.new, again.skipped) == (0, 3)


def test_a_single_file_and_a_missing_path(tmp_path: Path, store: Store, pipeline: Pipeline) -> None:
    one = tmp_path / "one.txt"
    one.write_text(ARTICLE, encoding="utf-8")
    lines: list[str] = []
    state = WatchState()
    stats = watch_once(
        [str(one), str(tmp_path / "gone")], store, pipeline, state=state, echo=lines.append
    )
    assert (stats.new, stats.failed) == (1, 1)
    assert "no such file or folder" in stats.failures[0][1]


def test_watch_loop_runs_rounds_and_stops_on_the_event(
    tmp_path: Path, store: Store, pipeline: Pipeline
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(ARTICLE, encoding="utf-8")
    lines: list[str] = []
    stop = threading.Event()

    def echo(line: str) -> None:
        lines.append(line)
        if len([x for x in lines if x.startswith("watch round")]) == 3:
            stop.set()

    rounds = watch([str(inbox)], store, pipeline, 0.01, stop_event=stop, echo=echo)
    assert [r.new for r in rounds] == [1, 0, 0]
    assert all(line.startswith("watch round: ") for line in lines)
    assert watch([str(inbox)], store, pipeline, 60, rounds=1, echo=lines.append)[0].new == 1


def test_state_file_errors_are_clear(tmp_path: Path) -> None:
    bad = tmp_path / "db.sqlite.watch.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(StoreError, match="delete it to start over"):
        WatchState.load(bad)
    assert state_path_for(str(tmp_path / "db.sqlite")) == bad
    with pytest.raises(ValueError, match="--state"):
        state_path_for("postgresql://u@h/db")
