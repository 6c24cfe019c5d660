"""The main event and its type (session 12): the lede's event before a deadlier
one told further down, a shooting of people stays an attack when an attacker is killed too. Texts
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.models import Event

MainEvent = Callable[..., Event]  # the fixture in conftest.py


def test_the_lede_event_leads_over_deadlier_fighting_told_later(main_event: MainEvent) -> None:
    e = main_event(
        "French troops on Saturday handed over their military base in Faya to the Chadian "
        "army, the army said. On Friday, rebels attacked an army checkpoint near Mongo, "
        "killing five soldiers.",
        published="2024-05-12",
    )
    assert e.sub_event_type == "Non-violent transfer of territory"


def test_deaths_still_lead_when_the_lede_tells_no_event(main_event: MainEvent) -> None:
    e = main_event(
        "The town of Mongo was quiet on Sunday. On Friday, rebels attacked an army checkpoint "
        "near the town, killing five soldiers, the army said.",
        published="2024-05-12",
    )
    assert e.sub_event_type in ("Armed clash", "Attack")
    assert e.fatalities is not None and e.fatalities.best == 5


def test_a_named_victim_gives_the_main_event_its_toll(main_event: MainEvent) -> None:
    e = main_event(
        "Opposition leader Amadou Sanogo was shot dead on Tuesday outside his home in Bamako "
        "by gunmen on a motorcycle, his party said.",
        published="2024-05-12",
    )
    assert e.fatalities is not None and e.fatalities.best == 1


def test_attackers_shot_dead_do_not_make_a_shooting_a_battle(main_event: MainEvent) -> None:
    e = main_event(
        "Two gunmen opened fire on passengers at a tram stop in Haifa on Tuesday evening, "
        "killing seven people before one of the attackers was shot dead, police said.",
        published="2024-10-03",
    )
    assert e.sub_event_type == "Attack"
    soldiers = main_event(
        "Militants attacked an army post near Djibo on Tuesday, killing five soldiers; three "
        "attackers were killed, the army said.",
        published="2024-10-03",
    )
    assert soldiers.sub_event_type == "Armed clash"
