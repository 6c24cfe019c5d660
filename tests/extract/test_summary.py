from __future__ import annotations

import datetime as dt

from sitrep.extract.summary import summarise
from sitrep.models import ActorRef, Event, Fatalities, Location


def _event(**kw: object) -> Event:
    base: dict[str, object] = {
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": ActorRef(name="Islamic State", inter=2),
        "actor2": ActorRef(name="Syrian rebels", inter=2),
        "location": Location(name="Marea", country="SY", admin1="Aleppo", lat=36.6, lon=37.0),
        "fatalities": Fatalities(best=68, low=68, civilians=27, combatants=41),
        "source": "Syrian Observatory for Human Rights",
    }
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


def test_summary_says_who_did_what_where_and_how_many() -> None:
    text = summarise(_event(date=dt.date(2016, 5, 28), date_precision="day"))
    assert text.startswith("On 28 May 2016, Islamic State clashed with Syrian rebels in Marea")
    assert "68 killed (27 civilians, 41 combatants)" in text
    assert text.endswith("according to Syrian Observatory for Human Rights.")


def test_summary_states_the_precision_of_the_date() -> None:
    assert summarise(_event(date=dt.date(2013, 7, 1), date_precision="month")).startswith(
        "In July 2013"
    )
    assert summarise(_event(date=dt.date(2013, 1, 1), date_precision="year")).startswith("In 2013")
    ranged = _event(
        date=dt.date(2016, 5, 27), date_end=dt.date(2016, 5, 28), date_precision="range"
    )
    assert summarise(ranged).startswith("Between 27 May and 28 May 2016")
    assert summarise(_event(date=None)).startswith("On an unstated date")
