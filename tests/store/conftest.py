"""The ``backend`` fixture: every store test runs on SQLite, and on PostgreSQL when one is given.

``SITREP_TEST_PG`` names a PostgreSQL database (``scripts/pg_test_server.sh`` starts one on
loopback and prints the line to export). Each ``backend.url()`` is a fresh, empty store: a new
SQLite file, or a new PostgreSQL schema (search path ``<schema>, public``, so PostGIS installed
in ``public`` is visible) that is dropped after the test. Under ``CI`` a missing server fails
the PostgreSQL tests instead of skipping them, so CI cannot silently test only SQLite.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url

# tests/ folders have no __init__.py: pytest puts this folder on sys.path.
from store_backends import PG_ENV, Backend, has_postgis, unavailable


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[Engine | None]:
    """An engine on ``SITREP_TEST_PG`` (None when unset), shared by the session."""
    given = os.environ.get(PG_ENV)
    if not given:
        yield None
        return
    url = make_url(given)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    engine = create_engine(url)
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(
    request: pytest.FixtureRequest, tmp_path: Path, pg_admin: Engine | None
) -> Iterator[Backend]:
    if request.param == "sqlite":
        yield Backend("sqlite", tmp_path)
        return
    if pg_admin is None:
        unavailable(f'{PG_ENV} is not set; run: eval "$(scripts/pg_test_server.sh)"')
    chosen = Backend("postgresql", tmp_path, pg_admin, postgis=has_postgis(pg_admin))
    try:
        yield chosen
    finally:
        chosen.drop()
