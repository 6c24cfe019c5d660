"""A stand-in for the sitrep HTTP API, used by the browser tests only while sitrep.api.app is absent.

It serves the static page and answers the four JSON endpoints of the API contract from a real
store (events filtered in Python), so the page can be tested before the real app lands.
"""

from __future__ import annotations

import json
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sitrep.store import open_store
from sitrep.web import STATIC_DIR

__all__ = ["StandIn", "start_standin"]


def _nested(row: Any) -> dict[str, Any]:
    ev = row.event.model_dump(mode="json")
    ev["id"] = row.id
    ev["report_id"] = row.report_id
    return ev


def _compact(ev: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "report_id", "date", "date_end", "event_type", "sub_event_type", "location")
    out = {k: ev.get(k) for k in keys}
    out |= {k: ev.get(k) for k in ("certainty", "confidence", "source", "summary")}
    out["actor1"] = (ev.get("actor1") or {}).get("name")
    out["actor2"] = (ev.get("actor2") or {}).get("name")
    fat = ev.get("fatalities") or {}
    out["fatalities"] = {k: fat.get(k) for k in ("best", "civilians", "combatants")}
    return out


class StandIn:
    """Events and reports loaded once from a store file; filtering as the API contract says."""

    def __init__(self, db: Path) -> None:
        with open_store(str(db)) as store:
            rows = store.events()
            self.events = [_nested(r) for r in rows]
            self.reports = {}
            for r in rows:
                report = store.get_report(r.report_id)
                assert report is not None
                self.reports[r.report_id] = report.model_dump(mode="json")

    def matching(self, qs: dict[str, list[str]]) -> list[dict[str, Any]]:
        def one(name: str) -> str | None:
            return qs[name][0] if qs.get(name) else None

        out = []
        for ev in self.events:
            loc = ev.get("location") or {}
            day, end = ev.get("date"), ev.get("date_end") or ev.get("date")
            actors = " ".join((ev.get(a) or {}).get("name") or "" for a in ("actor1", "actor2"))
            best = (ev.get("fatalities") or {}).get("best")
            if one("event_type") and ev["event_type"] != one("event_type"):
                continue
            if one("country") and (loc.get("country") or "").upper() != one("country"):
                continue
            if one("certainty") and ev.get("certainty") != one("certainty"):
                continue
            if one("actor") and str(one("actor")).lower() not in actors.lower():
                continue
            if one("min_fatalities") and (best or 0) < int(str(one("min_fatalities"))):
                continue
            if one("q"):
                hay = " ".join([ev.get("summary") or "", loc.get("name") or ""]).lower()
                if str(one("q")).lower() not in hay:
                    continue
            if (one("since") or one("until")) and not day:
                continue
            if one("since") and str(end) < str(one("since")):
                continue
            if one("until") and str(day) > str(one("until")):
                continue
            if one("bbox"):
                w, s, e, n = (float(x) for x in str(one("bbox")).split(","))
                lat, lon = loc.get("lat"), loc.get("lon")
                if lat is None or not (s <= lat <= n and w <= lon <= e):
                    continue
            out.append(ev)
        out.sort(key=lambda e: e.get("date") or "", reverse=True)
        return out

    def answer(self, path: str, qs: dict[str, list[str]]) -> tuple[int, Any]:
        if path == "/api/events":
            evs = self.matching(qs)
            limit = int(qs.get("limit", ["100"])[0])
            offset = int(qs.get("offset", ["0"])[0])
            page = [_compact(e) for e in evs[offset : offset + limit]]
            return 200, {"total": len(evs), "limit": limit, "offset": offset, "events": page}
        if path == "/api/stats":
            evs = self.matching(qs)
            days: dict[str, list[int]] = {}
            for e in evs:
                if e.get("date"):
                    d = days.setdefault(e["date"], [0, 0])
                    d[0] += 1
                    d[1] += (e.get("fatalities") or {}).get("best") or 0
            by_day = [
                {"date": k, "events": v[0], "fatalities": v[1]} for k, v in sorted(days.items())
            ]
            return 200, {
                "total_events": len(evs),
                "total_fatalities": sum(d["fatalities"] for d in by_day),
                "by_day": by_day,
                "by_type": [],
            }
        if path.startswith("/api/events/"):
            want = path.rsplit("/", 1)[1]
            for ev in self.events:
                if str(ev["id"]) == want:
                    return 200, {"event": ev, "report": self.reports[ev["report_id"]]}
        return 404, {"error": {"status": 404, "message": "not found"}}


class _Handler(SimpleHTTPRequestHandler):
    data: StandIn

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, directory=str(STATIC_DIR), **kwargs)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path.startswith("/api/"):
            status, body = self.data.answer(parts.path, parse_qs(parts.query))
            raw = json.dumps(body, default=str).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)
            return
        if parts.path == "/":
            self.path = "/index.html"
        elif parts.path.startswith("/static/"):
            self.path = parts.path[len("/static") :]
        super().do_GET()


def start_standin(db: Path) -> tuple[str, ThreadingHTTPServer]:
    """Serve the page and the stand-in API on 127.0.0.1 (free port) in a daemon thread."""
    handler = type("Handler", (_Handler,), {"data": StandIn(db)})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", server
