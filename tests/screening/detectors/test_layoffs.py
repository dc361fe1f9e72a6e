"""Layoffs and restructuring not yet announced; reassurances go to review."""

from __future__ import annotations

import pytest

from tocsin import Engine

NAME = "layoffs"

MATCH = [
    # (text, evidence at the span, severity); kind hr.layoffs unless given below
    ("On va supprimer l'équipe support de Nantes en mars", "équipe", "high"),
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

EXECUTIVE_DEPARTURES = [
    # (text, evidence at the span): kind hr.executive_departure, high
    ("Claire Dubois quitte ses fonctions de CEO", "quitte ses fonctions"),
    ("our CFO is leaving", "is leaving"),
    ("Départ du DAF prévu fin mars, motus", "Départ du"),
    ("Notre DRH a démissionné hier, l'annonce sera faite lundi", "a démissionné"),
    ("Heads up: our CTO is stepping down in June, comms are preparing it", "stepping down"),
    ("Mme Dubois va quitter l'entreprise d'ici l'été", "quitter l'entreprise"),  # profile
    ("The board is looking for a successor to our CEO", "successor"),
    ("Notre directeur financier s'en va fin mars, on ne le dit pas encore", "s'en va"),
    ("Our COO resigned this morning, keep it quiet", "resigned"),
    ("Le PDG sera remplacé d'ici l'été, le conseil cherche déjà", "sera remplacé"),
]

EXECUTIVE_NEAR_MISSES = [
    "Notre CEO Claire Dubois sera au CES de Las Vegas la semaine prochaine",
    "Our CEO is leaving for the keynote in Berlin tomorrow",
    "Notre DAF Michel nous quitte pour une retraite bien méritée, merci pour tout !",
    "Lumio annonce la nomination de Paul Martin au poste de directeur financier",
    "Le départ du marathon de Lyon sera donné par notre PDG",
    "Our CTO explains our new replacement bulbs program",
    "Notre CEO ne lâche jamais : 10 ans de Lumio !",
    "Départ de notre tournée des salons : notre directrice commerciale vous attend à Lyon",
    "Our head of design is leaving no detail to chance on the new Halo",
    "Heure de départ du bus pour le séminaire : 8h, notre DG sera là",
    "Marc quitte ses fonctions de trésorier du club de foot",  # not an executive
    "La Halo 2, digne successeur de la Halo, présentée par notre PDG",
    "Interim results will be presented by our CFO on 28 January",
]

NO_MATCH = [
    "We're cutting the waiting time of our support team in half",
    "Notre équipe a coupé le ruban du nouveau showroom",
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


@pytest.mark.parametrize(("text", "evidence"), EXECUTIVE_DEPARTURES)
def test_executive_departures(engine: Engine, text: str, evidence: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.detector == NAME]
    # a chief's departure not yet announced is also price-sensitive: a companion finding
    assert sorted((f.kind, text[f.start : f.end], f.severity) for f in found) == [
        ("hr.executive_departure", evidence, "high"),
        ("mnpi.executive_change", evidence, "high"),
    ]
    assert {f.category for f in found} == {"human_resources", "financial_disclosure"}
    assert result.decision == "block"


@pytest.mark.parametrize("text", EXECUTIVE_NEAR_MISSES)
def test_executive_departure_near_misses(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.detector == NAME] == []


def test_the_profile_people_count_as_executives(engine: Engine) -> None:
    text = "Claire Dubois va démissionner, annonce prévue en janvier"
    found = [f for f in engine.screen_text(text).findings if f.detector == NAME]
    found = [f for f in found if f.kind == "hr.executive_departure"]
    assert len(found) == 1
    assert "Départ d'un dirigeant" in found[0].explanation
    assert [f for f in Engine(None).screen_text(text).findings if f.detector == NAME] == []


@pytest.mark.parametrize(
    "text",
    [
        "Il paraît que Lumio prépare un plan social ?",
        "Is it true Lumio is planning layoffs in Lyon?",
    ],
)
def test_inbound_rumours_are_screened_too(engine: Engine, text: str) -> None:
    # a rumour of layoffs in replies spreads on the organisation's page: review it
    result = engine.screen_text(text, direction="inbound")
    assert [f for f in result.findings if f.detector == NAME], text


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
