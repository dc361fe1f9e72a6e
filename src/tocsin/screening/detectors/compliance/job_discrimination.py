"""Discrimination in job posts: age, sex, origin, disability, pregnancy, family, religion, union.

The phrases are rules in ``lexicons/compliance.toml`` (kind ``compliance.discrimination``). This
class adds two post-level conditions a phrase window cannot express:

- the post must look like a job post (``JOB_MARKERS`` anywhere: "recrute", "CDI", "poste",
  "hiring", "apply"...), so "sans enfants" in a hotel review or "jeune femme" in a story is not
  reported;
- a gendered title ("serveuse", "waitress") is fine when the post addresses every gender anywhere
  ("(H/F)", "F/H", "m/w/d", "all genders").

Severity: explicit exclusions (age limits, sex, origin, disability, pregnancy, family status,
religion, union) are high; coded wording ("jeune et dynamique", "digital native", "native
speaker", a gendered title) is medium. Equal-opportunity statements ("ouverts aux personnes en
situation de handicap", "applicants of all ages") are not matched.
"""

from __future__ import annotations

from collections.abc import Iterable

from ....models import Category, Finding
from ....profile import Profile
from ...lexicon import LexiconDetector
from ...matching import PhraseMatcher
from ..base import Context


class JobDiscrimination(LexiconDetector):
    name = "job_discrimination"
    version = "1.0"
    categories = (Category.COMPLIANCE,)
    directions = ("outbound",)
    description = "Discriminating requirements in job posts (age, sex, origin, disability...)."
    LEXICON = "compliance"
    PHRASES_REQUIRED = True  # nothing without a phrase of the lexicon
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
    )
    #: rules that a post-level "every gender" marker neutralises
    GENDER_NEUTRALISED = frozenset({"gendered_title"})
    GENDER_NEUTRAL_MARKERS = (
        "h f", "f h", "m f", "f m", "m w d", "m f d", "f m d", "h f x", "f h x", "x f h",
        "tous genres", "all genders", "any gender", "homme ou femme", "femme ou homme",
        "hommes et femmes", "femmes et hommes", "men and women", "women and men",
    )

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._job: PhraseMatcher[bool] = PhraseMatcher((p, True) for p in self.JOB_MARKERS)
        self._neutral: PhraseMatcher[bool] = PhraseMatcher(
            (p, True) for p in self.GENDER_NEUTRAL_MARKERS
        )

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        findings = list(super().analyze(ctx))
        if not findings:
            return
        if next(self._job.find(ctx.normalized), None) is None:
            return
        neutral: bool | None = None
        for finding in findings:
            if finding.rule.removeprefix(self.LEXICON + ".") in self.GENDER_NEUTRALISED:
                if neutral is None:
                    neutral = next(self._neutral.find(ctx.normalized), None) is not None
                if neutral:
                    continue
            yield finding
