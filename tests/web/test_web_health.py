from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tocsin.errors import ProfileError
from tocsin.web import create_app

from .conftest import PROFILE_TOML, settings_with


def test_health_is_open_and_gives_the_version(client: TestClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "version": version("tocsin")}


def test_health_carries_the_security_headers(client: TestClient) -> None:
    headers = client.get("/health").headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["content-security-policy"].startswith("default-src 'self'")
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["cache-control"] == "no-store"


def test_create_app_builds_the_engine_from_the_config(tmp_path: Path) -> None:
    config = tmp_path / "lumio.toml"
    config.write_text(PROFILE_TOML, encoding="utf-8")
    app = create_app(settings_with(), config=config)
    assert app.state.engine.has_profile
    assert app.state.engine.profile.confidential.terms == ["Project Nightjar"]


def test_create_app_refuses_an_invalid_profile(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("[organisation]\nnom = 'x'\n", encoding="utf-8")
    with pytest.raises(ProfileError, match="bad.toml"):
        create_app(settings_with(), config=config)
