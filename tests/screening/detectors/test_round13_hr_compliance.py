"""Round 13 (structural) of issue #3 for the human resources and compliance families, from the
misses of blind11. A closure or jobs gone with their headcount, the paperwork of a layoff
(outplacement, redundancy letters) with its people or its timing; a union card ("encarté") with
names, a small counted group of staff; a doctor's order, an operation on a body part, a course
of treatment counted in rounds, of a named person (a title and a surname name one too: the
special-category finding only); a symptom said to be over with the product in the post; a
guaranteed multiple of the stake, or a ticker; media lifted from a film, a series or an album.
Paraphrases, not corpus posts, in French and English: each match row a risky post, each near
miss the clean reading next to it."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

LAYOFFS = ("layoffs", "hr.layoffs")
SPECIAL = ("special_category_data", "compliance.special_category")
HEALTH = ("employee_health", "hr.employee_health")
HEALTH_SPECIAL = ("employee_health", "compliance.special_category")
CURE = ("health_claims", "compliance.cure_claim")
RETURN = ("guaranteed_returns", "compliance.guaranteed_return")
SALARY = ("salaries", "hr.salary")
COPYRIGHT = ("copyright_flags", "compliance.copyright")

MATCH = [
    # (text, direction, detector, kind)
    # -- a closure or jobs gone, with a headcount or a share of the staff
    ("Fermeture de l'agence de Nantes actée ce matin en comité, 35 postes concernés",
     "outbound", *LAYOFFS),
    ("Ils vont fermer le dépôt de Lens : 18 salariés, et personne n'est au courant", "inbound",
     *LAYOFFS),
    ("Closure of the Leeds repair centre confirmed internally, 60 jobs. Gutted.", "outbound",
     *LAYOFFS),
    ("My brother's job is gone from April, 25 people at his site and no letter yet", "inbound",
     *LAYOFFS),
    ("Postes supprimés à la logistique en février, une vingtaine… 20 collègues au moins",
     "outbound", *LAYOFFS),
    # -- the paperwork of a layoff, with its people or its timing
    ("Quelqu'un connaît un cabinet d'outplacement ? Pour la moitié de mon équipe, il paraît",
     "outbound", *LAYOFFS),
    ("Les lettres de licenciement tombent la semaine prochaine, joyeux Noël 🎄", "outbound",
     *LAYOFFS),
    ("Free cake in the canteen the same week as the redundancy letters. Classy.", "outbound",
     *LAYOFFS),
    ("Severance packages for a third of our department, memo lands Monday", "inbound",
     *LAYOFFS),
    # -- union membership: a card holder named, a small counted group of staff
    ("Entre nous, Paul et Nadia sont encartés à SUD depuis la grève", "outbound", *SPECIAL),
    ("La moitié du piquet est encartée CGT, dont Julien Morel, évidemment", "outbound",
     *SPECIAL),
    ("Les 3 caissières de Lille ont pris leur carte syndicale cette semaine", "outbound",
     *SPECIAL),
    ("The two drivers at the Derby depot have joined the union, funny timing", "outbound",
     *SPECIAL),
    # -- a named person's doctor's order, operation or course of treatment
    ("Thomas sera absent un moment, son médecin lui a prescrit du repos complet", "outbound",
     *HEALTH),
    ("Emma is off until spring, her doctor has signed her off after the audit", "outbound",
     *HEALTH),
    ("Bon rétablissement à Karim après son opération du genou 💪", "outbound", *HEALTH),
    ("Sarah's back next month after her hip replacement, be nice to her!", "outbound",
     *HEALTH),
    ("Bravo Emma, cycle 3 sur 6 terminé, avec ou sans cheveux tu rayonnes", "outbound", *HEALTH),
    ("Mrs Patel from the Leicester shop wants a callback, she's resting after her knee op",
     "outbound", *HEALTH_SPECIAL),
    ("Mme Lefèvre du magasin de Reims, la dame du lampadaire, sort d'une opération du dos",
     "outbound", *HEALTH_SPECIAL),
    # -- a symptom said to be over, the product in the post
    ("Nouvelle accroche pour la lampe Nova : vos insomnies ? Plus qu'un mauvais souvenir",
     "outbound", *CURE),
    ("Since we put the lamp in her room, my daughter hasn't had a single seizure", "outbound",
     *CURE),
    ("Ma mère n'a plus eu une seule crise d'angoisse depuis qu'elle a notre lampe", "outbound",
     *CURE),
    ("Migraines are a thing of the past with our desk light ✨", "outbound", *CURE),
    # -- a named person's pay as a multiple of the rest of the staff's
    ("Notre nouveau directeur commercial, Hugo Martin, a obtenu un salaire deux fois plus élevé "
     "que le reste de l'équipe", "outbound", *SALARY),
    ("Our new CTO, Dana Wells, got a package roughly triple what the rest of us make 🙃",
     "outbound", *SALARY),
    ("Léa a négocié une rémunération qui fait le double de ses collègues, chapeau", "inbound",
     *SALARY),
    # -- a named person's step back, in a post of wishes
    ("Bon courage à Claire qui prend un peu de recul après la réunion de lundi 💙", "outbound",
     *HEALTH),
    ("Sending strength to Mark, who is stepping back for a few weeks after last month", "outbound",
     *HEALTH),
    # -- media taken from someone else's published work
    ("Lifted the music for our ad from a Netflix series, nobody will notice", "outbound",
     *COPYRIGHT),
    ("J'ai piqué la bande-son pour notre teaser d'un film de Nolan, ni vu ni connu", "outbound",
     *COPYRIGHT),
    ("Borrowed a clip from a documentary for the launch video 🤫", "outbound", *COPYRIGHT),
    # -- a guaranteed multiple of the stake
    ("Placez 1000 balles sur l'action, x3 garanti d'ici l'été", "outbound", *RETURN),
    ("$LUMIO guaranteed 5x before the results, trust me", "inbound", *RETURN),
    ("Investing in our shares is a guaranteed 2x in two years", "outbound", *RETURN),
]

NEAR_MISSES = [
    # (text, direction, detector): the clean reading of the same words
    # a closure for works or a holiday, a site opening with its jobs, a competitor's closure
    ("Fermeture exceptionnelle du magasin de Nantes le 25, nos 12 salariés sont en congés",
     "outbound", "layoffs"),
    ("Opening of our new Leeds repair centre: 60 jobs created this spring!", "outbound",
     "layoffs"),
    ("Closing at 6pm today for stocktake, 40 people on the inventory team", "outbound",
     "layoffs"),
    ("Chez notre concurrent, fermeture du dépôt de Lens et 18 salariés sur le carreau",
     "outbound", "layoffs"),
    # the word without its people or timing
    ("Notre guide du recrutement parle aussi d'outplacement, à lire sur le blog", "outbound",
     "layoffs"),
    # union words without a person, a large group, statistics
    ("Nos accords avec les syndicats : 30 % des salariés sont encartés, selon l'étude",
     "outbound", "special_category_data"),
    ("Les salariés ont pris leur carte syndicale en nombre, selon la presse", "outbound",
     "special_category_data"),
    # a doctor, an operation or rounds without a person's health
    ("Our lamp was designed with a doctor who prescribed light therapy for decades",
     "outbound", "employee_health"),
    ("Round 4 of 6 of the quiz done, the warehouse team leads!", "outbound", "employee_health"),
    ("Opération du genou ? Notre lampe de lecture éclaire bien la rééducation, pas plus",
     "outbound", "employee_health"),
    # a symptom not over, a product without a symptom, a figurative headache
    ("Les bugs de l'appli ? Plus qu'un mauvais souvenir avec la mise à jour de la lampe",
     "outbound", "health_claims"),
    ("Pas de lampe ne remplace un traitement : consultez si vos migraines persistent",
     "outbound", "health_claims"),
    # our own film, a photo taken by us for a show
    ("Found the perfect spot for our film shoot, thanks Lyon!", "outbound", "copyright_flags"),
    ("Photos taken by our team for the album of the year-end party", "outbound",
     "copyright_flags"),
    # a multiple of sales, a prize, pay without a person
    ("Notre chiffre d'affaires a doublé, deux fois plus que l'équipe ne l'espérait !",
     "outbound", "salaries"),
    ("The pay of our apprentices is now double the legal minimum, for the whole team",
     "outbound", "salaries"),
    # a step back for a trip
    ("Bon courage à Claire qui prend un peu de recul pour son tour du monde 💙", "outbound",
     "employee_health"),
    # a multiple without a guarantee, a guarantee on a product
    ("Nos ventes de lampes ont fait x3 cette année, merci à tous !", "outbound",
     "guaranteed_returns"),
    ("Garantie 2 ans, et 3x plus de lumière qu'une ampoule classique", "outbound",
     "guaranteed_returns"),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round13_shapes_are_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_round13_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    assert_not_found(engine, text, direction, detector)
