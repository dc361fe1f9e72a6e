"""Complaints received in public: an angry customer about the product, the service or a refund.

Rules ``complaints.*`` of ``lexicons/reputation.toml``: a verdict ("arnaque", "honteux", "a
joke", "never again") next to what it is about (the support, an order, a refund, a product, a
wait). Inbound only, low severity: the post is not blocked, it is a reputation risk to answer
quickly and in public (DESIGN.md: "inbound: complaints"). Profanity in the same post is also a
moderation matter (``community.profanity``); the two findings are kept side by side.
"""

from __future__ import annotations

from ....models import Category
from .rules import ReputationRules


class Complaints(ReputationRules):
    name = "complaints"
    version = "1.0"
    categories = (Category.REPUTATION,)
    directions = ("inbound",)
    description = "Public complaints received: a verdict about the service, an order or a refund."
