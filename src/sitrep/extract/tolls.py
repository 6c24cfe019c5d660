"""Counts of people killed, injured, displaced, abducted or arrested in one sentence.

A quantity becomes a toll only when the parse ties it to an outcome (its noun's governing verb
or the toll noun is "killed", "fled", ...), so "two car bombs" or "for two years" are not tolls.
Victims are split into civilians and combatants by the counted noun. Counts that tell the same
dead again (a running toll's parts, a rival source's estimate, a side's claim) are dropped by
:func:`.recount.counted_once`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from ..nlp.loader import doc_text, doc_tokens, span_text
from .lexicon import CIVILIAN_NOUNS, COMBATANT_NOUNS, NUMBER_DEAD, OUTCOME_VERBS
from .named import named_deaths
from .notcounts import (
    _BODY_AMONG,
    _CAUSE_BEFORE,
    _EARLIER_ACT,
    _EARLIER_FIGURE,
    _EXAMPLE_BEFORE,
    _FOR_THE_DEAD,
    _MISSING_AFTER,
    _NONE_SURVIVED,
    _OF_THE_WHOLE,
    _OTHER_KILLER,
    _OVER_MONTHS,
    _PARENT_OF,
    _PART_OF_BEFORE,
    _SUBSET_BEFORE,
    _WHOLE_BEFORE,
    _WHOLE_KILLED,
)
from .numbers import Quantity, find_quantities
from .pronouns import KILLED_SELF, bombers_too, buried, dead_group_before, killed_them
from .recount import counted_once
from .singular import (
    _ARMED_ONES,
    _HURT_AFTER,
    _PERSON,
    TollItem,
    _armed_or_not,
    _singular_deaths,
)

__all__ = ["TollItem", "SentenceTolls", "find_tolls"]

_OUTCOME_RE = {k: re.compile(rf"^(?:{v})$", re.I) for k, v in OUTCOME_VERBS.items()}
_OUTCOME_ANY = {k: re.compile(rf"\b(?:{v})\b", re.I) for k, v in OUTCOME_VERBS.items()}
_CUMULATIVE = re.compile(
    rf"\b(?:toll|{NUMBER_DEAD})\b[^.]{{0,160}}?\b(?:rose|has risen|had risen|climbed|reached|"
    r"increased|stands|stood)\b|rais(?:ed|ing) the (?:death )?toll|bringing the (?:death )?toll|"
    r"\bbr(?:ing|ings|inging|ought) the (?:death )?toll to\b|"
    r"\btotal of\b|"
    rf"\b(?:toll|{NUMBER_DEAD})\b[^.]{{0,60}}?\brevised\b|\brevised the (?:death )?toll\b",
    re.I,
)
_DEATH_TOLL = re.compile(
    rf"\bdeath toll\b|\btoll of (?:the )?dead\b|\b{NUMBER_DEAD}\b|"
    r"\bthe toll\b(?!\s+of\s+(?:the\s+)?(?:injured|wounded|hurt))",
    re.I,
)
_TOLL_VALUE = re.compile(
    r"(?:rose|risen|climbed|increased|jumped|grew|reached|stands at|stood at|is now|was now|down|"
    r"toll of|to)\s+(?:at least\s+|about\s+|around\s+|nearly\s+|more than\s+|over\s+)?$",
    re.I,
)
# a capitalised word just before a bare figure: "Delmas 32", "Sector 7", "Brigade 50"
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_NOT_NAMES = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
})  # fmt: skip
# a plural noun after the figure makes it a count again ("Monday 12 soldiers ...")
_PLURAL_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]+s\b")


def _in_a_name(text: str, sent_start: int, q: Quantity) -> bool:
    """A figure that is part of a name (a neighbourhood, a road marker, a unit), not a count:
    digits right after a capitalised word that does not open the sentence."""
    if not q.text.isdigit():
        return False
    m = _NAME_BEFORE.search(text, max(sent_start, q.start - 30), q.start)
    if m is None or m.start() == sent_start or m.group(1) in _NOT_NAMES:
        return False
    return not _PLURAL_AFTER.match(text, q.end)


_SKIP_AFTER = re.compile(
    r"^-(?:year|month|week|day|hour|minute|storey|story|km|mile)|^\s*(?:of the dead|of the (?:wounded|injured|victims)(?!\s+(?:later\s+|also\s+|subsequently\s+|have\s+since\s+)?(?:died|succumbed))|percent|per cent|%|km|kilometres|kilometers|miles|metres|meters|hours|minutes|years|months|weeks|days|am\b|pm\b|a\.m\.|p\.m\.|GMT|BST)",
    re.I,
)
# "killing six civilians, three of them children": after a comma, a part of the count told
_LATER_DIED = re.compile(
    r"[^.;]{0,90}?\b(?:was|were)\s+(?:\w+\s+)?(?:wounded|injured|hurt)\b[^.;]{0,80}?\band\s+"
    r"(?:later\s+|subsequently\s+)died\b",
    re.I,
)
_SUBSET_AFTER = re.compile(
    r"^\s+of\s+(?:them|whom)\b(?!\s+(?:later\s+|also\s+|subsequently\s+)?(?:died|succumbed|were\s+"
    r"killed|was\s+killed))",
    re.I,
)
#: "three members of one family, a mother and two of her sons, were killed": the kin set off
#: after a count are a part of it
_APPOSED_BEFORE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty)\s+[^,.;]{1,40},"
    r"\s+(?:an?\s+[\w-]+\s+and\s+)?$",
    re.I,
)
_KIN_PART_AFTER = re.compile(r"^\s+of\s+(?:his|her|their)\s+", re.I)
_ANIMALS = re.compile(
    r"^\s*(?:of\s+)?(?:[\w-]+\s+)?(?:cattle|cows|goats|sheep|camels|livestock|animals|donkeys|"
    r"horses|pigs|chickens|heads of cattle)\b",
    re.I,
)
#: words between two counts that make the second another estimate of the first
_ALTERNATIVE = re.compile(
    r"\b(?:although|though|while|whereas|but|however|other sources|"
    r"(?:put|gave|estimated|placed|set)\s+(?:the\s+)?(?:death\s+)?(?:toll|number|figure|count))\b",
    re.I,
)
_OTHER_SOURCE_COUNT = re.compile(
    r"[;,]\s+(?:while\s+|but\s+|and\s+)?(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+"
    r"(?:claimed|said|says|reported|put\s+(?:it|the\s+(?:toll|figure|number))\s+at|counted)\s*$|"
    # "; a priest with the Catholic Diocese of Tombura-Yambio said more than 20 bodies had been
    # buried", "; a local lawmaker had earlier spoken of more than 50 dead"
    r";\s+(?:while\s+|but\s+|and\s+)?(?:an?\s+|the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,8}?\s+"
    r"(?:(?:had|has|have)\s+)?(?:earlier\s+|previously\s+|initially\s+)?"
    r"(?:claimed|said|says|reported|counted|spoken\s+of|spoke\s+of)\s*$",
    re.I,
)
#: what a second source counts when it counts the same dead in its own words
_SOURCE_TALLY_NOUNS = frozenset(["fatalities", "deaths", "dead", "people", "killed", "bodies"])
_GENERIC_DEAD = frozenset(["people", "persons", "dead", "bodies", "deaths", "lives", "victims"])


def _generic(noun: str | None) -> bool:
    """A count of "people" or of the dead, not of a kind of people (soldiers, civilians)."""
    return noun is None or noun.lower() in _GENERIC_DEAD


_HURT_NOUN_AFTER = re.compile(
    r"\s+(?:(?:seriously|critically|badly|lightly|slightly)\s+)?(?:wounded|injured)\s+"
    r"(?:people|persons|civilians|soldiers|men|women|children|patients|victims|others)\b",
    re.I,
)
#: the people a thing may name ("home guards", "truck drivers"): the lexicon's civilians and
#: combatants, and the trades and ranks it leaves out
_PEOPLE_HEADS = "|".join(
    sorted(
        (CIVILIAN_NOUNS | COMBATANT_NOUNS)
        - {"family", "families"}
        | {"guardsmen", "owner", "owners", "driver", "drivers", "chief", "chiefs", "head", "heads",
           "elder", "elders", "leader", "leaders", "official", "officials", "staff", "keeper",
           "keepers", "crew", "crews", "volunteer", "volunteers", "imam", "imams", "priest",
           "priests"},
        key=len,
        reverse=True,
    )
)  # fmt: skip
_NOT_PEOPLE = re.compile(
    r"^\s*(?:(?!(?:in|at|on|near|from|to|of|the|a|an|and|or|but|their|its|his|her|during|after|before|while)\b)[\w-]+\s+){0,2}(?:car bombs?|bombs?|rockets?|missiles?|shells?|mortars?|vehicles?|cars?|trucks?|houses?|homes?|buildings?|tanks?|drones?|villages?|hamlets?|localities|towns?|schools?|mosques?|churches?|times?|attacks?|incidents?|strikes?|raids?|grenades?|weapons?|guns?|rifles?|battalions?|brigades?|units?|groups?|factions?|sections?|clans?|sub-clans?|communities|tribes?|sides|famil(?:y|ies)|households?|sources?|"
    # "a gunfight between two cartels": organisations, not people
    r"cartels?|gangs?|militias|parties|countries|nations|armies|organi[sz]ations|"
    # "seven blocks from where the governor was killed": a distance
    r"blocks|yards|feet|doors|streets)\b"
    # "two home guards", "three school teachers", "two truck drivers": people named by a thing
    rf"(?!\s+(?:{_PEOPLE_HEADS})\b)",
    re.I,
)


@dataclass
class SentenceTolls:
    items: list[TollItem] = field(default_factory=list)
    cumulative: bool = False

    def of(self, outcome: str) -> list[TollItem]:
        return [i for i in self.items if i.outcome == outcome]


def _noun_after(sent: Span, q: Quantity) -> Token | None:
    """The counted noun: the first noun within a few tokens after the quantity."""
    doc = sent.doc
    tokens = [t for t in doc_tokens(doc)[sent.start : sent.end] if t.idx >= q.end][:5]
    for t in tokens:
        if t.pos_ in ("NOUN", "PROPN") or t.lower_ in CIVILIAN_NOUNS | COMBATANT_NOUNS:
            if t.dep_ == "compound" and t.head.i > t.i and t.head.i - t.i <= 2:
                return t.head  # "2 resistance fighters": the fighters are counted
            return t
        if t.pos_ in ("VERB", "AUX", "ADP") and t.lower_ != "of" or t.is_punct:
            break
    # "killed 16 and wounded 40": the number itself may head the phrase
    last = doc.char_span(q.start, q.end, alignment_mode="expand")
    return last.root if last is not None else None


_OF_A_FAMILY = re.compile(
    r"\s+of\s+(?:an?|one|the|the\s+same|his|her|their)\s+(?:[\w-]+\s+)?famil(?:y|ies)\b", re.I
)
# "Eight villagers, including an elderly man, were burned alive", "Two men ... were beaten and
# set alight by a crowd"
_BURNED_ALIVE = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,6}?(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+){0,2}?(?:(?:burned|burnt)\s+alive|"
    r"set\s+(?:alight|ablaze|on\s+fire))\b",
    re.I,
)


def _classify(noun: Token | None) -> str:
    if noun is None:
        return "unknown"
    word = noun.lower_
    if word in CIVILIAN_NOUNS or _OF_A_FAMILY.match(doc_text(noun.doc), noun.idx + len(noun)):
        return "civilians"  # "eight members of one family": kin, not an armed group's men
    if word in COMBATANT_NOUNS:
        return "combatants"
    return "unknown"


def _outcome(sent: Span, noun: Token | None, q: Quantity) -> str | None:
    """The outcome the counted group suffered, from the parse first, then a short window."""
    if noun is not None:
        if _OUTCOME_RE["killed"].match(noun.lower_) or noun.lower_ in {
            "dead",
            "deaths",
            "bodies",
            "corpses",
            # "Nine coffins were lined up", "Five funerals were held"
            "coffins",
            "funerals",
        }:
            return "killed"
        for k in ("injured", "displaced"):
            if _OUTCOME_RE[k].match(noun.lower_):
                return k
        if (
            noun.head.lower_ == "of"
            and noun.head.head.lower_ in ("bodies", "corpses")
            and noun.head.head.idx < q.start
        ):
            return "killed"  # "The bodies of 14 miners were recovered": the dead, counted
        if _HURT_THEN_DIED.match(doc_text(sent.doc), noun.idx + len(noun.text), sent.end_char):
            return "killed"  # "Two people injured in an explosion at a rally have died"
        # the verb right after the counted group, within its clause ("families to flee",
        # "people were killed") says more than a distant governing verb
        after = doc_text(sent.doc)[noun.idx + len(noun.text) : min(sent.end_char, noun.idx + 90)]
        # "Five soldiers, including a captain, lost their lives": past the group's parts
        kin = _OF_A_FAMILY.match(after)  # "Five members of the same family were shot dead"
        after = _PARTS_BETWEEN.sub("", after[kin.end() :] if kin else after, count=1)[:45]
        after = re.split(r"[,;]|\band\b|\bas well as\b", after, maxsplit=1)[0]
        if _LOST_LIVES.match(after) or _BURNED_ALIVE.match(after):
            return "killed"
        if _AND_KILLED.match(doc_text(sent.doc), noun.idx + len(noun.text), sent.end_char):
            return "killed"  # "Two women were raped and killed": the second verb is the outcome
        near = re.match(
            r"^\s+(?:(?:to|were|was|have|had|has|been|being|reportedly|reported|confirmed|also|later|who|had been|have been)\s+)*[\"“'‘]?(\w+)",
            after,
            re.I,  # "16 OTHER PEOPLE WERE WOUNDED" in wire capitals
        )
        if near:
            for k, rx in _OUTCOME_RE.items():
                if rx.match(near.group(1)):
                    return k
            # (the number itself may be the group: "Three were shot dead")
            if noun.idx >= q.start and _SHOT_DEAD.match(after, near.start(1)):
                return "killed"  # "Five members of the same family were shot dead"
            if _OWN_FATE_VERB.match(near.group(1)):
                # "500 patients presented to health facilities ..., and 43 people died": the
                # group's own verb, whatever the parse hangs it on
                return None
        at = noun.idx + len(noun.text)
        if any(
            rx.match(doc_text(sent.doc), at, sent.end_char)
            for rx in (_TO_DEATH_AFTER, _BURNED_ALIVE, _KILLED_PAST_PHRASE)
        ):
            return "killed"  # "Three young men ... were beaten and burned to death"
        if (
            noun.head.lower_ in ("lost", "lose", "loses", "losing")
            and noun.dep_ in ("dobj", "obj")
            and noun.lower_ in _LOST
        ):
            return "killed"  # "the army said it lost two men": its own dead
        node: Token = noun
        for _ in range(6):
            for k, rx in _OUTCOME_RE.items():
                if rx.match(node.lower_) or rx.match(node.text):
                    # an active transitive verb with our noun as its subject: the noun did it
                    if (
                        node.pos_ == "VERB"
                        and noun.dep_ == "nsubj"
                        and any(c.dep_ in ("dobj", "obj") for c in node.children)
                        and k != "displaced"
                    ):
                        return None
                    return k
                for child in node.children:
                    if (
                        child.dep_ in ("nsubj", "nsubjpass", "amod", "compound")
                        and child != noun
                        and any(r.match(child.lower_) for r in (_OUTCOME_RE["killed"],))
                    ):
                        return "killed"
            if node.head.i == node.i:
                break
            if node is not noun and node.pos_ == "VERB":
                # "killing two and affecting some 30 others": the group's own verb is not an
                # outcome, so a more distant "killing" is not what happened to it
                break
            node = node.head
    # "Two policemen and a civilian were shot dead": the verb after the whole list of victims
    if noun is not None and any(c.dep_ == "conj" for c in noun.children):
        last = noun.right_edge
        tail = doc_text(sent.doc)[last.idx + len(last.text) : min(sent.end_char, last.idx + 60)]
        tail = re.split(r"[,;]", tail, maxsplit=1)[0]
        if _PASSIVE_AFTER.match(tail):
            hits = [
                (m.start(), k)
                for k in ("killed", "injured", "abducted", "arrested")
                if (m := _OUTCOME_ANY[k].search(tail)) is not None
            ]
            if hits:
                return min(hits)[1]  # "were wounded and four others killed": the first
    # window fallback: "left 12 dead", "killing 5", "a toll of 20"
    doc = sent.doc
    before = doc_text(doc)[max(sent.start_char, q.start - 40) : q.start]
    if noun is not None and noun.lower_ in _LOST and not q.vague and _LOST_BEFORE.search(before):
        return "killed"  # "lost four of its own soldiers": its own dead
    # "her two sons, aged 9 and 12, were shot dead": the ages set off, the verb after them
    after = _AGES_AFTER.sub("", doc_text(doc)[q.end : min(sent.end_char, q.end + 70)], count=1)
    after = after[:40]
    if _THROATS_BEFORE.search(before):
        return "killed"
    if _BODIES_AND.search(doc_text(doc), max(sent.start_char, q.start - 70), q.start):
        return "killed"  # "the bodies of eleven of our men and at least 17 of the attackers"
    shared = _SHARED_OUTCOME.match(doc_text(doc)[q.end : min(sent.end_char, q.end + 80)])
    if shared is not None:
        # "left one policeman and two insurgents dead": both groups share the outcome
        word = shared.group("word")
        return next((k for k, rx in _OUTCOME_RE.items() if rx.match(word)), None)
    if _BURNED_BEFORE.search(before) and _ALIVE_AFTER.match(after):
        return "killed"  # "burned 12 suspected gang members alive"
    for k in ("killed", "injured", "displaced", "abducted", "arrested"):
        rx = _OUTCOME_ANY[k]
        tail = re.split(r"[,;]| and ", after, maxsplit=1)[0]
        if rx.search(tail) or rx.search(before[-25:]):
            return k
    return None


_LOST_BEFORE = re.compile(r"\b(?:lost|losing)\s+$", re.I)
# the group's death told by a phrase, not a word: "lost their lives", and armies' euphemisms
# ("four soldiers paid the supreme price", "made the ultimate sacrifice", "embraced martyrdom")
_LOST_LIVES = re.compile(
    r"\s+(?:(?:also|later|reportedly)\s+)?[\"“'‘]?(?:lost\s+their\s+lives|did\s+not\s+survive|"
    r"didn['’]t\s+survive|paid\s+the\s+(?:supreme|"
    r"ultimate)\s+price|made\s+the\s+(?:supreme|ultimate)\s+sacrifice|embraced\s+martyrdom)\b",
    re.I,
)
_PARTS_BETWEEN = re.compile(
    r"^,\s+(?:including|among\s+them|all\s+of\s+them|all|most\s+of\s+them)\s+[^,;.]{2,50},"
    # only before the group's own verb ("..., lost their lives"), not the next clause's
    r"(?=\s+(?:were|was|had|have|has|lost|died|are)\b)",
    re.I,
)
_AND_KILLED = re.compile(
    r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?\w+\s+and\s+(?:then\s+|later\s+)?"
    r"(?:killed|murdered|executed|shot\s+dead|beheaded|burned\s+alive|burnt\s+alive)\b",
    re.I,
)
#: "slit the throats of two villagers"
_THROATS_BEFORE = re.compile(
    r"\b(?:slit|slitting|cut|cutting|slashed)\s+the\s+throats?\s+of\s+$", re.I
)
_BODIES_AND = re.compile(
    r"\b(?:bodies|corpses)\s+of\s+(?:at\s+least\s+|some\s+)?[\w-]+\s+[^.;,]{0,40}?\band\s+$", re.I
)
_BURNED_BEFORE = re.compile(r"\b(?:burned|burnt)\s+$", re.I)
_ALIVE_AFTER = re.compile(r"[^,;.]{0,30}?\balive\b", re.I)
_PASSIVE_AFTER = re.compile(r"\s+(?:were|have\s+been|had\s+been)\b", re.I)
_HURT_THEN_DIED = re.compile(
    r"\s+(?:who\s+(?:were|was)\s+)?(?:injured|wounded)\b[^.;]{0,100}?\b(?:have|has|had)\s+"
    r"(?:since\s+|now\s+|also\s+)?died\b",
    re.I,
)
_AGED_BEFORE = re.compile(r"\baged\s+(?:\d+\s*(?:,|and|to|-)\s*)*$", re.I)
_NAME_COMMA = re.compile(r"\b[A-Z][a-z][\w'’-]*,\s*$")
_AGES_AFTER = re.compile(r",\s*aged\s+\d+(?:\s*(?:,|and|to|-)\s*\d+)*\s*,", re.I)
_TO_DEATH_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,6}?(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+){1,4}?to\s+death\b",
    re.I,
)
# "Two health workers on their way to a vaccination campaign were shot dead": the group's own
# killing verb past a phrase that holds no verb or clause of its own
_KILLED_PAST_PHRASE = re.compile(
    r"\s+(?:(?!(?:were|was|who|which|that|after|when|where|and|but|while|as)\b)[\w'’-]+\s+){1,8}?"
    # a group's verb agrees with it ("SEVEN BLOCKS FROM WHERE THE GOVERNOR WAS KILLED" is not)
    r"(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|shot\s+dead|gunned\s+down|"
    r"murdered|executed|beheaded|slain|massacred)\b",
    re.I,
)
#: the two-word killings a bare group's verb may be ("Three were shot dead")
_SHOT_DEAD = re.compile(r"(?:shot\s+dead|gunned\s+down|mowed\s+down)\b", re.I)
_OWN_FATE_VERB = re.compile(
    r"(?:presented|sought|received|treated|admitted|hospitali[sz]ed|survived|escaped|recovered)$",
    re.I,
)
_SHARED_OUTCOME = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:and|as well as)\s+(?:an?|one|two|three|four|five|six|seven|"
    # "left four soldiers and an unknown number of rebels dead"
    r"eight|nine|ten|\d+|an?\s+(?:unknown|undisclosed|unspecified)\s+number\s+of)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:(?:were|was|had\s+been|have\s+been)\s+)?"
    r"(?:(?:reportedly|reported|confirmed|also)\s+)?(?P<word>dead|killed|wounded|injured)\b",
    re.I,
)


def _attributive(sent: Span, char: int) -> bool:
    """Whether the word at ``char`` qualifies the noun right after it ("displaced people",
    "wounded soldiers") rather than saying what happened to the number before it."""
    toks = doc_tokens(sent.doc)
    tok = next((t for t in toks[sent.start : sent.end] if t.idx == char), None)
    if tok is None or tok.i + 1 >= sent.end:
        return False
    nxt = toks[tok.i + 1]
    return nxt.pos_ == "NOUN" and tok.dep_ == "amod" and tok.head.i == nxt.i


_TREATED = re.compile(
    r"(?:receiving|being|getting|still)\s+(?:medical\s+)?treat(?:ment|ed)\b|hospitali[sz]ed\b|"
    r"(?:in|admitted to)\s+hospital\b",
    re.I,
)


#: people a side "lost" ("lost two men", "lost 12 soldiers"): its dead, not its cattle or homes
_LOST = frozenset(COMBATANT_NOUNS | {"men", "man", "comrades"})
_MORE_LATER = re.compile(
    r"\s+more\s+(?:(?:later\s+)?(?:in|at)\s+(?:the\s+)?hospital|later|on\s+the\s+way|overnight|"
    r"afterwards)\b(?![^.;,]{0,30}\b(?:were|was|are|is|remain(?:ed)?)\b)",
    re.I,
)
_DIED_AND = re.compile(r"\b(?:died|(?:were|was)\s+killed)\b[^.;]{0,60}?\band\s+$", re.I)
# "two who tried to flee were shot dead": the group's fate after a relative clause of its own
_WHO_THEN = re.compile(
    # "two other attackers who tried to enter the compound were shot dead"
    r"\s+(?:[a-z]+\s+){0,2}?who\s+(?!were\b|was\b|had\b|have\b)[^.;,]{1,40}?\s+(?:were|was|had\s+been|"
    r"have\s+been)\s+(?:later\s+|also\s+|then\s+)?(?P<w>shot dead|gunned down|\w+)"
)


def _told_outcome(sent: Span, text: str, q: Quantity) -> str | None:
    """The outcome the word right after a number names ("2 killed 8 injured", "TWO CIVILIANS
    WERE KILLED AND SIX WOUNDED"), whatever noun a confused parse finds further on; not a word
    that qualifies the noun after it ("three displaced people were killed")."""
    m = re.match(
        # "An entire family of five was killed": "was" after a number too
        r"\s+(?:more\s+)?(?:were\s+|was\s+|others?\s+)?(?:(?:confirmed|reported|found)\s+)?(\w+)",
        text[q.end : q.end + 35],
        re.I,  # "EIGHT WERE KILLED" in wire capitals
    )
    if m is None or _attributive(sent, q.end + m.start(1)):
        return None
    who = _WHO_THEN.match(text, q.end, sent.end_char)
    if who is not None:
        fate = next((k for k, rx in _OUTCOME_RE.items() if rx.match(who.group("w"))), None)
        if fate is not None:
            return fate
    if _MORE_LATER.match(text, q.end) and _DIED_AND.search(text, sent.start_char, q.start):
        return "killed"  # "Seven died on the spot and two more in hospital"
    if _TREATED.match(text, q.end + m.start(1)):
        return "injured"  # "the toll rose to 32, with dozens more receiving treatment"
    if _SHOT_DEAD.match(text, q.end + m.start(1)) or _AND_KILLED.match(text, q.end, sent.end_char):
        return "killed"  # "Three were shot dead", "Three were beaten and killed"
    return next((k for k, rx in _OUTCOME_RE.items() if rx.match(m.group(1))), None)


def _nearest_outcome_before(window: str) -> str | None:
    best: tuple[int, str] | None = None
    for k, rx in _OUTCOME_ANY.items():
        for m in rx.finditer(window):
            if best is None or m.end() > best[0]:
                best = (m.end(), k)
    return best[1] if best else None


def find_tolls(sent: Span, skip_spans: list[tuple[int, int]] | None = None) -> SentenceTolls:
    """Tolls in one sentence; ``skip_spans`` are character spans (dates) whose numbers are not counts."""
    out = SentenceTolls(cumulative=bool(_CUMULATIVE.search(span_text(sent))))
    skip = skip_spans or []
    text = doc_text(sent.doc)
    prev_noun: Token | None = None
    toll_value_end: int | None = None  # where "the toll rose to N" ends
    toll_value_start = 0
    quantities = [
        q
        for q in find_quantities(span_text(sent), offset=sent.start_char)
        if not any(q.start < e and s < q.end for s, e in skip)
    ]
    for q in quantities:
        if 1900 <= q.best <= 2100 and q.qualifier is None and not q.vague:
            continue  # a year
        if _in_a_name(text, sent.start_char, q):
            continue  # "residents of Delmas 32", "near Kilometre 5": a place's number
        if re.search(r"\bof\s+$", text[max(0, q.start - 4) : q.start], re.I) and re.match(
            r"\s+of\s+(?:the|them|those)\b", text[q.end : q.end + 12], re.I
        ):
            continue  # "the husband and son of one of them": whose they were, not more dead
        if _QUALIFIED_ARTICLE.fullmatch(q.text):
            continue  # "over a social media post": an article, not a count of people
        if q.text.lower() == "one" and re.search(
            r"\bno\s+$", text[max(0, q.start - 4) : q.start], re.I
        ):
            continue  # "troops had killed no one": nobody
        after = text[q.end : q.end + 40]
        if _SKIP_AFTER.match(after) or _NOT_PEOPLE.match(after) or _ANIMALS.match(after):
            continue
        if _HURT_NOUN_AFTER.match(after):
            # "55 wounded people were being treated": the hurt, whatever the verb nearby
            out.items.append(TollItem("injured", "unknown", None, q))
            continue
        if _SUBSET_AFTER.match(after) and text[max(0, q.start - 2) : q.start].strip() == ",":
            continue
        if q.vague and after.lstrip().startswith("of the"):
            continue  # "several of the victims later died": counted already, or not at all
        if _OTHER_KILLER.search(text[max(sent.start_char, q.start - 40) : q.start]):
            continue  # "the pandemic, which has killed more than 450,000": not this event's
        if _EARLIER_FIGURE.search(text[max(sent.start_char, q.start - 40) : q.start]):
            continue  # "revising down an earlier figure of 31": the count it replaces
        if _CAUSE_BEFORE.search(text[max(sent.start_char, q.start - 60) : q.start]):
            continue  # "a strike called after the killing of two of his aides": an earlier event
        if _EXAMPLE_BEFORE.search(text[max(sent.start_char, q.start - 120) : q.start]):
            continue  # "attacks such as last Sunday's assault, in which 50 died": an example
        if _FOR_THE_DEAD.search(text, max(sent.start_char, q.start - 40), q.start):
            continue  # "marched to demand justice for the 12 villagers killed": the cause
        if _EARLIER_ACT.search(text, max(sent.start_char, q.start - 90), q.start):
            continue  # "arrested 12 suspects in connection with last week's attack, which killed 20"
        if _OVER_MONTHS.match(text, q.end, sent.end_char):
            continue  # "killed more than 200 militants in operations over the past three months"
        if _PARENT_OF.search(text, max(sent.start_char, q.start - 30), q.start):
            continue  # "said a mother of three who lives near the church": her children
        if _KIN_PART_AFTER.match(after) and _APPOSED_BEFORE.search(
            text[max(sent.start_char, q.start - 80) : q.start]
        ):
            continue  # "three members of one family, a mother and two of her sons,": a part
        if _SUBSET_BEFORE.search(text[max(sent.start_char, q.start - 30) : q.start]):
            continue  # "14 civilians, including five children": a part, not more victims
        whole = re.match(r"\s+(?:[\w-]+\s+){0,2}?[\w-]+,", after)
        if (
            whole is not None
            and _WHOLE_BEFORE.search(text[sent.start_char : q.start])
            and _nearest_outcome_before(whole.group()) is None
        ):
            continue  # "Of the 15 passengers, 12 were killed": the 12 of them
        if _NONE_SURVIVED.search(text[max(sent.start_char, q.start - 30) : q.start]) and re.match(
            r"\s+(?:[\w-]+\s+){0,2}?survived\b", after, re.I
        ):
            # "None of the three guards survived": all three died
            out.items.append(TollItem("killed", _classify(_noun_after(sent, q)), None, q))
            continue
        if _MISSING_AFTER.match(after):
            continue  # "leaving nine people dead and dozens missing": not found, not dead
        if _PART_OF_BEFORE.search(text[max(sent.start_char, q.start - 30) : q.start]):
            if _WHOLE_KILLED.match(text, q.end, sent.end_char):
                # "identified three of the 11 people killed": the whole is the dead
                noun = _noun_after(sent, q)
                out.items.append(
                    TollItem("killed", _classify(noun), noun.text if noun else None, q)
                )
            continue  # "Two of the four died": the two died, not the four
        whole_at = _OF_THE_WHOLE.match(text, q.end, sent.end_char)
        if whole_at is not None and _WHOLE_KILLED.match(text, whole_at.end(), sent.end_char):
            continue  # the part of that whole ("three")
        if _AGED_BEFORE.search(text[max(sent.start_char, q.start - 30) : q.start]):
            continue  # "Three brothers, aged 19, 22 and 25": ages, not more dead
        if _NAME_COMMA.search(text, max(sent.start_char, q.start - 30), q.start) and text[
            q.end : q.end + 2
        ].startswith(","):
            continue  # "a farmer, Musa Ibrahim, 52, was killed": his age
        if re.search(r"\bby\s+$", text[max(sent.start_char, q.start - 4) : q.start], re.I):
            continue  # "shot dead by two gunmen": the doers of a passive, not its dead
        if out.cumulative and re.search(
            r"\bfrom\s+(?:the\s+)?$", text[max(sent.start_char, q.start - 10) : q.start], re.I
        ):
            continue  # "revised the toll down to 84 from 103": the old figure
        if (
            out.cumulative
            and _DEATH_TOLL.search(span_text(sent))
            and _TOLL_VALUE.search(text[max(sent.start_char, q.start - 30) : q.start])
        ):
            # "the death toll ... rose to 57": the count of the dead, whatever verb is nearby
            noun = _noun_after(sent, q)
            noun = noun if noun is not None and noun.idx >= q.end else None
            # "26 bodies had been found; by the evening the toll had risen to 64": the new
            # figure replaces the earlier ones, it does not add to them
            out.items = [i for i in out.items if i.outcome != "killed"]
            out.items.append(
                TollItem("killed", _classify(noun), noun.text if noun is not None else None, q)
            )
            toll_value_end, toll_value_start = q.end, q.start
            continue
        noun = _noun_after(sent, q)
        told = _told_outcome(sent, text, q)
        if noun is not None and noun.idx < q.end:  # the number heads itself: inherit a noun
            noun = prev_noun if prev_noun is not None else noun
            if told is None and _OWN_VERB.match(text[q.end : q.end + 30]):
                continue  # "hundreds were treated": a verb of their own, and not an outcome
            outcome = (
                told
                or _nearest_outcome_before(text[max(sent.start_char, q.start - 30) : q.start])
                or _outcome(sent, noun, q)
            )
        else:
            outcome = told or _outcome(sent, noun, q)
        if outcome is None and _BODY_AMONG.search(text, sent.start_char, q.start):
            outcome = "killed"  # "The body of the commander was among 27 recovered"
        if outcome is None:
            continue
        part = next(
            (
                k
                for k in out.of(outcome)
                if _AMONG_TOTAL.match(text, k.quantity.end, q.start)
                and ";" not in text[k.quantity.end : q.start]
            ),
            None,
        )
        if part is not None:
            # "Five policemen were among the 11 people killed": the total, of which five
            out.items[out.items.index(part)] = TollItem(
                outcome, _classify(noun), noun.text if noun is not None else None, q
            )
            continue
        if outcome == "killed" and any(
            _PART_OF.search(text[k.quantity.end : q.start])
            and ";" not in text[k.quantity.end : q.start]
            for k in out.of("killed")
        ):
            continue  # "60 people, mostly civilians, among them a singer and several musicians"
        prev_noun = noun
        if any(
            i.outcome == outcome
            and i.quantity.best == q.best
            # "Two soldiers and two militants were killed": two groups of the same size
            and not (
                noun is not None
                and i.noun is not None
                and i.noun.lower() != noun.lower_
                and (
                    _NEXT_GROUP.fullmatch(text, i.quantity.end, q.start)
                    # "Two border guards were killed ...; Tajik authorities reported two
                    # citizens killed": armed men and civilians are not the same two
                    or {i.who, _classify(noun)} == {"civilians", "combatants"}
                )
            )
            for i in out.items
        ):
            continue  # the same figure said twice in one sentence ("16 ... at least 16")
        rival = next(
            (
                i
                for i in out.items
                if i.outcome == outcome
                and (
                    _generic(i.noun)
                    and _generic(noun.text if noun is not None else None)
                    and _ALTERNATIVE.search(text[i.quantity.end : q.start])
                    # "The government reported 54 soldiers killed; JNIM claimed 70": a bare
                    # number another source gives is the same dead counted again
                    or (
                        (
                            noun is None
                            or noun.idx < q.end
                            # "four people were killed; regional television said seven people died"
                            or (_generic(i.noun) and _generic(noun.text))
                        )
                        and _OTHER_SOURCE_COUNT.search(text, i.quantity.end, q.start)
                    )
                    # "seven IRGC officers were killed ...; SOHR reported 11 fatalities"
                    or (
                        noun is not None
                        and noun.lower_ in _SOURCE_TALLY_NOUNS
                        and ";" in text[i.quantity.end : q.start]
                        and _OTHER_SOURCE_COUNT.search(text, i.quantity.end, q.start)
                    )
                )
            ),
            None,
        )
        if rival is not None:
            # "at least 22 were killed, although hospital sources put the number above 50":
            # two counts of the same dead; ACLED keeps the lower
            if q.best < rival.quantity.best:
                out.items[out.items.index(rival)] = TollItem(outcome, rival.who, rival.noun, q)
            continue
        out.items.append(
            TollItem(outcome, _classify(noun), noun.text if noun is not None else None, q)
        )
    for m in _ORDINAL_VICTIM.finditer(span_text(sent)):
        # "A 12th victim died in hospital", "A sixth man died": the toll is now twelve, six
        word = m.group("n").lower()
        n = _ORDINALS.get(word) or int(word[:-2])
        q = Quantity(
            sent.start_char + m.start("n"),
            sent.start_char + m.end("n"),
            m.group("n"),
            n,
            n,
            None,
            None,
        )
        out.items = [i for i in out.items if i.outcome != "killed"]
        out.items.append(TollItem("killed", "unknown", "victim", q))
        out.cumulative = True
    killed = out.of("killed")
    if (
        not killed
        and (them := killed_them(text, quantities, sent.start_char, sent.end_char)) is not None
    ):
        # "abducted five farmers ... and later killed them": the five died
        noun = _noun_after(sent, them)
        out.items.append(TollItem("killed", _classify(noun), noun.text if noun else None, them))
        killed = out.of("killed")
    if not killed and "buried" in span_text(sent).lower():
        out.items += [TollItem("killed", "unknown", None, q) for q in buried(sent)]
        killed = out.of("killed")
    if killed or KILLED_SELF.search(span_text(sent)):  # the bomber may be the only dead
        out.items += [
            TollItem("killed", "unknown", "bomber", q)
            for q in bombers_too(span_text(sent), sent.start_char)
        ]
    if killed:
        last = killed[-1].quantity
        one = _AND_ONE.match(text, last.end, sent.end_char)
        if (
            one is not None
            and not _HURT_AFTER.match(text, one.end())
            and not _OWN_FATE.match(text, one.end())
        ):
            # "killing three policemen and a passer-by", "Three ELN guerrillas and a Colombian
            # soldier were killed": one more of another kind
            out.items.append(_one_more(one))
            killed = out.of("killed")
        first = killed[0].quantity
        lead = _ONE_AND.search(text, max(sent.start_char, first.start - 60), first.start)
        if lead is not None and not any(
            i.quantity.start < lead.end() and lead.start() < i.quantity.end for i in out.items
        ):
            # "A policeman and two civilians were killed": one more, told before the count
            out.items.append(_one_more(lead))
            killed = out.of("killed")
        companion = _COMPANION.match(text, last.end, sent.end_char)
        if companion is not None and not _HURT_AFTER.match(text, companion.end()):
            # "killing 10 commandos and their civilian driver": one more
            q = Quantity(
                companion.start("q"), companion.end("q"), companion.group("q"), 1, 1, None, None
            )
            out.items.append(TollItem("killed", "civilians", companion.group("q"), q))
    for i, item in enumerate(out.items):
        if (
            item.outcome == "injured"
            and item.quantity.best == 1
            and _LATER_DIED.match(text, item.quantity.end, sent.end_char)
        ):
            # "One suspect was wounded in an exchange of fire and later died"
            out.items[i] = TollItem("killed", item.who, item.noun, item.quantity)
            killed = out.of("killed")
    for item in _singular_deaths(span_text(sent), sent.start_char):
        # "Three soldiers were killed and a civilian was shot dead": one more, unless the
        # single death is one of the counted ones ("two people, including a child, ...")
        q = item.quantity
        if any(k.quantity.start == q.start for k in killed):
            continue
        if any(
            k.quantity.best == 1 and _APPOSITION.fullmatch(text, k.quantity.end, q.start)
            for k in killed
        ):
            continue  # "One mourner, a 52-year-old farmer, was killed": one, told again
        if any(
            k.noun is not None
            and k.noun.lower() == (item.noun or "").lower()
            and _SAME_NOUN_GAP.fullmatch(text, k.quantity.end, q.start)
            for k in killed
        ):
            continue  # "The driver and one passenger died": the passenger counted already
        if any(
            _PART_OF.search(text[min(k.quantity.end, q.start) : max(k.quantity.end, q.start)])
            for k in killed
        ):
            continue
        out.items.append(item)
    for q in named_deaths(sent):
        # "Opposition leader Yaya Dillo Djerou was killed": a named victim counts one
        if any(k.quantity.start < q.end and q.start < k.quantity.end for k in out.of("killed")):
            continue
        out.items.append(TollItem("killed", "unknown", q.text, q))
    if not out.of("killed"):
        group = dead_group_before(sent)
        if group is not None:
            out.items.append(TollItem("killed", "unknown", None, group))
    running = (toll_value_start, toll_value_end) if toll_value_end is not None else None
    out.items = [_each_side(i, text, sent.end_char) for i in out.items]
    out.items = counted_once(out.items, sent, running)
    return out


_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
_ORDINAL_VICTIM = re.compile(
    r"\b(?:an?|the)\s+(?P<n>\d{1,3}(?:st|nd|rd|th)|" + "|".join(_ORDINALS) + r")\s+"
    r"(?:victim|person|casualty|body|man|woman|child|boy|girl|soldier|policeman|civilian)\b"
    r"[^.;]{0,40}?\b(?:died|was found|succumbed|was killed)",
    re.I,
)
_COMPANION = re.compile(
    r"[^.;]{0,60}?\band\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+)?"
    r"(?P<q>driver|bodyguard|interpreter|guide|escort)\b",
    re.I,
)
_OWN_VERB = re.compile(
    r"^\s+(?:others?\s+|people\s+)?(?:were|was|are|have been|had been)\s+\w+", re.I
)
# "two soldiers and two": the counted noun, then "and" before the next count
_NEXT_GROUP = re.compile(r"\s+[\w-]+(?:\s+[\w-]+)?\s+(?:and|as well as)\s+")
#: between a part and the total it is among: "Five policemen were among the 11 people killed"
_AMONG_TOTAL = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:were|was)\s+(?:also\s+|reportedly\s+)?among\s+(?:the\s+)?"
    r"(?:at\s+least\s+|some\s+|more\s+than\s+)?$",
    re.I,
)
_PART_OF = re.compile(r"\b(?:including|among|of whom|one of|of them|among them)\b", re.I)


# "three policemen and a passer-by": one more victim after a counted group
_AND_ONE = re.compile(
    rf"\s*(?:[\w'’-]+\s+){{1,4}}?(?:and|along\s+with|as\s+well\s+as)\s+(?P<q>an?|one|another)\s+"
    # "18 of them were killed along with one member of the security forces"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?P<noun>{_PERSON}|passer-?by|onlooker|member|"
    # "killing two Indian nationals and a Pakistani": one of a nationality
    rf"(?-i:[A-Z][a-z]+(?:i|an|ese|ian|ish|on)(?!\s+[A-Z])))\b(?!-)",
    re.I,
)


def _one_more(m: re.Match[str]) -> TollItem:
    """The single victim an _AND_ONE or _ONE_AND match names, as one more dead."""
    q = Quantity(m.start("q"), m.end("q"), m.group("q"), 1, 1, None, None)
    return TollItem("killed", _armed_or_not(m.group("noun"), _ARMED_ONES), m.group("noun"), q)


# "A special forces officer and three suspected militants were killed": one before the count
_ONE_AND = re.compile(
    rf"(?:^|(?<=[\s,;:(\"“]))(?P<q>an?|one)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{_PERSON})\s+"
    rf"(?:and|as\s+well\s+as)\s+(?:at\s+least\s+|another\s+)?$",
    re.I,
)
# "... and a commander escaped": the one named after the dead had a fate of his own
_OWN_FATE = re.compile(
    r"\s+(?:was\s+|were\s+|had\s+been\s+)?(?:escaped|fled|survived|surrendered|arrested|captured|"
    r"detained|rescued|freed|released|abducted|kidnapped|managed|remains?|remained|is|was\s+(?!killed))\b",
    re.I,
)
# "each", not "both": "20 people were killed on both sides" is the total
_EACH_SIDE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:from|on|of)\s+each\s+side\b", re.I)


def _each_side(item: TollItem, text: str, end: int) -> TollItem:
    """ "Three fighters from each side were killed": the count twice, once per side."""
    q = item.quantity
    if item.outcome != "killed" or not _EACH_SIDE.match(text, q.end, end):
        return item
    low, high = (None if v is None else 2 * v for v in (q.low, q.high))
    return replace(item, quantity=replace(q, best=2 * q.best, low=low, high=high))


#: "over a", "more than a": a qualified article, which counts no one ("over a social media post")
_QUALIFIED_ARTICLE = re.compile(
    r"(?:over|more\s+than|about|around|nearly|almost|at\s+least|some)\s+an?", re.I
)
#: between a counted number and a single death's noun ("one [young] passenger")
_SAME_NOUN_GAP = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}")
#: between one counted victim and the same victim described ("One mourner, a ... farmer")
_APPOSITION = re.compile(r"\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*,\s*")
