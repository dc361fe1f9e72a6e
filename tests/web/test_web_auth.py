from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tocsin.errors import ConfigurationError
from tocsin.screening.engine import Engine
from tocsin.web import create_app

from .conftest import TOKEN, csrf_of, settings_with, sign_in

OPEN_PATHS = {"/health", "/login", "/logout"}


def test_create_app_refuses_to_run_without_a_token(engine: Engine) -> None:
    with pytest.raises(ConfigurationError, match="TOCSIN_API_TOKEN"):
        create_app(settings_with(None), engine=engine)
    with pytest.raises(ConfigurationError):
        create_app(settings_with("   "), engine=engine)


def test_an_explicit_token_overrides_the_settings(engine: Engine) -> None:
    app = create_app(settings_with(None), engine=engine, api_token="explicit")
    with TestClient(app) as client:
        ok = client.post(
            "/api/v1/check", json={"text": "hi"}, headers={"Authorization": "Bearer explicit"}
        )
    assert ok.status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong-token"},
        {"Authorization": f"Bearer {TOKEN}x"},
        {"Authorization": f"Basic {TOKEN}"},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer é-non-ascii".encode("latin-1")},
    ],
    ids=["none", "wrong", "longer", "basic", "empty", "non-ascii"],
)
def test_api_refuses_missing_or_wrong_tokens(client: TestClient, headers: dict[str, Any]) -> None:
    response = client.post("/api/v1/check", json={"text": "hello"}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert set(response.json()) == {"error"}
    assert response.json()["error"]


def test_bearer_scheme_is_case_insensitive(client: TestClient) -> None:
    response = client.post(
        "/api/v1/check", json={"text": "hello"}, headers={"Authorization": f"bearer {TOKEN}"}
    )
    assert response.status_code == 200


def test_openapi_document_needs_authentication(client: TestClient, auth: dict[str, str]) -> None:
    assert client.get("/openapi.json").status_code == 401
    assert client.get("/openapi.json", headers=auth).status_code == 200
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


def _paths(app: FastAPI) -> list[tuple[str, str]]:
    """Every (method, path) of the app, through included routers too (FastAPI >= 0.160 nests)."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # older FastAPI: app.routes is already flat
        routes: list[Any] = list(app.routes)
    else:
        routes = list(iter_route_contexts(app.routes))
    out = []
    for route in routes:
        methods = getattr(route, "methods", None)
        if not methods:  # the /static mount
            continue
        out += [(method, str(route.path)) for method in sorted(methods) if method != "HEAD"]
    return out


def test_every_route_but_the_open_ones_needs_authentication(app: FastAPI) -> None:
    """A route added later cannot be open by mistake: this walks them all."""
    with TestClient(app, follow_redirects=False) as client:
        paths = _paths(app)
        assert ("POST", "/api/v1/check") in paths and ("GET", "/check") in paths
        for method, path in paths:
            if path in OPEN_PATHS:
                continue
            response = client.request(method, path)
            if path.startswith("/api/") or path == "/openapi.json":
                assert response.status_code == 401, (method, path)
            else:
                assert response.status_code == 303, (method, path)
                assert response.headers["location"].startswith("/login?next="), (method, path)


def test_pages_redirect_to_login_and_back(client: TestClient) -> None:
    response = client.get("/check", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fcheck"
    login = client.get(response.headers["location"])
    assert 'name="next" value="/check"' in login.text
    done = client.post(
        "/login", data={"token": TOKEN, "csrf_token": csrf_of(login.text), "next": "/check"}
    )
    assert done.url.path == "/check"
    assert "<textarea" in done.text


def test_root_redirects_to_the_check_page(signed_in: tuple[TestClient, str]) -> None:
    client, _ = signed_in
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/check"


def test_wrong_token_at_login_is_refused(client: TestClient) -> None:
    page = client.get("/login?lang=fr")
    response = client.post("/login", data={"token": "nope", "csrf_token": csrf_of(page.text)})
    assert response.status_code == 401
    assert "Ce jeton d&#39;accès n&#39;est pas le bon." in response.text
    assert client.get("/check", follow_redirects=False).status_code == 303


def test_login_without_csrf_token_is_refused(client: TestClient) -> None:
    client.get("/login")
    response = client.post("/login", data={"token": TOKEN})
    assert response.status_code == 403
    assert client.get("/check", follow_redirects=False).status_code == 303


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:x"]
)
def test_login_never_redirects_to_another_site(client: TestClient, target: str) -> None:
    page = client.get("/login")
    response = client.post(
        "/login",
        data={"token": TOKEN, "csrf_token": csrf_of(page.text), "next": target},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/check"


def test_session_cookie_also_opens_the_api(signed_in: tuple[TestClient, str]) -> None:
    client, _ = signed_in
    response = client.post("/api/v1/check", json={"text": "hello"})
    assert response.status_code == 200
    assert client.get("/openapi.json").status_code == 200


def test_api_with_a_session_needs_a_json_content_type(signed_in: tuple[TestClient, str]) -> None:
    """A cross-site form cannot send application/json: this closes the API to forgeries."""
    client, _ = signed_in
    response = client.post(
        "/api/v1/check",
        content=b'{"text": "hello"}',
        headers={"Content-Type": "text/plain"},
    )
    assert response.status_code == 415
    assert "application/json" in response.json()["error"]


def test_logout_clears_the_session(signed_in: tuple[TestClient, str]) -> None:
    client, csrf = signed_in
    response = client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login"
    assert client.get("/check", follow_redirects=False).status_code == 303
    assert client.post("/api/v1/check", json={"text": "x"}).status_code == 401


def test_logout_by_link_clears_the_session(signed_in: tuple[TestClient, str]) -> None:
    client, _ = signed_in
    client.get("/logout")
    assert client.get("/check", follow_redirects=False).status_code == 303


def test_a_new_token_signs_every_session_out(engine: Engine) -> None:
    settings = settings_with(TOKEN, "fixed-secret-key")
    with TestClient(create_app(settings, engine=engine)) as first:
        sign_in(first)
        cookies = dict(first.cookies)
    renewed = create_app(settings_with("another", "fixed-secret-key"), engine=engine)
    with TestClient(renewed, cookies=cookies) as second:
        assert second.get("/check", follow_redirects=False).status_code == 303
    same = create_app(settings, engine=engine)
    with TestClient(same, cookies=cookies) as third:
        assert third.get("/check", follow_redirects=False).status_code == 200


def test_session_cookie_is_http_only_and_same_site(client: TestClient) -> None:
    response = client.get("/login")
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie
    assert "samesite=lax" in cookie
