"""Layoffs and restructuring not yet announced; reassurances go to review."""

from __future__ import annotations

import pytest

from tocsin import Engine

NAME = "layoffs"

MATCH = [
    # (text, evidence at the span, severity)
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
]


@pytest.mark.parametrize(("text", "evidence", "severity"), MATCH)
def test_match(engine: Engine, text: str, evidence: str, severity: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.detector == NAME]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert (f.category, f.kind, f.severity) == ("human_resources", "hr.layoffs", severity)


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
