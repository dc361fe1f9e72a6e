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

# -- round 19 (structural, train-q/r/s/t): an executive's routine, an executive's trip ------------
#: one of our executives or a member of staff named by their job (wider than EXECUTIVE: "our
#: area manager", "notre CMO", "la boss")
STAFF_ROLE = re.compile(
    EXECUTIVE.pattern[:-3]
    + r"|cmo|chro|cio|area manager|regional manager|store manager|office manager|"
    r"responsable d'agence|chef d'agence|directrice d'agence|directeur d'agence|assistante? de "
    r"direction)\b"
)
#: a habit: a day or a time that comes back ("every Tuesday", "comme chaque dimanche", "tous les
#: lundis", "same time every week")
RECURRING = re.compile(
    r"\b(?:every (?:single )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"morning|evening|night|week|weekday|weekend)s?|(?:comme )?chaque (?:lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|matin|soir|semaine|week-?end)|tous les (?:lundis|mardis|"
    r"mercredis|jeudis|vendredis|samedis|dimanches|matins|soirs|week-?ends)|on (?:mondays|"
    r"tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)|le (?:lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche) (?:matin|soir)|same time every)\b"
)
#: a private place one can be found at (not an office or a shop of ours)
ROUTINE_PLACE = re.compile(
    r"\b(?:gym|salle de sport|piscine|swimming pool|pool|marche|market|cafe|coffee shop|mass|"
    r"boulangerie|bakery|bar|pub|parc|park|kiosque|club|golf|tennis|footing|jogging|run|"
    r"boxing|boxe|yoga|pilates|crossfit|church|eglise|mosquee|synagogue|temple|messe)\b"
)
#: a public event, a class taught or an invitation: no private routine
ROUTINE_NOT = re.compile(
    r"\b(?:atelier|workshop|webinar|masterclass|conference|keynote|talk|anime|hosts?|"
    r"animera|teaches|enseigne|dedicace|signing|live|stand|booth|venez|come (?:and )?(?:join|"
    r"meet|see)|join (?:us|him|her)|rejoignez|inscri\w*|register|sign up|opening hours|"
    r"horaires|ouvert\w*|open|opens|at the office|au bureau|for the team|pour l'equipe|"
    r"pour les equipes|instead|plutot|boutique|magasin|our shop|our store|notre agence)\b"
)
#: a trip's detail: the flight, the shuttle, the seat, the stopover, the hotel again
TRIP_DETAIL = re.compile(
    r"\b(?:\d shuttle|shuttle (?:to|for|at) |navette (?:de \d|pour|vers)|hublot|window seat|"
    r"aisle seat|(?:rang|row|seat|siege|place) \d{1,2}[a-k]?|"
    r"escale|layover|stopover|just landed|vient d'atterrir|atterrit|lands|"
    r"boarding|embarque\w*|vol de \d|flight at|meme (?:hotel|vol|hublot|siege)|same (?:hotel|"
    r"flight|seat))\b"
)
#: ... and its when: a clock, a day ahead, tonight, dates
TRIP_WHEN = re.compile(
    r"(?:\b\d{1,2}(?:h\d{0,2}|:\d{2}|\.\d{2} ?[ap]m|[ap]m)\b|\b(?:demain|tomorrow|ce soir|"
    r"tonight|cette nuit|le (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|on (?:monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday)s?|du \d{1,2} au \d{1,2}|from the \d{1,2}"
    r"(?:st|nd|rd|th)? to)\b)"
)
#: a trip told afterwards, a public appearance, an offer
TRIP_NOT = re.compile(
    r"\b(?:keynotes?|talks?|panels?|speaks?|speaking|intervient|intervention|conference|"
    r"webinar|book now|reservez|tarifs?|promo\w*|offer|offre|last (?:week|month)|"
    r"la semaine derniere|le mois dernier|guests|invites|visiteurs|plant tour|visite|autonome)\b"
)
_EXECUTIVE_CUES = (
    "ceo", "pdg", "dg", "founder", "cofounder", "co-founder", "fondatrice", "fondateur",
    "cofondatrice", "cofondateur", "president", "présidente", "directrice", "directeur général",
    "boss", "patronne", "patron", "cfo", "coo", "cto", "cmo", "chro", "cio", "chairman",
    "chairwoman", "chair", "managing director", "dirigeant*", "daf", "directeur", "drh",
    "head of", "sales director", "finance director", "vp", "manager", "responsable d agence",
    "chef d agence", "assistant de direction", "assistante de direction",
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
        # round 19: an executive's or a manager's routine at a private place ("Every Tuesday and
        # Thursday our area manager Tom does the 6am class at the gym", "croisé notre présidente
        # au marché du plateau, comme chaque dimanche")
        Shape(
            id="executive_routine",
            kind="whereabouts.executive_routine",
            category=Category.PERSONAL_SECURITY,
            severity=Severity.HIGH,
            directions=("outbound", "inbound"),
            parts=(STAFF_ROLE, RECURRING, ROUTINE_PLACE),
            cues=_EXECUTIVE_CUES,
            unless=ROUTINE_NOT,
            window=120,
            explanation={
                "en": "An executive's routine told in public (“{found}”): the day and the place "
                "they come back to tell anyone where to wait for them. Remove the day or the "
                "place.",
                "fr": "La routine d'un dirigeant publiée (« {found} ») : le jour et le lieu où il "
                "revient disent à tous où l'attendre. Retirez le jour ou le lieu.",
            },
        ),
        # round 19: an executive's trip told by its detail and its when ("la DRH et moi demain
        # soir, escale à Dubaï, rang 7", "je réserve à la boss le même hublot, la navette de 6h50
        # le lundi")
        Shape(
            id="executive_trip",
            kind="travel.executive_trip",
            category=Category.PERSONAL_SECURITY,
            severity=Severity.HIGH,
            directions=("outbound", "inbound"),
            parts=(STAFF_ROLE, TRIP_DETAIL, TRIP_WHEN),
            cues=_EXECUTIVE_CUES,
            unless=TRIP_NOT,
            window=120,
            explanation={
                "en": "An executive's trip told in public before or during it (“{found}”): the "
                "flight, the seat or the stopover and when tell anyone where to find the person. "
                "Post about trips afterwards, without these details.",
                "fr": "Le voyage d'un dirigeant publié avant ou pendant (« {found} ») : le vol, "
                "le siège ou l'escale et le moment disent à tous où trouver la personne. Parlez "
                "des voyages après coup, sans ces détails.",
            },
        ),
    )
