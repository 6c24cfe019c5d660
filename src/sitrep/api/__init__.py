"""The HTTP API (FastAPI) over a store: filtered events, GeoJSON, stats, one-article ingest.

>>> import uvicorn  # doctest: +SKIP
>>> uvicorn.run(create_app("sitrep.sqlite"), host="127.0.0.1", port=8000)  # doctest: +SKIP
"""

from .app import STATIC_DIR, TOKEN_ENV, ApiError, create_app
from .queries import COMPACT_COLUMNS, EventFilters, iter_events

__all__ = [
    "create_app",
    "ApiError",
    "STATIC_DIR",
    "TOKEN_ENV",
    "EventFilters",
    "iter_events",
    "COMPACT_COLUMNS",
]
