"""Children and schools: a child next to a school or nursery, pick-up and drop-off times.

Rules ``family.*`` of ``lexicons/personal_security.toml``: "sa fille est à l'école Jules Ferry",
"picking up my kids at St Mary's school at 4pm". Medium for anyone, high next to one of the
profile's people (see :mod:`.exposure`). Back-to-school offers and advice addressed to the
reader ("vos enfants", "your kids") are not about anyone's child.

Round 12 (structural, :meth:`Family._named_school`): someone's child (a possessive of the
writer or of a third person and a word of the closed list of children: "mon fils", "sa fille",
"our kids", "Claire's son") within ``SCHOOL_WINDOW`` characters of a school told by its name or
a class told by its level or teacher ("l'école Jean-Macé", "classe de CM2 de Mme Poulain",
"St Mary's Primary School", "Year 4", "Mrs Carter's class"). A school's partnership, a workshop
or a donation (``NOT_PRIVATE``) is no child's whereabouts.

Round 12 (structural, :meth:`Family._relative_phone`): a phone number found by the PII family
(reused for the post, see :meth:`~..base.Detector.memoized`) within ``PHONE_WINDOW``
characters of someone else's relative ("Mike's wife … her number's 0161 496 0372", "appelez
la femme de Karim au 06 …", "sa mère, 06 12 …"): a family member reachable by anyone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ....models import Category, Finding, Severity
from ....profile import Profile
from ...lexicon import Gate
from ...matching import PhraseMatcher
from ..base import Context
from ..pii.phone_number import PhoneNumber
from .exposure import ExposureRules


class Family(ExposureRules):
    name = "family"
    version = "1.0"
    categories = (Category.PERSONAL_SECURITY,)
    description = (
        "Children of people next to their school or nursery, pick-up times "
        "(high for the profile's people)."
    )
    #: a parent naming their child's school in a public reply exposes the child: kept at medium
    INBOUND_FOR_ANYONE = True

    # -- round 12 (structural) ---------------------------------------------------------------
    #: someone's child: a possessive (not the reader's) and a word of the closed list
    CHILD = re.compile(
        r"\b(?:mon|ma|mes|notre|nos|son|sa|ses|leur|leurs|my|our|his|her|their)"
        r" (?:petite?[- ])?(?:fils|filles?|enfants?|gamins?|gamines?|loulous?|sons?|daughters?"
        r"|kids?|child|children|boys?|girls?|grandsons?|granddaughters?|little ones?)\b"
        r"|['’]s (?:son|sons|daughter|daughters|kids|children|boy|girl)\b",
        re.IGNORECASE,
    )
    #: a school told by its name, a class by its level or its teacher (names capitalised)
    SCHOOL = re.compile(
        r"(?i:\b(?:école|ecole|groupe scolaire|collège|college|lycée|crèche|maternelle|school"
        r"|nursery|academy))(?: (?i:primaire|élémentaire|maternelle|primary|elementary))?"
        r"[ \t]{1,2}(?:(?:de |du |des |d'|d’|la |le |St\.? |Saint[- ]|Sainte[- ])?)"
        r"[A-ZÀ-Ý][\w'’-]{2,30}"
        r"|\b[A-Z][\w'’-]{2,30} (?:Primary |Elementary |High |Junior |Infant )?"
        r"(?:School|Academy|Nursery)\b"
        r"|(?i:\bclasse de )(?:CP|CE1|CE2|CM1|CM2|[3-6]e|petite section|moyenne section"
        r"|grande section)\b|\b(?:Year|Grade|year|grade) \d{1,2}\b"
        r"|\b(?:Mrs|Mr|Ms|Miss|Mme|M\.)\.? [A-Z][\w-]{2,30}['’]s class\b"
        r"|(?i:\bclasse de )(?:Mme|M\.|Monsieur|Madame) [A-Z][\w-]{2,30}"
    )
    SCHOOL_WINDOW = 160
    #: the cheap test before those patterns (one of them is in every SCHOOL match)
    SCHOOL_CUES = (
        "ecole", "groupe scolaire", "college", "lycee", "creche", "maternelle", "school",
        "nursery", "academy", "classe", "class", "year", "grade",
    )
    #: a school's partnership, a workshop, a donation, a contest: no child's whereabouts
    NOT_PRIVATE = re.compile(
        r"\b(?:atelier|ateliers|workshop|workshops|partenariat|partenaire|partnership|partner"
        r"|don|dons|donation|donate|donated|offert|offerts|offre|offer|concours|contest"
        r"|visite|visit|inscri\w*|register|vos|votre|your)\b",
        re.IGNORECASE,
    )
    #: someone else's relative (not the writer's own): "Mike's wife", "sa femme", "la mère de
    #: Julie", "his mum"
    RELATIVE = re.compile(
        r"['’]s (?:wife|husband|partner|mum|mom|mother|dad|father|son|daughter|sister|brother"
        r"|girlfriend|boyfriend)\b"
        r"|\b(?:his|her|their) (?:wife|husband|partner|mum|mom|mother|dad|father|son|daughter"
        r"|sister|brother|girlfriend|boyfriend)\b"
        r"|\b(?:sa|son|leur) (?:femme|mari|épouse|époux|compagne|compagnon|mère|père|maman|papa"
        r"|fille|fils|sœur|soeur|frère)\b"
        r"|\b(?:la|le) (?:femme|mari|épouse|époux|compagne|compagnon|mère|père|fille|fils|sœur"
        r"|soeur|frère) (?:de|d'|d’) ?[A-ZÀ-Ý]",
        re.IGNORECASE,
    )
    PHONE_WINDOW = 120
    RELATIVE_CUES = (
        "wife", "husband", "partner", "mum", "mom", "mother", "dad", "father", "son", "daughter",
        "sister", "brother", "girlfriend", "boyfriend", "femme", "mari", "epouse", "epoux",
        "compagne", "compagnon", "mere", "pere", "maman", "papa", "fille", "fils", "soeur",
        "frere",
    )
    PHONE_EXPLANATIONS = {
        "en": (
            "A relative's phone number published (“{found}”): someone's family made reachable "
            "by anyone. Pass the number on privately."
        ),
        "fr": (
            "Numéro d'un proche publié (« {found} ») : la famille de quelqu'un joignable par "
            "n'importe qui. Transmettez le numéro en privé."
        ),
    }
    SCHOOL_EXPLANATIONS = {
        "en": (
            "A child's school published (“{found}”): a named child and the school or class "
            "where they can be found tell anyone where to wait for them. Remove the school."
        ),
        "fr": (
            "École d'un enfant publiée (« {found} ») : un enfant et l'école ou la classe où le "
            "trouver disent à n'importe qui où l'attendre. Retirez l'école."
        ),
    }

    #: round 20 (precision, train-o): a milestone said without the school ("first day of school
    #: for my little one", "premier jour d'école pour ma puce"): no place, no name, no time
    MILESTONE = re.compile(
        r"(?:first|last|1st) day (?:of|at|back at|back to) (?:school|nursery|kindergarten|"
        r"preschool|primary|big school)|premier jour (?:d['’][ée]cole|de (?:maternelle|cr[èe]che|"
        r"primaire|CP))|dernier jour d['’][ée]cole|back to school|rentr[ée]e (?:scolaire|des "
        r"classes)|jour de (?:la )?rentr[ée]e",
        re.IGNORECASE,
    )
    #: ... a clock time or a place said next to it keeps the finding
    MILESTONE_TOLD = re.compile(
        r"\d{1,2} ?(?:h|am|pm)\b|\d{1,2}[:.]\d{2}|(?<!\w)(?:at|à|au|chez|in|en) [A-ZÀ-Ý]",
    )

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._school_cues: PhraseMatcher[str] = PhraseMatcher((c, c) for c in self.SCHOOL_CUES)
        self._relative_cues: PhraseMatcher[str] = PhraseMatcher(
            (c, c) for c in self.RELATIVE_CUES
        )
        self._phones = PhoneNumber(profile)

    def gate(self) -> Gate:
        """Nothing without a phrase of the lexicon, a word of a school or of a relative (round
        12)."""
        return Gate((self._phrases, self._school_cues, self._relative_cues))

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        return super().analyze(ctx)

    def detect(self, ctx: Context) -> Iterable[Finding]:
        found = [f for f in super().detect(ctx) if not self._milestone_only(ctx, f)]
        if not found and self._school_cues.found_in(ctx.normalized):
            found.extend(self._named_school(ctx))
        if not found and self._relative_cues.found_in(ctx.normalized):
            found.extend(self._relative_phone(ctx))
        return found

    def _milestone_only(self, ctx: Context, finding: Finding) -> bool:
        """Round 20: a school finding whose only school is a milestone ("first day of school
        for my little one"), with no school named, no time and no place."""
        if not finding.rule.endswith("family.school") or finding.start is None:
            return False
        text = ctx.text
        milestones = [m.span() for m in self.MILESTONE.finditer(text)]
        if not any(lo <= finding.start < hi for lo, hi in milestones):
            return False
        return not (self.SCHOOL.search(text) or self.MILESTONE_TOLD.search(text))

    def _relative_phone(self, ctx: Context) -> Iterator[Finding]:
        """Round 12: a phone number near someone else's relative: one finding."""
        phones = [f for f in self._phones.analyze(ctx) if f.start is not None]
        if not phones:
            return
        text = ctx.text
        for relative in self.RELATIVE.finditer(text):
            for phone in phones:
                p_start, p_end = phone.start or 0, phone.end or 0
                if min(abs(p_start - relative.end()), abs(relative.start() - p_end)) > (
                    self.PHONE_WINDOW
                ):
                    continue
                found = f"{relative.group(0)} … {phone.excerpt}"
                yield self.finding(
                    ctx,
                    category=Category.PERSONAL_SECURITY,
                    kind="family.relative_contact",
                    severity=Severity.MEDIUM,
                    span=(min(relative.start(), p_start), max(relative.end(), p_end)),
                    excerpt=found,
                    rule=f"{self.LEXICON}.family.relative_phone",
                    matched=found,
                    score=0.7,
                    templates=self.PHONE_EXPLANATIONS,
                    found=found,
                )
                return

    def _named_school(self, ctx: Context) -> Iterator[Finding]:
        """Round 12: someone's child near a school told by its name or a class: one finding."""
        text = ctx.text
        if self.NOT_PRIVATE.search(text):
            return
        for school in self.SCHOOL.finditer(text):
            lo = max(0, school.start() - self.SCHOOL_WINDOW)
            hi = school.end() + self.SCHOOL_WINDOW
            child = self.CHILD.search(text, lo, hi)
            if child is None:
                continue
            start, end = min(child.start(), school.start()), max(child.end(), school.end())
            found = text[start:end]
            yield self.finding(
                ctx,
                category=Category.PERSONAL_SECURITY,
                kind="family.child_school",
                severity=Severity.MEDIUM,
                span=(start, end),
                excerpt=found,
                rule=f"{self.LEXICON}.family.named_school",
                matched=found,
                score=0.75,
                templates=self.SCHOOL_EXPLANATIONS,
                found=found[:120],
            )
            return
