"""Fixtures for the store: a SQLite file in tmp_path and the PostgreSQL service.

PostgreSQL (127.0.0.1:5432, trust auth, user postgres) gets one fresh database per test session,
dropped at the end, and one fresh schema per test. Without the service the PostgreSQL tests
skip, except under CI=true where they fail.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tocsin.store.database import Store, open_store

PG_HOST = "127.0.0.1"
PG_PORT = 5432
PG_USER = "postgres"


def _unavailable(reason: str) -> None:
    message = f"PostgreSQL service not usable on {PG_HOST}:{PG_PORT}: {reason}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{message} (CI=true: the service is required)")
    pytest.skip(message)


def _admin_connect(dbname: str) -> Any:
    import psycopg

    return psycopg.connect(
        host=PG_HOST, port=PG_PORT, user=PG_USER, dbname=dbname, autocommit=True, connect_timeout=5
    )


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """URL of a database created for this test session (dropped at the end)."""
    try:
        import psycopg
    except ImportError:
        _unavailable("psycopg is not installed (pip install -e '.[dev]')")
        raise  # unreachable: _unavailable skips or fails
    name = f"tocsin_test_{uuid.uuid4().hex[:12]}"
    try:
        with _admin_connect("postgres") as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as exc:
        _unavailable(str(exc).strip().splitlines()[0])
    try:
        yield f"postgresql+psycopg://{PG_USER}@{PG_HOST}:{PG_PORT}/{name}"
    finally:
        with _admin_connect("postgres") as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_database: str) -> Iterator[str]:
    """URL of an empty schema of the session database, private to this test."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    dbname = pg_database.rsplit("/", 1)[1]
    with _admin_connect(dbname) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{pg_database}?options=-csearch_path%3D{schema}"
    finally:
        with _admin_connect(dbname) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/data/tocsin.db"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """An empty database, SQLite then PostgreSQL."""
    fixture = "sqlite_url" if request.param == "sqlite" else "pg_url"
    return str(request.getfixturevalue(fixture))


@pytest.fixture
def empty_store(db_url: str) -> Iterator[Store]:
    """A store on an empty database (not migrated)."""
    with Store(db_url) as store:
        yield store


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """A migrated store."""
    with open_store(db_url) as opened:
        yield opened
