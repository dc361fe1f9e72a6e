"""Fake or manipulated customer reviews: bought, written in-house, or hidden.

Rules in ``lexicons/compliance.toml`` (kind ``compliance.fake_reviews``): "acheter des avis",
"let's buy 200 five-stars", "the client wants the reviews managed", "on écrit nos propres avis",
"supprimer les avis négatifs". Buying, writing or suppressing reviews to mislead customers is an
unfair commercial practice (EU Directive 2005/29 as amended in 2019, UK DMCC Act 2024).
Warnings about fake reviews ("méfiez-vous des faux avis"), pledges ("we never buy reviews") and
thanks for genuine five-star reviews are left alone.
"""

from __future__ import annotations

from ....models import Category
from ...lexicon import LexiconDetector


class FakeReviews(LexiconDetector):
    name = "fake_reviews"
    version = "1.0"
    categories = (Category.COMPLIANCE,)
    directions = ("outbound",)
    description = "Fake, bought or suppressed customer reviews (unfair commercial practice)."
    LEXICON = "compliance"
    KINDS = ("compliance.fake_reviews",)
