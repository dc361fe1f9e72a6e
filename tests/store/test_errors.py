"""Every database failure is a StorageError that says what to do, never a raw traceback."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from sqlalchemy import text

from tocsin.errors import StorageError
from tocsin.store.database import Store, open_store, parse_url

from .factories import pair


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "is not a database URL"),
        ("/var/lib/tocsin.db", "is not a database URL"),
        ("", "is not a database URL"),
        ("mysql://user@localhost/tocsin", "Unsupported database 'mysql'"),
        ("oracle+cx_oracle://u:secret@h/db", "Unsupported database"),
        ("sqlite://tocsin.db", "three slashes"),
        ("nosuchdb+driver://host/db", "Unsupported database"),
        ("postgresql://user:secret@host:port/db", "is not a database URL"),
    ],
)
def test_bad_urls(url: str, message: str) -> None:
    with pytest.raises(StorageError, match=message) as info:
        Store(url)
    assert "secret" not in str(info.value)


@pytest.mark.parametrize(
    ("url", "driver"),
    [
        ("postgres://u@h/db", "postgresql+psycopg"),
        ("postgresql://u@h/db", "postgresql+psycopg"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg"),
        ("sqlite:///tocsin.db", "sqlite"),
    ],
)
def test_url_aliases(url: str, driver: str) -> None:
    assert parse_url(url).drivername == driver


@pytest.mark.skipif(importlib.util.find_spec("psycopg2") is not None, reason="psycopg2 installed")
def test_missing_driver() -> None:
    with pytest.raises(StorageError, match="driver .* is not installed"):
        Store("postgresql+psycopg2://postgres@127.0.0.1/tocsin")


def test_unreachable_postgresql() -> None:
    url = "postgresql+psycopg://postgres:hunter2@127.0.0.1:1/tocsin?connect_timeout=3"
    with pytest.raises(StorageError, match="Cannot connect to the database") as info:
        open_store(url)
    assert "127.0.0.1:1" in str(info.value)
    assert "hunter2" not in str(info.value)
    assert info.value.__cause__ is not None


@pytest.mark.postgres
def test_missing_postgresql_database(pg_database: str) -> None:
    base = pg_database.rsplit("/", 1)[0]
    with pytest.raises(StorageError, match="'tocsin_no_such_db' does not exist"):
        open_store(f"{base}/tocsin_no_such_db")


def test_sqlite_parent_directory_is_created(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path}/a/b/c/tocsin.db") as store:
        assert store.count_posts() == 0
    assert (tmp_path / "a/b/c/tocsin.db").is_file()


def test_sqlite_parent_cannot_be_created(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a directory")
    with pytest.raises(StorageError, match="Cannot create the directory"):
        Store(f"sqlite:///{tmp_path}/file/sub/tocsin.db")


def test_sqlite_directory_instead_of_file(tmp_path: Path) -> None:
    (tmp_path / "dir.db").mkdir()
    with pytest.raises(StorageError, match="Cannot open the SQLite database"):
        open_store(f"sqlite:///{tmp_path}/dir.db")


def test_sqlite_read_only(tmp_path: Path) -> None:
    path = tmp_path / "tocsin.db"
    open_store(f"sqlite:///{path}").close()
    # Opened read-only (file permissions do not bind root, which may run the tests).
    with open_store(f"sqlite:///file:{path}?mode=ro&uri=true") as store:
        assert store.count_posts() == 0
        with pytest.raises(StorageError, match="is read-only"):
            store.save(*pair(1))


def test_unmigrated_database(db_url: str) -> None:
    with Store(db_url) as store, pytest.raises(StorageError, match="tocsin db upgrade"):
        store.save(*pair(1))


def test_database_from_a_newer_tocsin(store: Store) -> None:
    with store.transaction(write=True) as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StorageError, match="newer Tocsin"):
        store.upgrade()
