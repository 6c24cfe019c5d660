"""Event places from the ninth notes batch's dev half (session 7): wire datelines with an agency
in brackets, local datelines, analysts' "Town (District, Province)" brackets, roads named by
their ends, where marchers were heading, money in US dollars, and place lists NER read as one
organisation. The texts were written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.models import Event

MainEvent = Callable[..., Event]  # the fixture in conftest.py


def _place(e: Event) -> str:
    assert e.location is not None
    return e.location.name


def test_a_wire_filed_from_the_capital_about_another_town(main_event: MainEvent) -> None:
    e = main_event(
        "Protests spread in Cameroon's northwest\nYAOUNDE, Nov 23 (wire) - Protesters in Bamenda "
        "burned tyres and pelted police with stones on Tuesday, witnesses said.",
        published="2016-11-23",
    )
    assert _place(e) == "Bamenda"


def test_a_local_dateline_is_where_it_happened(main_event: MainEvent) -> None:
    e = main_event(
        "MAKASSAR - Police fired tear gas at hundreds of students outside the South Sulawesi "
        "provincial legislature on Tuesday.",
        published="2019-09-25",
    )
    assert _place(e) == "Makassar"


def test_a_wire_dateline_still_yields_to_the_town_of_the_event(main_event: MainEvent) -> None:
    e = main_event(
        "ASADABAD - Two children were killed on Thursday when rockets struck houses in the "
        "Dangam district of Kunar province, local officials said.",
        published="2021-07-02",
    )
    assert _place(e) != "Asadabad"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "On 3 March 2021, a roadside bomb exploded as a ranger patrol passed in Raman district "
            "(Yala), killing 2 rangers.",
            "TH",
        ),
        (
            "On 2 May 2018, a mob beat to death a cattle trader in Ramgarh (Jharkhand) on "
            "suspicion that he was carrying beef.",
            "IN",
        ),
    ],
)
def test_the_province_in_brackets_picks_the_namesake(
    main_event: MainEvent, text: str, country: str
) -> None:
    e = main_event(text)
    assert e.location is not None and e.location.country == country


def test_the_bracketed_township_does_not_hide_its_town(main_event: MainEvent) -> None:
    e = main_event(
        "On 12 November 2023, resistance troops attacked army outposts in Kawkareik (Kawkareik "
        "township, Kayin); fighting continued into the night.",
    )
    assert _place(e) == "Kawkareik"


def test_a_roads_far_end_is_not_the_place(main_event: MainEvent) -> None:
    e = main_event(
        "A bus ran over a landmine on the Maiduguri-Damboa road near Damboa on Monday, killing "
        "six passengers, a militia member said.",
        published="2020-11-04",
    )
    assert _place(e) == "Damboa"


def test_where_marchers_were_heading_is_not_the_place(main_event: MainEvent) -> None:
    e = main_event(
        "Two police officers were killed on Wednesday when supporters of the TLP, marching "
        "towards Islamabad, attacked police with stones near Muridke, police said.",
        published="2021-10-28",
    )
    assert _place(e) == "Muridke"
    # a missile fired towards a city is aimed at it
    aimed = main_event(
        "Israel's air defences intercepted a ballistic missile fired from Yemen towards Tel Aviv "
        "early on Saturday, the military said.",
        published="2024-12-21",
    )
    assert _place(aimed) == "Tel Aviv"


def test_dollars_are_no_country(main_event: MainEvent) -> None:
    e = main_event(
        "CROIX-DES-BOUQUETS - Gunmen kidnapped 12 passengers from a bus on Wednesday, relatives "
        "said. The kidnappers are demanding 50,000 US dollars for each hostage.",
        published="2021-04-09",
    )
    assert e.location is not None and e.location.country == "HT"


def test_a_place_list_read_as_an_organisation(main_event: MainEvent) -> None:
    e = main_event(
        "On 29 June 2017, a mob beat to death a meat trader in Bazar Tand, Ramgarh (Jharkhand), "
        "on suspicion that he was carrying beef.",
    )
    assert _place(e).startswith("R")
