from __future__ import annotations

from spacy.language import Language

from sitrep.geo.gazetteer import SQLiteGazetteer
from sitrep.geo.resolve import best_location
from sitrep.geo.toponyms import find_places

TEXT = (
    "Fighters entered the rebel-held town of Marea early on Saturday, near the Turkish border. "
    "An advance cut Marea off from another key town, Azaz, the Observatory said. "
    "Clashes continued in the northern province of Idlib, and Islamic State shelled Tal Rifaat."
)


def test_finds_places_with_exact_offsets(nlp: Language, tiny_gazetteer: SQLiteGazetteer) -> None:
    doc = nlp(TEXT)
    ments = find_places(doc, tiny_gazetteer)
    for m in ments:
        assert TEXT[m.start : m.end] == m.text
    by_text = {m.text: m for m in ments}
    assert by_text["Marea"].geonames_id == 167245
    assert by_text["Azaz"].geonames_id == 172082
    assert by_text["Tal Rifaat"].country == "SY"
    # The tiny gazetteer has no country rows; a demonym is never a plain place.
    assert all(m.nested for m in ments if m.text == "Turkish")
    assert not by_text["Marea"].nested
    assert "Observatory" not in by_text and "Islamic" not in by_text


def test_best_location_precision(nlp: Language, tiny_gazetteer: SQLiteGazetteer) -> None:
    doc = nlp(TEXT)
    ments = find_places(doc, tiny_gazetteer)
    first = next(iter(doc.sents))
    loc = best_location(ments, first.start_char, first.end_char, tiny_gazetteer, text=TEXT)
    assert loc is not None and loc.name == "Marea" and loc.precision == 1
    assert loc.admin1 == "Aleppo"
    near = "Shelling hit villages near Azaz on Monday."
    loc2 = best_location(
        find_places(nlp(near), tiny_gazetteer), 0, len(near), tiny_gazetteer, text=near
    )
    assert loc2 is not None and loc2.precision == 2
    assert best_location(ments, 0, 5, tiny_gazetteer) is None


def test_country_hint_breaks_ties(nlp: Language, tiny_gazetteer: SQLiteGazetteer) -> None:
    text = "Gunmen attacked a market in Van on Monday."
    [m] = [m for m in find_places(nlp(text), tiny_gazetteer, country_hint="TR") if m.text == "Van"]
    assert m.country == "TR"
