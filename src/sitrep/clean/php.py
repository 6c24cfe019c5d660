"""Find and read PHP debug dumps (var_dump, print_r, var_export) leaked into scraped pages.

No maintained library reads these formats (``phpserialize`` reads serialize(), not dumps), so
this is a small hand-written reader. It returns where a dump ends and, when the dump is
well-formed, its value as Python data so that a related-articles widget can be harvested.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

__all__ = ["PhpDump", "find_php_dumps"]

#: Where a dump may start. The alternatives are tried in this order at each hit.
_START = re.compile(
    r"""\bstring\(\d+\)\s?"
      | \barray\(\d+\)\s*\{
      | \bobject\([\w\\]+\)\#\d+\s*\(\d+\)\s*\{
      | \bArray\s*\(\s*\[
      | (?:\(object\)\s*)?\barray\s*\(\s*(?:'(?:[^'\\]|\\.)*'|-?\d+)\s*=>
    """,
    re.VERBOSE,
)

_VD_STRING = re.compile(r"string\((\d+)\)\s?\"")
_VD_SCALAR = re.compile(r"int\((-?\d+)\)|float\(([^)\s]*)\)|bool\((true|false)\)|NULL\b")
_VD_ARRAY = re.compile(r"(?:array\(\d+\)|object\([\w\\]+\)#\d+\s*\(\d+\))\s*\{")
_VD_KEY = re.compile(r"\[(?:\"((?:[^\"\\]|\\.)*?)\"(?::[^\]]*)?|(-?\d+))\]\s*=>")
_PR_OPEN = re.compile(r"(?:Array|[\w\\]+\s+Object)\s*\(")
_PR_KEY = re.compile(r"\[([^\]\n]*)\]\s*=>[ \t]?")
_PR_VALUE = re.compile(r"[^\n]*?(?=\n|[ \t]+\[[^\]\n]*\]\s*=>|[ \t]+\)(?:\s|$)|$)")
_VE_OPEN = re.compile(r"(?:\(object\)\s*)?(?:[\w\\]+::__set_state\()?array\s*\(")
_VE_KEY = re.compile(r"(?:'((?:[^'\\]|\\.)*)'|(-?\d+))\s*=>\s*")
_VE_SCALAR = re.compile(
    r"'((?:[^'\\]|\\.)*)'|(-?\d+(?:\.\d+)?(?:E[+-]?\d+)?)|(true|false|NULL)\b", re.I
)
_WS = re.compile(r"\s*")
_LINE_END_QUOTE = re.compile(r"\"[ \t]*(?:\n|$)")


class _Unreadable(Exception):
    """The text at this position is not a well-formed dump of the expected format."""


@dataclass(frozen=True)
class PhpDump:
    """One dump found in a text: its span and, when readable, its value."""

    start: int
    end: int
    value: Any
    readable: bool


def _skip_ws(text: str, pos: int) -> int:
    match = _WS.match(text, pos)
    return match.end() if match else pos


def _string_end(text: str, body: int, declared: int) -> int:
    """Index just past the closing quote of a var_dump string whose body starts at ``body``.

    PHP counts bytes, not characters, and does not escape quotes, so the declared length is
    the reliable way to find the end; when the text was altered (whitespace collapsed by an
    extractor) fall back to a JSON body, then to the last quote on the line.
    """
    count = 0
    pos = body
    limit = len(text)
    while pos < limit and count < declared:
        count += len(text[pos].encode("utf-8", "surrogatepass"))
        pos += 1
    if count == declared and pos < limit and text[pos] == '"':
        return pos + 1
    if body < limit and text[body] in "[{":
        try:
            _, end = json.JSONDecoder().raw_decode(text, body)
        except json.JSONDecodeError:
            pass
        else:
            end = _skip_ws(text, end)
            if end < limit and text[end] == '"':
                return end + 1
    match = _LINE_END_QUOTE.search(text, body)
    if match is None:
        raise _Unreadable
    return match.start() + 1


def _vd_value(text: str, pos: int) -> tuple[Any, int]:
    pos = _skip_ws(text, pos)
    if text.startswith("&", pos):  # references print as &array(...)
        pos += 1
    match = _VD_STRING.match(text, pos)
    if match:
        end = _string_end(text, match.end(), int(match.group(1)))
        return text[match.end() : end - 1], end
    match = _VD_SCALAR.match(text, pos)
    if match:
        if match.group(1) is not None:
            return int(match.group(1)), match.end()
        if match.group(2) is not None:
            try:
                return float(match.group(2)), match.end()
            except ValueError:
                return match.group(2), match.end()
        if match.group(3) is not None:
            return match.group(3) == "true", match.end()
        return None, match.end()
    match = _VD_ARRAY.match(text, pos)
    if not match:
        raise _Unreadable
    items: dict[Any, Any] = {}
    pos = match.end()
    while True:
        pos = _skip_ws(text, pos)
        if text.startswith("}", pos):
            return _listify(items), pos + 1
        key = _VD_KEY.match(text, pos)
        if key is None:
            raise _Unreadable
        name: Any = key.group(1) if key.group(1) is not None else int(key.group(2))
        items[name], pos = _vd_value(text, key.end())


def _listify(items: dict[Any, Any]) -> Any:
    """PHP arrays keyed 0..n-1 are lists in JSON; keep the others as dicts."""
    if list(items) == list(range(len(items))):
        return list(items.values())
    return items


def _pr_value(text: str, pos: int) -> tuple[Any, int]:
    match = _PR_OPEN.match(text, pos)
    if match is None:
        value = _PR_VALUE.match(text, pos)
        assert value is not None  # the pattern can match the empty string
        return value.group(0).strip(), value.end()
    items: dict[Any, Any] = {}
    pos = match.end()
    while True:
        pos = _skip_ws(text, pos)
        if text.startswith(")", pos):
            return _listify(items), pos + 1
        key = _PR_KEY.match(text, pos)
        if key is None:
            raise _Unreadable
        raw = key.group(1).split(":")[0]
        name: Any = int(raw) if raw.lstrip("-").isdigit() else raw
        items[name], pos = _pr_value(text, key.end())


def _ve_value(text: str, pos: int) -> tuple[Any, int]:
    pos = _skip_ws(text, pos)
    match = _VE_OPEN.match(text, pos)
    if match is None:
        scalar = _VE_SCALAR.match(text, pos)
        if scalar is None:
            raise _Unreadable
        if scalar.group(1) is not None:
            return re.sub(r"\\(['\\])", r"\1", scalar.group(1)), scalar.end()
        if scalar.group(2) is not None:
            number = scalar.group(2)
            return (float(number) if "." in number or "E" in number.upper() else int(number)), (
                scalar.end()
            )
        word = scalar.group(3).lower()
        return (None if word == "null" else word == "true"), scalar.end()
    closers = 2 if "__set_state" in match.group(0) else 1
    items: dict[Any, Any] = {}
    pos = match.end()
    while True:
        pos = _skip_ws(text, pos)
        if text.startswith(")", pos):
            pos += 1
            if closers == 2:
                pos = _skip_ws(text, pos)
                if not text.startswith(")", pos):
                    raise _Unreadable
                pos += 1
            return _listify(items), pos
        key = _VE_KEY.match(text, pos)
        if key is None:
            raise _Unreadable
        name: Any = (
            re.sub(r"\\(['\\])", r"\1", key.group(1))
            if key.group(1) is not None
            else int(key.group(2))
        )
        items[name], pos = _ve_value(text, key.end())
        pos = _skip_ws(text, pos)
        if text.startswith(",", pos):
            pos += 1


def _fallback_end(text: str, pos: int) -> int:
    """End of an unreadable dump: the matching bracket, or the end of its paragraph."""
    opener = next((i for i in range(pos, min(len(text), pos + 200)) if text[i] in "{("), -1)
    if opener >= 0:
        close = "}" if text[opener] == "{" else ")"
        depth = 0
        for i in range(opener, len(text)):
            if text[i] == text[opener]:
                depth += 1
            elif text[i] == close:
                depth -= 1
                if depth == 0:
                    return i + 1
    blank = text.find("\n\n", pos)
    return len(text) if blank < 0 else blank


def _read(text: str, pos: int) -> tuple[Any, int]:
    head = text[pos : pos + 8]
    if head.startswith(("string(", "array(", "object(")):
        return _vd_value(text, pos)
    if head.startswith("Array"):
        return _pr_value(text, pos)
    return _ve_value(text, pos)


def find_php_dumps(text: str) -> list[PhpDump]:
    """Every PHP dump in ``text``, in order, not overlapping."""
    dumps: list[PhpDump] = []
    pos = 0
    while True:
        match = _START.search(text, pos)
        if match is None:
            return dumps
        start = match.start()
        try:
            value, end = _read(text, start)
            readable = True
        except (_Unreadable, RecursionError, ValueError):
            value, end, readable = None, _fallback_end(text, start), False
        if isinstance(value, str):
            value = _maybe_json(value)
        dumps.append(PhpDump(start, max(end, match.end()), value, readable))
        pos = max(end, match.end())


def _maybe_json(value: str) -> Any:
    """A dumped string that holds JSON (a CMS widget's payload) is returned parsed."""
    stripped = value.strip()
    if stripped[:1] in ("[", "{"):
        try:
            return json.loads(stripped)
        except json.JSONDecodeError:
            return value
    return value
