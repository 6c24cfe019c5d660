"""Sentence breaks at line breaks (session 5): a headline and its datelined lede are two
sentences, and so are two paragraphs; the lines of hard-wrapped wire copy are not."""

from __future__ import annotations

from sitrep.nlp import load_nlp


def _sents(text: str) -> list[str]:
    return [s.text.strip() for s in load_nlp()(text).sents]


def test_a_headline_and_its_datelined_lede() -> None:
    got = _sents(
        "Death toll from airport bombing passes 180\nWASHINGTON, Aug 28 - At least 170 people "
        "were killed when a bomber struck crowds outside the airport on Thursday."
    )
    assert got[0] == "Death toll from airport bombing passes 180"
    assert got[1].startswith("WASHINGTON, Aug 28 - At least 170 people")


def test_a_dateline_with_an_agency() -> None:
    got = _sents(
        "Rebels say they have taken Goma\nKINSHASA (Reuters) - M23 rebels said on Monday they "
        "had taken control of Goma."
    )
    assert got[1].startswith("KINSHASA (Reuters) - M23 rebels said")


def test_two_paragraphs_without_a_full_stop() -> None:
    got = _sents("Troops retake the town\n\nThe army said on Monday it had retaken the town.")
    assert got == ["Troops retake the town", "The army said on Monday it had retaken the town."]


def test_hard_wrapped_lines_stay_one_sentence() -> None:
    got = _sents(
        "SEVERAL HUNDRED ACTIVISTS OF THE MOVEMENT MARCHED THROUGH THE STREETS OF SAN\n"
        "SALVADOR ON TUESDAY, OPENLY DEFYING THE GOVERNMENT."
    )
    assert len(got) == 1
