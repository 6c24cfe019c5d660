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
    ("text", "published", "sub", "pair"),
    [
        pytest.param(
            "Hundreds of teachers marched peacefully through Nairobi on Monday to demand unpaid "
            "wages, as police watched.",
            "2024-05-08",
            "Peaceful protest",
            (6, None),
            id="a peaceful protest has no second side",
        ),
        pytest.param(
            "Three journalists were arrested in Bamako on Tuesday, their union said.",
            "2024-05-08",
            "Arrests",
            (1, 7),
            id="arrests are the state's",
        ),
        pytest.param(
            "Villagers beat to death a woman accused of witchcraft in Kilifi on Sunday.",
            "2024-05-08",
            "Mob violence",
            (5, 7),
            id="a mob's victim is a civilian",
        ),
        pytest.param(
            "Police arrested five al-Shabaab militants in Mogadishu on Tuesday, officials said.",
            "2024-05-08",
            "Arrests",
            (1, 2),
            id="a side the text names is kept: a group arrested is the group",
        ),
        pytest.param(
            "Al-Shabaab fighters seized the town of Moqokori on Tuesday, residents said.",
            "2025-02-08",
            "Non-state actor overtakes territory",
            (2, 1),
            id="territory taken is taken from the state",
        ),
        pytest.param(
            "Russia's Defence Ministry said on Friday its forces had taken full control of Toretsk.",
            "2025-02-08",
            "Non-state actor overtakes territory",
            (8, 1),
            id="a foreign army taking a town regains nothing",
        ),
        pytest.param(
            "Police in Sokoto have arrested two suspects after a student was stoned and beaten to "
            "death by a mob of fellow students on Thursday.",
            "2022-05-14",
            "Mob violence",
            (5, 7),
            id="police who arrested a mob are not its target",
        ),
    ],
)
def test_sides_by_sub_type(
    main_event: MainEvent,
    text: str,
    published: str,
    sub: str,
    pair: tuple[int | None, int | None],
) -> None:
    e = main_event(text, published=published)
    assert e.sub_event_type == sub
    assert _pair(e) == pair
