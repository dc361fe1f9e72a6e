"""The learned risk layer's findings: a risk category the rules missed, sent to review.

The ``risk`` model (:mod:`tocsin.ml.training.risk`) is scored in the text models' single pass
(:mod:`tocsin.ml.inference`); :class:`LearnedRisk` reads its columns. A category whose
probability reaches the policy's threshold (``[policy.thresholds] risk``, or ``risk_<category>``
for one category) becomes a finding of kind ``learned.<category>``, unless a rule or another
model already found that category in the post. Its severity is ``medium``: the default policy
sends the post to review, never blocks it for this alone. The finding points at the word that
drove the probability most and names the others, so that a reviewer sees why.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..models import Category, Direction, Finding, Severity
from ..profile import Policy
from ..screening.detectors.base import Context
from .inference import TextModels

NAME = "learned_risk"
VERSION = "1.0"
THRESHOLD = "risk"
SEVERITY = Severity.MEDIUM
#: fewer words than this and the model's evidence is one or two words plus its prior ("Launch
#: day 🚀" rated a data leak at 0.85): no finding
MIN_WORDS = 4


@dataclass(frozen=True, slots=True)
class Wording:
    """How a category is named and what to do about it, in each language."""

    label: dict[str, str]
    advice: dict[str, str]


WORDING: dict[Category, Wording] = {
    Category.DATA_LEAK: Wording(
        {"en": "a data leak", "fr": "une fuite de données"},
        {
            "en": "Check it for personal data, secrets or confidential information before it "
            "goes out.",
            "fr": "Vérifiez qu'il ne contient ni données personnelles, ni secret, ni information "
            "confidentielle.",
        },
    ),
    Category.COMPLIANCE: Wording(
        {"en": "a compliance risk", "fr": "un risque de conformité"},
        {
            "en": "Have it checked: promises of returns or cures, discrimination or sensitive "
            "data about someone break the law.",
            "fr": "Faites-le vérifier : promesses de gains ou de guérison, discrimination ou "
            "données sensibles sur une personne sont interdites.",
        },
    ),
    Category.REPUTATION: Wording(
        {"en": "a reputation risk", "fr": "un risque pour la réputation"},
        {
            "en": "Reread the tone and promises: contempt, insults or overpromising hurt the "
            "organisation.",
            "fr": "Relisez le ton et les promesses : mépris, insultes ou promesses excessives "
            "nuisent à l'organisation.",
        },
    ),
    Category.FINANCIAL_DISCLOSURE: Wording(
        {"en": "a financial disclosure", "fr": "une divulgation financière"},
        {
            "en": "Results, deals or share-price talk before publication are regulated: have "
            "finance or legal approve it.",
            "fr": "Résultats, opérations ou conseils boursiers avant publication sont encadrés : "
            "faites-le valider par la finance ou le juridique.",
        },
    ),
    Category.HUMAN_RESOURCES: Wording(
        {"en": "a human-resources matter", "fr": "un sujet de ressources humaines"},
        {
            "en": "Layoffs, salaries, health or departures of identifiable people are not "
            "public: check with HR.",
            "fr": "Licenciements, salaires, santé ou départs de personnes identifiables ne sont "
            "pas publics : voyez avec les RH.",
        },
    ),
    Category.PERSONAL_SECURITY: Wording(
        {"en": "a personal-security risk", "fr": "un risque pour la sécurité des personnes"},
        {
            "en": "Do not say where someone is, will be, or that a home is empty; publish after "
            "the fact.",
            "fr": "Ne dites pas où se trouve ou se trouvera quelqu'un, ni qu'un logement est "
            "vide ; publiez après coup.",
        },
    ),
    Category.COMPETITION: Wording(
        {"en": "a statement about a competitor", "fr": "une mise en cause d'un concurrent"},
        {
            "en": "Disparaging or poaching a competitor in public can be unfair competition: "
            "stick to facts about your own offer.",
            "fr": "Dénigrer un concurrent ou débaucher chez lui en public peut être déloyal : "
            "parlez des faits de votre offre.",
        },
    ),
}

EXPLANATION = {
    "en": "The learned risk model rates this post {score:.0%} likely to be {label} (threshold "
    "{threshold:.0%}), mostly because of “{words}”; no rule found it. {advice}",
    "fr": "Le modèle de risque appris estime à {score:.0%} la probabilité que ce message soit "
    "{label} (seuil {threshold:.0%}), surtout à cause de « {words} » ; aucune règle ne l'a "
    "relevé. {advice}",
}


def logit(p: float) -> float:
    """The linear score at which the sigmoid reaches ``p`` (thresholds are compared before it)."""
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def threshold_of(thresholds: Mapping[str, float], category: str) -> float:
    """``risk_<category>`` when the policy sets it, else ``risk``."""
    return thresholds.get(f"{THRESHOLD}_{category}", thresholds[THRESHOLD])


def about_a_rival(ctx: Context, findings: Iterable[Finding]) -> bool:
    """Round 16: an outbound post the rules found disparaging a competitor: the competition
    finding explains its harsh words better than a second, reputation finding of a model
    ("Brillix is run by clowns")."""
    return ctx.post.direction is not Direction.INBOUND and any(
        f.category is Category.COMPETITION for f in findings
    )


class LearnedRisk:
    """The risk model's columns, their thresholds (as linear scores) and the finding they give."""

    def __init__(self, models: TextModels, policy: Policy) -> None:
        self.models = models
        #: (category, column, threshold, the threshold's linear score), categories turned on
        self.columns: list[tuple[Category, int, float, float]] = []
        for name, column in models.risk.items():
            category = Category(name)
            if category not in WORDING or policy.is_disabled(f"learned.{name}", NAME):
                continue
            cut = threshold_of(policy.thresholds, name)
            self.columns.append((category, column, cut, logit(cut)))
        # the first test of every post: the risk columns are side by side in the table
        every = list(models.risk.values())
        self._first, self._last = (min(every), max(every) + 1) if every else (0, 0)
        self._floor = min((c[3] for c in self.columns), default=math.inf)

    def run(self, ctx: Context, raw: list[float], found: Iterable[Finding]) -> list[Finding]:
        """Findings for the categories whose linear score ``raw[column]`` reaches the threshold
        and that nothing in ``found`` (the rules' and the other models' findings) has."""
        if max(raw[self._first : self._last], default=-math.inf) < self._floor:
            return []  # most posts: no risk column reaches the lowest threshold
        hits = [c for c in self.columns if raw[c[1]] >= c[3]]
        found = tuple(found)  # read twice below
        have = {f.category for f in found}
        if about_a_rival(ctx, found):
            # round 16: the reputation column reads the same harsh words (no second finding)
            have.add(Category.REPUTATION)
        out = []
        for category, column, cut, _ in hits:
            if category not in have:
                finding = self._finding(ctx, category, column, cut, raw[column])
                if finding is not None:
                    out.append(finding)
        return out

    def _finding(
        self, ctx: Context, category: Category, column: int, threshold: float, z: float
    ) -> Finding | None:
        """The finding, or None when the post is shorter than ``MIN_WORDS`` words or no word of it
        explains the score (punctuation and the model's prior alone are not evidence a reviewer
        can check)."""
        norm = ctx.normalized
        if sum(1 for word in norm.folded.split() if any(c.isalnum() for c in word)) < MIN_WORDS:
            return None
        text = ctx.post.text
        kind = f"learned.{category.value}"
        drivers = self.models.drivers(norm.folded, f"risk.{category.value}")
        if not drivers:
            return None
        spans = [norm.to_original(start, end) for _, start, end in drivers]
        words = [text[a:b] for a, b in spans]
        span = spans[0]
        lang = ctx.explain_lang if ctx.explain_lang in EXPLANATION else "en"
        score = round(0.5 * (1.0 + math.tanh(0.5 * z)), 4)
        wording = WORDING[category]
        explanation = EXPLANATION[lang].format(
            score=score,
            threshold=threshold,
            label=wording.label[lang],
            words=", ".join(words),
            advice=wording.advice[lang],
        )
        trailer = {"fr": "règle", "en": "rule"}[lang]
        return Finding(
            category=category,
            kind=kind,
            severity=SEVERITY,
            start=span[0],
            end=span[1],
            excerpt=", ".join(words)[:120],
            explanation=f"{explanation} [{NAME} {VERSION}, {trailer} {kind}]",
            detector=NAME,
            score=score,
            rule=f"{THRESHOLD}>={threshold}",
            matched=", ".join(words),
        )
