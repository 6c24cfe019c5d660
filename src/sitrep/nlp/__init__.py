"""The NLP stage: one spaCy English pipeline, loaded once, offline, from an installed package."""

from .loader import DEFAULT_MODEL, doc_text, load_nlp, sent_noun_chunks, span_ents, span_text

__all__ = [
    "DEFAULT_MODEL",
    "doc_text",
    "load_nlp",
    "span_ents",
    "sent_noun_chunks",
    "span_text",
]
