"""Turn paths (files, folders, '-' for standard input) into RawDocuments, one item at a time.

Nothing is lost silently: every input yields either a :class:`RawDocument` or an
:class:`ItemError` naming its origin, so a batch run can report each failure and carry on.
JSON Lines are streamed line by line (the size limit applies per line), so a large feed never
has to fit in memory; other files are size-checked with ``stat`` before they are read.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import ValidationError

from sitrep.errors import (
    BadJSONLine,
    DecodeError,
    EmptyInput,
    InputError,
    InputTooLarge,
    UnsupportedInput,
)
from sitrep.models import RawDocument

from .decode import decode_bytes, sniff_kind

__all__ = [
    "ItemError",
    "iter_documents",
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
]

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20_000_000
_KINDS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(_KINDS)
_CHUNK = 1 << 16
STDIN_ORIGIN = "<stdin>"


@dataclass(frozen=True)
class ItemError:
    """One input item that could not be turned into a RawDocument, and why."""

    origin: str
    error: InputError

    @property
    def reason(self) -> str:
        """One line for a person: where, what went wrong, and the fix when there is one."""
        message = " ".join(str(self.error).split()) or type(self.error).__name__
        if message.startswith(self.origin):
            return message
        return f"{self.origin}: {message}"


def _human_size(n: int) -> str:
    if n < 1000:
        return f"{n} bytes"
    size = float(n)
    for unit in ("KB", "MB"):
        size /= 1000
        if size < 1000:
            return f"{size:.1f} {unit}"
    return f"{size / 1000:.1f} GB"


def _too_large(origin: str, size: int | None, max_bytes: int) -> InputTooLarge:
    what = f"is {_human_size(size)}, over" if size is not None else "is over"
    return InputTooLarge(
        f"{origin} {what} the limit of {max_bytes:,} bytes; "
        f"raise the limit with --max-bytes (for example --max-bytes {max(max_bytes * 2, 1)})"
    )


def _kind_of(path: Path) -> str | None:
    return _KINDS.get(path.suffix.lower())


def _walk(folder: Path) -> Iterator[Path]:
    """Supported files under a folder, recursively, in sorted order; hidden entries skipped."""
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        logger.debug("cannot list %s: %s", folder, exc)
        raise
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir() and not entry.is_symlink():
            yield from _walk(entry)
        elif entry.is_file():
            if _kind_of(entry) is None:
                logger.debug("skipping %s: unsupported file type %r", entry, entry.suffix)
                continue
            yield entry


def _read_whole(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise _too_large(str(path), size, max_bytes)
    with path.open("rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:  # grew between stat and read
        raise _too_large(str(path), len(data), max_bytes)
    return data


def _document(origin: str, data: bytes, kind: str) -> RawDocument:
    text = decode_bytes(data, origin, html=kind == "html")
    return RawDocument(
        origin=origin, content=text, content_type="html" if kind == "html" else "text"
    )


# --- JSON Lines --------------------------------------------------------------------------


def _iter_lines(chunks: Iterable[bytes], max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) per line of a chunked stream; None marks an over-long line."""
    buffer = bytearray()
    lineno = 1
    overflow = False
    for chunk in chunks:
        buffer += chunk
        while True:
            cut = buffer.find(b"\n")
            if cut < 0:
                if len(buffer) > max_bytes:
                    overflow = True
                    buffer.clear()
                break
            line = bytes(buffer[:cut])
            del buffer[: cut + 1]
            if overflow or len(line) > max_bytes:
                yield lineno, None
            else:
                yield lineno, line
            overflow = False
            lineno += 1
    if overflow:
        yield lineno, None
    elif buffer:
        yield lineno, bytes(buffer) if len(buffer) <= max_bytes else None


def _optional_str(row: dict[str, Any], key: str, origin: str) -> str | None:
    value = row.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadJSONLine(f"{origin}: {key!r} must be a string, not {type(value).__name__}")
    return value


def _parse_published(value: Any, origin: str) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip())
        except ValueError:
            pass
    raise BadJSONLine(
        f"{origin}: 'published' must be an ISO date or datetime such as 2016-05-30 or "
        f"2016-05-30T12:49:41Z, not {value!r}"
    )


def _row_document(line: bytes, origin: str) -> RawDocument:
    try:
        text_line = line.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"{origin} is not valid UTF-8 ({exc.reason} at byte {exc.start}); "
            "JSON Lines must be UTF-8"
        ) from None
    try:
        row = json.loads(text_line)
    except json.JSONDecodeError as exc:
        raise BadJSONLine(f"{origin}: broken JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(row, dict):
        raise BadJSONLine(f"{origin}: each line must be a JSON object, not {type(row).__name__}")
    text = _optional_str(row, "text", origin)
    html = _optional_str(row, "html", origin)
    if text is None and html is None:
        raise BadJSONLine(f"{origin}: the object has neither a 'text' nor an 'html' field")
    # The contract's offsets point into the text as given, so a non-empty text wins over html.
    if text is not None and text.strip():
        content, content_type = text, "text"
    elif html is not None and html.strip():
        content, content_type = html, "html"
    else:
        raise EmptyInput(f"{origin}: the 'text'/'html' field is empty")
    raw_id = row.get("id")
    if isinstance(raw_id, (dict, list, bool)):
        raise BadJSONLine(f"{origin}: 'id' must be a string or a number")
    try:
        return RawDocument(
            origin=origin,
            content=content,
            content_type=content_type,  # type: ignore[arg-type]
            given_id=None if raw_id is None else str(raw_id),
            title=_optional_str(row, "title", origin),
            published=_parse_published(row.get("published"), origin),
            url=_optional_str(row, "url", origin),
        )
    except ValidationError as exc:  # pragma: no cover - fields are checked above
        raise BadJSONLine(f"{origin}: {exc.errors()[0]['msg']}") from None


def _iter_jsonl(
    chunks: Iterable[bytes], origin: str, max_bytes: int
) -> Iterator[RawDocument | ItemError]:
    for lineno, line in _iter_lines(chunks, max_bytes):
        where = f"{origin}:{lineno}"
        if line is None:
            yield ItemError(where, _too_large(where, None, max_bytes))
            continue
        if not line.strip() or line.strip() == b"\xef\xbb\xbf":
            continue
        try:
            yield _row_document(line, where)
        except InputError as exc:
            yield ItemError(where, exc)


def _file_chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            yield chunk


# --- one path ----------------------------------------------------------------------------


def _from_file(path: Path, kind: str, max_bytes: int) -> Iterator[RawDocument | ItemError]:
    origin = str(path)
    if kind == "jsonl":
        try:
            yield from _iter_jsonl(_file_chunks(path), origin, max_bytes)
        except OSError as exc:
            yield ItemError(origin, InputError(f"cannot read {origin}: {exc.strerror or exc}"))
        return
    try:
        yield _document(origin, _read_whole(path, max_bytes), kind)
    except InputError as exc:
        yield ItemError(origin, exc)
    except OSError as exc:
        yield ItemError(origin, InputError(f"cannot read {origin}: {exc.strerror or exc}"))


def _from_stdin(stream: BinaryIO, max_bytes: int) -> Iterator[RawDocument | ItemError]:
    head = stream.read(_CHUNK)
    kind = sniff_kind(head)
    if kind == "jsonl":

        def chunks() -> Iterator[bytes]:
            yield head
            while chunk := stream.read(_CHUNK):
                yield chunk

        yield from _iter_jsonl(chunks(), STDIN_ORIGIN, max_bytes)
        return
    data = head + stream.read(max_bytes + 1 - len(head)) if len(head) <= max_bytes else head
    try:
        if len(data) > max_bytes:
            raise _too_large(STDIN_ORIGIN, None, max_bytes)
        yield _document(STDIN_ORIGIN, data, kind)
    except InputError as exc:
        yield ItemError(STDIN_ORIGIN, exc)


def _from_path(
    arg: str | Path, stdin: BinaryIO | None, max_bytes: int
) -> Iterator[RawDocument | ItemError]:
    if str(arg) == "-":
        yield from _from_stdin(stdin if stdin is not None else sys.stdin.buffer, max_bytes)
        return
    path = Path(arg)
    origin = str(path)
    if path.is_dir():
        try:
            files = list(_walk(path))
        except OSError as exc:
            yield ItemError(origin, InputError(f"cannot list {origin}: {exc.strerror or exc}"))
            return
        for file in files:
            yield from _from_file(file, _kind_of(file) or "text", max_bytes)
        return
    if not path.exists():
        yield ItemError(
            origin, UnsupportedInput(f"{origin} does not exist; check the path (use - for stdin)")
        )
        return
    kind = _kind_of(path)
    if kind is None or not path.is_file():
        suffixes = ", ".join(SUPPORTED_SUFFIXES)
        yield ItemError(
            origin,
            UnsupportedInput(
                f"{origin}: unsupported input {path.suffix or '(no extension)'!s}; sitrep reads "
                f"{suffixes} files or a folder of them (rename plain-text files to .txt)"
            ),
        )
        return
    yield from _from_file(path, kind, max_bytes)


def iter_documents(
    paths: Sequence[str | Path],
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[RawDocument | ItemError]:
    """Yield one RawDocument or ItemError per input item, in the order the paths were given.

    ``"-"`` reads standard input (``stdin`` or ``sys.stdin.buffer``), sniffed as JSON Lines, HTML
    or text. Folders are walked recursively in sorted order, skipping hidden entries and files
    of unsupported types. ``max_bytes`` limits a file, a stdin document or one JSON line.
    """
    for arg in paths:
        yield from _from_path(arg, stdin, max_bytes)
