"""Insults and profanity in inbound posts: a community moderation matter, not the brand's voice.

The same words mean two different risks by direction. In a draft of the organisation they are a
``reputation`` risk (``reputation.profanity``); in a post received from the public they are a
``community_management`` one (``community.profanity``): the post is moderated, not rewritten.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import ClassVar

from ....models import Category, Direction, Finding
from ..base import Context
from .rules import ReputationRules


class ModeratedRules(ReputationRules):
    """Reputation rules whose inbound findings become community moderation findings."""

    #: outbound kind -> inbound kind (category ``community_management``)
    INBOUND_KINDS: ClassVar[Mapping[str, str]] = {}
    #: explanation templates of each inbound kind, per language (``{found}`` is the evidence)
    INBOUND_EXPLANATIONS: ClassVar[Mapping[str, Mapping[str, str]]] = {}

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        found = self.detect(ctx)
        if ctx.post.direction is Direction.OUTBOUND:
            yield from found
            return
        for f in found:
            kind = self.INBOUND_KINDS.get(f.kind)
            if kind is None:
                continue
            evidence = ctx.text[f.start : f.end] if f.start is not None else f.excerpt
            yield replace(
                f,
                category=Category.COMMUNITY_MANAGEMENT,
                kind=kind,
                explanation=self.explain(
                    ctx.explain_lang, f.rule, self.INBOUND_EXPLANATIONS[kind], found=evidence
                ),
            )

    def detect(self, ctx: Context) -> Iterable[Finding]:
        """The findings of the rules, whatever the direction (before the inbound mapping)."""
        return super().analyze(ctx)
