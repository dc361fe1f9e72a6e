"""Fixtures shared by the whole suite: a realistic bilingual profile and its engine."""

from __future__ import annotations

import pytest

from tocsin import Engine, Profile, parse_profile

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
    return Engine(lumio_profile)


@pytest.fixture(scope="session")
def engine_en(lumio_profile: Profile) -> Engine:
    return Engine(lumio_profile, lang="en")


@pytest.fixture
def lumio_toml(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "tocsin.toml"
    path.write_text(LUMIO_TOML, encoding="utf-8")
    return path
