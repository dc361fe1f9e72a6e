"""Health claims: cures (high), vague health promises (medium), well-being (low)."""

from __future__ import annotations

import pytest

from tocsin import Engine

MATCH = [
    # (text, kind, severity, evidence at the span)
    ("Notre lampe guérit la dépression saisonnière.", "compliance.cure_claim", "high", "guérit"),
    ("Cette lumière soigne le cancer de la peau.", "compliance.cure_claim", "high", "soigne"),
    ("Notre diffuseur prévient le covid.", "compliance.cure_claim", "high", "prévient"),
    ("La lumière bleue de notre lampe traite l'acné.", "compliance.cure_claim", "high", "traite"),
    ("Notre lampe UV tue 99,9 % des bactéries et virus.", "compliance.cure_claim", "high", "tue"),
    ("Cette lampe soulage les migraines.", "compliance.cure_claim", "high", "soulage"),
    ("Un remède miracle contre la fatigue.", "compliance.cure_claim", "high", "remède miracle"),
    ("Our lamp cures insomnia in 3 nights.", "compliance.cure_claim", "high", "cures"),
    ("Our light therapy lamp treats seasonal depression.", "compliance.cure_claim", "high",
     "treats"),
    ("Protects against viruses and germs all day.", "compliance.cure_claim", "high",
     "Protects against"),
    ("Boosts immunity and energy all winter!", "compliance.health_claim", "medium",
     "Boosts immunity"),
    ("Renforce votre système immunitaire grâce à la lumière.", "compliance.health_claim",
     "medium", "Renforce votre système immunitaire"),
    ("Cliniquement prouvé : un sommeil plus profond.", "compliance.health_claim", "medium",
     "Cliniquement prouvé"),
    ("Scientifically proven to make you feel great.", "compliance.health_claim", "medium",
     "Scientifically proven"),
    ("Un effet miracle sur votre sommeil !", "compliance.health_claim", "medium", "miracle"),
    ("Détox lumineuse en 7 jours.", "compliance.health_claim", "medium", "Détox"),
    ("Notre lampe améliore votre sommeil.", "compliance.wellbeing_claim", "low",
     "améliore votre sommeil"),
    ("Sleep better with our warm light.", "compliance.wellbeing_claim", "low", "Sleep better"),
]

NO_MATCH = [
    "Notre lampe n'est pas un dispositif médical et ne soigne pas la dépression.",
    "Lumio soutient la recherche contre le cancer pendant Octobre rose.",
    "Notre collègue Julie court pour la recherche contre le cancer.",
    "Le miracle de Noël, c'est cette lampe !",
    "Ajoutez une lumière douce pour vos soirées.",
    "Digital detox : éteignez vos écrans, allumez votre lampe.",
    "On soigne chaque détail de nos lampes.",
    "Treat yourself to our new lamp this weekend!",
    "Cliniquement prouvé selon une étude publiée (lumio.com/etude).",
    "Clinically proven in a 2025 study, see https://lumio.com/study",
    "Bon rétablissement à tous les malades de la grippe, prenez soin de vous.",
    "Nous protégeons vos données contre les virus informatiques... pardon, les pirates.",
]


@pytest.mark.parametrize(("text", "kind", "severity", "evidence"), MATCH)
def test_match(engine: Engine, text: str, kind: str, severity: str, evidence: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.kind == kind]
    assert evidence in [text[f.start : f.end] for f in found], result.findings
    assert all(f.severity == severity and f.category == "compliance" for f in found)


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    result = engine.screen_text(text)
    assert [f for f in result.findings if f.detector == "health_claims"] == []


def test_a_wellbeing_claim_is_allowed(engine: Engine) -> None:
    assert engine.screen_text("Notre lampe améliore votre sommeil.").decision == "allow"


def test_megabyte_post_finishes(engine: Engine) -> None:
    text = ("guérit " + "w" * 80 + " ") * 11_000 + "guérit le cancer"
    found = [f for f in engine.screen_text(text).findings if f.kind == "compliance.cure_claim"]
    assert len(found) == 1
