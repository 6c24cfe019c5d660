"""indexes for the read API: sorts, range filters, covering scans for text and stats

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

Each index serves one query shape of ``GET /api/events`` and ``/api/stats`` on large stores:
sorting by fatalities or confidence (LIMIT stops early on an index), the ``since`` filter's
``date_end`` branch, ``sub_event_type`` and ``certainty`` equality, and covering indexes that let
substring search (actors, summary/location) and per-day stats scan a narrow index, not the table.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (index name, columns) on the events table.
INDEXES: list[tuple[str, list[str]]] = [
    ("ix_events_date_end", ["date_end"]),
    ("ix_events_sub_event_type", ["sub_event_type"]),
    ("ix_events_certainty", ["certainty"]),
    ("ix_events_fatalities_best", ["fatalities_best"]),
    ("ix_events_confidence", ["confidence"]),
    ("ix_events_date_fatalities", ["date", "fatalities_best"]),
    ("ix_events_actors", ["actor1_name", "actor2_name"]),
    ("ix_events_text", ["summary", "location_name", "report_id"]),
]


def upgrade() -> None:
    for name, columns in INDEXES:
        op.create_index(name, "events", columns, unique=False)


def downgrade() -> None:
    for name, _ in reversed(INDEXES):
        op.drop_index(name, table_name="events")
