"""Local-story rules: a state named inside an agency's name, names that cluster, streets,
facility names and currency codes; short sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.geo.gazetteer import SQLiteGazetteer, default_gazetteer
from sitrep.geo.geoparse import geoparse
from sitrep.geo.resolve import haversine_km


@pytest.fixture(scope="module")
def gaz() -> SQLiteGazetteer:
    return default_gazetteer()


def _places(nlp: Language, gaz: SQLiteGazetteer, text: str) -> dict[str, tuple[str | None, bool]]:
    return {m.text: (m.admin1, m.nested) for m in geoparse(nlp(text), gaz)}


def test_state_inside_an_agency_name_sets_the_local_focus(
    nlp: Language, gaz: SQLiteGazetteer
) -> None:
    text = (
        "A man from Williston was hurt on Monday. A Florida Highway Patrol trooper said the "
        "Williston driver had failed to yield."
    )
    got = _places(nlp, gaz, text)
    assert got["Williston"][0] == "Florida"  # not the larger Williston, North Dakota


def test_names_that_sit_together_pick_each_other(nlp: Language, gaz: SQLiteGazetteer) -> None:
    text = (
        "The fair opens in Athens next week. Officials in Henderson County expect large "
        "crowds in Athens this year."
    )
    ms = [m for m in geoparse(nlp(text), gaz) if not m.nested]
    athens = next(m for m in ms if m.text == "Athens")
    county = next(m for m in ms if m.text == "Henderson County")
    assert athens.country == county.country == "US"
    assert haversine_km(athens.lat, athens.lon, county.lat, county.lon) < 60


def test_streets_named_together_are_not_towns(nlp: Language, gaz: SQLiteGazetteer) -> None:
    text = "A water main broke at the corner of Lakeview and Harrison streets in Chicago."
    got = _places(nlp, gaz, text)
    assert "Lakeview" not in got and "Harrison" not in got
    assert "Chicago" in got


def test_town_name_before_a_facility_noun_is_nested(nlp: Language, gaz: SQLiteGazetteer) -> None:
    got = _places(nlp, gaz, "Police said the robbery happened at the Springfield Mall on Friday.")
    assert got.get("Springfield", (None, True))[1] is True


def test_currency_code_is_not_a_country(nlp: Language, gaz: SQLiteGazetteer) -> None:
    got = _places(nlp, gaz, "The appeal raised US$42 million for the flood victims in Kenya.")
    assert "US" not in got
    assert "Kenya" in got


def test_washington_alone_does_not_make_a_state_focus(nlp: Language, gaz: SQLiteGazetteer) -> None:
    text = "Officials in Washington met leaders from Albany and Richmond on Tuesday."
    got = _places(nlp, gaz, text)
    assert got["Washington"][0] == "District of Columbia"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Tigray: Partners report that soldiers looted shops in the town.", "Tigray", "ET"),
        ("Kharkiv oblast: On 15 September, officials reported a grave.", "Kharkiv", "UA"),
        ("Sitrep\nKunar: Shelling hit homes on Sunday.", "Kunar", "AF"),
    ],
)
def test_a_situation_reports_section_label_is_a_place(
    nlp: Language, gaz: SQLiteGazetteer, text: str, name: str, country: str
) -> None:
    got = {m.text: m.country for m in geoparse(nlp(text), gaz) if not m.nested}
    assert got.get(name) == country


@pytest.mark.parametrize(
    "text",
    ["Update: partners said shops were looted.", "The report said Kunar: shelling went on."],
)
def test_a_colon_mid_line_or_after_a_word_is_no_label(
    nlp: Language, gaz: SQLiteGazetteer, text: str
) -> None:
    assert not [m for m in geoparse(nlp(text), gaz) if m.text in ("Update", "Kunar")]


def test_the_label_region_is_not_the_event_place_when_the_sentence_names_one() -> None:
    import sitrep

    report = sitrep.process(
        "Kunar: On 3 February, shelling from across the border hit homes in Dangam district, "
        "killing a woman and two children, according to provincial authorities.",
        published="2019-02-05",
    )
    loc = report.events[0].location
    assert loc is not None and loc.name == "Dangam"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # NER reads a capital as a nationality
        ("Thousands of farmers marched through Asuncion on Wednesday.", "Asuncion", "PY"),
        # in capitals, "the town of" vouches for a word WordNet also lists
        ("MILITANTS ATTACKED A POLICE POST IN THE TOWN OF RASK ON FRIDAY.", "RASK", "IR"),
        # the context reads through an Arabic article
        ("A CAR BOMB EXPLODED IN THE NORTHERN SYRIAN TOWN OF AL-BAB ON TUESDAY.", "BAB", "SY"),
    ],
)
def test_places_found_through_context(
    nlp: Language, gaz: SQLiteGazetteer, text: str, name: str, country: str
) -> None:
    got = {m.text: m.country for m in geoparse(nlp(text), gaz) if not m.nested}
    assert got.get(name) == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Troops shelled villages along the Line of Control on Sunday.", "Control"),
        ("MILITANTS STRUCK IN IRAN'S SOUTHEASTERN PROVINCE ON FRIDAY.", "SOUTHEASTERN"),
    ],
)
def test_words_of_a_name_and_compass_words_are_no_places(
    nlp: Language, gaz: SQLiteGazetteer, text: str, word: str
) -> None:
    assert word not in {m.text for m in geoparse(nlp(text), gaz)}


def test_a_village_with_no_country_of_its_own_is_no_namesake_abroad(
    nlp: Language, gaz: SQLiteGazetteer
) -> None:
    text = (
        "Gunmen attacked villages in Plateau State on Saturday. Survivors in Mushu village said "
        "the attackers came on motorcycles."
    )
    assert "Mushu" not in {m.text for m in geoparse(nlp(text), gaz)}


def test_a_lone_village_keeps_its_namesake(nlp: Language, gaz: SQLiteGazetteer) -> None:
    text = "Survivors in Mushu village said the attackers came on motorcycles."
    assert "Mushu" in {m.text for m in geoparse(nlp(text), gaz)}


def test_a_local_government_area_names_a_division(nlp: Language, gaz: SQLiteGazetteer) -> None:
    text = "Gunmen attacked villages in Bokkos local government area of Plateau State on Sunday."
    assert {m.text: m.country for m in geoparse(nlp(text), gaz)}.get("Bokkos") == "NG"
