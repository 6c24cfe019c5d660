"""Score one ``sitrep extract`` output object against an analyst's expected coding.

An expected coding (``tests/pages/*.expected.json``, ``acceptance/*.expected.json``) says what a
careful analyst codes from one page. :func:`check` returns one :class:`Failure` per unmet
requirement, naming the requirement (``events_must[0].date``) so that a failing page says *what*
is wrong, not just a score. An empty list means the output meets the coding.

Matching rules (all string comparisons are case-insensitive with whitespace collapsed):

report
    ``title`` equal; ``published`` equal to the second (an expected value that is a bare date
    compares dates only; when either side lacks a timezone the wall-clock times are compared);
    ``language`` equal; no ``body_must_not_contain`` string inside ``text``; every
    ``related_must`` item has an output ``related`` item agreeing on each of ``id``, ``title``,
    ``url`` it gives (URLs compared without a trailing slash); every ``attributed_sources_must``
    name is in ``sources``.
actors
    For each canonical actor there must be an output actor whose name matches (see *names*) with
    the same ``inter``; each ``mentions_must_resolve`` string must be a substring of the text of
    one of the mentions of the matching actor(s).
names
    Actor and source names: case, hyphens and apostrophes are folded, and a name ``"A (B)"``
    stands for the variants ``A (B)``, ``A`` and ``B``; two names match when their variant sets
    intersect (so ACLED-style ``Military Forces of Russia (2000-)`` matches ``Military Forces of
    Russia``, and ``Amaq News Agency (Amaq)`` matches ``Amaq``). Sources are compared this way
    everywhere (``attributed_sources_must`` and the ``source`` of events and displacement).
events_must
    An item with an ``event_type`` needs its own output event: output events are assigned to such
    items by a maximum bipartite matching over the events that meet *every* sub-requirement (so a
    greedy first pick cannot steal the only event another item could use). An unmatched item is
    reported with the sub-requirements that failed on the closest unassigned output event (fewest
    failures; each unmatched item takes a different one while any is left).
    Sub-requirements: ``type`` and ``sub_type``: the expected pair, or the sub-type with the type
    :data:`sitrep.models.EVENT_TYPES` files it under (the canonical file puts "Non-state actor
    overtakes territory" under Strategic developments, ACLED under Battles), or an
    ``also_acceptable_sub_event_types`` entry with its own type (the canonical page accepts its
    Battles clash coded as an IED explosion); ``date`` equal, or ``date_range`` ``[a, b]``
    overlapping the event's ``date``..``date_end``; ``date_precision_at_least`` (day < week <
    range < month < year); ``actors``: each name matches ``actor1``, ``actor2`` or an
    ``assoc_actors`` entry; ``location``: within ``tolerance_km`` (default 15) by haversine when
    the item gives lat/lon, else the same ``country``; ``weapons_any``: some expected weapon is a
    substring of some output weapon; ``toll`` (below); ``source`` matches as a name;
    ``certainty`` equal.
    An item with a ``toll`` but no ``event_type`` does not consume an event: it passes when *any*
    output event meets the toll, ``source``, ``date``/``date_range`` it gives.
toll
    ``civilians_killed_low`` equals ``fatalities.civilians``; ``combatants_killed_low`` equals
    ``fatalities.combatants``; ``killed_total_low`` equals ``fatalities.low`` (``best`` when low is
    null); ``killed_total_high`` equals ``fatalities.high`` (``best`` when high is null);
    ``killed_best`` equals ``fatalities.best``; ``injured_low`` equals ``injured.low`` (``best``
    when low is null). ``qualifier`` is documentation only: the output has no field for it.
displacement_must
    Each item needs its own ``displacement`` entry (same matching as events): ``count_low`` equals
    ``count.low`` (``best`` when null), ``count_high`` equals ``count.high`` (``best`` when null),
    ``certainty`` equal, ``source`` matching as a name; ``who``/``where`` pass when one text
    contains the other, or failing that when they share a content word of four letters or more,
    compared on its first four letters (expected ``where`` is often a paraphrase: "settlements
    near the Turkish border" for "around the heavily-guarded frontier with Turkey").
    ``where`` is compared with the entry's ``where`` and its location name.
certainty_must
    Some hedge has the expected ``label`` and a text that contains the expected text or is
    contained in it (the shorter one at least four characters long).
must_not_checks
    ``no_event_on_date`` {date}: no event whose ``date``..``date_end`` covers it.
    ``no_location_named`` {names}: no event or displacement location, and no non-nested place
    mention (its ``text`` or ``name``), equal to one of the names.
    ``no_event_at_place`` {names}: no event whose location name (or ``location`` evidence text)
    matches a name, fuzzily (rapidfuzz ratio >= 85 after folding case, hyphens and apostrophes),
    because gazetteer spellings vary ("Bab al-Salama", "Bab as Salamah").
    ``max_events`` {n}: at most n events.
    ``max_total_fatalities`` {n}: the sum over events of ``fatalities.best`` (``low`` when best is
    null) is at most n, so one toll counted on two events fails.
    ``no_evidence_containing`` {texts}: no event or displacement evidence text contains one.
    ``no_event_with_sub_type`` {sub_event_type, date?}: no event with that sub-type (on that date).
    ``no_evidence_only_from`` {texts}: no event whose evidence lies entirely inside the sentence
    of ``text`` that contains one of the texts (a background or forecast sentence). Sentences are
    split with a small regex (end punctuation then a capital or quote, or a line break): the
    checker must not depend on the NLP stack it is judging.

The free-text ``must_not`` list is documentation; only ``must_not_checks`` is checked. A page
whose expected file predates ``must_not_checks`` may have a companion ``NAME.must_not.json``
(``{"must_not_checks": [...]}``) that :func:`check_file` merges in.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from sitrep.models import EVENT_TYPES

__all__ = ["Failure", "check", "check_file", "load_expected", "names_match", "haversine_km"]

JSON = Mapping[str, Any]

DEFAULT_TOLERANCE_KM = 15.0
_TYPE_OF = {sub: kind for kind, subs in EVENT_TYPES.items() for sub in subs}
_PRECISION_RANK = {"day": 0, "week": 1, "range": 2, "month": 3, "year": 4}
_STOPWORDS = frozenset(
    re.findall(
        r"\w+",
        "the and from with near into onto that this those these were have their there they them "
        "some over under around about across",
    )
)


@dataclass(frozen=True)
class Failure:
    """One unmet requirement: which one (a dotted path into the expected file) and why."""

    requirement: str
    detail: str


# --------------------------------------------------------------------------- small helpers


def _norm(value: object) -> str:
    return " ".join(str(value).split()).casefold() if value is not None else ""


def _variants(name: str) -> set[str]:
    name = re.sub(r"[\-'’`ʿʾ]+", " ", _norm(name))
    name = " ".join(name.split())
    out = {name}
    match = re.fullmatch(r"(.*?)\s*\((.*)\)\s*", name)
    if match:
        out.update(part.strip() for part in match.groups() if part.strip())
    return out


def names_match(a: str | None, b: str | None) -> bool:
    """Whether two actor names match, allowing a parenthesised alias on either side."""
    if not a or not b:
        return False
    return bool(_variants(a) & _variants(b))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (mean Earth radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _get(obj: object, *keys: str) -> Any:
    """Nested ``.get`` that tolerates None and non-dict values on the way."""
    for key in keys:
        if not isinstance(obj, Mapping):
            return None
        obj = obj.get(key)
    return obj


def _content_words(text: str) -> set[str]:
    """Four-letter stems of the content words: a crude stemmer, so Turkish/Turkey meet."""
    return {w[:4] for w in re.findall(r"[a-z]{4,}", _norm(text)) if w not in _STOPWORDS}


def _loose_text_match(expected: str, got: Iterable[str | None]) -> bool:
    exp = _norm(expected)
    for value in got:
        if not value:
            continue
        val = _norm(value)
        if exp in val or val in exp or _content_words(exp) & _content_words(val):
            return True
    return False


def _count_value(count: object, key: str) -> Any:
    value = _get(count, key)
    return _get(count, "best") if value is None else value


# --------------------------------------------------------------------------- report and actors


def _compare_published(expected: str, got: object) -> str | None:
    if got is None:
        return "no published date in output"
    if len(expected.strip()) == 10:
        ok = _date(got) == _date(expected)
    else:
        try:
            exp = dt.datetime.fromisoformat(expected)
            out = dt.datetime.fromisoformat(str(got))
        except ValueError:
            return f"cannot parse {got!r}"
        if exp.tzinfo is None or out.tzinfo is None:
            exp, out = exp.replace(tzinfo=None), out.replace(tzinfo=None)
        ok = exp.replace(microsecond=0) == out.replace(microsecond=0)
    return None if ok else f"expected {expected}, got {got}"


def _check_report(output: JSON, report: JSON) -> list[Failure]:
    failures: list[Failure] = []
    if "title" in report and _norm(report["title"]) != _norm(output.get("title")):
        failures.append(
            Failure("report.title", f"expected {report['title']!r}, got {output.get('title')!r}")
        )
    if "published" in report:
        problem = _compare_published(str(report["published"]), output.get("published"))
        if problem:
            failures.append(Failure("report.published", problem))
    if "language" in report and _norm(report["language"]) != _norm(output.get("language")):
        failures.append(
            Failure(
                "report.language", f"expected {report['language']}, got {output.get('language')}"
            )
        )
    body = _norm(output.get("text") or "")
    for i, bad in enumerate(report.get("body_must_not_contain", [])):
        if _norm(bad) in body:
            failures.append(Failure(f"report.body_must_not_contain[{i}]", f"text contains {bad!r}"))
    related = output.get("related") or []
    for i, want in enumerate(report.get("related_must", [])):
        if not any(_related_matches(want, got) for got in related):
            failures.append(
                Failure(f"report.related_must[{i}]", f"no related item matches {dict(want)}")
            )
    sources = [str(s) for s in output.get("sources") or []]
    for i, source in enumerate(report.get("attributed_sources_must", [])):
        if not any(names_match(source, s) for s in sources):
            failures.append(
                Failure(
                    f"report.attributed_sources_must[{i}]",
                    f"{source!r} not in sources {sources}",
                )
            )
    return failures


def _related_matches(want: JSON, got: JSON) -> bool:
    for key in ("id", "title", "url"):
        if key not in want:
            continue
        exp, out = _norm(want[key]), _norm(got.get(key))
        if key == "url":
            exp, out = exp.rstrip("/"), out.rstrip("/")
        if exp != out:
            return False
    return True


def _check_actors(output: JSON, actors: JSON) -> list[Failure]:
    failures: list[Failure] = []
    out_actors: list[JSON] = list(output.get("actors") or [])
    for canonical, spec in actors.items():
        req = f"actors[{canonical}]"
        named = [a for a in out_actors if names_match(canonical, a.get("name"))]
        if not named:
            have = [a.get("name") for a in out_actors]
            failures.append(Failure(req, f"no output actor named like it; actors are {have}"))
            continue
        inter = spec.get("inter")
        same = [a for a in named if inter is None or a.get("inter") == inter]
        if not same:
            got = sorted({str(a.get("inter")) for a in named})
            failures.append(Failure(f"{req}.inter", f"expected {inter}, got {', '.join(got)}"))
            continue
        texts = [_norm(m.get("text")) for a in same for m in a.get("mentions") or []]
        for surface in spec.get("mentions_must_resolve", []):
            if not any(_norm(surface) in t for t in texts):
                failures.append(
                    Failure(
                        f"{req}.mentions_must_resolve",
                        f"{surface!r} is not among its mentions",
                    )
                )
    return failures


# --------------------------------------------------------------------------- events


def _event_dates(event: JSON) -> tuple[dt.date | None, dt.date | None]:
    start = _date(event.get("date"))
    end = _date(event.get("date_end")) or start
    return start, end


def _date_failures(item: JSON, event: JSON) -> list[str]:
    start, end = _event_dates(event)
    if "date" in item and item["date"]:
        want = _date(item["date"])
        if start != want:
            return [f"date: expected {want}, got {start}"]
    if "date_range" in item:
        lo, hi = (_date(d) for d in item["date_range"])
        if start is None or end is None or lo is None or hi is None or end < lo or start > hi:
            return [f"date: {start}..{end} does not overlap {lo}..{hi}"]
    return []


def _toll_failures(toll: JSON, event: JSON) -> list[str]:
    fat, inj = event.get("fatalities"), event.get("injured")
    pairs: list[tuple[str, Any]] = [
        ("civilians_killed_low", _get(fat, "civilians")),
        ("combatants_killed_low", _get(fat, "combatants")),
        ("killed_total_low", _count_value(fat, "low")),
        ("killed_total_high", _count_value(fat, "high")),
        ("killed_best", _get(fat, "best")),
        ("injured_low", _count_value(inj, "low")),
    ]
    return [
        f"toll.{key}: expected {toll[key]}, got {got}"
        for key, got in pairs
        if toll.get(key) is not None and got != toll[key]
    ]


def _location_failures(want: JSON, event: JSON) -> list[str]:
    loc = event.get("location") or {}
    lat, lon = want.get("lat"), want.get("lon")
    if lat is not None and lon is not None:
        if loc.get("lat") is None or loc.get("lon") is None:
            return [f"location: no coordinates (name {loc.get('name')!r})"]
        tol = float(want.get("tolerance_km", DEFAULT_TOLERANCE_KM))
        km = haversine_km(lat, lon, loc["lat"], loc["lon"])
        if km > tol:
            return [f"location: {loc.get('name')!r} is {km:.0f} km away (tolerance {tol:.0f})"]
        return []
    if want.get("country") and _norm(want["country"]) != _norm(loc.get("country")):
        return [f"location: country expected {want['country']}, got {loc.get('country')}"]
    return []


def _event_failures(item: JSON, event: JSON) -> list[str]:
    """Every sub-requirement of ``item`` that ``event`` misses, as 'name: detail' strings."""
    fails: list[str] = []
    if "event_type" in item:
        main = (item["event_type"], item.get("sub_event_type"))
        alts = item.get("also_acceptable_sub_event_types", [])
        pairs = {main, (_TYPE_OF.get(main[1] or "", main[0]), main[1])}
        pairs |= {(_TYPE_OF.get(alt, main[0]), alt) for alt in alts}
        got = (event.get("event_type"), event.get("sub_event_type"))
        if got[0] not in {t for t, _ in pairs}:
            fails.append(f"type: expected {item['event_type']}, got {got[0]}")
        elif main[1] is not None and got not in pairs:
            wanted = [s for _, s in pairs]
            fails.append(f"sub_type: expected one of {wanted}, got {got[1]}")
    fails += _date_failures(item, event)
    if "date_precision_at_least" in item:
        want_rank = _PRECISION_RANK.get(item["date_precision_at_least"], 0)
        if _PRECISION_RANK.get(str(event.get("date_precision")), 99) > want_rank:
            fails.append(
                f"date_precision: expected {item['date_precision_at_least']} or finer, "
                f"got {event.get('date_precision')}"
            )
    sides = [event.get("actor1"), event.get("actor2"), *(event.get("assoc_actors") or [])]
    names = [_get(a, "name") for a in sides if a]
    for actor in item.get("actors", []):
        if not any(names_match(actor, n) for n in names):
            fails.append(f"actors: {actor!r} not among {names}")
    if "location" in item:
        fails += _location_failures(item["location"], event)
    if item.get("weapons_any"):
        weapons = [_norm(w) for w in event.get("weapons") or []]
        if not any(_norm(w) in got for w in item["weapons_any"] for got in weapons):
            fails.append(f"weapons_any: none of {item['weapons_any']} in {weapons}")
    if item.get("toll"):
        fails += _toll_failures(item["toll"], event)
    if item.get("source") and not names_match(item["source"], event.get("source")):
        fails.append(f"source: expected {item['source']!r}, got {event.get('source')!r}")
    if item.get("certainty") and item["certainty"] != event.get("certainty"):
        fails.append(f"certainty: expected {item['certainty']}, got {event.get('certainty')}")
    return fails


def _max_matching(ok: Sequence[Sequence[int]], n_right: int) -> dict[int, int]:
    """Kuhn's augmenting paths: item index -> output index; inputs are a dozen items at most."""
    owner: list[int | None] = [None] * n_right

    def augment(item: int, seen: set[int]) -> bool:
        for j in ok[item]:
            if j in seen:
                continue
            seen.add(j)
            holder = owner[j]
            if holder is None or augment(holder, seen):
                owner[j] = item
                return True
        return False

    for item in range(len(ok)):
        augment(item, set())
    return {item: j for j, item in enumerate(owner) if item is not None}


def _match_items(
    label: str,
    items: Sequence[tuple[int, JSON]],
    outputs: Sequence[JSON],
    failures_of: Callable[[JSON, JSON], list[str]],
) -> list[Failure]:
    """Give each item a distinct output meeting all its sub-requirements, else report why not."""
    fails = [[failures_of(item, out) for out in outputs] for _, item in items]
    ok = [[j for j, f in enumerate(row) if not f] for row in fails]
    assigned = _max_matching(ok, len(outputs))
    free = set(range(len(outputs))) - set(assigned.values())
    failures: list[Failure] = []
    for k, (index, item) in enumerate(items):
        if k in assigned:
            continue
        what = f" ({item['what']})" if item.get("what") else ""
        pool = sorted(free) or list(range(len(outputs)))
        if not pool:
            failures.append(Failure(f"{label}[{index}]", f"no output at all{what}"))
            continue
        best = min(pool, key=lambda j: len(fails[k][j]))
        free.discard(best)
        if not fails[k][best]:
            detail = f"the outputs meeting it are all matched to other items{what}"
            failures.append(Failure(f"{label}[{index}]", detail))
        for problem in fails[k][best]:
            name, _, detail = problem.partition(": ")
            failures.append(
                Failure(f"{label}[{index}].{name}", f"{detail} (closest: #{best}){what}")
            )
    return failures


def _check_events(output: JSON, items: Sequence[JSON]) -> list[Failure]:
    events: list[JSON] = list(output.get("events") or [])
    own = [(i, it) for i, it in enumerate(items) if "event_type" in it]
    failures = _match_items("events_must", own, events, _event_failures)
    for i, item in enumerate(items):
        if "event_type" in item:
            continue
        if not any(not _event_failures(item, e) for e in events):
            best = min(events, key=lambda e: len(_event_failures(item, e)), default=None)
            detail = "; ".join(_event_failures(item, best)) if best else "no events"
            failures.append(Failure(f"events_must[{i}].toll", f"no event carries it: {detail}"))
    return failures


# --------------------------------------------------------------------------- displacement, hedges


def _displacement_failures(item: JSON, entry: JSON) -> list[str]:
    fails: list[str] = []
    count = entry.get("count")
    for key, field in (("count_low", "low"), ("count_high", "high")):
        if item.get(key) is not None:
            got = _count_value(count, field)
            if got != item[key]:
                fails.append(f"{key}: expected {item[key]}, got {got}")
    if item.get("certainty") and item["certainty"] != entry.get("certainty"):
        fails.append(f"certainty: expected {item['certainty']!r}, got {entry.get('certainty')!r}")
    if item.get("source") and not names_match(item["source"], entry.get("source")):
        fails.append(f"source: expected {item['source']!r}, got {entry.get('source')!r}")
    if item.get("who") and not _loose_text_match(item["who"], [entry.get("who")]):
        fails.append(f"who: {item['who']!r} vs {entry.get('who')!r}")
    if item.get("where"):
        wheres = [entry.get("where"), _get(entry, "location", "name")]
        if not _loose_text_match(item["where"], wheres):
            fails.append(f"where: {item['where']!r} vs {wheres}")
    return fails


def _check_certainty(output: JSON, items: Sequence[JSON]) -> list[Failure]:
    failures: list[Failure] = []
    hedges: list[JSON] = list(output.get("hedges") or [])
    for i, item in enumerate(items):
        want = _norm(item["text"])
        found = False
        for hedge in hedges:
            text = _norm(hedge.get("text"))
            short = min(len(text), len(want))
            if (
                hedge.get("label") == item["label"]
                and short >= 4
                and (text in want or want in text)
            ):
                found = True
                break
        if not found:
            have = [(h.get("text"), h.get("label")) for h in hedges]
            failures.append(
                Failure(
                    f"certainty_must[{i}]",
                    f"no hedge {item['text']!r} labelled {item['label']!r}; hedges are {have}",
                )
            )
    return failures


# --------------------------------------------------------------------------- must_not_checks

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n|\n")


def _sentence_span(text: str, needle: str) -> tuple[int, int] | None:
    pos = text.casefold().find(needle.casefold())
    if pos < 0:
        return None
    start, end = 0, len(text)
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos + len(needle):
            end = m.start()
            break
    return start, end


def _fold(name: str) -> str:
    return re.sub(r"[\s\-'’`ʿʾ]+", " ", _norm(name)).strip()


def _all_evidence(output: JSON) -> list[tuple[str, JSON]]:
    out: list[tuple[str, JSON]] = []
    for i, event in enumerate(output.get("events") or []):
        out += [(f"events[{i}]", ev) for ev in event.get("evidence") or []]
    for i, disp in enumerate(output.get("displacement") or []):
        out += [(f"displacement[{i}]", ev) for ev in disp.get("evidence") or []]
    return out


def _covers(event: JSON, day: dt.date) -> bool:
    start, end = _event_dates(event)
    return start is not None and end is not None and start <= day <= end


def _must_not(output: JSON, index: int, rule: JSON) -> list[Failure]:
    kind = rule.get("kind", "")
    req = f"must_not_checks[{index}].{kind}"
    events: list[JSON] = list(output.get("events") or [])
    bad: list[str] = []
    if kind == "no_event_on_date":
        day = _date(rule["date"])
        bad = [f"event #{i} covers {day}" for i, e in enumerate(events) if day and _covers(e, day)]
    elif kind == "no_location_named":
        names = {_norm(n) for n in rule["names"]}
        located = [("event", e.get("location")) for e in events]
        located += [("displacement", d.get("location")) for d in output.get("displacement") or []]
        for what, loc in located:
            if loc and _norm(loc.get("name")) in names:
                bad.append(f"{what} location {loc.get('name')!r}")
        for place in output.get("places") or []:
            if place.get("nested"):
                continue
            if {_norm(place.get("text")), _norm(place.get("name"))} & names:
                bad.append(f"place mention {place.get('text')!r} at {place.get('start')}")
    elif kind == "no_event_at_place":
        targets = [_fold(n) for n in rule["names"]]
        for i, e in enumerate(events):
            cands = [_get(e, "location", "name")]
            cands += [
                ev.get("text") for ev in e.get("evidence") or [] if ev.get("field") == "location"
            ]
            for cand in filter(None, cands):
                if any(fuzz.ratio(_fold(cand), t) >= 85 for t in targets):
                    bad.append(f"event #{i} at {cand!r}")
                    break
    elif kind == "max_events":
        if len(events) > int(rule["n"]):
            bad.append(f"{len(events)} events, at most {rule['n']} allowed")
    elif kind == "max_total_fatalities":
        total = 0
        for e in events:
            value = _get(e, "fatalities", "best")
            value = _get(e, "fatalities", "low") if value is None else value
            total += int(value or 0)
        if total > int(rule["n"]):
            bad.append(f"events sum to {total} fatalities, at most {rule['n']} on the page")
    elif kind == "no_evidence_containing":
        texts = [_norm(t) for t in rule["texts"]]
        for where, ev in _all_evidence(output):
            hit = next((t for t in texts if t in _norm(ev.get("text"))), None)
            if hit:
                bad.append(f"{where} evidence {ev.get('field')!r} contains {hit!r}")
    elif kind == "no_event_with_sub_type":
        day = _date(rule.get("date"))
        for i, e in enumerate(events):
            if e.get("sub_event_type") == rule["sub_event_type"] and (
                day is None or _covers(e, day)
            ):
                bad.append(f"event #{i} is {rule['sub_event_type']} on {e.get('date')}")
    elif kind == "no_evidence_only_from":
        text = str(output.get("text") or "")
        for needle in rule["texts"]:
            span = _sentence_span(text, needle)
            if span is None:
                bad.append(f"cannot find {needle!r} in the output text to check it")
                continue
            lo, hi = span
            sentence = _norm(text[lo:hi])
            for i, e in enumerate(events):
                evidence = e.get("evidence") or []
                if evidence and all(_inside(ev, lo, hi, sentence) for ev in evidence):
                    bad.append(f"event #{i} rests only on the sentence with {needle!r}")
    else:
        bad.append(f"unknown check kind {kind!r}")
    return [Failure(req, detail) for detail in bad]


def _inside(evidence: JSON, lo: int, hi: int, sentence: str) -> bool:
    start, end = evidence.get("start"), evidence.get("end")
    if isinstance(start, int) and isinstance(end, int):
        return lo <= start and end <= hi
    return _norm(evidence.get("text")) in sentence


# --------------------------------------------------------------------------- entry points


def check(output: JSON, expected: JSON) -> list[Failure]:
    """All requirements of ``expected`` that the ``sitrep extract`` object ``output`` misses."""
    if output.get("error"):
        return [Failure("output", f"extraction failed: {output['error']}")]
    failures = _check_report(output, expected.get("report", {}))
    failures += _check_actors(output, expected.get("actors", {}))
    failures += _check_events(output, expected.get("events_must", []))
    displacement = list(output.get("displacement") or [])
    items = list(enumerate(expected.get("displacement_must", [])))
    failures += _match_items("displacement_must", items, displacement, _displacement_failures)
    failures += _check_certainty(output, expected.get("certainty_must", []))
    for i, rule in enumerate(expected.get("must_not_checks", [])):
        failures += _must_not(output, i, rule)
    return failures


def load_expected(expected_path: str | Path, companion: str | Path | None = None) -> dict[str, Any]:
    """Read an expected coding, merging its ``must_not_checks`` companion when there is one.

    The companion is ``companion`` when given, else ``NAME.must_not.json`` beside the file.
    """
    path = Path(expected_path)
    expected: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    stem = path.name.removesuffix(".expected.json")
    companion = Path(companion) if companion else path.with_name(f"{stem}.must_not.json")
    if companion.is_file():
        extra = json.loads(companion.read_text(encoding="utf-8"))
        expected["must_not_checks"] = [
            *expected.get("must_not_checks", []),
            *extra.get("must_not_checks", []),
        ]
    return expected


def _load_output(source: str | Path, title: str | None) -> JSON:
    raw = Path(source).read_text(encoding="utf-8")
    try:
        whole = json.loads(raw)
    except json.JSONDecodeError:
        whole = None
    if isinstance(whole, Mapping):
        return dict(whole)
    objects = [json.loads(line) for line in raw.splitlines() if line.strip()]
    if len(objects) == 1:
        return dict(objects[0])
    titled = [o for o in objects if title is not None and _norm(o.get("title")) == _norm(title)]
    if len(titled) == 1:
        return dict(titled[0])
    raise ValueError(f"{source}: {len(objects)} objects and none singled out by title {title!r}")


def check_file(
    output_path_or_obj: str | Path | JSON,
    expected_path: str | Path,
    companion: str | Path | None = None,
) -> list[Failure]:
    """:func:`check` from files: the output is a dict or a JSON(L) file (picked by title)."""
    expected = load_expected(expected_path, companion)
    if isinstance(output_path_or_obj, Mapping):
        output: JSON = output_path_or_obj
    else:
        output = _load_output(output_path_or_obj, _get(expected, "report", "title"))
    return check(output, expected)
