"""A table-driven stand-in for spaCy's ``attribute_ruler`` that sets the very same attributes.

The English pipelines map each fine-grained tag to its coarse POS, morphology and a few lemmas
with an ``AttributeRuler``: ~180 one- and two-token Matcher patterns. Run through spaCy's
general Matcher, which builds a Python Token object per token per pattern state, that was ~20%
of all spaCy time on news text. Every one of those patterns is a fixed-length run of equality
or ``IN`` tests on token attributes, so the same matches fall out of a few numpy comparisons
over ``Doc.to_array``. Hand-written because spaCy offers no vectorised ruler; where a pattern
uses anything beyond those tests (operators, regexes, other attributes) :func:`compile_rules`
says so and the loader keeps spaCy's own component.

Semantics copied from ``AttributeRuler``: all patterns are matched against the Doc as the tagger
and parser left it, then applied in the order they were added, so a later pattern overrides an
earlier one on the same token and attribute; ``index`` picks the token of the match to change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["AttributeTable", "Rule", "Unsupported", "compile_rules", "use_attribute_table"]

#: Token attributes a pattern may test, and whether the value is a string (hashed) or a flag.
_STRING_ATTRS = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER", "NORM": "NORM", "TAG": "TAG"}
_STRING_ATTRS["DEP"] = "DEP"
_WORD_ATTRS = {IDS["ORTH"], IDS["LOWER"], IDS["NORM"]}
_FLAG_ATTRS = {"IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_TITLE", "IS_UPPER", "IS_LOWER"}

FACTORY = "sitrep_attribute_table"

_Test = tuple[int, str, Any]  # (read column, "in" | "not_in" | "regex", hashes or pattern)


class Unsupported(ValueError):
    """A pattern the table cannot express exactly; keep spaCy's ruler."""


@dataclass(frozen=True)
class Rule:
    """One ruler pattern: fixed length, the token it changes, its tests and what it sets."""

    length: int
    index: int
    key: tuple[int, int, tuple[int, ...]] | None  # an IN test (offset, column, values) to seek by
    tests: tuple[tuple[int, int, str, Any], ...]  # the others: (offset, column, kind, values)
    sets: tuple[tuple[int, int], ...]  # (write column, value)


def compile_rules(
    vocab: Vocab, patterns: Sequence[Mapping[str, Any]]
) -> tuple[list[int], list[int], list[Rule]]:
    """(attributes to read, attributes to write, rules) for ``AttributeRuler`` patterns.

    Raises :class:`Unsupported` for anything but fixed-length runs of equality / ``IN`` tests.
    """
    # Normalise the attribute values (MORPH strings, POS names) exactly as the ruler does.
    ruler = AttributeRuler(vocab)
    ruler.add_patterns(patterns)  # type: ignore[arg-type]
    read: list[int] = []
    write: list[int] = []
    rules: list[Rule] = []

    def column(cols: list[int], attr: int) -> int:
        if attr not in cols:
            cols.append(attr)
        return cols.index(attr)

    for spec, attrs, index in zip(patterns, ruler.attrs, ruler.indices, strict=True):
        for pattern in spec["patterns"]:
            if not isinstance(pattern, list) or not pattern:
                raise Unsupported(f"not a token pattern: {pattern!r}")
            length = len(pattern)
            if not -length <= index < length:
                raise Unsupported(f"index {index} outside a {length}-token pattern")
            tests = [
                (offset, *test)
                for offset, token in enumerate(pattern)
                for key, value in token.items()
                for test in _test(vocab, key, value, read, column)
            ]
            tests.sort(key=lambda t: t[2] == "regex")  # the costly test last, on fewer tokens
            seek = [t for t in tests if t[2] == "in"]
            key = None
            if seek:  # look matches up by their rarest-looking value: a word before a tag
                best = min(seek, key=lambda t: (read[t[1]] not in _WORD_ATTRS, len(t[3])))
                tests.remove(best)
                key = (best[0], best[1], tuple(int(h) for h in best[3]))
            sets = []
            for attr, value in attrs.items():
                if not isinstance(attr, int) or not isinstance(value, int):
                    raise Unsupported(f"cannot set {attr!r}={value!r} from a table")
                sets.append((column(write, attr), value))
            rules.append(Rule(length, index % length, key, tuple(tests), tuple(sets)))
    return read, write, rules


def _test(vocab: Vocab, key: str, value: Any, read: list[int], column: Any) -> list[_Test]:
    """The Matcher's checks for one ``key: value`` of a token pattern, as table tests."""
    name = key.upper()
    if name in _FLAG_ATTRS and isinstance(value, bool):
        return [(column(read, IDS[name]), "in", np.array([int(value)], dtype=np.uint64))]
    if name not in _STRING_ATTRS:
        raise Unsupported(f"{key}: {value!r}")
    col = column(read, IDS[_STRING_ATTRS[name]])
    if isinstance(value, str):
        return [(col, "in", np.array([vocab.strings.add(value)], dtype=np.uint64))]
    if not isinstance(value, dict) or not value:
        raise Unsupported(f"{key}: {value!r}")
    tests: list[_Test] = []
    for op, arg in value.items():
        if op in ("IN", "NOT_IN") and isinstance(arg, list):
            if not all(isinstance(v, str) for v in arg):
                raise Unsupported(f"{key}: {value!r}")
            hashes = np.array([get_string_id(v) for v in arg], dtype=np.uint64)
            tests.append((col, "in" if op == "IN" else "not_in", hashes))
        elif op == "REGEX" and isinstance(arg, str):
            tests.append((col, "regex", re.compile(arg)))
        else:
            raise Unsupported(f"{key}: {value!r}")
    return tests


class AttributeTable:
    """spaCy component: what ``AttributeRuler`` would set, from vectorised token tests."""

    def __init__(self, vocab: Vocab, patterns: Sequence[Mapping[str, Any]]) -> None:
        self.vocab = vocab
        self.patterns = list(patterns)
        read, write, self._rules = compile_rules(vocab, self.patterns)
        self._read: list[int | str] = list(read)
        self._write: list[int | str] = list(write)
        self._regex_cache: dict[str, dict[int, bool]] = {}

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0 or not self._rules:
            return doc
        cols = doc.to_array(self._read).reshape((n, len(self._read)))
        out = doc.to_array(self._write).reshape((n, len(self._write)))
        before = out.copy()
        where_is: dict[int, tuple[np.ndarray, dict[int, tuple[int, int]]]] = {}
        for rule in self._rules:
            last = n - rule.length  # the last start a match can have
            if last < 0:
                continue
            if rule.key is None:
                starts = np.arange(last + 1)
            else:
                offset, col, values = rule.key
                if col not in where_is:
                    where_is[col] = _positions(cols[:, col])
                order, slices = where_is[col]
                found = [slices[v] for v in values if v in slices]
                if not found:
                    continue
                if len(found) == 1:
                    starts = order[found[0][0] : found[0][1]] - offset
                else:
                    starts = np.sort(np.concatenate([order[i:j] for i, j in found])) - offset
                if offset or rule.length > 1:
                    starts = starts[(starts >= 0) & (starts <= last)]
            for offset, col, kind, values in rule.tests:
                if not starts.size:
                    break
                vals = cols[starts + offset, col]
                if kind == "regex":
                    starts = starts[self._search(values, vals, doc.vocab.strings)]
                elif len(values) == 1:
                    starts = starts[vals == values[0] if kind == "in" else vals != values[0]]
                else:
                    starts = starts[np.isin(vals, values, invert=kind == "not_in")]
            if starts.size:
                for col, value in rule.sets:
                    out[starts + rule.index, col] = value
        changed = (out != before).any(axis=0)
        if changed.any():
            keep = [a for a, c in zip(self._write, changed, strict=True) if c]
            array: Any = np.ascontiguousarray(out[:, changed])
            doc.from_array(keep, array)
        return doc

    def _search(self, regex: re.Pattern[str], vals: np.ndarray, strings: Any) -> np.ndarray:
        """``regex.search`` on each value's string, as the Matcher's REGEX does; remembered per
        value, as the same few hundred words come back in every Doc."""
        seen = self._regex_cache.setdefault(regex.pattern, {})
        hit = np.empty(len(vals), dtype=bool)
        for i, v in enumerate(vals.tolist()):
            found = seen.get(v)
            if found is None:
                found = seen[v] = regex.search(strings[v]) is not None
            hit[i] = found
        return hit

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(FACTORY, default_config={"patterns": []})
def _make_attribute_table(
    nlp: Language, name: str, patterns: list[dict[str, Any]]
) -> AttributeTable:
    return AttributeTable(nlp.vocab, patterns)


def use_attribute_table(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Swap ``nlp``'s ruler called ``name`` for an :class:`AttributeTable` with its patterns,
    keeping the name and place; False (and nothing changed) where a pattern is unsupported."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    if not isinstance(ruler, AttributeRuler):
        return False
    patterns = ruler.patterns
    try:
        compile_rules(nlp.vocab, patterns)
    except Unsupported:
        return False
    nlp.replace_pipe(name, FACTORY, config={"patterns": patterns})
    return True


def _positions(values: np.ndarray) -> tuple[np.ndarray, dict[int, tuple[int, int]]]:
    """Where each value occurs in a column: token positions sorted by value, and for each
    value its slice of them."""
    order = np.argsort(values, kind="stable")
    uniq, first = np.unique(values[order], return_index=True)
    bounds = [*first.tolist(), len(values)]
    return order, {v: (bounds[i], bounds[i + 1]) for i, v in enumerate(uniq.tolist())}
