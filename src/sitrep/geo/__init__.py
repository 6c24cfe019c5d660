"""The geo stage: gazetteer, toponym detection and disambiguation, event locations.

Importing this package registers ``sitrep.gazetteer.geonames.v1`` in ``registry.gazetteers``.
"""

from __future__ import annotations

from .build import build_default_gazetteer, build_from_geonames_dump
from .fold import fold, skeleton
from .gazetteer import (
    Candidate,
    Gazetteer,
    SQLiteGazetteer,
    default_gazetteer,
    default_gazetteer_path,
    demonyms,
)
from .resolve import best_location, haversine_km
from .toponyms import find_places

__all__ = [
    "Candidate",
    "Gazetteer",
    "SQLiteGazetteer",
    "best_location",
    "build_default_gazetteer",
    "build_from_geonames_dump",
    "default_gazetteer",
    "default_gazetteer_path",
    "demonyms",
    "find_places",
    "fold",
    "haversine_km",
    "skeleton",
]
