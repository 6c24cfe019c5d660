"""Registries of versioned component names (spaCy style), so a stage can be swapped by config.

A stage registers a factory under a name such as ``sitrep.geocoder.geonames.v1``; a
:class:`~sitrep.pipeline.Pipeline` is built from names, never from concrete classes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import catalogue

from .errors import ConfigError

__all__ = ["registry", "resolve"]


class registry:  # noqa: N801 - spaCy's spelling, used as a namespace
    cleaners = catalogue.create("sitrep", "cleaners")
    gazetteers = catalogue.create("sitrep", "gazetteers")
    geocoders = catalogue.create("sitrep", "geocoders")
    extractors = catalogue.create("sitrep", "extractors")
    nlp = catalogue.create("sitrep", "nlp")
    stores = catalogue.create("sitrep", "stores")


def resolve(table: catalogue.Registry, name: str) -> Callable[..., Any]:
    """Look a name up in one registry, with an error that lists the names that do exist."""
    try:
        return table.get(name)
    except catalogue.RegistryError:
        known = ", ".join(sorted(table.get_all())) or "none"
        raise ConfigError(f"unknown component {name!r}; registered names are: {known}") from None
