"""Discrimination in job posts: age, sex, origin, disability, pregnancy, family, religion, union.

The phrases are rules in ``lexicons/compliance.toml`` (kind ``compliance.discrimination``). This
class adds two post-level conditions a phrase window cannot express:

- the post must look like a job post (``JOB_MARKERS`` anywhere: "recrute", "CDI", "poste",
  "hiring", "apply"...), so "sans enfants" in a hotel review or "jeune femme" in a story is not
  reported;
- a gendered title ("serveuse", "waitress") is fine when the post addresses every gender anywhere
  ("(H/F)", "F/H", "m/w/d", "all genders").

A post holding requirements of two different rules ("femme de préférence, 30-40 ans, sans
enfants") is a candidate profile even without a word of hiring. An age bracket written as a range
("18-30", "30 à 40 ans", "aged 25-35") is an age requirement when years, "aged"/"âgé" or a word of
youth or sex is next to it (``AGE_RANGE``, ``AGE_CUE``): "open 9-17h" and "25-30 €" are not. An
upper limit with its number ("no more than 35 years", "pas plus de 40 ans") is one too, unless it
is about experience ("moins de 10 ans d'expérience"). Neither is reported in a post about an
apprenticeship or a work-study contract, whose age limits are the law's.

Severity: explicit exclusions (age limits, sex, origin, disability, pregnancy, family status,
religion, union) are high; coded wording ("jeune et dynamique", "digital native", "native
speaker", a gendered title) is medium. Equal-opportunity statements ("ouverts aux personnes en
situation de handicap", "applicants of all ages") are not matched.

Round 12 (structural, :meth:`JobDiscrimination._reported`, inbound, with a word of applying): a
candidate reports the answer given to them ("on m'a répondu", "I was told") and, in the same
sentence, one of their own protected traits from a closed list: an age in years, children, a
pregnancy, a headscarf, an accent, a name, a disability ("on m'a répondu qu'à 52 ans et avec deux
enfants je serais moins disponible"). "On m'a répondu que le poste était pourvu" is not.

Round 14: a role named by its job title makes a post a job post ("Customer advisor role, Lyon:
...", not "le rôle de Roméo"), and an origin
selected by a coded fit is a rule of the lexicon (``coded_origin_fit``: "fits the local culture",
"bien d'ici", "locals only", "French-sounding name").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ....models import Category, Finding, Severity
from ....profile import Profile
from ...lexicon import LexiconDetector
from ...matching import PhraseMatcher
from ..base import Context


class JobDiscrimination(LexiconDetector):
    name = "job_discrimination"
    version = "1.1"
    categories = (Category.COMPLIANCE,)
    #: inbound only for the rule ``reported_discrimination`` (round 10: a candidate reports a
    #: discriminating criterion in a reply); every other rule and the age checks are outbound
    directions = ("outbound", "inbound")
    description = "Discriminating requirements in job posts (age, sex, origin, disability...)."
    LEXICON = "compliance"
    #: not PHRASES_REQUIRED: an age bracket ("18-30") is found without a phrase of the lexicon
    KINDS = ("compliance.discrimination",)

    #: words that make a post a job post (one is enough, anywhere in the post)
    JOB_MARKERS = (
        "recrute", "recrutons", "recrutement", "recrutent", "poste", "postes", "cdi", "cdd",
        "intérim", "interim", "candidat", "candidate", "candidats", "candidates", "candidature*",
        "postulez", "postuler", "offre d'emploi", "offres d'emploi", "emploi", "job", "jobs",
        "hiring", "apply", "applicant*", "vacancy", "vacancies", "position", "opening",
        "stage", "stagiaire", "alternance", "alternant", "profil recherché", "nous cherchons",
        "nous recherchons", "recherchons", "cherchons", "on cherche", "cherche un", "cherche une",
        "recherche un", "recherche une", "looking for", "seeking", "wanted", "join our team",
        "join the team", "rejoignez", "rejoindre", "salaire", "salary", "rémunération",
        "embauche", "embaucher", "hire", "recruiting", "recruitment", "carrière", "career*",
        "h f", "f h", "support role", "sales role", "open role", "new role", "this role",
        "full-time role", "part-time role", "opening for", "we need a", "on a besoin d'un",
        "on a besoin d'une", "profil", "mission", "missions", "shift", "shifts",
        # roles named without a verb of hiring ("Warehouse lead: must be...", "Install crew:")
        "team lead", "crew", "recherche", "lead wanted", "role open", "warehouse role",
        "warehouse lead",
        # a trade's ad: "Électricien cherche apprenti costaud", "apprentice wanted"
        "apprenti", "apprentie", "apprentice", "receptionist", "réceptionniste",
        # round 10: a candidate's report names the recruiter or the job interview
        "recruiter", "recruiters", "recruteur", "recruteuse", "entretien d'embauche",
        "job interview",
        # round 14: a role named by its job title ("Customer advisor role, Lyon: ..."); not
        # "role" alone, a part in a play is one ("pour le rôle de Roméo")
        "advisor role", "adviser role", "assistant role", "agent role", "manager role",
        "engineer role", "developer role", "technician role", "driver role", "cashier role",
        "associate role", "coordinator role", "operator role", "analyst role", "designer role",
        "representative role", "clerk role", "officer role", "specialist role",
        "consultant role", "administrator role", "receptionist role", "nurse role",
        "cook role", "chef role", "picker role", "packer role", "host role", "hostess role",
        "rôle de conseiller", "rôle de conseillère", "rôle d'assistant", "rôle d'assistante",
        "rôle de vendeur", "rôle de vendeuse", "rôle de technicien", "rôle de technicienne",
        "rôle d'hôte", "rôle d'hôtesse", "rôle de chauffeur", "rôle de caissier",
        "rôle de caissière", "rôle de manager", "rôle de responsable",
        # round 21 (para-n, para-u): the search said plainly ("Cherche préparateurs de
        # commandes", "We're after someone who…")
        "cherche", "cherchons", "we're after", "we are after", "after someone",
    )
    #: rules that a post-level "every gender" marker neutralises
    GENDER_NEUTRALISED = frozenset({"gendered_title"})
    GENDER_NEUTRAL_MARKERS = (
        "h f", "f h", "m f", "f m", "m w d", "m f d", "f m d", "h f x", "f h x", "x f h",
        "tous genres", "all genders", "any gender", "homme ou femme", "femme ou homme",
        "hommes et femmes", "femmes et hommes", "men and women", "women and men",
    )

    #: an age bracket: "18-30", "30 à 40 ans", "25–35 years"
    AGE_RANGE = re.compile(
        r"(?<![\w€$£.,/:+-])(1[6-9]|[2-6]\d)\s?(?:-|–|à|a|to|/)\s?([2-7]\d)"
        r"(?:\s?(ans|years?|yrs|y\.?o\.?))?(?![\w€$£%:/]|\s?(?:€|\$|£|%|h\b|k\b|min))",
        re.IGNORECASE,
    )
    #: an upper age limit with its number: "no more than 35 years", "pas plus de 40 ans"
    AGE_LIMIT = re.compile(
        r"\b(?:no more than|not more than|no older than|not older than|maximum|max\.?|"
        r"pas plus de|au maximum|au plus|moins de|under|below|younger than|up to)"
        r"\s{1,2}(\d{2})\s?(?:years|yrs|ans|y\.?o\.?)\b"
        r"(?!\s?(?:d['’]\s?exp|of exp|d['’]anciennet|of service|in business|d['’]existence))",
        re.IGNORECASE,
    )
    #: two numbers joined as a range, or two digits and years: the cheap test before the age
    #: patterns (most posts have neither)
    AGE_HINT = re.compile(r"\d\s?(?:-|–|à|a|to|/)\s?\d|\d\d\s?(?:years|yrs|ans|y\.?o)")
    #: where an age limit is the law's: apprenticeships, work-study contracts, civic service
    AGE_ALLOWED = re.compile(
        r"alternance|apprenti|apprentice|professionnalisation|service civique",
        re.IGNORECASE,
    )
    #: what makes a bare range an age: "aged", "âge", youth or sex words near it
    AGE_CUE = re.compile(
        r"\b(?:aged?|ages|âg[ée]e?s?|âges?|ans|years? old|young|jeunes?|men|women|hommes|femmes|"
        r"guys|girls|filles|garçons|lads|profil|profile)\b",
        re.IGNORECASE,
    )
    AGE_CUE_REACH = 30
    AGE_EXPLANATIONS = {
        "en": (
            "Age bracket in a job post (“{found}”): an age requirement is discrimination. Remove "
            "it; describe the skills and experience the job needs."
        ),
        "fr": (
            "Tranche d'âge dans une offre (« {found} ») : exiger un âge est une discrimination. "
            "Retirez-la ; décrivez les compétences et l'expérience dont le poste a besoin."
        ),
    }

    #: round 9 (precision): a requirement quoted as a counter-example, to teach what not to
    #: write ("example of a discriminatory ad: ...", "une offre ne peut pas exiger un âge")
    COUNTER_EXAMPLE = (
        "annonce discriminatoire", "offre discriminatoire", "discriminatory ad",
        "discriminatory job ad", "discriminatory job post", "est discriminatoire",
        "is discriminatory", "est illégal", "est illégale", "is illegal", "ne peut pas exiger",
        "ne peut exiger", "cannot require", "can't require", "n'écrivez jamais", "never write",
        "à ne pas écrire", "don't write", "do not write",
    )

    # -- round 12 (structural): a candidate reports the answer given to them -------------------
    #: the answer reported ("on m'a répondu", "I was told") then, in the same sentence, one of
    #: the candidate's own protected traits (closed vocabulary): their age in years, their
    #: children, a pregnancy, a headscarf, an accent or a name, a disability
    REPORTED_ANSWER = re.compile(
        r"\b(?:on m['’]a (?:r[ée]pondu|dit|expliqu[ée]|fait comprendre|object[ée])|"
        r"(?:il|elle|ils|elles|la rh|le rh|le recruteur|la recruteuse) m['’]a (?:r[ée]pondu|dit|"
        r"expliqu[ée]|fait comprendre)|(?:they|she|he|hr|the recruiter|the manager) "
        r"(?:told|said to|replied to|wrote to) me|i was told|i got told|i've been told)"
        r"[^.!?\n]{0,40}?(?:\bat [1-7]\d\b(?![:.,]?\d| ?(?:am|pm|h|%|€|\$|£|o'clock|min|hour))|"
        r"\b[1-7]\d ans\b|\b\d{2} years old\b|"
        r"\b(?:avec|with) (?:deux|trois|quatre|\d|des|mes|my|two|three|four|young) "
        r"(?:jeunes |young |petits |little )?(?:enfants|gosses|kids|children)\b|"
        r"\b(?:enceinte|pregnant|grossesse|pregnancy|mon voile|my headscarf|my hijab|mon accent|"
        r"my accent|mon nom|my name|mon handicap|my disability|mon fauteuil|my wheelchair|"
        r"mon origine|my origin|ma religion|my religion|mon âge|my age)\b)",
        re.IGNORECASE,
    )
    #: the cheap test: a word of applying for a job (folded)
    REPORTED_CUES = (
        "postule", "postulee", "candidature", "candidat", "candidate", "entretien", "applied",
        "application", "interview", "recruteur", "recruteuse", "recruiter",
    )
    REPORTED_EXPLANATIONS = {
        "en": (
            "Discrimination in hiring reported (“{found}”): a candidate says a personal trait "
            "(age, children, pregnancy, origin, disability) was given as the reason; it exposes "
            "the organisation to a legal claim. Take it to HR and answer privately."
        ),
        "fr": (
            "Discrimination à l'embauche signalée (« {found} ») : un candidat dit qu'un trait "
            "personnel (âge, enfants, grossesse, origine, handicap) lui a été opposé ; cela "
            "expose l'organisation à un recours. Transmettez à la DRH et répondez en privé."
        ),
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._reported_cues: PhraseMatcher[str] = PhraseMatcher(
            (c, c) for c in self.REPORTED_CUES
        )
        self._job: PhraseMatcher[bool] = PhraseMatcher((p, True) for p in self.JOB_MARKERS)
        self._counter: PhraseMatcher[bool] = PhraseMatcher(
            (p, True) for p in self.COUNTER_EXAMPLE
        )
        self._neutral: PhraseMatcher[bool] = PhraseMatcher(
            (p, True) for p in self.GENDER_NEUTRAL_MARKERS
        )

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        findings = list(super().analyze(ctx))
        outbound = ctx.post.direction.value == "outbound"
        if not outbound and not findings and self._reported_cues.found_in(ctx.normalized):
            return list(self._reported(ctx))
        if (
            outbound
            and self.AGE_HINT.search(ctx.text) is not None
            and self.AGE_ALLOWED.search(ctx.text) is None
        ):
            findings.extend(self._age_ranges(ctx))
            findings.extend(self._age_limits(ctx))
        if not findings or next(self._counter.find(ctx.normalized), None) is not None:
            return ()  # most posts: nothing found
        if (
            len({f.rule for f in findings}) < 2
            and next(self._job.find(ctx.normalized), None) is None
        ):
            return ()
        kept: list[Finding] = []
        neutral: bool | None = None
        for finding in findings:
            if finding.rule.removeprefix(self.LEXICON + ".") in self.GENDER_NEUTRALISED:
                if neutral is None:
                    neutral = next(self._neutral.find(ctx.normalized), None) is not None
                if neutral:
                    continue
            kept.append(finding)
        return kept

    def _reported(self, ctx: Context) -> Iterator[Finding]:
        """Round 12: an inbound candidate reports a protected trait given as the answer."""
        m = self.REPORTED_ANSWER.search(ctx.text)
        if m is None:
            return
        yield self.match_finding(
            ctx,
            m,
            category=Category.COMPLIANCE,
            kind="compliance.discrimination",
            severity=Severity.MEDIUM,
            rule="compliance.reported_answer",
            score=0.75,
            templates=self.REPORTED_EXPLANATIONS,
        )

    def _age_limits(self, ctx: Context) -> Iterator[Finding]:
        for m in self.AGE_LIMIT.finditer(ctx.text):
            if not 16 <= int(m.group(1)) <= 70:
                continue
            yield self._age_finding(ctx, m, "compliance.age_limit_years")

    def _age_ranges(self, ctx: Context) -> Iterator[Finding]:
        text = ctx.text
        for m in self.AGE_RANGE.finditer(text):
            low, high = int(m.group(1)), int(m.group(2))
            if not low < high <= low + 30:
                continue
            if m.group(3) is None:
                around = text[max(0, m.start() - self.AGE_CUE_REACH) : m.end() + 12]
                if self.AGE_CUE.search(around) is None:
                    continue
            yield self._age_finding(ctx, m, "compliance.age_range")

    def _age_finding(self, ctx: Context, m: re.Match[str], rule: str) -> Finding:
        found = m.group()
        return self.finding(
            ctx,
            category=Category.COMPLIANCE,
            kind="compliance.discrimination",
            severity=Severity.HIGH,
            span=(m.start(), m.end()),
            excerpt=found,
            rule=rule,
            matched=found,
            score=0.85,
            templates=self.AGE_EXPLANATIONS,
            found=found,
        )
