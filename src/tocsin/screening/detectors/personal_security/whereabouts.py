"""Whereabouts and schedules of people: alone somewhere, an empty home, an absence, a routine.

Rules ``whereabouts.*`` of ``lexicons/personal_security.toml``: "Claire sera seule au bureau ce
soir", "maison vide", "en vacances pour 3 semaines", "quitte le bureau à 19 h". Medium for
anyone, high next to one of the profile's people (see :mod:`.exposure`); where someone is right
now ("Claire est en ce moment au Café des Arts") only for the profile's people and, in outbound
posts, for staff named by their job ("notre comptable déjeune en ce moment au Bouchon").
Marketing for presence simulation ("Maison vide ? Nos lampes simulent votre présence"), closures
of shops and services ("la boutique est en congés jusqu'au 20 août") and advice to the reader are
not about anyone's whereabouts. A public appearance announced by the organisation ("our CEO will
speak at Vivatech on 12 June") is public by design and not flagged.

An itinerary is found in code: two days of the week or more, each followed by a capitalised place
("lundi Aix, mardi Toulon, mercredi Nice", "Mon Paris, Tue London"), within ``ITINERARY_SPAN``
characters, in a post that is no public tour, delivery round or shop schedule (``NOT_ITINERARY``).

Routines: the lexicon's habits (rules ``whereabouts.routine`` and ``whereabouts.routine_place``:
"tous les matins", "every evening", "au même endroit", "always leaves the office last") are kept
only with, within ``ROUTINE_WINDOW`` characters, a time ("à 8 h", "around 9pm", "18:30"), a place
("au café", "in Hyde Park", "le long du quai"), an activity ("footing", "swims") or a second habit
(a habit of place needs none of these), and a person:
one of the profile's people, staff named by their job, a capitalised first name of the shipped
list, a third-person pronoun or possessive ("elle", "son", "he", "her"), or the author in the
first person ("je serai au Café Comptoir tous les jeudis à 7h30"; inbound, only when they say
they go alone). "Claire prend son café
au même endroit tous les matins à 8 h" is a routine; "tous les matins à 9 h, notre service client
répond à vos questions" (opening hours, advice to the reader) and "Marc anime un atelier tous les
samedis à 14 h" (a public event) are not.

Round 11 (structural, :meth:`Whereabouts._shapes`, when no other rule fired): a place with a
routine and a person, someone alone with a time or dates, or an absence with its dates and a
place to go away to ("most Thursdays" near the CEO's name, "just me and the dog in Megève all of
December", "two quiet weeks at the family place near Perros-Guirec from Saturday").

Round 12 (structural, :meth:`Whereabouts._hidden_keys`): keys, a badge or a door code said to be
hidden in a named hiding place, a closed list ("les clés sont sous le pot de fleurs", "the spare
key's under the doormat", "le badge est dans la boîte aux lettres"): the way into a home or an
office, published. Kind ``whereabouts.empty_home``."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ....models import Category, Direction, Finding, Severity
from ....profile import Person, Profile
from ...lexicon import Gate
from ...matching import PhraseMatcher, SpanIndex, spaced_text
from ...normalize import NormalizedText
from ..base import Context
from ..pii.person_with_contact import first_names
from .exposure import ExposureRules


class Whereabouts(ExposureRules):
    name = "whereabouts"
    version = "1.0"
    categories = (Category.PERSONAL_SECURITY,)
    description = (
        "Whereabouts and schedules of people: alone somewhere, empty home, absences, routines "
        "(high for the profile's people)."
    )

    #: "est en ce moment au salon de Lyon, venez nous voir" is an invitation unless it is about
    #: one of the profile's people (or, outbound, a member of the staff)
    PERSON_ONLY_KINDS = frozenset({"whereabouts.location"})
    #: a customer announcing their own empty home or their trip in a public reply exposes
    #: themselves: kept at medium, to hide the reply
    INBOUND_FOR_ANYONE = True

    ROUTINE_KIND = "whereabouts.schedule"
    #: the lexicon's habits ("tous les matins", "every evening"; "au même endroit", "always the
    #: last to leave"), kept only as described in the module docstring
    ROUTINE_RULES = (
        "personal_security.whereabouts.routine", "personal_security.whereabouts.routine_place"
    )
    PLACE_HABIT = "personal_security.whereabouts.routine_place"
    #: a time of day, on the folded text
    TIME = re.compile(
        r"(?<![\w])(?:(?:[01]?\d|2[0-3]) ?(?:h|heures?)(?: ?[0-5]\d)?"
        r"|(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)? ?(?:am|pm|a\.m\.|p\.m\.)"
        r"|(?:[01]?\d|2[0-3])[:.][0-5]\d"
        r"|(?:at|vers|around|about|from|des|until|till|before|after) (?:[01]?\d|2[0-3])"
        r"(?!\d|[:.,]\d)"
        r"|midi|minuit|noon|midnight)(?![\w])"
    )
    #: a place after a preposition, one word between allowed ("au petit café", "in Hyde Park"),
    #: on the folded words joined by spaces
    PLACE = re.compile(
        r"\b(?:au|aux|a la|a l|dans le|dans la|sur le|sur la|le long du|le long des|pres du|"
        r"at the|at|in the|in|along the|along|near the|by the|on the|round the|around the) "
        r"(?:\w{1,20} )?(?:cafe|cafes|coffee shop|parc|park|gym|piscine|pool|quai|quais|bar|pub|"
        r"boulangerie|bakery|restaurant|resto|cantine|canteen|plage|beach|bois|woods|foret|"
        r"forest|stade|stadium|club|eglise|church|mosquee|mosque|synagogue|temple|marche|market|"
        r"gare|station|arret|bus stop|parking|car park|bureau|office|jardin|garden|square|"
        r"berges|riverside|canal|lac|lake|tennis|golf|salle de sport|terrasse|terrace|"
        r"brasserie|bistrot|bistro|bouchon|starbucks|school|ecole|creche|nursery)\b"
    )
    #: activities that happen somewhere, enough with a habit ("fait son footing tous les soirs")
    ACTIVITIES = frozenset(
        (
            "footing", "jogging", "running", "runs", "jogs", "swims", "nage", "cycles",
            "velo", "promene", "walks", "balade",
            # round 10, second pass: on foot ("fini à pied jusqu'à Gerland", "on foot along")
            "pied", "foot",
        )
    )
    #: third-person pronouns and possessives: the routine is someone's
    PRONOUNS = frozenset(("il", "elle", "lui", "son", "sa", "ses", "he", "she", "his", "her"))
    #: first-person ones: the author's own routine ("je serai au café tous les jeudis à 7h30"),
    #: counted in outbound posts, and in inbound ones when the author says they are alone
    FIRST_PERSON = frozenset(("je", "j", "moi", "i", "me", "my", "mon", "ma", "mes", "im"))
    ALONE = frozenset(("seul", "seule", "alone", "myself"))
    #: a reader told where to find someone is no reader's routine: "si vous cherchez Karim, il
    #: fume tous les soirs à 19h derrière le quai 3"
    FIND_SOMEONE = (
        " si vous cherchez ", " if you re looking for ", " if you are looking for ",
        " vous le trouverez ", " vous la trouverez ", " you ll find him ", " you ll find her ",
        " if you need to find ", " if you want to catch ",
        # round 10, second pass: the reader told how to reach the person ("si vous voulez lui
        # pitcher votre startup", "if you want to pitch her")
        " si vous voulez lui ", " si vous voulez la croiser ", " si vous voulez le croiser ",
        " if you want to pitch her ", " if you want to pitch him ", " if you want to bump into ",
        " if you want to talk to her ", " if you want to talk to him ",
    )
    #: invitations, opening hours, services, product tips: nobody's private routine
    NOT_ROUTINE = frozenset(
        (
            "vous", "votre", "vos", "you", "your", "yours", "venez", "rejoignez", "join", "come",
            "ouvert", "ouverte", "ouverts", "ouvre", "open", "opens", "horaires", "hours",
            "livraison", "livraisons", "livreur", "delivery", "deliveries", "courier", "support",
            "atelier", "ateliers", "workshop", "workshops", "cours", "class", "classes", "live",
            "webinar", "webinaire", "anime", "animera", "hosts", "hosting", "inscription",
            "inscrivez", "register", "reservez", "reservation", "book", "booking", "programmez",
            "programme", "programmer", "schedule", "lampe", "lampes", "lamp", "lamps", "appli",
            "app", "promo", "offre", "offer", "sale", "soldes", "newsletter", "episode",
            # public appearances: a booth, a show, a talk
            "stand", "booth", "salon", "show", "expo", "exhibition", "keynote", "conference",
            "talk", "signing", "dedicace", "retrouvez", "rencontrez", "meet", "visit",
            "visitez", "accueille", "welcome", "welcomes",
            # online, not somewhere: posts, newsletters, social networks
            "linkedin", "instagram", "twitter", "tiktok", "youtube", "podcast", "online",
            "ligne", "posts", "publie", "blog", "emails", "mails", "tweets",
            # job ads: a future employee's hours
            "candidat", "candidate", "poste", "job", "hiring", "recrute", "recrutons", "cdi",
            "cdd", "postulez", "apply",
            # what the products do on their own
            "automatiquement", "automatically", "scene", "scenes", "allume", "turns",
            # the team's meetings: at work, with everyone
            "equipe", "team", "reunion", "reunit", "meeting", "meetings", "meets", "hebdo",
            "weekly",
        )
    )
    WORD = re.compile(r"[^\W_]+")
    NOT_ROUTINE_PHRASES = (" il y a ", " there is ", " there s ", " service client ")
    ROUTINE_WINDOW = 60  # characters around the habit searched for a time, a place, a person
    #: a day of the week, loosely: the cheap test before ITINERARY_STOP (a character class
    #: first, so that the regex engine skips to the candidate letters). Each match is a whole
    #: word, and every day ITINERARY_STOP reads is one of them ("Thu" too)
    DAY = re.compile(
        r"[LMJVSDTWFlmjvsdtwf](?<=\b[LMJVSDTWFlmjvsdtwf])(?:undi|ardi|ercredi|eudi|endredi|"
        r"amedi|imanche|onday|uesday|ednesday|hursday|riday|aturday|unday|on|ues?|ed|hu(?:rs?)?|"
        r"ri|at|un)\b"
    )
    #: a day (French in either case, English capitalised, short forms too), then a capitalised
    #: place: "lundi Aix", "Tue London", "mardi : Bordeaux"
    ITINERARY_STOP = re.compile(
        r"\b(?P<day>[Ll]undi|[Mm]ardi|[Mm]ercredi|[Jj]eudi|[Vv]endredi|[Ss]amedi|[Dd]imanche|"
        r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|"
        r"Fri|Sat|Sun)\b"
        r"\.?[ \t]{0,2}:?[ \t]{1,2}(?:(?:à|a|in|at|en|au|sur)[ \t]{1,2})?"
        r"(?P<place>[A-ZÀ-Ý][\w'’\-]{2,30})"
    )
    ITINERARY_SPAN = 200  # characters from the first stop to the last
    #: a piece of every day ITINERARY_STOP reads, as written ("Lundi", "lundi": "undi"; "Thurs",
    #: "Thursday": "Thu"): a post with none of them has no itinerary (the engine's gate), a post
    #: with fewer than two of them neither (two days are two matches)
    DAY_PARTS = (
        "undi", "ardi", "ercredi", "eudi", "endredi", "amedi", "imanche", "Mon", "Tue", "Wed",
        "Thu", "Fri", "Sat", "Sun",
    )
    #: a public tour, a delivery round, a schedule of the shops: nobody's private itinerary
    NOT_ITINERARY = frozenset(
        (
            "venez", "retrouvez", "rejoignez", "come", "join", "meet", "visit", "visitez",
            "billets", "tickets", "inscription", "inscrivez", "register", "concert", "concerts",
            "roadshow", "pop", "atelier", "ateliers", "workshop", "workshops", "demo", "stand",
            "booth", "salon", "webinar", "webinaire", "live", "ouvert", "ouverte", "open",
            "horaires", "hours", "livraison", "livraisons", "delivery", "deliveries", "collecte",
            "menu", "programme", "dates", "tour", "boutiques",
            "stores", "vous", "you", "your", "vos", "votre",
        )
    )
    ITINERARY_EXPLANATIONS = {
        "en": (
            "A person's itinerary published (“{found}”): where someone will be day by day tells "
            "anyone where to find them, and that their home is empty. Share it only internally."
        ),
        "fr": (
            "Itinéraire d'une personne publié (« {found} ») : dire où quelqu'un sera jour après "
            "jour permet de le trouver, et indique que son domicile est vide. Partagez-le "
            "seulement en interne."
        ),
    }
    CLUSTER_GAP = 30  # habits at most this far apart are one routine (three at most)
    #: a capitalised word (a first name of the shipped list counts as a person): "Marc", "Léa's"
    CAPITALISED = re.compile(r"(?<![\w'’\-])[A-ZÀ-Ý][a-zà-ÿ\-]{1,20}(?=['’]s\b|[^\w'’\-]|\Z)")

    ABSENCE_KIND = "whereabouts.absence"

    # -- round 12 (structural): the way in, hidden -----------------------------------------------
    #: what opens a door, on the folded text
    KEYS = re.compile(
        r"\b(?:cles?|clefs?|trousseau|double des cles|keys?|spare key|key card|badge|"
        r"code (?:de la porte|du portail|de l'alarme|d'entree)|door code|alarm code)\b"
    )
    #: ...hidden somewhere (a closed list of hiding places), on the folded text
    HIDING_PLACE = re.compile(
        r"\b(?:sous|under|underneath|beneath|dans|in|inside|derriere|behind)"
        r" (?:le |la |les |l'|the |a |un |une |our |notre |mon |ma |my )?(?:gros |grand |big |"
        r"little |petit |usual |old |vieux )?"
        r"(?:pots? de fleurs?|pot|paillasson|tapis|doormat|mat|flower ?pots?|plant ?pots?|"
        r"planter|jardiniere|bac a fleurs|boite aux lettres|boite a lettres|mailbox|letterbox|"
        r"letter box|gouttiere|pierre|rock|stone|brick|compteur|extincteur|fire extinguisher|"
        r"vase|nain de jardin|garden gnome|door frame|encadrement)\b"
    )
    HIDDEN_GAP = 60
    #: advice to the reader ("ne cachez jamais vos clés sous le paillasson", "never leave your
    #: key under the mat"): nobody's way in
    HIDDEN_ADVICE = re.compile(
        r"\b(?:vos|votre|your|jamais|never|don'?t|do not|evitez|avoid|ne cachez|ne laissez|"
        r"stop hiding|plus besoin|no more|no need)\b"
    )
    HIDDEN_CUES = (
        "cle", "cles", "clef", "clefs", "trousseau", "key", "keys", "key card", "badge",
        "door code", "alarm code", "code de la porte", "code du portail", "code de l alarme",
        "code d entree",
    )
    HIDDEN_EXPLANATIONS = {
        "en": (
            "The way in published (“{found}”): saying where the keys or the code of a home or an "
            "office are hidden lets anyone walk in. Remove it; tell the person privately."
        ),
        "fr": (
            "Accès publié (« {found} ») : dire où sont cachés les clés ou le code d'un domicile "
            "ou d'un bureau permet à n'importe qui d'entrer. Retirez-le ; dites-le en privé."
        ),
    }

    # -- round 13 (structural): a veiled threat at a home, a person kept at home ---------------
    #: the formula of a veiled threat ("ce serait dommage que…", "it'd be a shame if…")...
    VEILED_THREAT = re.compile(
        r"\b(?:(?:ce|il) serait (?:dommage|bete|triste) (?:que|qu'|s'il)|"
        r"dommage s'il (?:lui |leur )?arrivait|(?:would|'d|it'd) be a (?:shame|pity) if|"
        r"shame if (?:something|anything)|"
        r"(?:hate|sad) (?:for|to see) (?:something|anything) (?:to )?happen|"
        # round 15 (blind13): the harm told by what would break ("shame if those lamps stopped
        # working some night", "dommage si ta porte ne fermait plus un soir", "pity if the
        # lights went out one night", "it'd be sad if your car caught fire")
        r"(?:shame|pity|sad|dommage|bete) (?:if|si|que|qu') (?:\w+ ){0,4}(?:stopped|stop|broke|"
        r"break|went out|go out|caught fire|burned|burnt|got broken|got hurt|happened|"
        r"s'arretai\w*|s'eteigna\w*|s'eteign\w*|cassai\w*|brulai\w*|fermai\w* plus|"
        r"prenai\w* feu|arrivai\w*)(?: \w+){0,3} (?:some|one|a|un|une|cette|this) (?:night|"
        r"evening|day|nuit|soir|jour))"
    )
    #: ...next to a home told by its parts ("belle maison", "les volets bleus", "nice front
    #: door"), within ``THREAT_GAP`` folded characters
    HOME_PARTS = re.compile(
        r"\b(?:maison|house|home|volets|shutters|porte d'entree|front door|jardin|garden|"
        r"fenetres?|windows?|facade|portail|boite aux lettres|letterbox|mailbox|allee|driveway|"
        r"quartier|neighbou?rhood|villa|appart(?:ement)?|flat|"
        # round 15: the door and the place said plainly ("nice blue door on your place",
        # "jolie porte bleue chez toi")
        r"(?:blue|red|green|black|white|yellow|new|front|back|nice|lovely) door|"
        r"porte (?:bleue|rouge|verte|noire|blanche|jaune|d'entree)|"
        r"(?:your|her|his|their|ta|sa|leur) (?:place|house|home|door|porte)|"
        r"chez (?:toi|vous))\b"
    )
    #: a product sold for the home, not a threat: "ce serait dommage que votre maison reste
    #: dans le noir, programmez vos lampes"
    THREAT_NOT = re.compile(
        r"\b(?:programm\w*|simul\w*|offre|offer|promo\w*|soldes|sale|"
        r"commandez|order|shop|decouvrez|discover|code)\b|%"
    )
    #: round 15: "your" right after the harm is the pitch to the reader ("ce serait dommage que
    #: votre maison reste dans le noir"); before it, the person addressed ("nice door on your
    #: place… shame if those lamps stopped")
    THREAT_TO_READER = re.compile(
        r"\b(?:if|si|que|qu'|when|quand) ?(?:\w+ ){0,3}(?:vos|votre|your)\b"
    )
    THREAT_GAP = 160
    #: a third person kept at home for a span ("he's home all week", "elle est chez elle
    #: jusqu'à lundi")...
    HOMEBOUND = re.compile(
        r"\b(?:he|she|they|il|elle|ils|elles)(?:'s|'re| is| are| est| sont| sera| seront| will "
        r"be)? (?:stuck |alone |seule? |coince(?:e)? |bloque(?:e)? )?(?:home|at home|a la maison|"
        r"chez (?:lui|elle|eux)|housebound|bedridden|alitee?) (?:all (?:week|day|month|weekend)|"
        r"toute la (?:semaine|journee)|tout le (?:mois|week-?end)|for (?:the )?(?:next |whole )?"
        r"(?:\w+ )?(?:days?|weeks?|months?)|pendant (?:\w+ )?(?:jours|semaines|mois)|"
        r"(?:until|till|jusqu'(?:a|au)) \w+)"
    )
    #: ...after a fall, an operation or a treatment: someone weak, alone at a known door
    FRAILTY = re.compile(
        r"\b(?:op|operation|surgery|opere(?:e)?|hip|knee|hanche|genou|fracture|broken|platre|"
        r"cast|crutches|bequilles|chemo|chimio|convalescen\w*|recovering|se remet|hospital|"
        r"hopital|wheelchair|fauteuil roulant|fall|chute)\b"
    )
    HOMEBOUND_GAP = 100
    # -- round 14 (structural, blind12): someone's routine known, and advice to change it ----------
    #: the writer knows someone's way, hours or habits ("je connais son parcours à vélo du
    #: mardi", "I know her route home", "on sait où il se gare", "we know what time she leaves")
    KNOWN_ROUTINE = re.compile(
        r"\b(?:je (?:connais|sais)|j'(?:ai|avons) (?:repere|note)|on (?:connait|sait)|nous "
        r"(?:connaissons|savons)|i (?:know|(?:have |'ve )?(?:noticed|clocked|figured out))|"
        r"we (?:know|(?:have |'ve )?(?:noticed|clocked))|(?:i|we)'ve (?:noticed|clocked|"
        r"figured out)) (?:(?:tres|bien|exactement|precisement|parfaitement|all about|exactly|"
        r"precisely|very well|perfectly|full well) ){0,2}"
        r"(?:(?:son|sa|ses|leur|leurs|his|her|their|your|ton|ta|tes|votre|vos) (?:\w+ )?"
        r"(?:parcours|trajets?|itineraires?|chemins?|route|routes|horaires?|habitudes?|routine|"
        r"jogging|footing|running|runs?|rides?|commute|schedule|timetable|way home|path|"
        r"walk|promenade|tournee)|(?:ou|where|quand|when|a quelle heure|what time|at what time) "
        r"(?:il|elle|ils|elles|he|she|they|you|tu|vous|(?:votre|vos|your|the|le|la|les|son|sa|"
        r"his|her|their|leur) \w+) (?:\w+ )?(?:habite|habitent|vit|vivent|"
        r"lives?|gare|se gare|parks?|court|courent|runs?|jogs?|sort|sortent|leaves?|rentre|"
        r"rentrent|gets? home|goes|go|passe|passent|walks?|cycles?|rides?))"
    )
    #: ...and advice to change it, or to be careful: the threat is in the advice ("elle devrait
    #: changer d'itinéraire", "he should vary his route", "she'd better be careful")
    CHANGE_ADVICE = re.compile(
        r"\b(?:(?:devrait|devraient|ferait bien de|feraient bien de|ferais bien de|feriez bien de|"
        r"devriez|devrais) (?:peut-etre |sans doute |vraiment )?(?:changer|varier|modifier|"
        r"faire attention|se mefier|rester prudente?|eviter)|"
        r"(?:should|might want to|may want to|'d better|had better|ought to|better) "
        r"(?:probably |maybe |really )?(?:change|vary|switch|mix up|watch|be careful|take care|"
        r"look over|avoid)|on ne sait jamais|you never know|ce serait dommage|would be a shame|"
        r"soyez prudents?|be careful|watch (?:out|your back|her back|his back))\b"
    )
    #: the reader's own route planned by a service ("we know your route, change it in the
    #: app"): no threat
    ROUTINE_NOT = re.compile(r"\b(?:appli\w*|app|application|gps|itineraire conseille|"
                             r"suggested route|navigation|trafic|traffic)\b")
    ROUTINE_GAP = 160
    ROUND14_CUES = (
        "devrait", "devraient", "ferait bien", "feraient bien", "ferais bien", "feriez bien",
        "devriez", "devrais", "should", "might want", "may want", "better", "ought to",
        "on ne sait jamais", "you never know", "be careful", "soyez prudent*", "watch out",
        "watch your back", "watch her back", "watch his back",
    )
    #: the cue words of KNOWN_ROUTINE (the writer who knows): both matchers must hit
    KNOWN_CUES = (
        "je connais", "je sais", "j'ai repéré", "j'ai noté", "on connait", "on sait",
        "nous connaissons", "nous savons", "i know", "we know", "noticed", "clocked",
        "figured out",
    )
    ROUND14_EXPLANATIONS = {
        "en": (
            "Someone's routine said to be known, with advice to change it (“{found}”): a "
            "veiled threat that tells the person they are watched. Do not answer in public; "
            "keep the post, alert the person and security."
        ),
        "fr": (
            "Les habitudes d'une personne dites connues, avec le conseil d'en changer "
            "(« {found} ») : une menace voilée qui lui dit qu'elle est surveillée. Ne répondez "
            "pas en public ; conservez le message, prévenez la personne et la sûreté."
        ),
    }
    ROUND13_CUES = (
        "dommage", "bête", "triste", "shame", "pity", "sad", "hate for", "hate to see",
        "sad to see", "home", "chez lui", "chez elle", "chez eux", "à la maison", "housebound",
        "bedridden", "alité", "alitée",
    )
    ROUND13_EXPLANATIONS = {
        "en": (
            "A person's home and a veiled threat, or a frail person said to be at home for days "
            "(“{found}”): it tells anyone where and when to find them. Remove it; alert the "
            "person and security."
        ),
        "fr": (
            "Le domicile d'une personne et une menace voilée, ou une personne fragile dite chez "
            "elle pour des jours (« {found} ») : cela dit à tous où et quand la trouver. "
            "Retirez-le ; prévenez la personne et la sûreté."
        ),
    }

    # -- round 11 (structural): shapes, read on the post's spaced folded text -------------------
    #: a habit said by its shape: "most Thursdays", "every morning", "never misses a day",
    #: "at dawn", "tous les jeudis", "chaque matin", "à l'aube", "ne rate jamais"
    SHAPE_ROUTINE = re.compile(
        r" (?:(?:most|every|each) (?:single )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|"
        r"days?|mornings?|evenings?|nights?|weekends?|lunchtimes?)"
        r"|never miss(?:es)? a (?:day|morning|session|week)|at dawn|at sunrise"
        r"|tous les (?:jours|matins|soirs|midis|lundis|mardis|mercredis|jeudis|vendredis|"
        r"samedis|dimanches|week ends|weekends)"
        r"|chaque (?:jour|matin|soir|midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
        r"|a l aube|au lever du jour|ne rate jamais|sans jamais manquer) "
    )
    #: someone alone, or a home emptied: "alone", "just me and the dog", "nobody else", "no
    #: neighbours for miles", "seule", "personne d'autre que moi", "pas un chat", "on sera tous
    #: les quatre à la montagne" (the whole household away)
    SHAPE_ALONE = re.compile(
        r" (?:alone|by myself|by herself|by himself|on my own|just me|only me|nobody else|"
        r"no one else|no neighbou?rs|seule?s?|personne d autre|pas un chat|pas de voisins?|"
        r"aucun voisin|(?:on sera|on part|nous serons|we ll all be|we will all be) "
        r"tous les (?:deux|trois|quatre|cinq|six)|the whole family|toute la famille) "
    )
    #: dates of an absence or of a stay: a span ("two quiet weeks", "all of December", "tout le
    #: weekend", "entre Noël et le 4 janvier") or its start or end ("from Saturday", "jusqu'au 4")
    SHAPE_SPAN = re.compile(
        r" (?:(?:\d+|two|three|four|five|six|deux|trois|quatre|cinq|six|a few|quelques) "
        r"(?:\w+ )?(?:weeks|semaines|days|jours|nights|nuits|months|mois)"
        r"|all (?:of )?(?:january|february|march|april|may|june|july|august|september|october|"
        r"november|december|summer|winter|weekend|week|night)"
        r"|tout (?:le mois (?:de |d )?|l |le |la )?(?:janvier|fevrier|mars|avril|mai|juin|"
        r"juillet|aout|septembre|octobre|novembre|decembre|ete|hiver|weekend|week end|semaine|"
        r"nuit)"
        r"|entre noel|between christmas|over christmas|pendant les fetes"
        r"|tonight|ce soir|cette nuit|this weekend|ce weekend|ce week end) "
    )
    SHAPE_BOUND = re.compile(
        r" (?:from|until|till|through|jusqu au|jusqu a|a partir d[ue]?|des|retour le) "
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the \d+|"
        r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|le \d+|noel|christmas) "
    )
    #: an absence already over: "back from 3 weeks in Japan", "de retour de…"
    SHAPE_BACK = re.compile(r" (?:back from|home from|de retour d[eu]?|rentre de|rentree de) ")
    #: a place: a name after a preposition ("in Megève", "near Perros-Guirec", "de Saint-Priest",
    #: "on rue Chevreul") on the original text, or a kind of place on the spaced folded text
    SHAPE_PLACE_NAME = re.compile(
        r"(?<![\w'’])(?:in|at|near|on|to|à|au|en|de|du|près de|dans|sur)\s{1,2}"
        r"(?:(?:the|le|la|les|rue|a|an|un|une)\s{1,2})?(?P<name>[A-ZÀ-Ý][\w'’\-]{2,30})"
    )
    SHAPE_PLACE = re.compile(
        r" (?:cafe|coffee shop|park|parc|market|marche|quays?|quais?|gym|piscine|pool|chalet|"
        r"montagne|mountains?|family place|family home|maison de famille|maison de campagne|"
        r"depot|entrepot|warehouse|office|bureau|beach|plage|cabin|cottage|villa|lake|lac|"
        r"countryside|campagne|bar|pub|bakery|boulangerie|brasserie|bistrot|restaurant|resto) "
    )
    #: an absence is told by where the person goes away to, not by any place ("la maison de
    #: famille", "the family place", "a chalet"): "joins us for three weeks from Monday in Lyon"
    #: is an arrival
    SHAPE_AWAY = re.compile(
        r" (?:chalet|montagne|mountains?|family place|family home|maison de famille|"
        r"maison de campagne|cabin|cottage|villa|beach|plage|countryside|campagne|holiday|"
        r"holidays|vacances|conges?|leave|sabbatical) "
    )
    #: the cheap test before those patterns: a word of a routine or of someone alone, or of a
    #: span of time (each of SHAPE_ROUTINE, SHAPE_ALONE and SHAPE_SPAN needs one; found by the
    #: engine's shared pass, so most posts cost one look-up)
    SHAPE_CUES = (
        "most", "every", "each", "never miss*", "dawn", "sunrise", "tous les", "chaque", "aube",
        "lever du jour", "ne rate jamais", "sans jamais manquer", "alone", "by myself",
        "by herself", "by himself", "on my own", "just me", "only me", "nobody else",
        "no one else", "no neighbours", "no neighbors", "seul*", "personne d autre",
        "pas un chat", "pas de voisin*", "aucun voisin", "whole family", "toute la famille",
        "weeks", "semaines", "days", "jours", "nights", "nuits", "months", "mois", "all",
        "tout", "entre noel", "between christmas", "over christmas", "pendant les fetes",
        "tonight", "ce soir", "cette nuit", "this weekend", "ce weekend", "ce week end",
    )
    #: round 14 (precision, blind12): a tip to the reader about their own empty home ("Home
    #: alone this weekend? Switch your lamps to Away mode"), nobody's whereabouts
    SHAPE_READER_TIP = re.compile(
        r"\b(?:(?:switch|set|turn|put|activate|programmez|allumez|activez|mettez|passez) "
        r"(?:on |off )?(?:your|vos|votre)|(?:away|holiday|vacation) mode|mode (?:absence|"
        r"vacances)|lived-in|semble habitee|"
        # round 15 (blind13): the reader's evening answered by our product ("Set the mood with
        # our Cozy scene", "créez l'ambiance avec nos lampes", "try our reading light")
        r"(?:set|create|get) the mood|(?:creez|creer) (?:l'|une )ambiance|try our|"
        r"essayez (?:nos|notre))\b"
    )
    #: the writer, in the first person (outbound only)
    SHAPE_WRITER = frozenset(("je", "j", "moi", "i", "me", "my", "mon", "ma", "im"))
    #: someone else's habit told by the staff: a customer's ("la cliente qui revient tous les
    #: samedis"), not a person to protect
    SHAPE_OTHERS = frozenset(
        ("client", "clients", "cliente", "clientes", "customer", "customers", "celle", "celui")
    )
    #: invitations, opening hours, public events, offers and job ads: nobody's whereabouts
    #: (the reader's pronouns are no veto here: "You know where the Rhône quays are at dawn")
    SHAPE_VETO = frozenset(
        (
            "venez", "rejoignez", "join", "come", "ouvert", "ouverte", "ouverts", "open", "opens",
            "horaires", "hours", "atelier", "ateliers", "workshop", "workshops", "webinar",
            "webinaire", "inscription", "inscrivez", "register", "reservez", "reservation",
            "book", "booking", "stand", "booth", "salon", "expo", "exhibition", "keynote",
            "conference", "talk", "signing", "dedicace", "retrouvez", "rencontrez", "meet",
            "visit", "visitez", "tickets", "billets", "programmez", "programmer", "schedule",
            "appli", "app", "promo", "offre", "offer", "sale", "soldes", "code", "livraison",
            "delivery", "candidat", "candidate", "job", "hiring", "recrute", "recrutons",
            "postulez", "apply", "simulez", "simulate", "simulation", "automatiquement",
            "automatically", "scene", "scenes",
            # online, not somewhere: "en live sur Instagram tous les jeudis"
            "live", "instagram", "linkedin", "youtube", "tiktok", "twitter", "podcast", "online",
            "ligne", "stories", "webcam",
        )
    )
    SHAPE_EXPLANATIONS = {
        "en": (
            "Where and when a person can be found (“{found}”): a routine, someone alone or an "
            "absence, with a place, lets anyone wait for them or visit their empty home. Remove "
            "the place or the dates."
        ),
        "fr": (
            "Où et quand trouver une personne (« {found} ») : une habitude, une personne seule "
            "ou une absence, avec un lieu, permet de l'attendre ou de visiter son domicile vide. "
            "Retirez le lieu ou les dates."
        ),
    }

    # -- round 21 (structural): the writer's own routine told as one, and a night alone --------
    #: the writer's routine said as such ("ma routine :", "même banc, même heure", "réglé comme
    #: une horloge", "like clockwork", "si tu me cherches tu sais où je suis", "you know where
    #: to find me"), on the spaced folded text
    TOLD_ROUTINE = re.compile(
        r" (?:(?:ma|my) (?:petite |little |daily |usual |morning |evening |sunday |weekly )?"
        r"routine|meme (?:heure|banc|table|endroit|coin|place) meme|"
        r"same (?:time|bench|table|spot|place|seat) same|"
        r"regle e? comme une horloge|reglee comme une horloge|like clockwork|"
        r"si (?:tu me cherches|vous me cherchez)|if (?:you re|you are) looking for me|"
        r"if you need me|you know where to find me|you ll (?:always )?find me|"
        r"(?:tu sais|vous savez) ou (?:me trouver|je suis)) "
    )
    TOLD_ROUTINE_CUES = (
        "routine", "meme heure", "meme banc", "meme table", "meme endroit", "meme coin",
        "meme place", "same time", "same bench", "same table", "same spot", "same place",
        "same seat", "comme une horloge", "like clockwork", "me cherches", "me cherchez",
        "looking for me", "if you need me", "where to find me", "find me", "ou me trouver",
        "ou je suis",
    )
    #: a word of every phrase TOLD_ROUTINE matches (whole words of the spaced text, like the
    #: pattern's): the engine's gate
    TOLD_ROUTINE_WORDS = (
        "routine", "meme", "same", "horloge", "clockwork", "cherches", "cherchez",
        "looking for me", "need me", "find me", "sais", "savez",
    )
    #: ... what a product routine or a public appearance says: nobody's whereabouts
    TOLD_ROUTINE_NOT = frozenset(
        (
            "lampe", "lampes", "lamp", "lamps", "luminaire", "luminaires", "skincare", "veilleuse",
            "stream", "twitch", "discord", "magasin", "boutique", "store", "shop", "clients",
            "customers",
        )
    )
    #: a night spent somewhere by the writer ("ce soir je dors dans le camion", "spending the
    #: night in the van tonight", "je passe la nuit")
    NIGHT_OUT = re.compile(
        r" (?:je (?:dors|dormirai|vais dormir|passe la nuit|campe|bivouaque)|dodo|"
        r"(?:i m|i am|i ll be|i will be) (?:sleeping|crashing|kipping|camping|spending the night)|"
        r"i ll (?:sleep|crash|spend the night)|spending the night|sleeping (?:in|at|on|inside)|"
        r"crashing (?:in|at|on))(?: \w+){0,6}? (?:dans|in|inside|au|at|on|sur|devant|outside|"
        r"behind|derriere) "
    )
    NIGHT_WHEN = re.compile(r" (?:ce soir|cette nuit|tonight|tomorrow night|demain soir) ")
    NIGHT_ALONE = re.compile(
        r" (?:seule?|tout seul|toute seule|alone|by myself|on my own|just me|only me) "
    )
    #: ... in a vehicle or an outdoor spot anyone can walk up to
    NIGHT_SPOT = re.compile(
        r" (?:camion|camionnette|van|voiture|car|truck|tente|tent|camping car|fourgon|"
        r"parking|car park|parking lot|lot|aire|depot|entrepot|warehouse|showroom|au fond|"
        r"far end|back of|emplacement|pitch|quai|field|champ) "
    )
    NIGHT_CUES = ("ce soir", "cette nuit", "tonight", "tomorrow night", "demain soir")
    NIGHT_NOT = frozenset(("vous", "votre", "vos", "you", "your", "hotel", "gite", "airbnb"))

    # -- round 20 (structural): a site said empty and unwatched at a recurring time -------------
    #: a workplace of the organisation
    SITE = re.compile(
        r"(?<!\w)(?:bureaux?|locaux|entrep[ôo]t|d[ée]p[ôo]t|site|usine|boutique|magasin|"
        r"showroom|atelier|labo|b[âa]timent|open ?space|plateau|office|warehouse|depot|plant|"
        r"factory|store|shop|building|lab|premises|r&d)(?!\w)",
        re.IGNORECASE,
    )
    #: ... said empty ("est totalement vide", "is a ghost town", "nobody in the R&D building")
    EMPTY_SITE = re.compile(
        r"(?<!\w)(?:(?:totalement |compl[èe]tement |enti[èe]rement |completely |totally |"
        r"entirely |fully )?(?:vides?|d[ée]serte?s?|empty|deserted|unmanned|unattended)|"
        r"(?:a|une) (?:ghost town|ville fant[ôo]me)|sans personne|nobody in|no one in|"
        r"personne (?:dans|au|à l['’]))(?!\w)",
        re.IGNORECASE,
    )
    #: ... at a time that comes back or from a clock ("le vendredi après 16h", "every
    #: lunchtime", "tous les soirs après 19h", "weekends", "after 8pm")
    EMPTY_WHEN = re.compile(
        r"(?<!\w)(?:(?:le|les|tous les|chaque|every|on|most) (?:lundi|mardi|mercredi|jeudi|"
        r"vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"week-?end|soir|nuit|midi|night|evening|lunchtime)s?|weekends|"
        r"(?:apr[èe]s|d[èe]s|à partir de|avant|entre) \d{1,2} ?h\d{0,2}|"
        r"(?:after|from|before|between) \d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?)(?!\w)",
        re.IGNORECASE,
    )
    #: ... and nobody watching it: the guard gone, no alarm, no cameras, nobody on call
    UNWATCHED = re.compile(
        r"(?<!\w)(?:gardien|gardienne|vigile|guard|security|s[ée]curit[ée]|alarme?s?|"
        r"cam[ée]ras?|astreinte|surveill\w*|watchman|ronde|nobody (?:at the desk|watching)|"
        r"no one (?:at the desk|watching)|personne (?:à l['’]accueil|ne surveille))(?!\w)",
        re.IGNORECASE,
    )
    #: ... not a stand at a fair, a closing notice, a sale or a culture post
    EMPTY_SITE_NOT = re.compile(
        r"(?<!\w)(?:retrouvez-nous|find us|stand|salon|booth|ferm[ée]e?s?|closed|merci|thank|"
        r"stocks?|work-life|[ée]quilibre|d[ée]m[ée]nag\w*|moving|travaux|works|portes ouvertes|"
        r"open day|recrut\w*|hiring|alarme? (?:connect[ée]e|intelligente)|smart alarm|"
        r"nos cam[ée]ras|our cameras|vos|votre|your)(?!\w)",
        re.IGNORECASE,
    )
    EMPTY_SITE_CUES = (
        "vide", "vides", "desert", "deserte", "deserts", "desertes", "empty", "deserted",
        "unmanned", "unattended", "ghost town", "ville fantome", "sans personne", "nobody in",
        "no one in", "personne dans", "personne au", "personne a l",
    )
    EMPTY_SITE_REACH = 60
    EMPTY_SITE_EXPLANATIONS = {
        "en": (
            "A site said empty and unwatched at a given time (“{found}”): it tells anyone when "
            "the premises can be entered, and when a person there would be alone. Remove the "
            "times and the guard's hours."
        ),
        "fr": (
            "Un site présenté comme vide et sans surveillance à une heure donnée (« {found} ») : "
            "cela indique à tous quand entrer dans les locaux, et quand une personne y serait "
            "seule. Retirez les horaires et ceux du gardien."
        ),
    }

    # -- round 20 (structural): staff leaving late tonight by a precise way out ----------------
    #: tonight
    TONIGHT = re.compile(
        r"(?<!\w)(?:ce soir|cette nuit|tonight|tomorrow night|demain soir)(?!\w)", re.IGNORECASE
    )
    #: ... late: a clock after 9pm, midnight, or finishing late
    LATE = re.compile(
        r"(?<!\w)(?:(?:2[0-3]|21) ?h\d{0,2}|(?:9|10|11)(?:[:.]\d{2})? ?pm|minuit|midnight|"
        r"fini(?:t|ssent|ssons|s) tard|finish(?:es|ing)? late|late shift)(?!\w)",
        re.IGNORECASE,
    )
    #: ... leaving by a precise way out ("repartent vers 23h par le parking sous-sol", "leave
    #: by the loading dock")
    LATE_EXIT = re.compile(
        r"(?<!\w)(?:repart\w*|ressort\w*|sort(?:ent|ira|iront)?|quitt\w*|leav(?:e|es|ing)|"
        r"exit(?:s|ing)?|rentr\w*|head(?:s|ing)? out|walk(?:s|ing)? (?:out|back))"
        r"[^.!?\n]{0,60}?(?:parking|car park|carpark|sortie de service|porte de service|"
        r"porte de derri[èe]re|back door|service door|side door|loading dock|quai|sous-sol|"
        r"underground|basement|\bP-?\d\b)",
        re.IGNORECASE,
    )
    LATE_NOT = re.compile(
        r"(?<!\w)(?:merci de|please|must|doivent|devez|reminder|rappel|gratuit|free|open|"
        r"ouverte?s?|concert|spectacle|show|vos|votre|your|vous|billets?|tickets?)(?!\w)",
        re.IGNORECASE,
    )
    LATE_EXPLANATIONS = {
        "en": (
            "Someone's way out late tonight published (“{found}”): the hour and the exit tell "
            "anyone where to wait for them. Remove the time and the place."
        ),
        "fr": (
            "Le trajet de sortie de quelqu'un tard ce soir publié (« {found} ») : l'heure et la "
            "sortie disent à tous où l'attendre. Retirez l'heure et le lieu."
        ),
    }
    LATE_CUES = ("ce soir", "cette nuit", "tonight", "tomorrow night", "demain soir")

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._late_cues: PhraseMatcher[str] = PhraseMatcher((c, c) for c in self.LATE_CUES)
        self._empty_site_cues: PhraseMatcher[str] = PhraseMatcher(
            (c, c) for c in self.EMPTY_SITE_CUES
        )
        self._first_names = frozenset(n.lower() for n in first_names())
        #: round 9 (precision): the profile's competitors, by name and alias ("off to Brillix at
        #: the end of March" is a move to a rival, the HR family's business, not a trip)
        self._rivals = tuple(n.lower() for n in profile.competitor_names())
        #: round 11: the organisation's and its brands' names (not a place of whereabouts)
        own = [profile.organisation.name]
        own += [n for b in profile.brands for n in (b.name, *b.aliases)]
        own += [n.split()[0] for n in own if n.strip()]  # "Lumio" of "Lumio SA"
        self._own = frozenset(n.strip().lower() for n in own if n.strip())
        self._shape_cues: PhraseMatcher[str] = PhraseMatcher((c, c) for c in self.SHAPE_CUES)
        self._hidden_cues: PhraseMatcher[str] = PhraseMatcher((c, c) for c in self.HIDDEN_CUES)
        self._round13_cues: PhraseMatcher[str] = PhraseMatcher(
            (c, c) for c in self.ROUND13_CUES
        )
        self._round14_cues: PhraseMatcher[str] = PhraseMatcher(
            (c, c) for c in self.ROUND14_CUES
        )
        self._known_cues: PhraseMatcher[str] = PhraseMatcher((c, c) for c in self.KNOWN_CUES)
        self._told_cues: PhraseMatcher[str] = PhraseMatcher(
            (c, c) for c in self.TOLD_ROUTINE_WORDS
        )
        #: the matchers :meth:`detect` asks about on every post (see :meth:`_found_matchers`)
        self._asked = (
            self._phrases, self._shape_cues, self._hidden_cues, self._round13_cues,
            self._known_cues, self._round14_cues, self._empty_site_cues, self._late_cues,
            self._told_cues,
        )
        self._asked_ids = frozenset(id(m) for m in self._asked)

    def gate(self) -> Gate:
        """Nothing without a phrase of the lexicon, a cue word of a structural rule or a piece
        of a day's name: the shapes, the hidden keys, rounds 13 and 14 and the empty sites and
        late exits look for their own cue words first (round 14 needs those of ``_known_cues``
        too); a routine told needs a word of ``TOLD_ROUTINE_WORDS`` and a night alone one of
        ``LATE_CUES`` (``NIGHT_WHEN``) in the spaced text; an itinerary, ``DAY_PARTS``."""
        return Gate(
            (
                self._phrases, self._shape_cues, self._hidden_cues, self._round13_cues,
                self._known_cues, self._empty_site_cues, self._late_cues, self._told_cues,
            ),
            chars=self.DAY_PARTS,
        )

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        return super().analyze(ctx)

    def detect(self, ctx: Context) -> list[Finding]:
        # each rule below needs a hit of its matcher (they test it again themselves): the
        # matchers are asked once, and a post with none of them only holds an itinerary
        hit = self._found_matchers(ctx.normalized)
        found = list(super().detect(ctx)) if id(self._phrases) in hit else []
        if self._rivals and found:
            found = [f for f in found if not self._to_a_rival(ctx.text, f)]
        if self._two_day_parts(ctx.text) and _two_days(self.DAY, ctx.text):
            found.extend(self._itinerary(ctx))
        if found:
            found = self._one_location(found)
            habits = [f for f in found if f.rule in self.ROUTINE_RULES]
            if habits:
                told = [f for f in found if f.rule not in self.ROUTINE_RULES]
                schedules = [f for f in told if f.kind == self.ROUTINE_KIND]
                found = told + list(self._routines(ctx, habits, schedules))
        if not hit:
            return found
        if not found and id(self._shape_cues) in hit:
            found = list(self._shapes(ctx))
        if id(self._hidden_cues) in hit and not any(
            f.kind == "whereabouts.empty_home" for f in found
        ):
            found.extend(self._hidden_keys(ctx))
        if found:
            return found
        if id(self._round13_cues) in hit:
            found.extend(self._threat_or_homebound(ctx))
        if not found and id(self._known_cues) in hit and id(self._round14_cues) in hit:
            found.extend(self._routine_threat(ctx))
        if ctx.post.direction is not Direction.OUTBOUND:
            return found  # the rules below are of outbound posts only
        if not found and id(self._empty_site_cues) in hit:
            found.extend(self._empty_site(ctx))
        if not found and id(self._late_cues) in hit:
            found.extend(self._late_exit(ctx))
        if not found and id(self._told_cues) in hit:
            found.extend(self._told_routine(ctx))
        if not found and id(self._late_cues) in hit:
            found.extend(self._night_alone(ctx))
        return found

    def _found_matchers(self, norm: NormalizedText) -> set[int]:
        """The ids of the matchers of ``_asked`` found in the post: read at once from the
        engine's shared pass when it covered them all (as :meth:`PhraseMatcher.found_in` would
        one by one), else asked one by one."""
        shared = norm.shared
        if shared is not None and self._asked_ids <= shared[0]:
            return shared[1].keys() & self._asked_ids
        return {id(m) for m in self._asked if m.found_in(norm)}

    def _two_day_parts(self, text: str) -> bool:
        """Whether ``text`` holds two pieces of days (``DAY_PARTS``) or more: the cheap test
        before :func:`_two_days`."""
        if "di" not in text and "anche" not in text and _ENGLISH_DAY_PART.search(text) is None:
            return False  # most posts: no piece of a day at all (cheaper than fourteen tests)
        seen = 0
        for part in self.DAY_PARTS:
            if part in text:
                seen += text.count(part)
                if seen > 1:
                    return True
        return False

    def _told_routine(self, ctx: Context) -> Iterator[Finding]:
        """Round 21: the writer's own routine said as one, with a time or a day and a place
        ("dimanche matin, même banc, même heure… si tu me cherches tu sais où je suis (vers le
        kiosque du parc Blandan)", "Ma routine : … chez moi à Oullins vers 6h45, petit noir au
        bar-tabac"); outbound only, not a product's routine or a public appearance."""
        if ctx.post.direction is not Direction.OUTBOUND:
            return
        if not self._told_cues.found_in(ctx.normalized):
            return  # TOLD_ROUTINE cannot match
        folded = ctx.normalized.folded
        if not any(c in folded for c in self.TOLD_ROUTINE_CUES):
            return
        spaced = f" {spaced_text(ctx.normalized).text} "
        told = self.TOLD_ROUTINE.search(spaced)
        if told is None:
            return
        words = set(spaced_text(ctx.normalized).words)
        if not words & self.SHAPE_WRITER:
            return
        if words & (self.SHAPE_VETO | self.TOLD_ROUTINE_NOT):
            return
        if not (self.TIME.search(folded) or self.DAY.search(ctx.text) or
                self.SHAPE_ROUTINE.search(spaced)):
            return
        if not self._shape_place(ctx.text, spaced):
            return
        yield self._told_finding(ctx, told, self.ROUTINE_KIND)

    def _night_alone(self, ctx: Context) -> Iterator[Finding]:
        """Round 21: the writer alone tonight in a vehicle or an open spot ("Ce soir je dors
        dans le camion de démo devant le parc expo, parking P3 tout au fond… seul avec 200
        lampes", "spending the night alone in the truck outside the warehouse"); outbound only,
        not a tip to the reader or a hotel."""
        if ctx.post.direction is not Direction.OUTBOUND:
            return
        if not self._late_cues.found_in(ctx.normalized):
            return  # NIGHT_WHEN cannot match (the same phrases)
        folded = ctx.normalized.folded
        if not any(c in folded for c in self.NIGHT_CUES):
            return
        spaced = f" {spaced_text(ctx.normalized).text} "
        night = self.NIGHT_OUT.search(spaced)
        if night is None or not self.NIGHT_WHEN.search(spaced):
            return
        if not self.NIGHT_ALONE.search(spaced) or not self.NIGHT_SPOT.search(spaced):
            return
        if not self.NIGHT_NOT.isdisjoint(spaced_text(ctx.normalized).words):
            return
        if self.SHAPE_READER_TIP.search(folded):
            return
        yield self._told_finding(ctx, night, "whereabouts.alone")

    def _told_finding(self, ctx: Context, cue: re.Match[str], kind: str) -> Finding:
        """A finding of the shapes, the cue (matched on the spaced text) as evidence in the
        original text: the pattern's spaces and the leading one left out."""
        norm = ctx.normalized
        start, end = norm.to_original(
            *spaced_text(norm).to_folded(cue.start(), max(cue.start(), cue.end() - 2))
        )
        found = ctx.text[start:end]
        return self.finding(
            ctx,
            category=Category.PERSONAL_SECURITY,
            kind=kind,
            severity=Severity.MEDIUM,
            span=None,
            excerpt=found,
            rule=f"{self.LEXICON}.whereabouts.shape",
            matched=found,
            score=0.7,
            templates=self.SHAPE_EXPLANATIONS,
            found=found,
        )

    def _late_exit(self, ctx: Context) -> Iterator[Finding]:
        """Round 20: someone leaving late tonight by a precise way out ("Léa et Inès finissent
        tard… ce soir, elles repartent vers 23h par le parking sous-sol", "Tom finishes around
        11pm tonight, he'll leave by the loading dock"); not a notice to staff or the public
        (a free car park, a late opening, a reminder)."""
        if ctx.post.direction is not Direction.OUTBOUND:
            return
        if not self._late_cues.found_in(ctx.normalized):
            return
        text = ctx.text
        if not (self.TONIGHT.search(text) and self.LATE.search(text)):
            return
        exit_ = self.LATE_EXIT.search(text)
        if exit_ is None or self.LATE_NOT.search(text):
            return
        yield self.match_finding(
            ctx,
            exit_,
            category=Category.PERSONAL_SECURITY,
            kind="whereabouts.schedule",
            severity=Severity.MEDIUM,
            rule=f"{self.LEXICON}.whereabouts.late_exit",
            score=0.7,
            templates=self.LATE_EXPLANATIONS,
        )

    def _empty_site(self, ctx: Context) -> Iterator[Finding]:
        """Round 20: a workplace said empty at a time that comes back, and nobody watching it
        ("Le vendredi après 16h le bureau est totalement vide, même le gardien file avant 17h",
        "after 6pm the warehouse is completely empty, not even a guard"); not a team away at a
        fair, a closing notice, a sale or a culture post, nor the reader's home."""
        if ctx.post.direction is not Direction.OUTBOUND:
            return
        if not self._empty_site_cues.found_in(ctx.normalized):
            return
        text = ctx.text
        for empty in self.EMPTY_SITE.finditer(text):
            lo = max(0, empty.start() - self.EMPTY_SITE_REACH)
            hi = empty.end() + self.EMPTY_SITE_REACH
            if self.SITE.search(text, lo, hi) is None:
                continue
            if not (self.EMPTY_WHEN.search(text) and self.UNWATCHED.search(text)):
                return
            if self.EMPTY_SITE_NOT.search(text):
                return
            yield self.match_finding(
                ctx,
                empty,
                category=Category.PERSONAL_SECURITY,
                kind="whereabouts.alone",
                severity=Severity.MEDIUM,
                rule=f"{self.LEXICON}.whereabouts.empty_site",
                score=0.7,
                templates=self.EMPTY_SITE_EXPLANATIONS,
            )
            return

    def _routine_threat(self, ctx: Context) -> Iterator[Finding]:
        """Round 14: someone's routine said to be known, with advice to change it or to be
        careful ("je connais son parcours à vélo du mardi soir, elle devrait changer
        d'itinéraire", "we know when she leaves the office; she should vary her route")."""
        if not (
            self._known_cues.found_in(ctx.normalized)
            and self._round14_cues.found_in(ctx.normalized)
        ):
            return
        folded = ctx.normalized.folded
        for known in self.KNOWN_ROUTINE.finditer(folded):
            lo = max(0, known.start() - self.ROUTINE_GAP)
            advice = self.CHANGE_ADVICE.search(folded, lo, known.end() + self.ROUTINE_GAP)
            if advice is None or self.ROUTINE_NOT.search(folded):
                continue
            span = (min(known.start(), advice.start()), max(known.end(), advice.end()))
            yield self._round13(
                ctx, span, "whereabouts.threat", Severity.HIGH, "routine_threat",
                self.ROUND14_EXPLANATIONS,
            )
            return

    def _threat_or_homebound(self, ctx: Context) -> Iterator[Finding]:
        """Round 13: a veiled threat next to a home, about one of the profile's people or an
        @-named account ("Belle maison, @ClaireDubois… ce serait dommage que la lumière
        s'éteigne un soir"); a third person kept at home for a span after a fall or an
        operation ("he's home all week after his hip op")."""
        if not self._round13_cues.found_in(ctx.normalized):
            return
        norm = ctx.normalized
        folded = norm.folded
        for threat in self.VEILED_THREAT.finditer(folded):
            lo = max(0, threat.start() - self.THREAT_GAP)
            hi = threat.end() + self.THREAT_GAP
            home = self.HOME_PARTS.search(folded, lo, hi)
            if home is None or self.THREAT_NOT.search(folded):
                break
            if self.THREAT_TO_READER.search(folded, threat.start(), threat.end() + 60):
                break
            if not (self._people and self._people_in(ctx)) and not self._other_handle(ctx.text):
                break
            span = (min(home.start(), threat.start()), max(home.end(), threat.end()))
            yield self._round13(ctx, span, "whereabouts.threat", Severity.HIGH, "veiled_threat")
            return
        for kept in self.HOMEBOUND.finditer(folded):
            lo = max(0, kept.start() - self.HOMEBOUND_GAP)
            frail = self.FRAILTY.search(folded, lo, kept.end() + self.HOMEBOUND_GAP)
            if frail is None:
                continue
            span = (kept.start(), kept.end())
            yield self._round13(ctx, span, "whereabouts.alone", Severity.MEDIUM, "homebound")
            return

    MENTION = re.compile(r"(?<![\w@])@(\w{2,30})")

    def _other_handle(self, text: str) -> bool:
        """An @-named account that is not the organisation's own ("@lumio", "@lumio_help")."""
        return any(
            not any(m.group(1).lower().startswith(own) for own in self._own)
            for m in self.MENTION.finditer(text)
        )

    def _round13(
        self,
        ctx: Context,
        span: tuple[int, int],
        kind: str,
        severity: Severity,
        rule: str,
        templates: dict[str, str] | None = None,
    ) -> Finding:
        start, end = ctx.normalized.to_original(*span)
        found = ctx.text[start:end]
        return self.finding(
            ctx,
            category=Category.PERSONAL_SECURITY,
            kind=kind,
            severity=severity,
            span=(start, end),
            excerpt=found,
            rule=f"{self.LEXICON}.whereabouts.{rule}",
            matched=found,
            score=0.7,
            templates=templates or self.ROUND13_EXPLANATIONS,
            found=found[:120],
        )

    def _hidden_keys(self, ctx: Context) -> Iterator[Finding]:
        """Round 12: keys, a badge or a door code, and a hiding place within ``HIDDEN_GAP``
        characters after or before them ("les clés sont sous le pot de fleurs")."""
        if not self._hidden_cues.found_in(ctx.normalized):
            return
        norm = ctx.normalized
        folded = norm.folded
        for key in self.KEYS.finditer(folded):
            lo, hi = max(0, key.start() - self.HIDDEN_GAP), key.end() + self.HIDDEN_GAP
            place = self.HIDING_PLACE.search(folded, lo, hi)
            if place is None or self.HIDDEN_ADVICE.search(folded, lo, hi):
                continue
            start, end = norm.to_original(
                min(key.start(), place.start()), max(key.end(), place.end())
            )
            found = ctx.text[start:end]
            yield self.finding(
                ctx,
                category=Category.PERSONAL_SECURITY,
                kind="whereabouts.empty_home",
                severity=Severity.MEDIUM,
                span=(start, end),
                excerpt=found,
                rule=f"{self.LEXICON}.whereabouts.hidden_keys",
                matched=found,
                score=0.75,
                templates=self.HIDDEN_EXPLANATIONS,
                found=found,
            )
            return

    def _shape_place(self, text: str, spaced: str) -> bool:
        """A place in the post: a kind of place, or a name after a preposition that is not the
        organisation's or a brand's ("at Lumio" is the workplace, not a whereabouts)."""
        if self.SHAPE_PLACE.search(spaced):
            return True
        return any(
            m.group("name").lower() not in self._own
            for m in self.SHAPE_PLACE_NAME.finditer(text)
        )

    def _shapes(self, ctx: Context) -> Iterator[Finding]:
        """Round 11: a person (one of the profile's people, outbound staff named by their job or
        the writer) + a place + a routine, someone alone with dates or a time, or an absence
        with its dates ("Claire Dubois … alone at a café … most Thursdays", "just me and the dog
        in Megève all of December", "two quiet weeks near Perros-Guirec from Saturday")."""
        if not self._shape_cues.found_in(ctx.normalized):
            return
        spaced = f" {spaced_text(ctx.normalized).text} "
        routine = self.SHAPE_ROUTINE.search(spaced)
        alone = self.SHAPE_ALONE.search(spaced)
        span = self.SHAPE_SPAN.search(spaced)
        if routine is None and alone is None and span is None:
            return
        bound = self.SHAPE_BOUND.search(spaced)
        if routine is None and alone is None and bound is None:
            return
        words = set(spaced_text(ctx.normalized).words)  # the words of WORD on the spaced text
        if words & self.SHAPE_VETO:
            return
        if not self._shape_place(ctx.text, spaced):
            return
        outbound = ctx.post.direction is Direction.OUTBOUND
        person = bool(self._people) and bool(self._people_in(ctx))
        if not person and outbound:
            person = bool(words & self.SHAPE_WRITER) or self.staff_in(ctx).has_near(0, 0, 1 << 30)
        timed = span is not None or bound is not None or self.TIME.search(ctx.normalized.folded)
        if routine is not None and person and not words & self.SHAPE_OTHERS:
            kind, cue = self.ROUTINE_KIND, routine
        elif (
            alone is not None
            and (person or outbound)
            and (timed or routine is not None)
            and not self.SHAPE_READER_TIP.search(ctx.normalized.folded)
        ):
            kind, cue = "whereabouts.alone", alone
        elif (
            span is not None
            and bound is not None
            and person
            and self.SHAPE_AWAY.search(spaced)
            and not self.SHAPE_BACK.search(spaced)
        ):
            kind, cue = self.ABSENCE_KIND, span
        else:
            return
        yield self._told_finding(ctx, cue, kind)

    def _to_a_rival(self, text: str, finding: Finding) -> bool:
        """An absence phrase followed by a competitor's name: "is off to Brillix", "part chez
        Brillix"."""
        if finding.kind != self.ABSENCE_KIND or finding.end is None:
            return False
        after = text[finding.end : finding.end + 40].lower().lstrip(" :,-")
        for word in ("chez ", "at ", "join ", "rejoindre "):
            if after.startswith(word):
                after = after[len(word) :]
        return any(
            after.startswith(r) and not after[len(r) : len(r) + 1].isalnum() for r in self._rivals
        )

    def _itinerary(self, ctx: Context) -> Iterator[Finding]:
        """Two days or more, each with a place: "lundi Aix, mardi Toulon, mercredi Nice"."""
        text = ctx.text
        stops = list(self.ITINERARY_STOP.finditer(text))
        if len({m.group("day").lower() for m in stops}) < 2:
            return
        start, end = stops[0].start(), stops[-1].end()
        if end - start > self.ITINERARY_SPAN:
            return
        words = set(self.WORD.findall(ctx.normalized.folded))
        if words & self.NOT_ITINERARY:
            return
        found = text[start:end]
        yield self.finding(
            ctx,
            category=Category.PERSONAL_SECURITY,
            kind=self.ROUTINE_KIND,
            severity=Severity.MEDIUM,
            span=(start, end),
            excerpt=found,
            rule=f"{self.LEXICON}.whereabouts.itinerary",
            matched=found,
            score=0.7,
            templates=self.ITINERARY_EXPLANATIONS,
            found=found,
        )

    def _one_location(self, found: list[Finding]) -> list[Finding]:
        """"Claire is having lunch at Le Bistrot right now": one location, not two."""
        now = f"{self.LEXICON}.whereabouts.location_now"
        if not any(f.rule == now for f in found):
            return found
        places = SpanIndex(
            (f.start or 0, f.end or 0, f)
            for f in found
            if f.kind == "whereabouts.location" and f.rule != now
        )
        return [
            f
            for f in found
            if f.rule != now or not places.has_near(f.start or 0, f.end or 0, self.ROUTINE_WINDOW)
        ]

    def _routines(
        self, ctx: Context, habits: list[Finding], schedules: list[Finding]
    ) -> Iterator[Finding]:
        """The habits found by the lexicon that are someone's routine, one finding per group."""
        norm = ctx.normalized
        staff: SpanIndex[str] | None = None
        people: SpanIndex[Person] = SpanIndex(())
        told = SpanIndex((f.start or 0, f.end or 0, f) for f in schedules)
        post = f" {spaced_text(norm).text} "
        finds_someone = any(p in post for p in self.FIND_SOMEONE)
        for cluster in self._clusters(habits):
            start, end = cluster[0].start or 0, max(f.end or 0 for f in cluster)
            if told.has_near(start, end, self.ROUTINE_WINDOW):
                continue  # a schedule of the lexicon already says it
            lo, hi = self._folded(norm, start - self.ROUTINE_WINDOW, end + self.ROUTINE_WINDOW)
            around = norm.folded[lo:hi]
            listed = self.WORD.findall(around)
            words = set(listed)
            spaced = f" {' '.join(listed)} "
            if finds_someone:
                words -= {"vous", "you"}
            if words & self.NOT_ROUTINE or any(p in spaced for p in self.NOT_ROUTINE_PHRASES):
                continue
            placed = len(cluster) > 1 or any(f.rule == self.PLACE_HABIT for f in cluster)
            if not (
                placed
                or words & self.ACTIVITIES
                or self.PLACE.search(spaced)
                or self.TIME.search(around)
            ):
                continue
            if not words & self.PRONOUNS and not self._own_routine(ctx, words):
                if staff is None:
                    staff = self.staff_in(ctx)
                    if self._people:
                        people = SpanIndex(self._people_in(ctx))
                if not (
                    staff.has_near(start, end, self.ROUTINE_WINDOW)
                    or people.has_near(start, end, self.ROUTINE_WINDOW)
                    or self._first_name_near(ctx.text, start, end)
                ):
                    continue
            found = ctx.text[start:end]
            first = cluster[0]
            yield replace(
                first,
                end=end,
                excerpt=found,
                matched=" + ".join(f.matched for f in cluster),
                explanation=self.explain(
                    ctx.explain_lang,
                    first.rule,
                    self._routine_explanations(),
                    found=found,
                ),
            )

    def _own_routine(self, ctx: Context, words: set[str]) -> bool:
        """The author's own routine: first person, outbound or said alone (see FIRST_PERSON)."""
        if not words & self.FIRST_PERSON:
            return False
        return ctx.post.direction.value == "outbound" or bool(words & self.ALONE)

    def _routine_explanations(self) -> dict[str, str]:
        return next(r.explanation for r in self.rules if r.id == "whereabouts.routine")

    @staticmethod
    def _folded(norm: NormalizedText, start: int, end: int) -> tuple[int, int]:
        """Positions in the folded text of original positions (clamped)."""
        start = max(0, start)
        if norm.index is None:
            return start, min(len(norm.folded), end)
        return bisect_left(norm.index, start), bisect_left(norm.index, end)

    def _clusters(self, habits: list[Finding]) -> Iterator[list[Finding]]:
        """Habits in text order, those close to each other together ("au même endroit tous les
        matins", "tous les jours à la même heure": one routine each)."""
        cluster: list[Finding] = []
        for habit in sorted(habits, key=lambda f: f.start or 0):
            if cluster and (
                len(cluster) >= 3
                or (habit.start or 0) - max(f.end or 0 for f in cluster[-2:]) > self.CLUSTER_GAP
            ):
                yield cluster
                cluster = []
            cluster.append(habit)
        if cluster:
            yield cluster

    def _first_name_near(self, text: str, start: int, end: int) -> bool:
        lo = max(0, start - self.ROUTINE_WINDOW)
        hi = min(len(text), end + self.ROUTINE_WINDOW)
        return any(
            m.group().lower() in self._first_names for m in self.CAPITALISED.finditer(text, lo, hi)
        )


#: the English pieces of ``Whereabouts.DAY_PARTS`` ("Mon"…"Sun"); each French one holds "di" or
#: "anche" (a module global: as a class attribute, the class prefilter would test its
#: two-letter endings one by one before the search)
_ENGLISH_DAY_PART = re.compile("[MTWFS](?:on|ue|ed|hu|ri|at|un)")


def _two_days(day: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` holds two different words of ``day`` (case aside): an itinerary names
    two days or more, and most posts that name a day name one ("jusqu'à samedi")."""
    first = day.search(text)
    if first is None:
        return False
    seen = first.group().lower()
    return any(m.group().lower() != seen for m in day.finditer(text, first.end()))
