"""Rules of session 15: a raid told only by what was burned or carried off, gunfire whose own
target is people, a peaceful protest whose crowd then rioted, the wounded told as "more
receiving treatment", and a bomb told as a parked car that blew up.

The texts were written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.extract.tolls import find_tolls
from sitrep.models import Event
from sitrep.nlp import load_nlp

MainEvent = Callable[..., Event]  # the fixture in conftest.py


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


@pytest.mark.parametrize(
    "text",
    [
        "Armed youths raided two cattle camps near Yirol on Saturday, burning more than 80 huts "
        "and driving away hundreds of cows, the county commissioner said. No one was hurt "
        "because residents had fled the day before.",
        "Masked men stormed the offices of the opposition newspaper in Harare early on Monday, "
        "smashing computers and carrying away files, its editor said.",
    ],
)
def test_a_raid_on_things_is_property_destruction(main_event: MainEvent, text: str) -> None:
    event = main_event(text, published="2023-06-14")
    assert event.sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize(
    "text",
    [
        # someone was killed: the raid was an attack on people
        "Armed youths raided a cattle camp near Yirol on Saturday, burning 80 huts and killing "
        "three herders, the county commissioner said.",
        # an armed side fought back: a battle
        "Militants stormed an army post near Diffa on Monday and burned two vehicles before "
        "soldiers repelled them, the defence ministry said.",
        # a crowd did it: a riot, as before
        "Crowds stormed the district office in Mwanza on Friday, smashing windows and setting "
        "fire to files, police said.",
    ],
)
def test_a_raid_with_harm_fighting_or_a_crowd_stays_as_it_was(
    main_event: MainEvent, text: str
) -> None:
    event = main_event(text, published="2023-06-14")
    assert event.sub_event_type != "Looting/property destruction"


def test_fire_on_worshippers_is_an_attack_whoever_roles_found(main_event: MainEvent) -> None:
    # the group's name beside the gunmen made roles read two armed sides
    event = main_event(
        "About 20 gunmen, some carrying the flag of Islamic State, opened fire on worshippers "
        "at a mosque in Bir al-Abed on Friday, killing 40 people, officials said.",
        published="2019-03-09",
    )
    assert event.sub_event_type == "Attack"


def test_fire_on_soldiers_stays_a_battle(main_event: MainEvent) -> None:
    event = main_event(
        "Islamic State gunmen opened fire on soldiers at a checkpoint in Bir al-Abed on Friday, "
        "killing four of them, officials said.",
        published="2019-03-09",
    )
    assert event.sub_event_type == "Armed clash"


def test_a_peaceful_protest_whose_crowd_then_rioted(main_event: MainEvent) -> None:
    event = main_event(
        "Hundreds of traders marched through Kisumu on Tuesday to protest against new market "
        "fees. Later on Tuesday some of the protesters set fire to the county revenue office "
        "and threw stones at police, witnesses said.",
        published="2023-05-10",
    )
    assert event.sub_event_type == "Violent demonstration"


def test_a_protest_put_down_keeps_what_was_done_to_it(main_event: MainEvent) -> None:
    event = main_event(
        "Police fired tear gas on Tuesday to stop thousands of opposition supporters from "
        "marching on parliament in Kampala, witnesses said. Protesters threw stones at police "
        "lines on the main road.",
        published="2023-05-10",
    )
    assert event.sub_event_type == "Protest with intervention"


@pytest.mark.parametrize(
    "text",
    [
        "The toll from the bombing rose to 32, with dozens more receiving treatment in Maiduguri, "
        "officials said.",
        "The death toll rose to 32 on Sunday, with 40 more being treated in hospital.",
        "The death toll rose to 32, with five more in hospital.",
    ],
)
def test_more_receiving_treatment_are_wounded_not_dead(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    tolls = find_tolls(next(iter(nlp(text).sents)))
    assert [i.quantity.best for i in tolls.of("killed")] == [32]
    assert len(tolls.of("injured")) == 1


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "A parked car blew up beside the bus station in Azaz on Saturday morning, killing "
            "five people, the local council said.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_a_parked_car_that_blew_up_is_a_bomb(main_event: MainEvent, text: str, sub: str) -> None:
    assert main_event(text, published="2024-03-12").sub_event_type == sub
