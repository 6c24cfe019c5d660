"""US local news names its towns in ways NER reads as people: after a street address, before
"man" or "woman", and inside a department's name. Texts written for these tests."""

from __future__ import annotations

from sitrep.geo.geoparse import geoparse_texts


def _found(text: str) -> dict[str, str | None]:
    [places] = geoparse_texts([text])
    return {p.text: p.admin1 for p in places}


def test_a_town_after_a_street_address_is_a_place() -> None:
    # (NER reads this "Alexandria" as part of a person; before session 11 nothing was found)
    text = (
        "Tanya Lee Brooks, 27, of 214 Maple St., Alexandria, was arrested and charged with theft."
    )
    assert "Alexandria" in _found(text)


def test_a_town_before_man_or_woman_is_a_place_but_not_a_pronoun_like_word() -> None:
    found = _found(
        "Alexandria woman charged with arson. Investigators say the fire began at night."
    )
    assert "Alexandria" in found
    # the pattern reads a place name before the noun, not any capitalised word
    assert "Investigators" not in found


def test_a_parish_inside_a_department_name_is_the_parish() -> None:
    text = (
        "Both the Sheriff's Office and Rapides Parish Fire District 2 investigated the fire, "
        "officials said."
    )
    assert _found(text).get("Rapides Parish") == "Louisiana"


def test_a_street_name_alone_does_not_make_a_person_a_place() -> None:
    found = _found("Jordan Miller, 19, of 88 Elm Street, was arrested on Friday, police said.")
    assert "Jordan" not in found and "Miller" not in found


def test_a_street_suffix_after_a_name_is_no_place() -> None:
    found = _found("Kevin Ray Dunn, 41, of 77 Cedar Ave., Laconia, was charged with assault.")
    assert "Ave" not in found and "Ave." not in found
    assert "Laconia" in found
