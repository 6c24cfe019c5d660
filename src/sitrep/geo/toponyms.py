"""Toponym detection: NER spans, capitalised n-grams matched against the gazetteer, demonyms.

The small spaCy model tags small Syrian towns as PERSON (Marea, Azaz), so NER alone misses
them; a gazetteer-driven n-gram pass finds them, and NER, part of speech, context patterns and
the article's focus country decide which n-gram hits are real places.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token
from unidecode import unidecode

from ..models import Place, PlaceMention
from ..nlp.loader import doc_ents, doc_text, doc_tokens
from .casing import (
    _caps_english_place,
    _caps_tokens,
    _dateline_tokens,
    _headline_tokens,
    _is_cap,
    _is_word,
    _ngram_spans,
    _proper_noun,
    _sentences,
    _true_cased,
)
from .fold import fold
from .gazetteer import MATCH_FOLDED, Candidate, Gazetteer, demonyms
from .nesting import _MOVEMENT_AFTER, mark_nested
from .qualifiers import apply_lists, apply_parentheses, apply_qualifiers, qualified_by_brackets
from .resolve import Context, Siblings, choose
from .words import (
    _ADDRESS_BEFORE,
    _ADMIN_AFTER,
    _ADMIN_BEFORE,
    _ARTICLES,
    _CONNECTORS,
    _CONTAINS_DIVISION,
    _NAME_HEADS,
    _NAME_PREFIXES,
    _NAMED_QUARTER_OF,
    _OWNS_SITE,
    _PAREN_BEFORE,
    _PLACE_BEFORE,
    _PLACE_LABELS,
    _POPULATED_BEFORE,
    _RESIDENT_AFTER,
    _SPEECH,
    _STREET,
    _STREETS,
    _TITLES,
    _WEAPONS_AFTER,
    STOPWORDS,
    _abbrev_re,
    abbreviations,
    common_words,
    english_words,
    is_english,
    section_label,
)

_REGION_BRACKET_AFTER = re.compile(r"\s*\((?:(?:north|south|east|west)\w*\s+)?[A-Z][\w'’-]+")
_PERSON_APPOSITION = re.compile(r",\s+(?:an?\s+\d{1,3}-year-old\b|aged\s+\d{1,3}\b|\d{1,3},)")
_ARTICLE_TAIL = re.compile(r"\b(?:al|el|ad|as|ar|ash|at|az|an)[-‐]$", re.IGNORECASE)
# "the Line of Control", "the Bank of England": "of" inside a name, no place's context
_OF_A_NAME = re.compile(
    r"\b(?!(?:Town|Village|City|District|Province|Region|State|County|Governorate|Outskirts|Area|"
    r"Suburbs|Capital|Port|Island|Republic|Kingdom|Gulf|Sea|Bay|Centre|Center|North|South|East|"
    r"West)\b)[A-Z][a-z]+\s+of\s+(?:the\s+)?$"
)
__all__ = ["find_places", "STOPWORDS", "abbreviations", "common_words"]


def _names_region(cands: list[Candidate]) -> bool:
    """Whether a name is exactly the name of a country, first-level division, capital,
    continent or world region."""
    return any(
        c.tier == MATCH_FOLDED and c.place.feature_code in {"PCLI", "ADM1", "PPLC", "CONT", "RGN"}
        for c in cands
    )


def _skeleton_ok(surface: str, name: str) -> bool:
    """A consonant-skeleton match must keep the word count and each word's first letter, so
    "South Ossetia" does not become "South-West" while "Dayr az Zawr" still finds "Deir ez-Zor"."""
    a, b = fold(surface).split(), fold(name).split()
    return len(a) == len(b) and all(x[:1] == y[:1] for x, y in zip(a, b, strict=True))


@dataclass
class _Span:
    start_tok: int
    end_tok: int  # exclusive
    start: int
    end: int
    text: str
    ner: str | None = None
    nested: bool = False
    demonym: str | None = None
    cands: list[Candidate] = field(default_factory=list)
    admin: bool = False
    populated: bool = False
    place_ctx: bool = False
    weak: bool = False
    fixed: Place | None = None  # an abbreviation resolved without the gazetteer's name index
    dateline: bool = False  # the state of a dateline's town ("CHARLESTON, W.Va. --")
    # facts about cands (and the list they were computed from), computed once per choice
    sib: tuple[list[Candidate], Siblings] | None = None


def _text_span(toks: list[Token], text: str, i: int, j: int) -> tuple[int, int, str]:
    start = toks[i].idx
    end = toks[j - 1].idx + len(toks[j - 1].text)
    return start, end, text[start:end]


def find_places(
    doc: Doc,
    gazetteer: Gazetteer,
    *,
    country_hint: str | None = None,
    admin1_hint: str | None = None,
) -> list[PlaceMention]:
    """Every toponym in ``doc`` resolved against ``gazetteer``, ordered by offset.

    Places inside organisation names and demonyms come back with ``nested=True``.
    """
    return resolve_toponyms(
        detect_toponyms(doc, gazetteer),
        doc_text(doc),
        gazetteer,
        country_hint=country_hint,
        admin1_hint=admin1_hint,
    )


def detect_toponyms(doc: Doc, gazetteer: Gazetteer) -> list[_Span]:
    """The toponym spans of ``doc`` with their gazetteer candidates, before any choice.

    Split from :func:`resolve_toponyms` so a document can be resolved twice (first to find its
    focus, then with it) without detecting twice.
    """
    original = doc_text(doc)
    toks = doc_tokens(doc)
    sentences = _sentences(toks)
    caps = _caps_tokens(toks, sentences)
    if caps:
        doc = _true_cased(doc, toks, caps)
        toks = doc_tokens(doc)
    text = doc_text(doc)
    demo = demonyms()
    ents = doc_ents(doc)
    ents_by_tok: dict[int, Span] = {}
    for ent in ents:
        for k in range(ent.start, ent.end):
            ents_by_tok[k] = ent
    # Words of multi-word person names ("Chiquita Raquel Henry") are not places later on,
    # unless the whole name is itself a place NER mistook for a person ("Bab al-Salama").
    person_words = {
        t.lower_
        for ent in ents
        if ent.label_ == "PERSON"
        and len(ent) >= 2
        # "Kankara LGA", "Katsina State", "Rapides Parish Fire District": no person
        and not any(_ADMIN_AFTER.match(t.text) for t in ent[1:])
        and not gazetteer.candidates(ent.text, loose=False)
        for t in ent
    }
    lower_words = {t.text for t in toks if t.is_lower}
    sent_starts = {a for a, _ in sentences}
    mid_caps = {t.text for t in toks if t.i not in sent_starts and t.text[:1].isupper()}
    headline = _headline_tokens(toks, sentences) - caps
    datelines = _dateline_tokens(toks, sentences)

    spans: list[_Span] = []
    seen: set[tuple[int, int]] = set()
    # 1. NER place spans (without a leading "the").
    for place_ent in ents:
        if place_ent.label_ in _PLACE_LABELS:
            i = place_ent.start + (1 if place_ent[0].lower_ == "the" else 0)
            if i < place_ent.end:
                seen.add((i, place_ent.end))
                s, e, t = _text_span(toks, text, i, place_ent.end)
                spans.append(_Span(i, place_ent.end, s, e, t, ner=place_ent.label_))
    # "Basra city", "Kunduz town": NER's span with a lower-case noun after the name is the name
    for sp in spans:
        if sp.end_tok - sp.start_tok > 1 and toks[sp.end_tok - 1].text in ("city", "town"):
            sp.end_tok -= 1
            sp.start, sp.end, sp.text = _text_span(toks, text, sp.start_tok, sp.end_tok)
            seen.add((sp.start_tok, sp.end_tok))
    # 2. Capitalised n-grams.
    for i, j in _ngram_spans(toks):
        if (i, j) not in seen:
            s, e, t = _text_span(toks, text, i, j)
            tok_ent = ents_by_tok.get(i)
            label = (
                tok_ent.label_
                if tok_ent is not None and tok_ent.start <= i and tok_ent.end >= j
                else None
            )
            spans.append(_Span(i, j, s, e, t, ner=label))

    found: list[_Span] = _abbreviation_spans(doc, gazetteer, sentences)
    for sp in found:
        k = sp.start_tok
        sp.dateline = k >= 2 and toks[k - 1].text == "," and k - 2 in datelines
    commons = common_words()
    abbrevs = abbreviations()
    known = _name_test(gazetteer)
    for sp in spans:
        tok0 = toks[sp.start_tok]
        single = sp.end_tok - sp.start_tok == 1
        demo_key = sp.text if sp.text in demo else sp.text[:-1] if sp.text.endswith("s") else ""
        if demo_key in demo:  # "Syrian", "Sri Lankan", "South Ossetians"
            sp.demonym = demo[demo_key]
            sp.nested = True
            found.append(sp)
            continue
        if single and tok0.lower_ in commons:
            continue
        if not known(sp.text):
            continue  # no place bears the name, however spelt: spare the context checks
        if sp.text in abbrevs and abbrevs[sp.text][2]:
            continue  # "Pa.", "Mass.": a state's abbreviation or a word, never Pa or Mas abroad
        if _INITIALISM.fullmatch(sp.text) and sp.text not in abbrevs:
            continue  # "E.U.", "U.N.": an organisation's initials, not Ye-u, Myanmar
        if not sp.text[:1].isupper():
            continue  # NER's lower-case "swan", "colonies": news capitalises its toponyms
        if text[sp.end : sp.end + 1] == "$" or text[max(0, sp.start - 1) : sp.start] == "$":
            continue  # "US$460 million", "$US 15 billion": a currency
        if (
            sp.text.lower().rstrip(".") in STOPWORDS
            or all(toks[k].lower_.rstrip(".") in STOPWORDS for k in range(sp.start_tok, sp.end_tok))
        ) and not (not single and _names_region(gazetteer.candidates(sp.text, loose=False))):
            continue  # but "United States", "South Africa" are names of their own
        nxt = toks[sp.end_tok] if sp.end_tok < len(toks) else None
        inside = ents_by_tok.get(sp.start_tok)
        own_ent = inside is not None and (inside.start, inside.end) in {
            (sp.start_tok, sp.end_tok),
            (sp.start_tok - 1, sp.end_tok),
        }
        if (nxt is not None and nxt.text == "Line") or sp.text.rsplit(" ", 1)[-1] == "Line":
            # "Durand" of "the Durand Line", "Line" of "the Line of Control": a boundary's name
            # (Durand, Michigan; Lin'e, China)
            continue
        if nxt is not None and nxt.lower_ in _STREETS:
            continue  # "Harrison streets": one of several streets, even where NER saw a name
        if nxt is not None and nxt.lower_.rstrip(".") in _STREET and not own_ent:
            continue  # "Fairfield Drive", "Memphis St.": part of an address, not the town
        if (
            single
            and sp.ner not in _PLACE_LABELS
            and tok0.lower_.rstrip(".") in _STREET
            and sp.start_tok > 0
            and _is_cap(toks[sp.start_tok - 1].text)
        ):
            continue  # "Ave" of "Cedar Ave.", "Way" of "Abbey Way": a street's, no town
        if _street_pair(toks, sp.end_tok):
            continue  # "Lakeview" of "Lakeview and Harrison streets"
        if single and nxt is not None and nxt.text.isdigit() and not own_ent:
            continue  # "Mile 4 Nkwen", "Sector 7", "Route 9": a numbered name, not the word's town
        if nxt is not None and nxt.lower_ in _WEAPONS_AFTER and sp.ner not in _PLACE_LABELS:
            continue  # "Grad rockets", "Shahed drones": a weapon's name
        # "the town of al-Bab": the context reads through a name's Arabic article
        before = _ARTICLE_TAIL.sub("", text[max(0, sp.start - 40) : sp.start])
        if (
            single
            and nxt is not None
            and nxt.lower_ in _SPEECH
            and sp.ner not in _PLACE_LABELS
            and not _PLACE_BEFORE.search(before)
            and not (sp.ner in (None, "ORG", "NORP") and _capital_named(gazetteer, sp.text))
        ):
            # "Robertson said": a person; "traders in Azaz said": a place; "Tbilisi says",
            # tagged an organisation, its government (nested below)
            continue
        after = text[sp.end : sp.end + 30]  # " local government area"
        sp.admin = bool(
            _ADMIN_AFTER.match(after)
            or _ADMIN_BEFORE.search(before)
            or (
                _CONTAINS_DIVISION.match(text, sp.end, sp.end + 60) is not None
                # "Baghdad's Karrada district": a city's quarter, the city stays a city
                and not any(
                    (c.place.population or 0) >= 1_000_000
                    for c in gazetteer.candidates(sp.text, loose=False)
                )
            )
        )
        sp.populated = bool(_POPULATED_BEFORE.search(before))
        if sp.admin and _NAMED_QUARTER_OF.search(before):
            # "the Abu Salim district of Tripoli": a named quarter of a city, not a province
            sp.admin, sp.populated = False, True
        if _PAREN_BEFORE.search(before):
            sp.admin = True  # "Koulogon (Bankass, Mopti)": the district and region of a place
        sp.place_ctx = (
            sp.admin
            or sp.populated
            or bool(_PLACE_BEFORE.search(before))
            # "Quetta's Sariab Road", "Kabul's airport": a place that owns a street or a site
            or bool(_OWNS_SITE.match(text, sp.end))
            # "Kafr Zita (northern Hama countryside)": analysts bracket a place's region after it
            or bool(_REGION_BRACKET_AFTER.match(text, sp.end))
            or bool(_ADDRESS_BEFORE.search(text, max(0, sp.start - 60), sp.start))
            or bool(_RESIDENT_AFTER.match(text, sp.end))
        )
        heading = section_label(text, sp.start, sp.end)
        if heading:
            sp.place_ctx = True
        if single and _PERSON_APPOSITION.match(text, sp.end):
            continue  # "said Karima, a 45-year-old teacher": a person
        if _ezafe_part(toks, sp.start_tok, sp.end_tok):
            continue  # "Dasht" of an unknown "Dasht-e Barchi" is no place of its own
        if sp.start_tok > 0 and toks[sp.start_tok - 1].text in _NAME_HEADS:
            continue  # "Salim" of an unknown "Abu Salim" is no place of its own
        if (
            sp.ner not in _PLACE_LABELS
            and sp.start_tok > 0
            and toks[sp.start_tok - 1].text.rstrip(".") in _TITLES
        ):
            continue  # "Mr Hartmann", "Sen. Jackson", "Judge Manning": a person
        strong = sp.ner in _PLACE_LABELS or sp.admin or sp.populated
        cands = gazetteer.candidates(sp.text, loose=strong)
        if not strong:
            cands = [c for c in cands if c.tier == MATCH_FOLDED]
        cands = [
            c
            for c in cands
            if c.tier == MATCH_FOLDED
            or (_skeleton_ok(sp.text, c.place.name) and _close(sp.text, c.key))
        ]
        if (
            single
            and (not sp.place_ctx or _OF_A_NAME.search(before))
            and not sp.admin
            and is_english(tok0.text)
            and not any(
                _plain(c.place.name) == _plain(sp.text)
                # "Turkey" is Türkiye: a country or province keeps its English name
                or (c.tier == MATCH_FOLDED and c.place.feature_code in ("PCLI", "ADM1"))
                for c in cands
            )
        ):
            # "Web site" is not Webb, "Maybe" not Maybee, "Caring for Veterans" not Corning: an
            # English word matches a place only by that place's own spelling
            continue
        if sp.ner not in _PLACE_LABELS and not sp.place_ctx:
            # Without NER or context, a name must be the place's own or a big place's: GeoNames
            # alternates include old and odd names ("Dean" for Waco, "Transit" for a hamlet).
            # The curated supplement (no GeoNames id) lists only names in real use.
            cands = [
                c
                for c in cands
                if c.main_name or c.place.geonames_id is None or (c.place.population or 0) >= 50_000
            ]
        if not cands:
            continue
        big = _big(cands)
        # a three-letter English word ("MAN", "WAR"): the likeliest false name in capitals
        english = single and len(tok0) == 3 and tok0.lower_ in english_words()
        if sp.start_tok in caps and (
            not (_caps_english_place(cands, sp.text) if english else _big(cands, _HUGE_POPULATION))
            if not sp.place_ctx
            # "THE TOWN OF RASK": the words before say it is a town, whatever WordNet lists
            else not big and single and is_english(tok0.text) and not sp.populated
        ):
            # All-capitals copy, where any word may be a name ("GENERAL HASSAN"): without
            # "IN X" or "X PROVINCE" only a country, region or huge city; with it, no word.
            continue
        if (
            single
            and tok0.lower_ in _NAME_PREFIXES
            and sp.end_tok < len(toks)
            and _is_cap(toks[sp.end_tok].text)
        ):
            continue  # "Abu" of an unknown "Abu Shouk camp", "Jebel" of "Jebel Aulia"
        if not big and _name_part(toks, sp.start_tok, sp.end_tok, gazetteer, cands):
            continue  # "Khwaja" of an unknown "Khwaja Burgha", "Ala" of "Ala-Too Square"
        if single and tok0.lower_ in person_words and not sp.place_ctx and not _names_region(cands):
            continue  # "Hartmann" after "Karen Hartmann": a surname throughout the article
        if sp.ner not in _PLACE_LABELS:
            # Weak evidence: a lone capitalised word must be a proper noun that the text does
            # not also use as a common word, and not an acronym.
            if single and (
                # "Bokkos local government area": a division's name, whatever the tagger (in
                # the full pipeline) says of it; geoparsing alone keeps to the capitals rule
                not (
                    heading
                    or (sp.admin and tok0.tag_ != "")
                    or _proper_noun(toks, sp.start_tok, sent_starts, mid_caps, datelines)
                )
                or tok0.lower_ in lower_words
            ):
                continue
            if (
                sp.text.isupper()
                and len(sp.text) <= 5
                and not (sp.start_tok in caps and sp.populated)
                and sp.start_tok not in datelines
            ):
                continue  # an acronym; but in capitals "THE TOWN OF RASK" names a town
            country = any(c.tier == MATCH_FOLDED and c.place.feature_code == "PCLI" for c in cands)
            if (
                not country
                # a place name NER read as a whole person ("Glen Carbon") keeps its words
                and not (sp.ner == "PERSON" and own_ent and not single)
                and any(toks[k].lower_ in person_words for k in range(sp.start_tok, sp.end_tok))
            ):
                continue  # "Henry" of "Chiquita Raquel Henry", "Glen" of "Glen Crossing"
            if (
                sp.ner is not None
                and not sp.place_ctx
                and not (country and not single)
                # "Kabul University", "the Aleppo police": a capital or a big city by its own
                # name inside an organisation's name is still that place (listed as nested);
                # so is one NER read as an organisation on its own ("Mirpur, Dhaka, by men")
                and not (sp.ner in ("ORG", "NORP") and _big(cands))
            ) or (sp.start_tok in headline and not heading):
                sp.weak = True  # but "Sri Lanka has", tagged a person, is the country
        sp.cands = cands
        found.append(sp)

    # Longest span wins where spans overlap; NER place spans before n-grams of equal length.
    found.sort(key=lambda s: (-(s.end_tok - s.start_tok), s.ner not in _PLACE_LABELS, s.start))
    taken: set[int] = set()
    chosen: list[_Span] = []
    for sp in found:
        span_toks = set(range(sp.start_tok, sp.end_tok))
        if span_toks & taken:
            continue
        taken |= span_toks
        chosen.append(sp)
    chosen.sort(key=lambda s: s.start)

    mark_nested(chosen, toks, text, caps, ents_by_tok)

    for sp in chosen:
        qualified_by_brackets(sp, text)
    if caps:  # report the text as written, not as re-cased for matching
        for sp in chosen:
            sp.text = original[sp.start : sp.end]
    return chosen


def _name_test(gazetteer: Gazetteer) -> Callable[[str], bool]:
    """Whether any place bears a name: the gazetteer's own cheap test where it has one."""
    known: Callable[[str], bool] | None = getattr(gazetteer, "known", None)
    return known if known is not None else (lambda name: bool(gazetteer.candidates(name)))


def _plain(name: str) -> str:
    """A name without accents and case, but with its letters as spelt (unlike :func:`fold`,
    which doubles no letters: "Webb" and "Web" fold alike)."""
    return unidecode(name).casefold()


# Countries whose press writes a small town's name as the gazetteer does: there "Hartmann" is
# a surname, not Hartman, Arkansas, and "Lakeville" is not the old name of Conneaut, Ohio.
# Elsewhere transliteration makes many spellings of one village ("Mare'", "Marea", "Mari").
_SPELT_AS_LISTED = frozenset({"US", "CA", "GB", "IE", "AU", "NZ"})
_SPELT_TOWN = 50_000
_SAINT_MOUNT = re.compile(r"\b(st|mt|ft)\b\.?", re.IGNORECASE)
_SAINT_MOUNT_WORDS = {"st": "saint", "mt": "mount", "ft": "fort"}


def _spelt_as_written(surface: str, cand: Candidate) -> bool:
    """Whether a candidate may stand for ``surface`` as spelt: any where names vary, but a
    small town of :data:`_SPELT_AS_LISTED` only by its own name ("Mt." for "Mount")."""
    place = cand.place
    if place.country not in _SPELT_AS_LISTED or (place.population or 0) >= _SPELT_TOWN:
        return True
    if place.feature_code in {"ADM1", "ADM2", "PCLI"} or place.geonames_id is None:
        return True

    def words(name: str) -> str:
        name = _SAINT_MOUNT.sub(lambda m: _SAINT_MOUNT_WORDS[m.group(1).lower()], name)
        return "".join(ch for ch in _plain(name) if ch.isalnum())

    return words(surface) == words(place.name)


# a church's or a throne's seat names the title, not where its holder was ("the former
# archbishop of Douala was freed"); an official's district is often where it happened, so
# mayors and commissioners are left alone
_BIG_POPULATION = 100_000
_HUGE_POPULATION = 1_000_000


def _big(cands: list[Candidate], population: int = _BIG_POPULATION) -> bool:
    """A country, region or capital by its own name, or a city of ``population`` or more:
    evidence enough for a name without NER's or the context's word."""
    return _names_region(cands) or any(
        c.tier == MATCH_FOLDED and (c.place.population or 0) >= population for c in cands
    )


def _name_part(
    toks: list[Token], i: int, j: int, gazetteer: Gazetteer, cands: list[Candidate]
) -> bool:
    """Whether tokens ``[i, j)`` are one part of a longer name the gazetteer does not know:
    "Ala" of "Ala-Too Square", "Tal" of "Tal as-Sultan", "Khwaja" of "Khwaja Burgha".

    A hyphen joins parts of one name unless the other side is a place too ("Marea-Azaz
    road"); a space does when the neighbouring capitalised word is no English word (an English
    one names a facility: "Zaatari Camp").
    """
    n = len(toks)
    glued_after = j + 1 < n and toks[j].text == "-" and not toks[j - 1].whitespace_
    if glued_after and not toks[j].whitespace_ and toks[j + 1].is_alpha:
        other = toks[j + 1]
        if other.is_lower:
            return other.lower_ in _CONNECTORS  # "Port-au-Prince", not "Kabul-based"
        return not _own_place(other.text, gazetteer)
    glued_before = i >= 2 and toks[i - 1].text == "-" and not toks[i - 1].whitespace_
    if glued_before and not toks[i - 2].whitespace_ and toks[i - 2].is_alpha:
        other = toks[i - 2]
        if other.is_lower:
            return other.lower_ in _ARTICLES  # "Sultan" of "as-Sultan"
        if other.is_upper:
            return False  # "D-Chicopee", "DFL-Cook": a party and a home town
        return not _own_place(other.text, gazetteer)
    if (
        j + 2 < n
        and toks[j].lower_ in _ARTICLES
        and toks[j + 1].text == "-"
        and not toks[j].whitespace_
    ):
        return True  # "Tal" of "Tal as-Sultan"
    if any(c.main_name and c.tier == MATCH_FOLDED for c in cands):
        return False  # a place's own name stays one before a brand ("DeKalb Lowe's")
    if j < n and toks[j - 1].whitespace_ and _foreign_word(toks[j]):
        return True
    return i > 0 and bool(toks[i - 1].whitespace_) and _foreign_word(toks[i - 1])


def _foreign_word(t: Token) -> bool:
    """A capitalised word that is neither English nor an abbreviation: part of a name."""
    return _is_word(t) and not t.is_upper and len(t) > 2 and not is_english(t.text)


def _own_place(word: str, gazetteer: Gazetteer) -> bool:
    """Whether ``word`` is a place by its own main name ("Azaz" of "Marea-Azaz")."""
    return len(word) > 3 and any(
        c.main_name and c.tier == MATCH_FOLDED for c in gazetteer.candidates(word, loose=False)
    )


def resolve_toponyms(
    chosen: list[_Span],
    text: str,
    gazetteer: Gazetteer,
    *,
    country_hint: str | None = None,
    admin1_hint: str | None = None,
) -> list[PlaceMention]:
    """Choose a gazetteer entry for each detected span, with the article's focus in view."""
    # Focus country: majority of unambiguous mentions and demonyms, or the hint.
    votes: Counter[str] = Counter()
    for sp in chosen:
        if sp.demonym or sp.fixed:
            if not (sp.fixed and sp.nested):  # "US air strikes on Yemen": the striker's
                votes[sp.demonym or (sp.fixed.country if sp.fixed else None) or ""] += 1
            continue
        countries = {c.place.country for c in sp.cands if c.tier == MATCH_FOLDED}
        only = next(iter(countries)) if len(countries) == 1 else None
        # "the Hirak protest movement": a movement's name says little of where the story is
        if only is not None and not sp.weak and not _MOVEMENT_AFTER.match(text, sp.end):
            votes[only] += 1
    focus = country_hint or (votes.most_common(1)[0][0] if votes else None)
    admin_focus = admin1_hint or _admin1_focus(chosen, focus)

    apply_qualifiers(chosen, text)
    apply_parentheses(chosen, text)

    # Pass 1 without anchors, pass 2 with the unambiguous places as anchors.
    first: dict[int, Candidate] = {}
    for sp in chosen:
        if sp.demonym or not sp.cands:
            continue
        ctx = Context(
            admin=sp.admin, populated=sp.populated, country_focus=focus, admin1_focus=admin_focus
        )
        pick = choose(sp.cands, sp.text, ctx, siblings=_siblings(sp))
        if pick is not None:
            first[sp.start] = pick[0]
    for sp in apply_lists(chosen, text, first):
        ctx = Context(
            admin=sp.admin, populated=sp.populated, country_focus=focus, admin1_focus=admin_focus
        )
        pick = choose(sp.cands, sp.text, ctx, siblings=_siblings(sp))
        if pick is not None:
            first[sp.start] = pick[0]
    anchors = tuple(
        (c.place.lat, c.place.lon)
        for c in first.values()
        if c.place.feature_code not in {"PCLI", "ADM1"}
    )
    points = _name_points(chosen)
    accepted_texts: set[str] = set()
    out: list[PlaceMention] = []
    pending_weak: list[tuple[_Span, Candidate]] = []
    for sp in chosen:
        if sp.fixed is not None:
            out.append(_mention(sp, place_cand=None, place=sp.fixed))
            continue
        if sp.demonym:
            place = gazetteer.country(sp.demonym)
            if place is not None:
                out.append(_mention(sp, place_cand=None, place=place))
            continue
        mine = first.get(sp.start)
        own = (mine.place.lat, mine.place.lon) if mine is not None else None
        ctx = Context(
            admin=sp.admin,
            populated=sp.populated,
            country_focus=focus,
            admin1_focus=admin_focus,
            anchors=tuple(a for a in anchors if a != own),
            others=tuple(p for k, pts in points.items() if k != fold(sp.text) for p in pts),
        )
        pick = choose(sp.cands, sp.text, ctx, siblings=_siblings(sp))
        if pick is None:
            continue
        cand = pick[0]
        if not (sp.admin or sp.populated or _spelt_as_written(sp.text, cand)):
            continue
        if sp.weak:
            pending_weak.append((sp, cand))
            continue
        accepted_texts.add(sp.text)
        out.append(_mention(sp, cand, cand.place))
    # A name NER took for a person is kept when the text elsewhere uses it as a place, or
    # when it resolves into the article's focus country.
    # In a local story the focus is the state, not the country: a surname that is also the
    # name of a hamlet three states away stays a surname.
    for sp, cand in pending_weak:
        home = (
            focus is not None
            and cand.place.country == focus
            and (
                admin_focus is None
                or cand.place.admin1 == admin_focus
                or cand.place.feature_code in {"PCLI", "ADM1"}
            )
        )
        if sp.text in accepted_texts or home:
            out.append(_mention(sp, cand, cand.place))
    out.sort(key=lambda m: m.start)
    return out


def _siblings(sp: _Span) -> Siblings:
    if sp.sib is None or sp.sib[0] is not sp.cands:
        sp.sib = (sp.cands, Siblings.of(sp.cands))
    return sp.sib[1]


def _name_points(chosen: list[_Span]) -> dict[str, list[tuple[float, float]]]:
    """The candidate points of each distinct name: towns and counties, not the countries and
    states every local name shares."""
    out: dict[str, list[tuple[float, float]]] = {}
    for sp in chosen:
        if sp.demonym or sp.weak or sp.fixed is not None or not sp.cands:
            continue
        pts = out.setdefault(fold(sp.text), [])
        folded = sum(c.tier == MATCH_FOLDED for c in sp.cands)
        if pts or folded > _MAX_POINTS:
            continue  # a name found in every state ("Washington", "Richmond") says nothing
        pts.extend(
            (c.place.lat, c.place.lon)
            for c in sp.cands[:_MAX_POINTS]
            if c.tier == MATCH_FOLDED
            and c.place.feature_code not in {"PCLI", "ADM1", "CONT", "RGN"}
        )
    return out


_MAX_POINTS = 25


def _admin1_focus(chosen: list[_Span], country: str | None) -> str | None:
    """The state or province a local story is set in: named states and abbreviations count
    double, names found in a single province of the focus country once. A local paper's
    "Alexandria" and "Henry County" are then the ones in its own state."""
    if country is None:
        return None
    votes: dict[str, float] = defaultdict(float)
    for sp in chosen:
        if sp.fixed is not None:
            if sp.fixed.country == country and sp.fixed.feature_code == "ADM1" and sp.fixed.admin1:
                if sp.dateline:
                    return sp.fixed.admin1  # a local paper's dateline names its own state
                votes[sp.fixed.admin1] += 2
            continue
        if sp.demonym or not sp.cands:
            continue
        # an alternate name that a hundred-times larger place bears as its own is no vote ("Kabul"
        # is not a vote for Missouri because GeoNames lists it for Cabool, Missouri)
        largest = max(
            (c.place.population or 0 for c in sp.cands if c.tier == MATCH_FOLDED and c.main_name),
            default=0,
        )
        home = [
            c
            for c in sp.cands
            if c.tier == MATCH_FOLDED
            and c.place.country == country
            and (c.main_name or 100 * max(c.place.population or 0, 1) >= largest)
        ]
        state = _state_named(sp.text, home)
        if state is not None:
            # "Florida Highway Patrol", "Georgia Bureau of Investigation": the state's own
            # name says where a local story is, even inside an organisation's name and even
            # though small towns elsewhere share it.
            votes[state] += 2
            continue
        if sp.weak:
            continue
        admins = {c.place.admin1 for c in home}
        if len(admins) == 1 and None not in admins:
            (admin,) = admins
            assert admin is not None
            if any(c.place.feature_code == "ADM1" for c in home):
                votes[admin] += 2
            else:  # a name only NER's capitals vouch for is half a vote ("Equality", "Good")
                votes[admin] += 1 if sp.ner in _PLACE_LABELS else 0.5
    if not votes:
        return None
    top, n = max(votes.items(), key=lambda kv: kv[1])
    return top if n >= 2 and n >= 0.5 * sum(votes.values()) else None


def _street_pair(toks: list[Token], j: int) -> bool:
    """Whether token ``j`` starts "and Harrison streets": the name before it is a street too."""
    return (
        j + 2 < len(toks)
        and toks[j].lower_ in {"and", "&"}
        and _is_cap(toks[j + 1].text)
        and toks[j + 2].lower_ in _STREETS
    )


def _state_named(surface: str, home: list[Candidate]) -> str | None:
    """The first-level division of the focus country that ``surface`` names exactly, unless a
    big town of the same name lies outside it ("Washington" is mostly the capital, not the
    state)."""
    key = fold(surface)
    state = next(
        (c.place for c in home if c.place.feature_code == "ADM1" and fold(c.place.name) == key),
        None,
    )
    if state is None or state.admin1 is None:
        return None
    if any(
        c.place.feature_class == "P"
        and c.place.admin1 != state.admin1
        and (c.place.population or 0) >= 100_000
        for c in home
    ):
        return None
    return state.admin1


def _capital_named(gazetteer: Gazetteer, name: str) -> bool:
    """Whether ``name`` is a capital's or a country's own name ("Tbilisi", "Georgia")."""
    return any(
        c.main_name and c.tier == MATCH_FOLDED and c.place.feature_code in ("PPLC", "PCLI")
        for c in gazetteer.candidates(name, loose=False)
    )


_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
_PARTY_BEFORE = re.compile(r"(?<![\w-])[DRI]-$")  # "Sen. Bob Casey, D-Pa.": party and state
_LOWER_AFTER = re.compile(r" [a-z]{3,}\b")  # "Mass. legislators": no sentence ends there


def _abbreviation_spans(
    doc: Doc, gazetteer: Gazetteer, sentences: list[tuple[int, int]]
) -> list[_Span]:
    """ "U.S.", "UK", and AP state abbreviations ("Wichita, Kan.", "W.Va."), case-sensitively.

    An all-capitals sentence is skipped ("LET US PRAY"); abbreviations that are also words or
    titles ("Miss.", "Ind.") count only after "Town, ", after a party's letter ("Sen. Bob
    Casey, D-Pa.") or before a lower-case word ("Mass. legislators"), where no word or title is
    followed so.
    """
    text = doc_text(doc)
    table = abbreviations()
    out: list[_Span] = []
    for m in _abbrev_re().finditer(text):
        iso, admin1, need_comma = table[m.group()]
        if text[m.end() : m.end() + 1] == "$" or text[max(0, m.start() - 1) : m.start()] == "$":
            continue  # "US$42 million", "$US 15 billion": a currency
        if need_comma and not (
            re.search(r"[A-Z][\w.'’-]*,\s$", text[max(0, m.start() - 40) : m.start()])
            or _PARTY_BEFORE.search(text, max(0, m.start() - 3), m.start())
            or (m.group().endswith(".") and _LOWER_AFTER.match(text, m.end()))
        ):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        a, b = next(((a, b) for a, b in sentences if a <= span.start < b), (0, len(doc)))
        sent_words = [t for t in doc[a:b] if t.is_alpha and len(t) > 1]
        if sum(t.is_upper for t in sent_words) > len(sent_words) / 2:
            continue
        place = gazetteer.admin1(iso, admin1) if admin1 else gazetteer.country(iso)
        if place is None:
            continue
        out.append(
            _Span(span.start, span.end, m.start(), m.end(), m.group(), ner="GPE", fixed=place)
        )
    return out


def _close(surface: str, key: str) -> bool:
    """A consonant-skeleton match must still spell much the same name ("Dayr az Zawr" for
    "Deir ez-Zor"; not "Kananga" for "Kiwanja")."""
    return not key or fuzz.ratio(fold(surface), key) >= 70


def _ezafe_part(toks: list[Token], i: int, j: int) -> bool:
    """Whether tokens ``[i, j)`` are one side of a hyphenated ezafe name ("Dasht-e Barchi")."""
    ez = {"e", "i", "ye"}
    after = j + 1 < len(toks) and toks[j].text == "-" and toks[j + 1].lower_ in ez
    before = i >= 2 and toks[i - 1].lower_ in ez and toks[i - 2].text == "-"
    return after or before


def _mention(sp: _Span, place_cand: Candidate | None, place: object) -> PlaceMention:
    from ..models import Place

    assert isinstance(place, Place)
    return PlaceMention(
        text=sp.text,
        start=sp.start,
        end=sp.end,
        name=place.name,
        geonames_id=place.geonames_id,
        country=place.country,
        admin1=place.admin1,
        admin2=place.admin2,
        lat=place.lat,
        lon=place.lon,
        feature_class=place.feature_class,
        nested=sp.nested,
    )
