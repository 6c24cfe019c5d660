"""Linear listwise rankers: the shared machinery of the learned choices in ``pairs.py`` (an
event's actors), ``dating.py`` (its day) and ``tollrank.py`` (its toll).

Each choice lists its options, the rules' own first, as sparse feature dicts; a table of
weights scores them and the best wins if it beats the rules' option by more than a margin. A
linear model over a few hundred sparse features needs a dictionary and a sum at run time, so
neither scikit-learn nor a solver is a dependency: :func:`fit` is a few lines of numpy (Adam on
the softmax loss), used only by the training scripts.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any, ClassVar, Protocol, TypeVar

from ..errors import ModelNotInstalled

__all__ = ["LinearRanker", "Option", "fit", "recording", "record"]

R = TypeVar("R", bound="LinearRanker")


class Option(Protocol):
    """A choice's option as :meth:`LinearRanker.best_near` reads it."""

    features: dict[str, float]
    #: sentences between the option's mention and the event's own sentences
    distance: int


Opt = TypeVar("Opt", bound=Option)


class LinearRanker:
    """Scores feature dicts with a table of weights; ``meta`` travels with the model file."""

    #: what the model chooses, and how to retrain it (for error messages)
    what: ClassVar[str] = "ranker"
    script: ClassVar[str] = "scripts/"
    default_path: ClassVar[Path] = Path()

    def __init__(self, weights: dict[str, float], meta: dict[str, Any] | None = None) -> None:
        self.weights = weights
        self.meta = meta or {}
        #: how much better than the rules' own option (the first) another must score
        self.margin = float(self.meta.get("margin", 0.0))

    @classmethod
    def load(cls: type[R], path: str | Path | None = None) -> R:
        """The shipped model (read once per process)."""
        key = (cls, str(path or cls.default_path))
        if key not in _CACHE:
            _CACHE[key] = cls._read(Path(key[1]))
        return _CACHE[key]  # type: ignore[return-value]

    @classmethod
    def _read(cls: type[R], p: Path) -> R:
        if not p.is_file():
            raise ModelNotInstalled(
                f"{cls.what} model not found at {p}: reinstall sitrep (pip install -e .) or "
                f"train one with {cls.script}"
            )
        try:
            body = json.loads(p.read_text(encoding="utf-8"))
            weights = {str(k): float(v) for k, v in body.pop("weights").items()}
        except (ValueError, KeyError, AttributeError, TypeError) as exc:
            raise ModelNotInstalled(
                f"{cls.what} model at {p} is unreadable ({exc}); retrain it with {cls.script}"
            ) from None
        return cls(weights, body)

    def score_features(self, features: Mapping[str, float]) -> float:
        w = self.weights
        return sum(w.get(k, 0.0) * v for k, v in features.items())

    def best_index(
        self, features: Sequence[Mapping[str, float]], margin: float | None = None
    ) -> int:
        """The highest-scoring option's index, unless it beats option 0 (the rules' own) by no
        more than the margin (the model's, unless given)."""
        scores = [self.score_features(f) for f in features]
        top = max(range(len(scores)), key=scores.__getitem__)
        if top != 0 and scores[top] - scores[0] <= (self.margin if margin is None else margin):
            return 0
        return top

    def best_near(
        self,
        options: Sequence[Opt],
        window: int,
        admit: Callable[[Opt, Opt], bool] | None = None,
    ) -> Opt:
        """The best of the rules' option (the first) and the others within ``window``
        sentences of the event (a long report's other days and counts belong to other
        events) that ``admit(rules, option)`` lets in."""
        rules = options[0]
        near = [
            rules,
            *(
                o
                for o in options[1:]
                if o.distance <= window and (admit is None or admit(rules, o))
            ),
        ]
        return near[self.best_index([o.features for o in near])]

    def save(self, path: str | Path) -> None:
        body = {**self.meta, "weights": dict(sorted(self.weights.items()))}
        Path(path).write_text(json.dumps(body, indent=1) + "\n", encoding="utf-8")


_CACHE: dict[tuple[type, str], LinearRanker] = {}

#: (which choice, the event candidate, its options) as extraction met them
Log = list[tuple[str, Any, list[Any]]]
_RECORD: ContextVar[Log | None] = ContextVar("sitrep_ranker_record", default=None)


@contextmanager
def recording() -> Iterator[Log]:
    """Within the block, extraction keeps the rules' choices and lists every decision's options
    here (what the training scripts learn from)."""
    log: Log = []
    token = _RECORD.set(log)
    try:
        yield log
    finally:
        _RECORD.reset(token)


def record(kind: str, candidate: Any, options: list[Any]) -> bool:
    """Log one decision when :func:`recording`; True means: keep the rules' choice."""
    log = _RECORD.get()
    if log is None:
        return False
    log.append((kind, candidate, options))
    return True


def fit(
    groups: Iterable[tuple[Sequence[Mapping[str, float]], Sequence[bool]]],
    *,
    l2: float = 0.1,
    iterations: int = 1500,
    rate: float = 0.05,
) -> dict[str, float]:
    """Weights of a listwise softmax ranker: each group is one decision's options (feature
    dicts) and which of them are right; groups with no right option teach nothing and are
    skipped."""
    import numpy as np

    index: dict[str, int] = {}
    rows: list[dict[int, float]] = []
    targets: list[float] = []
    sizes: list[int] = []
    for feats, right in groups:
        if not any(right) or len(feats) != len(right):
            continue
        share = 1.0 / sum(right)
        for f, ok in zip(feats, right, strict=True):
            rows.append({index.setdefault(k, len(index)): v for k, v in f.items()})
            targets.append(share if ok else 0.0)
        sizes.append(len(feats))
    if not sizes:
        return {}
    x = np.zeros((len(rows), len(index)))
    for i, r in enumerate(rows):
        for j, val in r.items():
            x[i, j] = val
    t = np.array(targets)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(int)
    gid = np.repeat(np.arange(len(sizes)), sizes)
    w = np.zeros(len(index))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    b1, b2 = 0.9, 0.999
    for it in range(1, iterations + 1):
        s = x @ w
        p = np.exp(s - np.maximum.reduceat(s, starts)[gid])
        p /= np.add.reduceat(p, starts)[gid]
        g = (x.T @ (p - t) + l2 * w) / len(sizes)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= rate * (m / (1 - b1**it)) / (np.sqrt(v / (1 - b2**it)) + 1e-8)
    return {k: round(float(w[j]), 5) for k, j in index.items() if abs(w[j]) >= 1e-5}
