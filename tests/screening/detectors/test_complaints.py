"""Complaints received in public: a verdict next to what it is about, inbound only, low."""

from __future__ import annotations

import pytest

from tocsin import Engine

NAME = "complaints"

MATCH = [
    # (text, one of the verdicts found)
    ("@lumio service client lamentable, 15 jours que j'attends mon remboursement", "lamentable"),
    ("Lumio = arnaque. Lampe morte en 10 jours, SAV aux abonnés absents", "arnaque"),
    ("Commande jamais livrée, c'est honteux", "honteux"),
    ("Très déçue par la lampe Halo, elle ne s'allume plus après 2 semaines", "Très déçue"),
    ("Plus jamais je ne commande chez vous, colis perdu et aucune réponse", "Plus jamais"),
    ("@lumio your support is an absolute joke, 3 weeks no reply", "absolute joke"),
    ("Worst customer service ever, still waiting for my refund", "Worst customer service"),
    ("Never buying again, the app is useless and the lamp is broken", "Never buying again"),
    ("This is a rip-off, the bulb died after 10 days", "rip-off"),
    ("@lumio I'm telling the papers about your lamp order, 3 weeks and nothing", "the papers"),
]

NO_MATCH = [
    "@lumio_fr bonjour, ma lampe clignote depuis ce matin, une idée ?",  # a question, no verdict
    "Comment obtenir un remboursement ?",
    "How do I get a refund for my order?",
    "Super service client, commande reçue en 48 h",
    "Pas déçu du tout par ma nouvelle lampe !",
    "Never disappointed by your support, thanks!",
    "Got a text saying my Lumio parcel is held and I must pay €1.99, is this a scam?",
    "Quel temps horrible aujourd'hui, restez au chaud 🌧️",  # a verdict about nothing of ours
    "@lumio the papers are signed, when does my lamp order ship?",  # papers to sign, no press
]


@pytest.mark.parametrize(("text", "verdict"), MATCH)
def test_match(engine: Engine, text: str, verdict: str) -> None:
    result = engine.screen_text(text, direction="inbound")
    found = [f for f in result.findings if f.detector == NAME]
    assert found, result.findings
    assert verdict in [text[f.start : f.end] for f in found]
    assert {(f.category, f.kind, f.severity) for f in found} == {
        ("reputation", "reputation.complaint", "low")
    }


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    result = engine.screen_text(text, direction="inbound")
    assert [f for f in result.findings if f.detector == NAME] == []


def test_outbound_posts_are_not_complaints(engine: Engine) -> None:
    result = engine.screen_text("Commande jamais livrée, c'est honteux")
    assert [f for f in result.findings if f.detector == NAME] == []


def test_a_complaint_alone_is_not_blocked(engine: Engine) -> None:
    result = engine.screen_text("Commande jamais livrée, c'est honteux", direction="inbound")
    assert result.decision == "allow"


@pytest.mark.parametrize(
    ("eng", "words"), [("engine", "Réclamation publique"), ("engine_en", "Public complaint")]
)
def test_explanation_in_the_organisation_language(request, eng: str, words: str) -> None:  # type: ignore[no-untyped-def]
    result = request.getfixturevalue(eng).screen_text(
        "Commande jamais livrée, c'est honteux", direction="inbound"
    )
    f = next(f for f in result.findings if f.detector == NAME)
    assert words in f.explanation
    assert "complaints 1.0" in f.explanation
