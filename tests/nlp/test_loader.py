"""The Span shortcuts in :mod:`sitrep.nlp.loader` must equal spaCy's own answers exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sitrep.nlp import load_nlp, sent_noun_chunks, span_ents, span_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def docs() -> list:
    texts = [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "sample").glob("*.txt"))
    ]
    return list(load_nlp().pipe(texts))


def test_sentence_shortcuts_equal_spacy(docs: list) -> None:
    sents = 0
    for doc in docs:
        for sent in doc.sents:
            sents += 1
            assert span_text(sent) == sent.text
            assert [(e.start, e.end, e.label_) for e in span_ents(sent)] == [
                (e.start, e.end, e.label_) for e in sent.ents
            ]
            assert [(c.start, c.end, c.text) for c in sent_noun_chunks(sent)] == [
                (c.start, c.end, c.text) for c in sent.noun_chunks
            ]
    assert sents > 20


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_any_span_text_equals_spacy(docs: list, data: st.DataObject) -> None:
    """Arbitrary token ranges, trailing whitespace and empty spans included."""
    doc = docs[data.draw(st.integers(0, len(docs) - 1))]
    start = data.draw(st.integers(0, len(doc)))
    end = data.draw(st.integers(start, len(doc)))
    span = doc[start:end]
    assert span_text(span) == span.text
    assert [(e.start, e.end) for e in span_ents(span)] == [(e.start, e.end) for e in span.ents]


def test_matrix_products_on_numpy_blas_single_threaded() -> None:
    """Every layer computes with numpy's BLAS (not BLIS), and BLAS runs one thread, so worker
    processes do not fight over the cores."""
    from threadpoolctl import threadpool_info

    nlp = load_nlp()
    layers = [n for _, c in nlp.pipeline if hasattr(c, "model") for n in c.model.walk()]
    assert layers and all(getattr(n.ops, "use_blis", True) is False for n in layers)
    assert all(i["num_threads"] == 1 for i in threadpool_info() if i["user_api"] == "blas")


def test_no_entity_runs_across_an_opening_bracket() -> None:
    nlp = load_nlp()
    doc = nlp(
        "On 12 November 2023, fighters attacked outposts in Kawkareik (Kawkareik township, "
        "Kayin). A mob beat a trader in Bazar Tand, Ramgarh (Jharkhand) on Friday."
    )
    assert all("(" not in e.text for e in doc.ents)
    assert "Kawkareik" in {e.text for e in doc.ents}


@settings(max_examples=60, deadline=None)
@example(["Kawkareik", "(", "Kawkareik", "(", "Kawkareik"])  # two brackets in one entity
@given(
    st.lists(
        st.sampled_from(["Kawkareik", "(", ")", "Kayin", "township", "Ramgarh", ",", "in", "the"]),
        min_size=1,
        max_size=14,
    )
)
def test_bracket_split_keeps_entities_well_formed(words: list[str]) -> None:
    doc = load_nlp()(" ".join(words))
    for e in doc.ents:
        assert len(e) > 0
        assert e[1:].text.count("(") == 0
