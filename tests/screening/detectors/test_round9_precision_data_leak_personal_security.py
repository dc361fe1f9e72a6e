"""Round 9 of issue #3 (precision, training sets k and l) for data leaks and personal security:
the exceptions that narrow older rules. Paraphrases, not corpus posts: each near miss is a clean
reading (a bird, a jest, a trust page, an example address, the reader's own machine, a trip
already over, an idiom, a treatment, staff news, a move to a rival), each match row the risky
post that must still be found."""

from __future__ import annotations

import pytest

from tocsin import Engine

NEAR_MISSES = [
    # (text, direction, detector)
    # a code name that is the bird it is named after: seen at rest, glossed, a public theme
    ("A nightjar perched on the old oak at dawn, what luck!", "outbound", "confidential_terms"),
    ("Ce matin, un nightjar perché sur la clôture à l'aube", "outbound", "confidential_terms"),
    ("Our scenes are bird-themed: Wren (morning) and Nightjar (evening), live in the app",
     "outbound", "confidential_terms"),
    ("Nightjar, engoulevent en français : l'oiseau qui donne son nom à notre ambiance du soir",
     "outbound", "confidential_terms"),
    ("love the nightjar theme, is it named after the bird?", "inbound", "confidential_terms"),
    # the embargo word said in jest, then denied
    ("Sous embargo jusqu'à lundi ? Rien de confidentiel, juste la recette du gâteau de Paul",
     "outbound", "confidentiality_markers"),
    ("Embargoed until 9am? Nothing secret here, only our new lunch menu", "outbound",
     "confidentiality_markers"),
    # a trust page: a report sent to customers who sign an NDA
    ("Our ISO 27001 certificate and pentest summary are available under NDA on request.",
     "outbound", "confidentiality_markers"),
    ("Notre rapport SOC 2 est disponible sous NDA pour nos clients, sur demande.", "outbound",
     "confidentiality_markers"),
    # an example address under a reserved top-level domain
    ("Exemple de faux expéditeur : service.client@lumio-remboursement.example (fictif)",
     "outbound", "email_address"),
    ("Fake sender seen this week, e.g. refunds@lumio-help.test: delete it", "outbound",
     "email_address"),
    # the loopback said to be the reader's own machine
    ("Ouvrez localhost:3000 : c'est votre propre machine, pas notre serveur", "outbound",
     "internal_host"),
    ("localhost:5000 is your own computer, not our server", "outbound", "internal_host"),
    # staff news kept secret: the HR family's business, not a confidentiality marker
    ("Dur de dire au revoir à l'équipe de Rennes, partie au printemps, personne n'est censé le "
     "savoir", "outbound", "confidentiality_markers"),
    ("Saying goodbye to the Lille crew, gone by spring, nobody's supposed to know", "outbound",
     "confidentiality_markers"),
    # a trip already over
    ("De retour de trois semaines en Islande, la carte SD est pleine", "outbound",
     "whereabouts"),
    ("Just back from two weeks in Bali, jetlagged but happy", "outbound", "whereabouts"),
    ("Vacances finies : dix jours en Corse, et retour au bureau", "outbound", "whereabouts"),
    ("Enfin rentrée de Lisbonne après une nuit à l'aéroport", "outbound", "travel"),
    ("Finally home: got back from Oslo after a night at the airport", "outbound", "travel"),
    ("La semaine dernière : train de nuit pour Vienne, trop bien", "outbound", "whereabouts"),
    ("Last week: night train to Vienna, loved every minute", "outbound", "whereabouts"),
    # an idiom: a business closing down, not a key left under a door
    ("Ce concurrent va mettre la clé sous la porte d'ici l'été", "outbound", "whereabouts"),
    # a move to a competitor of the profile: a job change, not a trip
    ("Our CFO is off to Brillix at the end of June, you heard it here first", "outbound",
     "whereabouts"),
    ("Notre DAF part chez Brillix fin mars, personne ne le sait encore", "outbound",
     "whereabouts"),
    # a treatment, not a trip
    ("Marc is off for a while, chemo started Monday, let's send him a card", "outbound",
     "whereabouts"),
]

MATCH = [
    # (text, direction, detector, kind)
    # the code name next to a teaser, an unreleased range or a prototype, whatever the gloss
    ("Nightjar, engoulevent en français : teaser de notre prochaine gamme 2027", "outbound",
     "confidential_terms", "confidential.code_name"),
    ("Bird-themed teaser: Nightjar is coming soon 👀", "outbound", "confidential_terms",
     "confidential.code_name"),
    ("A nightjar perched on the prototype bench, launch next spring", "outbound",
     "confidential_terms", "confidential.code_name"),
    ("NIGHTJAR (the bird, in english) ships in March", "outbound", "confidential_terms",
     "confidential.code_name"),
    # a real embargo, a real NDA
    ("Sous embargo jusqu'au 3 mars 7h : résultats annuels en hausse de 12 %", "outbound",
     "confidentiality_markers", "confidential.marker"),
    ("Embargoed until Monday 7am: record revenue of €40m", "outbound",
     "confidentiality_markers", "confidential.marker"),
    ("Under NDA, but I can tell you the Brillix deal is worth €3m", "outbound",
     "confidentiality_markers", "confidential.marker"),
    ("Je suis sous NDA mais le nouveau hub sort en mars", "outbound",
     "confidentiality_markers", "confidential.marker"),
    # a product kept secret, winked at
    ("Nouvelle lampe sous la bâche, sortie au printemps, personne n'est censé le savoir",
     "outbound", "confidentiality_markers", "confidential.marker"),
    ("New bulb under the cover, launch in spring, nobody's supposed to know", "outbound",
     "confidentiality_markers", "confidential.marker"),
    # a real address, a loopback with no word of the reader's machine
    ("écrivez à jean.dupont@gmail.com pour le remboursement", "outbound", "email_address",
     "pii.email"),
    ("contact bob.smith@outlook.com for the refund", "outbound", "email_address", "pii.email"),
    ("lancez l'appli sur localhost:3000", "outbound", "internal_host", "secret.internal_host"),
    # trips still ahead
    ("Claire part trois semaines à Bali dès samedi, maison vide 😅", "outbound", "whereabouts",
     "whereabouts.absence"),
    ("Our CEO is away two weeks in Mauritius from Saturday, house empty", "outbound",
     "whereabouts", "whereabouts.absence"),
    ("Claire part trois semaines à Bali, elle sera de retour de vacances le 15 août",
     "outbound", "whereabouts", "whereabouts.absence"),
    ("Our CEO flies to Bali for two weeks, she'll be back from her trip on the 20th",
     "outbound", "whereabouts", "whereabouts.absence"),
    ("Our CEO is off to Tokyo for two weeks from Saturday", "outbound", "whereabouts",
     "whereabouts.absence"),
    ("Notre PDG part pour Tokyo trois semaines dès samedi", "outbound", "whereabouts",
     "whereabouts.absence"),
    ("Je suis à l'aéroport, j'embarque pour Tokyo", "outbound", "travel", "travel.airport"),
    ("I'm at the airport, boarding for New York", "outbound", "travel", "travel.airport"),
    ("Elle prend le train de nuit ce soir, couchette 42", "outbound", "whereabouts",
     "whereabouts.schedule"),
    ("She takes the night train tonight, couchette 12", "outbound", "whereabouts",
     "whereabouts.schedule"),
    # a key really left for a house-sitter
    ("On a laissé les clés aux voisins pendant nos trois semaines en Crète", "outbound",
     "whereabouts", "whereabouts.empty_home"),
    ("Left the keys with the neighbours while we're away for three weeks", "outbound",
     "whereabouts", "whereabouts.empty_home"),
]


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_round9_clean_readings_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    assert [f.kind for f in result.findings if f.detector == detector] == [], text


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round9_risky_posts_are_still_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    found = [(f.detector, f.kind) for f in result.findings]
    assert (detector, kind) in found, (text, found)
