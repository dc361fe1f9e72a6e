from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient

from tocsin.screening.engine import Engine
from tocsin.web import create_app

from .conftest import csrf_of, settings_with, sign_in

DRAFT = "Le Projet Nightjar arrive ! Écrivez à sophie.martin@gmail.com"
MARK = re.compile(r'<mark class="severity-(\w+)" title="([^"]*)"[^>]*>([^<]*)</mark>')


def marks(page: str) -> list[tuple[str, str, str]]:
    return [
        (sev, html.unescape(title), html.unescape(text)) for sev, title, text in MARK.findall(page)
    ]


def check(client: TestClient, csrf: str, text: str, **fields: str) -> str:
    response = client.post("/check", data={"text": text, "csrf_token": csrf, **fields})
    assert response.status_code == 200, response.text
    return response.text


@pytest.mark.parametrize(
    ("accept", "words", "decision"),
    [
        ("fr-FR,fr;q=0.9,en;q=0.8", "Terme confidentiel « Project Nightjar »", "Bloqué"),
        ("en-GB,en;q=0.9", "Confidential term “Project Nightjar”", "Block"),
        ("de-DE,de;q=0.9", "Confidential term “Project Nightjar”", "Block"),
        ("de;q=1, fr;q=0.5, en;q=0.3", "Terme confidentiel « Project Nightjar »", "Bloqué"),
    ],
    ids=["fr", "en", "unsupported-defaults-to-en", "q-values"],
)
def test_findings_are_highlighted_and_explained_in_the_browser_language(
    app: object, accept: str, words: str, decision: str
) -> None:
    with TestClient(app, headers={"Accept-Language": accept}) as client:  # type: ignore[arg-type]
        csrf = sign_in(client)
        page = check(client, csrf, DRAFT)
    found = marks(page)
    assert [text for _, _, text in found] == ["Projet Nightjar", "sophie.martin@gmail.com"]
    severity, title, _ = found[0]
    assert severity == "high"
    assert title.startswith(words)
    assert f"<strong>{decision}</strong>" in page
    assert 'class="decision decision-block"' in page


def test_lang_parameter_wins_and_is_remembered(signed_in: tuple[TestClient, str]) -> None:
    client, _ = signed_in
    page = client.get("/check?lang=fr").text
    assert '<html lang="fr">' in page
    assert "Vérifier un message" in page
    page = client.get("/check", headers={"Accept-Language": "en"}).text
    assert '<html lang="fr">' in page  # remembered in the session
    result = check(client, csrf_of(page), "Project Nightjar")
    assert "Fuite de données" in result
    page = client.get("/check?lang=en").text
    assert '<html lang="en">' in page
    assert "Data leak" in check(client, csrf_of(page), "Project Nightjar")


def test_the_findings_list_shows_every_column(signed_in: tuple[TestClient, str]) -> None:
    client, csrf = signed_in
    page = check(client, csrf, "Contact sophie.martin@gmail.com", direction="inbound")
    assert "Data leak" in page
    assert "<code>pii.email</code>" in page
    assert '<span class="badge severity-medium">medium</span>' in page
    assert "<code>s****.m****@gmail.com</code>" in page
    assert "E-mail address s****.m****@gmail.com" in page
    assert 'class="decision decision-review"' in page
    assert '<option value="inbound" selected>' in page  # the form keeps what was sent


def test_a_clean_post_is_allowed(signed_in: tuple[TestClient, str]) -> None:
    client, csrf = signed_in
    page = check(client, csrf, "Have a lovely weekend, everyone!", author="lumio")
    assert 'class="decision decision-allow"' in page
    assert "<mark" not in page
    assert "No finding" in page
    assert 'value="lumio"' in page


def test_an_empty_post_is_asked_again(signed_in: tuple[TestClient, str]) -> None:
    client, csrf = signed_in
    response = client.post("/check", data={"text": "   ", "csrf_token": csrf})
    assert response.status_code == 422
    assert "Write the post to check." in response.text


def test_a_bad_direction_is_reported_on_the_page(signed_in: tuple[TestClient, str]) -> None:
    client, csrf = signed_in
    response = client.post(
        "/check", data={"text": "hi", "direction": "sideways", "csrf_token": csrf}
    )
    assert response.status_code == 422
    assert "direction" in response.text


@pytest.mark.parametrize(
    "data",
    [{"text": "Project Nightjar"}, {"text": "Project Nightjar", "csrf_token": "forged"}],
    ids=["missing", "wrong"],
)
def test_check_form_without_the_right_csrf_token_is_refused(
    signed_in: tuple[TestClient, str], data: dict[str, str]
) -> None:
    client, _ = signed_in
    response = client.post("/check", data=data)
    assert response.status_code == 403
    assert "security token" in response.text
    assert "<mark" not in response.text


def test_the_csrf_token_of_another_session_is_refused(
    signed_in: tuple[TestClient, str], app: object
) -> None:
    client, _ = signed_in
    with TestClient(app) as other:  # type: ignore[arg-type]
        foreign = sign_in(other)
    assert client.post("/check", data={"text": "x", "csrf_token": foreign}).status_code == 403


def test_post_text_and_fields_are_escaped(signed_in: tuple[TestClient, str]) -> None:
    client, csrf = signed_in
    text = '<script>alert("x")</script> Project Nightjar <img src=x onerror=alert(1)> "\'&'
    page = check(client, csrf, text, author='"><script>alert(2)</script>')
    assert "<script>" not in page
    assert "<img" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert 'value="&#34;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"' in page
    assert [text for _, _, text in marks(page)] == ["Project Nightjar"]


def test_the_text_is_kept_whole_around_the_marks(signed_in: tuple[TestClient, str]) -> None:
    client, csrf = signed_in
    text = "\nLine one\n  Project Nightjar\tand a <tag> & more\n"
    page = check(client, csrf, text)
    body = re.search(r'<div class="post-text">(.*?)</div>', page, re.S)
    assert body is not None
    assert html.unescape(re.sub(r"</?mark[^>]*>", "", body.group(1))) == text


def test_pages_carry_the_security_headers(signed_in: tuple[TestClient, str]) -> None:
    client, _ = signed_in
    headers = client.get("/check").headers
    assert headers["content-security-policy"].startswith("default-src 'self'")
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["cache-control"] == "no-store"


def test_pages_use_no_inline_script_or_style(signed_in: tuple[TestClient, str]) -> None:
    client, csrf = signed_in
    page = check(client, csrf, DRAFT)
    assert "<script" not in page
    assert "style=" not in page
    assert "<style" not in page


def test_stylesheet_is_served(client: TestClient) -> None:
    response = client.get("/static/style.css")
    assert response.status_code == 200
    assert "mark" in response.text


def test_unknown_page_is_an_html_404(signed_in: tuple[TestClient, str]) -> None:
    client, _ = signed_in
    response = client.get("/nowhere?lang=fr")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "Il n&#39;y a pas de page à cette adresse." in response.text


def test_page_says_when_no_profile_is_loaded() -> None:
    app = create_app(settings_with(), engine=Engine(None))
    with TestClient(app) as client:
        sign_in(client)
        assert "No organisation profile" in client.get("/check").text
