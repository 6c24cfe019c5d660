"""Feeds end to end: a real local HTTP server, a real Pipeline and a temporary SQLite store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from feed_server import Server
from sqlalchemy import func, select

from sitrep.pipeline import Pipeline
from sitrep.store import Store, open_store
from sitrep.store.schema import ReportRecord
from sitrep.watch import USER_AGENT, Fetcher, WatchState, watch_once

NEW_ITEM = """    <item>
      <title>Police fire tear gas at protesters in Kisumu</title>
      <link>{base}/articles/protest.html</link>
      <guid>{base}/articles/protest.html</guid>
      <pubDate>Thu, 17 Oct 2024 14:30:00 GMT</pubDate>
    </item>
"""


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "watch.sqlite") as s:
        yield s


@pytest.fixture()
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(timeout=5) as f:
        yield f


def _report_count(store: Store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(ReportRecord)).scalar_one()


def test_rss_first_round_stores_all_then_nothing_then_only_the_new_entry(
    server: Server, store: Store, pipeline: Pipeline, fetcher: Fetcher, tmp_path: Path
) -> None:
    state = WatchState(tmp_path / "watch.sqlite.watch.json")
    lines: list[str] = []
    feed = server.url("/rss.xml")

    first = watch_once([feed], store, pipeline, state=state, fetcher=fetcher, echo=lines.append)
    assert (first.new, first.failed, first.reports_added) == (2, 0, 2)
    assert first.events_added >= 2 and _report_count(store) == 2
    assert server.hits("/articles/clash.html") == [200]
    assert server.hits("/articles/airstrike.html") == [200]
    # title, date and link come from the feed entry, the id from its guid
    rows = store.events()
    by_url = {r.report_url: r for r in rows}
    clash = by_url[server.url("/articles/clash.html")]
    assert clash.report_title == "Clashes near Marea leave 14 fighters dead"
    assert clash.report_published is not None
    assert clash.report_published.astimezone(dt.UTC) == dt.datetime(
        2016, 5, 30, 12, 49, 41, tzinfo=dt.UTC
    )
    stored = store.get_report(clash.report_id)
    assert stored is not None and stored.external_id == "example-wire-1001"
    assert {r.event.event_type for r in rows} >= {"Battles", "Explosions/Remote violence"}
    # the server saw who we are
    assert all(h.get("User-Agent") == USER_AGENT for _, _, h in server.requests)
    saved = state.path.read_bytes() if state.path else b""
    assert b"example-wire-1002" in saved

    server.requests.clear()
    second = watch_once([feed], store, pipeline, state=state, fetcher=fetcher, echo=lines.append)
    assert (second.new, second.failed, second.reports_added, second.events_added) == (0, 0, 0, 0)
    assert server.hits("/rss.xml") == [304]  # conditional GET, nothing else fetched
    assert len(server.requests) == 1
    assert state.path is not None and state.path.read_bytes() == saved
    assert _report_count(store) == 2

    server.requests.clear()
    server.extra = NEW_ITEM.replace("{base}", server.base)
    third = watch_once([feed], store, pipeline, state=state, fetcher=fetcher, echo=lines.append)
    assert (third.new, third.skipped, third.reports_added) == (1, 2, 1)
    assert server.hits("/rss.xml") == [200]
    assert [p for p, _, _ in server.requests if p.startswith("/articles/")] == [
        "/articles/protest.html"
    ]
    assert _report_count(store) == 3
    assert lines == []  # nothing failed, so nothing was reported


def test_atom_404_is_reported_retried_and_picked_up_once_it_exists(
    server: Server, store: Store, pipeline: Pipeline, fetcher: Fetcher
) -> None:
    state = WatchState()
    lines: list[str] = []
    feed = server.url("/atom.xml")

    first = watch_once([feed], store, pipeline, state=state, fetcher=fetcher, echo=lines.append)
    assert (first.new, first.failed, first.reports_added) == (1, 1, 1)
    origin, reason = first.failures[0]
    assert origin == server.url("/articles/missing.html") and "404" in reason
    assert len(lines) == 1 and "404" in lines[0] and "missing.html" in lines[0]
    # the relative Atom link was resolved against the feed's address
    assert server.hits("/articles/protest.html") == [200]
    assert state.feed(feed).etag is None  # so next round cannot get a 304 that hides the retry

    second = watch_once([feed], store, pipeline, state=state, fetcher=fetcher, echo=lines.append)
    assert (second.new, second.failed, second.skipped) == (0, 1, 1)
    assert server.hits("/atom.xml") == [200, 200]
    assert server.hits("/articles/missing.html") == [404, 404]
    assert server.hits("/articles/protest.html") == [200]  # never fetched twice

    page = (Path(__file__).parents[1] / "fixtures/watch/articles/airstrike.html").read_bytes()
    server.overrides["/articles/missing.html"] = (200, page)
    third = watch_once([feed], store, pipeline, state=state, fetcher=fetcher, echo=lines.append)
    assert (third.new, third.failed, third.reports_added) == (1, 0, 1)
    assert state.feed(feed).etag is not None
    fourth = watch_once([feed], store, pipeline, state=state, fetcher=fetcher, echo=lines.append)
    assert (fourth.new, fourth.failed) == (0, 0) and server.hits("/atom.xml")[-1] == 304


def test_bad_feeds_are_reported_and_the_round_goes_on(
    server: Server, store: Store, pipeline: Pipeline
) -> None:
    state = WatchState()
    lines: list[str] = []
    closed = "http://127.0.0.1:9/feed.xml"  # discard port: nothing listens there
    sources = [
        server.url("/broken.xml"),
        server.url("/articles/clash.html"),  # a page, not a feed
        server.url("/nowhere.xml"),
        closed,
        server.url("/slow"),
        server.url("/rss.xml"),
    ]
    with Fetcher(timeout=0.5) as quick:
        stats = watch_once(sources, store, pipeline, state=state, fetcher=quick, echo=lines.append)
    assert stats.failed == 5 and stats.new == 2 and stats.reports_added == 2
    reasons = dict(stats.failures)
    assert "bad XML" in reasons[server.url("/broken.xml")]
    assert "not a readable RSS or Atom feed" in reasons[server.url("/articles/clash.html")]
    assert "404" in reasons[server.url("/nowhere.xml")]
    assert closed in reasons and reasons[closed].startswith(closed)
    assert "timed out" in reasons[server.url("/slow")]
    assert len(lines) == 5 and all(line.startswith("error ") for line in lines)
    # failures leave no trace in the state: each is tried again next round
    assert set(state.feeds[server.url("/rss.xml")].seen or []) == {
        "example-wire-1001",
        "example-wire-1002",
    }
    assert not state.feeds[server.url("/broken.xml")].seen
