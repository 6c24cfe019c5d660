"""Merge sentence candidates that tell the same event within one report.

Two passes: candidates with their own day-precision date and a fresh (not anaphoric) trigger
become events, merged when they agree on sub-type, day, actors and place; every other candidate
(undated, ranged, or "the fighting ...") then attaches to the compatible event it most likely
refers to. Tolls are never summed across sentences: the larger figure (an update or the fuller
count) wins, so one toll is never counted twice.
"""

from __future__ import annotations

import datetime as dt
import re

from ..extract.events import CERTAINTY_RANK, SUB_TO_TYPE, Candidate
from ..extract.refine import TERRITORY
from ..extract.triggers import FOUND_DEAD, is_count
from ..geo.resolve import haversine_km
from ..models import Fatalities

__all__ = ["PAGE_DATE", "merge_candidates"]

#: how an event dated by nothing in its text is dated
PAGE_DATE = "no date in the text: the page date"

_GENERIC_NOUNS = ("attack", "incident", "violence", "assault", "raid", "blast", "explosion")


def _names(c: Candidate) -> set[str]:
    """The armed or organised actors of a candidate (civilian victims do not identify an event)."""
    return {a.entry.name for a in (c.actor1, c.actor2) if a is not None and a.entry.inter != 7}


def _actors_ok(a: Candidate, b: Candidate) -> bool:
    # unidentified assailants may be any named group told beside them
    na, nb = _names(a) - {_UNIDENTIFIED}, _names(b) - {_UNIDENTIFIED}
    if not na or not nb:
        return True
    return bool(na & nb) and not (a.actor1 and b.actor1 and len(na | nb) > 2)


_UNIDENTIFIED = "Unidentified Armed Group"


def _dates_ok(event: Candidate, c: Candidate) -> bool:
    if c.date is None or event.date is None:
        # "Police detained two people. Last week, a truck bomb killed three": a toll dated
        # loosely in the past is not an undated event's
        return not (
            event.date is None
            and c.date is not None
            and c.date_precision in ("week", "month", "year")
        )
    e_start, e_end = event.date, event.date_end or event.date
    c_start, c_end = c.date, c.date_end or c.date
    return c_start <= e_end and e_start <= c_end


def _counted_later(event: Candidate, c: Candidate) -> bool:
    """ "On Wednesday, officials had put the toll at 11": a count of the event, dated when it
    was made, in the days after."""
    return (
        is_count(c.trigger)
        and c.date is not None
        and event.date is not None
        and 0 <= (c.date - (event.date_end or event.date)).days <= 30
    )


def _location_ok(event: Candidate, c: Candidate) -> bool:
    if c.location is None or event.location is None:
        return True
    if c.location.name == event.location.name:
        return True
    # a coarser place (a province, "Northern Syria") can contain the event's town
    if c.location.precision > event.location.precision or c.location.precision == 3:
        return True
    # ... and a town in the province the event was placed in is where in it ("rural areas of
    # Tibu (Norte de Santander)" then "20 dead in Tibu")
    return (
        event.location.precision == 3
        and c.location.admin1 is not None
        and (c.location.admin1 in (event.location.name, event.location.admin1))
    )


def _near(event: Candidate, c: Candidate, km: float = 30.0) -> bool:
    """ "Two men, one from a village across the district line in Churachandpur, were killed":
    an undated toll's place a few kilometres off is where a victim came from, not another
    event."""
    a, b = event.location, c.location
    if a is None or b is None or a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= km


# means that type an event whatever else its sentences say ("blamed IS for the mustard agent
# attack", "two of its members detonated explosive belts")
_OVERRIDING = {"Chemical weapon", "Suicide bomb"}
#: words that tell a blast and not its weapon
_BARE_BLAST = {"explosion", "explosions", "blast", "blasts", "exploded", "detonated"}
_VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
#: crowds that kill: the dead found where they went are theirs
_KILLING_CROWDS = {"Mob violence", "Violent demonstration"}
_DEATH_WORDS = {
    "killed", "killing", "died", "dead", "shot dead", "murdered", "death toll", "toll of the dead",
    "toll", "bodies", "perished", "neutralized", "neutralised", "number of dead",
    "number of the dead",
}  # fmt: skip
# "Seven people lost their lives": a death told, not its means
_DEATH_PREFIXES = ("died", "later died", "also died", "perished", "lost their li", "lost his li",
                   "lost her li", "succumbed", "later succumbed", "also succumbed")  # fmt: skip


# "authorities had counted 20 bodies": the dead of what was told (not "explosives strapped to
# their bodies")
# "recovered 14 bodies"; and the dead found ("the bodies of 14 miners", "found dead"): the dead
# counted, which any act told beside them says more about
_BODIES_COUNTED = re.compile(r"(?:recovered|retrieved|pulled out|collected|counted)\b.*\bbodies$")


def _bodies_counted(c: Candidate) -> bool:
    said = c.trigger.text.lower()
    return _BODIES_COUNTED.match(said) is not None or FOUND_DEAD.match(said) is not None


#: triggers that only count the dead ("the death toll rose to", "the number of dead had climbed")
_COUNT_WORDS = frozenset(
    {"death toll", "toll of the dead", "dead", "toll", "number of dead", "number of the dead"}
)


def _weak(c: Candidate) -> bool:
    """A candidate typed only by a death word ("three children died"): any violent event told
    beside it says better what happened."""
    t = c.trigger.text.lower()
    return (
        t in _COUNT_WORDS
        or t.startswith(_DEATH_PREFIXES + ("put",))
        or (_bodies_counted(c) and c.actor1 is None)
        # "the number of people killed in Saturday's attack has risen to 25": a count of the
        # dead of an event told by its means elsewhere
        or (c.definite and t in ("killed", "killing"))
    )


#: death words that tell the dead, not who killed them ("21 civilians were killed")
_BARE_DEATH = {"killed", "dead", "died", "slain", "shot dead", "perished", "lost their lives"}


def _bare_toll(c: Candidate) -> bool:
    """A candidate that only counts dead: a bare death word, no doer, a toll."""
    return c.trigger.text.lower() in _BARE_DEATH and c.actor1 is None and c.fatalities is not None


#: a protest told again with what was done to it
_PROTEST_RANK = {
    "Peaceful protest": 0,
    "Protest with intervention": 1,
    "Excessive force against protesters": 2,
}


_VAGUE_TOLL = re.compile(r"(?:several|a few|some|many|a number of|numerous|scores)", re.I)


def _absorb(event: Candidate, c: Candidate) -> None:
    # a town taken is the outcome ACLED codes instead of the fight for it ("gangs attacked the
    # police station ... by the afternoon they controlled most of the town")
    if _means_next(event, c) or (
        c.sub_event_type in TERRITORY
        and event.sub_event_type == "Armed clash"
        and c.certainty == "reported"  # "they had captured two checkpoints, a claim denied"
        and not c.trigger.text.lower().startswith(("advance", "cut"))  # pushing on, not taking
    ):
        event.sub_event_type, event.trigger = c.sub_event_type, c.trigger
    event.members.append(c.sent_index)
    if _turned_riot(event, c) or _riot_told_as_battle(event, c):
        event.sub_event_type, event.trigger = c.sub_event_type, c.trigger
    elif _PROTEST_RANK.get(c.sub_event_type, -1) > _PROTEST_RANK.get(event.sub_event_type, 9):
        # "the sit-in had been reduced to burning tents ... men of the RSF fired live rounds into
        # the crowd": what was done to the protest says what the event was
        event.sub_event_type, event.trigger = c.sub_event_type, c.trigger
    if _weak(event) and not _weak(c) and c.event_type in _VIOLENT:
        event.sub_event_type, event.trigger = c.sub_event_type, c.trigger
    if (
        c.sub_event_type in _OVERRIDING
        and event.sub_event_type not in _OVERRIDING
        and event.event_type in _VIOLENT
    ):
        event.sub_event_type = c.sub_event_type
    elif (
        c.sub_event_type == "Air/drone strike"
        and event.sub_event_type == "Shelling/artillery/missile attack"
    ):
        event.sub_event_type = c.sub_event_type  # "the first missile struck ... warplanes hit"
    elif (
        c.sub_event_type == "Grenade"
        and event.sub_event_type == "Remote explosive/landmine/IED"
        and event.trigger.text.lower() in _BARE_BLAST
        # "a roadside bomb exploded": the blast had its weapon already
        and not any(w[3] == "IED" for w in event.weapons)
    ):
        # "an explosion at a rally ... Police believe a grenade was thrown": the weapon named
        event.sub_event_type = c.sub_event_type
    if (
        event.actor1 is None
        and event.actor2 is not None
        and c.actor1 is not None
        and c.actor2 is not None
        and c.actor1.entry.name == event.actor2.entry.name
    ):
        # "Five soldiers, seven militants killed in raid / ... when security forces raided":
        # the other telling names both sides, this one only the army
        event.actor1, event.actor2 = c.actor1, c.actor2
    if event.actor1 is None:
        event.actor1 = c.actor1
    if event.actor2 is None:
        cand = (
            c.actor2
            if (
                c.actor2
                and (event.actor1 is None or c.actor2.entry.name != event.actor1.entry.name)
            )
            else None
        )
        if (
            cand is None
            and c.actor1
            and event.actor1
            and c.actor1.entry.name != event.actor1.entry.name
            # "his mother was rescued by police hours later": a rescuer is no victim
            and event.event_type != "Violence against civilians"
        ):
            cand = c.actor1
        event.actor2 = cand
    if (
        c.location is not None
        and not (c.place_of_source and event.location is not None)
        # "17 bodies were counted at the Gusau morgue": where the dead were taken
        and not _bodies_counted(c)
        and (event.location is None or c.location.precision < event.location.precision)
    ):
        event.location, event.location_span = c.location, c.location_span
    # "54 soldiers killed ... Several assailants were also reportedly killed": a vague number
    # neither adds to a counted toll nor replaces it (ACLED)
    vague = bool(c.toll_spans) and all(_VAGUE_TOLL.fullmatch(t.strip()) for *_, t in c.toll_spans)
    toll = (
        None if vague and event.fatalities is not None and event.fatalities.best else c.fatalities
    )
    if (
        toll is not None
        and event.fatalities is not None
        and c.sent_index not in event.members[:-1]
        # "the fighters claimed to have killed more than ten soldiers": a claim adds no dead
        # to a reported toll
        and c.toll_rank <= event.toll_rank
        and (
            (
                c.toll_extra
                and not event.toll_extra
                and not (c.toll_doers and event.toll_doers)  # "three gunmen dead" told twice
            )
            or _other_side(event, c)
        )
    ):
        event.toll_sides = event.toll_sides | c.toll_sides
        # "killing 20 people ... The driver also died": more dead of the same event
        event.fatalities = _added(event.fatalities, toll)
        event.toll_doers = event.toll_doers or c.toll_doers
        event.toll_spans = event.toll_spans + c.toll_spans
    elif toll is not None and (
        event.fatalities is None
        or c.toll_rank < event.toll_rank
        or (
            c.toll_rank == event.toll_rank
            and (toll.best or 0) > (event.fatalities.best or 0)
            # "a local association later put the toll at 136": another source's estimate, not
            # an update; of conflicting counts ACLED keeps the lower
            and not (
                (c.toll_estimate or (c.trigger.text.lower() == "toll" and not c.cumulative))
                and event.fatalities.best
            )
        )
        # "killing more than 25 civilians ... Officials have put the toll at 19": another
        # source's lower estimate is the count ACLED keeps (not "had put it at 11": an earlier
        # count, which a later toll replaces)
        or (
            c.toll_rank == event.toll_rank
            and c.toll_estimate
            and 0 < (toll.best or 0) < (event.fatalities.best or 0)
        )
    ):
        # a reported toll beats a claimed one; among equals the larger (fuller or updated) wins
        event.fatalities, event.toll_spans, event.toll_rank = (
            c.fatalities,
            c.toll_spans,
            c.toll_rank,
        )
        event.toll_doers = event.toll_doers or c.toll_doers  # the toll kept counts them now
        event.toll_sides = c.toll_sides
    if c.injured is not None and (
        event.injured is None or (c.injured.best or 0) > (event.injured.best or 0)
    ):
        event.injured = c.injured
    seen = {w[3] for w in event.weapons}
    event.weapons += [w for w in c.weapons if w[3] not in seen]
    if event.source is None:
        event.source = c.source
    if CERTAINTY_RANK.get(c.certainty, 0) < CERTAINTY_RANK.get(event.certainty, 0):
        event.certainty, event.hedge_span = c.certainty, c.hedge_span
    counted = is_count(c.trigger)  # "by Monday, nine bodies ...": a count's day
    if event.date is None and c.date is not None and not counted:
        event.date, event.date_end, event.date_precision = c.date, c.date_end, c.date_precision
        event.date_how, event.date_span = c.date_how, c.date_span
    elif (
        event.date_precision in ("range", "week", "month", "year")
        and c.date_precision == "day"
        and _dates_ok(event, c)
        and not counted
    ):
        event.date, event.date_end, event.date_precision = c.date, None, "day"
        event.date_how, event.date_span = c.date_how, c.date_span


def _other_side(event: Candidate, c: Candidate) -> bool:
    """ "The army said it had killed more than 300 rebels ... Five soldiers were killed": each
    toll counts only one side's combatants, and not the same side's."""
    sides = {"state", "armed"}
    return (
        len(event.toll_sides) == 1
        and len(c.toll_sides) == 1
        and event.toll_sides <= sides
        and c.toll_sides <= sides
        and event.toll_sides != c.toll_sides
        and not c.cumulative
        and not event.cumulative
        and not is_count(c.trigger)
    )


def _added(a: Fatalities, b: Fatalities) -> Fatalities:
    """Two tolls of different dead, summed field by field (a field known on one side only is
    unknown in the sum, except the best count)."""

    def plus(x: int | None, y: int | None) -> int | None:
        return None if x is None or y is None else x + y

    def part(x: int | None, y: int | None) -> int | None:
        return x if y is None else y if x is None else x + y

    return Fatalities(
        best=plus(a.best, b.best),
        low=plus(a.low, b.low),
        high=(
            plus(a.best if a.high is None else a.high, b.best if b.high is None else b.high)
            if a.high is not None or b.high is not None
            else None
        ),
        civilians=part(a.civilians, b.civilians),
        combatants=part(a.combatants, b.combatants),
        unknown=part(a.unknown, b.unknown),
    )


def _deadly(e: Candidate) -> bool:
    """A protest or riot that killed ("police fired on protesters, killing two"): later deaths
    told in no other place are its own too ("Two more died in hospital on Sunday")."""
    return e.fatalities is not None and bool(e.fatalities.best)


def _is_anchor(c: Candidate) -> bool:
    return c.date is not None and c.date_precision == "day" and not c.definite


_GENERIC_ATTACK = {"attack", "attacks", "attacked", "attacking", "assault", "assaulted", "stormed"}


def _means_next(event: Candidate, c: Candidate) -> bool:
    """ "Nine soldiers were attacked at 0030. They were wounded when a homemade bomb exploded":
    a bare attack verb whose means the very next sentence tells."""
    return (
        event.trigger.text.lower() in _GENERIC_ATTACK
        and c.event_type == "Explosions/Remote violence"
        and c.sent_index == max(event.members) + 1
    )


def _turned_riot(event: Candidate, c: Candidate) -> bool:
    """ "A pro-monarchy rally turned violent. Demonstrators ... set fire to a party office": the
    protest and what its crowd then did are one event, a violent demonstration (ACLED). Not a
    protest already put down: coders keep what was done to it (tear gas, live rounds)."""
    return (
        event.sub_event_type == "Peaceful protest"
        and c.sub_event_type == "Violent demonstration"
        and c.certainty == "reported"  # "state media said 'rioters' had attacked": a claim
    )


def _riot_told_as_battle(event: Candidate, c: Candidate) -> bool:
    """ "a day after a rally turned into a street battle ... Demonstrators broke through police
    barricades, hurling stones": a battle told with no side, no dead, then as a riot that day
    is the riot (ACLED has no battle without two armed sides)."""
    return (
        event.sub_event_type == "Armed clash"
        and event.actor1 is None
        and event.actor2 is None
        and not (event.fatalities and event.fatalities.best)
        and c.event_type == "Riots"
        and c.certainty == "reported"
    )


def _fits(event: Candidate, c: Candidate) -> float:
    """How well ``c`` fits ``event`` (0 = not at all)."""
    if (
        c.headline
        and c.date is None
        and min(event.members) == 1
        and c.event_type in _VIOLENT
        and event.event_type in _VIOLENT
    ):
        # "Air strike on Gaza house kills eight / An air strike hit a house in Rafah on Sunday":
        # an undated headline over the lede that tells its act
        return 3.0
    # "Protesters ... pelted police with stones. Police fired tear gas and live rounds, killing
    # one": the riot and what was done to it are one event
    riot_put_down = (
        event.sub_event_type == "Violent demonstration"
        and c.sub_event_type
        in (
            "Protest with intervention",
            "Excessive force against protesters",
        )
    ) or _turned_riot(event, c)
    same_type = (
        SUB_TO_TYPE[event.sub_event_type] == SUB_TO_TYPE[c.sub_event_type]
        or (_weak(event) and c.event_type in _VIOLENT)
        or _means_next(event, c)
        or riot_put_down
    )
    # "At least 43 people were killed.": a toll with no doer of its own belongs to the event
    # it follows, whatever that event's type
    # "Gunmen stormed a school and abducted 25 students. The attackers ... killed a member of
    # staff": the same doers' act, told next, undated
    more_of_it = c.anaphoric and c.date is None and c.sent_index == max(event.members) + 1
    # "A policeman later died of his wounds": who died is the sentence's subject, no doer
    died = c.trigger.text.lower().startswith(_DEATH_PREFIXES)
    toll_only = (
        c.fatalities is not None
        # "four ADF fighters ... killed"; or the event named nobody and the toll names who
        and (
            c.actor1 is None
            or c.actor1.entry.name == _UNIDENTIFIED  # "30 assailants died": the event's doers
            or not _names(event)
            # "42 soldiers were killed, while 37 assailants were neutralised": the assailants are
            # the attackers named before
            or _names(c) - {"Unidentified Armed Group"} <= _names(event)
            or more_of_it
            or died
        )
        and (
            c.trigger.text.lower() in _DEATH_WORDS
            or c.trigger.text.lower().startswith(_DEATH_PREFIXES)
            or _bodies_counted(c)
            or more_of_it
            # "Soldiers opened fire on protesters. A boy was shot in the stomach and later
            # died": who the firing hit, undated and with no doer of its own
            # "A mob attacked lawyers ... X was beaten to death": the same, by a crowd
            or (
                (
                    c.trigger.text.lower() == "shot"
                    or c.trigger.text.lower().endswith(("to death", "alive"))
                )
                and c.actor1 is None
                and c.date is None
            )
        )
        and c.sent_index > min(event.members)
        and not c.elsewhere
    )
    if (
        not same_type
        and not toll_only
        and not (
            c.definite and c.trigger.text.lower().startswith(("attack", "violence", "incident"))
        )
    ):
        return 0.0
    # "At least 30 soldiers were killed": a toll that names only its victims names no rival doer
    # (or unidentified doers, who may be any the event named)
    victims_only = toll_only and (
        c.actor1 is None or c.actor1.entry.name == _UNIDENTIFIED or more_of_it or died
    )
    # one protest told twice: the crowd is the same whoever the text names beside it
    both_protests = (
        SUB_TO_TYPE[event.sub_event_type] == SUB_TO_TYPE[c.sub_event_type] == "Protests"
        or riot_put_down
    )
    if not (
        (victims_only or both_protests or _actors_ok(event, c))
        and (_dates_ok(event, c) or _counted_later(event, c))
        # an undated telling a few km off ("North Waziristan" for "the Datta Khel area of
        # North Waziristan", a victim's home village) is the same event's
        and (
            _location_ok(event, c)
            # "..., an official of the Mopti regional health directorate said": the dead's
            # place is where their source sits, not another event's
            or (victims_only and c.place_of_source)
            # "the toll had risen to 32, with dozens more receiving treatment in Maiduguri": a
            # running toll of the event told before, wherever its hospital or source is
            or (victims_only and c.cumulative and c.date is None)
            or (
                c.date is None
                and c.location is not None
                and (c.location.precision >= 2 or victims_only)
                and _near(event, c, 50.0 if c.location.precision >= 2 else 30.0)
            )
        )
    ):
        return 0.0
    score = 1.0 + (1.0 if event.sub_event_type == c.sub_event_type else 0.0)
    score += 0.5 if c.date is not None else 0.0
    score += 0.3 if _names(event) & _names(c) else 0.0
    return score


def _most_recent(scored: list[tuple[float, int, Candidate]], index: int) -> Candidate:
    """For "the attack ...": the event told most recently before it, whatever its sub-type."""
    before = [
        (max(m for m in e.members if m <= index), s, e)
        for s, _, e in scored
        if min(e.members) <= index
    ]
    if before:
        return max(before, key=lambda t: (t[0], t[1]))[2]
    return max(scored, key=lambda t: (t[1], t[0]))[2]


def _absorb_later(event: Candidate, c: Candidate) -> None:
    """``c``'s dead join ``event``, which keeps its own date (they died or were found later)."""
    date = (event.date, event.date_end, event.date_precision, event.date_how)
    _absorb(event, c)
    event.date, event.date_end, event.date_precision, event.date_how = date


def merge_candidates(
    candidates: list[Candidate], page_date: dt.date | None = None
) -> list[Candidate]:
    """Events of one report, each the merge of one or more candidates."""
    events: list[Candidate] = []
    pending: list[Candidate] = []
    for c in sorted((c for c in candidates if _is_anchor(c)), key=lambda c: c.sent_index):
        target = next(
            (
                e
                for e in events
                if (
                    e.sub_event_type == c.sub_event_type
                    or (e.sub_event_type == "Armed clash" and c.sub_event_type in TERRITORY)
                    or _turned_riot(e, c)
                    or _riot_told_as_battle(e, c)
                    # "a day after warplanes struck the town ... six civilians were killed when
                    # two missiles hit shops": one bombardment that day, told twice, the second
                    # time by its weapon and with no doer of its own
                    or (
                        e.event_type == c.event_type == "Explosions/Remote violence"
                        and c.actor1 is None
                    )
                    # "cluster rockets hit the town centre ... 21 civilians were killed and about
                    # 70 wounded on Wednesday": dead with no doer of their own, the same day and
                    # place as a violent event, are that event's dead
                    or (_bare_toll(c) and e.event_type in _VIOLENT and not _weak(e))
                )
                and e.date == c.date
                and _actors_ok(e, c)
                and _location_ok(e, c)
            ),
            None,
        )
        if target is None and _weak(c):
            # "a three-year-old girl died of her injuries on 12 March": a victim of the violence
            # told before, dying later; the event keeps its own date
            target = next(
                (
                    e
                    for e in reversed(events)
                    if (
                        e.event_type in _VIOLENT
                        or (_deadly(e) and c.location is None)
                        # "Mobs attacked Muslim-owned shops. The body of a young man was found
                        # in a burned shop": the dead found where the mob was are its dead
                        or (_bodies_counted(c) and e.sub_event_type in _KILLING_CROWDS)
                    )
                    and not _weak(e)
                ),
                None,
            )
            if target is not None:
                _absorb_later(target, c)
                continue
            if _bodies_counted(c):
                # "The bodies of 11 men were found on Sunday. Gunmen had raided the village on
                # Saturday": the dead found first, the act told after; decided once every act
                # is in (other dead told first are an event of their own, as before)
                pending.append(c)
                continue
        if target is None:
            events.append(c)
        else:
            _absorb(target, c)
    for c in pending:
        target = next(
            (
                e
                for e in events
                if e.sent_index > c.sent_index and e.event_type in _VIOLENT and not _weak(e)
            ),
            None,
        )
        if target is not None:
            _absorb_later(target, c)
        else:
            at = next((k for k, e in enumerate(events) if e.sent_index > c.sent_index), None)
            events.insert(len(events) if at is None else at, c)
    rest = sorted((c for c in candidates if not _is_anchor(c)), key=lambda c: c.sent_index)
    floating: list[Candidate] = []
    for c in rest:
        scored = [
            (s, -abs(e.sent_index - c.sent_index), e) for e in events if (s := _fits(e, c)) > 0
        ]
        if scored and c.definite:
            # "the fighting" refers back to the last fight told; "the attack" to the last event
            same = [t for t in scored if t[2].sub_event_type == c.sub_event_type]
            generic = c.trigger.text.lower().startswith(_GENERIC_NOUNS)
            _absorb(_most_recent(scored if generic or not same else same, c.sent_index), c)
            continue
        if scored:
            _absorb(max(scored, key=lambda t: (t[0], t[1]))[2], c)
            continue
        target = next((e for e in floating if _fits(e, c) > 0), None)
        if target is None:
            floating.append(c)
        else:
            _absorb(target, c)
    for f in floating:
        if f.date is None:
            if events:
                continue  # undated commentary beside dated events: not an event of its own
            if page_date is not None:
                f.date, f.date_end, f.date_precision = page_date, None, "day"
                f.date_how = PAGE_DATE
        events.append(f)
    for e in events:
        e.members.sort()
    return events
