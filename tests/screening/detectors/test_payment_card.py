"""Payment cards: issuer prefix and length, Luhn key, card layout; masked excerpt."""

from __future__ import annotations

import pytest

from tocsin import Engine

KIND = "pii.payment_card"

MATCH = [
    # (text, evidence at the span, issuer named in the explanation)
    ("Ma carte 4970 1012 3456 7893 exp 12/27", "4970 1012 3456 7893", "Visa"),
    ("CB : 4532-0151-1283-0366", "4532-0151-1283-0366", "Visa"),
    ("card 4532015112830366, cvv 123", "4532015112830366", "Visa"),
    ("Mastercard 5134 5678 9012 3454", "5134 5678 9012 3454", "Mastercard"),
    ("new Mastercard range 2223 1234 5678 9012", "2223 1234 5678 9012", "Mastercard"),
    ("2720 1234 5678 9010", "2720 1234 5678 9010", "Mastercard"),
    ("Amex 3412 345678 90127", "3412 345678 90127", "American Express"),
    ("Amex 371234567890120.", "371234567890120", "American Express"),
    ("Discover 6011 1234 5678 9019", "6011 1234 5678 9019", "Discover"),
    ("Diners 3612 345678 9013", "3612 345678 9013", "Diners Club"),
    ("Diners 3012 345678 9019", "3012 345678 9019", "Diners Club"),
    ("JCB 3530 1234 5678 9018", "3530 1234 5678 9018", "JCB"),
    ("UnionPay 6212 3456 7890 1232", "6212 3456 7890 1232", "UnionPay"),
    ("Maestro 6759 1234 5678 9015", "6759 1234 5678 9015", "Maestro"),
    ("Mir 2200 1234 5678 9019", "2200 1234 5678 9019", "Mir"),
    ("Visa 19 chiffres 4970 1012 3456 7890 127", "4970 1012 3456 7890 127", "Visa"),
    ("carte ４９７０ １０１２ ３４５６ ７８９３", "４９７０ １０１２ ３４５６ ７８９３", "Visa"),
    ("4970\u200b1012\u200b3456\u200b7893", "4970\u200b1012\u200b3456\u200b7893", "Visa"),
    ("paiement 4970 1012 3456 7893 12 27", "4970 1012 3456 7893", "Visa"),
    ("order went through with 4970 1012 3456 7893 lol", "4970 1012 3456 7893", "Visa"),
]

NO_MATCH = [
    "4970 1012 3456 7890",  # wrong Luhn key
    "1234 5678 9012 3452",  # Luhn-valid, no issuer prefix
    "9400 1234 5678 9012",  # Luhn-valid, no issuer prefix
    "4111 1111 1111 1111",  # processors' test numbers
    "Stripe test card: 4242 4242 4242 4242",
    "5555 5555 5555 4444",
    "3782 822463 10005",
    "4970 1012 3456 78931",  # glued digit
    "4970-1012 3456 7893",  # mixed separators
    "49 70 10 12 34 56 78 93",  # not a card layout
    "IMEI 490154203237518",
    "Suivi colis 4970101234567893",
    "Order 4970101234567893 shipped",
    "FR76 3000 6000 0112 3456 7890 189",
    "Mastercard 5134 5678 9012 345",  # too short
]


@pytest.mark.parametrize(("text", "evidence", "issuer"), MATCH)
def test_match(engine: Engine, text: str, evidence: str, issuer: str) -> None:
    found = [f for f in engine.screen_text(text).findings if f.kind == KIND]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    last4 = "".join(ch for ch in f.excerpt if ch.isdigit())
    assert f.excerpt == f"**** **** **** {last4}" and len(last4) == 4
    assert f.category == "data_leak"
    assert f.severity == "critical"
    assert issuer in f.explanation


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.kind == KIND] == []


def test_a_card_blocks_the_post(engine: Engine) -> None:
    assert engine.screen_text("ma CB 4970 1012 3456 7893").decision == "block"


def test_the_number_is_never_in_the_explanation(engine: Engine, engine_en: Engine) -> None:
    for eng, word in ((engine, "carte de paiement"), (engine_en, "Payment card")):
        f = next(f for f in eng.screen_text("4970 1012 3456 7893").findings if f.kind == KIND)
        assert "1012 3456" not in f.explanation
        assert word in f.explanation and "**** **** **** 7893" in f.explanation


@pytest.mark.parametrize(
    "text", ["4970 " * 200_000, "4" * 1_000_000, "4970-1012 " * 100_000, "1 2 " * 250_000]
)
def test_a_megabyte_of_digits_finishes(engine: Engine, text: str) -> None:
    engine.screen_text(text)
