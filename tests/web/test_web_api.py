from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tocsin.models import Finding
from tocsin.profile import Profile
from tocsin.screening.detectors.base import Context, Detector
from tocsin.screening.engine import Engine
from tocsin.services.screening import parse_post, result_json
from tocsin.web import create_app

from .conftest import TOKEN, settings_with, sign_in

POSTS: list[dict[str, Any]] = [
    {"id": "fr-1", "text": "Le Projet Nightjar sort en mars, écrivez à sophie.martin@gmail.com"},
    {"text": "Big news: #ProjectNightjar ships soon! Contact jane.doe@yahoo.com for details."},
    {"id": 42, "text": "Bonjour à tous, belle journée !", "direction": "inbound"},
    {"id": "en-2", "text": "Reach our team at support@lumio.com", "author": "lumio", "lang": "en"},
    {
        "id": "full",
        "text": "N I G H T J A R est prêt, contact : paul@orange.fr",
        "direction": "outbound",
        "at": "2026-05-01T09:30:00+02:00",
        "author": "lumio_fr",
        "author_name": "Lumio France",
        "platform": "x",
        "url": "https://x.com/lumio_fr/status/1",
        "lang": "fr",
    },
]


@pytest.mark.parametrize("post", POSTS, ids=lambda p: str(p.get("id", "no-id")))
def test_check_returns_exactly_the_cli_json(
    client: TestClient, auth: dict[str, str], engine: Engine, post: dict[str, Any]
) -> None:
    response = client.post("/api/v1/check", json=post, headers=auth)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.json() == result_json(engine.screen(parse_post(post)))


def test_a_post_without_id_gets_a_null_id(client: TestClient, auth: dict[str, str]) -> None:
    body = client.post("/api/v1/check", json={"text": "Project Nightjar"}, headers=auth).json()
    assert body["id"] is None
    assert body["decision"] == "block"
    assert [f["kind"] for f in body["findings"]] == ["confidential.code_name"]


@pytest.mark.parametrize(
    ("lang", "words"), [("fr", "Terme confidentiel"), ("en", "Confidential term")]
)
def test_lang_sets_the_language_of_explanations(
    client: TestClient, auth: dict[str, str], lang: str, words: str
) -> None:
    response = client.post(
        f"/api/v1/check?lang={lang}", json={"text": "Project Nightjar is late"}, headers=auth
    )
    explanation = response.json()["findings"][0]["explanation"]
    assert explanation.startswith(words)


def test_default_explanations_are_in_the_organisation_language(
    client: TestClient, auth: dict[str, str]
) -> None:
    body = client.post("/api/v1/check", json={"text": "Project Nightjar"}, headers=auth).json()
    assert body["findings"][0]["explanation"].startswith("Terme confidentiel")  # fr comes first


def test_an_unknown_lang_is_a_422_json_error(client: TestClient, auth: dict[str, str]) -> None:
    response = client.post("/api/v1/check?lang=de", json={"text": "x"}, headers=auth)
    assert response.status_code == 422
    assert "lang" in response.json()["error"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b"", "empty"),
        (b"   ", "empty"),
        (b"[1, 2]", "must be a JSON object, not list"),
        (b'"text"', "must be a JSON object, not str"),
        (b"null", "must be a JSON object, not NoneType"),
        (b"{}", "required"),
        (b'{"id": "a"}', "required"),
        (b'{"text": 3}', "text"),
        (b'{"text": "x", "direction": "sideways"}', "direction"),
        (b'{"text": "x", "at": "yesterday"}', "at"),
        (b"\xff\xfe\x00garbage", "not valid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
    ],
    ids=[
        "invalid",
        "empty",
        "blank",
        "list",
        "string",
        "null",
        "no-text",
        "id-only",
        "text-not-str",
        "bad-direction",
        "bad-at",
        "not-utf8",
        "deep-nesting",
    ],
)
def test_bad_bodies_are_422_json_errors(
    client: TestClient, auth: dict[str, str], body: bytes, message: str
) -> None:
    response = client.post(
        "/api/v1/check", content=body, headers={**auth, "Content-Type": "application/json"}
    )
    assert response.status_code == 422, response.text
    assert set(response.json()) == {"error"}
    assert message in response.json()["error"]


def test_errors_match_the_cli_messages(client: TestClient, auth: dict[str, str]) -> None:
    from tocsin.errors import PostError

    with pytest.raises(PostError) as expected:
        parse_post({"direction": "inbound"})
    response = client.post("/api/v1/check", json={"direction": "inbound"}, headers=auth)
    assert response.json() == {"error": expected.value.message}


def test_unknown_fields_are_accepted(
    client: TestClient, auth: dict[str, str], engine: Engine
) -> None:
    post = {"id": "u1", "text": "Hello", "campaign": "spring", "metrics": {"likes": 3}}
    response = client.post("/api/v1/check", json=post, headers=auth)
    assert response.status_code == 200
    assert response.json() == result_json(engine.screen(parse_post(post)))


def test_a_one_megabyte_post_is_screened(client: TestClient, auth: dict[str, str]) -> None:
    filler = "Nothing to see here, only words. " * 32_000  # ~1 MiB
    text = filler + "Project Nightjar. " + filler
    body = json.dumps({"id": "big", "text": text}).encode()
    assert len(body) > 2 * 1024 * 1024
    response = client.post(
        "/api/v1/check", content=body, headers={**auth, "Content-Type": "application/json"}
    )
    assert response.status_code == 200
    result = response.json()
    assert result["decision"] == "block"
    finding = next(f for f in result["findings"] if f["kind"] == "confidential.code_name")
    assert text[finding["start"] : finding["end"]] == "Project Nightjar"


def test_a_body_over_the_limit_is_refused(
    client: TestClient, auth: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tocsin.web.routes import api

    monkeypatch.setattr(api, "MAX_BODY_BYTES", 1024 * 1024)
    body = json.dumps({"text": "x" * (1024 * 1024 + 10)}).encode()
    response = client.post(
        "/api/v1/check", content=body, headers={**auth, "Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert "larger than" in response.json()["error"]


def test_non_ascii_is_returned_as_utf8(client: TestClient, auth: dict[str, str]) -> None:
    response = client.post(
        "/api/v1/check?lang=fr", json={"text": "Projet Nightjar, été"}, headers=auth
    )
    assert "« Project Nightjar »".encode() in response.content


def test_unknown_api_paths_are_json_404(client: TestClient, auth: dict[str, str]) -> None:
    response = client.get("/api/v1/nothing", headers=auth)
    assert response.status_code == 404
    assert response.json() == {"error": "Not Found"}


def test_openapi_documents_the_check_endpoint(client: TestClient, auth: dict[str, str]) -> None:
    document = client.get("/openapi.json", headers=auth).json()
    operation = document["paths"]["/api/v1/check"]["post"]
    request_schema = operation["requestBody"]["content"]["application/json"]["schema"]
    assert request_schema["required"] == ["text"]
    assert request_schema["additionalProperties"] is True
    assert request_schema["properties"]["direction"]["enum"] == ["outbound", "inbound"]
    assert "$ref" in json.dumps(operation["responses"]["200"])
    assert {"200", "401", "413", "422"} <= set(operation["responses"])
    assert document["components"]["schemas"]["CheckResult"]["required"] == [
        "id",
        "decision",
        "language",
        "findings",
    ]
    assert document["components"]["securitySchemes"]["AccessToken"]["scheme"] == "bearer"
    parameters = {p["name"]: p for p in operation["parameters"]}
    assert "lang" in parameters


class Broken(Detector):
    name = "broken"

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        raise RuntimeError("secret internal detail")


@pytest.mark.parametrize(
    ("path", "kind"), [("/api/v1/check", "application/json"), ("/check", "text/html")]
)
def test_an_unexpected_error_is_a_500_without_details(
    profile: Profile, path: str, kind: str
) -> None:
    app = create_app(settings_with(), engine=Engine(profile, detectors=[Broken]))
    with TestClient(app, raise_server_exceptions=False) as client:
        if path == "/api/v1/check":
            response = client.post(
                path, json={"text": "x"}, headers={"Authorization": f"Bearer {TOKEN}"}
            )
        else:
            response = client.post(path, data={"text": "x", "csrf_token": sign_in(client)})
    assert response.status_code == 500
    assert response.headers["content-type"].startswith(kind)
    assert "secret internal detail" not in response.text
    # the person learns which detector failed (to report it), not the internals
    assert "detector &#39;broken&#39; failed" in response.text or (
        "detector 'broken' failed" in response.text
    )


def test_an_error_outside_the_detectors_is_a_generic_500(
    profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = Engine(profile)

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(engine, "screen", explode)
    app = create_app(settings_with(), engine=engine)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.post(
            "/api/v1/check", json={"text": "x"}, headers={"Authorization": f"Bearer {TOKEN}"}
        )
    assert response.status_code == 500
    assert "secret internal detail" not in response.text
    assert "unexpected error" in response.text
