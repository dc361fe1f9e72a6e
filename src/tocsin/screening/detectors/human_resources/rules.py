"""The human resources lexicon (``lexicons/human_resources.toml``), shared by the family.

Each detector owns the rules whose id starts with its name: ``layoffs.terms`` belongs to the
``layoffs`` detector, ``poaching.recruiting`` to ``poaching``.

:class:`OwnStaffRules` adds what a phrase window cannot say: whose staff the post is about. Job
cuts or an illness told of a competitor ("chez Brillix, ils vont virer la moitié de la R&D", "the
Brillix CEO is stepping back for health reasons") are a rumour about the competitor (the
competition family's), not the organisation's human resources.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ....models import Category, Finding
from ....profile import Profile
from ...lexicon import LexiconDetector
from ...matching import PhraseMatch, PhraseMatcher
from ..base import Context


class HumanResourcesRules(LexiconDetector):
    """A lexicon detector over the human resources lexicon, restricted to its own rules."""

    LEXICON = "human_resources"

    RULES_BY_NAME = True


class OwnStaffRules(HumanResourcesRules):
    """HR rules about the organisation's own staff: a finding whose subject is a competitor of
    the profile is dropped.

    The competitor is the subject when one of its names comes at most ``COMPETITOR_REACH`` (80)
    characters before the evidence, with no word of the organisation itself in between ("nous",
    "our", a brand of the profile) and no word of moving to it just before it ("partent chez
    Brillix" is about the organisation's own staff leaving).
    """

    PHRASES_REQUIRED = True  # only filters the lexicon's findings
    COMPETITOR_REACH = 80
    #: words of the organisation itself between the competitor and the evidence
    OWN_WORDS = (
        "nous", "notre", "nos", "on nous", "chez nous", "we", "we're", "our", "us", "ours",
        "mes collègues", "my colleagues", "ma boîte", "my company",
    )
    #: words of moving to the competitor, just before its name
    MOVE_WORDS = (
        "part", "partent", "partir", "parti", "partie", "partis", "file", "filent", "rejoint",
        "rejoignent", "aller", "gone to", "going to",
        "rejoindre", "passe", "passent", "leaving for", "left for", "leave for", "join", "joins",
        "joined", "joining", "went to", "off to", "moved to", "moving to", "quitte", "quittent",
        "to",
    )
    MOVE_REACH = 14

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._competitors: PhraseMatcher[str] = PhraseMatcher(
            profile.competitor_terms(), on_demand=True
        )
        own = [(w, True) for w in self.OWN_WORDS]
        own += [(t, True) for b in profile.brands for t in (b.name, *b.aliases)]
        self._own: PhraseMatcher[bool] = PhraseMatcher(own, on_demand=True)
        self._move: PhraseMatcher[bool] = PhraseMatcher(
            ((w, True) for w in self.MOVE_WORDS), on_demand=True
        )

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        findings = list(super().analyze(ctx))
        if not findings or not self._competitors:
            return findings
        rivals = self._competitors.find_all(ctx.normalized)
        if not rivals:
            return findings
        return list(self._own_staff(ctx, findings, rivals))

    def _own_staff(
        self, ctx: Context, findings: list[Finding], rivals: list[PhraseMatch[str]]
    ) -> Iterator[Finding]:
        own = self._own.find_all(ctx.normalized)
        moves = self._move.find_all(ctx.normalized)
        for finding in findings:
            if finding.category is Category.HUMAN_RESOURCES and self._about_rival(
                finding, rivals, own, moves
            ):
                continue
            yield finding

    def _about_rival(
        self,
        finding: Finding,
        rivals: list[PhraseMatch[str]],
        own: list[PhraseMatch[bool]],
        moves: list[PhraseMatch[bool]],
    ) -> bool:
        start = finding.start
        if start is None:
            return False
        for rival in rivals:
            if not 0 <= start - rival.end <= self.COMPETITOR_REACH:
                continue
            if any(rival.end <= o.start and o.end <= start for o in own):
                continue
            if any(0 <= rival.start - m.end <= self.MOVE_REACH for m in moves):
                continue
            return True
        return False
