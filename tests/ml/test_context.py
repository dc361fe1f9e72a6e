from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path

import numpy as np
import pytest

from tocsin.errors import ConfigurationError
from tocsin.ml.context import MAX_TOKENS, ContextNet
from tocsin.ml.features import BUCKETS, fold, tokens
from tocsin.ml.inference import MODELS_DIR, TextModels
from tocsin.ml.linear import LinearModel

#: the shipped network's scores of some posts, computed by PyTorch's layers at training time
#: (``tocsin.ml.training.context.torch_scores``); regenerate after retraining with
#: ``python tests/ml/make_context_fixture.py`` (needs the train extra)
FIXTURE = Path(__file__).with_name("context_expected.json")

WORDS = ("you", "are", "an", "idiot", "!", "merci", "connard", "love")


def _net(seed: int = 3, band: tuple[float, float] = (-1.0, 1.0)) -> ContextNet:
    rng = np.random.default_rng(seed)
    dims, filters, width = 6, 5, 3
    return ContextNet(
        "offensive",
        WORDS,
        rng.normal(0, 0.5, (len(WORDS), dims)).astype(np.float32),
        rng.normal(0, 0.4, (width * dims, filters)).astype(np.float32),
        rng.normal(0, 0.1, filters).astype(np.float32),
        rng.normal(0, 1.0, 2 * filters).astype(np.float32),
        0.25,
        (0.6, 1.5, -0.2),
        band,
    )


def _reference(net: ContextNet, toks: list[str]) -> float:
    """The network written out loop by loop (what the numpy code must compute)."""
    index = net.index()
    dims = net.embeddings.shape[1]
    toks = toks[:MAX_TOKENS] or [""]
    vectors = [
        net.embeddings[index[t] - 1] if t in index else np.zeros(dims, np.float32) for t in toks
    ]
    pad = np.zeros(dims, np.float32)
    hidden = []
    for i in range(len(toks)):
        window = [vectors[j] if 0 <= j < len(toks) else pad for j in (i - 1, i, i + 1)]
        hidden.append(np.maximum(np.concatenate(window) @ net.conv + net.conv_bias, 0.0))
    h = np.array(hidden)
    pooled = np.concatenate([h.max(axis=0), h.mean(axis=0)])
    return float(pooled @ net.head) + net.head_bias


POSTS = [
    ["you", "are", "an", "idiot", "!"],
    ["merci", "!"],
    ["connard"],
    ["mot", "inconnu", "you"],
    [],
    ["love"] * (MAX_TOKENS + 10),
]


@pytest.mark.parametrize("toks", POSTS)
def test_numpy_forward_is_the_network(toks: list[str]) -> None:
    net = _net()
    assert net.linear(toks, net.index()) == pytest.approx(_reference(net, toks), abs=1e-5)


@pytest.mark.parametrize("toks", [p for p in POSTS if p])
def test_the_words_shares_add_up_to_the_score(toks: list[str]) -> None:
    net = _net()
    index = net.index()
    shares = net.shares(toks, index)
    assert len(shares) == len(toks)
    assert sum(shares) == pytest.approx(net.linear(toks, index) - net.head_bias, abs=1e-5)


@pytest.mark.parametrize(
    ("linear", "inside"), [(-2.0, False), (-1.0, True), (0.0, True), (1.0, True), (3.0, False)]
)
def test_the_network_runs_only_in_its_band(linear: float, inside: bool) -> None:
    net = _net()
    toks = POSTS[0]
    refined = net.refine(linear, toks, net.index())
    if inside:
        assert refined == pytest.approx(0.6 * linear + 1.5 * net.linear(toks, net.index()) - 0.2)
    else:
        assert refined == linear


@pytest.mark.parametrize(
    ("languages", "lang", "runs"),
    [
        ((), None, True),
        ((), "fr", True),
        (("en",), None, True),  # the language is not known: the network reads the post
        (("en",), "en", True),
        (("en",), "fr", False),  # a French post keeps the linear score
    ],
)
def test_the_network_reads_the_languages_it_learnt(
    languages: tuple[str, ...], lang: str | None, runs: bool
) -> None:
    net = dataclasses.replace(_net(), languages=languages)
    toks = POSTS[0]
    assert net.runs(0.0, lang) is runs
    assert (net.refine(0.0, toks, net.index(), lang) != 0.0) is runs


def _models(net: ContextNet | None, seed: int = 1) -> TextModels:
    rng = np.random.default_rng(seed)

    def model(
        name: str, kind: str, outputs: list[str], context: ContextNet | None = None
    ) -> LinearModel:
        weights = rng.normal(0, 0.5, (BUCKETS, len(outputs))).astype(np.float32)
        bias = rng.normal(0, 0.1, len(outputs))
        return LinearModel(name, kind, outputs, weights, bias, context=context)

    return TextModels(
        [
            model("sentiment", "softmax", ["negative", "neutral", "positive"]),
            model("toxicity", "sigmoid", ["toxic", "hate", "offensive"], net),
            model("spam", "sigmoid", ["spam"]),
        ]
    )


TEXTS = ["you are an idiot !", "Merci pour tout !", "Gagnez un iPhone http://x.co", "connard"]


@pytest.mark.parametrize("text", TEXTS)
def test_models_refine_the_output_of_their_network(text: str) -> None:
    plain = _models(None)
    net = _net(band=(-math.inf, math.inf))
    refined = _models(net)
    column = plain.columns["toxicity.offensive"]
    before = plain.raw(fold(text))
    after = refined.raw(fold(text))
    toks = tokens(fold(text))
    expected = net.refine(float(before[column]), toks, net.index())
    assert after[column] == pytest.approx(expected, abs=1e-5)
    others = [j for j in range(len(before)) if j != column]
    np.testing.assert_allclose(after[others], before[others], atol=1e-6)


def test_models_pass_the_language_to_the_network() -> None:
    net = dataclasses.replace(_net(band=(-math.inf, math.inf)), languages=("en",))
    plain, refined = _models(None), _models(net)
    column = plain.columns["toxicity.offensive"]
    text = fold("connard de merde")
    assert refined.raw(text, "fr")[column] == pytest.approx(plain.raw(text, "fr")[column])
    assert refined.raw(text, "en")[column] != pytest.approx(plain.raw(text, "en")[column])


def test_a_refined_score_still_names_its_words() -> None:
    models = _models(_net(band=(-math.inf, math.inf)))
    drivers = models.drivers(fold("you are an idiot !"), "toxicity.offensive")
    assert drivers
    assert all(word in ("you", "are", "an", "idiot") for word, _, _ in drivers)


def test_a_network_survives_save_and_load(tmp_path: Path) -> None:
    net = _net()
    rng = np.random.default_rng(0)
    weights = rng.normal(0, 0.5, (BUCKETS, 3)).astype(np.float32)
    LinearModel(
        "toxicity", "sigmoid", ["toxic", "hate", "offensive"], weights, np.zeros(3), context=net
    ).save(tmp_path)
    loaded = LinearModel.load(tmp_path, "toxicity").context
    assert loaded is not None
    assert loaded.words == net.words and loaded.band == net.band and loaded.mix == net.mix
    for toks in POSTS:
        # word vectors are stored as int8
        assert loaded.linear(toks, loaded.index()) == pytest.approx(
            net.linear(toks, net.index()), abs=2e-2
        )


def test_inconsistent_network_arrays_are_a_configuration_error(tmp_path: Path) -> None:
    net = _net()
    weights = np.zeros((BUCKETS, 3), np.float32)
    LinearModel(
        "toxicity", "sigmoid", ["toxic", "hate", "offensive"], weights, np.zeros(3), context=net
    ).save(tmp_path)
    with np.load(tmp_path / "toxicity.npz") as arrays:
        kept = {k: arrays[k] for k in arrays.files}
    kept["context_head"] = kept["context_head"][:-1]
    np.savez(tmp_path / "toxicity.npz", **kept)
    with pytest.raises(ConfigurationError):
        LinearModel.load(tmp_path, "toxicity")


def test_the_shipped_network_gives_the_training_time_scores() -> None:
    net = LinearModel.load(MODELS_DIR, "toxicity").context
    assert net is not None
    expected = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert len(expected) >= 6
    index = net.index()
    for row in expected:
        toks = tokens(fold(row["text"]))
        assert net.linear(toks, index) == pytest.approx(row["score"], abs=1e-4), row["text"]


def test_training_with_a_teacher_adds_a_reproducible_network(tmp_path: Path) -> None:
    pytest.importorskip("torch")  # the train extra; the product and its tests run without it
    from tocsin.ml.training.fit import Hyper
    from tocsin.ml.training.train import train_task

    from .test_heads import _write_offensive
    from .test_lexicon import fake_encoder

    _write_offensive(tmp_path)
    first = train_task("toxicity", tmp_path, hyper=Hyper(epochs=2), encoder=fake_encoder).model
    again = train_task("toxicity", tmp_path, hyper=Hyper(epochs=2), encoder=fake_encoder).model
    assert first.context is not None and again.context is not None
    assert first.context.output == "offensive"
    np.testing.assert_array_equal(first.context.conv, again.context.conv)
    assert first.context.mix == again.context.mix
    described = first.meta["context"]
    assert set(described["out_of_fold_macro_f1"]) == {"linear", "network", "stacked"}
    assert 0.0 <= described["share_in_band"] <= 1.0
    # what is saved scores as what was measured
    first.save(tmp_path / "out")
    loaded = LinearModel.load(tmp_path / "out", "toxicity").context
    assert loaded is not None
    for toks in POSTS:
        assert loaded.linear(toks, loaded.index()) == pytest.approx(
            first.context.linear(toks, first.context.index()), abs=1e-5
        )


def test_the_convolution_table_is_built_at_the_first_post_read() -> None:
    """Loading costs no matrix product and no table; the first post read builds it once."""
    net = _net()
    assert "_parts" not in net.__dict__
    first = net.linear(["you", "are", "an", "idiot"], net.index())
    table = net.__dict__["_parts"]
    assert table.shape == (len(WORDS) + 1, net.width * net.conv_bias.shape[0])
    assert net.linear(["you", "are", "an", "idiot"], net.index()) == first
    assert net.__dict__["_parts"] is table
