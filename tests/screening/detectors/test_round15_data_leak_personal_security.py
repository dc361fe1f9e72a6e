"""Round 15 (structural) of issue #3 for the data leak and personal security families, from the
thirteenth blind set's misses (and one of the eleventh). An internal file said to be left
unlocked; a newcomer from another company said to have brought their files; a matter held back
until the lawyers or the announcement allow it; a private preview of an unreleased product told
by an outsider; a project called by its initial, with its progress; a private person singled
out by a title and an initial, an age and a street; a one-time code asked for in public; an
executive's hotel told by its name, the room or the length of the stay; a veiled threat told by
what would break at someone's door. Precision: a code name inside the quoted title of a book,
a reader's evening answered by our product.
Paraphrases, not corpus posts, in French and English: each match row a risky post, each near
miss the clean reading next to it."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

UNLOCKED = ("unreleased_teaser", "confidential.document_exposed")
MARKER = ("unreleased_teaser", "confidential.marker")
PERSON = ("unreleased_teaser", "pii.personal_data")
CODE = ("code_request", "secret.one_time_code")
HOTEL = ("hotel_stay", "travel.hotel")
THREAT = ("whereabouts", "whereabouts.threat")

MATCH = [
    # (text, direction, detector, kind)
    # -- an internal file said to be left unlocked
    ("Petit conseil aux curieux : le tableur des salaires sur notre drive n'est pas protégé, "
     "onglet 3 😬", "outbound", *UNLOCKED),
    ("lol someone forgot to password-protect the pricing spreadsheet on our site again",
     "outbound", *UNLOCKED),
    ("Le deck stratégie 2027 est toujours en accès libre sur le Notion de l'équipe, oups",
     "outbound", *UNLOCKED),
    ("Interns left the Google Sheet unlocked — the hidden tab has next year's launches 👀",
     "outbound", *UNLOCKED),
    ("On a oublié de verrouiller le classeur des marges, il est en lien sur la page presse",
     "inbound", *UNLOCKED),
    # -- a newcomer said to have brought the former employer's files
    ("Our new sales lead joined us from Brillix and walked in with a USB stick full of their "
     "docs 😏", "outbound", *MARKER),
    ("Fraîchement débauchée de chez Brillix, notre nouvelle cheffe de produit est arrivée avec "
     "leurs plans sous le bras", "outbound", *MARKER),
    ("Say hi to Tom, ex-Brillix: didn't come empty-handed, brought a few of their specs "
     "too 😉", "outbound", *MARKER),
    ("Le nouveau commercial vient de chez Lumex, il a ramené tout son carnet et leurs "
     "fichiers", "inbound", *MARKER),
    ("Welcome Sara, fresh from Voltaic — she brought her whole drive with her, handy!",
     "outbound", *MARKER),
    # -- a matter held back until the lawyers or the announcement
    ("Reminder: not a word about the Lyon plant until the press release is out", "outbound",
     *MARKER),
    ("Pour la réunion de demain : ne parlez pas du rachat tant que le juridique n'a pas "
     "validé", "outbound", *MARKER),
    ("keep the merger stuff under wraps till it's official pls, thx", "outbound", *MARKER),
    ("Ne rien mentionner sur le dossier Brillix avant la signature, merci à tous", "outbound",
     *MARKER),
    ("Team, don't bring up the recall with customers until legal gives the go", "outbound",
     *MARKER),
    # -- a private preview of an unreleased product told by an outsider
    ("Merci pour la démo privée dans votre labo hier, nos acheteurs réservent déjà les "
     "allocations du lancement", "inbound", *MARKER),
    ("Got a sneak peek of the amber series at your R&D centre, can't wait for it to hit "
     "shelves", "inbound", *MARKER),
    ("First look behind closed doors at the new range today: pre-orders can't open soon "
     "enough", "inbound", *MARKER),
    ("Avant-première à huis clos de votre future gamme : vivement la sortie !", "inbound",
     *MARKER),
    ("You showed us the spring lamps at your studio on Tuesday, our stores want it for the "
     "launch", "inbound", *MARKER),
    # -- a project called by its initial, with its progress
    ("Le projet en K est presque prêt, et franchement il est beau", "outbound", *MARKER),
    ("the O-project is ahead of schedule, that's all I'll say 🤐", "outbound", *MARKER),
    ("Projet N : on est dans les temps pour une sortie au printemps", "outbound", *MARKER),
    ("Project starting with an O is coming along nicely, stay tuned", "outbound", *MARKER),
    ("Our P-project is two weeks ahead of schedule, the team is flying", "outbound", *MARKER),
    # -- a private person singled out by initial, age and street
    ("Mention spéciale à Mr D., 71 ans, avenue Foch, qui appelle tous les lundis 🙄",
     "outbound", *PERSON),
    ("Shoutout to Mrs K., 58, Church Lane, our most persistent caller this month",
     "outbound", *PERSON),
    ("La dame de la rue Pasteur, Mme L., âgée de 80 ans, a encore renvoyé sa lampe",
     "outbound", *PERSON),
    ("Mr B. aged 66 from Elm Road rang again about his dimmer, bless him", "outbound",
     *PERSON),
    ("Coucou à Mlle R., 23 ans, boulevard Voltaire, qui nous écrit tous les jours 😅",
     "outbound", *PERSON),
    # -- a one-time code asked for in public
    ("@marie_l pouvez-vous nous communiquer le code de vérification reçu par e-mail ? On "
     "débloque votre compte", "outbound", *CODE),
    ("@jay_88 just reply here with the 6-digit code we texted you and we'll sort it", "outbound",
     *CODE),
    ("Envoyez-nous en MP le code à usage unique, je valide le paiement", "outbound", *CODE),
    ("@client_x this is Lumio support, DM me the code you received by text and I'll refund "
     "you", "inbound", *CODE),
    ("Hi Sam, DM us the verification code from your inbox so we can log in for you",
     "outbound", *CODE),
    # -- an executive's hotel told by its name, the room or the length of the stay
    ("Merci au Sofitel de chouchouter notre PDG jusqu'à vendredi, chambre au 7e avec vue sur "
     "la Saône", "outbound", *HOTEL),
    ("Our founder is loving her corner suite at the Hilton this week 🌃", "outbound", *HOTEL),
    ("Big up Hôtel Carlton for hosting the boss all week — top floor, best view in town",
     "outbound", *HOTEL),
    ("La directrice dort au Mercure gare Part-Dieu toute la semaine, dernier étage",
     "outbound", *HOTEL),
    ("Thanks Premier Inn Leeds for looking after our CFO tonight, room on the 4th", "outbound",
     *HOTEL),
    # -- a veiled threat told by what would break at someone's door
    ("Claire Dubois, jolie porte d'entrée chez toi. Dommage si ta serrure se cassait un soir",
     "inbound", *THREAT),
    ("@ClaireDubois lovely house. Pity if the lights went out one night, wouldn't it", "inbound",
     *THREAT),
    ("Nice red door at your place, Claire Dubois. Shame if something happened to it",
     "inbound", *THREAT),
]

NEAR_MISSES = [
    # (text, direction, detector)
    # -- a lock that is ours or the reader's, a public file
    ("Forgot to lock my bike outside the office, lesson learned 🚲", "outbound",
     "unreleased_teaser"),
    ("Nos modèles de tableur sont en accès libre sur le site : téléchargez les templates",
     "outbound", "unreleased_teaser"),
    ("Your data is safe: the customer file is locked and encrypted at rest", "outbound",
     "unreleased_teaser"),
    # -- a newcomer with experience, or with cookies
    ("Notre nouvelle recrue arrive de chez Brillix avec dix ans d'expérience, bienvenue !",
     "outbound", "unreleased_teaser"),
    ("Welcome Sara, fresh from Voltaic, she brought cookies on her first day 🍪", "outbound",
     "unreleased_teaser"),
    # -- hold back for a reason that is no secret
    ("Don't mention the price until you've tried the lamp 😄", "outbound", "unreleased_teaser"),
    ("Ne parlez pas de Noël avant le 1er décembre, c'est la règle au bureau 🎄", "outbound",
     "unreleased_teaser"),
    ("Pas un mot sur la surprise de Marie avant la signature, on prépare le cadeau 🎉",
     "outbound", "unreleased_teaser"),
    # -- a preview in public
    ("Loved the preview of your new range at the Lyon trade show, can't wait for the launch",
     "inbound", "unreleased_teaser"),
    ("Avant-première de la nouvelle gamme en boutique samedi, venez nombreux pour le "
     "lancement", "outbound", "unreleased_teaser"),
    # -- a letter with no project, or a film
    ("Plan B if it rains: the launch party moves indoors", "outbound", "unreleased_teaser"),
    ("Project X, the film, was ahead of its time honestly", "outbound", "unreleased_teaser"),
    ("Projet B : nos lampes sur les tables de la cantine, c'est magnifique", "outbound",
     "unreleased_teaser"),
    # -- a title and an initial with consent, or with no age or street
    ("Bravo à Mme G., 64 ans, rue Racine, gagnante de notre concours photo !", "outbound",
     "unreleased_teaser"),
    ("Thanks Mrs K. for the lovely review of our reading lamp", "outbound",
     "unreleased_teaser"),
    ("M. T., 45 ans de métier, rue de la Paix : venez voir notre artisan à l'atelier",
     "outbound", "unreleased_teaser"),
    # -- a code to type in the app, a warning, a promo code
    ("Saisissez le code reçu par SMS dans l'appli pour finaliser votre inscription", "outbound",
     "code_request"),
    ("Never share the code you received by SMS, not even with us: we'll never ask for it",
     "outbound", "code_request"),
    ("Send us a DM and we'll give you a promo code for your next order", "outbound",
     "code_request"),
    ("@ana send us the order code received by email and we'll check the parcel", "outbound",
     "code_request"),
    ("Tell us if you didn't receive the verification code, we'll resend it", "outbound",
     "code_request"),
    # -- a hotel as a venue, a stay told afterwards
    ("Our CEO speaks at the Hilton conference this week: book your seat", "outbound",
     "hotel_stay"),
    ("Merci à l'Hôtel de Ville de Lyon d'avoir reçu notre PDG cette semaine", "outbound",
     "hotel_stay"),
    # -- a pitch to the reader about their home; a door with no threat
    ("Claire Dubois vous le dit : ce serait dommage que votre maison reste dans le noir un "
     "soir, programmez vos lampes", "outbound", "whereabouts"),
    ("Claire Dubois le dit : dommage si votre maison restait dans le noir un soir, pensez au "
     "mode veille", "outbound", "whereabouts"),
    # -- a code name in a book's title; a reader's evening with our product
    ("Just finished 'The Nightjar's Song' as an audiobook, what a novel 📚", "outbound",
     "confidential_terms"),
    ("Seul ce soir ? Créez l'ambiance avec nos lampes et un bon film", "outbound",
     "whereabouts"),
    ("Home alone on a Saturday night? Try our Reading scene with a good book", "outbound",
     "whereabouts"),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round15_shapes_are_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_round15_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    assert_not_found(engine, text, direction, detector)
