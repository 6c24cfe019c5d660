"""The web page (map, timeline, filters, event panel): static files the API serves at ``/``.

The page is plain HTML/CSS/JS with vendored Leaflet, so it needs no build step and no network;
``scripts/vendor_web.sh`` re-fetches the third-party files from the npm registry.
"""

from __future__ import annotations

from pathlib import Path

STATIC_DIR: Path = Path(__file__).resolve().parent / "static"
"""Folder holding index.html, app.js, app.css and vendor/ (mount it at ``/static``)."""

INDEX_HTML: Path = STATIC_DIR / "index.html"
"""The page served at ``/``."""

__all__ = ["STATIC_DIR", "INDEX_HTML"]
