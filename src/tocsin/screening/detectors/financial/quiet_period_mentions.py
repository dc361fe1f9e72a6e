"""Plain financial words during a quiet period: "résultats", "revenue", "chiffre d'affaires".

Outside quiet periods these words are everyday vocabulary and are not reported. Inside one of the
profile's quiet periods (organisation time zone) any of them sends the post to review
(``mnpi.quiet_period``, medium); stronger findings of ``financial_disclosure`` on the same words
are ``mnpi.quiet_period`` too (high) and the engine merges the two. The rules are those of kind
``mnpi.quiet_period`` in ``lexicons/financial.toml``; their ``unless`` phrases allow announcing a
publication date ("nos résultats seront publiés le 28 janvier", "save the date") and pointing to
published documents ("annual report available on ...").

Disabled when the profile has no quiet period.
"""

from __future__ import annotations

from collections.abc import Iterable

from ....models import Category, Finding
from ....profile import Profile
from ...lexicon import LexiconDetector, Rule
from ..base import Context
from .financial_disclosure import FinancialDisclosure
from .quiet_period import QUIET_KIND, QuietCalendar, during_quiet_period


class QuietPeriodMentions(LexiconDetector):
    name = "quiet_period_mentions"
    version = "1.0"
    categories = (Category.FINANCIAL_DISCLOSURE,)
    directions = ("outbound",)
    description = "Any financial word (results, revenue...) in a post dated in a quiet period."
    LEXICON = "financial"
    PHRASES_REQUIRED = True  # nothing without a phrase of the lexicon

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._calendar = QuietCalendar(profile)
        self._rule_of = {f"{self.LEXICON}.{r.id}": r for r in self.rules}

    @classmethod
    def owns(cls, rule: Rule) -> bool:
        return rule.kind == QUIET_KIND

    @property
    def enabled(self) -> bool:
        return bool(self._calendar)

    #: round 22 (precision): the outlook words, left alone in a post of season's greetings with
    #: no financial object (see :meth:`.FinancialDisclosure.outlook_wished`)
    OUTLOOK_WORDS = frozenset({"guidance", "outlook", "previsions", "forecast", "perspectives"})

    @classmethod
    def _wished(cls, ctx: Context, finding: Finding) -> bool:
        start, end = finding.start, finding.end
        word = (finding.matched or "").lower().replace("é", "e")
        if start is None or end is None or word not in cls.OUTLOOK_WORDS:
            return False
        return FinancialDisclosure.outlook_wished(ctx.text, start, end)

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        period = self._calendar.at(ctx.post.at)
        if period is None:
            return
        lang = ctx.explain_lang
        for finding in super().analyze(ctx):
            if self._wished(ctx, finding):
                continue
            templates = self._rule_of[finding.rule].explanation
            topic = (templates.get(lang) or templates.get("en") or "").format(found=finding.excerpt)
            yield during_quiet_period(self, ctx, finding, period, topic, escalate=False)
