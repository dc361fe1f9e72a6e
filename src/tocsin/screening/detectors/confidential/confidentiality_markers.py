"""Confidentiality markers: "confidentiel", "internal only", "ne pas diffuser", "sous embargo"…

The rules are data: ``screening/lexicons/confidential_markers.toml`` (FR and EN phrases, context
words, and ``unless`` exceptions for privacy reassurances, support lines, password hygiene and
public teasers). On outbound posts a marker keeps the severity of its rule (``high`` for
confidential, internal-only, embargo, NDA and not-yet-announced; ``medium`` for drafts, roadmaps,
prototypes and trade secrets). On inbound posts, where someone else shows what looks like the
organisation's internal material, the severity is one step lower: a case to look at, not a post
of ours to stop.

A few rules of the lexicon give other kinds: hints at a credential, a site's security gap
(``secret.security_gap``, with a ``personal_security`` companion) and access not revoked are
secrets; "not public yet" said of staff news or of a deal is that news's risk (``hr.unannounced``,
``mnpi.unannounced``), not a confidentiality marker.

Round 10, second pass: a hint at a credential told as a past slip that has since been fixed
("bon, on l'a changé depuis", "we've changed it since", "the code has been reset") is not a hint
any more, wherever the fix is said in the post (the lexicon's ``unless`` only looks nearby). A
credential "never changed" or "not changed since" is still one.

Round 11 (structural), detector :class:`UnreleasedTeaser`: a secrecy hedge ("can't say much",
"n'existe pas officiellement") with a launch or a season ahead, or something said to be secret
and shown in a photo anyway (shapes of :mod:`..reputation.shapes`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace

from ....models import Category, Direction, Finding, Severity
from ....profile import Profile
from ...lexicon import LexiconDetector
from ...matching import PhraseMatcher
from ..base import Context
from ..reputation.shapes import Shape, ShapeRules

#: round 18 (precision, structural): the rules whose marker may be a word talked about rather
#: than the label of the post's own content
LABEL_RULES = frozenset({"confidential_markers.confidential", "confidential_markers.internal_only"})
QUOTES = "'\"«»“”‘’`"
#: the marker named as a word: "the word confidential", "la mention", "le tampon"
THE_WORD_BEFORE = re.compile(
    r"\b(?:the (?:word|words|label|stamp|term|mention)|le mot|les mots|la mention|les mentions|"
    r"l'etiquette|les etiquettes|le tampon|les tampons|le terme|un mot|a word)\W{0,3}$"
)
#: ...and said of things in general: a plural of labels, "a big word", "every slide", "everything"
#: (a singular "stamp" or "label" is the one on the document shown: still a marker)
GENERAL_AFTER = re.compile(
    r"\b(?:labels|stamps|stickers|tags|watermarks|banners|headers|markings|word|words|"
    r"buzzwords?|terms?|mots?|termes?|etiquettes|tampons|bandeaux|mentions|every|everything|"
    r"everywhere|each|all (?:the|our)|chaque|partout|tout|toutes les|tous les|n'importe quoi)\b"
)
#: the marker followed by a plural of labels: "'internal only' labels fail", "confidential stamps"
PLURAL_LABELS_AFTER = re.compile(
    r"^\W{0,3}(?:labels|stamps|stickers|tags|watermarks|banners|headers|markings|etiquettes|"
    r"tampons|bandeaux|mentions)\b"
)
#: a figure of speech: "cookie banners are the confidential info of the internet"
FIGURE_BEFORE = re.compile(r"\b(?:is|are|c'est|ce sont|sont|est) (?:the|le|la|les|l') ?$")
FIGURE_AFTER = re.compile(
    r"^\w* (?:\w+ )?(?:of|de|du|des) (?:the |l'|la |le |les |every |each |all |chaque |tout |"
    r"toute |tous |toutes )?(?:internet|web|world|corporate world|business world|office|offices|"
    r"open ?space|industry|tech|linkedin|social media|twitter|workplace|universe|monde|univers|"
    r"bureau|bureaux|entreprise|entreprises|reseaux|boite)\b"
)
#: a promise of a service: the exchange is confidential ("talking to them is confidential",
#: "appointments are confidential", "leur parler est confidentiel")
EXCHANGE_BEFORE = re.compile(
    r"\b(?:talking|speaking|chatting|reaching out|calling|writing|parler|echanger|appeler|"
    r"ecrire|consulter|appointments?|sessions?|consultations?|conversations?|calls|chats|visits|"
    r"meetings|rendez-vous|rdv|entretiens?|echanges|seances?|appels)\b[^.;:!?]{0,40}?"
    r"\b(?:is|are|stays?|remains?|est|sont|reste|restent)(?: \w+)? $"
)
#: ...or the marker paired with another promise of a service ("free and confidential",
#: "confidentiel et volontaire", "anonymous, confidential")
SERVICE_PAIR_AFTER = re.compile(
    r"^\w*,? (?:and|et|&) (?:\w+ )?(?:voluntary|free|anonymous|optional|judg(?:e)?ment-free|"
    r"non-judg(?:e)?mental|open to all|volontaire|gratuite?s?|anonymes?|facultati(?:f|ve)s?|"
    r"sans jugement|ouverte? a tous)\b"
)
SERVICE_PAIR_BEFORE = re.compile(
    r"\b(?:voluntary|free|anonymous|optional|volontaire|gratuite?s?|anonymes?)(?:,| and| et) $"
)
#: the topic of handling such information ("how to protect confidential information",
#: "comment protéger les informations confidentielles", "classifying confidential data")
HANDLING_BEFORE = re.compile(
    r"\b(?:handl\w*|protect(?:s|ing)?|classif\w*|safeguard\w*|proteger|protegez|protection|"
    r"gerer|gestion|traiter|classer|classement|reconnaitre|spot(?:ting)?|recogni[sz]\w*)"
    r" (?:of |des |de |les |la |le |l'|your |vos |votre |our |nos |the |une |un |des )?"
    r"(?:\w+ )?$"
)
#: round 19 (precision, blind17): the marker as a playful address to a public audience, the
#: salutation of the post ("Confidential to all night owls: the moonlight mode is 1 %", "top
#: secret pour tous les lève-tôt :"); an audience of the inside ("to all staff", "à tous les
#: salariés", "for our partners") keeps it a marker
PUBLIC_AUDIENCE_AFTER = re.compile(
    r"^\W{0,2}(?:to|for|pour|a) (?:all (?:the |our |my |you )?|every |fellow |my fellow |"
    r"tous les |toutes les |tous nos |toutes nos |(?:chers|cheres) )"
    r"(?!(?:\w+ )?(?:staff|employees?|employes?|team|teams|teammates?|colleagues?|collegues?|"
    r"salaries|managers?|board|directors?|directeurs?|partners?|partenaires?|resellers?|"
    r"revendeurs?|distributors?|distributeurs?|sales|investors?|investisseurs?|shareholders?|"
    r"actionnaires?|members?|membres?|interns?|stagiaires?|starters?|nouveaux|nouvelles|"
    r"equipes?|personnel|collaborateurs?|collaboratrices?|agents?|vendeurs?|vendeuses?|"
    r"commerciaux|commerciales?|recipients?|destinataires?|attendees|participants?|insiders?|"
    r"internes?|workers?|people|personnes|readers of this|users of the)\b)"
    r"[a-z][\w'-]*(?: [a-z][\w'-]*){0,2} ?[:,!\u2014]"
)


#: round 20 (precision, train-q): the marker in a sentence that blames whoever leaks ("To
#: whoever keeps leaking our roadmap to the press", "à celui qui fait fuiter la feuille de
#: route"): a complaint about a leak, not the leak
LEAKER_BLAMED = re.compile(
    r"\b(?:whoever|who ever|the (?:person|guy|one|people) who|celui qui|celle qui|ceux qui|"
    r"la personne qui|les personnes qui|qui que ce soit qui)\b[^.!?\n]{0,25}?"
    r"\b(?:(?:keeps?|kept) )?(?:leak(?:s|ed|ing)?|fait fuiter|a fait fuiter|font fuiter|"
    r"fuite\w*|balanc\w+)\b"
)
#: round 20 (precision, train-o): a lost badge is a way onto a site only when it is said to be
#: a work badge: the organisation named, work or a workplace, or the owner's name on it ("j'ai
#: perdu mon badge dans le 7, celui avec la photo moche" is anyone's badge)
WORK_BADGE = re.compile(
    r"\b(?:work|boulot|taf|travail|job|pro|bureau|bureaux|office|offices|site|usine|factory|"
    r"entrepot|warehouse|labo|lab|siege|hq|headquarters|showroom|boutique|magasin|store|"
    r"shop|agence|employee|employe|staff|acces|access|key ?card|carte d'acces|nom|name|"
    r"names|prenom)\b"
)

#: round 22 (precision, blind18): the marker asked as a question and answered by a denial
#: ("Confidentiel ? Pas chez nous", "Confidential? Not at all —", "Internal only? Nope,"),
#: on the folded text right after the marker ...
DENIED_AFTER = re.compile(
    r"^\s{0,2}\?+[\s!]*(?:[-\u2013\u2014:…]\s*)?(?:(?:bien )?au contraire|"
    r"pas (?:chez nous|ici|du tout|pour nous|le moins du monde|vraiment|de secret|de ca)|"
    r"absolument pas|non\b|nope\b|nan\b|jamais\b|not (?:here|at all|for us|with us|in our \w+|"
    r"really|one bit|us)\b|no\b|nah\b|never\b|quite the (?:opposite|contrary)|"
    r"on the contrary)"
)
#: ... and what is said instead: open to all, public, downloadable (not "pas encore public",
#: "not public yet", "bientôt public", "no longer")
SAID_PUBLIC = re.compile(
    r"\b(?:publi(?:c|que|cs|ques)|public|en ligne|online|telechargeable\w*|downloadable|"
    r"open to (?:all|everyone)|ouverte? a tous|accessible a tous|available to (?:all|everyone)|"
    r"transparen\w+|for everyone|pour tout le monde|open book|livre ouvert)\b"
)
NOT_YET_BEFORE = re.compile(
    r"\b(?:pas encore|pas|plus|not yet|not|no longer|bientot|soon|sera|will be|be|deviendra|"
    r"becomes?|devenir|become)\W{1,2}$"
)

#: ... unless the post hands material over anyway ("here's the deck", "voici", "ci-joint")
HANDED_OVER = re.compile(
    r"\b(?:voici|voila|here'?s|here is|here are|ci-joint|ci-dessous|attached|piece jointe|"
    r"screenshot|capture|leak\w*|fuit\w*|fuite|enjoy|profitez)\b"
)


def denied(text: str, end: int) -> bool:
    """Round 22: the marker ending at ``end`` is a question answered by a denial, followed by
    what is public instead ("Confidentiel ? Pas chez nous : notre rapport ... est public"): the
    post says its content is not confidential. A denial alone ("Confidential? Nope"), material
    handed over anyway ("here's the deck", "voici") or a content public only later ("pas encore
    public") keeps the marker."""
    after = _fold(text[end : end + 160])
    if DENIED_AFTER.match(after) is None or HANDED_OVER.search(_fold(text)):
        return False
    return any(
        NOT_YET_BEFORE.search(after[max(0, m.start() - 14) : m.start()]) is None
        for m in SAID_PUBLIC.finditer(after)
    )


def _fold(text: str) -> str:
    """Lowercase without accents, one character for one (spans stay valid)."""
    return "".join(unicodedata.normalize("NFD", c)[0].lower()[:1] or c for c in text)


def not_a_label(text: str, start: int, end: int) -> bool:
    """Whether the marker at ``text[start:end]`` is a word talked about (quoted as a word, a
    figure of speech, a service's promise, the topic of handling such information) rather than
    the label of the post's own content (round 18)."""
    before, after = _fold(text[max(0, start - 60) : start]), _fold(text[end : end + 60])
    quoted = before.rstrip()[-1:] in QUOTES and after.lstrip()[:1] in QUOTES
    if quoted:
        before, after = before.rstrip()[:-1], after.lstrip()[1:]
    as_word = quoted or bool(THE_WORD_BEFORE.search(before))
    if as_word and GENERAL_AFTER.search(after):
        return True
    if PLURAL_LABELS_AFTER.search(after):
        return True
    if FIGURE_BEFORE.search(before) and FIGURE_AFTER.search(after):
        return True
    if EXCHANGE_BEFORE.search(before) or SERVICE_PAIR_BEFORE.search(before):
        return True
    if SERVICE_PAIR_AFTER.search(after):
        return True
    if PUBLIC_AUDIENCE_AFTER.search(after):
        return True
    if denied(text, end):
        return True
    return bool(HANDLING_BEFORE.search(before))


class ConfidentialityMarkers(LexiconDetector):
    name = "confidentiality_markers"
    version = "1.0"
    categories = (Category.DATA_LEAK,)
    description = (
        "Confidentiality markers: confidentiel, internal only, ne pas diffuser, sous embargo, "
        "under NDA, brouillon, roadmap, not yet announced, prototype, secret de fabrication."
    )
    LEXICON = "confidential_markers"
    PHRASES_REQUIRED = True  # nothing without a phrase of the lexicon
    #: the severity of a marker on an inbound post, from the severity of its rule
    INBOUND = {
        Severity.CRITICAL: Severity.HIGH,
        Severity.HIGH: Severity.MEDIUM,
        Severity.MEDIUM: Severity.LOW,
        Severity.LOW: Severity.LOW,
    }

    #: a credential said to have been changed since (round 10, second pass), on the lowercased
    #: text; a negation just before ("n'a jamais été changé", "hasn't been changed") is checked
    FIXED_SINCE = re.compile(
        r"\b(?:on l['’]a|on les a|nous l['’]avons|nous les avons|on vient de l['’]|"
        r"(?:a|ont|avons|a bien) été) ?(?:changée?s?|modifiée?s?|réinitialisée?s?)\b"
        r"|\b(?:we(?:['’]ve| have)?|it(?:['’]s| has| was)|has|have|was|were)"
        r"(?: since| now| already)? (?:been )?(?:changed|reset|rotated)(?: it| them)?"
        r"(?: since| now| already)?\b"
    )
    NEGATED = re.compile(r"(?:n['’]|\bnot |\bnever |\bjamais |\bpas |n['’]t )\S*\s?\S*\s?$")
    CREDENTIAL_HINT = "secret.credential_hint"

    def _fixed_since(self, text: str) -> bool:
        low = text.lower()
        return any(
            not self.NEGATED.search(low[max(0, m.start() - 16) : m.start()])
            and not self.CHANGED_TO.match(low, m.end())
            for m in self.FIXED_SINCE.finditer(low)
        )

    #: round 21 (para-t): the change told with what it became ("creds were changed: same as
    #: last year's, just with 2027 instead of 2026", "a été changé en ..."): a new recipe, not a
    #: fix
    CHANGED_TO = re.compile(r"\s{0,2}(?::|\u2014|-{1,2}\s|\bto\b|\ben\b|\bpour\b)")

    #: round 20: the marker kinds that a blame of the leaker cancels
    BLAMED_KINDS = frozenset({"confidential.marker"})
    LOST_BADGE = "confidential_markers.lost_badge"

    def _work_badge(self, ctx: Context) -> bool:
        folded = _fold(ctx.text)
        if WORK_BADGE.search(folded):
            return True
        names = [self.profile.organisation.name] + [
            n for b in self.profile.brands for n in (b.name, *b.aliases)
        ]
        return any(_fold(n) in folded for n in names if n)

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        inbound = ctx.post.direction is Direction.INBOUND
        fixed: bool | None = None
        folded = ctx.normalized.folded
        blamed = ("leak" in folded or "fuit" in folded or "balanc" in folded) and bool(
            LEAKER_BLAMED.search(_fold(ctx.text))
        )
        for finding in super().analyze(ctx):
            if blamed and finding.kind in self.BLAMED_KINDS:
                continue
            if finding.rule == self.LOST_BADGE and not self._work_badge(ctx):
                continue
            if finding.kind == self.CREDENTIAL_HINT:
                if fixed is None:
                    fixed = self._fixed_since(ctx.text)
                if fixed:
                    continue
            if (
                finding.rule in LABEL_RULES
                and finding.start is not None
                and finding.end is not None
                and not_a_label(ctx.text, finding.start, finding.end)
            ):
                continue
            yield replace(finding, severity=self.INBOUND[finding.severity]) if inbound else finding


#: round 11 (structural): a secrecy hedge said by someone who knows ("can't say much", "sworn to
#: secrecy", "n'existe pas officiellement", "interdiction d'en parler avant avril")
SECRECY_HEDGE = re.compile(
    r"\b(?:can'?t say (?:much|more|anything)|cannot say (?:much|more)|can'?t tell you (?:much|"
    r"more)|sworn to secrecy|not (?:supposed|allowed) to (?:say|tell|show|"
    r"talk about|spill|share)|(?:she|he|they)'ll kill me|n'existe pas (?:encore )?officiellement|"
    r"officially (?:doesn'?t|does not) exist|interdiction d'en parler|pas le droit d'en parler|"
    r"(?:je ne|j'|on ne|on) (?:peux|peut|peux pas|peut pas) (?:rien|pas) (?:en )?dire|"
    r"je peux rien dire|je ne peux pas en dire plus|motus(?: et bouche cousue)?|"
    r"top secret|codenam(?:e|ed|ing)|nom de code|sneaked me|m'a fait tester en douce|"
    r"(?:said|told me|asked me|told us|asked us) not to (?:post|share|say|tell|mention|leak)|"
    r"c'est encore entre nous|"
    # round 13 (blind11): the name withheld ("can't tell you what the bird is called", "je ne
    # peux pas vous dire comment elle s'appelle", "can't give you its name")
    r"can'?t (?:tell you|say) (?:what|how) (?:it|they|the \w+)(?: is| are|'s|'re)? (?:called|"
    r"named)|can'?t (?:tell you|say|give you) (?:its|their|the) (?:real )?name|"
    r"(?:peux|peut) pas (?:vous |te )?dire (?:comment (?:il|elle|ils|elles|ca) s'appell\w*|"
    r"son (?:vrai )?nom)|"
    # round 12 (blind10): a request to keep quiet reported ("on m'a demandé de ne pas le dire
    # mais tant pis"), a secret offered ("wanna know a secret?", "je vous confie un petit
    # secret"), a plea not to repeat ("don't tell anyone", "vous ne l'avez pas lu ici")
    r"(?:on|il|elle|ils|elles|la direction|mon boss|ma boss|ma cheffe?|mon chef) m'(?:a|ont) "
    r"(?:demande|dit|interdit) (?:de |d')(?:ne (?:pas|rien) |n')?(?:le |l'|en |rien )?(?:dire|"
    r"reveler|partager|poster|publier|divulguer|raconter|parler)|"
    r"(?:wanna|want to|you want to|do you want to) know a (?:little )?secret|"
    r"(?:vous voulez|tu veux|voulez-vous|envie de) (?:connaitre|savoir) un (?:petit )?secret|"
    r"(?:je vous|je te) (?:dis|confie|livre|revele) un (?:petit )?secret|"
    r"(?:i'll|let me|lemme) (?:tell|share with) you a (?:little )?secret|"
    r"(?:don'?t|do not) tell (?:anyone|anybody|my boss)|"
    r"ne (?:le )?(?:dites|repetez|repete|dis) (?:pas|a personne|rien)|"
    r"you didn'?t hear (?:it|this|that) from me|vous (?:ne )?l'avez pas (?:lu|entendu) ici|"
    r"reste entre nous|just between (?:us|you and me)|"
    # round 14 (blind12): the insiders' wink ("les intimes savent", "les initiés comprendront",
    # "if you know, you know", "those in the know")
    r"(?:les|nos) (?:intimes|inities|initiees|connaisseurs) (?:savent|sauront|comprendront|"
    r"reconnaitront|ont compris)|ceux qui savent,? savent|(?:if|when) you know,? you know|"
    r"iykyk|those (?:who know|in the know),? (?:know|will know|get it)|"
    r"(?:the|our|le|la|notre) (?:\w+ )?secret (?:\w+ )?(?:lamps?|lampes?|products?|produits?|"
    r"projects?|projets?|prototypes?)|"
    # round 16 (structural, blind14): the thing that cannot be shown yet ("je peux pas montrer
    # le deck", "can't show you the deck yet", "on peut pas encore vous montrer") and a riddle
    # handed out ("Indice : ça brille la nuit", "hint: it glows")
    r"(?:can'?t|cannot|can not) show (?:you |u )?(?:it|the|our|much|anything|more|yet)|"
    r"(?:peux|peut|pouvons) (?:pas|rien) (?:encore )?(?:vous |te )?(?:le |la |les |l')?"
    r"(?:montrer|devoiler|reveler)|"
    r"(?:petit |little |un )?(?:indice|hint|clue)(?= ?:)|"
    # round 20 (blind15): the hint addressed to someone ("petit indice pour les curieux :",
    # "a little hint for our followers:")
    r"(?:petit |little |un |a )?(?:indice|hint|clue) (?:pour|for) (?:les|nos|vous|toi|the|our|"
    r"you|all)(?: \w+){0,2}(?= ?:)|"
    # round 19 (structural, blind17, train-p to train-t): not allowed to show or to name it
    # ("pas le droit de montrer", "je n'ai pas le droit d'en dire le nom"), made in secret
    # ("nos équipes le couvent en secret", "working on it in secret"), someone who won't let me
    # talk about it, nobody's heard of it yet ("vous n'avez rien vu", "dont personne n'a encore
    # entendu parler")
    r"pas le droit (?:de (?:vous |te )?(?:le |la |les |l')?|d'en )(?:montrer|dire|devoiler|"
    r"reveler|parler|donner)|"
    r"(?:couv\w*|prepar\w*|travaill\w*|bosse\w*|developp\w*|working on|work on|building|"
    r"cooking) (?:\w+ )?(?:en secret|in secret|secretly)|en secret depuis|"
    r"(?:won'?t|doesn'?t|don'?t) let (?:me|us) (?:talk about|say|show|share|post)|"
    r"(?:vous n'avez|tu n'as|t'as|vous avez) (?:rien|pas) (?:vu|lu|entendu)|"
    r"(?:dont|that|which) (?:personne|nobody|no one) n?'?(?:a|has) (?:encore |yet )?"
    r"(?:entendu parler|heard (?:of|about)))\b"
)
#: something said to be secret or forbidden to show...
SECRET_SHOWN = re.compile(
    r"\b(?:top secret|(?:on ne|je ne) peu[xt] pas (?:dire|donner) (?:son|leur|le) nom|"
    r"can'?t (?:say|give|tell you) (?:its|their|the) name|interdiction de photographier|"
    r"no photos? allowed|not allowed to take (?:photos?|pictures?)|photos? (?:interdites?|"
    r"forbidden)|"
    r"guess (?:our|the) next product|devinez (?:notre|le) prochain produit)\b"
)
#: ...and shown anyway in a picture: "sauf que les cartons derrière moi sur la photo"
IN_THE_PICTURE = re.compile(
    r"\b(?:photos?|pics?|pictures?|captures?|screenshots?|derriere moi|behind me|au fond|"
    r"in the background|sur l'image)\b"
)
#: a product, a launch or a season ahead
LAUNCH_AHEAD = re.compile(
    r"\b(?:next (?:spring|summer|autumn|fall|winter|year|month)|(?:au|ce|cet) (?:printemps|"
    r"automne|hiver)|cet ete|out in (?:spring|summer|autumn|the fall|winter)|launch(?:es|ing)?|"
    r"lancement|sortie|va tout changer|very soon|coming soon|comingsoon|"
    r"going to (?:change everything|blow)|blow your minds?|"
    r"avant (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|"
    r"decembre)|prototype|nouveau produit|new product|"
    # round 19 (precision, train-o): "building" as what is being built, not the house ("the
    # people in the blue building")
    r"(?:we(?:'re| are)|i'm|i am|they(?:'re| are)|still|currently|been|are|is) building|"
    r"building (?:something|a new|the next|our next|the new)|"
    # round 12 (blind10): a release in a month ("sort en juin", "ships in March", "arrive
    # début mai") and a price move ahead ("the price ... is going to fall in February", "les
    # prix vont baisser en mars", "a price drop is coming")
    r"(?:sort|sortira|sortent|sortiront|arrive|arrivera|arrivent|debarque|debarquera|lands?|"
    r"ships?|drops?|comes out|is out|will be out|launches) (?:(?:en|in|des|from|debut|fin|mi|"
    r"early|late|mid)[ -])?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|"
    r"octobre|novembre|decembre|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)|"
    r"(?:going to|gonna|will|va|vont) (?:\w+ )?(?:fall|drop|go down|plunge|be cut|be slashed|"
    r"baisser|chuter|degringoler|fondre|augmenter|grimper|flamber|rise|go up|double)|"
    r"(?:price|prices|prix|tarifs?) (?:drop|cut|cuts|increase|rise|hike|baisse|hausse)|"
    r"(?:baisse|hausse|chute) (?:des |de |du )?(?:prix|tarifs?)|"
    # round 13 (blind11): a feast or a season as the deadline ("shipping before Easter", "in
    # your ceiling by spring", "en rayon avant Noël", "d'ici la rentrée")
    r"(?:by|before|avant|d'ici|pour) (?:the |le |la |l')?(?:spring|summer|autumn|fall|winter|"
    r"easter|christmas|xmas|the holidays|valentine'?s?(?: day)?|printemps|ete|automne|hiver|"
    r"paques|noel|fetes|rentree|saint-valentin)|"
    # round 14: "next year" said in French ("l'an prochain", "l'année prochaine")
    r"l'an prochain|l'annee prochaine|"
    # round 16 (blind14): almost ready, about to take flight ("almost ready to fly", "prend
    # bientôt son envol", "bientôt prêt")
    r"(?:almost|nearly) ready|ready to (?:fly|launch|ship|go out)|(?:presque|bientot) pret|"
    r"(?:prend|prendra) (?:bientot )?son envol|takes? flight soon|about to take flight|"
    # round 20 (blind15, para-v, para-w): leaving the nest ("l'engoulevent quitte son nid en
    # avril", "getting ready to leave the nest in a few months")
    r"(?:quitte|quitter|quittera|quittent|sortir|sort|sortira) (?:son|le|leur) nid|"
    r"(?:leave|leaves|leaving|fly|flies|flying) the nest|"
    # round 19 (structural, blind17, train-p to train-t): a season said after its noun or with
    # "this" ("l'automne prochain", "it lands this autumn"), a fair or a quarter as the
    # deadline ("qu'on prépare pour le CES", "give it till Q4"), shown at a fair in a month
    # ("ce qu'on montre à Berlin en septembre"), the shelves ("hitting shelves earlier than
    # the roadmap says"), a product being built
    r"(?:le |l')?(?:printemps|automne|hiver|ete) prochain|"
    r"this (?:spring|summer|autumn|fall|winter)|"
    r"(?:prepare|preparons|preparent|prepares?|preparing) pour (?:le |la |l')?(?:ces|salon|"
    r"rentree|noel|printemps|automne|hiver|ete)|"
    r"(?:till|until|by|before|avant|d'ici|pour) (?:le |la )?(?:q[1-4]|t[1-4])|"
    r"(?:montre|montrera|montrons|presente|presentera|presentons|devoile|devoilera|show|"
    r"showing|unveil\w*)\b[^.!?\n]{0,30}\b(?:en|in) (?:janvier|fevrier|mars|avril|mai|juin|"
    r"juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|june|"
    r"july|august|september|october|november|december)|"
    r"hit(?:s|ting)? (?:the )?shelves|(?:to )?build (?:a|an|the|our) (?:new )?(?:product|"
    r"produit)|calendrier de lancement|launch calendar)\b"
)
#: round 12 (structural): something of the inside shown in a picture: the work-tracking tools
#: of a team (a Jira board, a Trello card, the backlog, a sprint), never public
INTERNAL_TOOL = re.compile(
    r"\b(?:jira|trello|asana|confluence|backlog|kanban|sprint board|sprint planning|"
    r"roadmap interne|internal roadmap|internal dashboard|tableau de bord interne|"
    r"(?:our|notre|the|le|la|mon|my) (?:\w+ )?board (?:jira|trello|interne|of the day|du jour)|"
    r"(?:jira|trello|notion|linear|monday) (?:board|card|ticket|carte|tableau))\b"
)
INTERNAL_TOOL_CUES = (
    "jira", "trello", "asana", "confluence", "backlog", "kanban", "sprint board",
    "sprint planning", "roadmap interne", "internal roadmap", "internal dashboard",
    "tableau de bord interne",
)
#: round 12 (structural): a message of the inside posted in the open ("meant for the internal
#: channel, sorry", "mauvais canal", "à supprimer après lecture")...
MISPOSTED = re.compile(
    r"\b(?:meant for (?:the |our )?(?:internal|team|private)(?: \w+)?|internal (?:channel|chat|"
    r"use only)|(?:wrong|mauvais) (?:channel|canal|chat|groupe|group|fil)|"
    r"(?:canal|fil|groupe|chat|message) interne|pour usage interne|usage interne uniquement|"
    r"delete (?:this )?after reading|a supprimer apres lecture|supprimez apres lecture|"
    r"(?:sorry|oups|oops|desole),? (?:wrong|mauvais) (?:\w+ )?(?:channel|canal|group|groupe))\b"
)
MISPOSTED_CUES = (
    "meant for", "internal channel", "internal chat", "internal use", "wrong channel",
    "mauvais canal", "wrong chat", "mauvais chat", "wrong group", "mauvais groupe", "mauvais fil",
    "canal interne", "fil interne", "groupe interne", "chat interne", "message interne",
    "usage interne", "after reading", "après lecture",
)
#: ...that gives commercial terms: prices or margins for resellers, a price list, a discount
COMMERCIAL_TERMS = re.compile(
    r"(?:\b(?:prices?|pricing|tarifs?|prix|marges?|margins?|remises?|discounts?|conditions) "
    r"(?:for|pour|des|aux|to) (?:les |the |our |nos )?(?:resellers?|revendeurs?|distributeurs?|"
    r"distributors?|partners?|partenaires|grossistes?|wholesalers?|b2b|retailers?)\b|"
    r"\b(?:reseller|dealer|wholesale|distributor|partner|b2b) (?:prices?|pricing|margins?|"
    r"discounts?)\b|\b(?:grille tarifaire|price list|new prices|nouveaux (?:prix|tarifs)|"
    r"prix d'achat|purchase prices?|cost prices?|prix de revient|prix plancher|floor price)\b)"
)
#: round 12 (structural): a customer file carried from one company to another ("il a ramené
#: tout son fichier clients", "brought his whole client list with him")
CLIENT_FILE_CARRIED = re.compile(
    r"\b(?:ramene|rapporte|apporte|emporte|embarque|pique|recupere|copie|exporte|telecharge|"
    r"partie? avec|partis avec|brought|took|taken|copied|exported|downloaded|left with|"
    r"walked off with|ran off with|came with) "
    r"(?:(?:avec (?:lui|elle) )?(?:tout |toute |the whole |his whole |her whole |all (?:of )?)?"
    r"(?:son|sa|ses|leur|leurs|le|la|les|his|her|their|the) (?:whole |entire |full )?)?"
    r"(?:fichiers? clients?|fichier client|base clients?|portefeuille clients?|carnet d'adresses|"
    r"(?:client|customer) (?:list|file|files|database|base|book|contacts|portfolio))\b"
)
CLIENT_FILE_CUES = (
    "fichier client*", "fichiers client*", "base client*", "portefeuille client*",
    "carnet d'adresses", "client list", "customer list", "client file*", "customer file*",
    "client database", "customer database", "client book", "client contacts",
    "customer contacts", "client portfolio", "customer portfolio", "customer base",
)
#: round 13 (structural): a document or a folder of the inside ("the pricing sheet is in the
#: usual shared drive", "le tableur des marges", "dossier partagé")...
SHARED_PLACE = re.compile(
    r"\b(?:shared (?:drive|folder|doc|docs|document|sheet|spreadsheet)|(?:team|company|usual|"
    r"internal) (?:drive|folder)|drive partage|dossier partage|dossier commun|lecteur partage|"
    r"(?:pricing|price|margin|sales|salary|customer|client) (?:sheet|spreadsheet|file|folder|"
    r"deck|doc)|(?:tableur|fichier|dossier|classeur|doc|document) (?:des |de |du )?(?:prix|"
    r"tarifs|marges|ventes|salaires|clients)|google (?:drive|sheet|doc)s?|sharepoint|"
    r"dropbox|onedrive|"
    # round 15: a spreadsheet or a tab of it, a deck, a Notion page
    r"spreadsheets?|tableurs?|classeurs?|excel|(?:second|third|hidden|other|last|\w+) tab|"
    r"onglets?|notion|decks?|"
    # round 16: the team's drive or board named plainly ("sur le drive", "in the drive", "sur
    # Trello")
    r"(?:sur|dans) (?:le|notre) drive|(?:in|on) (?:the|our) drive|trello|board minutes|"
    r"roadmap interne|internal roadmap)\b"
)
#: ...left open to whoever holds the link ("link's still open to anyone who has it",
#: "accessible à quiconque a le lien", "pas besoin de mot de passe")
OPEN_LINK = re.compile(
    r"\b(?:(?:open|available|accessible|visible) to anyone(?: who (?:has|gets|holds) (?:it|the "
    r"link)| with the link)|anyone (?:with|who has|holding) the link|link(?:'s| is) (?:still )?"
    r"(?:open|public)|public link|no (?:login|password) needed|"
    r"(?:ouvert|accessible|visible|lisible)e? a (?:tous|tout le monde|quiconque|n'importe qui)|"
    r"quiconque (?:a|possede|detient) le lien|(?:toute personne|tous ceux|n'importe qui) "
    r"(?:qui a|ayant|avec) le lien|lien (?:est )?(?:toujours |encore )?(?:ouvert|public)|"
    r"lien public|(?:pas besoin de|sans) (?:mot de passe|identifiant|connexion)|"
    # round 16 (blind14): the link handed out in the bio ("link in bio", "lien dans ma bio"),
    # a board said to be public ("le tableau est public")
    r"link in (?:my |our |the )?bio|lien (?:public )?dans (?:ma|notre|la) bio|"
    r"(?:tableau|board|page|dossier|folder|doc) (?:est|is) (?:public|ouvert|open))\b"
)
#: round 15 (blind13): a lock forgotten on an internal file ("someone forgot to lock it", "not
#: password-protected", "on a oublié de le verrouiller", "pas protégé", "still public")
UNLOCKED = re.compile(
    r"\b(?:forgot (?:to )?(?:lock|restrict|protect|password[- ]protect|close|hide|unshare|make "
    r"(?:it|them) private|take (?:it|them) down)|(?:isn'?t|is not|wasn'?t|aren'?t|not) "
    r"(?:password[- ])?(?:protected|locked|restricted|private)|(?:left|still) (?:unlocked|"
    r"unprotected|public)|left open|unlocked|unprotected|oublie de (?:le |la |les )?(?:verrouiller|"
    r"proteger|restreindre|fermer|masquer|cacher|mettre en prive|retirer)|(?:n'est pas|pas|non) "
    r"(?:verrouille|protege|restreint)e?s?|(?:toujours|encore) (?:public|en acces libre))\b"
)
UNLOCKED_CUES = (
    "forgot", "oublié de", "unlocked", "unprotected", "protected", "locked", "protégé*",
    "verrouillé*", "restreint*", "private", "public", "accès libre", "left open",
)
#: a folder public on purpose, or a form open to all ("submissions still public", "the drive
#: for your entries is unlocked until Friday")
UNLOCKED_NOT = re.compile(
    r"\b(?:submissions?|entries|candidatures?|inscriptions?|sign-?ups?|registrations?|"
    r"formulaires?|forms?|contest|concours|your|vos|votre)\b"
)
OPEN_LINK_CUES = (
    "link in bio", "link in my bio", "link in our bio", "bio", "public", "is open", "est ouvert",
    "anyone", "link's", "link is", "public link", "no login", "no password", "ouvert",
    "ouverte", "accessible", "visible", "lisible", "quiconque", "toute personne", "tous ceux",
    "n'importe qui", "lien", "pas besoin de", "sans mot de passe", "sans identifiant",
    "sans connexion",
)
#: a folder public on purpose: a press kit, logos, a catalogue
PUBLIC_FOLDER = re.compile(
    r"\b(?:press kit|media kit|kit (?:presse|media)|dossier de presse|logos?|public (?:google )?"
    r"(?:folder|drive)|dossier public|brochures?|catalogues?|catalogs?|fiches? produits?|"
    r"product sheets?|fact sheets?|user manuals?|notices?|replays?|templates?)\b"
)
#: round 13 (structural): a file of people ("l'export", "notre fichier VIP", "the mailing
#: list")...
PEOPLE_FILE = re.compile(
    r"\b(?:exports?|extractions?|extracts?|fichiers?|listes?|listings?|bases?|tableurs?|"
    r"spreadsheets?|csv|excel|lists?|files?|databases?|dumps?|mailing lists?)\b"
)
#: ...with their personal data ("avec leurs coordonnées", "emails and phone numbers")...
PERSONAL_FIELDS = re.compile(
    r"\b(?:(?:leurs|their|les|all the|toutes les) (?:coordonnees|contact details|contacts|"
    r"adresses|addresses|e-?mails|numeros|phone numbers|numbers)|coordonnees|contact details|"
    r"(?:e-?mail|home) addresses|adresses (?:e-?mail|mail|postales|perso)|phone numbers|"
    r"numeros de (?:telephone|portable|tel)|dates? de naissance|birthdays|dates of birth)\b"
)
PERSONAL_FIELDS_CUES = (
    "coordonnées", "contact details", "contacts", "adresses", "addresses", "e-mails", "emails",
    "numéros", "phone numbers", "numbers", "date de naissance", "dates de naissance",
    "birthdays", "dates of birth",
)
#: ...of private people (customers, subscribers, members, staff), not of businesses...
PRIVATE_PEOPLE = re.compile(
    r"\b(?:clients?|clientes?|customers?|abonne(?:e|s|es)?|subscribers?|membres?|members?|"
    r"participants?|participantes?|inscrits?|inscrites?|users?|utilisateurs?|utilisatrices?|"
    r"acheteurs?|acheteuses?|buyers?|patients?|salarie(?:e|s|es)?|employees?|staff|"
    r"adherents?|vip|leads?|prospects?|gagnants?|winners?|candidats?|candidates?|applicants?)\b"
)
#: ...offered to whoever asks ("demandez-moi en MP", "DM me if you want it", "je vous
#: l'envoie")
OFFERED = re.compile(
    r"(?:\b(?:demandez|demande|ecrivez|ecris)[- ]moi|\ben (?:mp|dm|prive)\b|\bmp moi\b|"
    r"\bdm me\b|\bask me\b|\bhit me up\b|\bi can send\b|\bi'll send\b|\bhappy to share\b|"
    r"\bje (?:vous|te) l(?:'|e |a )(?:envoie|passe|file|partage)|\bje peux (?:vous|te) "
    r"l(?:'|e |a )(?:envoyer|passer|filer|partager)|\b(?:si quelqu'un|qui) (?:le |la |l')?veut\b|"
    r"\b(?:anyone|who) wants? (?:it|a copy|the)\b|\bif anyone wants\b)"
)
#: the reader's own data, or a privacy promise: not someone else's file offered
PEOPLE_FILE_NOT = re.compile(
    r"\b(?:vos (?:coordonnees|donnees|informations|infos)|votre (?:compte|dossier|fiche)|your "
    r"(?:details|data|contact details|information|info|account|own)|mettre a jour|update|"
    r"stockists?|revendeurs?|retailers?|points de vente|distributeurs?|distributors?|"
    r"rgpd|gdpr|jamais (?:partage|vendu|revendu|transmis)e?s?|never (?:shared|sold|share|sell)|"
    r"ne (?:partageons|vendons|transmettons)|desinscri\w*|unsubscribe|opt-?out|privacy)\b"
)

#: the cue words of SECRECY_HEDGE and SECRET_SHOWN (see :attr:`Shape.cues`)
SECRECY_HEDGE_CUES = (
    # round 16
    "can't show", "cant show", "cannot show", "pouvons", "indice", "hint", "clue",
    "can't say", "cant say", "cannot say", "can't tell you", "cant tell you",
    "sworn to secrecy", "not supposed to", "not allowed to", "kill me", "officiellement",
    "officially", "en parler", "peux", "peut", "motus", "top secret", "codenam*", "nom de code",
    "sneaked me", "en douce", "not to", "entre nous", "just between", "secret",
    # round 12
    "m'a demandé", "m'ont demandé", "m'a dit de", "m'ont dit de", "m'a interdit",
    "m'ont interdit", "tell anyone", "tell anybody", "tell my boss", "dites pas",
    "dites à personne", "répétez pas", "répète pas", "dis pas", "dis rien", "dites rien",
    "répétez à personne", "hear it from me", "hear this from me", "hear that from me",
    "pas lu ici", "pas entendu ici",
    # round 13
    "can't give you", "cant give you",
    # round 14
    "intimes", "inities", "initiees", "connaisseurs", "ceux qui savent", "you know you know",
    "iykyk", "those who know", "those in the know",
    # round 19
    "pas le droit", "en secret", "in secret", "secretly", "let me", "let us", "rien vu",
    "rien lu", "rien entendu", "pas vu", "entendu parler", "heard of", "heard about",
)
SECRET_SHOWN_CUES = (
    "top secret", "peux", "peut", "can't say", "cant say", "can't give", "cant give",
    "can't tell you", "cant tell you", "interdiction de photographier", "no photo",
    "no photos", "not allowed to take", "interdite", "interdites", "forbidden", "guess",
    "devinez",
)
#: investors or a deal: the financial family's topic, not a product teaser
TEASER_NOT = re.compile(
    r"\b(?:investisseurs?|investors?|actionnaires?|shareholders?|rachat|acquisition|merger|"
    r"fusion|resultats|results|bourse|ticker|cours de l'action|share price|actions|shares|"
    r"contrats?|contracts?|banquiers|bankers|deal|"
    # round 13 (precision): a company buying another ("Lumio rachète Brillix avant l'été")
    r"rachete|rachetent|racheter|rachetee|acquires|acquiring|buyout|takeover|"
    # round 12 (precision, blind10): the year's numbers measured against a target ("on ne va
    # pas atteindre l'objectif annuel annoncé au printemps") are the financial family's
    r"objectifs? annuels?|annual (?:target|goal)s?|sales targets?|objectifs? de ventes?|"
    r"guidance|forecasts?|previsions?|chiffre d'affaires|revenue|profit warning|benefices?|"
    # round 19 (precision, blind17): a deal signed ("grosse signature cette semaine")
    r"(?:grosse|grande|belle|big|huge|major) signature)\b"
)


#: round 14 (structural, blind12): a hush said by the author ("chut", "shhh", "psst", "motus")...
HUSH = re.compile(r"\b(?:chu+t|shh+|pss+t|motus)\b")
HUSH_CUES = (
    "chut", "chuut", "chuuut", "chuuuut", "shh", "shhh", "shhhh", "shhhhh", "psst", "pssst",
    "psssst", "motus",
)
#: ...something ahead ("bientôt", "l'an prochain", "le prochain Halo", "what we're working on",
#: or a launch, a month, a season as the teaser's shape has it)...
SOMETHING_AHEAD = re.compile(
    LAUNCH_AHEAD.pattern
    + r"|\b(?:bientot|soon|sous peu|shortly|l'an prochain|l'annee prochaine|next year|"
    r"(?:le|la|les|notre|nos|our|the|your|vos|votre) (?:prochaine?s?|next|futur(?:e|s|es)?|"
    r"future) \w+|ce (?:qu'on|que nous) (?:prepare|preparons|a mis|avons mis)|what we(?:'re| are)"
    r" (?:working on|cooking|building|preparing)|what'?s coming|ce qui (?:arrive|se prepare))\b"
)
#: ...and a product of ours, or what it will do ("vos plafonniers", "le modèle actuel", "voice
#: control", "commande à la voix")
PRODUCT_THING = re.compile(
    r"\b(?:lampes?|plafonniers?|ampoules?|luminaires?|appliques?|suspensions?|veilleuses?|"
    r"lamps?|bulbs?|ceiling lights?|fixtures?|nightlights?|modeles?|models?|gammes?|"
    r"(?:product )?range|produits?|products?|prototypes?|protos?|versions?|generations?|"
    r"fonctionnalites?|features?|firmware|a la voix|by voice|voice control|commande vocale|"
    r"comprendre votre voix|understand your voice|"
    # round 19 (train-t): what the lab is testing ("ce qu'on teste au labo", "what we're
    # testing in the lab")
    r"ce (?:qu'on|que nous) (?:teste|testons|developpe|developpons)|au labo|"
    r"what we(?:'re| are) testing|in the lab)\b"
)
#: a hush about staff, a deal or a price for a sale: the other families' business (HR and
#: financial disclosure), or a public offer
HUSH_NOT = re.compile(
    TEASER_NOT.pattern + r"|\b(?:soldes|sales?|promos?|black friday|code|licencie\w*|"
    r"layoffs?|fermeture|closing|quitte|leaving|depart|externalis\w*|outsourc\w*|recrut\w*|"
    r"hiring|salaires?|salary|enceinte|pregnant|pregnancy|grossesse|bebe|baby|naissance|"
    r"mariage|wedding|surprise|anniversaire|birthday|(?:dit|dire|told|tell) (?:au|a la|the|her|"
    r"his|my|mon|ma) (?:boss|patron|patronne|manager|chef|cheffe))\b"
)


# -- round 15 (structural, blind13 and blind11's misses) ------------------------------------------
#: someone who joined from another company ("arrive de chez Brillix", "joins us from X", "ex-X",
#: "fraîchement débauchée de X", "poached from X")...
JOINED_FROM = re.compile(
    r"\b(?:(?:arrive|arrivee|arrives|vient|venue?|debarque|debarquee|nous rejoint|rejoint "
    r"l'equipe|sort|sortie) (?:tout droit |directement )?de chez \w+|ancien(?:ne)?s? de chez "
    r"\w+|ex-\w+|(?:joins?|joined|joining|came|comes|coming) (?:us |the team |our team )?"
    r"(?:straight |fresh |directly )?from \w+|fresh from \w+|formerly (?:at|of|with) \w+|"
    r"(?:poached|lured|hired) (?:away )?from \w+|(?:debauche|debauchee|recrute|recrutee|"
    r"chipe|chipee|piquee?) (?:chez|a|de chez) \w+)"
)
#: ...and who brought files, drives or documents along ("a amené ses dossiers avec elle",
#: "walked in with a USB stick", "came with a few of their documents", "avec ses fichiers sous
#: le bras", "brought her whole drive")
BROUGHT_FILES = re.compile(
    r"\b(?:(?:a |ont |est |sont )?(?:amene|ramene|apporte|rapporte|emporte|embarque|"
    r"recupere|arrivee? avec|venue? avec|debarquee? avec)|pas (?:venue?|arrivee?) les mains "
    r"vides|brought|brings|bringing|came with|arrived with|showed up with|walked in with|"
    r"carried|not empty-handed|didn'?t come empty-handed)\b"
    r"(?: [\w'-]+){0,5}? (?:dossiers?|fichiers?|documents?|docs|files|folders|drives?|disques? "
    r"durs?|hard drives?|cles? usb|usb (?:sticks?|keys?|drives?)|data|donnees|plans|specs|"
    r"recettes|recipes|formulas|formules|secrets|contacts|roadmaps?|cahiers? des charges)\b"
)
BROUGHT_CUES = (
    "amené", "ramené", "apporté", "rapporté", "emporté", "embarqué", "récupéré", "arrivé avec",
    "arrivée avec", "venu avec", "venue avec", "débarqué avec", "débarquée avec",
    "mains vides", "brought", "brings", "bringing", "came with", "arrived with", "showed up with",
    "walked in with", "carried", "empty-handed", "empty handed",
)
#: round 15: a matter not to be mentioned ("don't mention the X thing", "pas un mot sur",
#: "keep the merger under wraps", "on n'en parle pas")...
DONT_MENTION = re.compile(
    r"\b(?:(?:don'?t|do not|never|not to) (?:mention|bring up|talk about|say anything about|"
    r"breathe a word|post about|tweet about)|(?:keep|keeping) (?:\w+ ){0,4}(?:under wraps|quiet|"
    r"hush-hush)|not a word (?:about|on)|mum'?s the word|(?:ne|n') ?(?:pas |rien )?(?:mentionner|"
    r"parler|evoquer|dire)|ne (?:parlez|mentionnez|evoquez|dites) (?:pas|rien)|"
    r"(?:pas|aucun) (?:un )?mot (?:sur|a propos)|on n'en parle pas|motus sur|silence radio sur|"
    r"(?:garder|gardez|on garde) (?:\w+ ){0,4}sous le coude)\b"
)
#: ...until the lawyers, the signing or the announcement allow it ("until legal says so",
#: "tant que le juridique n'a pas validé", "avant la signature", "till it's official")
#: ...not a colleague's surprise or a party kept quiet ("pas un mot sur la surprise de Marie")
DONT_MENTION_NOT = re.compile(
    r"\b(?:surprises?|anniversaire|birthday|cadeau|gift|wedding|mariage|bebe|baby|pot de "
    r"depart|leaving do|fete|party)\b"
)
UNTIL_CLEARED = re.compile(
    r"\b(?:(?:until|till|til|before|unless) (?:\w+ ){0,2}(?:legal|the lawyers|lawyers|counsel|"
    r"compliance|the board|it'?s (?:official|signed|announced|public)|(?:the )?(?:announcement|"
    r"signing|closing|press release|deal closes|ink is dry))|"
    r"(?:tant que|avant que|jusqu'a ce que) (?:\w+ ){0,3}(?:juridique|juristes|avocats|legal|"
    r"conformite|compliance|conseil|ce (?:ne )?soit (?:officiel|signe|annonce)|c'est (?:pas )?"
    r"(?:officiel|signe|annonce))|avant (?:l'annonce|la signature|le closing|le communique|le feu "
    r"vert|que ce soit officiel)|jusqu'a (?:l'annonce|la signature|nouvel ordre du juridique))"
)
DONT_MENTION_CUES = (
    "mention", "bring up", "talk about", "say anything", "breathe a word", "post about",
    "tweet about", "under wraps", "keep quiet", "keeping quiet", "keep it quiet", "hush-hush",
    "not a word", "mum's the word", "mentionner", "parler", "évoquer", "parlez", "mentionnez",
    "évoquez", "pas un mot", "aucun mot", "motus", "silence radio", "sous le coude", "dire",
    "dites",
)
#: round 15: a private preview of ours seen by an outsider ("the preview at your lab", "démo
#: privée dans vos locaux", "a sneak peek behind closed doors")...
PRIVATE_PREVIEW = re.compile(
    r"\b(?:previews?|sneak (?:peek|peak)|first look|private (?:demo|showing|viewing|tour)|"
    r"avant-premiere|avant premiere|apercu|demo privee|presentation privee|visite privee|"
    r"(?:got|get|getting) to see|(?:showed|shown) us|nous (?:a|avez|ont) montre|on a pu voir|"
    r"(?:avons|ai) pu voir)\b"
)
#: ...in a private place of ours ("at your lab", "dans votre atelier", "behind closed doors")
PRIVATE_PLACE = re.compile(
    r"\b(?:at (?:your|the lumio|their) (?:lab|labs|hq|r&d|r and d|workshop|studio|office|"
    r"offices|factory|plant|design centre|design center)|"
    r"(?:dans|a) (?:votre|vos|leur|leurs) (?:labo|laboratoire|atelier|ateliers|bureaux|locaux|"
    r"usine|studio|siege|centre r&d|r&d)|behind closed doors|a huis clos|en prive|in private|"
    r"under nda|sous nda|off the record)\b"
)
#: ...of a product not out yet ("launch allocation", "vivement la sortie", "pre-orders",
#: "before it hits shelves")
NOT_OUT_YET = re.compile(
    LAUNCH_AHEAD.pattern
    + r"|\b(?:allocations?|pre-?orders?|precommandes?|hits? (?:the )?shelves|en rayon|"
    r"vivement (?:la sortie|le lancement)|can'?t wait for (?:it|the launch|launch)|"
    r"(?:range|gamme|collection|series|serie|line) (?:is|est|looks|a l'air) \w+)\b"
)
#: a public event is no private preview ("preview at the trade show", "avant-première au salon")
PUBLIC_PREVIEW = re.compile(
    r"\b(?:trade ?shows?|salons?|fairs?|foires?|expo|keynote|webinar|livestream|live|"
    r"launch (?:event|party)|soiree de lancement|journee portes ouvertes|open day|in store|"
    r"en magasin|en boutique|film|movie|trailer|bande-annonce|cinema)\b"
)
PREVIEW_CUES = (
    "preview", "previews", "sneak peek", "sneak peak", "first look", "private demo",
    "private showing", "private viewing", "private tour", "avant-première", "avant première",
    "aperçu", "démo privée", "présentation privée", "visite privée", "got to see", "get to see",
    "getting to see", "showed us", "shown us", "montré", "pu voir",
)
#: round 15: a project called by a letter only ("the N-project", "projet N", "project starting
#: with an N", "le projet en N") — the code name half said...
LETTER_PROJECT = re.compile(
    r"(?:\b[b-hj-xz]-(?:project|projet)\b|\b(?:project|projet|programme|program) "
    r"[b-hj-xz](?![\w'’-])|\b(?:project|projet|code ?name|nom de code) (?:starting|beginning|"
    r"commencant|qui commence) (?:with|by|par) (?:an? |un |une )?[a-z](?![\w'’-])|"
    r"\b(?:le|la|the) (?:projet|project) en [b-hj-xz](?![\w'’-]))"
)
#: ...with how far it has gone ("two weeks ahead of schedule", "presque prêt", "on track")
PROJECT_PROGRESS = re.compile(
    LAUNCH_AHEAD.pattern
    + r"|\b(?:ahead of schedule|behind schedule|on track|on schedule|en avance|en retard|dans "
    r"les temps|almost (?:done|ready|there)|nearly (?:done|ready)|presque (?:fini|pret|termine)|"
    r"coming along|avance bien|progresse)\b"
)
LETTER_PROJECT_NOT = re.compile(
    r"\b(?:film|movie|novel|roman|serie|series|album|book|livre|plan b|vitamin|vitamine)\b"
)
LETTER_PROJECT_CUES = ("project", "projet", "programme", "program", "code name", "codename")
#: round 15 (blind11): a private person told by what singles them out: an initial after a
#: title ("Mme G.", "Mr D."), an age ("64 ans", "aged 71") and a street ("rue Racine", "Elm
#: Road") — an identifiable person without a full name
INITIALED_PERSON = re.compile(
    r"\b(?:mme|mlle|madame|monsieur|mr|mrs|ms|miss|m)\.? [a-z]\.(?!\w)"
)
AGE_TOLD = re.compile(
    r"\b(?:\d{2} ?(?:ans(?! d(?:e |')(?:metier|carriere|experience|service|maison|mariage|"
    r"anciennete|passion))|yo|y/o|years? old|-year-old|year-old)|aged? \d{2}|age de \d{2}|"
    r"agee? de \d{2})\b|\b[a-z]\.,? \(?\d{2}(?:,|\))"
)
STREET_TOLD = re.compile(
    r"\b(?:rue|avenue|boulevard|bd|chemin|impasse|allee|quai|cours|place|route) (?:de la |du |des "
    r"|de |d')?[a-z][\w'-]{2,}|\b[a-z][\w'-]{2,} (?:street|road|lane|close|drive|grove|avenue|"
    r"crescent|terrace|way|gardens|court)\b"
)
INITIALED_CUES = (
    "mme", "mlle", "madame", "monsieur", "mr", "mrs", "ms", "miss", "m",
)
#: a title with an initial in a public list of winners or a reference that is asked for ("Mme
#: G., 64 ans, gagnante du concours" is its own consent)
INITIALED_NOT = re.compile(
    r"\b(?:gagnante?s?|winners?|laureate?s?|temoignage|testimonial|avis client|review|"
    r"(?:with|avec) (?:her|his|son|sa) (?:permission|accord)|a accepte|agreed to)\b"
)

#: round 16 (structural, blind14): the reader told to look closely ("zoomez bien", "look closely",
#: "regardez bien", "sauras-tu le lire ?")...
LOOK_CLOSELY = re.compile(
    r"\b(?:zoom(?:ez|e)?(?: in| bien)?|regardez bien|regarde bien|look (?:closely|carefully|"
    r"hard)|take a close look|if you squint|plissez les yeux|sauras-tu (?:le |la )?lire|"
    r"sauriez-vous (?:le |la )?lire|can you read (?:it|what)|arriverez-vous a (?:le |la )?lire)\b"
)
#: ...at what hangs or shows behind the writer ("le tableau blanc derrière moi", "the screen in
#: the background", "au mur")...
BACKGROUND_BOARD = re.compile(
    r"\b(?:tableau blanc|whiteboard|paperboard|flipchart|ecran|screen|planning|post-its?|"
    r"au mur|on the wall|derriere moi|behind me|en arriere-plan|in the background|au fond)\b"
)
#: ...which gives away what is ahead ("ce qui sort en avril", "next year's plans", "that's all
#: I'll say")
WHAT_AHEAD = re.compile(
    LAUNCH_AHEAD.pattern
    + r"|\b(?:ce qui (?:sort|arrive|se prepare)|what'?s (?:coming|next)|next year'?s|"
    r"(?:plans?|roadmap|planning) (?:secret|des sorties)|secret|that'?s all i'?ll say|"
    r"j'en dis pas plus|je n'en dis pas plus|c'est tout ce que je (?:peux )?dire)\b"
)
LOOK_CLOSELY_CUES = (
    "zoom", "zoomez", "zoome", "regardez bien", "regarde bien", "look closely",
    "look carefully", "look hard", "close look", "squint", "plissez", "sauras-tu",
    "sauriez-vous", "can you read", "arriverez-vous",
)
#: round 17 (structural, blind15): the readers told NOT to look ("ne zoomez pas", "please don't
#: zoom in", "ignorez", "try not to read", "évitez de lire")...
LOOK_AWAY = re.compile(
    r"\b(?:ne (?:zoomez|zoome|regardez|regarde|lisez|lis)(?: surtout)? pas|(?:don'?t|do not|"
    r"try not to|no) (?:zoom(?:ing)?|look(?:ing)?|read(?:ing)?|mind|peek(?:ing)?)|"
    r"ignore[zr]?|evite[zr]? de (?:lire|regarder|zoomer)|ne faites pas attention|"
    r"pay no attention|pas de (?:zoom|capture d'ecran|screenshot)s?|no screenshots?|"
    # or the board said to be left as it was, in the picture ("forgot to wipe the whiteboard")
    r"forgot to (?:wipe|erase|clean)|oublie d(?:e |')(?:l'|le |la )?effacer)\b"
)
LOOK_AWAY_CUES = (
    "zoomez", "zoome", "regardez", "regarde", "lisez", "lis", "zoom", "zooming", "look",
    "looking", "read", "reading", "mind", "peek", "peeking", "ignore", "ignorez", "ignorer",
    "évitez", "éviter", "évite", "attention", "capture d'écran", "screenshot", "screenshots",
    "forgot", "oublié",
)
#: ...at an internal board behind the writer (a whiteboard, a flipchart, a screen, the planning
#: on the wall, post-its)...
BOARD_THING = re.compile(
    r"\b(?:tableau blanc|whiteboard|paperboard|flipchart|ecrans?|screens?|planning|post-its?|"
    r"tableau|board)\b"
)
#: ...left as it was ("on a oublié de l'effacer", "forgot to wipe it", "pas censé être allumé"),
#: or with an uneasy face (🙈 😅 😬 🤫 🙊 🤐)
LEFT_VISIBLE = re.compile(
    r"\b(?:oublie d(?:e |')(?:l'|le |la |les )?(?:effacer|retourner|cacher|eteindre|masquer)|"
    r"forgot to (?:wipe|erase|clean|hide|cover|turn off)|(?:pas|not) (?:cense|supposed)|"
    r"(?:pas|not) (?:efface|wiped|erased)|nothing to see)\b|[\U0001f648\U0001f605\U0001f62c"
    r"\U0001f92b\U0001f64a\U0001f910]"
)
#: round 17 (structural, blind15): a document of the company's governing bodies ("les slides du
#: comité de direction", "la présentation du comex", "the board deck", "compte rendu du CODIR")...
_GOV_BODY = (
    r"(?:comite (?:de direction|executif|strategique)|comex|codir|exco|executive committee|"
    # round 20 (precision): not a board game, a snowboard or a mood board
    r"exec committee|(?<![\w-])(?<!mood )(?<!vision )board(?! ?games?\b)|"
    r"conseil d'administration|"
    r"leadership(?: team| offsite)?|"
    r"direction generale|all-hands|town hall)"
)
_GOV_PAPER = (
    r"(?:slides?|decks?|presentation|support|compte[- ]rendu|minutes|notes|pv|proces-verbal|"
    r"memo)"
)
GOVERNANCE_DOC = re.compile(
    rf"\b{_GOV_PAPER}\b[^.!?\n]{{0,30}}\b{_GOV_BODY}\b|\b{_GOV_BODY}\b[^.!?\n]{{0,30}}"
    rf"\b{_GOV_PAPER}\b"
)
GOVERNANCE_CUES = (
    "comité de direction", "comité exécutif", "comité stratégique", "comex", "codir", "exco",
    "executive committee", "exec committee", "board", "conseil d'administration", "leadership",
    "direction générale", "all-hands", "town hall",
)
#: ...handed out: offered in DMs, on the drive, the link in a comment ("je vous la fais passer en
#: MP", "link in the first comment", "lien en commentaire", "link below")
GOVERNANCE_HANDED = re.compile(
    OFFERED.pattern
    + r"|\b(?:(?:sur|dans) (?:le|notre) drive|(?:in|on|up on) (?:the|our) (?:team |shared )?drive|"
    r"shared (?:drive|folder)|(?:dossier|drive|lecteur) partage|sharepoint|dropbox|onedrive|"
    r"(?:je )?(?:vous|te) (?:la |le |les |l')?(?:fais|ferai) passer|link (?:in|below|"
    r"in the (?:first )?comments?)|lien (?:en|dans le (?:premier )?|ci-dessous|en premier) ?"
    r"commentaires?|lien ci-dessous|(?:grab|get) (?:it|them) while|profitez-en tant que|"
    # round 19 (train-q): shown in the stories ("quelques captures en story")
    r"(?:captures?|screenshots?|photos?) (?:en|in (?:my|our|the)) stor(?:y|ies))\b"
)
#: a document meant for the public: the annual report, a replay, a press release
GOVERNANCE_PUBLIC = re.compile(
    r"\b(?:rapport annuel|annual report|replay|youtube|webinar|investor day|communique|"
    r"press release|assemblee generale|agm)\b"
)
#: round 16 (structural, blind14): a file of customers ("our customer export", "la base
#: clients", "notre fichier clients", "the newsletter list", "CRM export")...
CUSTOMER_FILE = re.compile(
    r"\b(?:(?:b2c |full |whole |entire )?(?:customer|client|buyer|subscriber|newsletter|mailing|"
    r"crm) (?:export|list|file|database|base|extract|csv|emails?|spreadsheet)|crm export|"
    r"(?:fichier|base|liste|extraction|export|listing|tableur) (?:de (?:nos |notre )?)?(?:clients?|"
    r"abonnes|acheteurs|newsletter|crm|prospects)|export (?:du |de notre )?crm)\b"
)
#: ...handed to whoever asks ("DM me where to send the CSV", "qui veut la base clients ? MP
#: moi", "je peux vous envoyer l'extraction", "up for grabs")
FILE_OFFERED = re.compile(
    OFFERED.pattern
    + r"|\b(?:where to send|up for grabs|just ask|je peux (?:vous|te) (?:l'|le |la )?"
    r"(?:envoyer|passer|filer|partager)|qui veut|who wants|i'll send|send (?:it|you) over|"
    r"happy to share|a dispo pour)\b"
)
FILE_OFFERED_NOT = re.compile(
    PEOPLE_FILE_NOT.pattern
    + r"|\b(?:inscri\w*|subscribe|sign up|abonnez|join our|rejoignez)\b"
)
CUSTOMER_FILE_CUES = (
    "customer*", "client*", "buyer*", "subscriber*", "newsletter", "mailing", "crm",
    "abonnés", "acheteurs", "prospects",
)


class UnreleasedTeaser(ShapeRules):
    """An unreleased product teased behind a secrecy hedge (round 11, structural)."""

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        #: round 13 (precision): the profile's competitors: what lies ahead for one of them (a
        #: recall "coming before Christmas") is the competition family's, not our product
        self._rivals: PhraseMatcher[str] = PhraseMatcher(
            (name, name) for name in profile.competitor_names()
        )

    def skip(self, shape: Shape, ctx: Context) -> bool:
        return shape.id == "unreleased_teaser" and bool(self._rivals) and bool(
            self._rivals.found_in(ctx.normalized)
        )

    name = "unreleased_teaser"
    version = "1.1"
    categories = (Category.DATA_LEAK,)
    directions = ("outbound", "inbound")
    description = (
        "An unreleased product teased behind a secrecy hedge: can't say much, sworn to "
        "secrecy, n'existe pas officiellement, with a launch or a season ahead; a secret shown "
        "in a photo."
    )
    SHAPES = (
        Shape(
            id="unreleased_teaser",
            kind="confidential.marker",
            category=Category.DATA_LEAK,
            severity=Severity.MEDIUM,
            directions=("outbound", "inbound"),
            parts=(SECRECY_HEDGE, LAUNCH_AHEAD),
            cues=SECRECY_HEDGE_CUES,
            unless=TEASER_NOT,
            window=200,
            last_part_only=True,
            explanation={
                "en": "Unreleased product teased (“{found}”): an insider hinting at what is not "
                "announced yet, behind “can't say much”, gives it away. Wait for the launch.",
                "fr": "Produit non annoncé évoqué (« {found} ») : un initié qui laisse deviner "
                "ce qui n'est pas encore annoncé, derrière « je ne peux rien dire », le "
                "dévoile. Attendez le lancement.",
            },
        ),
        Shape(
            id="hushed_product",
            kind="confidential.marker",
            category=Category.DATA_LEAK,
            severity=Severity.MEDIUM,
            directions=("outbound", "inbound"),
            parts=(HUSH, SOMETHING_AHEAD, PRODUCT_THING),
            cues=HUSH_CUES,
            unless=HUSH_NOT,
            window=200,
            explanation={
                "en": "Unreleased product hushed (“{found}”): “shh” next to what is coming and "
                "what it will do tells the public what is not announced yet. Wait for the "
                "launch.",
                "fr": "Produit non annoncé sous le manteau (« {found} ») : « chut » à côté de ce "
                "qui arrive et de ce qu'il fera révèle au public ce qui n'est pas encore "
                "annoncé. Attendez le lancement.",
            },
        ),
        Shape(
            id="internal_tool_in_picture",
            kind="confidential.marker",
            category=Category.DATA_LEAK,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(INTERNAL_TOOL, IN_THE_PICTURE),
            cues=INTERNAL_TOOL_CUES,
            window=80,
            explanation={
                "en": "A team's internal tool shown in a picture (“{found}”): a screenshot of a "
                "Jira or Trello board, a backlog or a sprint shows the roadmap and what is not "
                "announced. Remove the picture.",
                "fr": "Un outil interne montré en image (« {found} ») : une capture d'un tableau "
                "Jira ou Trello, d'un backlog ou d'un sprint montre la feuille de route et ce "
                "qui n'est pas annoncé. Retirez l'image.",
            },
        ),
        Shape(
            id="misposted_prices",
            kind="confidential.marker",
            category=Category.DATA_LEAK,
            severity=Severity.HIGH,
            directions=("outbound",),
            parts=(MISPOSTED, COMMERCIAL_TERMS),
            cues=MISPOSTED_CUES,
            window=200,
            explanation={
                "en": "Internal commercial terms posted in the open (“{found}”): a message meant "
                "for an internal channel with resellers' prices, margins or a price list is "
                "confidential. Delete the post.",
                "fr": "Conditions commerciales internes publiées (« {found} ») : un message "
                "destiné à un canal interne avec les prix, marges ou la grille tarifaire des "
                "revendeurs est confidentiel. Supprimez le message.",
            },
        ),
        Shape(
            id="client_file_carried",
            kind="confidential.marker",
            category=Category.DATA_LEAK,
            severity=Severity.MEDIUM,
            directions=("outbound", "inbound"),
            parts=(CLIENT_FILE_CARRIED,),
            cues=CLIENT_FILE_CUES,
            explanation={
                "en": "A customer file carried from one company to another (“{found}”): a "
                "client list taken by someone who changes employer is another company's "
                "confidential data, and its personal data. Remove it.",
                "fr": "Un fichier clients emporté d'une entreprise à l'autre (« {found} ») : la "
                "liste de clients qu'un salarié emporte en changeant d'employeur est une donnée "
                "confidentielle d'une autre entreprise, et des données personnelles. Retirez-le.",
            },
        ),
        Shape(
            id="open_link_document",
            kind="secret.shared_document",
            category=Category.DATA_LEAK,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(OPEN_LINK, SHARED_PLACE),
            cues=OPEN_LINK_CUES,
            unless=PUBLIC_FOLDER,
            window=160,
            explanation={
                "en": "An internal document left open to whoever has the link (“{found}”): "
                "saying where it is and that the link is open publishes the document. Close "
                "the link's access and remove the post.",
                "fr": "Un document interne ouvert à quiconque a le lien (« {found} ») : dire où "
                "il est et que le lien est ouvert publie le document. Restreignez l'accès au "
                "lien et retirez le message.",
            },
        ),
        Shape(
            id="people_file_offered",
            kind="pii.personal_data",
            category=Category.DATA_LEAK,
            severity=Severity.HIGH,
            directions=("outbound",),
            parts=(PERSONAL_FIELDS, PEOPLE_FILE, PRIVATE_PEOPLE, OFFERED),
            cues=PERSONAL_FIELDS_CUES,
            unless=PEOPLE_FILE_NOT,
            window=160,
            explanation={
                "en": "A file of people's personal data offered (“{found}”): handing customers' "
                "or members' contact details to whoever asks is a personal-data breach. Do not "
                "share the file.",
                "fr": "Un fichier de données personnelles proposé (« {found} ») : donner les "
                "coordonnées de clients ou de membres à qui les demande est une violation de "
                "données personnelles. Ne partagez pas le fichier.",
            },
        ),
        Shape(
            id="secret_in_picture",
            kind="confidential.marker",
            category=Category.DATA_LEAK,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(SECRET_SHOWN, IN_THE_PICTURE),
            cues=SECRET_SHOWN_CUES,
            window=160,
            last_part_only=True,
            explanation={
                "en": "Something secret shown in a picture (“{found}”): saying it is secret and "
                "posting the photo where it shows gives it away. Remove or crop the picture.",
                "fr": "Un secret montré en photo (« {found} ») : dire que c'est secret et publier "
                "la photo où on le voit le dévoile. Retirez ou recadrez la photo.",
            },
        ),
        # -- round 15 (structural, blind13 and blind11's misses) ---------------------------
        Shape(
            id="files_brought_along",
            kind="confidential.marker",
            category=Category.DATA_LEAK,
            severity=Severity.MEDIUM,
            directions=("outbound", "inbound"),
            parts=(BROUGHT_FILES, JOINED_FROM),
            cues=BROUGHT_CUES,
            window=160,
            explanation={
                "en": "A newcomer said to have brought their former employer's files "
                "(“{found}”): documents, drives or data carried from one company to another "
                "are that company's confidential information, and a legal risk for us. Remove "
                "the post.",
                "fr": "Une recrue qui aurait apporté les fichiers de son ancien employeur "
                "(« {found} ») : documents, disques ou données emportés d'une entreprise à "
                "l'autre sont des informations confidentielles de celle-ci, et un risque "
                "juridique pour nous. Retirez le message.",
            },
        ),
        Shape(
            id="unlocked_document",
            kind="confidential.document_exposed",
            category=Category.DATA_LEAK,
            severity=Severity.MEDIUM,
            directions=("outbound", "inbound"),
            parts=(UNLOCKED, SHARED_PLACE),
            cues=UNLOCKED_CUES,
            unless=re.compile(PUBLIC_FOLDER.pattern + "|" + UNLOCKED_NOT.pattern),
            window=160,
            explanation={
                "en": "An internal file said to be left unlocked (“{found}”): telling the public "
                "that a spreadsheet, a drive or a deck is not protected invites them in. Lock "
                "it and remove the post.",
                "fr": "Un fichier interne laissé sans protection (« {found} ») : dire au public "
                "qu'un tableur, un drive ou une présentation n'est pas protégé l'invite à y "
                "entrer. Verrouillez-le et retirez le message.",
            },
        ),
        Shape(
            id="embargoed_matter",
            kind="confidential.marker",
            category=Category.DATA_LEAK,
            severity=Severity.HIGH,
            directions=("outbound",),
            parts=(DONT_MENTION, UNTIL_CLEARED),
            cues=DONT_MENTION_CUES,
            unless=DONT_MENTION_NOT,
            window=120,
            explanation={
                "en": "A matter held back until the lawyers or the announcement allow it "
                "(“{found}”): saying in public that something must not be mentioned yet tells "
                "everyone it exists. Delete the post.",
                "fr": "Un sujet tenu secret jusqu'au feu vert du juridique ou de l'annonce "
                "(« {found} ») : dire en public qu'il ne faut pas encore en parler révèle qu'il "
                "existe. Supprimez le message.",
            },
        ),
        Shape(
            id="private_preview_told",
            kind="confidential.marker",
            category=Category.DATA_LEAK,
            severity=Severity.MEDIUM,
            directions=("outbound", "inbound"),
            parts=(PRIVATE_PREVIEW, PRIVATE_PLACE, NOT_OUT_YET),
            cues=PREVIEW_CUES,
            unless=PUBLIC_PREVIEW,
            window=200,
            explanation={
                "en": "A private preview of an unreleased product told in public (“{found}”): "
                "what a partner saw at our lab or behind closed doors is not announced yet. "
                "Ask for the post to be removed; remind partners of the embargo.",
                "fr": "Une présentation privée d'un produit non sorti racontée en public "
                "(« {found} ») : ce qu'un partenaire a vu dans nos locaux ou à huis clos n'est "
                "pas encore annoncé. Demandez le retrait ; rappelez l'embargo aux partenaires.",
            },
        ),
        Shape(
            id="letter_project",
            kind="confidential.marker",
            category=Category.DATA_LEAK,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(LETTER_PROJECT, PROJECT_PROGRESS),
            cues=LETTER_PROJECT_CUES,
            unless=LETTER_PROJECT_NOT,
            window=120,
            explanation={
                "en": "An internal project called by its initial, with its progress (“{found}”): "
                "half a code name and how far it has gone tells the public about work not "
                "announced. Leave internal projects out of public posts.",
                "fr": "Un projet interne désigné par son initiale, avec son avancement "
                "(« {found} ») : la moitié d'un nom de code et son état d'avancement parlent au "
                "public d'un travail non annoncé. Laissez les projets internes hors des "
                "publications.",
            },
        ),
        Shape(
            id="identifiable_private_person",
            kind="pii.personal_data",
            category=Category.DATA_LEAK,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(INITIALED_PERSON, AGE_TOLD, STREET_TOLD),
            cues=INITIALED_CUES,
            unless=INITIALED_NOT,
            window=100,
            explanation={
                "en": "A private person singled out by initial, age and street (“{found}”): "
                "without the full name, these details still identify the person. Remove them.",
                "fr": "Une personne identifiable par son initiale, son âge et sa rue "
                "(« {found} ») : même sans le nom complet, ces détails désignent la personne. "
                "Retirez-les.",
            },
        ),
        # -- round 16 (structural, blind14's misses and the coverage sweep) -----------------
        Shape(
            id="look_behind_me",
            kind="confidential.marker",
            category=Category.DATA_LEAK,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(LOOK_CLOSELY, BACKGROUND_BOARD, WHAT_AHEAD),
            cues=LOOK_CLOSELY_CUES,
            window=160,
            explanation={
                "en": "Readers told to read an internal board in a picture (“{found}”): a "
                "whiteboard or a screen behind the writer that shows what is coming gives it "
                "away. Remove or blur the picture.",
                "fr": "Lecteurs invités à lire un tableau interne sur une image (« {found} ») : "
                "un tableau blanc ou un écran derrière l'auteur qui montre ce qui arrive le "
                "dévoile. Retirez ou floutez l'image.",
            },
        ),
        # -- round 17 (structural, blind15's misses) ----------------------------------------
        Shape(
            id="board_left_visible",
            kind="confidential.marker",
            category=Category.DATA_LEAK,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(LOOK_AWAY, BOARD_THING, LEFT_VISIBLE),
            cues=LOOK_AWAY_CUES,
            window=120,
            explanation={
                "en": "Readers told not to read an internal board in a picture (“{found}”): "
                "asking them not to zoom on a whiteboard or a screen left as it was draws them "
                "to it. Remove or blur the picture.",
                "fr": "Lecteurs priés de ne pas lire un tableau interne sur une image "
                "(« {found} ») : demander de ne pas zoomer sur un tableau blanc ou un écran "
                "laissé tel quel y attire l'œil. Retirez ou floutez l'image.",
            },
        ),
        Shape(
            id="governance_doc_handed",
            kind="confidential.marker",
            category=Category.DATA_LEAK,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(GOVERNANCE_DOC, GOVERNANCE_HANDED),
            cues=GOVERNANCE_CUES,
            unless=GOVERNANCE_PUBLIC,
            # round 20 (train-q): the slides named in one sentence, the screenshots offered two
            # sentences later ("Les slides du prochain comité stratégique ont atterri dans la
            # mauvaise boîte mail, […]. Quelques captures en story 👇"): 200, not 120
            window=200,
            explanation={
                "en": "A document of the board or the executive committee handed out "
                "(“{found}”): their slides and minutes are internal; a link or a copy in DMs "
                "leaks what was decided. Do not share them.",
                "fr": "Un document du comité de direction ou du conseil distribué "
                "(« {found} ») : leurs présentations et comptes rendus sont internes ; un lien "
                "ou une copie en MP divulgue ce qui a été décidé. Ne les partagez pas.",
            },
        ),
        Shape(
            id="customer_file_offered",
            kind="pii.personal_data",
            category=Category.DATA_LEAK,
            severity=Severity.HIGH,
            directions=("outbound",),
            parts=(CUSTOMER_FILE, FILE_OFFERED),
            cues=CUSTOMER_FILE_CUES,
            unless=FILE_OFFERED_NOT,
            window=120,
            explanation={
                "en": "The customer file offered to whoever asks (“{found}”): an export of "
                "customers or subscribers is personal data; handing it to partners without "
                "their consent is a breach. Do not share it.",
                "fr": "Le fichier clients proposé à qui le demande (« {found} ») : un export de "
                "clients ou d'abonnés est une donnée personnelle ; le donner à des partenaires "
                "sans leur consentement est une violation. Ne le partagez pas.",
            },
        ),
    )
