"""Precision, recall and F1 accumulators, per field and per class (after spaCy's ``Scorer``).

Hand-written rather than taken from scikit-learn: the counts arrive one document at a time from
set comparisons and slot fills (not as two label vectors), the maths is a few lines, and it keeps
scikit-learn out of the install.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["PRF", "Accuracy", "Scorer", "score_sets", "weighted_f1", "macro_f1"]


@dataclass
class PRF:
    """True positives, false positives and false negatives, and the scores they give.

    An empty denominator scores 0.0, except F1 over nothing at all (no gold, no prediction),
    which is 1.0: nothing was asked and nothing was wrongly claimed.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        if self.tp + self.fp + self.fn == 0:
            return 1.0
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        """How many gold items there were (tp + fn)."""
        return self.tp + self.fn

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def score_set(self, predicted: Iterable[Hashable], gold: Iterable[Hashable]) -> None:
        """Add the counts of one set comparison (a document's predicted vs gold labels)."""
        counts = score_sets(predicted, gold)
        self.add(counts.tp, counts.fp, counts.fn)

    def to_dict(self) -> dict[str, float | int]:
        return {
            "p": round(self.precision, 4),
            "r": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Accuracy:
    """Share of scored items that were right."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    def to_dict(self) -> dict[str, float | int]:
        return {"acc": round(self.value, 4), "correct": self.correct, "n": self.total}


def score_sets(predicted: Iterable[Hashable], gold: Iterable[Hashable]) -> PRF:
    """Counts for one comparison of two sets."""
    pred, want = set(predicted), set(gold)
    return PRF(tp=len(pred & want), fp=len(pred - want), fn=len(want - pred))


def weighted_f1(per_class: Mapping[str, PRF]) -> float:
    """F1 averaged over classes, each weighted by its gold support (scikit-learn's 'weighted')."""
    total = sum(prf.support for prf in per_class.values())
    if not total:
        return 0.0
    return sum(prf.f1 * prf.support for prf in per_class.values()) / total


def macro_f1(per_class: Mapping[str, PRF]) -> float:
    """Unweighted mean F1 over the classes that have gold support."""
    scored = [prf.f1 for prf in per_class.values() if prf.support]
    return sum(scored) / len(scored) if scored else 0.0


@dataclass
class Scorer:
    """Named PRF and accuracy accumulators, plus per-class PRF for labelled decisions."""

    fields: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    accuracy: dict[str, Accuracy] = field(default_factory=lambda: defaultdict(Accuracy))
    classes: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))

    def label(self, predicted: str | None, gold: str | None) -> None:
        """One single-label decision (None means no label on that side)."""
        if predicted is not None and predicted == gold:
            self.classes[predicted].tp += 1
            return
        if predicted is not None:
            self.classes[predicted].fp += 1
        if gold is not None:
            self.classes[gold].fn += 1

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "fields": {name: prf.to_dict() for name, prf in sorted(self.fields.items())},
            "accuracy": {name: acc.to_dict() for name, acc in sorted(self.accuracy.items())},
        }
        if self.classes:
            out["per_class"] = {name: prf.to_dict() for name, prf in sorted(self.classes.items())}
            out["weighted_f1"] = round(weighted_f1(self.classes), 4)
            out["macro_f1"] = round(macro_f1(self.classes), 4)
        return out
