"""Unrealistic promises: absolute claims of reliability, delivery, results."""

from __future__ import annotations

import pytest

from tocsin import Engine

NAME = "unrealistic_promises"

MATCH = [
    # (text, evidence at the span)
    ("Notre lampe ne tombe jamais en panne.", "ne tombe jamais en panne"),
    ("Résultat 100 % garanti !", "100 % garanti"),
    ("Efficacité garantie à 100 %", "garantie à 100"),
    ("Zéro défaut sur toute la gamme", "Zéro défaut"),
    ("Une qualité infaillible", "infaillible"),
    ("Livraison garantie en 1 h partout en France", "Livraison garantie"),
    ("Satisfaction sans exception, garantie", "sans exception"),
    ("Ça marche à tous les coups", "marche à tous les coups"),
    ("This lamp never fails.", "never fails"),
    ("It works every time.", "works every time"),
    ("100% guaranteed results", "100% guaranteed"),
    ("Zero defects, ever.", "Zero defects"),
    ("Our hubs never crash and never break", "never break"),
    ("Guaranteed delivery anywhere in the world", "Guaranteed delivery"),
    ("100% reliable, always", "100% reliable"),
]

NO_MATCH = [
    "Garantie 2 ans sur toutes nos lampes",  # a legal warranty
    "Garantie légale de conformité : 2 ans",
    "Abat-jour 100 % coton, 100 % recyclable",
    "Une lampe fiable et économe",
    "Jamais en panne d'idées pour vos intérieurs !",
    "Lumio never fails to surprise us",
    "Ouvert à tous, sans exception",
    "Livraison offerte dès 49 €",
    "Satisfait ou remboursé sous 30 jours",
    "Lifetime warranty on the frame",
    "Aucune panne signalée ? Dites-le-nous en commentaire",
]


@pytest.mark.parametrize(("text", "evidence"), MATCH)
def test_match(engine: Engine, text: str, evidence: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.detector == NAME]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert (f.category, f.kind, f.severity) == (
        "reputation",
        "reputation.unrealistic_promise",
        "medium",
    )


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.detector == NAME] == []


def test_a_customer_praising_is_not_a_promise(engine: Engine) -> None:
    result = engine.screen_text("Ma lampe Lumio ne tombe jamais en panne !", direction="inbound")
    assert [f for f in result.findings if f.detector == NAME] == []


@pytest.mark.parametrize(
    ("eng", "words"),
    [("engine", "Promesse irréaliste (« never fails »)"), ("engine_en", "Unrealistic promise")],
)
def test_explanation_in_the_organisation_language(request, eng: str, words: str) -> None:  # type: ignore[no-untyped-def]
    f = request.getfixturevalue(eng).screen_text("It never fails").findings[0]
    assert words in f.explanation
    assert "unrealistic_promises 1.0" in f.explanation
