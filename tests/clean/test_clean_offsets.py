"""Property: for plain text every character of the cleaned body is a character of the input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.clean import clean_document
from sitrep.errors import EmptyInput
from sitrep.models import RawDocument

_PIECES = st.sampled_from(
    [
        "Fighting resumed near Azaz. ",
        "Title Of A Story\nMay 30, 2016\n\n",
        'string(11) "[{"id":1}]"',
        '[{"id": "7", "title": "Related"}]\n',
        "Share this article\n",
        "Home\nWorld\nSport\nVideo\n",
        "Array ( [id] => 3 [title] => x )",
        'var x = {"a": 1};\n',
        "\n\n",
        "  ",
        " Read more\n",
        "\u00e9\u2013\u02bf",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=40)), min_size=1, max_size=12))
def test_every_text_char_maps_back_to_the_raw_content(pieces: list[str]) -> None:
    content = "".join(pieces)
    raw = RawDocument(origin="p", content=content)
    try:
        doc = clean_document(raw)
    except EmptyInput:
        return
    assert doc.text and doc.text == doc.text.strip()
    for i, ch in enumerate(doc.text):
        j = doc.to_raw_offset(i)
        assert j is not None and content[j] == ch
    covered = sum(length for _, _, length in doc.segments)
    assert covered == len(doc.text)
    for (t0, r0, n0), (t1, r1, _) in zip(doc.segments, doc.segments[1:], strict=False):
        assert t0 + n0 == t1 and r0 + n0 <= r1
