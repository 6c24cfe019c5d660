"""A real HTTP server (used by conftest.py) on 127.0.0.1 serving tests/fixtures/watch, with switches for each test.

Feeds are templates: ``{base}`` becomes the server's own address at request time (so item links
point back at it) and ``{extra}`` takes items a test adds. ETag/If-None-Match is honoured, and
every request is recorded so tests can see what was (not) fetched.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "watch"
TEMPLATES = {"/rss.xml", "/atom.xml"}


@dataclass
class Server:
    base: str = ""
    extra: str = ""  # raw <item> XML appended to rss.xml
    overrides: dict[str, tuple[int, bytes]] = field(default_factory=dict)
    requests: list[tuple[str, int, dict[str, str]]] = field(default_factory=list)

    def reset(self) -> None:
        self.extra = ""
        self.overrides.clear()
        self.requests.clear()

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> list[int]:
        """Status codes served for ``path``, in order."""
        return [status for p, status, _ in self.requests if p == path]

    def body(self, path: str) -> tuple[int, bytes, str]:
        if path in self.overrides:
            status, data = self.overrides[path]
            return status, data, "text/html; charset=utf-8"
        file = (FIXTURES / path.lstrip("/")).resolve()
        if FIXTURES not in file.parents or not file.is_file():
            return 404, b"<html><body>not found</body></html>", "text/html"
        data = file.read_bytes()
        if path in TEMPLATES:
            text = data.decode().replace("{base}", self.base).replace("{extra}", self.extra)
            return 200, text.encode(), "application/xml; charset=utf-8"
        if path == "/broken.xml":
            return 200, data, "application/rss+xml"
        return 200, data, "text/html; charset=utf-8"


def handler(server: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
            path = self.path.split("?", 1)[0]
            if path == "/slow":
                time.sleep(1.5)
            status, data, ctype = server.body(path)
            etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
            if status == 200 and self.headers.get("If-None-Match") == etag:
                status, data = 304, b""
            server.requests.append((path, status, dict(self.headers.items())))
            self.send_response(status)
            if status != 304:
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
            if status in (200, 304):
                self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler
