"""Disparaging or defamatory statements about the profile's competitors.

The profile's competitors (``[[competitors]]``: names, aliases, domains, handles) are compiled
into one automaton at start; a post that names none costs one pass of it and nothing more. The
negative words are the rules of ``lexicons/competition.toml``: accusations of fraud, theft,
danger or illegality ("arnaque", "voleurs", "prennent feu", "scam", "steal") are
``competition.defamation`` (high); running products down ("camelote", "nul", "junk", "worse")
is ``competition.disparagement`` (medium). A word counts only within ``WINDOW`` characters of a
competitor's name. The phrase matcher does not see emoji: a disparaging one (💩 🤮 👎 🗑️ 🤡)
within ``EMOJI_WINDOW`` characters of the name ("Brillix = 💩") is disparagement too, found here.
Neutral comparisons ("Brillix a aussi une lampe connectée"), sourced
benchmarks ("30 % plus économe que la Brillix X2 selon le test de ...") and praise are not
flagged. Without competitors in the profile the detector is off. Inbound posts too (a reply
on the organisation's page spreads it as well).

A competitor is also pointed at without its name: masked ("B…x", "B***x", "Br1llix", "Brilix"),
or veiled ("certains concurrents", "a certain competitor", "vous voyez qui", "which brand"; the
``veiled`` list of the lexicon). Those count as anchors too, so "certains concurrents
éclairent surtout les pompiers" is found like "Brillix éclaire surtout les pompiers".

Round 11 (structural): two designations need no negative word, because nobody hides a rival's
name to praise it. A riddle on the name of a competitor of the profile, built from its first and
last letters ("starts with a B", "son nom finit par un X", "with an 'x' at the end of its name",
"B-folks", "la marque en B"), is disparagement on its own. A rival designated but not named ("a
certain Lyon brand", "un certain rival", "the other Lyon brand") or a name withheld on purpose
("ils se reconnaîtront", "je ne vise personne", "I won't name") is disparagement when the post
also holds what it is said against: a rival word ("concurrent", "rival") or a contrast with us
("chez nous, jamais", "pas nous", "we don't").

Round 12 (structural): the name left to the reader ("suivez notre regard", "pas besoin de citer
de nom", "the folks with the orange logo") joins the withheld names, against theirs-versus-ours
("Ours, you can leave on all night", "leur service client") or "évitez les marques qui…"; near a
competitor's name, a word of praise in ironic quotes ("« intéressants »", "their \"smart\"
bulb") or what is done properly "here" ("ici, les primes sont versées à l'heure") is
disparagement too.

Round 14 (precision): a rival pointed at without its name in a post that opens our door to its
staff ("our door's open", "notre porte est ouverte": poaching, the HR family's) or that tells a
change of owner ("a certain competitor might be getting a new owner": a deal, the financial
family's) is not a put-down.

Round 15: the rival "in" its first letter ("chez le voisin en B…", "the folks in B") is a
riddle too; (precision) the rival's staff courted with our pay or open DMs is poaching, and a
rumour next to deal makers in the room with the rival is a deal hinted at, not a put-down.

Round 16: a rhyme on the name, the initial and a placeholder ("B-something"), the initial alone
after "chez" ("chez B.") are riddles; one inner letter masked by a sign ("Br!llix") and the
spaced-out name joined to a one-letter word are masked names; (precision) our own people seen
with the rival's is poaching, not a put-down.

Round 18 (precision, structural): three shapes turn the hints off (the explicit put-down and
accusation words still count). A post that offers the rival's staff a way in (open roles, "écris-
moi", "my phone is on", "our door is still open", a signing bonus, "looking to leave") is
poaching (the HR family's); a parity comparison ("Brillix and Lumio both…", "tout comme
Brillix", "Brillix comme Lumio") is neutral; and an inbound post to our own handle that puts a
rumour about a rival to us as a question ("…, vous confirmez ?", "is that true?") is a reader
asking, not the organisation speaking: its findings go to review, never to a block.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from typing import cast

from ....models import Category, Finding, Severity
from ....profile import Profile
from ...lexicon import AnchoredLexiconDetector, Gate, Rule, lexicon_data
from ...matching import PhraseMatch, PhraseMatcher, SpanIndex
from ...prefilter import Prefiltered
from ..base import Context

_MEDIUM = Severity.MEDIUM.rank

#: quotes and spaces that may wrap the letter of a riddle ("un « B »", "an 'x'")
_Q = r"[\s\"'«»‘’“”]*"


class CompetitorDisparagement(AnchoredLexiconDetector):
    name = "competitor_disparagement"
    version = "1.0"
    categories = (Category.COMPETITION,)
    directions = ("outbound", "inbound")
    description = "Defamation or disparagement of the profile's competitors."

    LEXICON = "competition"
    #: folded characters between the negative words and the competitor's name (a post of two
    #: sentences: the name in one, the put-down in the next)
    WINDOW = 120
    ANCHOR_FIELD = "competitor"
    #: emoji that run down what they follow or precede, and the rule they count for
    EMOJI = ("💩", "🤮", "🤢", "👎", "🗑", "🚮", "🤡", "🙄", "🙃", "💅", "💀")
    EMOJI_RULE = "disparagement"
    #: original characters between such an emoji and the competitor's name
    EMOJI_WINDOW = 25

    #: round 11: riddles on a competitor's name; ``{first}`` and ``{last}`` are its first and
    #: last letters ("starts with a B", "commence par B", "finit par un X", "an 'x' at the end
    #: of its name", "B-folks", "la marque en B", "#BeginsWithB")
    RIDDLES = (
        r"\b(?:starts?|starting|begins?|beginning|commencent|commence|commençant|démarre)"
        r" (?:with|par)" + _Q + r"(?:an? |un |une |la lettre |the letter )?" + _Q + r"{first}\b",
        r"\b(?:ends?|ending|finit|finissent|finissant|se termine|se terminant)"
        r" (?:with|in|par|en)" + _Q + r"(?:an? |un |une |la lettre |the letter )?" + _Q
        + r"{last}\b",
        r"\b(?:an?|un|une)" + _Q + r"{last}" + _Q + r"(?:at the end|à la fin|au bout)\b",
        r"(?-i:\b{FIRST})[-‐ ](?:folks|people|brand|brands|company|crowd|gang|guys)\b",
        r"\b(?:marque|marques|brand|brands|boîte|société) (?:en|starting) {first}\b",
        # round 15: the rival's people or the rival itself "in B" ("chez le voisin en B…",
        # "les concurrents en B", "the folks in B")
        r"\b(?:voisins?|concurrents?|concurrence|rivals?|rivaux|competitors?|competition"
        r"|neighbou?rs?|folks|guys|people|company|sociétés?|boîtes?) (?:en|in|starting with"
        r"|commençant par)"
        + _Q + r"{first}\b",
        r"#(?:begins|starts)with{first}\b|#endswith{last}\b",
        # round 16 (blind14): the name rhymed or its ending given ("dont le nom rime avec
        # « rillix »", "un concurrent qui finit en -ix"), the initial and a placeholder
        # ("B-something", "B-machin"), the initial alone after "chez" or "avec" ("les gars de
        # chez B.", "avant de signer avec B."; not a person's initial, "avec B. Martin")
        r"\b(?:rime|riment|rimant|rhymes?|rhyming) (?:avec|with)" + _Q + r"(?:{tails})\b",
        r"\b(?:ends?|ending|finit|finissent|finissant|se termine|se terminant) (?:with|in|par|en)"
        + _Q + r"-?(?:{tails})\b",
        r"(?-i:\b{FIRST})[-‐](?:something|quelque ?chose|machin|truc|chose|whatever|thingy)\b",
        r"\b(?:chez|at|from|avec|with)" + _Q + r"(?-i:{FIRST})(?:\.(?!\w)(?!\s*(?-i:[A-Z]))|…"
        r"|\*+)",
    )
    #: round 11: a rival designated without its name ("a certain Lyon brand", "un certain
    #: rival", "the other Lyon brand", "« l'autre » marque lyonnaise") or the name withheld on
    #: purpose ("ils se reconnaîtront", "je ne vise personne", "I won't name")
    DESIGNATED = (
        r"\b(?:a certain|that certain|un certain|une certaine)"
        r" (?:[\w'-]+ ){0,2}?(?:rival|competitor|concurrent|brand|marque|neighbou?r|voisin"
        r"|fabricant|manufacturer)s?\b",
        # round 17: "that other Lyon brand" too
        r"\b(?:the|that) " + _Q + r"other" + _Q + r" (?:[\w-]+ ){0,2}?(?:brand|company|lamp brand)"
        r"\b",
        r"\bl'" + _Q + r"autre" + _Q + r" marque\b",
    )
    WITHHELD = (
        r"\b(?:ils|elles) se reconna[iî]tront\b|\bje ne vise personne\b|\bje vise personne\b"
        r"|\bje ne citerai personne\b|\bon ne citera personne\b|\bi won'?t name\b"
        r"|\bnot naming (?:names|anyone|anybody)\b|\bsuivez mon regard\b"
        r"|\bdont on taira le nom\b|\bje ne nommerai personne\b"
        # round 16: "the rival we won't name", "qu'on ne nommera pas"
        r"|\b(?:we|i) (?:won'?t|will not|shall not) name\b|\bqu'on ne nommera pas\b"
        # round 12: the name left to the reader ("suivez notre regard", "pas besoin de citer
        # de nom", "tout le monde aura reconnu", "you know who") or a rival told by its logo
        r"|\bsuivez notre regard\b|\bpas besoin de (?:citer|nommer|donner) (?:de |des )?noms?\b"
        r"|\btout le monde (?:aura|a|les aura|l'aura) reconnu|\bno need to name\b"
        r"|\b(?:you|we all|everyone|everybody) knows? who\b|\bvous voyez de qui\b"
        r"|\b(?:folks|people|guys|ones|brand|company|crowd|makers?) (?:with|behind) the"
        r" (?:[\w-]+ ){0,2}?logo\b"
        r"|\b(?:ceux|les gens|la marque|la boîte|les types) (?:au|avec le|à) (?:[\w-]+ )?logo\b"
    )
    #: ... which counts when the post says against whom: a rival word, or a contrast with us
    AGAINST = (
        r"\b(?:concurrents?|concurrence|rivals?|rivaux|competitors?|competition)\b"
        r"|\bchez nous\b|\bpas nous\b|\bnous,? (?:jamais|non)\b|\bnot us\b|\bwe don'?t\b"
        r"|\bours (?:don'?t|are|need|last)\b|\bwe're not\b"
        # round 12: theirs against ours ("Ours, you can leave on", "leur service client"), or
        # the reader told to avoid the unnamed makers ("évitez les marques qui ...")
        r"|\bours,|\bles nôtres\b|\bleurs? (?:nouvel(?:le)?s? )?(?:produits?|ampoules?|lampes?"
        r"|service client|sav)\b|\btheir (?:new )?(?:products?|bulbs?|lamps?|customer service"
        r"|support)\b|\b(?:évitez|evitez|fuyez|avoid|steer clear of) (?:les |the )?(?:marques"
        r"|brands|fabricants|companies|makers)\b"
    )
    #: ... except in a post about people moving between the two companies ("le DAF a déjà son
    #: nouveau badge… chez un concurrent qui commence par B", "mercato", "joined us"): that is
    #: the HR family's (poaching), not a put-down
    MOVING = (
        r"\bmercato\b|\bnouveau badge\b|\bnew badge\b|\bpot de départ\b|\bleaving do\b"
        r"|\bfarewell\b|\ba rejoint\b|\bont rejoint\b|\brejoindre\b|\bjoined\b|\bjoins\b"
        r"|\brecrut|\brecruit|\bembauch|\bhired\b|\bhiring\b|\bdébauch|\bpoach"
        # round 14: a door opened to the rival's staff ("our door's open", "notre porte est
        # ouverte", "come work with us", "venez bosser chez nous")
        r"|\b(?:our|my) doors? (?:is |are )?(?:always )?open\b|\bour door'?s open\b"
        r"|\b(?:notre|nos) portes? (?:est|sont|reste|restent) (?:grandes? )?ouvertes?\b"
        r"|\bcome (?:and )?work (?:with|for) us\b|\bvenez (?:bosser|travailler) (?:chez|avec)"
        r" nous\b"
        # round 15: the rival's staff courted with our pay, perks and an open inbox ("nos
        # salaires aussi", "our pay is better", "DM ouverts", "send us your CV", "postulez")
        r"|\bdms? (?:are |sont |grands? )?(?:ouverts?|open)\b|\b(?:my|our|mes|nos) (?:dms?"
        r"|inbox|boîte mail) (?:is |are |est |sont )?(?:grande? )?(?:ouverte?s?|open)\b"
        r"|\b(?:nos|our) (?:salaires|salaries|pay|paychecks|payslips|fiches de paie|avantages"
        r"|perks|benefits|primes|bonuses|mutuelle|tickets resto)\b|\b(?:envoyez|send)(?:-moi|"
        r"-nous| me| us)? (?:vos |votre |your )?(?:cv|resumes?)\b|\bpostulez\b"
        r"|\b(?:on paie|on paye|we pay) mieux\b|\bwe pay (?:better|more)\b"
    )
    #: round 14: ... or in a post about a change of owner ("a certain competitor might be getting
    #: a new owner", "un certain concurrent va être racheté"): a deal, the financial family's,
    #: not a put-down; round 17: or the lawyers and the rival's board at work late
    DEALING = (
        r"\bnew owners?\b|\bnouveaux? propriétaires?\b|\bnouveau propriétaire\b|\brach[eè]t"
        r"|\brachat\b|\bacqui(?:re|red|ring|sition)s?\b|\bbuy(?:ing)? (?:them|it) out\b"
        r"|\bbuyout\b|\bmerg(?:er|e|ing)\b|\bfusion(?:ner)?\b|\btakeover\b|\bopa\b"
        # round 17 (precision, blind15): late nights with the lawyers and the rival's board
        r"|\blawyers\b|\bavocats\b|\b(?:rival|competitor|concurrent)'s board\b"
        r"|\bconseil d'administration\b"
    )
    #: round 15: the people who make deals, at work with the rival ("trois banquiers
    #: d'affaires et deux types de chez Brillix", "the deal team met Brillix", "data room"):
    #: a hint of a deal, not a put-down
    DEAL_ROOM = re.compile(
        r"\b(?:banquiers? d'affaires|investment bank(?:ers?|s)?|avocats d'affaires|deal team|"
        r"data ?room|due diligence|corp ?dev|corporate development|corpo dev|m&a (?:team|lawyers?"
        r"|advisers?|advisors?))\b"
    )
    DEAL_ROOM_SOFT = frozenset({"competition.insinuation"})
    DEAL_ROOM_CUES = (
        "banquier d affaires", "banquiers d affaires", "investment bank*", "avocats d affaires",
        "deal team", "data room", "dataroom", "due diligence", "corp dev", "corpdev",
        "corporate development", "corpo dev", "m a team", "m a lawyer*", "m a advis*",
    )
    #: round 16 (precision, blind14): our own people seen with the rival's ("trois de nos devs
    #: ont déjeuné avec les voisins d'en face", "our engineers had drinks with the folks across
    #: the street"): a hint of poaching (the HR family's), not a put-down
    STAFF_MET = re.compile(
        r"\b(?:nos|our|mes|my)(?: [\w-]+){0,2}? (?:devs?|développeurs|developers|ingés?"
        r"|ingénieurs|engineers|commerciaux|sales ?people|salespeople|collègues|colleagues|gars"
        r"|équipes?|teams?|staff|techs?|designers|managers|cadres)\b(?: [\w'-]+){0,3}? (?:ont|a"
        r"|had|have|went|were) (?:[\w'-]+ ){0,2}?(?:déjeuné|dîné|diné|bu|pris un (?:café|verre"
        r"|pot)|lunch|dinner|drinks|coffee|a drink|for drinks|vu|seen|spotted|aperçus?)\b",
        re.IGNORECASE,
    )
    STAFF_MET_CUES = (
        "dejeune", "dine", "pris un cafe", "pris un verre", "pris un pot", "lunch", "dinner",
        "drinks", "coffee", "a drink", "spotted", "apercu", "apercus",
    )
    STRUCTURAL_RULE = "disparagement"
    #: round 18: the hint rules (no explicit put-down or accusation word) that a recruiting
    #: offer or a parity comparison turns off
    HINT_RULES = frozenset({
        "competition.insinuation", "competition.company_hints", "competition.innuendo_frames",
        "competition.second_hand_rumours", "competition.demise_hints",
        "competition.copying_hints", "competition.disparagement.unnamed",
        "competition.disparagement.emoji",
    })
    RUMOUR_RULES = frozenset({
        "competition.insinuation", "competition.second_hand_rumours",
        "competition.disparagement.unnamed", "competition.disparagement.emoji",
    })
    #: round 18 (precision): the rival's staff offered a way in: open roles, a contact
    #: invitation, an open door or inbox, a signing bonus, "looking to leave"
    OFFER = re.compile(
        r"\b(?:(?:\d+|deux|trois|quatre|cinq|des|nos|two|three|four|five|some) )?(?:postes?"
        r" (?:ouverts?|à pourvoir)|open (?:roles?|positions?|reqs?|jobs?))\b"
        r"|\bon ouvre (?:\d+|deux|trois|quatre|cinq|des) postes\b|\bon recrute\b"
        r"|\bwe'?re (?:hiring|growing the)\b"
        r"|\b(?:écri(?:s|vez)|ecri(?:s|vez))[- ]moi\b|\bcontactez[- ]moi\b|\b(?:write|talk|reach"
        r" out) to me\b|\bwrite me\b|\bdm me\b|\b(?:mp|dm) moi\b|\ben mp\b"
        r"|\b(?:mon|my) (?:téléphone|telephone|phone|portable) (?:reste |is |stays )?(?:allumé"
        r"|on)\b"
        r"|\b(?:our|my) doors? (?:is |are )?(?:still |always )?open\b"
        r"|\b(?:mes|nos|my|our|les miens|les nôtres)(?: dms?| inbox| mp)? (?:sont |is |are |est"
        r" )?(?:grand(?:e|s|es)? )?(?:ouverte?s?|open)\b"
        r"|\b(?:nos|our) (?:recruteurs?|recruiters?|talent team|chargée?s? de recrutement)\b"
        r"|\bsigning bonus\b|\bprime d'(?:arrivée|embauche|accueil)\b"
        r"|\b(?:looking|wanting|want) to leave\b|\bcherchent? (?:à partir|un nouveau port"
        r" d'attache|ailleurs)\b|\b(?:new home|nouveau port d'attache)\b",
        re.IGNORECASE,
    )
    OFFER_CUES = (
        "poste*", "open role*", "open position*", "open req*", "open job*", "recrute",
        "hiring", "growing the", "ecris moi", "ecrivez moi", "contactez moi", "to me",
        "write me", "dm me", "mp moi", "dm moi", "en mp", "telephone", "phone", "portable",
        "door", "doors", "ouvert*", "open", "signing bonus", "prime d", "to leave",
        "cherche*", "new home", "port d attache", "recruteur*", "recruiter*", "talent team",
        "recrutement",
    )
    #: round 18 (precision): a parity comparison ("Brillix and Lumio both", "tout comme
    #: Brillix", "Brillix comme nous", "les deux marques")
    PARITY = re.compile(
        r"\b(?:both|tous les deux|toutes les deux|les deux marques|the two brands)\b"
        r"|\b(?:just like|tout comme|like) {names}\b|\b{names} comme (?:nous|{own})\b"
        r"|\b(?:chez )?{names} comme chez (?:nous|{own})\b|\b{names},? (?:et|and) (?:nous|us),?"
        r" même combat\b",
        re.IGNORECASE,
    )
    #: round 18 (precision): a rumour put to us as a question by a reader
    CONFIRM = re.compile(
        r"\b(?:vous confirmez|vous pouvez confirmer|pouvez[- ]vous confirmer|c'est vrai|"
        r"est[- ]ce vrai|vrai ou (?:pas|faux)|info ou intox|is (?:it|that|this) true|true or"
        r" not|can you confirm|could you confirm|any truth)\b",
        re.IGNORECASE,
    )
    #: the cheap test before those patterns: one of these words is in the post (each pattern
    #: above needs one; found by the engine's shared pass, so most posts cost one look-up)
    UNNAMED_CUES = (
        "start", "starts", "starting", "begin", "begins", "beginning", "commencent", "commence",
        "commencant", "demarre", "end", "ends", "ending", "finit", "finissent", "finissant",
        "termine", "terminant", "la fin", "au bout", "folks", "people", "brand", "brands",
        "company", "crowd", "gang", "guys", "marque", "marques", "boite", "societe",
        "beginswith*", "startswith*", "endswith*", "certain", "certaine", "other", "autre",
        "reconnaitront", "vise personne", "citerai", "citera", "name", "naming", "regard",
        "taira", "nommerai",
        # round 12
        "besoin de citer", "besoin de nommer", "besoin de donner", "reconnu", "know who",
        "knows who", "voyez de qui", "logo",
        # round 15: "chez le voisin en B", "the competitors in B"
        "voisin", "voisins", "concurrent", "concurrents", "concurrence", "rival", "rivals",
        "rivaux", "competitor", "competitors", "competition", "neighbour", "neighbours",
        "neighbor", "neighbors", "societes", "boites",
        # round 16: a rhyme on the name, the initial and a placeholder ("B-something")
        "rime", "riment", "rimant", "rhyme", "rhymes", "rhyming", "something", "quelque chose",
        "quelquechose", "machin", "truc", "whatever", "thingy",
    )
    #: round 16: the initial alone after "chez" ("chez B.", "from B…"): cues made from the
    #: competitors' first letters, so the gate stays shut on "chez" alone
    INITIAL_CUES = ("chez {first}", "at {first}", "from {first}", "avec {first}", "with {first}")
    #: round 12: a word of praise (a closed list) in ironic quotes ("leurs chiffres doivent être
    #: « intéressants »", "their \"smart\" bulb") within ``IRONY_WINDOW`` characters of a
    #: competitor's name: running it down without a negative word (a product name in quotes,
    #: « Nova », or a term, « rapprochement », is no praise word)
    IRONY = re.compile(
        r"[«“\"] ?(?:(?:très|so|very|super|ultra|hyper|vraiment|really) )?(?:intelligent|smart"
        r"|innovant|innovative|fiable|reliable|durable|sustainable|eco|éco|écologique|green|vert"
        r"|premium|qualité|quality|intéressant|interesting|révolutionnaire|revolutionary"
        r"|haut de gamme|high-end|connecté|connected|sûr|safe|efficace|efficient|performant"
        r"|économique|cheap|génial|great|brilliant|brillant|parfait|perfect|solide|solid"
        r"|robuste|robust|rapide|fast|expert|pro|professionnel|professional|moderne|modern"
        r"|lumineux|bright|excellent|top)(?:e|s|es)? ?(?:…|\.\.\.)?[»”\"]",
        re.IGNORECASE,
    )
    IRONY_WINDOW = 160
    #: round 12: what is done properly "here" said to a competitor's name ("ici les primes sont
    #: versées à l'heure", "here, we answer the phone", "chez nous, les lampes tiennent"): the
    #: contrast says they do not. A place word of ours, then (a few words on) a word of the
    #: closed list of what should be normal
    HERE_PROPERLY = re.compile(
        r"\b(?:ici|chez nous|here|at lumio|with us|nous au moins|au moins ici|at least here)\b"
        r",? (?:[\w'’-]+ ){0,4}?(?:à l'heure|a l'heure|on time|versée?s?|payée?s?|paid|"
        r"répond(?:ons|ent)?|answers?|answer the phone|décroch\w*|tiennent|tient|last|"
        r"keep (?:our|their) promises|tenons nos promesses|respecté\w*|respected|"
        # round 17 (blind15): a person on the line where theirs has none ("Here, it's a
        # human", "ici, c'est un humain", "with us, a real person picks up")
        r"(?:a|an|un|une) (?:real |vrai |vraie )?(?:human|person|humain|personne)|"
        r"picks? up)\b",
        re.IGNORECASE,
    )
    HERE_CUES = ("ici", "chez nous", "here", "with us", "au moins")
    #: the cheap test before IRONY, on the lowercased text
    IRONY_CUES = ("«", "“", '"')
    #: the same for people moving (``MOVING``)
    MOVING_CUES = (
        "mercato", "badge*", "depart*", "leaving do", "farewell", "rejoin*", "joined", "joins",
        "recrut*", "recruit*", "embauch*", "hired", "hiring", "debauch*", "poach*",
        # round 14
        "door open", "door s open", "doors open", "door is open", "doors are open",
        "door is always", "doors are always", "porte est", "portes sont", "porte reste",
        "portes restent", "work with us", "work for us", "venez bosser", "venez travailler",
        # round 15
        "dm", "dms", "inbox", "boite mail", "nos salaires", "our salaries", "our pay",
        "our paychecks", "our payslips", "nos fiches de paie", "nos avantages", "our perks",
        "our benefits", "nos primes", "our bonuses", "nos tickets resto", "notre mutuelle",
        "nos mutuelles", "cv", "resume", "resumes", "postulez", "on paie mieux",
        "on paye mieux", "we pay better", "we pay more",
    )
    DEALING_CUES = (
        "new owner", "new owners", "nouveau proprietaire", "nouveaux proprietaires",
        "rachet*", "rachat", "acquire", "acquired", "acquires", "acquiring", "acquisition*",
        "buy them out", "buying them out", "buy it out", "buying it out", "buyout", "merger",
        "merge", "merging", "fusion", "fusionner", "takeover", "opa",
        # round 17
        "lawyers", "avocats", "s board", "conseil d administration",
    )

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._emoji_rule: Rule | None = next(
            (r for r in self.rules if r.id == self.EMOJI_RULE), None
        )
        self._structural_rule: Rule | None = next(
            (r for r in self.rules if r.id == self.STRUCTURAL_RULE), None
        )
        # the patterns made here are not class attributes: wrapped by hand in their literal
        # prefilter (same matches; a post without any of a pattern's words is not searched)
        self._riddles = [
            (self._riddle_searches(name), name) for name in self._riddle_names(profile)
        ]
        self._designated = _prefiltered(re.compile("|".join(self.DESIGNATED), re.IGNORECASE))
        self._withheld = _prefiltered(re.compile(self.WITHHELD, re.IGNORECASE))
        self._against = _prefiltered(re.compile(self.AGAINST, re.IGNORECASE))
        self._moving = _prefiltered(re.compile(self.MOVING, re.IGNORECASE))
        initials = sorted({name[0].casefold() for name in self._riddle_names(profile)})
        self._unnamed_cues: PhraseMatcher[str] = PhraseMatcher(
            (c, c)
            for c in (
                *self.UNNAMED_CUES,
                *(cue.format(first=i) for cue in self.INITIAL_CUES for i in initials),
            )
        )
        self._moving_cues: PhraseMatcher[str] = PhraseMatcher((c, c) for c in self.MOVING_CUES)
        self._dealing = _prefiltered(re.compile(self.DEALING, re.IGNORECASE))
        self._dealing_cues: PhraseMatcher[str] = PhraseMatcher(
            (c, c) for c in self.DEALING_CUES
        )
        self._here_cues: PhraseMatcher[str] = PhraseMatcher((c, c) for c in self.HERE_CUES)
        self._staff_met_cues: PhraseMatcher[str] = PhraseMatcher(
            (c, c) for c in self.STAFF_MET_CUES
        )
        self._deal_room_cues: PhraseMatcher[str] = PhraseMatcher(
            (c, c) for c in self.DEAL_ROOM_CUES
        )
        self._offer_cues: PhraseMatcher[str] = PhraseMatcher((c, c) for c in self.OFFER_CUES)
        names = "|".join(
            re.escape(t) for c in profile.competitors for t in (c.name, *c.aliases) if t
        ) or r"(?!x)x"
        own = "|".join(re.escape(b.name) for b in profile.brands) or r"(?!x)x"
        #: the competitors' names and aliases, casefolded
        self._names = tuple(
            t.casefold().lstrip("@") for c in profile.competitors for t in (c.name, *c.aliases) if t
        )
        self._parity = _prefiltered(
            re.compile(
                self.PARITY.pattern.replace("{names}", f"(?:{names})")
                .replace("{own}", f"(?:{own})"),
                re.IGNORECASE,
            )
        )
        #: our own brands' handles ("@lumio"): an inbound post addressed to them (round 13)
        self._own_handles = tuple(
            "@" + h.casefold().lstrip("@")
            for b in profile.brands
            for hs in b.handles.values()
            for h in hs
        )

    @classmethod
    def _riddle_patterns(cls, name: str) -> list[str]:
        first, last = re.escape(name[0].casefold()), re.escape(name[-1].casefold())
        # round 16: the endings a rhyme or an "ends in" can give ("rillix", "illix", "ix")
        tails = "|".join(re.escape(name[i:].casefold()) for i in range(1, len(name) - 1))
        return [
            p.replace("{first}", first).replace("{last}", last).replace(
                "{FIRST}", re.escape(name[0].upper())
            ).replace("{tails}", tails)
            for p in cls.RIDDLES
        ]

    @classmethod
    def _riddle_searches(cls, name: str) -> tuple[re.Pattern[str], ...]:
        """The riddles on ``name``, one pattern each behind its literal prefilter, searched
        with :func:`_leftmost` (the same match as the riddles joined by ``|``): the joined
        pattern tries every riddle at every position of a post, some 50 µs on a short one, and
        most posts hold the words of none or one. The last riddle (the initial alone after
        "chez") needs the initial, as written, and a dot, an ellipsis or a star: its literals
        when the initial is an ASCII letter (in lower case, as the prefilter compares them)."""
        patterns = cls._riddle_patterns(name)
        searches = [_prefiltered(re.compile(p, re.IGNORECASE)) for p in patterns[:-1]]
        initial = re.compile(patterns[-1], re.IGNORECASE)
        first = name[0]
        literals = (
            frozenset(first.lower() + mark for mark in (".", "…", "*"))
            if first.isascii() and first.isalpha()
            else None
        )
        searches.append(cast(re.Pattern[str], Prefiltered(initial, literals)))
        return tuple(searches)

    @classmethod
    def unnamed_rival(cls, profile: Profile) -> re.Pattern[str] | None:
        """A rival pointed at without its name: a riddle on a competitor's name, or designated
        ("a certain rival"); None without competitors (round 11, also read by ``poaching``)."""
        if not profile.competitors:
            return None
        riddles = [p for name in cls._riddle_names(profile) for p in cls._riddle_patterns(name)]
        return re.compile("|".join([*riddles, *cls.DESIGNATED]), re.IGNORECASE)

    @staticmethod
    def _riddle_names(profile: Profile) -> list[str]:
        """The competitors' names a riddle can be made on: one word of five letters or more."""
        return [c.name for c in profile.competitors if len(c.name) >= 5 and c.name.isalpha()]

    def gate(self) -> Gate:
        """Nothing without a competitor's name (or a masked or veiled one) or a cue word of a
        rival pointed at without its name."""
        return Gate((self._anchors, self._unnamed_cues))

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        found = list(self._analyze(ctx))
        if found and self._rumour_put_to_us(ctx):
            # round 18 (precision): a reader asking us whether a rumour is true is not the
            # organisation speaking: the reply needs a person (review), not a block
            found = [
                replace(f, severity=Severity.MEDIUM) if f.severity.rank > _MEDIUM else f
                for f in found
            ]
        return found

    def _analyze(self, ctx: Context) -> Iterable[Finding]:
        found = list(super().analyze(ctx))
        if self._offer_cues.found_in(ctx.normalized) and self.OFFER.search(ctx.text):
            # round 18 (precision): the rival's staff offered a way in is poaching; the hints
            # and the unnamed rival are off, an explicit put-down still counts
            yield from (f for f in found if not self._soft_for_an_offer(f))
            return
        if found and self._parity.search(ctx.text):
            # round 18 (precision): a parity comparison is neutral
            found = [f for f in found if f.rule not in self.HINT_RULES]
        if found and self._deal_room_cues.found_in(ctx.normalized) and self.DEAL_ROOM.search(
            ctx.normalized.folded
        ):
            # round 15 (precision): the deal makers in the room with the rival and a "je dis
            # rien" is a deal hinted at (the financial family's), not a put-down; a put-down
            # word or an accusation still counts
            found = [f for f in found if f.rule not in self.DEAL_ROOM_SOFT]
            yield from found
            return
        if found and self._staff_met_cues.found_in(ctx.normalized) and self.STAFF_MET.search(
            ctx.text
        ):
            # round 16 (precision): our people seen with the rival's and a "je dis ça" is a
            # hint of poaching (the HR family's), not a put-down; a put-down word still counts
            yield from (f for f in found if f.rule not in self.DEAL_ROOM_SOFT)
            return
        yield from found
        if not found and self._structural_rule is not None:
            yield from self._unnamed(ctx, self._structural_rule)

    def _unnamed(self, ctx: Context, rule: Rule) -> Iterator[Finding]:
        """Round 11: a competitor pointed at by a riddle on its name, or designated without
        its name against something said in the post: one finding."""
        if not self._unnamed_cues.found_in(ctx.normalized):
            return
        text = ctx.text
        if self._moving_cues.found_in(ctx.normalized) and self._moving.search(text):
            return
        if self._dealing_cues.found_in(ctx.normalized) and self._dealing.search(text):
            return
        hit: re.Match[str] | None = None
        competitor = ""
        for riddles, name in self._riddles:
            hit = _leftmost(riddles, text)
            if hit is not None:
                competitor = name
                break
        if hit is None:
            hit = self._designated.search(text)
            if hit is not None and self._to_us(ctx):
                hit = None
        if hit is None:
            withheld = self._withheld.search(text)
            if withheld is None or not any(
                m.end() <= withheld.start() or m.start() >= withheld.end()
                for m in self._against.finditer(text)
            ):
                return
            hit = withheld
        competitor = competitor or hit.group(0)
        yield self.rule_finding(
            ctx,
            rule,
            hit.span(),
            how="unnamed",
            matched=hit.group(0),
            found=hit.group(0),
            competitor=competitor,
        )

    def _soft_for_an_offer(self, finding: Finding) -> bool:
        """Round 18: a finding a recruiting offer turns off: a rumour word, the unnamed rival,
        or a hint said of a rival the post does not name ("the brand that starts with B and
        you're bored"); a hint on the rival's name ("Brillix engineers: our codebase isn't
        spaghetti") is a put-down made while poaching, and still counts."""
        if finding.rule in self.RUMOUR_RULES:
            return True
        if finding.rule not in self.HINT_RULES:
            return False
        excerpt = finding.excerpt.casefold()
        return not any(name in excerpt for name in self._names)

    def _rumour_put_to_us(self, ctx: Context) -> bool:
        """Round 18 (precision): an inbound post to one of our handles that asks us whether a
        rumour is true ("on raconte que … vous confirmez ?", "is that true?"): a reader's
        question, not a statement the organisation makes or spreads."""
        return "?" in ctx.text and self._to_us(ctx) and self.CONFIRM.search(ctx.text) is not None

    def _to_us(self, ctx: Context) -> bool:
        """Round 13 (precision): an inbound post addressed to one of our own handles ("just
        signed the biggest order with a certain Lyon lighting brand… @lumio you're gonna have a
        merry Q3") designates us, not a rival."""
        return ctx.post.direction.value == "inbound" and any(
            h in ctx.text.casefold() for h in self._own_handles
        )

    def anchor_terms(self, profile: Profile) -> Iterable[tuple[str, str]]:
        terms = profile.competitor_terms()
        if not terms:
            return terms
        masked = [(v, c.name) for c in profile.competitors for v in masked_names(c.name)]
        return [*terms, *masked, *((p, p) for p in veiled_references())]

    def more(self, ctx: Context, anchors: list[PhraseMatch[str]]) -> Iterable[Finding]:
        if self._emoji_rule is not None and any(e in ctx.text for e in self.EMOJI):
            yield from self._emoji(ctx, anchors, self._emoji_rule)
        if self._structural_rule is not None:
            if any(cue in ctx.text for cue in self.IRONY_CUES):
                yield from self._irony(ctx, anchors, self._structural_rule)
            if self._here_cues.found_in(ctx.normalized):
                yield from self._here_properly(ctx, anchors, self._structural_rule)

    def _here_properly(
        self, ctx: Context, rivals: list[PhraseMatch[str]], rule: Rule
    ) -> Iterator[Finding]:
        """Round 12: what is done properly "here", after a competitor's name: one finding."""
        text = ctx.text
        first = min(r.start for r in rivals)
        hit = self.HERE_PROPERLY.search(text, first)
        if hit is None or hit.start() - first > self.WINDOW * 2:
            return
        rival = min(rivals, key=lambda r: hit.start() - r.end if r.end <= hit.start() else 1 << 30)
        yield self.rule_finding(
            ctx,
            rule,
            (rival.start, hit.end()),
            how="contrast",
            matched=hit.group(0),
            found=hit.group(0),
            competitor=rival.payload,
        )

    def _irony(
        self, ctx: Context, rivals: list[PhraseMatch[str]], rule: Rule
    ) -> Iterator[Finding]:
        """Round 12: praise in ironic quotes near a competitor's name: one finding (the first
        such words next to a name)."""
        text = ctx.text
        by_original = SpanIndex((r.start, r.end, r) for r in rivals)
        for hit in self.IRONY.finditer(text):
            rival = by_original.nearest(hit.start(), hit.end(), self.IRONY_WINDOW)
            if rival is None:
                continue
            start, stop = min(hit.start(), rival.start), max(hit.end(), rival.end)
            yield self.rule_finding(
                ctx,
                rule,
                (start, stop),
                how="irony",
                matched=hit.group(0),
                found=hit.group(0),
                competitor=rival.payload,
            )
            return

    def _emoji(
        self, ctx: Context, rivals: list[PhraseMatch[str]], rule: Rule
    ) -> Iterable[Finding]:
        """A disparaging emoji next to a competitor's name: one finding per competitor. Round 18
        (precision): next to a veiled reference ("you know who", "vous voyez de qui"), only in
        a post that says against whom (a rival word, a contrast with us): "someone ate my
        yoghurt 🙄 you know who you are" is about a colleague."""
        text = ctx.text
        if self._against.search(text) is None:
            rivals = [r for r in rivals if r.payload.casefold() in self._names]
        by_original = SpanIndex((r.start, r.end, r) for r in rivals)
        done: set[str] = set()
        for emoji in self.EMOJI:
            at = text.find(emoji)
            while at != -1:
                end = at + len(emoji)
                rival = by_original.nearest(at, end, self.EMOJI_WINDOW)
                if rival is not None and rival.payload not in done:
                    done.add(rival.payload)
                    start, stop = min(at, rival.start), max(end, rival.end)
                    yield self.rule_finding(
                        ctx,
                        rule,
                        (start, stop),
                        how="emoji",
                        matched=emoji,
                        found=emoji,
                        competitor=rival.payload,
                    )
                at = text.find(emoji, end)


def _leftmost(patterns: Iterable[re.Pattern[str]], text: str) -> re.Match[str] | None:
    """The match in ``text`` of ``patterns`` joined by ``|``, from their separate searches: the
    leftmost one, the first pattern's when two start at the same place (where the joined
    pattern tries its alternatives in order)."""
    best: re.Match[str] | None = None
    for pattern in patterns:
        found = pattern.search(text)
        if found is not None and (best is None or found.start() < best.start()):
            best = found
    return best


def _prefiltered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind its literal prefilter (read on first use, see
    :class:`~tocsin.screening.prefilter.Prefiltered`), typed as the pattern it answers for."""
    return cast(re.Pattern[str], Prefiltered(pattern))


def masked_names(name: str) -> Iterator[str]:
    """Spellings of a competitor's name that dodge a filter, as the matcher sees them.

    Punctuation is a space to the matcher: "B…x", "B***x" and "B-x" read "b x", "Br…x" reads
    "br x". Leetspeak ("Br1llix", "Br1ll1x") and a dropped double letter ("Brilix") are listed
    too. Only names of five letters or more: "B x" of a shorter name would be any two letters.
    Round 10: the name spaced out ("B r i l l i x"), its initial as a nickname ("the B-brand",
    "B-people", "la marque B") and hashtags built on it ("#NotBrillix", "#BrillixFail").
    """
    word = name.casefold()
    if len(word) < 5 or not word.isalpha():
        return
    single = "".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1])
    variants = {
        f"{word[0]} {word[-1]}", f"{word[:2]} {word[-1]}", f"{word[0]} {word[-2:]}", single,
        word.replace("i", "1").replace("l", "1"),
    }
    for letter, digit in (("i", "1"), ("l", "1"), ("o", "0"), ("e", "3"), ("a", "4")):
        variants.add(word.replace(letter, digit))
        variants.update(
            word[:i] + digit + word[i + 1 :] for i, c in enumerate(word) if c == letter
        )
    # round 10: spaced out ("B r i l l i x"), the initial as a nickname ("the B-brand",
    # "certain B-people", "la marque B"), and hashtags built on the name ("#NotBrillix")
    variants.add(" ".join(word))
    variants.update(
        f"{word[0]} {noun}" for noun in ("brand", "brands", "people", "company", "word")
    )
    variants.update((f"marque {word[0]}", f"brand {word[0]}"))
    variants.update(f"{prefix}{word}" for prefix in ("not", "no", "pas", "jamais", "bye", "stop"))
    variants.update(f"{word}{suffix}" for suffix in ("fail", "fails", "gate"))
    # round 16 (blind14): one inner letter masked by a sign ("Br!llix", "B*illix": the matcher
    # reads "br llix"), and the spaced-out name joined by the normaliser to the one-letter word
    # next to it ("B r i l l i x a encore…" reads "brillixa", "B.r.i.l.l.i.x c'est"
    # "brillixc", "à B r i l l i x" "abrillix")
    if len(word) >= 6:
        variants.update(word[:i] + " " + word[i + 1 :] for i in range(1, len(word) - 1))
    variants.update(f"{word}{c}" for c in "abcdefghijklmnopqrstuvwxyz")
    variants.update(f"{c}{word}" for c in "abcdefghijklmnopqrstuvwxyz")
    variants.discard(word)
    yield from sorted(variants)


@cache
def veiled_references() -> tuple[str, ...]:
    """The lexicon's ways of pointing at a competitor without naming it (``veiled``)."""
    data = lexicon_data(CompetitorDisparagement.LEXICON)
    return tuple(data.get("veiled", {}).get("phrases", ()))
