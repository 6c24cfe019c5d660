"""Headlines and what follows them (session 5): a headline's toll is not added to its lede's,
the headline says which of the lede's acts is the news, a bare "attacked" takes the means the
next sentence tells, and "since the conflict began" makes only a running toll another event.
Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.models import Event

MainEvent = Callable[..., Event]  # the fixture in conftest.py

PUBLISHED = "2023-02-09"


def test_a_headline_toll_and_the_lede_s_are_one_toll(main_event: MainEvent) -> None:
    e = main_event(
        "Missile strike on station kills dozens\nKYIV, Feb 9 - A missile hit the railway "
        "station in Kramatorsk on Wednesday, killing at least 50 people, the governor said.",
        published=PUBLISHED,
    )
    assert e.fatalities is not None and e.fatalities.best == 50


def test_the_headline_names_which_act_is_the_news(main_event: MainEvent) -> None:
    e = main_event(
        "Rebels take pilot hostage in Papua\nJAYAPURA, Feb 9 - Separatist fighters stormed a "
        "small plane at the Paro airstrip on Tuesday, set it on fire and took its New Zealand "
        "pilot hostage, police said.",
        published=PUBLISHED,
    )
    assert e.sub_event_type == "Abduction/forced disappearance"


def test_a_bare_attack_takes_the_means_told_next(main_event: MainEvent) -> None:
    e = main_event(
        "Nine soldiers visiting La Ceiba were attacked early on Wednesday. They were wounded "
        "when a homemade bomb exploded beside their vehicle, police said.",
        published=PUBLISHED,
    )
    assert e.sub_event_type == "Remote explosive/landmine/IED"


def test_the_eighth_deal_since_the_conflict_began_is_this_deal(main_event: MainEvent) -> None:
    e = main_event(
        "CAR signs peace deal with armed groups\nNAIROBI, Feb 7 - The government and 14 armed "
        "groups signed a peace agreement in Bangui on Wednesday, the eighth since the conflict "
        "began in 2013.",
        published=PUBLISHED,
    )
    assert e.sub_event_type == "Agreement"
    assert str(e.date) == "2023-02-08"
