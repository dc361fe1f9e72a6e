"""Families of hinted wording added for the training sets d and e (issue #3): rumours and winks,
hints of cuts, mockery without insults, homes left empty without "maison vide". Each family is
found in both languages, in phrasings other than the posts it was learned from, and its
look-alikes are not."""

from __future__ import annotations

import pytest

from tocsin import Engine

MATCH = [
    # (text, direction, detector, kind)
    # insinuations about a competitor: rumours, innuendo, failures told as anecdotes
    ("Il paraît que Brillix cherche un repreneur avant l'été", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Word is Brillix can't make payroll this month. Not our business of course", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Ma lampe Brillix clignote dès qu'on ferme les volets, vous avez la même ?", "inbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Brillix's new hub? Funny how nobody at their booth could pair it", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    # hints of cuts and closures
    ("Le nouvel organigramme de l'équipe support tient sur un post-it", "outbound", "layoffs",
     "hr.layoffs"),
    ("Half of the Leeds team got a calendar invite from HR for Monday 8am", "outbound",
     "layoffs", "hr.layoffs"),
    # a person's dismissal or sanction hinted
    ("Notre chef de rayon a reçu un avertissement pour les retards, ambiance", "outbound",
     "layoffs", "hr.dismissal"),
    ("Apparently my colleague is no longer a good fit after ten years", "outbound", "layoffs",
     "hr.dismissal"),
    # health of a colleague in everyday words
    ("Ma collègue est arrêtée depuis mars pour sa sciatique, courage", "outbound",
     "employee_health", "hr.employee_health"),
    ("Our intern was diagnosed last week, please be kind to him", "outbound",
     "employee_health", "hr.employee_health"),
    # a competitor's staff lured with pay
    ("Chez Brillix un dev firmware gagne bien moins qu'ici, écrivez-moi", "outbound",
     "poaching", "hr.poaching"),
    ("Heard Brillix earns their engineers peanuts. Our new hire from Brillix agrees", "outbound",
     "poaching", "hr.poaching"),
    # mockery of customers without an insult
    ("Le client du jour voulait une lampe sans ampoule. On a dit oui, par politesse", "outbound",
     "insults", "reputation.insult"),
    ("Dear customer who unplugged the lamp to save power: we found the issue. With a microscope",
     "outbound", "insults", "reputation.insult"),
    # internal chatter in other words
    ("Note to self: remind legal about the recall letters before Friday", "outbound",
     "internal_chatter", "reputation.internal_chatter"),
    ("Réunion de crise demain 9h sur les retours, prévenez l'équipe qualité", "outbound",
     "internal_chatter", "reputation.internal_chatter"),
    # absolute promises in other words
    ("Avec la Nova, plus jamais de facture d'électricité en hiver", "outbound",
     "unrealistic_promises", "reputation.unrealistic_promise"),
    ("Install in a minute: any home, any wiring, zero exceptions", "outbound",
     "unrealistic_promises", "reputation.unrealistic_promise"),
    # complaints that threaten to escalate
    ("@lumio trois semaines sans réponse du SAV, j'ai écrit à un journaliste", "inbound",
     "complaints", "reputation.complaint"),
    ("Your support deleted my review twice. Screenshots are going up everywhere", "inbound",
     "complaints", "reputation.complaint"),
    # a home left empty, said otherwise
    ("Mon voisin a laissé ses clés pour que je nourrisse son chat pendant un mois", "outbound",
     "whereabouts", "whereabouts.empty_home"),
    ("Our boss is in Lisbon all week, I'm watering her plants 🌱", "outbound", "whereabouts",
     "whereabouts.empty_home"),
    # a trip with its length
    ("Notre fondatrice part trois semaines au Japon, déconnectée", "outbound", "whereabouts",
     "whereabouts.absence"),
    ("Our CEO is off-grid in Norway till the 12th, no phones", "outbound", "whereabouts",
     "whereabouts.absence"),
    # where someone lives, without a street number
    ("Notre stagiaire habite juste au-dessus de la boutique, pratique", "outbound",
     "whereabouts", "whereabouts.home_address"),
    ("Our store manager lives two doors down from the shop", "outbound", "whereabouts",
     "whereabouts.home_address"),
    # threats to come and find someone
    ("Je sais où votre PDG habite, je vais passer lui parler de mon dossier", "inbound",
     "whereabouts", "whereabouts.threat"),
    ("I know where your CEO lives. Maybe I'll explain in person", "inbound", "whereabouts",
     "whereabouts.threat"),
    # journeys with their train and seat
    ("Notre DG prend le TGV de 7h à Part-Dieu, voiture 3, siège 41", "outbound", "whereabouts",
     "whereabouts.schedule"),
    ("Our CFO on the 8:10 train from Lyon station, first class, seat 12", "outbound",
     "whereabouts", "whereabouts.schedule"),
    # winks about unpublished financial news
    ("Disons que nos actionnaires vont aimer les chiffres du T4 😏", "outbound",
     "financial_disclosure", "mnpi.results"),
    ("Let's just say a very big client signed for 200 stores. You didn't hear it from me",
     "outbound", "financial_disclosure", "mnpi.results"),
]

NEAR_MISSES = [
    # (text, direction, detector)
    ("Bravo à Brillix pour leur prix au salon, bien mérité", "outbound",
     "competitor_disparagement"),
    ("Is the Lumio hub compatible with Brillix bulbs via Matter?", "inbound",
     "competitor_disparagement"),
    ("Comme annoncé au CSE ce matin, nous ouvrons un site à Grenoble avec 40 nouveaux emplois",
     "outbound", "layoffs"),
    ("Our new office opens in May: welcome to the whole Leeds team!", "outbound", "layoffs"),
    ("Dernière chance pour commander votre lampe avant Noël", "outbound", "layoffs"),
    ("Last chance to grab the Halo at -20%!", "outbound", "layoffs"),
    ("Semaine de la santé au travail : nos conseils de prévention pour tous", "outbound",
     "employee_health"),
    ("Mental health matters: every employee gets two extra days off", "outbound",
     "employee_health"),
    ("Brillix recrute aussi à Lyon ? Tant mieux pour le secteur", "outbound", "poaching"),
    ("Merci à nos clients pour leurs 5 étoiles, vous êtes formidables", "outbound", "insults"),
    ("Thank you to our customers for every review this year", "outbound", "insults"),
    ("Bravo à toute l'équipe pour le prix du meilleur produit", "outbound", "internal_chatter"),
    ("Our support team is here if anything goes wrong", "outbound", "internal_chatter"),
    ("We promise one thing: if it fails within the warranty, we replace it", "outbound",
     "unrealistic_promises"),
    ("Bonjour, je suis journaliste : pouvez-vous confirmer la date du lancement ?", "inbound",
     "complaints"),
    ("Partez l'esprit tranquille : vos lampes simulent votre présence", "outbound",
     "whereabouts"),
    ("Home alone this weekend? Try the Cinema scene in the app", "outbound", "whereabouts"),
    ("La lumière du soir habite chaque pièce avec la Halo", "outbound", "whereabouts"),
    ("Le vol de nuit Paris–Tokyo se prépare : mode sommeil et un bon masque", "outbound",
     "whereabouts"),
    ("Nos résultats du T4 seront publiés le 28 janvier, save the date", "outbound",
     "financial_disclosure"),
    ("Let's just say our new lamp is the brightest we ever made", "outbound",
     "financial_disclosure"),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_hinted_wording_is_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    found = {(f.detector, f.kind) for f in result.findings}
    assert (detector, kind) in found, (text, found)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_hinted_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    assert [f.kind for f in result.findings if f.detector == detector] == [], text
