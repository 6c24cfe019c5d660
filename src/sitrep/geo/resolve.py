"""Choosing among gazetteer candidates, and picking an event location for a sentence.

Scores follow the usual geoparsing evidence (feature class, population, the article's focus
country, distance to other places in the article, match quality); no library offers this over
our own gazetteer, hence hand-written.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from ..models import Location, Place, PlaceMention
from .fold import fold, skeleton
from .gazetteer import MATCH_FOLDED, Candidate, Gazetteer
from .words import section_label

__all__ = ["Context", "score_candidate", "choose", "haversine_km", "best_location"]

_NEAR = re.compile(
    r"\b(?:near|nearby|outside|outskirts of|around|close to|vicinity of|"
    r"(?:north|south|east|west|north-east|north-west|south-east|south-west|"
    r"northeast|northwest|southeast|southwest)(?:ern)? (?:of|outskirts of)|"
    r"(?:kilometres|kilometers|km|miles) (?:from|of|north|south|east|west))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DATELINE_AFTER = re.compile(
    # "COTABATO CITY, Philippines -": a wire's dateline may name the country
    r"(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s*[-–—,(]))?"
    r"\s*(?:,\s*(?:[A-Z][A-Za-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][A-Za-z]{2,8})(?:\s+\d{2,4})?)?"
    r"\s*(?:\((?:[A-Za-z][\w .]{1,60})\)\s*)?[-–—]{1,2}\s"
)
_ARRIVED = re.compile(
    r"\b(?:displaced|refugees|families|women|people|residents|IDPs|survivors)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:arriv(?:ing|ed)|who\s+(?:have\s+|had\s+)?(?:arrived|fled))\s+(?:in|at|to)\s+(?:the\s+)?$",
    re.I,
)
# where people were going (a missile "fired towards Tel Aviv" is aimed at it: not here)
_BOUND_FOR = re.compile(
    r"\b(?:(?:march(?:ing|ed)?|walk(?:ing|ed)|driv(?:ing|en)|travel(?:l)?(?:ing|ed)|mov(?:ing|ed)|"
    r"head(?:ing|ed)|flee(?:ing)?|fled|leav(?:e|ing)|left)\s+(?:on|to|towards?|for)|bound\s+for|"
    r"en\s+route\s+to|"
    r"on\s+(?:their|its|his|her|the)\s+way\s+to)\s+(?:the\s+)?$",
    re.I,
)
_ROAD_AFTER = re.compile(
    r"(?:\s*[-–]\s*[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)?\s+(?:road|highway|motorway|expressway|axis)\b",
    re.I,
)
_ORIGIN = re.compile(
    r"\b(?:(?:vendors?|workers?|labou?rers?|migrants?|traders?|men|man|women|woman|people|"
    r"pilgrims?|students?|families|family|refugees?|residents?|tourists?|nationals?|"
    r"fighters?|soldiers?|troops)\s+(?:\w+\s+)?from|natives? of|hailing from|originally from|"
    # "rockets fired from the Idlib countryside slammed into Mhardeh": where they hit counts
    r"(?:fired|launched)\s+from|"
    # "blamed Ukrainian artillery firing from the direction of Kurakhove"
    r"(?:fir(?:ed|ing)|launched|coming)\s+from\s+the\s+direction\s+of)"
    r"\s+(?:the\s+)?$",
    re.I,
)
# "in Kahramankazan, about 40 km north of Ankara": a landmark to measure from, where the text
# names another town; beside only a region ("40 km southeast of Bosaso in Puntland region")
# the landmark is the nearest place named
_LANDMARK = re.compile(
    r"\b\d+\s*(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\(\d+\s*miles?\)\s+)?(?:to\s+the\s+)?"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of"
    r"\s+(?:the\s+)?$",
    re.I,
)
_DIRECTION_BEFORE = re.compile(
    r"\b(?:northern|southern|eastern|western|central|north-?eastern|north-?western|"
    r"south-?eastern|south-?western)\s+$",
    re.IGNORECASE,
)
_PART_OF_CITY = re.compile(
    r"^(?:\s+[\w'’-]+){0,2}?,?\s+(?:an?\s+|the\s+)?(?:area|neighbou?rhood|district|sector|"
    r"quarter|suburb|township|camp|commune|municipality)\s+(?:of|in)\s+"
    r"(?:(?:the\s+)?(?:western|eastern|northern|southern|central|north|south|east|west)\s+)?$",
    re.IGNORECASE,
)
_DISTRICT_OF = re.compile(r"\s+(?:district|municipality|commune|township)\s+of\s", re.IGNORECASE)
_IN_ITS_PROVINCE = re.compile(
    r",\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern|-?(?:east|west)ern)|central)\s+[A-Z]"
)
#: how far from a city's centre a named quarter of it may lie
_QUARTER_KM = 25.0
_AT_BEFORE = re.compile(
    r"\b(?:at|in|inside|outside|into|stormed|attacked|raided|struck|hit|bombed|targeted)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FACILITY_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’.-]*){0,3}?\s+(?:High Court|Court|University|College|Hospital|School|"
    r"Airport|Prison|Jail|Mosque|Church|Cathedral|Market|Stadium|Hotel|Bazaar|Square)\b"
)
# "took away a student from his room at the University of Karachi (Sindh)"
_FACILITY_OF_BEFORE = re.compile(
    r"\b(?:at|in|inside|outside|into|stormed|attacked|raided|struck|hit|bombed|targeted)\s+"
    r"(?:the\s+)?(?:University|College|Hospital|Prison|Jail|Airport|Stadium|Port)\s+of\s+$"
)
#: how far after its verb (in characters) an act's own "in X" may name its place
_ACT_REACH = 60
_IN_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?$", re.IGNORECASE)
_QUARTER_NAME = re.compile(r"(?:Colonia|Barrio|Fraccionamiento|Quartier|Mahalla)\s", re.I)
_AREA_AFTER = re.compile(r"^\s*(?:area|outskirts|countryside|suburbs|region)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Context:
    """What the text around a toponym says about the kind of place it is."""

    admin: bool = False  # "X province", "province of X"
    populated: bool = False  # "the town of X", "village of X"
    country_focus: str | None = None
    admin1_focus: str | None = None  # the state / province most of the article's places are in
    anchors: tuple[tuple[float, float], ...] = ()
    # every candidate point of the article's other names: "Athens" and "Henderson County"
    # together mean the Texas pair, whichever each name alone would pick
    others: tuple[tuple[float, float], ...] = ()


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True, slots=True)
class Siblings:
    """Facts about a name's whole candidate list, computed once per name, not per candidate."""

    big_towns: frozenset[str]  # countries with a populated namesake of 50k or more
    top_pop: dict[str, int]  # largest exact-match population per country
    # (country, admin1, admin2) of every populated namesake: a town inside the division that
    # bears its name is its seat ("Kidal" the town in Kidal region, "Djugu" in Djugu territory)
    seats: frozenset[tuple[str, str | None, str | None]] = frozenset()
    # the largest populated place that bears the name only as an alternate ("Derna" for
    # Darnah, Libya), and the largest that bears it as its own name
    top_alternate: int = 0
    top_main: int = 0

    @classmethod
    def of(cls, siblings: Sequence[Candidate]) -> Siblings:
        big: set[str] = set()
        top: dict[str, int] = {}
        seats: set[tuple[str, str | None, str | None]] = set()
        alternate = main = 0
        for c in siblings:
            if c.tier != MATCH_FOLDED or c.place.country is None:
                continue
            pop = c.place.population or 0
            if c.main_name:
                main = max(main, pop)
            elif c.place.feature_class == "P" and skeleton(c.key) == skeleton(c.place.name):
                # a spelling of the place's own name ("Derna", "Darnah"), not an odd old name
                # ("Tillia" for Tilburg)
                alternate = max(alternate, pop)
            if c.place.feature_class == "P":
                if pop >= 50_000:
                    big.add(c.place.country)
                seats.add((c.place.country, c.place.admin1, c.place.admin2))
            top[c.place.country] = max(top.get(c.place.country, 0), pop)
        return cls(frozenset(big), top, frozenset(seats), alternate, main)

    def has_seat(self, p: Place) -> bool:
        """Whether a populated namesake lies inside division ``p``."""
        if p.feature_code == "ADM1":
            return any(c == p.country and a1 == p.admin1 for c, a1, _ in self.seats)
        return (p.country, p.admin1, p.admin2) in self.seats

    def rival(self, country: str | None) -> int:
        return max((v for k, v in self.top_pop.items() if k != country), default=0)


_LOOP_PAIRS = 40


def _nearest_km(cands: Sequence[Candidate], anchors: Sequence[tuple[float, float]]) -> list[float]:
    """Distance from each candidate to its nearest anchor, vectorised (the hot loop of
    geoparsing: every candidate of every name against every other place of the article).
    Most names have a candidate or two and an article a few places: for so few pairs numpy's
    call overhead outweighs the arithmetic, and a plain loop is faster."""
    if len(cands) * len(anchors) <= _LOOP_PAIRS:
        rad, sin, cos = math.radians, math.sin, math.cos
        ends = [(rad(a), cos(rad(a)), rad(b)) for a, b in anchors]
        out = []
        for c in cands:
            p1, l1 = rad(c.place.lat), rad(c.place.lon)
            c1 = cos(p1)
            # the haversine term grows with the distance: the nearest anchor has the least
            h = min(
                sin((p2 - p1) / 2) ** 2 + c1 * c2 * sin((l2 - l1) / 2) ** 2 for p2, c2, l2 in ends
            )
            out.append(2 * 6371.0 * math.asin(min(1.0, math.sqrt(h))))
        return out
    lat1 = np.radians(np.array([c.place.lat for c in cands]))[:, None]
    lon1 = np.radians(np.array([c.place.lon for c in cands]))[:, None]
    arr = np.radians(np.array(anchors))
    lat2, lon2 = arr[None, :, 0], arr[None, :, 1]
    a = (
        np.sin((lat2 - lat1) / 2) ** 2
        + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    )
    d = 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
    return [float(x) for x in d.min(axis=1)]


def score_candidate(
    cand: Candidate,
    surface: str,
    ctx: Context,
    siblings: Sequence[Candidate],
    *,
    _sib: Siblings | None = None,
    _nearest: float | None = None,
    _cluster: float | None = None,
) -> float:
    """Higher is better. Weights were tuned on the LGL/GeoVirus tuning half (see the benchmark)."""
    sib = _sib or Siblings.of(siblings)
    p = cand.place
    s = 0.0 if cand.tier == MATCH_FOLDED else -2.5
    if cand.main_name and not sib.top_alternate >= 30 * max(sib.top_main, 1):
        # (a hamlet's own name does not outweigh a city thirty times larger that the press
        # spells that way: "Derna" is Darnah, Libya, not Derna, Romania)
        s += 0.6
    if fold(p.name) == fold(surface) or p.name.casefold() == surface.casefold():
        s += 0.3
    s += 0.35 * math.log10((p.population or 0) + 10)
    code = p.feature_code or ""
    if code in {"PCLI", "CONT", "RGN"}:  # countries, continents, world regions
        s += 1.5
    elif code in {"ADM1", "ADM2"}:
        # "Aleppo" the city over Aleppo the governorate; but "Nevada" the state over a small
        # Nevada, Missouri.
        namesake = p.country in sib.big_towns or sib.has_seat(p)
        s += 2.5 if ctx.admin else (-1.0 if namesake else 0.3)
    elif p.feature_class in {"S", "L", "H", "T"}:
        s += 1.0  # curated supplement entries name the facility itself
    if ctx.admin and code not in {"ADM1", "ADM2", "PCLI"}:
        s -= 0.5
    if ctx.populated and p.feature_class == "P":
        s += 0.5
    if ctx.country_focus and p.country == ctx.country_focus:
        # A city of note abroad beats a small namesake at home: "Paris" in a US story is still
        # Paris, France, and "Najaf" in a story that names Iran first is still Najaf, Iraq,
        # unless a qualifier ("Paris, Ky.") already narrowed the candidates.
        # Compared with the country's largest namesake, so every namesake at home gets the same
        # bonus and the article's state and nearby towns decide between them.
        rival = sib.rival(p.country)
        home = sib.top_pop.get(p.country or "", p.population or 0)
        if p.geonames_id is None and p.feature_class == "P":
            # the curated supplement has no populations, and lists only towns of note ("the
            # town of Palma" in a story about Mozambique is not Palma de Mallorca)
            home = max(home, _CURATED_TOWN)
        s += 0.3 if rival >= 250_000 and rival >= 40 * max(home, 1) else 2.0
    if ctx.admin1_focus and p.admin1 == ctx.admin1_focus and p.country == ctx.country_focus:
        s += 1.2
    if ctx.anchors:
        d = (
            _nearest
            if _nearest is not None
            else min(haversine_km(p.lat, p.lon, a, b) for a, b in ctx.anchors)
        )
        s += 1.2 if d < 100 else 0.6 if d < 400 else 0.0
    if (
        _cluster is not None
        and _cluster < _CLUSTER_KM
        # a hamlet beside a namesake's neighbour does not outweigh the capital
        and 100 * max(p.population or 0, 1) >= sib.top_pop.get(p.country or "", 0)
    ):
        s += _CLUSTER_BONUS
    return s


_CURATED_TOWN = 20_000
_CLUSTER_KM = 40.0
_CLUSTER_BONUS = 1.0


def choose(
    cands: Sequence[Candidate],
    surface: str,
    ctx: Context,
    *,
    siblings: Siblings | None = None,
) -> tuple[Candidate, float] | None:
    """The best candidate and its score, or None. ``siblings`` is ``Siblings.of(cands)`` when
    the caller asks about the same name more than once (a document is resolved twice)."""
    if not cands:
        return None
    sib = siblings or Siblings.of(cands)
    nearest = _nearest_km(cands, ctx.anchors) if ctx.anchors else [None] * len(cands)
    cluster = (
        _nearest_km(cands, ctx.others) if ctx.others and len(cands) > 1 else [None] * len(cands)
    )
    # "Mexico" beside "Mexico City" is still the country: a name that is a country's own does
    # not go to a city that bears it only as an alternate because the city is named nearby
    country_own = any(
        c.main_name and c.tier == MATCH_FOLDED and c.place.feature_code == "PCLI" for c in cands
    )
    best: tuple[Candidate, float] | None = None
    for c, near, clu in zip(cands, nearest, cluster, strict=True):
        if country_own and not c.main_name:
            if c.place.feature_class == "P":
                continue  # "Iraq" is the country, never a town that bore the name (Arak, Iran)
            near, clu = math.inf, None
        sc = score_candidate(c, surface, ctx, cands, _sib=sib, _nearest=near, _cluster=clu)
        if best is None or sc > best[1]:
            best = (c, sc)
    return best


#: how coarse an area is, among those the text names: a division before its region
_COARSER = {"ADM1": 1, "RGN": 2, "CONT": 2}


def _is_country(m: PlaceMention, gazetteer: Gazetteer) -> bool:
    country = gazetteer.country(m.country) if m.country else None
    return country is not None and (m.geonames_id == country.geonames_id or m.name == country.name)


def _seat(m: PlaceMention, gazetteer: Gazetteer) -> Place | None:
    """The town a second-level division is named after and holds ("Maru" in Maru LGA)."""
    for c in gazetteer.candidates(m.name, loose=False):
        p = c.place
        if (
            c.main_name
            and p.feature_class == "P"
            and p.country == m.country
            and p.admin1 == m.admin1
            and p.admin2 in (m.admin2, m.name)
        ):
            return p
    return None


def _feature_code(m: PlaceMention, gazetteer: Gazetteer | None) -> str | None:
    if gazetteer is None:
        return None
    if m.geonames_id is None:
        # a curated place ("Darfur", a region) has no GeoNames id: find it by name and point
        return next(
            (
                c.place.feature_code
                for c in gazetteer.candidates(m.name, loose=False)
                if c.place.geonames_id is None and (c.place.lat, c.place.lon) == (m.lat, m.lon)
            ),
            None,
        )
    place = gazetteer.get(m.geonames_id)
    return place.feature_code if place is not None else None


def best_location(
    mentions: Iterable[PlaceMention],
    start: int,
    end: int,
    gazetteer: Gazetteer | None = None,
    *,
    text: str | None = None,
    act: tuple[int, int] | None = None,
) -> Location | None:
    """The event location for the sentence span ``[start, end)``.

    Non-nested populated places win over regions and countries; precision is 1 for a named
    town, 2 when ``text`` says "near X" / "outskirts of X" / "X area", 3 for provinces and
    countries. Admin names come from the mention, else from the gazetteer entry.
    """
    inside = [m for m in mentions if not m.nested and m.start >= start and m.end <= end]
    only_datelines = text is not None and all(_DATELINE_AFTER.match(text, m.end) for m in inside)
    # "at the University of Karachi (Sindh)": the province names where the town is
    only_regions = bool(inside) and all((m.feature_class or "P") == "A" for m in inside)
    if (not inside or only_datelines or only_regions) and text is not None:
        # "arrested as he appeared at the Islamabad High Court": the town in the name of the
        # building where it happened
        inside = [
            m
            for m in mentions
            if m.nested
            and start <= m.start
            and m.end <= end
            and (m.feature_class or "P") == "P"
            and (
                (
                    _AT_BEFORE.search(text, max(0, m.start - 12), m.start)
                    and _FACILITY_AFTER.match(text, m.end)
                )
                or _FACILITY_OF_BEFORE.search(text, max(0, m.start - 40), m.start)
            )
            and not (only_regions and any(o.country != m.country for o in inside))
        ][:1] or inside  # "BANGKOK, Aug 11 - ... rallied at Chiang Mai University": not filed from
    if not inside:
        return None

    # the dateline after each place, if any ("YAOUNDE, Nov 22 (wire) -"), found once
    datelines = {
        m.start: d
        for m in inside
        if text is not None and (d := _DATELINE_AFTER.match(text, m.end)) is not None
    }
    # a local paper's "MAKASSAR - Police fired ... outside the South Sulawesi legislature" is
    # set in its dateline's town; a wire's "YAOUNDE, Nov 22 - Protesters in Bamenda" is not
    towns = bool(datelines) and any(
        o.start not in datelines
        and (
            (o.feature_class or "P") in {"P", "S"}
            or _feature_code(o, gazetteer) in {"ADM2", "ADM3"}  # "the Dangam district of Kunar"
        )
        for o in inside
    )

    # "in Kahramankazan (a district), about 40 km north of Ankara"
    towns_too = (
        sum(
            (o.feature_class or "P") in {"P", "S"}
            or _feature_code(o, gazetteer) in {"ADM2", "ADM3"}
            for o in inside
        )
        > 1
    )

    def filed_from(m: PlaceMention) -> bool:
        """Where a dateline says the story was filed: a wire's (with its date or agency, "BOGOTA,
        30 AUG 89 (INRAVISION) --") always, a bare one only when the text names another town."""
        d = datelines.get(m.start)
        return d is not None and (towns or bool(re.search(r"[\d(]", d.group(0))))

    def at_act(m: PlaceMention) -> bool:
        """ "Protesters angry at the fall of Goma attacked embassies in Kinshasa": the place the
        act's own words put it in, a few words after its verb."""
        return (
            act is not None
            and text is not None
            and act[1] <= m.start <= act[1] + _ACT_REACH
            and not re.search(r"[;.]", text[act[1] : m.start])
            and bool(_IN_BEFORE.search(text, max(0, m.start - 12), m.start))
        )

    def rank(m: PlaceMention) -> tuple[int, int, int, int, int, int, int]:
        fc = m.feature_class or "P"
        # "a vendor from Bihar", "migrants from Darfur": where people come from, not where
        # the event happened; "marching towards Islamabad": where they were going
        origin = int(
            text is not None
            and (
                bool(_ORIGIN.search(text[max(0, m.start - 45) : m.start]))
                or (bool(_LANDMARK.search(text[max(0, m.start - 45) : m.start])) and towns_too)
                or bool(_BOUND_FOR.search(text[max(0, m.start - 30) : m.start]))
                # "displaced women arriving in Pemba reported that ...": where they came to
                or bool(_ARRIVED.search(text[max(0, m.start - 60) : m.start]))
                or filed_from(m)  # "PORT SUDAN, Dec 11 -"
            )
        )
        country = int(fc == "A" and gazetteer is not None and _is_country(m, gazetteer))
        # "entered northern Hama and set up a post near Murak": a part of a region, named
        # loosely; the other town is where it happened
        loose = text is not None and (
            bool(_DIRECTION_BEFORE.search(text[max(0, m.start - 20) : m.start]))
            # "on the Maiduguri-Damboa road near Damboa": a road's end, not where it happened
            or bool(_ROAD_AFTER.match(text, m.end))
        )
        # "the Radaa district of Al-Bayda": the district named before its province is as
        # precise as a town (its point is its seat's)
        district = (
            fc == "A"
            and text is not None
            # "... in Kahmard, in northern Bamiyan": the district, then its province
            and bool(_DISTRICT_OF.match(text, m.end) or _IN_ITS_PROVINCE.match(text, m.end))
            and _feature_code(m, gazetteer) in {"ADM2", "ADM3"}
        )
        # "Kunar: On 3 February, shelling hit homes in Dangam district": a situation report's
        # section label is the region the event lies in, not its place
        label = text is not None and section_label(text, m.start, m.end)
        return (
            origin,
            label,
            0
            if (fc in {"P", "S"} or district) and not loose
            else 1
            if fc in {"L", "T", "H", "P", "S"}
            else 2,
            country,  # "Haiti's Artibonite department": the department, not the country
            # "in Dangam district ... in Kunar": the finer division; "the Kalbajar district ...
            # Nagorno-Karabakh": a division before a region
            _COARSER.get(_feature_code(m, gazetteer) or "", 0) if fc == "A" else 0,
            not at_act(m),
            m.start,
        )

    m = min(inside, key=rank)
    if text is not None:
        # "the Khwaja Burgha area of Kabul", "Hamdallaye, a suburb of Conakry": analysts code
        # the city a neighbourhood belongs to
        whole = next(
            (
                o
                for o in inside
                if o.start > m.end
                and (o.feature_class or "P") == "P"
                and (
                    (
                        _PART_OF_CITY.match(text[m.end : o.start])
                        # but "the Radaa district of Al-Bayda": a district whose own town lies
                        # far from the other place is a division of a province, not a quarter
                        and not (
                            _DISTRICT_OF.match(text[m.end : o.start])
                            and haversine_km(m.lat, m.lon, o.lat, o.lon) > _QUARTER_KM
                        )
                    )
                    # "Colonia El Mirador, Zapopan", "Barrio Obrero, Cali": a named quarter
                    or (
                        _QUARTER_NAME.match(m.text) and re.fullmatch(r",\s*", text[m.end : o.start])
                    )
                )
            ),
            None,
        )
        m = whole or m
    fc = m.feature_class or "P"
    lat, lon = m.lat, m.lon
    if fc == "A":  # a district is part of a region (2); provinces and countries are 3
        code = _feature_code(m, gazetteer)
        precision = 2 if code in {"ADM2", "ADM3"} else 3
        seat = _seat(m, gazetteer) if code == "ADM2" and gazetteer is not None else None
        if seat is not None:
            # "(Maru, Zamfara)", "Maru local government area": a district named after its seat
            # is pinned at the seat, as analysts pin it, not at the middle of its towns
            lat, lon = seat.lat, seat.lon
    elif fc in {"L", "H", "T"}:
        precision = 2
    else:
        precision = 1
        if text is not None:
            before = text[max(0, m.start - 40) : m.start]
            after = text[m.end : m.end + 20]
            if _NEAR.search(before) or _AREA_AFTER.match(after) or _DIRECTION_BEFORE.search(before):
                precision = 2  # "near X", "X area", "western Idlib"
    admin1, admin2 = m.admin1, m.admin2
    if gazetteer is not None and m.geonames_id is not None and (admin1 is None or admin2 is None):
        place = gazetteer.get(m.geonames_id)
        if place is not None:
            admin1, admin2 = admin1 or place.admin1, admin2 or place.admin2
    return Location(
        name=(m.text.title() if m.text.isupper() else m.text) if fc == "P" else m.name,
        country=m.country,
        admin1=admin1,
        admin2=admin2,
        lat=lat,
        lon=lon,
        precision=precision,
        geonames_id=m.geonames_id,
    )
