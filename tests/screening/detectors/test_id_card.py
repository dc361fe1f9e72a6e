"""Identity-card numbers (FR CNI old and new, ES DNI, others) next to a word naming the card."""

from __future__ import annotations

import pytest

from tocsin import Engine

KIND = "pii.id_card"

MATCH = [
    # (text, evidence at the span, masked excerpt)
    ("CNI : 880692310285", "880692310285", "88********85"),
    ("Ma carte d'identité n° 8806 9231 0285", "8806 9231 0285", "88********85"),
    ("Carte d’identité X4RTBPFW4 perdue", "X4RTBPFW4", "X4*****W4"),
    ("Numéro de carte nationale d'identité : F9K2L7M3P", "F9K2L7M3P", "F9*****3P"),
    ("pièce d'identité 123456789", "123456789", "12*****89"),
    ("ID card number: AB1234567", "AB1234567", "AB*****67"),
    ("My national ID is 987654321", "987654321", "98*****21"),
    ("DNI 12345678Z", "12345678Z", "12*****8Z"),
    ("Identity card D2R4T6Y8U.", "D2R4T6Y8U", "D2*****8U"),
    ("880692310285 (CNI)", "880692310285", "88********85"),
]

NO_MATCH = [
    "880692310285",  # no context word
    "X4RTBPFW4",
    "DNI 12345678A",  # wrong DNI letter
    "Technique : code 880692310285",
    "Munissez-vous d'une pièce d'identité, merci !",
    "Carte d'identité : PASSEPORT",  # letters only
    "carte d'identité x4rtbpfw4",  # lower case
    "Numéro de commande 880692310285",
    "CNI " + "x" * 60 + " 880692310285",  # too far
    "Carte d'identité code promo NOEL2024X",
]


@pytest.mark.parametrize(("text", "evidence", "excerpt"), MATCH)
def test_match(engine: Engine, text: str, evidence: str, excerpt: str) -> None:
    found = [f for f in engine.screen_text(text).findings if f.kind == KIND]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert f.excerpt == excerpt
    assert f.category == "data_leak"
    assert f.severity == "high"


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.kind == KIND] == []


def test_the_number_is_never_in_the_explanation(engine: Engine, engine_en: Engine) -> None:
    for eng, word in ((engine, "carte d'identité"), (engine_en, "Identity card")):
        f = next(f for f in eng.screen_text("CNI 880692310285").findings if f.kind == KIND)
        assert "0692310" not in f.explanation
        assert word in f.explanation


@pytest.mark.parametrize(
    "text", ["CNI " * 250_000, "CNI 880692310285 " * 58_000, "8" * 1_000_000]
)
def test_a_megabyte_finishes(engine: Engine, text: str) -> None:
    engine.screen_text(text)
