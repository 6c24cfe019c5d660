"""The NLP stage: one spaCy English pipeline, loaded once, offline, from an installed package."""

from .loader import DEFAULT_MODEL, doc_text, load_nlp

__all__ = ["DEFAULT_MODEL", "doc_text", "load_nlp"]
