"""SIREN/SIRET in context: valid key; low for companies, medium for sole traders; own allowed."""

from __future__ import annotations

import pytest

from tocsin import Engine, parse_profile

KIND = "pii.fr_siren"

MATCH = [
    # (text, evidence at the span, severity)
    ("SIRET : 732 829 320 00074", "732 829 320 00074", "low"),
    ("SIREN 732829320", "732829320", "low"),
    ("RCS Paris 552 100 554", "552 100 554", "low"),
    ("Société immatriculée au RCS de Lyon sous le numéro 443 061 841.", "443 061 841", "low"),
    ("n° d'entreprise 443061841", "443061841", "low"),
    ("Numéro d’entreprise : 443.061.841", "443.061.841", "low"),
    ("732 829 320 RCS Nanterre", "732 829 320", "low"),
    ("Je suis auto-entrepreneur, mon SIRET 732 829 320 00074", "732 829 320 00074", "medium"),
    ("Freelance graphiste, SIREN 123 456 782", "123 456 782", "medium"),
    ("Micro-entreprise de Julie : SIRET 73282932000074", "73282932000074", "medium"),
    ("Sole trader here, my SIRET is 73282932000074", "73282932000074", "medium"),
    ("Artisan plombier, SIREN 123 456 782, devis gratuit", "123 456 782", "medium"),
    ("ＳＩＲＥＮ ７３２ ８２９ ３２０", "７３２ ８２９ ３２０", "low"),
]

NO_MATCH = [
    "SIREN 732 829 321",  # wrong key
    "SIRET 732 829 320 00075",  # wrong key
    "732 829 320",  # no context word
    "Commande 732829320 expédiée",
    "Notre SIRET est sur nos factures.",
    "SIRET 732 829 320 000740",  # glued digit
    "RCS " + "x" * 80 + " 732 829 320",  # too far from the word
    "Le registre est ouvert, 06 12 34 56 78",
]


@pytest.mark.parametrize(("text", "evidence", "severity"), MATCH)
def test_match(engine: Engine, text: str, evidence: str, severity: str) -> None:
    found = [f for f in engine.screen_text(text).findings if f.kind == KIND]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert f.severity == severity
    assert f.category == "data_leak"
    assert "*" in f.excerpt


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.kind == KIND] == []


def test_a_company_number_is_allowed_and_a_sole_traders_reviewed(engine: Engine) -> None:
    assert engine.screen_text("SIREN 443 061 841").decision == "allow"
    assert engine.screen_text("Auto-entrepreneur, SIREN 443 061 841").decision == "review"


OWN = """
[organisation]
name = "Lumio SA"
registration_numbers = ["732 829 320", "FR 12 443061841"]
"""


@pytest.mark.parametrize(
    "text",
    [
        "Lumio SA, SIREN 732 829 320",
        "SIRET du siège : 732 829 320 00074",
        "SIRET de l'agence de Lyon : 73282932000082",
        "RCS Paris 443 061 841",
    ],
)
def test_the_organisations_own_numbers_are_not_reported(text: str) -> None:
    engine = Engine(parse_profile(OWN))
    assert [f for f in engine.screen_text(text).findings if f.kind == KIND] == []


def test_other_numbers_still_count_with_a_profile() -> None:
    engine = Engine(parse_profile(OWN))
    found = [f for f in engine.screen_text("RCS Paris 552 100 554").findings if f.kind == KIND]
    assert len(found) == 1


@pytest.mark.parametrize("text", ["SIREN " + "732 829 320 " * 90_000, "siret 1" * 140_000])
def test_a_megabyte_of_candidates_finishes(engine: Engine, text: str) -> None:
    engine.screen_text(text)
