"""Fake or manipulated customer reviews: bought, written in-house, or hidden.

Rules in ``lexicons/compliance.toml`` (kind ``compliance.fake_reviews``): "acheter des avis",
"let's buy 200 five-stars", "the client wants the reviews managed", "on écrit nos propres avis",
"supprimer les avis négatifs". Buying, writing or suppressing reviews to mislead customers is an
unfair commercial practice (EU Directive 2005/29 as amended in 2019, UK DMCC Act 2024).
Warnings about fake reviews ("méfiez-vous des faux avis"), pledges ("we never buy reviews") and
thanks for genuine five-star reviews are left alone.

Round 9 (precision): reviews said to be bought *by a competitor* ("not saying Brillix's reviews
are bought; 400 five-star reviews in one night..."), in a post that names a competitor of the
profile and says nothing of the organisation's own plan (no "we", "let's", "on", "nos" in the
sentence), are an insinuation about the rival, competition's business, not a plan to buy reviews.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ....models import Category, Finding
from ....profile import Profile
from ...lexicon import LexiconDetector
from ..base import Context


class FakeReviews(LexiconDetector):
    name = "fake_reviews"
    version = "1.1"
    categories = (Category.COMPLIANCE,)
    directions = ("outbound",)
    description = "Fake, bought or suppressed customer reviews (unfair commercial practice)."
    LEXICON = "compliance"
    KINDS = ("compliance.fake_reviews",)
    PHRASES_REQUIRED = True  # nothing without a phrase of the lexicon (analyze only filters)

    #: the organisation's own plan: "let's buy", "we", "on achète", "nos avis"
    OWN_PLAN = re.compile(
        r"\b(?:let'?s|we|we'?ll|we'?re|our|us|on|nous|nos|notre|achetons|commandons|"
        r"je|j'|i|i'?ll|my|mes|mon)\b",
        re.IGNORECASE,
    )

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        names = profile.competitor_names()
        self._rivals = (
            re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)
            if names
            else None
        )

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        findings = list(super().analyze(ctx))
        if not findings or self._rivals is None or self._rivals.search(ctx.text) is None:
            return findings
        return list(self._own(ctx.text, findings))

    def _own(self, text: str, findings: list[Finding]) -> Iterator[Finding]:
        for finding in findings:
            start, end = finding.start or 0, finding.end or 0
            lo = max(text.rfind(stop, 0, start) for stop in ".!?\n") + 1
            hi = min((i for i in (text.find(stop, end) for stop in ".!?\n") if i >= 0),
                     default=len(text))
            if self.OWN_PLAN.search(text[lo:hi]) is not None:
                yield finding
