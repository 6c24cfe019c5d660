"""Document-level geoparsing rules, on short real-style news sentences and the default gazetteer."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.geo.gazetteer import SQLiteGazetteer, default_gazetteer
from sitrep.geo.geoparse import geoparse
from sitrep.geo.toponyms import abbreviations, common_words, find_places


@pytest.fixture(scope="module")
def gaz() -> SQLiteGazetteer:
    return default_gazetteer()


def _by_text(nlp: Language, gaz: SQLiteGazetteer, text: str) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.country, m.admin1) for m in geoparse(nlp(text), gaz)}


def test_us_short_forms_and_united_states(nlp: Language, gaz: SQLiteGazetteer) -> None:
    got = _by_text(nlp, gaz, "The United States said U.S. troops and US officials would stay.")
    assert got["United States"][0] == got["U.S."][0] == got["US"][0] == "US"


def test_all_caps_sentence_us_is_a_pronoun(nlp: Language, gaz: SQLiteGazetteer) -> None:
    assert "US" not in _by_text(nlp, gaz, "PLEASE LET US KNOW WHAT YOU THINK ABOUT IT.")


def test_ap_state_abbreviations_and_qualifiers(nlp: Language, gaz: SQLiteGazetteer) -> None:
    got = _by_text(nlp, gaz, "Officials met in Charleston, W.Va., and in Paris, Ky., on Monday.")
    assert got["W.Va."] == ("US", "West Virginia")
    assert got["Ky."] == ("US", "Kentucky")
    assert got["Paris"] == ("US", "Kentucky")  # the qualifier beats the capital of France


def test_title_abbreviation_needs_a_town_before(nlp: Language, gaz: SQLiteGazetteer) -> None:
    assert "Miss." not in _by_text(nlp, gaz, "Miss. Jones said the school would reopen.")
    assert abbreviations()["Miss."][2] is True


def test_famous_city_beats_small_namesake_in_focus(nlp: Language, gaz: SQLiteGazetteer) -> None:
    text = (
        "The mayor of Wichita, Kan., and officials in Topeka, Kan., flew to Paris for talks "
        "with French ministers."
    )
    assert _by_text(nlp, gaz, text)["Paris"][0] == "FR"


def test_multiword_and_plural_demonyms(nlp: Language, gaz: SQLiteGazetteer) -> None:
    ments = find_places(nlp("Sri Lankan troops met South Ossetians and Canadians."), gaz)
    got = {m.text: m for m in ments}
    assert got["Sri Lankan"].country == "LK" and got["Sri Lankan"].nested
    assert got["South Ossetians"].country == "GE"
    assert got["Canadians"].country == "CA"
    assert "Sri" not in got


def test_surname_of_a_person_is_not_a_place(nlp: Language, gaz: SQLiteGazetteer) -> None:
    text = "Karen Hartmann told reporters on Monday. Hartmann said the vote would be close."
    assert "Hartmann" not in _by_text(nlp, gaz, text)


def test_country_in_person_entity_stays_a_place(nlp: Language, gaz: SQLiteGazetteer) -> None:
    text = "Rethinking Egypt relations. Officials in Cairo said Egypt would respond."
    assert _by_text(nlp, gaz, text).get("Egypt", ("", None))[0] == "EG"


def test_lone_common_word_is_not_a_place(nlp: Language, gaz: SQLiteGazetteer) -> None:
    assert "northwest" in common_words()
    got = _by_text(nlp, gaz, "Northwest of the city, River levels rose in Memphis, Tenn.")
    assert "Northwest" not in got and "River" not in got


def test_skeleton_match_keeps_word_initials(nlp: Language, gaz: SQLiteGazetteer) -> None:
    got = _by_text(nlp, gaz, "Russian troops entered South Ossetia from Georgia on Friday.")
    assert got.get("South Ossetia", ("GE", None))[0] != "CM"
