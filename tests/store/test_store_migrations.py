"""The Alembic migrations build exactly the schema the models declare, on an empty database."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from sitrep.errors import StoreError
from sitrep.store import Base, alembic_config, head_revision, open_store


def test_open_migrates_a_new_file_to_head(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    with open_store(str(path)) as store:
        inspector = inspect(store.engine)
        assert set(inspector.get_table_names()) == {"reports", "events", "alembic_version"}
        indexed = {tuple(ix["column_names"]) for ix in inspector.get_indexes("events")}
        for columns in [("date",), ("country",), ("event_type",), ("lat", "lon"), ("report_id",)]:
            assert columns in indexed
        with store.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    assert path.is_file()


def test_migrated_schema_matches_the_models() -> None:
    with open_store("sqlite://") as store, store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_downgrade_to_base_and_back(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
        command.downgrade(alembic_config(conn), "base")
        assert set(inspect(conn).get_table_names()) == {"alembic_version"}
        command.upgrade(alembic_config(conn), "head")
        assert {"reports", "events"} <= set(inspect(conn).get_table_names())
    engine.dispose()


def test_a_store_from_a_newer_sitrep_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_store(str(path)).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer than this sitrep knows"):
        open_store(str(path))
