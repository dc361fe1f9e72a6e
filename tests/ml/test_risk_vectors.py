"""The risk model's word vectors: the table, the joint fit, baking, and what it buys.

Fixtures are made here (a handful of invented vectors): nothing needs the sentence encoder, the
shipped table is only read.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tocsin import Engine, Post, parse_profile
from tocsin.errors import ConfigurationError
from tocsin.ml.features import BUCKETS, bucket, featurize, fold
from tocsin.ml.findings import ModelStep
from tocsin.ml.inference import MODEL_NAMES, MODELS_DIR, TextModels
from tocsin.ml.learned import MIN_WORDS, NAME
from tocsin.ml.linear import LinearModel
from tocsin.ml.training import risk
from tocsin.ml.training.risk_fit import RiskHyper, fit_joint, lbfgs
from tocsin.ml.training.sparse import Rows
from tocsin.ml.training.word_vectors import (
    VECTORS_FILE,
    WordVectors,
    bake,
    post_features,
    word_scores,
)

from ..conftest import LUMIO_TOML

#: two directions: "redundancy" words and "lamp" words, in French and English
FIXTURE = {
    "licenciement": (1.0, 0.0),
    "licenciements": (0.95, 0.05),
    "layoffs": (0.9, 0.1),
    "lampe": (0.0, 1.0),
    "lamps": (0.1, 0.9),
}


def _vectors() -> WordVectors:
    words = tuple(FIXTURE)
    return WordVectors(words, np.array([FIXTURE[w] for w in words], np.float32), {"test": 1})


def test_the_table_round_trips_without_pickle(tmp_path: Path) -> None:
    table = _vectors()
    path = tmp_path / "v.npz"
    table.save(path)
    with np.load(path, allow_pickle=False) as arrays:
        assert set(arrays.files) == {"words", "vectors", "meta"}
        assert arrays["vectors"].dtype == np.float16
    again = WordVectors.load(path)
    assert again.words == table.words and again.meta == {"test": 1}
    np.testing.assert_allclose(again.vectors, table.vectors, atol=1e-3)


def test_a_broken_table_is_a_configuration_error(tmp_path: Path) -> None:
    path = tmp_path / "v.npz"
    path.write_bytes(b"not a zip")
    with pytest.raises(ConfigurationError, match="cannot be read"):
        WordVectors.load(path)


def test_the_shipped_table_is_folded_french_and_english() -> None:
    table = WordVectors.load(VECTORS_FILE)
    index = table.index()
    assert table.vectors.shape == (len(table.words), table.meta["dimensions"])
    assert all(w == fold(w) for w in table.words[:500])
    for word in ("licenciement", "layoffs", "vacances", "holiday", "concurrent", "salaire"):
        assert word in index, word
    # translations are neighbours: the vectors were made by a multilingual encoder
    v = table.vectors / np.linalg.norm(table.vectors, axis=1, keepdims=True)
    assert (
        v[index["licenciement"]] @ v[index["layoffs"]]
        > v[index["licenciement"]] @ v[index["holiday"]]
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Licenciement prévu", ["licenciement"]),
        ("Layoffs and lamps", ["layoffs", "lamps"]),
        ("Rien à voir", []),
    ],
)
def test_post_features_sum_the_words_vectors_scaled_like_the_hashed_ones(
    text: str, words: list[str]
) -> None:
    got = post_features(_vectors(), [text])[0]
    want = np.sum([FIXTURE[w] for w in words], axis=0) if words else np.zeros(2)
    np.testing.assert_allclose(got, np.asarray(want) / np.sqrt(len(featurize([text])[0])))


def test_baking_adds_each_words_score_to_its_own_bucket() -> None:
    table = _vectors()
    head = np.array([[2.0, 0.0], [0.0, -1.0]])
    weights = np.zeros((BUCKETS, 2))
    baked = bake(weights, head, table)
    scores = word_scores(table, head)
    for i, word in enumerate(table.words):
        np.testing.assert_allclose(baked[bucket(word)], scores[i], atol=1e-9)
    assert np.count_nonzero(baked.any(axis=1)) == len(table.words)
    assert not weights.any()  # a copy


def test_lbfgs_finds_the_minimum_of_a_quadratic() -> None:
    target = np.array([1.0, -2.0, 3.0])

    def f(x: np.ndarray) -> tuple[float, np.ndarray]:
        return float(((x - target) ** 2).sum()), 2 * (x - target)

    np.testing.assert_allclose(lbfgs(f, np.zeros(3), 50), target, atol=1e-6)


def test_a_word_no_training_post_had_moves_the_score_through_its_vector() -> None:
    """Trained on "licenciement" only, the model also rates a post with "layoffs" (never seen,
    but a neighbour in the table) above one with "lamps"."""
    texts = ["Licenciement prévu", "Nouvelle lampe", "Licenciement en vue", "Une lampe rouge"] * 3
    y = np.array([[1.0], [0.0], [1.0], [0.0]] * 3)
    table = _vectors()
    x = Rows.from_buckets(featurize(texts))
    fitted = fit_joint(x, post_features(table, texts), y, RiskHyper(l2=1e-2, l2_vectors=1e-3))
    baked = bake(fitted.weights, fitted.head, table)
    new = Rows.from_buckets(featurize(["Layoffs coming", "Lamps coming"]))
    z = new.dot(baked)[:, 0] + fitted.bias[0]
    assert z[0] > z[1] + 0.5
    plain = new.dot(fitted.weights)[:, 0]  # without the vectors: character n-grams only
    assert z[0] - z[1] > plain[0] - plain[1] + 0.5


def test_the_same_files_give_the_same_weights() -> None:
    rows = [
        risk.LabelledPost(str(i), "s", {"text": t}, frozenset(c))
        for i, (t, c) in enumerate(
            [("Licenciement prévu", {"human_resources"}), ("Nouvelle lampe", set())] * 2
        )
    ]
    first, second = (risk.fit_risk(rows, RiskHyper(iterations=5), vectors=_vectors()) for _ in "ab")
    np.testing.assert_array_equal(first.weights, second.weights)


# -- a baked model in the gate ---------------------------------------------------------------------

#: invented words: "zorblat" a training word, "quimbrelle" only in the table, next to it
NEIGHBOURS = {"zorblat": (1.0, 0.0), "quimbrelle": (0.9, 0.1), "lampadaire": (0.0, 1.0)}


def _gate(policy: str = "") -> Engine:
    words = tuple(NEIGHBOURS)
    table = WordVectors(words, np.array([NEIGHBOURS[w] for w in words], np.float32))
    k = len(risk.CATEGORIES)
    head = np.zeros((2, k))
    head[0, risk.CATEGORIES.index("competition")] = 60.0  # the first direction: competition
    weights = bake(np.zeros((BUCKETS, k)), head, table).astype(np.float32)
    made = LinearModel("risk", "sigmoid", list(risk.CATEGORIES), weights, np.full(k, -4.0))
    models = TextModels([*(LinearModel.load(MODELS_DIR, n) for n in MODEL_NAMES), made])
    engine = Engine(parse_profile(LUMIO_TOML + policy + "\n[policy.thresholds]\nrisk = 0.5\n"))
    engine.model_step = ModelStep(engine.profile, models)
    return engine


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Honestly the quimbrelle crowd will never ship anything", "quimbrelle"),
        ("Franchement les quimbrelle ne livreront jamais rien", "quimbrelle"),
        ("Franchement les ZORBLAT ne livreront jamais rien", "ZORBLAT"),
    ],
)
def test_a_word_scored_through_its_vector_drives_and_explains_a_finding(
    text: str, word: str
) -> None:
    result = _gate().screen(Post(text=text))
    found = [f for f in result.findings if f.detector == NAME]
    assert [f.kind for f in found] == ["learned.competition"]
    assert found[0].matched == word and word in found[0].explanation
    assert text[found[0].start : found[0].end] == word


@pytest.mark.parametrize(
    "text",
    [
        "quimbrelle crowd, never",  # three words: under MIN_WORDS
        "Le lampadaire du salon est allumé",  # the other direction
        "Nothing to see here at all today",
    ],
)
def test_no_finding_under_min_words_or_away_from_the_risky_direction(text: str) -> None:
    assert MIN_WORDS == 4
    result = _gate().screen(Post(text=text))
    assert [f for f in result.findings if f.detector == NAME] == []
