"""One screening engine per language of explanations, sharing the same detectors.

The app is given (or builds) one :class:`~tocsin.screening.engine.Engine`; the API uses it as is
unless ``?lang=`` asks for another language, and the pages use the UI language. The variants
differ only by ``explain_lang``: detectors are built once, per profile, not per language.
"""

from __future__ import annotations

import copy

from ..screening.engine import SUPPORTED_LANGUAGES, Engine


class Engines:
    """The base engine and its variants per language of explanations (built up front)."""

    def __init__(self, base: Engine, languages: tuple[str, ...] = SUPPORTED_LANGUAGES) -> None:
        self.base = base
        self._by_language = {lang: self._variant(lang) for lang in languages}

    def _variant(self, lang: str) -> Engine:
        if self.base.explain_lang == lang:
            return self.base
        engine = copy.copy(self.base)
        engine.explain_lang = lang
        return engine

    def for_language(self, lang: str | None) -> Engine:
        """The engine explaining in ``lang`` (None: the organisation's first language)."""
        if lang is None:
            return self.base
        return self._by_language.get(lang) or self.base
