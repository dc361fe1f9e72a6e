"""The inbound webhook POST /api/v1/ingest (HMAC) and the sources in the web app."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from tocsin import Engine
from tocsin.listening.signature import sign
from tocsin.settings import Settings
from tocsin.store.database import open_store
from tocsin.web import create_app

TOKEN = "test-token-webhook"
SECRET = "whsec-0123456789"


def _client(tmp_path: Path, engine: Engine, secret: str | None) -> TestClient:
    settings = Settings(
        api_token=SecretStr(TOKEN),
        ingest_secret=SecretStr(secret) if secret else None,
        database_url=f"sqlite:///{tmp_path / 'web.db'}",
    )
    return TestClient(create_app(settings, engine=engine))


@pytest.fixture
def client(tmp_path: Path, engine: Engine) -> Iterator[TestClient]:
    with _client(tmp_path, engine, SECRET) as test_client:
        yield test_client


def _signed(body: bytes, secret: str = SECRET, at: int | None = None) -> dict[str, str]:
    timestamp = str(at if at is not None else int(time.time()))
    return {
        "X-Tocsin-Timestamp": timestamp,
        "X-Tocsin-Signature": sign(secret, timestamp, body),
        "Content-Type": "application/json",
    }


POSTS = json.dumps(
    [
        {
            "id": "w1",
            "platform": "forum",
            "direction": "inbound",
            "text": "Lumio m'a remboursé, merci",
        },
        {
            "id": "w2",
            "platform": "forum",
            "direction": "inbound",
            "text": "IBAN FR7630006000011234567890189",
        },
        {"platform": "forum"},
    ]
).encode()


def test_signed_posts_are_stored_once(client: TestClient, tmp_path: Path) -> None:
    response = client.post("/api/v1/ingest?source=forum", content=POSTS, headers=_signed(POSTS))
    assert response.status_code == 200, response.text
    report = response.json()
    assert (report["read"], report["new"]) == (2, 2)
    assert report["rejected"][0]["where"] == "item 3" and "text" in report["rejected"][0]["error"]
    again = client.post("/api/v1/ingest?source=forum", content=POSTS, headers=_signed(POSTS))
    assert again.json()["new"] == 0
    with open_store(f"sqlite:///{tmp_path / 'web.db'}") as store:
        assert store.count_posts() == 2
        decisions = {p.id: p.decision for p in store.recent()}
    assert decisions["w2"] == "block"


def test_a_single_post_object_is_accepted(client: TestClient) -> None:
    body = b'{"text": "Lumio <3", "platform": "forum"}'
    assert client.post("/api/v1/ingest", content=body, headers=_signed(body)).json()["new"] == 1


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({}, "unsigned request"),
        ({"X-Tocsin-Timestamp": "soon", "X-Tocsin-Signature": "sha256=00"}, "Unix time"),
        ({"X-Tocsin-Timestamp": "1000", "X-Tocsin-Signature": "sha256=00"}, "300 seconds"),
        ("wrong-secret", "wrong X-Tocsin-Signature"),
        ("tampered", "wrong X-Tocsin-Signature"),
    ],
)
def test_bad_signatures_are_refused(
    client: TestClient, headers: dict[str, str] | str, message: str
) -> None:
    if headers == "wrong-secret":
        headers = _signed(POSTS, secret="not-the-secret")
    elif headers == "tampered":
        headers = _signed(POSTS.replace(b"w1", b"w9"))
    assert isinstance(headers, dict)
    response = client.post("/api/v1/ingest", content=POSTS, headers=headers)
    assert response.status_code == 401
    assert message in response.json()["error"]


def test_bearer_token_alone_is_not_enough(client: TestClient) -> None:
    response = client.post(
        "/api/v1/ingest", content=POSTS, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert response.status_code == 401


def test_webhook_is_off_without_a_secret(tmp_path: Path, engine: Engine) -> None:
    with _client(tmp_path, engine, None) as client:
        response = client.post("/api/v1/ingest", content=POSTS, headers=_signed(POSTS))
    assert response.status_code == 401
    assert "TOCSIN_INGEST_SECRET" in response.json()["error"]


def test_sources_api_and_page_show_health(client: TestClient, tmp_path: Path) -> None:
    from tests.web.conftest import sign_in
    from tocsin.listening.sources import SourceSpec
    from tocsin.services.ingest import add_source
    from tocsin.store import listening as queries

    with open_store(f"sqlite:///{tmp_path / 'web.db'}") as store:
        add_source(store, None, SourceSpec(name="feed", kind="rss", options={"url": "u"}))
        with store.transaction(write=True) as connection:
            for _ in range(3):
                queries.record_run(connection, "feed", new=0, error="HTTP 503 after 5 attempts")

    assert client.get("/api/v1/sources").status_code == 401
    auth = {"Authorization": f"Bearer {TOKEN}"}
    (status,) = client.get("/api/v1/sources", headers=auth).json()
    assert (status["name"], status["status"], status["healthy"]) == ("feed", "unhealthy", False)
    assert status["last_error"] == "HTTP 503 after 5 attempts"

    assert client.get("/sources", follow_redirects=False).status_code in (303, 401)
    sign_in(client, TOKEN)
    page = client.get("/sources?lang=fr")
    assert page.status_code == 200
    assert "En panne" in page.text and "HTTP 503 after 5 attempts" in page.text
    assert "Unhealthy" in client.get("/sources?lang=en").text
