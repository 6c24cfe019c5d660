"""The exception tree, drawn once (httpx style).

Every error a user can meet derives from :class:`SitrepError`; input problems that affect
one item (a bad file, a broken JSON line) are :class:`InputError` so that a batch run can
report them per item and carry on.
"""

from __future__ import annotations

__all__ = [
    "SitrepError",
    "InputError",
    "EmptyInput",
    "BinaryInput",
    "DecodeError",
    "InputTooLarge",
    "BadJSONLine",
    "UnsupportedInput",
    "ModelNotInstalled",
    "GazetteerError",
    "StoreError",
    "ConfigError",
]


class SitrepError(Exception):
    """Base class of every error sitrep raises on purpose."""


class InputError(SitrepError):
    """One input item cannot be processed; the rest of a batch still can."""


class EmptyInput(InputError):
    """The item holds no text."""


class BinaryInput(InputError):
    """The item looks like a binary file (NUL bytes), not text or HTML."""


class DecodeError(InputError):
    """The bytes are not valid in any encoding sitrep tried."""


class InputTooLarge(InputError):
    """The item exceeds the configured size limit."""


class BadJSONLine(InputError):
    """A JSON Lines row is not a JSON object with a text or html field."""


class UnsupportedInput(InputError):
    """The path is neither a supported file type nor a folder."""


class ModelNotInstalled(SitrepError):
    """The spaCy pipeline package is missing from this environment."""


class GazetteerError(SitrepError):
    """The gazetteer cannot be built, opened or imported into."""


class StoreError(SitrepError):
    """The database cannot be opened, migrated or written."""


class ConfigError(SitrepError):
    """A registry name or option does not exist."""
