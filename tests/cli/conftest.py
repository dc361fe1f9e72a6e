from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tocsin.cli.main import app


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., object]:
    """Run `tocsin ARGS` in-process, in an empty working directory, with its own database."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TOCSIN_CONFIG", raising=False)
    monkeypatch.setenv("TOCSIN_DATABASE_URL", f"sqlite:///{tmp_path / 'tocsin.db'}")
    from tocsin.settings import get_settings

    get_settings.cache_clear()
    runner = CliRunner()

    def run(*args: str, input: str | bytes | None = None) -> object:
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    yield run
    get_settings.cache_clear()


def run_tocsin(*args: str, cwd: Path, input: bytes | None = None,
               env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the real `python -m tocsin` process (entry point, exit codes, no traceback)."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("TOCSIN_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "tocsin", *args],
        cwd=cwd,
        input=input,
        capture_output=True,
        env=full_env,
        timeout=120,
    )
