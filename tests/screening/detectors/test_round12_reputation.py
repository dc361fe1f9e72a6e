"""Round 12 (structural) of issue #3 for reputation: shapes drawn from the misses of an unseen
author set (blind10), written as paraphrases, never its posts. One customer singled out and
laughed at; an age group told it cannot cope; an allusion or hearsay with advice to stay away;
an inbound report of someone else's data, of discrimination in hiring, of a customer leaving in
shame; something parked for colleagues on the public account; a message meant for a chat group;
a lifetime promise; and (precision) a customer's swear quoted by the organisation is no
profanity of its own. Each match row a risky post, each near miss the clean reading next to it,
in French and English."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

D = "reputation_shapes"
INSULT = "reputation.insult"
COMPLAINT = "reputation.complaint"
CHATTER = "reputation.internal_chatter"
PROMISE = "reputation.unrealistic_promise"

MATCH = [
    # (text, direction, detector, kind)
    # -- one customer singled out, laughed at
    ("To the lady who emailed us three times about the 'blue light': it's the night mode. "
     "The. Night. Mode. 🙄", "outbound", D, INSULT),
    ("For the guy asking on Reddit why his bulb won't pair: the app has a button. Apparently "
     "buttons are hard.", "outbound", D, INSULT),
    ("Au monsieur qui nous a écrit quatre fois pour la télécommande : les piles, ça se change. "
     "Visiblement pas pour tout le monde 🙃", "outbound", D, INSULT),
    ("À la dame qui cherche l'interrupteur depuis ce matin : il est sur le côté. Sur. Le. "
     "Côté.", "outbound", D, INSULT),
    # -- an age group told it cannot cope
    ("Seniors, you probably can't figure out the pairing, just call your grandkids", "outbound",
     D, INSULT),
    ("Les plus de 60 ans, vous n'y comprendrez rien, prenez le modèle à bouton", "outbound", D,
     INSULT),
    ("Boomers won't understand the app anyway, the remote is for them", "outbound", D, INSULT),
    # -- an allusion or hearsay, with advice to stay away
    ("We won't name names, but stay away from the shop on the corner, their bulbs are fakes",
     "outbound", D, INSULT),
    ("Il paraît que notre ancien transporteur ne paie plus ses chauffeurs. Évitez-les.",
     "outbound", D, INSULT),
    ("Je ne citerai personne, mais n'achetez pas chez le grossiste de la zone nord 😉",
     "outbound", D, INSULT),
    ("Word is their factory cuts corners. Don't buy from them, you know who we mean.",
     "outbound", D, INSULT),
    # -- inbound crisis: someone else's data seen
    ("Your app shows me someone else's orders, with her address. Fix it!", "inbound", D,
     COMPLAINT),
    ("Je vois les commandes d'une autre cliente dans mon espace, c'est normal ?", "inbound", D,
     COMPLAINT),
    ("This is a GDPR breach, @lumio, I can see another customer's invoices", "inbound", D,
     COMPLAINT),
    # -- inbound crisis: discrimination in hiring
    ("I applied for the warehouse job and was told at 55 I'd be 'too slow'. Great values.",
     "inbound", D, COMPLAINT),
    ("J'ai postulé chez vous, on m'a dit qu'avec mon accent ce serait compliqué au téléphone.",
     "inbound", D, COMPLAINT),
    # -- inbound crisis: leaving in shame
    ("Quelle honte ce SAV, trois semaines pour rien. Plus jamais chez vous.", "inbound", D,
     COMPLAINT),
    ("Shame on you @lumio, two dead hubs and no refund. Switching to another brand.",
     "inbound", D, COMPLAINT),
    # -- internal: something parked for colleagues, a customer's details to enter
    ("I'll drop it here until the intranet is back: https://docs.google.com/document/d/1xYz",
     "outbound", D, CHATTER),
    ("Coordonnées du client à saisir dans l'ERP : SIRET 71605143886547, virement à 30 jours",
     "outbound", D, CHATTER),
    # -- a message meant for a chat group
    ("Oops, this was supposed to go in the sales group: we drop the Lyon shop in March.",
     "outbound", D, CHATTER),
    ("Ce message était censé aller dans le groupe des managers, désolée !", "outbound", D,
     CHATTER),
    # -- a lifetime promise
    ("Our Halo is the last desk lamp you'll ever need to buy.", "outbound", D, PROMISE),
    ("Avec la lampe Aube, vous n'en rachèterez plus jamais.", "outbound", D, PROMISE),
    # -- profanity of the organisation's own, quoted words included when nobody is reported
    ("Nos concurrents ? « des conneries », voilà.", "outbound", "profanity",
     "reputation.profanity"),
    ("This update is shit, sorry, we'll fix it", "outbound", "profanity",
     "reputation.profanity"),
]

NEAR_MISSES = [
    # (text, direction, detector)
    ("To the lady who sent us a thank-you card: it made our week. Thank you!", "outbound", D),
    ("Au monsieur qui nous a rapporté sa lampe : elle est réparée, passez quand vous voulez.",
     "outbound", D),
    ("Seniors love the big-button remote: no app needed, it just works.", "outbound", D),
    ("Les plus de 60 ans peuvent demander une installation gratuite à domicile.", "outbound", D),
    ("We don't name names in our reviews wall, but thank you all for the kind words!",
     "outbound", D),
    ("Il paraît que le printemps arrive : nos lampes de jardin sont en boutique.", "outbound", D),
    ("How do I add another user to my Lumio account?", "inbound", D),
    ("J'ai postulé chez vous hier, quand aurai-je une réponse ? Merci !", "inbound", D),
    ("Never again will I buy cheap bulbs: my Lumio lamp has lasted 6 years!", "inbound", D),
    ("Rappel aux équipes : ne communiquez jamais votre mot de passe, même aux RH.", "outbound",
     D),
    ("Notre nouvelle lampe est destinée au salon et à la chambre.", "outbound", D),
    ("Join our community group for tips, it was meant for all of you!", "outbound", D),
    ("The Halo comes with a five-year warranty and replaceable LEDs.", "outbound", D),
    ("Ma lampe a lâché après 8 ans, j'en rachète une, jamais déçue.", "inbound", D),
    # -- a customer's swear quoted by the organisation, who is reported to have said it
    ("Une cliente nous a dit « c'est de la merde ce câble » : elle avait raison, on l'a "
     "changé.", "outbound", "profanity"),
    ("A customer told us “this pairing is bullshit”, fair point, we simplified it.", "outbound",
     "profanity"),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round12_reputation_shapes_are_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_round12_reputation_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    assert_not_found(engine, text, direction, detector)
