"""One watch round (``watch_once``) and the loop around it (``watch``).

A round visits every source: a feed URL is fetched with a conditional GET, each entry not seen
before has its linked page fetched and processed with the entry's title, date and link; a folder
or file is walked and each new or changed file is read with :func:`sitrep.ingest.iter_documents`.
An item is marked seen only once its report is stored, so a failed fetch is retried next round.
Feeds are parsed with ``feedparser`` (RSS 0.9x/1.0/2.0 and Atom, lenient about real-world
breakage, dates normalised to UTC) rather than a hand-written parser over defusedxml.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import io
import os
import sys
import threading
import time
import xml.sax
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import feedparser

from ..errors import InputError
from ..ingest import SUPPORTED_SUFFIXES, ItemError, decode_bytes, iter_documents
from ..models import RawDocument, Report
from ..pipeline import Pipeline
from ..store import Store
from .duration import parse_duration
from .fetch import Fetcher, FetchError
from .state import FileStamp, WatchState

__all__ = ["RoundStats", "Source", "parse_source", "watch_once", "watch"]

Echo = Callable[[str], None]


def _stderr(line: str) -> None:
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


@dataclass(frozen=True)
class Source:
    """A feed (an http(s) URL) or a path (a folder, walked recursively, or one file)."""

    kind: str  # "feed" | "path"
    location: str

    def __str__(self) -> str:
        return self.location


def parse_source(text: str | Source) -> Source:
    """An http(s) URL is a feed; anything else is a path."""
    if isinstance(text, Source):
        return text
    if text.lower().startswith(("http://", "https://")):
        return Source("feed", text)
    return Source("path", text)


@dataclass
class RoundStats:
    """What one round did; ``failures`` holds (origin, reason) for each failed item."""

    new: int = 0  # items read or fetched and processed without error
    skipped: int = 0  # items seen in an earlier round (or feeds answering 304)
    failed: int = 0
    reports_added: int = 0
    events_added: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"watch round: {self.new} new, {self.skipped} skipped, {self.failed} failed, "
            f"{self.reports_added} report(s) and {self.events_added} event(s) added "
            f"in {self.seconds:.1f}s"
        )


class _Round:
    """The bookkeeping of one round, shared by the feed and path handlers."""

    def __init__(
        self,
        store: Store,
        pipeline: Pipeline,
        state: WatchState,
        fetcher: Fetcher,
        echo: Echo,
        stop_event: threading.Event | None,
    ) -> None:
        self.store, self.pipeline, self.state = store, pipeline, state
        self.fetcher, self.echo, self.stop_event = fetcher, echo, stop_event
        self.stats = RoundStats()

    @property
    def stopping(self) -> bool:
        return self.stop_event is not None and self.stop_event.is_set()

    def fail(self, origin: str, reason: str) -> None:
        self.stats.failed += 1
        self.stats.failures.append((origin, reason))
        self.echo(f"error {reason if reason.startswith(origin) else f'{origin}: {reason}'}")

    def process(self, items: Sequence[RawDocument | ItemError]) -> list[Report]:
        """Run the pipeline and store every report (failed ones too, as ``ingest`` does)."""
        reports: list[Report] = []
        for report, _ in self.pipeline.pipe(items):
            if report.error is not None:
                self.fail(report.origin or "?", report.error)
            else:
                self.stats.new += 1
            if self.store.add_report(report):
                self.stats.reports_added += 1
                self.stats.events_added += len(report.events)
            reports.append(report)
        return reports


# --- feeds ------------------------------------------------------------------------------


def _entry_key(entry: Any) -> str | None:
    for name in ("id", "link"):
        value = entry.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    title, date = entry.get("title"), entry.get("published") or entry.get("updated")
    if title:
        return "sha256:" + hashlib.sha256(f"{title}\0{date}".encode()).hexdigest()
    return None


def _entry_published(entry: Any) -> dt.datetime | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(name)
        if value:
            return dt.datetime.fromtimestamp(calendar.timegm(value), dt.UTC)
    return None


def _entry_inline_html(entry: Any) -> str | None:
    """The entry's own full content (content:encoded / atom:content), when it carries one."""
    for part in entry.get("content") or []:
        value = part.get("value")
        if isinstance(value, str) and value.strip():
            return value
    return None


def _parse_feed(url: str, fetched_url: str, body: bytes, content_type: str | None) -> Any:
    headers = {"content-location": fetched_url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    problem = parsed.get("bozo_exception")
    broken = isinstance(problem, xml.sax.SAXException)
    if not parsed.entries and (broken or not parsed.get("version")):
        why = f"bad XML ({problem})" if broken else "no RSS or Atom markup found"
        raise FetchError(f"{url}: not a readable RSS or Atom feed: {why}")
    return parsed


def _watch_feed(rnd: _Round, url: str) -> None:
    feed_state = rnd.state.feed(url)
    try:
        fetched = rnd.fetcher.get(url, etag=feed_state.etag, last_modified=feed_state.last_modified)
        if fetched.not_modified:
            rnd.stats.skipped += 1
            return
        parsed = _parse_feed(url, fetched.url, fetched.content, fetched.content_type)
    except FetchError as exc:
        rnd.fail(url, str(exc))
        return
    all_done = True
    for entry in parsed.entries:
        if rnd.stopping:
            all_done = False
            break
        key = _entry_key(entry)
        if key is None:
            rnd.fail(url, f"{url}: a feed entry has no id, link or title; skipped")
            continue
        if feed_state.has(key):
            rnd.stats.skipped += 1
            continue
        link = entry.get("link")
        link = urljoin(fetched.url, link) if isinstance(link, str) and link.strip() else None
        origin = link or f"{url}#{key}"
        try:
            if link is not None:
                page = rnd.fetcher.get(link)
                html = decode_bytes(page.content, link, html=True)
            elif (inline := _entry_inline_html(entry)) is not None:
                html = inline
            else:
                raise FetchError(f"{origin}: the feed entry has neither a link nor content")
        except InputError as exc:
            # transient (HTTP, timeout) or not: either way try again next round
            rnd.fail(origin, str(exc))
            all_done = False
            continue
        raw = RawDocument(
            origin=origin,
            content=html,
            content_type="html",
            given_id=key,
            title=entry.get("title") or None,
            published=_entry_published(entry),
            url=link,
        )
        rnd.process([raw])
        feed_state.add(key)
        rnd.state.save()
    # Keep the validators only when every entry is handled: otherwise a 304 next round would
    # hide the entries that still need a retry.
    feed_state.etag = fetched.etag if all_done else None
    feed_state.last_modified = fetched.last_modified if all_done else None
    rnd.state.save()


# --- files and folders ------------------------------------------------------------------


def _walk(folder: Path) -> Iterator[Path]:
    """Supported files under ``folder`` in sorted order, hidden entries skipped (as ingest)."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            yield Path(root) / name


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _watch_path(rnd: _Round, location: str) -> None:
    root = Path(location).expanduser()
    if root.is_dir():
        files: Iterable[Path] = _walk(root)
    elif root.exists():
        files = [root]
    else:
        rnd.fail(location, f"{location}: no such file or folder")
        return
    for path in files:
        if rnd.stopping:
            return
        key = os.path.abspath(path)
        try:
            st = path.stat()
            old = rnd.state.files.get(key)
            if old is not None and (old.mtime_ns, old.size) == (st.st_mtime_ns, st.st_size):
                rnd.stats.skipped += 1
                continue
            digest = _sha256(path)
        except OSError as exc:
            rnd.fail(str(path), f"{path}: cannot read ({exc.strerror or exc})")
            continue
        stamp = FileStamp(st.st_mtime_ns, st.st_size, digest)
        if old is not None and old.sha256 == digest:  # touched, same bytes
            rnd.stats.skipped += 1
        else:
            # A bad file (empty, binary) fails the same way every time: it is marked seen too,
            # and read again only when it changes.
            rnd.process(list(iter_documents([path])))
        rnd.state.files[key] = stamp
        rnd.state.save()


# --- public API -------------------------------------------------------------------------


def watch_once(
    sources: Sequence[str | Source],
    store: Store,
    pipeline: Pipeline,
    *,
    state: WatchState,
    fetcher: Fetcher | None = None,
    echo: Echo = _stderr,
    stop_event: threading.Event | None = None,
) -> RoundStats:
    """Visit every source once, process what is new, store it, and return the round's counts.

    Each failed item is reported through ``echo`` (stderr by default) with its reason and the
    round goes on. ``stop_event`` set mid-round stops after the current item, state saved.
    """
    start = time.monotonic()
    own = fetcher is None
    active = fetcher or Fetcher()
    rnd = _Round(store, pipeline, state, active, echo, stop_event)
    try:
        for source in map(parse_source, sources):
            if rnd.stopping:
                break
            if source.kind == "feed":
                _watch_feed(rnd, source.location)
            else:
                _watch_path(rnd, source.location)
    finally:
        state.save()
        if own:
            active.close()
    rnd.stats.seconds = time.monotonic() - start
    return rnd.stats


def watch(
    sources: Sequence[str | Source],
    store: Store,
    pipeline: Pipeline,
    every: float | str,
    *,
    state: WatchState | None = None,
    fetcher: Fetcher | None = None,
    stop_event: threading.Event | None = None,
    echo: Echo = _stderr,
    rounds: int | None = None,
) -> list[RoundStats]:
    """Run rounds ``every`` seconds (start to start) until ``stop_event`` is set or ``rounds`` ran.

    ``every`` is seconds or a duration such as ``"5m"``. Prints one summary line per round
    through ``echo``; returns every round's stats.
    """
    every = parse_duration(every) if isinstance(every, str) else float(every)
    if not every > 0:
        raise ValueError("every must be a positive number of seconds")
    stop = stop_event or threading.Event()
    state = state if state is not None else WatchState()
    done: list[RoundStats] = []
    own = fetcher is None
    active = fetcher or Fetcher()
    try:
        while not stop.is_set():
            began = time.monotonic()
            stats = watch_once(
                sources, store, pipeline, state=state, fetcher=active, echo=echo, stop_event=stop
            )
            done.append(stats)
            echo(stats.summary())
            if rounds is not None and len(done) >= rounds:
                break
            stop.wait(max(0.0, began + every - time.monotonic()))
    finally:
        if own:
            active.close()
    return done
