"""Round 11 (structural) of issue #3 for reputation, confidentiality markers and financial
disclosure: rules built from shapes and closed lists, not from one author's phrasings. A
promotion or a joke next to a disaster or a commemoration is tone-deaf; a complaint that counts
the wait or the failures, calls a consumer body or sees the defect spread is a complaint; staff
punishing or mocking a group of customers is contempt; a secrecy hedge with a launch ahead is
an unreleased product teased; shareholders and what they will feel soon is a hint at
unpublished news. Paraphrases, not corpus posts, in French and English: each match row a risky
post, each near miss the clean reading next to it."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

MATCH = [
    # (text, direction, detector, kind)
    # -- tone-deaf: a promotion or a joke next to a disaster, an outage or a commemoration
    ("Inondations dans le Gard ? Moment idéal pour nos lampes étanches, -15 % ce week-end",
     "outbound", "reputation_shapes", "reputation.tone_deaf"),
    ("Heatwave all week, perfect timing for our desk fans 😂", "outbound", "reputation_shapes",
     "reputation.tone_deaf"),
    ("Pour l'armistice, profitez de notre promo bougies : 30 % de réduction", "outbound",
     "reputation_shapes", "reputation.tone_deaf"),
    # -- complaints: a wait counted, failures counted, a consumer body, a defect spreading
    ("Semaine 3 : toujours pas de réponse de votre SAV pour ma commande", "inbound",
     "reputation_shapes", "reputation.complaint"),
    ("10 days without a reply about my refund, @lumio", "inbound", "reputation_shapes",
     "reputation.complaint"),
    ("Deuxième lampe morte en trois semaines, sérieux ?", "inbound", "reputation_shapes",
     "reputation.complaint"),
    ("Third bulb burnt out since March. Great quality 👏", "inbound", "reputation_shapes",
     "reputation.complaint"),
    ("Je transmets mon dossier à UFC-Que Choisir, ma commande n'est jamais arrivée", "inbound",
     "reputation_shapes", "reputation.complaint"),
    ("My lawyer will hear about this refund, @lumio", "inbound", "reputation_shapes",
     "reputation.complaint"),
    ("La moitié de mes voisins ont le même problème avec leur hub depuis lundi", "inbound",
     "reputation_shapes", "reputation.complaint"),
    # -- contempt: staff punishing or mocking a group of customers
    ("Customers who call before 9am? We let them wait, house rule 😇", "outbound",
     "reputation_shapes", "reputation.insult"),
    ("Les clients qui râlent pour un câble, on les fait poireauter, c'est le karma", "outbound",
     "reputation_shapes", "reputation.insult"),
    ("Encore une cliente qui nous appelle parce qu'elle sait pas où est l'interrupteur, pitié",
     "outbound", "reputation_shapes", "reputation.insult"),
    ("Half our support calls: people who call us because it wasn't plugged in 😂", "outbound",
     "reputation_shapes", "reputation.insult"),
    # -- an unreleased product teased behind a secrecy hedge
    ("Je ne peux rien dire, mais le prototype du labo va tout changer cet automne 🤐",
     "outbound", "unreleased_teaser", "confidential.marker"),
    ("Not supposed to talk about it, but what we're building will launch next summer",
     "outbound", "unreleased_teaser", "confidential.marker"),
    # -- something secret shown in a picture anyway
    ("Visite chez notre sous-traitant, son nom est top secret, mais regardez au fond de la "
     "photo 😉", "outbound", "unreleased_teaser", "confidential.marker"),
    ("No photos allowed in the lab, so here's a pic of my coffee next to the new casing",
     "outbound", "unreleased_teaser", "confidential.marker"),
    # -- a hint at unpublished news for shareholders
    ("Je dis ça comme ça, mais nos actionnaires vont être très contents en février 😏",
     "outbound", "hinted_outcome", "mnpi.results"),
    ("Can't say more, but our investors will be very happy next Thursday", "outbound",
     "hinted_outcome", "mnpi.results"),
    # -- buying or holding the shares on an insider's word
    ("Achetez du $LMIO cette semaine, croyez-moi, j'y travaille 😉", "outbound",
     "hinted_outcome", "mnpi.share_price"),
    ("Don't sell your shares before March. Trust me, I work there", "inbound",
     "hinted_outcome", "mnpi.share_price"),
]

NEAR_MISSES = [
    # (text, direction, detector)
    # help during a disaster, a commemoration without a pitch, a promotion without a disaster
    ("Tempête dans l'Ouest : nous prêtons des lampes sur batterie gratuitement, passez au "
     "magasin", "outbound", "reputation_shapes"),
    ("11 novembre : nos magasins sont fermés, pensée pour les anciens combattants", "outbound",
     "reputation_shapes"),
    ("Spring sale: 20% off every lamp this weekend 😎", "outbound", "reputation_shapes"),
    # a wait or an order said without a grievance; a first failure; a warranty question
    ("Commande reçue en 3 jours, merci @lumio !", "inbound", "reputation_shapes"),
    ("Troisième lampe achetée chez vous, toujours ravie", "inbound", "reputation_shapes"),
    ("Second bulb dead, how do I use the warranty?", "inbound", "reputation_shapes"),
    # a defect shared, but the reply of the organisation; customers praised
    ("Same problem here, the update fixed it for me", "inbound", "reputation_shapes"),
    ("Les clients qui reviennent nous voir sont notre fierté, merci !", "outbound",
     "reputation_shapes"),
    # a customer thanked for calling; a job ad that asks for no photo
    ("Merci à tous les clients qui nous appellent pour nous dire merci, ça fait chaud au cœur",
     "outbound", "reputation_shapes"),
    ("Hiring booth hosts for the fair, no photo required with your application", "outbound",
     "unreleased_teaser"),
    # a public teaser without a secrecy hedge; a secret that is no product
    ("Something big is coming next spring, stay tuned ✨", "outbound", "unreleased_teaser"),
    ("Sworn to secrecy about Marc's surprise birthday party tonight 🎂", "outbound",
     "unreleased_teaser"),
    # shareholders invited to a public meeting; happiness without the market
    ("Nos actionnaires sont invités à l'assemblée générale du 12 juin", "outbound",
     "hinted_outcome"),
    ("Our customers are going to be happy with the new app colours", "outbound",
     "hinted_outcome"),
    # an investment promise with no insider (a scam, the compliance family's)
    ("Investissez dans nos parcs solaires : rendement garanti, zéro risque", "outbound",
     "hinted_outcome"),
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
