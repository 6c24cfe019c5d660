"""Score sitrep on WikiEvents (KAIROS event ontology; Li, Ji and Han, NAACL 2021).

KAIROS event types are mapped to ACLED event types (first = canonical):

=====================================  =====================================================
KAIROS type (prefix)                   ACLED event types accepted
=====================================  =====================================================
Conflict.Attack.DetonateExplode        Explosions/Remote violence
Conflict.Attack (any other)            Battles, Explosions/Remote violence,
                                       Violence against civilians (the violent family)
Conflict.Demonstrate.DemonstrateWith   Riots, Protests
Violence
Conflict.Demonstrate (other)           Protests
Justice.ArrestJailDetain               Strategic developments (Arrests)
Life.Die                               no type: fatality evidence (see trigger recall)
=====================================  =====================================================

Two scores:

event types
    Per document, the gold *slots* (one per distinct mapped KAIROS type) are resolved against
    the predicted ACLED types: a slot becomes the predicted type it accepts, else its canonical
    type. The resolved gold set and the predicted set are compared as sets (P/R/F1, summed over
    documents; also per ACLED class).
trigger recall
    A gold trigger of a mapped type is found when it overlaps an evidence span (of any field but
    the whole-sentence ``sentence`` evidence) of an event of an accepted type; a Life.Die trigger
    is found when a ``fatalities`` evidence span of any event lies in the trigger's sentence
    (toll evidence is the number, "17 people", not the verb).

The WikiEvents ``text`` field glues sentences together without spaces ("...in SyriaThe desert");
:func:`document_text` rebuilds the document the token offsets point into, with a newline
between sentences, so the pipeline sees real sentence breaks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .scorer import Scorer

__all__ = [
    "KAIROS_TO_ACLED",
    "DEATH_PREFIX",
    "acled_types_for",
    "document_text",
    "gold_slots",
    "gold_triggers",
    "resolve_slots",
    "score_doc",
]

JSON = Mapping[str, Any]

_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")

#: KAIROS type prefix -> accepted ACLED types; the longest matching prefix wins.
KAIROS_TO_ACLED: dict[str, tuple[str, ...]] = {
    "Conflict.Attack.DetonateExplode": ("Explosions/Remote violence",),
    "Conflict.Attack": _VIOLENT,
    "Conflict.Demonstrate.DemonstrateWithViolence": ("Riots", "Protests"),
    "Conflict.Demonstrate": ("Protests",),
    "Justice.ArrestJailDetain": ("Strategic developments",),
}
DEATH_PREFIX = "Life.Die"


def acled_types_for(kairos_type: str) -> tuple[str, ...]:
    """Accepted ACLED types for a KAIROS type (empty when it is not an ACLED event)."""
    best = ""
    for prefix in KAIROS_TO_ACLED:
        if (kairos_type == prefix or kairos_type.startswith(prefix + ".")) and len(prefix) > len(
            best
        ):
            best = prefix
    return KAIROS_TO_ACLED.get(best, ())


def document_text(row: JSON) -> tuple[str, list[tuple[int, int]]]:
    """The document with sentence breaks restored, and each token's (start, end) in it.

    Token offsets point into the original document, where sentences are one or two characters
    apart; each sentence is put back at its offset and the gap before the next becomes a newline.
    """
    placed: list[tuple[int, str]] = []
    spans: list[tuple[int, int]] = []
    for sentence in row["sentences"]:
        tokens, text = sentence[0], str(sentence[1])
        if not tokens:
            continue
        placed.append((int(tokens[0][1]), text))
        spans += [(int(s), int(e)) for _, s, e in tokens]
    buffer: list[str] = []
    for start, text in placed:
        if len(buffer) < start:
            buffer += ["\n"] + [" "] * (start - len(buffer) - 1)
        buffer[start : start + len(text)] = list(text)
    return "".join(buffer), spans


def gold_slots(row: JSON) -> list[tuple[str, ...]]:
    """One alternatives tuple per distinct mapped event type in the document."""
    slots: list[tuple[str, ...]] = []
    for mention in row.get("event_mentions") or []:
        alts = acled_types_for(str(mention["event_type"]))
        if alts and alts not in slots:
            slots.append(alts)
    return slots


def resolve_slots(slots: Sequence[tuple[str, ...]], predicted: set[str]) -> set[str]:
    """Each slot as the predicted type it accepts, else its canonical (first) type."""
    out: set[str] = set()
    for alts in slots:
        hit = [a for a in alts if a in predicted]
        out.add(hit[0] if hit else alts[0])
    return out


def gold_triggers(row: JSON, spans: Sequence[tuple[int, int]]) -> list[dict[str, Any]]:
    """Mapped and Life.Die triggers with character offsets (and their sentence's) into
    :func:`document_text`."""
    sentences: list[tuple[int, int]] = []
    for sentence in row["sentences"]:
        tokens = sentence[0]
        sentences.append((int(tokens[0][1]), int(tokens[-1][2])) if tokens else (0, 0))
    out: list[dict[str, Any]] = []
    for mention in row.get("event_mentions") or []:
        kind = str(mention["event_type"])
        alts = acled_types_for(kind)
        if not alts and not kind.startswith(DEATH_PREFIX):
            continue
        trigger = mention["trigger"]
        first, last = int(trigger["start"]), int(trigger["end"]) - 1
        if not (0 <= first <= last < len(spans)):
            continue
        sent = int(trigger.get("sent_idx", -1))
        out.append(
            {
                "type": kind,
                "accepts": alts,
                "start": spans[first][0],
                "end": spans[last][1],
                "sentence": sentences[sent] if 0 <= sent < len(sentences) else None,
                "text": trigger.get("text"),
            }
        )
    return out


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _trigger_found(trigger: Mapping[str, Any], events: Sequence[JSON]) -> bool:
    """Event triggers: overlap with a field's evidence (whole-sentence evidence does not count);
    Life.Die triggers: a fatalities evidence span in the trigger's sentence."""
    death = not trigger["accepts"]
    lo, hi = (
        (trigger["sentence"] or (trigger["start"], trigger["end"]))
        if death
        else (
            trigger["start"],
            trigger["end"],
        )
    )
    for event in events:
        if not death and event.get("event_type") not in trigger["accepts"]:
            continue
        for ev in event.get("evidence") or []:
            field = ev.get("field")
            if field == "sentence" or (death and field != "fatalities"):
                continue
            if _overlaps(lo, hi, int(ev["start"]), int(ev["end"])):
                return True
    return False


def score_doc(
    row: JSON, output: JSON, spans: Sequence[tuple[int, int]], scorer: Scorer
) -> dict[str, Any]:
    """Add one document's counts to ``scorer``; returns what was compared."""
    events: list[JSON] = list(output.get("events") or [])
    predicted = {str(e.get("event_type")) for e in events}
    gold = resolve_slots(gold_slots(row), predicted)
    scorer.fields["event_types"].score_set(predicted, gold)
    for label in predicted | gold:
        scorer.classes[label].add(
            tp=int(label in predicted and label in gold),
            fp=int(label in predicted and label not in gold),
            fn=int(label in gold and label not in predicted),
        )
    found: list[str] = []
    missed: list[str] = []
    for trigger in gold_triggers(row, spans):
        ok = _trigger_found(trigger, events)
        name = "trigger_death" if not trigger["accepts"] else "trigger_event"
        scorer.accuracy[name].add(ok)
        scorer.accuracy["trigger_recall"].add(ok)
        (found if ok else missed).append(f"{trigger['type']}:{trigger['text']}")
    return {
        "id": row.get("doc_id"),
        "gold_types": sorted(gold),
        "predicted_types": sorted(predicted),
        "missing_types": sorted(gold - predicted),
        "extra_types": sorted(predicted - gold),
        "triggers_missed": missed,
    }
