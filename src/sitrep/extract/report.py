"""Run every extractor over one parsed report and assemble the contract's fields.

The order matters and is the flow of the data: places and actors first (document-wide), then
per-sentence dates, attribution (which may re-anchor relative dates), modality and tolls, then
candidates, merging, and finally events ordered by salience.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..consolidate.merge import PAGE_DATE, merge_candidates
from ..geo.gazetteer import Gazetteer
from ..geo.geoparse import focus_country, geoparse
from ..geo.resolve import best_location
from ..models import (
    Actor,
    ActorRef,
    Count,
    Displacement,
    Event,
    Evidence,
    Hedge,
    Location,
    Mention,
    Place,
    PlaceMention,
)
from ..nlp.loader import doc_text, span_text
from .actors import ActorMention, find_actor_mentions, national_forces
from .aftertolls import NATURAL_DEATHS, add_uncounted_doers, toll_told_after
from .attribution import attribute
from .classify import SubtypeClassifier
from .dates import DAY_BEFORE, find_dates
from .dating import BACKGROUND_DAYS, ArticleDays, DateRanker, choose_date
from .defaults import apply_defaults
from .events import (
    BLAMED_BEFORE,
    Candidate,
    ally_named,
    build_candidate,
    protest_target,
    set_date,
)
from .kb import ActorEntry, KBMatch, KnowledgeBase
from .modality import Modality, find_hedges, sentence_modality
from .pairs import InterOf, PairRanker, choose_actors
from .refine import retype_by_pair, retype_merged
from .reportdays import counted_from, date_from_context, dateline_day, reporting_dates, stood_on
from .roles import apply_conventions
from .salience import When, order_events
from .summary import summarise
from .theatres import unnamed_insurgents
from .tollrank import choose_toll
from .tolls import SentenceTolls, find_tolls
from .triggers import Trigger, find_trigger, is_count, scan_triggers
from .unworded import unworded_event

__all__ = ["Extraction", "extract", "prepare"]

_BORDER = re.compile(
    r"\b([A-Z][a-z]+)(?:[- ]\w+)? (?:border|frontier)\b|\b(?:border|frontier) with ([A-Z][a-z]+)\b"
)
_PP_HEADS = {
    "in",
    "to",
    "into",
    "around",
    "near",
    "across",
    "towards",
    "toward",
    "from",
    "at",
    "inside",
}


@dataclass
class Extraction:
    places: list[PlaceMention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    hedges: list[Hedge] = field(default_factory=list)
    displacement: list[Displacement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def _border_country(
    text: str, places: list[PlaceMention], focus: str | None, countries: _Countries
) -> Location | None:
    """The neighbouring country an article's border talk points at ("the Turkish border")."""
    for m in _BORDER.finditer(text):
        s = m.start(1) if m.group(1) else m.start(2)
        pm = next((p for p in places if p.start <= s < p.end), None)
        if pm is None or not pm.country or pm.country == focus:
            continue
        country = countries.place(pm.country)
        if country is not None:
            return Location(
                name=country.name,
                country=country.country,
                lat=country.lat,
                lon=country.lon,
                precision=3,
                geonames_id=country.geonames_id,
            )
    return None


_ARMS_AT_END = re.compile(
    r"\b(?:warplanes|jets|drones|aircraft|planes|helicopters|gunships|artillery|gunboats)$", re.I
)


def _actors_country(named: Sequence[KBMatch[ActorEntry]], least: int = 2) -> str | None:
    """The country most named actors belong to, when at least ``least`` mentions agree and no
    other country ties ("SSPDF soldiers and NAS rebels" are South Sudan's even if no town of it
    is in the gazetteer)."""
    votes = Counter(m.entry.country for m in named if m.entry.country)
    if not votes:
        return None
    (country, n), *rest = votes.most_common(2)
    return country if n >= least and (not rest or rest[0][1] < n) else None


def _forces_country(forces: Sequence[ActorEntry]) -> str | None:
    """The one country whose state forces the text names by a demonym, if only one is."""
    countries = {f.country for f in forces if f.country}
    return countries.pop() if len(countries) == 1 else None


# a country named as the one that answers an accusation
_STATE_SPEAKS_AFTER = re.compile(
    r"\s+(?:did\s+not|has\s+not|had\s+not|denied|blamed|accused|claimed|condemned)\b", re.I
)


_IN_ANSWER_TO = re.compile(
    r"\b(?:in\s+(?:response|retaliation|reprisal)\s+(?:to|for)|to\s+avenge|avenging)\b", re.I
)
# where a journey began: "the aircraft that had brought them home from Riyadh", "returning from
# Mecca" (not "fled from", whose place is often the event's)
_TRAVELLED_FROM = re.compile(
    r"\b(?:(?:brought|flown|flew|driven|taken)\s+(?:\w+\s+)?(?:home|back)|returned|returning|"
    r"arrived|arriving|flew|flying|travell?ed|travell?ing|deported)\s+(?:\w+\s+){0,2}?from\s+"
    r"(?:the\s+)?$",
    re.I,
)
# what a crowd was angry about: "Protesters angry at the fall of Goma attacked the embassies in
# Kinshasa"
_ANGRY_AT = re.compile(
    r"\b(?:angry|angered|incensed|outraged|furious)\s+(?:at|over|about|by)\b", re.I
)


def _locate(
    places: list[PlaceMention],
    start: int,
    end: int,
    gazetteer: Gazetteer,
    countries: _Countries,
    focus: str | None,
    text: str | None = None,
    act: tuple[int, int] | None = None,
) -> Location | None:
    """The event location of a sentence; a foreign country named only as a country ("France
    called for ...") is diplomacy, not the place of the event, in an article about elsewhere.
    ``act`` is the trigger's span: between equal places, the one its verb puts the act in."""
    keep = [
        p
        for p in places
        if focus is None
        or p.country == focus
        or not (p.feature_class == "A" and _is_country(p, countries))
    ]
    if text is not None and act is not None:
        # "struck the Red Sea city in response to a Houthi drone attack that killed a man in Tel
        # Aviv", "protesters angry at the fall of Goma attacked the embassies in Kinshasa": the
        # places of what it answered are not its own, where the sentence has others
        for cause in (_IN_ANSWER_TO.search(text, act[1], end), _ANGRY_AT.search(text, start, end)):
            if cause is None:
                continue
            stop = next((k for k in range(cause.end(), end) if text[k] in ",;"), end)
            if cause.end() < act[0] < stop:
                stop = act[0]  # the clause ends at the act it explains
            own = [p for p in keep if not (cause.start() <= p.start < stop)]
            if any(start <= p.start < end and not p.nested for p in own):
                keep = own
    if text is not None:
        began = [
            _TRAVELLED_FROM.search(text, max(0, p.start - 60), p.start) is not None for p in keep
        ]
        origins = {p.country for p, b in zip(keep, began, strict=True) if b}
        own = [p for p, b in zip(keep, began, strict=True) if not b]
        # a place left in the sentence of the journey's country (a namesake abroad, "Boni" in
        # Germany beside "travelling from Sevare", is the gazetteer's guess, not a better place)
        if origins and any(
            start <= p.start < end and not p.nested and p.country in origins for p in own
        ):
            keep = own
    loc = best_location(keep, start, end, gazetteer, text=text, act=act)
    if loc is None or loc.country is None:
        return loc
    support = Counter(p.country for p in places if p.name != loc.name)
    at = next((p for p in places if start <= p.start < end and p.name == loc.name), None)
    # "Palma in Cabo Delgado province": the region the text puts the place in is elsewhere
    regions_elsewhere = at is not None and any(
        0 < p.start - at.end <= 30
        and re.match(r"\s*(?:,|\bin\b|\bof\b)", text[at.end : p.start] if text else "")
        and p.feature_class == "A"
        and p.country != loc.country
        and not _is_country(p, countries)
        for p in places
    )
    if not support[loc.country] and (loc.country != focus or regions_elsewhere):
        # "the town of Palma in Cabo Delgado province": a lone namesake in a country the text
        # never names is the gazetteer's guess, not the text's; a place in the sentence whose
        # country the article does name (or is about) says more
        named = [
            p
            for p in keep
            if p.country != loc.country and (p.country == focus or support[p.country] > 0)
        ]
        loc = best_location(named, start, end, gazetteer, text=text) or (
            None if focus is not None and any(p.country == focus for p in places) else loc
        )
    return loc


# broader than best_location's "in X" for an act's own place (which a town "east of X" or "the
# town of X" would pull away from the act), since here it only refines a province
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside|(?:town|village|city|district)\s+of|"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s+(?:the\s+)?$",
    re.I,
)


def _finer_place(
    c: Candidate,
    merged: Sequence[Candidate],
    sents: Sequence[Span],
    places: Sequence[PlaceMention],
    locate: Callable[[PlaceMention], Location | None],
    text: str,
) -> Location | None:
    """A town inside the province or country an event was placed in, named "in", "at" or
    "near" in one of its own sentences or the one before or after it (when those tell no other
    event): "hijacked a train in Balochistan province ... The train was stopped near the town
    of Mach". Not a dateline's city, nor a route's ends ("travelling from Quetta")."""
    region = c.location
    assert region is not None
    others = {i for o in merged if o is not c for i in o.members}
    first, last = min(c.members), max(c.members)
    for j in [*sorted(c.members), last + 1, last + 2, first - 1]:
        if not 0 <= j < len(sents) or (j not in c.members and j in others):
            continue
        for m in places:
            if not (sents[j].start_char <= m.start < sents[j].end_char) or m.nested:
                continue
            if (m.feature_class or "P") not in ("P", "A") or not _LOCATIVE_BEFORE.search(
                text, max(0, m.start - 20), m.start
            ):
                continue
            loc = locate(m)
            if (
                loc is not None
                and loc.precision < region.precision
                and loc.country == region.country
                and (region.admin1 is None or loc.admin1 in (None, region.admin1))
            ):
                return loc
    return None


def _is_headline(said: str) -> bool:
    """A first line with no full stop, ended by a line break: the article's title."""
    line = said.rstrip(" ")
    return line.endswith("\n") and not line.rstrip().endswith((".", "!", "?", '"', "”"))


def _article_location(
    places: list[PlaceMention],
    focus: str | None,
    gazetteer: Gazetteer,
    countries: _Countries,
    text: str,
) -> Location | None:
    """Where the article is: its first populated place in the focus country, else its first
    region there (the place an event told without one most likely happened)."""
    home = [p for p in places if focus is None or p.country == focus]
    return _locate(home, 0, len(text), gazetteer, countries, focus, text)


def _is_capital(p: PlaceMention, gazetteer: Gazetteer) -> bool:
    """Whether the place is a country's capital, which stands for its government."""
    place = gazetteer.get(p.geonames_id) if p.geonames_id is not None else None
    return place is not None and place.feature_code == "PPLC"


def _is_country(p: PlaceMention, countries: _Countries) -> bool:
    country = countries.place(p.country) if p.country else None
    return country is not None and (p.geonames_id == country.geonames_id or p.name == country.name)


# "The strike hit a ceremony on Tuesday", "The recapture happened on Thursday": a later sentence
# that refers back to the event and says when it happened
_OTHER_ACT = re.compile(
    r"\b(?:took|recaptured|captured|retook|seized|regained|retaken|liberated|fell|withdrew)\b", re.I
)
_DIED_WHEN = re.compile(
    r"\b(?:killed|died|executed|murdered|disappeared|buried)\s+(?:in|on|during|between|since)?\s*$|"
    # "people allegedly killed by the RSF and allied militias in June"
    r"\b(?:killed|died|executed|murdered|disappeared|buried)\s+by\s[^.;]{1,45}?\s"
    r"(?:(?:in|on|during|between|since)\s*)?$",
    re.I,
)
# "remains believed to date from IS control of the city in 2015-2016": the dead's time
_DATES_FROM = re.compile(r"\bdat(?:e|es|ed|ing)\s+(?:back\s+)?(?:from|to)\b[^.;]{0,60}$", re.I)
_MASS_GRAVE = re.compile(
    r"\b(?:mass|clandestine|secret|unmarked) (?:graves?|burial sites?)\b", re.I
)


def _where(doc: Doc, start: int, end: int) -> str | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        if (
            tok.dep_ == "prep"
            and tok.lower_ in _PP_HEADS
            and any(t.pos_ in ("PROPN", "NOUN") for t in tok.subtree)
        ):
            sub = list(tok.subtree)
            words = [t for t in sub if t.ent_type_ != "DATE"]
            text = doc_text(doc)[words[0].idx : words[-1].idx + len(words[-1].text)]
            return re.split(r",|\s[–-]\s", text)[0].strip()
    return None


def prepare(kb: KnowledgeBase) -> None:
    """Build now what extraction would build on its first article: the knowledge base's alias
    patterns (one per case mode, ~2 s) and the sub-type classifier (~1 s), so that forked
    workers inherit them instead of each paying for them again."""
    for upper in (False, True):
        kb.find_actors("", upper=upper)
        kb.find_sources("", upper=upper, include_generic=True)
        kb.find_weapons("", upper=upper)
    SubtypeClassifier.load()
    PairRanker.load()
    DateRanker.load()


def extract(
    doc: Doc, *, published: dt.datetime | None, kb: KnowledgeBase, gazetteer: Gazetteer
) -> Extraction:
    """Everything the contract asks of one report's text, given its spaCy ``doc``."""
    out = Extraction()
    page_date = (published or dt.datetime.now()).date()
    text = doc_text(doc)
    named = kb.find_actors(text)
    # "Mozambican troops retook ... the town of Palma": a state's forces named by a demonym are
    # as good a weak hint as a named group (Palma, Mozambique, not Palma de Mallorca)
    forces = [f[3] for f in national_forces(text, kb)]
    places = geoparse(
        doc,
        gazetteer,
        country_hint=_actors_country(named),
        weak_hint=_actors_country(named, 1) or _forces_country(forces),
    )
    # "the Abu Sayyaf Group", "the Tigray Defence Forces": a place inside a known group's name
    # names the group, not where anything happened
    named_spans = [(m.start, m.end) for m in named]
    # "attributed the device to Al-Shabaab": a group's own name, spelt like a hamlet abroad
    groups = {
        (m.start, m.end): m.entry.country
        for m in named
        if m.entry.inter in (2, 3, 4) and not m.ambiguous and m.entry.country
    }
    countries = _Countries(gazetteer)
    places = [
        p.model_copy(update={"nested": True})
        if not p.nested
        and (
            any(s <= p.start and p.end <= e and e - s > p.end - p.start for s, e in named_spans)
            or groups.get((p.start, p.end), p.country) not in (p.country, None)
            and (p.feature_class or "P") != "A"  # "the Radaa district of Al-Bayda"
            # "blaming Turkey", "Turkey did not comment", "accusing Islamabad of": the state,
            # not the event's place
            or (
                BLAMED_BEFORE.search(text[max(0, p.start - 70) : p.start]) is not None
                or _STATE_SPEAKS_AFTER.match(text, p.end) is not None
            )
            and (p.feature_class == "A" and _is_country(p, countries) or _is_capital(p, gazetteer))
        )
        else p
        for p in places
    ]
    # "SPLA-IO fighters captured Ulang": a group of one country, where no place is known
    focus = focus_country(places, gazetteer, text) or _actors_country(named, 1)
    out.places = places
    # "the Radaa district of Al-Bayda": a place of the article's country, not the Libyan force
    # of that name
    home = {(p.start, p.end) for p in places if not p.nested and p.country == focus}
    named = [
        m
        for m in named
        if not ((m.start, m.end) in home and m.entry.country and m.entry.country != focus)
    ]
    actor_mentions = find_actor_mentions(text, kb, focus_country=focus, matches=named)
    sents = [s for s in doc.sents if span_text(s).strip()]
    lede = find_dates(span_text(sents[0]), page_date, offset=sents[0].start_char) if sents else []
    # "KUKAWA, May 9 (Reuters) - ... killed 14 people yesterday" on a page of May 10: the wire's
    # "yesterday" and "today" are the day it filed the story's
    filed = dateline_day(text, lede, page_date)
    dates = [
        lede
        if i == 0 and filed is None
        else find_dates(span_text(s), filed or page_date, offset=s.start_char)
        for i, s in enumerate(sents)
    ]
    per_sent_actors = _per_sentence(sents, actor_mentions)
    attribution = attribute(
        doc, sents, kb, dates, per_sent_actors, [(p.start, p.end) for p in places if not p.nested]
    )
    out.sources = attribution.sources
    # re-anchor relative dates on the day their source spoke ("a monitor said on Saturday ...")
    for i, s in enumerate(sents):
        src = attribution.explicit[i]
        if src is not None and src in attribution.anchors:
            dates[i] = find_dates(
                span_text(s), attribution.anchors[src], offset=s.start_char, told_anchor=True
            )
        elif back := DAY_BEFORE.search(span_text(s)):
            day = counted_from(text, s, back.start(), dates[i], dates[i - 1] if i else [])
            if day is not None:
                dates[i] = find_dates(span_text(s), day, offset=s.start_char, told_anchor=True)
    border = _border_country(text, places, focus, countries)
    # named actors are not triggers ("Islamic State", "March 23 Movement"); crowds and
    # civilians are ("protesters marched", "fired on protesters")
    blocked = [
        (a.start, a.end)
        for a in actor_mentions
        if not a.generic
        and a.entry.inter not in (5, 6, 7)
        and not _ARMS_AT_END.search(a.text)  # "Nigerian warplanes bombed ..."
    ] + [(m.start, m.end) for m in attribution.mentions]
    candidates: list[Candidate] = []
    reporting_of: list[set[int]] = []

    def candidate(i: int, trigger: Trigger, modality: Modality, tolls: SentenceTolls) -> Candidate:
        """Sentence ``i``'s event from its trigger (the loop's, or one the classifier read)."""
        return build_candidate(
            i,
            sents[i],
            trigger,
            modality,
            dates[i],
            reporting_of[i],
            actor_mentions,
            tolls,
            places,
            lambda ps, s, e, act: _locate(ps, s, e, gazetteer, countries, focus, text, act),
            border,
            kb,
            attribution.per_sentence[i],
        )

    hits = scan_triggers(text)
    # every sentence with a trigger word is put to the sub-type classifier: ask once, together
    starts = [h[0] for h in hits]
    SubtypeClassifier.load().prime(
        [
            span_text(s)
            for s in sents
            if bisect.bisect_left(starts, s.start_char) < bisect.bisect_left(starts, s.end_char)
        ]
    )
    headline: str | None = None
    toll_only: dict[int, SentenceTolls] = {}
    tolls_of: list[SentenceTolls] = []
    acts: set[int] = set()  # sentences with a trigger
    for i, sent in enumerate(sents):
        hedges = find_hedges(sent)
        out.hedges += [Hedge(text=h.text, start=h.start, end=h.end, label=h.label) for h in hedges]  # type: ignore[arg-type]
        reporting = reporting_dates(doc, dates[i])
        reporting_of.append(reporting)
        skip = [(d.start, d.end) for d in dates[i]]
        tolls = find_tolls(sent, skip)
        tolls_of.append(tolls)
        # "Papuan rebels take New Zealand pilot hostage\nJAYAPURA - ... stormed a plane ... and
        # took its pilot hostage": the headline says which of the lede's acts is the news
        trigger = find_trigger(sent, blocked, hits=hits, prefer=headline if i == 1 else None)
        # only a sentence with an act or a toll can tell deaths a flood or a disease caused
        natural = None
        if trigger is not None or tolls.of("killed"):
            natural = NATURAL_DEATHS.search(span_text(sent))
        if trigger is not None and natural and natural.start() <= trigger.start - sent.start_char:
            trigger = None  # "the floods killed thousands of people": nobody's violence
        if (
            i == 0
            and trigger is not None
            and _is_headline(span_text(sent))
            # "One dead as police fire on power-cut protest": a protest the lede may tell
            # more of (fired on, detained), not the lede's act to prefer
            and trigger.sub_event_type != "Peaceful protest"
        ):
            headline = trigger.sub_event_type
        modality = sentence_modality(sent, trigger.start if trigger else None, hedges)
        if modality.kind != "hypothetical":
            for item in tolls.of("displaced"):
                q = item.quantity
                date = next((d for d in dates[i] if d.start not in reporting), None)
                out.displacement.append(
                    Displacement(
                        count=Count(best=q.best, low=q.low, high=q.high),
                        who=item.noun,
                        where=_where(doc, sent.start_char, sent.end_char),
                        location=best_location(places, sent.start_char, sent.end_char, gazetteer),
                        date=date.date if date else None,
                        certainty=modality.certainty,  # type: ignore[arg-type]
                        source=attribution.per_sentence[i],
                        evidence=[
                            Evidence(field="displaced", start=q.start, end=q.end, text=q.text),
                            Evidence(
                                field="sentence",
                                start=sent.start_char,
                                end=sent.end_char,
                                text=span_text(sent),
                            ),
                        ],
                    )
                )
        if (
            trigger is None
            and modality.kind == "event"
            and not modality.negated
            and tolls.of("killed")
            and not tolls.cumulative
            and not natural
        ):
            toll_only[i] = tolls  # "Police said 32 civilians were killed and 63 wounded."
        if trigger is not None:
            acts.add(i)
        if trigger is None or modality.kind != "event" or modality.negated and not tolls.items:
            continue
        made = candidate(i, trigger, modality, tolls)
        made.headline = i == 0 and _is_headline(span_text(sent))
        candidates.append(made)
    if not candidates:
        # no trigger word anywhere: the lede may still tell an event in words the lexicon
        # lacks ("moved its command to", "set up camp in"); the classifier, trained on how
        # reports read, names its kind when it is sure
        unworded = unworded_event(sents, actor_mentions)
        if unworded is not None:
            i, trigger, modality = unworded
            skip = [(d.start, d.end) for d in dates[i]]
            candidates.append(candidate(i, trigger, modality, find_tolls(sents[i], skip)))
    # events dated well before the page are background ("in late 2014"), not news
    # (unless the article tells nothing newer: a UN report on rapes months ago is about them)
    horizon = page_date - dt.timedelta(days=BACKGROUND_DAYS)
    recent = [c for c in candidates if c.date is None or (c.date_end or c.date) >= horizon]
    background: dict[int, str] = {}
    if any(c.date is not None for c in recent) or not any(c.date for c in candidates):
        kept = {id(c) for c in recent}
        background = {c.sent_index: c.sub_event_type for c in candidates if id(c) not in kept}
        candidates = recent
    # "49 soldiers killed since the fighting began", "five others died elsewhere": other events
    candidates = [c for c in candidates if not c.elsewhere] or candidates
    stood_on(candidates, dates, reporting_of)
    merged = merge_candidates(candidates, page_date)
    told = {i for c in merged for i in c.members}
    fallback = _article_location(places, focus, gazetteer, countries, text)
    # the rules' dates, kept to order the events by: the ranker's day may be older than the
    # rules' one, and the main event should not change because of it (see salience.py)
    ruled: list[When] = []
    article_days = ArticleDays.of(dates, reporting_of, text, page_date, background)
    sent_spans = [(s.start_char, s.end_char) for s in sents]
    # the ranker's choice is among the sides the text names, not among the allies who backed one
    sides = [a for a in actor_mentions if not ally_named(text, a)]
    for c in merged:
        if c.location is None and fallback is not None:
            # a sentence with no place of its own ("On Monday, mobs looted shops") happened
            # where the article is: its main place, coded as an approximate location
            c.location = fallback.model_copy(update={"precision": max(2, fallback.precision)})
        if c.date_how == PAGE_DATE or (
            # "The Red Cross said it had recovered 19 bodies by Monday": the day of a count,
            # when the count is all the event has
            is_count(c.trigger) and c.date_span is not None
        ):
            date_from_context(c, sents, dates, reporting_of, told)
        if c.sub_event_type in _NO_TOLL:
            # "signed a treaty ... on the border where clashes killed dozens in 2021": the dead
            # of an agreement's or a handover's sentence died in other events
            c.fatalities, c.toll_spans = None, []
        if c.sub_event_type == "Other" and _MASS_GRAVE.search(text, c.sent_start, c.sent_end):
            c.fatalities, c.toll_spans = None, []  # the dead of a grave died in other events
            # a discovery is dated by its announcement ("said on Thursday they had found mass
            # graves in Tarhuna, the town its forces took last week"), unless its own clause
            # dates it ("began exhuming six mass graves on Tuesday")
            spoke = [d for d in dates[c.sent_index] if d.start in reporting_of[c.sent_index]]
            grave = _MASS_GRAVE.search(text, c.sent_start, c.sent_end)
            own_elsewhere = c.date_span is None or (
                grave is not None
                and _OTHER_ACT.search(text, grave.end(), max(grave.end(), c.date_span[0]))
            )
            if spoke and spoke[0].precision == "day" and own_elsewhere:
                set_date(c, spoke[0])
            elif c.date_span is not None and (
                _DIED_WHEN.search(text, max(0, c.date_span[0] - 70), c.date_span[0])
                or _DATES_FROM.search(text, max(0, c.date_span[0] - 70), c.date_span[0])
            ):
                # "a mass grave of 42 bodies, believed to be IS fighters killed in 2016": when
                # they died, not when the grave was found; the sentence's day, if it has one
                found = next(
                    (
                        d
                        for d in dates[c.sent_index]
                        if d.precision == "day" and d.start != c.date_span[0]
                    ),
                    None,
                )
                if found is not None:
                    set_date(c, found)
        if c.fatalities is None and c.sub_event_type not in _NO_TOLL:
            toll_told_after(c, toll_only, merged)
        retype_merged(c, text)
        if c.location is not None and c.location.precision >= 3:
            finer = _finer_place(
                c,
                merged,
                sents,
                places,
                lambda m: best_location([m], m.start, m.end, gazetteer, text=text),
                text,
            )
            if finer is not None:
                c.location = finer
        if c.fatalities is not None and c.fatalities.best is not None:
            add_uncounted_doers(c, text, sents)
        if c.sub_event_type not in _NO_TOLL and not (
            c.sub_event_type == "Other" and _MASS_GRAVE.search(text, c.sent_start, c.sent_end)
        ):
            taken = {(s, e) for o in merged if o is not c for s, e, _ in o.toll_spans}
            choose_toll(c, tolls_of, text, sent_spans, taken=taken, acts=acts)
        first = sents[c.members[0]] if c.members else None
        span = (first.start_char, first.end_char) if first else (c.sent_start, c.sent_end)
        ruled.append((c.date, c.date_end, c.date_precision))
        choose_date(c, article_days, span)
        apply_conventions(c, kb, text, actor_mentions)
        apply_defaults(c, kb, text)
        # a protest's options leave out what the crowd protested against
        options = (
            [a for a in sides if not protest_target(text, a)]
            if c.event_type == "Protests"
            else sides
        )
        choose_actors(c, options, len(text), span, _inter_in(c, focus, countries))
        unnamed_insurgents(c, kb, text)
        retype_by_pair(c)
    out.events = order_events([_to_event(doc, sents, c, focus, countries) for c in merged], ruled)
    out.actors = _actors(actor_mentions, focus, countries)
    return out


def _per_sentence(
    sents: list[Span], mentions: list[ActorMention]
) -> list[list[tuple[int, int, str]]]:
    """The non-civilian actor mentions starting in each sentence, in mention order: one pass
    with a binary search instead of testing every mention against every sentence."""
    starts = [s.start_char for s in sents]
    ends = [s.end_char for s in sents]
    out: list[list[tuple[int, int, str]]] = [[] for _ in sents]
    for a in mentions:
        if a.entry.inter == 7:
            continue
        i = bisect.bisect_right(starts, a.start) - 1
        if i >= 0 and a.start < ends[i]:
            out[i].append((a.start, a.end, a.entry.name))
    return out


# Sub-types that are nobody's death by definition (ACLED codes them with zero fatalities)
_NO_TOLL = frozenset(
    {
        "Agreement",
        "Change to group/activity",
        "Headquarters or base established",
        "Non-violent transfer of territory",
    }
)


class _Countries:
    """ISO2 -> the gazetteer's country entry and its name, memoised: every place mention of
    every candidate asks, and each uncached ask is a database query."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gaz = gazetteer
        self._cache: dict[str, Place | None] = {}

    def place(self, iso2: str) -> Place | None:
        if iso2 not in self._cache:
            self._cache[iso2] = self._gaz.country(iso2)
        return self._cache[iso2]

    def __call__(self, iso2: str | None) -> str | None:
        """The country's name (for "Civilians (Yemen)")."""
        if iso2 is None:
            return None
        place = self.place(iso2)
        return place.name if place is not None else None


def _acled_actor(
    name: str, inter: int | None, country: str | None, where: str | None, names: _Countries
) -> tuple[str, int | None, str | None]:
    """ACLED conventions: civilians are named with their country; state forces acting outside
    their own country are external forces (inter 8)."""
    if inter == 7 and country is None and where is not None:
        label = names(where)
        return (f"{name} ({label})" if label else name), inter, where
    if inter == 1 and country is not None and where is not None and country != where:
        return name, 8, country
    return name, inter, country


def _inter_in(c: Candidate, focus: str | None, names: _Countries) -> InterOf:
    """An actor's inter code in event ``c``, as :func:`_ref` will code it."""
    where = c.location.country if c.location is not None and c.location.country else focus

    def inter(entry: ActorEntry) -> int | None:
        return _acled_actor(entry.name, entry.inter_on(c.date), entry.country, where, names)[1]

    return inter


def _home(
    c: Candidate, actor: ActorMention | None, other: ActorMention | None, where: str | None
) -> str | None:
    """Where ``actor`` is coded as acting in ``c``: the event's country, except that a state
    settling with a rebel group of its own at talks abroad ("Myanmar's military and the ethnic
    armed groups agreed in Kunming") still acts at home (ACLED keeps it inter 1 there)."""
    if (
        c.sub_event_type == "Agreement"
        and actor is not None
        and other is not None
        and actor.entry.inter_on(c.date) == 1
        and other.entry.inter_on(c.date) in (2, 3, 4)
        and other.entry.country in (None, actor.entry.country)
    ):
        return actor.entry.country or where
    return where


def _ref(
    a: ActorMention | None, where: str | None, names: _Countries, day: dt.date | None = None
) -> ActorRef | None:
    if a is None:
        return None
    name, inter, country = _acled_actor(
        a.entry.name, a.entry.inter_on(day), a.entry.country, where, names
    )
    return ActorRef(name=name, inter=inter, country=country)


def _to_event(
    doc: Doc, sents: list[Span], c: Candidate, focus: str | None, names: _Countries
) -> Event:
    where = c.location.country if c.location is not None and c.location.country else focus
    evidence = c.evidence()
    for idx in c.members:
        s = sents[idx]
        evidence.append(
            Evidence(field="sentence", start=s.start_char, end=s.end_char, text=span_text(s))
        )
    conf = 0.35 + 0.2 * max(0.0, min(1.0, c.trigger.score))
    conf += 0.1 * (c.date is not None and c.date_precision == "day") + 0.1 * (
        c.location is not None
    )
    conf += (
        0.08 * (c.actor1 is not None and not c.actor1.implied)
        + 0.04 * (c.actor2 is not None and not c.actor2.implied)
        + 0.03 * (c.source is not None)
    )
    conf += 0.03 * (len(c.members) - 1)
    conf -= 0.15 * (c.certainty != "reported")
    event = Event(
        event_type=c.event_type,
        sub_event_type=c.sub_event_type,
        date=c.date,
        date_end=c.date_end,
        date_precision=c.date_precision,  # type: ignore[arg-type]
        date_resolution=c.date_how,
        actor1=_ref(c.actor1, _home(c, c.actor1, c.actor2, where), names, c.date),
        actor2=_ref(c.actor2, _home(c, c.actor2, c.actor1, where), names, c.date),
        location=c.location,
        fatalities=c.fatalities,
        injured=c.injured,
        weapons=[w[3] for w in c.weapons],
        source=c.source,
        certainty=c.certainty,  # type: ignore[arg-type]
        confidence=round(max(0.05, min(0.95, conf)), 2),
        evidence=evidence,
    )
    event.summary = summarise(event)
    return event


def _actors(mentions: list[ActorMention], focus: str | None, names: _Countries) -> list[Actor]:
    by: dict[str, Actor] = {}
    for m in mentions:
        name, inter, country = _acled_actor(
            m.entry.name, m.entry.inter, m.entry.country, focus, names
        )
        a = by.setdefault(name, Actor(name=name, inter=inter, country=country))
        a.mentions.append(Mention(start=m.start, end=m.end, text=m.text, kind="actor"))
    return list(by.values())
