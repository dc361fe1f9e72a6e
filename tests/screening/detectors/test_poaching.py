"""Poaching from or by competitors: recruiting words next to a competitor of the profile."""

from __future__ import annotations

import pytest

from tocsin import Engine, parse_profile

from ...conftest import LUMIO_TOML

NAME = "poaching"

MATCH = [
    # (text, evidence at the span)
    ("Rejoignez-nous, quittez Brillix !", "Rejoignez-nous, quittez Brillix"),
    ("Anciens de Brillix, on recrute !", "Anciens de Brillix, on recrute"),
    ("Brillix vient de débaucher notre directeur R&D", "Brillix vient de débaucher"),
    ("We're hiring Brillix's engineers", "We're hiring Brillix"),
    ("Tired of brillix.com? Join us!", "Tired of brillix.com? Join us"),
    ("Welcome to Paul, who joins us from Brillix", "joins us from Brillix"),
    ("Ex-Brillix ? Postulez ici", "Ex-Brillix ? Postulez"),
]

NO_MATCH = [
    "Nous recrutons un technicien à Lyon : postulez ici",  # a job ad naming no competitor
    "We're hiring: senior designer, Paris",
    "Brillix a aussi une lampe connectée",
    "Brillix recrute 50 personnes à Nantes",  # news about the competitor
    "Salaire selon profil, rejoignez-nous !",
]


@pytest.mark.parametrize(("text", "evidence"), MATCH)
def test_match(engine: Engine, text: str, evidence: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.detector == NAME]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert (f.category, f.kind, f.severity) == ("human_resources", "hr.poaching", "medium")
    assert result.decision in ("review", "block")


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.detector == NAME] == []


def test_explanation_names_the_competitor(engine: Engine) -> None:
    f = [x for x in engine.screen_text("Quittez Brillix !").findings if x.detector == NAME][0]
    assert "à propos de Brillix" in f.explanation


def test_aliases_and_handles_count() -> None:
    toml = LUMIO_TOML.replace(
        'name = "Brillix"',
        'name = "Brillix"\naliases = ["Brillix Labs"]\nhandles = {x = ["brillix_fr"]}',
    )
    engine = Engine(parse_profile(toml))
    for text in ("Quittez Brillix Labs", "On recrute les ex de @brillix_fr"):
        assert [f.kind for f in engine.screen_text(text).findings if f.detector == NAME]


def test_without_competitors_the_detector_is_off() -> None:
    assert NAME not in [d.name for d in Engine(None).detectors]
