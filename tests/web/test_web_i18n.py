from __future__ import annotations

import re

import pytest

from tocsin.models import Category, Decision, Direction, Severity
from tocsin.web.i18n import (
    CATALOGUE,
    LANGUAGES,
    from_accept_language,
    parse_accept_language,
    supported,
    translate,
)


def test_every_language_has_every_message() -> None:
    keys = {lang: set(messages) for lang, messages in CATALOGUE.items()}
    assert set(keys) == set(LANGUAGES)
    assert keys["fr"] == keys["en"]


def test_placeholders_match_across_languages() -> None:
    field = re.compile(r"\{(\w+)\}")
    for key, english in CATALOGUE["en"].items():
        assert set(field.findall(english)) == set(field.findall(CATALOGUE["fr"][key])), key


@pytest.mark.parametrize(
    "key",
    [f"category.{c.value}" for c in Category]
    + [f"severity.{s.value}" for s in Severity]
    + [f"decision.{d.value}" for d in Decision]
    + [f"decision.{d.value}.help" for d in Decision]
    + [f"direction.{d.value}" for d in Direction],
)
def test_every_vocabulary_word_is_translated(key: str) -> None:
    for lang in LANGUAGES:
        assert key in CATALOGUE[lang]


def test_translate_formats_and_falls_back() -> None:
    assert translate("fr", "error.status", status=404) == "Erreur 404"
    assert translate("de", "nav.check") == "Check a post"
    assert translate("fr", "no.such.key") == "no.such.key"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("fr", "fr"),
        ("fr-CA", "fr"),
        ("FR-fr", "fr"),
        ("en-US,en;q=0.9,fr;q=0.8", "en"),
        ("de-DE,de;q=0.9,fr;q=0.7,en;q=0.5", "fr"),
        ("en;q=0.4, fr;q=0.8", "fr"),
        ("fr;q=0, en", "en"),
        ("fr;q=0", None),
        ("de, *;q=0.5", "en"),
        ("de, it", None),
        ("", None),
        (None, None),
        ("fr;q=abc, en;q=0.2", "en"),
        (" , ;q=1, fr", "fr"),
    ],
)
def test_accept_language(header: str | None, expected: str | None) -> None:
    assert from_accept_language(header) == expected


def test_parse_accept_language_keeps_order_for_equal_quality() -> None:
    assert parse_accept_language("fr, en;q=0.5, de") == [("fr", 1.0), ("de", 1.0), ("en", 0.5)]


@pytest.mark.parametrize(
    ("code", "expected"), [("fr", "fr"), ("en_GB", "en"), ("es", None), ("", None), (None, None)]
)
def test_supported(code: str | None, expected: str | None) -> None:
    assert supported(code) == expected
