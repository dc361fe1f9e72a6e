"""Poaching from or by competitors: recruiting words next to a competitor of the profile.

Rules ``poaching.*`` of ``lexicons/human_resources.toml`` ("rejoignez-nous", "quittez",
"débaucher", "we're hiring", "ex-", "alumni") count only within ``WINDOW`` characters of one of
the profile's competitors (name, aliases, domains, handles): "Rejoignez-nous, quittez Brillix",
"We're hiring Brillix's engineers", "Brillix vient de débaucher notre directeur". A job ad that
names no competitor is not poaching. Without competitors in the profile the detector is off.
Outbound only.
"""

from __future__ import annotations

from collections.abc import Iterable

from ....models import Category, Finding
from ....profile import Profile
from ...matching import PhraseMatcher, SpanIndex
from ..base import Context
from .rules import HumanResourcesRules


class Poaching(HumanResourcesRules):
    name = "poaching"
    version = "1.0"
    categories = (Category.HUMAN_RESOURCES,)
    directions = ("outbound",)
    description = "Recruiting from or by the profile's competitors (names, aliases, handles)."

    #: folded characters between the recruiting words and the competitor's name
    WINDOW = 60

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
        direction = ctx.post.direction.value
        for hit in self._phrases.find(norm):
            rule = hit.payload
            rival = near_rival.nearest(hit.fstart, hit.fend, self.WINDOW)
            if rival is None or direction not in rule.directions:
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
