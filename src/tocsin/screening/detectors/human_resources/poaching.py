"""Poaching from or by competitors: recruiting words next to a competitor of the profile.

Rules ``poaching.*`` of ``lexicons/human_resources.toml`` ("rejoignez-nous", "quittez",
"débaucher", "we're hiring", "ex-", "alumni") count only within ``WINDOW`` (120) characters of one
of the profile's competitors (name, aliases, domains, handles): "Rejoignez-nous, quittez Brillix",
"We're hiring Brillix's engineers", "Brillix vient de débaucher notre directeur". A job ad that
names no competitor is not poaching. Without competitors in the profile the detector is off.
Inbound posts too (a reply on the organisation's page spreads it as well).

Round 11 (structural): a person moving to or courted by a named competitor, told by its shape
around the competitor's name rather than by a recruiting word: leaving for it ("Leaving Lumio
for Brillix", "je pars chez Brillix"), its recruiter ("Brillix's recruiter", "recruteuse chez
Brillix"), its job offer ("Brillix offered me a job", "Brillix m'a proposé un poste"; not a
discount) or a team taken along ("I'm bringing two of my team", "j'emmène mon équipe") in a post
that names it. And people moving in a post that points at the rival without naming it ("Joli
mercato… des ingénieurs qui connaissent bien les produits d'un certain voisin", "new badge at a
competitor that starts with a B"): the moving words of the competition detector (``MOVING``)
with its riddles and designations.

Round 12 (structural): people arriving from the named competitor in any person of the verb
("ils arrivent de chez Brillix", "joins our support team straight from Brillix") and a move
between two companies that ends at it ("I moved from Lumio to Brillix", "passée de Lumio à
Brillix"); the open door in French ("nos portes sont ouvertes") and a referral offered next to
its name are ambiguous recruiting words. Customers arriving from it ("les clients qui nous
arrivent de chez Brillix") are not people recruited.

Round 15 (structural, :meth:`Poaching._courted`): a rival's staff courted without its name: the
riddle or designation, its staff ("les ingés", "devs") and an offer ("nos salaires aussi", "we pay
better", "DM ouverts"); a rival's customers courted are not.

Round 16: a meal or a coffee with the unnamed rival counts as the offer ("trois de nos devs ont
déjeuné avec « les voisins d'en face »"); rule ``poaching.approached`` is the rival's staff
addressed or approached with its name ("Brillix engineers reading this", "reçu un appel de
Brillix").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import cast

from ....models import Category, Finding
from ....profile import Profile
from ...lexicon import AnchoredLexiconDetector, Gate, Rule
from ...matching import PhraseMatch, PhraseMatcher
from ...prefilter import Prefiltered
from ..base import Context
from ..competition.competitor_disparagement import CompetitorDisparagement


class Poaching(AnchoredLexiconDetector):
    name = "poaching"
    version = "1.0"
    categories = (Category.HUMAN_RESOURCES,)
    directions = ("outbound", "inbound")
    description = "Recruiting from or by the profile's competitors (names, aliases, handles)."

    LEXICON = "human_resources"
    RULES_BY_NAME = True
    #: folded characters between the recruiting words and the competitor's name (a post of two
    #: sentences: "Chers devs de chez Brillix, ... Chez Lumio on paie mieux")
    WINDOW = 120
    ANCHOR_FIELD = "competitor"
    #: round 11: shapes around the competitor's name (``{c}``): leaving for it, its recruiter,
    #: its job offer (not "Brillix m'a proposé -40 %", a discount to a customer)
    SHAPES = (
        r"\b(?:leaving|quitting|left|leave) (?:[\w'’-]+ ){0,3}?for {c}\b",
        r"\b(?:je pars|je file|je passe|je rejoins|j'ai signé|i'm joining|i am joining"
        r"|i'm moving to|i'm off to|heading to)(?: chez| at)? {c}\b",
        r"\b{c}(?:'s|’s)? (?:recruiters?|headhunters?|talent team|hr team)\b",
        r"\b(?:recruteur|recruteuse|recruteurs|chasseur de têtes|chasseuse de têtes"
        r"|recruiter|recruiters|headhunter)s? (?:de |chez |d'|at |from |for )?{c}\b",
        r"\b{c} (?:offered me|has offered me|just offered me|offers me|m'a proposé|m'a offert"
        r"|me propose|m'offre) (?:un |une |a |an |the |le |la )?(?:[\w-]+ )?(?:poste|job|role"
        r"|position|contrat|cdi|salaire|salary|package)\b",
        r"\b(?:a job offer|an offer of employment|offre d'emploi|offre d'embauche"
        r"|proposition d'embauche) (?:from|de|d'|de la part de) {c}\b",
        # round 12: people arriving from it, in any person of the verb ("ils arrivent de chez
        # Brillix", "she comes to us straight from Brillix")
        r"\b(?:arriv|vien|d[ée]barqu|sort|nous rejoign|rejoign)\w{0,6} (?:tout droit |"
        r"directement )?de chez {c}\b",
        r"\b(?:arriv|join|transferr)\w{0,4} (?:[\w'’-]+ ){0,3}?(?:straight |directly |fresh )?"
        r"from {c}\b",
        # ... or a move between the organisation and it, told either way ("I moved from Lumio to
        # Brillix", "je suis passée de Lumio à Brillix")
        r"\b(?:moved|moving|switched|switching|jumped|jumping|went|gone|changed|hopped|"
        r"swapped) (?:over |ship )?from [\w'’-]+ (?:over )?to {c}\b",
        r"\b(?:pass[ée]e?s?|parti(?:e|s|es)?|all[ée]e?s?) de [\w'’-]+ (?:à|chez) {c}\b",
        # round 19: its staff taken by us ("on vient de piquer le lead data de Brillix", "we just
        # snagged Brillix's head of design"), its pay said better to our staff ("Brillix pays
        # 20% better"), its staff fleeing to us ("their engineers are fleeing to us")
        r"\b(?:piqu|chip|d[ée]bauch|poach|snagg?|snatch|nabb?|pinch|lur|stole|steal|chass)\w{0,5} "
        r"(?:[\w'’-]+ ){0,3}?(?:lead|head|cto|cfo|vp|directeur|directrice|dev|devs|ing[ée]s?|"
        r"ing[ée]nieur\w*|engineers?|developers?|commerciaux|commerciale?s?|sales ?reps?|"
        r"designers?|[ée]quipe|team|talents?|staff|people|gens|techs?|techniciens?|managers?)"
        r"(?: [\w&'’-]+)? (?:(?:de|d['’]|from|away from) (?:chez )?){c}\b",
        r"\b(?:snagg?|poach|nabb?|lur)\w{0,5} {c}(?:'s|’s) (?:[\w&-]+ ){0,2}?"
        r"(?:lead|head|cto|cfo|vp|devs?|engineers?|developers?|designers?|team|talent|staff|"
        r"sales ?reps?|managers?)\b(?!['’]s)",
        r"\b{c}(?:'s|’s)? (?:pays?|paie|paye) (?:(?:\d{1,3} ?% |(?:way|much|a lot|bien|vraiment|"
        r"nettement|carr[ée]ment) )?(?:better|mieux)|\d{1,3} ?% (?:more|plus|de plus))\b",
        r"\b{c}\b[^.!?\n]{0,80}\b(?:their|leurs?|its|ses) (?:[\w-]+ )?(?:engineers?|devs?|"
        r"developers?|ing[ée]s|ing[ée]nieur\w*|staff|people|talents?|commerciaux|designers?|"
        r"techs?|techniciens?|teams?|[ée]quipes?) (?:are |sont )?(?:already |d[ée]j[àa] )?"
        r"(?:fleeing|flocking|defecting|jumping ship|coming|moving|fuient|filent|d[ée]barquent|"
        r"d[ée]filent|arrivent|affluent|rappliquent) (?:over )?(?:to us|chez nous|here|ici)\b",
    )
    #: ... and a team taken along, in a post that names the competitor
    TEAM = (
        r"\b(?:bringing|taking) (?:[\w-]+ ){0,3}?(?:of )?my (?:team|colleagues)\b"
        r"|\b(?:j'emmène|j'embarque|je prends avec moi) (?:[\w-]+ ){0,3}?(?:de )?"
        r"(?:mon équipe|mes collègues)\b"
    )
    SHAPE_RULE = "poaching.recruiting"
    #: round 12: customers, not staff, arriving from the competitor ("les clients qui nous
    #: arrivent de chez Brillix"), in the characters before the shape
    CUSTOMERS = re.compile(
        r"\b(?:clients?|clientes?|customers?|acheteurs?|buyers?|users?|utilisat(?:eur|rice)s?|"
        r"commandes?|orders?|abonn[ée]e?s?|subscribers?)\b",
        re.IGNORECASE,
    )
    CUSTOMERS_REACH = 40
    # -- round 15 (structural): a rival's staff courted without its name -------------------------
    #: its staff addressed ("les ingés d'un certain concurrent", "devs at a company starting with
    #: B", "to the sales team of our favourite neighbour")
    COURTED_STAFF = re.compile(
        r"(?<![\w'’])(?:ing[ée]s|ing[ée]nieur(?:e|s|es)?|engineers?|devs?|d[ée]veloppeu(?:r|se)s?|"
        r"developers?|commerciaux|commerciales?|sales(?:people| team| reps)?|[ée]quipes?|teams?|"
        r"talents?|staff|employees|salari[ée]e?s|coll[eè]gues|teammates|co-?workers|colleagues|folks|people|gens|techs?|"
        r"techniciens?|designers?|data scientists?|product managers?|PMs|chefs de projet|"
        # round 21: one person by a job title ("your head of design")
        r"heads? of (?:design|sales|product|data|engineering|marketing|r&d|ux|tech)|"
        r"lead (?:designer|dev|developer|engineer)s?)"
        r"(?![\w'’])",
        re.IGNORECASE,
    )
    #: ... and something offered: better pay or perks, an open door, open DMs, a call to apply
    COURTED_OFFER = re.compile(
        r"(?<![\w'’])(?:dms? (?:ouverts?|open)|(?:my|our|mes|nos) (?:dms|inbox|mp) "
        r"(?:is |are |sont )?(?:open|ouverts?)|mp ouverts?|"
        r"(?:nos|our) (?:salaires|salaries|pay|paies|packages?|"
        r"avantages|perks|bonus|primes|conditions)[^.!?\n]{0,30}(?:meilleur|better|mieux|aussi|"
        r"too|as well|plus)|(?:on paie|on paye|we pay) (?:mieux|better|more|plus)|mieux pay[ée]s|"
        r"better paid|(?:notre|our) porte est (?:grande )?ouverte|(?:our|the) door is (?:wide )?"
        r"open|venez (?:nous voir|chez nous|boire un caf[ée])|come (?:and )?(?:join us|"
        r"work with us|over|see us|have a coffee)|rejoignez-nous|join us|on recrute|"
        r"we['’]re hiring|"
        r"envoyez(?:-moi|-nous)? (?:vos |votre )?cvs?|send (?:me |us )?(?:your )?(?:cvs?|resumes?)|"
        r"postulez|apply (?:now|here|today)|on vous attend|we['’]re waiting for you|"
        # round 16 (blind14): staff who met the rival ("ont déjeuné avec « les voisins d'en
        # face »", "had coffee with a certain neighbour")
        r"(?:ont|a|avons) (?:d[ée]jeun[ée]|d[îi]n[ée]|pris un caf[ée]) avec|"
        r"had (?:lunch|dinner|coffee|drinks) with|"
        # round 17 (blind15, by kind): more calls ("viens chez nous", "DM us", "écrivez-nous")
        # and the reader's pay told as a grievance ("haven't had a raise in two years", "pas
        # d'augmentation depuis 3 ans", "tired of being underpaid", "marre de votre fiche de
        # paie", "your pay's frozen"), or ours as the real thing ("actual salaries")
        r"viens chez nous|dm us|[ée]cris-nous|[ée]crivez-nous|"
        r"(?:haven['’]t|hasn['’]t|not) (?:had|got|seen) a (?:raise|pay rise)|no (?:raise|pay rise)|"
        r"pas d['’]augmentation|pas augment[ée]e?s?|sans augmentation|underpaid|sous-pay[ée]e?s?|"
        r"fiche de paie|(?:actual|real) (?:salaries|salary|pay)|(?:de )?vrais salaires|"
        r"pay['’]?s? (?:is )?frozen|augmentation se fait attendre|"
        # round 21 (train-p…t): an open line or door told in more words ("mon téléphone reste
        # allumé", "mes DM sont grands ouverts", "our door is still open", "the pay's so much
        # better here", "un nouveau port d'attache", a signing bonus)
        r"(?:mon|my) (?:t[ée]l[ée]phone|phone|t[ée]l|portable|cell) (?:reste|est|is|stays|"
        r"remains) (?:toujours |still |always )?(?:allum[ée]|on|ouvert)|"
        r"(?:my|our|mes|nos) (?:dms?|inbox|mps?) (?:is |are |sont |restent |reste |stay |remain )"
        r"(?:still |toujours |always )?(?:grands? |grandes? |wide )?(?:open|ouverts?)|"
        r"(?:our|the|my) doors? (?:is|are|remains?|stays?) (?:still|always)(?: wide)? open|"
        r"(?:notre|ma) porte (?:reste|est toujours) (?:grande )?ouverte|"
        r"(?:the )?pay['’]?s? (?:is )?(?:so |way |much |a lot |far )*better (?:here|with us)|"
        r"on (?:paie|paye) (?:bien |vraiment )?mieux ici|nouveau port d['’]attache|"
        r"signing bonus)",
        re.IGNORECASE,
    )
    #: round 17: the reader addressed as the rival's staff ("Working at a certain ...", "Tu
    #: travailles chez ...", "Salariés d'une certaine marque ...", "Stuck at ..."), taken as its
    #: staff
    ADDRESSED = re.compile(
        r"(?<![\w'’])(?:working (?:at|for)|employed (?:by|at)|(?:you )?work (?:at|for)|stuck at|"
        r"(?:vous [êe]tes|tu es|t['’]es) chez|(?:bossez|bosses|travaillez|"
        r"travailles) (?:chez|pour)|salari[ée]e?s (?:d['’]|de |chez)|employ[ée]e?s? chez|"
        r"(?:engineers|devs|staff|ing[ée]s) (?:at|of|chez|d['’])|"
        # round 21 (train-r): those in its open space ("ceux qui grelottent dans l'open space
        # d'un certain concurrent")
        r"(?:dans|in) (?:l['’]|the )?open[- ](?:space|plan)(?: office)? (?:d['’]|de |of |at ))"
        r"(?![\w'’])",
        re.IGNORECASE,
    )
    #: round 17: a rival pointed at by a vague designation of the trade or its logo ("a certain
    #: blue-logo lamp maker", "un concurrent bien connu au logo bleu", "a certain big lighting
    #: group", "une certaine marque de luminaires")
    CERTAIN_RIVAL = re.compile(
        r"(?<![\w'’])(?:(?:a|an|un|une) certaine? (?:[\w'’-]+ ){0,3}(?:lamp|lamps|lampes?|"
        r"lighting|[ée]clairage|luminaires?|maker|makers|fabricant|group|groupe|marque|brand|"
        r"company|entreprise|competitor|concurrent|leader|voisin|neighbou?r)|concurrent bien "
        r"connu|well-known (?:[\w'’-]+ )?(?:rival|competitor|company|maker|brand)|"
        r"[\w]+-logo (?:lamp|lighting|company|brand|competitor|rival|maker)|"
        r"au logo (?:bleu|rouge|vert|orange|jaune|noir|violet))(?![\w'’])",
        re.IGNORECASE,
    )
    #: round 21 (train-p): the rival as "the other Lyon lighting place", « l'autre boîte de
    #: luminaires »: the other one of the trade, the town or the street
    OTHER_RIVAL = re.compile(
        r"(?<![\w'’])(?:the other|that other) (?:[\w-]+ ){0,2}?(?:place|company|firm|shop|outfit|"
        r"lamp maker|maker|crowd)(?![\w'’])|"
        r"(?<![\w'’])l['’]autre (?:bo[îi]te|enseigne|fabricant|bo[îi]te de luminaires|"
        r"soci[ée]t[ée])(?![\w'’])",
        re.IGNORECASE,
    )
    COURTED_CUES = (
        "dm ouverts", "dms ouverts", "dm ouvert", "dms open", "dm open", "inbox is open",
        "mp ouverts", "nos salaires", "our salaries", "our pay", "nos avantages", "our perks",
        "nos packages", "on paie mieux", "on paye mieux", "we pay better", "we pay more",
        "mieux payes", "better paid", "porte est ouverte", "door is open", "door is wide open",
        "venez nous voir", "venez chez nous", "come join us", "come and join us",
        "come work with us", "rejoignez nous", "join us", "on recrute", "we re hiring",
        "envoyez vos cv", "envoyez moi vos cv", "send me your cv", "send us your cv", "postulez",
        "on vous attend", "dms are open", "dm are open", "dm sont ouverts", "mp sont ouverts",
        "nos paies", "our package*", "nos package*", "nos primes", "our bonus*", "nos bonus",
        "nos conditions", "our conditions", "on paie plus", "on paye plus", "porte est grande",
        "venez boire", "come over", "come see us", "come and see us", "come have a coffee",
        "come and have a coffee", "come and work with us", "envoyez nous", "envoyez moi",
        "envoyez votre cv", "send your cv", "send me your resume", "send us your resume",
        "send your resume", "apply now", "apply here", "apply today", "we re waiting for you",
        "dejeune avec", "dine avec", "pris un cafe avec", "had lunch with", "had dinner with",
        "had coffee with", "had drinks with",
        # round 17: more calls, and the reader's pay told as a grievance
        "viens chez nous", "dm us", "ecris nous", "ecrivez nous", "had a raise", "a raise",
        "no raise", "pay rise", "d augmentation", "pas augmente*", "sans augmentation",
        "underpaid", "sous paye*", "fiche de paie", "actual salar*", "real salar*", "actual pay",
        "vrais salaires", "pay s frozen", "pay is frozen", "se fait attendre",
        # round 21: more open lines and doors
        "telephone reste", "telephone est", "phone is on", "phone stays on", "phone is still",
        "phone is always", "tel reste", "portable reste", "grands ouverts", "grand ouvert",
        "restent ouverts", "still open", "always open", "reste ouverte", "toujours ouverte",
        "better here", "better with us", "mieux ici", "port d attache", "signing bonus",
    )

    #: round 16 (blind14): the rival as the neighbours across the street ("« les voisins d'en
    #: face »", "our friends across the road"), a designation the courted staff may point at
    NEIGHBOURS = re.compile(
        r"\b(?:les|nos|the|our) (?:voisins|amis|copains|neighbou?rs|friends) (?:d['’]en face|"
        r"across the (?:street|road|way|river|hall|square)|de l['’]autre c[ôo]t[ée] (?:de la rue|"
        r"du (?:fleuve|Rh[ôo]ne|pont|p[ée]riph)|de la (?:Sa[ôo]ne|rivi[èe]re|place)))\b",
        re.IGNORECASE,
    )

    # -- round 20 (structural): a meal with a rival's staff, and their hiring under way ----------
    #: a coffee, a meal or drinks with someone ("Petit café avec trois ingés de chez Brillix",
    #: "Had a lovely coffee with three folks from…", "Lunch with two Brillix engineers")
    MET = re.compile(
        r"(?<![\w'’])(?:caf[ée]|coffee|lunch|d[ée]jeuner|d[îi]ner|dinner|drinks?|un verre|"
        r"ap[ée]ro|breakfast|petit[- ]d[ée]j\w*|beers?|bi[èe]res?)(?: (?:rapide|sympa))? "
        r"(?:with|avec)(?![\w'’])",
        re.IGNORECASE,
    )
    #: ... and their hiring under way: contracts drafted or ready, offers out, a start with us,
    #: a badge that changes colour, a recruiting tag
    HIRE_UNDER_WAY = re.compile(
        r"(?<![\w'’])(?:contracts? (?:(?:is|are|being|already|now|sont|est) )*(?:drafted|ready|"
        r"signed|out|on my desk|in the post)|(?:contrats?|lettres? d['’]embauche|promesses? "
        r"d['’]embauche) (?:(?:sont|est|d[ée]j[àa]) )*(?:pr[êe]te?s?|r[ée]dig[ée]e?s?|"
        r"envoy[ée]e?s?|en cours|sign[ée]e?s?|sur mon bureau)|(?:her|his|their|leurs?|son|sa) "
        r"contra(?:ct|t)s?|offer letters?|offers? (?:are |is |go |goes )?out|badges? "
        r"[^.!?\n]{0,40}(?:changer|change|switch)|(?:start|starts|starting|begin|join|joins|"
        r"joining) (?:with |at )?us|(?:commencent|arrivent|signent|d[ée]barquent) chez nous|"
        r"nous rejoi(?:gnent|ndre|nt)|#recrutement|#hiring|#recrute|signing bonus|"
        r"prime (?:de bienvenue|d['’]arriv[ée]e))(?!\w)",
        re.IGNORECASE,
    )
    MET_CUES = (
        "cafe avec", "coffee with", "lunch with", "dejeuner avec", "diner avec", "dinner with",
        "drinks with", "drink with", "verre avec", "apero avec", "breakfast with",
        "beers with", "beer with", "bieres avec", "biere avec", "petit dej avec",
        "petit dejeuner avec", "cafe rapide avec", "coffee rapide with",
    )
    MET_REACH = 100
    #: its staff after an elision or by a job title ("l'équipe data", "Brillix's lead designer")
    MET_STAFF = re.compile(
        r"(?<!\w)[lLdD]['’](?:[ée]quipes?|ing[ée]s?|ing[ée]nieur\w*)\b|['’]s (?:lead|head|cto|"
        r"cfo|vp|director|chief)\b",
        re.IGNORECASE,
    )
    #: a rival pointed at after an elision ("l'équipe data d'un certain concurrent")
    CERTAIN = re.compile(
        r"(?<!\w)(?:un|une|a) certaine? (?:concurrent|competitor|rival|voisin|neighbou?r)\b",
        re.IGNORECASE,
    )

    # -- round 21 (structural): a rival's recruiter working through our staff ------------------
    #: a recruiter of a rival not named ("our rivals' recruiter", « le recruteur d'un
    #: concurrent », "a headhunter from a rival firm", « la RH d'un concurrent »)
    RIVAL_RECRUITER = re.compile(
        r"(?<![\w'’])(?:(?:rivals?|competitors?|concurrents?|competition)(?:['’]s|s['’]|['’])? "
        r"(?:recruit(?:er|ers|ment team)|headhunters?|hr|talent (?:team|scouts?))|"
        r"(?:recruit(?:er|ers)|headhunters?|talent scouts?) (?:from|at|for|of) (?:a |an |the |our |"
        r"one of our )?(?:rival|competitor|competing)s?|"
        r"(?:recrut(?:eur|euse|eurs|euses)|chasseu(?:r|se|rs|ses) de t[êe]tes?|rh|drh) "
        r"(?:de la concurrence|d['’]un (?:concurrent|rival)|du concurrent|de (?:chez )?(?:nos|un) "
        r"(?:concurrents?|rivals?)|de chez un (?:concurrent|rival)))(?![\w'’])",
        re.IGNORECASE,
    )
    #: ... contacting our staff ("has been ringing half our QA team", « appelle nos ingés »)
    RECRUITER_CONTACT = re.compile(
        r"(?<![\w'’])(?:ring|call|phon|text|messag|dm|contact|approach|hound|court|cold[- ]call|"
        r"reach(?:ed|ing)? out to|poke|slid\w* into|appel|contact|d[ée]march|harc[eè]l|drague|"
        r"sollicit|relanc|chass)\w{0,6}(?: [\w'’-]+){0,4}? (?:our|nos|notre|mes|my|la moiti[ée] "
        r"de (?:nos|notre)|toute (?:notre|mon)|tous nos|half (?:of )?our|all (?:of )?our|"
        r"(?:two|three|four|several|some) of (?:our|my))(?![\w'’])",
        re.IGNORECASE,
    )
    RECRUITER_CUES = (
        "recruiter*", "headhunter*", "recruteu*", "chasseur de tete*", "chasseuse de tete*",
        "chasseurs de tete*", "chasseuses de tete*", "talent scout*",
        "rh de", "drh de", "rh d un", "drh d un", "rivals hr", "competitors hr", "talent team",
        "recruitment team",
    )
    RECRUITER_REACH = 140

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._shape_rule: Rule | None = next(
            (r for r in self.rules if r.id == self.SHAPE_RULE), None
        )
        names = sorted(set(profile.competitor_names()), key=len, reverse=True)
        alternatives = "(?:" + "|".join(re.escape(n) for n in names) + ")" if names else ""
        self._shapes = (
            re.compile(
                "|".join(p.replace("{c}", alternatives) for p in self.SHAPES), re.IGNORECASE
            )
            if names
            else None
        )
        # behind their literal prefilters: most posts hold none of their words
        self._team = _prefiltered(re.compile(self.TEAM, re.IGNORECASE))
        self._moving = _prefiltered(re.compile(CompetitorDisparagement.MOVING, re.IGNORECASE))
        self._moving_cues: PhraseMatcher[str] = PhraseMatcher(
            (c, c) for c in CompetitorDisparagement.MOVING_CUES
        )
        self._unnamed = CompetitorDisparagement.unnamed_rival(profile)
        self._courted_cues: PhraseMatcher[str] = PhraseMatcher(
            (c, c) for c in self.COURTED_CUES
        )
        self._met_cues: PhraseMatcher[str] = PhraseMatcher((c, c) for c in self.MET_CUES)
        self._recruiter_cues: PhraseMatcher[str] = PhraseMatcher(
            (c, c) for c in self.RECRUITER_CUES
        )
        self._named = (
            re.compile(r"(?<![\w'’])" + alternatives + r"(?![\w])", re.IGNORECASE)
            if names
            else None
        )

    def anchor_terms(self, profile: Profile) -> Iterable[tuple[str, str]]:
        return profile.competitor_terms()

    def gate(self) -> Gate:
        """Nothing without a competitor's name or a cue word of people moving."""
        return Gate(
            (
                self._anchors,
                self._moving_cues,
                self._courted_cues,
                self._met_cues,
                self._recruiter_cues,
            )
        )

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        found = list(super().analyze(ctx))
        yield from found
        if not found and self._shape_rule is not None and self._unnamed is not None:
            veiled = list(self._veiled(ctx, self._shape_rule, self._unnamed))
            if not veiled:
                veiled = list(self._courted(ctx, self._shape_rule, self._unnamed))
            found = veiled
            yield from veiled
        if not found and self._shape_rule is not None:
            found = list(self._met(ctx, self._shape_rule))
            yield from found
        if not found and self._shape_rule is not None and self._unnamed is not None:
            yield from self._recruiter(ctx, self._shape_rule)

    def _recruiter(self, ctx: Context, rule: Rule) -> Iterator[Finding]:
        """Round 21: a rival's recruiter (not named) contacting our staff ("our rivals'
        recruiter has been ringing half our QA team", « le recruteur d'un concurrent appelle nos
        ingés un par un »): the recruiter, then within ``RECRUITER_REACH`` characters a contact
        and our staff; our own recruiter calling candidates is none."""
        if ctx.post.direction.value not in rule.directions:
            return
        if not self._recruiter_cues.found_in(ctx.normalized):
            return
        text = ctx.text
        for hit in self.RIVAL_RECRUITER.finditer(text):
            lo, hi = hit.end(), hit.end() + self.RECRUITER_REACH
            contact = self.RECRUITER_CONTACT.search(text, lo, hi)
            if contact is None:
                continue
            if not self.COURTED_STAFF.search(text, contact.end(), contact.end() + 40):
                continue
            if self.CUSTOMERS.search(text, contact.end(), contact.end() + 40):
                continue
            yield self._unnamed_finding(ctx, rule, contact, hit)
            return

    def _met(self, ctx: Context, rule: Rule) -> Iterator[Finding]:
        """Round 20: a coffee or a meal with a rival's staff, and their hiring under way
        ("Petit café avec trois ingés de chez Brillix… la couleur de leur badge risque de
        changer", "coffee with three folks from our friends across the river. Contracts being
        drafted"): the meal, the rival (named or pointed at) and its staff within ``MET_REACH``
        characters after it, and contracts, offers or a start with us anywhere in the post. A
        meal with the rival's team at a fair, with no hiring, is no poaching."""
        if ctx.post.direction.value not in rule.directions:
            return
        if not self._met_cues.found_in(ctx.normalized):
            return
        text = ctx.text
        hire = self.HIRE_UNDER_WAY.search(text)
        if hire is None:
            return
        for met in self.MET.finditer(text):
            lo, hi = met.end(), met.end() + self.MET_REACH
            rival = (
                (self._named.search(text, lo, hi) if self._named is not None else None)
                or (self._unnamed.search(text, lo, hi) if self._unnamed is not None else None)
                or self.NEIGHBOURS.search(text, lo, hi)
                or self.CERTAIN_RIVAL.search(text, lo, hi)
                or self.CERTAIN.search(text, lo, hi)
            )
            if rival is None:
                continue
            if not (
                self.COURTED_STAFF.search(text, lo, hi) or self.MET_STAFF.search(text, lo, hi)
            ):
                continue
            if self.CUSTOMERS.search(text, lo, hi):
                continue
            yield self._unnamed_finding(ctx, rule, met, rival)
            return

    def _courted(self, ctx: Context, rule: Rule, unnamed: re.Pattern[str]) -> Iterator[Finding]:
        """Round 15: a rival's staff courted without its name ("les ingés d'un certain
        concurrent qui commence par B : nos salaires sont meilleurs, DM ouverts", "devs of a
        company starting with B: we pay better, my DMs are open"): its staff, an offer and the
        riddle that points at it; customers courted are no poaching."""
        if not self._courted_cues.found_in(ctx.normalized):
            return
        text = ctx.text
        offer = self.COURTED_OFFER.search(text)
        rival = (
            (
                unnamed.search(text)
                or self.NEIGHBOURS.search(text)
                or self.CERTAIN_RIVAL.search(text)
                or self.OTHER_RIVAL.search(text)  # round 21
                or (self._named.search(text) if self._named is not None else None)
            )
            if offer
            else None
        )
        if offer is None or rival is None or ctx.post.direction.value not in rule.directions:
            return
        staff = self.COURTED_STAFF.search(text) or self.ADDRESSED.search(text)
        if not staff or self.CUSTOMERS.search(text):
            return
        yield self._unnamed_finding(ctx, rule, offer, rival)

    def _veiled(self, ctx: Context, rule: Rule, unnamed: re.Pattern[str]) -> Iterator[Finding]:
        """Round 11: people moving, in a post that points at a rival without its name."""
        if not self._moving_cues.found_in(ctx.normalized):
            return
        text = ctx.text
        moving = self._moving.search(text)
        rival = unnamed.search(text) if moving is not None else None
        if moving is None or rival is None or ctx.post.direction.value not in rule.directions:
            return
        if self.CUSTOMERS.search(text) and not self.COURTED_STAFF.search(text):
            return  # a rival's customers courted ("DM ouverts") are no poaching
        yield self._unnamed_finding(ctx, rule, moving, rival)

    def _unnamed_finding(
        self, ctx: Context, rule: Rule, cue: re.Match[str], rival: re.Match[str]
    ) -> Finding:
        """The finding of a rival pointed at without its name: from the cue (people moving, an
        offer) to the riddle, the cue as evidence."""
        start, end = min(cue.start(), rival.start()), max(cue.end(), rival.end())
        return self.rule_finding(
            ctx,
            rule,
            (start, end),
            how="unnamed",
            matched=cue.group(0),
            found=cue.group(0),
            competitor=rival.group(0),
        )

    def more(self, ctx: Context, anchors: list[PhraseMatch[str]]) -> Iterable[Finding]:
        if self._shape_rule is not None and self._shapes is not None:
            yield from self._shaped(ctx, anchors, self._shape_rule)

    def _shaped(
        self, ctx: Context, anchors: list[PhraseMatch[str]], rule: Rule
    ) -> Iterator[Finding]:
        """Round 11: a move to or an offer from a named competitor, by its shape."""
        text = ctx.text
        hit = self._shapes.search(text) if self._shapes is not None else None
        if hit is None:
            hit = self._team.search(text)
        if hit is None or ctx.post.direction.value not in rule.directions:
            return
        if self.CUSTOMERS.search(text, max(0, hit.start() - self.CUSTOMERS_REACH), hit.start()):
            return
        yield self.rule_finding(
            ctx,
            rule,
            hit.span(),
            how="shape",
            matched=hit.group(0),
            found=hit.group(0),
            competitor=anchors[0].payload,
        )


def _prefiltered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind its literal prefilter (read on first use, see
    :class:`~tocsin.screening.prefilter.Prefiltered`), typed as the pattern it answers for."""
    return cast(re.Pattern[str], Prefiltered(pattern))
