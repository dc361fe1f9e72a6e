"""Round 17 (structural) of issue #3 for the data leak and personal security families: rules
by kind, not by wording, after the fifteenth blind set.

Per kind, ten wordings written before the rule changed (French and English, several registers):
the first five (with the blind15 post) shaped the rule, the last five were held out and checked
afterwards (see the "Round 17" paragraphs of docs/detectors/pii.md, confidential.md and
personal_security.md for the held-out hit rates), then fixed too. Three clean look-alikes per
kind are near-miss rows. Kinds: a phone number spelled out in words; an internal board in a
picture with the readers told not to look; a document of the board or the executive committee
handed out; a login told by how it is built or that it never changed; someone closing a site or
leaving it last, with when. Rows check the family (category)."""

from __future__ import annotations

import pytest

from tocsin import Engine

FAMILIES = ("data_leak", "personal_security")

RISKS = [
    # (text, direction, category)
    # -- a phone number spelled out in words (inbound customers)
    (
        "Appelez-moi au zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit",
        "inbound",
        "data_leak",
    ),
    (
        "call me on oh six, one two, three four, five six, seven eight if the parcel is late",
        "inbound",
        "data_leak",
    ),
    (
        "Mon portable : zéro sept quatre-vingt-dix-huit vingt-deux onze quarante-quatre, "
        "merci de me rappeler",
        "inbound",
        "data_leak",
    ),
    ("text me at four one five, five five five, two six seven one please", "inbound", "data_leak"),
    (
        "Joignable au zero six vingt et un quarante-trois soixante-cinq quatre-vingt-sept "
        "toute la journée",
        "inbound",
        "data_leak",
    ),
    (
        "WhatsApp moi : zéro six, soixante, onze, vingt-deux, trente-trois 😉",
        "inbound",
        "data_leak",
    ),
    (
        "you can reach our store manager Paul at oh seven nine one one, one two three, four "
        "five six",
        "inbound",
        "data_leak",
    ),
    (
        "Son numéro c'est le zéro six quinze quinze vingt vingt trente, appelez-la de ma part",
        "inbound",
        "data_leak",
    ),
    (
        "ring me back on double oh four four, seven seven hundred, nine hundred, four five six",
        "inbound",
        "data_leak",
    ),
    (
        "Tél. perso de Julie : zéro six, dix-neuf, quatre-vingts, quatorze, soixante-douze",
        "inbound",
        "data_leak",
    ),
    # -- an internal board in a picture, the readers told not to look
    (
        "Ne zoomez pas sur le tableau blanc derrière nous, on a oublié de l'effacer 😅",
        "outbound",
        "data_leak",
    ),
    ("Please don't zoom in on the whiteboard behind us 🙈", "outbound", "data_leak"),
    (
        "Selfie d'équipe ! Ignorez l'écran derrière moi, il n'était pas censé être allumé 🤫",
        "outbound",
        "data_leak",
    ),
    (
        "Team selfie from the lab — try not to read the whiteboard in the background 😬",
        "outbound",
        "data_leak",
    ),
    (
        "Photo de l'atelier (évitez de lire le paperboard au fond, on l'a pas effacé)",
        "outbound",
        "data_leak",
    ),
    ("Ne faites pas attention au planning au mur derrière nous 🙊", "outbound", "data_leak"),
    ("Oops, forgot to wipe the whiteboard before this shot 🙈", "outbound", "data_leak"),
    (
        "Pas de capture d'écran du tableau blanc hein, on a oublié de le retourner 😇",
        "outbound",
        "data_leak",
    ),
    ("Don't mind the screen behind me, nothing to see there 😅", "outbound", "data_leak"),
    (
        "Photo souvenir de la réunion, ne regardez surtout pas les post-it au mur 🤐",
        "outbound",
        "data_leak",
    ),
    # -- a document of the board or the executive committee handed out
    (
        "Les slides du comité de direction d'hier sont sur le drive, lien en commentaire 😇",
        "outbound",
        "data_leak",
    ),
    ("La présentation du comex de mardi, je vous la fais passer en MP 😉", "outbound", "data_leak"),
    (
        "Got the board deck from last week's meeting, DM me if you want a look",
        "outbound",
        "data_leak",
    ),
    (
        "Exec committee slides are up on the team drive, link in the first comment before "
        "they lock it",
        "outbound",
        "data_leak",
    ),
    (
        "Le compte rendu du CODIR est dans le dossier partagé, profitez-en tant que les "
        "droits sont ouverts",
        "outbound",
        "data_leak",
    ),
    ("I'll send the leadership offsite deck to anyone who asks 👀", "outbound", "data_leak"),
    (
        "Qui veut le support du conseil d'administration ? Je vous l'envoie en privé",
        "outbound",
        "data_leak",
    ),
    (
        "The board minutes from Tuesday are floating around, link below, grab them while you can",
        "outbound",
        "data_leak",
    ),
    (
        "Les notes du comité stratégique de lundi, lien dans le premier commentaire 🤫",
        "outbound",
        "data_leak",
    ),
    ("Happy to share the all-hands slides from this morning, just ask 😉", "outbound", "data_leak"),
    # -- a login told by how it is built or that it never changed
    (
        "Pour l'équipe de nuit : le login de la console admin n'a pas bougé, il suffit de "
        "changer l'année à la fin 😉",
        "outbound",
        "data_leak",
    ),
    (
        "Reminder for the weekend crew: the alarm panel login is the same as last winter, "
        "just add 1 to the last digit",
        "outbound",
        "data_leak",
    ),
    (
        "Le login du back-office boutique ? Toujours le nom de la boutique, en minuscules, "
        "puis l'année 🙃",
        "outbound",
        "data_leak",
    ),
    (
        "Accès à l'intranet pour les stagiaires : même identifiant que l'an dernier, on a "
        "juste incrémenté le chiffre",
        "outbound",
        "data_leak",
    ),
    ("The CMS login is our founding year backwards, don't tell IT 🤫", "outbound", "data_leak"),
    (
        "Le login de la caisse c'est toujours le même, le code postal du magasin et c'est parti",
        "outbound",
        "data_leak",
    ),
    (
        "Night shift hint: the server room keypad is the boss's birthday, day then month",
        "outbound",
        "data_leak",
    ),
    (
        "Petit rappel : le login du NAS, c'est le nom de la boîte à l'envers, comme d'hab",
        "outbound",
        "data_leak",
    ),
    (
        "Still can't believe the admin login is just the company name with an exclamation "
        "mark at the end 😂",
        "outbound",
        "data_leak",
    ),
    # -- someone closing a site or leaving it last, with when
    (
        "Ce soir c'est Marc qui fait la fermeture de l'atelier, le dernier à partir vers 22 h "
        "comme d'hab",
        "outbound",
        "personal_security",
    ),
    (
        "Tonight Emma locks up the showroom, always the last one out around 9pm, drop by and "
        "say hi!",
        "outbound",
        "personal_security",
    ),
    (
        "Notre DAF, toujours la dernière à quitter le siège, vers 21h30 le jeudi 💪",
        "outbound",
        "personal_security",
    ),
    (
        "Shout-out to Tom who closes the warehouse every Friday night, last to leave at 11 👏",
        "outbound",
        "personal_security",
    ),
    (
        "C'est Julie qui ferme la boutique ce soir, passez la voir avant 20h !",
        "outbound",
        "personal_security",
    ),
    (
        "Our CEO is always the last one to leave the office, usually around 10pm — dedication!",
        "outbound",
        "personal_security",
    ),
    (
        "Ce soir Léa tient la fermeture du magasin de Villeurbanne, la dernière sur place "
        "jusqu'à 21h",
        "outbound",
        "personal_security",
    ),
    (
        "Paul closes up the Lyon store on his own tonight, come keep him company after 8",
        "outbound",
        "personal_security",
    ),
    (
        "Sophie, dernière partie du labo tous les soirs vers 23h, merci pour ton engagement",
        "outbound",
        "personal_security",
    ),
    (
        "Late shift alert: Nadia is the one locking up the depot tonight at 10 😊",
        "outbound",
        "personal_security",
    ),
]

NEAR_MISSES = [
    # (text, direction): no finding of the two families
    # -- a phone number spelled out in words (inbound customers)
    ("Appelez-nous du lundi au vendredi de neuf heures à dix-huit heures", "inbound"),
    ("call us any time between nine and five, seven days a week", "inbound"),
    ("On a vendu deux cent cinquante lampes en trois jours, merci !", "inbound"),
    # -- an internal board in a picture, the readers told not to look
    ("Zoomez sur la finition de la lampe, c'est du laiton brossé", "outbound"),
    ("Our new whiteboard wall in the office is great for brainstorming!", "outbound"),
    ("Don't zoom in too much on my messy desk 😅", "outbound"),
    # -- a document of the board or the executive committee handed out
    ("Notre rapport annuel est en ligne, lien en commentaire", "outbound"),
    ("The replay of our public investor day is on YouTube, link in the first comment", "outbound"),
    ("Le comité de direction a validé le nouveau logo, on vous le montre bientôt !", "outbound"),
    # -- a login told by how it is built or that it never changed
    ("Changez votre login et votre mot de passe tous les 3 mois, c'est la règle", "outbound"),
    ("Forgot your login? Click 'reset' on the sign-in page", "outbound"),
    ("Le login de notre appli a changé de design, il est plus simple maintenant", "outbound"),
    # -- someone closing a site or leaving it last, with when
    ("Le magasin ferme à 19h ce soir exceptionnellement, merci de votre compréhension", "outbound"),
    ("We close at 9pm on Fridays, come see our new range!", "outbound"),
    ("Dernier jour de l'expo : la galerie ferme ses portes ce soir à 18h", "outbound"),
]


def _categories(engine: Engine, text: str, direction: str) -> list[str]:
    result = engine.screen_text(text, direction=direction)
    return sorted({str(f.category.value) for f in result.findings})


@pytest.mark.parametrize(("text", "direction", "category"), RISKS)
def test_round17_kinds_are_found(engine: Engine, text: str, direction: str, category: str) -> None:
    found = _categories(engine, text, direction)
    assert category in found, (text, found)


@pytest.mark.parametrize(("text", "direction"), NEAR_MISSES)
def test_round17_look_alikes_are_clean(engine: Engine, text: str, direction: str) -> None:
    found = [c for c in _categories(engine, text, direction) if c in FAMILIES]
    assert found == [], (text, found)


def test_round17_spelled_numbers() -> None:
    from tocsin.screening.detectors.pii.phone_number import spelled_numbers

    runs = list(spelled_numbers("au zero six, trente-neuf, quatre-vingt-dix-huit, douze"))
    assert [digits for _, _, digits in runs] == ["06399812"]
    runs = list(spelled_numbers("on oh seven seven hundred, nine hundred, four five one"))
    assert [digits for _, _, digits in runs] == ["07700900451"]
    runs = list(spelled_numbers("double oh vingt et un"))
    assert [digits for _, _, digits in runs] == ["0021"]
