"""The AttributeTable must set exactly what spaCy's AttributeRuler sets, on any text."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from sitrep.nlp import DEFAULT_MODEL, load_nlp
from sitrep.nlp.attrs import AttributeTable, Unsupported, compile_rules, use_attribute_table

ROOT = Path(__file__).resolve().parents[2]
ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]


@pytest.fixture(scope="module")
def stock() -> Language:
    """The model as spaCy loads it (with sitrep's line breaks, which set sentence starts before
    parsing and are tested on their own): the reference the table must agree with."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = spacy.load(DEFAULT_MODEL, exclude=["lemmatizer"])
    nlp.add_pipe("sitrep_line_breaks", before="parser")
    return nlp


def _annotations(doc: Any) -> list[tuple[str, str, str, str, str]]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def _both(stock: Language, text: str) -> tuple[Any, Any]:
    """The Doc annotated by the ruler, and the same parse annotated by the table."""
    ruler = stock.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    table = AttributeTable(stock.vocab, ruler.patterns)
    parsed = stock(text, disable=["attribute_ruler", "ner"])
    by_ruler = ruler(parsed.copy())
    by_table = table(parsed.copy())
    return by_ruler, by_table


def test_loader_uses_the_table_under_the_rulers_name() -> None:
    nlp = load_nlp()
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeTable)
    assert nlp.pipe_names == [
        "tok2vec", "tagger", "sitrep_line_breaks", "parser", "attribute_ruler", "ner",
        "sitrep_paren_ents",
    ]  # fmt: skip


def test_sample_articles_annotated_identically(stock: Language) -> None:
    texts = [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples/sample").glob("*.txt"))
    ]
    docs_stock = list(stock.pipe(texts))
    docs_fast = list(load_nlp().pipe(texts))
    tokens = 0
    for a, b in zip(docs_stock, docs_fast, strict=True):
        tokens += len(a)
        assert (a.to_array(ATTRS) == b.to_array(ATTRS)).all()
        assert _annotations(a) == _annotations(b)
        assert [(e.start, e.end, e.label_) for e in a.ents] == [
            (e.start, e.end, e.label_) for e in b.ents
        ]
    assert tokens > 1000


# Words the ruler's patterns single out (pronouns, auxiliaries, "gon na", "y' all", negations,
# "ai n't"), mixed with ordinary ones and odd whitespace, so every kind of rule gets to fire.
_WORDS = (
    "I me you he him she her it we us they them mine his hers its ours theirs myself "
    "my your our their this that these those a an the here there then once well not n't "
    "nt do does did 's 're 'd is are was were be been being have has had can could may "
    "might must should will would gon na got ta let c'm on y' all ai nothin' something "
    "anyone nobody but because since if while although though the army shelled Aleppo "
    "killed 12 civilians said on Monday Syria rebels , . ! ? ; - \" ' ( )"
)


@settings(max_examples=40, deadline=None)
@given(
    words=st.lists(st.sampled_from(_WORDS.split()), min_size=0, max_size=40),
    spaces=st.lists(st.sampled_from([" ", " ", " ", "  ", "\n", "\n\n", " \t "]), max_size=40),
)
def test_any_text_annotated_identically(
    stock: Language, words: list[str], spaces: list[str]
) -> None:
    text = "".join(w + (spaces[i] if i < len(spaces) else " ") for i, w in enumerate(words))
    by_ruler, by_table = _both(stock, text)
    assert _annotations(by_ruler) == _annotations(by_table)
    assert (by_ruler.to_array(ATTRS) == by_table.to_array(ATTRS)).all()


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n",
        "I'd say it isn't so.  But he didn't go\n\n there, though.",
        "We're gonna win, y'all. Let's go! Ain't nothin' gotta stop us.",
        "There are those who said that it was done; that is what they did.",
    ],
)
def test_edge_texts_annotated_identically(stock: Language, text: str) -> None:
    by_ruler, by_table = _both(stock, text)
    assert _annotations(by_ruler) == _annotations(by_table)


def test_later_rules_override_earlier_ones(stock: Language) -> None:
    """Two rules on the same token: the one added last wins, as in the ruler."""
    patterns: list[dict[str, Any]] = [
        {"patterns": [[{"LOWER": "aleppo"}]], "attrs": {"POS": "NOUN"}},
        {"patterns": [[{"LOWER": {"IN": ["aleppo", "homs"]}}]], "attrs": {"POS": "VERB"}},
        {"patterns": [[{"LOWER": "in"}, {"LOWER": "homs"}]], "attrs": {"POS": "ADJ"}, "index": -1},
    ]
    table = AttributeTable(stock.vocab, patterns)
    doc = table(stock.make_doc("Aleppo in Homs"))
    assert [t.pos_ for t in doc] == ["VERB", "", "ADJ"]


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "a", "OP": "?"}],
        [{"LENGTH": {">=": 3}}],
        [{"LOWER": {"FUZZY": "aleppo"}}],
        [{"_": {"foo": "bar"}}],
    ],
)
def test_unsupported_patterns_keep_spacys_ruler(pattern: list[dict[str, Any]]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = spacy.blank("en")
    with pytest.raises(Unsupported):
        compile_rules(nlp.vocab, [{"patterns": [pattern], "attrs": {"POS": "NOUN"}}])
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([pattern], {"POS": "NOUN"})  # type: ignore[list-item]
    assert use_attribute_table(nlp) is False
    assert nlp.get_pipe("attribute_ruler") is ruler
