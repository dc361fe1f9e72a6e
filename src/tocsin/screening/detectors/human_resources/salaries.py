"""Salaries of identifiable people: a person, an amount of money and a word of pay, together.

"Marc gagne 4 500 € par mois", "her salary is $120k", "notre DRH touche 90 k€ brut par an" are
high; the salary of a named person or role without an amount ("le salaire de notre DRH",
"Marc's salary") is medium. A person is one of:

- someone of the profile (full name, last name, first name written with a capital, role);
- a role or relation of the organisation ("notre DRH", "our CFO", "mon collègue", "my boss");
- a possessive before a pay word ("son salaire", "her salary", "his bonus");
- a capitalised name before a verb of earning ("Marc gagne", "Sarah earns", "Kevin, payé") or
  after a pay word ("le salaire de Marc", "Sarah's salary");
- a first name of the shipped list (``lexicons/first_names_fr_en.txt``), a name after a title
  ("CTO Raj Mehta") or a person of the profile, before a verb of change or deal followed by an
  amount ("Julien passe à 58 k€", "Sarah in marketing is on 61k", "Raj Mehta negotiated $240k").

A name right before its verb and an amount of a salary's size ("58 k€", "$240k", "65 000 €")
needs no pay word: "Sarah in marketing is on 61k" is a salary. Amounts are written with a
currency, a "k", or before "net", "brut", "gross", "par mois", "a year" ("payé 3 200 net").

Pay figures without a person are not flagged: a job ad ("Salaire : 45-55 k€ selon profil"), an
average ("nos techniciens gagnent en moyenne 2 400 €"), a contest prize ("Marie gagne 500 €
au jeu concours"), a pointer to a public filing where executive pay is published by law ("la
rémunération de notre PDG est publiée dans le document d'enregistrement universel"). The amount
is masked in the excerpt. Inbound posts too (a reply on the organisation's page spreads it as
well).

Round 11 (structural, :meth:`Salaries._shape`, when nothing else was found): a person (a first
name of the shipped list) or a job title, then "à"/"at"/"on"/"get" and a salary-sized amount
("Thomas de mon équipe à 31 k€", "les commerciaux juniors sont à 28 k€", "interns get £700 a
month"); or a person and a raise in percent ("mon chef a pris 11 % de hausse"). Not in a job ad
or a prize.

Round 13 (structural, :meth:`Salaries._multiple`): a pay noun, a multiple and the rest of the
staff, a person named before ("Tom Reilly negotiated himself a package that's roughly double
what the rest of the studio makes"), medium.

Round 15 (structural, :meth:`Salaries._roster`): two or more first names each with an amount in
a post with a pay word ("primes… Manon 4 200, Kevin 3 800", "bonuses: Tom £3,800 / Sarah
£4,100"); not scores, steps, sales or donations, a job ad or a prize.

Round 16: a raise in percent also with "a décroché", "a négocié", "negotiated", a plus sign alone
("Camille a décroché +18 % en changeant d'équipe"; not "+18 % de ventes") or "une augmentation
de 12 %".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from ....models import Category, Finding, Severity
from ....profile import Profile
from ...matching import PhraseMatcher, SpanIndex, fold_phrase
from ...normalize import NormalizedText
from ...prefilter import haystack
from ...word_lists import word_list
from ..base import Context, Detector

#: a decimal digit (any script)
_DIGIT = re.compile(r"\d")
_ASCII_UPPER = re.compile(r"[A-Z]")
#: a digit before "k" (``Salaries.SHAPE_THOUSANDS``), searched without the call of the class
#: attribute's prefilter (it has no literal worth testing: "k" is looked for by the callers)
_THOUSANDS = re.compile(r"\d\s?k")
#: what ``Salaries.SHAPE_AT`` and ``Salaries.HEDGED`` cannot match without, looked for in the
#: lowered text (:func:`~tocsin.screening.prefilter.haystack`, as their case-insensitive verbs
#: are): a space, one of their verbs (or its last word), then at once (SHAPE_AT) or after a gap
#: (HEDGED) the first character of an amount. Opening with a space, these run far faster than
#: the patterns, which try a name or a title at every word.
_SHAPE_AT_CUE = re.compile(
    r"\s(?:à|at|on|gets?|touche(?:nt)?|gagnent|earns?|makes?|paid)\s{1,2}[€$£\d]"
)
_HEDGED_CUE = re.compile(
    r"\s(?:makes|earns|gagne|touche|pulls in|takes home|on|à)[^.!?\n\d€$£]{1,25}[€$£\d]"
)


def _has_upper(text: str) -> bool:
    """True when ``text`` holds an upper-case letter (a regular expression for ASCII text)."""
    if text.isascii():
        return _ASCII_UPPER.search(text) is not None
    return any(map(str.isupper, text))


@dataclass(frozen=True, slots=True)
class _Span:
    """A piece of evidence: its span in the original text and how it was found."""

    start: int
    end: int
    how: str  # "pay", "amount", "role", "possessive", "profile", "earns", "moves", "owns"


@cache
def first_names() -> frozenset[str]:
    """The shipped first names (``lexicons/first_names_fr_en.txt``), capitalised as written."""
    return frozenset(word_list("first_names_fr_en.txt"))


class Salaries(Detector):
    name = "salaries"
    version = "1.0"
    categories = (Category.HUMAN_RESOURCES,)
    directions = ("outbound", "inbound")
    description = "Salaries of identifiable people: a person, an amount and a word of pay."

    KIND = "hr.salary"
    #: folded characters around the amount in which the person and the pay word must be
    WINDOW = 60

    #: nouns of pay, periods and gross/net: the "salary words"
    PAY_WORDS = (
        "salaire", "salaires", "rémunération", "rémunéré", "rémunérée", "paie", "paye",
        "fiche de paie", "bulletin de salaire", "prime", "primes", "bonus", "package",
        "variable", "brut", "brute", "net", "nets", "nette", "par mois", "par an", "par année",
        "mensuel", "mensuels", "annuel", "annuels", "smic", "augmentation", "augmenté", "payé",
        "payée", "payés", "payées",
        "augmentée", "salary", "salaries", "pay", "paid", "paycheck", "paycheque", "payslip",
        "pay slip", "wage", "wages", "compensation", "gross", "per month", "a month",
        "per year", "a year", "per annum", "annually", "monthly", "raise", "pay rise",
        # on-target earnings, promotions, pay scales and payroll
        "ote", "promo", "promotion", "grille", "payroll",
    )
    #: pay nouns a possessive or a name may own ("son salaire", "le salaire de Marc")
    PAY_NOUNS = (
        "salaire", "rémunération", "paie", "paye", "prime", "bonus", "package", "salary", "pay",
        "paycheck", "compensation", "wage", "wages",
    )
    PAY_NOUNS_FR = frozenset(
        ("salaire", "rémunération", "paie", "paye", "prime", "bonus", "package")
    )
    PAY_NOUNS_EN = frozenset(
        ("salary", "pay", "paycheck", "compensation", "wage", "wages", "bonus", "package")
    )
    #: what links a pay noun to its owner ("salaire de", "pay of"), and its greatest length
    OWNER_GAP = 8
    OWNER_LINKS = frozenset(("de", "d'", "d’", "du", "of", "of the"))
    POSSESSIVES_FR = ("son", "sa")
    POSSESSIVES_EN = ("his", "her")
    #: roles and relations that designate one person
    ROLES = (
        "notre drh", "notre directeur*", "notre directrice*", "notre pdg", "notre ceo",
        "notre dg", "notre daf", "notre cfo", "notre cto", "notre coo", "notre président",
        "notre présidente", "notre stagiaire", "notre manager", "notre responsable",
        "notre assistant", "notre assistante", "notre comptable", "notre collègue",
        "mon collègue", "ma collègue", "mon chef", "ma cheffe", "mon boss", "mon patron",
        "ma patronne", "mon manager", "ma manager", "our ceo", "our cfo", "our cto", "our coo",
        "our hr director", "our head of", "our director", "our president", "our intern",
        "our manager", "our accountant", "our colleague", "my colleague", "my coworker",
        "my boss", "my manager", "le nouveau directeur", "la nouvelle directrice",
        "le nouveau chef", "la nouvelle cheffe", "le nouveau responsable",
        "la nouvelle responsable", "le nouveau manager", "la nouvelle manager",
        "le nouveau dg", "la nouvelle dg", "our new ceo", "our new cfo", "our new head of",
        "the new head of", "the new cfo", "the new ceo", "notre commercial", "notre commerciale",
        "notre développeur", "notre développeuse", "notre dev", "notre designer",
        "notre ingénieur", "notre ingénieure", "notre alternant", "notre alternante",
        "notre juriste", "notre chef de projet", "notre cheffe de projet", "notre chargé*",
        "notre chargée*", "le nouveau commercial", "la nouvelle commerciale", "le nouveau dev",
        "la nouvelle dev", "le nouveau développeur", "la nouvelle développeuse",
        "le nouveau stagiaire", "la nouvelle stagiaire", "le nouvel alternant",
        "la nouvelle alternante", "le nouvel ingénieur", "la nouvelle ingénieure", "le daf",
        "la daf", "le drh", "la drh", "le pdg", "la pdg", "le ceo", "la ceo", "le cfo", "le cto",
        "la cto", "le directeur financier", "la directrice financière",
        "le directeur commercial", "la directrice commerciale", "mon n+1", "ma n+1",
        "our new hire", "our developer", "our engineer", "our designer", "our sales rep",
        "our recruiter", "our new engineer", "our new developer", "our new designer",
        "our new intern", "the new intern", "the ceo", "the cfo", "the cto", "the coo",
        "our vp", "our new vp", "my team lead", "my line manager", "notre nouveau dev",
        "notre nouvelle dev", "notre nouveau développeur", "notre nouvelle développeuse",
        "notre nouvel ingénieur", "notre nouvelle ingénieure", "notre nouveau commercial",
        "notre nouvelle commerciale", "notre nouvelle recrue", "notre nouveau stagiaire",
        "notre nouvelle stagiaire", "notre nouveau designer", "notre nouvelle designer",
        "notre nouveau manager", "notre nouvelle manager", "notre nouveau responsable",
        "notre nouvelle responsable", "notre nouvel alternant", "notre nouvelle alternante",
        # roles named without a possessive ("the VP sales", "la directrice marketing")
        "the vp", "new cfo", "new ceo", "new cto", "new coo", "new head of", "the new guy",
        "the new girl", "the new hire", "top performer", "regional managers", "our interns",
        "interns here", "the interns", "junior devs", "senior devs", "dev junior", "devs juniors",
        "la directrice*", "le directeur*", "le nouveau dg*", "office manager", "head of sales",
        "head of marketing", "head of design",
        # new hires, heads, and relatives of a boss (issue #3, training sets f and g): "notre
        # nouveau directeur commercial", "head of HR", "celle du directeur", "la petite sœur du
        # chef"
        "notre nouveau directeur*", "notre nouvelle directrice*", "notre nouveau chef*",
        "notre nouvelle cheffe*", "notre nouveau vp", "notre nouvelle vp", "head of hr",
        "head of people", "head of finance", "head of engineering", "head of product",
        "head of it", "head of support", "head of operations", "head of r&d", "du directeur*",
        "de la directrice*", "du chef", "de la cheffe", "du patron", "de la patronne", "du boss",
        "du dg", "du pdg", "du ceo", "du drh", "de la drh", "du daf", "de la daf", "le chef",
        "la cheffe", "le patron", "la patronne", "the boss", "sœur du chef", "frère du chef",
        "fille du patron", "fils du patron", "fille du chef", "fils du chef", "neveu du",
        "nièce du", "the boss's son", "the boss's daughter", "the boss's nephew",
        "the boss's niece",
        # round 10 (blind8): the organisation's interns as a group, with their verb ("Interns
        # at Lumio get 600 € a month", "nos stagiaires touchent 600 € par mois"); a job ad's
        # "stage rémunéré 600 €" names no one
        "interns at", "interns here get", "our interns get", "nos stagiaires touchent",
        "les stagiaires touchent", "nos stagiaires sont payés", "les stagiaires sont payés",
        # round 10, second pass: one intern named by the team ("le stagiaire de l'équipe design
        # est payé 600 € par mois", "the intern in the design team gets 600 a month")
        "le stagiaire de", "la stagiaire de", "l'alternant de", "l'alternante de",
        "the intern in", "the intern on", "the intern from",
    )
    #: the same role under other names, so that a profile role is found in both languages
    ROLE_SYNONYMS = {
        "ceo": ("pdg", "dg", "directeur général", "directrice générale"),
        "cfo": ("daf", "directeur financier", "directrice financière"),
        "cto": ("directeur technique", "directrice technique"),
        "drh": ("hr director", "chro", "directeur des ressources humaines"),
    }
    #: a currency amount: symbol or word before or after digits; "k" and "m" multipliers
    AMOUNT = re.compile(
        r"(?:[$£€]\s?\d[\d\s.,']{0,12}\s?(?:k|m|mm|bn)?(?![a-z])"
        r"|\d[\d\s.,']{0,12}\s?(?:k|m)?\s?(?:[$£€]|eur\b|euros?\b|keur\b|dollars?\b|usd\b|gbp\b"
        # round 24 (train-u): Swiss francs ("6 200 CHF brut par mois")
        r"|livres\b|pounds\b|balles\b|francs?\b|chf\b)"
        r"|(?<![\w.,])\d{2,3}(?:[.,]\d)?\s?k(?![a-z0-9])"
        # a bare figure before "net", "brut", "gross" or a period ("payé 3 200 net"); not a year
        r"|(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d\s.,']{0,9}\d\s?(?=(?:nets?|nette|bruts?|brute|gross)\b"
        r"|(?:par|per|a|/)\s?(?:mois|month|an|year|yr)\b))"
    )
    #: a salary's size without a "k": five figures or more before any decimals
    SALARY_DIGITS = 10_000
    NUMBER = re.compile(r"\d(?:[\d\s.,']{0,14}\d)?")
    DECIMALS = re.compile(r"[.,]\d{1,2}\Z")
    #: what a figure counts when it is not money ("61k followers")
    NOT_MONEY = re.compile(
        r"\s{0,2}(?:followers|abonnés|abonnées|views|vues|likes|users|utilisateurs|clients|"
        r"customers|downloads|téléchargements|subscribers|fans|members|membres|visitors|"
        r"visiteurs|steps|pas|km|miles|lumens|heures|hours)\b"
    )
    #: where an amount may start: AMOUNT is tried only there (much faster than finditer)
    AMOUNT_START = re.compile(r"[$£€\d]")
    #: a cheap sign of a salary-sized figure ("58 k", "240k", "65 000"), for posts without pay word
    SIZED_HINT = re.compile(r"\d\s?k(?![a-z])|\d[\s.,']?\d{3}")
    LARGE_AMOUNT = re.compile(r"(?:\d\s?(?:m|mm|bn)\b|million|milliard|billion)")
    #: a capitalised name before a verb of earning, or after a pay noun (original text)
    NAME = r"[A-ZÀ-Ý][a-zà-ÿ'\-]{1,20}(?: [A-ZÀ-Ý][a-zà-ÿ'\-]{1,20})?"
    #: "de la compta", "from support", "(assistante du DAF)": a short qualifier between a name
    #: and its verb
    QUALIFIER = (
        r"(?:\s{1,3}(?:de\s{1,3}la|de\s{1,3}l['’]|du|des|from(?:\s{1,3}the)?|in)"
        r"\s{0,3}[\w\-]{2,20}|\s{1,3}\([^()]{2,40}\))?"
    )
    NAME_EARNS = re.compile(
        rf"(?<![\w])({NAME}){QUALIFIER},?\s{{1,3}}(?:gagne|touche|a touché|perçoit|a perçu|émarge|"
        r"est payée?|"
        r"payée?|earns|makes|takes|is paid|gets paid|takes home|pulls in)(?!\w)"
    )
    #: a name before a verb of change or deal and an amount ("Julien passe à 58 k€"); the name
    #: must be a known first name, follow a title, or be a person of the profile
    NAME_MOVES = re.compile(
        rf"(?<![\w])({NAME}){QUALIFIER},?\s{{1,3}}(?:passe|passera|est passée?|monte|montera|"
        r"a négocié|négocie|a obtenu|obtient|demande|réclame|vise|is on|was on|negotiated|"
        r"has negotiated|got|gets|is getting|will get|moves|goes|went|(?:was |got )?bumped|"
        r"jumps|jumped|asked for|asks for|is asking for|wants|signed for|landed)"
        r"(?:\s{1,3}(?:à|a|to|for|up to|an offer of|de|d'un|at))?\s{0,3}(?=[$£€\d])"
    )
    #: titles that make the capitalised words after them a person's name ("CTO Raj Mehta")
    TITLE_BEFORE = re.compile(
        r"(?:\b(?:ceo|cfo|cto|coo|cmo|cio|chro|drh|daf|pdg|dg|vp|svp|evp|directeur|directrice|"
        r"director|manager|stagiaire|intern|dev|développeur|développeuse|developer|engineer|"
        r"ingénieur|ingénieure|designer|commercial|commerciale|comptable|accountant|assistant|"
        r"assistante|juriste|lawyer|recruiter|lead|head of [\w\-]{2,20}))\s{0,2}[,:]?\s{1,2}\Z"
    )
    #: a name right before its verb and amount needs no pay word when the amount is this close
    DIRECT_GAP = 4
    #: the verbs of NAME_EARNS and NAME_MOVES, so that a post without a pay word is looked at
    #: only when one of them is there (a trigger, not evidence)
    VERBS = (
        "gagne", "touche", "a touché", "perçoit", "a perçu", "émarge", "payé", "payée", "earns",
        "makes", "takes",
        "takes home", "pulls in", "is paid", "gets paid", "passe à", "passera à",
        "est passé à", "est passée à", "monte à", "montera à", "a négocié", "négocie",
        "a obtenu", "obtient", "demande", "réclame", "vise", "is on", "was on", "negotiated",
        "got", "gets", "is getting", "will get", "moves to", "goes to", "went to", "bumped",
        "jumps to", "jumped to", "asked for", "asks for", "wants", "signed for", "landed",
    )
    NAME_OWNS = re.compile(
        rf"(?:salaire|rémunération|paie|prime|bonus|package)s?\s{{1,3}}(?:de\s{{1,3}}|d[’'])({NAME})"
        rf"|(?<![\w])({NAME})[’']s\s{{1,3}}"
        r"(?:(?:new|current|annual|base|total|starting|monthly|yearly|entry|first|signing|"
        r"actual|real|gross|net)\s{1,3})?"
        r"(?:salary|pay|bonus|paycheck|compensation|wages?|package|raise)\b"
    )
    #: a name right before its "k" amount: "we can all see Marc's 78k now"
    NAME_AMOUNT = re.compile(
        rf"(?<![\w])({NAME})['’]s\s{{1,3}}(?=[$£€]?\s?\d{{2,3}}(?:[.,]\d)?\s?k(?![a-z0-9]))"
    )
    #: a person congratulated or welcomed: "Congrats Priya Nair on the promotion", "Bienvenue à
    #: Thomas Roussel, notre nouveau DA, recruté à 78 k€"
    GREETED = re.compile(
        rf"(?i:congrats|congratulations|félicitations|bravo|bienvenue|welcome)"
        rf"(?:\s{{1,3}}(?:à|a|to))?\s{{1,3}}({NAME})"
    )
    #: the words GREETED starts with, found by the engine's shared pass (the cheap test)
    GREETINGS = ("congrats", "congratulations", "félicitations", "bravo", "bienvenue", "welcome")
    #: characters between a congratulated person and the amount (a sentence of news)
    GREETED_WINDOW = 110
    #: news of a job between the congratulated person and the amount ...
    JOB_CUES = (
        "promotion", "promo", "promu", "promue", "promoted", "new role", "nouveau poste",
        "nouveau rôle", "nouvelle fonction", "head of", "recruté", "recrutée", "recruited",
        "hired", "embauché", "embauchée", "base", "package", "notre nouveau", "notre nouvelle",
        "our new", "new job", "passe de", "goes from",
    )
    #: ... and not of business figures
    BUSINESS_CUES = (
        "ca", "chiffre d'affaires", "revenue", "turnover", "sales", "ventes", "levée", "raised",
        "funding", "commande", "order", "contrat", "contract", "deal", "budget", "don",
        "donation", "collecte", "cagnotte", "prix", "prize", "award", "subvention", "grant",
    )
    #: pay compared between people without a figure: "Kevin in QA earns more than his own
    #: manager", "our new VP Sales makes more than the entire support team", "le nouveau DG
    #: touche 2x ce que touchait Mireille"
    COMPARISONS = (
        "earns more than", "earns less than", "earns twice", "earns double", "earns exactly what",
        "makes more than", "makes less than", "makes twice", "makes double",
        "is paid more than", "gets paid more than", "paid more than", "is paid less than",
        "gagne plus que", "gagne moins que", "gagne le double", "gagne deux fois plus",
        "touche plus que", "touche moins que", "touche le double", "touche 2x",
        "touche deux fois", "est payé plus que", "est payée plus que", "mieux payé que",
        "mieux payée que", "payé le double", "payée le double",
    )
    #: at most this many characters between the person and the comparison
    COMPARE_REACH = 40
    #: capitalised words that are not names
    NOT_NAMES = frozenset((
        "Il", "Elle", "On", "Nous", "Vous", "Ils", "Elles", "Je", "Tu", "He", "She", "It", "We",
        "You", "They", "I", "Qui", "Who", "Chacun", "Chacune", "Personne", "Tout", "Tous",
        "Toute", "Everyone", "Everybody", "Nobody", "Someone", "Quelqu", "Un", "Une", "Le", "La",
        "Les", "The", "A", "An", "Notre", "Nos", "Our", "Ce", "Cette", "Ces", "This", "That",
        "Each", "Chaque", "Mon", "Ma", "Mes", "My", "Son", "Sa", "His", "Her", "Lundi", "Mardi",
        "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "Aujourd", "Today", "Demain", "Tomorrow",
        "Quel", "Quelle", "Combien", "How", "Pourquoi", "Why", "Ici", "Here", "Là", "There", "Et",
        "And", "Mais", "But"
    ))
    #: a capitalised word that may be a first name of the shipped list ("Élodie a enfin son CDI,
    #: à 1 900 brut"): a person when an amount and a pay word are next to it, but not in a job ad
    CAPITALISED = re.compile(r"(?<![\w])[A-ZÀ-Ý][a-zà-ÿ]{1,20}(?![\w])")
    JOB_AD_WORDS = (
        "selon profil", "selon expérience", "fourchette", "salary range", "h/f", "f/h", "m/f",
        "we're hiring", "we are hiring", "on recrute", "nous recrutons", "recrute", "hiring",
        "postulez", "apply", "candidatez", "offre d'emploi", "job offer", "job ad",
        "poste à pourvoir", "rejoignez", "join us", "doe",
    )
    #: a prize, not a salary
    PRIZE_WORDS = (
        "concours", "jeu", "tirage", "gagnant", "gagnante", "gagnants", "loto", "lot",
        "giveaway", "contest", "lottery", "prize", "winner", "sweepstakes", "cagnotte",
    )
    #: the public filings where executive pay is published by law: a pointer to them is not a
    #: disclosure ("la rémunération de notre PDG est publiée dans le document d'enregistrement
    #: universel")
    PUBLIC_FILINGS = (
        "document d'enregistrement universel", "document de référence", "rapport annuel",
        "annual report", "rapport de gestion", "rapport sur le gouvernement d'entreprise",
        "rapport sur les rémunérations", "remuneration report", "compensation report",
        "say on pay", "proxy statement", "10-k",
    )
    EXPLANATIONS = {
        "en": (
            "Pay of an identifiable person (“{masked}”): salaries are personal data and "
            "confidential between the employer and the employee; publishing one breaches "
            "their privacy and creates tension inside the organisation. Remove it; speak of "
            "pay ranges or policies, not of a person."
        ),
        "fr": (
            "Rémunération d'une personne identifiable (« {masked} ») : un salaire est une "
            "donnée personnelle, confidentielle entre l'employeur et le salarié ; le publier "
            "porte atteinte à sa vie privée et crée des tensions en interne. Retirez-le ; "
            "parlez de fourchettes ou de politique salariale, pas d'une personne."
        ),
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._pay: PhraseMatcher[str] = PhraseMatcher((w, "pay") for w in self.PAY_WORDS)
        owned = [
            (f"{p} {n}", "possessive")
            for n in self.PAY_NOUNS
            for p in (
                *(self.POSSESSIVES_FR if n in self.PAY_NOUNS_FR else ()),
                *(self.POSSESSIVES_EN if n in self.PAY_NOUNS_EN else ()),
            )
        ]
        self._people: PhraseMatcher[str] = PhraseMatcher(
            [(r, "role") for r in self.ROLES] + owned + list(self._profile_people(profile))
        )
        self._verbs: PhraseMatcher[str] = PhraseMatcher((v, "verb") for v in self.VERBS)
        self._first_names = first_names()
        self._profile_names = frozenset(
            name
            for person in profile.people
            for name in (person.name, person.name.split()[-1] if person.name.split() else "")
            if name
        )
        self._pay_nouns = frozenset(self.PAY_NOUNS)
        self._prize: PhraseMatcher[str] = PhraseMatcher((w, "prize") for w in self.PRIZE_WORDS)
        self._roster_pay: PhraseMatcher[str] = PhraseMatcher(
            (w, "pay") for w in self.ROSTER_PAY
        )
        self._multiple_cues: PhraseMatcher[str] = PhraseMatcher(
            (w, "multiple") for w in self.MULTIPLE_CUES
        )
        self._public: PhraseMatcher[str] = PhraseMatcher(
            ((w, "public") for w in self.PUBLIC_FILINGS), on_demand=True
        )
        self._job_ad: PhraseMatcher[str] = PhraseMatcher(
            ((w, "job ad") for w in self.JOB_AD_WORDS), on_demand=True
        )
        self._job_cues: PhraseMatcher[str] = PhraseMatcher(
            [(w, "job") for w in self.JOB_CUES] + [(w, "business") for w in self.BUSINESS_CUES],
            on_demand=True,
        )
        self._greetings: PhraseMatcher[str] = PhraseMatcher((w, "greeting") for w in self.GREETINGS)
        self._compare: PhraseMatcher[str] = PhraseMatcher((w, "compare") for w in self.COMPARISONS)
        self._not_names = self.NOT_NAMES | {
            n.name for n in (*profile.brands, *profile.competitors)
        }
        #: the matchers of which a post needs a phrase for anything but a possessive name or a
        #: shape (see :meth:`_cued`)
        self._cues: tuple[PhraseMatcher[str], ...] = (
            self._compare, self._multiple_cues, self._pay, self._verbs, self._greetings,
            self._roster_pay,
        )
        self._cue_ids = frozenset(id(m) for m in self._cues)

    def _profile_people(self, profile: Profile) -> Iterator[tuple[str, str]]:
        for person in profile.people:
            words = person.name.split()
            yield person.name, "profile"
            if len(words) > 1 and len(words[-1]) >= 3:
                yield words[-1], "profile"
            role = fold_phrase(person.role)
            for name in (role, *self.ROLE_SYNONYMS.get(role, ())) if role else ():
                yield f"notre {name}", "profile"
                yield f"our {name}", "profile"

    # -- round 11 (structural): a person or a job title, "à"/"on" and a salary-sized amount ----
    SHAPE_TITLES = (
        r"commerciaux|commerciale?s?|juniors?|seniors?|interns?|stagiaires?|alternante?s?|devs?|"
        r"d[ée]veloppeu(?:r|se)s?|developers?|ing[ée]nieure?s?|engineers?|managers?|"
        r"technicien(?:ne)?s?|vendeu(?:r|se)s?|conseill(?:er|[eè]re)s?|designers?|"
        r"head of \w+|chef|cheffe|boss|patron(?:ne)?|ceo|cfo|cto|coo|drh|daf|pdg|vp|"
        r"comptables?|accountants?|assistante?s?|recruiters?|sales reps?|new hire"
    )
    SHAPE_TITLE = re.compile(SHAPE_TITLES, re.IGNORECASE)
    SHAPE_AMOUNT = (
        r"(?:[€$£]\s?\d{1,3}(?:[.,]\d)?\s?k(?![a-z0-9])|\d{1,3}(?:[.,]\d)?\s?k\s?(?:€|\$|£|eur\b)?"
        r"(?![a-z0-9])|[€$£]\s?\d{3}(?:[ .,\u202f\u00a0]?\d{3})?(?![\d])"
        r"|\d{3}(?:[ .,\u202f\u00a0]?\d{3})?\s?(?:€|\$|£|euros?\b))"
    )
    SHAPE_AT = re.compile(
        r"(?<![\w'’])(?P<who>[A-ZÀ-Ý][a-zà-ÿ]{1,20}|(?i:" + SHAPE_TITLES + r"))"
        r"(?P<qual>[^.!?\n\d€$£]{0,30}?)\s(?i:à|at|on|is on|are on|sont à|est à|get|gets|"
        r"touchent|touche|gagnent|earn|earns|make|makes|are paid|is paid)\s{1,2}"
        r"(?P<amount>" + SHAPE_AMOUNT + r")"
    )
    SHAPE_RAISE = re.compile(
        r"(?<![\w'’])(?P<who>[A-ZÀ-Ý][a-zà-ÿ]{1,20}|(?i:(?:mon|ma|my|our|notre|le|la|the) "
        r"(?:" + SHAPE_TITLES + r")))"
        r"(?P<qual>[^.!?\n\d]{0,20}?)\s(?i:a pris|a eu|a obtenu|obtient|prend|got|gets|"
        r"received|landed|a décroché|décroche|a négocié|négocie|negotiated|scored|bagged)\s"
        r"(?i:une?\s|a\s)?(?i:(?:augmentation|raise|pay rise|bonus|prime) (?:de|of)\s)?"
        # round 16: "+18 %" is a raise by itself, unless it is of something ("+18 % de ventes")
        r"(?P<amount>\+\s?\d{1,2}(?:[.,]\d)?\s?%(?!\s(?i:de|d['’]|du|des|of|in|on|sur)\b)"
        r"|\d{1,2}(?:[.,]\d)?\s?%(?=\s(?i:de hausse|"
        r"d['’]augmentation|d['’]augm?|de plus|raise|pay rise|rise|increase|bump))"
        r"|(?<=augmentation de )\d{1,2}(?:[.,]\d)?\s?%|(?<=raise of )\d{1,2}(?:[.,]\d)?\s?%)"
    )
    #: the cheap tests before those patterns: a currency sign, "euro" or a digit before "k"
    #: (every amount of SHAPE_AMOUNT has one), a percent sign
    SHAPE_MONEY_SIGNS = ("€", "$", "£", "euro")
    SHAPE_THOUSANDS = _THOUSANDS
    #: a small amount counts only with a pay period ("£700 a month")
    SHAPE_PERIOD = re.compile(
        r"\s{0,2}(?:a|per|par|/)\s?(?:month|mois|year|an|année|week|semaine)\b", re.IGNORECASE
    )

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        text = ctx.text
        # most posts hold none of the cue phrases: no comparison, no roster, and no salary but
        # a possessive name before its amount ("Marc's 78k") or a shape (an amount's sign or a
        # percent, and a digit); the others are let go here, without a generator
        cued = self._cued(ctx.normalized)
        if not cued and not self._may_own(text) and not self._may_be_shaped(text):
            return ()
        return self._found(ctx, cued)

    def _found(self, ctx: Context, cued: bool) -> Iterator[Finding]:
        """The findings of a post that may hold one (see :meth:`analyze`); ``cued``: whether it
        holds a phrase of the cue matchers."""
        text = ctx.text
        if cued:
            compared = list(self._compared(ctx))
            if compared:
                yield from compared
                return
        if cued or self._may_own(text):
            found = list(self._salaries(ctx))
            if found:
                yield from found
                return
        # every amount of a roster or a shape holds a decimal digit (\d, of any script)
        if _DIGIT.search(text):
            if cued:
                roster = list(self._roster(ctx))
                if roster:
                    yield from roster
                    return
            yield from self._shape(ctx)

    def _cued(self, norm: NormalizedText) -> bool:
        """Whether the post holds a phrase of the cue matchers (pay words, verbs of earning,
        greetings, comparisons, multiples, roster pay words): one look at the engine's shared
        pass when it covered them all. False means that :meth:`_compared` and :meth:`_roster`
        find nothing and that :meth:`_salaries` finds something only with a possessive "'s"."""
        shared = norm.shared
        if shared is not None and self._cue_ids <= shared[0]:
            return not shared[1].keys().isdisjoint(self._cue_ids)
        return any(matcher.found_in(norm) for matcher in self._cues)

    # -- round 15 (structural): a roster of names and amounts, with a pay word ------------------
    #: a first name then an amount ("Manon 4 200", "Kevin: 3.8k", "Tom – £3,800", "Léa = 900 €")
    ROSTER_PAIR = re.compile(
        r"(?<![\w@#'’])(?P<who>[A-ZÀ-Ý][a-zà-ÿ]{1,20})(?:\s(?:[A-Z]\.|[A-ZÀ-Ý][a-zà-ÿ]{1,20}))?"
        r"\s?(?:[:=–—-]|->|→)?\s?(?P<amount>(?:[$£€]\s?)?\d{1,3}(?:[\s.,'’ ]\d{3})+(?:[.,]\d{1,2})?"
        r"(?:\s?(?:€|\$|£|eur|euros?|k))?|(?:[$£€]\s?)?\d{3,6}(?:[.,]\d{1,2})?(?:\s?(?:€|\$|£|"
        r"eur|euros?|k))?|(?:[$£€]\s?)?\d{1,3}(?:[.,]\d)?\s?k)(?![\w%])",
    )
    #: scores, sales, stock, kilometres or steps counted, not pay
    ROSTER_NOT = re.compile(
        r"(?<![\w'’])(?:points?|pts|buts|goals|km|kms|miles|steps|(?<=\d\s)pas|ventes|sales|units|"
        r"unit[ée]s|pi[èe]ces|commandes|orders|abonn[ée]s|followers|likes|views|vues|votes?|"
        r"score|scores|classement|leaderboard|ranking|dons|donations|collect[ée]s?|raised|"
        r"lev[ée]s|calories|kcal)(?![\w'’])",
        re.IGNORECASE,
    )

    #: plural and slang pay words a roster is often headed by
    ROSTER_PAY = (
        "bonuses", "payouts", "rémunérations", "augmentations", "raises", "pay rises",
        "salaires", "primes", "variables", "13e mois", "thirteenth month", "payslips",
        "fiches de paie", "net pay", "take-home", "take home", "tjm", "day rates",
    )

    def _roster(self, ctx: Context) -> Iterator[Finding]:
        """Round 15: two or more first names each with an amount, in a post with a pay word
        ("la prochaine fois qu'on parle des primes… Manon 4 200, Kevin 3 800", "bonuses: Tom
        £3,800 / Ana £4,100"): the pay of named people listed; not scores, sales or donations, a
        job ad or a prize."""
        text = ctx.text
        if not (
            self._pay.found_in(ctx.normalized) or self._roster_pay.found_in(ctx.normalized)
        ):
            return
        # the pairs first: most posts have fewer than two, and the exceptions cost more
        pairs = [
            m for m in self.ROSTER_PAIR.finditer(text) if m.group("who") in self._first_names
        ]
        if len(pairs) < 2 or self.ROSTER_NOT.search(text):
            return
        if self._job_ad.find_all(ctx.normalized) or self._prize.find_all(ctx.normalized):
            return
        yield self._finding(ctx, pairs[0].start(), pairs[-1].end(), Severity.HIGH,
                            "hr.salary.roster")

    def _shape(self, ctx: Context) -> Iterator[Finding]:
        """Round 11: a person or a job title right before "à"/"on" and a salary-sized amount, or
        a person and a raise in percent."""
        text = ctx.text
        money = self._shape_money(text)
        percent = "%" in text
        if not (money or percent):
            return  # no amount and no percent: no shape (nor round 19's) can match
        # not in a job ad nor a prize: looked for only once a shape is found (most posts have
        # none), and then no shape counts
        patterns = []
        if money and _SHAPE_AT_CUE.search(haystack(text)):
            patterns.append(self.SHAPE_AT)
        if percent:
            patterns.append(self.SHAPE_RAISE)
        for pattern in patterns:
            m = pattern.search(text)
            while m is not None:
                at, m = m, pattern.search(text, m.start() + 1)  # overlapping: "In our … interns"
                who = at.group("who")
                if (
                    who[0].isupper()
                    and " " not in who
                    and who not in self._first_names
                    and not self.SHAPE_TITLE.fullmatch(who)
                ):
                    continue
                amount = at.group("amount")
                if pattern is self.SHAPE_AT:
                    if self.NOT_MONEY.match(text[at.end() : at.end() + 40].lower()):
                        continue
                    if "k" not in amount.lower() and not self.SHAPE_PERIOD.match(text, at.end()):
                        digits = re.sub(r"\D", "", amount)
                        if len(digits) < 5:
                            continue
                if not self._ad_or_prize(ctx):
                    yield self._finding(
                        ctx, at.start(), at.end(), Severity.HIGH, "hr.salary.shape"
                    )
                return
        if money:
            hedged = list(self._hedged(ctx))  # round 19
            if hedged and not self._ad_or_prize(ctx):
                yield from hedged

    def _ad_or_prize(self, ctx: Context) -> bool:
        """A job ad or a prize: no shape counts (:meth:`_shape`)."""
        return self._job_ad.found_in(ctx.normalized) or bool(self._prize.find_all(ctx.normalized))

    @staticmethod
    def _may_be_shaped(text: str) -> bool:
        """What :meth:`_shape` needs before anything: a decimal digit, and an amount's sign
        (:meth:`_shape_money`: ``SHAPE_MONEY_SIGNS`` or a digit before "k") or a percent. The
        signs are looked for first (``in`` tests, the cheapest): a post without any needs a "k"
        before the search for a digit before it (a search costs more on a post of emoji)."""
        if "%" in text or "€" in text or "$" in text or "£" in text or "euro" in text:
            return _DIGIT.search(text) is not None
        return "k" in text and _THOUSANDS.search(text) is not None

    def _shape_money(self, text: str) -> bool:
        """The cheap test before SHAPE_AT and HEDGED: a currency sign, "euro" or a digit before
        "k" (every amount of SHAPE_AMOUNT has one)."""
        return any(map(text.__contains__, self.SHAPE_MONEY_SIGNS)) or (
            "k" in text and _THOUSANDS.search(text) is not None
        )

    # -- round 19 (structural): a person or a title, a verb of earning, a hedge, an amount -------
    #: "the new head of sales makes like 180k", "what your head of design earns (heard it's
    #: 140k)", "notre DRH gagne genre 9 k€ par mois": a hedge between the verb and the amount
    HEDGED = re.compile(
        r"(?<![\w'’])(?P<who>[A-ZÀ-Ý][a-zà-ÿ]{1,20}|(?i:" + SHAPE_TITLES + r"))"
        r"(?P<qual>[^.!?\n\d€$£]{0,20}?)\s(?i:makes|earns|gagne|touche|pulls in|takes home|"
        r"is on|est à|émarge à)(?![\w'’])"
        r"(?P<gap>[^.!?\n\d€$£]{1,25}?)(?P<amount>" + SHAPE_AMOUNT + r")"
    )
    HEDGES = re.compile(
        r"(?<![\w'’])(?:like|around|about|roughly|something like|apparently|heard|it['’]s|"
        r"over|almost|nearly|more than|genre|environ|dans les|quelque chose comme|pas loin de|"
        r"pr[èe]s de|plus de|presque|para[îi]t(?:-il)?|c['’]est|soi-disant|apparemment)(?![\w'’])",
        re.IGNORECASE,
    )

    def _hedged(self, ctx: Context) -> Iterator[Finding]:
        """Round 19: a first name of the shipped list or a job title, a verb of earning, a hedge
        ("like", "heard it's", "genre", "dans les") and a salary-sized amount with a "k" or a
        currency; not a count ("100k views"), a job ad or a prize, and with an amount's sign
        (:meth:`_shape_money`): tested by the caller."""
        text = ctx.text
        if _HEDGED_CUE.search(haystack(text)) is None:
            return
        m = self.HEDGED.search(text)
        while m is not None:
            # overlapping: "Le nouveau DAF gagne…" is tried from "Le", then from "DAF"
            next_at = m.start() + 1
            who = m.group("who")
            named = not (
                who[0].isupper() and " " not in who and not self.SHAPE_TITLE.fullmatch(who)
            ) or who in self._first_names
            if (
                named
                and self.HEDGES.search(m.group("gap"))
                and not self.NOT_MONEY.match(text[m.end() : m.end() + 40].lower())
            ):
                yield self._finding(ctx, m.start(), m.end(), Severity.HIGH, "hr.salary.shape")
                return
            m = self.HEDGED.search(text, next_at)

    # -- round 13 (structural): a person's pay as a multiple of the others' -------------------
    #: a pay noun, a multiple, then the rest of the staff ("a package that's roughly double what
    #: the rest of the studio makes", "un salaire deux fois plus élevé que le reste de l'équipe")
    MULTIPLE = re.compile(
        r"\b(?:package|salary|salaire|pay|paie|paye|r[ée]mun[ée]ration|compensation|"
        r"pay ?check|fiche de paie)\b[^.!?\n]{0,40}?\b(?:double|twice|triple|deux fois|"
        r"trois fois|le double|2x|3x)\b[^.!?\n]{0,40}?\b(?:the rest|everyone else|the others|"
        r"all of us|les autres|le reste|nous tous|tout le monde|the team|l['’][ée]quipe|"
        r"(?:his|her|son|sa) (?:team|[ée]quipe)|ses coll[eè]gues|(?:his|her) colleagues)",
        re.IGNORECASE,
    )
    MULTIPLE_CUES = ("double", "twice", "triple", "deux fois", "trois fois", "2x", "3x")
    MULTIPLE_REACH = 90

    def _multiple(self, ctx: Context) -> Iterator[Finding]:
        """Round 13: a named person's pay said to be a multiple of the rest of the staff's."""
        if not self._multiple_cues.found_in(ctx.normalized):
            return  # a dictionary look-up: the engine's shared pass looked for the cues
        m = self.MULTIPLE.search(ctx.text)
        if m is None or self._prize.find_all(ctx.normalized):
            return
        people = self._people_in(ctx) + self._first_names_in(ctx) + self._capitalised(ctx)
        if any(p.end <= m.start() and m.start() - p.end <= self.MULTIPLE_REACH for p in people):
            yield self._finding(ctx, m.start(), m.end(), Severity.MEDIUM, "hr.salary.compare")

    def _compared(self, ctx: Context) -> Iterator[Finding]:
        """Pay compared between people, without a figure: a person right before the comparison."""
        hits = self._compare.find_all(ctx.normalized)
        if not hits:
            yield from self._multiple(ctx)
            return
        if self._prize.find_all(ctx.normalized):
            return
        people = self._people_in(ctx) + self._first_names_in(ctx) + self._capitalised(ctx)
        for hit in hits:
            if any(
                p.end <= hit.start and hit.start - p.end <= self.COMPARE_REACH for p in people
            ):
                yield self._finding(ctx, hit.start, hit.end, Severity.MEDIUM, "hr.salary.compare")
                return

    def _capitalised(self, ctx: Context) -> list[_Span]:
        """Capitalised words that are not sentence openers, brands or common words."""
        return [
            _Span(m.start(), m.end(), "capitalised")
            for m in self.CAPITALISED.finditer(ctx.text)
            if m.group(0) not in self._not_names and m.start() > 0
            and ctx.text[max(0, m.start() - 2) : m.start()].strip() not in (".", "!", "?", ":")
        ]

    def _salaries(self, ctx: Context) -> Iterator[Finding]:
        norm = ctx.normalized
        pay = [_Span(m.start, m.end, m.phrase) for m in self._pay.find(norm)]
        if not pay:
            # no pay word: only a name right before its verb and a salary-sized amount counts
            if (
                (
                    not self._verbs.find_all(norm)
                    and not self._greetings.find_all(norm)
                    and not self._may_own(ctx.text)
                )
                or not self.SIZED_HINT.search(norm.folded)
                or self._prize.find_all(norm)
            ):
                return
            amounts = [a for a in self._amounts(ctx) if self._salary_sized(ctx, a)]
            named = self._named(ctx) if amounts else []
            if named:
                yield from self._with_amounts(ctx, amounts, named, pay)
                return
            # "our support team earns 26k (Léa), 28k (Yanis)": known first names next to the
            # amounts, and a verb of earning as the word of pay
            firsts = self._first_names_in(ctx) if amounts else []
            if firsts:
                verbs = [_Span(m.start, m.end, "verb") for m in self._verbs.find(norm)]
                yield from self._with_amounts(ctx, amounts, firsts, verbs)
            return
        if self._prize.find_all(norm) or self._public.find_all(norm):
            return
        amounts = list(self._amounts(ctx))
        if not amounts:
            # a pay word without a figure: only a role's, a profile person's or a possessive
            # name's pay (:meth:`_owned`, which passes over names before a verb: not looked for)
            yield from self._owned(ctx, self._people_in(ctx, named=False), pay)
            return
        people = self._people_in(ctx)
        if not people and not _has_upper(ctx.text):
            return
        people += self._first_names_in(ctx)
        yield from self._with_amounts(ctx, amounts, people, pay)

    def _people_in(self, ctx: Context, *, named: bool = True) -> list[_Span]:
        """Roles, profile people and possessive names ("Marc's salary") in the post, and with
        ``named`` names before a verb of earning or of change (:meth:`_named`)."""
        found = [_Span(m.start, m.end, m.payload) for m in self._people.find(ctx.normalized)]
        if named:
            found += self._named(ctx)
        text = ctx.text
        if _has_upper(text):
            for m in self.NAME_OWNS.finditer(text):
                name = next(g for g in m.groups() if g)
                if name.split()[0] not in self._not_names:
                    found.append(_Span(m.start(), m.end(), "owns"))
        return found

    def _first_names_in(self, ctx: Context) -> list[_Span]:
        """Known first names, written with a capital, outside job ads."""
        text = ctx.text
        found = [
            _Span(m.start(), m.end(), "first_name")
            for m in self.CAPITALISED.finditer(text)
            if m.group(0) in self._first_names and m.group(0) not in self._not_names
        ]
        if found and self._job_ad.find_all(ctx.normalized):
            return []
        return found

    def _named(self, ctx: Context) -> list[_Span]:
        """Capitalised names before a verb of earning ("earns") or of change and deal ("moves")."""
        text = ctx.text
        found: list[_Span] = []
        if not _has_upper(text):
            return found
        if self._greetings.find_all(ctx.normalized):
            for m in self.GREETED.finditer(text):
                if m.group(1).split()[0] not in self._not_names:
                    found.append(_Span(m.start(1), m.end(1), "greeted"))
        patterns = [(self.NAME_EARNS, "earns"), (self.NAME_MOVES, "moves")]
        if self._may_own(text):
            patterns.append((self.NAME_AMOUNT, "earns"))
        for pattern, how in patterns:
            for m in pattern.finditer(text):
                name = m.group(1)
                first = name.split()[0]
                if first in self._not_names:
                    continue
                if how == "moves" and not (
                    first in self._first_names
                    or name in self._profile_names
                    or self.TITLE_BEFORE.search(text[max(0, m.start() - 40) : m.start()].lower())
                ):
                    continue
                found.append(_Span(m.start(), m.end(), how))
        return found

    @staticmethod
    def _may_own(text: str) -> bool:
        """The cheap test before NAME_AMOUNT: a possessive "'s" somewhere."""
        return "'s" in text or "’s" in text

    def _salary_sized(self, ctx: Context, amount: _Span) -> bool:
        """A "k" amount or five figures, not followed by what it counts ("61k followers")."""
        text = ctx.text
        if self.NOT_MONEY.match(text[amount.end : amount.end + 40].lower()):
            return False
        figure = text[amount.start : amount.end].lower()
        if "k" in figure:
            return True
        number = self.NUMBER.search(figure)
        digits = re.sub(r"\D", "", self.DECIMALS.sub("", number.group(0))) if number else ""
        return bool(digits) and int(digits[:9]) >= self.SALARY_DIGITS

    def _amounts(self, ctx: Context) -> Iterator[_Span]:
        norm = ctx.normalized
        folded = norm.folded
        candidate = self.AMOUNT_START.search(folded)
        while candidate is not None:
            at = candidate.start()
            m = self.AMOUNT.match(folded, at)
            if m is None:
                candidate = self.AMOUNT_START.search(folded, at + 1)
                continue
            start, end = norm.to_original(m.start(), m.end())
            yield _Span(start, end, "amount")
            candidate = self.AMOUNT_START.search(folded, max(m.end(), at + 1))

    def _with_amounts(
        self, ctx: Context, amounts: list[_Span], people: list[_Span], pay: list[_Span]
    ) -> Iterator[Finding]:
        near_person = SpanIndex((p.start, p.end, p) for p in people)
        near_pay = SpanIndex((w.start, w.end, w) for w in pay)
        direct = SpanIndex((p.end, p.end, p) for p in people if p.how in ("earns", "moves"))
        greeted = SpanIndex((p.start, p.end, p) for p in people if p.how == "greeted")
        for amount in amounts:
            person = near_person.nearest(amount.start, amount.end, self.WINDOW)
            word = near_pay.nearest(amount.start, amount.end, self.WINDOW)
            spans: tuple[_Span, ...] = ()
            if person is not None and word is not None:
                spans = (amount, person, word)
            else:
                # "Sarah in marketing is on 61k": the name, its verb, then the amount
                person = direct.nearest(amount.start, amount.start, self.DIRECT_GAP)
                # (a smaller sum counts when the post speaks of pay: "les primes ? Sandra
                # (assistante du DAF) a touché 9 000 €")
                if person is not None and person.end <= amount.start and (
                    bool(pay) or self._salary_sized(ctx, amount)
                ):
                    spans = (amount, person)
                elif self._salary_sized(ctx, amount):
                    # "Congrats Sophie on making Head of Design, and on the $165k": a person
                    # congratulated or welcomed, news of a job, and a salary-sized amount
                    person = greeted.nearest(amount.start, amount.end, self.GREETED_WINDOW)
                    if person is not None and person.end <= amount.start and self._job_news(
                        ctx, person.start, amount.end
                    ):
                        spans = (amount, person)
            if person is None or not spans:
                continue
            figure = ctx.text[amount.start : amount.end].lower()
            if person.how in ("earns", "moves") and self.LARGE_AMOUNT.search(figure):
                continue  # "Apple makes $3bn a year": turnover, not a salary
            start, end = min(s.start for s in spans), max(s.end for s in spans)
            yield self._finding(ctx, start, end, Severity.HIGH, "hr.salary.amount")

    def _job_news(self, ctx: Context, start: int, end: int) -> bool:
        """True when ``start:end`` tells of a job (a promotion, a hire, a role), not of sales."""
        news = [m for m in self._job_cues.find_all(ctx.normalized) if start <= m.start < end + 30]
        if not any(m.payload == "job" and m.start < end for m in news):
            return False
        return not any(m.payload == "business" for m in news)

    def _owned(self, ctx: Context, people: list[_Span], pay: list[_Span]) -> Iterator[Finding]:
        """A named person's or role's pay without a figure: "le salaire de notre DRH"."""
        nouns = SpanIndex((w.start, w.end, w) for w in pay if w.how in self._pay_nouns)
        for person in people:
            if person.how == "owns":
                yield self._finding(
                    ctx, person.start, person.end, Severity.MEDIUM, "hr.salary.owner"
                )
                continue
            if person.how not in ("role", "profile"):
                continue
            word = nouns.nearest(person.start, person.start, self.OWNER_GAP)
            if word is None or word.end > person.start:
                continue
            if ctx.text[word.end : person.start].strip().lower() in self.OWNER_LINKS:
                yield self._finding(ctx, word.start, person.end, Severity.MEDIUM, "hr.salary.owner")

    def _finding(
        self, ctx: Context, start: int, end: int, severity: Severity, rule: str
    ) -> Finding:
        masked = re.sub(r"\d", "•", ctx.text[start:end])
        return self.finding(
            ctx,
            category=Category.HUMAN_RESOURCES,
            kind=self.KIND,
            severity=severity,
            span=(start, end),
            excerpt=masked,
            rule=rule,
            matched=masked,
            score=0.85 if severity is Severity.HIGH else 0.7,
            masked=masked,
        )
