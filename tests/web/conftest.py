"""Fixtures for the web app: a small bilingual profile, its engine, the app and clients."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import SecretStr

from tocsin.profile import Profile, parse_profile
from tocsin.screening.engine import Engine
from tocsin.settings import Settings
from tocsin.web import create_app

TOKEN = "test-token-8b2f"

PROFILE_TOML = """
[organisation]
name = "Lumio SA"
languages = ["fr", "en"]
timezone = "Europe/Paris"

[[brands]]
name = "Lumio"
domains = ["lumio.com"]

[confidential]
terms = ["Project Nightjar"]
"""

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def settings_with(token: str | None = TOKEN, secret_key: str | None = None) -> Settings:
    """Settings with this access token and session key (None: unset), whatever the environment."""
    return Settings(
        api_token=SecretStr(token) if token is not None else None,
        secret_key=SecretStr(secret_key) if secret_key is not None else None,
    )


def csrf_of(html: str) -> str:
    match = CSRF.search(html)
    assert match, "no CSRF field in the page"
    return match.group(1)


@pytest.fixture(scope="session")
def profile() -> Profile:
    return parse_profile(PROFILE_TOML)


@pytest.fixture(scope="session")
def engine(profile: Profile) -> Engine:
    return Engine(profile)


@pytest.fixture()
def app(engine: Engine) -> FastAPI:
    return create_app(settings_with(), engine=engine)


@pytest.fixture()
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture()
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}


def sign_in(client: TestClient, token: str = TOKEN) -> str:
    """Sign in through the form; return the CSRF token of the page reached."""
    page = client.get("/login")
    response = client.post(
        "/login", data={"token": token, "csrf_token": csrf_of(page.text), "next": "/check"}
    )
    assert response.status_code == 200, response.text
    assert response.url.path == "/check"
    return csrf_of(response.text)


@pytest.fixture()
def signed_in(client: TestClient) -> tuple[TestClient, str]:
    """A client with a signed-in session, and its CSRF token."""
    return client, sign_in(client)
