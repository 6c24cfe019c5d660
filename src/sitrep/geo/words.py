"""The word lists and context patterns toponym detection reads: data, kept apart from the
detection logic in :mod:`.toponyms` so each can be read (and changed) on its own."""

from __future__ import annotations

import re
from functools import lru_cache

from ..nlp.loader import DEFAULT_MODEL
from .build import data_path

__all__ = [
    "STOPWORDS",
    "abbreviations",
    "common_words",
    "english_words",
    "is_english",
    "section_label",
]

#: Capitalised words that the gazetteer knows as some hamlet but news uses otherwise.
STOPWORDS = frozenset(
    [
        # compass adjectives alone ("IRAN'S SOUTHEASTERN PROVINCE"): no place, whatever an
        # alias says (Oman's Janub ash Sharqiyah is "Southeastern")
        "northern",
        "southern",
        "eastern",
        "western",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "islamic",
        "observatory",
        "daily",
        "express",
        "free",
        "army",
        "saturday",
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "mark",
        "will",
        "bar",
        "police",
        "state",
        "states",
        "republic",
        "government",
        "president",
        "minister",
        "news",
        "video",
        "reuters",
        "associated",
        "press",
        "afp",
        "ap",
        "times",
        "post",
        "herald",
        "council",
        "university",
        "national",
        "international",
        "united",
        "union",
        "federal",
        "central",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "middle",
        "new",
        "old",
        "great",
        "little",
        "city",
        "town",
        "village",
        "county",
        "province",
        "district",
        "region",
        "street",
        "road",
        "avenue",
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "for",
        "to",
        "by",
        "with",
        "from",
        "this",
        "that",
        "these",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "god",
        "allah",
        "isis",
        "isil",
        "daesh",
        "islam",
        "muslim",
        "christian",
        "arab",
        "arabs",
        "kurds",
        "kurdish",
        "rebels",
        "rebel",
        "forces",
        "force",
        "party",
        "front",
        "brigade",
        "office",
        "department",
        "court",
        "hospital",
        "school",
        "church",
        "mosque",
        "center",
        "centre",
        "king",
        "queen",
        "prince",
        "general",
        "colonel",
        "captain",
        "sheriff",
        "officer",
        "chief",
        "commander",
        "deputy",
        "governor",
        "mayor",
        "senator",
        "congress",
        "senate",
        "house",
        "white",
        "black",
        "green",
        "red",
        "blue",
        "english",
        "french",
        "spanish",
        "arabic",
        "media",
        "social",
        "human",
        "rights",
        "watch",
        "world",
        "early",
        "late",
        "last",
        "breaking",
        "update",
        "live",
        "photo",
        "photos",
        "us",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "am",
        "pm",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "sgt",
        "col",
        "capt",
        "way",
        "highway",
        "drive",
        "parkway",
        "boulevard",
        "lane",
        "gulf",
        "christmas",
        "easter",
        "leader",
        "manager",
        "metro",
        "airport",
        "commerce",
        "forest",
        "lake",
        "bridge",
        "hall",
        "main",
        "royal",
        "titan",
    ]
)
_ORG_HEADS = frozenset(
    [
        "university",
        "observatory",
        "army",
        "police",
        "ministry",
        "council",
        "party",
        "front",
        "forces",
        "force",
        "brigade",
        "brigades",
        "movement",
        "company",
        "news",
        "times",
        "agency",
        "committee",
        "government",
        "court",
        "hospital",
        "school",
        "college",
        "institute",
        "club",
        "fc",
        "airlines",
        "airways",
        "bank",
        "corporation",
        "post",
        "tribune",
        "herald",
        "daily",
        "express",
        "guard",
        "guards",
        "command",
        "commission",
        "authority",
        "department",
        "office",
        "network",
        "channel",
        "tv",
        "radio",
        "press",
        "journal",
        "union",
        "federation",
        "league",
        "association",
        "organisation",
        "organization",
        "defence",  # "the Syria Civil Defence"
        "defense",
        "crescent",  # "the Sudanese Red Crescent"
        "cross",
        "observers",
    ]
)
_NESTED_AFTER = frozenset(
    [
        "dollars",  # "100,000 US dollars"
        "dollar",
        "police",
        "university",
        "government",
        "officials",
        "official",
        "authorities",
        "council",
        "ministry",
        "army",
        "forces",
        "military",
        "club",
        "fc",
        "times",
        "post",
        "herald",
        "tribune",
        "news",
        "daily",
        "airlines",
        "airways",
        "governor",
        "deputy",  # "the Middle Shabelle deputy governor told Reuters"
        "mayor",
        "chief",
    ]
)
#: "according to the Arauca ombudsman's office", "the Kandahar prosecutor said": an office
#: named by its seat, whatever the words before say
_OFFICE_AFTER = frozenset(
    ["ombudsman", "prosecutor", "prosecutors", "spokesman", "spokeswoman", "commissioner"]
)
_STREET = frozenset(
    [
        "street",
        "streets",
        "roads",
        "avenues",
        "drives",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "drive",
        "dr",
        "way",
        "lane",
        "ln",
        "boulevard",
        "blvd",
        "highway",
        "hwy",
        "parkway",
        "court",
        "ct",
        "place",
        "square",
        "circle",
        "terrace",
        "trail",
    ]
)
#: Capitalised heads of facility and feature names ("Woodfield Shopping Center", "Grand View
#: Mausoleum", "Greenbrier River"): a town name before one names the facility, not the town.
_FACILITY_AFTER = frozenset(
    ["Center", "Centre", "Mall", "Museum", "Abbey", "Academy", "Park", "Forest", "Wilderness",
     "Hills", "Mountains", "Mountain", "Valley", "College", "Garden", "Gardens", "Zoo",
     "Laboratories", "Cartel", "Conference", "Building", "Mausoleum", "Cemetery", "Church",
     "Hotel", "Stadium", "Arena", "Apartments", "Shopping", "Plaza", "Memorial", "Ranch",
     "River", "Lake", "Creek", "Trade", "Construction", "Foods", "Elementary", "Cathedral",
     "Chapel", "Theatre", "Theater", "Reservoir", "Dam", "Island", "Islands", "Bay", "Canyon",
     "Swannery", "Conservation", "Wildlife", "Refuge", "Estates", "Manor", "Farm", "Farms",
     "Green", "Masjid", "Mandir", "Gurdwara", "Dargah", "Madrasa", "Madrassa", "Imambargah",
     "Temple", "Shrine", "Monastery", "Pagoda"]
)  # fmt: skip
_CONNECTORS = frozenset(
    [
        "al",
        "el",
        "ad",
        "as",
        "ash",
        "ar",
        "an",
        "at",
        "az",
        "ez",
        "es",
        "ed",
        "en",
        "et",
        "de",
        "del",
        "da",
        "do",
        "dos",
        "du",
        "des",
        "la",
        "le",
        # French: "Port-au-Prince", "Boulogne-sur-Mer"
        "au",
        "aux",
        "sur",
        # Persian ezafe in hyphenated names: "Dasht-e Barchi", "Mazar-i-Sharif"
        "e",
        "i",
        "ye",
        "of",
    ]
)
_ADMIN_AFTER = re.compile(
    r"^\s*(?:province|governorate|district|region|state|oblast|county|prefecture|department|"
    r"LGA|local government area|woreda|upazila|tehsil|municipality|commune|township|cercle|raion|rayon|payam|sub-county|"
    r"parish)\b",
    re.IGNORECASE,
)
_LABEL_AFTER = re.compile(
    r"(?:\s+(?:oblast|region|province|state|governorate|district|county|prefecture))?\s*:\s",
    re.IGNORECASE,
)


def section_label(text: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` labels a situation report's section: at the start
    of a line, before a colon ("Tigray: Partners report ...", "Kharkiv oblast: On 15 ...")."""
    return (
        _LABEL_AFTER.match(text, end) is not None
        and not text[:start].strip(" \t")[-1:].strip()  # the start of the text or of a line
    )


_ADMIN_BEFORE = re.compile(
    r"\b(?:province|governorate|district|region|state|oblast|county) of\s+$", re.IGNORECASE
)
_POPULATED_BEFORE = re.compile(
    r"\b(?:town|towns|village|villages|city|cities|hamlet|suburb|district|neighbourhood|"
    r"neighborhood|camp) (?:of\s+)?$|\b(?:town|village|city),\s+$",
    re.IGNORECASE,
)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|outside|at|from|into|across|through|around|toward|towards|of|to|between|"
    r"outskirts of|north of|south of|east of|west of|(?:north|south|east|west)ern)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# "of 1935 Orchard St., Alexandria,": local news gives a street address, then its town
_ADDRESS_BEFORE = re.compile(
    r"\b\d+\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Ln|Lane|Blvd|"
    r"Boulevard|Hwy|Highway|Ct|Court|Way|Pl|Place|Pkwy|Parkway|Cir|Circle|Ter|Terrace)\.?,\s+$"
)
# "Alexandria woman charged", "a Richmond man": a person from the place, said by its name
_RESIDENT_AFTER = re.compile(
    r"\s+(?:man|woman|resident|native|teen|teenager|boy|girl|couple)\b(?!['’-])"
)
_WEAPONS_AFTER = frozenset(
    [
        "rocket",
        "rockets",
        "missile",
        "missiles",
        "launcher",
        "launchers",
        "drone",
        "drones",
        "helicopter",
        "helicopters",
        "jet",
        "jets",
        "rifle",
        "rifles",
        "tank",
        "tanks",
        "howitzer",
        "howitzers",
        "mortars",
    ]
)
#: Titles before a person's name.
_TITLES = frozenset(
    ["Mr", "Mrs", "Ms", "Miss", "Dr", "Sen", "Rep", "Gov", "Judge", "Officer", "Sgt", "Capt",
     "Lt", "Det", "Deputy", "Sheriff", "Coach", "Rev", "Father", "Sister", "Brother", "Prof",
     "President", "Mayor", "Commissioner", "Councilman", "Councilwoman", "Trooper", "Cpl",
     "Pvt", "Gen", "Col", "Maj", "Minister", "Senator", "Representative", "Governor",
     "General", "Colonel", "Captain", "Commander", "Lieutenant", "Sergeant", "Imam", "Emir",
     "Spokesman", "Spokeswoman", "Secretary", "Chairman", "Leader", "Cleric"]
)  # fmt: skip
#: Capitalised first words of Arabic place names: what follows them is not a name of its own.
_NAME_HEADS = frozenset(
    ["Abu", "Ain", "Ayn", "Bab", "Beit", "Bayt", "Bir", "Deir", "Dayr", "Jabal", "Jebel",
     "Kafr", "Khan", "Ras", "Tal", "Tell", "Tall", "Umm", "Wadi", "Sheikh", "Qasr", "Jisr"]
)  # fmt: skip
#: Heads of organisation names whose complement holds other words: "Front for Change and
#: Concord", "Council of Europe": a place inside such a name is part of the name.
_ORG_FOR_HEADS = _ORG_HEADS | frozenset(
    ["alliance", "coalition", "congress", "assembly", "convention", "rally", "resistance",
     "group", "organisation", "organization", "bloc", "platform", "federation", "army", "forces"]
)  # fmt: skip
#: Lower-case words an organisation's complement may hold between its capitalised words.
_ORG_GLUE = frozenset(["for", "of", "and", "the", "&", "de", "du", "des", "pour", "et", "la", "le"])
#: Arabic articles that glue a name's parts with a hyphen ("Tal as-Sultan", "Deir al-Balah").
_ARTICLES = frozenset(
    ["al", "el", "ad", "as", "ash", "ar", "an", "at", "az", "ez", "es", "ed", "en", "et", "ul"]
)
_SPEECH = frozenset(["said", "says", "told", "added", "testified", "wrote", "explained"])


_QUALIFIER_GAP = re.compile(r"^,\s*$")
_PAREN_BEFORE = re.compile(r"\w\s*\(\s*$|\(\s*[^()]{1,60},\s*$")
_PAREN_AFTER = re.compile(r"\s*\(([^()]{2,80})\)")


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, tuple[str, str | None, bool]]:
    """Surface -> (iso2, admin1 name or None, needs "Town, " before) from ``abbreviations.tsv``."""
    out: dict[str, tuple[str, str | None, bool]] = {}
    with data_path("abbreviations.tsv").open(encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(parts) != 4:
                continue
            out[parts[0]] = (parts[1], parts[2] or None, parts[3] == "1")
    return out


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case English words that are never a toponym on their own (``common_words.txt``)."""
    with data_path("common_words.txt").open(encoding="utf-8") as f:
        return frozenset(w.strip() for w in f if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def _abbrev_re() -> re.Pattern[str]:
    alts = sorted(abbreviations(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w])")


_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
             ("ing", "e"), ("ers", ""), ("er", ""))  # fmt: skip


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English words: WordNet's lemmas and irregular forms, from the lemmatizer
    tables the spaCy model ships (no download, no extra package).

    They tell an all-capitals "RAID" or a name part "Square" from an unknown name part
    "Burgha". WordNet also lists famous places ("kabul"); the rules that read this list let big
    places through on their own evidence. Empty when the model's tables are missing.
    """
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    try:
        root = get_package_path(DEFAULT_MODEL)
    except Exception:  # noqa: BLE001 - a missing model only weakens a heuristic
        return frozenset()
    out: set[str] = set()
    for path in root.glob("*/lemmatizer/lookups"):
        lookups = Lookups().from_disk(path)
        for table in ("lemma_index", "lemma_exc"):
            if not lookups.has_table(table):
                continue
            for words in lookups.get_table(table).values():
                if table == "lemma_index":
                    out.update(w for w in words if w.isalpha())
                else:
                    out.update(k for k in words if isinstance(k, str) and k.isalpha())
        break
    return frozenset(out)


def is_english(word: str) -> bool:
    """Whether ``word`` (any case) is an English word or a regular inflection of one."""
    low = word.lower()
    words = english_words()
    if low in words or low in STOPWORDS:
        return True
    return any(
        low.endswith(suf) and len(low) - len(suf) >= 3 and low[: -len(suf)] + rep in words
        for suf, rep in _SUFFIXES
    )


# "Narathiwat's Rueso district": the first name holds a division, so it is a province (or
# larger), not the town that shares its name
_CONTAINS_DIVISION = re.compile(
    r"['’]s\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:district|province|region|county|governorate|township|"
    r"municipality|territory|prefecture|department)\b"
)


#: heads of Arabic place and person names ("Abu Shouk", "Umm Ruwaba", "Deir Hafer"): alone
#: before another capitalised word they are the first word of a name the gazetteer lacks
_NAME_PREFIXES = frozenset(
    ["abu", "umm", "bir", "beit", "bayt", "deir", "dayr", "kafr", "ain", "ayn", "wadi", "jebel",
     "jabal", "ras", "sidi", "bin", "ben", "sheikh", "shaykh", "qasr", "khirbet", "tell", "tal"]
)  # fmt: skip
_OWNS_SITE = re.compile(
    r"['’]s\s+(?:[A-Z][\w'’-]+\s+){0,3}(?:road|street|avenue|district|neighbourhood|neighborhood|"
    r"airport|port|market|outskirts|suburbs?|old city|city centre|central prison|main road|"
    r"province|region|governorate|state|county|border)\b",
    re.I,
)
_GOVERNMENT_VERBS = frozenset(
    ["denied", "denies", "said", "says", "accused", "accuses", "blamed", "blames", "claimed",
     "claims", "insisted", "insists", "warned", "warns", "responded", "retaliated", "rejected",
     # "since Washington began its campaign", "after Moscow launched its invasion"
     "began", "begins", "launched", "launches", "imposed", "imposes", "ordered", "orders",
     "announced", "announces", "condemned", "condemns", "vowed", "vows", "threatened",
     "threatens", "urged", "urges", "demanded", "demands", "recalled", "expelled", "sanctioned"]
)  # fmt: skip
#: a capital standing for its government: "Moscow's defence ministry said", "deepens ties with
#: Moscow", "an agreement with the government in Damascus": no event happened in the capital
_GOVERNMENT_OWNS = re.compile(
    r"['’]s\s+(?:(?:defen[cs]e|foreign|interior)\s+ministry|government|forces|troops|army|"
    r"military|invasion|war|allies|ally|officials|envoy|embassy|backing|ties)\b",
    re.I,
)
_GOVERNMENT_BEFORE = re.compile(
    r"\b(?:(?:ties|relations|talks|cooperation|alliance)\s+with|"
    r"(?:government|authorities|rulers|leadership|regime)\s+in)\s+$",
    re.I,
)
#: "treated at Al-Thawra hospital", "taken to Maiduguri teaching hospital": where the wounded
#: went, named after a town or not, is not where the event happened
_TO_HOSPITAL = re.compile(r"\b(?:to|at|in)\s+(?:the\s+)?$", re.I)
_HOSPITAL_AFTER = re.compile(
    r"\s+(?:(?:teaching|general|district|regional|central|military|referral|specialist)\s+)?"
    r"(?:hospital|clinic)\b",
    re.I,
)
#: "the former archbishop of Douala", "the emir of Kano": a title, not a place
_OFFICE_OF = re.compile(
    r"\b(?:arch)?bishops?\s+of\s+(?:the\s+)?$|\b(?:emir|sultan|king|imam|metropolitan|patriarch)s?"
    r"\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: lower-case heads of a named building or site: "the Makki mosque", "the Holiday Oceanview resort"
_BUILDING_HEADS = frozenset(
    ["mosque", "church", "cathedral", "resort", "hotel", "shrine", "temple", "monastery",
     "madrasa", "seminary", "synagogue", "basilica", "chapel"]
)  # fmt: skip

_GROUP_AFTER = frozenset(
    [
        "gang",
        "gangs",
        "cartel",
        "militia",
        "militias",
        "brigade",
        "brigades",
        "battalion",
        "faction",
    ]
)
#: people called after their region ("the Amhara students", "Tigray forces"): a name of the
#: people, not where they were, when the region itself is meant only as a first-level division
_PEOPLE_AFTER = frozenset(
    ["students", "people", "civilians", "farmers", "fighters", "forces", "militiamen", "youths",
     "men", "women", "community", "communities", "traders", "herders", "refugees", "migrants",
     "passengers", "workers", "families", "residents"]
)  # fmt: skip
_NAMED_QUARTER_OF = re.compile(
    r"\b[A-Z][\w'’-]+\s+(?:district|neighbou?rhood|quarter|area|sector) of\s+$"
)
_STREETS = frozenset(["streets", "roads", "avenues", "drives", "sts", "aves"])
