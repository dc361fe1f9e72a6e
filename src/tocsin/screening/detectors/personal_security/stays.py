"""An executive's hotel stay told by the room and the length of the stay (round 15, structural,
from blind13's misses).

The ``travel.hotel`` rules of the lexicon find a stay by its verb ("staying at", "est à
l'hôtel"); a thank-you to the hotel tells the same thing in other words ("Huge thanks to the
Grand Hôtel Bellecour for looking after our CEO all week, the corner room on the 5th floor"):
three parts close to each other (shapes of :mod:`..reputation.shapes`):

- a named hotel ("Grand Hôtel Bellecour", "the Hilton", "au Sofitel", "son Airbnb");
- one of our executives ("our CEO", "notre PDG", "la fondatrice", "the boss");
- where in it, or for how long ("corner room", "5th floor", "chambre au 7e", "top floor",
  "all week", "jusqu'à vendredi", "tonight").

Not for a hotel as a venue (a conference, a keynote, a rate for attendees, booking), nor for a
town hall ("hôtel de ville").
"""

from __future__ import annotations

import re

from ....models import Category, Severity
from ..reputation.shapes import Shape, ShapeRules

#: a hotel by its name or its chain
HOTEL_NAMED = re.compile(
    r"\b(?:(?:grand )?hotel (?!de ville|des ventes|particulier|de region|de police|dieu)"
    r"[a-z][\w'-]+|hilton|marriott|sofitel|novotel|ibis|mercure|radisson|hyatt|four seasons|"
    r"ritz|intercontinental|holiday inn|premier inn|campanile|kyriad|pullman|westin|sheraton|"
    r"savoy|shangri-la|mandarin oriental|peninsula|(?:his|her|son|their|leur) airbnb)\b"
)
#: one of the organisation's executives
EXECUTIVE = re.compile(
    r"\b(?:our|notre|nos|my|mon|ma|the|la|le|la nouvelle|le nouveau) (?:ceo|pdg|dg|founder|"
    r"co-?founder|fondatrice|fondateur|cofondatrice|cofondateur|president|presidente|"
    r"directrice|directeur general|directrice generale|boss|patronne|patron|cfo|coo|cto|"
    r"chairman|chairwoman|chair|managing director|dirigeante?|big boss|daf|"
    # round 16 (sweep): the other members of the board ("notre directeur commercial", "our
    # head of sales", "la DRH")
    r"(?:directeur|directrice) (?:commercial|commerciale|financier|financiere|marketing|"
    r"technique|des ventes|general adjoint|generale adjointe)|drh|head of (?:sales|marketing|"
    r"finance|hr)|sales director|finance director|vp(?: of)? (?:sales|marketing|finance))\b"
)
#: where in the hotel, or for how long
ROOM_OR_SPAN = re.compile(
    r"\b(?:(?:corner|top-floor|top floor|end|same|usual|executive|presidential|penthouse) "
    r"(?:room|suite)|(?:room|suite|chambre) (?:on|at|au|du|sur) (?:the )?(?:\d+|top|dernier)|"
    r"\d+(?:st|nd|rd|th|e|eme|er) (?:floor|etage)|(?:floor|etage) \d+|chambre d'angle|"
    r"suite (?:presidentielle|royale)|dernier etage|top floor|penthouse|"
    r"all week|toute la semaine|this week|cette semaine|all weekend|tout le week-?end|"
    r"(?:until|till|jusqu'(?:a|au)) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|the \d+|le \d+|demain|tomorrow)|"
    r"tonight|ce soir|every night|chaque (?:nuit|soir))\b"
)
#: a hotel as a venue or an offer, a town hall, a stay told afterwards
STAY_NOT = re.compile(
    r"\b(?:conferences?|conference|keynotes?|talks?|panels?|speaks?|speaking|intervient|"
    r"intervention|venue|attendees|participants|book|booking|reservez|reserver|tarifs?|rates?|"
    r"promo\w*|offer|offre|seminaire|seminar|gala|salon|trade ?show|last (?:year|month)|"
    r"l'an dernier|l'annee derniere)\b"
)


class HotelStay(ShapeRules):
    """An executive's stay told by the hotel, the room and the length (round 15, structural)."""

    name = "hotel_stay"
    version = "1.0"
    categories = (Category.PERSONAL_SECURITY,)
    directions = ("outbound", "inbound")
    description = (
        "An executive's hotel stay told by the hotel's name, the room or floor and how long: "
        "thanks to the hotel for looking after our CEO all week, corner room on the 5th floor."
    )
    SHAPES = (
        Shape(
            id="executive_hotel_stay",
            kind="travel.hotel",
            category=Category.PERSONAL_SECURITY,
            severity=Severity.HIGH,
            directions=("outbound", "inbound"),
            parts=(EXECUTIVE, HOTEL_NAMED, ROOM_OR_SPAN),
            cues=(
                "ceo", "pdg", "dg", "founder", "cofounder", "co-founder", "fondatrice",
                "fondateur", "cofondatrice", "cofondateur", "president", "présidente",
                "directrice", "directeur général", "boss", "patronne", "patron", "cfo", "coo",
                "cto", "chairman", "chairwoman", "chair", "managing director", "dirigeant*",
                "daf", "directeur", "drh", "head of", "sales director", "finance director", "vp",
            ),
            unless=STAY_NOT,
            window=200,
            explanation={
                "en": "An executive's hotel, room and stay told in public (“{found}”): the hotel, "
                "the floor or the length of the stay tell anyone where to find the person, and "
                "when. Post about trips afterwards, without the hotel or the room.",
                "fr": "L'hôtel, la chambre et le séjour d'un dirigeant publiés (« {found} ») : "
                "l'hôtel, l'étage ou la durée du séjour disent à tous où trouver la personne, et "
                "quand. Parlez des voyages après coup, sans l'hôtel ni la chambre.",
            },
        ),
    )
