"""Which place an event happened at (:func:`sitrep.geo.resolve.best_location` through the
pipeline): the city a named neighbourhood belongs to, a region before its country, a lone
namesake abroad, and the article's place for a sentence that names none.

Each rule is paired with a text where it must not fire. The texts were written for these tests.
"""

from __future__ import annotations

from sitrep.models import Event
from sitrep.pipeline import Pipeline

PAGE = "2023-05-12"


def main_event(pipeline: Pipeline, text: str) -> Event:
    found = pipeline(text, published=PAGE).events
    assert found, text
    return found[0]


def place(e: Event) -> tuple[str | None, str | None]:
    return (e.location.name, e.location.country) if e.location is not None else (None, None)


def test_a_neighbourhood_of_a_city_is_coded_to_the_city(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "A drone strike hit a car in the Khwaja Burgha area of Kabul on Sunday, killing 10.",
    )
    assert place(e) == ("Kabul", "AF")


def test_a_town_near_a_city_stays_the_town(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline, "A drone strike hit a car in Charikar near Kabul on Sunday, killing 10."
    )
    assert place(e)[0] == "Charikar"


def test_a_region_is_preferred_to_its_country(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline, "Gang members killed 70 people in Haiti's Artibonite department on Thursday."
    )
    assert place(e) == ("Artibonite", "HT")


def test_a_sentence_without_a_place_happened_where_the_article_is(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "Shop owners in Johannesburg swept up broken glass on Tuesday. "
        "On Monday, mobs looted and burned shops owned by foreign nationals, killing five people.",
    )
    assert place(e) == ("Johannesburg", "ZA")
    assert e.location is not None and e.location.precision >= 2  # inferred, not named


def test_a_sentence_with_its_own_place_keeps_it(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "Shop owners in Johannesburg swept up broken glass on Tuesday. "
        "On Monday, mobs looted and burned shops in Durban, killing five people.",
    )
    assert place(e)[0] == "Durban"


def test_a_lone_namesake_abroad_gives_way_to_the_place_at_home(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "Troops retook the town of Palma in Cabo Delgado province, Mozambique, on Sunday.",
    )
    assert place(e)[1] == "MZ"


def test_a_place_abroad_that_the_text_names_the_country_of_stays(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "Ukrainian drones struck an oil depot in Bryansk, Russia, on Sunday. "
        "Kyiv said the strike was a response to attacks on Kharkiv.",
    )
    assert place(e) == ("Bryansk", "RU")


def test_a_named_district_of_a_city_is_the_city_not_a_province(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline, "Rockets fell on the Abu Salim district of Tripoli on Monday, killing four."
    )
    assert e.location is not None and e.location.name == "Tripoli" and e.location.precision == 1


def test_a_capital_beats_its_district_of_the_same_name(pipeline: Pipeline) -> None:
    e = main_event(pipeline, "Thousands of people protested peacefully in Colombo on Saturday.")
    assert e.location is not None and e.location.name == "Colombo" and e.location.precision == 1
    district = main_event(
        pipeline, "Thousands of people protested peacefully in Colombo district on Saturday."
    )
    assert (
        district.location is not None and district.location.precision == 2
    )  # a district: part of a region


def test_a_town_in_a_gangs_name_is_not_the_place(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "Members of the Wharf Jeremie gang killed 184 people in Port-au-Prince on Saturday.",
    )
    assert place(e)[0] == "Port-au-Prince"


def test_a_region_named_loosely_gives_way_to_the_town(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "A Turkish convoy entered northern Hama and set up an observation point near Murak "
        "on Saturday.",
    )
    assert place(e)[0] == "Murak"


def test_a_district_of_a_province_is_the_district(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "Houthi fighters blew up the houses of two tribal sheikhs in the Radaa district of "
        "Al-Bayda on Thursday morning, residents said.",
    )
    assert e.location is not None and e.location.name == "Radda" and e.location.precision == 2
    town = main_event(
        pipeline,
        "Villagers in Rueso district of Narathiwat said a roadside bomb ripped through a pickup "
        "truck carrying rangers on Thursday, killing two.",
    )
    assert town.location is not None and town.location.name == "Rueso"


def test_a_quarter_of_a_city_is_the_city(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline, "A car bomb killed 12 people in the Karrada district of Baghdad on Monday."
    )
    assert e.location is not None and e.location.name == "Baghdad"


def test_a_local_government_area_is_a_place_not_a_person(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "On 11 December 2020, armed men on motorcycles attacked the Government Science Secondary "
        "School in Kankara LGA, Katsina State, and abducted more than 300 schoolboys. Boko Haram "
        "later claimed responsibility.",
    )
    assert e.location is not None and e.location.name == "Kankara"


def test_the_town_in_the_name_of_the_building_where_it_happened(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "Former prime minister Imran Khan was arrested on Tuesday by paramilitary Rangers as he "
        "appeared at the Islamabad High Court for a hearing, his party said.",
    )
    assert e.location is not None and e.location.name == "Islamabad"
    stormed = main_event(
        pipeline,
        "Gunmen stormed Kabul University on Monday, killing 22 students, officials said. The "
        "siege lasted hours.",
    )
    assert stormed.location is not None and stormed.location.name == "Kabul"


def test_a_town_named_only_as_a_speaker_s_seat_is_not_the_place(pipeline: Pipeline) -> None:
    e = main_event(
        pipeline,
        "Gunmen killed four farmers in Kaduna State on Monday, the Kaduna police command said.",
    )
    assert e.location is not None and e.location.precision == 3
