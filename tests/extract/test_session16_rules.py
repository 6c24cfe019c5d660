"""Rules of session 16: the classifier's second opinion reads the narration, not a witness's
quoted words.

The texts were written for these tests.
"""

from __future__ import annotations

from sitrep.extract.triggers import _unquoted

_SAID = (
    'Returning refugees described the camps: "there is no freedom to work, the food is '
    'rationed and we are always hungry," said a woman who was kidnapped near the border.'
)


def test_a_quotation_away_from_the_trigger_is_not_read() -> None:
    at = _SAID.index("kidnapped")
    read = _unquoted(_SAID, at)
    assert "rationed" not in read
    assert "kidnapped near the border" in read
    assert read.startswith("Returning refugees described the camps:")


def test_a_quotation_that_holds_the_trigger_is_read() -> None:
    said = 'The governor said: "gunmen kidnapped 20 pupils from the school at dawn," on Friday.'
    assert _unquoted(said, said.index("kidnapped")) == said


def test_a_short_quoted_name_stays() -> None:
    said = 'Fighters of the so-called "Islamic State" kidnapped 20 villagers near Raqqa.'
    assert _unquoted(said, said.index("kidnapped")) == said
