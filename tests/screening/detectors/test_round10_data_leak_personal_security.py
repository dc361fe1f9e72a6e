"""Round 10 of issue #3 (unseen authors: blind 8 and training sets k to n) for data leaks and
personal security: the wording families added for recall and the exceptions added for
precision. Paraphrases, not corpus posts, in French and English: each match row is a risky post
said the way another author might say it, each near miss the clean reading next to it."""

from __future__ import annotations

import pytest

from tocsin import Engine

MATCH = [
    # (text, direction, detector, kind)
    # -- data leak: a code name given as a riddle on its first letters
    ("Petit indice sur le projet : son nom commence par Nightj… devinez la suite", "outbound",
     "confidential_terms", "confidential.code_name"),
    ("Hint for the curious: the project's name starts with 'Nigh' 🌙", "outbound",
     "confidential_terms", "confidential.code_name"),
    # -- data leak: the code name said by what it means
    ("Notre prochaine lampe porte un nom d'une pierre précieuse, je n'ai rien dit", "outbound",
     "confidentiality_markers", "confidential.marker"),
    ("Our next launch has a bird's name and comes out at night 🐦", "outbound",
     "confidentiality_markers", "confidential.marker"),
    # -- data leak: a product's internal nickname
    ("Tout sauf le prix et le truc qu'on appelle « le galet » en interne 😂", "outbound",
     "confidentiality_markers", "confidential.marker"),
    ("Ask me anything except about the gadget we call 'the acorn' internally", "outbound",
     "confidentiality_markers", "confidential.marker"),
    # -- data leak: an internal board or screen in the background of a photo or a call
    ("Photo d'équipe ! Ne regardez pas le paperboard avec les cibles d'acquisition 🙈",
     "outbound", "confidentiality_markers", "confidential.document_exposed"),
    ("Team call screenshot, oops, my Teams background is the new price grid", "outbound",
     "confidentiality_markers", "confidential.document_exposed"),
    ("On voit la maquette de la future appli en arrière-plan de ma photo 👀", "outbound",
     "confidentiality_markers", "confidential.document_exposed"),
    ("The product roadmap is taped to the window of our meeting room, facing the street",
     "outbound",
     "confidentiality_markers", "confidential.document_exposed"),
    # -- data leak: a file gone out by mistake or leaked
    ("Vous avez reçu notre fichier clients par erreur en pièce jointe : merci de le supprimer",
     "outbound", "confidentiality_markers", "confidential.document_exposed"),
    ("The subscribers file has leaked on a forum, no statement before Monday", "outbound",
     "confidentiality_markers", "confidential.document_exposed"),
    # -- data leak: a private person's paper in a photo
    ("Oups, sur la photo on voit la fiche client de M. Laurent posée sur le comptoir",
     "outbound", "confidentiality_markers", "confidential.document_exposed"),
    ("Cute pic from a customer, but the envelope on the table shows his full address, oops",
     "outbound", "confidentiality_markers", "confidential.document_exposed"),
    # -- data leak: an insider's silence around the unreleased thing seen
    ("J'ai signé une clause de confidentialité mais le nouveau modèle de lampe est dingue",
     "outbound", "confidentiality_markers", "confidential.marker"),
    ("Saw the specs for the new model this morning. My lips are sealed until the launch",
     "outbound", "confidentiality_markers", "confidential.marker"),
    # -- data leak: figures seen through a privileged access
    ("Ceux qui ont accès au tableau des marges savent déjà pourquoi je souris", "outbound",
     "confidentiality_markers", "confidential.marker"),
    ("Our distributor let me see their Christmas sales figures, we're doing great there",
     "outbound", "confidentiality_markers", "confidential.marker"),
    # -- data leak: a credential's hiding place or recipe said in short
    ("Le wifi de l'atelier ? La clé est sur le post-it collé à l'écran", "outbound",
     "confidentiality_markers", "secret.credential_hint"),
    ("guest wifi pw is the company name and the year, lol", "outbound",
     "confidentiality_markers", "secret.credential_hint"),
    # -- data leak: a desk, locker or room code with its value
    ("Le code du casier de Léo c'est 5521, il l'oublie tout le temps", "outbound", "password",
     "secret.password"),
    ("New starter tip: the desk code is 8842, don't tell anyone", "outbound", "password",
     "secret.password"),
    # -- personal security: a home left for a holiday, the keys, the pet-sitter
    ("Je ferme la maison du 3 au 24 août, direction la Bretagne", "outbound", "whereabouts",
     "whereabouts.empty_home"),
    ("Closing up the house for the whole of August, see you in September", "outbound",
     "whereabouts", "whereabouts.empty_home"),
    ("Clés chez la gardienne pendant mes trois semaines au Mexique", "outbound",
     "whereabouts", "whereabouts.empty_home"),
    ("Cat-sitter needed while I'm in Peru, keys are under the doormat", "outbound",
     "whereabouts", "whereabouts.empty_home"),
    ("Our boss is taking some time off until March, enjoy the calm", "outbound",
     "whereabouts", "whereabouts.absence"),
    ("Claire a pris de vraies vacances : trois semaines loin de tout", "outbound",
     "whereabouts", "whereabouts.absence"),
    ("Off to Lisbon 4–18 Oct, ping me after", "outbound", "whereabouts", "whereabouts.absence"),
    # -- personal security: where an executive sleeps or stays, by the room or what it faces
    ("Claire et moi sommes à l'hôtel juste en face de la gare jusqu'à jeudi", "outbound",
     "travel", "travel.hotel"),
    ("Great view from her room this morning, Claire loves this palace 😍", "outbound",
     "travel", "travel.hotel"),
    # -- personal security: a boarding gate with its number, near a flight or a departure time
    ("Notre PDG prend le 6h40 pour Madrid, gate K12, grosse journée", "outbound", "travel",
     "travel.airport"),
    ("Our CEO's flight to Boston boards at gate B12 in an hour", "outbound", "travel",
     "travel.airport"),
    ("Croisé votre PDG au bar du Negresco, il paraît qu'elle y est jusqu'à dimanche", "inbound",
     "whereabouts", "whereabouts.location"),
    ("Your CEO is at the Ritz bar, she's there till Friday", "inbound", "whereabouts",
     "whereabouts.location"),
    # -- personal security: an executive's home asked for or pointed at
    ("Quelqu'un a l'adresse exacte de votre PDG ? Je veux lui déposer un paquet", "inbound",
     "whereabouts", "whereabouts.home_address"),
    ("Is Lumio's founder still living in that villa by the lake?", "inbound", "whereabouts",
     "whereabouts.home_address"),
    ("Lumio's CEO has a house on Rue Sala, no shutters, she should get an alarm", "inbound",
     "whereabouts", "whereabouts.empty_home"),
    # -- personal security: a private person's address, a neighbour or a customer's letter
    ("Ma voisine Sophie Marchal, 5 rue des Acacias, 69003 Lyon, met sa lampe à fond la nuit",
     "inbound", "home_address", "whereabouts.home_address"),
    ("Thank you Mrs Patel for the postcard from 22 Ivy Road, Leeds LS6 3AB!", "outbound",
     "home_address", "whereabouts.home_address"),
    ("Left at our Lyon pop-up: Mme A. Girard, 8 rue des Tuiliers, 69008 Lyon, come and get it",
     "outbound", "home_address", "whereabouts.home_address"),
]

NEAR_MISSES = [
    # (text, direction, detector)
    # a code name that is the ordinary word: a sentence-opening capital, names explained, a
    # gloss right next to it with only a weak word of the inside further away
    ("Opale de feu, opale noire : d'où viennent les noms des pierres ? Réponse samedi",
     "outbound", "confidential_terms"),
    ("Opal names: where the names come from, black opal to fire opal", "outbound",
     "confidential_terms"),
    ("Notre projet du week-end : écouter l'engoulevent (nightjar en anglais) dans la lande",
     "outbound", "confidential_terms"),
    ("Weekend project: listening for the nightjar (engoulevent in French) on the heath",
     "outbound", "confidential_terms"),
    # riddles on letters that are no code name
    ("Un concurrent, on ne dira pas qui, mais ça commence par B", "outbound",
     "confidential_terms"),
    ("The number starts with a 2 and that's all I'll say", "outbound", "confidential_terms"),
    # a customer's nickname, not a product's
    ("Le client qui appelle 10 fois par jour, on l'appelle comment en interne déjà ?",
     "outbound", "confidentiality_markers"),
    # "en fond" and "scotché" in ordinary life
    ("Playlist du vendredi en fond sonore, et le planning des congés scotché sur le frigo",
     "outbound", "confidentiality_markers"),
    ("Prix en baisse sur l'entrée et le milieu de gamme, en fond de rayon dès lundi", "outbound",
     "confidentiality_markers"),
    # a free access, not a privileged one
    ("Ceux qui ont accès au wifi gratuit du magasin peuvent voir les prix en ligne", "outbound",
     "confidentiality_markers"),
    # a new shop announced on its own: its address is public
    ("Nouvelle boutique à Rennes ! Ouverture samedi, 4 rue Le Bastard", "outbound",
     "postal_address"),
    ("New store in York! Opening Monday at 12 Stonegate Road, York YO1 8AS", "outbound",
     "postal_address"),
    # a hotel recommended to the public, not someone's stay
    ("Salon pro : tarif négocié pour les participants à l'hôtel en face du centre des congrès",
     "outbound", "travel"),
    ("Special rate for attendees at the hotel opposite the venue", "outbound", "travel"),
    # a team's holiday with what still runs
    ("Our investor relations team is on holiday from 23 Dec to 2 Jan; regulated information "
     "will still be published as usual", "outbound", "whereabouts"),
    # a childhood home, a day out, advice to the reader
    ("Notre fondatrice a grandi dans une maison rue des Capucins, là où tout a commencé",
     "outbound", "whereabouts"),
    ("Road trip sur la Côte d'Opale ce week-end avec la lanterne", "outbound", "whereabouts"),
    ("Un pet-sitter pour vos vacances ? Nos astuces pour votre maison", "outbound",
     "whereabouts"),
    ("Fin de journée : je ferme la boutique et je rentre à la maison", "outbound",
     "whereabouts"),
    # someone seen, without a stay
    ("Just saw our NPS on the big screen in the lobby, our CEO will be pleased", "outbound",
     "whereabouts"),
    # a gate that is no boarding gate
    ("Stade plein ce soir, entrée par la gate 4", "outbound", "travel"),
    ("Gate 3 of our warehouse opens at 7:30 for deliveries", "outbound", "travel"),
    # advice about codes, no value
    ("Never share your desk code with anyone", "outbound", "password"),
    # behind the scenes, a shop's planning, a customer area: meant to be seen
    ("Coulisses du shooting : en arrière-plan, la maquette de notre stand pour le salon",
     "outbound", "confidentiality_markers"),
    ("Behind the scenes of our catalogue shoot, in the background the spring collection",
     "outbound", "confidentiality_markers"),
    ("Notre planning de livraisons est scotché au mur de l'entrepôt, efficacité !", "outbound",
     "confidentiality_markers"),
    ("Ceux qui ont accès à l'espace client peuvent voir leurs factures et les prix", "outbound",
     "confidentiality_markers"),
    ("Sorry, our newsletter was sent by mistake twice to our subscribers", "outbound",
     "confidentiality_markers"),
    ("Je n'ai rien dit mais la nouvelle collection arrive lundi 😉", "outbound",
     "confidentiality_markers"),
    # a house of the company's history, a cat-sitter story, keys for the couriers
    ("Our founder's house on the hill was the first Lumio workshop, now a museum", "outbound",
     "whereabouts"),
    ("Claire adore les histoires de cat-sitter de l'équipe 😂", "outbound", "whereabouts"),
    ("Les clés sont chez la gardienne, pour les livreurs : merci de sonner", "outbound",
     "whereabouts"),
    # a world tour of the products, a detox challenge, a leave policy
    ("Le tour du monde de nos lampes en 80 jours : suivez le voyage de la Halo !", "outbound",
     "whereabouts"),
    ("Digital detox challenge: phone off for 7 days, who's in?", "outbound", "whereabouts"),
    ("Our sabbatical policy: three months after five years at Lumio", "outbound",
     "whereabouts"),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round10_indirect_wording_is_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    found = [(f.detector, f.kind) for f in result.findings]
    assert (detector, kind) in found, (text, found)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_round10_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    assert [f.kind for f in result.findings if f.detector == detector] == [], text


#: staff news and a lost client told with a marker: the HR and financial families' news, not a
#: data leak (corpus convention, as `not_yet_announced_staff` already does); a formal memo
#: marked "do not distribute" is still one
NEWS_OF_OTHER_FAMILIES = [
    ("Réorganisation au T1, le marketing et le support sont fusionnés, une trentaine de postes "
     "concernés. Pas encore officiel, ne pas partager", "outbound", False),
    ("Hiring freeze from Monday across sales, 25 roles affected. Please don't share yet",
     "outbound", False),
    ("On a perdu notre plus gros client hier, ça va piquer au T2, pas encore annoncé", "outbound",
     False),
    ("We lost our biggest retail client last week, not announced yet", "outbound", False),
    ("Objet : budget marketing 2027 — NE PAS DIFFUSER. Voici les chiffres par pays", "outbound",
     True),
    ("Internal use only: Q3 pricing deck for the retail partners", "outbound", True),
]


@pytest.mark.parametrize(("text", "direction", "leak"), NEWS_OF_OTHER_FAMILIES)
def test_round10_markers_leave_other_families_news_alone(
    engine: Engine, text: str, direction: str, leak: bool
) -> None:
    result = engine.screen_text(text, direction=direction)
    found = [
        f.kind
        for f in result.findings
        if f.detector == "confidentiality_markers" and f.category.value == "data_leak"
    ]
    assert bool(found) is leak, (text, found)
