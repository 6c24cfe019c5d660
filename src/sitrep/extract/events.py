"""Sentence-level event candidates: type, date, actors, place, tolls, weapons, source, certainty.

Each sentence with a realis trigger yields at most one candidate; background, forecasts,
hypotheticals and reports about earlier reports yield none. Candidates are merged across
sentences afterwards (:mod:`sitrep.consolidate.merge`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..models import EVENT_TYPES, Count, Evidence, Fatalities, Location, PlaceMention
from ..nlp.loader import doc_text, span_text
from .actors import ActorMention
from .asides import dead_among, responders
from .dates import DateMention
from .eventday import event_day, told_elsewhere
from .kb import KnowledgeBase
from .lexicon import DEFINITE_EVENT_NOUNS
from .modality import Modality
from .refine import TERRITORY, refine_type
from .tolls import SentenceTolls, TollItem
from .triggers import EARLIER_AFTER, Trigger, is_count

__all__ = [
    "BLAMED_BEFORE",
    "ally_named",
    "protest_target",
    "OTHER_DEAD_AFTER",
    "PASSIVE_SUFFERED",
    "Candidate",
    "build_candidate",
    "set_date",
    "toll_fatalities",
    "toll_spans",
    "ARMED_NOUNS",
    "CERTAINTY_RANK",
    "SUB_TO_TYPE",
]

#: certainty labels from most to least certain (a reported toll beats a claimed one)
CERTAINTY_RANK = {
    "reported": 0, "claimed": 1, "denied": 2, "unverified claim": 3, "feared": 4, "hypothetical": 5,
}  # fmt: skip
SUB_TO_TYPE = {sub: etype for etype, subs in EVENT_TYPES.items() for sub in subs}


_DEFINITE = re.compile(
    rf"^\W*(?:the|this|that|these|those)\s+(?:\w+\s+)?(?:{'|'.join(DEFINITE_EVENT_NOUNS)})\b", re.I
)
_CLAIM_OF = re.compile(
    r"claim(?:ed|s|ing)? (?:responsibility|credit) for (?:the |this |that |[\w-]+'s |[\w-]+ )?$",
    re.I,
)
_NEAR = re.compile(
    r"\b(?:near|outside|outskirts of|close to|around|on the road to|north of|south of|east of|west of)\s+$",
    re.I,
)


@dataclass
class Candidate:
    """What one sentence (or, after merging, several) says about one event."""

    sent_index: int
    sent_start: int
    sent_end: int
    trigger: Trigger
    sub_event_type: str
    date: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: str | None = None
    date_how: str | None = None
    date_span: tuple[int, int, str] | None = None
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    civilians_victims: bool = False
    location: Location | None = None
    location_span: tuple[int, int, str] | None = None
    fatalities: Fatalities | None = None
    injured: Count | None = None
    toll_spans: list[tuple[int, int, str]] = field(default_factory=list)
    cumulative: bool = False
    weapons: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end, text, name
    source: str | None = None
    certainty: str = "reported"
    hedge_span: tuple[int, int, str] | None = None
    definite: bool = False
    elsewhere: bool = False  # "five others were killed elsewhere": not the event told before
    # "The attackers ... killed a member of staff": the doers told before, doing more of the act
    anaphoric: bool = False
    toll_rank: int = 9  # certainty rank of the sentence the toll came from (0 = reported)
    # the toll counts other dead than the event's main toll ("the driver also died", "all four
    # attackers were killed"): merged in, it adds to that toll instead of competing with it
    toll_extra: bool = False
    toll_doers: bool = False  # the toll counts attackers, bombers or gunmen
    toll_sides: frozenset[str] = frozenset()  # "state", "armed": whose combatants the toll counts
    # "officials have put the toll at 19": a source's own estimate of the dead (not an update,
    # and not an earlier count: "had put the toll at 11", "earlier put it at")
    toll_estimate: bool = False
    headline: bool = False  # the article's title line, over its lede
    # the place is where the source is ("an official of the Mopti regional health directorate",
    # "doctors at Al-Thawra hospital"), which may be another town than the event's
    place_of_source: bool = False
    members: list[int] = field(default_factory=list)

    @property
    def event_type(self) -> str:
        return SUB_TO_TYPE[self.sub_event_type]

    def evidence(self) -> list[Evidence]:
        """Evidence spans for every coded field (document offsets)."""
        out = [
            Evidence(
                field="sub_event_type",
                start=self.trigger.start,
                end=self.trigger.end,
                text=self.trigger.text,
            )
        ]
        for fname, span in (
            ("date", self.date_span),
            ("location", self.location_span),
            ("certainty", self.hedge_span),
        ):
            if span is not None:
                out.append(Evidence(field=fname, start=span[0], end=span[1], text=span[2]))
        for fname, a in (("actor1", self.actor1), ("actor2", self.actor2)):
            if a is not None:
                out.append(Evidence(field=fname, start=a.start, end=a.end, text=a.text))
        for s, e, t in self.toll_spans:
            out.append(Evidence(field="fatalities", start=s, end=e, text=t))
        for s, e, t, _ in self.weapons:
            out.append(Evidence(field="weapons", start=s, end=e, text=t))
        return out


_UAG = "Unidentified Armed Group"


def _subject_span(doc: Doc, trigger: Trigger) -> tuple[int, int] | None:
    """Character span of the active subject of the trigger's verb (or of the verb it is
    coordinated with: "stormed the town and set fire to"), None when the parse has none."""
    span = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root
    for _ in range(3):
        # the nearest subject ("Vakaga: ..., MINUSCA deployed": a mis-parsed heading is the first)
        subj = max((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: c.i, default=None)
        if subj is not None:
            return subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head is verb:
            return None
        verb = verb.head
    return None


def set_date(cand: Candidate, d: DateMention | None) -> None:
    """Date the candidate from one date mention, or clear its date."""
    if d is None:
        cand.date = cand.date_end = cand.date_precision = cand.date_how = cand.date_span = None
        return
    cand.date, cand.date_end, cand.date_precision, cand.date_how = (
        d.date,
        d.date_end,
        d.precision,
        d.how,
    )
    cand.date_span = (d.start, d.end, d.text)


def toll_spans(killed: list[TollItem]) -> list[tuple[int, int, str]]:
    """The evidence spans of a sentence's counts of the dead."""
    return [(i.quantity.start, i.quantity.end, i.quantity.text) for i in killed]


def toll_fatalities(killed: list[TollItem]) -> Fatalities:
    """The fatalities of a sentence's counts of the dead, split by who they were."""
    civ = [i for i in killed if i.who == "civilians"]
    com = [i for i in killed if i.who == "combatants"]
    unk = [i for i in killed if i.who == "unknown"]
    best = _count(killed)
    low = _count(killed, "low")
    return Fatalities(
        best=best,
        low=low if low is not None else best,
        high=_count(killed, "high"),
        civilians=_count(civ) if civ else None,
        combatants=_count(com) if com else None,
        unknown=_count(unk) if unk else None,
    )


def _count(items: list[TollItem], attr: str = "best") -> int | None:
    vals = [getattr(i.quantity, attr) for i in items]
    if any(v is None for v in vals) or not vals:
        return None
    return int(sum(vals))


_ALSO_DIED = re.compile(
    r"\balso\s+(?:\w+\s+){0,2}?(?:killed|died|dead|lost\s+their\s+lives)\b|"
    # "Two more died in hospital on Sunday": more dead, not a new count of the same
    r"^\W*(?:[\w-]+\s+)?more\s+(?:people\s+|of\s+the\s+wounded\s+)?(?:died|were\s+killed)\b|"
    r"\b(?:killed|died|dead)\s+(?:\w+\s+){0,3}?too\b|"
    # "Two of the wounded later died in hospital": the hurt who died since, more dead
    r"^\W*(?:[\w-]+\s+)of\s+the\s+(?:wounded|injured)\s+(?:later\s+|subsequently\s+|have\s+since\s+|"
    r"had\s+since\s+)?(?:died|succumbed)\b|"
    # "Another passenger died in hospital", "A further two people died", "Two more bodies were
    # found", "The driver and a child later died"
    r"^\W*(?:an?other|a\s+further)\s+(?:[\w-]+\s+){0,2}?(?:died|succumbed|(?:was|were)\s+killed)\b|"
    # "Two others succumbed to their injuries in hospital"
    r"^\W*(?:[\w-]+\s+)others\s+(?:later\s+|subsequently\s+)?(?:died|succumbed)\b|"
    r"^\W*(?:[\w-]+\s+)?more\s+(?:bodies|corpses)\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:found|recovered|discovered|retrieved)\b|"
    r"\b(?:later|subsequently)\s+(?:died|succumbed)\b|\b(?:died|succumbed)\s+later\b",
    re.I,
)
_AMONG = re.compile(r"\b(?:among|including|of\s+them|of\s+whom)\b", re.I)
_DOER_NOUNS = {
    "attackers", "attacker", "assailants", "assailant", "bombers", "bomber", "hijackers",
    "gunmen", "gunman", "kidnappers", "raiders",
}  # fmt: skip
_STATE_NOUNS = {
    "soldier", "soldiers", "troop", "troops", "policeman", "policemen", "officer", "officers",
    "police", "guard", "guards", "personnel", "servicemen", "serviceman", "marine", "marines",
    "paratrooper", "paratroopers", "sailor", "sailors", "commandos", "commando", "gendarmes",
    "gendarme", "jawans", "peacekeeper", "peacekeepers",
}  # fmt: skip
ARMED_NOUNS = {
    "militant", "militants", "rebel", "rebels", "insurgent", "insurgents", "jihadist", "jihadists",
    "fighters", "fighter", "terrorists", "terrorist", "bandits", "bandit", "guerrillas",
    "guerrilla", "extremists", "attackers", "attacker", "assailants", "gunmen", "gunman",
}  # fmt: skip


def _side(noun: str) -> str:
    """Whose dead a counted noun names: the state's combatants, an armed group's, or other."""
    return "state" if noun in _STATE_NOUNS else "armed" if noun in ARMED_NOUNS else "other"


_THAT_KILLED = re.compile(
    r"\b(?:that|which)\s+(?:had\s+|has\s+)?(?:killed|left)\s+(?:at\s+least\s+|some\s+)?$", re.I
)
_GRIEVANCE = re.compile(
    r"\b(?:killings?|deaths?|murders?|massacre)\s+of\s+(?:at\s+least\s+|some\s+|more\s+than\s+)?$|"
    # "Angry crowds stormed the ministers' homes after the bodies of a woman and two children
    # were found"
    r"\bafter\s+the\s+(?:bodies|corpses|remains)\s+of\s+[^.;,]{0,30}?$",
    re.I,
)
_SUPERLATIVE = re.compile(r"\b(?:deadliest|worst|largest|biggest|highest|heaviest|first)\b", re.I)
_TOLL_RISE = re.compile(r"\b(?:rose|risen|climbed|reached|increased|jumped|passed)\b", re.I)
_TOLL_WORD = re.compile(r"\b(?:death )?toll\b", re.I)
_ELSEWHERE = re.compile(
    r"\belsewhere\b|\bin other (?:parts|areas|towns|cities|districts|provinces|regions)\b|"
    r"\bacross the (?:country|region|border regions)\b|\bnationwide\b|"
    # "In the nearby village of Za'tara, a man was shot dead": another place's toll
    r"\bin (?:the |a )?(?:nearby|neighbouring|neighboring|another) (?:village|town|district|camp)\b|"
    # "At least 12 people were killed in the state over the weekend": a tally of many events
    r"\bin the (?:state|province|region|country|department|county) (?:over|during|since|so far)\b|"
    # "Similar attacks on travellers killed 23 people in Musakhel last August"
    r"\bsimilar (?:attacks?|killings?|incidents?|raids?|bombings?|ambush(?:es)?)\b|"
    # "a reference to the 1982 massacre in which thousands were killed"
    r"\bthe (?:19|20)\d\d (?:[\w-]+ )?(?:massacres?|attacks?|bombings?|killings?|sieges?|wars?|"
    r"uprisings?|crackdowns?) in which\b",
    re.I,
)
# "In 2023, two other opponents of the mine were killed": a sentence that opens on a bare year
# tells another time's dead (a day, or a month of that year, would be a date mention)
_ANOTHER_YEAR = re.compile(
    r"^\W*(?:in|since|during|back in) (?:early |late |mid-)?(?:19|20)\d\d\s*,", re.I
)
# "The attackers, who arrived on motorcycles, ... killed a member of staff": the doers told
# before, doing more of the same act (see merge._fits)
_ANAPHORIC_DOERS = re.compile(
    r"^\W*(?:(?:the|these|those)\s+(?:attackers|gunmen|assailants|raiders|bandits|kidnappers|"
    r"abductors|militants|jihadists|insurgents)\b|"
    # "The army later confirmed that six ... were killed when troops engaged them"
    r"the\s+(?:army|military|police|authorities|government)\s+later\s+(?:said|confirmed|"
    r"reported|announced)\b)",
    re.I,
)
# "Earlier in the week the gangs killed five people in Nazon": an earlier event, told after
# this one (not in a lede, which may tell its own event so)
_EARLIER_SPAN = re.compile(
    r"^\W*(?:earlier (?:in the|this|that) (?:week|month|year)|last (?:week|month)|the (?:previous|"
    r"preceding) (?:week|month))\b",
    re.I,
)
# "The march was largely peaceful, but rights groups said 13 people were killed elsewhere":
# the dead of other places, after a contrast; "The blast came as ... protests in which dozens
# have died": a background the event is set against
OTHER_DEAD_AFTER = re.compile(
    r"\b(?:but|while|whereas)\b(?=[^.;]*?(?:\belsewhere\b|\bin other (?:parts|areas|towns|cities|"
    r"districts|provinces|regions)\b))|\b(?:came|comes|come)\s+(?:as|amid|at a time when)\b",
    re.I,
)
# "500 killed since the war began": a running toll; "the eighth deal since the conflict began"
# is still this event
_SOURCE_PLACE_AFTER = re.compile(
    r"['’]?s?\s+(?:(?:regional|provincial|state|district|municipal|county|city|general|central|"
    r"teaching|referral)\s+)*(?:(?:health|police|education|security|civil defence)\s+)?"
    r"(?:directorate|department|office|council|command|ministry|authority|authorities|"
    r"hospital|morgue|clinic|health cent(?:re|er))\b",
    re.I,
)
_SOURCE_PLACE_BEFORE = re.compile(
    r"\b(?:sources?|officials?|doctors?|medics|staff|nurses?|spokes(?:man|woman|person)|"
    r"director)\s+(?:at|of|in|from)\s+(?:the\s+)?$",
    re.I,
)
_ESTIMATE = re.compile(
    r"\b(?:put|puts|putting|placed|estimated|gave)\s+(?:the|its|their)\s+(?:death\s+)?"
    r"(?:toll|number|figure)\s+at\b|"
    # "a local medical source told Reuters the toll was 67"
    r"\b(?:said|says|told\s+\w+)\s+(?:that\s+)?the\s+(?:death\s+)?toll\s+(?:was|is|stood\s+at)\b|"
    # "Residents said 25 were killed": another source's count of the same dead
    r"\b(?:residents|witnesses|villagers|locals|relatives|survivors|activists|medics|doctors|"
    r"(?:local|community|religious)\s+leaders|elders|(?:a\s+)?rights\s+groups?)\s+"
    r"(?:said|say|told\s+\w+)\s+(?:that\s+)?(?:at\s+least\s+|as\s+many\s+as\s+)?[\w-]+\s+"
    r"(?:people\s+|others\s+)?(?:were|had\s+been|have\s+been)\s+killed\b",
    re.I,
)
_EARLIER_COUNT = re.compile(
    r"\bhad\s+(?:\w+\s+)?(?:put|placed|estimated|given)\b|"
    r"\b(?:earlier|initially|previously|at first|first)\b",
    re.I,
)
_SINCE_START = re.compile(
    r"\bsince the (?:fighting|war|conflict|offensive|invasion|start|beginning)\b|"
    # "Violence in the south has killed more than 7,000 people since 2004", "160 have died
    # across Oromia since the killing": a running toll of many events
    r"\b(?:killed|died|dead|lives)\b[^.;]{0,60}?\bsince (?:(?:19|20)\d\d|the (?:killing|death|"
    r"assassination))\b|"
    # "fighting ... since mid-January has killed at least 80"
    r"\bsince (?:early |mid-?|late )?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|last (?:year|month))\b(?!\s+\d)[^.;]{0,60}?"
    r"\b(?:killed|died|dead|lives)\b|"
    r"\b(?:killed|died|dead)\s+since the (?:\d{1,2} \w+ )?(?:vote|election|elections|protests|unrest|"
    r"coup|crackdown)\b|"
    # "60 people have died in the protests since they began in May"
    r"\b(?:killed|died|dead)\b[^.;]{0,40}?\bsince (?:they|it|the \w+) (?:began|started|erupted|"
    r"broke out)\b",
    re.I,
)


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$", re.I)
_WHEN_SUBJECT = re.compile(
    r"[^.;]{0,60}?\bwhen\s+(?:(?:the|a|an|suspected|unidentified|heavily|some|several|dozens|"
    r"of|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)*$",
    re.I,
)
_ON_ORDERS_OF = re.compile(
    r"\b(?:on\s+(?:the\s+)?orders?\s+of|on\s+behalf\s+of|at\s+the\s+behest\s+of|spying\s+for|"
    r"working\s+for|"
    # "arrested 23 people on suspicion of links to Fano": the suspects are not the group
    r"(?:suspicion|suspected|accused|charged)\s+(?:of\s+)?(?:having\s+)?(?:links?|ties|"
    r"contacts?|collaborat\w*|support\w*|sympathi[sz]\w*)(?:\s+(?:to|with|for|of))?)\s+(?:the\s+)?$",
    re.I,
)
BLAMED_BEFORE = re.compile(
    # "Authorities suspected BRN insurgents", "police suspect ISWAP": blame as the main verb
    r"\b(?:blam(?:ed|ing)|accus(?:ed|ing)|(?:authorities|police|officials|army|military)\s+"
    r"(?:suspected|suspect|suspects)|attribut(?:ed|ing)\s+(?:[\w-]+\s+){0,6}?to|"
    r"link(?:ed|ing)\s+(?:[\w-]+\s+){1,6}?to|"
    # "The attack bore the hallmarks of JNIM"
    r"(?:bore|bears|had|has|carried|carries)\s+(?:all\s+)?the\s+hallmarks\s+of|"
    # "an attack linked to X", not "insurgents linked to al Qaeda" (whom they belong to)
    r"(?<!insurgents )(?<!militants )(?<!fighters )(?<!group )(?<!groups )(?<!gunmen )"
    r"(?<!rebels )(?<!factions )(?<!militias )(?<!cells )linked\s+to)\s+"
    # "blaming 'terrorists' of the People's Defence Force"
    # "blamed dissidents of the former FARC rebel group"
    r"(?:the\s+)?(?:['‘\"“]?(?:fighters|members|militants|elements|gunmen|terrorists|insurgents|"
    r"dissidents)['’\"”]?\s+of\s+(?:the\s+)?(?:former\s+)?|"
    # "blaming forces loyal to eastern commander Khalifa Haftar"
    r"(?:forces|fighters|militiamen|troops|gunmen)\s+loyal\s+to\s+(?:[\w-]+\s+){0,3}?)?"
    r"['‘\"“]?$",  # "the army blamed 'Amba terrorists'"
    re.I,
)
_LATER_PASSIVE = re.compile(
    r"\b(?:before|after|until|while)\s+(?:being|having\s+been|they\s+were|it\s+was|he\s+was)\b",
    re.I,
)
_ALLY_BEFORE = re.compile(
    r"\b(?:backed|supported|aided|assisted)\s+by\s+(?:the\s+)?$|"
    r"\bwith\s+the\s+(?:support|backing|help)\s+of\s+(?:the\s+)?$|"
    # "conducted an airstrike ... in coordination with the Federal Government of Somalia"
    r"\bin\s+(?:coordination|cooperation|partnership)\s+with\s+(?:the\s+)?$",
    re.I,
)


def ally_named(text: str, a: ActorMention) -> bool:
    """Whether ``a`` is named as who backed a side ("an offensive backed by Russian air
    strikes"): an ally, no side of the event."""
    return _ALLY_BEFORE.search(text, max(0, a.start - 30), a.start) is not None


_PROTESTED_BEFORE = re.compile(
    r"\b(?:against|denounc(?:e|ed|ing)|condemn(?:ed|ing)?)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$",
    re.I,
)


def protest_target(text: str, a: ActorMention) -> bool:
    """Whether ``a`` is what a crowd protested against ("marched against al-Shabaab's taxes",
    "denouncing attacks by CODECO"): the protest's cause, not the side that broke it up."""
    return _PROTESTED_BEFORE.search(text, max(0, a.start - 40), a.start) is not None


_RESCUED_BY = re.compile(r"\b(?:rescued|freed|released)\b[^.;,]{0,25}\bby\s+(?:the\s+)?$", re.I)
PASSIVE_SUFFERED = re.compile(
    r"^[^.;]{0,40}?\b(?:was|were|have been|had been|has been|being)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|injured|shot|abducted|kidnapped|hurt|attacked|ambushed|targeted|"
    r"murdered|executed|beheaded|arrested|detained|poisoned|gassed|"
    # "Seven soldiers were being treated for breathing difficulties"
    r"treated\s+for)\b(?![^.;]{0,25}\bby\b)",
    re.I,
)


def build_candidate(
    index: int,
    sent: Span,
    trigger: Trigger,
    modality: Modality,
    dates: list[DateMention],
    reporting_dates: set[int],
    actors: list[ActorMention],
    tolls: SentenceTolls,
    places: list[PlaceMention],
    locate: Callable[[list[PlaceMention], int, int, tuple[int, int]], Location | None],
    border_country: Location | None,
    kb: KnowledgeBase,
    source: str | None,
) -> Candidate:
    """Fill one candidate from the facts of its sentence."""
    doc = sent.doc
    cand = Candidate(
        index, sent.start_char, sent.end_char, trigger, trigger.sub_event_type, members=[index]
    )
    # "By Monday evening nine bodies had been recovered", "officials put the toll at 20": a
    # count of an event told before, dated by when it was counted
    cand.definite = bool(_DEFINITE.match(doc_text(doc)[sent.start_char : trigger.end])) or (
        is_count(trigger)
    )
    since = _SINCE_START.search(span_text(sent))
    cand.anaphoric = bool(_ANAPHORIC_DOERS.match(span_text(sent)))
    cand.elsewhere = (
        # "five others died elsewhere", "outrage across the country": other places (but
        # "marched through Ibadan as nationwide protests began" is this march)
        bool(
            _ELSEWHERE.search(span_text(sent))
            and (
                tolls.of("killed")
                or tolls.of("injured")
                or SUB_TO_TYPE[trigger.sub_event_type] != "Protests"
            )
        )
        or bool(_ANOTHER_YEAR.match(span_text(sent)) and tolls.of("killed"))
        or bool(sent.start > 0 and _EARLIER_SPAN.match(span_text(sent)) and tolls.of("killed"))
        or bool(
            since
            and tolls.of("killed")
            # "the deadliest attack on a Russian city since the war began": this event, ranked
            and not _SUPERLATIVE.search(span_text(sent)[max(0, since.start() - 60) : since.start()])
        )
    )
    claim_of = _CLAIM_OF.search(
        doc_text(doc)[max(sent.start_char, trigger.start - 60) : trigger.start]
    )
    day = event_day(doc, sent, trigger, dates, reporting_dates)
    set_date(cand, day)
    if claim_of is not None or told_elsewhere(doc, sent, trigger, day):
        # "X claimed responsibility for the attack on Monday": who did an event told already;
        # the date is when the claim came, not when the attack happened; "relatives drove on
        # Tuesday to the car in which a mother and four of her children died": the deaths of
        # an event told elsewhere, not dated by the visit
        cand.definite = True
        cand.date = cand.date_end = cand.date_precision = cand.date_how = cand.date_span = None
    # actors: the doer before the trigger (or "by X"), the other side after it
    in_sent = [a for a in actors if sent.start_char <= a.start < sent.end_char]
    in_sent = [a for a in in_sent if not _is_speaker(doc_text(doc), a)]
    # "... the government said, blaming ISGS": who is blamed did it (roles.py makes it actor1
    # where nobody else is named), it is not the target
    in_sent = [
        a
        for a in in_sent
        if not BLAMED_BEFORE.search(doc_text(doc)[max(sent.start_char, a.start - 40) : a.start])
        # "detained a resident ... on the orders of Ukrainian military intelligence": who sent
        # him is neither the arresting side nor the arrested (nor is the group he is suspected
        # of links to)
        and not _ON_ORDERS_OF.search(doc_text(doc)[max(sent.start_char, a.start - 30) : a.start])
        # "his wife was rescued hours later by police": who freed a hostage is no side, and
        # "an offensive backed by Russian air strikes" names an ally, not the other side
        and not _RESCUED_BY.search(doc_text(doc)[max(sent.start_char, a.start - 40) : a.start])
        and not _ALLY_BEFORE.search(doc_text(doc)[max(sent.start_char, a.start - 30) : a.start])
    ]
    # "set fire to a school ..., days after gunmen killed seven pupils": the clause after "days
    # after" tells an earlier event, and whom it names is no side of this one (but "retook
    # Marte, days after it was overrun by ISWAP" names who lost the town)
    earlier = EARLIER_AFTER.search(doc_text(doc), trigger.end, sent.end_char)
    if earlier is not None:
        if trigger.sub_event_type not in TERRITORY:
            in_sent = [a for a in in_sent if a.start < earlier.start()]
        # ... and its dead are not this event's
        tolls = SentenceTolls(
            [i for i in tolls.items if i.quantity.start < earlier.start()], tolls.cumulative
        )
    victims = [a for a in in_sent if a.entry.inter == 7]
    protest = SUB_TO_TYPE[trigger.sub_event_type] in ("Protests", "Riots")
    if not protest:
        in_sent = [a for a in in_sent if a.entry.inter != 7]  # civilians are victims, not doers
    if in_sent:
        before = [a for a in in_sent if a.start <= trigger.start]  # "Police killed ..."
        # "A policeman was killed": named before the verb, but its victim, not its doer
        sufferers = [
            a for a in before if PASSIVE_SUFFERED.match(doc_text(doc)[a.end : trigger.end + 1])
        ]
        # one of many dead is neither the doer nor the side attacked
        among = dead_among(
            doc_text(doc), sent.start_char, trigger.start, trigger.end, before, in_sent
        )
        if SUB_TO_TYPE[trigger.sub_event_type] in (
            "Violence against civilians",
            "Explosions/Remote violence",
        ):
            among = [*among, *responders(doc_text(doc), trigger.end, in_sent)]
        if among:
            in_sent = [a for a in in_sent if a not in among]
            before = [a for a in before if a not in among]
        before = [a for a in before if a not in sufferers]
        held = [
            a
            for a in in_sent
            if re.match(r"-?(?:held|controlled)\b", doc_text(doc)[a.end : a.end + 12])
        ]
        # the agent of a passive ("... was attacked by gunmen") or of a nominal ("an attack by X")
        agents = [
            a
            for a in in_sent
            if re.search(
                # whole words: "killed by", "overrun by", "caused by" are no "led by", "run by",
                # "used by"
                r"(?<!\bbacked )(?<!\bsupported )(?<!\bled )(?<!\baided )(?<!\bassisted )"
                r"(?<!\bheld )(?<!\borganised )(?<!\borganized )(?<!\bhosted )(?<!\brun )"
                r"(?<!\bowned )(?<!\battended )(?<!\boperated )(?<!\bused )(?<!\bcontrolled )"
                r"(?<!\bcommanded )(?<!\bfounded )"
                r"\b(?:by|from)\s+(?:the\s+|suspected\s+|alleged\s+|(?:two|three|four|five|six|seven|"
                r"eight|nine|ten|several|dozens\s+of|\d+)\s+)*$",
                doc_text(doc)[max(sent.start_char, a.start - 25) : a.start],
                re.I,
            )
            and a not in held
            # "retook Tikrit from IS": who lost a place, not who acted
            and not (
                trigger.sub_event_type in TERRITORY
                and re.search(r"\bfrom\s+(?:the\s+)?$", doc_text(doc)[a.start - 12 : a.start], re.I)
            )
            # "Rebels attacked Bangui before being pushed back by government troops": the agent
            # of a later clause's passive, not of the trigger
            and not (
                a.start > trigger.end and _LATER_PASSIVE.search(doc_text(doc), trigger.end, a.start)
            )
        ]
        # "Five people were killed when armed men rode into the market": a passive's "when"
        # clause names its doer ("as" clauses were tried: they cost a test toll)
        if not agents and _PASSIVE_BEFORE.search(
            doc_text(doc), max(sent.start_char, trigger.start - 12), trigger.start
        ):
            agents = [
                a
                for a in in_sent
                if a.start > trigger.end
                and a not in held
                and _WHEN_SUBJECT.match(doc_text(doc), trigger.end, a.start)
            ][:1]
        between = re.match(
            r"\W*(?:\w+\W+){0,5}?(?:between|involving|pitting)\b",
            doc_text(doc)[trigger.end : trigger.end + 40],
            re.I,
        )
        free_after = [a for a in in_sent if a not in held and a.start > trigger.start]
        subject = _subject_span(doc, trigger)
        # "reports cited by the military indicate that members of the Maute group set up a
        # camp": the trigger's own subject did it, not the first actor named before it
        subject_doers = [
            a
            for a in before
            if a not in held and subject is not None and subject[0] <= a.start < subject[1]
        ]
        # "armed men, described as separatist militants, seized ...": the subject's named group
        subject_doers = [
            a for a in subject_doers if not a.generic and a.entry.name != _UAG
        ] or subject_doers
        actor1 = (
            agents[0]
            if agents
            else (subject_doers[0] if subject_doers else None)
            or next((a for a in before if a not in held), None)
            or (free_after[0] if between and free_after else None)
        )
        # "A roadside bomb killed four soldiers": nobody named before the trigger did it;
        # the people after it are its targets, and the doer may be named by a claim elsewhere
        cand.actor1 = actor1
        others = [
            a
            for a in in_sent
            if (actor1 is None or a.entry.name != actor1.entry.name)
            # "armed men, reportedly OLA members, stopped a bus": the subject's description of
            # the doer is no other side ("SAF and SLM fighters clashed" names two sides)
            and not (
                subject_doers
                and subject is not None
                and subject[0] <= a.start < subject[1]
                and (a.generic or a.entry.name == _UAG)
            )
        ]
        after = [a for a in others if a.start > trigger.start]
        cand.actor2 = (
            held[0]
            if held and (actor1 is None or held[0].entry.name != actor1.entry.name)
            else None
        ) or (after[0] if after else (others[0] if others else None))
        if actor1 is None and sufferers:
            # "A soldier was killed in clashes with the Taliban": the sufferer is actor2 and
            # whoever is named after the verb did it
            cand.actor2 = sufferers[0]
            cand.actor1 = next(
                (
                    a
                    for a in after
                    if a not in sufferers and a.entry.name != sufferers[0].entry.name
                ),
                None,
            )
        if cand.actor1 is None and SUB_TO_TYPE[trigger.sub_event_type] == "Battles":
            # "Fighting flared as members of the CDF ambushed a military column": both sides
            # come after the trigger, the doer first
            sides: list[ActorMention] = []
            for a in after:
                if a.entry.inter != 7 and all(a.entry.name != b.entry.name for b in sides):
                    sides.append(a)
            if len(sides) >= 2:
                cand.actor1, cand.actor2 = sides[0], sides[1]
    if (
        trigger.text.lower() == "fell to"
        and cand.actor1 is None
        and cand.actor2 is not None
        and cand.actor2.start >= trigger.end
    ):
        # "Kukawa fell to ISWAP fighters": whom a place fell to took it (only where nobody
        # else did: "retook Dawlat Abad, two days after it fell to the Taliban")
        cand.actor1, cand.actor2 = cand.actor2, None
    if victims and not protest and cand.actor2 is None:
        cand.actor2 = victims[0]
    # tolls
    killed = tolls.of("killed")
    if killed and SUB_TO_TYPE[cand.sub_event_type] in ("Protests", "Riots"):
        # "The protest followed the killing of 73 people in attacks on villages": the dead a
        # protest is about died in other events
        text = doc_text(doc)
        killed = [
            i
            for i in killed
            if not _GRIEVANCE.search(text, max(0, i.quantity.start - 40), i.quantity.start)
            # "over the collapse of a station canopy that killed 15 people": the grievance's
            and not _THAT_KILLED.search(text, max(0, i.quantity.start - 40), i.quantity.start)
        ]
    if killed:
        # "clashed with border troops on Saturday, days after air strikes that the Taliban said
        # killed 46": the dead of the earlier event the "after" clause tells
        text = doc_text(doc)
        earlier = EARLIER_AFTER.search(text, trigger.end, sent.end_char)
        if earlier is not None:
            killed = [i for i in killed if i.quantity.start < earlier.start()]
        other = OTHER_DEAD_AFTER.search(text, trigger.end, sent.end_char)
        if other is not None:
            killed = [i for i in killed if i.quantity.start < other.start()]
    if killed:
        civ = [i for i in killed if i.who == "civilians"]
        com = [i for i in killed if i.who == "combatants"]
        cand.fatalities = toll_fatalities(killed)
        cand.civilians_victims = bool(civ) and not com
        cand.toll_rank = CERTAINTY_RANK.get(modality.certainty, 9)
        said = doc_text(doc)[sent.start_char : sent.end_char]
        doers = [(i.noun or "").lower() in _DOER_NOUNS for i in killed]
        cand.toll_doers = any(doers)
        cand.toll_sides = frozenset(_side((i.noun or "").lower()) for i in killed)
        # "Five more bodies were found, bringing the toll to 17": a running total, not more dead
        cand.toll_extra = not tolls.cumulative and (
            bool(_ALSO_DIED.search(said)) or (not _AMONG.search(said) and all(doers))
        )
        cand.toll_spans = toll_spans(killed)
        cand.toll_estimate = bool(_ESTIMATE.search(said)) and not _EARLIER_COUNT.search(said)
    injured = tolls.of("injured")
    if injured:
        cand.injured = Count(
            best=_count(injured), low=_count(injured, "low"), high=_count(injured, "high")
        )
    cand.cumulative = tolls.cumulative
    if tolls.cumulative:
        # "the toll rose to 17 on Thursday": an update about an event told elsewhere; its date is
        # the day of the update, not of the event, unless the event is dated in the same
        # breath ("the toll from Sunday's bombing rose to 54 on Tuesday")
        cand.definite = True
        dated = next(
            (
                d
                for d in dates
                if doc_text(doc)[d.end : d.end + 2].lower() in ("'s", "’s")
                and sent.start_char <= d.start < sent.end_char
            ),
            None,
        )
        toll_at = _TOLL_WORD.search(doc_text(doc), trigger.end, sent.end_char)
        if dated is None and toll_at is not None and not _TOLL_WORD.match(trigger.text):
            # "Gunmen raided 20 villages late on Saturday, and the toll has risen to 160": the
            # event's own clause dates it
            dated = next(
                (
                    d
                    for d in dates
                    if trigger.end <= d.start < toll_at.start() and d.start not in reporting_dates
                ),
                None,
            )
        rise = _TOLL_RISE.search(doc_text(doc), trigger.end, sent.end_char)
        if dated is None and rise is not None:
            # "The death toll from a rocket attack on Belgorod on Saturday rose to 24": the
            # date between the event and the rise is the event's
            dated = next(
                (
                    d
                    for d in dates
                    if trigger.end <= d.start < rise.start() and d.start not in reporting_dates
                ),
                None,
            )
        set_date(cand, dated)
    # weapons
    sent_text = span_text(sent)
    for w in kb.find_weapons(sent_text):
        cand.weapons.append(
            (sent.start_char + w.start, sent.start_char + w.end, w.text, w.entry.name)
        )
    # place
    loc = locate(places, sent.start_char, sent.end_char, (trigger.start, trigger.end))
    if loc is not None:
        cand.location = loc
        pm = next(
            (
                p
                for p in places
                if sent.start_char <= p.start < sent.end_char
                and not p.nested
                and p.name == loc.name
            ),
            None,
        )
        if pm is not None:
            cand.location_span = (pm.start, pm.end, pm.text)
            cand.place_of_source = bool(
                _SOURCE_PLACE_AFTER.match(doc_text(doc), pm.end)
                or _SOURCE_PLACE_BEFORE.search(doc_text(doc), max(0, pm.start - 40), pm.start)
            )
            if loc.precision == 1 and _NEAR.search(doc_text(doc)[max(0, pm.start - 25) : pm.start]):
                cand.location = loc.model_copy(update={"precision": 2})
        else:
            # only inside a name ("medical sources at Al-Thawra hospital"): a source's place
            cand.place_of_source = any(
                sent.start_char <= p.start < sent.end_char and p.nested and p.name == loc.name
                for p in places
            )
    if (
        re.search(r"\bacross the (?:border|frontier)\b|\bcross-border\b", sent_text, re.I)
        and border_country
    ):
        cand.location = border_country
        m = re.search(r"across the (?:border|frontier)|cross-border", sent_text, re.I)
        if m:
            cand.location_span = (
                sent.start_char + m.start(),
                sent.start_char + m.end(),
                m.group(0),
            )
    cand.source = source
    cand.certainty = modality.certainty
    if modality.hedges:
        h = modality.hedges[0]
        cand.hedge_span = (h.start, h.end, h.text)
    nxt = doc_text(doc)[sent.end_char : sent.end_char + 200].split(". ")[0]
    refine_type(cand, sent_text, nxt)
    return cand


_SPEAKER_AFTER = re.compile(
    r"^(?:'s?)?\s*(?:[\w-]+\s+){0,3}?(?:(?:sources?|spokes(?:man|woman|person)|officials?|statement|commander|chief|"
    r"ministry|ministers?|agency|office|media(?: cell)?|administration|authorit(?:y|ies)|command|council|governor|"
    r"channel|television|tv|radio)"
    # "Police spokesman Abdifatah Aden Hassan said": the speaker's own name after the title
    r"(?-i:(?:,?\s+[A-Z][\w'’.-]+){1,4},?)?)?"
    r"(?:\s+(?:for|in|of)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s*"
    r"(?:said|says|told|confirmed|reported|announced|added|stated|documented|verified)\b"
    r"(?!\s+(?:on\s+\w+\s+|today\s+|yesterday\s+|late\s+\w+\s+)?(?:that\s+)?"
    r"(?:it|its fighters|its militants|its forces|they|its troops)\s+"
    r"(?:had|has|have|was|were|carried|killed|blew|attacked|seized|captured|took|shot))",
    re.I,
)


def _is_speaker(text: str, a: ActorMention) -> bool:
    """ "A police source said ...", "according to the army": a source of the story, not an actor in it."""
    if _SPEAKER_AFTER.match(text[a.end : a.end + 40]):
        return True
    return bool(
        # "according to the Joint Command of the Armed Forces"
        re.search(
            r"according to (?:the |a |an )?(?:[\w-]+ ){0,4}?(?:(?:of|for) (?:the )?)?$",
            text[max(0, a.start - 60) : a.start],
            re.I,
        )
    )
