"""Health claims: cures (high), vague health promises (medium), well-being (low).

Rules in ``lexicons/compliance.toml``:

- ``compliance.cure_claim`` (high): a cure, treatment or prevention verb next to a disease
  ("guérit la dépression", "prévient le covid", "kills 99.9% of viruses"), or an explicit cure
  phrase ("remède miracle", "anti-cancer");
- ``compliance.health_claim`` (medium): immunity, detox, "miracle" with a health word,
  "cliniquement prouvé" with no source (study, link) nearby;
- ``compliance.wellbeing_claim`` (low, allowed by the default policy): "améliore votre sommeil",
  "reduces stress" — soft claims a lamp maker may make if it can back them.

Negations and disclaimers ("ne soigne pas", "n'est pas un dispositif médical") and charity or
awareness posts ("Octobre rose", "research against cancer") are left alone.
"""

from __future__ import annotations

from ....models import Category
from ...lexicon import LexiconDetector


class HealthClaims(LexiconDetector):
    name = "health_claims"
    version = "1.0"
    categories = (Category.COMPLIANCE,)
    directions = ("outbound",)
    description = "Cure, disease-prevention, vague health and well-being claims."
    LEXICON = "compliance"
    KINDS = ("compliance.cure_claim", "compliance.health_claim", "compliance.wellbeing_claim")
