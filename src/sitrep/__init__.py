"""sitrep: structured, geocoded, source-attributed records of armed-conflict events from news."""

__version__ = "0.1.0"
