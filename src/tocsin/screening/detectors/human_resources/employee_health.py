"""The health of employees: sick leave, burn-out, hospital stays, illnesses, pregnancy.

Rules ``employee_health.*`` of ``lexicons/human_resources.toml``: a health state said of someone
("Marc est en arrêt maladie", "she is on sick leave"), or a health word next to a specific
colleague ("notre collègue ... burn-out", "welcome back ... chemo"), or a health event told
without those words ("back after his stroke", "de retour après son AVC", "en chimio", "a fait une
fausse couche"). Prevention and awareness posts ("prévenir le burn-out", "health and safety
training", "World Stroke Day") are not about anyone. Inbound posts too (a reply on the
organisation's page spreads it as well). Special-category
data about identifiable people in general is the compliance family's; this detector is about
the organisation's own staff (``hr.employee_health``).

Round 11 (structural, :meth:`EmployeeHealth._shape`, when no rule fired): a named person (a first
name of the shipped list, or a colleague word) and, in the same sentence, a word of a closed
medical vocabulary: a specialist ("her oncologist", "son cardiologue"), a treatment ("en chimio",
"sous antidépresseurs") or a care event ("in hospital since Monday", "heart attack", "a fait un
AVC"). Not when the sentence speaks of a product ("our lamp did for my mum what antidepressants
couldn't" is a health claim), of awareness or research, or of a relative of the writer.

Each rule gives two findings: ``hr.employee_health`` and ``compliance.special_category``. When the
person is a customer ("Customer of the month: Rachel, 7 months pregnant", "case study: Sinéad ...
gestational diabetes", "Mrs Lambert, who is bipolar") or a competitor's ("the Brillix CEO is
stepping back for health reasons"), only the compliance finding is kept: it is special-category
data of an identifiable person, not the health of the organisation's staff.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ....models import Category, Finding, Severity
from ....profile import Profile
from ...lexicon import Gate
from ...matching import PhraseMatch, PhraseMatcher
from ..base import Context
from ..pii.person_with_contact import first_names
from .rules import OwnStaffRules


class EmployeeHealth(OwnStaffRules):
    name = "employee_health"
    version = "1.0"
    categories = (Category.HUMAN_RESOURCES,)
    directions = ("outbound", "inbound")
    description = "Health of employees: sick leave, burn-out, hospital stays, illness, pregnancy."

    #: round 11: not only a filter any more (the shape below is found without a phrase of the
    #: lexicon; its cheap test is ``SHAPE_CUES``, found by the engine's shared pass)
    PHRASES_REQUIRED = False
    #: words that make the person a customer, a client or a witness of a customer story
    CUSTOMER_WORDS = (
        "customer", "customers", "client", "clients", "cliente", "clientes",
        "customer of the month", "client du mois", "cliente du mois", "customer story",
        "case study", "étude de cas", "témoignage", "testimonial", "mr", "mrs", "mme",
        "madame", "monsieur",
        "acheteur", "acheteuse", "buyer", "user", "utilisateur", "utilisatrice",
    )
    #: words that make the person staff after all ("Mme Keller, employée de Zurich")
    STAFF_WORDS = (
        "employé", "employée", "employee", "salarié", "salariée", "collègue", "colleague",
        "coworker", "co-worker", "staff", "notre équipe", "our team", "stagiaire", "intern",
        # a role in the organisation ("Mme Fabre, responsable logistique")
        "responsable", "manager", "directeur", "directrice", "chef", "cheffe", "délégué",
        "déléguée", "technicien", "technicienne", "head of",
    )
    #: characters between a customer (or staff) word and the evidence
    CUSTOMER_REACH = 70

    # -- round 11 (structural): a named person and a closed medical vocabulary ---------------------
    #: specialists, treatments and care events (closed vocabulary, FR and EN)
    SHAPE_MEDICAL = re.compile(
        r"(?<![\w'’])(?:"
        r"oncolog(?:ist|ue)s?|cardiolog(?:ist|ue)s?|neurolog(?:ist|ue)s?|psychiatr(?:ist|e)s?|"
        r"rheumatologists?|rhumatologues?|gyn[ée]colog(?:ist|ue)s?|gynaecologists?|"
        r"obstetricians?|surgeons?|chirurgiens?|"
        r"chemo(?:therapy)?|chimio(?:th[ée]rapie)?|radioth[ée]rapie|radiotherapy|"
        r"radiation therapy|dialys[ie]s|dialyse|antid[ée]presseurs|antidepressants?|"
        r"anxiolytiques|insulin[e]?|"
        r"in (?:the )?hospital|à l['’]h[ôo]pital|hospitalis[ée]e?|hospitali[sz]ed|"
        r"heart attack|crise cardiaque|infarctus|avc|stroke|panic attacks?|"
        r"crises? d['’]angoisse|burn-?out|d[ée]pression|cancer|tumeur|tumou?r|"
        r"fausse couche|miscarriage|cong[ée] maternit[ée]|maternity leave|"
        r"arr[êe]t maladie|sick leave)(?![\w'’])",
        re.IGNORECASE,
    )
    #: a colleague said without a name
    SHAPE_COLLEAGUE = re.compile(
        r"(?<![\w'’])(?:coll[eè]gues?|colleagues?|teammates?|co-?workers?|"
        r"(?:notre|our|mon|ma|my) (?:manager|cheff?e?|boss|responsable|directeur|directrice|"
        r"head of \w+|ceo|cfo|coo|cto|drh|stagiaire|intern))(?![\w'’])",
        re.IGNORECASE,
    )
    SHAPE_NAME = re.compile(r"(?<![\w'’@#-])[A-ZÀ-Ý][a-zà-ÿ]{1,20}(?![\w@])")
    #: a product, awareness, research or a relative of the writer: no staff member's health
    SHAPE_VETO = re.compile(
        r"(?<![\w'’])(?:lamps?|lampes?|bulbs?|ampoules?|produits?|products?|awareness|"
        r"sensibilisation|journ[ée]e mondiale|world \w+ day|octobre rose|movember|recherche|"
        r"research|charity|donate|don|dons|pr[ée]vention|pr[ée]venir|prevent|marathon|"
        r"courses? (?:contre|pour|solidaire)|fundrais\w*|collecte|t[ée]l[ée]thon|relais|relay|"
        r"walk for|run for|"
        r"my (?:mum|mom|dad|mother|father|wife|husband|son|daughter|grand\w*)|"
        r"ma (?:m[eè]re|femme|fille|s[oœ]ur|grand-m[eè]re)|mon (?:p[eè]re|mari|fils|fr[eè]re|"
        r"grand-p[eè]re)|maman|papa)(?![\w'’])",
        re.IGNORECASE,
    )
    #: the cheap test before the shape: one of its medical words (folded)
    SHAPE_CUES = (
        "oncolog*", "cardiolog*", "neurolog*", "psychiatr*", "rheumatolog*", "rhumatolog*",
        "gynecolog*", "gynaecolog*", "obstetrician*", "surgeon*", "chirurgien*", "chemo*",
        "chimio*", "radiotherapie", "radiotherapy", "radiation therapy", "dialysis", "dialyse",
        "antidepresseurs", "antidepressant*", "anxiolytiques", "insulin*", "hospital",
        "hopital", "hospitalis*", "hospitaliz*", "heart attack", "crise cardiaque", "infarctus",
        "avc", "stroke", "panic attack*", "crise d angoisse", "crises d angoisse", "burn out",
        "burnout", "depression", "cancer", "tumeur", "tumor", "tumour", "fausse couche",
        "miscarriage", "conge maternite", "maternity leave", "arret maladie", "sick leave",
    )
    SHAPE_SENTENCE = re.compile(r"[.!?\n]")
    SHAPE_REACH = 110  # characters before the term searched for the person
    SHAPE_AFTER = 40  # characters after it
    SHAPE_EXPLANATIONS = {
        "en": (
            "Health of a named person (“{found}”): an illness, a treatment or a hospital stay of "
            "a colleague is special-category data (GDPR art. 9). Remove it, or ask them first."
        ),
        "fr": (
            "Santé d'une personne nommée (« {found} ») : la maladie, le traitement ou "
            "l'hospitalisation d'un collègue est une donnée sensible (RGPD, art. 9). Retirez-la, "
            "ou demandez-lui d'abord."
        ),
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._first_names = frozenset(n.lower() for n in first_names())
        self._shape_cues: PhraseMatcher[str] = PhraseMatcher((c, c) for c in self.SHAPE_CUES)
        self._customers: PhraseMatcher[bool] = PhraseMatcher(
            ((w, True) for w in self.CUSTOMER_WORDS), on_demand=True
        )
        self._staff: PhraseMatcher[bool] = PhraseMatcher(
            ((w, True) for w in self.STAFF_WORDS), on_demand=True
        )

    def gate(self) -> Gate:
        """Nothing without a phrase of the lexicon or a shape's cue word."""
        return Gate((self._phrases, self._shape_cues))

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        findings = list(super().analyze(ctx))
        if not findings and self._shape_cues.found_in(ctx.normalized):
            findings = list(self._shape(ctx))
        if not findings:
            return findings
        customers = self._customers.find_all(ctx.normalized)
        if not customers:
            return findings
        staff = self._staff.find_all(ctx.normalized)
        return [f for f in findings if not self._customer_only(f, customers, staff)]

    def _customer_only(
        self, finding: Finding, customers: list[PhraseMatch[bool]], staff: list[PhraseMatch[bool]]
    ) -> bool:
        """An HR finding whose person is a customer: a customer word near, no staff word near."""
        start, end = finding.start, finding.end
        if finding.category is not Category.HUMAN_RESOURCES or start is None or end is None:
            return False
        reach = self.CUSTOMER_REACH

        def near(words: list[PhraseMatch[bool]]) -> bool:
            return any(w.start - reach <= end and start <= w.end + reach for w in words)

        return near(customers) and not near(staff)

    def _named(self, text: str, lo: int, hi: int) -> bool:
        """True when a first name of the shipped list is written in ``text[lo:hi]``."""
        names = self.SHAPE_NAME.finditer(text, lo, hi)
        return any(m.group().lower() in self._first_names for m in names)

    def _shape(self, ctx: Context) -> Iterator[Finding]:
        """Round 11: a named person and a medical word in the same sentence (both findings)."""
        text = ctx.text
        for term in self.SHAPE_MEDICAL.finditer(text):
            start, end = term.span()
            lo = max(0, start - self.SHAPE_REACH)
            stops = list(self.SHAPE_SENTENCE.finditer(text, lo, start))
            lo = stops[-1].end() if stops else lo
            stop = self.SHAPE_SENTENCE.search(text, end, end + self.SHAPE_AFTER)
            hi = stop.start() if stop is not None else min(len(text), end + self.SHAPE_AFTER)
            if self.SHAPE_VETO.search(text, lo, hi):
                continue
            if not self.SHAPE_COLLEAGUE.search(text, lo, hi) and not self._named(text, lo, hi):
                continue
            found = term.group()
            for category, kind in (
                (Category.HUMAN_RESOURCES, "hr.employee_health"),
                (Category.COMPLIANCE, "compliance.special_category"),
            ):
                yield self.finding(
                    ctx,
                    category=category,
                    kind=kind,
                    severity=Severity.HIGH,
                    span=(start, end),
                    excerpt=found,
                    rule="employee_health.shape",
                    matched=found,
                    score=0.8,
                    templates=self.SHAPE_EXPLANATIONS,
                    found=found,
                )
            return
