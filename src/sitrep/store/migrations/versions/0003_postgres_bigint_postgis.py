"""PostgreSQL: 64-bit counts, trigram text indexes, a PostGIS point column with a GiST index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

A no-op on SQLite, whose INTEGER is already 64-bit and which has no PostGIS. On PostgreSQL the
count columns and ``geonames_id`` become BIGINT (INTEGER is 32-bit there, while the models allow
any int), and, when the ``postgis`` extension is installed on the server, ``events.geom`` is a
generated ``geometry(Point, 4326)`` column computed from lon/lat (so no writer can forget it and
existing rows are filled by the ALTER itself) with a GiST index for bounding-box queries.

The covering btree indexes 0002 made for substring search (``ix_events_text``,
``ix_events_actors``) cannot stay on PostgreSQL: a btree key is limited to about 2.7 kB, so one long
summary would make its insert fail, and PostgreSQL cannot use a btree for ``LIKE '%x%'`` anyway.
They are rebuilt under the same names as ``pg_trgm`` GIN indexes, which serve the ``ILIKE``
that SQLAlchemy's ``icontains`` renders on PostgreSQL (dropped without replacement where pg_trgm
is missing), plus one on ``reports.title``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.exc import DBAPIError

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)

BIG_COLUMNS: list[str] = [
    "geonames_id",
    "fatalities_best",
    "fatalities_low",
    "fatalities_high",
    "fatalities_civilians",
    "fatalities_combatants",
    "fatalities_unknown",
    "injured_best",
    "injured_low",
    "injured_high",
    "displaced_best",
    "displaced_low",
    "displaced_high",
]

_ADD_GEOM = (
    "ALTER TABLE events ADD COLUMN geom geometry(Point, 4326) GENERATED ALWAYS AS "
    "(ST_SetSRID(ST_MakePoint(lon, lat), 4326)) STORED"
)


_TRIGRAM_INDEXES: list[tuple[str, str, list[str]]] = [
    ("ix_events_actors", "events", ["actor1_name", "actor2_name"]),
    ("ix_events_text", "events", ["summary", "location_name"]),
    ("ix_reports_title_trgm", "reports", ["title"]),
]
#: The btree indexes of 0002 that the trigram ones replace (for downgrade).
_BTREE_INDEXES: list[tuple[str, list[str]]] = [
    ("ix_events_actors", ["actor1_name", "actor2_name"]),
    ("ix_events_text", ["summary", "location_name", "report_id"]),
]


def _create_extension(bind: sa.Connection, name: str) -> bool:
    """Create an extension if the server has it; False (and a warning) where it cannot."""
    query = sa.text("SELECT 1 FROM pg_available_extensions WHERE name = :name")
    if bind.execute(query, {"name": name}).first() is None:
        log.warning("PostgreSQL extension %s is not installed on the server; going without", name)
        return False
    try:
        with bind.begin_nested():  # a failed CREATE must not abort the migration's transaction
            bind.execute(sa.text(f"CREATE EXTENSION IF NOT EXISTS {name}"))
    except DBAPIError as exc:
        log.warning("PostgreSQL extension %s could not be enabled (%s)", name, exc.orig)
        return False
    return True


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for column in BIG_COLUMNS:
        op.alter_column(
            "events", column, type_=sa.BigInteger(), existing_type=sa.Integer(), nullable=True
        )
    for name, _ in _BTREE_INDEXES:
        op.drop_index(name, table_name="events")
    if _create_extension(bind, "pg_trgm"):
        for name, table, columns in _TRIGRAM_INDEXES:
            keys = ", ".join(f"{column} gin_trgm_ops" for column in columns)
            op.execute(f"CREATE INDEX {name} ON {table} USING gin ({keys})")
    if _create_extension(bind, "postgis"):
        op.execute(_ADD_GEOM)
        op.execute("CREATE INDEX ix_events_geom ON events USING gist (geom)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    # The extension stays: other tables of the database may use it.
    op.execute("DROP INDEX IF EXISTS ix_events_geom")
    op.execute("ALTER TABLE events DROP COLUMN IF EXISTS geom")
    for name, _, _ in _TRIGRAM_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for name, columns in _BTREE_INDEXES:  # fails, rolling back, if a text is too long for a key
        op.create_index(name, "events", columns, unique=False)
    for column in BIG_COLUMNS:  # fails, rolling back, if a stored value needs 64 bits
        op.alter_column(
            "events", column, type_=sa.Integer(), existing_type=sa.BigInteger(), nullable=True
        )
