"""Bytes to text for one input item: BOMs, HTML meta charset, UTF-8, then charset detection.

Detection of legacy encodings is delegated to charset_normalizer (a dependency of requests,
already installed); only the cheap, certain checks (BOM, NUL/control bytes, a declared meta
charset) are done here, because they decide *before* any guessing and give exact error kinds.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from sitrep.errors import BinaryInput, DecodeError, EmptyInput

__all__ = ["decode_bytes", "looks_like_html", "sniff_kind"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: WHATWG says these labels mean windows-1252 in HTML; Python's latin-1 would garble 0x80-0x9f.
_HTML_LABEL_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
}

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_HTML_START = re.compile(
    r"<(?:!doctype\s+html|html|head|body|p|div|article|meta|title|section|span|br|h[1-6])[\s>/]",
    re.IGNORECASE,
)
# Control bytes that never occur in text: everything below 0x20 except \t \n \v \f \r and ESC.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_CONTROL_TABLE = bytes.maketrans(_CONTROL, b"\x00" * len(_CONTROL))
_MAX_CONTROL_RATIO = 0.3  # below this, a damaged text file gets a DecodeError instead


#: Single-byte Latin code pages that detection confuses with each other on short English text.
_LATIN_PAGES = frozenset(
    {
        "cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "cp437", "cp775", "cp850", "cp852",
        "cp858", "latin_1", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_9", "iso8859_10",
        "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "mac_latin2", "mac_roman",
        "mac_iceland", "mac_turkish",
    }
)  # fmt: skip


def _prefer_cp1252(data: bytes, detected: str) -> str | None:
    """windows-1252 when detection picked a sibling Latin code page that it could also be.

    charset_normalizer often reports cp1250 for French or English text with curly quotes;
    windows-1252 is the web's legacy default (WHATWG) and the likelier one for news in English.
    """
    if detected not in _LATIN_PAGES:
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB, normalised for Python's codecs."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    label = match.group(1).decode("ascii", "replace").strip().lower()
    label = _HTML_LABEL_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _check_binary(data: bytes, origin: str) -> None:
    sample = data[:65536]
    if b"\x00" in sample:
        raise BinaryInput(
            f"{origin} holds NUL bytes: it looks like a binary file, not text, HTML or JSON Lines"
        )
    controls = len(sample) - len(sample.translate(_CONTROL_TABLE).replace(b"\x00", b""))
    if sample and controls / len(sample) > _MAX_CONTROL_RATIO:
        raise BinaryInput(
            f"{origin} is {controls / len(sample):.0%} control bytes: it looks like a binary file"
        )


def decode_bytes(data: bytes, origin: str, *, html: bool = False) -> str:
    """Decode one item's bytes, or raise the InputError that says why it cannot be read.

    Order: BOM, then (for HTML) a declared meta charset that decodes cleanly, then strict UTF-8,
    then charset_normalizer's best guess. Empty or whitespace-only results raise EmptyInput.
    """
    bom = _bom_encoding(data)
    text: str | None = None
    if bom is not None:
        try:
            text = data.decode(bom)
        except UnicodeDecodeError as exc:
            raise DecodeError(
                f"{origin} starts with a {bom} byte-order mark but is not {bom}: {exc.reason}"
            ) from None
    else:
        _check_binary(data, origin)
        declared = _meta_charset(data) if html else None
        for encoding in (declared, "utf-8"):
            if encoding is None:
                continue
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        if text is None:
            best = charset_normalizer.from_bytes(data).best()
            if best is None:
                raise DecodeError(
                    f"{origin} is not UTF-8 and its encoding could not be detected; "
                    "re-save it as UTF-8"
                )
            text = _prefer_cp1252(data, best.encoding) or str(best)
    if not text.strip():
        raise EmptyInput(f"{origin} is empty or holds only whitespace")
    return text


def looks_like_html(text: str) -> bool:
    """True when the first kilobyte holds an HTML tag that a plain-text article would not."""
    return _HTML_START.search(text[:1024]) is not None


def sniff_kind(head: bytes) -> str:
    """Guess 'jsonl', 'html' or 'text' from the first bytes of a stream (for standard input)."""
    bom = _bom_encoding(head)
    if bom is not None:
        sample = head[:4096].decode(bom, errors="ignore")
    else:
        sample = head[:4096].decode("latin-1")
    stripped = sample.lstrip("\ufeff \t\r\n")
    if stripped.startswith("{"):
        return "jsonl"
    return "html" if looks_like_html(stripped) else "text"
