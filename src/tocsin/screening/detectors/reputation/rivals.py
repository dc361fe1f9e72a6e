"""Words about a competitor are not about the organisation: the findings to leave to the
competition family.

"Brillix, ce sont des escrocs" is not contempt for people, and "Brillix = arnaque totale" posted
on the organisation's page is not a complaint about it: both are the competition family's
(``competitor_disparagement``). :class:`RivalFilter` drops the findings of some reputation rules
when one of the profile's competitors (name, aliases, domains, handles, masked spellings) is
named next to them.
"""

from __future__ import annotations

from collections.abc import Iterable

from ....models import Finding
from ....profile import Profile
from ...matching import PhraseMatch, PhraseMatcher, SpanIndex
from ..base import Context
from ..competition.competitor_disparagement import masked_names


class RivalFilter:
    """Drops the findings of ``rules`` (full rule names) within ``window`` original characters
    of a competitor's name."""

    def __init__(self, profile: Profile, rules: Iterable[str], window: int) -> None:
        terms = profile.competitor_terms()
        terms += [(v, c.name) for c in profile.competitors for v in masked_names(c.name)]
        self._rivals: PhraseMatcher[str] = PhraseMatcher(terms, on_demand=True)
        self._rules = frozenset(rules)
        self._window = window

    def drop(self, ctx: Context, found: Iterable[Finding]) -> list[Finding]:
        """``found`` but the findings of the filter's rules next to a competitor."""
        kept = list(found)
        if not self._rivals or not any(f.rule in self._rules for f in kept):
            return kept
        rivals = self._index(ctx)
        return [f for f in kept if f.rule not in self._rules or not self._near(rivals, f)]

    def near_rival(self, ctx: Context, finding: Finding) -> bool:
        """True when ``finding`` (of any rule) is next to a competitor's name."""
        return bool(self._rivals) and self._near(self._index(ctx), finding)

    def _index(self, ctx: Context) -> SpanIndex[PhraseMatch[str]]:
        return SpanIndex((m.start, m.end, m) for m in self._rivals.find_all(ctx.normalized))

    def _near(self, rivals: SpanIndex[PhraseMatch[str]], f: Finding) -> bool:
        if not rivals or f.start is None or f.end is None:
            return False
        return rivals.nearest(f.start, f.end, self._window) is not None
