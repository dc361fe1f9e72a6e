"""Disparaging or defamatory statements about the profile's competitors.

The profile's competitors (``[[competitors]]``: names, aliases, domains, handles) are compiled
into one automaton at start; a post that names none costs one pass of it and nothing more. The
negative words are the rules of ``lexicons/competition.toml``: accusations of fraud, theft,
danger or illegality ("arnaque", "voleurs", "prennent feu", "scam", "steal") are
``competition.defamation`` (high); running products down ("camelote", "nul", "junk", "worse")
is ``competition.disparagement`` (medium). A word counts only within ``WINDOW`` characters of a
competitor's name. Neutral comparisons ("Brillix a aussi une lampe connectée"), sourced
benchmarks ("30 % plus économe que la Brillix X2 selon le test de ...") and praise are not
flagged. Without competitors in the profile the detector is off. Outbound only.
"""

from __future__ import annotations

from collections.abc import Iterable

from ....models import Category, Finding
from ....profile import Profile
from ...lexicon import LexiconDetector
from ...matching import PhraseMatcher, SpanIndex
from ..base import Context


class CompetitorDisparagement(LexiconDetector):
    name = "competitor_disparagement"
    version = "1.0"
    categories = (Category.COMPETITION,)
    directions = ("outbound",)
    description = "Defamation or disparagement of the profile's competitors."

    LEXICON = "competition"
    #: folded characters between the negative words and the competitor's name
    WINDOW = 40

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._competitors: PhraseMatcher[str] = PhraseMatcher(
            (term, c.name)
            for c in profile.competitors
            for term in (
                c.name,
                *c.aliases,
                *c.domains,
                *(h for handles in c.handles.values() for h in handles),
            )
        )

    @property
    def enabled(self) -> bool:
        return bool(self._competitors)

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        norm = ctx.normalized
        rivals = self._competitors.find_all(norm)
        if not rivals:
            return
        near_rival = SpanIndex((r.fstart, r.fend, r) for r in rivals)
        unless = self._by_rule(self._unless.find_all(norm)) if self._unless else {}
        for hit in self._phrases.find(norm):
            rule = hit.payload
            rival = near_rival.nearest(hit.fstart, hit.fend, self.WINDOW)
            if rival is None:
                continue
            if rule.id in unless and unless[rule.id].has_near(hit.fstart, hit.fend, rule.window):
                continue
            start, end = min(hit.start, rival.start), max(hit.end, rival.end)
            found = ctx.text[start:end]
            yield self.finding(
                ctx,
                category=rule.category,
                kind=rule.kind,
                severity=rule.severity,
                span=(start, end),
                excerpt=found,
                rule=f"{self.LEXICON}.{rule.id}",
                matched=hit.phrase,
                score=rule.score,
                templates=rule.explanation,
                found=ctx.text[hit.start : hit.end],
                competitor=rival.payload,
            )
