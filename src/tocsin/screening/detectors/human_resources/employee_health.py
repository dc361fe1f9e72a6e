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

Each rule gives two findings: ``hr.employee_health`` and ``compliance.special_category``. When the
person is a customer ("Customer of the month: Rachel, 7 months pregnant", "case study: Sinéad ...
gestational diabetes", "Mrs Lambert, who is bipolar") or a competitor's ("the Brillix CEO is
stepping back for health reasons"), only the compliance finding is kept: it is special-category
data of an identifiable person, not the health of the organisation's staff.
"""

from __future__ import annotations

from collections.abc import Iterable

from ....models import Category, Finding
from ....profile import Profile
from ...matching import PhraseMatch, PhraseMatcher
from ..base import Context
from .rules import OwnStaffRules


class EmployeeHealth(OwnStaffRules):
    name = "employee_health"
    version = "1.0"
    categories = (Category.HUMAN_RESOURCES,)
    directions = ("outbound", "inbound")
    description = "Health of employees: sick leave, burn-out, hospital stays, illness, pregnancy."

    PHRASES_REQUIRED = True  # only filters the lexicon's findings
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

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._customers: PhraseMatcher[bool] = PhraseMatcher(
            ((w, True) for w in self.CUSTOMER_WORDS), on_demand=True
        )
        self._staff: PhraseMatcher[bool] = PhraseMatcher(
            ((w, True) for w in self.STAFF_WORDS), on_demand=True
        )

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        findings = list(super().analyze(ctx))
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
