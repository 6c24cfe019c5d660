"""PostgreSQL: indexes in the API's sort order, so a page of the newest events is an index walk

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

The read API sorts with missing values last and the id as a tie-breaker
(``date DESC NULLS LAST, id DESC``). PostgreSQL can only walk a btree for that order when the
index is declared in it; without one, the default listing sorts the whole table for every page.
SQLite walks its plain column index for the same query (the rowid is in every index), so this
is a no-op there.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (index name, column): each gets (column DESC NULLS LAST, id DESC) and (column ASC NULLS LAST, id ASC)
SORTS = (("date", "date"), ("fatalities", "fatalities_best"), ("confidence", "confidence"))


def _names() -> list[tuple[str, str, str]]:
    out = []
    for label, column in SORTS:
        out.append((f"ix_events_sort_{label}_desc", column, "DESC NULLS LAST, id DESC"))
        out.append((f"ix_events_sort_{label}_asc", column, "ASC NULLS LAST, id ASC"))
    return out


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, column, order in _names():
        op.execute(sa.text(f"CREATE INDEX IF NOT EXISTS {name} ON events ({column} {order})"))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, _, _ in _names():
        op.execute(sa.text(f"DROP INDEX IF EXISTS {name}"))
