"""Health claims: cures (high), vague health promises (medium), well-being (low).

Rules in ``lexicons/compliance.toml``:

- ``compliance.cure_claim`` (high): a cure, treatment or prevention verb next to a disease
  ("guérit la dépression", "prévient le covid", "kills 99.9% of viruses"), or an explicit cure
  phrase ("remède miracle", "anti-cancer");
- ``compliance.health_claim`` (medium): immunity, detox, "miracle" with a health word,
  "cliniquement prouvé" with no source (study, link) nearby;
- ``compliance.wellbeing_claim`` (low, allowed by the default policy): "améliore votre sommeil",
  "reduces stress" — soft claims a lamp maker may make if it can back them.

A treatment replaced or stopped thanks to the product ("adieu les antidépresseurs", "I stopped my
sleeping pills, everyone should") is a cure claim too, in outbound and inbound posts (rule
``medication_replacement``; every other rule is outbound only).

Round 10, second pass: ``compliance.green_claim`` (medium, outbound): a product said carbon
neutral, negative or zero-emission (rule ``green_claims``), or an origin claim admitted to be
stretched ("fabriquées en France*, à partir de composants importés", rule ``origin_claims``).
Audited reports, targets ("neutralité carbone d'ici 2040") and rivals accused of greenwashing are
left alone.

Negations and disclaimers ("ne soigne pas", "n'est pas un dispositif médical", "ne remplace pas
votre traitement"), questions reported ("un client m'a demandé si nos lampes soignent…") and
charity or awareness posts ("Octobre rose", "research against cancer") are left alone.
"""

from __future__ import annotations

from ....models import Category
from ...lexicon import LexiconDetector


class HealthClaims(LexiconDetector):
    name = "health_claims"
    version = "1.0"
    categories = (Category.COMPLIANCE,)
    #: every rule is outbound but ``medication_replacement``: a customer urging others on the
    #: brand's page to stop a treatment is a claim to moderate too
    directions = ("outbound", "inbound")
    description = (
        "Cure, disease-prevention, vague health and well-being claims; unproven green and "
        "origin claims."
    )
    LEXICON = "compliance"
    KINDS = (
        "compliance.cure_claim",
        "compliance.health_claim",
        "compliance.wellbeing_claim",
        "compliance.green_claim",
    )
