"""HTML cleaning on small pages written for these tests."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import pytest

from sitrep.clean import clean_document
from sitrep.errors import EmptyInput
from sitrep.ingest import iter_documents
from sitrep.models import RawDocument

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ingest"


def _html(content: str, **kw: object) -> RawDocument:
    return RawDocument(origin="t.html", content=content, content_type="html", **kw)  # type: ignore[arg-type]


def test_page_with_furniture_and_related_widget() -> None:
    doc = clean_document(_html((FIXTURES / "article_widgets.html").read_text("utf-8")))
    assert doc.title == "Shelling Hits Market in Northern Town"
    assert doc.outlet == "Frontline Daily"
    assert doc.published == dt.datetime(
        2016, 6, 2, 8, 15, tzinfo=dt.timezone(dt.timedelta(hours=3))
    )
    assert doc.url == "https://frontline.example/world/shelling-market"
    assert doc.text.startswith("Artillery shells struck")
    assert "blood donations" in doc.text and "independently verified" in doc.text
    for debris in ("Share this", "Read more", "string(", "5501", "cookie", "Home", "Copyright",
                   "dataLayer", "Ceasefire collapses", "Shelling Hits Market"):  # fmt: skip
        assert debris not in doc.text, debris
    assert doc.segments == [] and doc.to_raw_offset(0) is None
    by_title = {r.title: r for r in doc.related}
    assert set(by_title) == {
        "Aid convoy reaches besieged district",
        "Talks stall in Geneva",
        "Ceasefire collapses after three days",
        "Thousands flee toward the border",
    }
    assert by_title["Talks stall in Geneva"].id == "5502"
    assert by_title["Talks stall in Geneva"].url == "https://frontline.example/world/talks"
    ceasefire = by_title["Ceasefire collapses after three days"]
    assert ceasefire.picture == "https://frontline.example/img/ceasefire.jpg"
    kinds = [kind for _, _, kind in doc.removed]
    assert "php_dump" in kinds and "nav" in kinds
    raw = (FIXTURES / "article_widgets.html").read_text("utf-8")
    start, end, _ = next(r for r in doc.removed if r[2] == "php_dump")
    assert raw[start:end].startswith("string(155)")


def test_malformed_page_does_not_crash() -> None:
    doc = clean_document(_html((FIXTURES / "malformed.html").read_text("utf-8")))
    assert "Clashes were reported near the dam" in doc.text
    assert "changed hands twice" in doc.text
    assert doc.title == "Clashes reported near the dam"


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><nav>Home</nav><script>var x = 1;</script></body></html>",
        "",
        "<html><head><title>Only a title</title></head><body>   </body></html>",
    ],
)
def test_page_without_text_raises_empty_input(page: str) -> None:
    with pytest.raises(EmptyInput, match="no article text"):
        clean_document(_html(page))


def test_fallback_when_trafilatura_finds_nothing() -> None:
    doc = clean_document(_html("<p>Only one short line here.</p>"))
    assert doc.text == "Only one short line here."


def test_non_utf8_meta_charset_page(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "<title>\u0411\u043e\u0438</title></head><body><article>"
        "<p>\u0411\u043e\u0438 \u0432 \u0410\u043b\u0435\u043f\u043f\u043e "
        "\u043f\u0440\u043e\u0434\u043e\u043b\u0436\u0430\u044e\u0442\u0441\u044f, "
        "\u0441\u043e\u043e\u0431\u0449\u0430\u0435\u0442 "
        "\u043d\u0430\u0431\u043b\u044e\u0434\u0430\u0442\u0435\u043b\u044c.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "ru.html"
    path.write_bytes(page.encode("cp1251"))
    [raw] = list(iter_documents([path]))
    assert isinstance(raw, RawDocument)
    doc = clean_document(raw)
    assert "\u0411\u043e\u0438 \u0432 \u0410\u043b\u0435\u043f\u043f\u043e" in doc.text


def test_given_metadata_wins_and_copyright_year_is_not_a_date() -> None:
    page = (
        "<html><body><article><p>"
        + "Fighting continued near the border crossing. " * 5
        + "</p></article><footer>Copyright 2016</footer></body></html>"
    )
    assert clean_document(_html(page)).published is None
    given = dt.datetime(2016, 5, 30)
    doc = clean_document(_html(page, published=given, title="T", url="https://a.example/x"))
    assert (doc.published, doc.title, doc.url) == (given, "T", "https://a.example/x")


def test_canonical_page_as_html() -> None:
    text = (FIXTURES / "marea-2016-05-30.txt").read_text("utf-8")
    title, dateline, *paragraphs = [p for p in text.split("\n\n") if p.strip()]
    page = (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p class='date'>{dateline}</p>"
        + "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    doc = clean_document(_html(page))
    assert doc.title == title
    assert doc.published == dt.datetime(2016, 5, 30, 12, 49, 41)
    assert doc.text.startswith("Amateur video posted")
    assert doc.text.endswith("in the line of fire.")
    assert "contenttypeid" not in doc.text and "string(387)" not in doc.text
    assert [r.id for r in doc.related] == ["1822687", "1822711"]
    start, end, kind = doc.removed[-1]
    assert kind == "php_dump" and page[start:end].startswith("string(387)")
    assert page[start:end].endswith('} ]"')
