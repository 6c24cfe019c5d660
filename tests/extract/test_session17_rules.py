"""Rules of session 17: a state's weapon named by its model is still that state's; a capital
standing for its government is not where an event happened; a state settling with its own
rebels at talks abroad keeps its home inter code.

The texts were written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.models import Event

MainEvent = Callable[..., Event]  # the fixture in conftest.py


@pytest.mark.parametrize(
    ("text", "inters"),
    [
        (
            "On 3 May 2023, a Russian Kh-101 cruise missile struck a school in Zaporizhzhia, "
            "killing 3 civilians.",
            (8, 7),
        ),
        (
            "On 3 May 2023, a Russian Su-34 warplane bombed a market in Avdiivka, killing 2 "
            "civilians.",
            (8, 7),
        ),
        (
            "On 3 May 2023, Russian air defences shot down a Ukrainian fixed-wing drone over "
            "Belgorod.",
            (1, 8),
        ),
    ],
)
def test_a_weapon_named_by_its_model_is_the_states(
    main_event: MainEvent, text: str, inters: tuple[int, int]
) -> None:
    event = main_event(text)
    assert event.actor1 is not None and event.actor2 is not None
    assert (event.actor1.inter, event.actor2.inter) == inters


def test_a_lower_case_word_with_a_number_is_no_weapon_model(main_event: MainEvent) -> None:
    # "a Russian 5-year-old ..." is no model designator: the child is no doer
    event = main_event(
        "On 3 May 2023, gunmen shot dead a Russian 5-year-old boy and his mother in Kherson."
    )
    assert event.actor1 is None or "Russia" not in event.actor1.name


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Ukrainian troops retook Kherson on Saturday after a week of fighting. Moscow's "
            "defence ministry said its forces had withdrawn to better positions.",
            "Kherson",
        ),
        (
            "Russian military instructors arrived in Bamako on Tuesday to train the army, as "
            "the junta deepens its ties with Moscow.",
            "Bamako",
        ),
    ],
)
def test_a_capital_standing_for_its_government_is_not_the_place(
    main_event: MainEvent, text: str, place: str
) -> None:
    event = main_event(text)
    assert event.location is not None and event.location.name == place


def test_the_capital_itself_can_still_be_the_place(main_event: MainEvent) -> None:
    event = main_event("A car bomb exploded in Moscow's Sokolniki district on Friday, killing 2.")
    assert event.location is not None and event.location.name == "Moscow"


def test_a_state_and_its_own_rebels_agreeing_abroad_stay_at_home(main_event: MainEvent) -> None:
    event = main_event(
        "The Sudanese army and the Sudan Liberation Movement signed a ceasefire agreement at "
        "talks in Doha on Monday, Qatar's foreign ministry said."
    )
    assert event.sub_event_type == "Agreement"
    inters = sorted(a.inter or 0 for a in (event.actor1, event.actor2) if a is not None)
    assert inters == [1, 2]


def test_two_states_agreeing_abroad_are_both_external(main_event: MainEvent) -> None:
    event = main_event(
        "The Syrian army and the Turkish army signed a ceasefire agreement at talks in Moscow "
        "on Monday."
    )
    assert event.sub_event_type == "Agreement"
    assert event.actor1 is not None and event.actor1.inter == 8


def test_the_hospital_the_wounded_went_to_is_not_the_place(main_event: MainEvent) -> None:
    # a hospital named after a town (here a real Yemeni one) keeps the toll with the shelling
    event = main_event(
        "On 1 November 2023, Houthi forces shelled a neighbourhood of Taiz city, hitting a "
        "residential building. Two children were killed and four other civilians injured, "
        "according to medical sources at Al-Thawra hospital."
    )
    assert event.location is not None and event.location.name == "Taiz"
    assert event.fatalities is not None and event.fatalities.best == 2


def test_a_hospital_named_first_is_still_the_towns(main_event: MainEvent) -> None:
    event = main_event(
        "Doctors at Kunduz hospital said they had received 12 bodies after an airstrike hit a "
        "market in the town on Sunday."
    )
    assert event.location is not None and event.location.name == "Kunduz"


def test_a_deputy_governor_names_no_place(main_event: MainEvent) -> None:
    event = main_event(
        "Government forces recaptured the town of Adale on Wednesday. Seven militants were "
        "killed, the Middle Shabelle deputy governor said."
    )
    assert event.location is not None and event.location.name == "Adale"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Witnesses said the shells released a toxic cloud that left people choking in the "
            "streets of Douma on Tuesday.",
            "Chemical weapon",
        ),
        (
            "Ukraine accused Russian troops of using tear gas grenades against its soldiers near "
            "Bakhmut on Monday.",
            "Chemical weapon",
        ),
        (
            "The Russian military opened an airbase in Qamishli on Monday, state media reported.",
            "Headquarters or base established",
        ),
    ],
)
def test_more_ways_of_telling_chemical_weapons_and_bases(
    main_event: MainEvent, text: str, sub: str
) -> None:
    assert main_event(text).sub_event_type == sub


def test_tear_gas_on_protesters_is_no_chemical_weapon(main_event: MainEvent) -> None:
    event = main_event("Police fired tear gas grenades at protesters outside parliament on Monday.")
    assert event.sub_event_type != "Chemical weapon"
