"""Round 11 (structural) of issue #3 for human resources and compliance: rules built from shapes
and closed vocabularies, not from one author's phrasings. A named person with a medical
specialist, treatment or care event; a religious practice owned by a named person; a person or a
job title with a salary-sized amount; a secrecy hedge with a staff body or a site moved; a rate
on a financial product with no risk of loss; a product compared with a medication; an image
taken from someone else's account. Paraphrases, not corpus posts, in French and English: each
match row a risky post, each near miss the clean reading next to it."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

MATCH = [
    # (text, direction, detector, kind)
    # -- health of a named person: a specialist, a treatment or a care event
    ("Pensées pour Sandrine : son cardiologue lui impose trois mois de repos", "outbound",
     "employee_health", "hr.employee_health"),
    ("Pensées pour Sandrine : son cardiologue lui impose trois mois de repos", "outbound",
     "employee_health", "compliance.special_category"),
    ("Get well soon Marc, in hospital since Tuesday after a stroke 💐", "outbound",
     "employee_health", "hr.employee_health"),
    ("Courage à Julien, qui attaque sa deuxième séance de chimio demain", "outbound",
     "employee_health", "hr.employee_health"),
    # -- a religious practice owned by a named person
    ("Réunion avancée à 17h pour Yanis, on respecte son jeûne 🌙", "outbound",
     "special_category_data", "compliance.special_category"),
    ("No Friday meeting for Sarah, she's off for Yom Kippur", "outbound",
     "special_category_data", "compliance.special_category"),
    ("Toute l'équipe du quai est syndiquée maintenant, Lucas et Inès en tête", "outbound",
     "special_category_data", "compliance.special_category"),
    ("Big up to Nadia, who joined the union after Monday's meeting", "outbound",
     "special_category_data", "compliance.special_category"),
    ("Pendant le ramadan, Karim de la compta déjeune plus tard, merci de penser à lui",
     "outbound", "special_category_data", "compliance.special_category"),
    # -- pay of identifiable people by shape
    ("Julie de la compta à 34 k€ et moi à 29, cherchez l'erreur", "outbound", "salaries",
     "hr.salary"),
    ("In our shop the junior engineers are on £41k, is that normal?", "outbound", "salaries",
     "hr.salary"),
    ("Pas sûr d'avoir le droit d'en parler mais mon manager a eu 9 % d'augmentation", "outbound",
     "salaries", "hr.salary"),
    # -- a secrecy hedge with a staff body or a site moved
    ("Can't say anything yet, the works council meets on Thursday 🤐", "outbound", "layoffs",
     "hr.layoffs"),
    ("Je ne peux rien dire, mais l'entrepôt de Corbas déménage à Valence, paraît-il",
     "outbound", "layoffs", "hr.layoffs"),
    ("To my teammates at the Nantes depot: dust off your CVs, that's all I'll say", "outbound",
     "layoffs", "hr.layoffs"),
    ("Dernier jour pour 9 de mes collègues de l'entrepôt, partis sans un mot", "outbound",
     "layoffs", "hr.layoffs"),
    # -- a rate on a financial product, with no risk of loss
    ("Notre fonds solidaire rapporte 7 % par an et n'a jamais perdu un centime", "outbound",
     "guaranteed_returns", "compliance.guaranteed_return"),
    ("Our green bonds pay 6% a year, honestly you can't lose", "outbound",
     "guaranteed_returns", "compliance.guaranteed_return"),
    # -- a product compared with a medication
    ("Notre lampe Aube, plus efficace que vos somnifères 😴", "outbound", "health_claims",
     "compliance.cure_claim"),
    ("Our lamp did for my dad what two years of sleeping pills couldn't", "outbound",
     "health_claims", "compliance.cure_claim"),
    # -- an image taken from someone else's account
    ("Grabbed this photo from an artist's Instagram for our flyer, they won't mind", "outbound",
     "copyright_flags", "compliance.copyright"),
]

NEAR_MISSES = [
    # (text, direction, detector)
    # awareness, a relative of the writer, a product
    ("World Heart Day: learn the signs of a heart attack with our first-aid team", "outbound",
     "employee_health"),
    ("Notre cardiologue partenaire, le Dr Martin, répond à vos questions sur la lumière bleue",
     "outbound", "employee_health"),
    # a religious festival without a person
    ("Bon ramadan à toutes celles et ceux qui le commencent ce soir", "outbound",
     "special_category_data"),
    ("En France, seuls 10 % des salariés sont syndiqués, selon la Dares", "outbound",
     "special_category_data"),
    # a job ad, an amount without a person
    ("On recrute : commerciaux juniors à 32 k€ + variable, postulez !", "outbound", "salaries"),
    ("Thomas a gagné 500 € au jeu concours de Noël 🎉", "outbound", "salaries"),
    # a secret without a staff body; a move announced
    ("Je ne peux rien dire, mais la nouvelle lampe arrive bientôt 🤫", "outbound", "layoffs"),
    ("Our Lyon office is moving to a brand new building in March!", "outbound", "layoffs"),
    ("Atelier CV jeudi : on vous aide à mettre à jour vos CV, postulez à nos offres !",
     "outbound", "layoffs"),
    ("Last day for 3 colleagues retiring this week, congratulations to them!", "outbound",
     "layoffs"),
    # a rate without a denial of risk; a savings warning
    ("Livret A à 3 % par an : pensez à votre épargne de précaution", "outbound",
     "guaranteed_returns"),
    # a disclaimer, a medication without a product
    ("Nos lampes ne remplacent pas vos médicaments : parlez-en à votre médecin", "outbound",
     "health_claims"),
    ("Our pharmacist partner explains how your medication works, Thursday on Live", "outbound",
     "health_claims"),
    # a photo of our own
    ("Photo taken by our team, shared from our account on Instagram", "outbound",
     "copyright_flags"),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round11_shapes_are_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_round11_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    assert_not_found(engine, text, direction, detector)
