"""Who says so: attributed sources per sentence, and the date each source spoke.

A sentence's source is its own attribution ("..., the Observatory said"), else the next
attribution that follows in the article (wire copy puts it at the end of a run of sentences),
else the last one before it. A source's speaking date ("said on Saturday") becomes the anchor
for relative dates in sentences attributed to it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..nlp.loader import doc_text, sent_noun_chunks, span_ents, span_text
from .dates import DateMention
from .kb import KnowledgeBase

__all__ = ["SourceMention", "Attribution", "attribute"]

_CUE = re.compile(
    r"\b(?:said|says|say|reported|reports|report|told|according to|quoted|quoting|claimed|announced|"
    r"confirmed|stated|added|cited|citing|aired by|carried by|published by|broadcast by|posted by|"
    r"in a statement)\b",
    re.I,
)
_GENERIC_MONITOR = re.compile(
    r"\b(?:a|the|one) (?:(?:Britain|UK|London|British)[- ]based )?(?:war )?(?:monitoring group|monitor(?:ing organi[sz]ation)?|watchdog)\b",
    re.I,
)
_OFFICIALS = re.compile(
    r"\b(?:(?:an?|the|one|two|several|local|security|military|police|government|health|hospital) )*"
    r"(?:officials?|spokesm[ae]n|spokeswoman|spokesperson|sources?|witnesses|residents|medics|doctors)\b",
    re.I,
)


@dataclass(frozen=True)
class SourceMention:
    start: int
    end: int
    text: str
    name: str
    kind: str


@dataclass
class Attribution:
    per_sentence: list[str | None]  # resolved source of each sentence (after propagation)
    explicit: list[str | None]  # the sentence's own attribution
    mentions: list[SourceMention]
    anchors: dict[str, dt.date]  # source -> the date it spoke, when the text says
    sources: list[str]  # distinct sources, in order of first attribution


def _cue_near(sent_text: str, s: int, e: int) -> bool:
    for m in _CUE.finditer(sent_text):
        if (m.start() >= e and m.start() - e <= 25) or (s >= m.end() and s - m.end() <= 30):
            return True
    return False


def attribute(
    doc: Doc,
    sents: list[Span],
    kb: KnowledgeBase,
    dates: list[list[DateMention]],
    actor_names: list[list[tuple[int, int, str]]] | None = None,
    place_spans: list[tuple[int, int]] | None = None,
) -> Attribution:
    """Resolve attributions for every sentence of ``doc``; ``dates`` are per-sentence date mentions."""
    text = doc_text(doc)
    mentions = [
        SourceMention(m.start, m.end, m.text, m.entry.name, m.entry.kind)
        for m in kb.find_sources(text)
        if not m.entry.generic
    ]
    monitors = [m.name for m in mentions if m.kind == "monitor"]
    explicit: list[str | None] = []
    anchors: dict[str, dt.date] = {}
    for i, sent in enumerate(sents):
        st = span_text(sent)
        found: str | None = None
        for m in mentions:
            if sent.start_char <= m.start < sent.end_char and _cue_near(
                st, m.start - sent.start_char, m.end - sent.start_char
            ):
                found = m.name
                break
        if found is None:
            g = _GENERIC_MONITOR.search(st)
            if g and monitors and _cue_near(st, g.start(), g.end()):
                found = monitors[0]
        if found is None:
            found = _entity_source(sent, place_spans or [])
        if found is None and actor_names is not None:
            for s, e, name in actor_names[i]:
                if _cue_near(st, s - sent.start_char, e - sent.start_char) and re.search(
                    r"\b(?:said|says|told|announced|reported|claimed|confirmed)\b",
                    st[e - sent.start_char :][:40],
                ):
                    found = _expand(sent, s, e, name)
                    break
        if found is None:
            o = _OFFICIALS.search(st)
            if o and _cue_near(st, o.start(), o.end()):
                found = "Officials"
        explicit.append(found)
        if found is not None:
            for cue in _CUE.finditer(st):
                for d in dates[i]:
                    rel = d.start - sent.start_char
                    if 0 <= rel - cue.end() <= 6 and d.precision == "day":
                        anchors.setdefault(found, d.date)
    per_sentence: list[str | None] = []
    for i in range(len(sents)):
        src = explicit[i]
        if src is None:
            src = next((s for s in explicit[i + 1 :] if s is not None), None)
        if src is None:
            src = next((s for s in reversed(explicit[:i]) if s is not None), None)
        per_sentence.append(src)
    ordered: list[str] = []
    for said in explicit:
        if said is None or said == "Officials":
            continue
        # "Oleh Syniehubov" then "Syniehubov": one source
        if any(said == o or o.endswith(" " + said) or said.endswith(" " + o) for o in ordered):
            continue
        ordered.append(said)
    return Attribution(per_sentence, explicit, mentions, anchors, ordered)


_INSTITUTION = re.compile(
    r"(?:ministry|ministries|administration|office|command|agency|council|authorit(?:y|ies)|"
    r"department|police|army|directorate|commission|governorate|cell|service|spokes\w+|officials?)$",
    re.I,
)


def _expand(sent: Span, start: int, end: int, name: str) -> str:
    """The whole noun phrase around a source ("the Houthi-run health ministry", not "health ministry")."""
    for chunk in sent_noun_chunks(sent):
        if chunk.start_char <= start and end <= chunk.end_char and _INSTITUTION.search(chunk.text):
            words = [t for t in chunk if t.dep_ not in ("det", "poss") and t.pos_ != "DET"]
            if words:
                text = doc_text(sent.doc)[words[0].idx : words[-1].idx + len(words[-1].text)]
                if len(text) > len(name):
                    return text
    return name


_ENTITY_CUE = re.compile(
    r"^\s*(?:,\s*)?(?:said|says|reports|reported|told|claimed|announced)\b", re.I
)


def _entity_source(sent: Span, place_spans: list[tuple[int, int]]) -> str | None:
    """An organisation or person named right before a reporting verb, or after "according to"."""
    doc = sent.doc
    for ent in span_ents(sent):
        if ent.label_ not in ("ORG", "PERSON", "NORP"):
            continue
        if any(s < ent.end_char and ent.start_char < e for s, e in place_spans):
            continue  # a place the tagger took for a name ("Kisumu said")
        after = doc_text(doc)[ent.end_char : ent.end_char + 20]
        before = doc_text(doc)[max(sent.start_char, ent.start_char - 14) : ent.start_char]
        if _ENTITY_CUE.match(after) or re.search(r"according to\s+(?:the\s+)?$", before, re.I):
            name = re.sub(r"^the\s+", "", ent.text, flags=re.I).strip()
            if len(name) > 2:
                return _expand(sent, ent.start_char, ent.end_char, name)
    return None
