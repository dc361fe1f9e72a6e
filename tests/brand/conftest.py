"""The store fixtures (SQLite file, PostgreSQL service) for the brand tests."""

from __future__ import annotations

from ..store.conftest import db_url, pg_database, pg_url, sqlite_url, store  # noqa: F401
