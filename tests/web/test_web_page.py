"""The web page in a real headless Chromium (Debian's), against the real API app when it exists.

The store is built by ingesting examples/sample plus one article full of hostile markup. Chromium
comes from Debian (`apt-get install chromium`); Playwright is only the driver, no browser download.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
HOSTILE = Path(__file__).parent / "fixtures" / "hostile-markup-2016-05-29.txt"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

if importlib.util.find_spec("playwright") is None and os.environ.get("CI"):
    pytest.fail("CI must install playwright (make setup installs the test extras)")
playwright_api = pytest.importorskip("playwright.sync_api")  # outside CI only
if not CHROMIUM.exists():
    if os.environ.get("CI"):
        pytest.fail("CI must install Debian's chromium (apt-get install -y chromium)")
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)


def _real_app() -> bool:
    """The real app when it is there; SITREP_WEB_STANDIN=1 forces the stand-in (page debugging)."""
    if os.environ.get("SITREP_WEB_STANDIN") == "1":
        return False
    return importlib.util.find_spec("sitrep.api.app") is not None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("articles")
    for f in (ROOT / "examples" / "sample").iterdir():
        shutil.copy(f, src / f.name)
    shutil.copy(HOSTILE, src / HOSTILE.name)
    db = tmp_path_factory.mktemp("store") / "web.sqlite"
    cmd = [sys.executable, "-m", "sitrep", "ingest", str(src), "--db", str(db)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    return db


@pytest.fixture(scope="module")
def base_url(store_file: Path) -> Iterator[str]:
    if _real_app():
        import uvicorn

        from sitrep.api.app import create_app

        port = _free_port()
        config = uvicorn.Config(
            create_app(str(store_file)), host="127.0.0.1", port=port, log_level="warning"
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.started, "uvicorn did not start"
        yield f"http://127.0.0.1:{port}"
        server.should_exit = True
        thread.join(timeout=10)
    else:
        from standin import start_standin  # the real app is not there yet

        url, httpd = start_standin(store_file)
        yield url
        httpd.shutdown()


def api(base_url: str, path: str, **params: Any) -> Any:
    query = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
    with urllib.request.urlopen(f"{base_url}{path}?{query}", timeout=10) as r:
        return json.load(r)


def all_events(base_url: str, **filters: Any) -> list[dict[str, Any]]:
    return list(api(base_url, "/api/events", limit=1000, **filters)["events"])


def has_point(ev: dict[str, Any]) -> bool:
    loc = ev.get("location")
    lat = loc.get("lat") if isinstance(loc, dict) else ev.get("lat")
    return isinstance(lat, int | float)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Watched:
    """A page with its console errors, uncaught exceptions and dialogs recorded."""

    def __init__(self, browser: Any, base_url: str, query: str = "") -> None:
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

        def on_dialog(d: Any) -> None:
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", on_dialog)
        self.page.goto(base_url + "/" + query)
        self.page.wait_for_selector("body[data-ready]", state="attached", timeout=15000)

    def total(self) -> int:
        return int(self.page.get_attribute("#count", "data-total") or -1)

    def wait_total(self, n: int) -> None:
        self.page.wait_for_selector(f'#count[data-total="{n}"]', timeout=10000)


@pytest.fixture
def watched(browser: Any, base_url: str) -> Iterator[Watched]:
    w = Watched(browser, base_url)
    yield w
    w.context.close()


def test_page_loads_with_markers_and_no_console_errors(watched: Watched, base_url: str) -> None:
    events = all_events(base_url)
    assert events, "the sample store should hold events"
    page = watched.page
    assert watched.total() == api(base_url, "/api/events", limit=1)["total"] == len(events)
    page.wait_for_selector(".leaflet-overlay-pane path.leaflet-interactive, .marker-cluster")
    assert int(page.get_attribute("#map", "data-markers") or -1) == sum(map(has_point, events))
    assert page.locator("#list li").count() == len(events)
    assert page.locator("#timeline rect.bar").count() > 0
    # the offline basemap: Natural Earth countries drawn as (non-interactive) paths
    page.wait_for_function(
        "() => document.querySelectorAll('.leaflet-overlay-pane path').length > 100"
    )
    assert page.locator(".legend").inner_text().count("Battles") == 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-map.png"))
    assert watched.errors == []


def test_event_type_filter_changes_count(watched: Watched, base_url: str) -> None:
    everything = api(base_url, "/api/events", limit=1)["total"]
    battles = api(base_url, "/api/events", limit=1, event_type="Battles")["total"]
    assert 0 < battles < everything
    watched.page.select_option("#f-event_type", "Battles")
    watched.wait_total(battles)
    assert watched.page.locator("#list li").count() == battles
    assert "Battles" not in watched.page.inner_text("#count")  # the count, not a label
    watched.page.fill("#f-min_fatalities", "5")
    heavy = api(base_url, "/api/events", limit=1, event_type="Battles", min_fatalities=5)["total"]
    watched.wait_total(heavy)
    assert watched.errors == []


def evidence_of(base_url: str, event_id: int) -> tuple[str, list[dict[str, Any]]]:
    body = api(base_url, f"/api/events/{event_id}")
    event = body.get("event", body)
    report = body.get("report") or event["report"]
    return report["text"], event["evidence"]


def test_clicking_a_row_opens_the_panel_with_evidence_marked(
    watched: Watched, base_url: str
) -> None:
    page = watched.page
    first = page.locator("#list li").first
    event_id = int(first.get_attribute("data-id") or -1)
    first.locator("button").click()
    page.wait_for_selector(f'#panel[data-loaded="{event_id}"]')
    text, evidence = evidence_of(base_url, event_id)
    spans = [text[e["start"] : e["end"]] for e in evidence]
    marks = page.locator("#panel mark").all_inner_texts()
    assert marks
    for mark in marks:
        assert mark in text
        assert any(mark in s or s in mark for s in spans), mark
    assert page.inner_text("#panel .reporttext").replace("\n", "") == text.replace("\n", "")
    page.keyboard.press("Escape")
    assert page.locator("#panel").is_hidden()


def test_clicking_a_marker_opens_its_event(watched: Watched) -> None:
    page = watched.page
    marker = page.locator(".leaflet-overlay-pane path.leaflet-interactive").first
    marker.click(force=True)
    page.wait_for_selector("#panel[data-loaded]")
    assert page.locator("#panel h2").inner_text().strip()
    assert page.locator("#list li.selected").count() == 1


def test_timeline_brush_narrows_the_list(watched: Watched, base_url: str) -> None:
    page = watched.page
    before = watched.total()
    box = page.locator("#timeline").bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 2, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.2, y, steps=5)
    page.mouse.up()
    page.wait_for_function(
        f"() => Number(document.querySelector('#count').dataset.total) < {before}"
    )
    since, until = page.inner_text("#range").split(" → ")
    expected = api(base_url, "/api/events", limit=1000, since=since, until=until)
    watched.wait_total(expected["total"])
    shown = page.locator("#list li").count()
    assert 0 < shown == expected["total"] < before
    assert all(since <= str(e["date"]) <= until for e in expected["events"])
    page.click("#range-clear")
    watched.wait_total(before)


def test_article_markup_is_shown_as_text_and_never_runs(watched: Watched, base_url: str) -> None:
    hostile = None
    for ev in all_events(base_url):
        text, _ = evidence_of(base_url, ev["id"])
        if "<script>" in text:
            hostile = ev["id"]
    assert hostile is not None, "the hostile article should have given an event"
    page = watched.page
    page.click(f'#list li[data-id="{hostile}"] button')
    page.wait_for_selector(f'#panel[data-loaded="{hostile}"]')
    shown = page.inner_text("#panel")
    assert '<script>alert("xss")</script>' in shown
    assert "<img src=x onerror=alert(2)>" in shown
    assert "<img src=x onerror=alert(1)>" in shown  # the title
    assert page.locator("#panel img, #panel script").count() == 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-panel.png"))
    page.wait_for_timeout(200)
    assert watched.dialogs == []
    assert watched.errors == []


def test_online_tiles_are_opt_in(browser: Any, base_url: str) -> None:
    served: list[str] = []
    png = (ROOT / "src/sitrep/web/static/vendor/leaflet/images/layers.png").read_bytes()
    context = browser.new_context()
    page = context.new_page()
    page.route(
        "https://tiles.example.test/**",
        lambda route: (served.append(route.request.url), route.fulfill(body=png))[1],
    )
    tiles = urllib.parse.quote("https://tiles.example.test/{z}/{x}/{y}.png")
    page.goto(f"{base_url}/?tiles={tiles}")
    page.wait_for_selector("body[data-ready]", state="attached")
    page.wait_for_selector("img.leaflet-tile")
    assert served and all(u.endswith(".png") for u in served)
    assert page.locator("#map.offline").count() == 0
    context.close()
