"""Complaints received in public: an angry customer about the product, the service or a refund.

Rules ``complaints.*`` of ``lexicons/reputation.toml``: a verdict ("arnaque", "honteux", "a
joke", "never again") next to what it is about (the support, an order, a refund, a product, a
wait). Inbound only, low severity: the post is not blocked, it is a reputation risk to answer
quickly and in public (DESIGN.md: "inbound: complaints"). Profanity in the same post is also a
moderation matter (``community.profanity``); the two findings are kept side by side.

A verdict or an insult next to one of the profile's competitors ("Brillix = arnaque totale",
"Brillix c'est des voleurs") is about the competitor, not a complaint about the organisation: it
is left to the competition family (see :mod:`.rivals`).
"""

from __future__ import annotations

from collections.abc import Iterable

from ....models import Category, Finding
from ....profile import Profile
from ..base import Context
from .rivals import RivalFilter
from .rules import ReputationRules


class Complaints(ReputationRules):
    name = "complaints"
    version = "1.0"
    categories = (Category.REPUTATION,)
    directions = ("inbound",)
    description = "Public complaints received: a verdict about the service, an order or a refund."

    #: the rules whose findings next to a competitor's name are about the competitor
    RIVAL_RULES = (
        "reputation.complaints.verdict",
        "reputation.complaints.name_calling",
        "reputation.complaints.escalation",
    )
    #: original characters between such a finding and the competitor's name (round 10: 80, the
    #: put-down often closes the next sentence: "Brillix sold me a lamp that melted. Bunch of
    #: crooks")
    RIVAL_WINDOW = 80
    #: this class's ``analyze`` only filters the lexicon's findings (the engine may skip it)
    PHRASES_REQUIRED = True

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._rivals = RivalFilter(profile, self.RIVAL_RULES, self.RIVAL_WINDOW)

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        return self._rivals.drop(ctx, super().analyze(ctx))
