"""Travel: flight and train numbers, seats, hotel rooms, airports, hotel stays.

Rules ``travel.*`` of ``lexicons/personal_security.toml`` (presence at an airport, a hotel stay)
and three patterns:

- a flight number ("AF 1234", "BA123", "LH 400", "vol TO 3456") with a word of air travel
  within ``CONTEXT_WINDOW`` characters ("vol", "flight", "boarding", "gate", "aéroport"...):
  "vol de vélo" has no flight number, "LH 400 lumens" no word of air travel;
- a room number ("chambre 412", "room #1204") with a hotel within ``CONTEXT_WINDOW``
  characters ("hôtel", "Ritz", "Hilton"...; not "hôtel de ville");
- an airport (code in capitals, "CDG", or name, "Roissy", "Heathrow") right after a word of
  going or presence ("heading to", "en route pour", "direction", "landing at", "is at");
- a train number ("TGV 6607", "Eurostar 9014") or a car and seat ("voiture 12 place 45");
- a route between two airport codes in capitals ("CDG→JFK", "LYS - LHR").

A room number counts near a hotel, or near a verb of staying with two digits at least ("dort
juste au-dessus, ch. 512", "staying room 1412"); rooms may be plural ("chambres 318 et 320").

Round 12 (structural): a flight number of a known airline, in capitals, next to a clock time
(``FLIGHT_CLOCK_GAP`` characters) in a post with a word of leaving ("Il repart demain pour
Montréal (AC871, 10h25)", "flies home Sunday, BA 305 at 7.40am"), with no word of air travel;
a room number in a care home or a hospital ("sa mère est à l'EHPAD Les Tilleuls, chambre 112",
"Dad's in room 214 at St Mary's hospital"), kind ``whereabouts.location``; a person's stay in a
hospital or a clinic with its start or end ("dès demain je serai à l'hôpital Édouard-Herriot",
"she'll be in hospital until March"), kind ``whereabouts.absence``.

Medium for anyone, high next to one of the profile's people (see :mod:`.exposure`). Flight and
room numbers are masked in excerpts. A customer's hotel review (inbound, no person of the
profile) is not flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ....models import Category, Finding, Severity
from ....profile import Profile
from ...lexicon import Gate
from ...matching import PhraseMatch, PhraseMatcher, SpanIndex
from ...word_lists import word_list
from ..base import Context
from .exposure import ExposureRules


class Travel(ExposureRules):
    name = "travel"
    version = "1.0"
    categories = (Category.PERSONAL_SECURITY,)
    description = (
        "Travel plans: flight numbers, hotel rooms, airports, hotel stays "
        "(high for the profile's people)."
    )

    #: IATA codes of airlines that are not also common words ("to", "et", "sa", "la", "ok"...)
    AIRLINES = (
        "af", "kl", "ba", "lh", "ib", "vy", "u2", "ezy", "fr", "w6", "dy", "d8", "tp", "sk", "ay",
        "lx", "sn", "ei", "az", "a3", "tk", "ek", "qr", "ey", "sq", "cx", "jl", "nh", "qf", "ua",
        "dl", "aa", "b6", "wn", "ac", "ws", "ly", "et", "kq", "ke", "oz", "ca", "mu", "cz", "ai",
        "av", "cm", "nz", "vs", "ux", "xk", "tx", "ss", "bf", "tu", "hv", "to", "lo", "ek", "ms",
        "wf", "fi", "lg", "bt", "ro", "ju", "ok", "ps", "pc", "mh", "tg", "vn", "ga", "pr",
    )
    #: codes that are also words: counted only right after "vol" / "flight" or in capitals
    WORD_LIKE = frozenset(
        ("fr", "et", "to", "lo", "ms", "ok", "ai", "ca", "ss", "ga", "pr", "tu", "ps", "pc", "av")
    )
    FLIGHT = re.compile(
        r"(?<![a-z0-9])(?:(?P<word>vol|flight|flt|vuelo|flug)\s{1,3}(?:n[o°]\.?\s{0,2}|#\s{0,2})?)?"
        r"(?P<code>[a-z][a-z0-9]|[0-9][a-z]|ezy)\s?(?P<number>\d{1,4})(?![a-z0-9])"
        # a measure is no flight: "LH 400 lumens", "AF 12 W"
        r"(?!\s?(?:lumens?|lm|w|watts?|kelvin|k|mah|v|volts?|cm|mm|kg|%|€|eur)\b)"
    )
    #: words of air travel, one of which must be near a flight number
    AIR_WORDS = (
        "vol", "vols", "flight", "flights", "flt", "fly", "flies", "flying", "flew", "boarding",
        "she's on", "he's on", "i'm on", "we're on", "prend le", "takes the", "embarquement",
        "embarque*",
        "gate", "terminal", "décoll*", "atterri*", "takeoff", "take off", "landing", "lands",
        "landed", "aéroport", "airport", "avion", "plane", "departure", "arrivée", "arrival",
        "escale", "layover", "correspondance", "connecting", "check in", "check-in",
        "enregistrement",
        # round 24 (train-x): the airport lounge of a booking confirmation ("SQ335 on 3 Nov,
        # lounge access confirmed")
        # (not "lounge" alone: a gate's lounge where lamps are shown is no trip, round 19)
        "lounge access", "salon business", "accès salon",
    )
    PLANE_EMOJI = "\u2708"
    #: words of a stay, which with the air and hotel words above are in every phrase of the
    #: lexicon's travel rules (the lexicon is not searched in a post without any of them)
    STAY_WORDS = (
        "séjourne", "staying", "checked in", "checked into", "dort", "dors", "sleeps",
        "sleeping", "logé", "logée", "loge", "logent", "restent", "check-in", "dormira",
        "dormirai", "parked", "garée", "garé",
        # round 10: the view from someone's room ("vue depuis la chambre de Claire")
        "depuis la chambre", "depuis sa chambre", "de sa chambre", "from her room",
        "from his room",
    )
    #: holiday lodgings and leadership retreats, the cue words of rules ``travel.lodging`` and
    #: ``travel.retreat``
    LODGING_WORDS = (
        "airbnb", "chalet", "gîte", "villa", "cottage", "holiday home", "holiday let",
        "maison de vacances", "résidence secondaire", "location de vacances", "mobil-home",
        "cabin", "cabane", "bungalow", "retreat", "séminaire", "offsite", "off-site", "comex",
        "codir",
    )
    #: round 10, second pass: the cue words of a person's booking, itinerary or usual hotel
    #: (rules ``travel.person_flight``, ``travel.stay_detail`` and the phrases added to
    #: ``travel.hotel``); only the lexicon's pre-filter, not the room numbers, counts them
    PLAN_WORDS = (
        "itinerary", "itinéraire", "booking", "booked", "descend", "stays", "checking in",
        "checks in", "s'enregistre", "room with a view", "chambre avec vue", "chambre qui donne",
        "room overlooking", "suite overlooking", "suite avec vue", "suite on the", "sa suite",
        "her suite", "his suite", "la suite", "the suite", "sa chambre", "her room", "his room",
    )
    #: a route between two airport codes: "CDG→JFK", "LYS - LHR"
    ROUTE = re.compile(r"(?<![A-Za-z])([A-Z]{3}) ?(?:→|->|>|–|-|✈️?) ?([A-Z]{3})(?![A-Za-z])")
    #: a train and its number, or a car and seat ("TGV 6607", "voiture 12 place 45")
    RAIL_WORDS = (
        "tgv", "ter", "ouigo", "intercités", "eurostar", "thalys", "train", "voiture", "coach",
    )
    TRAIN = re.compile(
        r"(?<![a-z0-9])(?P<word>tgv|ter|ouigo|intercites|eurostar|thalys|train)\s{1,3}"
        r"(?:n[o°]\.?\s{0,2})?(?P<number>\d{3,5})(?![\d])"
        r"|(?<![a-z])(?P<car>voiture|coach|car)\s{0,2}(?P<car_number>\d{1,2})[\s,]{1,3}"
        r"(?:place|seat|siege)\s{0,2}(?P<seat>\d{1,3}[a-z]?)(?![a-z0-9])"
    )
    #: round 10 (training set l): a boarding gate with its number ("gate F32", "porte
    #: d'embarquement 21"), reported as presence at the airport
    GATE = re.compile(
        r"(?<![a-z0-9])(?:gate|porte d'embarquement|porte d embarquement)\s{0,2}"
        # round 19: "gate's usually B2" (folded: "gate s usually b2")
        r"(?:['’ ]?s (?:usually|always|normally|generally|often) )?"
        r"(?P<number>[a-z]?\d{1,3}[a-z]?)(?![a-z0-9])"
    )
    #: a clock time ("7h05", "07:05", "6.40am") near a gate number: a departure
    CLOCK = re.compile(r"(?<![\d])\d{1,2}(?:h\d{2}|:\d{2}|\.\d{2} ?[ap]m)(?![\d])")
    #: a gate that is no boarding gate: a site's, a venue's, a car park's
    NOT_BOARDING_GATE = re.compile(
        r"\b(?:warehouse|entrepots?|stade|stadium|parking|car park|usine|factory|site|festival|"
        r"concert|salon|hall|arena|deliver\w*|livraisons?|campus|school|ecole|residence|garden|"
        r"jardin)\b"
    )
    #: words of a room number, and of a hotel near it
    ROOM_WORDS = ("chambre", "chambres", "room", "rooms", "suite", "suites", "ch")
    HOTEL_WORDS = (
        "hôtel", "hotel", "hotels", "ritz", "hilton", "marriott", "novotel", "ibis", "sofitel",
        "hyatt", "sheraton", "mercure", "radisson", "intercontinental", "four seasons",
        "pullman", "motel", "palace", "airbnb", "auberge", "resort", "mandarin oriental",
        "peninsula", "shangri-la", "crowne plaza", "holiday inn", "best western", "kyriad",
        "campanile", "bellagio", "venetian", "caesars", "wynn", "mgm grand", "mandalay bay",
        "waldorf", "savoy", "fairmont", "kempinski", "raffles", "st regis", "westin",
        "méridien", "premier inn", "travelodge", "mama shelter", "citizenm",
    )
    ROOM = re.compile(
        r"(?<![a-z0-9])(?P<word>chambre|room|suite|ch\.)s?\s{0,3}(?:n[o°]\.?\s{0,2}|#\s{0,2}|"
        r"numero\s{1,2}|number\s{1,2}|no\.?\s{1,2})?(?P<number>\d{1,5})(?![\d])"
    )
    #: "hôtel" that is not a hotel: city hall, auction house, mansion, police station, hospital
    NOT_HOTEL = re.compile(
        r"[\s\-]{1,3}(?:de\s{1,3}ville|des\s{1,3}ventes|de\s{1,3}r[ée]gion|de\s{1,3}police|"
        r"particulier|dieu)",
        re.IGNORECASE,
    )
    CONTEXT_WINDOW = 50
    #: words of going, before an airport ("heading to CDG", "direction Roissy")
    GOING = (
        "heading to", "headed to", "en route pour", "en route vers", "direction", "landing at",
        "landed at", "landing in", "landed in", "flying to", "flying from", "flying into",
        "flying out of", "departing from", "arrive à", "arrivée à", "j'arrive à", "atterrit à",
        "atterris à", "atterrissage à", "décolle de", "décollage de", "départ de", "vol pour",
        "vol vers", "flight to", "flight from", "layover in", "escale à", "transit à",
        "on my way to", "on our way to", "off to", "bound for", "je pars pour", "je file à",
        "à l'aéroport de", "at the airport in", "passing through", "is at", "est à", "sera à",
        "will be at", "je suis à", "i'm at", "stuck at", "coincé à", "coincée à", "bloqué à",
        "bloquée à", "arrived at", "arrivé à",
    )
    #: airport names, and codes that count only in capitals
    AIRPORT_NAMES = (
        "roissy", "charles de gaulle", "roissy charles de gaulle", "orly", "heathrow",
        "gatwick", "stansted", "luton", "schiphol", "la guardia", "laguardia", "newark",
        "o'hare", "changi", "narita", "haneda", "zaventem", "cointrin", "fiumicino", "malpensa",
        "barajas", "el prat", "nice côte d'azur", "saint-exupéry", "marignane", "blagnac",
        "mérignac", "lesquin", "entzheim", "euroairport", "dulles", "pearson",
    )
    AIRPORT_CODES = (
        "CDG", "ORY", "LHR", "LGW", "STN", "LTN", "JFK", "LGA", "EWR", "LAX", "SFO", "ORD", "ATL",
        "BOS", "IAD", "MIA", "SEA", "AMS", "FRA", "MUC", "MAD", "BCN", "FCO", "MXP", "LIS", "DUB",
        "BRU", "GVA", "ZRH", "VIE", "CPH", "ARN", "OSL", "HEL", "IST", "DXB", "DOH", "AUH", "SIN",
        "HKG", "NRT", "HND", "ICN", "PEK", "PVG", "SYD", "MEL", "YUL", "YYZ", "YVR", "GRU", "EZE",
        "MEX", "JNB", "CMN", "TUN", "ALG", "DSS", "NCE", "LYS", "MRS", "TLS", "BOD", "NTE", "BSL",
        "MPL", "BIQ", "LIL", "RNS", "SXB", "AJA", "BIA", "PTP", "FDF", "RUN", "BER", "TXL",
    )
    GOING_GAP = 25
    # -- round 12 (structural) -----------------------------------------------------------------
    #: words of leaving or coming back: with them, a flight number next to a clock time counts
    #: without a word of air travel ("repart demain pour Montréal (AC871, 10h25)")
    LEAVE_WORDS = (
        "repart", "repartent", "repartira", "s'envole", "s'envolent", "rentre", "rentrent",
        "part demain", "part pour", "part ce soir", "leaves for", "leaves tomorrow",
        "flies out", "flies home", "heads back", "heading back", "returns", "back in",
    )
    #: a clock time right after the flight number, or right before it ("AC871, 10h25", "BA 305
    #: at 7.40am", "10h25 : AC871"), on the folded text
    CLOCK_AFTER = re.compile(r"[\s,;/@(]{0,3}(?:(?:at|a|dep\.?|depart)\s)?" + CLOCK.pattern)
    CLOCK_BEFORE = re.compile(CLOCK.pattern + r"[\s,;:/@()-]{0,4}$")
    FLIGHT_CLOCK_GAP = 12
    #: a care home, a hospital, a clinic (``lexicons/care_places.txt``, shared with
    #: postal_address): a room number there tells where a patient lies
    #: and a hospital ward, said near a relative only (an electoral ward has no rooms)
    CARE_WORDS = (*word_list("care_places.txt"), "ward")
    #: a person's stay in a hospital, said with its subject (the writer or a third person)
    CARE_STAY = re.compile(
        r"\b(?:je serai|je suis|j'entre|j'y serai|i'?ll be|i will be|i'?m|(?:il|elle) (?:sera|est"
        r"|entre|restera)|(?:he|she)(?:'ll| will) be|(?:he|she) is|(?:he|she)'s)"
        r" (?:(?:hospitalisee?|admise?|operee?|soignee?)\b|(?:a|dans) (?:l'hopital|la clinique"
        r"|une clinique|un hopital)|en (?:clinique|reanimation|soins intensifs)|in (?:the )?"
        r"(?:hospital|icu|intensive care)|at (?:the )?(?:[\w-]+ ){0,2}(?:hospital|clinic)"
        r"|admitted)"
    )
    #: ...with its start or end ("dès demain", "jusqu'à février", "from Monday", "until March")
    CARE_BOUND = re.compile(
        r"\b(?:demain|tomorrow|des (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le \d+)"
        r"|jusqu'(?:a|au|en)|until|till|from (?:monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday|tomorrow|the \d+)|la semaine prochaine|next week|pour (?:\d+|deux|"
        r"trois|quatre|quelques) (?:jours|semaines|mois)|for (?:\d+|two|three|four|a few) "
        r"(?:days|weeks|months))\b"
    )
    CARE_WINDOW = 80
    #: a room in a care home counts for a relative placed there ("ma mère", "my dad"), not for
    #: a ward's own news: a closed list of family words, on the folded text
    RELATIVE = re.compile(
        r"\b(?:mere|pere|maman|papa|grand-mere|grand-pere|grand mere|grand pere|mamie|mamy|papi"
        r"|papy|mari|femme|epouse|epoux|fils|fille|frere|soeur|oncle|tante|beau-pere|belle-mere"
        r"|mother|father|mum|mom|dad|grandma|grandmother|grandpa|grandfather|granny|gran|nan|nana"
        r"|husband|wife|son|daughter|brother|sister|uncle|aunt|mother-in-law|father-in-law)\b"
    )
    #: a patient's room or stay posted by a relative in a reply is kept, at medium (a
    #: vulnerable person exposed on the organisation's page)
    INBOUND_RULES = frozenset(
        ("personal_security.travel.care_room", "personal_security.travel.care_stay")
    )
    CARE_EXPLANATIONS = {
        "en": (
            "Where a patient can be found (“{masked}”): a room in a care home or a hospital, or "
            "a stay there with its dates, tells anyone where a vulnerable person lies, and that "
            "their home is empty. Remove the place or the room."
        ),
        "fr": (
            "Où trouver un patient (« {masked} ») : une chambre d'EHPAD ou d'hôpital, ou un "
            "séjour avec ses dates, dit à tous où se trouve une personne vulnérable, et que son "
            "domicile est vide. Retirez le lieu ou la chambre."
        ),
    }

    EXPLANATIONS = {
        "en": (
            "Travel details published (“{masked}”): a flight number, a hotel room or an airport "
            "with a time tells anyone where a person will be, and that their home may be empty. "
            "Post about trips afterwards, without these details."
        ),
        "fr": (
            "Détails de voyage publiés (« {masked} ») : un numéro de vol, une chambre d'hôtel "
            "ou un aéroport dit à tous où sera la personne, et que son domicile est peut-être "
            "vide. Parlez des voyages après coup, sans ces détails."
        ),
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._airlines = frozenset(self.AIRLINES)
        cues = [(w, "air") for w in self.AIR_WORDS] + [(w, "going") for w in self.GOING]
        cues += [(w, "room") for w in self.ROOM_WORDS] + [(w, "hotel") for w in self.HOTEL_WORDS]
        cues += [(w, "rail") for w in self.RAIL_WORDS] + [(w, "stay") for w in self.STAY_WORDS]
        cues += [(w, "stay") for w in self.LODGING_WORDS]
        cues += [(w, "plan") for w in self.PLAN_WORDS]
        cues += [(w, "leave") for w in self.LEAVE_WORDS] + [(w, "care") for w in self.CARE_WORDS]
        self._cues: PhraseMatcher[str] = PhraseMatcher(cues)
        self._airport_codes = frozenset(self.AIRPORT_CODES)
        self._airports: PhraseMatcher[bool] = PhraseMatcher(
            [(n, False) for n in self.AIRPORT_NAMES] + [(c, True) for c in self.AIRPORT_CODES]
        )

    #: what :meth:`detect` needs besides a cue word: the plane emoji or an arrow (a route)
    GATE_CHARS = (PLANE_EMOJI, "→", "->")

    def gate(self) -> Gate:
        """Nothing without a cue word (every phrase of the travel rules holds one), the plane
        emoji or an arrow: :meth:`detect` stops there."""
        return Gate((self._cues,), chars=self.GATE_CHARS)

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        return super().analyze(ctx)

    def detect(self, ctx: Context) -> Iterable[Finding]:
        cues: dict[str, list[PhraseMatch[str]]] = {}
        for cue in self._cues.find(ctx.normalized):
            cues.setdefault(cue.payload, []).append(cue)
        arrow = "→" in ctx.text or "->" in ctx.text
        if not cues and self.PLANE_EMOJI not in ctx.text and not arrow:
            return  # every phrase of the travel rules holds a cue word: nothing to find
        yield from super().detect(ctx)
        # FLIGHT, GATE, ROOM, FLOOR and TRAIN (on the folded text) all need a digit
        numbered = _DIGIT.search(ctx.normalized.folded) is not None
        if numbered and ("air" in cues or "leave" in cues or self.PLANE_EMOJI in ctx.text):
            yield from self._flights(ctx, cues.get("air", []), clocked="leave" in cues)
        if "care" in cues:
            yield from self._care(ctx, cues["care"])
        if numbered and "air" in cues:
            yield from self._gates(ctx, cues["air"])
        if numbered and "room" in cues and ("hotel" in cues or "stay" in cues):
            yield from self._rooms(ctx, cues.get("hotel", []), cues.get("stay", []))
        elif numbered and "hotel" in cues and "stay" in cues:
            yield from self._floors(ctx, cues["hotel"])  # round 19
        if arrow or "air" in cues:
            yield from self._routes(ctx)
        if "going" in cues:
            yield from self._airports_ahead(ctx, cues["going"])
        if numbered and "rail" in cues:
            yield from self._trains(ctx)

    def _flights(
        self, ctx: Context, air: list[PhraseMatch[str]], clocked: bool = False
    ) -> Iterator[Finding]:
        norm = ctx.normalized
        spans = [(a.start, a.end, True) for a in air]
        if self.PLANE_EMOJI in ctx.text:
            spans += [(i, i + 1, True) for i, c in enumerate(ctx.text) if c == self.PLANE_EMOJI]
        near_air = SpanIndex(spans)
        for m in self.FLIGHT.finditer(norm.folded):
            start, end = norm.to_original(m.start("code"), m.end())
            if not self._is_flight(ctx, m, near_air, start, end) and not (
                clocked and self._flight_at_clock(ctx, m, start)
            ):
                continue
            code = m.group("code")
            masked = f"{code.upper()} {'*' * len(m.group('number'))}"
            yield self._travel(ctx, "travel.flight", start, end, masked, "flight_number")

    def _gates(self, ctx: Context, air: list[PhraseMatch[str]]) -> Iterator[Finding]:
        """A gate number next to another word of flying or a clock time ("le 7h05 pour
        Francfort, gate F32"); a stadium's or a warehouse's gate has neither."""
        norm = ctx.normalized
        folded = norm.folded
        for m in self.GATE.finditer(folded):
            around = (max(0, m.start() - self.CONTEXT_WINDOW), m.end() + self.CONTEXT_WINDOW)
            if self.NOT_BOARDING_GATE.search(folded, *around):
                continue
            start, end = norm.to_original(m.start(), m.end())
            boarding = (
                m.group(0).startswith("porte")
                or self.CLOCK.search(folded, *around)
                or (  # round 19: "Saint-Exupéry gate 22", not our lamps shown at a gate
                    self._at_airport(ctx, *around)
                    and not self.GATE_SHOWCASE.search(folded, *around)
                    and not self.INVITATION.search(folded)
                )
            )
            if not boarding and not any(
                (a.end <= start or a.start >= end)
                and min(abs(a.start - end), abs(start - a.end)) <= self.CONTEXT_WINDOW
                for a in air
            ):
                continue
            masked = f"gate {'*' * len(m.group('number'))}"
            yield self._travel(ctx, "travel.airport", start, end, masked, "gate")

    #: round 19: a gate as a place where things are shown or sold, not where someone boards
    GATE_SHOWCASE = re.compile(
        r"\b(?:lounges?|shops?|boutiques?|stores?|pop-?up|kiosks?|kiosques?|stands?|displays?|"
        r"vitrines?|ads?|pubs?|installation|lamps?|lampes?|luminaires?|products?|produits?|"
        r"come see|venez voir)\b"
    )

    def _at_airport(self, ctx: Context, lo: int, hi: int) -> bool:
        """Round 19: an airport (a name, or a code in capitals) within ``lo``…``hi`` of the
        folded text ("claire just walked past me at Lyon-Saint-Exupéry gate 22")."""
        return any(
            lo <= a.fstart
            and a.fend <= hi
            and (not a.payload or ctx.text[a.start : a.end].isupper())
            for a in self._airports.find(ctx.normalized)
        )

    def _trains(self, ctx: Context) -> Iterator[Finding]:
        norm = ctx.normalized
        for m in self.TRAIN.finditer(norm.folded):
            start, end = norm.to_original(m.start(), m.end())
            if m.group("word"):
                masked = f"{m.group('word').upper()} {'*' * len(m.group('number'))}"
            else:
                seat = "place" if m.group("car") == "voiture" else "seat"
                masked = f"{m.group('car')} ** {seat} **"
            yield self._travel(ctx, "travel.train", start, end, masked, "train")

    def _is_flight(
        self, ctx: Context, m: re.Match[str], air: SpanIndex[bool], start: int, end: int
    ) -> bool:
        code = m.group("code")
        known = code in self._airlines
        capitals = ctx.text[start : start + len(code)].isupper()
        if m.group("word"):  # "vol AF 1234", "flight XY 12": any code, in capitals if unknown
            return (known and code not in self.WORD_LIKE) or capitals
        if not known or (code in self.WORD_LIKE and not capitals):
            return False
        return air.nearest(start, end, self.CONTEXT_WINDOW) is not None

    def _flight_at_clock(self, ctx: Context, m: re.Match[str], start: int) -> bool:
        """Round 12: a known airline's code in capitals, not a word, with a clock time right
        next to it ("(AC871, 10h25)", "BA 305 at 7.40am")."""
        code = m.group("code")
        if code not in self._airlines or code in self.WORD_LIKE:
            return False
        if not ctx.text[start : start + len(code)].isupper():
            return False
        folded = ctx.normalized.folded
        gap = self.FLIGHT_CLOCK_GAP
        if self.CLOCK_AFTER.match(folded, m.end(), m.end() + gap) is not None:
            return True
        return self.CLOCK_BEFORE.search(folded[max(0, m.start() - gap) : m.start()]) is not None

    def _care(self, ctx: Context, care: list[PhraseMatch[str]]) -> Iterator[Finding]:
        """Round 12: a room number near a care home or a hospital; or a person's stay in a
        hospital with its start or end. One finding."""
        norm = ctx.normalized
        folded = norm.folded
        near_care = SpanIndex((c.start, c.end, c) for c in care)
        for m in self.ROOM.finditer(folded):
            start, end = norm.to_original(m.start(), m.end())
            if near_care.nearest(start, end, self.CONTEXT_WINDOW) is None:
                continue
            lo, hi = max(0, m.start() - self.CARE_WINDOW), m.end() + self.CARE_WINDOW
            if self.RELATIVE.search(folded, lo, hi) is None:
                continue
            masked = f"{m.group('word')} {'*' * len(m.group('number'))}"
            yield self._care_finding(ctx, "whereabouts.location", start, end, masked, "care_room")
            return
        for stay in self.CARE_STAY.finditer(folded):
            lo, hi = max(0, stay.start() - self.CARE_WINDOW), stay.end() + self.CARE_WINDOW
            if self.CARE_BOUND.search(folded, lo, hi) is None:
                continue
            start, end = norm.to_original(stay.start(), stay.end())
            found = ctx.text[start:end]
            yield self._care_finding(ctx, "whereabouts.absence", start, end, found, "care_stay")
            return

    def _care_finding(
        self, ctx: Context, kind: str, start: int, end: int, masked: str, rule: str
    ) -> Finding:
        return self.finding(
            ctx,
            category=Category.PERSONAL_SECURITY,
            kind=kind,
            severity=Severity.MEDIUM,
            span=(start, end),
            excerpt=masked,
            rule=f"personal_security.travel.{rule}",
            matched=masked,
            score=0.75,
            templates=self.CARE_EXPLANATIONS,
            masked=masked,
        )

    def _rooms(
        self, ctx: Context, hotels: list[PhraseMatch[str]], stays: list[PhraseMatch[str]]
    ) -> Iterator[Finding]:
        """Room numbers near a hotel, or near a verb of staying ("dort… ch. 512", "staying room
        1412"): with a verb only, the number has two digits at least (not "chambre 2")."""
        norm = ctx.normalized
        near_hotel = SpanIndex(
            (h.start, h.end, h) for h in hotels if not self.NOT_HOTEL.match(ctx.text, h.end)
        )
        near_stay = SpanIndex((h.start, h.end, h) for h in stays)
        for m in self.ROOM.finditer(norm.folded):
            start, end = norm.to_original(m.start(), m.end())
            if near_hotel.nearest(start, end, self.CONTEXT_WINDOW) is None and (
                len(m.group("number")) < 2
                or near_stay.nearest(start, end, self.CONTEXT_WINDOW) is None
            ):
                continue
            masked = f"{m.group('word')} {'*' * len(m.group('number'))}"
            yield self._travel(ctx, "travel.hotel_room", start, end, masked, "hotel_room")

    # -- round 19: the floor of someone's hotel ------------------------------------------------
    #: a floor ("5e étage", "the 12th floor", "floor 12"), on the folded text
    FLOOR = re.compile(
        r"(?<![a-z0-9])(?:(?P<number>\d{1,2}) ?(?:e|eme|er|th|st|nd|rd)? (?:etage|floor)|"
        r"floor (?P<after>\d{1,2}))(?![a-z0-9])"
    )
    FLOOR_WINDOW = 90

    def _floors(self, ctx: Context, hotels: list[PhraseMatch[str]]) -> Iterator[Finding]:
        """Round 19: a floor near a hotel in a post with a verb of staying ("la PDG loge au
        palace de l'avenue Hoche jusqu'à jeudi, demandez le 5e étage à la réception")."""
        norm = ctx.normalized
        near_hotel = SpanIndex(
            (h.fstart, h.fend, h) for h in hotels if not self.NOT_HOTEL.match(ctx.text, h.end)
        )
        for m in self.FLOOR.finditer(norm.folded):
            if near_hotel.nearest(m.start(), m.end(), self.FLOOR_WINDOW) is None:
                continue
            start, end = norm.to_original(m.start(), m.end())
            number = m.group("number") or m.group("after")
            masked = f"floor {'*' * len(number)}"
            yield self._travel(ctx, "travel.hotel_room", start, end, masked, "hotel_floor")
            return

    def _routes(self, ctx: Context) -> Iterator[Finding]:
        """Two airport codes joined by an arrow or a dash: "CDG→JFK", "LYS - LHR"."""
        codes = self._airport_codes
        for m in self.ROUTE.finditer(ctx.text):
            if m.group(1) in codes and m.group(2) in codes:
                found = m.group()
                yield self._travel(ctx, "travel.airport", m.start(), m.end(), found, "route")

    #: round 12 (precision, blind10): a numbered booth or stand at a show, with an invitation to
    #: come: the team's presence is a public announcement, not a private trip ("Just landed at
    #: LHR for the trade show. Booth C14 all week, come say hi")
    PUBLIC_BOOTH = re.compile(r"\b(?:booth|stand|hall) (?:n(?:o|°)\.? ?)?[a-z]?\d{1,4}[a-z]?\b")
    INVITATION = re.compile(
        r"\b(?:come (?:say hi|say hello|see us|visit us|by)|visit us|drop by|stop by|find us|"
        r"venez (?:nous voir|nous dire bonjour|nous rencontrer)|passez nous voir|retrouvez[ -]nous|"
        r"rendez-vous sur (?:le|notre) stand)\b"
    )

    def _public_booth(self, folded: str) -> bool:
        return bool(self.PUBLIC_BOOTH.search(folded)) and bool(self.INVITATION.search(folded))

    def _airports_ahead(self, ctx: Context, going: list[PhraseMatch[str]]) -> Iterator[Finding]:
        near_going = SpanIndex((g.fstart, g.fend, g) for g in going)
        public: bool | None = None
        for airport in self._airports.find(ctx.normalized):
            if airport.payload and not ctx.text[airport.start : airport.end].isupper():
                continue
            verb = near_going.nearest(airport.fstart, airport.fend, self.GOING_GAP)
            if verb is None or verb.fend > airport.fstart:
                continue
            if public is None:
                public = self._public_booth(ctx.normalized.folded)
            if public:
                continue
            found = ctx.text[verb.start : airport.end]
            yield self._travel(ctx, "travel.airport", verb.start, airport.end, found, "airport")

    def _travel(
        self, ctx: Context, kind: str, start: int, end: int, masked: str, rule: str
    ) -> Finding:
        return self.finding(
            ctx,
            category=Category.PERSONAL_SECURITY,
            kind=kind,
            severity=Severity.MEDIUM,
            span=(start, end),
            excerpt=masked,
            rule=f"personal_security.travel.{rule}",
            matched=masked,
            score=0.8,
            masked=masked,
        )


#: a digit (a module global: a single character gives the class prefilter nothing to test)
_DIGIT = re.compile(r"\d")
