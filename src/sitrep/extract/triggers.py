"""Event triggers: the lexicon's words found in a sentence, scored by parse depth, typed by
their means (a killing by a roadside bomb is an IED event) and, where rivals tie or the learned
classifier is sure of another type, settled by :mod:`.classify`.

Split from :mod:`.events`, which builds a candidate around the trigger chosen here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from ..nlp.loader import doc_text, span_text
from .lexicon import TRIGGERS, lower_pattern, lower_text
from .pronouns import LAID_IN_GRAVE
from .wordscan import AnchoredSet

__all__ = ["FOUND_DEAD", "Hit", "Trigger", "find_trigger", "is_count", "scan_triggers"]

_TRIGGER_RES = [(re.compile(rf"\b(?:{lower_pattern(rx)})\b"), sub, w) for rx, sub, w in TRIGGERS]
_TRIGGER_SCAN = AnchoredSet([rx for rx, _, _ in _TRIGGER_RES])
#: one pass that says whether a sentence holds any trigger at all (most sentences hold none)
_ANY_TRIGGER = re.compile("|".join(rf"\b(?:{lower_pattern(rx)})\b" for rx, _, _ in TRIGGERS))
#: words before a trigger that make it no event of this report: a yardstick ("the deadliest
#: attack since the 1998 embassy bombing"), an epithet (", the worst prison massacre in its
#: history"), a group's history ("rebels who have pledged allegiance to IS") or a fight given
#: up ("said they would stop fighting each other")
_NOT_THIS_EVENT = re.compile(
    r"\b(?:deadliest|worst|biggest|largest|bloodiest|heaviest|most \w+)\b[^.;]{0,40}?\bsince "
    r"(?:the |a |an )?(?:[\w.'’-]+ ){0,4}$|"
    r",\s+(?:the|its|their|a) (?:deadliest|worst|bloodiest|biggest|largest) (?:[\w-]+ ){0,2}$|"
    r"\b(?:who|which)\s+(?:have|has)\s+(?:long\s+|repeatedly\s+|also\s+|since\s+)?$|"
    # "It was the second attack on the road this month": this event counted in a series
    r"\b(?:it|this|that|which)\s+(?:was|is|marked|marks|became)\s+(?:the|a)\s+(?:second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))\s+(?:such\s+)?"
    r"(?:[\w-]+\s+)?$|\bthe\s+latest\s+in\s+a\s+(?:series|string|spate|wave)\s+of\s+(?:[\w-]+\s+)?$|"
    r"\b(?:stop|stopped|end|ended|ending|cease|ceased|halt|halted|avoid|prevent|renounce|"
    r"renounced)\s+(?:the\s+|their\s+|all\s+)?$",
    re.IGNORECASE,
)
# "struck the city in response to a drone attack": what an act answered is an earlier event
_ANSWER = r"\bin\s+(?:response|retaliation|revenge|reprisal)\s+(?:to|for)\b"
#: where an answered event's words begin ("in response to", "in retaliation for")
ANSWERED = re.compile(_ANSWER, re.I)
_ANSWERING = re.compile(rf"{_ANSWER}\s+(?:[\w'’-]+\s+){{0,5}}$", re.I)
#: a trigger that only says the dead were found (the lexicon's "bodies of ... found", "found
#: dead"): any act told beside it says more (here, and when events are merged)
FOUND_DEAD = re.compile(
    r"(?:(?:found|discovered) the (?:[\w-]+ )?)?(?:bod(?:y|ies)|corpses?) of\b|found (?:\w+ )?dead$"
)
_UNTIL_BEFORE = re.compile(r"\b(?:before|until|till)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
_HELD_AFTER = re.compile(r"-?(?:held|controlled|backed|led)\b")
_INSTRUMENT = re.compile(
    r"(?:using|with|firing|planting|detonating|supported\s+by)\s+"
    # "using drones, artillery and explosives-laden vehicles": each of a list is an instrument
    r"(?:at least\s+)?(?:[\w-]+(?:,|\s+and)?\s+){0,5}$",
    re.I,
)


_TRIGGER_WEIGHT = {sub: w for _, sub, w in TRIGGERS}


@dataclass
class Trigger:
    start: int
    end: int
    text: str
    sub_event_type: str
    score: float


_MEANS = {
    "Chemical weapon",
    "Suicide bomb",
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
}
_OVERRIDING = {"Chemical weapon", "Suicide bomb"}
#: Disruption told by a verb ("defused a roadside bomb"), not a noun that an attack may hit too
#: ("a strike on a weapons cache").
_DISRUPTING = re.compile(
    r"defused|dismantled|intercepted|shot down|bomb disposal|made \w+(?: \w+)? safe|"
    r"\b(?:stopped|seized|impounded)\b.*?\bwith explosives",
    re.I,
)


def _depth(doc: Doc, start: int, end: int) -> int:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 3
    tok, depth = span.root, 0
    while tok.head.i != tok.i and depth < 8:
        tok, depth = tok.head, depth + 1
    return depth


#: a lexicon match in a document: start, end, and the index of its pattern in the lexicon
Hit = tuple[int, int, int]


def scan_triggers(text: str) -> list[Hit]:
    """Every lexicon match of a whole document, in one pass per pattern (instead of one per
    pattern and sentence: most of a long article's sentences hold no trigger)."""
    text = lower_text(text)
    if not _ANY_TRIGGER.search(text):
        return []
    return sorted(
        (m.start(), m.end(), i)
        for i, matches in enumerate(_TRIGGER_SCAN.scan(text))
        for m in matches
    )


def find_trigger(
    sent: Span,
    blocked: list[tuple[int, int]],
    *,
    use_classifier: bool = True,
    hits: Sequence[Hit] | None = None,
    prefer: str | None = None,
) -> Trigger | None:
    """The sentence's strongest event trigger: lexicon strength, less depth in the parse;
    ties between types broken by :mod:`.classify`; typed by its means; retyped when the
    classifier is sure the sentence tells another kind of event. ``hits`` are
    :func:`scan_triggers` of the whole document, when the caller has them. A trigger of the
    ``prefer`` sub-type wins outright (a lede told under a headline that named its type)."""
    found = _matches(sent, blocked, hits)
    if not found:
        return None
    # "struck the port in response to a Houthi drone attack": what it answered is another event
    text = doc_text(sent.doc)
    answered = [
        (t, i)
        for t, i in found
        if _ANSWERING.search(text, max(sent.start_char, t.start - 60), t.start)
    ]
    if answered and len(answered) < len(found):
        found = [f for f in found if f not in answered]
    # "The bodies of four farmers were found ..., a day after they were beheaded": the act
    # told beside the finding is the event (and its day)
    finding = [f for f in found if FOUND_DEAD.match(f[0].text.lower())]
    if finding and len(finding) < len(found):
        found = [f for f in found if f not in finding]
    preferred = [t for t, instrument in found if t.sub_event_type == prefer and not instrument]
    if preferred:
        return _by_means(max(preferred, key=lambda t: t.score), found)
    best = found[0][0]
    for t, _ in found[1:]:
        if t.score > best.score + 1e-9:
            best = t
    # "The rally had barely begun when two blasts tore through the crowd": the "when" clause
    # tells what happened; the main clause only sets the scene
    text = doc_text(sent.doc)
    scene = _BARELY_WHEN.search(text, sent.start_char, sent.end_char)
    later = [t for t, _ in found if scene is not None and t.start >= scene.end()]
    if later:
        best = min(later, key=lambda t: t.start)  # the clause's first act, not its outcome
        use_classifier = False  # the sentence's words still read as the scene it sets
    if use_classifier:
        # a rival in another clause ("police arrested him; his supporters protested") tells
        # another event, not another reading of this one
        text = doc_text(sent.doc)
        same_clause = [
            t
            for t, _ in found
            if ";" not in text[min(t.start, best.start) : max(t.start, best.start)]
        ]
        best = _break_tie(best, same_clause, span_text(sent))
    typed = _by_means(best, found)
    if use_classifier:
        from .classify import SubtypeClassifier

        # the rules know words, the model (trained on the dev notes) knows how reports read:
        # when it is sure the sentence tells another kind of event, it retypes the trigger
        said = span_text(sent)
        # the sentence up to an earlier attack's clause: its words are that attack's (but an
        # earlier deal or withdrawal is this event's context, "entered ... a day after the SDF
        # agreed to let them deploy")
        cut = EARLIER_AFTER.search(said, typed.end - sent.start_char)
        if cut is not None and not _VIOLENT_WORDS.search(said, cut.end()):
            cut = None
        read = said[: cut.start()] if cut else said
        sub = SubtypeClassifier.load().second_opinion(
            typed.sub_event_type, _unquoted(read, typed.start - sent.start_char)
        )
        if sub != typed.sub_event_type:
            # the words of that kind, when the sentence has them, are the trigger: its doer
            # and its target are found from there ("Following clashes between X and Y, MINUSCA
            # ... established a base")
            own = [
                t
                for t, instrument in found
                if t.sub_event_type == sub
                and not instrument
                # not a weak word far off ("the death toll has risen" for a raid)
                and t.score >= typed.score - 0.3
            ]
            typed = max(own, key=lambda t: t.score) if own else replace(typed, sub_event_type=sub)
    return typed


def _matches(
    sent: Span, blocked: list[tuple[int, int]], hits: Sequence[Hit] | None = None
) -> list[tuple[Trigger, bool]]:
    """Every lexicon trigger of the sentence, scored, and whether it is named as an instrument
    ("using two car bombs", "with a grenade"), in lexicon order (ties go to the earlier
    pattern)."""
    doc, text = sent.doc, doc_text(sent.doc)
    start, end = sent.start_char, sent.end_char
    if hits is None:
        hits = [(start + a, start + b, i) for a, b, i in scan_triggers(span_text(sent))]
    found: list[tuple[int, int, tuple[Trigger, bool]]] = []
    for s, e, i in hits[bisect.bisect_left(hits, (start,)) :]:
        if s >= end:
            break
        if e > end:
            continue
        # a trigger is never part of an actor's name: what it says beyond the name is the act
        # ("troops arrived in" after "Turkish troops"; "took up positions" before "the former
        # UN camp"), and a trigger wholly inside one ("Rapid Support Forces") is none
        for bs, be in sorted(b for b in blocked if s < b[1] and b[0] < e):
            if bs <= s:
                s = be + len(text[be:e]) - len(text[be:e].lstrip())
            else:
                e = s + len(text[s:bs].rstrip())
                break
        if s >= e:
            continue
        if _HELD_AFTER.match(text, e, e + 12):
            continue  # "rebel-held": not an event
        matched = text[s:e]
        if _NOT_THIS_EVENT.search(text, max(start, s - 80), s):
            continue  # a yardstick, an epithet, a group's history, a fight given up
        if "control" in text[s:e].lower() and _UNTIL_BEFORE.search(text, max(start, s - 50), s):
            continue  # "fought for hours before police regained control": the fight's end
        if matched[0].isupper() and matched.lower() in ("march", "may") and s != start:
            continue  # the month, not a march
        if "grave" in matched and any(
            m.end() == e for m in LAID_IN_GRAVE.finditer(text, max(start, s - 80), e)
        ):
            continue  # "Residents buried 23 victims in a mass grave": a burial, not a discovery
        _, sub, weight = _TRIGGER_RES[i]
        # a later clause after a semicolon adds to the story ("...; his supporters protested
        # that night"): it rarely tells the sentence's main event
        clause = text.count(";", start, s)
        score = weight - 0.1 * _depth(doc, s, e) - 0.15 * min(clause, 2)
        # "exchange fire on border after air strikes": the earlier event, neither this one's
        # act nor its means
        earlier = bool(_AFTER_BEFORE.search(text, max(start, s - 30), s))
        instrument = earlier or bool(_INSTRUMENT.search(text[max(start, s - 40) : s]))
        if instrument:
            score -= 0.5  # "using two car bombs": the weapon of another event, not its type
        found.append((i, s, (Trigger(s, e, matched, sub, score), instrument)))
    found.sort(key=lambda f: (f[0], f[1]))
    return [f[2] for f in found]


def _break_tie(best: Trigger, every: list[Trigger], sent_text: str) -> Trigger:
    """Rival triggers of other types nearly as strong ("attacked ... shelled"): the learned
    sentence classifier (rules as its features) decides, when it is clearly surer."""
    rivals = {
        t.sub_event_type
        for t in every
        if t.score >= best.score - 0.25
        # "opened fire" inside "opened fire on a march": the same words, not a rival reading
        and not (best.start <= t.start and t.end <= best.end and t is not best)
    }
    if len(rivals) < 2:
        return best
    from .classify import SubtypeClassifier

    probs = SubtypeClassifier.load().predict([sent_text])[0]
    pick = max(rivals, key=lambda r: probs.get(r, 0.0))
    if probs.get(pick, 0.0) > probs.get(best.sub_event_type, 0.0) + 0.2:
        return replace(best, sub_event_type=pick)
    return best


def _by_means(best: Trigger, found: list[tuple[Trigger, bool]]) -> Trigger:
    """ACLED types an event by its means: a killing by a roadside bomb is an IED event, an air
    strike with a nerve agent a chemical one, a suicide truck bomb a suicide bombing. The main
    verb's place still decides who did it and to whom, so only the type changes."""
    means = [
        t
        for t, instrument in found
        if t.sub_event_type in _MEANS
        # a killing's instrument is its means ("with a grenade"); an assault "using two car
        # bombs" on a base stays a battle
        and (not instrument or t.sub_event_type in _OVERRIDING or best.sub_event_type == "Attack")
    ]
    disrupted = next(
        (
            t
            for t, _ in found
            if t.sub_event_type == "Disrupted weapons use" and _DISRUPTING.match(t.text)
        ),
        None,
    )
    if disrupted is not None and best.sub_event_type in _MEANS:
        return disrupted  # "troops defused a roadside bomb": the bomb never went off
    overriding = [t for t in means if t.sub_event_type in _OVERRIDING]
    if overriding:
        return replace(best, sub_event_type=max(overriding, key=lambda t: t.score).sub_event_type)
    if (
        means
        and best.sub_event_type in ("Attack", "Armed clash")
        and _TRIGGER_WEIGHT.get(best.sub_event_type, 1.0) <= 0.7
    ):
        return replace(best, sub_event_type=max(means, key=lambda t: t.score).sub_event_type)
    return best


#: "set fire to 40 houses, a day after Fano fighters ambushed a convoy": the clause after
#: "a day after" tells an earlier event
EARLIER_AFTER = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+)?(?:hours?|days?|weeks?|months?)"
    # "struck the city in response to a drone attack that killed a man in Tel Aviv on Friday"
    r"\s+after\b|" + _ANSWER,
    re.I,
)
#: a quotation long enough to be someone's words rather than a name in quotes
_QUOTED = re.compile(r'"[^"]{25,}?"|\u201c[^\u201d]{25,}?\u201d')


def _unquoted(said: str, at: int) -> str:
    """The sentence without the quotations that do not hold the trigger (at ``at``): a
    witness's words ("there is no freedom, the food is rationed") tell how things are, and the
    model would read them as the event's kind."""
    return _QUOTED.sub(lambda m: m.group() if m.start() <= at < m.end() else "", said)


_VIOLENT_WORDS = re.compile(
    r"\b(?:killed|killing|shot dead|gunned down|ambush(?:ed)?|attack(?:ed)?|massacred?)\b", re.I
)
_AFTER_BEFORE = re.compile(r"\b(?:after|following)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_BARELY_WHEN = re.compile(
    r"\b(?:had|has|was|were)\s+(?:barely|just|only\s+just|hardly|scarcely)\s+[^.;]{0,120}?\bwhen\b",
    re.I,
)
_COUNT_TRIGGER = re.compile(
    r"toll|bodies|(?:recovered|retrieved|pulled out|collected|counted)\b.*\bbodies|"
    r"(?:found|discovered) the (?:[\w-]+ )?(?:bod(?:y|ies)|corpses?) of\b.*",
    re.I,
)


def is_count(trigger: Trigger) -> bool:
    """Whether a trigger only counts the dead of an event told elsewhere ("put the toll at 20",
    "recovered 19 bodies by Monday"): its date is the count's, not the event's."""
    return _COUNT_TRIGGER.fullmatch(trigger.text) is not None
