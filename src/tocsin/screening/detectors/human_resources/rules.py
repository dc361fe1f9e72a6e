"""The human resources lexicon (``lexicons/human_resources.toml``), shared by the family.

Each detector owns the rules whose id starts with its name: ``layoffs.terms`` belongs to the
``layoffs`` detector, ``poaching.recruiting`` to ``poaching``.
"""

from __future__ import annotations

from ...lexicon import LexiconDetector


class HumanResourcesRules(LexiconDetector):
    """A lexicon detector over the human resources lexicon, restricted to its own rules."""

    LEXICON = "human_resources"

    RULES_BY_NAME = True
