"""Events no trigger word names: when nothing in an article matches the lexicon, the sub-type
classifier (trained on how reports read) may still read its lede as an event, "moved into the
former French camp", "blocked roads around the department capital". The lede sentence's main verb
stands in for the trigger, and the event is built like any other (actors, tolls, place, date).

On the notes' test halves this took detection from 96.9% to 98.5%, most of the gain in kinds the
lexicon words least well (bases established, changes to a group, handovers). Session 23 let a
sentence the classifier is sure of (:data:`~.classify.SURE`) stand without a named actor ("Families
of the disappeared held a vigil"): detection 98.71% -> 98.96%, no new event on MUC-4's
irrelevant documents.

Session 25 let a short text's first sentence stand at a lower surety (:data:`LEDE_FLOOR`) when it
names an armed or state actor and the classifier all but rules out no event
(:data:`LEDE_NONE_MAX`). Chosen on text that tells no conflict event: on the first three sentences
of 817 LGL and GeoVirus articles and 84 irrelevant MUC-4 documents it adds no event
(``scripts/bench_unworded.py``); notes test detection 98.96% -> 99.31%."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from ..nlp.loader import span_text
from .actors import ActorMention
from .classify import NONE, SURE, SubtypeClassifier
from .modality import Modality, sentence_modality
from .triggers import Trigger

__all__ = [
    "ARMED_ACTS",
    "ARMED_INTERS",
    "LEDE_FLOOR",
    "LEDE_NONE_MAX",
    "LEDE_SENTENCES",
    "SHORT_TEXT",
    "UNWORDED_FLOOR",
    "UNWORDED_FLOOR_LONG",
    "unworded_event",
]

#: how many of an article's first sentences may tell an event no trigger word names
LEDE_SENTENCES = 3
#: how sure the classifier must be of a sub-type with no trigger word to back it: in a short
#: text (a note, a snippet, a headline and lede) more likely than every other reading together;
#: in a longer one, where no event word in many sentences is itself evidence of no event, as
#: sure as it must be to retype a trigger (an election blog's lede read 0.54 "Peaceful protest")
UNWORDED_FLOOR = 0.5
UNWORDED_FLOOR_LONG = SURE
#: acts that are always some armed group's: with none named, no surety makes them an event
ARMED_ACTS = frozenset(
    {
        "Headquarters or base established",
        "Change to group/activity",
        "Non-violent transfer of territory",
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Armed clash",
    }
)
#: how many sentences a text may have to count as short
SHORT_TEXT = 8
#: a short text's first sentence naming an armed or state actor: sure enough at this much, ...
LEDE_FLOOR = 0.25
#: ... when the classifier gives no event at most this much
LEDE_NONE_MAX = 0.05
#: ACLED inter codes of armed or state actors (state forces, rebels, political and identity
#: militias, external forces): not rioters, protesters or civilians
ARMED_INTERS = frozenset({1, 2, 3, 4, 8})


def unworded_event(
    sents: list[Span], actors: Sequence[ActorMention]
) -> tuple[int, Trigger, Modality] | None:
    """The first lede sentence the sub-type classifier reads as an event of one kind, sure of
    it (:data:`UNWORDED_FLOOR`, or :data:`UNWORDED_FLOOR_LONG` in a text longer than
    :data:`SHORT_TEXT` sentences) and surer than of no event, naming an actor unless the
    classifier is sure (:data:`~.classify.SURE`), told as a fact:
    its main verb stands in for the trigger. Failing that, a short text's first sentence naming
    an armed or state actor (:data:`ARMED_INTERS`) at :data:`LEDE_FLOOR` and no event at most
    :data:`LEDE_NONE_MAX`. Only for articles in which no trigger word matched."""
    lede = sents[:LEDE_SENTENCES]
    short = len(sents) <= SHORT_TEXT
    floor = UNWORDED_FLOOR if short else UNWORDED_FLOOR_LONG
    probs = SubtypeClassifier.load().predict([span_text(s) for s in lede])
    for i, (sent, p) in enumerate(zip(lede, probs, strict=True)):
        label = _best(p)
        if p[label] < floor or p[label] <= p[NONE]:
            continue
        named = any(sent.start_char <= a.start < sent.end_char for a in actors)
        if not named and (p[label] < SURE or label in ARMED_ACTS):
            # someone must act or be acted on ("the postal service opened a new post office"),
            # unless the classifier is sure of an act that needs no armed group ("Families of
            # the disappeared held a vigil")
            continue
        found = _as_event(i, sent, label)
        if found is not None:
            return found
    if short and lede:
        # "Wagner mercenaries moved into the former French camp in Menaka": a short text that
        # opens on an armed or state actor, read as some event and hardly as none, tells one
        p, sent = probs[0], lede[0]
        label = _best(p)
        armed = any(
            sent.start_char <= a.start < sent.end_char and a.entry.inter in ARMED_INTERS
            for a in actors
        )
        if armed and p[label] >= LEDE_FLOOR and p[NONE] <= LEDE_NONE_MAX:
            return _as_event(0, sent, label)
    return None


def _best(p: dict[str, float]) -> str:
    """The sub-type the classifier reads likeliest, no event aside."""
    return max((lab for lab in p if lab != NONE), key=p.__getitem__)


def _as_event(i: int, sent: Span, label: str) -> tuple[int, Trigger, Modality] | None:
    """The sentence's main verb as the trigger of a ``label`` event, if told as a fact."""
    root = sent.root
    trigger = Trigger(root.idx, root.idx + len(root.text), root.text, label, 0.0)
    modality = sentence_modality(sent, trigger.start)
    if modality.kind == "event" and not modality.negated:
        return i, trigger, modality
    return None
