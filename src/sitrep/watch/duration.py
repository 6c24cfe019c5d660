"""Parse ``--every`` durations such as ``30s``, ``5m``, ``1h30m`` or a bare number of seconds.

Hand-written: the grammar is five units and a regex; a dependency (pytimeparse) would be larger
than the code it replaces and would accept forms we do not want to document.
"""

from __future__ import annotations

import re

__all__ = ["parse_duration"]

_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h|d)")


def parse_duration(text: str) -> float:
    """Seconds in ``text`` ('30s', '5m', '1h', '1h30m', '90'); ValueError for anything else."""
    value = text.strip().lower().replace(" ", "")
    if not value:
        raise ValueError("empty duration; use for example 30s, 5m or 1h")
    try:
        seconds = float(value)
    except ValueError:
        pos = 0
        seconds = 0.0
        for match in _PART.finditer(value):
            if match.start() != pos:
                break
            seconds += float(match.group(1)) * _UNITS[match.group(2)]
            pos = match.end()
        if pos != len(value) or pos == 0:
            raise ValueError(
                f"invalid duration {text!r}; use a number with a unit: 30s, 5m, 1h or 1h30m"
            ) from None
    if seconds <= 0 or seconds != seconds or seconds == float("inf"):
        raise ValueError(f"invalid duration {text!r}: it must be a positive, finite time")
    return seconds
