"""Poaching from or by competitors: recruiting words next to a competitor of the profile.

Rules ``poaching.*`` of ``lexicons/human_resources.toml`` ("rejoignez-nous", "quittez",
"débaucher", "we're hiring", "ex-", "alumni") count only within ``WINDOW`` (120) characters of one
of the profile's competitors (name, aliases, domains, handles): "Rejoignez-nous, quittez Brillix",
"We're hiring Brillix's engineers", "Brillix vient de débaucher notre directeur". A job ad that
names no competitor is not poaching. Without competitors in the profile the detector is off.
Inbound posts too (a reply on the organisation's page spreads it as well).
"""

from __future__ import annotations

from collections.abc import Iterable

from ....models import Category
from ....profile import Profile
from ...lexicon import AnchoredLexiconDetector


class Poaching(AnchoredLexiconDetector):
    name = "poaching"
    version = "1.0"
    categories = (Category.HUMAN_RESOURCES,)
    directions = ("outbound", "inbound")
    description = "Recruiting from or by the profile's competitors (names, aliases, handles)."

    LEXICON = "human_resources"
    RULES_BY_NAME = True
    #: folded characters between the recruiting words and the competitor's name (a post of two
    #: sentences: "Chers devs de chez Brillix, ... Chez Lumio on paie mieux")
    WINDOW = 120
    ANCHOR_FIELD = "competitor"

    def anchor_terms(self, profile: Profile) -> Iterable[tuple[str, str]]:
        return profile.competitor_terms()
