"""Word scores refining one output (the offensive lexicon): fitting, storage, inference, CLI."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tocsin.errors import ConfigurationError
from tocsin.ml.features import BUCKETS, fold, tokens
from tocsin.ml.inference import TextModels
from tocsin.ml.lexicon import Lexicon, combine
from tocsin.ml.linear import LinearModel
from tocsin.ml.training import distil, teacher
from tocsin.ml.training.fit import Hyper
from tocsin.ml.training.train import train_task

from .test_heads import _write_offensive

#: rude words on one axis, kind ones on the other, the rest in between (a stand-in teacher)
RUDE = {"stupid", "idiot", "fuck", "loser", "fucking", "clowns", "connard", "debile", "moron"}
KIND = {"nice", "thanks", "help", "great", "soon", "merci", "bravo", "day", "game"}


def fake_encoder(words: Sequence[str]) -> np.ndarray:
    rows = []
    for w in words:
        v = np.array([1.0 if w in RUDE else 0.0, 1.0 if w in KIND else 0.0, 0.3])
        rows.append(v / np.linalg.norm(v))
    return np.array(rows)


LEXICON = Lexicon(
    "offensive",
    ("idiot", "connard", "merci", "the"),
    np.array([1.0, 1.0, 1.0, 0.1], np.float32),
    np.array([4.0, 3.0, -2.0, 0.5], np.float32),
    -0.5,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("have a good day", None),  # no word of the vocabulary: no opinion
        ("quel connard", -0.5 + 3.0),  # FR
        ("Merci Paul", -0.5 - 2.0),
        ("you idiot", -0.5 + 4.0),  # EN
        ("the idiot", -0.5 + (4.0 + 0.05) / 1.1),  # a frequent word weighs little
        ("merci connard", -0.5 + 0.5),  # the mean of the words found
    ],
)
def test_lexicon_score_is_a_weighted_mean(text: str, expected: float | None) -> None:
    found = LEXICON.linear(tokens(fold(text)), LEXICON.index())
    assert found == (None if expected is None else pytest.approx(expected, rel=1e-5))


def test_combine_many_keeps_the_hashed_score_without_a_known_word() -> None:
    docs = [tokens(fold(t)) for t in ("have a good day", "you idiot")]
    out = LEXICON.combine_many(np.array([1.0, -1.0]), docs)
    np.testing.assert_allclose(out, [1.0, combine(-1.0, 3.5)])
    assert combine(-1.0, 3.5) == pytest.approx(1.25)


def test_a_lexicon_needs_one_weight_and_score_per_word() -> None:
    with pytest.raises(ValueError, match="one weight and one score per word"):
        Lexicon("offensive", ("a", "b"), np.ones(2), np.ones(1), 0.0)


def _models(lexicon: Lexicon | None) -> TextModels:
    rng = np.random.default_rng(3)

    def model(name: str, kind: str, outputs: list[str], lex: Lexicon | None = None) -> LinearModel:
        weights = rng.normal(0, 0.5, (BUCKETS, len(outputs))).astype(np.float32)
        return LinearModel(name, kind, outputs, weights, rng.normal(0, 0.1, len(outputs)), {}, lex)

    return TextModels(
        [
            model("sentiment", "softmax", ["negative", "neutral", "positive"]),
            model("toxicity", "sigmoid", ["toxic", "hate", "offensive"], lexicon),
            model("spam", "sigmoid", ["spam"]),
        ]
    )


POSTS = [
    "Merci pour tout !",
    "quel connard, merci du cadeau",
    "you idiot",
    "the idiot the idiot",
    "",
    "have a good day",
    " ".join(["idiot"] * 40 + ["merci"] * 60),  # longer than a window: scored in windows
]


def test_inference_averages_the_hashed_and_lexicon_scores() -> None:
    plain, refined = _models(None), _models(LEXICON)
    index = LEXICON.index()
    column = plain.columns["toxicity.offensive"]
    for text in POSTS[:-1]:
        z, mine = plain.raw(fold(text)), refined.raw(fold(text))
        lexicon = LEXICON.linear(tokens(fold(text)), index)
        expected = z.copy()
        if lexicon is not None:
            expected[column] = combine(z[column], lexicon)
        np.testing.assert_allclose(mine, expected, rtol=1e-4, atol=1e-4)
        # the engine's path (words given) and a second look (cached words) agree
        again = refined.scores(fold(text), fold(text).split())
        assert again == refined.scores(fold(text))
    long = fold(POSTS[-1])
    assert refined.raw(long)[column] != pytest.approx(plain.raw(long)[column])
    # the other outputs are untouched
    for text in POSTS:
        z, mine = plain.raw(fold(text)), refined.raw(fold(text))
        others = [j for j in range(len(z)) if j != column]
        np.testing.assert_allclose(mine[others], z[others], rtol=1e-5, atol=1e-5)


def test_a_lexicon_is_saved_and_loaded_without_pickle(tmp_path: Path) -> None:
    weights = np.zeros((BUCKETS, 3), np.float32)
    model = LinearModel(
        "toxicity",
        "sigmoid",
        ["toxic", "hate", "offensive"],
        weights,
        np.zeros(3),
        {"lexicon": {"teacher": "a stand-in"}},
        LEXICON,
    )
    model.save(tmp_path)
    with np.load(tmp_path / "toxicity.npz", allow_pickle=False) as arrays:
        assert arrays["lexicon_words"].tolist() == list(LEXICON.words)
    loaded = LinearModel.load(tmp_path, "toxicity")
    assert loaded.lexicon is not None
    assert loaded.lexicon.words == LEXICON.words and loaded.lexicon.bias == pytest.approx(-0.5)
    np.testing.assert_allclose(loaded.lexicon.scores, LEXICON.scores)
    assert loaded.meta["lexicon"] == {"teacher": "a stand-in", "output": "offensive", "words": 4}
    # a lexicon for an output the model does not have is refused
    model.outputs = ["toxic", "hate", "insult"]
    model.save(tmp_path)
    with pytest.raises(ConfigurationError, match="unknown output 'offensive'"):
        LinearModel.load(tmp_path, "toxicity")


@pytest.mark.parametrize(
    ("docs", "words"),
    [
        # in two posts at least, most frequent first; handles, links, punctuation left out
        ([["idiot", "!"], ["idiot", "!", "@user"], ["merci", "@user"]], ["idiot"]),
        (
            [["merci", "<url>"], ["merci", "<url>", "bravo"], ["bravo", "2024"], ["2024"]],
            ["bravo", "merci"],
        ),
        ([["idiot", "idiot"]], []),  # twice in one post is one post
    ],
)
def test_vocabulary(docs: list[list[str]], words: list[str]) -> None:
    found, counts = distil.vocabulary(docs)
    assert found == words
    assert counts.tolist() == [sum(w in d for d in docs) for w in words]


def test_logistic_regression_matches_its_optimum() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 3))
    y = (x[:, 0] + 0.5 * rng.normal(size=200) > 0.8).astype(float)
    coef, bias = distil.logistic(x, y, l2=1.0)
    # the gradient of the penalised, class-balanced loss is zero there
    n, pos = len(y), y.sum()
    sample = np.where(y > 0, n / (2 * pos), n / (2 * (n - pos)))
    p = 1 / (1 + np.exp(-(x @ coef + bias)))
    np.testing.assert_allclose(x.T @ (sample * (p - y)) + coef, 0, atol=1e-6)
    assert abs(float((sample * (p - y)).sum())) < 1e-6
    assert coef[0] > 1 and abs(coef[1]) < coef[0] / 3


def test_word_space_scores_unseen_words_like_their_neighbours() -> None:
    docs = [["you", "stupid", "idiot"], ["stupid", "loser"], ["nice", "day"], ["thanks", "nice"]]
    docs += [["you", "idiot"], ["great", "day"]] + [["moron", "connard"], ["bravo", "merci"]] * 2
    space = distil.WordSpace(docs, fake_encoder)
    lexicon = space.fit("offensive", docs[:6], np.array([1, 1, 0, 0, 1, 0], float))
    score = dict(zip(lexicon.words, lexicon.scores.tolist(), strict=True))
    # "moron" and "connard" (FR) never had a label, "merci" and "bravo" neither
    assert min(score["moron"], score["connard"]) > max(score["merci"], score["bravo"])
    assert score["stupid"] > score["nice"]


def test_training_with_a_teacher_adds_a_reproducible_lexicon(tmp_path: Path) -> None:
    _write_offensive(tmp_path)
    first = train_task("toxicity", tmp_path, hyper=Hyper(epochs=2), encoder=fake_encoder).model
    again = train_task("toxicity", tmp_path, hyper=Hyper(epochs=2), encoder=fake_encoder).model
    plain = train_task("toxicity", tmp_path, hyper=Hyper(epochs=2)).model
    assert plain.lexicon is None and "lexicon" not in plain.meta
    assert first.lexicon is not None and again.lexicon is not None
    assert first.lexicon.output == "offensive" and first.meta["lexicon"]["teacher"] == teacher.NAME
    np.testing.assert_array_equal(first.lexicon.scores, again.lexicon.scores)
    score = dict(zip(first.lexicon.words, first.lexicon.scores.tolist(), strict=True))
    assert score["stupid"] > 0 > score["thanks"]
    measured = {(m["source"], m["output"]): m["value"] for m in first.meta["metrics"]}
    assert measured[("tweeteval_offensive", "offensive")] == 100.0
    # what is saved scores as what was measured
    first.save(tmp_path / "out")
    loaded = LinearModel.load(tmp_path / "out", "toxicity")
    assert loaded.lexicon is not None and loaded.lexicon.words == first.lexicon.words


def test_cli_says_how_to_get_the_teacher(
    cli: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_offensive(tmp_path / "data")
    monkeypatch.setattr(teacher, "missing", lambda: "No module named 'sentence_transformers'")
    out = tmp_path / "models"
    args = ["ml", "train", "--task", "toxicity", "--data", str(tmp_path / "data")]
    result = cli(*args, "--out", str(out), "--epochs", "2", "--teacher")
    assert result.exit_code == 0, result.output
    assert "pip install 'tocsin[train]'" in result.output
    assert LinearModel.load(out, "toxicity").lexicon is None  # the previous behaviour
    quiet = cli(*args, "--out", str(out), "--epochs", "2")  # no teacher asked for: no note
    assert quiet.exit_code == 0 and "tocsin[train]" not in quiet.output
