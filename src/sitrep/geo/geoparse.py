"""Document-level geoparsing: find toponyms, settle the article's focus country, resolve again.

:func:`~.toponyms.find_places` resolves each name with local context only. Here a first pass finds the
country the article is about; a second pass resolves every name with that country as a hint,
and names that land in countries the article never mentions are dropped unless the tagger also
saw a place there and the name is the place's own name. Alternate names and loose keys make
words like "Ramadan" or "Syrias" match villages abroad; a report about Syria rarely means a town
in Brazil without naming Brazil.
"""

from __future__ import annotations

import collections
import functools
import itertools
import multiprocessing as mp
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelNotInstalled
from ..models import PlaceMention
from ..nlp import DEFAULT_MODEL, doc_text
from ..nlp.loader import doc_ents, use_numpy_gemm
from .fold import fold
from .gazetteer import MATCH_FOLDED, Gazetteer, SQLiteGazetteer, default_gazetteer
from .resolve import haversine_km
from .toponyms import detect_toponyms, resolve_toponyms
from .words import _PLACE_BEFORE

__all__ = ["focus_country", "geoparse", "geoparse_nlp", "geoparse_texts", "places_of"]

#: What geoparsing reads from spaCy is tokens and entities; the NER of the English pipelines has
#: its own embedding layer, so everything else can be left out (about 3x faster).
_NOT_NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
_PLACES_KEY = "sitrep.places"


# "Russian forces shelled Nikopol", "the Russian-held plant": a demonym that names an armed
# force or its hold says whose side acts, not where the article is
_FORCE_AFTER = re.compile(
    r"(?:[-\s]+(?:led|held|occupied|controlled|backed|allied))|\s+(?:air\s+|armed\s+|security\s+)?"
    r"(?:forces|troops|soldiers|army|military|warplanes|jets|aircraft|drones|artillery|navy|"
    r"gunboats|paratroopers|special\s+forces|mercenaries|fighters|militias?)\b",
    re.IGNORECASE,
)


def focus_country(
    places: list[PlaceMention], gazetteer: Gazetteer | None = None, text: str | None = None
) -> str | None:
    """The country an article is about: towns and villages weigh most, then regions and
    countries, then demonyms; so a report from Aleppo that names Russia, France and Britain
    in its diplomacy paragraphs is still about Syria. With a ``gazetteer``, a tie goes to the
    country of a far larger town ("the Jebel area of Juba": Juba, not a hamlet Jebel abroad),
    else to the country named first."""
    weights: Counter[str] = Counter()
    for p in places:
        if not p.country:
            continue
        if p.nested and text is not None and _FORCE_AFTER.match(text, p.end):
            weights[p.country] += 0.2  # type: ignore[assignment]
        elif p.nested:
            weights[p.country] += 0.5  # type: ignore[assignment]
        elif (p.feature_class or "P") == "A":
            weights[p.country] += 1
        else:
            weights[p.country] += 3
    if not weights:
        return None
    ranked = weights.most_common()
    tied = [c for c, w in ranked if w == ranked[0][1]]
    if len(tied) > 1 and gazetteer is not None:

        def size(country: str) -> int:
            pops = [
                (place.population or 0)
                for p in places
                if p.country == country
                and not p.nested
                and p.geonames_id is not None
                and p.feature_class == "P"
                if (place := gazetteer.get(p.geonames_id)) is not None
            ]
            return max(pops, default=0)

        first = size(tied[0])
        bigger = [c for c in tied[1:] if size(c) >= 20 * max(first, 1)]
        return max(bigger, key=size) if bigger else tied[0]
    return ranked[0][0]


def geoparse(
    doc: Doc,
    gazetteer: Gazetteer,
    *,
    country_hint: str | None = None,
    weak_hint: str | None = None,
) -> list[PlaceMention]:
    """Every place mention of ``doc``, resolved with the article's focus country in view.

    ``country_hint`` is a focus known from elsewhere (the actors' country); it is used when the
    places themselves name no place in it. ``weak_hint`` (one actor's country) is used only
    when no place names its country unambiguously and some place has a namesake there ("ADF
    rebels raided ... Beni": Beni, DR Congo, not El Beni, Bolivia).
    """
    spans = detect_toponyms(doc, gazetteer)
    text = doc_text(doc)
    places = resolve_toponyms(spans, text, gazetteer)
    skeletal = {p.start for p in places if _skeletal(p, gazetteer)}
    # A spelling-skeleton match ("Hamdallaye" -> "Homedale") is no evidence of its country.
    focus = focus_country([p for p in places if p.start not in skeletal], gazetteer, text)
    evidence = {focus}
    if focus is None:
        focus = focus_country(places, gazetteer, text)  # still the best guess for resolving
    if weak_hint is not None and country_hint is None and focus != weak_hint:
        sure = any(
            # a demonym of another country ("Mozambican troops ... Palma" is the hint's own)
            (sp.demonym and sp.demonym != weak_hint)
            or sp.fixed
            or (
                not sp.nested
                and len({c.place.country for c in sp.cands if c.tier == MATCH_FOLDED}) == 1
            )
            for sp in spans
        )
        if not sure and any(c.place.country == weak_hint for sp in spans for c in sp.cands):
            focus = weak_hint
            evidence.add(focus)
    if (
        country_hint is not None
        and focus != country_hint
        and not any(p.country == country_hint for p in places)
    ):
        focus = country_hint
        evidence.add(focus)
    if focus is None:
        return places
    places = resolve_toponyms(spans, text, gazetteer, country_hint=focus)
    skeletal = {p.start for p in places if _skeletal(p, gazetteer)}
    named = {p.country for p in places if p.nested or p.feature_class == "A"} | {focus}
    # A small place found by its skeleton needs its country named by some other place.
    vouched = {p.country for p in places if p.start not in skeletal} | evidence
    places = [
        p
        for p in places
        if p.start not in skeletal or p.country in vouched or _notable(p, gazetteer)
    ]
    ner = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ in ("GPE", "LOC", "FAC")]
    kept = [
        p
        for p in places
        if p.nested
        or p.country in named
        or (
            fold(p.text) == fold(p.name)
            and _notable(p, gazetteer)
            and (
                any(s <= p.start and p.end <= e for s, e in ner)
                or _PLACE_BEFORE.search(text[max(0, p.start - 40) : p.start]) is not None
            )
        )
    ]
    kept = _no_villages_abroad(kept, text)
    return _near_their_anchor(kept, text, gazetteer)


# "Survivors in Mushu village", "the village of Ngarbuh": a village the text names as one
_VILLAGE = re.compile(r"\s+(?:village|hamlet)\b", re.I)
_VILLAGE_BEFORE = re.compile(r"\b(?:village|hamlet)\s+of\s+$", re.I)


def _no_villages_abroad(places: list[PlaceMention], text: str) -> list[PlaceMention]:
    """A village the text names as one, whose country nothing else in the text names, is no
    namesake hamlet the gazetteer knows abroad ("Survivors in Mushu village" in Plateau State
    is not Mus in Turkey): a place we do not know."""
    return [
        p
        for p in places
        if p.nested
        # its country named by another place or a demonym ("near Gaziantep"): a namesake there
        or any(o.country == p.country for o in places if o is not p)
        # the text's other places are nowhere else either: nothing to weigh it against
        or not any(o.country != p.country and not o.nested for o in places)
        or p.feature_class != "P"
        or not (
            _VILLAGE.match(text, p.end)
            or _VILLAGE_BEFORE.search(text, max(0, p.start - 20), p.start)
        )
    ]


# "Taza, a town south of Kirkuk", "the Al-Jazair area of Basra", "Kalau, 8 km from Mangina":
# the text puts the first place beside the second
_DISTANCE = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|a\s+few|several)\s*(?:km|kilometres|kilometers|miles)\s+"
)
_BESIDE = re.compile(
    # ("Taza, a town south of Kirkuk", "Bisara village near Dadri")
    r"^,?\s+(?:(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?)?(?:town|village|city|district|area|suburb|camp|"
    r"neighbou?rhood|quarter|hamlet|base)\s+)?(?:(?:about|some|around|just)\s+)?"
    rf"(?:{_DISTANCE}from|(?:{_DISTANCE})?"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|"
    r"outside|near|on\s+the\s+outskirts\s+of))\s+(?:the\s+)?$"
    r"|^\s+(?:area|district|neighbou?rhood|quarter|suburb)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BESIDE_KM = 300.0


def _near_their_anchor(
    places: list[PlaceMention], text: str, gazetteer: Gazetteer
) -> list[PlaceMention]:
    """A place the text sets beside another ("a town south of Kirkuk") is a namesake near it,
    or, when the gazetteer has none there, no place we know (Taza in Morocco is not the Taza
    south of Kirkuk)."""
    out: list[PlaceMention] = []
    # towns and villages only: a country's or a province's centroid says little of distance
    free = [p for p in places if not p.nested and p.feature_class == "P"]
    for p in places:
        anchor = next(
            (
                q
                for q in free
                if 0 < q.start - p.end <= 90 and _BESIDE.search(text[p.end : q.start])
            ),
            None,
        )
        if p.nested or anchor is None or _km(p, anchor) <= _BESIDE_KM:
            out.append(p)
            continue
        near = [
            c.place
            for c in gazetteer.candidates(p.text, loose=False)
            if haversine_km(c.place.lat, c.place.lon, anchor.lat, anchor.lon) <= _BESIDE_KM
        ]
        if near:
            best = max(near, key=lambda pl: pl.population or 0)
            out.append(
                p.model_copy(
                    update={
                        "name": best.name,
                        "geonames_id": best.geonames_id,
                        "country": best.country,
                        "admin1": best.admin1,
                        "admin2": best.admin2,
                        "lat": best.lat,
                        "lon": best.lon,
                        "feature_class": best.feature_class,
                    }
                )
            )
    return out


def _km(a: PlaceMention, b: PlaceMention) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _skeletal(p: PlaceMention, gazetteer: Gazetteer) -> bool:
    """Whether ``p`` was found only by its consonant skeleton, not by its name folded."""
    if fold(p.text) == fold(p.name):
        return False
    return not any(
        c.place.name == p.name and c.place.lat == p.lat and c.place.lon == p.lon
        for c in gazetteer.candidates(p.text, loose=False)
    )


def _notable(p: PlaceMention, gazetteer: Gazetteer) -> bool:
    """A place abroad worth keeping without its country named: a town of some size, a region,
    or a curated entry; a hamlet on another continent that shares a village's name is not."""
    if p.geonames_id is None:
        return True  # the curated supplement
    place = gazetteer.get(p.geonames_id)
    if place is None:
        return True
    if place.feature_class == "P":
        return (place.population or 0) >= _NOTABLE_POPULATION
    return place.feature_code in {"PCLI", "ADM1", "CONT", "RGN"}  # not a county abroad


_NOTABLE_POPULATION = 20_000


class Geoparser:
    """spaCy component ``sitrep_geoparser``: :func:`geoparse` on each Doc, the result kept in
    ``doc.user_data`` as plain dicts so it survives spaCy's worker processes."""

    def __init__(self, gazetteer_path: str | None = None) -> None:
        self.gazetteer_path = gazetteer_path
        self._gazetteer: Gazetteer | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = (
                SQLiteGazetteer(self.gazetteer_path) if self.gazetteer_path else default_gazetteer()
            )
        return self._gazetteer

    def __call__(self, doc: Doc) -> Doc:
        places = geoparse(doc, self.gazetteer)
        doc.user_data[_PLACES_KEY] = [p.model_dump() for p in places]
        return doc


@Language.factory("sitrep_geoparser", default_config={"gazetteer_path": None})
def _make_geoparser(nlp: Language, name: str, gazetteer_path: str | None) -> Geoparser:
    return Geoparser(gazetteer_path)


def places_of(doc: Doc) -> list[PlaceMention]:
    """The places the ``sitrep_geoparser`` component stored on ``doc``."""
    return [PlaceMention(**d) for d in doc.user_data.get(_PLACES_KEY, [])]


def geoparse_nlp(name: str = DEFAULT_MODEL, gazetteer_path: str | None = None) -> Language:
    """Tokenizer, NER and the geoparser: the whole of geoparsing as one spaCy pipeline (loaded
    once per process for each model and gazetteer)."""
    return _geoparse_nlp(name, gazetteer_path)


@functools.lru_cache(maxsize=4)
def _geoparse_nlp(name: str, gazetteer_path: str | None) -> Language:
    import spacy

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            nlp = spacy.load(name, exclude=list(_NOT_NEEDED))
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy pipeline {name!r} is not installed; install it with "
            f"'pip install {name.replace('_', '-')}' (nothing is downloaded at run time)"
        ) from exc
    use_numpy_gemm(nlp)  # ~25% less CPU for NER than BLIS, the same entities
    nlp.add_pipe("sitrep_geoparser", config={"gazetteer_path": gazetteer_path})
    return nlp


def geoparse_texts(
    texts: Iterable[str],
    *,
    gazetteer_path: str | None = None,
    n_process: int = 1,
    batch_size: int = 32,
) -> Iterator[list[PlaceMention]]:
    """The place mentions of each text, in order; ``n_process`` > 1 runs worker processes,
    each with its own gazetteer connection."""
    if gazetteer_path is None:
        default_gazetteer()  # build it once here, not in every worker
    nlp = geoparse_nlp(DEFAULT_MODEL, gazetteer_path)
    if n_process > 1 and "fork" in mp.get_all_start_methods():
        yield from _forked(nlp, texts, n_process, batch_size)
        return
    for doc in nlp.pipe(texts, n_process=n_process, batch_size=batch_size):
        yield places_of(doc)


def _forked(
    nlp: Language, texts: Iterable[str], n_process: int, batch_size: int
) -> Iterator[list[PlaceMention]]:
    """Forked workers that inherit the loaded model and send back only the places' fields.

    spaCy's own ``n_process`` ships every Doc back as bytes and rebuilds it here: that work ran
    in this process on the same cores as the workers and cost a quarter of the throughput. At
    most two batches per worker are in flight, so a stream of any length is read as consumed.
    """
    global _WORKER_NLP
    _WORKER_NLP = nlp
    it = iter(texts)
    jobs: collections.deque[Any] = collections.deque()
    with mp.get_context("fork").Pool(n_process) as pool:
        while True:
            while len(jobs) < 2 * n_process:
                batch = list(itertools.islice(it, batch_size))
                if not batch:
                    break
                jobs.append(pool.apply_async(_geoparse_batch, (batch,)))
            if not jobs:
                break
            for found in jobs.popleft().get():
                yield [PlaceMention(**d) for d in found]


_WORKER_NLP: Language | None = None
_NER_BATCH = 8  # texts per NER batch in a worker: 32 at once peaked 400 MB for no speed


def _geoparse_batch(texts: list[str]) -> list[list[dict[str, Any]]]:
    """A worker's task: the places of each text as plain dicts (cheap to pickle)."""
    assert _WORKER_NLP is not None
    return [
        doc.user_data.get(_PLACES_KEY, []) for doc in _WORKER_NLP.pipe(texts, batch_size=_NER_BATCH)
    ]
