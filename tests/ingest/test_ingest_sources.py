"""iter_documents: every input item becomes a RawDocument or an ItemError, never nothing."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.errors import (
    BadJSONLine,
    BinaryInput,
    DecodeError,
    EmptyInput,
    InputTooLarge,
    UnsupportedInput,
)
from sitrep.ingest import ItemError, iter_documents
from sitrep.models import RawDocument

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ingest"
ARTICLE = "Fighters entered the town of Marea early on Saturday, a monitoring group said.\n"


def _one(items: list[RawDocument | ItemError]) -> RawDocument | ItemError:
    assert len(items) == 1, items
    return items[0]


def test_text_html_and_jsonl_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.HTM").write_text(f"<html><body><p>{ARTICLE}</p></body></html>", "utf-8")
    (tmp_path / "c.ndjson").write_text(json.dumps({"id": 7, "html": "<p>x</p>"}) + "\n", "utf-8")
    items = list(
        iter_documents([tmp_path / "a.txt", str(tmp_path / "b.HTM"), tmp_path / "c.ndjson"])
    )
    assert [type(i) for i in items] == [RawDocument] * 3
    text, html, row = items
    assert isinstance(text, RawDocument) and text.content == ARTICLE
    assert text.content_type == "text" and text.origin == str(tmp_path / "a.txt")
    assert isinstance(html, RawDocument) and html.content_type == "html"
    assert isinstance(row, RawDocument)
    assert (row.content_type, row.given_id, row.origin) == (
        "html",
        "7",
        f"{tmp_path / 'c.ndjson'}:1",
    )


def test_folder_walk_is_sorted_recursive_and_skips_hidden_and_unsupported(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    for name in [
        "b.txt",
        "a/z.html",
        "a/y.txt",
        ".hidden.txt",
        ".git/x.txt",
        "notes.md",
        "c.jsonl",
    ]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if name.endswith(".jsonl"):
            path.write_text('{"text": "one"}\n{"text": "two"}\n', "utf-8")
        else:
            path.write_text(ARTICLE, "utf-8")
    with caplog.at_level(logging.DEBUG, logger="sitrep.ingest.sources"):
        items = list(iter_documents([tmp_path]))
    origins = [i.origin for i in items]
    assert origins == [
        str(tmp_path / "a/y.txt"),
        str(tmp_path / "a/z.html"),
        str(tmp_path / "b.txt"),
        f"{tmp_path / 'c.jsonl'}:1",
        f"{tmp_path / 'c.jsonl'}:2",
    ]
    assert "notes.md" in caplog.text


def test_explicit_unsupported_and_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    bad = _one(list(iter_documents([tmp_path / "report.pdf"])))
    assert isinstance(bad, ItemError) and isinstance(bad.error, UnsupportedInput)
    assert ".pdf" in bad.reason and ".txt" in bad.reason
    missing = _one(list(iter_documents([tmp_path / "nope.txt"])))
    assert isinstance(missing, ItemError) and "does not exist" in missing.reason
    assert "\n" not in missing.reason


def test_binary_empty_and_too_large(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (tmp_path / "ctrl.txt").write_bytes(bytes(range(1, 9)) * 50)
    (tmp_path / "empty.txt").write_bytes(b" \n\t\n")
    (tmp_path / "big.txt").write_text(ARTICLE * 100, "utf-8")
    items = list(
        iter_documents(
            [tmp_path / n for n in ("bin.txt", "ctrl.txt", "empty.txt", "big.txt")], max_bytes=1000
        )
    )
    kinds = [type(i.error) for i in items if isinstance(i, ItemError)]
    assert kinds == [BinaryInput, BinaryInput, EmptyInput, InputTooLarge]
    reason = items[-1].reason  # type: ignore[union-attr]
    assert "--max-bytes" in reason and "1,000 bytes" in reason


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xef\xbb\xbf" + "Caf\u00e9 in Azaz".encode(), "Caf\u00e9 in Azaz"),
        ("\ufeffAl-R\u0101\u02bfi clashes".encode("utf-16-le"), "Al-R\u0101\u02bfi clashes"),
        ("\ufeffAl-R\u0101\u02bfi clashes".encode("utf-16-be"), "Al-R\u0101\u02bfi clashes"),
    ],
)
def test_boms(tmp_path: Path, data: bytes, expected: str) -> None:
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        pass
    elif not data.startswith(b"\xef\xbb\xbf"):
        data = b"\xef\xbb\xbf" + data
    (tmp_path / "a.txt").write_bytes(data)
    doc = _one(list(iter_documents([tmp_path / "a.txt"])))
    assert isinstance(doc, RawDocument) and doc.content.lstrip("\ufeff") == expected


def test_legacy_encoding_is_detected(tmp_path: Path) -> None:
    text = (
        "Les combats ont repris pr\u00e8s de la fronti\u00e8re turque, a d\u00e9clar\u00e9 "
        "l'Observatoire. Des centaines de r\u00e9fugi\u00e9s ont fui vers le poste-fronti\u00e8re "
        "de Bab al-Salama, selon des t\u00e9moins \u00e0 Azaz.\n"
    ) * 3
    (tmp_path / "fr.txt").write_bytes(text.encode("cp1252"))
    doc = _one(list(iter_documents([tmp_path / "fr.txt"])))
    assert isinstance(doc, RawDocument) and "fronti\u00e8re" in doc.content


def test_html_meta_charset_is_respected(tmp_path: Path) -> None:
    body = "\u0411\u043e\u0438 \u0432 \u0410\u043b\u0435\u043f\u043f\u043e"  # Cyrillic
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{body}</p></body></html>'
    (tmp_path / "ru.html").write_bytes(page.encode("cp1251"))
    doc = _one(list(iter_documents([tmp_path / "ru.html"])))
    assert isinstance(doc, RawDocument) and body in doc.content
    latin = (
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
        "<p>\u2013 caf\u00e9</p>"
    )
    (tmp_path / "l1.html").write_bytes(latin.encode("cp1252"))
    doc = _one(list(iter_documents([tmp_path / "l1.html"])))
    assert isinstance(doc, RawDocument) and "\u2013 caf\u00e9" in doc.content


def test_undecodable_bytes_raise_decode_error(tmp_path: Path) -> None:
    # Valid bytes in no encoding worth trusting: a mix that charset detection rejects.
    (tmp_path / "junk.txt").write_bytes(bytes(range(0x80, 0x100)) * 4)
    item = _one(list(iter_documents([tmp_path / "junk.txt"])))
    assert isinstance(item, ItemError) and isinstance(item.error, DecodeError)
    assert "junk.txt" in item.reason and "UTF-8" in item.reason


def test_jsonl_rows_and_per_line_errors(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": ARTICLE, "title": "T", "published": "2016-05-30",
                    "url": "https://x.example/a"}),
        "",
        "{broken",
        "[1, 2]",
        json.dumps({"id": 3, "title": "no body"}),
        json.dumps({"text": ARTICLE, "published": "last Tuesday"}),
        json.dumps({"text": 5}),
        json.dumps({"text": "   "}),
        json.dumps({"text": ARTICLE, "html": "<p>x</p>", "published": "2016-05-30T12:49:41Z"}),
    ]  # fmt: skip
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    items = list(iter_documents([path]))
    assert [i.origin.rsplit(":", 1)[1] for i in items] == ["1", "3", "4", "5", "6", "7", "8", "9"]
    first, *errors, last = items
    assert isinstance(first, RawDocument)
    assert (first.given_id, first.title, first.url) == ("a1", "T", "https://x.example/a")
    assert first.published == dt.datetime(2016, 5, 30)
    assert [type(e.error) for e in errors if isinstance(e, ItemError)] == [
        BadJSONLine, BadJSONLine, BadJSONLine, BadJSONLine, BadJSONLine, EmptyInput,
    ]  # fmt: skip
    assert "ISO date" in errors[3].reason  # type: ignore[union-attr]
    assert isinstance(last, RawDocument) and last.content_type == "text"
    assert last.published == dt.datetime(2016, 5, 30, 12, 49, 41, tzinfo=dt.UTC)


def test_jsonl_line_over_the_limit_is_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    big = json.dumps({"text": "x" * 5000})
    small = json.dumps({"text": "short article"})
    path.write_text(f"{small}\n{big}\n{small}", "utf-8")
    items = list(iter_documents([path], max_bytes=1000))
    assert [type(i) for i in items] == [RawDocument, ItemError, RawDocument]
    assert isinstance(items[1], ItemError) and isinstance(items[1].error, InputTooLarge)
    assert items[2].origin.endswith(":3")


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        (ARTICLE.encode(), "text"),
        (b"<!DOCTYPE html><html><body><p>hello</p></body></html>", "html"),
        (b"\n  <p>A paragraph of news.</p>", "html"),
    ],
)
def test_stdin_text_and_html(data: bytes, content_type: str) -> None:
    doc = _one(list(iter_documents(["-"], stdin=io.BytesIO(data))))
    assert isinstance(doc, RawDocument)
    assert (doc.origin, doc.content_type) == ("<stdin>", content_type)


def test_stdin_jsonl_and_limits() -> None:
    feed = b'{"id": 1, "text": "a"}\n\n{"id": 2, "html": "<p>b</p>"}\nnot json\n'
    items = list(iter_documents(["-"], stdin=io.BytesIO(feed)))
    assert [i.origin for i in items] == ["<stdin>:1", "<stdin>:3", "<stdin>:4"]
    assert isinstance(items[2], ItemError) and isinstance(items[2].error, BadJSONLine)
    big = _one(list(iter_documents(["-"], stdin=io.BytesIO(b"x " * 5000), max_bytes=100)))
    assert isinstance(big, ItemError) and isinstance(big.error, InputTooLarge)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_exactly_one_item(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("any") / "x.txt"
    path.write_bytes(data)
    item = _one(list(iter_documents([path])))
    assert isinstance(item, (RawDocument, ItemError))
    if isinstance(item, ItemError):
        assert item.reason and "\n" not in item.reason


_ROW = st.dictionaries(
    st.sampled_from(["id", "text", "html", "title", "published", "url"]),
    st.one_of(st.none(), st.integers(), st.text(max_size=20)),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=30), _ROW), max_size=8))
def test_every_non_blank_jsonl_line_gives_one_item(lines: list[object]) -> None:
    rows = [json.dumps(x) if isinstance(x, dict) else str(x).replace("\n", " ") for x in lines]
    feed = "\n".join(rows).encode("utf-8")
    items = list(iter_documents(["-"], stdin=io.BytesIO(b'{"text": "first"}\n' + feed)))
    expected = 1 + sum(1 for r in rows if r.encode().strip())  # blank = ASCII whitespace
    assert len(items) == expected
