"""Score sitrep on MUC-4 terrorism answer keys (Latin-American newswire, 1989-90, upper case).

MUC-4 codes *incidents* with their own type set; this module maps them to ACLED event types:

===========================  =========================================================  =====
MUC incident type            accepted ACLED event types                                 note
===========================  =========================================================  =====
BOMBING                      Explosions/Remote violence
ATTACK                       Violence against civilians; also Battles when a human      (1)
                             target is military/police or none is named; also
                             Explosions/Remote violence when the instrument is one
KIDNAPPING                   Violence against civilians (Abduction/forced disappearance)
ARSON                        Riots; Strategic developments (Looting/property destruction)
ROBBERY                      Strategic developments (Looting/property destruction)
FORCED WORK STOPPAGE         Strategic developments; Protests
===========================  =========================================================  =====

(1) "civilian" targets are every MUC human-target type except ACTIVE MILITARY, LAW ENFORCEMENT
and SECURITY GUARD. The first listed type is the canonical one used when nothing predicted fits.

Scoring, per document (``score_doc``):

detection
    relevant = the key has at least one template; predicted relevant = at least one event.
fields
    On documents both relevant and predicted relevant, the key's *main* (first) template is
    compared with the *main* (first) event: ``type`` (mapped, above), ``date`` (the event's
    date..date_end overlaps a key date or range; an open range "- 30 DEC 89" means the 31 days up
    to that day), ``location`` (the key's most specific place name against the event location
    name: rapidfuzz ratio >= 85 after folding accents and case, or one containing the other; a
    key that names only a country is compared by ISO code), ``country`` (ISO code), ``perpetrator``
    (any ``PERP: ORGANIZATION ID`` string against the actor1 name or the text of its mentions,
    same fuzzy rule) and ``fatalities`` (the summed ``HUM TGT: NUMBER`` of targets whose effect is
    DEATH, when every such number is stated; 0 when effects are given and none is DEATH; against
    ``fatalities.best``, missing meaning 0).
    Counts: tp = predicted and right; fp = predicted but wrong; fn = the key has a value that was
    not predicted right (a relevant document with no event misses all of its values). A predicted
    value where the key has none ("-") is not scored: MUC leaves slots empty when the article does
    not say, while ACLED coding always names an actor and a place. Spurious events on irrelevant
    documents are counted once, by ``detection``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from rapidfuzz import fuzz

from .scorer import Scorer

__all__ = [
    "MUC_TO_ACLED",
    "COUNTRY_ISO",
    "FIELDS",
    "accepted_types",
    "parse_muc_date",
    "parse_date_ranges",
    "date_matches",
    "location_parts",
    "location_matches",
    "quoted_strings",
    "fuzzy_name_match",
    "gold_fatalities",
    "dateline_date",
    "score_doc",
    "iter_split",
]

JSON = Mapping[str, Any]

VAC = "Violence against civilians"
BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
STRATEGIC = "Strategic developments"

MUC_TO_ACLED: dict[str, tuple[str, ...]] = {
    "BOMBING": (EXPLOSIONS,),
    "ATTACK": (VAC, BATTLES),
    "KIDNAPPING": (VAC,),
    "ARSON": ("Riots", STRATEGIC),
    "ROBBERY": (STRATEGIC,),
    "FORCED WORK STOPPAGE": (STRATEGIC, "Protests"),
}

#: Countries named in MUC-4 keys (and a misspelling they contain) -> ISO 3166-1 alpha-2.
COUNTRY_ISO: dict[str, str] = {
    "EL SALVADOR": "SV", "COLOMBIA": "CO", "PERU": "PE", "GUATEMALA": "GT", "GUATAMALA": "GT",
    "CHILE": "CL", "HONDURAS": "HN", "BOLIVIA": "BO", "ECUADOR": "EC", "ARGENTINA": "AR",
    "PANAMA": "PA", "NICARAGUA": "NI", "BRAZIL": "BR", "VENEZUELA": "VE", "JAMAICA": "JM",
    "SPAIN": "ES", "UNITED STATES": "US", "MEXICO": "MX", "COSTA RICA": "CR", "CUBA": "CU",
}  # fmt: skip

FIELDS = ("type", "date", "location", "country", "perpetrator", "fatalities")

_MILITARY = ("ACTIVE MILITARY", "LAW ENFORCEMENT", "SECURITY GUARD")
_EXPLOSIVE = ("BOMB", "DYNAMITE", "EXPLOSIVE", "MORTAR", "GRENADE", "ROCKET", "MINE")
_MONTH_NAMES = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, 1)}
_DATE = re.compile(r"(?:(\d{1,2})\s+)?([A-Za-z]{3})[A-Za-z]*(?:\s+(\d{2,4}))?")
_OPEN_RANGE_DAYS = 31

DateRange = tuple[dt.date, dt.date]


# --------------------------------------------------------------------------- small helpers


def _values(slot: object) -> list[str]:
    """A key slot as a list of strings ("-" and "*" mean empty); lists are kept as lists."""
    items = slot if isinstance(slot, list) else [slot]
    return [str(s).strip() for s in items if s is not None and str(s).strip() not in ("-", "*", "")]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def quoted_strings(slot: object) -> list[str]:
    """The quoted fillers of a slot: '"FMLN" / "FARABUNDO ..."' -> ['FMLN', 'FARABUNDO ...']."""
    out: list[str] = []
    for value in _values(slot):
        found = re.findall(r'"((?:[^"\\]|\\.)*)"', value)
        out += [f.replace('\\"', "").strip() for f in found] or [value]
    return [o for o in out if o]


def fuzzy_name_match(a: str | None, b: str | None, threshold: float = 85.0) -> bool:
    """Names match when one contains the other (as words) or rapidfuzz ratio >= threshold."""
    if not a or not b:
        return False
    fa, fb = _fold(a), _fold(b)
    if not fa or not fb:
        return False
    if f" {fa} " in f" {fb} " or f" {fb} " in f" {fa} ":
        return True
    return fuzz.ratio(fa, fb) >= threshold


# --------------------------------------------------------------------------- type


def accepted_types(template: JSON) -> tuple[str, ...]:
    """ACLED event types that code this MUC template correctly, canonical first."""
    out: list[str] = []
    for kind in re.split(r"\s*/\s*", str(template.get("INCIDENT: TYPE", ""))):
        kind = kind.strip(" ?()")
        alts = list(MUC_TO_ACLED.get(kind, ()))
        if kind == "ATTACK":
            targets = " ".join(_values(template.get("HUM TGT: TYPE")))
            if targets and not any(m in targets for m in _MILITARY):
                alts.remove(BATTLES)
            instruments = " ".join(_values(template.get("INCIDENT: INSTRUMENT TYPE")))
            if any(x in instruments for x in _EXPLOSIVE):
                alts.append(EXPLOSIONS)
        out += [a for a in alts if a not in out]
    return tuple(out)


# --------------------------------------------------------------------------- dates


def parse_muc_date(text: str, default_year: int | None = None) -> DateRange | None:
    """One MUC date ('30 DEC 89', 'DEC 89', '30 DEC') as a day range; None if unreadable."""
    m = _DATE.fullmatch(text.strip())
    if not m or m.group(2).upper() not in _MONTHS:
        return None
    day, month, year = m.group(1), _MONTHS[m.group(2).upper()], m.group(3)
    if year is None:
        if default_year is None:
            return None
        y = default_year
    else:
        y = int(year) + (1900 if len(year) == 2 else 0)
    try:
        if day:
            d = dt.date(y, month, int(day))
            return d, d
        first = dt.date(y, month, 1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return first, last
    except ValueError:
        return None


def parse_date_ranges(slot: object, default_year: int | None = None) -> list[DateRange]:
    """Every alternative of a MUC date slot as a closed range.

    '17 FEB 90 - 18 FEB 90' is a range; '- 30 DEC 89' (on or before) becomes the 31 days up to
    it, since an event date is almost always before the dispatch anyway; alternatives are
    separated by ' / ' and may be parenthesised.
    """
    out: list[DateRange] = []
    for value in _values(slot):
        for alt in value.split("/"):
            alt = alt.strip().strip("()").strip()
            if not alt or alt in ("-", "*"):
                continue
            lo_text, sep, hi_text = alt.partition("-")
            if not sep:
                one = parse_muc_date(alt, default_year)
                if one:
                    out.append(one)
                continue
            hi = parse_muc_date(hi_text, default_year)
            lo = parse_muc_date(lo_text, default_year) if lo_text.strip() else None
            if hi is None:
                if lo:
                    out.append(lo)
                continue
            start = lo[0] if lo else hi[1] - dt.timedelta(days=_OPEN_RANGE_DAYS - 1)
            out.append((min(start, hi[1]), hi[1]))
    return out


def date_matches(start: dt.date | None, end: dt.date | None, ranges: Sequence[DateRange]) -> bool:
    """Whether the event's date..date_end overlaps one of the key's ranges."""
    if start is None:
        return False
    end = end or start
    return any(start <= hi and end >= lo for lo, hi in ranges)


def dateline_date(row: JSON) -> dt.date | None:
    """The dispatch date from the parsed dateline ('4 FEB 90'), used as the publication date."""
    text = (row.get("dateline") or {}).get("date")
    found = parse_muc_date(str(text)) if text else None
    return found[0] if found else None


# --------------------------------------------------------------------------- places


def location_parts(slot: object) -> tuple[str | None, list[str]]:
    """('EL SALVADOR', ['ILOBASCO', 'CABANAS']) from 'EL SALVADOR: CABANAS (DEPARTMENT): ILOBASCO
    (MUNICIPALITY)': the country and the place names, most specific first."""
    values = _values(slot)
    if not values:
        return None, []
    text = values[0].split(" / (")[0].strip(" ()?")
    parts = [p.strip() for p in text.split(":")]
    country = parts[0].split("/")[0].strip(" ()?") or None
    places: list[str] = []
    for part in reversed(parts[1:]):
        for name in re.sub(r"\([^)]*\)?", "", part).split("/"):
            name = name.strip(' ?()"')
            if name and name not in places:
                places.append(name)
    return country, places


def location_matches(location: JSON | None, slot: object) -> bool | None:
    """Whether an event location matches the key's location; None when the key gives none."""
    country, places = location_parts(slot)
    if country is None:
        return None
    if not location:
        return False
    if places:
        return fuzzy_name_match(str(location.get("name") or ""), places[0])
    return COUNTRY_ISO.get(country) == location.get("country")


# --------------------------------------------------------------------------- fatalities


def gold_fatalities(template: JSON) -> int | None:
    """Deaths in a template: summed numbers of DEATH targets; None when not stated."""
    effects = _values(template.get("HUM TGT: EFFECT OF INCIDENT"))
    if not effects:
        return None
    dead: list[str] = []
    for effect in effects:
        label, _, who = effect.partition(":")
        if label.strip(" ?") == "DEATH":
            dead += quoted_strings(who)[:1]
    if not dead:
        return 0
    numbers: dict[str, str] = {}
    for entry in _values(template.get("HUM TGT: NUMBER")):
        count, _, who = entry.partition(":")
        names = quoted_strings(who)
        if names:
            numbers.setdefault(names[0], count.strip())
    total = 0
    for who in dead:
        count = numbers.get(who, "")
        if not count.isdigit():
            return None
        total += int(count)
    return total


# --------------------------------------------------------------------------- one document


def _actor_names(output: JSON, event: JSON) -> list[str]:
    actor = event.get("actor1") or {}
    name = actor.get("name")
    if not name or str(name).startswith("Unidentified"):
        return []  # MUC keys name organisations; "unidentified gunmen" names none
    names = [str(name)]
    for entry in output.get("actors") or []:
        if entry.get("name") == name:
            names += [str(m.get("text", "")) for m in entry.get("mentions") or []]
    return names


def _as_date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _slot(scorer: Scorer, name: str, gold: bool, predicted: bool, right: bool) -> None:
    """Count one slot: see the module docstring."""
    if not gold:
        return
    prf = scorer.fields[name]
    if right:
        prf.tp += 1
    else:
        prf.fn += 1
        if predicted:
            prf.fp += 1
    if predicted:
        scorer.accuracy[name].add(right)


def score_doc(row: JSON, output: JSON, scorer: Scorer) -> dict[str, Any]:
    """Add one document's counts to ``scorer``; returns what was compared (for error analysis)."""
    templates: list[JSON] = list(row.get("muc_key_templates") or [])
    events: list[JSON] = list(output.get("events") or [])
    relevant, predicted = bool(templates), bool(events)
    detection = scorer.fields["detection"]
    detection.add(tp=int(relevant and predicted), fp=int(predicted and not relevant))
    detection.add(fn=int(relevant and not predicted))
    record: dict[str, Any] = {"id": row.get("docid"), "relevant": relevant, "events": len(events)}
    if not relevant:
        if predicted:
            scorer.label(str(events[0].get("event_type")), None)
            record["wrong"] = ["detection"]
        return record
    gold, event = templates[0], (events[0] if events else {})
    year = (dateline_date(row) or dt.date(1990, 1, 1)).year
    accepted = accepted_types(gold)
    got_type = event.get("event_type")
    gold_label = got_type if got_type in accepted else (accepted[0] if accepted else None)
    scorer.label(str(got_type) if predicted else None, gold_label)

    checks: dict[str, tuple[bool, bool]] = {}  # field -> (predicted?, right?)
    if accepted:
        checks["type"] = (predicted, got_type in accepted)
    ranges = parse_date_ranges(gold.get("INCIDENT: DATE"), year)
    if ranges:
        start, end = _as_date(event.get("date")), _as_date(event.get("date_end"))
        checks["date"] = (start is not None, date_matches(start, end, ranges))
    location = event.get("location") or None
    loc_ok = location_matches(location, gold.get("INCIDENT: LOCATION"))
    if loc_ok is not None:
        checks["location"] = (bool(location and location.get("name")), loc_ok)
    country, _ = location_parts(gold.get("INCIDENT: LOCATION"))
    if country in COUNTRY_ISO:
        got_country = (location or {}).get("country")
        checks["country"] = (got_country is not None, got_country == COUNTRY_ISO[country])
    perps = [p for t in _values(gold.get("PERP: ORGANIZATION ID")) for p in quoted_strings(t)]
    if perps:
        names = _actor_names(output, event)
        ok = any(fuzzy_name_match(p, n) for p in perps for n in names)
        checks["perpetrator"] = (bool(names), ok)
    deaths = gold_fatalities(gold)
    if deaths is not None:
        best = (event.get("fatalities") or {}).get("best")
        checks["fatalities"] = (predicted, int(best or 0) == deaths)
    for name, (pred, right) in checks.items():
        _slot(scorer, name, True, pred and predicted, right and predicted)
    record["wrong"] = [n for n, (_, right) in checks.items() if not (right and predicted)]
    if not predicted:
        record["wrong"].insert(0, "detection")
    record["gold"] = {
        "type": gold.get("INCIDENT: TYPE"),
        "date": gold.get("INCIDENT: DATE"),
        "location": gold.get("INCIDENT: LOCATION"),
        "perpetrator": perps,
        "fatalities": deaths,
    }
    record["got"] = {
        "type": got_type,
        "date": event.get("date"),
        "location": (location or {}).get("name"),
        "country": (location or {}).get("country"),
        "actor1": (event.get("actor1") or {}).get("name"),
        "fatalities": (event.get("fatalities") or {}).get("best"),
    }
    return record


def iter_split(rows: Iterable[JSON], split: str) -> list[JSON]:
    """Rows of one split ('train' or 'dev'), in file order."""
    return [r for r in rows if r.get("split") == split]
