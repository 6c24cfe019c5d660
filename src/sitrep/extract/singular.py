"""Single deaths told without a number: "a soldier was killed", "shot dead a vendor", "A woman
and her grandson were killed". :func:`_singular_deaths` and the patterns it reads them with, kept
apart from :func:`.tolls.find_tolls`: a table of people nouns and the phrasings around them, not
the counting of numbers. :class:`TollItem` lives here so both modules share it without a cycle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import COMBATANT_NOUNS, PERSON_NOUNS
from .numbers import Quantity
from .wordscan import AnchoredSet

__all__: list[str] = []  # the patterns are the toll finder's own

_PERSON = PERSON_NOUNS
# ", Emmanuel Sithole,", ", 37,", ", 37-year-old Sameh Aqtash,", ", Sameh Aqtash, 37,": who the
# one victim was, between the noun and its verb
_APPOSED = (
    r"(?:,\s+(?:aged\s+)?\d{1,3}(?:-year-old)?(?:\s+[A-Z][\w'’.-]*){0,4},|"
    r",\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:,\s+(?:aged\s+)?\d{1,3})?,|"
    # ", identified as Emeka Obi,"
    r",\s+(?:identified|named)\s+(?:as\s+)?[A-Z][^,.;]{1,40},|"
    # ", whose name was not given,"
    r",\s+whose\s+[^,.;]{1,40},)"
)
_KILLED = (
    r"(?:killed|shot dead|found dead|gunned down|murdered|beheaded|executed|lynched|assassinated|necklaced|"
    r"(?:pronounced|declared) dead|strangled|smothered|suffocated|"
    r"fatally (?:shot|stabbed|wounded|injured)|"
    r"(?:stabbed|hacked|beaten|beat|stoned|burned|burnt) to death|(?:beaten|stabbed) and "
    r"(?:stoned|burned|burnt|hacked) to death|(?:burned|burnt) alive)"
)
_KIN = (
    r"(?:son|daughter|grandson|granddaughter|wife|husband|brother|sister|father|mother|child|"
    r"nephew|niece|cousin|baby)"
)
# "gunmen killed a social leader", "stoned a female student to death" (a verb of harm only
# with "to death" after it)
_VERB_A_PERSON = re.compile(
    # a verb that kills takes any determiner ("shot dead the imam", "killed her husband"); one
    # that only harms takes "a" or "one", and needs "to death" after (checked by the caller)
    rf"\b(?:(?:kill(?:ed|ing)|shot dead|shooting dead|gunned down|murder(?:ed|ing)|behead(?:ed|ing)|"
    rf"execut(?:ed|ing)|lynch(?:ed|ing)|assassinat(?:ed|ing)|mow(?:ed|ing) down|necklac(?:ed|ing)|"
    # "burning alive an elderly woman"
    rf"burn(?:ed|t|ing) alive)\s+(?=(?:an?|one|the|his|her|their|its|my|our)\s)|"
    rf"(?:stabbed|hacked|beat|stoned|burned)\s+(?=(?:an?|one)\s))"
    rf"(?P<q>an?|one|the|his|her|their|its|my|our)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{_PERSON})\b(?!s)",
    re.I,
)
_SINGULAR = [
    # "A teacher, his wife and their daughter were killed": the first of a list of kin (the
    # rest are read by _AND_KIN after it)
    re.compile(
        rf"\b(?P<q>an?|one|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{_PERSON})(?=(?:,\s+(?:his|her|"
        rf"their)\s+(?:[\w-]+\s+)?\w+){{1,3}},?\s+and\s+(?:his|her|their)\s+(?:[\w-]+\s+)?\w+\s+"
        rf"(?:were|have\s+been|had\s+been)\s+(?:\w+\s+){{0,2}}?{_KILLED})",
        re.I,
    ),
    # "A woman and her grandson were killed": two single deaths told together
    re.compile(
        rf"\b(?P<q>an?|one)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{_PERSON})\s+and\s+(?:his|her|their)"
        rf"\s+(?:[\w-]+\s+)?(?P<kin>{_KIN})\s+(?:were|have been|had been)\s+"
        rf"(?!nearly\b|almost\b|reportedly\b)(?:(?:\w+\s+){{0,2}}?{_KILLED}|among the dead\b)",
        re.I,
    ),
    # "A woman and her two sons were shot dead": one beside the counted kin
    re.compile(
        rf"\b(?P<q>an?|one)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{_PERSON})\s+and\s+(?:his|her|their)"
        rf"\s+(?:[\w-]+\s+)?{_KIN}(?:s|ren)\b(?:,[^.;]{{1,40}}?,)?\s+(?:were|have been|had been)\s+"
        # "A mother and her two daughters were among the dead"
        rf"(?!nearly\b|almost\b|reportedly\b)(?:(?:\w+\s+){{0,2}}?{_KILLED}|among the dead\b)",
        re.I,
    ),
    # "A teacher and a student were killed": two single deaths, one verb
    re.compile(
        rf"\b(?P<q>an?|one|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{_PERSON})\s+and\s+"
        rf"(?:an?|one|the|his|her|their)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<kin>{_PERSON})\s+"
        rf"(?:(?:were|have been|had been)\s+(?!nearly\b|almost\b|reportedly\b)(?:\w+\s+){{0,2}}?"
        # "The driver and one passenger died at the scene", "A soldier and a civilian lost
        # their lives"
        rf"{_KILLED}|(?:later\s+|also\s+)?(?:died|perished|lost\s+their\s+lives)\b)",
        re.I,
    ),
    # "The bomber and four others died": the one named beside the counted others
    re.compile(
        rf"\b(?P<q>an?|one|the)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<noun>{_PERSON}|bomber|attacker|"
        rf"gunman|assailant)\s+and\s+(?:at\s+least\s+)?[\w-]+\s+others?\s+(?:were\s+|have\s+"
        rf"been\s+|had\s+been\s+)?(?:{_KILLED}|died\b|perished\b|lost\s+their\s+lives)",
        re.I,
    ),
    # "Two of the three died at the scene and the third (a third) died in hospital": one more
    re.compile(
        r"\band\s+(?:the|a)\s+(?P<q>(?P<noun>second|third|fourth|fifth|other|last))\s+(?:one\s+)?"
        r"(?:also\s+|later\s+)?died\b",
        re.I,
    ),
    # "A soldier was killed", "The village chief was shot dead", "a street vendor, Emmanuel
    # Sithole, was stabbed to death"
    re.compile(
        rf"\b(?P<q>an?|one|the|his|her|their)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{_PERSON})\b"
        rf"(?:\s+(?:of|from|in|at)\s+[^.;]{{1,70}}?|\s+(?:suspected|accused)\s+of\s+[^.;,]{{1,60}}?|"
        # "a young man who tried to run was shot dead"
        rf"\s+who\s+(?!was\b|were\b)[^.;,]{{1,40}}?|"
        # "A journalist covering the protests in Kiri on Saturday was killed"
        rf"\s+[a-z]+ing\s+[^.;,]{{1,60}}?)?"
        rf"{_APPOSED}?"
        rf",?\s+(?:was|has been|had been)\s+"
        # "his son was taken away and burned alive"
        rf"(?!nearly\b|almost\b|reportedly\b)(?:\w+\s+){{0,2}}?(?:and\s+)?{_KILLED}",
        re.I,
    ),
    # "A protester died of gunshot wounds", "a three-year-old girl died of her burns"
    re.compile(
        # "Another passenger died in hospital"
        rf"\b(?P<q>an?|one|the|another)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{_PERSON})"
        # "The victim, a 34-year-old trader, died at the scene"
        rf"(?:{_APPOSED}|,\s+an?\s+[^,.;]{{1,40}},)?\s+"
        # "A 10-year-old boy who was among the wounded died in hospital"
        # "a man who was beaten by a mob on suspicion of theft ... died in hospital"
        rf"(?:who\s+[^.;,]{{1,120}}?\s+|"
        # "A 17-year-old boy was shot in the stomach and later died"
        rf"was\s+(?:shot|wounded|injured|hit|stabbed|beaten|burned|hurt|hacked|attacked|"
        rf"assaulted|struck|run\s+over|tortured)\b[^.;,]{{0,60}}?\s+and\s+|"
        # "A civilian caught in the crossfire also died"
        rf"(?:caught|trapped|hit|struck|wounded|injured|shot)\s+(?:in|by)\s+[^.;,]{{1,50}}?\s+"
        rf"(?=(?:later|also|has|had)\s))?"
        # "A teenager who was shot in the leg succumbed to his injuries", "has died"
        rf"(?:later\s+|also\s+|has\s+|had\s+|has\s+since\s+)?(?:died|succumbed)\b",
        re.I,
    ),
    _VERB_A_PERSON,
    # "claimed the life of a constable"; "A soldier lost his life"; "The pastor was among the dead"
    re.compile(
        rf"\bclaimed\s+the\s+life\s+of\s+(?P<q>an?|one|the)\s+(?:[\w'’-]+\s+){{0,3}}?"
        rf"(?P<noun>{_PERSON})\b(?!s)",
        re.I,
    ),
    re.compile(
        rf"\b(?P<q>an?|one|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{_PERSON})\s+(?:also\s+)?"
        rf"(?:lost\s+(?:his|her)\s+life|was\s+among\s+the\s+dead)\b",
        re.I,
    ),
    # one victim of the surest killing verbs, whatever he is called ("shot dead a moneychanger",
    # "A boda boda rider was lynched")
    re.compile(
        r"\b(?:shot\s+dead|gunned\s+down|murdered|assassinated|lynched|beheaded)\s+"
        r"(?P<q>an?|one)\s+(?:[a-z][\w'’-]*\s+){0,3}(?P<noun>[a-z][a-z-]+[a-rt-z])"
        # the phrase's last word: "a suspected suicide bomber near the base"
        r"(?=[,.;:]|\s+(?:in|on|at|near|and|as|who|from|after|outside|inside|during|while|with|by|"
        r"for|to)\b|$)"
    ),
    re.compile(
        r"\b(?P<q>[Aa]n?|[Oo]ne)\s+(?:[a-z][\w'’-]*\s+){0,3}?(?P<noun>[a-z][a-z-]+[a-rt-z])\s+"
        r"(?:was|has\s+been|had\s+been)\s+(?:shot\s+dead|gunned\s+down|murdered|assassinated|"
        r"lynched|beheaded|(?:hacked|stabbed|beaten)\s+to\s+death)\b"
    ),
    # "leaving a soldier dead", "left one policeman dead"
    re.compile(
        rf"\b(?:leaving|left)\s+(?P<q>an?|one)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{_PERSON})\s+dead\b",
        re.I,
    ),
    # "Gunmen shot dead Ecuadorean presidential candidate Fernando Villavicencio": a title
    # and a name, no article
    re.compile(
        rf"\b(?:shot dead|gunned down|assassinated|murdered|killed)\s+(?:[A-Z][\w'’-]*\s+){{0,2}}"
        rf"(?:[a-z][\w'’-]*\s+){{0,2}}?(?P<q>(?P<noun>{_PERSON}))\s+[A-Z][\w'’-]+\s+[A-Z]"
    ),
    # "a mob beat Rakbar Khan to death": a named person, no count
    re.compile(
        r"\b(?:beat|beaten|stabbed|hacked|stoned|burned|burnt|clubbed|lynched)\s+"
        r"(?P<q>(?P<noun>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}))(?:,[^,.;]{3,40},)?\s+to death\b"
    ),
    # "a mob beat to death a meat trader", "beat to death and set ablaze a young man"
    re.compile(
        rf"\b(?:beat|beaten|stabbed|hacked|stoned|burned|burnt|clubbed)(?:\s+and\s+\w+)?\s+"
        rf"to death(?:\s+and\s+(?:set\s+(?:ablaze|alight|on\s+fire)|burned|burnt))?\s+"
        rf"(?P<q>an?|one)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{_PERSON})\b",
        re.I,
    ),
    # "to bury their leader, who was shot dead by two gunmen"
    re.compile(
        rf"\b(?P<q>their|his|her|its|an?)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<noun>{_PERSON}),\s+"
        rf"who\s+(?:was|had\s+been)\s+(?!nearly\b|almost\b|reportedly\b){_KILLED}",
        re.I,
    ),
    # "a herdsman stabbed a farmer, who died on the way to hospital"
    re.compile(
        rf"\b(?:stabbed|shot|attacked|hit|wounded|injured|beat|struck|hacked|assaulted)\s+"
        rf"(?P<q>an?|one|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{_PERSON}),\s+who\s+"
        rf"(?:later\s+|subsequently\s+)?(?:died|succumbed)\b",
        re.I,
    ),
    # "The body of a young Muslim man was found in a burned building": one dead, found
    re.compile(
        rf"\b(?:the\s+)?(?:body|corpse|remains)\s+of\s+(?P<q>an?|one)\s+(?:[\w'’-]+\s+){{0,3}}?"
        # "The body of a journalist who had been missing since Thursday was found"
        rf"(?P<noun>{_PERSON})\b(?:,[^.;]{{1,40}}?,|\s+who\s+[^.;,]{{1,60}}?)?\s+(?:was|were|"
        rf"has\s+been|had\s+been)\s+(?:\w+\s+)?(?:found|discovered|recovered|dumped|pulled)\b",
        re.I,
    ),
    # "fired nine shots at the councillor's car, killing her": the one person told before
    re.compile(
        r"\b(?:killing|killed|shot\s+dead|shooting\s+dead)\s+(?P<q>(?P<noun>him|her))"
        r"(?=\s*(?:[,.;]|$|and\b|on\b|in\b|at\b|instantly\b|outright\b|as\b))",
        re.I,
    ),
    # "caught a suspected kidnapper and set him ablaze"
    re.compile(
        r"\bset\s+(?P<q>(?P<noun>him|her))\s+(?:ablaze|alight|on\s+fire)\b",
        re.I,
    ),
    # "caught a suspected thief and beat him to death"
    re.compile(
        r"\b(?:beat|beaten|stabbed|hacked|stoned|burned|burnt|clubbed|kicked|battered)\s+"
        r"(?P<q>(?P<noun>him|her))\s+to\s+death\b",
        re.I,
    ),
    # "beat and shot him dead", "doctors declared him dead"
    re.compile(
        r"\b(?:shot|shooting|declared|pronounced|confirmed)\s+(?P<q>(?P<noun>him|her))\s+dead\b",
        re.I,
    ),
    # "he collapsed and died on the way to hospital", "she later died of her wounds"
    re.compile(
        r"\b(?P<q>(?P<noun>he|she))\s+(?:(?:later|collapsed|and|then|also|subsequently)\s+){0,3}"
        r"died\b",
        re.I,
    ),
    # "He was pronounced dead on arrival", "she was raped and killed"
    re.compile(
        rf"\b(?P<q>(?P<noun>he|she))\s+was\s+(?:later\s+)?(?:(?:pronounced|declared|confirmed)\s+"
        rf"dead\b|(?!nearly\b|almost\b|reportedly\b|not\b|never\b)(?:\w+\s+){{0,2}}?{_KILLED})",
        re.I,
    ),
    # "stoned and beat to death Deborah Samuel"
    re.compile(
        r"\b(?:beat|beaten|stabbed|hacked|stoned|burned|clubbed)(?:\s+and\s+\w+)?\s+to death\s+"
        r"(?P<q>(?P<noun>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}))"
    ),
]


@dataclass(frozen=True)
class TollItem:
    outcome: str  # killed / injured / displaced / abducted / arrested
    who: str  # civilians / combatants / unknown
    noun: str | None
    quantity: Quantity


#: one victim of the armed kind told beside a count, beside the lexicon's combatant nouns
_ARMED_ONES = frozenset(["soldier", "policeman", "guard", "fighter", "militant", "rebel"])
#: ... and told alone ("A police officer was shot dead")
_ARMED_ALONE = _ARMED_ONES | {
    "police officer", "insurgent", "peacekeeper", "commander", "infantryman", "serviceman",
    "servicewoman", "rifleman", "conscript", "pilot",
}  # fmt: skip
_PERSON_RE = re.compile(_PERSON, re.I)


def _armed_or_not(noun: str, armed: frozenset[str] = _ARMED_ALONE) -> str:
    """Whether one victim named by ``noun`` counts among combatants or civilians."""
    kind = noun.lower()
    return "combatants" if kind in COMBATANT_NOUNS or kind in armed else "civilians"


# "and her grandson", ", his wife and their three children"
_AND_KIN = re.compile(
    # "shot dead a councillor and his bodyguard": his kin or his companion, one more death
    rf"(?:(?:\s+and|\s*,)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?P<q>{_KIN}|{_PERSON})|"
    # "killing the driver and a passenger": a second single death
    # "shot dead the father and brother of one of them": the noun bare after "and"
    rf"\s+and\s+(?:(?:an?|the|one)\s+(?:[\w'’-]+\s+){{0,2}}?)?(?P<p>{_PERSON}))\b(?!s)",
    re.I,
)


_HURT_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:was\s+|were\s+)?(?:\w+ly\s+)?(?:injured|wounded|hurt)", re.I
)


# every pattern of _SINGULAR holds one of these (on lower-cased text, so re can skip ahead)
_NEXT_CLAUSE = re.compile(r"(?:,\s*and|;)\s+")
_DEATH_STEM = re.compile(
    r"kill|dead|gunned|murder|behead|execut|lynch|assassinat|died|death|stabbed|hacked|stoned|"
    r"burn|beat|clubbed|body|corpse|remains|strangl|smother|suffocat|kicked|battered|lives|perish|life|"
    r"mow|succumb|ablaze|alight|on fire|necklac"
)


_ORDINAL_BEFORE = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth)(?=\s)",  # not "a second-year student"
    re.I,
)


#: a death told as the cause of what the sentence tells ("after a man died in custody")
_CAUSE_DEATH = re.compile(r"\b(?:after|following)\s+$", re.I)


_SINGULAR_SET = AnchoredSet(_SINGULAR)


def _singular_deaths(text: str, offset: int) -> list[TollItem]:
    """One death told without a number ("a soldier was killed", "shot dead a vendor"):
    find_quantities leaves "a" alone, since most "a"s count nothing."""
    if not _DEATH_STEM.search(text.lower()):
        return []  # most sentences tell no death: spare them the searches
    for rx, found in zip(_SINGULAR, _SINGULAR_SET.scan(text), strict=True):
        if not found:
            continue
        m = found[0]  # what rx.search(text) finds
        if (
            rx is _VERB_A_PERSON
            and m.group(0).split()[0].lower()
            in {
                "stabbed",
                "hacked",
                "beat",
                "stoned",
                "burned",
            }
            and not re.match(r"[^.;,]{0,40}?\bto death\b", text[m.end() :], re.I)
        ):
            continue
        if (
            m.group("noun")[:1].isupper()
            and not text.isupper()
            and _PERSON_RE.fullmatch(m.group("noun"))
        ):
            continue  # "the District Reserve Guard": a force's name, no one person
        if m.group(0).endswith(("died", "succumbed")) and _CAUSE_DEATH.search(
            text, max(0, m.start("q") - 12), m.start("q")
        ):
            continue  # "Protesters torched a police station after a man died in custody": the cause
        if _ORDINAL_BEFORE.search(text, m.start("q"), m.start("noun")):
            continue  # "A 12th victim died": the ordinal counts him, as the toll's new total
        n = 2 if m.group("noun").lower().endswith("couple") else 1
        q = Quantity(offset + m.start("q"), offset + m.end("q"), m.group("q"), n, n, None, None)
        items = [TollItem("killed", _armed_or_not(m.group("noun")), m.group("noun"), q)]
        if "kin" in rx.groupindex:
            return [*items, _one_dead(m, "kin", "kin", offset)]
        end = m.end()
        # "killing an elderly woman and her grandson": a second single death; "the village head,
        # his wife and their son": a list of them
        for _ in range(3):
            kin = _AND_KIN.match(text, end)
            if kin is None or _HURT_AFTER.match(text, kin.end()):
                break
            g = "q" if kin.group("q") else "p"
            items.append(_one_dead(kin, g, g, offset))
            end = kin.end()
        # "A man was shot dead ..., and his son was taken away and burned alive": a second
        # clause's one death, told the same way
        clause = _NEXT_CLAUSE.search(text, end)
        again = rx.match(text, clause.end()) if clause is not None else None
        if again is not None:
            items.append(_one_dead(again, "q", "noun", offset))
        return items
    return []


def _one_dead(m: re.Match[str], count: str, noun: str, offset: int) -> TollItem:
    """One death, counted at ``m``'s group ``count`` and told by its group ``noun``."""
    q = Quantity(offset + m.start(count), offset + m.end(count), m.group(count), 1, 1, None, None)
    return TollItem("killed", _armed_or_not(m.group(noun)), m.group(noun), q)
