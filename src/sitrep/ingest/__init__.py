"""Ingest: paths, folders and standard input in; RawDocuments (or per-item errors) out."""

from __future__ import annotations

from .decode import decode_bytes, looks_like_html, sniff_kind
from .sources import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, ItemError, iter_documents

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "ItemError",
    "decode_bytes",
    "iter_documents",
    "looks_like_html",
    "sniff_kind",
]
