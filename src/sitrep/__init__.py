"""sitrep: structured, geocoded, source-attributed records of armed-conflict events from news.

>>> import sitrep
>>> report = sitrep.process(open("article.txt").read(), published="2016-05-30")  # doctest: +SKIP
>>> report.events[0].sub_event_type  # doctest: +SKIP
'Armed clash'
"""

from .errors import (
    BadJSONLine,
    BinaryInput,
    ConfigError,
    DecodeError,
    EmptyInput,
    GazetteerError,
    InputError,
    InputTooLarge,
    ModelNotInstalled,
    SitrepError,
    StoreError,
    UnsupportedInput,
)
from .models import (
    Actor,
    ActorRef,
    Count,
    Displacement,
    Event,
    Fatalities,
    Location,
    PlaceMention,
    Report,
)
from .pipeline import Pipeline, contract, process
from .registry import registry

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "process",
    "Pipeline",
    "contract",
    "registry",
    "Report",
    "Event",
    "Actor",
    "ActorRef",
    "Location",
    "PlaceMention",
    "Fatalities",
    "Count",
    "Displacement",
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
