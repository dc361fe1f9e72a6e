"""Salaries of identifiable people: a person, an amount and a pay word; amounts masked."""

from __future__ import annotations

import pytest

from tocsin import Engine

NAME = "salaries"

MATCH = [
    # (text, evidence at the span, masked excerpt, severity)
    ("Bienvenue à Hugo, notre nouveau dev senior recruté à 68 k€ + variable",
     "notre nouveau dev senior recruté à 68 k€ + variable",
     "notre nouveau dev senior recruté à •• k€ + variable", "high"),
    ("Marc gagne 4 500 € par mois", "Marc gagne 4 500 € par mois", "Marc gagne • ••• € par mois",
     "high"),
    ("her salary is $120k", "her salary is $120k", "her salary is $•••k", "high"),
    ("Notre DRH touche 90 k€ brut par an", "Notre DRH touche 90 k€ brut",
     "Notre DRH touche •• k€ brut", "high"),
    ("Claire Dubois touche 250 000 € par an", "Claire Dubois touche 250 000 € par an",
     "Claire Dubois touche ••• ••• € par an", "high"),
    ("Sarah earns $95,000 a year", "Sarah earns $95,000 a year", "Sarah earns $••,••• a year",
     "high"),
    ("Son salaire : 3 200 € net", "Son salaire : 3 200 € net", "Son salaire : • ••• € net",
     "high"),
    ("le salaire de notre DRH", "salaire de notre DRH", "salaire de notre DRH", "medium"),
    ("Sarah's salary is a secret", "Sarah's salary", "Sarah's salary", "medium"),
    # short forms: a verb of change or deal, no pay word, a bare figure before "net"
    ("Julien passe à 58 k€ brut", "Julien passe à 58 k€ brut", "Julien passe à •• k€ brut",
     "high"),
    ("Sarah in marketing is on 61k", "Sarah in marketing is on 61k",
     "Sarah in marketing is on ••k", "high"),
    ("CTO Raj Mehta negotiated $240k", "Raj Mehta negotiated $240k",
     "Raj Mehta negotiated $•••k", "high"),
    ("Thomas est payé 3 200 net", "Thomas est payé 3 200 net", "Thomas est payé • ••• net",
     "high"),
    ("Le nouveau commercial est payé 3 200 net, plus que moi",
     "Le nouveau commercial est payé 3 200 net", "Le nouveau commercial est payé • ••• net",
     "high"),
    ("Kevin, payé 2 100 net, demande une augmentation", "Kevin, payé 2 100 net",
     "Kevin, payé • ••• net", "high"),
    ("FYI Camille passe à 52 k€ au 1er janvier", "Camille passe à 52 k€",
     "Camille passe à •• k€", "high"),
    ("Our head of sales Mark is on $180k base plus commission", "Mark is on $180k",
     "Mark is on $•••k", "high"),
    ("Nadia a négocié 65 000 € brut, respect", "Nadia a négocié 65 000 € brut",
     "Nadia a négocié •• ••• € brut", "high"),
    ("Tom got bumped to 75k after the review", "Tom got bumped to 75k", "Tom got bumped to ••k",
     "high"),
    ("Priya from finance makes 90k, I make 60k. Cool cool cool.", "Priya from finance makes 90k",
     "Priya from finance makes ••k", "high"),
]

NO_MATCH = [
    "Salaire : 45-55 k€ brut selon profil. Rejoignez Sophie et l'équipe !",
    "Salaire selon profil et expérience",
    "Nos techniciens gagnent en moyenne 2 400 € net par mois",
    "Marie gagne 500 € au jeu concours de l'été !",
    "Le salaire moyen d'un CEO est de 200 k€ par an",
    "Lumio gagne 2 M€ de chiffre d'affaires par an",
    "Apple makes $90bn a year",
    "Chacun négocie son salaire",
    "Lampe à 49 € : prix net, livraison offerte",
    "Il gagne du temps chaque matin avec sa lampe",
    # short-form near misses: prices, audiences, products, prizes
    "La lampe Halo passe à 39 € pendant les soldes",
    "Le Pack Pro passe à 12 k€ par an pour les entreprises",
    "Sarah is on 61k followers now, thank you all!",
    "Julien passe à Lyon jeudi pour l'atelier installation",
    "Stage de 6 mois, gratification 1 200 € par mois, à Lyon",
    "Thomas demande 10 000 lumens pour son atelier, on a ce qu'il faut",
    "Tom passe à 4 000 lumens avec la nouvelle Halo Max",
    "Laura got 5 000 likes on her Halo picture, congrats!",
    "Max gets 20 000 steps a day thanks to his walk-to-work challenge",
    "Alice got 12 000 € for her startup at the pitch contest",
    "Lumio passe à 100 000 clients, merci !",
]


@pytest.mark.parametrize(("text", "evidence", "excerpt", "severity"), MATCH)
def test_match(engine: Engine, text: str, evidence: str, excerpt: str, severity: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.detector == NAME]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert f.excerpt == excerpt
    assert (f.category, f.kind, f.severity) == ("human_resources", "hr.salary", severity)


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.detector == NAME] == []


def test_the_amount_is_never_in_the_explanation(engine: Engine) -> None:
    f = [x for x in engine.screen_text("Marc gagne 4 500 € par mois").findings
         if x.detector == NAME][0]
    assert "4 500" not in f.explanation and "4 500" not in f.excerpt
    assert "Rémunération d'une personne identifiable" in f.explanation


def test_a_megabyte_of_figures_finishes(engine: Engine) -> None:
    text = "Marc gagne 1 2 3 4 5 6 7 8 9 0 € " * 30000 + " salaire"
    assert engine.screen_text(text) is not None


def test_a_megabyte_of_names_verbs_and_figures_finishes(engine: Engine) -> None:
    text = "Julien Martin passe à 1 2 3 Sarah is on 4 5 6 € " * 25000 + " 58k"
    assert engine.screen_text(text) is not None
