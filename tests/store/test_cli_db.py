"""``tocsin db upgrade`` and ``tocsin db current``."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tocsin.cli.db import app
from tocsin.errors import StorageError
from tocsin.settings import get_settings
from tocsin.store.database import SCHEMA_REVISION

runner = CliRunner()


def test_current_then_upgrade(db_url: str) -> None:
    result = runner.invoke(app, ["current", "--url", db_url])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("none")

    result = runner.invoke(app, ["upgrade", "--url", db_url])
    assert result.exit_code == 0, result.output
    assert result.output == f"{SCHEMA_REVISION} (head)\n"

    result = runner.invoke(app, ["current", "--url", db_url])
    assert result.output == f"{SCHEMA_REVISION} (head)\n"


def test_current_does_not_create_the_sqlite_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["current", "--url", f"sqlite:///{tmp_path}/tocsin.db"])
    assert result.exit_code == 0 and result.output.startswith("none")
    assert not (tmp_path / "tocsin.db").exists()


def test_url_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOCSIN_DATABASE_URL", f"sqlite:///{tmp_path}/env.db")
    get_settings.cache_clear()
    try:
        result = runner.invoke(app, ["upgrade"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert (tmp_path / "env.db").is_file()


def test_errors_are_storage_errors() -> None:
    result = runner.invoke(app, ["upgrade", "--url", "mysql://localhost/tocsin"])
    assert isinstance(result.exception, StorageError)
