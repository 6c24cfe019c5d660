"""The store stage: reports and their events in SQL via SQLAlchemy + Alembic.

SQLite by default; PostgreSQL (with PostGIS when installed) with a ``postgresql://`` URL.

>>> with open_store("sitrep.sqlite") as store:  # doctest: +SKIP
...     store.add_report(report)
...     rows = store.events(country="SY", since=datetime.date(2016, 5, 1))
"""

from .database import EventRow, Store, alembic_config, head_revision, open_store
from .schema import Base, EventRecord, ReportRecord

__all__ = [
    "Store",
    "EventRow",
    "open_store",
    "alembic_config",
    "head_revision",
    "Base",
    "ReportRecord",
    "EventRecord",
]
