"""All-capitals sentences (wire copy, analysts' notes) re-cased for matching.

Neither spaCy's NER nor the capitals say which words are names in upper-case copy, so the
toponym detector matches on a re-cased copy of each such sentence, with the same tokens and
offsets as the original.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from .words import _CONNECTORS, abbreviations, common_words

__all__: list[str] = []


def _caps_tokens(toks: list[Token], sentences: list[tuple[int, int]]) -> set[int]:
    """Tokens of sentences written mostly in capitals (wire copy, analysts' notes), where
    neither spaCy's NER nor the capitals say which words are names."""
    out: set[int] = set()
    for a, b in sentences:
        words = [t for t in toks[a:b] if t.is_alpha and len(t) > 1]
        if len(words) >= 3 and sum(t.is_upper for t in words) > 0.6 * len(words):
            out.update(range(a, b))
    return out


def _recase(word: str) -> str:
    """An all-capitals word as news would write it: function and common words in lower case,
    abbreviations ("UK") kept, everything else capitalised ("MOGADISHU" -> "Mogadishu")."""
    low = word.lower()
    if len(low) != len(word):
        return word  # keep offsets: a few letters change length when lower-cased
    if low in STOP_WORDS or low in _CONNECTORS or low in common_words():
        return low
    if word in abbreviations():
        return word
    return word[:1] + low[1:]


def _true_cased(doc: Doc, toks: list[Token], caps: set[int]) -> Doc:
    """A copy of ``doc`` with its all-capitals sentences re-cased, the same tokens and
    offsets. NER's entities on the capitals are left out (they are noise there); tags and
    entities elsewhere are kept."""
    words = [
        _recase(t.text) if i in caps and t.is_alpha and t.is_upper else t.text
        for i, t in enumerate(toks)
    ]
    tags = [t.tag_ if i not in caps else "" for i, t in enumerate(toks)]
    new = Doc(
        doc.vocab,
        words=words,
        spaces=[bool(t.whitespace_) for t in toks],
        tags=tags if any(tags) else None,
    )
    new.set_ents(
        [
            Span(new, e.start, e.end, label=e.label_)
            for e in doc.ents
            if not any(k in caps for k in range(e.start, e.end))
        ],
        default="outside",
    )
    return new
