"""The API over a store the real pipeline filled from examples/sample, and the write endpoint."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sitrep.pipeline import Pipeline

ARTICLE = (
    "BEIRUT, May 30 (Reuters) - Islamic State fighters attacked the town of Marea in northern "
    "Syria on Saturday, killing at least 12 rebels, the Syrian Observatory for Human Rights said. "
    "<script>alert(1)</script> Residents fled towards the Turkish border."
)


def test_event_detail_has_every_field_its_report_and_sentences(
    live: Callable[..., Any],
) -> None:
    with live() as client:
        listed = client.get("/api/events", params={"limit": 1000}).json()
        assert listed["total"] == len(listed["events"]) > 0
        for compact in listed["events"]:
            detail = client.get(f"/api/events/{compact['id']}").json()
            assert detail["id"] == compact["id"] and detail["event_type"] == compact["event_type"]
            assert detail["report"]["id"] == compact["report_id"]
            text = detail["report"]["text"]
            for span in detail["evidence"]:
                assert text[span["start"] : span["end"]] == span["text"]
            for sentence in detail["sentences"]:
                assert text[sentence["start"] : sentence["end"]] == sentence["text"]
        report = client.get(f"/api/reports/{compact['report_id']}").json()
        assert compact["id"] in [e["id"] for e in report["events"]]


def test_the_root_serves_the_web_page_or_says_it_is_not_built(
    live: Callable[..., Any], tmp_path: Path
) -> None:
    with live(static_dir=tmp_path) as client:
        response = client.get("/")
        assert response.status_code == 200 and "not built" in response.text
        assert client.get("/static/app.js").json()["error"]["status"] == 404
    (tmp_path / "index.html").write_text("<!doctype html><title>map</title>", encoding="utf-8")
    (tmp_path / "app.js").write_text("console.log(1)", encoding="utf-8")
    with live(static_dir=tmp_path) as client:
        assert "<title>map</title>" in client.get("/").text
        assert client.get("/static/app.js").text == "console.log(1)"


def test_writing_is_disabled_without_a_token(live: Callable[..., Any]) -> None:
    with live() as client:
        response = client.post("/api/reports", json={"text": ARTICLE})
        assert response.status_code == 403
        error = response.json()["error"]
        assert error["code"] == "writing_disabled" and "--token" in error["message"]


def test_a_wrong_or_missing_token_is_refused(live: Callable[..., Any]) -> None:
    with live(token="s3cret") as client:
        for headers in [{}, {"Authorization": "Bearer nope"}, {"Authorization": "s3cret"}]:
            response = client.post("/api/reports", json={"text": ARTICLE}, headers=headers)
            assert response.status_code == 401
            assert response.json()["error"]["status"] == 401
            assert response.headers["www-authenticate"] == "Bearer"


def test_posting_an_article_stores_it_and_returns_its_script_as_data(
    live: Callable[..., Any], pipeline: Pipeline
) -> None:
    auth = {"Authorization": "Bearer s3cret"}
    with live(token="s3cret", pipeline_factory=lambda: pipeline) as client:
        body = {"text": ARTICLE, "published": "2016-05-30T12:00:00+03:00", "id": "wire-1"}
        response = client.post("/api/reports", json=body, headers=auth)
        assert response.status_code == 201, response.text
        created = response.json()
        assert created["created"] is True and created["external_id"] == "wire-1"
        assert created["events"], "the article reports a clash"
        again = client.post("/api/reports", json=body, headers=auth)
        assert again.status_code == 200 and again.json()["events"] == created["events"]

        event = client.get(f"/api/events/{created['events'][0]}").json()
        assert event["report"]["id"] == created["id"]
        assert "<script>alert(1)</script>" in event["report"]["text"]
        report = client.get(f"/api/reports/{created['id']}")
        assert report.headers["content-type"] == "application/json"
        assert "<script>alert(1)</script>" in report.json()["text"]
        listed = client.get("/api/events", params={"q": "Marea", "limit": 1000}).json()
        assert set(created["events"]) <= {e["id"] for e in listed["events"]}

        bad = client.post("/api/reports", json={"text": "x", "html": "<p>x</p>"}, headers=auth)
        assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_request"


@pytest.mark.parametrize("field", ["text", "html"])
def test_an_empty_article_is_a_422(
    live: Callable[..., Any], pipeline: Pipeline, field: str
) -> None:
    with live(token="t", pipeline_factory=lambda: pipeline) as client:
        response = client.post(
            "/api/reports", json={field: "   "}, headers={"Authorization": "Bearer t"}
        )
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "invalid_article"
