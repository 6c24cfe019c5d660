"""``sitrep watch``: poll RSS/Atom feeds and folders, process what is new, store its events."""

from __future__ import annotations

from .core import RoundStats, Source, parse_source, watch, watch_once
from .duration import parse_duration
from .fetch import USER_AGENT, Fetched, Fetcher, FetchError
from .state import FeedState, FileStamp, WatchState, state_path_for

__all__ = [
    "USER_AGENT",
    "FeedState",
    "FetchError",
    "Fetched",
    "Fetcher",
    "FileStamp",
    "RoundStats",
    "Source",
    "WatchState",
    "parse_duration",
    "parse_source",
    "state_path_for",
    "watch",
    "watch_once",
]
