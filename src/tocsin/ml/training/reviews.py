"""Review labels as training rows, and retraining on them with a before/after report.

A person's review decision on a post is a label (``tocsin ml label``, ``tocsin ml import-labels``).
``tocsin ml train --from-reviews`` keeps a seeded 20% of each task's labels aside, scores the
current model on them (*before*), trains (fine-tunes the current weights on the other 80%, or
retrains from the public sets plus the reviews when ``--data`` is given), and scores again
(*after*) on the same held-out labels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from ...errors import InputError
from ...store.ml_labels import Label
from ..features import featurize
from ..linear import LinearModel
from . import metrics
from .datasets import SENTIMENT, Example, split_rows
from .fit import Fitted, Hyper, Progress, fit, predict
from .sparse import Rows
from .teacher import Encoder
from .train import REVIEWS, TASK_OUTPUTS, targets_of, train_task

LABELS: dict[str, tuple[str, ...]] = {
    "sentiment": SENTIMENT,
    "toxicity": ("toxic", "hate", "clean"),
    "spam": ("spam", "ham"),
}
#: fewest labels of a task (with at least two different values) worth training on
MIN_LABELS = 10
#: fine-tuning settings: the bias (the base rate learnt from the public sets) stays, and the
#: weights are pulled back towards the shipped ones, so a few dozen labels adjust, not erase
FINE_TUNE = Hyper(
    l2=0.0, epochs=40, learning_rate=0.01, batch_size=16, anchor=1e-3, train_bias=False
)
#: weight of a reviewed row against a public one when retraining from the public sets
REVIEW_WEIGHT = 5


def check_label(task: str, label: str) -> None:
    if task not in LABELS:
        raise InputError(f"unknown task {task!r}: expected one of {', '.join(LABELS)}")
    if label not in LABELS[task]:
        raise InputError(
            f"unknown {task} label {label!r}: expected one of {', '.join(LABELS[task])}"
        )


_TARGETS: dict[str, dict[str, dict[str, float]]] = {
    "sentiment": {c: {o: float(o == c) for o in SENTIMENT} for c in SENTIMENT},
    # "toxic" says nothing about hate (unknown); "hate" is toxic too; "clean" is neither; what
    # is toxic is offensive in OLID's broad sense (insults, threats, profanity)
    "toxicity": {
        "toxic": {"toxic": 1.0, "offensive": 1.0},
        "hate": {"toxic": 1.0, "hate": 1.0, "offensive": 1.0},
        "clean": {"toxic": 0.0, "hate": 0.0, "offensive": 0.0},
    },
    "spam": {"spam": {"spam": 1.0}, "ham": {"spam": 0.0}},
}


def targets(task: str, label: str) -> dict[str, float]:
    """The model outputs a label stands for."""
    check_label(task, label)
    return dict(_TARGETS[task][label])


def examples(task: str, rows: Sequence[Label]) -> list[Example]:
    """The labels of ``task`` as examples, 80% ``train`` / 20% ``val`` (seeded, stratified)."""
    found = [
        Example(r.text, r.lang or "", targets(task, r.label), REVIEWS, "train")
        for r in rows
        if r.task == task
    ]
    return list(split_rows(found, lambda e: repr(sorted(e.targets.items()))))


@dataclass(frozen=True, slots=True)
class ReviewReport:
    task: str
    train_rows: int
    val_rows: int
    before: float  # macro-F1 (percent) on the held-out labels, current model
    after: float  # the same, retrained model
    accuracy_before: float
    accuracy_after: float


def _gold_pred(task: str, val: Sequence[Example], probs: np.ndarray) -> tuple[list[int], list[int]]:
    kind, outputs = TASK_OUTPUTS[task]
    if kind == "softmax":
        gold = [int(np.argmax([e.targets[o] for o in outputs])) for e in val]
        return gold, [int(p) for p in probs.argmax(axis=1)]
    j = 0  # toxic / spam: the task's main output
    return [int(e.targets[outputs[j]]) for e in val], [int(p >= 0.5) for p in probs[:, j]]


def _measure(task: str, model: LinearModel, val: Sequence[Example]) -> tuple[float, float]:
    x = Rows.from_buckets(featurize(e.text for e in val))
    probs = predict(x, Fitted(model.weights, model.bias), model.kind)
    gold, pred = _gold_pred(task, val, probs)
    return round(100 * metrics.macro_f1(gold, pred), 1), round(
        100 * metrics.accuracy(gold, pred), 1
    )


def retrain(
    task: str,
    current: LinearModel,
    rows: Sequence[Label],
    *,
    data: Path | None = None,
    permissive_only: bool = False,
    hyper: Hyper | None = None,
    progress: Progress | None = None,
    encoder: Encoder | None = None,
) -> tuple[LinearModel, ReviewReport]:
    """Train ``task`` on its review labels; report before/after on the held-out labels."""
    split = examples(task, rows)
    train = [e for e in split if e.split == "train"]
    val = [e for e in split if e.split == "val"]
    values = {r.label for r in rows if r.task == task}
    if len(split) < MIN_LABELS or len(values) < 2 or not val:
        raise InputError(
            f"{task}: {len(split)} label(s) with {len(values)} different value(s); at least "
            f"{MIN_LABELS} labels with two values are needed to retrain (tocsin ml label)"
        )
    before, acc_before = _measure(task, current, val)
    if data is not None:
        boosted = [replace(e, source=REVIEWS) for e in train for _ in range(REVIEW_WEIGHT)]
        model = train_task(
            task,
            data,
            permissive_only=permissive_only,
            hyper=hyper,
            extra=boosted,
            progress=progress,
            encoder=encoder,
        ).model
    else:
        y, w = targets_of(train, task)
        x = Rows.from_buckets(featurize(e.text for e in train))
        fitted = fit(
            x,
            y,
            w,
            kind=current.kind,
            hyper=FINE_TUNE,
            init=Fitted(current.weights, current.bias),
            progress=progress,
        )
        model = LinearModel(
            current.name,
            current.kind,
            current.outputs,
            fitted.weights,
            fitted.bias,
            dict(current.meta),
            current.lexicon,  # word scores are not fine-tuned: kept as they are
            current.context,  # nor is the context network (its stacking stays as it was)
        )
    after, acc_after = _measure(task, model, val)
    report = ReviewReport(task, len(train), len(val), before, after, acc_before, acc_after)
    model.meta["reviews"] = {
        "train_rows": len(train),
        "val_rows": len(val),
        "macro_f1_before": before,
        "macro_f1_after": after,
        "mode": "retrained from the public sets" if data is not None else "fine-tuned",
    }
    model.meta["extra_rows"] = len(train)
    return model, report
