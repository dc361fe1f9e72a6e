"""Migrations, on SQLite and PostgreSQL: up from empty, down to base, up again, step by step,
and the migrated schema is exactly tables.py."""

from __future__ import annotations

import threading

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from tocsin.store.archive_tables import is_search_index
from tocsin.store.database import SCHEMA_REVISION, Store, alembic_config, open_store
from tocsin.store.tables import metadata

TABLES = set(metadata.tables)


def _tables(store: Store) -> set[str]:
    with store.transaction() as connection:
        names = set(inspect(connection).get_table_names()) - {"alembic_version"}
        return {name for name in names if not is_search_index(name)}


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_schema_revision_is_alembic_head() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [SCHEMA_REVISION]


def test_upgrade_downgrade_upgrade(empty_store: Store) -> None:
    assert empty_store.current() is None
    assert _tables(empty_store) == set()

    assert empty_store.upgrade() == SCHEMA_REVISION
    assert empty_store.current() == SCHEMA_REVISION
    assert _tables(empty_store) == TABLES
    assert empty_store.upgrade() == SCHEMA_REVISION  # idempotent

    assert empty_store.downgrade("base") == "base"
    assert empty_store.current() is None
    assert _tables(empty_store) == set()

    assert empty_store.upgrade() == SCHEMA_REVISION
    assert _tables(empty_store) == TABLES


def test_each_migration_up_and_down(empty_store: Store) -> None:
    revisions = _revisions()
    for revision in revisions:
        assert empty_store.upgrade(revision) == revision
    for previous in [*reversed(revisions[:-1]), "base"]:
        assert empty_store.downgrade("-1") == previous
    assert _tables(empty_store) == set()


def test_migrated_schema_matches_tables(store: Store) -> None:
    with store.engine.connect() as connection:
        opts = {
            "compare_type": True,
            "include_name": lambda name, kind, _parent: not is_search_index(name or ""),
            "include_object": lambda _obj, name, *_rest: not is_search_index(name or ""),
        }
        context = MigrationContext.configure(connection, opts=opts)
        assert compare_metadata(context, metadata) == []


def test_concurrent_upgrades_wait_for_each_other(db_url: str) -> None:
    errors: list[BaseException] = []

    def migrate() -> None:
        try:
            open_store(db_url).close()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=migrate) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Store(db_url) as store:
        assert store.current() == SCHEMA_REVISION


def test_sqlite_connections_use_wal_and_foreign_keys(sqlite_url: str) -> None:
    with open_store(sqlite_url) as store, store.transaction() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_sqlite_in_memory(url: str) -> None:
    with open_store(url) as store:
        assert store.current() == SCHEMA_REVISION
        assert store.count_posts() == 0


@pytest.mark.parametrize(
    ("ci", "outcome"), [("true", pytest.fail.Exception), ("", pytest.skip.Exception)]
)
def test_missing_postgresql_skips_except_in_ci(
    ci: str, outcome: type[BaseException], monkeypatch: pytest.MonkeyPatch
) -> None:
    from .conftest import _unavailable

    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome, match="PostgreSQL service not usable"):
        _unavailable("connection refused")
