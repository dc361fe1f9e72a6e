"""Round 20 (structural) for the data leak family, from the misses and false positives left by
round 19 (blind2, blind8, blind15, blind16, para-m, para-v, train-m, train-o to train-t).

- passwords (:mod:`..secrets.passwords`): a comma after the service word ("Pour l'intranet,
  tapez …"), a bare "code" said to be a keypad value or a strong value ("le code du portail
  c'est 1984B", "the code for the back door is 4471B"), an article before the value ("c'est le
  4817B"), a login said to be a strong value without a user name ("the login for our shared
  TikTok account is Lum1o#Rhone26");
- a card's last four digits next to a named person (:mod:`..pii.person_with_contact`);
- "proto" as a prototype marker; leaving the nest as a launch and a hint addressed to someone
  ("petit indice pour les curieux :") as a hedge (:class:`UnreleasedTeaser`); a governance
  document and its screenshots farther apart (200 characters);
- "passport no." is not the end of a sentence;
- precision: a complaint about whoever leaks ("To whoever keeps leaking our roadmap") is no
  marker, a lost badge is a way onto a site only when it is a work badge, a developers' sandbox
  host is public, a board game is no board.

For each rule ten wordings were written (FR and EN): the first five shaped it, the last five were
held out (see the "Round 20" paragraphs of docs/detectors/secrets.md, confidential.md, pii.md).
A held-out row that the rule missed when first run is marked in a comment."""

from __future__ import annotations

import pytest

from tocsin import Engine

FAMILY = "data_leak"

#: (rule group, text, held out?)
LEAKS = [
    # passwords: the code, the login, the service with a comma
    ("password", "Chantier demain chez M. et Mme Besson, le code du portail c'est 1984B", False),
    ("password", "Le code du digicode du showroom a changé : c'est le 4817B maintenant", False),
    ("password", "le wifi du stand : réseau Lumio-Stand, le code c'est Lampadaire2026! 😅", False),
    ("password", "Note for the new support folks: the login for our shared TikTok account is "
                 "Lum1o#Rhone26, please don't reset it.", False),
    ("password", "For the VPN, just type Lumio#2026 and you're in", False),
    ("password", "Rappel pour les livreurs : le code de la grille du parking est 5590C jusqu'à "
                 "nouvel ordre", True),
    ("password", "the code to the stockroom's still 80421, same as last year", True),
    ("password", "the admin login for the website is Lyon$2026! until IT fixes SSO", True),
    ("password", "Sur l'extranet, tapez simplement Bonjour2026! pour entrer", True),
    # held out, missed (4/5): a NAS was not a service word of the rule (round 21 added it)
    ("password", "Pour le NAS, saisissez Perrache#77 et c'est bon", True),
    # a card's last digits next to a named person
    ("card", "Big thanks to our superfan Bernard Keating! He bought 11 lamps this year, all on "
             "his Visa ending 4408 😂", False),
    ("card", "Merci à notre client Pierre-Alain Gauthier pour sa fidélité ! Pour les curieux, il "
             "a acheté 14 lampes avec sa carte finissant par 7137", False),
    ("card", "Shoutout to Sarah Collins, 6 orders this month on her Mastercard ending in 1290",
     False),
    ("card", "Mme Lefèvre a encore commandé, toujours avec la même CB qui se termine par 5521",
     False),
    ("card", "Cheers to Tom Baker, who paid for the whole showroom display with a card ending "
             "7781", False),
    ("card", "Big up to Karen Walsh, our top buyer this quarter, always on the same Amex ending "
             "in 3004 🙌", True),
    ("card", "Bravo à Nicolas Girard, 9 lampes commandées avec sa carte bancaire se terminant "
             "par 8812 !", True),
    ("card", "Fun fact: M. Perrin paid for all 30 pendants with a single debit card ending 6650",
     True),
    ("card", "Notre plus gros client, Mme Roussel, règle toujours avec la Visa qui finit par 2207",
     True),
    ("card", "Love you Helen Price, 12 orders on the card ending with 9931, see you next month",
     True),
    # "proto"
    ("proto", "La réunion « oiseau de nuit » ce matin : jamais vu autant de sourires devant un "
              "proto 🌙🐦", False),
    ("proto", "Équipe engoulevent, demain 8 h, salle sans fenêtre 🤫 on montre le proto au "
              "comité", False),
    ("proto", "Le projet « Aurore » avance bien, le proto tourne enfin 🤫", False),
    ("proto", "premier proto de la lampe nomade sur mon bureau, on le montre à la direction "
              "jeudi", False),
    ("proto", "the new proto is on my desk and it's gorgeous, can't wait for next spring", False),
    ("proto", "Le proto de la veilleuse connectée est enfin arrivé au labo, il est magnifique",
     True),
    ("proto", "the protos for next year's desk lamp just came back from the factory 🔥", True),
    ("proto", "on a testé le nouveau proto toute la nuit au bureau, ça promet", True),
    ("proto", "Look at this proto on my desk… not telling you more 🤐", True),
    ("proto", "2 protos cassés ce matin, le 3e tient bon, la démo à la direction c'est vendredi",
     True),
    # leaving the nest, a hint addressed to someone
    ("nest", "Petit indice pour les curieux : l'engoulevent quitte son nid en avril 🐦 On ne "
             "peut pas en dire plus…", False),
    ("nest", "Can't say much, but our little night bird is getting ready to leave the nest this "
             "spring", False),
    ("nest", "A little hint for our followers: something glowing leaves the nest in March. "
             "Can't say more!", False),
    ("nest", "Je ne peux rien dire, mais notre petit dernier quittera le nid au printemps 🐣",
     False),
    ("nest", "Petit indice pour nos abonnés : ça brille et ça sort en juin 🤫", False),
    ("nest", "Je ne peux pas en dire plus, mais notre oiseau de nuit quitte le nid en mars 🌙",
     True),
    ("nest", "Can't say more, but something new leaves the nest this autumn 🐣", True),
    ("nest", "Un petit indice pour vous : ça quitte le nid avant l'été. Chut !", True),
    # held out, missed at first ("for all of you": two words before the colon), then fixed
    ("nest", "A little hint for all of you: our next lamp flies the nest in May 🤫", True),
    ("nest", "Motus, mais la petite dernière quittera son nid au printemps 🐦", True),
    # a governance document and its copies farther apart
    ("governance", "Les slides du prochain comité stratégique ont atterri dans la mauvaise boîte "
                   "mail, et franchement elles sont trop belles pour rester dans l'ombre. "
                   "Quelques captures en story 👇", False),
    ("governance", "The board deck for next week landed in my inbox by mistake, and honestly "
                   "it's way too pretty to keep to myself, so I'm going to leave it somewhere "
                   "safe. Link in the first comment", False),
    ("governance", "The exec committee deck got forwarded to the wrong list this morning. "
                   "Honestly it's a masterpiece, the design team outdid themselves. "
                   "Screenshots in my stories 👀", True),
    ("governance", "Le support du comex de jeudi dernier est tombé dans ma boîte par erreur, je "
                   "n'aurais pas dû l'ouvrir mais il est superbe. Je vous le fais passer en MP",
     True),
    ("governance", "Our leadership offsite slides were shared with the whole company by "
                   "accident, and I have to say they are very interesting reading. Grab them "
                   "while you can, on the shared drive", True),
    # "passport no."
    ("passport", "my passport no. for the customs form, since your bot keeps failing: 14ZK55012",
     True),
]

#: clean near misses: none of them is a data leak
CLEAN = [
    # the bare code: promo, booking, postal, error, source, dress, colour codes
    "Code promo c'est NOEL2026 : -20 % sur toute la boutique",
    "Votre code de réservation est 4817B, présentez-le à l'accueil",
    "the zip code is 69002 for the showroom, come visit",
    "Error code is 4012 when the lamp's firmware fails, just restart it",
    "our dress code is smart casual 😎",
    "the code is open source since 2024",
    "le code couleur c'est #FF8800 pour la nouvelle gamme",
    "le login c'est votre adresse mail",
    # a card's last digits without a named person, or a name without a card ending
    "Your refund of €49 has been sent to the card ending in 4408, it takes 3-5 days",
    "Le remboursement a été fait sur la carte finissant par 7137, comptez 5 jours ouvrés",
    "Merci Julie Bernard pour ta commande n°4408, expédiée aujourd'hui !",
    "Thanks Emma Wilson! Your Visa card is accepted in all our 4408 partner stores",
    # a public prototype, a word that starts like it
    "On a présenté notre proto au salon Light+Building, venez le voir stand B12",
    "our first proto back in 2015 was held together with tape 😂 fun fact",
    "Un proto de lampe imprimé en 3D par les étudiants du fablab, bravo à eux",
    "Protocole de tests publié sur notre blog, la norme EN 60598 expliquée",
    # nests and hints that are no teaser
    "Les bébés mésanges ont quitté le nid ce matin dans le jardin du siège 🐦",
    "Our intern leaves the nest today, off to her master's in Montréal, we'll miss you!",
    "Petit indice pour les curieux : la réponse du quiz d'hier était « lumen » 💡",
    "A little hint for all of you: the answer to yesterday's quiz was \"lumen\" 💡",
    "Les enfants quittent le nid, la lampe reste : notre best-seller depuis 2015 🏡",
    # governance: a public report, a board game
    "Our board slides from 2019 were ugly, look how far we've come in design since then, "
    "honestly proud of the team. Link in the first comment to our annual report",
    "Our board game night slides are up, link in the comments for everyone who missed it 🎲",
    # a complaint about whoever leaks
    "To whoever keeps leaking our roadmap to the press: we WILL find you.",
    "À celui qui fait fuiter notre feuille de route 2027 : on sait que c'est toi.",
    "Whoever leaked the confidential deck last week, HR would like a word.",
    "La personne qui a fait fuiter la roadmap T3 à la presse sera sanctionnée",
    "To the people who leak our internal roadmap slides: stop it.",
    # anyone's lost badge
    "j'ai perdu mon badge dans le 7 hier soir, si quelqu'un le trouve c'est le mien (celui "
    "avec la photo moche) 😅",
    "lost my badge at the gym lol, the one with the ugly photo",
    # a developers' sandbox
    "@api_tester Stripe test cards like 4242 4242 4242 4242 work on our sandbox at "
    "sandbox.lumio.com — never use a real card there 😉",
]

#: still leaks: the precision rules must not hide these
STILL_LEAKS = [
    "Leaking our roadmap a bit: Q3 brings voice control 🤫",
    "Confidential: Q3 roadmap attached, the one that leaked last year is outdated",
    "Quelqu'un a retrouvé mon badge Lumio ? Je l'ai perdu hier dans le 7. Mon nom c'est dessus",
    "lost my work badge at the station, my name's on it",
    "j'ai perdu mon badge du bureau dans le tram ce matin",
    "the investor CRM login is ir-team / Lumio2026!Q3, bookmark it",
    "grafana at staging.lumio.com is open to anyone right now",
]


def _categories(engine: Engine, text: str) -> list[str]:
    result = engine.screen_text(text, direction="outbound")
    return sorted({str(f.category.value) for f in result.findings})


@pytest.mark.parametrize(("group", "text", "held_out"), LEAKS)
def test_round20_leak_is_found(engine: Engine, group: str, text: str, held_out: bool) -> None:
    found = _categories(engine, text)
    assert FAMILY in found, (group, held_out, text, found)


@pytest.mark.parametrize("text", CLEAN)
def test_round20_near_miss_is_clean(engine: Engine, text: str) -> None:
    found = _categories(engine, text)
    assert FAMILY not in found, (text, found)


@pytest.mark.parametrize("text", STILL_LEAKS)
def test_round20_still_a_leak(engine: Engine, text: str) -> None:
    assert FAMILY in _categories(engine, text), text
