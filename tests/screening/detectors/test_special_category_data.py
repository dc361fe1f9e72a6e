"""Special-category data (health, union, religion, orientation, politics) about a person."""

from __future__ import annotations

import pytest

from tocsin import Engine

KIND = "compliance.special_category"

MATCH = [
    # (text, evidence at the span)
    ("Notre collègue Marc est en arrêt pour dépression.", "dépression"),
    ("Sophie is pregnant, so she will miss the launch.", "pregnant"),
    ("Jean est syndiqué à la CGT, attention à ce qu'il dit.", "syndiqué"),
    ("Our employee Karim is Muslim and won't join the dinner.", "Muslim"),
    ("Marc a un cancer, on pense à lui.", "cancer"),
    ("Notre cliente Mme Durand est diabétique.", "diabétique"),
    ("Our intern Tom has been hospitalised for a burnout.", "hospitalised"),
    ("Marc, notre DRH, souffre d'une dépression depuis l'été.", "dépression"),
    ("Notre collègue Léa est lesbienne et l'a dit à toute l'équipe.", "lesbienne"),
    ("Paul vote RN, personne ne le sait au bureau.", "vote RN"),
    ("Sophie's chemo starts next week, send her love.", "chemo"),
    ("Claire Dubois a été hospitalisée hier soir.", "hospitalisée"),
    ("Ma collègue est enceinte de 5 mois !", "enceinte"),
    ("Bon rétablissement à Karim de la compta, sa chimio se passe bien 💪", "chimio"),
    ("Pas de réunion pour Youssef, il est à la mosquée, décalez à lundi.", "à la mosquée"),
    ("Congrats to Mark from logistics, our new union rep!", "union rep"),
    ("Paul de la logistique a rejoint la CGT, attention 😬", "rejoint la CGT"),
    ("Our customer Jean (the one with epilepsy) asked about strobe mode.", "epilepsy"),
    ("Employee of the month: Kevin, who despite his diabetes never missed a day!", "diabetes"),
    ("Léa a annoncé sa grossesse en réunion.", "grossesse"),
    ("Sophie is Christian and proud.", "Christian"),
    ("Tom is out with his bad back again.", "bad back"),
    ("My coworker is gay and everyone knows.", "gay"),
    # greetings and news about named colleagues
    ("Joyeux Aïd à Yassine et Mounir de l'équipe logistique 🌙", "Joyeux Aïd"),
    ("Happy Diwali to Priya from accounting! 🪔✨", "Happy Diwali"),
    ("Nos délégués CGT Ahmed et Julie tiendront une permanence jeudi.", "délégués CGT"),
    ("Meet our union reps, Tom and Aisha, in the canteen on Friday.", "union reps"),
    ("Karim, notre collègue, fait le ramadan ce mois-ci : pensez-y pour le déjeuner.",
     "fait le ramadan"),
    ("Eid Mubarak to our colleague Fatima and her family!", "Eid Mubarak"),
    ("Bon ramadan à Bilal et Omar de l'entrepôt, courage pour le jeûne 💪", "Bon ramadan"),
    ("Shoutout to Leila from HR, who is fasting for Ramadan and still ran the workshop!",
     "fasting for Ramadan"),
    ("Bonne fête de Hanoukka à Sarah de la compta 🕎", "Bonne fête de Hanoukka"),
    ("Félicitations à Nadia, élue déléguée CFDT au CSE !", "déléguée CFDT"),
    ("Happy Hanukkah, David! The design team wishes you a lovely festival.", "Happy Hanukkah"),
    ("Priya, Happy Diwali from all of us in the design team!", "Happy Diwali"),
]

NO_MATCH = [
    "Happy Ramadan to all our Muslim customers!",
    "Lumio is proud to support union members' rights.",
    "Notre collègue Julie court pour la recherche contre le cancer.",
    "Christian, notre nouveau directeur commercial, arrive lundi.",
    "Notre enceinte Bluetooth Lumio est disponible.",
    "Paris est gay-friendly, et Lumio aussi 🌈",
    "Octobre rose : Lumio soutient la lutte contre le cancer du sein.",
    "La dépression saisonnière touche beaucoup de monde en hiver.",
    "Comments are disabled on this post.",
    "Nos salariés sont syndiqués à 40 %, un dialogue social riche.",
    "Bonne fête de l'Aïd à nos clients musulmans !",
    "Julie presents her Christian Dior bag.",
    "We are proud of our Christian roots.",
    "Notre délégué syndical et la direction ont signé un accord.",
    "Merci à Julie pour sa course contre le cancer, bravo !",
    "Thomas joined the team in March as a designer.",
    "Joyeux Noël à tous nos clients chrétiens et à tous les autres !",
    "Mon chat a un mal de dos terrible depuis qu'il dort sur la lampe.",
    "La conférence sur le diabète et la lumière a lieu demain à l'hôpital.",
    "Le burn-out est un vrai sujet : voici nos conseils de déconnexion.",
    # greetings to everyone, groups, names without any special-category term
    "Joyeux Aïd à toutes celles et ceux qui le célèbrent 🌙",
    "Happy Diwali to everyone celebrating! Our Diwali lights collection is 20% off.",
    "Ramadan Moubarak à tous nos clients et partenaires.",
    "Eid Mubarak from all of us at Lumio! 🌙",
    "Joyeux Noël à Marc et à toute l'équipe logistique !",
    "Happy Easter to Tom and the whole warehouse crew!",
    "Happy Diwali, London! Our Oxford Street store is open late tonight.",
    "Nos délégués CGT et la direction ont signé l'accord salarial.",
    "Union reps will hold a meeting in the canteen on Friday.",
    "Meet our union reps in the canteen on Friday, all welcome!",
    "Merci à Yassine de l'équipe logistique pour son aide pendant l'inventaire !",
    "Meet Priya from accounting, our new expense-report wizard!",
    "Le ramadan commence : nos horaires de livraison s'adaptent en soirée.",
    "Karim, notre collègue, fête ses 10 ans chez Lumio ce mois-ci 🎉",
    "Notre équipe de Wembley fête Diwali avec nos clients ce week-end !",
    "Chez nous, on mange halal ou végétarien à la cantine, au choix.",
    "Félicitations à Nadia, élue au conseil municipal de sa commune !",
]


@pytest.mark.parametrize(("text", "evidence"), MATCH)
def test_match(engine: Engine, text: str, evidence: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.kind == KIND]
    # the span is the evidence, or wider when it merged with the same kind found by another
    # detector (an employee's health is also reported by employee_health)
    assert any(evidence in text[f.start : f.end] for f in found), result.findings
    assert all(f.severity == "high" and f.category == "compliance" for f in found)
    assert result.decision == "block"


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.kind == KIND] == []


def test_the_name_is_not_in_the_excerpt(engine: Engine) -> None:
    f = next(
        f
        for f in engine.screen_text("Notre collègue Marc est en arrêt pour dépression.").findings
        if f.kind == KIND
    )
    assert "Marc" not in f.excerpt and "Marc" not in f.explanation


def test_inbound_posts_are_screened_too(engine: Engine) -> None:
    result = engine.screen_text("Votre vendeur Karim est musulman ?", direction="inbound")
    assert [f.kind for f in result.findings if f.kind == KIND] == [KIND]


def test_megabyte_post_finishes(engine: Engine) -> None:
    text = ("Marc est Jean est a un " * 4 + "cancer ") * 9_000
    found = [f for f in engine.screen_text(text).findings if f.kind == KIND]
    assert len(found) == 9_000


def test_megabyte_of_greetings_and_roles_finishes(engine: Engine) -> None:
    text = ("Happy Diwali to Priya, union reps Tom and Aisha, Karim fait le ramadan. " * 14_000)[
        :1_000_000
    ]
    found = [f for f in engine.screen_text(text).findings if f.kind == KIND]
    assert len(found) > 10_000
