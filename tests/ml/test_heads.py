"""The offensive head of the toxicity model: its own rows, weights and decision point."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tocsin.ml.training.datasets import Example
from tocsin.ml.training.fit import Hyper
from tocsin.ml.training.train import Head, decision_point, head_weights, train_task

HEAD = Head("offensive", Hyper(epochs=5), {"olid": 1.0, "davidson": 0.5}, tuned_on="olid")


def _rows(source: str, labels: list[float]) -> list[Example]:
    return [
        Example(f"{source} {i}", "en", {"offensive": y}, source, "train")
        for i, y in enumerate(labels)
    ]


@pytest.mark.parametrize(
    ("rows", "totals"),
    [
        # classes balanced inside each set; a set weighs its share of the first listed set
        (
            _rows("olid", [1, 0, 0, 0]) + _rows("davidson", [1, 1, 1, 0]),
            {"olid": 4.0, "davidson": 2.0},
        ),
        # an organisation's reviewed posts weigh one per row; sets not listed weigh nothing
        (
            _rows("olid", [1, 0]) + _rows("reviews", [1, 0, 0]) + _rows("mlma", [1, 0]),
            {"olid": 2.0, "reviews": 3.0, "mlma": 0.0},
        ),
        # a set with one class: its weight is spread over its rows
        (_rows("olid", [0, 0]) + _rows("davidson", [1, 1, 1, 1]), {"olid": 2.0, "davidson": 1.0}),
    ],
)
def test_head_weights(rows: list[Example], totals: dict[str, float]) -> None:
    w = head_weights(HEAD, rows)
    for source, total in totals.items():
        mine = [i for i, e in enumerate(rows) if e.source == source]
        assert w[mine].sum() == pytest.approx(total)
        labels = np.array([rows[i].targets["offensive"] for i in mine])
        if total and 0 < labels.mean() < 1:  # each class gets half of the set's weight
            assert w[mine][labels > 0].sum() == pytest.approx(total / 2)


@pytest.mark.parametrize(
    ("gold", "probs", "cut"),
    [
        ([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9], 0.5),  # any cut in 0.3-0.7 is perfect: nearest 0.5
        ([0, 0, 1, 1], [0.1, 0.62, 0.65, 0.9], 0.63),  # the only perfect cuts are 0.63-0.65
        ([0, 0, 1, 1], [0.1, 0.2, 0.35, 0.9], 0.35),  # perfect at 0.30-0.35: nearest 0.5
    ],
)
def test_decision_point(gold: list[int], probs: list[float], cut: float) -> None:
    assert decision_point(gold, np.array(probs)) == cut


def _write_offensive(root: Path) -> None:
    folder = root / "tweeteval" / "offensive"
    folder.mkdir(parents=True)
    rude = ["you stupid idiot", "shut the fuck up", "what a loser", "fucking clowns"]
    kind = ["have a nice day", "thanks for the help", "see you soon", "great game tonight"]
    for split, n in (("train", 80), ("val", 20)):
        texts = [(rude if i % 3 == 0 else kind)[i % 4] + f" {i}" for i in range(n)]
        labels = [str(int(i % 3 == 0)) for i in range(n)]
        (folder / f"{split}_text.txt").write_text("\n".join(texts) + "\n", encoding="utf-8")
        (folder / f"{split}_labels.txt").write_text("\n".join(labels) + "\n", encoding="utf-8")


def test_toxicity_model_gets_an_offensive_output(tmp_path: Path) -> None:
    _write_offensive(tmp_path)
    first = train_task("toxicity", tmp_path, hyper=Hyper(epochs=2)).model
    again = train_task("toxicity", tmp_path, hyper=Hyper(epochs=2)).model
    assert first.outputs == ["toxic", "hate", "offensive"]
    np.testing.assert_array_equal(first.weights, again.weights)  # seeded: reproducible
    head = first.meta["heads"]["offensive"]
    assert 0.3 <= head["decision_point"] <= 0.7 and head["tuned_on"] == "tweeteval_offensive"
    measured = {(m["source"], m["output"]): m["value"] for m in first.meta["metrics"]}
    assert measured[("tweeteval_offensive", "offensive")] == 100.0  # separable toy set
    # the head learnt on its own: its weights are not those of the overall output
    assert not np.allclose(first.weights[:, 0], first.weights[:, 2])


def test_offensive_head_needs_rows(tmp_path: Path) -> None:
    from tocsin.errors import InputError
    from tocsin.ml.training.train import fit_head

    rows = _rows("mlma", [1, 0])  # a set the head does not use
    with pytest.raises(InputError, match="no training rows for the 'offensive' output"):
        fit_head(HEAD, rows, [[1], [2]])


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("toxic", {"toxic": 1.0, "offensive": 1.0}),  # hate unknown
        ("hate", {"toxic": 1.0, "hate": 1.0, "offensive": 1.0}),
        ("clean", {"toxic": 0.0, "hate": 0.0, "offensive": 0.0}),
    ],
)
def test_review_labels_train_the_offensive_head(label: str, expected: dict[str, float]) -> None:
    from tocsin.ml.training.reviews import targets

    assert targets("toxicity", label) == expected
