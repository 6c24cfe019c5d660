"""Named people a sentence says were killed or died, read from the parse: one each.

Split from :mod:`.tolls` (which adds them to a sentence's counted dead): a named victim has no
number for find_quantities to see, and only the parse tells the subject of "killed" from its
agent.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..nlp.loader import doc_tokens, span_text
from .numbers import Quantity
from .singular import _PERSON_RE

__all__ = ["named_deaths"]

# verbs whose subject died (passive "was killed", intransitive "died"); "shot" needs "dead"
_DEATH_VERBS = frozenset({
    "killed", "murdered", "assassinated", "executed", "beheaded", "lynched", "slain", "died",
    "shot", "gunned", "stabbed", "beaten", "hacked", "burned", "burnt",
})  # fmt: skip
# "shot dead", "gunned down", "stabbed to death": the word that makes the verb a death
_DEATH_COMPLEMENT = {"shot": "dead", "gunned": "down", "stabbed": "death", "beaten": "death",
                     "hacked": "death", "burned": "death", "burnt": "death"}  # fmt: skip
_PREMODS = frozenset({"compound", "amod", "nmod", "det", "poss"})
_EARLIER = frozenset({"after", "since", "before", "following"})
_HEDGES = frozenset({"nearly", "almost", "reportedly", "allegedly", "not", "never"})


def named_deaths(sent: Span) -> list[Quantity]:
    """Named people the sentence says were killed or died, one each ("Al Qaeda leader Ayman
    al-Zawahiri was killed", "Elvino Dias ... and Paulo Guambe ... were shot dead", "Gunmen shot
    dead Fernando Villavicencio"). Read from the parse: a number-free death is invisible to
    find_quantities, and a regex cannot tell the subject of "killed" from its agent. Each
    quantity spans the name phrase and counts one; its text is the name."""
    low = span_text(sent).lower()
    if not any(word in low for word in _DEATH_VERBS):
        return _identified(sent)  # most sentences: no death verb to walk the tokens for
    items: list[Quantity] = []
    seen: set[int] = set()
    for verb in doc_tokens(sent.doc)[sent.start : sent.end]:
        word = verb.lower_
        if word not in _DEATH_VERBS or verb.tag_ not in ("VBN", "VBD"):
            continue
        need = _DEATH_COMPLEMENT.get(word)
        if need and not any(t.lower_ == need for t in verb.subtree if t.i > verb.i):
            continue
        if any(c.lower_ in _HEDGES for c in verb.children):
            continue
        if any(c.dep_ == "mark" and c.lower_ in _EARLIER for c in verb.children):
            continue  # "clashes broke out after SSA leader X was killed": the cause, told apart
        # "X, a prosecutor, was dragged from a lane and hacked to death": the subject and the
        # voice are the first verb's
        told = (
            verb.head
            if verb.dep_ == "conj"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            else verb
        )
        passive = any(c.dep_ == "auxpass" for c in told.children)
        if word == "died" or passive:
            roles = ("nsubjpass",) if passive else ("nsubj",)
        else:
            roles = ("dobj",)  # "Gunmen shot dead Fernando Villavicencio"
        subjects = told.children if roles != ("dobj",) else verb.children
        for head in (c for c in subjects if c.dep_ in roles):
            # "MOSCOW (Reuters) - Lieutenant General Igor Kirillov ... was killed": a dateline
            # parsed as the subject, the name its apposition
            first = (
                _named(head)
                if head.ent_type_ in ("GPE", "ORG") and not _apposed_person(head)
                else head
            )
            listed = _listed(head, told)
            for person in (first, *listed):
                if person is None or person.i in seen:
                    continue
                ent = (
                    next((e for e in sent.doc.ents if e.start <= person.i < e.end), None)
                    if person.ent_type_ == "PERSON"
                    or (person.ent_type_ == "ORG" and _apposed_person(person))
                    else _untagged_name(person, told)
                )
                if ent is None:
                    continue
                seen.add(person.i)
                # the whole name phrase ("presidential candidate Fernando Villavicencio"), so
                # that a count of its title ("candidate") is not a second death
                left = min([ent.start, *(t.i for t in person.lefts if t.dep_ in _PREMODS)])
                start = sent.doc[left].idx
                # and its apposition ("Deborah Samuel, a student at ..."), which the toll
                # patterns would count again
                end = max(
                    [ent.end_char]
                    + [
                        a.right_edge.idx + len(a.right_edge)
                        for a in person.rights
                        # not a name listed after it ("Musa Bello, 34, Ali Garba, ...")
                        if a.dep_ == "appos" and a not in listed
                    ]
                )
                items.append(Quantity(start, end, ent.text, 1, 1, None, None))
    return items or _identified(sent)


# "The victims were identified as Musa Bello, Ali Garba and Hauwa Umar": the dead, by name
_IDENTIFIED_AS = re.compile(
    r"\b(?:the\s+)?(?:victims|dead|deceased|slain|those\s+killed|bodies)\s+(?:were|have\s+been|"
    r"had\s+been)\s+(?:\w+\s+)?(?:identified|named)\s+as\b",
    re.I,
)


def _identified(sent: Span) -> list[Quantity]:
    """The people named after "The victims were identified as", one each."""
    said = span_text(sent)
    m = _IDENTIFIED_AS.search(said) if " as " in said else None
    if m is None:
        return []
    at = sent.start_char + m.end()
    return [
        Quantity(e.start_char, e.end_char, e.text, 1, 1, None, None)
        for e in sent.ents
        if e.label_ == "PERSON" and e.start_char >= at
    ]


def _listed(head: Token, verb: Token) -> list[Token | None]:
    """The names conjoined to a victim's ("X and Y were killed"), and, when the verb is plural,
    a list the parser hung as an apposition ("Musa Bello, 34, Ali Garba, 22, and Ibrahim Sule,
    19, were killed": Garba apposed to Bello, Sule conjoined to Garba)."""
    out = [_named(c) for c in head.children if c.dep_ == "conj"]
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "were" for c in verb.children):
        for a in head.children:
            conj = [_named(c) for c in a.children if c.dep_ == "conj"]
            # a list goes on with "and": an apposed name alone may be the same person's alias
            if a.dep_ == "appos" and a.ent_type_ == "PERSON" and any(conj):
                out += [a, *conj]
    return out


def _apposed_person(head: Token) -> bool:
    """A name the recognizer took for an organisation, set beside a person ("Saiful Islam Alif,
    a 35-year-old assistant public prosecutor, was ...")."""
    return any(
        c.dep_ == "appos" and _PERSON_RE.fullmatch(c.lower_) is not None for c in head.children
    )


def _untagged_name(head: Token, verb: Token) -> Span | None:
    """A name the entity recognizer left untagged, as the singular subject of a death ("Mohib
    Ullah, who founded ..., was shot dead"): two or more proper nouns, no entity of another kind
    (a place, an organisation), and "was", not "were"."""
    if head.pos_ != "PROPN" or head.ent_type_ or head.dep_ != "nsubjpass":
        return None
    if not any(c.dep_ == "auxpass" and c.lower_ == "was" for c in verb.children):
        return None
    names = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    if not names and not any(t.dep_ in _PREMODS for t in head.lefts):
        # "Alif was hacked to death": a name told alone, after it was told in full
        return head.doc[head.i : head.i + 1]
    if not names or any(t.ent_type_ for t in names) or names[-1].i != head.i - 1:
        return None
    return head.doc[names[0].i : head.i + 1]


def _named(conj: Token) -> Token | None:
    """A conjoined victim's name: itself, or its apposition ("and her aide, Tomas Rivera")."""
    if conj.ent_type_ == "PERSON":
        return conj
    return next((c for c in conj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
