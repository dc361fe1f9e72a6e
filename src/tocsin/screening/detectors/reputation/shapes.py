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

Round 12 added, from an unseen author set's misses: ``contempt_one_customer`` (one customer
singled out + a mockery), ``contempt_age`` (an age group + "can't cope"), ``insinuation`` (an
allusion or hearsay + advice to stay away; the competition family's when the profile's
competitor is named), ``crisis_others_data``, ``crisis_discrimination``, ``crisis_leaving``
(inbound), ``internal_for_colleagues`` and ``internal_meant_elsewhere`` (internal chatter by
shape), ``lifetime_promise``.

Round 13 added, from the next unseen set's misses: ``contempt_obvious_fix`` (the obvious fix
told to a customer + a sneer), ``threat_next_one`` ("le premier qui… je lui fais bouffer…"),
``sneer_inbound`` (a mocking emoji or phrase + the product or the service; not when the writer
blames themself or praises us), and wider parts: the n-th call counted, quoted words inside a
counted failure ("third 'smart' hub"), a pitch to the victims of a disaster ("pensez à nos…",
free delivery is no donation), a promise the heirs will see.

Round 14 added, from blind12's misses: ``contempt_another_customer`` ("encore une cliente
qui…" + irony), ``sarcastic_experts`` (experts thanked for explaining our job to us),
``aside_mocking_customer`` ("t'as vu le client ?" + a laugh or "entre nous"),
``internal_note_to_self`` (a note to self + a task for the team), ``internal_wrong_account``
("instead of the team channel" + the account or the posting), ``internal_who_posted`` ("who
posted this on the main account?"), ``internal_team_note`` (a note addressed to a team + a drive
link or an account number), ``hushed_incident`` (an accident, a fire, a recall + "on n'en parle
pas"), ``nothing_can_go_wrong`` (an absolute promise without the guarantee words).

Round 15 added, from blind13's misses: ``crisis_safety`` (a burning smell, melted plastic, smoke,
sparks or overheating in one of our products; not a competitor's), ``crisis_public_callout``
(an audience counted + "je vais tout raconter"), ``contempt_demeaning`` (customers as a type
called clueless or stupid; not when defended), ``contempt_counted_gripes`` (one customer singled
out for counted reviews or calls), ``internal_private_in_public`` ("next time let's do this in
DM" next to pay or figures), wider age parts ("à cet âge-là on comprend plus rien"), and praise
in slang ("killed me 💀") no longer a sneer.

Round 16 added, from blind14's misses and a sweep by kind: ``contempt_ironic_blame`` ("c'est
sûrement la lampe, pas du tout votre installation"), ``contempt_show_door`` ("pas contente ?
personne ne vous oblige"), ``insider_warning`` ("n'achetez pas nos lampes, elles lâchent"),
``contempt_reviewer`` ("your review says more about you"), ``complaint_unanswered`` ("eight
tweets, zero answers"), ``complaint_promise_broken`` (the 'lifetime' warranty that lasted 14
months), ``crisis_boycott`` (stop buying + pass it on), and wider parts: the obvious fix as a
condition ("right after you read the manual"), a customer located before "who", "never need to
replace a bulb again", screenshots kept for the followers; "won't last forever" is no promise.

Round 17 wrote, from blind15's misses, each kind as a structure over closed vocabularies shared
by the shapes (a quotation mark, condescension, ironic praise, an apology) rather than as the
miss's words: ``contempt_one_person`` (a role in quotes + condescension: "to the 'influencer'
who…: bless your heart 💅"), ``contempt_sarcastic_yes`` ("Sure, we'll…" + "because you can't…"),
``contempt_counted_yours`` ("votre 14e message" + a keepsake or a laugh), ``complaint_ironic_wait``
("Day 12 of 'we're looking into it'" + "loving it 👏"), ``internal_team_place`` ("is this the team
channel?") and ``internal_approval`` ("can someone approve the banner before Marc sees it").

The same machinery serves the confidentiality markers (an unreleased product teased behind a
secrecy hedge) and the financial disclosure family (a hedge and an allusion to shareholders).

Round 18 added, from the misses of train-o to train-t: ``failure_does_not_exist`` (a failure of
a product or a service said not to exist with us: "une lampe en panne, ça n'existe pas",
"downtime doesn't exist in the Lumio dictionary", "dead bulbs? never happened"; not the honest
"ça arrive, même chez nous" nor a condition "si votre colis n'arrive jamais").

Round 19 added, from the misses of blind17 and train-o to train-t: ``complaint_staff_conduct``
(inbound: one of our people, "your technician", "vos chefs d'équipe", + a conduct: yelled, hung
up, called me 'x', treat people like dogs, slow, rude; not with thanks or praise),
``promise_decades`` (a lifetime counted in decades + still working; not an anniversary or "depuis
40 ans"), ``promise_never_fails`` (the product + "ne … jamais" with a failure verb: "l'ampoule ne
claque jamais"; not a wish or a question), ``internal_validate_post`` (a colleague asked to
validate + "avant que je programme", "sinon je le repousse"), ``internal_draft_tag`` ("[à
supprimer]", "(draft)" opening the post) and ``rival_copying`` (category competition: a rival
pointed at without its name, "un concurrent lyonnais", "les voisins d'en face", + accused of
copying us; not "copié en mail" nor "une copie de votre facture").

Round 20 added, from the misses of blind17 and train-o to train-t: ``contempt_capacity`` (a
capacity some people lack, "trop compliqué pour certains", "a functioning brain on the other
end", "pas capable de visser", + a sneer or a customer; not a tutorial or help offered),
``contempt_generation`` ("les jeunes d'aujourd'hui, quelle bande d'assistés", "boomers … en
majuscules 🙄"; not a defence, a workshop or a job ad), ``contempt_blame_kit`` ("c'est pas nous,
c'est votre box qui est pourrie"), ``attack_press`` (a journalist or a piece + scorn: "research at
the bar", "zero facts", "a byline I won't forget"; not thanks or a correction), ``threat_visit``
(inbound: "I'm coming to ur office" + "it won't be pretty"), and ``rival_jab`` (category
competition, made per profile from its competitors' names: a rival named, called a competitor or
pointed at by a colour, "the people in the blue building", + a jab with no negative word: labour
law hinted, corners cut, "a company that actually…", staff who "escaped", an exodus, "you
probably bought it from…"; not with sincere praise). ``complaint_unanswered`` also counts
questions and requests, with a few words before the zero ("12 questions au SAV en trois
semaines, zéro réponse").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import cast

from ....models import Category, Finding, Severity
from ....profile import Profile
from ...lexicon import Gate
from ...matching import PhraseMatcher
from ...normalize import normalize
from ...prefilter import Prefiltered
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


def _prefiltered_shape(
    shape: Shape, wrapped: dict[int, Prefiltered]
) -> tuple[Shape, tuple[Prefiltered, ...]]:
    """``shape`` with its patterns behind literal prefilters (:mod:`tocsin.screening.prefilter`;
    same matches), and the prefilters of its parts after the first: a post without any literal
    of one of those holds no match of the shape, whose first part is then not searched.
    ``wrapped`` holds the wrappers made so far, so that a pattern shared by shapes tests a post
    once."""

    def wrap(pattern: re.Pattern[str] | Prefiltered) -> Prefiltered:
        if isinstance(pattern, Prefiltered):  # a class attribute, already wrapped
            return pattern
        found = wrapped.get(id(pattern))
        if found is None:  # its literals are read on first use
            found = wrapped[id(pattern)] = Prefiltered(pattern)
        return found

    parts = tuple(wrap(p) for p in shape.parts)
    unless = None if shape.unless is None else wrap(shape.unless)
    searched = replace(  # a Prefiltered answers as the pattern it wraps
        shape,
        parts=cast(tuple[re.Pattern[str], ...], parts),
        unless=cast(re.Pattern[str] | None, unless),
    )
    return searched, parts[1:]


def _may_hold(later: tuple[Prefiltered, ...], folded: str) -> bool:
    """False when a part after the first cannot match anywhere in ``folded`` (none of its
    literals is there): :func:`find_shape` would find no anchor with every part near it."""
    return all(part.may_match(folded) for part in later)


class ShapeRules(Detector):
    """A detector of :class:`Shape` rules; each shape's ``cues`` are the cheap test before its
    patterns."""

    SHAPES: tuple[Shape, ...] = ()

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        #: per direction, the cue words of its shapes, the shape's position as payload (one
        #: matcher per direction, both found by the shared pass with the other detectors'
        #: phrases: a post whose cue words are those of the other direction's shapes costs a
        #: look-up); one matcher for both when their shapes' cues are the same
        outbound, inbound = (
            [
                (cue, at)
                for at, shape in enumerate(self.SHAPES)
                if direction in shape.directions
                for cue in shape.cues
            ]
            for direction in ("outbound", "inbound")
        )
        self._outbound_cues: PhraseMatcher[int] = PhraseMatcher(outbound)
        self._inbound_cues: PhraseMatcher[int] = (
            self._outbound_cues if inbound == outbound else PhraseMatcher(inbound)
        )
        self._always = any(not shape.cues for shape in self.SHAPES)
        #: per direction, the positions of its shapes without cues (always tried)
        self._uncued = {
            direction: frozenset(
                at
                for at, shape in enumerate(self.SHAPES)
                if direction in shape.directions and not shape.cues
            )
            for direction in ("outbound", "inbound")
        }
        #: the shapes as searched: their patterns prefiltered, in the order of ``SHAPES``
        wrapped: dict[int, Prefiltered] = {}
        self._searched = tuple(_prefiltered_shape(shape, wrapped) for shape in self.SHAPES)

    def gate(self) -> Gate | None:
        """Nothing without a cue word of a shape, when every shape has cues: the engine then
        skips the post on its shared pass's look-up (:meth:`shapes` would stop there too)."""
        if self._always:
            return None
        matchers = {id(m): m for m in (self._outbound_cues, self._inbound_cues) if m}
        return Gate(tuple(matchers.values()))

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        return list(self.shapes(ctx))

    def skip(self, shape: Shape, ctx: Context) -> bool:
        """Whether a shape found in the post is another family's business (default: never)."""
        return False

    def shapes(self, ctx: Context) -> Iterator[Finding]:
        norm = ctx.normalized
        direction = ctx.post.direction.value
        cues = self._inbound_cues if direction == "inbound" else self._outbound_cues
        cued: set[int] = set()
        if cues and cues.found_in(norm):
            cued = {hit[3] for hit in cues.spaced_hits(norm)}
        elif not self._always:
            return
        tried = sorted(cued.union(self._uncued.get(direction, ())))  # the order of SHAPES
        if not tried:
            return
        folded = norm.folded
        searched = self._searched
        for at in tried:
            shape, later = searched[at]
            if not _may_hold(later, folded):
                continue
            span = find_shape(shape, folded)
            if span is None or self.skip(shape, ctx):
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
    r"\bwhat better\b|\bshop now\b|\btoday only\b|\baujourd'hui seulement\b|😂|🤣|😎|😜|"
    # round 13: a pitch to the victims ("pensez à nos lampes", "livraison offerte",
    # "#opportunité")
    r"\b(?:pensez a nos|think of our|n'oubliez pas nos|don'?t forget our|livraison offerte|"
    r"free (?:delivery|shipping)|#?opportunite|#opportunity|profitez(?:-en)?)\b)"
)
#: help, donations, safety advice: not a pitch
DONATION = _re(
    r"\b(?:dons?|donate|donations?|gratuite?s?|(?<!livraison )offerte?s?|free of charge|for free|"
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
    r"(?:you keep|you(?:'re| are) still|still) ignoring (?:my|me|us)|vous ignorez mes messages|"
    # round 13: the n-th time one calls or writes ("3e fois que j'appelle", "third time I've
    # called")
    r"(?:\d{1,2}(?:e|eme|th|rd|nd)|third|fourth|fifth|troisieme|quatrieme|cinquieme) "
    r"(?:fois que (?:j'appelle|j'ecris|je relance|je rappelle|je vous)|time (?:i'?ve|i) "
    r"(?:called|rung|phoned|written|emailed|chased|asked)))\b"
)
#: a failure counted: "4e ampoule grillée", "third hub dead", "fourth replacement lamp dead"
ORDINAL = _re(
    r"\b(?:\d{1,2}(?:e|eme|th|rd|nd)|second|third|fourth|fifth|sixth|deuxieme|troisieme|"
    r"quatrieme|cinquieme|sixieme) (?:['\"‘’“”«»]?\w+['\"‘’“”«»]? ){0,2}?"
    r"(?:ampoules?|lampes?|bulbs?|lamps?|hubs?|"
    r"replacements?|remplacements?|appareils?|devices?|chargeurs?|chargers?|prises?|plugs?|"
    r"batteries?|telecommandes?|remotes?|produits?|products?|units?)\b"
)
FAILED = _re(
    r"\b(?:grillee?s?|morte?s?|dead|died|hs|en panne|broke|broken|cassee?s?|lache|fried|"
    r"burnt out|burned out|blown|kaput|fichue?s?|defectueu(?:x|se|ses)|faulty|"
    # round 16: "troisième ampoule cramée en huit semaines"
    r"cramee?s?)\b"
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
    "fois que", "time i've", "time ive", "time i",
)
FAILED_CUES = (
    "grille*", "mort*", "dead", "died", "hs", "en panne", "broke", "broken", "casse*", "lache",
    "fried", "burnt out", "burned out", "blown", "kaput", "fichu*", "defectueu*", "faulty",
    "crame", "cramee", "crames", "cramees",
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


# -- Round 12 (structural, from blind10's misses) ------------------------------------------------

#: one customer singled out in the third person ("to the gentleman on the forum who…", "au
#: monsieur qui a appelé cinq fois")
ONE_CUSTOMER = _re(
    r"\b(?:(?:to|for) the (?:gentleman|lady|guy|man|woman|customer|client|person|genius|dude|"
    r"caller|sir|madam)|(?:au|a la|pour le|pour la|a ce|a cette) (?:monsieur|dame|client|cliente|"
    r"personne|genie|petit malin|petite maline|correspondant|correspondante))\b"
)
#: a mockery: a mocking emoji, "apparently", a lecture in one-word sentences ("On. The. Wall.")
MOCKERY = _re(
    r"(?:🙃|🙄|🤦|😂|🤣|\bapparently\b|\bapparemment\b|\bvisiblement\b|\blol\b|\bmdr\b|"
    r"\bsuperpower|\bsuper-?pouvoir|#blessed\b|\bbless (?:her|his|their) (?:heart|soul)|"
    r"\b\w{1,10}\. \w{1,10}\. \w{1,10}\.)"
)
#: (cues: the whole phrase, "to the guy", "à la dame": the nouns alone are too common)
ONE_CUSTOMER_CUES = tuple(
    f"{to} {who}"
    for to in ("to the", "for the")
    for who in ("gentleman", "lady", "guy", "man", "woman", "customer", "client", "person",
                "genius", "dude", "caller", "sir", "madam")
) + tuple(
    f"{to} {who}"
    for to in ("au", "a la", "pour le", "pour la", "a ce", "a cette")
    for who in ("monsieur", "dame", "client", "cliente", "personne", "genie", "petit malin",
                "petite maline", "correspondant", "correspondante")
)

#: an age group ("if you're over 50", "les plus de 60 ans", "boomers", "à votre âge")
AGE_GROUP = _re(
    r"\b(?:(?:over|plus de|passe|past|after) (?:[4-9]0|forty|fifty|sixty|seventy|quarante|"
    r"cinquante|soixante|septante)(?: ans)?|boomers?|seniors?|les vieux|old (?:people|folks|"
    r"timers)|a votre age|at your age|a (?:cet|leur|son) age(?:-la)?|at (?:that|their|his|her) age|"
    r"personnes agees|the elderly|older (?:people|folks|customers|users)|(?:grannies|grandmas|"
    r"grandpas|papys|mamies))\b"
)
#: ...told they cannot cope ("you probably won't get the app", "vous n'y comprendrez rien")
INCAPABLE = _re(
    r"\b(?:(?:won'?t|will not|can'?t|cannot|never) (?:\w+ )?(?:get|understand|figure|manage|"
    r"use|work out|cope)|too (?:complicated|hard|difficult|techy) for (?:you|them)|"
    r"n'y (?:comprendr|arriver)\w*|(?:on|ils|elles|ne|n'y) (?:\w+ )?(?:comprend|comprennent|"
    r"capte|captent|pige|pigent|connai\w+|sai\w+) (?:plus |pas |jamais )?(?:rien|que dalle)|"
    r"(?:don'?t|doesn'?t|never) (?:understand|get|know) (?:anything|a thing|a clue)|"
    r"(?:haven'?t|have no|has no|no) (?:a )?clue|clueless|ne (?:comprendr|saur|arriver)\w*|"
    r"trop (?:complique|dur|difficile) pour (?:vous|eux|elles)|pas pour vous)"
)
#: (cues: the age group's words, rarer than "can't" or "never")
AGE_CUES = tuple(
    f"{over} {age}"
    for over in ("over", "plus de", "passe", "past", "after")
    for age in ("40", "50", "60", "70", "80", "90", "forty", "fifty", "sixty", "seventy",
                "quarante", "cinquante", "soixante", "septante")
) + (
    "boomer", "boomers", "senior", "seniors", "a cet age", "a leur age", "a son age",
    "at that age", "at their age", "at his age", "at her age", "personnes agees",
    "the elderly", "older people", "older folks", "older customers", "older users",
    "les vieux", "old people", "old folks",
    "old timers", "a votre age", "at your age", "grannies", "grandmas", "grandpas", "papys",
    "mamies",
)

#: a claim about a third party dropped as an allusion or hearsay ("we don't name names", "you
#: know who we mean", "we're told", "paraît-il")...
INSINUATION = _re(
    r"\b(?:(?:we|i) (?:don'?t|won'?t|do not|will not) name (?:names|anyone|them)|no names|"
    r"you know who (?:we|i) mean|you know who you are|they know who they are|"
    r"suivez mon regard|(?:je|on) ne (?:citerai|citera|nommerai|nommera) personne|"
    r"sans (?:citer|nommer) personne|ils se reconnaitront|(?:we'?re|we are|i'?m|i was|we were) "
    r"told|(?:we|i)(?:'ve)? heard|word is|rumou?r (?:has it|says)|il parait|parait-il|"
    r"on (?:nous|m')a dit|d'apres (?:nos|mes) (?:infos|sources)|selon (?:nos|mes) sources)\b"
)
#: ...with advice to stay away from them
AVOID = _re(
    r"\b(?:(?:don'?t|do not|never) (?:bother )?(?:buy|order|shop)(?:ing)? (?:from|with|at)|"
    r"(?:stay away|steer clear) from|avoid (?:them|their)|(?:n'achetez|ne commandez|"
    r"n'allez) (?:pas|jamais) chez|evitez(?:-les| leurs| ces)|fuyez)\b"
)
AVOID_CUES = (
    "don't bother", "dont bother", "don't buy", "don't order", "don't shop", "do not buy",
    "do not order", "never buy", "never order", "stay away", "steer clear", "avoid them",
    "avoid their", "n'achetez", "ne commandez", "n'allez", "evitez*", "fuyez",
)

#: an inbound report of someone else's data seen (a breach: a crisis signal)
OTHERS_DATA = _re(
    r"\b(?:someone else'?s|somebody else'?s|another (?:customer|user|person|client)'s|"
    r"(?:d'un autre|d'une autre) (?:client|cliente|"
    r"utilisateur|utilisatrice|personne)|de quelqu'un d'autre|(?:gdpr|rgpd) (?:breach|"
    r"violation)|data (?:breach|leak)|fuite de donnees|violation (?:du |des donnees )?rgpd)\b"
)
SEEN = _re(
    r"\b(?:shows?|showing|shown|see|saw|seeing|logged|displays?|displaying|visible|"
    r"affiche|affichait|vois|voit|voyais|connecte|apparait|apparaissent|breach|leak|"
    r"violation|fuite)\b"
)
OTHERS_DATA_CUES = (
    "someone else*", "somebody else*", "another customer*", "another user*",
    "another person*", "another client*", "d'un autre", "d'une autre", "quelqu'un d'autre",
    "gdpr", "rgpd", "data breach", "data leak", "fuite de donnees",
)

#: an inbound accusation of discrimination in hiring: an application + a protected ground
APPLIED = _re(
    r"\b(?:j'ai postule|postule chez vous|ma candidature|i applied|applied (?:for|to|at)|"
    r"my (?:job )?application|entretien d'embauche|job interview)\b"
)
GROUND = _re(
    r"\b(?:a \d{2} ans|\d{2} ans et|at \d{2}|\d{2} years old|trop (?:vieux|vieille|age|agee|"
    r"jeune)|too old|too young|(?:mes|deux|trois|\d) enfants|(?:my|two|three|\d) (?:kids|"
    r"children)|enceinte|pregnant|mon accent|my accent|mon nom|my (?:sur)?name|mon origine|"
    r"my origin|handicap|disability|wheelchair|fauteuil roulant|voile|headscarf)\b"
)
APPLIED_CUES = (
    "postule", "candidature", "applied", "my application", "my job application",
    "entretien d'embauche", "job interview",
)

#: an inbound "shame on you" with the customer leaving ("never again", "je passe chez…")
SHAME = _re(
    r"\b(?:shame on|honte a|c'est une honte|what a disgrace|quelle honte|disgraceful|"
    r"scandaleux|scandalous)\b"
)
LEAVING = _re(
    r"\b(?:never again|plus jamais|(?:going|switching|moving) to|je (?:passe|vais) chez|"
    r"je pars chez|last time i|derniere fois que)\b"
)
SHAME_CUES = (
    "shame on", "honte a", "c'est une honte", "what a disgrace", "quelle honte",
    "disgraceful", "scandaleux", "scandalous",
)

#: a message for colleagues: something parked here "until the wiki is back", a customer's details
#: "to enter" (a team merely addressed is not: a security tip to colleagues is for the public)
COLLEAGUES = _re(
    r"(?:\b(?:je le|je la|je les) (?:mets|laisse|colle) ici\b|"
    r"\b(?:i'?ll|let me) (?:put|leave|drop|paste) (?:it|this|them) here\b|"
    r"\b(?:infos|informations|coordonnees|donnees|details) (?:du|de la|des|of the) "
    r"(?:clients?|clientes?|customers?) a (?:saisir|entrer|rentrer)|\ba saisir dans\b|"
    r"\bto (?:enter|key in) (?:in|into) (?:the )?(?:crm|erp|system))"
)
#: ...and what only colleagues should get: a link to a drive or a hook, bank details,
#: registration numbers, a login
INTERNAL_ITEM = _re(
    r"(?:\bhttps?://(?:drive|docs|hooks|[\w-]+\.sharepoint|dropbox|notion)\b|\bwebhook|"
    r"\b(?:wire|virez|virement)\b|\biban\b|\b[a-z]{2}\d{2}(?: ?[0-9a-z]{4}){3}|"
    r"\b(?:siret|siren|vat number|numero de tva)\b|\blogin\b|\bmot de passe\b|\bpassword\b|"
    r"\bidentifiants\b|\bcredentials\b|\bacces toute personne\b|\banyone with the link\b)"
)
COLLEAGUES_CUES = (
    "mets ici", "laisse ici", "colle ici",
    "put it here", "leave it here", "drop it here", "paste it here", "put this here",
    "drop this here", "a saisir", "a entrer", "to enter", "to key in",
)

#: a message meant for a chat group or a channel ("supposed to go in the managers' group"; not
#: "meant for": a product is meant for a group of users too); only "supposed to go" is reported,
#: so that the lexicon rule ``internal_chatter.channel``, when it finds it too, keeps its finding
MEANT_ELSEWHERE = _re(
    r"\b(?:supposed to (?:go|be posted|be sent)|meant to (?:go|be posted|be sent)|"
    r"cense(?:e)? (?:aller|partir|etre (?:poste|envoye)e?)|devait (?:aller|partir)|"
    r"(?:etait )?destinee? (?:au|a la|aux))\b"
)
CHAT_PLACE = _re(
    r"\b(?:group|groupe|group chat|channel|canal|thread|fil|conversation|dm|mp|inbox|"
    r"messagerie)\b"
)
MEANT_CUES = (
    "supposed to go", "supposed to be posted", "supposed to be sent", "meant to go",
    "meant to be posted", "meant to be sent", "cense aller", "censee aller", "cense partir",
    "censee partir", "cense etre", "censee etre", "devait aller", "devait partir", "destine*",
)
#: a post inviting the public to a group or a channel is no slip
JOIN = _re(
    r"\b(?:rejoignez|rejoindre|join|community|communaute|abonnez|subscribe|contactez|"
    r"contact us|ecrivez-nous|message us)\b"
)

#: an absolute lifetime promise ("the last lamp you'll ever need", "vous n'en rachèterez
#: jamais")
LIFETIME = _re(
    r"\b(?:the last (?:\w+ ){1,2}you(?:'ll| will)? ever (?:need|buy|own)|never (?:need|have) "
    r"to buy (?:another|a new)|(?:vous )?n'en (?:rachet|achet|changer)\w* (?:plus )?jamais|"
    r"la derniere (?:\w+ ){1,2}que vous (?:acheterez|achetez|aurez)|plus jamais besoin "
    r"d'en (?:racheter|changer|acheter)|"
    # round 13: the heirs will have it ("your grandchildren will inherit them", "elle vous
    # survivra")
    r"(?:grand)?(?:children|kids) will inherit|(?:petits-)?enfants (?:en )?heriteront|"
    r"will outlive you|vous survivr\w*|survivr\w* a (?:votre|vos)|outlive your|"
    r"(?:grand)?(?:kids|children) will still be using|(?:petits-)?enfants (?:s'en )?serviront "
    r"encore|last(?:s)? forever|durer? (?:toute la vie|a vie|"
    r"pour toujours)|"
    # round 16: "you'll never need to replace a bulb again", "vous n'aurez plus jamais à en
    # changer", "the only lamp you'll ever need"
    r"never (?:need|have|ever need|ever have) to (?:replace|change|buy|repair|fix) "
    r"(?:[\w']+ ){0,3}?(?:again|ever)|the only (?:\w+ ){1,2}you(?:'ll| will)? ever need|"
    r"n'aurez (?:plus )?jamais (?:a|besoin d'|besoin de) (?:en )?(?:changer|remplacer|racheter|"
    r"reparer)|la seule (?:\w+ ){1,2}dont vous aurez (?:jamais )?besoin)"
)
LIFETIME_CUES = (
    "ever need", "ever buy", "ever own", "never need to buy", "never have to buy",
    "n'en racheter*", "n'en rachet*", "n'en acheter*", "n'en achet*", "n'en changer*",
    "que vous acheterez", "que vous achetez", "que vous aurez", "plus jamais besoin",
    "will inherit", "heriteront", "en heriteront", "outlive you", "vous survivr*",
    "last forever", "lasts forever", "toute la vie", "dure a vie", "durer a vie",
    "pour toujours", "never need to", "never have to", "never ever need", "never ever have",
    "you'll ever need", "you will ever need", "survivra", "survivront", "outlive your",
    "will still be using", "serviront encore", "n'aurez plus jamais", "n'aurez jamais",
    "dont vous aurez",
)

#: "no lamp lasts forever": the promise denied is the honest answer
FOREVER_DENIED = _re(
    r"\b(?:no (?:\w+ ){0,2}lasts? forever|nothing lasts forever|aucune? (?:\w+ ){0,2}ne dure|"
    r"rien ne dure|ne dure(?:ra)? pas (?:toute la vie|a vie|pour toujours)|"
    # round 16: "won't last forever, but rated at 25,000 hours" is the honest answer too
    r"(?:won'?t|will not|doesn'?t|does not|can'?t|cannot|don'?t|do not) last forever|"
    r"ne (?:va|vont) pas durer (?:toute la vie|a vie|pour toujours))\b"
)

# -- Round 13 (structural, from blind11's misses) ------------------------------------------------

#: the obvious fix told to a customer ("Madame, il faudrait peut-être la brancher", "have you
#: tried plugging it in"): the closed class of the things anyone would have done...
OBVIOUS_FIX = _re(
    r"\b(?:peut-etre|faudrait|maybe|perhaps|have you tried|avez-vous essaye de|essayez de|"
    # round 16: the fix as a condition ("we'll fix it right after you read the manual")
    r"try|after you|once you|as soon as you|when you|des que vous|apres avoir|quand vous "
    r"aurez|une fois que vous) (?:[\w']+ ){0,3}?(?:brancher|plug(?:ging)? (?:it|them) in|"
    r"l'allumer|les allumer|"
    r"turn(?:ing)? (?:it|them) on|switch(?:ing)? (?:it|them) on|lire la notice|"
    r"read(?:ing)? the (?:manual|instructions)|lu la notice|lu le mode d'emploi)\b"
)
#: ...with a mockery: a mocking emoji, a kiss to "the geniuses", "incroyable ce qu'on lit"
SNEER = _re(
    r"(?:😘|🙃|🙄|🤦|😂|🤣|💅|\b(?:genies|geniuses|einsteins|petits malins|rocket scientists|"
    r"incroyable ce qu'on|unbelievable what|you can'?t make this up|on aura tout lu|"
    r"on aura tout vu|seriously|serieusement|lol|mdr)\b|"
    # round 16: "it's page 1", "c'est en page 1"; a sarcastic yes to a customer by name ("Sure
    # Kevin, we'll…", "Mais oui Madame, on…")
    r"\b(?:it'?s (?:on )?page (?:1|one)|c'est (?:a la |en )?page (?:1|une))\b|"
    r"\b(?:sure|of course|bien sur|mais oui|oui oui),? \w+, (?:we'?ll|we will|i'?ll|on (?:va|"
    r"vous)|je (?:vais|vous)|nous (?:allons|vous)))"
)
OBVIOUS_FIX_CUES = (
    "brancher", "plug it in", "plugging it in", "plug them in", "plugging them in",
    "l'allumer", "les allumer", "turn it on", "turning it on", "turn them on",
    "switch it on", "switching it on", "lire la notice", "read the manual",
    "reading the manual", "read the instructions", "reading the instructions",
    "lu la notice", "lu le mode d'emploi",
)

#: a threat to whoever comes next ("le premier qui me reparle de…", "the next person who
#: asks…")...
NEXT_ONE = _re(
    r"\b(?:le (?:premier|prochain) qui|la (?:premiere|prochaine) (?:personne )?qui|"
    r"the (?:next|first) (?:person|one|customer|guy|caller|idiot) (?:who|to|that)|"
    r"(?:si|if) (?:encore un|one more) (?:client|customer|person|personne|guy|caller))\b"
)
#: ...and what will be done to them ("je lui fais bouffer son routeur", "I'll make them eat it")
HARM = _re(
    r"\b(?:je (?:lui|leur) (?:fais|ferai|fait) (?:bouffer|manger|avaler)|"
    r"je (?:l'|le |la |les )?(?:etrangle|tue|bute|defonce|frappe|claque|egorge)\w*|"
    r"je (?:lui|leur) (?:mets|colle|fous|balance|envoie) (?:\w+ ){0,2}(?:baffe|claque|"
    r"pain|poing|droite|tarte)|i'?ll (?:make (?:him|her|them) eat|strangle|kill|throttle|"
    r"punch|smack|slap|shove|strangle|murder|end)|i (?:will|swear i'?ll) (?:strangle|kill|"
    r"throttle|punch|slap|murder))\b"
)
NEXT_ONE_CUES = (
    "le premier qui", "le prochain qui", "la premiere qui", "la prochaine qui",
    "la premiere personne qui", "la prochaine personne qui", "the next person", "the next one",
    "the next customer", "the next guy", "the next caller", "the next idiot",
    "the first person", "the first one", "si encore un", "one more customer",
    "one more person", "one more guy", "one more caller",
)

#: an inbound sneer at the brand: a mocking emoji or phrase ("couldn't be me 💀", "ben voyons",
#: 🙃 🤡)...
SARCASM = _re(
    r"(?:🙃|🙄|💀|🤡|\b(?:couldn'?t be me|imagine paying|ben voyons|merci pour rien|"
    r"thanks for nothing|quelle blague|what a joke|c'est (?:la|une) blague|bravo les artistes)\b|"
    r"#fail\b)"
)
#: ...unless the post blames itself or praises us ("c'est sûrement ma box, pas vous", "switched
#: to Lumio and never looked back")
NOT_AT_US = _re(
    r"\b(?:pas vous|not you|not your fault|pas de votre faute|switched to|passe chez|"
    r"never looked back|aucun regret|no regrets|avec @?\w+,? au moins|with @?\w+,? at least|"
    r"love (?:it|you|my)|j'adore|merci beaucoup|thank you so much|"
    # round 15: praise in slang ("killed me 💀", "give them a raise", "je suis morte 😂")
    r"killed me|i'?m (?:dead|crying|screaming|deceased)|give (?:them|him|her|whoever) a "
    r"(?:raise|promotion|medal)|augmentez (?:le|la|les)|chef'?s kiss|iconic|obsessed|"
    r"masterpiece|10/10|je suis mort(?:e)?(?: de rire)?|trop fort|pepite|chef-d'oeuvre)\b"
)
#: (cues: emoji are not words for the shared pass, so the sneer's own phrases and the nouns of
#: the service or the product it is about)
SARCASM_CUES = (
    "commande*", "order", "orders", "sav", "support", "service client", "customer service",
    "remboursement*", "refund*", "livraison*", "delivery", "lampe*", "lamp", "lamps",
    "ampoule*", "bulb", "bulbs", "produit*", "product*", "colis", "parcel*",
    "couldn't be me", "couldnt be me", "imagine paying", "ben voyons",
    "merci pour rien", "thanks for nothing", "quelle blague", "what a joke", "c'est la blague",
    "c'est une blague",
    "fail", "bravo les artistes",
)

# -- Round 14 (structural, from blind12's misses) ------------------------------------------------

#: "another customer who…", "encore un client qui…": the typical customer, told as one more of a
#: series...
ANOTHER_CUSTOMER = _re(
    r"\b(?:(?:yet )?another|one more|encore (?:un|une)|un enieme|une enieme|(?:un|une) de plus,?)"
    r" (?:customer|client|cliente|caller|user|utilisateur|utilisatrice|monsieur|dame)s? "
    r"(?:who|that|qui)\b|"
    # the ironic "love it when customers…", "j'adore les clients qui…"
    r"\b(?:love (?:it )?when (?:a |the )?(?:customers?|clients?|users?|callers?)|"
    r"j'adore (?:quand )?(?:les|des|ces|un|une) (?:clients?|clientes?|utilisateurs?|"
    r"utilisatrices?) qui|(?:ah|ces) (?:les )?(?:clients?|clientes?) qui)\b"
)
#: ...with the irony that turns it into contempt: a mocking emoji, "I love this job"
IRONY = _re(
    r"(?:🙃|🙄|😒|🤦|😑|\bi (?:just |really )?love (?:this|my) (?:job|work)\b|\blove it so much\b|"
    r"\bj'adore (?:ce|mon) (?:job|metier|travail|boulot)\b|\bquel (?:metier|job|boulot)\b|"
    r"\bwhat a job\b|\bvive (?:le|mon) (?:metier|job|sav|support)\b|\bliving the dream\b|"
    r"\bon ne s'en lasse pas\b|\bnever gets old\b)"
)
ANOTHER_CUSTOMER_CUES = tuple(
    f"{one} {who}"
    for one in ("another", "one more", "encore un", "encore une", "un enieme", "une enieme")
    for who in ("customer", "customers", "client", "clients", "cliente", "caller", "user",
                "utilisateur", "utilisatrice", "monsieur", "dame")
) + (
    "love when", "love it when", "j'adore les clients", "j'adore des clients",
    "j'adore ces clients", "j'adore quand", "j'adore les clientes", "j'adore les utilisateurs",
    "ah les clients", "ces clients qui", "ces clientes qui",
)

#: self-appointed experts thanked for explaining our own job to us ("merci aux experts qui nous
#: expliquent notre métier", "shout-out to the geniuses telling us how to do our job")...
EXPERTS = _re(
    r"\b(?:experts?|expertes?|specialistes?|genies|geniuses|connaisseurs?|professeurs?|"
    r"donneurs de lecons|know-it-alls?|je-sais-tout|armchair \w+|keyboard \w+|"
    r"ingenieurs? du dimanche)\b"
)
#: ...by the lecture itself: our job explained to us, their next thesis awaited
LECTURE = _re(
    r"\b(?:(?:nous|m') ?(?:expliquent|expliquez|explique|apprennent|apprenez|enseignent|"
    r"expliquer|apprendre) (?:\w+ ){0,2}(?:notre|nos|mon) (?:propre )?(?:metier|travail|job|"
    r"boulot)|explain(?:s|ing)? (?:\w+ ){0,2}(?:our|my) (?:own )?(?:job|work|business|trade) "
    r"to (?:us|me)|(?:tell|telling|teach|teaching|lecture|lecturing|show|showing) (?:us|me) "
    r"(?:how to do )?(?:our|my) (?:own )?(?:job|work|business|trade)|prochaine these|"
    r"prochain (?:cours magistral|traite)|next (?:thesis|dissertation|ted talk|lecture))\b"
)
EXPERTS_CUES = (
    "expert*", "specialiste*", "genies", "geniuses", "connaisseur*", "professeur*",
    "donneurs de lecons", "know it all*", "je sais tout", "armchair", "keyboard",
    "ingenieur du dimanche", "ingenieurs du dimanche",
)

#: an aside to a colleague about a customer ("t'as vu la tête du client ?", "did you see that
#: customer")...
SEEN_CUSTOMER = _re(
    r"\b(?:t'as vu|t'avais vu|tu as vu|vous avez vu|avez-vous vu|did (?:you|u|ya) see|"
    r"did (?:you|u) hear|you see|t'as entendu|vous avez entendu) (?:[\w']+ ){0,4}?"
    r"(?:clients?|clientes?|customers?|prospects?|callers?)\b"
)
#: ...laughed at or kept "between us"
AMONG_US = _re(
    r"(?:😂|🤣|😹|\b(?:mdr+|ptdr+|lol+|lmao|lmfao|entre nous|between us|between you and me|"
    r"off the record|keep (?:it|this) (?:between us|quiet)|on garde ca pour nous)\b)"
)
SEEN_CUSTOMER_CUES = (
    "t'as vu", "t'avais vu", "tu as vu", "vous avez vu", "avez vous vu", "did you see",
    "did u see", "did ya see", "did you hear", "did u hear", "you see", "t'as entendu",
    "vous avez entendu",
)
#: thanks or praise: a customer's kind word is shared, not mocked
PRAISE = _re(
    r"\b(?:merci|thanks|thank you|bravo|felicitations|congrats|congratulations|so proud|"
    r"fiers?|fieres?)\b"
)

#: a note to self posted publicly ("note pour moi : demander à Lucas si…", "reminder to self:
#: check with Sam before posting")...
NOTE_TO_SELF = _re(
    r"\b(?:note (?:pour moi|a moi-meme|a moi meme|perso|to self|to myself|for myself)|"
    r"(?:rappel|reminder|memo|pense-bete) (?:pour moi|perso|to self|to myself|for myself|"
    r"a moi-meme)|todo|to-do|ne pas oublier de|penser a)\b"
)
#: ...with a task for the team: ask or check with someone, something to do before posting
TEAM_TASK = _re(
    r"\b(?:(?:re)?demander a \w+|voir avec \w+|verifier (?:avec|aupres de|si|que)|"
    r"relancer \w+|confirmer avec|checker (?:avec|si)|ask \w+ (?:if|whether|about|to)|"
    r"check with|confirm with|ping \w+|follow up with|avant de (?:poster|publier|envoyer|"
    r"mettre en ligne|programmer)|before (?:posting|publishing|sending|scheduling|"
    r"this goes (?:live|out)))\b"
)
NOTE_TO_SELF_CUES = (
    "note pour moi", "note a moi meme", "note perso", "note to self", "note to myself",
    "note for myself", "rappel pour moi", "rappel perso", "reminder to self",
    "reminder to myself", "reminder for myself", "memo pour moi", "memo to self",
    "memo perso", "pense bete", "todo", "to do", "ne pas oublier de", "penser a",
)

#: posted on the account "instead of" the team's channel ("scheduled this to the main account
#: instead of the team channel", "publié ici au lieu du groupe")...
INSTEAD_OF_CHAT = _re(
    r"\b(?:instead of|rather than|au lieu de|au lieu du|a la place de|a la place du|"
    r"plutot que (?:sur|dans)) (?:the |our |my |le |la |l'|notre |nos |mon |sur |dans )?"
    r"(?:team |equipe |internal |interne |private |prive |staff )?(?:slack|teams|channel|canal|"
    r"group chat|groupe|group|chat|dm|mp|whatsapp|thread|fil|drafts?|brouillons?)\b"
)
#: ...or the team asked who posted it on the brand's account ("which one of you scheduled this
#: on the main account", "qui a publié ça sur le compte officiel")
WHO_POSTED = _re(
    r"\b(?:who|which (?:one )?of (?:you|u|us)|lequel d'entre vous|laquelle d'entre vous|qui)"
    r" (?:just |a |est-ce qui a )?(?:scheduled|posted|published|sent|programme|publie|poste|"
    r"envoye|mis) (?:this|that|ca|ce post|ce message|ce truc) (?:\w+ ){0,2}(?:on|to|sur) "
    r"(?:the |our |le |la |notre )?(?:(?:main|brand|public|official|company) (?:account|page)|"
    r"(?:compte|page) (?:principal|principale|officiel|officielle|public|publique|"
    r"de la marque))\b"
)
#: a photo credit asked ("who posted this on our official page? tag them so we can thank
#: them") is no slip
CREDIT = _re(
    r"\b(?:merci|thanks|thank|bravo|tag|taguez|identifiez|credit|credits|gorgeous|superbe|"
    r"magnifique|beautiful|amazing)\b"
)
WHO_POSTED_CUES = (
    "who scheduled", "who posted", "who published", "who sent", "of you scheduled",
    "of you posted", "of u scheduled", "of u posted", "d'entre vous", "qui a programme",
    "qui a publie", "qui a poste", "qui a mis", "qui a envoye",
)
#: ...said with the account or the posting itself
POSTED_HERE = _re(
    r"\b(?:account|compte|page|feed|timeline|scheduled|programme|programmee|poste|postee|"
    r"publie|publiee|posted|sent this|envoye)\b"
)
INSTEAD_CUES = (
    "instead of", "rather than", "au lieu de", "au lieu du", "a la place de",
    "a la place du", "plutot que",
)

#: a note addressed to a team ("Rappel aux équipes :", "shipping note for the B2B team", "hey
#: team")...
TEAM_ADDRESS = _re(
    r"\b(?:(?:rappel|note|message|memo|info|reminder|heads[- ]up|fyi|psa)\s+(?:[\w-]+\s+){0,2}"
    r"(?:aux|a|pour|for|to)\b[\s\w'-]{0,30}?\b(?:equipes?|teams?|collegues|colleagues|staff)|"
    r"(?:hey|hi|salut|coucou|bonjour) (?:la |the |l')?(?:team|equipe))\b"
)
#: ...carrying what only the team should get: a shared-drive or hook link, an account number (not
#: the word "IBAN": "never wire money to an IBAN received by email" is a tip for everyone)
TEAM_ITEM = _re(
    r"(?:\bhttps?://(?:drive|docs|hooks|[\w-]+\.sharepoint|dropbox|notion)\b|\bwebhook|"
    r"\b[a-z]{2}\d{2}(?: ?[0-9a-z]{4}){3}|\banyone with the link\b|"
    r"\btoute personne disposant du lien\b|\bacces toute personne\b)"
)
TEAM_ADDRESS_CUES = (
    "equipe", "equipes", "team", "teams", "collegues", "colleagues", "staff",
)

#: an incident to keep quiet ("l'accident de Romain… on en parle pas trop, ok ?", "don't tell
#: the press about the recall")...
HUSH = _re(
    r"\b(?:on (?:n'en|en) parle pas|on (?:n'en|en) parle a personne|n'en parlez pas|"
    r"pas un mot (?:a|aux|la-dessus|sur)|motus|on garde ca pour nous|on reste discrets?|"
    r"let'?s not (?:mention|bring (?:it|this) up|talk about)|don'?t (?:mention|tell) "
    r"(?:it|this|anyone|the press|the media|customers|clients)|keep (?:it|this) (?:quiet|"
    r"under wraps|between us)|not a word (?:to|about))\b"
)
#: ...an accident, an injury, an inspection, a leak, a recall, a fine
INCIDENT = _re(
    r"\b(?:accident\w*|blesse\w*|blessure\w*|injur\w+|inspection du travail|"
    r"labou?r inspector\w*|incident\w*|fuite\w*|leak\w*|rappel produit|recall\w*|"
    r"plainte\w*|lawsuit\w*|proces|amende\w*|contamin\w+|incendie\w*|defaut\w*|"
    r"defect\w*|malfacon\w*|fire|feu|hurt|injured)\b"
)
HUSH_CUES = (
    "on en parle pas", "on n'en parle pas", "n'en parlez pas", "pas un mot", "motus",
    "on garde ca pour nous", "on reste discret", "on reste discrets", "let's not mention",
    "lets not mention", "let's not bring", "lets not bring", "let's not talk",
    "don't mention", "dont mention", "don't tell", "dont tell", "keep it quiet",
    "keep this quiet", "keep it under wraps", "keep this under wraps", "keep it between",
    "keep this between", "not a word",
)

#: an absolute promise without the guarantee words: nothing can go wrong, our support never
#: needed ("rien ne peut mal tourner", "you'll never need our help line")
NOTHING_WRONG = _re(
    r"\b(?:nothing (?:can|could|will) (?:ever |possibly )?go wrong|"
    r"rien ne (?:peut|pourra) (?:jamais )?(?:mal tourner|aller de travers|foirer|rater|clocher)|"
    r"you(?:'ll| will)? never (?:need|have to (?:call|contact|ring)) (?:our |the |us|to )?"
    r"(?:\w+ )?(?:support|help ?desk|hotline|customer service|help ?line|service|us)|"
    r"(?:vous )?n'aurez (?:plus )?jamais (?:besoin (?:de|du|d')|a) (?:appeler |contacter )?"
    r"(?:notre |le |la |nous|l')?(?:sav|support|service client|hotline|assistance|"
    r"depanneur|nous))"
)
#: a tip on how to make sure nothing goes wrong is advice, not a promise; a promise refused
#: ("we can't promise nothing will go wrong") is the honest answer
MAKE_SURE = _re(
    r"\b(?:make sure|ensure|so that|pour que|afin que|assurez-vous|verifiez|tip|astuce|"
    r"conseil|if you|si vous|what could|can'?t promise|cannot promise|won'?t promise|"
    r"no one can|nobody can|pas promettre|personne ne peut|impossible de)\b"
)
NOTHING_WRONG_CUES = (
    "go wrong", "mal tourner", "de travers", "foirer", "clocher", "never need",
    "never have to call", "never have to contact", "never have to ring", "jamais besoin",
    "n'aurez jamais", "n'aurez plus jamais",
)

# -- Round 15 (structural, from blind13's misses) ------------------------------------------------

#: a product hazard reported: a burning smell, melted plastic, smoke, sparks, overheating, a shock
#: ("ça sent le brûlé", "my strip light had melted onto the shelf", "sparks came out of the plug")
HAZARD = _re(
    r"\b(?:(?:smell|smells|smelling|smelt|smelled|stink\w*|reek\w*) (?:of|like) (?:burn\w*|"
    r"melt\w*|smoke|melted plastic|plastic)|burn(?:ing|t|ed) (?:plastic|smell|odou?r|rubber|"
    r"wire|wiring)|(?:has|had|have|it|totally|completely|just|partly) melted|melted (?:onto|on|"
    r"into|through|down)|(?:started|starting|began) (?:to )?(?:melt|smok|spark)\w*|"
    r"(?:is|was|were|are|started|kept) (?:melting|smoking|sparking|smouldering|smoldering)|"
    r"(?:smoke|sparks?|flames?) (?:came|coming|pouring|shooting) (?:out|from)|"
    r"(?:caught|catching|catches) (?:fire|alight)|burst into flames|overheat\w*|"
    r"(?:exploded|blew up|popped) (?:in|on|while|when|overnight|last night)|"
    r"(?:odeur|gout) de (?:brule|plastique|cramee?|fumee)|(?:sent|sentait|puait|pue) le "
    r"(?:brule|plastique|crame)|plastique (?:brule|fondu|crame)|(?:a|ont|avait|avaient|est|sont) "
    r"(?:completement |carrement |a moitie )?fondue?s?|fondue? (?:sur|dans|contre)|"
    r"(?:se met|s'est mise?|commence) a (?:fumer|fondre|griller|cramer)|fumee (?:noire|blanche|"
    r"epaisse|qui sort)|(?:des |les )?etincelles|surchauff\w*|(?:a|avait) explose|"
    r"(?:a|avait) pris feu|prend feu|(?:a|avait) (?:grille|crame) (?:le|la|les|mon|ma|mes))"
)
#: ...in something of ours: the product nouns or the brand addressed
OUR_DEVICE = _re(
    r"(?:@\w+|\b(?:lampes?|lamps?|ampoules?|bulbs?|strips?|rubans?|bandeaux?|lights?|luminaires?|"
    r"chargeurs?|chargers?|prises?|plugs?|sockets?|adaptateurs?|adapters?|batter(?:y|ies|ie|ies)|"
    r"cables?|wires?|hubs?|devices?|appareils?|produits?|products?|telecommandes?|remotes?|"
    r"units?|spots?|veilleuses?|night ?lights?)\b)"
)
#: a hazard told as a test, a recipe, a warning about someone else's cheap copy, or a fix done
NOT_A_HAZARD = _re(
    r"\b(?:fondue savoyarde|cheese fondue|toast|candles?|bougies?|recipe|recette|"
    r"no (?:burning|smell|smoke|sparks)|never overheats?|ne (?:chauffe|surchauffe) (?:pas|jamais)|"
    r"doesn'?t overheat|won'?t overheat|sans surchauffe|anti-?surchauffe|overheat protection|"
    r"protection (?:contre la|anti) surchauffe)\b"
)
HAZARD_CUES = (
    "smell*", "smelt", "stink*", "reek*", "burning", "burnt", "burned", "melted", "melt",
    "melting", "smoking", "smoke", "sparking", "spark", "sparks", "smouldering", "smoldering",
    "flames", "caught fire", "catching fire", "catches fire", "caught alight", "burst into flames",
    "overheat*", "exploded", "blew up", "popped", "odeur de", "gout de", "sent le", "sentait le",
    "puait le", "pue le", "plastique", "fondu", "fondue", "fondus", "fondues", "fumer", "fondre",
    "griller", "cramer", "fumee", "etincelles", "surchauff*", "explose", "pris feu", "prend feu",
    "grille", "crame",
)

#: an audience counted or claimed ("j'ai 80k abonnés", "my 200k followers", "ma communauté")...
AUDIENCE = _re(
    r"\b(?:\d[\d ,.]*\s?(?:k|m|000|mille|million|millions)?\s?(?:abonnes|abonne\(e\)s|followers|"
    r"subs|subscribers|viewers|vues|views|personnes qui me suivent|people following me)|"
    r"(?:ma|my) (?:communaute|community|audience|fanbase|commu)|(?:mes|my) (?:abonnes|followers|"
    r"subscribers|subs|viewers))\b"
)
#: ...told the story of how we treated them: a call-out announced
CALLOUT = _re(
    r"\b(?:(?:je|on) (?:vais |va )?(?:tout |vous |leur )?(?:raconte|racont\w+|balance|"
    r"balancer|devoile|devoiler|expose|exposer|denonce|denoncer)|(?:raconter|balancer|devoiler|"
    r"exposer|denoncer) "
    r"(?:tout|comment|ce que)|comment (?:@?\w+ )?(?:m'a|m'ont|nous a|nous ont) (?:traitee?s?|parle|"
    r"arnaquee?s?|recue?s?|ignoree?s?)|"
    r"(?:i'?ll|i will|i'?m going to|gonna|going to) (?:tell|expose|"
    r"spill|share|show|post|name)|how @?\w+ (?:treated|scammed|ignored|spoke to|talked to) "
    r"(?:me|us)|spill(?:ing)? the tea|story ?time|name and shame|popcorn|storytime|"
    r"everyone (?:will|is going to) know|tout le monde (?:va|saura) savoir|bad buzz|"
    # round 16: the evidence kept for them ("screenshotting this for my 80k followers", "je
    # fais une capture pour mes abonnés", "thread incoming")
    r"screenshot(?:ting|ted|s)?|screen(?:ing|e)? (?:this|ca)|captures? d'ecran|"
    r"(?:je|on) (?:fais|garde|fait) (?:une |des )?captures?|(?:i have|i kept|got|j'ai (?:garde )?"
    r"(?:les|des)) (?:the )?(?:receipts|preuves)|thread (?:incoming|arrive|a venir)|"
    r"(?:je|on) (?:vais )?(?:fais|faire|fait) un thread)\b|🍿"
)
#: a creator's sponsored unboxing or thanks is no call-out
PARTNERSHIP = _re(
    r"\b(?:merci|thanks|thank you|partenariat|partnership|sponsored|sponsorise|collab\w*|"
    r"#ad|#pub|code promo|promo code|unboxing|giveaway|concours|love|j'adore)\b"
)
AUDIENCE_CUES = (
    "abonnes", "followers", "subs", "subscribers", "viewers", "vues", "views",
    "me suivent", "following me", "ma communaute", "my community", "my audience",
    "ma commu", "my fanbase", "ma fanbase",
)

#: customers as a group or "the customer" told as a type ("the customer is…", "les clients
#: sont…", "users are…")...
CUSTOMERS_TYPE = _re(
    r"\b(?:(?:the |our |nos |les |le |la |des |most |la plupart des )?(?:customers?|clients?|"
    r"clientes?|users?|utilisateurs?|utilisatrices?|callers?|gens|people)|they|ils|elles)"
    r" (?:are|is|sont|est|were|etaient|'re|re)\b"
)
#: ...called stupid or clueless
DEMEANING = _re(
    r"\b(?:(?:mostly|all|just|so|completely|totally|tous|toutes|juste|completement|vraiment|"
    r"tellement|des|de vrais|de vraies|a moitie) )?(?:clueless|stupid|dumb|idiots?|morons?|"
    r"brainless|illiterate|debiles?|cons|connes|boulets?|abrutis?|teubes?|neuneus?|"
    r"attardee?s?|bouches|largues?|a la ramasse|brain ?dead)\b"
)
#: a defence of the customers ("customers aren't stupid", "les clients ne sont pas des idiots")
NOT_DEMEANING = _re(
    r"\b(?:aren'?t|are not|isn'?t|is not|never|not|ne sont pas|ne sont jamais|n'est pas|"
    r"pas|jamais|ni) (?:\w+ ){0,2}(?:clueless|stupid|dumb|idiots?|morons?|thick|useless|hopeless|"
    r"debiles?|cons|nuls|nulles|boulets?|abrutis?|incapables?)\b|"
    r"\b(?:treat|traiter|prendre|prend|prennent) (?:\w+ ){0,3}(?:as|pour) (?:des )?"
    r"(?:stupid|dumb|idiots?|cons|debiles?|imbeciles?)\b"
)
DEMEANING_CUES = (
    "clueless", "stupid", "dumb", "idiot", "idiots", "moron", "morons", "brainless",
    "illiterate", "debile", "debiles", "cons", "connes", "boulet", "boulets", "abruti", "abrutis",
    "teube*", "neuneu*", "attarde*", "bouche", "bouches", "largue*", "a la ramasse",
    "brain dead", "braindead",
)

#: one customer singled out, an adjective allowed ("to the lovely customer who…", "à la
#: charmante dame qui…")...
ONE_CUSTOMER_WIDE = _re(
    r"\b(?:(?:to|for|shout-?out to|dear) the (?:[\w-]+ ){0,2}(?:gentleman|lady|guy|man|woman|"
    r"customer|client|person|caller|sir|madam|reviewer|user)|(?:au|a la|pour le|pour la|a ce|"
    r"a cette|cher|chere) (?:[\w-]+ ){0,2}(?:monsieur|dame|client|cliente|personne|"
    r"correspondant|correspondante|utilisateur|utilisatrice))(?: [\w-]+){0,2}? "
    r"(?:who|that|qui)\b|"
    # round 16: where they live between the person and "who" ("the lovely lady in flat 3B at
    # 14 Cromwell Terrace who's called us 9 times", "la dame du 3e étage au 12 rue… qui")
    r"\b(?:(?:to|for|shout-?out to|dear) the (?:[\w-]+ ){0,2}(?:gentleman|lady|guy|man|woman|"
    r"customer|client|caller)|(?:au|a la) (?:[\w-]+ ){0,2}(?:monsieur|dame|client|cliente)) "
    r"(?:in|at|on|from|du|de la|des|au|a la|rue|of) (?:[\w-]+ ){1,6}?(?:who|that|qui)\b"
)
#: ...for the complaints they made, counted ("four reviews", "12 emails", "cinq appels")
COUNTED_GRIPES = _re(
    r"\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|dozens? of|deux|trois|"
    r"quatre|cinq|sept|huit|neuf|dix|douze|une dizaine d'|des dizaines d')\s?(?:[\w-]+ )?"
    r"(?:reviews?|avis|complaints?|reclamations?|e-?mails?|mails|messages|dms|mp|appels|calls|"
    r"tickets|letters|lettres|commentaires|comments|voicemails|fois|times)\b"
)
#: an apology or thanks makes it a genuine answer
GENUINE = _re(
    r"\b(?:merci|thanks|thank you|sorry|desolee?s?|excuses|apolog\w+|pardon|grace a (?:vous|"
    r"toi|elle|lui)|thanks to (?:you|her|him)|good news|bonne nouvelle|fixed|resolved|"
    r"corrige|resolu|on its way|en route|ships|expediee?|rembourse\w*|refunded|congrats|bravo|"
    r"felicitations|winner|gagnant\w*)\b"
)
COUNTED_GRIPES_CUES = (
    "review", "reviews", "avis", "complaint", "complaints", "reclamation*", "email", "emails",
    "e mail", "e mails", "mails", "messages", "dms", "mp", "appels", "calls", "tickets",
    "letters", "lettres", "commentaires", "comments", "voicemails", "fois", "times",
)

#: "next time we talk about this, let's do it in DM": a private exchange seen to be public...
NEXT_TIME_PRIVATE = _re(
    r"\b(?:la prochaine fois|next time|a l'avenir|in future|from now on|desormais)[^.!?\n]{0,40}?"
    r"\b(?:qu'on|on|we|let'?s|nous)\b[^.!?\n]{0,40}?"
    r"\b(?:en|in|by|via|par|over|on) (?:dm|dms|mp|prive|private|message prive|messages prives|"
    r"slack|teams|whatsapp|interne|internal)\b"
)
#: ...about what is internal: pay, bonuses, figures, a contract, named amounts
INTERNAL_TOPIC = _re(
    r"\b(?:primes?|salaires?|bonus(?:es)?|augmentations?|payslips?|fiches? de paie|salary|"
    r"salaries|pay ?rises?|raises?|budgets?|contrats?|contracts?|chiffres|figures|numbers|"
    r"\d[\d  ]{2,}(?:\s?(?:k|eur|euros|€|\$|£))?)\b"
)
NEXT_TIME_CUES = ("la prochaine fois", "next time", "a l'avenir", "in future", "from now on",
                  "desormais")

# -- Round 16 (structural, from blind14's misses and a sweep by kind) ---------------------------

#: messages counted and no answer to any ("eight tweets, zero answers", "5 mails, aucune
#: réponse", "trois relances et pas un retour")
UNANSWERED = _re(
    r"\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|dozens? of|deux|trois|"
    r"quatre|cinq|six|sept|huit|neuf|dix|douze|une dizaine de|des dizaines de) (?:[\w-]+ )?"
    r"(?:tweets?|messages?|mails?|e-?mails?|dms?|mps?|relances?|appels?|calls?|tickets?|chats?|"
    r"formulaires?|forms?|posts?|comments?|commentaires?|reminders?|"
    # round 20: "12 questions au SAV en trois semaines, zéro réponse"
    r"questions?|demandes?|requests?)(?: (?:[\w'-]+ ){0,4}?[\w'-]+)??[,.;:]? (?:and |et |pour |"
    r"for |but |mais |toujours |still )?(?:zero|0|no|not one|not a single|aucune?|pas une?|"
    r"pas un seul|pas une seule|sans) (?:\w+ )?(?:answers?|repl(?:y|ies)|responses?|reponses?|"
    r"retours?|nouvelles|call ?backs?|rappels?|news)\b"
)
UNANSWERED_CUES = (
    "tweet", "tweets", "message", "messages", "mail", "mails", "email", "emails", "e mail",
    "e mails", "dm", "dms", "mp", "mps", "relance", "relances", "appel", "appels", "call",
    "calls", "ticket", "tickets", "chat", "chats", "formulaire*", "form", "forms", "post",
    "posts", "comment", "comments", "commentaire*", "reminder", "reminders", "question",
    "questions", "demande", "demandes", "request", "requests",
)

#: a promise quoted back in scare quotes ("the 'lifetime' warranty", "la garantie « à vie »")...
QUOTED_PROMISE = _re(
    r"['\"‘’“”«»] ?(?:lifetime|lifelong|a vie|unbreakable|incassables?|indestructibles?|"
    r"waterproof|etanches?|express|24 ?h|48 ?h|next-day|same-day|rapides?|fast|premium|"
    r"garantie?s?|guaranteed|durables?|long-lasting|longue duree|increvables?|eternal|"
    r"eternelles?) ?['\"‘’“”«»]"
)
#: ...and what it lasted ("lasted 14 months", "a tenu trois semaines", "took 19 days")
LASTED = _re(
    r"\b(?:lasted|a dure|a tenu|survived|died after|gave up after|broke after|lache (?:au bout "
    r"de|apres)|morte? (?:au bout de|apres)|took|a mis|arrived after|arrive(?:e)? (?:au bout "
    r"de|apres)) (?:\w+ ){0,2}?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze) (?:days?|weeks?|months?|"
    r"jours|semaines|mois|hours?|heures|ans|years?)\b"
)
LASTED_CUES = (
    "lasted", "a dure", "a tenu", "survived", "died after", "gave up after", "broke after",
    "lache au bout", "lache apres", "mort au bout", "morte au bout", "mort apres",
    "morte apres", "took", "a mis", "arrived after", "arrive au bout", "arrivee au bout",
    "arrive apres", "arrivee apres",
)

#: a public reply blaming the customer by irony: "surely it's the lamp"...
SURELY_OURS = _re(
    r"\b(?:c'est (?:surement|forcement|evidemment|bien sur|sans doute|clairement) (?:la|le|les|"
    r"l'|notre|nos|nous)|(?:it'?s|it is|must be) (?:surely|obviously|definitely|clearly|of "
    r"course|totally) (?:the|our|us)|(?:surely|obviously|clearly) (?:it'?s|it is) (?:the|our))"
)
#: ...and certainly not what the customer did ("pas du tout votre installation de 1970")
NOT_YOURS = _re(
    r"\b(?:pas du tout|certainement pas|surtout pas|absolument pas|nothing to do with|rien a "
    r"voir avec|definitely not|certainly not|absolutely not|not at all|couldn'?t possibly be) "
    r"(?:[\w'-]+ ){0,6}?(?:votre|vos|ton|tes|your|you)\b"
)
#: an apology: the fault is really ours ("c'est sûrement la lampe, pas du tout votre faute")
OUR_FAULT = _re(
    r"\b(?:faute|fault|desolee?s?|sorry|excuses|apolog\w+|on vous (?:l'|la |le )?(?:echange|"
    r"rembourse|remplace)|we'?ll (?:replace|refund|swap)|remplac\w+|echang\w+)\b"
)
#: an unhappy customer ("pas contente ?", "not happy?", "if you don't like our prices")...
UNHAPPY = _re(
    r"\b(?:pas contente?s?|pas satisfaite?s?|pas heureu(?:x|se)|mecontente?s?|not happy|unhappy|"
    r"not satisfied|dissatisfied|(?:si|if) (?:ca|cela|vous|you) (?:ne vous plait pas|n'etes pas "
    r"contente?s?|don'?t like|aren'?t happy|are not happy)|vous n'etes pas contente?s?|"
    r"don'?t like (?:it|our|the)|"
    # the customer's skill doubted ("if Bluetooth pairing's beyond you", "vous n'arrivez pas
    # à visser une ampoule ?")
    r"beyond you|too (?:hard|complicated|difficult) for you|trop (?:dur|complique|difficile) "
    r"pour vous|vous n'arrivez (?:meme )?pas a)"
)
#: ...shown the door ("personne ne vous oblige", "on ne vous retient pas", "shop elsewhere")
SHOW_DOOR = _re(
    r"\b(?:personne ne vous (?:oblige|force)|nobody(?:'s| is)? forc\w* you|no one(?:'s| is)? "
    r"forc\w* you|on ne vous retient pas|on ne retient personne|nobody(?:'s| is) stopping you|"
    r"(?:shop|go|buy) elsewhere|allez (?:donc )?(?:voir|acheter) (?:ailleurs|chez)|"
    r"la porte est (?:grande )?ouverte|the door is (?:right )?there|don'?t let the door|"
    r"we won'?t miss you|on ne vous regrettera pas|bon vent|good riddance|"
    # "maybe connected lighting just isn't for you", "on ne peut vraiment plus rien pour vous"
    r"(?:just )?(?:isn'?t|is not|n'est (?:juste |simplement )?pas) (?:for you|your thing|"
    r"pour vous|fait pour vous)|on ne peut (?:vraiment )?plus rien (?:faire|pour vous)|"
    r"we can'?t (?:do anything|help you) (?:more|anymore|there))"
)
SHOW_DOOR_CUES = (
    "personne ne vous", "nobody", "no one", "on ne vous retient", "on ne retient personne",
    "elsewhere", "allez voir", "allez donc", "allez acheter", "la porte est", "the door",
    "won't miss you", "wont miss you", "regrettera pas", "bon vent", "good riddance",
    "for you", "your thing", "pour vous", "plus rien", "do anything", "help you",
)

#: a call to stop buying from us ("n'achetez plus chez…", "stop buying from @x", "#boycott")...
STOP_BUYING = _re(
    r"(?:\bn'achetez (?:plus|jamais|surtout pas|rien)|\bne (?:rachet|achet)\w* plus (?:jamais|"
    r"rien)|\bstop buying|\bnever buying (?:from|again|anything)|\bdon'?t buy (?:from|anything)|"
    r"\bboycott\w*)"
)
#: ...to be passed on ("faites tourner", "RT so people know", "partagez un max")
PASS_IT_ON = _re(
    r"\b(?:faites (?:tourner|passer)|partagez|share (?:this|it|widely)|spread the word|rt\b|"
    r"retweet|so (?:people|everyone) knows?|tell (?:everyone|your friends)|que tout le monde "
    r"(?:sache|le sache)|(?:je le dis|dites-le) a tout le monde)|🔁"
)
STOP_BUYING_CUES = (
    "n'achetez plus", "n'achetez jamais", "n'achetez surtout", "n'achetez rien",
    "ne racheter*", "ne rachete*", "n'acheter*", "n'achete*", "stop buying", "never buying",
    "don't buy", "dont buy", "boycott*",
)

#: staff telling the public not to buy our products, or that they are worse ("petit conseil
#: d'employé : n'achetez pas nos lampes, elles lâchent")...
DONT_BUY_OURS = _re(
    r"\b(?:(?:n'achetez (?:pas|jamais|surtout pas)|don'?t (?:ever )?buy|never buy|evitez|avoid) "
    r"(?:nos|notre|our)|(?:nos|our) (?:[\w-]+ ){0,2}(?:sont|are) (?:\w+ ){0,2}(?:moins bons?|"
    r"moins bonnes|worse|rubbish|junk|garbage|crap|nulle?s?|pourrie?s?))\b"
)
#: ...with a flaw or a secret ("they're rubbish", "elles lâchent au bout d'un an", "mais chut")
FLAW = _re(
    r"(?:\b(?:lachent|lache|rubbish|junk|garbage|crap|nulle?s?|pourrie?s?|break|breaks|fail|"
    r"fails|moins bon\w*|worse|defectueu\w+|faulty|mais chut|entre nous|between us|trust me|"
    r"croyez-moi)\b|🤫)"
)
#: a promotion is no warning ("n'achetez pas nos lampes avant les soldes")
WAIT_FOR_SALE = _re(
    r"\b(?:avant (?:les soldes|le|la|vendredi|lundi)|before (?:the sale|black friday|monday|"
    r"friday)|soldes|sale|promo\w*|black friday)\b"
)
DONT_BUY_CUES = (
    "n'achetez pas", "n'achetez jamais", "n'achetez surtout", "don't buy", "dont buy",
    "don't ever buy", "never buy", "evitez", "avoid", "moins bon*", "worse", "rubbish", "junk",
    "garbage", "crap", "nulle", "nulles", "nuls", "pourri*",
)

#: a reviewer told the review is about them ("your 1-star review says more about you than…")...
ABOUT_YOU = _re(
    r"\b(?:says?|tells?|said) (?:a lot )?more about you than|en (?:dit|dis) (?:beaucoup )?"
    r"(?:plus|long) sur (?:vous|toi)(?: que)?"
)
REVIEW = _re(
    r"\b(?:reviews?|avis|stars?|etoiles?|comments?|commentaires?|notes?|ratings?|1/5|0/5)\b"
)
ABOUT_YOU_CUES = (
    "more about you", "plus sur vous", "plus sur toi", "long sur vous", "long sur toi",
)

SURELY_CUES = (
    "surement", "forcement", "evidemment", "bien sur", "sans doute", "clairement", "surely",
    "obviously", "definitely", "clearly", "of course", "totally",
)


# -- Round 18 (structural, train-o..t) ------------------------------------------------------------

#: a failure of a product or a service (closed list, folded text)
FAILURE = _re(
    r"\b(?:pannes?|en panne|grillee?s?|ratee?s?|defauts?|retards?(?: de livraison)?|bugs?|"
    r"breakdowns?|failures?|failed (?:\w+ )?(?:install\w*|jobs?|bulbs?|lamps?)|dead bulbs?|"
    r"downtime|outages?|faulty|late (?:deliver\w*|shipments?|orders?))\b"
)
#: ... said not to exist with us ("ça n'existe pas", "doesn't exist", "not a thing", "never
#: happened", "ça ne s'est jamais vu", "connais pas", "pas une seule fois")
DENIED = _re(
    r"n'existe (?:\w+ ){0,3}?pas(?! encore)|\bexiste pas(?! encore)|\b(?:doesn'?t|does not|"
    r"don'?t|do not) (?:\w+ )?exist\b(?! yet)|\bjamais vue?s?\b|"
    r"\b(?:is|are)(?: simply)? not a thing\b|\bnever happen(?:s|ed)?\b|"
    r"\bn'arrive(?:nt)? (?:\w+ ){0,2}?jamais\b|\bne s'est jamais vue?\b|\bconnais pas\b|"
    r"\bnever had a single\b|\bpas une seule fois\b"
)
DENIED_CUES = (
    "existe", "exist", "not a thing", "never happen", "never happens", "never happened",
    "arrive jamais", "arrivent jamais", "jamais vu", "jamais vue", "connais pas",
    "never had a single", "seule fois",
)
#: the honest answer ("ça arrive, même chez nous", "it happens") or a condition ("si votre
#: colis n'arrive jamais…") is no promise
HONEST = _re(
    r"\b(?:ca arrive|ca peut arriver|it happens|it can happen|happen to (?:us|anyone)|"
    r"(?:si|if) (?:le|la|les|votre|vos|your|the|my|mon|ma|a|an|un|une) )"
)

# -- Round 17 (by kind, from blind15's misses): shared closed vocabularies -----------------------

#: a quotation mark (folded text keeps them): a role put in quotes, a stock reply quoted back
QUOTE = r"['\"‘’“”«»]"
#: condescension or mockery toward a person (shared by the round-17 contempt shapes): a
#: patronising endearment, a mocking emoji, a laugh
CONDESCENSION = _re(
    r"(?:💅|🙄|🙃|😂|🤣|\bbless (?:your|her|his|their|him) (?:little )?(?:heart|soul)?|"
    r"\bbless (?:him|her|them)\b|\b(?:c'est |trop |tellement )(?:mignon|chou|adorable)|"
    r"\bhow (?:cute|adorable|sweet)\b|\b(?:aww+|sweetie|honey|ma (?:cherie|belle)|mon (?:cheri|"
    r"grand|pauvre)|champion|lol|mdr)\b)"
)
CONDESCENSION_CUES = (
    "bless", "mignon", "chou", "adorable", "cute", "how sweet", "aww*", "sweetie", "honey",
    "ma cherie", "ma belle", "mon cheri", "mon grand", "mon pauvre", "champion", "lol", "mdr",
)
#: one person singled out by a role in quotes or a title ("to the 'influencer' who", "au
#: « spécialiste » qui", "to the gentleman who")
ONE_PERSON = _re(
    r"\b(?:to|for|dear|au|aux|a la|a l'|a l’|pour (?:le|la|l'|l’)|cher|chere) ?(?:the |ce |cette )?"
    r"(?:" + QUOTE + r"\s?[\w' -]{2,30}?\s?" + QUOTE + r"|(?:[\w-]+ ){0,2}(?:gentleman|lady|guy|"
    r"man|woman|customer|client|cliente|person|personne|caller|monsieur|dame|genie|genius|"
    r"influencer|influenceuse|influenceur|expert|specialiste|reviewer)(?: " + QUOTE
    + r"\s?[\w' -]{2,30}?\s?" + QUOTE + r")?)\s?(?:who|that|qui|\w+ing)\b"
)

#: a sarcastic yes that opens a sentence ("Sure, we'll…", "Mais oui, on va…")...
SARCASTIC_YES = _re(
    r"(?:^|[.!?…]\s*)(?:oh )?(?:sure(?: thing)?|of course|absolutely|yeah|bien sur|mais oui|"
    r"evidemment|naturellement|mais bien sur)\b"
)
#: ...given "because" the customer cannot do the obvious ("because you can't find the on
#: switch", "parce que vous ne trouvez pas l'interrupteur")
BECAUSE_YOU_CANT = _re(
    r"\b(?:because|since|as|cause|'cause) you (?:can'?t|cannot|couldn'?t|could not|don'?t know "
    r"how to|didn'?t|never)\b|\b(?:parce que|puisque|vu que|car) vous (?:ne |n')(?:\w+ )?"
    r"(?:trouvez|savez|arrivez|pouvez|avez|comprenez|lisez)\b"
)
BECAUSE_CUES = (
    "because you", "since you", "as you", "cause you", "parce que vous", "puisque vous",
    "vu que vous", "car vous",
)

#: a counted period of waiting, told as a diary ("Day 12 of…", "Jour 9 de…", "troisième semaine
#: de…")...
COUNTED_PERIOD = _re(
    r"\b(?:(?:day|week|month|jour|semaine|mois) \d{1,3}|\d{1,2}(?:e|eme|th|rd|nd|st) "
    r"(?:day|week|month|jour|semaine|mois)|(?:second|third|fourth|fifth|deuxieme|troisieme|"
    r"quatrieme|cinquieme) (?:day|week|month|jour|semaine|mois)) (?:of|de|d'|without|sans)\b"
)
#: ...with the service's stock reply quoted, or the wait itself...
STALLED = _re(
    QUOTE + r"\s?(?:we|we'?re|our|your|a technician|nous|on |c'est|votre|notre|un technicien|"
    r"en cours)|\b(?:still|toujours|waiting|attente|no (?:reply|answer)|sans reponse)\b"
)
#: ...and ironic praise ("Loving the brand experience 👏👏", "Bravo, chapeau")
IRONIC_PRAISE = _re(
    r"(?:👏|🙃|🍿|\b(?:loving|love that for me|amazing|incredible|inspiring|bravo|chapeau|"
    r"genial|top|quelle experience|what an experience|brand experience|customer experience|"
    r"experience client|five stars|5 stars|great job|well done|truly)\b)"
)
COUNTED_PERIOD_CUES = (
    "day", "week", "month", "jour", "semaine", "mois",
)

#: one customer's n-th message counted back at them ("votre 14e message", "your 9th email")...
YOUR_NTH = _re(
    r"(?:\b(?:votre|ton|ta|your)|@\w+) (?:\d{1,3}(?:e|eme|th|rd|nd|st)|second|third|fourth|"
    r"fifth|sixth|deuxieme|troisieme|quatrieme|cinquieme|sixieme|dixieme|centieme) "
    r"(?:[\w-]+ ){0,2}?"
    r"(?:messages?|mails?|e-?mails?|avis|reviews?|complaints?|reclamations?|appels?|calls?|"
    r"tickets?|dms?|mp|tweets?|commentaires?|comments?|posts?|letters?|lettres?|voicemails?)\b"
)
#: ...with a mockery: an emoji, a laugh, a keepsake made of it ("on va l'encadrer", "we're
#: framing it", "a collection", "a new record")
KEEPSAKE = _re(
    r"(?:🙃|🙄|😂|🤣|💅|\b(?:encadrer|l'encadrer|frame it|framing|collection|record|lol|mdr)\b)"
)
#: an apology, a fix or a refund makes it a genuine answer (not "merci": it is the sneer's
#: opening)
APOLOGY = _re(
    r"\b(?:sorry|desolee?s?|excuses|apolog\w+|pardon|fixed|resolved|corrige|resolu|"
    r"rembours\w*|refund\w*|on vous rappelle|we'?ll call)\b"
)
YOUR_NTH_CUES = (
    "message", "messages", "mail", "mails", "email", "emails", "e mail", "avis", "review",
    "reviews", "complaint", "complaints", "reclamation*", "appel", "appels", "call", "calls",
    "ticket", "tickets", "dm", "dms", "mp", "tweet", "tweets", "commentaire*", "comment",
    "comments", "post", "posts", "letter*", "lettre*", "voicemail*",
)

#: staff asking, on the public account, whether this is the team's channel
TEAM_PLACE_QUESTION = _re(
    r"\b(?:is this|is that|isn'?t this|c'est bien|c'est pas|c'est|on est (?:bien )?(?:sur|dans))"
    r" (?:the |our |le |la |l'|notre )?(?:team (?:channel|chat|group|slack)|internal (?:channel|"
    r"chat|group)|group chat|groupe (?:de l'equipe|equipe|interne)|canal (?:de l'equipe|"
    r"equipe|interne)|slack|whatsapp)(?: ici| la| here)? ?\?"
)
TEAM_PLACE_CUES = (
    "channel", "canal", "groupe", "group chat", "group", "slack", "whatsapp", "team chat",
)
#: an approval asked for a post...
APPROVAL_ASK = _re(
    r"\b(?:on valide|tu valides|vous validez|qui valide|(?:qqn|quelqu'un) (?:peut |pourrait )?"
    r"(?:valider?|relire|relit|checker?)|(?:can|could) (?:someone|anyone|somebody|you) "
    r"(?:approve|sign off|ok|check|proofread|look at)|need someone to (?:approve|ok|sign off|"
    r"check)|feu vert|green light)\b"
)
#: ...before posting it, or before a boss sees it
BEFORE_POSTING = _re(
    r"\b(?:before (?:i|we) (?:post|publish|send|schedule)|before \w+ sees?|avant (?:que je|de) "
    r"(?:le |la |les )?(?:poste|publie|poster|publier|programme)|avant que \w+ (?:le |la |les )?"
    r"voie|je (?:le |la )?(?:poste|publie) direct|(?:ou|or) je (?:le |la )?(?:poste|publie)|"
    r"post (?:it )?(?:straight|direct))\b"
)
APPROVAL_CUES = (
    "valide*", "relire", "relit", "checker", "approve", "sign off", "proofread", "feu vert",
    "green light", "someone", "somebody", "anyone", "can you", "could you",
)

# -- Round 19 (structural, blind17 and train-o..t) -----------------------------------------------

#: one of our staff, addressed to us ("your technician", "vos chefs d'équipe", "your 'community
#: manager'"): the closed class of the people a customer deals with
OUR_STAFF = _re(
    r"\b(?:your|ur|vos|votre|vot) (?:\w+ ){0,2}?" + QUOTE + "?"
    r"(?:technicians?|techs?|technicien(?:ne)?s?|support(?: team| staff)?|advis[eo]rs?|agents?|"
    r"conseill(?:er|ere)s?|vendeu(?:r|se)s?|sales ?(?:people|staff|guys?|reps?)|staff|"
    r"employees?|employe(?:e|s|es)?|chefs?(?: d'equipe)?|managers?|recruiters?|"
    r"recruteu(?:r|se)s?|livreu(?:r|se)s?|delivery (?:guys?|drivers?|man)|drivers?|"
    r"community managers?|cm|call (?:centre|center)|hotline|sav|service client|"
    r"customer (?:service|care))\b"
)
#: ...who mistreated the customer: yelled, hung up, insulted, called them names, treat people
#: like dogs, slow or useless (a conduct, not a product fault)
MISTREATED = _re(
    r"\b(?:yelled|shouted|screamed|hung up on|insulted|swore at|laughed at|mocked|lied to|"
    r"called me (?:an? )?(?:" + QUOTE + r"|idiot|liar|stupid|dumb|moron|crazy)|rude|useless|"
    r"incompetents?|m'(?:a|ont) (?:crie|hurle|raccroche|insulte|traite|menti|envoye balader|"
    r"manque de respect)|traitent (?:\w+ ){0,3}comme des (?:chiens|merdes|moins que rien|"
    r"esclaves)|treat (?:\w+ ){0,3}like (?:dirt|dogs|garbage|trash|crap)|(?:sont|soient|est) "
    r"(?:\w+ )?(?:lents?|nuls?|incompetents?|malpolis?|impolis?|odieux|odieuses|mepris\w*|"
    r"arrogants?)|(?:is|are) (?:\w+ )?(?:rude|useless|clueless|incompetent|arrogant|a joke))"
)
#: thanks or praise: the staff were the good news ("your technician was lovely, thanks")
STAFF_PRAISED = _re(
    r"\b(?:merci|thanks|thank you|bravo|kudos|super sympa|so kind|lovely|adorable|patient|"
    r"great job|genial)\b"
)
OUR_STAFF_CUES = (
    "technician*", "tech", "techs", "technicien*", "support", "advisor*", "adviser*", "agent",
    "agents", "conseill*", "vendeu*", "sales", "staff", "employee*", "employe*", "chef*",
    "manager*", "recruiter*", "recruteu*", "livreu*", "delivery", "driver*", "cm",
    "community manager*", "call centre", "call center", "hotline", "sav", "service client",
    "customer service", "customer care",
)

#: a lifetime counted in decades ("dans 40 ans vos petits-enfants l'allumeront encore",
#: "allumée 50 ans sans souci", "still shining in 30 years")...
DECADES = _re(
    r"\b(?:dans|in|pendant|for|during|allumee?s?|on|lit|running|tourner|burning|brille\w*|"
    r"dure\w*|lasts?) (?:\w+ )?(?:[2-9]\d|1\d\d|a hundred|cent|cinquante|quarante|trente|fifty|"
    r"forty|thirty) (?:ans|years)\b"
)
#: ...and still working, without a hitch
STILL_WORKING = _re(
    r"\b(?:encore|toujours|still|sans (?:souci|probleme|faiblir|broncher)|without (?:a (?:hitch|"
    r"problem|flicker)|fail\w*|issues?|problems?)|never|jamais)\b"
)
#: a past or an anniversary ("depuis 40 ans", "40 years of know-how") is no promise
DECADES_PAST = _re(
    r"\b(?:depuis|since|ago|il y a|anniversaire|anniversary|fete|celebr\w*|years of|ans d'|"
    r"ans de|years' experience|years old)\b"
)
DECADES_CUES = ("ans", "years")
#: the product said never to fail ("l'ampoule ne claque jamais", "elle ne vous lâchera
#: jamais", "this lamp will never burn out"); not "never fails to", nor the question
NEVER_FAILS = _re(
    r"\b(?:ampoules?|lampes?|bulbs?|lamps?|produits?|products?|elles?|ils?|they|it|qui) "
    r"(?:\w+ ){0,2}?(?:ne (?:\w+ ){0,2}?(?:claquer?a?|lacher?a?|griller?a?|casser?a?|faiblir?a?|"
    r"tomber?a? en panne|s'user?a?|s'eteindr?a?|vous decevr?a)(?:ont|nt)? (?:\w+ )?jamais|"
    # English: only what the lexicon's "never fails" does not say
    r"(?:will )?never (?:ever )?(?:dies?|breaks?|wears? out|flickers?|lets? you down|goes? out|"
    r"gives? up)(?! to)(?!\s*\?))\b"
)
#: a wish, a question or the honest denial ("may your bulbs never flicker", "why does…")
NEVER_NOT_PROMISED = _re(
    r"\b(?:pourquoi|why|existe|exist|aucune|no (?:bulb|lamp)|nothing|rien ne|may your|puissent|"
    r"que vos|(?:do|does|did) (?:our|the|your|these|this))\b"
)
NEVER_CUES = ("jamais", "never")

#: staff asking a colleague, on the public account, to validate the post or the visual...
VALIDATE_ASK = _re(
    r"\b(?:(?:tu peux|peux-tu|vous pouvez|pouvez-vous|tu pourrais|pourrais-tu) (?:me )?"
    r"(?:valider|relire|checker|approuver)|dites-moi vite|dis-moi vite|let me know asap|"
    r"on part sur (?:la|le) (?:version|v\d)|which version do we)"
)
#: ...before it is scheduled, or else it is pushed back
SCHEDULING = _re(
    r"\b(?:avant (?:que je|de) (?:le |la |les )?(?:poste|publie|poster|publier|programme|"
    r"programmer)|sinon je (?:le |la )?(?:repousse|reprogramme|decale|poste|publie)|je (?:le |"
    r"la )?(?:repousse|reprogramme|decale) a demain|before (?:i|we) (?:post|publish|schedule)|"
    r"or i'?ll (?:push|move) it to tomorrow)"
)
VALIDATE_CUES = (
    "valider", "relire", "checker", "approuver", "dites-moi vite", "dis-moi vite",
    "let me know asap", "on part sur", "which version",
)
#: a draft's tag left at the start of the post ("[à supprimer]", "[brouillon]", "(draft)")
DRAFT_TAG = _re(
    r"^\W{0,3}[\[\(](?:a supprimer|brouillon|draft|interne|internal|ne pas publier|do not post|"
    r"don'?t post|not for posting|a valider|to approve|wip)[\]\)]"
)
DRAFT_TAG_CUES = (
    "a supprimer", "brouillon", "draft", "interne", "internal", "ne pas publier", "do not post",
    "dont post", "don't post", "not for posting", "a valider", "to approve", "wip",
)

#: a competitor pointed at, named or not ("un concurrent lyonnais", "les voisins d'en face",
#: "the competition")...
A_RIVAL = _re(
    r"\b(?:(?:un|une|le|la|les|nos|a|the|our|certains?|certain|some) (?:\w+ )?(?:concurrents?|"
    r"concurrentes?|rivals?|competitors?|competition|concurrence)|voisins? d'en face|(?:folks|"
    r"people|guys|gens) (?:across the (?:street|road)|d'en face|next door))\b"
)
#: ...accused of copying us ("copie ta fiche produit mot pour mot", "ont piqué nos slides",
#: "#copieur", "ripped off our design")
COPYING = _re(
    r"(?:\b(?:copie|copient|copier|copied|copies|copying|plagi\w+|(?:ont |a )?pique (?:nos|notre|"
    r"mon|ma|mes)|stole our|stealing our|steal our|ripped off|rip(?:ped)? off our|mot pour mot|"
    r"word for word|copier-coller|copy-paste\w*|copy and paste)\b|#copieur|#copycat|copycats?\b)"
)
#: a copy of an invoice, a screenshot, someone in copy: no accusation
NOT_COPYING = _re(
    r"\b(?:copie (?:de|d')(?:votre|ta|la facture|l'ecran|ecran)|copy of|en copie|cc|cc'd|"
    r"copie conforme|copiee?s? en (?:mail|cc|copie)|copied (?:me |us )?(?:in|on) (?:the )?"
    r"(?:mail|e-?mail|thread))\b"
)
COPYING_CUES = (
    "copie", "copient", "copier", "copied", "copies", "copying", "plagi*", "pique", "stole",
    "stealing", "steal", "ripped", "rip", "mot pour mot", "word for word", "copier-coller",
    "copy-paste*", "copy and paste", "copieur", "copycat", "copycats",
)

# -- Round 20 (structural, blind17 and train-o..t) -----------------------------------------------

#: a capacity the customer lacks, said of "some people" or of whoever is at the other end
#: ("trop compliqué pour certains", "would require a functioning brain", "too hard for some
#: folks", "un cerveau en état de marche")...
CAPACITY = _re(
    r"\b(?:trop (?:complique|dur|difficile|dure|compliquee) (?:\w+ )?pour (?:certain(?:e)?s|"
    r"certaines personnes|certains clients|eux|elles)|too (?:hard|complicated|difficult|much) "
    r"(?:\w+ )?for some(?: (?:people|folks|customers|users|of you|callers))?|beyond some "
    r"(?:people|folks|customers)|(?:a |one )?(?:functioning|working|fully functional|"
    r"functional|second|single) brain(?: cells?)?|brain cells?|(?:un|d'un|du) cerveau "
    r"(?:qui fonctionne|en etat de marche|fonctionnel|en marche|en etat de fonctionner)|"
    r"(?:un|deux|trois|le|leur|un seul) (?:seul |dernier )?neurones? (?:en etat|qui fonctionne|"
    r"de libre|disponible)|not the (?:sharpest|brightest) (?:tools?|knife|knives|bulbs?|"
    r"crayons?)|pas (?:la lumiere|le courant) a tous les etages|"
    # "si vous êtes pas capable de visser une ampoule", "if you'd taken 30 seconds to read"
    r"(?:pas|plus|not|never) (?:\w+ )?(?:capables?|able) (?:de |d'|to )(?:visser|brancher|lire|"
    r"allumer|appuyer|trouver|screw|plug|read|find|press|pair)|(?:pris|took|taken|take) "
    r"(?:\d{1,2}|deux|trois|cinq|dix|two|three|five|ten) (?:secondes|seconds|minutes) (?:pour |"
    r"to )(?:lire|read)|on ne peut pas aider tout le monde|(?:we )?can'?t help everyone)\b"
)
#: ...with a sneer or an audience of customers nearby (a mocking emoji, "franchement", "on ne
#: peut rien pour eux", a customer, the other end of the line)
CAPACITY_SNEER = _re(
    r"(?:🙄|🙃|🤦|😂|🤣|💀|🤡|\b(?:franchement|serieusement|honnetement|seriously|honestly|"
    r"apparently|visiblement|apparemment|on (?:ne )?(?:peut|pourra) (?:pas grand-chose|rien|"
    r"plus rien) pour (?:eux|elles|vous|lui)|on n'y peut rien|customers?|clients?|callers?|"
    r"users?|on the other end|au bout du fil|a l'autre bout|de l'autre cote|lol|mdr|smh)\b)"
)
#: help offered, a tutorial or our product as the brain: no sneer
CAPACITY_HELP = _re(
    r"\b(?:voici|here'?s how|tuto\w*|guide|etapes|steps|on vous (?:explique|aide|accompagne)|"
    r"we'?ll (?:help|walk|set)|our (?:team|support|technicians?) (?:will|can)|pas de panique|"
    r"no worries|don'?t worry|contactez|contact us|le cerveau de|the brain of|brain of your|"
    r"cerveau de votre|nos (?:inge\w*|equipes?|devs?)|our (?:engineers|team'?s|devs))\b"
)
CAPACITY_CUES = (
    "trop complique", "trop compliquee", "trop dur", "trop dure", "trop difficile",
    "too hard", "too complicated", "too difficult", "too much", "beyond some", "brain",
    "brain cell", "brain cells", "cerveau", "neurone", "neurones", "not the sharpest",
    "not the brightest", "a tous les etages", "capable", "capables", "able", "secondes",
    "seconds", "aider tout le monde", "help everyone",
)

#: a generation or an age group as a type ("les jeunes d'aujourd'hui", "kids these days",
#: "la génération Z", "les boomers")...
GENERATION = _re(
    r"\b(?:les jeunes (?:d'aujourd'hui|de nos jours|de maintenant|actuels)|la jeunesse "
    r"(?:d'aujourd'hui|actuelle)|cette generation|(?:la )?generation (?:z|y|alpha)|gen ?z(?:ers)?|"
    r"millennials|zoomers|(?:kids|young people|youngsters|the youth) (?:these days|today|"
    r"nowadays)|this generation|(?:les |the |ces |these )?boomers)\b"
)
#: ...judged as a lot: "quelle bande d'assistés", "tous des feignants", "lazy", "entitled",
#: "don't want to work", or mocked for how they write to us (all caps, an eye-roll)
GENERATION_JUDGED = _re(
    r"(?:🙄|🤦|\b(?:quelle bande (?:de|d')\s?\w+|tous des \w+|assiste(?:e)?s|feignant(?:e)?s|"
    r"faineant(?:e)?s|flemmard(?:e)?s|pourris gates|(?:ne )?veu(?:lent|t) (?:plus|pas|"
    r"meme pas) (?:bosser|travailler|se lever|faire d'effort)|aucune? (?:motivation|rigueur|"
    r"politesse|respect)|lazy|entitled|snowflakes?|(?:don'?t|do not|won'?t) (?:want to|wanna) "
    r"work|no work ethic|can'?t be bothered|en majuscules|in all caps|all-caps)\b)"
)
#: a defence of the group, a job ad or a workshop: no contempt
GENERATION_DEFENDED = _re(
    r"\b(?:(?:ne sont pas|n'est pas|aren'?t|are not|isn'?t|is not) (?:\w+ )?(?:des |si |so |"
    r"all )?(?:assiste|feignant|flemmard|faineant|paresseu|lazy|entitled|snowflake)\w*|"
    r"not all|pas tous|cliches?|"
    r"stereotypes?|prejuges?|myths?|mythes?|contrairement|contrary to|atelier|workshop|"
    r"formation|bienvenue|welcome|on recrute|we'?re hiring|rejoignez)\b"
)
GENERATION_CUES = (
    "les jeunes", "la jeunesse", "cette generation", "generation", "gen z", "genz", "gen zers",
    "millennials", "zoomers", "kids", "young people", "youngsters", "the youth",
    "this generation", "boomers", "boomer",
)

#: the brand clearing itself ("c'est pas nous", "not our fault", "nothing to do with us")...
NOT_US = _re(
    r"\b(?:c'?est pas nous|ce n'est pas nous|c'est pas (?:de )?notre faute|ce n'est pas (?:de )?"
    r"notre faute|pas de notre faute|(?:it'?s |that'?s )?not (?:us|our fault|on us|our problem)|"
    r"nothing to do with us|rien a voir avec nous|(?:le probleme|the problem|the issue) "
    r"(?:vient de chez vous|is (?:on )?your (?:end|side)))\b"
)
#: ...and blaming the customer's own equipment as junk, or all who complain ("c'est votre box
#: qui est pourrie", "your router is garbage", "comme la plupart des clients qui se plaignent")
YOUR_JUNK = _re(
    r"\b(?:(?:votre|vos|ta|ton|tes|your|ur) (?:\w+ ){1,2}?(?:qui (?:est|sont) |is |are |est |"
    r"sont |c'est )?(?:(?:completement|totalement|vraiment|trop|just|totally|complete|"
    r"absolute) )?(?:pourrie?s?|nulle?s?|naze|merdiques?|a jeter|antiques?|prehistoriques?|"
    r"une epave|junk|garbage|rubbish|trash|crap|crappy|a potato|ancient|prehistoric|a dinosaur)|"
    r"(?:comme |like )?(?:la plupart des|tous les|most|all the) (?:clients|gens|customers|people) "
    r"(?:qui|who) (?:se plaignent|ralent|complain|whine|moan))\b"
)
NOT_US_CUES = (
    "c'est pas nous", "cest pas nous", "ce n'est pas nous", "notre faute", "not us",
    "not our fault", "not on us", "not our problem", "nothing to do with us",
    "rien a voir avec nous", "vient de chez vous", "your end", "your side",
)

#: a journalist or a piece in the press ("whoever wrote that Bloomberg piece", "le journaliste
#: du Monde", "ce torchon")...
PRESS = _re(
    r"\b(?:journalistes?|journalists?|reporters?|pigistes?|columnists?|editorialistes?|"
    r"bylines?|(?:whoever|celui qui|celle qui|ceux qui|the (?:person|guy|clown|genius) who) "
    r"(?:wrote|a ecrit|ont ecrit|signed|a signe|penned)|(?:that|this|cet|ce|their|leur|votre|"
    r"your) (?:\w+ )?(?:article|piece|papier|reportage|story|op-ed|chronique|column|"
    r"enquete|investigation))\b"
)
#: ...met with scorn or a warning ("did their research at the bar", "zero facts", "a byline I
#: won't forget", "torchon", "hit piece")
PRESS_SCORN = _re(
    r"\b(?:(?:research|enquete|sources?|recherches?) (?:\w+ ){0,2}?(?:at|in|au|a la) (?:the )?"
    r"(?:bar|pub|comptoir|pmu|cafe du commerce)|(?:zero|no|aucun|pas un seul|not a single) "
    r"(?:facts?|faits?|fact-check\w*|verification)|(?:all|pure|just|du|que du|total) "
    r"(?:clickbait|putaclic|pute-a-clics?)|torchon|fake news|hit piece|hack job|"
    r"(?:bylines?|names?|noms?|signatures?) (?:\w+ ){0,2}?(?:won'?t|will not|never) forget|"
    r"(?:won'?t|will not|never) forget (?:your|their|his|her|that|this) (?:name|byline)|"
    r"(?:n'oublierons|n'oubliera|oublierons|oubliera) pas (?:votre|son|leur|ce) (?:nom|"
    r"signature)|on s'en souviendra|on se souviendra de (?:vous|lui|elle|votre nom)|we'?ll "
    r"remember (?:you|your name|who)|we know (?:who|where)|on sait (?:qui|ou)|"
    r"(?:devrait|devraient) changer de metier|should (?:find|get) (?:a |another )?(?:new )?"
    r"(?:job|career)|should change careers?|"
    r"journalisme de (?:comptoir|caniveau)|gutter press|presse poubelle|a la solde|on the "
    r"payroll|bought and paid)\b"
)
#: thanks, a correction with facts or an interview offered: the press is answered, not attacked
PRESS_THANKED = _re(
    r"\b(?:merci|thanks|thank you|bravo|great (?:piece|article|read)|rectificatif|droit de "
    r"reponse|interview)\b"
)
PRESS_SCORN_CUES = (
    "bar", "pub", "comptoir", "pmu", "cafe du commerce", "zero fact", "zero facts",
    "no facts", "no fact", "aucun fait", "pas un seul fait", "not a single fact", "clickbait",
    "putaclic", "pute-a-clic", "torchon", "fake news", "hit piece", "hack job", "forget",
    "n'oublierons pas", "n'oubliera pas", "oublierons pas", "oubliera pas", "souviendra",
    "remember", "we know", "on sait", "changer de metier", "job", "career", "careers",
    "journalisme de", "gutter press", "presse poubelle", "a la solde", "payroll",
    "bought and paid",
)

#: a customer about to turn up at our premises ("I'm coming to ur office", "je passe à votre
#: magasin")...
COMING_OVER = _re(
    r"\b(?:i'?m (?:coming|going|heading|showing up|turning up)|i'?ll (?:come|go|show up|turn up|"
    r"be|drop by|pay)|i will (?:come|go|show up|be)|(?:gonna|going to) (?:come|go|show up|pay)|"
    r"je (?:vais|viens|viendrai|passe|passerai|debarque|debarquerai|monte|serai)|j'arrive|"
    r"on (?:va|vient) (?:debarquer|passer|venir))\b"
)
OUR_PREMISES = _re(
    r"\b(?:(?:ur|your|vos|votre|the) (?:\w+ ){0,2}?(?:office|offices|hq|headquarters|store|shop|"
    r"bureaux?|siege|magasin|boutique|locaux|agence|warehouse|entrepot|factory|usine)|chez vous|"
    r"where (?:you|u) (?:work|live))\b"
)
#: ...with a menace ("it won't be pretty", "ça va mal finir", "you'll regret it")
MENACE = _re(
    r"\b(?:(?:it|that|this) (?:won'?t|will not|isn'?t going to|ain'?t gonna) be (?:pretty|nice|"
    r"fun|a friendly visit)|(?:it'?s|it is|things are) (?:gonna|going to) get ugly|ca (?:va|"
    r"risque de) (?:mal finir|mal se passer|saigner|barder|chauffer)|ce (?:ne )?sera pas "
    r"(?:joli|beau|une visite de courtoisie)|(?:vous allez|tu vas) le regretter|you'?ll regret|"
    r"you'?ll be sorry|(?:you'?ve|you have|u have|u'?ve) been warned|vous etes prevenus?|"
    r"je (?:ne )?reponds (?:plus|pas) de (?:rien|moi)|watch (?:your|ur) back|faites gaffe)\b"
)
MENACE_CUES = (
    "pretty", "nice", "a friendly visit", "ugly", "mal finir", "mal se passer", "saigner",
    "barder", "chauffer", "joli", "beau", "visite de courtoisie", "le regretter", "regret",
    "be sorry", "been warned", "prevenu", "prevenus", "reponds plus", "reponds pas",
    "watch your back", "watch ur back", "faites gaffe",
)

#: a competitor pointed at without its name by a colour or a place ("the people in the blue
#: building", "the yellow logo place", "la boîte au logo orange") or as "some companies"
RIVAL_POINTED = (
    r"(?:(?:the|les|la|le|l'|ceux (?:de|du)|celles (?:de|du)) (?:(?:people|folks|guys|gens|"
    r"lot|crew) (?:in|at|from|of|de|du) (?:the |la |le |l')?)?(?:blue|red|yellow|green|orange|"
    r"purple|grey|gray|pink|bleue?|rouge|jaune|verte?|violette?|grise?|rose) (?:logo )?"
    r"(?:building|logo|place|brand|team|tower|batiment|immeuble|marque|boite|tour|equipe)|"
    r"(?:la boite|la marque|les gens|the (?:brand|company|firm)) (?:au|du|with the) (?:logo )?"
    r"(?:bleu|rouge|jaune|vert|orange|violet|gris|rose|blue|red|yellow|green|orange|purple|grey|"
    r"gray|pink)(?: logo)?|some (?:companies|brands|firms)|certaines (?:boites|entreprises|"
    r"marques|societes)|nos amis de|our friends (?:at|over at))"
)
#: ...and a jab with no negative word: labour-law breaches hinted, corners cut, a brand "that
#: actually" does what the rival does not, staff who escaped, an exodus, the rival's buyers
#: blamed for their own trouble, its customers pitied, claims it "still" believes
RIVAL_JAB = _re(
    r"(?:\b(?:prud'?hommes?|labou?r (?:code|laws?|inspector\w*)|code du travail|droit du travail|"
    r"inspection du travail|heures sup\w*|unpaid overtime|overtime pay|travail dissimule|"
    r"paid (?:her|him|them|their \w+) peanuts|payes? (?:au lance-pierre|des cacahuetes|une "
    r"misere)|cut(?:s|ting)? corners|rogne\w* sur (?:la securite|les tests|la qualite)|"
    r"(?:brand|company|firm|team|marque|entreprise|boite|societe) (?:that|which|who|qui) "
    r"(?:\w+ )?(?:actually|really|vraiment|au moins)|glad (?:s?he|they|you|i) (?:escaped|got out)|"
    r"escaped|s'est (?:echappee?|sauvee?)|rescape\w*|exodus|exode|(?:quitter|quittent|quittez|"
    r"quitte) le navire|sinking ship|navire qui coule|"
    r"(?:still|toujours|encore) (?:think|thinks|believe|croient|pensent|croit) (?:that )?"
    r"(?:their|leurs?|they|ils|qu'ils)|better \w+ than them|(?:meilleure?s?|mieux) \w+ qu'eux|"
    r"iykyk|(?:probably|surely|must have|surement|forcement|probablement) (?:\w+ ){0,2}?"
    r"(?:bought|got|purchased|achetee?s?|pris) (?:\w+ ){0,2}?(?:from|at|chez)|"
    r"sorry for (?:everything|all|what) (?:you'?ve|you have) (?:been through|endured|suffered)|"
    r"desole\w* pour (?:tout )?ce que vous avez (?:vecu|subi|endure)|(?:enfin|finally) "
    r"(?:compris|understood|figured out) (?:ou|where)|ou (?:ils|elles) n'etaient pas|"
    r"where (?:it|they) (?:wasn'?t|weren'?t))\b)"
)
RIVAL_JAB_CUES = (
    "prud'hommes", "prudhommes", "prud'homme", "labour code", "labor code", "labour law",
    "labor law", "labour laws", "labor laws", "labour inspector*", "labor inspector*",
    "code du travail", "droit du travail", "inspection du travail", "heures sup*",
    "unpaid overtime", "overtime pay", "travail dissimule", "peanuts", "lance-pierre",
    "cacahuetes", "misere", "corners", "rogne*", "actually", "really", "vraiment", "au moins",
    "escaped", "got out", "echappe", "echappee", "sauve", "sauvee", "rescape*", "exodus",
    "exode", "navire", "sinking ship", "still",
    "toujours", "encore", "than them", "qu'eux", "iykyk", "bought", "purchased", "achete",
    "achetee", "achetes", "achetees", "been through", "endured", "suffered", "vecu", "subi",
    "endure", "compris", "understood", "figured out", "n'etaient pas", "wasn't", "weren't",
    "wasnt", "werent",
)

# -- Round 21 (structural, the round-20 leftovers) -----------------------------------------------

#: a problem asked about rhetorically ("Un souci avec votre lampe ? Non.", "A problem? Never.")...
PROBLEM_ASKED = _re(
    r"\b(?:un souci|des soucis|un probleme|des problemes|une panne|des pannes|un bug|un defaut|"
    r"a problem|any problems?|an issue|any issues?|a breakdown|a bug|a fault|trouble)\b"
    r"[^?.!]{0,40}\?"
)
#: ...denied as something that never happens with us, an adverb allowed in between ("ça
#: n'arrive tout simplement jamais", "it simply never happens", "vous n'en aurez pas")
NEVER_HAPPENS = _re(
    r"\bn'arrive(?:nt)? (?:\w+ ){0,3}?jamais\b|\bne (?:se )?produi\w* (?:\w+ ){0,2}?jamais\b|"
    r"\b(?:simply|just|literally|really) never happens?\b|\bnever,? ever happens?\b|"
    r"\b(?:it|that|this) (?:\w+ )?never happens\b|\bdoesn'?t (?:ever |even )?happen\b|"
    r"\bvous n'en (?:avez|aurez) (?:\w+ ){0,2}?(?:pas|jamais)\b|\byou (?:won'?t|will never|don'?t) "
    r"(?:ever )?(?:have|get) (?:one|any)\b"
)
PROBLEM_ASKED_CUES = (
    "souci", "soucis", "probleme", "problemes", "panne", "pannes", "bug", "defaut", "problem",
    "problems", "issue", "issues", "breakdown", "fault", "trouble",
)

#: foreigners or accents as a lot, in a call centre or a shop ("so many foreigners in your call
#: centre", "que des étrangers au SAV")...
FOREIGNERS = _re(
    r"\b(?:foreigners|immigrants|migrants|etrangers|etrangeres|immigres|immigrees|"
    r"(?:people|staff|agents?|folks|gens|personnes|conseillers|conseilleres) (?:with|avec) "
    r"(?:(?:an?|des|un|une|such|thick|heavy|strong|fort|gros) )*(?:accents?|accent a couper))\b"
)
#: ...mocked for their speech or told to go ("can't understand a word they say", "learn
#: English", "parlent même pas français", "go back")
SPEECH_MOCKED = _re(
    r"\b(?:can'?t|cannot|couldn'?t|could not) (?:even )?understand (?:a (?:single )?word|"
    r"(?:any|half) of|them|anything)|\b(?:learn|speak) (?:proper |real |some )?english\b|"
    r"\bcan'?t (?:even )?speak (?:proper |real )?english\b|\bgo back (?:home|to where)\b|"
    r"\bparlent (?:meme |a peine |pas |meme pas |a moitie )*(?:un mot de |correctement |bien )?"
    r"(?:le )?francais\b|\bcompren\w* (?:rien|pas un mot|que dalle)\b|\bbaragouin\w*|"
    r"\bretournez chez (?:eux|vous)\b|\brentrent? chez eux\b|\bincomprehensibles?\b"
)
#: the writer as a foreigner, or a defence of the staff, is no contempt
FOREIGNERS_DEFENDED = _re(
    r"\b(?:as an? (?:foreigner|immigrant)|en tant qu'(?:etranger|etrangere|immigre)|je suis "
    r"(?:etranger|etrangere|immigre)|i'?m an? (?:foreigner|immigrant)|proud|fiers?|fieres?|"
    r"welcome|bienvenue|racis\w+|discrimin\w+)\b"
)
FOREIGNERS_CUES = (
    "foreigners", "immigrants", "migrants", "etrangers", "etrangeres", "immigres", "immigrees",
    "accent", "accents",
)

#: the post seen, too late, on the public account ("hmm why is everyone liking this", "oh wait
#: this is twitter", "attends, c'est public ?")...
SEEN_PUBLIC = _re(
    r"\bwhy (?:is|are) (?:everyone|everybody|people|so many people|strangers) "
    r"(?:liking|sharing|retweeting|replying to|commenting on|seeing) (?:this|that|my)\b|"
    r"\bpourquoi (?:tout le monde|les gens|des inconnus) (?:like|likent|aime|aiment|partage|"
    r"partagent|repond|repondent|commente|commentent|voit|voient)\b|"
    r"\b(?:wait|hold on|oh no|oh wait|oops|uh oh),? (?:is )?this (?:is )?(?:twitter|x|public|"
    r"instagram|linkedin|the (?:main|brand|company|public) (?:account|page))\b|"
    r"\b(?:attends?|oups|oh non|mince|zut),? (?:c'est|on est sur) (?:public|twitter|x|"
    r"insta|instagram|linkedin|le compte (?:officiel|de la marque|public))\b"
)
#: ...and the post was meant for a team or a chat ("ok crew", "team chat", "les gars")
TEAM_TALK = _re(
    r"\b(?:crew|team|squad|guys|les gars|les filles|l'equipe|la team|les collegues|colleagues|"
    r"team chat|group chat|groupe|slack|whatsapp|teams|discord)\b"
)
#: ...not thanks or praise for the team ("why is everyone liking this so much 😍 (you rock)")
SEEN_PUBLIC_PRAISED = _re(
    r"(?:\b(?:thanks?|thank you|merci|bravo|congrats|proud|fiers?|fieres?|you rock|love|"
    r"adore)\b|😍|❤|🥰|🎉)"
)
SEEN_PUBLIC_CUES = (
    "why is everyone", "why is everybody", "why are people", "why are so many",
    "why is so many", "pourquoi tout le monde", "pourquoi les gens", "pourquoi des inconnus",
    "wait", "hold on", "oh no", "oops", "uh oh", "attends", "attend", "oups", "oh non", "mince",
    "zut",
)

#: a former or current insider speaking ("Ex-Lumio here", "former employee", "j'ai bossé
#: chez eux")...
INSIDER = _re(
    r"\b(?:ex[- ][\w-]+ here|ex[- ](?:employee|staff|salariee?|employee?|collaborat\w+)|"
    r"former (?:employee|staff|engineer|tech\w*|colleague|insider)|"
    r"(?:i|we) (?:used to )?work(?:ed)? (?:at|for|there)|i was on the \w+ team|"
    r"anciens? (?:salariee?s?|employee?s?|collaborat\w+|de chez)|anciennes? (?:salariees?|"
    r"employees?|collaboratrices?|de chez)|j'ai (?:bosse|travaille) (?:chez|la[- ]bas|"
    r"pour)|insider here|source interne)\b"
)
#: ...saying a known defect was hidden ("management told them to keep quiet", "on nous a dit de
#: ne rien dire", "covered up", "swept under the rug", "known about it for months")
COVERUP = _re(
    r"\b(?:told (?:them|us|me|everyone|staff|the team) to (?:keep (?:quiet|it quiet|mum|"
    r"their mouths shut)|stay quiet|say nothing|not say anything|shut up)|covered? (?:it )?up|"
    r"cover[- ]up|hush(?:ed)? (?:it )?up|swept (?:it )?under the (?:rug|carpet)|"
    r"(?:has|have|had) known about (?:\w+ ){0,3}?for (?:months|years|weeks|ages)|"
    r"knew about (?:\w+ ){0,3}?for (?:months|years|weeks|ages)|"
    r"on (?:nous|leur|m') ?a (?:demande|dit|ordonne) de (?:nous |se |me )?(?:taire|ne rien "
    r"dire|fermer)|(?:etouffe|etouffee|etouffer) l'affaire|passee? sous silence|"
    r"(?:mis|mise|mettre|glisse) sous le tapis|(?:direction|hierarchie|chefs?|patrons?|ils|"
    r"elles|boite|management) (?:sont|etaient|etait|est) au courant depuis "
    r"(?:des mois|des annees|des semaines|longtemps))\b"
)
INSIDER_CUES = (
    "ex", "former", "work at", "work for", "worked at", "worked for", "work there",
    "worked there", "used to work", "i was on the", "ancien", "anciens", "ancienne",
    "anciennes", "j'ai bosse", "j'ai travaille", "insider", "source interne",
)

#: a rival said to be going bust ("B. va bientôt mettre la clé sous la porte", "word is they're
#: going under")...
GOING_BUST = _re(
    r"\b(?:mettre|met|mettent|mettra|mettront|mis) la cle sous la porte|\b(?:en |la |de )?"
    r"faillite\b|\bdepot de bilan\b|\bdeposer le bilan\b|\bredressement judiciaire\b|"
    r"\bliquidation judiciaire\b|\b(?:go|goes|going|gone|went) (?:bust|under|bankrupt|belly up)\b|"
    r"\bbankrupt\w*|\binsolven\w+|\bout of business\b|\bfermer boutique\b|\bon life support\b|"
    r"\brunning out of (?:cash|money)\b"
)
#: ...unless it is our own solvency defended, or sympathy for the rival's staff
NOT_GOING_BUST = _re(
    r"\b(?:ne (?:sommes|serons|mettrons|mettra) (?:pas|jamais)|pas en faillite|we'?re not "
    r"(?:going|bankrupt)|we are not (?:going|bankrupt)|never (?:go|going) (?:bust|under)|"
    r"pensees?|thoughts (?:are )?with|solidarit\w+|courage (?:aux|a leurs|to)|sorry to hear|"
    r"triste|sad news)\b"
)
GOING_BUST_CUES = (
    "cle sous la porte", "faillite", "depot de bilan", "deposer le bilan", "redressement",
    "liquidation", "bust", "going under", "go under", "goes under", "gone under", "went under",
    "bankrupt*", "insolven*", "out of business", "fermer boutique", "life support",
    "running out of",
)


REPUTATION_EXPLANATIONS = {
    "show_door": {
        "en": "Contempt for a customer (“{found}”): an unhappy customer shown the door in public "
        "reads as the brand not caring. Answer the complaint instead.",
        "fr": "Mépris envers un client (« {found} ») : montrer la porte en public à un client "
        "mécontent donne l'image d'une marque qui s'en moque. Répondez plutôt à la réclamation.",
    },
    "boycott": {
        "en": "Boycott call (“{found}”): a customer asks others to stop buying from us and to "
        "pass it on. Answer in public quickly and take it up in private.",
        "fr": "Appel au boycott (« {found} ») : un client appelle les autres à ne plus acheter "
        "chez nous et à faire tourner. Répondez vite en public, puis en privé.",
    },
    "insider_warning": {
        "en": "Our products run down from the inside (“{found}”): staff telling the public not "
        "to buy them, or that they are worse, is quoted as the company's own admission. Do not "
        "publish; raise it internally.",
        "fr": "Nos produits dénigrés de l'intérieur (« {found} ») : un salarié qui dit au public "
        "de ne pas les acheter, ou qu'ils sont moins bons, sera cité comme un aveu de "
        "l'entreprise. Ne publiez pas ; remontez-le en interne.",
    },
    "about_you": {
        "en": "Contempt for a reviewer (“{found}”): telling a customer their review says more "
        "about them reads as a personal attack. Answer the review's point.",
        "fr": "Mépris envers un client (« {found} ») : dire à un client que son avis en dit plus "
        "sur lui passe pour une attaque personnelle. Répondez sur le fond de l'avis.",
    },
    "ironic_blame": {
        "en": "Sarcasm at a customer (“{found}”): a public reply that blames the customer by "
        "irony reads as contempt. Answer the problem plainly.",
        "fr": "Ironie envers un client (« {found} ») : une réponse publique qui rejette la faute "
        "sur le client par l'ironie passe pour du mépris. Répondez au problème simplement.",
    },
    "broken_promise": {
        "en": "Public complaint (“{found}”): a customer quotes our promise back with what it "
        "really lasted. Answer in public, then honour the promise in private.",
        "fr": "Réclamation publique (« {found} ») : un client cite notre promesse avec ce "
        "qu'elle a réellement duré. Répondez en public, puis tenez la promesse en privé.",
    },
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
    "contempt_one": {
        "en": "Mockery of a customer (“{found}”): singling out one customer to laugh at them in "
        "public humiliates them and is read as the company's attitude. Remove it; answer them "
        "kindly in private.",
        "fr": "Moquerie envers un client (« {found} ») : désigner un client pour rire de lui en "
        "public l'humilie et est lu comme l'attitude de l'entreprise. Retirez-le ; répondez-lui "
        "avec égard en privé.",
    },
    "contempt_age": {
        "en": "Condescension toward an age group (“{found}”): saying people of an age cannot "
        "cope is contempt and an age stereotype. Remove it; offer help instead.",
        "fr": "Condescendance envers une tranche d'âge (« {found} ») : dire que des personnes "
        "d'un certain âge ne s'en sortiront pas est méprisant et un stéréotype d'âge. "
        "Retirez-le ; proposez plutôt de l'aide.",
    },
    "insinuation": {
        "en": "Insinuation (“{found}”): an allusion or hearsay against someone, with advice to "
        "avoid them, is an unverified damaging claim (defamation risk). Remove it.",
        "fr": "Insinuation (« {found} ») : une allusion ou un ouï-dire contre quelqu'un, avec "
        "le conseil de l'éviter, est une accusation non vérifiée (risque de diffamation). "
        "Retirez-la.",
    },
    "crisis": {
        "en": "Public crisis signal (“{found}”): a customer reports seeing someone else's data, "
        "a discrimination, or leaves in anger. Escalate it now and answer in public.",
        "fr": "Signal de crise publique (« {found} ») : un client signale voir les données "
        "d'un autre, une discrimination, ou part en colère. Faites remonter tout de suite et "
        "répondez en public.",
    },
    "internal": {
        "en": "Internal chatter posted publicly (“{found}”): a message for colleagues, with "
        "what only they should get, on the public account. Delete it and post it where it "
        "belongs.",
        "fr": "Échange interne publié (« {found} ») : un message pour les collègues, avec ce "
        "qu'eux seuls doivent recevoir, sur le compte public. Retirez-le et postez-le au bon "
        "endroit.",
    },
    "threat": {
        "en": "Threat toward customers (“{found}”): even as a joke, staff saying what they will "
        "do to the next customer who asks is read as the company's attitude, and as a threat. "
        "Remove it.",
        "fr": "Menace envers les clients (« {found} ») : même pour rire, un salarié qui dit ce "
        "qu'il fera au prochain client qui demande est lu comme l'attitude de l'entreprise, et "
        "comme une menace. Retirez-le.",
    },
    "sneer": {
        "en": "Public mockery of the brand (“{found}”): a sneer at the product or the service "
        "spreads faster than a complaint. Answer with facts and a fix, in public, without "
        "irony.",
        "fr": "Moquerie publique envers la marque (« {found} ») : un sarcasme sur le produit "
        "ou le service se partage plus vite qu'une réclamation. Répondez par des faits et une "
        "solution, en public, sans ironie.",
    },
    "lifetime_promise": {
        "en": "Unrealistic promise (“{found}”): no product lasts forever; a lifetime promise "
        "will be quoted back at the first failure. Say what the warranty covers instead.",
        "fr": "Promesse irréaliste (« {found} ») : aucun produit ne dure toujours ; une "
        "promesse à vie sera ressortie à la première panne. Dites plutôt ce que couvre la "
        "garantie.",
    },
    "sarcasm_customers": {
        "en": "Sarcasm at customers (“{found}”): irony about customers or commenters, from the "
        "brand's account, is read as contempt for the people it serves. Remove it; answer the "
        "point, if there is one, plainly.",
        "fr": "Sarcasme envers les clients (« {found} ») : l'ironie sur les clients ou les "
        "commentateurs, depuis le compte de la marque, est lue comme du mépris pour ceux qu'elle "
        "sert. Retirez-le ; répondez simplement sur le fond, s'il y en a un.",
    },
    "aside_mockery": {
        "en": "Private aside mocking a customer (“{found}”): a message to a colleague laughing "
        "at a customer was posted on the public account; the customer can read it. Delete it "
        "now.",
        "fr": "Aparté moqueur sur un client (« {found} ») : un message à un collègue qui se "
        "moque d'un client a été publié sur le compte public ; le client peut le lire. "
        "Supprimez-le tout de suite.",
    },
    "note_to_self": {
        "en": "Note to self posted publicly (“{found}”): a reminder or a task for the team "
        "went out on the public account. Delete it and keep it in your notes or the team chat.",
        "fr": "Note personnelle publiée (« {found} ») : un rappel ou une tâche pour l'équipe "
        "est parti sur le compte public. Retirez-le et gardez-le dans vos notes ou la "
        "messagerie de l'équipe.",
    },
    "wrong_account": {
        "en": "Posted on the wrong account (“{found}”): the post says itself it was meant for "
        "a team channel or a chat. Delete it from the public account.",
        "fr": "Publié sur le mauvais compte (« {found} ») : le message dit lui-même qu'il était "
        "destiné à un canal d'équipe ou une conversation. Retirez-le du compte public.",
    },
    "hushed_incident": {
        "en": "Incident to be kept quiet, posted publicly (“{found}”): a message asking "
        "colleagues not to talk about an accident, a recall or an inspection reads as a "
        "cover-up once public. Delete it and let the incident be handled through the proper "
        "channel.",
        "fr": "Incident à taire, publié (« {found} ») : un message qui demande aux collègues de "
        "ne pas parler d'un accident, d'un rappel ou d'une inspection se lit comme une "
        "dissimulation une fois public. Retirez-le et laissez l'incident suivre le circuit "
        "prévu.",
    },
    "safety_incident": {
        "en": "Product hazard reported in public (“{found}”): a burning smell, melted plastic, "
        "smoke or sparks from one of our products can turn into a safety crisis within hours. "
        "Answer at once and in public, ask the customer to unplug it, and alert the quality and "
        "crisis teams.",
        "fr": "Danger produit signalé en public (« {found} ») : une odeur de brûlé, du plastique "
        "fondu, de la fumée ou des étincelles sur l'un de nos produits peuvent tourner en crise "
        "de sécurité en quelques heures. Répondez tout de suite et en public, demandez de "
        "débrancher, et alertez les équipes qualité et crise.",
    },
    "public_callout": {
        "en": "Public call-out announced (“{found}”): someone with an audience says they will "
        "tell their followers how we treated them. Reach out in private now, before the story "
        "is told, and prepare a public answer.",
        "fr": "Dénonciation publique annoncée (« {found} ») : une personne qui a une audience "
        "annonce qu'elle va raconter à ses abonnés comment nous l'avons traitée. Contactez-la "
        "en privé dès maintenant, avant la publication, et préparez une réponse publique.",
    },
    "contempt_demeaning": {
        "en": "Contempt for customers (“{found}”): calling customers clueless or stupid, even as "
        "a joke about the job, reads as the brand's view of them. Rewrite it without the "
        "judgement.",
        "fr": "Mépris envers les clients (« {found} ») : traiter les clients d'idiots ou de "
        "nuls, même pour plaisanter sur le métier, se lit comme l'avis de la marque sur eux. "
        "Réécrivez sans ce jugement.",
    },
    "private_in_public": {
        "en": "Private exchange posted in public (“{found}”): “next time let's do this in DM” "
        "next to pay, figures or a contract shows an internal conversation on the brand's "
        "account. Delete it and take it to the internal channel.",
        "fr": "Échange privé publié (« {found} ») : « la prochaine fois on fait ça en MP » à "
        "côté de primes, de chiffres ou d'un contrat montre une conversation interne sur le "
        "compte de la marque. Retirez-le et passez par le canal interne.",
    },
    "absolute_promise": {
        "en": "Unrealistic promise (“{found}”): saying nothing can go wrong, or that no one "
        "will ever need support, is an absolute claim the first failure will turn against you. "
        "Say what the warranty and the support cover instead.",
        "fr": "Promesse irréaliste (« {found} ») : dire que rien ne peut mal tourner, ou que "
        "personne n'aura jamais besoin du support, est une affirmation absolue que la première "
        "panne retournera contre vous. Dites plutôt ce que couvrent la garantie et le support.",
    },
    "staff_misconduct": {
        "en": "Public complaint about our staff (“{found}”): a customer says one of our people "
        "mistreated them, in front of everyone. Answer quickly and publicly, take it to private "
        "messages, and check what happened with the team concerned.",
        "fr": "Réclamation publique contre notre personnel (« {found} ») : un client dit avoir "
        "été maltraité par l'un des nôtres, sous les yeux de tous. Répondez vite et "
        "publiquement, passez en message privé et vérifiez les faits avec l'équipe concernée.",
    },
    "contempt_capacity": {
        "en": "Contempt for customers (“{found}”): saying some people lack the brains for a "
        "simple task mocks the customers who ask for help, even without naming them. Remove "
        "it; offer the help instead.",
        "fr": "Mépris envers les clients (« {found} ») : dire que certains n'ont pas les "
        "capacités pour une tâche simple se moque des clients qui demandent de l'aide, même "
        "sans les nommer. Retirez-le ; proposez plutôt l'aide.",
    },
    "contempt_generation": {
        "en": "Contempt for a generation (“{found}”): calling the young, or an age group, "
        "lazy or entitled as a lot is a stereotype published in the company's voice. Remove "
        "it.",
        "fr": "Mépris envers une génération (« {found} ») : traiter les jeunes, ou une tranche "
        "d'âge, d'assistés ou de feignants en bloc est un stéréotype publié au nom de "
        "l'entreprise. Retirez-le.",
    },
    "blame_customer_kit": {
        "en": "Contempt for a customer (“{found}”): clearing ourselves by calling the "
        "customer's own equipment junk, or lumping them with 'everyone who complains', is "
        "read as contempt. Explain what to check and offer help.",
        "fr": "Mépris envers un client (« {found} ») : se dédouaner en traitant l'équipement "
        "du client de pourri, ou en le rangeant avec « ceux qui se plaignent », est lu comme "
        "du mépris. Expliquez quoi vérifier et proposez de l'aide.",
    },
    "attack_press": {
        "en": "Attack on a journalist (“{found}”): mocking a reporter's work or saying we "
        "won't forget their name looks like intimidation of the press and turns one article "
        "into a story about us. Answer with facts, or through the press office.",
        "fr": "Attaque contre un journaliste (« {found} ») : moquer le travail d'un "
        "journaliste ou dire qu'on n'oubliera pas son nom ressemble à une intimidation de la "
        "presse et fait de l'article une affaire sur nous. Répondez par des faits, ou via le "
        "service de presse.",
    },
    "threat_visit": {
        "en": "Veiled threat (“{found}”): someone says they will turn up at our premises and "
        "that it will go badly. Do not answer in kind; tell the site's security and keep the "
        "post as evidence.",
        "fr": "Menace voilée (« {found} ») : quelqu'un annonce venir dans nos locaux et que ça "
        "se passera mal. Ne répondez pas sur le même ton ; prévenez la sécurité du site et "
        "gardez le message comme preuve.",
    },
    "rival_jab": {
        "en": "Disparaging a competitor (“{found}”): a hint that a rival breaks labour law, "
        "cuts corners or that its staff 'escaped' is an accusation we would have to prove, "
        "named or not. Talk about our products instead.",
        "fr": "Dénigrement d'un concurrent (« {found} ») : sous-entendre qu'un rival enfreint "
        "le droit du travail, bâcle la sécurité ou que ses salariés s'en sont « échappés » est "
        "une accusation qu'il faudrait prouver, nommé ou pas. Parlez plutôt de nos produits.",
    },
    "problem_denied": {
        "en": "Unrealistic promise (“{found}”): saying a problem simply never happens with us "
        "is a promise no product keeps, and each customer who meets one will quote it back. "
        "Say what the warranty covers instead.",
        "fr": "Promesse irréaliste (« {found} ») : dire qu'un souci n'arrive tout simplement "
        "jamais chez nous est une promesse qu'aucun produit ne tient, et chaque client qui en "
        "rencontre un la citera. Dites plutôt ce que couvre la garantie.",
    },
    "contempt_foreigners": {
        "en": "Contempt for a group (“{found}”): mocking foreigners or accents as a lot is a "
        "stereotype; aimed at our staff, it is a public attack to moderate and answer calmly.",
        "fr": "Mépris envers un groupe (« {found} ») : se moquer des étrangers ou des accents "
        "en bloc est un stéréotype ; visant notre personnel, c'est une attaque publique à "
        "modérer et à laquelle répondre calmement.",
    },
    "seen_public": {
        "en": "Internal chatter (“{found}”): a message for the team, seen too late on the "
        "public account. Delete it and post it in the team's channel.",
        "fr": "Échange interne (« {found} ») : un message pour l'équipe, vu trop tard sur le "
        "compte public. Supprimez-le et publiez-le sur le canal de l'équipe.",
    },
    "insider_coverup": {
        "en": "Reputation crisis (“{found}”): a former or current insider says a known "
        "defect was hidden. Do not deny in a reply; pass it to the quality and legal teams.",
        "fr": "Crise de réputation (« {found} ») : un ancien salarié, ou un salarié, affirme "
        "qu'un défaut connu a été caché. Ne démentez pas en réponse ; transmettez aux équipes "
        "qualité et juridique.",
    },
    "rival_going_bust": {
        "en": "Disparaging a competitor (“{found}”): saying a rival, even by its initial, is "
        "about to go bust is a rumour we would have to prove. Talk about our products "
        "instead.",
        "fr": "Dénigrement d'un concurrent (« {found} ») : dire qu'un rival, même désigné par "
        "son initiale, va mettre la clé sous la porte est une rumeur qu'il faudrait prouver. "
        "Parlez plutôt de nos produits.",
    },
    "copying": {
        "en": "Disparaging a competitor (“{found}”): accusing a rival, even unnamed, of copying "
        "us is an accusation we would have to prove. Talk about our products instead.",
        "fr": "Dénigrement d'un concurrent (« {found} ») : accuser un rival, même sans le "
        "nommer, de nous copier est une accusation qu'il faudrait prouver. Parlez plutôt de nos "
        "produits.",
    },
}


#: a complaint that carries an ID or a phone number is a privacy matter first (its own family)
NUMBERS = _re(r"\d(?:[ .-]?\d){7,}")
#: a sneer that carries an ID or a card number is a privacy matter first, as a complaint is
NOT_AT_US_OR_NUMBERS = _re(NOT_AT_US.pattern + "|" + NUMBERS.pattern)
#: round 16 (precision): a lawyer who loves our lamp, a lamp given to our favourite lawyer
NOT_ESCALATING = _re(
    r"\b(?:i'?m an? (?:lawyer|solicitor|attorney)|je suis (?:avocate?|mediat\w+)|avocate? "
    r"preferee?|favou?rite (?:lawyer|attorney|solicitor)|i love|love (?:my|it|our|this|the)|"
    r"j'adore|(?:on|nous) lui (?:a|avons) offert|we gave (?:him|her)|great for)\b|"
    + NUMBERS.pattern
)
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


def _shape(
    id_: str,
    kind: str,
    direction: str,
    parts: tuple[re.Pattern[str], ...],
    cues: tuple[str, ...],
    explanation: str,
    window: int,
    unless: re.Pattern[str] | None = None,
    last_part_only: bool = False,
) -> Shape:
    """A round-12 reputation shape (medium outbound, low inbound)."""
    return Shape(
        id=id_,
        kind=kind,
        category=Category.REPUTATION,
        severity=Severity.MEDIUM if direction == "outbound" else Severity.LOW,
        directions=(direction,),
        parts=parts,
        explanation=REPUTATION_EXPLANATIONS[explanation],
        unless=unless,
        window=window,
        cues=cues,
        last_part_only=last_part_only,
    )


#: sincere praise of the rival: no jab ("Brillix is a company that really innovates, respect")
RIVAL_PRAISED = _re(
    r"\b(?:respect|bravo|congrats|congratulations|felicitations|hats off|well done|kudos|"
    r"good luck|bonne chance|fair play)\b(?!\s*[🙃😏😂🤣🙄💀🤡😇])"
)


def rival_jab_shape(names: Iterable[str]) -> Shape | None:
    """Round 20 (category competition): a rival, named (the profile's competitors, "ex-Brillix"),
    called a competitor, or pointed at by a colour or as "some companies", + a jab with no
    negative word (:data:`RIVAL_JAB`). ``None`` without competitors in the profile (then the
    competition family is off too)."""
    folded = sorted({normalize(n, view=False).folded.strip() for n in names} - {""})
    if not folded:
        return None
    named = "|".join(re.escape(n) for n in folded)
    rival = _re(
        r"(?:\b(?:" + named + r")|" + A_RIVAL.pattern + "|\\b" + RIVAL_POINTED + r"\b)"
    )
    cues = (
        *folded, "concurrent*", "rival*", "competitor*", "competition", "concurrence",
        "voisin*", "next door", "across the street", "across the road", "some companies",
        "some brands", "some firms", "certaines boites", "certaines entreprises",
        "certaines marques", "certaines societes", "nos amis de", "our friends", "blue", "red",
        "yellow", "green", "orange", "purple", "grey", "gray", "pink", "bleu", "bleue",
        "rouge", "jaune", "vert", "verte", "violet", "violette", "gris", "grise", "rose",
    )
    return Shape(
        id="rival_jab",
        kind="competition.disparagement",
        category=Category.COMPETITION,
        severity=Severity.MEDIUM,
        directions=("outbound",),
        parts=(rival, RIVAL_JAB),
        explanation=REPUTATION_EXPLANATIONS["rival_jab"],
        unless=RIVAL_PRAISED,
        window=140,
        cues=cues,
    )


def rival_bust_shape(names: Iterable[str]) -> Shape | None:
    """Round 21 (category competition): a rival, named, called a competitor, or by its initial
    alone ("B. va bientôt mettre la clé sous la porte") + said to be going bust
    (:data:`GOING_BUST`). ``None`` without competitors in the profile."""
    folded = sorted({normalize(n, view=False).folded.strip() for n in names} - {""})
    if not folded:
        return None
    named = "|".join(re.escape(n) for n in folded)
    initials = "".join(sorted({n[0] for n in folded if n[0].isalpha()}))
    rival = _re(
        r"(?:\b(?:" + named + r")|" + A_RIVAL.pattern
        + (r"|(?<!plan )\b[" + initials + r"]\.(?!\w)" if initials else "") + r")"
    )
    return Shape(
        id="rival_going_bust",
        kind="competition.disparagement",
        category=Category.COMPETITION,
        severity=Severity.MEDIUM,
        directions=("outbound",),
        parts=(rival, GOING_BUST),
        explanation=REPUTATION_EXPLANATIONS["rival_going_bust"],
        unless=NOT_GOING_BUST,
        window=80,
        #: the going-bust words only: a lexicon rule's longer evidence of the same kind is kept
        last_part_only=True,
        cues=GOING_BUST_CUES,
    )


class ReputationShapes(ShapeRules):
    name = "reputation_shapes"
    version = "1.9"
    categories = (Category.REPUTATION, Category.COMPETITION)
    directions = ("outbound", "inbound")
    description = (
        "Reputation risks by their shape: a promotion next to a disaster or a commemoration, "
        "complaints that count the wait or the failures, contempt for a group of customers."
    )

    def __init__(self, profile: Profile) -> None:
        #: round 20: the jab at a rival needs the profile's competitors' names, so that shape
        #: is made per profile (see :func:`rival_jab_shape`)
        jab = rival_jab_shape(profile.competitor_names())
        bust = rival_bust_shape(profile.competitor_names())
        extra = tuple(shape for shape in (jab, bust) if shape is not None)
        if extra:
            self.SHAPES = (*type(self).SHAPES, *extra)
        super().__init__(profile)
        #: the profile's competitors: an insinuation that names one is the competition
        #: family's finding (disparagement), not a second one here
        self._rivals: PhraseMatcher[str] = PhraseMatcher(
            (name, name) for name in profile.competitor_names()
        )

    #: the shapes left to the competition family when a competitor is named (a rival's lamp
    #: that caught fire is not a crisis of ours)
    RIVAL_SHAPES = frozenset({"insinuation", "crisis_safety", "contempt_capacity"})

    def skip(self, shape: Shape, ctx: Context) -> bool:
        return shape.id in self.RIVAL_SHAPES and bool(self._rivals) and bool(
            self._rivals.found_in(ctx.normalized)
        )

    SHAPES: tuple[Shape, ...] = (
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
        _complaint("complaint_escalation", (ESCALATION, ABOUT_US), ESCALATION_CUES,
                   unless=NOT_ESCALATING),
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
        _shape("contempt_one_customer", "reputation.insult", "outbound",
               (ONE_CUSTOMER, MOCKERY), ONE_CUSTOMER_CUES, "contempt_one", 200),
        _shape("contempt_age", "reputation.insult", "outbound", (AGE_GROUP, INCAPABLE),
               AGE_CUES, "contempt_age", 100),
        _shape("insinuation", "reputation.insult", "outbound", (INSINUATION, AVOID),
               AVOID_CUES, "insinuation", 200),
        _shape("crisis_others_data", "reputation.complaint", "inbound", (OTHERS_DATA, SEEN),
               OTHERS_DATA_CUES, "crisis", 80),
        _shape("crisis_discrimination", "reputation.complaint", "inbound", (APPLIED, GROUND),
               APPLIED_CUES, "crisis", 200),
        _shape("crisis_leaving", "reputation.complaint", "inbound", (SHAME, LEAVING),
               SHAME_CUES, "crisis", 240),
        _shape("internal_for_colleagues", "reputation.internal_chatter", "outbound",
               (COLLEAGUES, INTERNAL_ITEM), COLLEAGUES_CUES, "internal", 200),
        _shape("internal_meant_elsewhere", "reputation.internal_chatter", "outbound",
               (CHAT_PLACE, MEANT_ELSEWHERE), MEANT_CUES, "internal", 60, unless=JOIN,
               last_part_only=True),
        _shape("lifetime_promise", "reputation.unrealistic_promise", "outbound", (LIFETIME,),
               LIFETIME_CUES, "lifetime_promise", 60, unless=FOREVER_DENIED),
        # round 13
        _shape("contempt_obvious_fix", "reputation.insult", "outbound", (OBVIOUS_FIX, SNEER),
               OBVIOUS_FIX_CUES, "contempt_one", 160),
        _shape("threat_next_one", "reputation.insult", "outbound", (NEXT_ONE, HARM),
               NEXT_ONE_CUES, "threat", 120),
        _shape("sneer_inbound", "reputation.complaint", "inbound", (SARCASM, ABOUT_US),
               SARCASM_CUES, "sneer", 160, unless=NOT_AT_US_OR_NUMBERS),
        # round 14
        _shape("contempt_another_customer", "reputation.insult", "outbound",
               (ANOTHER_CUSTOMER, IRONY), ANOTHER_CUSTOMER_CUES, "sarcasm_customers", 160),
        _shape("sarcastic_experts", "reputation.insult", "outbound", (EXPERTS, LECTURE),
               EXPERTS_CUES, "sarcasm_customers", 120),
        _shape("aside_mocking_customer", "reputation.insult", "outbound",
               (SEEN_CUSTOMER, AMONG_US), SEEN_CUSTOMER_CUES, "aside_mockery", 120,
               unless=PRAISE),
        _shape("internal_note_to_self", "reputation.internal_chatter", "outbound",
               (NOTE_TO_SELF, TEAM_TASK), NOTE_TO_SELF_CUES, "note_to_self", 120),
        _shape("internal_wrong_account", "reputation.internal_chatter", "outbound",
               (INSTEAD_OF_CHAT, POSTED_HERE), INSTEAD_CUES, "wrong_account", 80, unless=JOIN),
        _shape("internal_who_posted", "reputation.internal_chatter", "outbound", (WHO_POSTED,),
               WHO_POSTED_CUES, "wrong_account", 80, unless=CREDIT),
        _shape("internal_team_note", "reputation.internal_chatter", "outbound",
               (TEAM_ADDRESS, TEAM_ITEM), TEAM_ADDRESS_CUES, "internal", 240),
        _shape("hushed_incident", "reputation.internal_chatter", "outbound", (HUSH, INCIDENT),
               HUSH_CUES, "hushed_incident", 200),
        _shape("nothing_can_go_wrong", "reputation.unrealistic_promise", "outbound",
               (NOTHING_WRONG,), NOTHING_WRONG_CUES, "absolute_promise", 60, unless=MAKE_SURE),
        # round 15
        _shape("crisis_safety", "reputation.complaint", "inbound", (HAZARD, OUR_DEVICE),
               HAZARD_CUES, "safety_incident", 160, unless=NOT_A_HAZARD),
        _shape("crisis_public_callout", "reputation.complaint", "inbound", (AUDIENCE, CALLOUT),
               AUDIENCE_CUES, "public_callout", 160, unless=PARTNERSHIP),
        _shape("contempt_demeaning", "reputation.insult", "outbound",
               (CUSTOMERS_TYPE, DEMEANING), DEMEANING_CUES, "contempt_demeaning", 60,
               unless=NOT_DEMEANING, last_part_only=True),
        _shape("contempt_counted_gripes", "reputation.insult", "outbound",
               (ONE_CUSTOMER_WIDE, COUNTED_GRIPES), COUNTED_GRIPES_CUES, "contempt_one", 120,
               unless=GENUINE),
        _shape("internal_private_in_public", "reputation.internal_chatter", "outbound",
               (NEXT_TIME_PRIVATE, INTERNAL_TOPIC), NEXT_TIME_CUES, "private_in_public", 120),
        # round 16
        _complaint("complaint_unanswered", (UNANSWERED,), UNANSWERED_CUES, 60),
        _shape("complaint_promise_broken", "reputation.complaint", "inbound",
               (QUOTED_PROMISE, LASTED), LASTED_CUES, "broken_promise", 80, unless=NUMBERS),
        _shape("contempt_ironic_blame", "reputation.insult", "outbound", (SURELY_OURS, NOT_YOURS),
               SURELY_CUES, "ironic_blame", 120, unless=OUR_FAULT),
        _shape("contempt_show_door", "reputation.insult", "outbound", (UNHAPPY, SHOW_DOOR),
               SHOW_DOOR_CUES, "show_door", 120, last_part_only=True),
        _shape("crisis_boycott", "reputation.complaint", "inbound", (STOP_BUYING, PASS_IT_ON),
               STOP_BUYING_CUES, "boycott", 120),
        _shape("insider_warning", "reputation.insult", "outbound", (DONT_BUY_OURS, FLAW),
               DONT_BUY_CUES, "insider_warning", 100, unless=WAIT_FOR_SALE),
        _shape("contempt_reviewer", "reputation.insult", "outbound", (ABOUT_YOU, REVIEW),
               ABOUT_YOU_CUES, "about_you", 100),
        # round 17
        _shape("contempt_one_person", "reputation.insult", "outbound",
               (ONE_PERSON, CONDESCENSION), CONDESCENSION_CUES, "contempt_one", 160),
        _shape("contempt_sarcastic_yes", "reputation.insult", "outbound",
               (SARCASTIC_YES, BECAUSE_YOU_CANT), BECAUSE_CUES, "contempt_one", 100,
               unless=APOLOGY),
        _shape("contempt_counted_yours", "reputation.insult", "outbound", (YOUR_NTH, KEEPSAKE),
               YOUR_NTH_CUES, "contempt_one", 120, unless=APOLOGY),
        Shape(
            id="complaint_ironic_wait",
            kind="reputation.complaint",
            category=Category.REPUTATION,
            severity=Severity.LOW,
            directions=("inbound",),
            parts=(COUNTED_PERIOD, STALLED, IRONIC_PRAISE),
            explanation=REPUTATION_EXPLANATIONS["sneer"],
            unless=NUMBERS,
            window=160,
            cues=COUNTED_PERIOD_CUES,
        ),
        _shape("internal_team_place", "reputation.internal_chatter", "outbound",
               (TEAM_PLACE_QUESTION,), TEAM_PLACE_CUES, "wrong_account", 60),
        _shape("internal_approval", "reputation.internal_chatter", "outbound",
               (APPROVAL_ASK, BEFORE_POSTING), APPROVAL_CUES, "internal", 100),
        # round 18
        _shape("failure_does_not_exist", "reputation.unrealistic_promise", "outbound",
               (FAILURE, DENIED), DENIED_CUES, "absolute_promise", 60, unless=HONEST),
        # round 19
        _shape("complaint_staff_conduct", "reputation.complaint", "inbound",
               (OUR_STAFF, MISTREATED), OUR_STAFF_CUES, "staff_misconduct", 80,
               unless=STAFF_PRAISED),
        _shape("promise_decades", "reputation.unrealistic_promise", "outbound",
               (DECADES, STILL_WORKING), DECADES_CUES, "lifetime_promise", 80,
               unless=DECADES_PAST),
        _shape("promise_never_fails", "reputation.unrealistic_promise", "outbound",
               (NEVER_FAILS,), NEVER_CUES, "lifetime_promise", 80, unless=NEVER_NOT_PROMISED),
        _shape("internal_validate_post", "reputation.internal_chatter", "outbound",
               (VALIDATE_ASK, SCHEDULING), VALIDATE_CUES, "internal", 120),
        _shape("internal_draft_tag", "reputation.internal_chatter", "outbound",
               (DRAFT_TAG,), DRAFT_TAG_CUES, "internal", 80),
        Shape(
            id="rival_copying",
            kind="competition.disparagement",
            category=Category.COMPETITION,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(A_RIVAL, COPYING),
            explanation=REPUTATION_EXPLANATIONS["copying"],
            unless=NOT_COPYING,
            window=100,
            cues=COPYING_CUES,
        ),
        # round 20
        _shape("contempt_capacity", "reputation.insult", "outbound",
               (CAPACITY, CAPACITY_SNEER), CAPACITY_CUES, "contempt_capacity", 100,
               unless=CAPACITY_HELP),
        _shape("contempt_generation", "reputation.insult", "outbound",
               (GENERATION, GENERATION_JUDGED), GENERATION_CUES, "contempt_generation", 100,
               unless=GENERATION_DEFENDED),
        _shape("contempt_blame_kit", "reputation.insult", "outbound", (NOT_US, YOUR_JUNK),
               NOT_US_CUES, "blame_customer_kit", 120),
        _shape("attack_press", "reputation.insult", "outbound", (PRESS_SCORN, PRESS),
               PRESS_SCORN_CUES, "attack_press", 200, unless=PRESS_THANKED),
        Shape(
            id="threat_visit",
            kind="reputation.complaint",
            category=Category.REPUTATION,
            severity=Severity.MEDIUM,
            directions=("inbound",),
            parts=(MENACE, COMING_OVER, OUR_PREMISES),
            explanation=REPUTATION_EXPLANATIONS["threat_visit"],
            window=120,
            cues=MENACE_CUES,
        ),
        # round 21
        _shape("problem_denied", "reputation.unrealistic_promise", "outbound",
               (PROBLEM_ASKED, NEVER_HAPPENS), PROBLEM_ASKED_CUES, "problem_denied", 100,
               unless=HONEST),
        _shape("contempt_foreigners", "reputation.insult", "outbound",
               (FOREIGNERS, SPEECH_MOCKED), FOREIGNERS_CUES, "contempt_foreigners", 120,
               unless=FOREIGNERS_DEFENDED),
        _shape("crisis_foreigners", "reputation.complaint", "inbound",
               (FOREIGNERS, SPEECH_MOCKED), FOREIGNERS_CUES, "contempt_foreigners", 120,
               unless=FOREIGNERS_DEFENDED),
        _shape("internal_seen_public", "reputation.internal_chatter", "outbound",
               (SEEN_PUBLIC, TEAM_TALK), SEEN_PUBLIC_CUES, "seen_public", 200,
               unless=SEEN_PUBLIC_PRAISED),
        _shape("crisis_insider_coverup", "reputation.complaint", "inbound", (INSIDER, COVERUP),
               INSIDER_CUES, "insider_coverup", 160),
    )
