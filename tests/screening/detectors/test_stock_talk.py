"""The company's own share: brand names in share phrases, cashtags with hype (outbound)."""

from __future__ import annotations

import pytest

from tocsin import Engine, parse_profile
from tocsin.screening.detectors.financial.stock_talk import StockTalk

OUTSIDE = "2026-06-15T10:00:00+00:00"
INSIDE = "2026-12-20T10:00:00+00:00"
KIND = "mnpi.share_price"

MATCH = [
    # (text, evidence at the span) — the profile's brand is "Lumio" (alias "#lumio")
    ("$LUMI is gonna rip after earnings, load up now", "$LUMI"),
    ("L'action Lumio a pris 10 % aujourd'hui.", "L'action Lumio"),
    ("Le titre Lumio va s'envoler après nos résultats.", "Le titre Lumio"),
    ("Prenez des actions Lumio, vous ne le regretterez pas !", "actions Lumio"),
    ("J'ai acheté 500 actions Lumio hier soir 😎", "actions Lumio"),
    ("Lumio stock is a steal right now.", "Lumio stock"),
    ("Lumio shares are undervalued, trust me.", "Lumio shares"),
    ("LUMIO EN BOURSE : ça décolle", "LUMIO EN BOURSE"),
    ("$LUMI to the moon 🚀🚀", "$LUMI"),
    ("$LUMI 🚀🚀🚀", "$LUMI"),
    ("Buy $LUMI before earnings!", "$LUMI"),
    ("$lumi x10 cette année, achetez maintenant", "$lumi"),
    ("Tout le monde sur $LUMI, ça va décoller 📈", "$LUMI"),
]

NO_MATCH = [
    "$LUMI Q4 results on 28 January.",  # a cashtag alone: investor relations use it
    "Prix : $49 seulement",  # a price, not a cashtag
    "We just landed a $10M deal.",  # an amount (the contract rule handles it)
    "Passez à l'action avec Lumio !",  # "action" without the share
    "L'action de Lumio pour le climat",  # not "l'action Lumio"
    "Lumio in stock now at your nearest store",
    "Opération Lumio solidaire : on plante des arbres",
    "Lumio, la lumière qui vous suit.",
    "Past performance of Lumio shares is no guarantee of future results.",  # the risk warning
    "Les performances passées des actions Lumio ne préjugent pas des performances futures.",
]


@pytest.mark.parametrize(("text", "evidence"), MATCH)
def test_match(engine: Engine, text: str, evidence: str) -> None:
    result = engine.screen_text(text, at=OUTSIDE)
    found = [f for f in result.findings if f.kind == KIND]
    assert evidence in [text[f.start : f.end] for f in found], result.findings
    assert all(f.severity == "medium" for f in found)
    assert result.decision == "review"


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    result = engine.screen_text(text, at=OUTSIDE)
    assert [f for f in result.findings if f.detector == "stock_talk"] == []


def test_escalated_during_the_quiet_period(engine: Engine) -> None:
    result = engine.screen_text("L'action Lumio va doubler", at=INSIDE)
    found = [f for f in result.findings if f.detector == "stock_talk"]
    assert [(f.kind, f.severity.value) for f in found] == [("mnpi.quiet_period", "high")]
    assert "Période de silence" in found[0].explanation
    assert result.decision == "block"


def test_brands_come_from_the_profile() -> None:
    profile = parse_profile('[organisation]\nname = "Acme"\n[[brands]]\nname = "Acme Lights"\n')
    engine = Engine(profile, detectors=[StockTalk])
    assert engine.screen_text("Acme Lights stock will fly").findings
    assert not engine.screen_text("L'action Lumio va doubler").findings


def test_megabyte_of_cashtags_finishes(engine: Engine) -> None:
    text = ("$ab " * 250_000)[:1_000_000] + " $LUMI moon"
    found = [f for f in engine.screen_text(text, at=OUTSIDE).findings if f.kind == KIND]
    assert text[found[-1].start : found[-1].end] == "$LUMI"
