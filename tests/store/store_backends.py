"""The Backend the store tests receive from the ``backend`` fixture (conftest.py).

A module of its own, not conftest.py, so test modules can import the type: tests/ folders have
no ``__init__.py``, so pytest puts this folder on ``sys.path`` and a unique name is importable.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

import pytest
from sqlalchemy import Engine, text

__all__ = ["Backend", "PG_ENV", "unavailable", "has_postgis"]

PG_ENV = "SITREP_TEST_PG"


def unavailable(why: str) -> NoReturn:
    """Skip a test whose server is missing; under ``CI`` fail instead, so CI cannot skip it."""
    if os.environ.get("CI"):
        pytest.fail(f"CI must run this test: {why}", pytrace=False)
    pytest.skip(why)


def has_postgis(engine: Engine) -> bool:
    with engine.connect() as conn:
        query = "SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'"
        return conn.execute(text(query)).first() is not None


@dataclass
class Backend:
    """A database server the store tests run against; ``url()`` makes one empty store."""

    name: str
    tmp_path: Path
    admin: Engine | None = None
    postgis: bool = False
    schemas: list[str] = field(default_factory=list)

    def url(self) -> str:
        """A fresh, empty store that can be opened again (by several handles at once)."""
        if self.admin is None:
            return f"sqlite:///{self.tmp_path / f'store-{uuid.uuid4().hex[:8]}.sqlite'}"
        schema = f"sitrep_t_{uuid.uuid4().hex[:12]}"
        with self.admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        self.schemas.append(schema)
        url = self.admin.url.update_query_dict({"options": f"-csearch_path={schema},public"})
        return url.render_as_string(hide_password=False)

    def scratch_url(self) -> str:
        """A fresh store that need not outlive its handle: in-memory on SQLite (fast)."""
        return "sqlite://" if self.admin is None else self.url()

    def examples(self, sqlite: int) -> int:
        """Hypothesis examples for this backend: fewer on PostgreSQL (each opens a new schema)."""
        return sqlite if self.admin is None else max(5, sqlite // 4)

    def drop(self) -> None:
        if self.admin is None:
            return
        with self.admin.begin() as conn:
            for schema in self.schemas:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        self.schemas.clear()
