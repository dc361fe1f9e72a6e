"""Offers and requests in the name of a brand or an executive: counterfeits, fake support, scams.

The rules are the lexicon ``screening/lexicons/brand.toml``; a phrase counts only within
``WINDOW`` characters of a brand's name or alias or of a person's name from the profile:
counterfeit signals (deep discounts, "100 % authentique", replicas, factory prices) are
``brand.counterfeit`` (medium); requests for card numbers, PINs, passwords, one-time codes or
wallet "verification" are ``brand.fake_support`` (high); giveaways and crypto doubling are
``brand.scam_giveaway`` (high). Warnings ("never share your PIN", "beware of fakes") are not
flagged. Inbound posts only; without brands or people in the profile the detector is off.
"""

from __future__ import annotations

from collections.abc import Iterable

from ....models import Category
from ....profile import Profile
from ...lexicon import AnchoredLexiconDetector


class BrandOffers(AnchoredLexiconDetector):
    name = "brand_offers"
    version = "1.0"
    categories = (Category.BRAND_HIJACKING,)
    directions = ("inbound",)
    description = "Counterfeit offers, fake support asking for secrets, scam giveaways."

    LEXICON = "brand"
    WINDOW = 120
    ANCHOR_FIELD = "brand"

    def anchor_terms(self, profile: Profile) -> Iterable[tuple[str, str]]:
        for brand in profile.brands:
            for term in (brand.name, *brand.aliases):
                yield term, brand.name
        for person in profile.people:
            yield person.name, person.name
