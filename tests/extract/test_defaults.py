"""The sides the codebook fixes by sub-type (:mod:`sitrep.extract.defaults`), through the real
pipeline. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.models import Event

MainEvent = Callable[..., Event]  # the fixture in conftest.py


def _pair(e: Event) -> tuple[int | None, int | None]:
    return (e.actor1.inter if e.actor1 else None, e.actor2.inter if e.actor2 else None)


@pytest.mark.parametrize(
    ("text", "sub", "pair"),
    [
        (
            "Hundreds of teachers marched peacefully through Nairobi on Monday to demand unpaid "
            "wages, as police watched.",
            "Peaceful protest",
            (6, None),
        ),
        (
            "Three journalists were arrested in Bamako on Tuesday, their union said.",
            "Arrests",
            (1, 7),
        ),
        (
            "Villagers beat to death a woman accused of witchcraft in Kilifi on Sunday.",
            "Mob violence",
            (5, 7),
        ),
    ],
)
def test_sides_by_sub_type(
    main_event: MainEvent, text: str, sub: str, pair: tuple[int | None, int | None]
) -> None:
    e = main_event(text, published="2024-05-08")
    assert e.sub_event_type == sub
    assert _pair(e) == pair


def test_a_side_the_text_names_is_kept(main_event: MainEvent) -> None:
    """A group arrested is the group, not civilians."""
    e = main_event(
        "Police arrested five al-Shabaab militants in Mogadishu on Tuesday, officials said.",
        published="2024-05-08",
    )
    assert e.sub_event_type == "Arrests"
    assert _pair(e) == (1, 2)


def test_territory_taken_is_taken_from_the_state(main_event: MainEvent) -> None:
    e = main_event(
        "Al-Shabaab fighters seized the town of Moqokori on Tuesday, residents said.",
        published="2025-02-08",
    )
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert _pair(e) == (2, 1)


def test_a_foreign_army_taking_a_town_regains_nothing(main_event: MainEvent) -> None:
    e = main_event(
        "Russia's Defence Ministry said on Friday its forces had taken full control of Toretsk.",
        published="2025-02-08",
    )
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert _pair(e) == (8, 1)


def test_police_who_arrested_a_mob_are_not_its_target(main_event: MainEvent) -> None:
    e = main_event(
        "Police in Sokoto have arrested two suspects after a student was stoned and beaten to "
        "death by a mob of fellow students on Thursday.",
        published="2022-05-14",
    )
    assert e.sub_event_type == "Mob violence"
    assert _pair(e) == (5, 7)
