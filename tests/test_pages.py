"""Project-written pages in other settings, scored by the acceptance checker.

Each page has a ceiling on the number of unmet requirements: a ratchet that may only go down
(see tests/pages/README.md). The canonical page must meet all of its requirements.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.eval.acceptance import check, load_expected
from sitrep.ingest import iter_documents
from sitrep.pipeline import Pipeline, contract

PAGES = Path(__file__).resolve().parent / "pages"

#: page -> most unmet requirements allowed today (lower these as the extractor improves).
CEILINGS = {
    "marea-2016-05-30.txt": 0,
    "nigeria-bakura-2025-03-04.txt": 0,
    "kenya-kisumu-2024-10-17.html": 0,
    "yemen-majz-2019-03-12.txt": 0,
    "ukraine-kupiansk-2023-11-13.html": 0,
    "somalia-wanlaweyn-2025-02-06.txt": 0,
    "iraq-muqdadiyah-2023-01-17.txt": 3,
}


def test_every_page_has_a_ceiling() -> None:
    pages = {p.name for p in PAGES.iterdir() if p.suffix in (".txt", ".html")}
    assert pages == set(CEILINGS)
    assert len(pages) >= 6


@pytest.mark.parametrize("name", sorted(CEILINGS))
def test_page_coding(pipeline: Pipeline, name: str) -> None:
    page = PAGES / name
    expected = load_expected(page.with_name(page.stem + ".expected.json"))
    [(report, clean)] = list(pipeline.pipe(iter_documents([page])))
    output = contract(report, clean)
    assert "error" not in output
    failures = check(output, expected)
    detail = "\n".join(f"{f.requirement}: {f.detail}" for f in failures)
    assert len(failures) <= CEILINGS[name], detail
    # invariants that hold on every page whatever the ceiling
    published = report.published.date() if report.published else None
    for event in report.events:
        assert published is None or event.date is None or event.date <= published
        assert event.evidence, "every event carries evidence"
        for ev in event.evidence:
            assert report.text[ev.start : ev.end] == ev.text
