from __future__ import annotations

import pytest

from tocsin.screening.language import detect_language

CASES = [
    ("Bonjour à tous, le lancement est prévu demain matin.", "fr"),
    ("Hello everyone, the launch is planned for tomorrow morning.", "en"),
    ("Merci pour votre patience, votre colis arrive bientôt !", "fr"),
    ("Thanks for your patience, your parcel is on its way!", "en"),
    ("Nous recrutons des ingénieurs à Lyon", "fr"),
    ("We are hiring engineers in Lyon", "en"),
    ("merci", "fr"),
    ("thanks", "en"),
    ("Salut !", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), CASES)
def test_french_and_english(text: str, lang: str) -> None:
    assert detect_language(text, ("fr", "en")) == lang


@pytest.mark.parametrize("text", ["", "   ", "🎉🎉🎉", "12345", "\u200b\u200b"])
def test_no_letters_falls_back_to_the_first_language(text: str) -> None:
    assert detect_language(text, ("fr", "en")) == "fr"
    assert detect_language(text, ("en", "fr")) == "en"


def test_long_and_multiline_text() -> None:
    assert detect_language("Bonjour à tous,\nle lancement est demain.\n" * 20000) == "fr"
