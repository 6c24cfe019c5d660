"""Places of session 28: a boundary line's name is no place ("the Durand Line" is not Durand,
Michigan; "the Line of Control" not Lin'e, China), while a town before another word stays a
town. And the gazetteer's cheap name test agrees with its candidates. The sentences were
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.geo.gazetteer import SQLiteGazetteer, default_gazetteer
from sitrep.geo.geoparse import geoparse


@pytest.fixture(scope="module")
def gaz() -> SQLiteGazetteer:
    return default_gazetteer()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Shelling from across the Durand Line hit homes in Dangam district on Monday.",
            "Dangam",
        ),
        (
            "A mortar shell fired from across the Line of Control hit a house near Poonch.",
            None,
        ),
        ("Israeli troops fired across the Blue Line into Lebanon on Sunday.", "Lebanon"),
    ],
)
def test_a_boundary_lines_name_is_no_place(
    nlp: Language, gaz: SQLiteGazetteer, text: str, place: str | None
) -> None:
    found = [p for p in geoparse(nlp(text), gaz) if not p.nested]
    assert all("Line" not in p.text and p.text != "Durand" for p in found)
    if place is not None:
        assert place in {p.text for p in found}


def test_a_town_named_durand_is_still_a_town(nlp: Language, gaz: SQLiteGazetteer) -> None:
    # guard: the name alone, with its state, is the Michigan city
    found = {
        p.text: p for p in geoparse(nlp("The fire in Durand, Michigan, destroyed a barn."), gaz)
    }
    assert found["Durand"].country == "US"


@pytest.mark.parametrize(
    "name",
    ["Aleppo", "Marea", "Tal Rifaat", "A'zaz", "Poonch", "Line", "Durand", "Xqzv", "Said",
     "Observatory", "Kafr Nabl", "Deir ez-Zor", "", "al-"],
)  # fmt: skip
def test_known_agrees_with_candidates(gaz: SQLiteGazetteer, name: str) -> None:
    assert gaz.known(name) == bool(gaz.candidates(name, loose=True))


def test_a_gazetteer_without_the_name_test_still_works(nlp: Language, gaz: SQLiteGazetteer) -> None:
    class Plain:  # a gazetteer that offers only the protocol's methods
        def __getattr__(self, name: str) -> object:
            if name == "known":
                raise AttributeError(name)
            return getattr(gaz, name)

    text = "Shelling hit homes in Dangam district on Monday."
    assert [p.text for p in geoparse(nlp(text), Plain())] == [  # type: ignore[arg-type]
        p.text for p in geoparse(nlp(text), gaz)
    ]


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Murle youths attacked cattle camps near Pibor on Sunday, officials said.", "Pibor", "SS"),
        ("Fighting between the army and the RSF reached Heglig, Sudan, on Monday.", "Heglig", "SD"),
        ("Thousands of refugees crossed into Uganda at Nimule on Friday.", "Nimule", "SS"),
        (
            "Gangs fought in the Brooklyn area of Cite Soleil, Port-au-Prince, on Friday.",
            "Cite Soleil",
            "HT",
        ),
    ],
)
def test_conflict_towns_of_the_sudans_from_the_supplement(
    nlp: Language, gaz: SQLiteGazetteer, text: str, place: str, country: str
) -> None:
    found = {p.text: p for p in geoparse(nlp(text), gaz)}
    assert found[place].country == country


def test_a_quarter_of_a_known_town_is_no_namesake_abroad(
    nlp: Language, gaz: SQLiteGazetteer
) -> None:
    text = "Gangs fought in the Brooklyn area of Cite Soleil, Port-au-Prince, on Friday."
    assert all(p.country == "HT" for p in geoparse(nlp(text), gaz) if not p.nested)
