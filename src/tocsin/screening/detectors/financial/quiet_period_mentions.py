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

import re
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

    #: round 23 (precision, blind19): the results' date told as a meeting ("On se retrouve le 28
    #: janvier pour nos résultats annuels !", "See you on 28 January for our full-year results"):
    #: a calendar date, then "for" and the results, the sentence saying nothing more of them
    MONTHS = (
        r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|"
        r"d[ée]cembre|january|february|march|april|may|june|july|august|september|october|"
        r"november|december|jan|feb|febr?|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
    )
    DATE_FOR = re.compile(
        r"(?:\b\d{1,2}(?:er|st|nd|rd|th)?\s+" + MONTHS + r"|\b" + MONTHS
        + r"\s+\d{1,2}(?:st|nd|rd|th)?|\b\d{1,2}/\d{1,2})(?:\s+\d{4})?\s*,?\s+(?:pour|for)\s+"
        r"(?:nos|notre|les|ses|leurs|our|the|its|their)\s+(?:[\w-]+\s+)?\Z",
        re.IGNORECASE,
    )
    #: ... after the results word, only what names them (a period, a year) before the sentence
    #: ends: "annuels", "2026", "du T4", "full-year"
    NAMED_ONLY = re.compile(
        r"(?:\s+(?:annuels|annuelles|semestriels|trimestriels|annual|quarterly|half-year|"
        r"full-year|de l['’]exercice|(?:du|de|of|for)\s+(?:t|q|h|s)\d|(?:t|q|h|s)\d|"
        r"\d{4}|fy\s?\d{2,4}))*\s*(?:[.!…]|\Z|[^\w\s,;:'’-])",
        re.IGNORECASE,
    )

    @classmethod
    def _date_told(cls, ctx: Context, finding: Finding) -> bool:
        start, end = finding.start, finding.end
        if start is None or end is None:
            return False
        text = ctx.text
        return (
            cls.DATE_FOR.search(text, max(0, start - 60), start) is not None
            and cls.NAMED_ONLY.match(text, end) is not None
        )

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        period = self._calendar.at(ctx.post.at)
        if period is None:
            return
        lang = ctx.explain_lang
        for finding in super().analyze(ctx):
            if self._wished(ctx, finding) or self._date_told(ctx, finding):
                continue
            templates = self._rule_of[finding.rule].explanation
            topic = (templates.get(lang) or templates.get("en") or "").format(found=finding.excerpt)
            yield during_quiet_period(self, ctx, finding, period, topic, escalate=False)
