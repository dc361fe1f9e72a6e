"""Health of employees: sick leave, burn-out, hospital stays, pregnancy."""

from __future__ import annotations

import pytest

from tocsin import Engine

NAME = "employee_health"

MATCH = [
    # (text, evidence at the span)
    ("Notre collègue Marc est en arrêt maladie", "est en arrêt maladie"),
    ("Julie a fait un burn-out le mois dernier", "a fait un burn-out"),
    ("Notre directeur est hospitalisé depuis lundi", "est hospitalisé"),
    ("Notre responsable logistique, en burn-out, revient en mai", "burn-out"),
    ("Our colleague Tom is on sick leave", "is on sick leave"),
    ("Sarah from support has been hospitalized", "has been hospitalized"),
    ("Our CFO, currently on medical leave, sends her best", "medical leave"),
    ("Notre stagiaire est enceinte !", "est enceinte"),
    # without the usual words: events, treatments, possessives
    ("Paul from support is back after his stroke", "his stroke"),
    ("Marc est de retour après son AVC", "son AVC"),
    ("Sophie, en chimio depuis mars, nous manque", "en chimio"),
    ("Léa a fait une fausse couche, soyez délicats", "a fait une fausse couche"),
    ("Big welcome back to Dave, back from chemo and stronger than ever", "back from chemo"),
    ("Karim had a heart attack last week, he's recovering", "had a heart attack"),
    ("Julie vient d'être opérée du genou, elle revient dans un mois", "opérée du"),
    ("Thomas est en soins intensifs depuis dimanche, pensez à lui", "en soins intensifs"),
    ("Claire had a miscarriage last month so please be gentle with her", "had a miscarriage"),
    ("Notre commercial Ahmed a le covid, ses rendez-vous sont annulés", "a le covid"),
    ("Welcome back Sophie, so glad you're recovering well after your chemo!", "chemo"),
]

NO_MATCH = [
    "Prévenir le burn-out : nos 5 conseils pour vos équipes",
    "Health and safety training for all our employees",
    "Si vous êtes en arrêt maladie, vos droits sont préservés",
    "Octobre rose : notre collègue court contre le cancer",
    "Journée mondiale de la santé mentale : parlons du burn-out",
    "Our manager is sick of dim lights 😄",
    "Lampe de luminothérapie contre la déprime hivernale",
    # awareness, idioms and customers
    "Un AVC toutes les 4 minutes en France : reconnaissez les signes",
    "World Stroke Day: learn the signs of a stroke",
    "Lampe douce pour les patients en chimio",
    "Octobre rose : soutenez les femmes en chimiothérapie",
    "What a stroke of luck: her stroke of genius won the design award",
    "We almost had a heart attack when we saw the sales numbers 😅",
    "Une femme sur quatre a fait une fausse couche : parlons-en sans tabou",
    "Welcome back to our webinar series: burnout prevention at work",
    "Her recovery routine? A warm light and a good book",
    "Our colleague ran a marathon for cancer research, donate here",
]


@pytest.mark.parametrize(("text", "evidence"), MATCH)
def test_match(engine: Engine, text: str, evidence: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.detector == NAME and f.kind == "hr.employee_health"]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert (f.category, f.kind, f.severity) == (
        "human_resources",
        "hr.employee_health",
        "high",
    )
    # an employee's health is also special-category data: a companion finding, same span
    companions = [g for g in result.findings if g.detector == NAME and g is not f]
    assert [(g.category, g.kind, g.start, g.end) for g in companions] == [
        ("compliance", "compliance.special_category", f.start, f.end)
    ]
    assert "RGPD" in companions[0].explanation


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.detector == NAME] == []


@pytest.mark.parametrize(
    ("eng", "words"),
    [("engine", "Santé d'un salarié évoquée"), ("engine_en", "Health of an employee")],
)
def test_explanation_in_the_organisation_language(request, eng: str, words: str) -> None:  # type: ignore[no-untyped-def]
    result = request.getfixturevalue(eng).screen_text("Marc est en arrêt maladie")
    f = [x for x in result.findings if x.kind == "hr.employee_health"][0]
    assert words in f.explanation
