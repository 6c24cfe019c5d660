"""Whose weapons an event stopped or used, where the text says where they came from or the war
says whose they must be: "intercepted a drone launched from Iran", "shot down 25 of 30 drones
launched overnight at Kyiv" (Russia's, since the full invasion), "a drone hit an apartment block
in Moscow" (Ukraine's). Split from :mod:`.roles`, which calls these among its conventions; each
mutates the candidate in place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from .actors import country_code, state_forces
from .events import Candidate
from .implied import country_forces, event_country, implied_mention
from .kb import KnowledgeBase
from .lexicon import CIVILIAN_NOUNS

__all__ = ["FIRED_FROM_COUNTRY", "unnamed_insurgents", "war_doer", "whose_weapons"]

FIRED_FROM_COUNTRY = re.compile(
    r"\b(?:fired|launched)\s+from\s+(?:inside\s+|neighbou?ring\s+)?"
    r"(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b"
)
# since Russia's full invasion, what flies at or strikes one of the two is the other's
_WAR_THEATRES = {"UA": "RU", "RU": "UA"}
_WAR_BEGAN = dt.date(2022, 2, 24)
_ENEMY_NAMED = {
    "RU": re.compile(r"\b(?:Russia|Russian|Russians|Moscow|Kremlin)\b"),
    "UA": re.compile(r"\b(?:Ukraine|Ukrainian|Ukrainians|Kyiv|Kiev)\b"),
}
_AERIAL_WEAPONS = re.compile(
    r"\b(?:drones?|UAVs?|missiles?|rockets?|Shahed|Geran|Kalibr|Iskander|Kinzhal|Kh-\d+|Lancet|"
    r"Zircon)\b",
    re.I,
)
# where a state's launches come from a group (rockets from Gaza or Lebanon, drones from Yemen)
_GROUP_LAUNCH_SITES = {"YE", "LB", "PS", "SY", "IQ", "SO", "AF", "LY", "SD"}
# the enemy's name told of its people, not its state: "a Russian 5-year-old boy"
_PEOPLE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:\d+-year-old|"
    + "|".join(sorted(CIVILIAN_NOUNS, key=len, reverse=True))
    + r")\b",
    re.I,
)
#: what a war's enemy does to the people of the other side
_WAR_KINDS = ("Explosions/Remote violence", "Violence against civilians")
# who strikes from the air (and shells Gaza) where the local side has no air force: "An air
# strike on a house in Rafah", "A drone strike on a car near Tyre" are Israel's
_AIR_OWNERS = {"PS": "IL", "LB": "IL"}
# the Saudi-led coalition's air war in Yemen, from its first strikes to the April 2022 truce
# ("An air strike hit a school bus in Dahyan, Saada province"): the coalition's, not Yemen's
_COALITION_WAR = (dt.date(2015, 3, 26), dt.date(2022, 4, 2))
# groups only one state strikes from the air: "A drone strike hit a car near Sulaymaniyah,
# killing two PKK fighters ... Turkey did not comment" is Turkey's
_AIR_ENEMY_OF = {
    "Kurdistan Workers' Party": "TR",
    "People's Protection Units": "TR",
    "Syrian Democratic Forces": "TR",
    "Sinjar Resistance Units": "TR",
}
# a line that divides two states' forces: what hit one side "from across" it is the other
# state's ("a mortar shell fired from across the Line of Control hit their house",
# "shelling from across the Durand Line hit homes in Dangam district")
_DIVIDING_LINES = (
    (re.compile(r"\bfrom\s+across\s+the\s+(?:Line\s+of\s+Control|LoC)\b", re.I), ("IN", "PK")),
    (re.compile(r"\bfrom\s+across\s+the\s+Durand\s+Line\b", re.I), ("AF", "PK")),
)
_OWNED_STRIKES = {
    "PS": ("Air/drone strike", "Shelling/artillery/missile attack"),
    "LB": ("Air/drone strike",),
}


def _enemy(c: Candidate) -> str | None:
    """The other state of the war the event's country is in, on the event's day."""
    enemy = _WAR_THEATRES.get(event_country(c) or "")
    return enemy if enemy is not None and c.date is not None and c.date >= _WAR_BEGAN else None


def whose_weapons(c: Candidate, kb: KnowledgeBase, text: str) -> None:
    """Disrupted weapons use: the side whose weapons were stopped is actor2 (ACLED). "Air
    defences shot down five Ukrainian drones flying towards Moscow": the drones' state is the
    second side and the event country's forces the first (the rules found only the drones');
    "intercepted a drone launched from Iran": the state it came from; "shot down 12 drones
    launched at Kyiv": the war names whose they were."""
    country = event_country(c)
    a1, a2 = c.actor1, c.actor2
    if a2 is not None:
        if (
            a1 is None
            and a2.entry.inter == 1
            and a2.entry.country not in (None, country)
            and (own := country_forces(kb, c)) is not None
        ):
            c.actor1 = own  # the drones another state sent were stopped by this one's forces
        return
    fired = FIRED_FROM_COUNTRY.search(text, c.sent_start, c.sent_end)
    origin = country_code(fired.group("country")) if fired is not None else None
    pattern = FIRED_FROM_COUNTRY
    if origin is None or origin in (country, *_GROUP_LAUNCH_SITES):
        origin, pattern = _enemy(c), _AERIAL_WEAPONS
        if origin is None or not _AERIAL_WEAPONS.search(text, c.sent_start, c.sent_end):
            return
    forces = state_forces(kb, origin)
    if forces is None or (a1 is not None and a1.entry.country == origin):
        return
    c.actor2 = implied_mention(forces, text, c, pattern)
    c.actor1 = a1 or country_forces(kb, c)  # who stopped them: the attacked state's forces


_UNIDENTIFIED = "Unidentified Armed Group"


def _unnamed_striker(c: Candidate) -> bool:
    """Whether the strike's doer is unnamed: nobody, implied by its aircraft, unidentified, or
    only the words for the event country's own forces."""
    a1 = c.actor1
    return (
        a1 is None
        or a1.implied
        or a1.entry.name == _UNIDENTIFIED
        or (a1.generic and a1.entry.inter == 1 and a1.entry.country == event_country(c))
    )


def war_doer(c: Candidate, kb: KnowledgeBase, text: str) -> None:
    """The doer a theatre names where the text names none: Yemen's air war in the coalition's
    years, a strike from the air on Gaza or Lebanon (Israel's), the PKK struck from the air
    (Turkey's), fire from across the Line of Control or the Durand Line (the other state's),
    and the Russia-Ukraine war (the other side's). The first that applies decides."""
    for rule in (_coalition_strike, _owned_strike, _air_enemy, _across_line, _war_enemy):
        if rule(c, kb, text):
            return


def _coalition_strike(c: Candidate, kb: KnowledgeBase, text: str) -> bool:
    """An air strike in Yemen between March 2015 and the April 2022 truce that nobody is named
    for is the Saudi-led coalition's ("An air strike hit a school bus in Dahyan")."""
    if not (
        event_country(c) == "YE"
        and c.sub_event_type == "Air/drone strike"
        and c.date is not None
        and _COALITION_WAR[0] <= c.date <= _COALITION_WAR[1]
        # nobody named for it (not "the soldiers" it hit, whom the rules may have taken)
        and (c.actor1 is None or c.actor1.implied or c.actor1.entry.name == _UNIDENTIFIED)
        and (c.actor2 is None or c.actor2.entry.inter == 7)
    ):
        return False
    coalition = kb.actor("Saudi-led coalition")
    if coalition is None:
        return False
    c.actor1 = implied_mention(coalition, text, c, _AERIAL_WEAPONS)
    return True


def _owned_strike(c: Candidate, kb: KnowledgeBase, text: str) -> bool:
    """In Gaza and Lebanon a strike from the air (and in Gaza shelling) nobody is named for is
    Israel's. True where the theatre applies, whether or not the doer changed."""
    country = event_country(c) or ""
    owner = _AIR_OWNERS.get(country)
    if owner is None or c.sub_event_type not in _OWNED_STRIKES[country]:
        return False
    forces = state_forces(kb, owner)
    if _unnamed_striker(c) and forces is not None:
        if c.actor2 is not None and c.actor2.entry == forces:
            return True  # named already, as the side hit (the conventions' ranker decides)
        c.actor1 = implied_mention(forces, text, c, _AERIAL_WEAPONS)
    return True


def _air_enemy(c: Candidate, kb: KnowledgeBase, text: str) -> bool:
    """The PKK (or the YPG, the SDF) struck from the air outside Turkey: Turkey, whether or not
    it owns the strike ("... killing two PKK fighters, Kurdish officials said")."""
    country = event_country(c)
    striker = _AIR_ENEMY_OF.get(c.actor2.entry.name) if c.actor2 is not None else None
    if not (
        striker is not None
        and c.sub_event_type == "Air/drone strike"
        and country != striker
        and (c.actor1 is None or c.actor1.implied or c.actor1.entry.country == country)
    ):
        return False
    forces = state_forces(kb, striker)
    if forces is None:
        return False
    c.actor1 = implied_mention(forces, text, c, _AERIAL_WEAPONS)
    return True


def _across_line(c: Candidate, kb: KnowledgeBase, text: str) -> bool:
    """Fire from across the Line of Control or the Durand Line is the other state's, even
    where this side's army is named (it is the one that says so: "The Indian Army said ...")."""
    if c.event_type not in _WAR_KINDS:
        return False
    country = event_country(c)
    for pattern, states in _DIVIDING_LINES:
        if country not in states or not pattern.search(text, c.sent_start, c.sent_end):
            continue
        other = states[1] if country == states[0] else states[0]
        a1 = c.actor1
        if a1 is not None and not (
            _unnamed_striker(c) or (a1.entry.inter == 1 and a1.entry.country == country)
        ):
            return False  # a group named for it
        forces = state_forces(kb, other)
        if forces is None:
            return False
        c.actor1 = implied_mention(forces, text, c, pattern)
        return True
    return False


def _war_enemy(c: Candidate, kb: KnowledgeBase, text: str) -> bool:
    """Since 24 February 2022 an explosion or an attack on one side's people of the
    Russia-Ukraine war that the text pins on nobody, or only on unnamed troops, is the other
    state's, where the article names it ("a drone hit an apartment block in Moscow ... the
    ministry blamed Kyiv")."""
    enemy = _enemy(c)
    if enemy is None or c.event_type not in _WAR_KINDS:
        return False
    a1, a2 = c.actor1, c.actor2
    unnamed = a1 is None or a1.implied or a1.generic or a1.entry.name == _UNIDENTIFIED
    if not unnamed or (a2 is not None and a2.entry.inter not in (1, 7)):
        return False
    if a2 is not None and a2.entry.country == enemy:
        if c.event_type == "Violence against civilians":
            # "Soldiers raped two women ..., adding that Russian units held the area": the
            # enemy's units did it; the victims are civilians (the defaults name them)
            c.actor1, c.actor2 = a2, None
        return True  # troops that struck the enemy's positions are the enemy's enemy
    if a1 is not None and a1.entry.inter == 1 and a1.entry.country not in (None, event_country(c)):
        return False  # a foreign state's forces named already
    if not any(
        _PEOPLE_AFTER.match(text, m.end()) is None for m in _ENEMY_NAMED[enemy].finditer(text)
    ):
        return False  # named only as a people ("a Russian 5-year-old boy"), not as a state
    forces = state_forces(kb, enemy)
    if forces is None:
        return False
    c.actor1 = implied_mention(forces, text, c, _ENEMY_NAMED[enemy])
    return True


# southern Thailand's insurgency: its groups by name; insurgents the text does not name are
# ACLED's unidentified armed group there (the groups rarely claim an attack)
_INSURGENCY_NAMES = {
    "TH": re.compile(r"\b(?:BRN|BRN-C|Barisan|PULO|Patani\s+United|RKK|Runda\s+Kumpulan)\b", re.I),
}
_INSURGENTS = ("Patani insurgents", "Rebel groups")


def unnamed_insurgents(c: Candidate, kb: KnowledgeBase, text: str) -> None:
    """Where an insurgency's groups seldom claim attacks (southern Thailand), insurgents that
    the article never names ("police blamed separatist insurgents", "suspected Malay Muslim
    insurgents") are the unidentified armed group; a named group ("the BRN") stays itself.
    Run after the actor ranker, which may pick the insurgents among the article's mentions."""
    names = _INSURGENCY_NAMES.get(event_country(c) or "")
    if names is None or names.search(text):
        return
    unidentified = kb.actor(_UNIDENTIFIED)
    if unidentified is None:
        return
    if c.actor1 is not None and c.actor1.entry.name in _INSURGENTS:
        c.actor1 = dataclasses.replace(c.actor1, entry=unidentified)
    if c.actor2 is not None and c.actor2.entry.name in _INSURGENTS:
        c.actor2 = dataclasses.replace(c.actor2, entry=unidentified)
