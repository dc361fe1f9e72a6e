"""Whereabouts and schedules: alone, empty home, absences, routines; the profile's people raise
the severity (Claire Dubois, CEO, in the test profile)."""

from __future__ import annotations

import pytest

from tocsin import Engine, parse_profile

from ...conftest import LUMIO_TOML

NAME = "whereabouts"

MATCH = [
    # (text, kind, evidence at the span, severity)
    ("Claire sera seule au bureau ce soir", "whereabouts.alone", "seule au bureau", "high"),
    ("Notre CEO est seule au bureau ce week-end", "whereabouts.alone", "seule au bureau", "high"),
    ("Marc sera seul au bureau ce soir", "whereabouts.alone", "seul au bureau", "medium"),
    ("Julie is home alone tonight", "whereabouts.alone", "home alone tonight", "medium"),
    ("Claire Dubois is alone at the office till 10pm", "whereabouts.alone",
     "alone at the office", "high"),
    ("Notre maison sera vide tout l'été", "whereabouts.empty_home", "maison sera vide", "medium"),
    ("Empty house all August, finally a break", "whereabouts.empty_home", "Empty house", "medium"),
    ("Claire Dubois part en vacances pour 3 semaines", "whereabouts.absence",
     "part en vacances", "high"),
    ("Je suis en vacances jusqu'au 28 août", "whereabouts.absence", "en vacances", "medium"),
    ("I'm on holiday for three weeks", "whereabouts.absence", "on holiday", "medium"),
    ("Claire quitte le bureau à 19 h tous les jours", "whereabouts.schedule",
     "quitte le bureau à", "high"),
    ("Tom walks home at 11pm every night", "whereabouts.schedule", "walks home at", "medium"),
    ("Claire sera seule au siège ce soir jusqu'à 22 h", "whereabouts.alone", "seule au", "high"),
    ("Claire est en ce moment au Café des Arts", "whereabouts.location", "en ce moment au",
     "high"),
    ("Vu la PDG de Lumio toute seule au parking à 23 h", "whereabouts.alone",
     "toute seule au parking", "high"),
]

NO_MATCH = [
    "Maison vide ? Nos lampes simulent votre présence",
    "Going away? Schedule your lamps so your home never looks empty",
    "Vous partez en vacances ? Programmez vos lampes",
    "La boutique est en congés jusqu'au 20 août, commandes expédiées au retour",
    "Our store is closed on holiday until Monday",
    "Vous n'êtes pas seul : notre support répond 7j/7",
    "You're not alone: 1 in 3 people work from home",
    "Our CEO will speak at Vivatech on 12 June",  # a public, announced appearance
    "Retrouvez Claire Dubois en keynote au salon Maison&Objet",
    "Une lampe claire pour lire seul au calme",
    "Home Alone movie night: our cosy lamps",
    "Notre équipe est en ce moment au salon de Lyon, venez nous voir !",  # nobody exposed
    "Seule à la maison ce soir ? Nos lampes vous tiennent compagnie",
    "Léa part en congé maternité en mars, bravo !",  # an HR matter, not an absence schedule
]


@pytest.mark.parametrize(("text", "kind", "evidence", "severity"), MATCH)
def test_match(engine: Engine, text: str, kind: str, evidence: str, severity: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.detector == NAME]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert (f.category, f.kind, f.severity) == ("personal_security", kind, severity)


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.detector == NAME] == []


def test_a_lowercase_first_name_is_not_the_person(engine: Engine) -> None:
    # "claire" is also an adjective: only "Claire" with a capital names the CEO
    f = [x for x in engine.screen_text("pièce claire, seule au bureau ce soir").findings
         if x.detector == NAME][0]
    assert f.severity == "medium"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I'm home alone tonight", False),  # anyone writing to the brand: not its risk
        ("Claire Dubois sera seule au bureau ce soir, 3e étage", True),  # the CEO exposed
    ],
)
def test_inbound_only_for_the_profile_people(engine: Engine, text: str, found: bool) -> None:
    result = engine.screen_text(text, direction="inbound")
    assert bool([f for f in result.findings if f.detector == NAME]) is found


def test_the_author_being_a_profile_person_raises_the_severity() -> None:
    toml = LUMIO_TOML.replace('role = "CEO"', 'role = "CEO"\n[people.handles]\nx = ["cdubois"]')
    engine = Engine(parse_profile(toml))
    result = engine.screen_text("Home alone tonight!", author="@CDubois", platform="x")
    f = [x for x in result.findings if x.detector == NAME][0]
    assert f.severity == "high"
    assert "Claire Dubois, CEO" in f.explanation


@pytest.mark.parametrize(
    ("eng", "words"),
    [
        ("engine", "Concerne Claire Dubois, CEO, personne exposée"),
        ("engine_en", "About Claire Dubois, CEO, one of the exposed people"),
    ],
)
def test_explanation_names_the_exposed_person(request, eng: str, words: str) -> None:  # type: ignore[no-untyped-def]
    result = request.getfixturevalue(eng).screen_text("Claire sera seule au bureau ce soir")
    f = [x for x in result.findings if x.detector == NAME][0]
    assert words in f.explanation
    assert "whereabouts 1.0" in f.explanation
