"""Plain-text cleaning: header lines, debris removal, related harvest, exact offset map."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sitrep.clean import clean_document
from sitrep.errors import EmptyInput
from sitrep.models import RawDocument

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ingest"
MAREA = FIXTURES / "marea-2016-05-30.txt"
BODY = (
    "Fighters entered the rebel-held town early on Saturday, using at least two car bombs.\n\n"
    "Clashes continued later in the day, the Observatory said."
)


def _clean(content: str, **kw: object) -> object:
    return clean_document(RawDocument(origin="t", content=content, **kw))  # type: ignore[arg-type]


def _assert_offsets(raw: str, doc: object) -> None:
    text = doc.text  # type: ignore[attr-defined]
    for i, ch in enumerate(text):
        j = doc.to_raw_offset(i)  # type: ignore[attr-defined]
        assert j is not None and raw[j] == ch


def test_canonical_page() -> None:
    raw = MAREA.read_text("utf-8")
    doc = clean_document(RawDocument(origin=str(MAREA), content=raw))
    assert doc.title == "VIDEO Shows ISIS and Rebels Heavy Fighting Near Turkey Border in Aleppo"
    assert doc.published == dt.datetime(2016, 5, 30, 12, 49, 41)
    for debris in ("string(387)", "contenttypeid", "alalam_636000514194542212", "Mon May 30"):
        assert debris not in doc.text
    assert doc.text.startswith("Amateur video posted")
    assert doc.text.endswith("could find themselves in the line of fire.")
    assert [(r.id, r.title) for r in doc.related] == [
        ("1822687", "VDO: Fierce Fighting Among ISIS & Rebels Near Turkey Border in Aleppo"),
        ("1822711", "Turkey Sets up Military Checkpoint Inside Syria territory in Aleppo"),
    ]
    assert doc.related[0].picture == "/2016/05/28/alalam_636000514194542212_25f_4x3.jpg"
    assert [kind for _, _, kind in doc.removed] == ["header", "php_dump"]
    start, end, _ = doc.removed[1]
    assert raw[start:end].startswith('string(387) "[{') and raw[start:end].endswith('} ]"')
    _assert_offsets(raw, doc)


def test_canonical_page_matches_the_analyst_expectations() -> None:
    # the repo keeps a copy of the canonical coding beside the project's own pages
    expected_path = Path(__file__).resolve().parents[1] / "pages" / "marea-2016-05-30.expected.json"
    report = json.loads(expected_path.read_text("utf-8"))["report"]
    doc = clean_document(RawDocument(origin="m", content=MAREA.read_text("utf-8")))
    assert doc.title == report["title"]
    assert doc.published is not None and doc.published.isoformat() == report["published"]
    assert not [s for s in report["body_must_not_contain"] if s in doc.text]
    got = {(r.id, r.title) for r in doc.related}
    assert {(r["id"], r["title"]) for r in report["related_must"]} <= got


def test_explicit_metadata_wins_but_header_lines_still_go() -> None:
    raw = "A Title Line\n\n30 May 2016 14:02 GMT\n\n" + BODY
    given = dt.datetime(2020, 1, 1)
    doc = _clean(raw, published=given, title="Given title")
    assert doc.published == given and doc.title == "Given title"  # type: ignore[attr-defined]
    assert doc.text == BODY  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("Mon May 30, 2016 12:49:41", dt.datetime(2016, 5, 30, 12, 49, 41)),
        ("May 30, 2016", dt.datetime(2016, 5, 30)),
        ("30 May 2016 14:02 GMT", dt.datetime(2016, 5, 30, 14, 2, tzinfo=dt.UTC)),
        ("Published July 5 2016", dt.datetime(2016, 7, 5)),
        ("2016-05-30T12:49:41Z", dt.datetime(2016, 5, 30, 12, 49, 41, tzinfo=dt.UTC)),
    ],
)
def test_title_and_dateline_forms(dateline: str, expected: dt.datetime) -> None:
    doc = _clean(f"Rebels Push Into Border Town\n{dateline}\n\n{BODY}")
    assert doc.title == "Rebels Push Into Border Town"  # type: ignore[attr-defined]
    assert doc.published == expected  # type: ignore[attr-defined]
    assert doc.text == BODY  # type: ignore[attr-defined]


def test_no_header_when_second_line_is_not_a_date() -> None:
    raw = "Rebels Push Into Border Town\nIn May 2016 the front moved north.\n\n" + BODY
    doc = _clean(raw)
    assert doc.title is None and doc.published is None  # type: ignore[attr-defined]
    assert doc.text == raw  # type: ignore[attr-defined]


def test_inline_dateline_at_the_start_of_the_body() -> None:
    doc = _clean("Published July 5 2016 A motorcycle bomber killed at least 16 civilians.")
    assert doc.published == dt.datetime(2016, 7, 5)  # type: ignore[attr-defined]
    assert doc.text == "A motorcycle bomber killed at least 16 civilians."  # type: ignore[attr-defined]


def test_debris_of_every_kind_is_removed_and_offsets_stay_exact() -> None:
    raw = (
        "Home\nWorld\nMiddle East\nSport\nVideo\n\n"
        "Shelling killed nine people in the market, medics said. Read more\n\n"
        "Share this article\n"
        '{"id": 99, "title": "Widget story", "url": "/w/99"}\n'
        "Array\n(\n    [0] => Array\n        (\n            [id] => 7\n"
        "            [title] => Printed story\n        )\n\n)\n"
        "We use cookies to give you the best experience. By continuing you accept them.\n"
        'var ads = {"slot": 3};\n'
        "The wounded were taken to hospitals in the provincial capital.\n"
        "Click here to subscribe to our newsletter\n"
    )
    doc = _clean(raw)
    text = doc.text  # type: ignore[attr-defined]
    assert text == (
        "Shelling killed nine people in the market, medics said.\n\n"
        "The wounded were taken to hospitals in the provincial capital."
    )
    kinds = {kind for _, _, kind in doc.removed}  # type: ignore[attr-defined]
    assert kinds == {"nav", "json_blob", "php_dump", "script"}
    assert {r.title for r in doc.related} == {"Widget story", "Printed story"}  # type: ignore[attr-defined]
    _assert_offsets(raw, doc)


def test_prose_with_brackets_and_short_lines_is_kept() -> None:
    raw = (
        "The council [1] said the town of Azaz (Aleppo province) was calm.\n"
        "Casualties:\nTwo fighters\nOne civilian\n"
        "He said: {they will return} to the front."
    )
    assert _clean(raw).text == raw  # type: ignore[attr-defined]


def test_only_debris_raises_empty_input() -> None:
    with pytest.raises(EmptyInput):
        _clean('string(5) "abcde"\n\nShare this article\n')


def test_to_raw_offset_bounds() -> None:
    doc = _clean("Title Of Story\nMay 30, 2016\n\nBody text.")
    assert doc.to_raw_offset(-1) is None  # type: ignore[attr-defined]
    assert doc.to_raw_offset(0) == len("Title Of Story\nMay 30, 2016\n\n")  # type: ignore[attr-defined]
    assert doc.to_raw_offset(len(doc.text)) == len(doc.text) + 29  # type: ignore[attr-defined]
    assert doc.to_raw_offset(len(doc.text) + 1) is None  # type: ignore[attr-defined]
