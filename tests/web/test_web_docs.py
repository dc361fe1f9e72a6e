"""The examples of docs/api.md are what the API answers."""

from __future__ import annotations

import json
import re
from pathlib import Path

from fastapi.testclient import TestClient

API_DOC = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def test_the_documented_example_is_the_real_answer(
    client: TestClient, auth: dict[str, str]
) -> None:
    doc = API_DOC.read_text(encoding="utf-8")
    request = re.search(r"-d '(\{.*?\})'", doc)
    response = re.search(r"```json\n(\{\n  \"id\".*?)\n```", doc, re.S)
    assert request and response
    answer = client.post("/api/v1/check?lang=en", json=json.loads(request.group(1)), headers=auth)
    assert answer.json() == json.loads(response.group(1))


def test_the_documented_error_shape_is_the_real_one(
    client: TestClient, auth: dict[str, str]
) -> None:
    doc = API_DOC.read_text(encoding="utf-8")
    shown = re.search(r"```json\n(\{\"error\".*?)\n```", doc)
    assert shown
    answer = client.post("/api/v1/check", json={}, headers=auth)
    assert answer.status_code == 422
    assert answer.json() == json.loads(shown.group(1))
