"""Clean an HTML article: trafilatura finds the main text and metadata, selectolax reads what
trafilatura leaves out (site name, exact publication time, related-article widgets), and the
shared debris rules strip what survives extraction (PHP dumps, JSON blobs, share lines)."""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any
from urllib.parse import urljoin

import trafilatura
from dateutil import parser as dateutil_parser
from selectolax.lexbor import LexborHTMLParser, LexborNode

from sitrep.errors import EmptyInput
from sitrep.models import RawDocument, Related

from .debris import find_debris, harvest_related, keep_regions, merge_related
from .document import CleanDocument, Removed
from .header import find_header

__all__ = ["clean_html"]

logger = logging.getLogger(__name__)

_DATE_KEYS = (
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.created", "dc.date",
    "article.published", "date",
)  # fmt: skip
_OUTLET_KEYS = ("og:site_name", "application-name", "publisher", "twitter:site")
_URL_KEYS = ("og:url", "twitter:url")
_TITLE_KEYS = ("og:title", "twitter:title")
_RELATED_CONTAINERS = "aside, [class*=related], [id*=related], [class*=Related], [id*=Related]"
_BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td, th, dd, dt, figcaption"
_BOILER_TAGS = ["nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "menu"]
_CODE_TAGS = ["script", "style", "noscript", "template"]
_SKIP_HREF = re.compile(r"(?i)^(?:#|javascript:|mailto:|tel:|data:)")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_ANCHOR = 24
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def _meta(tree: LexborHTMLParser) -> dict[str, str]:
    """Meta tags by lower-cased property/name/itemprop; the first occurrence wins."""
    found: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        value = attrs.get("content")
        if key and value and value.strip():
            found.setdefault(key.strip().lower(), value.strip())
    for node in tree.css("time[datetime], [itemprop=datePublished][datetime]"):
        value = node.attributes.get("datetime")
        if value:
            found.setdefault("datepublished", value.strip())
            break
    for node in tree.css("link[rel=canonical][href]"):
        href = node.attributes.get("href")
        if href:
            found.setdefault("canonical", href.strip())
    return found


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((meta[k] for k in keys if k in meta), None)


def _parse_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        pass
    try:
        return dateutil_parser.parse(value)
    except (ValueError, OverflowError):
        return None


def _widget_links(tree: LexborHTMLParser, base_url: str | None) -> list[Related]:
    """Links listed in asides and elements whose class or id says 'related'."""
    items: list[Related] = []
    for container in tree.css(_RELATED_CONTAINERS):
        explicit = (
            "related"
            in (
                (container.attributes.get("class") or "") + (container.attributes.get("id") or "")
            ).lower()
        )
        for link in container.css("a[href]"):
            href = (link.attributes.get("href") or "").strip()
            title = " ".join(link.text(deep=True, separator=" ").split())
            if not href or _SKIP_HREF.match(href):
                continue
            if not title:
                img = link.css_first("img[alt]")
                title = " ".join((img.attributes.get("alt") or "").split()) if img else ""
            if not title or (not explicit and len(title.split()) < 3):
                continue
            picture = _picture(link)
            items.append(
                Related(
                    id=link.attributes.get("data-id"),
                    title=title,
                    url=urljoin(base_url, href) if base_url else href,
                    picture=urljoin(base_url, picture) if base_url and picture else picture,
                )
            )
    return merge_related(items)


def _picture(link: LexborNode) -> str | None:
    img = link.css_first("img")
    if img is None and link.parent is not None:
        img = link.parent.css_first("img")
    if img is None:
        return None
    src = img.attributes.get("src") or img.attributes.get("data-src")
    return src.strip() if src else None


def _trafilatura(content: str, url: str | None) -> Any:
    try:
        return trafilatura.bare_extraction(
            content,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # noqa: BLE001 - lxml/htmldate raise many kinds on broken pages
        logger.debug("trafilatura failed (%s); using the fallback extractor", exc)
        return None


def _fallback_text(tree: LexborHTMLParser) -> str:
    """Body text without page furniture: block elements one per line, else all body text."""
    tree.strip_tags(_BOILER_TAGS)
    body = tree.body
    if body is None:
        return ""
    lines: list[str] = []
    for node in body.css(_BLOCKS):
        if node.css_first(_BLOCKS) is not None:
            continue  # a container of other blocks: its children are listed themselves
        line = _SPACES.sub(" ", node.text(deep=True, separator="")).strip()
        if line:
            lines.append(line)
    if not lines:
        raw_lines = body.text(deep=True, separator="\n").splitlines()
        lines = [s for s in (_SPACES.sub(" ", r).strip() for r in raw_lines) if s]
    return "\n".join(lines)


def _locate(raw: str, text: str, spans: list[Removed]) -> list[Removed]:
    """Debris spans of the extracted text re-expressed as offsets into the page source."""
    located: list[Removed] = []
    cursor = 0
    for start, end, kind in spans:
        piece = text[start:end]
        at = raw.find(piece, cursor)
        if at >= 0:
            located.append((at, at + len(piece), kind))
            cursor = at + len(piece)
            continue
        # Entities or markup inside the span: match its first and last characters instead.
        head, tail = piece[:_ANCHOR], piece[-_ANCHOR:]
        at = raw.find(head, cursor)
        stop = raw.find(tail, at + len(head)) if at >= 0 and len(piece) > _ANCHOR else -1
        if at >= 0 and stop >= 0 and stop + len(tail) - at <= 3 * len(piece) + 200:
            located.append((at, stop + len(tail), kind))
            cursor = stop + len(tail)
        else:
            located.append((-1, -1, kind))
    return located


def clean_html(raw: RawDocument) -> CleanDocument:
    """The main text, metadata and related links of an HTML RawDocument.

    Raises EmptyInput when the page holds no article text at all.
    """
    tree = LexborHTMLParser(raw.content)
    meta = _meta(tree)
    base_url = raw.url or _first(meta, _URL_KEYS) or meta.get("canonical")
    widget = _widget_links(tree, base_url)
    doc = _trafilatura(raw.content, base_url)
    title = raw.title or (doc.title if doc is not None else None) or _first(meta, _TITLE_KEYS)
    if not title:
        node = tree.css_first("title") or tree.css_first("h1")
        title = " ".join(node.text().split()) or None if node is not None else None
    tree.strip_tags(_CODE_TAGS)
    page_text = tree.body.text(deep=True, separator="\n") if tree.body is not None else ""
    text = (doc.text or "") if doc is not None else ""
    if not text.strip():
        text = _fallback_text(tree)
    text = text.strip()
    header = find_header(text, title)
    body_start = header.end if header is not None else 0
    debris, related = find_debris(text[body_start:], base_url)
    spans: list[Removed] = [(s + body_start, e + body_start, kind) for s, e, kind in debris]
    if header is not None:
        spans.insert(0, (header.start, header.end, "header"))
    regions = keep_regions(text, spans)
    body = "".join(text[s:e] for s, e in regions)
    if not body.strip():
        raise EmptyInput("no article text found in the HTML")
    published = (
        raw.published
        or _parse_date(_first(meta, _DATE_KEYS))
        or (header.published if header is not None else None)
        or _parse_date(doc.date if doc is not None else None)
    )
    outlet = _first(meta, _OUTLET_KEYS) or (doc.sitename if doc is not None else None)
    return CleanDocument(
        text=body,
        title=title,
        published=published,
        url=base_url or (doc.url if doc is not None else None),
        outlet=outlet,
        related=merge_related(related, widget, harvest_related(page_text, base_url)),
        segments=[],
        removed=_locate(raw.content, text, spans),
    )
