"""Passport numbers, only next to the word passport / passeport."""

from __future__ import annotations

import pytest

from tocsin import Engine

KIND = "pii.passport"

MATCH = [
    # (text, evidence at the span, masked excerpt)
    ("Passeport n° 12AB34567", "12AB34567", "12*****67"),
    ("mon passeport : 12 AB 34567, valable 2030", "12 AB 34567", "12*****67"),
    ("Numéro de passeport 09FV12345.", "09FV12345", "09*****45"),
    ("passport number 123456789", "123456789", "12*****89"),
    ("My passport: A12345678 expires soon", "A12345678", "A1*****78"),
    ("UK passport no. 533401372", "533401372", "53*****72"),
    ("Reisepass C01X00T47", "C01X00T47", "C0*****47"),
    ("PASSEPORT 12AB34567", "12AB34567", "12*****67"),
    ("12AB34567 (passeport)", "12AB34567", "12*****67"),
    ("Pasaporte AAA123456", "AAA123456", "AA*****56"),
]

NO_MATCH = [
    "12AB34567",  # no context word
    "Commande 123456789",
    "Numéro de commande 12AB34567",  # 'numéro de' alone is not enough
    "Passeport vaccinal code PROMO2024X",
    "Votre passeport pour l'été : code SUMMER24A",
    "Passport to fun: 3 new lamps",
    "passeport 12ab34567",  # lower case: not a document number
    "Passeport 12AB345678",  # too long
    "passport " + "x" * 60 + " 123456789",  # too far
    "Pensez à votre passeport avant de partir, 06 12 34 56 78",
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
    for eng, word in ((engine, "passeport"), (engine_en, "Passport")):
        f = next(f for f in eng.screen_text("Passeport 12AB34567").findings if f.kind == KIND)
        assert "AB345" not in f.explanation
        assert word in f.explanation


@pytest.mark.parametrize(
    "text", ["passeport " * 100_000, "passport 123456789 " * 52_000, "A" * 1_000_000]
)
def test_a_megabyte_finishes(engine: Engine, text: str) -> None:
    engine.screen_text(text)
