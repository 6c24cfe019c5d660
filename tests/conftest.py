"""Shared fixtures: one real Pipeline per test session (spaCy model, gazetteer, knowledge base)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PAGES = ROOT / "tests" / "pages"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    p = Pipeline()
    p.warm()
    return p
