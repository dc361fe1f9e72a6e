"""Layoffs and restructuring not yet announced; reassurances go to review."""

from __future__ import annotations

import pytest

from tocsin import Engine

NAME = "layoffs"

MATCH = [
    # (text, evidence at the span, severity); kind hr.layoffs unless given below
    ("Un plan social est en préparation à Lyon", "plan social", "high"),
    ("Le PSE sera présenté au CSE lundi", "PSE", "high"),
    ("Licenciements à prévoir dans l'usine de Lille", "Licenciements", "high"),
    ("Nous allons licencier 40 personnes", "licencier", "high"),
    ("Suppression de postes au siège", "Suppression de postes", "high"),
    ("Fermeture du site de Rennes en mars", "Fermeture du site", "high"),
    ("Restructuration : 120 emplois concernés", "Restructuration", "high"),
    ("Layoffs are coming next quarter", "Layoffs", "high"),
    ("We are cutting 200 jobs in Europe", "jobs", "high"),
    ("Staff were laid off yesterday", "laid off", "high"),
    ("Redundancies announced at the Leeds plant", "Redundancies", "high"),
    ("A restructuring plan for 300 employees", "restructuring", "high"),
    ("Pas de licenciement prévu cette année", "Pas de licenciement", "medium"),
    ("No layoffs planned, we are hiring!", "No layoffs", "medium"),
    ("We're letting go 50 people next month", "letting go", "high"),
]

OTHER_KINDS = [
    # (text, kind, evidence at the span)
    ("Gel des salaires pour 2027, c'est acté", "hr.pay_freeze", "Gel des salaires"),
    ("Hiring freeze announced internally today", "hr.pay_freeze", "Hiring freeze"),
    ("Rupture conventionnelle pour Paul, ne dites rien", "hr.dismissal", "Rupture conventionnelle"),
    ("Kevin got fired for being late again", "hr.dismissal", "got fired for"),
]

NO_MATCH = [
    "Nous recrutons 12 techniciens à Lyon !",
    "Bravo à nos 500 licenciés du club de Lyon",
    "Fermeture du site web pour maintenance dimanche",
    "Restructuration de notre gamme de lampes : plus simple",
    "Debt restructuring completed by our parent company",
    "Supprimez les postes de travail inutilisés de votre réseau",
    "Steve Jobs cut the ribbon in 2001",
    "Licence Creative Commons pour nos photos",
    "Health and safety training for all employees",
    "Pas d'augmentation de prix en 2027, promis",
    "Let go of stress: 50 people joined our yoga class",
    "Rupture conventionnelle : si vous êtes salarié, connaissez vos droits",
]


@pytest.mark.parametrize(("text", "evidence", "severity"), MATCH)
def test_match(engine: Engine, text: str, evidence: str, severity: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.detector == NAME]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert (f.category, f.kind, f.severity) == ("human_resources", "hr.layoffs", severity)


@pytest.mark.parametrize(("text", "kind", "evidence"), OTHER_KINDS)
def test_pay_freezes_and_dismissals(engine: Engine, text: str, kind: str, evidence: str) -> None:
    found = [f for f in engine.screen_text(text).findings if f.detector == NAME]
    assert [(f.kind, text[f.start : f.end], f.severity) for f in found] == [
        (kind, evidence, "high")
    ]


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.detector == NAME] == []


def test_inbound_rumours_are_not_screened(engine: Engine) -> None:
    result = engine.screen_text("Il paraît que Lumio prépare un plan social ?", direction="inbound")
    assert [f for f in result.findings if f.detector == NAME] == []


@pytest.mark.parametrize(
    ("eng", "words"),
    [
        ("engine", "Licenciements ou restructuration évoqués"),
        ("engine_en", "Layoffs or restructuring"),
    ],
)
def test_explanation_in_the_organisation_language(request, eng: str, words: str) -> None:  # type: ignore[no-untyped-def]
    f = request.getfixturevalue(eng).screen_text("Un plan social arrive").findings[0]
    assert words in f.explanation
    assert "layoffs 1.0" in f.explanation
