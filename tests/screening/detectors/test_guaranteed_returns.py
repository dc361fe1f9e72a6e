"""Guaranteed returns and risk-free investment claims (outbound, high)."""

from __future__ import annotations

import pytest

from tocsin import Engine

KIND = "compliance.guaranteed_return"

MATCH = [
    # (text, evidence at the span)
    ("Rendement garanti de 8 % par an avec notre nouveau fonds !", "Rendement garanti"),
    ("Un placement sûr à 12 % : qui dit mieux ?", "placement sûr"),
    ("Investissement sans risque, rentabilité immédiate.", "Investissement sans risque"),
    ("Investir dans nos panneaux solaires, c'est sans risque et 9 % par an.", "sans risque"),
    ("Doublez votre mise en 3 mois avec notre club d'investissement.", "Doublez votre mise"),
    ("Capital garanti et 6 % d'intérêts !", "Capital garanti"),
    ("Guaranteed returns of 10% every month.", "Guaranteed returns"),
    ("A risk-free investment in our green bonds.", "risk-free investment"),
    ("Double your money in 6 months with our program.", "Double your money"),
    ("Invest with us, it's risk-free and returns 12% a year.", "risk-free"),
    ("Our solar lamp bonds: guaranteed 8% annual return.", "guaranteed"),
    ("Investissez 1 000 €, récupérez 2 000 € en un an, zéro risque !", "zéro risque"),
    ("Achetez nos obligations, elles vont doubler, c'est garanti !", "garanti"),
    ("RENDEMENT GARANTI", "RENDEMENT GARANTI"),
]

NO_MATCH = [
    "Garantie 2 ans sur toutes nos lampes.",
    "Le placement de produit est indiqué dans la vidéo.",
    "Essayez sans risque : satisfait ou remboursé 30 jours.",
    "Risk-free returns within 30 days.",
    "Returns guaranteed within 30 days.",
    "Satisfaction guaranteed or your money back.",
    "Livraison garantie en 24 h, retours gratuits.",
    "Le meilleur prix garanti toute l'année.",
    "Un rendement lumineux garanti pour vos pièces.",
    "Méfiez-vous des arnaques au rendement garanti !",
    "Une lampe LED, c'est un investissement durable : garantie 5 ans.",
    "Try it risk-free for 30 days.",
]


@pytest.mark.parametrize(("text", "evidence"), MATCH)
def test_match(engine: Engine, text: str, evidence: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.kind == KIND]
    assert evidence in [text[f.start : f.end] for f in found], result.findings
    assert all(f.severity == "high" and f.category == "compliance" for f in found)
    assert result.decision == "block"


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.kind == KIND] == []


def test_explanation(engine_en: Engine) -> None:
    f = next(f for f in engine_en.screen_text("Guaranteed returns!").findings if f.kind == KIND)
    assert "Guaranteed-return" in f.explanation and "guaranteed_returns 1.2" in f.explanation


def test_megabyte_post_finishes(engine: Engine) -> None:
    text = ("doublez votre argent " + "z" * 60 + " ") * 12_000
    assert engine.screen_text(text).decision == "block"
