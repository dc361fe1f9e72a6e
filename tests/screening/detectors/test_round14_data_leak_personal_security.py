"""Round 14 (structural) of issue #3 for the data leak and personal security families, from the
twelfth blind set's misses and its clean posts flagged. A credential told as a recipe (the year
swapped in the old one, a founding year followed by a pet's name, the capital placed) for a
shared or new login; a password after the label of the service it opens ("vpn: …"); an
unreleased product hushed ("chut", "shhh") with what is coming and what it does, or winked at
for the insiders ("les intimes savent", "if you know, you know"); someone's routine said to be
known, with advice to change it; someone's place followed by its street and number; a name and
a phone number right before a postal address. Precision: a reader's tip for their own empty
home, a team away with the service running, a leave that is no trip, a network standard or a
product name after "wifi:", a hush about a colleague's news or a surprise.
Paraphrases, not corpus posts, in French and English: each match row a risky post, each near
miss the clean reading next to it."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

HINT = ("confidentiality_markers", "secret.credential_hint")
PASSWORD = ("password", "secret.password")
TEASER = ("unreleased_teaser", "confidential.marker")
CODE_NAME = ("confidentiality_markers", "confidential.marker")
THREAT = ("whereabouts", "whereabouts.threat")
HOME = ("home_address", "whereabouts.home_address")
HOME_DATA = ("home_address", "pii.postal_address")

MATCH = [
    # (text, direction, detector, kind)
    # -- a credential told as a recipe, for a shared or a new login
    ("Nouveau login du compte TikTok de l'équipe : l'année de création suivie du nom du chien "
     "de la patronne", "outbound", *HINT),
    ("Team login for the store tablet: it's the year we started followed by the shop's "
     "postcode, no spaces", "outbound", *HINT),
    ("Heads up, the staging password changed: the old one with 2025 swapped for 2026, as "
     "usual", "outbound", *HINT),
    ("Le mot de passe du serveur de fichiers ? L'ancien avec l'année suivante, comme chaque "
     "janvier", "outbound", *HINT),
    ("Shared login for the demo laptop is the same as the wifi: the company name and the year, "
     "with a capital", "outbound", *HINT),
    ("Identifiant partagé de la caisse : le nom de la société puis l'année, avec une "
     "majuscule au début", "outbound", *HINT),
    # -- a password after the label of the service it opens
    ("Found a post-it in the meeting room: 'VPN: Harbor!2027' — whose is it?", "inbound",
     *PASSWORD),
    ("Pour l'équipe du salon, wifi = Stand-Lyon2026 et le SSH du kiosque est sur le badge",
     "outbound", *PASSWORD),
    ("Le livreur a oublié un papier : « intranet : Soleil#44 » sur mon paillasson 😅",
     "inbound", *PASSWORD),
    # -- an unreleased product hushed with what is coming and what it does
    ("Chuuut… nos ampoules vont bientôt se régler toutes seules selon votre humeur, rendez-vous "
     "l'année prochaine", "outbound", *TEASER),
    ("Shhh 🤫 the next version of our desk lamp will follow you around the room. More soon",
     "outbound", *TEASER),
    ("Psst : la future gamme de plafonniers se pilotera à la voix, mais vous ne l'avez pas lu "
     "ici", "outbound", *TEASER),
    # -- the insiders' wink with a season ahead
    ("Something warm is landing before Christmas, iykyk 🕯️", "outbound", *TEASER),
    ("Notre surprise de l'été ? Une pierre qui change de couleur… les initiés comprendront "
     "avant la rentrée", "outbound", *TEASER),
    ("Coming out next spring: something amber and nocturnal. If you know, you know.",
     "outbound", *TEASER),
    # -- the name withheld, or a stone code name told by its look; next year said in French
    ("Spent the week on a project we can't name yet: think of a milky gemstone, arriving in "
     "spring", "outbound", *CODE_NAME),
    ("Le proto oublié sur l'établi du labo ? Disons qu'il a des reflets de pierre laiteuse 😇",
     "outbound", *CODE_NAME),
    ("Les nouvelles remises revendeurs arrivent l'année prochaine, mais ça reste entre nous 🤫",
     "outbound", *TEASER),
    # -- someone's routine said to be known, with advice to change it
    ("Je sais exactement à quelle heure votre directrice rentre chez elle le jeudi. Elle "
     "ferait bien de varier ses horaires.", "inbound", *THREAT),
    ("We know his jogging route along the river, your CFO should probably change it 🙂",
     "inbound", *THREAT),
    ("I know where she parks every morning. Tell her to be careful.", "inbound", *THREAT),
    ("On connaît très bien ses trajets du vendredi soir, il devrait peut-être se méfier",
     "inbound", *THREAT),
    # -- someone's place followed by its number and street
    ("Merci à Sophie pour la soirée chez elle, 12 rue des Acacias à Caluire, quelle terrasse !",
     "outbound", *HOME),
    ("Board games night at his place, 4 Willow Close, Sale — bring snacks!", "outbound",
     *HOME_DATA),
    ("Thanks Dan for the drinks at his house, 18 Beech Road, Chorlton 🍻", "outbound", *HOME),
    # -- a name and a phone number right before a postal address
    ("Dispo pour un stage : Lucie Marchand, 07 12 34 56 78, 5 rue Pasteur 69007 Lyon",
     "inbound", *HOME),
]

NEAR_MISSES = [
    # (text, direction, detector)
    # -- a login or a password with no recipe: a reset, a tip, a sign-in page
    ("New login page for the customer portal is live: use the same email as before",
     "outbound", "confidentiality_markers"),
    ("Shared login? Never. Each of you gets your own account, follow the usual password rules",
     "outbound", "confidentiality_markers"),
    ("Our founding year followed by a great decade: thanks to the whole team!", "outbound",
     "confidentiality_markers"),
    # -- after a service label: a standard, a product, a handle, a version
    ("Compatible everywhere — wifi: 802.11ax, Bluetooth 5.3, Matter ready", "outbound",
     "password"),
    ("Sécurité réseau : wifi: WPA2-PSK uniquement, pas de WEP", "outbound", "password"),
    ("VPN : NordVPN, ProtonVPN et Mullvad testés avec nos lampes", "outbound", "password"),
    ("Intranet: @lumio_rh pour toute question RH", "outbound", "password"),
    # -- a hush about a colleague's news, a surprise, a sale
    ("Chut, la nouvelle lampe pour la chambre de bébé de Camille, c'est notre cadeau surprise "
     "🎁", "outbound", "unreleased_teaser"),
    ("Shhh, next week's sale on desk lamps starts soon, use code LUMIO15", "outbound",
     "unreleased_teaser"),
    ("Psst : nos lampes sont déjà en rayon, la nouvelle gamme est en vente depuis hier",
     "outbound", "unreleased_teaser"),
    # -- the name withheld of people, a jewel for sale
    ("I can't name all our beta testers, but thank you to each of you 💛", "outbound",
     "confidentiality_markers"),
    ("Pour la fête des mères, un bijou aux reflets de pierre précieuse, disponible en boutique",
     "outbound", "confidentiality_markers"),
    # -- a wink with nothing ahead
    ("Le plafonnier Halo en laiton, les connaisseurs apprécient depuis 2019", "outbound",
     "unreleased_teaser"),
    # -- a routine known, with no advice; advice with no routine; the reader's own route
    ("Je connais son parcours professionnel par cœur, elle devrait écrire un livre !",
     "outbound", "whereabouts"),
    ("I know her route to the summit by heart: an inspiring climb, read her blog",
     "outbound", "whereabouts"),
    ("On connaît vos trajets du quotidien : l'appli vous conseille de changer d'itinéraire si "
     "la route est bloquée", "outbound", "whereabouts"),
    # -- someone's place, no street and number; a business's premises
    ("Merci à Paul pour le barbecue chez lui à Écully, quel jardin !", "outbound",
     "home_address"),
    ("Brunch at Clara's place, 14 Larkspur Grove: the best restaurant in Didsbury, book ahead",
     "outbound", "home_address"),
    # -- a reader's tip for their own home, a team away with the service running, a leave
    ("Seul ce week-end ? Passez vos lampes en mode absence, la maison semble habitée",
     "outbound", "whereabouts"),
    ("Home alone tonight? Set your lamps to holiday mode so the house looks lived-in",
     "outbound", "whereabouts"),
    ("Équipe en séminaire à Annecy cette semaine, réponses un peu plus lentes, le support reste "
     "ouvert", "outbound", "whereabouts"),
    ("Our CFO has been 'on leave' for three weeks and it's not a holiday. Keep her in your "
     "thoughts", "outbound", "whereabouts"),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round14_shapes_are_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_round14_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    assert_not_found(engine, text, direction, detector)
