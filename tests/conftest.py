"""Fixtures shared by the whole suite: a realistic bilingual profile and its engine."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tocsin import Engine, Profile, parse_profile
from tocsin.cli.main import app

# The parsed lexicons and the models' arrays are cached in $XDG_CACHE_HOME/tocsin between runs
# (tocsin.screening.lexicon_cache, tocsin.ml.arrays_cache): the suite keeps its own, thrown away
# at the end, rather than writing to the home directory of whoever runs it.
_CACHE = tempfile.mkdtemp(prefix="tocsin-test-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

LUMIO_TOML = """
[organisation]
name = "Lumio SA"
languages = ["fr", "en"]
timezone = "Europe/Paris"

[[brands]]
name = "Lumio"
aliases = ["Lumio SA", "#lumio"]
domains = ["lumio.com", "lumio.fr"]
[brands.handles]
x = ["lumio", "lumio_fr"]

[[competitors]]
name = "Brillix"
domains = ["brillix.com"]

[confidential]
terms = ["Project Nightjar", "Opale"]

[[people]]
name = "Claire Dubois"
role = "CEO"

[[quiet_periods]]
start = "2026-12-15"
end = "2027-01-28"
reason = "Q4 results"
"""


@pytest.fixture(scope="session")
def lumio_profile() -> Profile:
    return parse_profile(LUMIO_TOML)


@pytest.fixture(scope="session")
def engine(lumio_profile: Profile) -> Engine:
    return Engine(_rules_and_text_models(lumio_profile))


@pytest.fixture(scope="session")
def engine_en(lumio_profile: Profile) -> Engine:
    return Engine(_rules_and_text_models(lumio_profile), lang="en")


def _rules_and_text_models(profile: Profile) -> Profile:
    """The profile with the learned risk layer off: the detectors' near misses are near misses
    for the rules (the layer is tested in tests/ml/test_risk.py)."""
    policy = profile.policy.model_copy(update={"disabled": ["learned_risk"]})
    return profile.model_copy(update={"policy": policy})


@pytest.fixture
def lumio_toml(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "tocsin.toml"
    path.write_text(LUMIO_TOML, encoding="utf-8")
    return path


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., object]]:
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
