"""initial schema: reports and events

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reports",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("external_id", sa.String(), nullable=True),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("outlet", sa.String(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.DateTime(), nullable=True),
        sa.Column("published_utcoffset", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("related", sa.JSON(), nullable=False),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("hedges", sa.JSON(), nullable=False),
        sa.Column("displacement", sa.JSON(), nullable=False),
        sa.Column("places", sa.JSON(), nullable=False),
        sa.Column("actors", sa.JSON(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(), nullable=True),
        sa.Column("ingested_at_utcoffset", sa.Integer(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reports")),
    )
    op.create_index(op.f("ix_reports_published"), "reports", ["published"], unique=False)

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("report_id", sa.String(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("event_type", sa.String(), nullable=False),
        sa.Column("sub_event_type", sa.String(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.String(), nullable=True),
        sa.Column("date_resolution", sa.Text(), nullable=True),
        sa.Column("actor1_name", sa.Text(), nullable=True),
        sa.Column("actor1_inter", sa.Integer(), nullable=True),
        sa.Column("actor1_country", sa.String(), nullable=True),
        sa.Column("actor2_name", sa.Text(), nullable=True),
        sa.Column("actor2_inter", sa.Integer(), nullable=True),
        sa.Column("actor2_country", sa.String(), nullable=True),
        sa.Column("assoc_actors", sa.JSON(), nullable=False),
        sa.Column("location_name", sa.Text(), nullable=True),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("admin2", sa.Text(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("geo_precision", sa.Integer(), nullable=True),
        sa.Column("geonames_id", sa.Integer(), nullable=True),
        sa.Column("has_fatalities", sa.Boolean(), nullable=False),
        sa.Column("fatalities_best", sa.Integer(), nullable=True),
        sa.Column("fatalities_low", sa.Integer(), nullable=True),
        sa.Column("fatalities_high", sa.Integer(), nullable=True),
        sa.Column("fatalities_civilians", sa.Integer(), nullable=True),
        sa.Column("fatalities_combatants", sa.Integer(), nullable=True),
        sa.Column("fatalities_unknown", sa.Integer(), nullable=True),
        sa.Column("has_injured", sa.Boolean(), nullable=False),
        sa.Column("injured_best", sa.Integer(), nullable=True),
        sa.Column("injured_low", sa.Integer(), nullable=True),
        sa.Column("injured_high", sa.Integer(), nullable=True),
        sa.Column("has_displaced", sa.Boolean(), nullable=False),
        sa.Column("displaced_best", sa.Integer(), nullable=True),
        sa.Column("displaced_low", sa.Integer(), nullable=True),
        sa.Column("displaced_high", sa.Integer(), nullable=True),
        sa.Column("weapons", sa.JSON(), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("certainty", sa.String(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["reports.id"],
            name=op.f("fk_events_report_id_reports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sa.UniqueConstraint("report_id", "ordinal", name=op.f("uq_events_report_id_ordinal")),
    )
    op.create_index(op.f("ix_events_country"), "events", ["country"], unique=False)
    op.create_index(op.f("ix_events_date"), "events", ["date"], unique=False)
    op.create_index(op.f("ix_events_event_type"), "events", ["event_type"], unique=False)
    op.create_index("ix_events_lat_lon", "events", ["lat", "lon"], unique=False)
    op.create_index(op.f("ix_events_report_id"), "events", ["report_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_events_report_id"), table_name="events")
    op.drop_index("ix_events_lat_lon", table_name="events")
    op.drop_index(op.f("ix_events_event_type"), table_name="events")
    op.drop_index(op.f("ix_events_date"), table_name="events")
    op.drop_index(op.f("ix_events_country"), table_name="events")

    op.drop_table("events")
    op.drop_index(op.f("ix_reports_published"), table_name="reports")

    op.drop_table("reports")
