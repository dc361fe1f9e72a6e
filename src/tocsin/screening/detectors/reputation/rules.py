"""The reputation lexicon (``lexicons/reputation.toml``), shared by the detectors of the family.

Each detector owns the rules whose id starts with its name: ``profanity.en`` belongs to the
``profanity`` detector, ``insults.slurs`` to ``insults``.
"""

from __future__ import annotations

from ...lexicon import LexiconDetector


class ReputationRules(LexiconDetector):
    """A lexicon detector over the reputation lexicon, restricted to its own rules."""

    LEXICON = "reputation"

    RULES_BY_NAME = True
