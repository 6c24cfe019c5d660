"""What ``sitrep watch`` has already seen, kept in a small JSON file next to the database.

A JSON file, not a table: it needs no migration (so the store's schema and its tests stay as
they are), works beside any database URL, and is written atomically (temp file + ``os.replace``)
so a crash or Ctrl-C never leaves half a file. Content-level dedupe stays with the store.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import StoreError

__all__ = ["WatchState", "FileStamp", "FeedState", "state_path_for", "MAX_SEEN_PER_FEED"]

STATE_VERSION = 1
#: Entry keys kept per feed; the oldest are forgotten first (feeds list only recent entries).
MAX_SEEN_PER_FEED = 5000


@dataclass(frozen=True)
class FileStamp:
    """How a file looked when it was last processed: cheap stat fields, then its content hash."""

    mtime_ns: int
    size: int
    sha256: str


@dataclass
class FeedState:
    """One feed's HTTP validators (for conditional GET) and the entry keys already processed."""

    etag: str | None = None
    last_modified: str | None = None
    seen: list[str] | None = None

    def __post_init__(self) -> None:
        if self.seen is None:
            self.seen = []
        self._seen_set = set(self.seen)

    def has(self, key: str) -> bool:
        return key in self._seen_set

    def add(self, key: str) -> None:
        assert self.seen is not None
        if key in self._seen_set:
            return
        self.seen.append(key)
        self._seen_set.add(key)
        if len(self.seen) > MAX_SEEN_PER_FEED:
            for old in self.seen[: len(self.seen) - MAX_SEEN_PER_FEED]:
                self._seen_set.discard(old)
            del self.seen[: len(self.seen) - MAX_SEEN_PER_FEED]


class WatchState:
    """Seen feed entries and files; ``path=None`` keeps it in memory only (tests, one-offs)."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.feeds: dict[str, FeedState] = {}
        self.files: dict[str, FileStamp] = {}

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> WatchState:
        """Read the state file, or start empty when it does not exist yet."""
        state = cls(path)
        assert state.path is not None
        try:
            raw = state.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return state
        except OSError as exc:
            raise StoreError(f"cannot read watch state {str(path)!r}: {exc.strerror}") from None
        try:
            data = json.loads(raw)
            if data.get("version") != STATE_VERSION:
                raise ValueError(f"unknown version {data.get('version')!r}")
            for url, feed in data.get("feeds", {}).items():
                state.feeds[url] = FeedState(
                    etag=feed.get("etag"),
                    last_modified=feed.get("last_modified"),
                    seen=[str(k) for k in feed.get("seen", [])],
                )
            for name, stamp in data.get("files", {}).items():
                state.files[name] = FileStamp(
                    int(stamp["mtime_ns"]), int(stamp["size"]), str(stamp["sha256"])
                )
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise StoreError(
                f"watch state {str(path)!r} is damaged ({exc}); delete it to start over "
                "(already stored reports are still skipped by the database)"
            ) from None
        return state

    def feed(self, url: str) -> FeedState:
        return self.feeds.setdefault(url, FeedState())

    def to_json(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "feeds": {
                url: {"etag": f.etag, "last_modified": f.last_modified, "seen": f.seen}
                for url, f in sorted(self.feeds.items())
            },
            "files": {
                name: {"mtime_ns": s.mtime_ns, "size": s.size, "sha256": s.sha256}
                for name, s in sorted(self.files.items())
            },
        }

    def save(self) -> None:
        """Write the file atomically; a no-op for an in-memory state."""
        if self.path is None:
            return
        text = json.dumps(self.to_json(), indent=1, ensure_ascii=False) + "\n"
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=folder)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(text)
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise StoreError(
                f"cannot write watch state {str(self.path)!r}: {exc.strerror or exc}"
            ) from None


def state_path_for(db: str) -> Path:
    """The default state file for a database given as a path: ``<db>.watch.json``."""
    if "://" in db:
        raise ValueError(f"{db!r} is a database URL: give the watch state file with --state PATH")
    return Path(os.fspath(Path(db).expanduser()) + ".watch.json")
