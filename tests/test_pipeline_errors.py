"""A bug that surfaces on one article becomes that article's error; the run goes on."""

from __future__ import annotations

from typing import Any

from sitrep.geo.gazetteer import SQLiteGazetteer
from sitrep.models import RawDocument
from sitrep.pipeline import Pipeline


class _BrokenOnWord:
    """A real gazetteer that fails on one name, standing in for a bug in a rule."""

    def __init__(self, inner: SQLiteGazetteer, word: str) -> None:
        self._inner, self._word = inner, word

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def known(self, name: str) -> bool:
        if name == self._word:
            raise ValueError("boom")
        return self._inner.known(name)

    def candidates(self, name: str, *, loose: bool = True) -> list[Any]:
        if name == self._word:
            raise ValueError("boom")
        return self._inner.candidates(name, loose=loose)


def _docs() -> list[RawDocument]:
    texts = [
        "Gunmen killed three villagers in Aleppo on Monday, residents said.",
        "Fighting broke out near Zyxwvut on Tuesday, killing two soldiers.",
        "A roadside bomb killed four soldiers in Idlib on Wednesday.",
    ]
    return [RawDocument(origin=f"t{i}", content=t) for i, t in enumerate(texts)]


def test_one_failing_article_is_reported_and_the_rest_processed(pipeline: Pipeline) -> None:
    broken = Pipeline(
        nlp=pipeline.nlp,
        kb=pipeline.kb,
        gazetteer=_BrokenOnWord(pipeline.gazetteer, "Zyxwvut"),
    )
    for n_process in (1, 2):
        reports = [r for r, _ in broken.pipe(_docs(), n_process=n_process)]
        assert [r.origin for r in reports] == ["t0", "t1", "t2"]
        assert reports[0].error is None and reports[2].error is None
        assert reports[0].events and reports[2].events
        error = reports[1].error or ""
        assert "extraction failed" in error and "ValueError" in error and "report it" in error
