from __future__ import annotations

import math

import numpy as np
import pytest

from tocsin.ml import inference
from tocsin.ml.features import BUCKETS, bucket, featurize, fold, post_buckets, tokens
from tocsin.ml.inference import TextModels
from tocsin.ml.linear import LinearModel


def _models(seed: int = 1) -> TextModels:
    rng = np.random.default_rng(seed)

    def model(name: str, kind: str, outputs: list[str]) -> LinearModel:
        weights = rng.normal(0, 0.5, (BUCKETS, len(outputs))).astype(np.float32)
        return LinearModel(name, kind, outputs, weights, rng.normal(0, 0.1, len(outputs)))

    return TextModels(
        [
            model("sentiment", "softmax", ["negative", "neutral", "positive"]),
            model("toxicity", "sigmoid", ["toxic", "hate"]),
            model("spam", "sigmoid", ["spam"]),
        ]
    )


TEXTS = ["Merci pour tout !", "you are all idiots", "", "🔥🔥", "Gagnez un iPhone http://x.co"]


def test_raw_is_bias_plus_scaled_sum_of_rows() -> None:
    models = _models()
    for text, buckets in zip(TEXTS, featurize(TEXTS), strict=True):
        expected = models.bias.copy()
        if buckets:
            expected = expected + models.weights[buckets].sum(axis=0) / math.sqrt(len(buckets))
        np.testing.assert_allclose(models.raw(fold(text)), expected, rtol=1e-4, atol=1e-5)


def test_signals_follow_the_raw_scores() -> None:
    models = _models()
    for text in TEXTS:
        z = models.raw(fold(text))
        assert models.signals(fold(text)) == models.signals_from_raw(z)


def test_a_model_without_the_offensive_output_still_gives_hate() -> None:
    # a models folder trained before the offensive head existed keeps working
    signals = _models().signals(fold("you are all idiots"))
    assert set(signals.toxicity_kinds) == {"hate"}
    shipped = inference.default_models().signals(fold("you are all idiots"))
    assert set(shipped.toxicity_kinds) == {"hate", "offensive"}


def test_signals_are_probabilities() -> None:
    for signals in _models().signals_many([fold(t) for t in TEXTS]):
        assert signals.sentiment in ("negative", "neutral", "positive")
        assert signals.sentiment_scores[signals.sentiment] == max(signals.sentiment_scores.values())
        assert sum(signals.sentiment_scores.values()) == pytest.approx(1.0, abs=1e-3)
        for p in (signals.toxicity, signals.spam, *signals.toxicity_kinds.values()):
            assert 0.0 <= p <= 1.0
        assert set(signals.to_dict()) == {
            "sentiment",
            "sentiment_scores",
            "toxicity",
            "toxicity_kinds",
            "spam",
        }


def test_word_cache_starts_again_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inference, "_CACHE_ROWS", 6)  # six words, pairs, white-space words
    models = _models()
    monkeypatch.setattr(inference, "_CACHE_ROWS", 1 << 17)
    reference = _models()
    for text in ("un deux trois", "quatre cinq", "six sept huit", "un deux trois"):
        np.testing.assert_allclose(models.raw(fold(text)), reference.raw(fold(text)), rtol=1e-5)
        assert max(len(models._token_rows), len(models._pair_rows), len(models._words)) <= 6
    # a post bigger than the caches is scored on the words that fit (its first six)
    bigger = models.raw(fold("un deux trois quatre cinq six sept huit"))
    first = reference.raw(fold("un deux trois quatre cinq six"))
    np.testing.assert_allclose(bigger, first, rtol=1e-5)


def _reference_raw(models: TextModels, folded: str) -> np.ndarray:
    """The scores computed the plain way: every bucket of the post, summed, scaled."""
    buckets = post_buckets(tokens(folded))
    if not buckets:
        return models.bias
    summed = models.weights[buckets].astype(np.float64).sum(axis=0)
    return np.asarray(models.bias + summed / math.sqrt(len(buckets)))


READ_WORD_BY_WORD = [
    "Merci pour tout !!! Vraiment top 👍",
    "@lumio ton appli est nuuuulle, remboursez-moi https://x.co/abc?d=1 #arnaque",
    "you're all idiots...stop it!!!",
    "www.example.com/promo -50% GAGNEZ 1000€ maintenant!!!",
    "a.b.c d-e-f l'équipe qu'on aime",
    "word\u2003after\u00a0nbsp\ttab\nline",
    "### ??? !!! ...",
    "x",
]


@pytest.mark.parametrize("text", READ_WORD_BY_WORD)
def test_reading_word_by_word_gives_the_plain_scores(text: str) -> None:
    models = _models()
    folded = fold(text)
    assert [t for w in folded.split() for t in tokens(w)] == tokens(folded)
    for _ in range(2):  # first sight, then from the caches
        np.testing.assert_allclose(models.raw(folded), _reference_raw(models, folded), atol=1e-6)


def test_drivers_name_the_heaviest_words() -> None:
    models = _models()
    models.signals(fold("un mot poison"))  # cached rows, forgotten below
    models.weights[:, models.columns["toxicity.toxic"]] = 0.0
    models.weights[bucket("poison"), models.columns["toxicity.toxic"]] = 5.0
    models.clear_cache()
    folded = fold("un mot POISON ici")
    drivers = models.drivers(folded, "toxicity.toxic")
    assert [(w, folded[s:e]) for w, s, e in drivers] == [("poison", "poison")]


def test_missing_model_is_refused() -> None:
    with pytest.raises(ValueError, match="spam"):
        TextModels(list(_models().models.values())[:2])


def test_threads_share_the_cache_safely(monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures import ThreadPoolExecutor

    monkeypatch.setattr(inference, "_CACHE_ROWS", 64)  # small: the cache starts again often
    shared = _models()
    monkeypatch.setattr(inference, "_CACHE_ROWS", 1 << 17)
    reference = _models()
    texts = [fold(f"mot{i} autre{i % 7} encore{i % 3} fin") for i in range(400)]
    expected = [reference.signals(t) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        for _ in range(3):
            assert list(pool.map(shared.signals, texts)) == expected


def test_a_long_text_is_scored_in_windows() -> None:
    from tocsin.ml.inference import WINDOW, default_models

    models = default_models()
    repeated = "Nothing to see here, only words. " * 400  # repetition must not inflate a score
    assert len(repeated.split()) > 4 * WINDOW
    calm = models.signals(fold(repeated))
    assert calm.spam < 0.1 and calm.toxicity < 0.1
    sentences = [
        "Our new lamp ships next week in three colours.",
        "The meeting is at 3pm tomorrow.",
        "Thanks for the quick fix, great support team.",
        "Warm white or cool white for your home office?",
    ]
    article = " ".join(sentences * 20)
    insult = " You are all fucking idiots, shut up you stupid bitch. "
    assert models.signals(fold(article)).toxicity < 0.5
    assert models.signals(fold(article + insult + article)).toxicity > 0.75  # one passage is enough
