"""Internal chatter posted publicly: slips of channel or account, drafts, tests, placeholders.

Rules ``internal_chatter.*`` of ``lexicons/reputation.toml``, plus the channel-wide mentions of
team chats (``@channel``, ``@here``), which the phrase matcher cannot see because it ignores
punctuation ("@channel" would be "channel"). Outbound only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....models import Category, Finding, Severity
from ...lexicon import Gate
from ..base import Context
from .rules import ReputationRules


class InternalChatter(ReputationRules):
    name = "internal_chatter"
    version = "1.0"
    categories = (Category.REPUTATION,)
    directions = ("outbound",)
    description = (
        "Messages meant for colleagues posted publicly: wrong channel or account, drafts, tests, "
        "placeholders, @channel."
    )

    KIND = "reputation.internal_chatter"
    #: Slack's channel-wide mentions; not @everyone, which public platforms use too
    TEAM_MENTION = re.compile(r"(?<![\w@.])@(?:channel|here)(?![\w@])")
    EXPLANATIONS = {
        "en": (
            "Team-chat mention “{found}” in a public post: this message was written for a "
            "team chat (Slack) and posted on the wrong account or channel. Remove it from the "
            "public account."
        ),
        "fr": (
            "Mention de messagerie d'équipe « {found} » dans un message public : il a été écrit "
            "pour une messagerie interne (Slack) et publié sur le mauvais compte ou canal. "
            "Retirez-le du compte public."
        ),
    }

    #: the characters the folded text's "@" comes from: "@" and its full-width form (the only
    #: one :mod:`tocsin.screening.normalize` folds to it), the engine's gate for the mentions
    AT_SIGNS = ("@", "\uff20")

    def gate(self) -> Gate:
        """Nothing without a phrase of the rules or an "@": a team mention needs one."""
        return Gate((self._phrases,), self.AT_SIGNS)

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        yield from super().analyze(ctx)
        norm = ctx.normalized
        if "@channel" not in norm.folded and "@here" not in norm.folded:
            return
        for m in self.TEAM_MENTION.finditer(norm.folded):
            span = norm.to_original(m.start(), m.end())
            found = ctx.text[span[0] : span[1]]
            yield self.finding(
                ctx,
                category=Category.REPUTATION,
                kind=self.KIND,
                severity=Severity.HIGH,
                span=span,
                excerpt=found,
                rule="reputation.internal_chatter.team_mention",
                matched=found,
                score=0.8,
                found=found,
            )
