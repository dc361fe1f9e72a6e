"""Round 13 (structural) of issue #3 for the data leak, personal security and competition
families, from the eleventh blind set's misses and its clean posts blocked. A credential said to
be an earlier one or built from pieces glued together ("toujours celui de l'été dernier", "le
prénom du patron et l'année d'ouverture, tout collé"); an internal document left open to whoever
has the link; a file of private people's contact details offered to whoever asks; a name
withheld and a feast or a season as the deadline for an unreleased product; a dwelling unit
("flat 3", "app. 2") that makes a postal address a home; a veiled threat next to a home; a frail
person kept at home for days; the sinking ship said of a rival. Precision: "confidentielle" as a
mood ("ambiance confidentielle"), an embargo refused ("we do not provide embargoed copies"), a
discount code, a press kit open to all, businesses' addresses, our own boat.
Paraphrases, not corpus posts, in French and English: each match row a risky post, each near
miss the clean reading next to it."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

HINT = ("confidentiality_markers", "secret.credential_hint")
TEASER = ("unreleased_teaser", "confidential.marker")
OPEN_LINK = ("unreleased_teaser", "secret.shared_document")
PEOPLE_FILE = ("unreleased_teaser", "pii.personal_data")
HOME = ("home_address", "whereabouts.home_address")
THREAT = ("whereabouts", "whereabouts.threat")
HOMEBOUND = ("whereabouts", "whereabouts.alone")
DEMISE = ("competitor_disparagement", "competition.disparagement")

MATCH = [
    # (text, direction, detector, kind)
    # -- a credential said to be an earlier one, or built from pieces glued together
    ("Le wifi de l'atelier ? Le mot de passe c'est toujours celui de l'an dernier 😉",
     "outbound", *HINT),
    ("Team: the staff laptop password is the same one as the old office, you all know it",
     "outbound", *HINT),
    ("Le code du wifi du showroom ? Le nom de la boutique + l'année d'ouverture, tout collé",
     "outbound", *HINT),
    ("Store crew: still the same code for the back door, the boss's first name and the year "
     "we opened, all lowercase", "outbound", *HINT),
    ("Pour l'équipe de Namur : toujours le même code, le prénom de la patronne et sa date de "
     "naissance", "outbound", *HINT),
    # -- an internal document left open to whoever has the link
    ("Le tableur des marges est sur le drive partagé, le lien est toujours ouvert à tous 😅",
     "outbound", *OPEN_LINK),
    ("Sales sheet's in the team drive, anyone with the link can open it, no login needed",
     "outbound", *OPEN_LINK),
    ("Fichier des salaires dans le dossier partagé, accessible à quiconque a le lien 🙈",
     "outbound", *OPEN_LINK),
    # -- a file of private people's contact details offered to whoever asks
    ("J'ai le listing des participants au salon avec leurs numéros de portable, je vous "
     "l'envoie si besoin", "outbound", *PEOPLE_FILE),
    ("Got the spreadsheet of all our newsletter subscribers with their emails, DM me if you "
     "want it", "outbound", *PEOPLE_FILE),
    ("Qui veut l'export des clients fidélité avec leurs adresses e-mail ? Demandez-moi en MP",
     "outbound", *PEOPLE_FILE),
    ("Anyone want the customer database with phone numbers? Happy to share, ask me",
     "outbound", *PEOPLE_FILE),
    # -- a name withheld, a feast or a season as the deadline
    ("Je ne peux pas vous dire comment elle s'appelle, mais elle arrive avant Noël 🎄",
     "outbound", *TEASER),
    ("Can't tell you what it's called, but it'll be on your desk by spring 🌱", "outbound",
     *TEASER),
    ("Not allowed to say anything, but that new lamp is shipping before Easter", "outbound",
     *TEASER),
    ("Motus, mais la nouvelle gamme sera en rayon d'ici la rentrée", "outbound", *TEASER),
    # -- a dwelling unit makes a postal address a home
    ("Still no parcel!! It's 14 Aldwych Crescent, Salford M6 5QT, flat 3, been in all day",
     "inbound", *HOME),
    ("Toujours rien reçu, c'est au 12 rue des Lilas app. 4, 69003 Lyon !!", "inbound", *HOME),
    ("Colis à renvoyer au 8 avenue Foch, appartement 12, 75016 Paris svp", "inbound", *HOME),
    ("Deliver to 27 Grove Road, Leeds LS6 2AA, apt 2B please, third time asking", "inbound",
     *HOME),
    # -- a veiled threat next to a home, about someone named
    ("Nice house you've got there, Claire Dubois. Would be a shame if something happened to "
     "those windows.", "inbound", *THREAT),
    ("Jolie maison @marc_duval, ce serait dommage qu'il arrive quelque chose au portail",
     "inbound", *THREAT),
    ("Belle maison, Claire Dubois, les volets verts… ce serait dommage qu'elle brûle un soir",
     "inbound", *THREAT),
    # -- a frail person kept at home for days
    ("Mr Patel wants a callback, he's home all week after his knee surgery", "inbound",
     *HOMEBOUND),
    ("Rappelez Mme Roux, elle est chez elle toute la semaine depuis sa fracture de la hanche",
     "inbound", *HOMEBOUND),
    ("Please call Mrs Chen back about her lamp, she's home all week after her chemo",
     "inbound", *HOMEBOUND),
    # -- the sinking ship said of a rival
    ("To every engineer stuck at Brillix watching the ship sink: we're hiring", "outbound",
     *DEMISE),
    ("Aux ingés de Brillix qui regardent le navire couler : on recrute, DM ouverts",
     "outbound", *DEMISE),
    ("Brillix is taking on water, their best people are leaving the ship", "outbound",
     *DEMISE),
    ("Chez Brillix c'est la dérive, les rats quittent le navire", "inbound", *DEMISE),
]

NEAR_MISSES = [
    # (text, direction, detector)
    # -- a code for a discount, a hygiene tip
    ("C'est toujours le même code promo que la semaine dernière, tout collé : LUMIO10",
     "outbound", "confidentiality_markers"),
    ("Astuce sécurité : n'utilisez jamais le même mot de passe que l'an dernier, changez-le",
     "outbound", "confidentiality_markers"),
    ("Same code as always for the team quiz tonight: bring snacks", "outbound",
     "confidentiality_markers"),
    # -- "confidentielle" as a mood, an embargo refused
    ("Lumière tamisée, ambiance confidentielle : la soirée parfaite commence par un clic",
     "outbound", "confidentiality_markers"),
    ("Reminder for journalists: our results come out on 28 January. We do not provide "
     "embargoed copies.", "outbound", "confidentiality_markers"),
    ("Rappel aux journalistes : résultats le 28 janvier. Aucune copie sous embargo ne sera "
     "communiquée.", "outbound", "confidentiality_markers"),
    # -- a press kit open to all, the reader's own data, businesses' addresses
    ("Our press kit is in a public Google Drive folder, open to anyone with the link: logos, "
     "photos, fact sheet", "outbound", "unreleased_teaser"),
    ("Clients : pour mettre à jour vos coordonnées dans notre fichier, écrivez-moi en MP",
     "outbound", "unreleased_teaser"),
    ("Want the list of our stockists with their addresses? Ask me, it's on our website too",
     "outbound", "unreleased_teaser"),
    ("Our newsletter list is never shared. Ask me if you want to know more about our GDPR "
     "policy", "outbound", "unreleased_teaser"),
    # -- no name withheld: an exclamation
    ("I can't tell you how much I love this lamp, out by Christmas for everyone who ordered",
     "outbound", "unreleased_teaser"),
    # -- a business in a unit, no dwelling
    ("Our new office: 14 Aldwych Crescent, Salford M6 5QT, unit 3, open Monday", "outbound",
     "home_address"),
    # -- a product for the home, a complaint about one's own lamp, the writer's own rest
    ("Ce serait dommage que votre maison reste dans le noir pendant les vacances : programmez "
     "vos lampes !", "outbound", "whereabouts"),
    ("@lumio ce serait dommage que ma lampe tombe encore en panne, c'est la 3e fois, maison "
     "dans le noir", "inbound", "whereabouts"),
    ("Je suis à la maison toute la semaine après mon opération, merci pour vos messages",
     "outbound", "whereabouts"),
    ("Our intern is home all week with the flu, send her good vibes", "outbound",
     "whereabouts"),
    # -- a real boat, a rival's public news
    ("Régate de Lyon : notre bateau à la dérive au départ, mais on finit 3e ! Brillix aussi "
     "était là", "outbound", "competitor_disparagement"),
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
