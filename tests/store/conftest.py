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
from sqlalchemy import Engine, create_engine, make_url, text
from store_backends import Backend  # tests/store is on sys.path (rootdir-less test folders)

PG_ENV = "SITREP_TEST_PG"


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


def _has_postgis(engine: Engine) -> bool:
    with engine.connect() as conn:
        query = "SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'"
        return conn.execute(text(query)).first() is not None


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(
    request: pytest.FixtureRequest, tmp_path: Path, pg_admin: Engine | None
) -> Iterator[Backend]:
    if request.param == "sqlite":
        yield Backend("sqlite", tmp_path)
        return
    if pg_admin is None:
        why = f'{PG_ENV} is not set; run: eval "$(scripts/pg_test_server.sh)"'
        if os.environ.get("CI"):
            pytest.fail(f"CI must test PostgreSQL: {why}", pytrace=False)
        pytest.skip(why)
    chosen = Backend("postgresql", tmp_path, pg_admin, postgis=_has_postgis(pg_admin))
    try:
        yield chosen
    finally:
        chosen.drop()


@pytest.fixture
def postgis(backend: Backend) -> Backend:
    """The PostgreSQL backend with PostGIS (skipped on SQLite; a failure under CI if missing)."""
    if backend.name != "postgresql":
        pytest.skip("PostGIS is a PostgreSQL extension")
    if not backend.postgis:
        why = "the PostgreSQL server has no PostGIS (apt-get install postgresql-15-postgis-3)"
        if os.environ.get("CI"):
            pytest.fail(f"CI must test PostGIS: {why}", pytrace=False)
        pytest.skip(why)
    return backend
