"""A lexicon detector that takes only the rules of its kinds from a shared lexicon file.

The compliance family keeps its phrases in one file (``lexicons/compliance.toml``); each detector
of the family declares the kinds it owns and reads only their rules.
"""

from __future__ import annotations

from typing import ClassVar

from ...lexicon import LexiconDetector, Rule, load_rules


class LexiconSubset(LexiconDetector):
    """Rules of ``KINDS`` from ``lexicons/<LEXICON>.toml``."""

    KINDS: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def load(cls) -> tuple[Rule, ...]:
        return tuple(r for r in load_rules(cls.LEXICON) if r.kind in cls.KINDS)
