"""Disparaging or defamatory statements about the profile's competitors.

The profile's competitors (``[[competitors]]``: names, aliases, domains, handles) are compiled
into one automaton at start; a post that names none costs one pass of it and nothing more. The
negative words are the rules of ``lexicons/competition.toml``: accusations of fraud, theft,
danger or illegality ("arnaque", "voleurs", "prennent feu", "scam", "steal") are
``competition.defamation`` (high); running products down ("camelote", "nul", "junk", "worse")
is ``competition.disparagement`` (medium). A word counts only within ``WINDOW`` characters of a
competitor's name. The phrase matcher does not see emoji: a disparaging one (💩 🤮 👎 🗑️ 🤡)
within ``EMOJI_WINDOW`` characters of the name ("Brillix = 💩") is disparagement too, found here.
Neutral comparisons ("Brillix a aussi une lampe connectée"), sourced
benchmarks ("30 % plus économe que la Brillix X2 selon le test de ...") and praise are not
flagged. Without competitors in the profile the detector is off. Inbound posts too (a reply
on the organisation's page spreads it as well).
"""

from __future__ import annotations

from collections.abc import Iterable

from ....models import Category, Finding
from ....profile import Profile
from ...lexicon import AnchoredLexiconDetector, Rule
from ...matching import PhraseMatch, SpanIndex
from ..base import Context


class CompetitorDisparagement(AnchoredLexiconDetector):
    name = "competitor_disparagement"
    version = "1.0"
    categories = (Category.COMPETITION,)
    directions = ("outbound", "inbound")
    description = "Defamation or disparagement of the profile's competitors."

    LEXICON = "competition"
    #: folded characters between the negative words and the competitor's name
    WINDOW = 60
    ANCHOR_FIELD = "competitor"
    #: emoji that run down what they follow or precede, and the rule they count for
    EMOJI = ("💩", "🤮", "🤢", "👎", "🗑", "🚮", "🤡")
    EMOJI_RULE = "disparagement"
    #: original characters between such an emoji and the competitor's name
    EMOJI_WINDOW = 25

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._emoji_rule: Rule | None = next(
            (r for r in self.rules if r.id == self.EMOJI_RULE), None
        )

    def anchor_terms(self, profile: Profile) -> Iterable[tuple[str, str]]:
        return profile.competitor_terms()

    def more(self, ctx: Context, anchors: list[PhraseMatch[str]]) -> Iterable[Finding]:
        if self._emoji_rule is not None and any(e in ctx.text for e in self.EMOJI):
            yield from self._emoji(ctx, anchors, self._emoji_rule)

    def _emoji(
        self, ctx: Context, rivals: list[PhraseMatch[str]], rule: Rule
    ) -> Iterable[Finding]:
        """A disparaging emoji next to a competitor's name: one finding per competitor."""
        text = ctx.text
        by_original = SpanIndex((r.start, r.end, r) for r in rivals)
        done: set[str] = set()
        for emoji in self.EMOJI:
            at = text.find(emoji)
            while at != -1:
                end = at + len(emoji)
                rival = by_original.nearest(at, end, self.EMOJI_WINDOW)
                if rival is not None and rival.payload not in done:
                    done.add(rival.payload)
                    start, stop = min(at, rival.start), max(end, rival.end)
                    yield self.finding(
                        ctx,
                        category=rule.category,
                        kind=rule.kind,
                        severity=rule.severity,
                        span=(start, stop),
                        excerpt=text[start:stop],
                        rule=f"{self.LEXICON}.{rule.id}.emoji",
                        matched=emoji,
                        score=rule.score,
                        templates=rule.explanation,
                        found=emoji,
                        competitor=rival.payload,
                    )
                at = text.find(emoji, end)
