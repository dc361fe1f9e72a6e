"""Round 11 (structural): risks told by the shape of a post rather than by one author's words.

A shape rule is two or three parts that must all be in the post, close to each other: a closed
list (disasters, commemorations, consumer bodies) or a grammatical shape (a count, an ordinal, a
hedge). Each part is a regular expression on the post's folded text (lowercase, no accents, the
punctuation and emoji kept), so a discount "-20 %" or a laughing emoji counts.

Reputation rules (:class:`ReputationShapes`):

- ``tone_deaf_promo`` (outbound): a promotion or a joke next to a disaster, an outage or a
  commemoration ("Canicule, coupures de courant… parfait pour tester nos lampes, merci la météo
  😂", "11 novembre : -11 % sur les bougies", "Storm knocked out power? 20% off today");
- ``complaint_waiting``, ``complaint_repeated``, ``complaint_escalation``,
  ``complaint_spreading`` (inbound): a wait counted ("Day 12 waiting for a reply", "3e
  relance", "toujours pas de réponse"), a failure counted ("4e ampoule grillée en 2 mois",
  "third hub dead in a month"), a consumer body or a lawyer, a defect shared by many ("half my
  neighbourhood has the same thing");
- ``contempt_customers`` (outbound): customers as a group and a punishment or a mockery ("les
  clients qui reviennent… on les laisse attendre, le karma");
- ``contempt_callers`` (outbound): customers calling the support, laughed at ("les retraités qui
  nous appellent pour régler le bluetooth, pitié 😂", "folks ring support because the plug isn't
  in 🙄").

The same machinery serves the confidentiality markers (an unreleased product teased behind a
secrecy hedge) and the financial disclosure family (a hedge and an allusion to shareholders).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from ....models import Category, Finding, Severity
from ....profile import Profile
from ...matching import PhraseMatcher
from ..base import Context, Detector


@dataclass(frozen=True)
class Shape:
    """A rule told by its shape: every part in the post, within ``window`` folded characters."""

    id: str
    kind: str
    category: Category
    severity: Severity
    directions: tuple[str, ...]
    parts: tuple[re.Pattern[str], ...]
    explanation: Mapping[str, str]
    #: none of these in the post (a donation, a reassurance, another family's topic)
    unless: re.Pattern[str] | None = None
    window: int = 160
    score: float = 0.65
    #: report only the last part's words (the promotion, not the disaster): when a lexicon rule
    #: of the same kind found the post too, its longer evidence is the one kept
    last_part_only: bool = False
    #: words (a trailing ``*`` lets the word continue) one of which the shape needs, those of
    #: one of its parts: found by the engine's shared pass, so a post with none of them costs a
    #: look-up instead of the patterns (empty: always tried)
    cues: tuple[str, ...] = ()


def find_shape(shape: Shape, folded: str) -> tuple[int, int] | None:
    """The folded span from the first to the last part, when every part is found close enough."""
    first = shape.parts[0]
    for anchor in first.finditer(folded):
        lo = max(0, anchor.start() - shape.window)
        hi = anchor.end() + shape.window
        start, end = anchor.start(), anchor.end()
        last = (start, end)
        for part in shape.parts[1:]:
            m = part.search(folded, lo, hi)
            if m is None:
                break
            start, end = min(start, m.start()), max(end, m.end())
            last = (m.start(), m.end())
        else:
            if shape.unless is not None and shape.unless.search(folded):
                return None
            return last if shape.last_part_only else (start, end)
    return None


class ShapeRules(Detector):
    """A detector of :class:`Shape` rules; each shape's ``cues`` are the cheap test before its
    patterns."""

    SHAPES: tuple[Shape, ...] = ()

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        #: every shape's cue words, the shape's id as payload (one matcher: the shared pass
        #: finds them with the other detectors' phrases)
        self._cues: PhraseMatcher[str] = PhraseMatcher(
            (cue, shape.id) for shape in self.SHAPES for cue in shape.cues
        )
        self._always = any(not shape.cues for shape in self.SHAPES)

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        return list(self.shapes(ctx))

    def shapes(self, ctx: Context) -> Iterator[Finding]:
        norm = ctx.normalized
        cued: set[str] = set()
        if self._cues and self._cues.found_in(norm):
            cued = {hit[3] for hit in self._cues.spaced_hits(norm)}
        if not cued and not self._always:
            return
        folded = norm.folded
        direction = ctx.post.direction.value
        for shape in self.SHAPES:
            if direction not in shape.directions:
                continue
            if shape.cues and shape.id not in cued:
                continue
            span = find_shape(shape, folded)
            if span is None:
                continue
            start, end = norm.to_original(*span)
            found = ctx.text[start:end]
            yield self.finding(
                ctx,
                category=shape.category,
                kind=shape.kind,
                severity=shape.severity,
                span=(start, end),
                excerpt=found,
                rule=f"{self.name}.{shape.id}",
                matched=found,
                score=shape.score,
                templates=shape.explanation,
                found=found[:120],
            )


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


#: disasters, outages and commemorations (closed list, folded text)
DISASTER = _re(
    r"\b(?:canicules?|heat ?waves?|storms?|tempetes?|blackouts?|coupures? de courant|"
    r"pannes? de courant|power cuts?|power outages?|knocked out power|without power|"
    r"sans (?:courant|electricite)|inondations?|inonde(?:e|es|s)?|floods?|flooding|flooded|"
    r"wildfires?|feux de foret|incendies?|seismes?|earthquakes?|tremblement de terre|"
    r"ouragans?|hurricanes?|tornades?|tornado(?:es)?|attentats?|terror attacks?|"
    r"11 novembre|armistice|8 mai|9/11|remembrance day|memorial day|hommage|deuil|"
    r"minute de silence|minute of silence|commemorations?)\b"
)
#: a promotion or a joke: a discount, a promo word, "perfect timing", a laughing emoji
PROMO = _re(
    r"(?:-\s?\d{1,2}\s?%|\b\d{1,2}\s?% (?:off|de (?:reduction|remise))|\bpromos?\b|"
    r"\bcode promo\b|\bsoldes\b|\bdiscount|\bperfect timing\b|\bparfait pour\b|"
    r"\bmoment ideal\b|\bmerci la meteo\b|\bthanks?,? weather\b|\bquoi de mieux\b|"
    r"\bwhat better\b|\bshop now\b|\btoday only\b|\baujourd'hui seulement\b|😂|🤣|😎|😜)"
)
#: help, donations, safety advice: not a pitch
DONATION = _re(
    r"\b(?:dons?|donate|donations?|gratuite?s?|offerte?s?|free of charge|for free|"
    r"sinistres|those affected|solidarite|solidarity|pretons|we lend|soyez prudents|stay safe)\b"
)

#: a wait counted: "day 12 waiting", "12 jours sans réponse", "3e relance", "still no reply"
WAITING = _re(
    r"\b(?:day \d{1,3} (?:waiting|of waiting|without|and still)|"
    r"\d{1,3} (?:jours?|semaines?|days?|weeks?|heures?|hours?|minutes?|mois|months?) "
    r"(?:d'attente|a attendre|sans (?:reponse|nouvelles)|waiting|of waiting|on hold|"
    r"without (?:a |any )?(?:reply|response|answer|news))|"
    r"\d{1,2}(?:e|eme|th|rd|nd) (?:relance|reminder|follow-up|email|mail|appel|call)|"
    r"(?:third|fourth|fifth|troisieme|quatrieme|cinquieme) (?:relance|reminder|follow-up|"
    r"email|mail|appel|call)|toujours (?:pas|aucune?) (?:de )?(?:reponse|nouvelles|retour)|"
    r"still (?:no|not a|without a) (?:reply|response|answer|word)|"
    r"(?:you keep|you(?:'re| are) still|still) ignoring (?:my|me|us)|vous ignorez mes messages)\b"
)
#: a failure counted: "4e ampoule grillée", "third hub dead", "fourth replacement lamp dead"
ORDINAL = _re(
    r"\b(?:\d{1,2}(?:e|eme|th|rd|nd)|second|third|fourth|fifth|sixth|deuxieme|troisieme|"
    r"quatrieme|cinquieme|sixieme) (?:\w+ ){0,2}?(?:ampoules?|lampes?|bulbs?|lamps?|hubs?|"
    r"replacements?|remplacements?|appareils?|devices?|chargeurs?|chargers?|prises?|plugs?|"
    r"batteries?|telecommandes?|remotes?|produits?|products?|units?)\b"
)
FAILED = _re(
    r"\b(?:grillee?s?|morte?s?|dead|died|hs|en panne|broke|broken|cassee?s?|lache|fried|"
    r"burnt out|burned out|blown|kaput|fichue?s?|defectueu(?:x|se|ses)|faulty)\b"
)
#: a consumer body, a lawyer, a regulator
ESCALATION = _re(
    r"\b(?:consumer (?:association|rights|protection|group)|association de consommateurs|"
    r"ufc|que choisir|60 millions de consommateurs|signalconso|signal conso|dgccrf|"
    r"trading standards|small claims|citizens advice|ombudsman|mediateur|avocat|lawyer|"
    r"solicitor|attorney|mise en demeure|plainte|legal action|poursuites|tribunal|"
    r"in my column|dans ma chronique)\b"
)
#: about the organisation, an order, a product or the service
ABOUT_US = _re(
    r"(?:@\w+|\b(?:commande|order|sav|support|service client|customer service|remboursement|"
    r"refund|livraison|delivery|lampe|lamp|ampoule|bulb|produit|product|colis|parcel|"
    r"reply|reponse|agent|conseiller)s?\b)"
)
#: a defect shared by many: "half my neighbourhood has the same thing", "tout le quartier"
SPREAD = _re(
    r"\b(?:half (?:my|the|of)|everyone (?:in|on|at)|all my (?:neighbou?rs|friends)|"
    r"(?:my|the) (?:whole )?neighbou?rhood|la moitie (?:de|du|des)|tout le quartier|"
    r"tous mes voisins|plein de gens|other (?:users|owners|people)|d'autres (?:clients|gens))\b"
)
SAME = _re(
    r"\b(?:(?:has|have|got|had) the same (?:thing|problem|issue|bug|fault)|same (?:problem|"
    r"issue|bug|fault)|(?:le )?meme (?:probleme|souci|bug|defaut|chose)|pareil chez)\b"
)

#: customers as a group
CUSTOMERS = _re(
    r"\b(?:les clients?|les clientes|nos clients|customers? who|the customers|clients qui|"
    r"ceux qui reviennent|les gens qui|people who keep|les (?:jeunes )?mamans|(?:new )?mums|"
    r"moms|les parents|les retraites|boomers|les touristes)\b"
)
#: a punishment or a mockery of them
PUNISH = _re(
    r"(?:\bon les (?:laisse|fait) (?:attendre|poireauter|mariner)|\bwe (?:let|make) them wait|"
    r"\bleave them waiting|\ble karma\b|\bkarma\b|\bbien fait pour eux|serves them right|"
    r"\bepuisant(?:e|es|s)\b|\binsupportables\b|\bexhausting\b|\bunbearable\b|\binsufferable\b|"
    r"\bpenibles\b|\brelous?\b|\bon les ignore\b|\bwe ignore them\b)"
)

#: customers calling the support...
CALLERS = _re(
    r"\b(?:(?:qui|qu'ils?|qu'elles?) nous (?:appellent|appelle|a appeles?|ont appeles?)|"
    r"(?:who|that) (?:call|calls|ring|rings|phone|phones) (?:us|support|the support)|"
    r"(?:ring|rings|call|calls|phone|phones) (?:us|support)|support calls?|appels? au sav)\b"
)
#: ...and laughed at: a mocking emoji, "pitié", "doesn't even know", "it wasn't plugged in"
MOCKED = _re(
    r"(?:😂|🤣|🙄|🤦|🤷|💅|\bpitie\b|\bmdr\b|\blol\b|\blmao\b|"
    r"\bsai(?:t|ent) (?:meme )?pas\b|\bdon'?t even know\b|\bdoesn'?t even know\b|"
    r"\bwasn'?t plugged in\b|\bisn'?t (?:even )?(?:plugged|in the socket)|"
    r"\bn'etait pas branchee?\b|\bpas branchee?\b)"
)

#: the cue words of the patterns above (see :attr:`Shape.cues`): each pattern needs one
DISASTER_CUES = (
    "canicule*", "heat wave", "heat waves", "heatwave*", "storm*", "tempete*", "blackout*",
    "coupure de courant", "coupures de courant", "panne de courant", "pannes de courant",
    "power cut", "power cuts", "power outage", "power outages", "knocked out power",
    "without power", "sans courant", "sans electricite", "inondation*", "inonde*", "flood*",
    "wildfire*", "feux de foret", "incendie*", "seisme*", "earthquake*",
    "tremblement de terre", "ouragan*", "hurricane*", "tornade*", "tornado*", "attentat*",
    "terror attack", "terror attacks", "11 novembre", "armistice", "8 mai", "9/11",
    "remembrance day", "memorial day", "hommage", "deuil", "minute de silence",
    "minute of silence", "commemoration*",
)
WAITING_CUES = (
    "day", "days", "jour", "jours", "semaine", "semaines", "week", "weeks", "heure", "heures",
    "hour", "hours", "minute", "minutes", "mois", "month", "months", "relance", "reminder",
    "follow*", "email", "mail", "appel", "call", "toujours", "still", "ignoring", "ignorez",
)
FAILED_CUES = (
    "grille*", "mort*", "dead", "died", "hs", "en panne", "broke", "broken", "casse*", "lache",
    "fried", "burnt out", "burned out", "blown", "kaput", "fichu*", "defectueu*", "faulty",
)
ESCALATION_CUES = (
    "consumer association", "consumer rights", "consumer protection", "consumer group",
    "association de consommateurs", "ufc", "que choisir", "60 millions de consommateurs",
    "signalconso", "signal conso", "dgccrf", "trading standards", "small claims",
    "citizens advice", "ombudsman", "mediateur", "avocat", "lawyer", "solicitor", "attorney",
    "mise en demeure", "plainte", "legal action", "poursuites", "tribunal", "in my column",
    "dans ma chronique",
)
SAME_CUES = ("same", "meme", "pareil chez")
PUNISH_CUES = (
    "on les laisse", "on les fait", "we let them wait*", "we make them wait*",
    "leave them waiting*", "karma", "bien fait pour eux", "serves them right", "epuisant*",
    "insupportables", "exhausting", "unbearable", "insufferable", "penibles", "relou*",
    "on les ignore", "we ignore them",
)
CALLERS_CUES = ("appel*", "call", "calls", "ring", "rings", "phone", "phones", "support")

REPUTATION_EXPLANATIONS = {
    "tone_deaf_promo": {
        "en": "Tone-deaf post (“{found}”): a promotion or a joke next to a disaster, an outage or "
        "a commemoration looks like profiting from it. Pause it; offer help instead.",
        "fr": "Message déplacé (« {found} ») : une promotion ou une blague à côté d'une "
        "catastrophe, d'une panne ou d'une commémoration donne l'image d'en profiter. "
        "Suspendez-la ; proposez plutôt de l'aide.",
    },
    "complaint": {
        "en": "Public complaint (“{found}”): a customer counts the wait or the failures, or "
        "turns to a consumer body or a lawyer. Answer quickly and in public, then in private.",
        "fr": "Réclamation publique (« {found} ») : un client compte l'attente ou les pannes, "
        "ou se tourne vers une association de consommateurs ou un avocat. Répondez vite et en "
        "public, puis en privé.",
    },
    "contempt_customers": {
        "en": "Contempt for customers (“{found}”): staff mocking or punishing a group of "
        "customers in public is read as the company's attitude. Remove it.",
        "fr": "Mépris des clients (« {found} ») : un salarié qui se moque d'un groupe de "
        "clients ou le punit en public est lu comme l'attitude de l'entreprise. Retirez-le.",
    },
}


#: a complaint that carries an ID or a phone number is a privacy matter first (its own family)
NUMBERS = _re(r"\d(?:[ .-]?\d){7,}")
#: a customer asking how the warranty works is a support request, not a public complaint
SUPPORT_REQUEST = _re(
    r"\b(?:garantie|warranty|demarche|procedure|how do i|comment (?:faire|proceder))\b|"
    + NUMBERS.pattern
)

#: a wait told politely, asking for help, is a support request ("please check my ticket")
POLITE_REQUEST = _re(
    r"\b(?:please|pls|s'il vous plait|svp|merci d'avance|thanks in advance|not angry|"
    r"pas (?:en colere|fache))\b|" + NUMBERS.pattern
)


def _complaint(
    id_: str,
    parts: tuple[re.Pattern[str], ...],
    cues: tuple[str, ...],
    window: int = 160,
    unless: re.Pattern[str] = NUMBERS,
) -> Shape:
    return Shape(
        id=id_,
        kind="reputation.complaint",
        category=Category.REPUTATION,
        severity=Severity.LOW,
        directions=("inbound",),
        parts=parts,
        explanation=REPUTATION_EXPLANATIONS["complaint"],
        unless=unless,
        window=window,
        cues=cues,
    )


class ReputationShapes(ShapeRules):
    name = "reputation_shapes"
    version = "1.0"
    categories = (Category.REPUTATION,)
    directions = ("outbound", "inbound")
    description = (
        "Reputation risks by their shape: a promotion next to a disaster or a commemoration, "
        "complaints that count the wait or the failures, contempt for a group of customers."
    )
    SHAPES = (
        Shape(
            id="tone_deaf_promo",
            kind="reputation.tone_deaf",
            category=Category.REPUTATION,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(DISASTER, PROMO),
            cues=DISASTER_CUES,
            explanation=REPUTATION_EXPLANATIONS["tone_deaf_promo"],
            unless=DONATION,
            window=120,
            last_part_only=True,
        ),
        _complaint("complaint_waiting", (WAITING,), WAITING_CUES, 160, POLITE_REQUEST),
        _complaint("complaint_repeated", (ORDINAL, FAILED), FAILED_CUES, 60, SUPPORT_REQUEST),
        _complaint("complaint_escalation", (ESCALATION, ABOUT_US), ESCALATION_CUES),
        _complaint("complaint_spreading", (SPREAD, SAME), SAME_CUES, window=80),
        Shape(
            id="contempt_customers",
            kind="reputation.insult",
            category=Category.REPUTATION,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(CUSTOMERS, PUNISH),
            cues=PUNISH_CUES,
            explanation=REPUTATION_EXPLANATIONS["contempt_customers"],
            window=120,
        ),
        Shape(
            id="contempt_callers",
            kind="reputation.insult",
            category=Category.REPUTATION,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(CALLERS, MOCKED),
            cues=CALLERS_CUES,
            explanation=REPUTATION_EXPLANATIONS["contempt_customers"],
            window=140,
        ),
    )
