"""Find non-article debris in text (PHP dumps, JSON blobs, script lines, navigation and share
boilerplate), harvest related-article widgets from it, and compute what text to keep.

The rules look at the *form* of a line (a JSON value, a dump, a run of short menu words, a
stock phrase standing alone) and never at one site's markup, so they carry across outlets.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urljoin

from sitrep.models import Related

from .php import find_php_dumps

__all__ = [
    "DebrisSpan",
    "find_debris",
    "harvest_related",
    "keep_regions",
    "merge_related",
    "related_from_value",
]

DebrisSpan = tuple[int, int, str]

_JSON = json.JSONDecoder()
_LINE = re.compile(r"[^\n]*")
#: A JSON value that starts a line, or an unmistakable object/array-of-objects opening anywhere.
_JSON_START = re.compile(r"(?m)^[ \t]*([\[{])|(\[\s*\{\s*\")|(\{\s*\"[^\"\n]{1,64}\"\s*:)")
_JS_ASSIGN = re.compile(
    r"(?m)^[ \t]*(?:(?:var|let|const)\s+[\w$]+|window(?:\.[\w$]+)+|[\w$]+(?:\.[\w$]+)+)\s*=\s*"
)
_SCRIPT_LINE = re.compile(
    r"""[ \t]*(?:
        (?:var|let|const)\s+[\w$]+\s*=.*
      | function\s*[\w$]*\s*\(.*\)\s*\{?.*
      | (?:window|document|googletag|jQuery|dataLayer|_gaq|ga|gtag|fbq|twttr|FB)
        (?:\.[\w$]+)*\s*(?:\(|=|\.push\().*;?
      | \$\s*\(.*
      | \(adsbygoogle.*
      | \(function\s*\(.*
      | [})\];,\s]*[})\]];?
      | @(?:media|import|font-face|charset)\b.*
      | [^{}\n]{0,120}\{[^{}\n]*:[^{}\n]*;[^{}\n]*\}
      | <!--.*|.*-->|//\s*<!\[CDATA\[.*|//\s*\]\]>.*
    )[ \t]*""",
    re.VERBOSE,
)
#: Stock phrases that are debris when they stand alone on a line (trailing marks allowed).
_BOILERPLATE = re.compile(
    r"""(?ix)[ \t>»›•*|-]*(?:
        (?:share|tweet|e-?mail|print|pin|save)(?:\s+(?:this|the))?
            (?:\s+(?:article|story|post|page|video|link))?
            (?:\s+(?:on|via|with|to)\s+[\w .+]{1,30})?
      | share\s+on\s+[\w .,+|/]{1,60}
      | (?:facebook|twitter|whatsapp|linkedin|telegram|reddit|email|x|copy\s+link)
            (?:\s*[|,/·•]\s*(?:facebook|twitter|whatsapp|linkedin|telegram|reddit|email|x|copy\s+link))*
      | (?:continue\s+)?read(?:ing)?\s+(?:more|also|next|the\s+(?:full\s+)?(?:story|article)|on)
            (?:\s+(?:about|on|at)\s+.{0,60})?
      | also\s+read | see\s+also | more\s+on\s+this(?:\s+(?:story|topic))?
      | click\s+here\b.{0,100}
      | related(?:\s+(?:articles?|stories|posts|news|content|coverage|links|topics|videos))?
      | (?:you\s+)?(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)
      | recommended(?:\s+(?:for\s+you|stories|articles|reading))?
      | (?:most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|top\s+stories|latest\s+news)
      | advertisements?|sponsored(?:\s+content)?|ad(?:vert)?|promoted(?:\s+stories)?
      | skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|top|menu|search|home(?:\s*page)?
      | (?:sign|log)\s*(?:in|up|out)|register|subscribe(?:\s+(?:now|today|to\s+.{0,60}))?
      | (?:sign\s+up|subscribe)\s+(?:for|to)\s+.{0,80}newsletter.{0,40}
      | follow\s+us(?:\s+on\s+.{0,60})?
      | (?:all\s+rights\s+reserved|copyright\b|©).{0,120}
      | .{0,120}all\s+rights\s+reserved\.?
      | (?:\d+\s+)?comments?(?:\s*\(\d+\))?|leave\s+a\s+(?:comment|reply)|add\s+comment
      | (?:loading|please\s+wait)(?:\.{1,3}|…)?
      | (?:image|photo|video)\s*:\s*(?:getty|reuters|afp|ap|epa)[\w\s/]{0,30}
      | watch\s+(?:the\s+)?video|play\s+video|view\s+(?:gallery|comments)
      | tags?\s*:.{0,100}
    )[\s:.…»›>!|-]*""",
)
_COOKIE = re.compile(r"(?i)\bcookies?\b")
_COOKIE_CONTEXT = re.compile(
    r"(?i)\b(?:use|uses|using|accept|consent|policy|agree|continu\w*|settings|preferences|browsing)\b"
)
#: A boilerplate phrase left at the end of a paragraph ("... he said. Read Also").
_TRAILING = re.compile(
    r"""(?im)(?<=[.!?"'”’)\]])[ \t]+(?:
        (?:continue\s+)?read(?:ing)?\s+(?:more|also|next)|also\s+read|share\s+this(?:\s+article)?
      | click\s+here\b[^.\n]{0,60}|advertisement
    )[ \t]*[:.…»›>]*[ \t]*$""",
    re.VERBOSE,
)
_NAV_WORDS = frozenset(
    {
        "home",
        "news",
        "world",
        "politics",
        "sport",
        "sports",
        "business",
        "opinion",
        "video",
        "videos",
        "contact",
        "about",
        "culture",
        "health",
        "technology",
        "tech",
        "science",
        "entertainment",
        "europe",
        "africa",
        "asia",
        "americas",
        "login",
        "subscribe",
        "search",
        "menu",
        "weather",
        "lifestyle",
        "travel",
        "photos",
        "economy",
        "arts",
        "media",
        "live",
        "analysis",
        "features",
        "blogs",
        "podcasts",
        "markets",
        "us",
        "uk",
        "local",
        "national",
        "international",
        "latest",
        "more",
        "middle",
        "east",
        "editorial",
        "investigations",
        "multimedia",
        "gallery",
        "galleries",
        "newsletter",
        "shop",
        "jobs",
    }
)
_MENU_SPLIT = re.compile(r"\s*(?:[|•·»›/]|\t| {2,})\s*")
_MENU_ITEM = re.compile(r"[A-Z0-9&][\w&'’.-]*(?:\s+[\w&'’.-]+){0,2}")

_ID_KEYS = ("id", "nid", "post_id", "postid", "article_id", "articleid", "guid", "uuid")
_TITLE_KEYS = ("title", "headline", "name", "heading", "caption", "text")
_URL_KEYS = ("url", "link", "href", "permalink", "uri", "path", "canonical_url")
_PIC_KEYS = (
    "pic", "picture", "image", "img", "thumbnail", "thumb", "image_url", "imageurl", "photo",
    "cover", "teaser_image",
)  # fmt: skip


def _iter_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line, without the newline."""
    for match in _LINE.finditer(text):
        if match.start() == match.end() and match.start() > 0 and text[match.start() - 1] != "\n":
            continue  # the empty match after each line
        yield match.start(), match.end()


def _first(mapping: dict[str, Any], keys: Iterable[str]) -> Any:
    lowered = {str(k).lower(): v for k, v in mapping.items()}
    for key in keys:
        value = lowered.get(key)
        if value not in (None, ""):
            return value
    return None


def _as_text(value: Any) -> str | None:
    if isinstance(value, dict):
        value = _first(value, ("url", "src", "href", "value"))
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (str, int, float)):
        text = str(value).strip()
        return text or None
    return None


def _related_item(obj: dict[str, Any], base_url: str | None) -> Related | None:
    title = _as_text(_first(obj, _TITLE_KEYS))
    ident = _as_text(_first(obj, _ID_KEYS))
    url = _as_text(_first(obj, _URL_KEYS))
    picture = _as_text(_first(obj, _PIC_KEYS))
    if title is None or (ident is None and url is None and picture is None):
        return None
    if base_url:
        url = urljoin(base_url, url) if url else url
        picture = urljoin(base_url, picture) if picture else picture
    return Related(id=ident, title=title, url=url, picture=picture)


def related_from_value(value: Any, base_url: str | None = None, _depth: int = 0) -> list[Related]:
    """Related-article items in a decoded widget payload: lists of objects with a title and an
    id, url or picture, found at any depth (JSON held in strings is decoded too)."""
    if _depth > 6:
        return []
    if isinstance(value, str):
        stripped = value.strip()
        if stripped[:1] in "[{":
            try:
                return related_from_value(json.loads(stripped), base_url, _depth + 1)
            except json.JSONDecodeError:
                return []
        return []
    if isinstance(value, dict):
        item = _related_item(value, base_url)
        if item is not None:
            return [item]
        found: list[Related] = []
        for inner in value.values():
            found.extend(related_from_value(inner, base_url, _depth + 1))
        return found
    if isinstance(value, list):
        found = []
        for inner in value:
            found.extend(related_from_value(inner, base_url, _depth + 1))
        return found
    return []


def merge_related(*groups: Iterable[Related]) -> list[Related]:
    """Concatenate related items, dropping repeats (same id, else same url, else same title)."""
    seen: set[tuple[str, str]] = set()
    merged: list[Related] = []
    for group in groups:
        for item in group:
            key = (
                ("id", item.id)
                if item.id
                else ("url", item.url)
                if item.url
                else ("title", item.title or "")
            )
            if key in seen:
                continue
            seen.add(key)
            merged.append(item)
    return merged


def _inside(pos: int, spans: list[DebrisSpan]) -> bool:
    return any(start <= pos < end for start, end, _ in spans)


def _json_blobs(text: str, taken: list[DebrisSpan]) -> Iterator[tuple[int, int, Any]]:
    """JSON arrays/objects standing on their own lines, or object-shaped JSON anywhere."""
    pos = 0
    while True:
        match = _JSON_START.search(text, pos)
        if match is None:
            return
        start = match.start(match.lastindex or 0)
        pos = start + 1
        if _inside(start, taken):
            continue
        try:
            value, end = _JSON.raw_decode(text, start)
        except json.JSONDecodeError:
            continue
        if not isinstance(value, (dict, list)) or not value:
            continue
        line_end = text.find("\n", end)
        rest = text[end : len(text) if line_end < 0 else line_end]
        whole_line = match.group(1) is not None and not rest.strip(" \t;,")
        shaped = isinstance(value, dict) or any(isinstance(v, (dict, list)) for v in value)
        if whole_line and not (shaped or len(value) >= 2):
            continue  # a lone "[1]" is a footnote mark, not a blob
        if not (whole_line or (match.group(1) is None and shaped)):
            continue
        if whole_line:
            end += len(rest)
        yield start, end, value
        pos = end


def _script_spans(text: str, taken: list[DebrisSpan]) -> Iterator[tuple[int, int]]:
    for match in _JS_ASSIGN.finditer(text):
        if _inside(match.start(), taken):
            continue
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        if text[match.end() : match.end() + 1] in ("[", "{"):
            try:
                _, json_end = _JSON.raw_decode(text, match.end())
                end = max(end, json_end + (1 if text[json_end : json_end + 1] == ";" else 0))
            except json.JSONDecodeError:
                pass
        yield match.start(), end


def _is_menu_line(line: str) -> bool:
    parts = [p for p in _MENU_SPLIT.split(line.strip()) if p]
    if len(parts) < 4 or not all(_MENU_ITEM.fullmatch(p) for p in parts):
        return False
    return len(parts) >= 6 or any(p.lower() in _NAV_WORDS for p in parts)


def _is_short_item(line: str) -> bool:
    stripped = line.strip()
    return (
        0 < len(stripped) <= 30
        and _MENU_ITEM.fullmatch(stripped) is not None
        and stripped[-1] not in ".,;:"
    )


def _is_boilerplate_line(line: str, stripped: str) -> bool:
    if len(stripped) <= 200 and (_BOILERPLATE.fullmatch(line) or _is_menu_line(line)):
        return True
    return len(stripped) <= 400 and bool(_COOKIE.search(line) and _COOKIE_CONTEXT.search(line))


def _line_spans(text: str, taken: list[DebrisSpan]) -> Iterator[DebrisSpan]:
    """Whole lines of script, boilerplate or menus, and runs of short menu-word lines."""
    run: list[tuple[int, int]] = []

    def flush() -> Iterator[DebrisSpan]:
        if len(run) >= 4 and any(text[s:e].strip().lower() in _NAV_WORDS for s, e in run):
            yield run[0][0], run[-1][1], "nav"
        run.clear()

    for start, end in _iter_lines(text):
        line = text[start:end]
        stripped = line.strip()
        if not stripped or _inside(start + len(line) - len(line.lstrip()), taken):
            yield from flush()
            continue
        if len(stripped) <= 400 and _SCRIPT_LINE.fullmatch(line) and not stripped[0].isupper():
            yield start, end, "script"
        elif _is_boilerplate_line(line, stripped):
            yield start, end, "nav"
        elif _is_short_item(line):
            run.append((start, end))
            continue
        yield from flush()
    yield from flush()


def find_debris(text: str, base_url: str | None = None) -> tuple[list[DebrisSpan], list[Related]]:
    """Debris spans ``(start, end, kind)`` in ``text``, sorted, and the related items they held."""
    spans: list[DebrisSpan] = []
    related: list[Related] = []
    for dump in find_php_dumps(text):
        spans.append((dump.start, dump.end, "php_dump"))
        related.extend(related_from_value(dump.value, base_url))
    for start, end in _script_spans(text, spans):
        spans.append((start, end, "script"))
    for start, end, value in _json_blobs(text, spans):
        spans.append((start, end, "json_blob"))
        related.extend(related_from_value(value, base_url))
    spans.extend(_line_spans(text, spans))
    for match in _TRAILING.finditer(text):
        if not _inside(match.start() + 1, spans):
            spans.append((match.start(), match.end(), "nav"))
    spans.sort()
    return spans, merge_related(related)


def keep_regions(text: str, spans: Iterable[tuple[int, int] | DebrisSpan]) -> list[tuple[int, int]]:
    """The (start, end) regions of ``text`` left after cutting ``spans``, whitespace tidied.

    A cut that starts a line also takes the whitespace after it (so paragraphs do not gain
    blank lines); a cut inside a line takes only the spaces before it. The first region
    loses its leading and the last its trailing whitespace. Regions are verbatim slices.
    """
    cuts: list[tuple[int, int]] = []
    for span in spans:
        start, end = span[0], span[1]
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        if start == 0 or text[start - 1] == "\n":
            while end < len(text) and text[end].isspace():
                end += 1
        cuts.append((start, end))
    cuts.sort()
    regions: list[tuple[int, int]] = []
    pos = 0
    for start, end in cuts:
        if start > pos:
            regions.append((pos, start))
        pos = max(pos, end)
    if pos < len(text):
        regions.append((pos, len(text)))
    # Drop whitespace-only regions at either end (inner ones separate paragraphs), then trim.
    first = next((k for k, (s, e) in enumerate(regions) if text[s:e].strip()), len(regions))
    last = next(
        (k for k in range(len(regions) - 1, -1, -1) if text[slice(*regions[k])].strip()), -1
    )
    trimmed = regions[first : last + 1]
    if trimmed:
        first_start, first_end = trimmed[0]
        first_start += len(text[first_start:first_end]) - len(text[first_start:first_end].lstrip())
        trimmed[0] = (first_start, first_end)
        last_start, last_end = trimmed[-1]
        last_end -= len(text[last_start:last_end]) - len(text[last_start:last_end].rstrip())
        trimmed[-1] = (last_start, last_end)
    return trimmed


def harvest_related(text: str, base_url: str | None = None) -> list[Related]:
    """Related items held in PHP dumps or JSON blobs anywhere in ``text`` (nothing is cut)."""
    related: list[Related] = []
    spans: list[DebrisSpan] = []
    for dump in find_php_dumps(text):
        spans.append((dump.start, dump.end, "php_dump"))
        related.extend(related_from_value(dump.value, base_url))
    for _, _, value in _json_blobs(text, spans):
        related.extend(related_from_value(value, base_url))
    return merge_related(related)
