"""Train one task's model from labelled examples, validate it, and describe it.

``train_task`` reads the task's public sets (:mod:`.datasets`), fits on the ``train`` rows,
scores every ``val`` split with the metric its published baseline uses, and returns the model
with its metadata (sources, licences, rows, metrics) ready to be saved with a data card.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ...errors import InputError
from ..features import featurize
from ..inference import SENTIMENT_LABELS
from ..linear import LinearModel
from . import metrics
from .datasets import Example, Source, sources_for
from .fit import Fitted, Hyper, Progress, fit, predict
from .sparse import Rows

TASK_OUTPUTS: dict[str, tuple[str, list[str]]] = {
    "sentiment": ("softmax", list(SENTIMENT_LABELS)),
    "toxicity": ("sigmoid", ["toxic", "hate"]),
    "spam": ("sigmoid", ["spam"]),
}
TASKS = tuple(TASK_OUTPUTS)


@dataclass(frozen=True, slots=True)
class Measure:
    """One reported figure: a metric of one output on one validation split."""

    label: str
    source: str
    output: str
    metric: str  # "macro_recall", "macro_f1" or "f1"
    baseline: float | None = None  # the published figure to beat (percent)
    baseline_name: str = ""


MEASURES: dict[str, tuple[Measure, ...]] = {
    "sentiment": (
        Measure(
            "TweetEval sentiment (EN) macro-recall",
            "tweeteval_sentiment",
            "sentiment",
            "macro_recall",
            62.9,
            "FastText / SVM, TweetEval test",
        ),
        Measure(
            "UMSAB French sentiment macro-F1",
            "umsab_french",
            "sentiment",
            "macro_f1",
            54.8,
            "FastText mono, UMSAB test",
        ),
        Measure("GoEmotions sentiment group (EN) macro-F1", "goemotions", "sentiment", "macro_f1"),
        Measure("UCI review sentences (EN) macro-F1", "uci_sentences", "sentiment", "macro_f1"),
    ),
    "toxicity": (
        Measure(
            "TweetEval offensive (EN) macro-F1",
            "tweeteval_offensive",
            "toxic",
            "macro_f1",
            73.4,
            "FastText, TweetEval test",
        ),
        Measure(
            "TweetEval hate (EN) macro-F1",
            "tweeteval_hate",
            "hate",
            "macro_f1",
            50.6,
            "FastText, TweetEval test",
        ),
        Measure("ToxiFrench (FR) macro-F1", "toxifrench", "toxic", "macro_f1"),
        Measure("MLMA (FR+EN) toxic macro-F1", "mlma", "toxic", "macro_f1"),
        Measure("Davidson (EN) toxic macro-F1", "davidson", "toxic", "macro_f1"),
    ),
    "spam": (
        Measure("SMS Spam Collection F1 (spam)", "sms", "spam", "f1"),
        Measure("YouTube Spam Collection F1 (spam, unseen video)", "youtube", "spam", "f1"),
    ),
}

#: share of the training weight given to French rows (few French rows exist for sentiment)
LANGUAGE_SHARE: dict[str, dict[str, float]] = {"sentiment": {"fr": 0.3}}
#: 1.0: every source weighs the same in total, whatever its size; 0.0: every row weighs the same
SOURCE_BALANCE: dict[str, float] = {"sentiment": 0.0, "toxicity": 1.0, "spam": 0.0}
#: balance the classes of each output (macro metrics) or keep their frequencies (calibration)
CLASS_BALANCE: dict[str, bool] = {"sentiment": True, "toxicity": True, "spam": False}


def targets_of(examples: Sequence[Example], task: str) -> tuple[np.ndarray, np.ndarray]:
    """Targets (rows, outputs) and weights (rows, outputs) balanced per class, source, language."""
    kind, outputs = TASK_OUTPUTS[task]
    n = len(examples)
    targets = np.array([[e.targets.get(o, 0.0) for o in outputs] for e in examples])
    known = np.array([[1.0 if o in e.targets else 0.0 for o in outputs] for e in examples])
    if not CLASS_BALANCE.get(task, True):
        weights = known.copy() if kind == "sigmoid" else np.ones((n, len(outputs)))
    elif kind == "softmax":
        classes = targets.argmax(axis=1)
        counts = np.bincount(classes, minlength=len(outputs)).astype(float)
        counts[counts == 0] = 1.0
        row = n / (len(outputs) * counts[classes])
        weights = np.repeat(row[:, None], len(outputs), axis=1)
    else:
        weights = known.copy()
        for j in range(len(outputs)):
            pos = float((targets[:, j] * known[:, j]).sum())
            neg = float(((1 - targets[:, j]) * known[:, j]).sum())
            if pos and neg:
                share = np.where(
                    targets[:, j] > 0, (pos + neg) / (2 * pos), (pos + neg) / (2 * neg)
                )
                weights[:, j] *= share
    balance = SOURCE_BALANCE.get(task, 0.0)
    if balance:
        sources = Counter(e.source for e in examples)
        factor = {s: (n / (len(sources) * c)) ** balance for s, c in sources.items()}
        weights *= np.array([factor[e.source] for e in examples])[:, None]
    for lang, fraction in LANGUAGE_SHARE.get(task, {}).items():
        mask = np.array([e.lang == lang for e in examples])
        if mask.any() and not mask.all():
            weights[mask] *= fraction * n / mask.sum()
    if kind == "softmax":
        return targets, weights[:, 0]
    return targets, weights


def score(measure: Measure, examples: Sequence[Example], probs: np.ndarray, task: str) -> float:
    """The measure, in percent, on these validation rows and the model's probabilities."""
    kind, outputs = TASK_OUTPUTS[task]
    if kind == "softmax":
        gold = [int(np.argmax([e.targets[o] for o in outputs])) for e in examples]
        pred = [int(p) for p in probs.argmax(axis=1)]
    else:
        j = outputs.index(measure.output)
        rows = [i for i, e in enumerate(examples) if measure.output in e.targets]
        gold = [int(examples[i].targets[measure.output]) for i in rows]
        pred = [int(probs[i, j] >= 0.5) for i in rows]
    fn: Callable[[Sequence[int], Sequence[int]], float] = getattr(metrics, measure.metric)
    return round(100 * fn(gold, pred), 1)


@dataclass(slots=True)
class Trained:
    model: LinearModel
    report: list[dict[str, Any]]


def evaluate(
    model_kind: str, fitted: Fitted, val: Sequence[Example], task: str
) -> list[dict[str, Any]]:
    report = []
    for measure in MEASURES[task]:
        rows = [e for e in val if e.source == measure.source]
        if not rows:
            continue
        probs = predict(Rows.from_buckets(featurize(e.text for e in rows)), fitted, model_kind)
        report.append(
            {**asdict(measure), "rows": len(rows), "value": score(measure, rows, probs, task)}
        )
    return report


def train_task(
    task: str,
    data: Path,
    *,
    permissive_only: bool = False,
    hyper: Hyper | None = None,
    extra: Sequence[Example] = (),
    progress: Progress | None = None,
) -> Trained:
    """Train ``task`` on the public sets under ``data`` (plus ``extra`` rows, e.g. reviews).

    With ``permissive_only``, only MIT / Apache-2.0 / CC BY sets are trained on; every
    validation split present is still scored, so the figures show what that choice costs.
    """
    hyper = hyper or Hyper()
    used = sources_for(task, permissive_only=permissive_only)
    scored = sources_for(task, permissive_only=False)
    rows: list[Example] = []
    present = [s for s in scored if (data / s.folder).is_dir()]
    for source in present:
        for e in source.reader(data):
            if e.split == "val" or source in used:
                rows.append(e)
    train = [e for e in rows if e.split == "train"] + list(extra)
    if not train:
        wanted = ", ".join(sorted({s.folder for s in used}))
        raise InputError(f"{data}: no training data for {task} (expected folders: {wanted})")
    val = [e for e in rows if e.split == "val"]
    model_kind, outputs = TASK_OUTPUTS[task]
    targets, weights = targets_of(train, task)
    x = Rows.from_buckets(featurize(e.text for e in train))
    fitted = fit(x, targets, weights, kind=model_kind, hyper=hyper, progress=progress)
    report = evaluate(model_kind, fitted, val, task)
    meta = {
        "task": task,
        "permissive_only": permissive_only,
        "hyper": asdict(hyper),
        "sources": [_describe(s, train, val) for s in present if s in used or _has(val, s)],
        "missing": [s.name for s in used if s not in present],
        "extra_rows": len(extra),
        "metrics": report,
    }
    return Trained(
        LinearModel(task, model_kind, outputs, fitted.weights, fitted.bias, meta), report
    )


def _has(rows: Sequence[Example], source: Source) -> bool:
    return any(e.source == source.name for e in rows)


def _describe(source: Source, train: Sequence[Example], val: Sequence[Example]) -> dict[str, Any]:
    return {
        "name": source.name,
        "folder": source.folder,
        "languages": list(source.languages),
        "licence": source.licence,
        "permissive": source.permissive,
        "train_rows": sum(1 for e in train if e.source == source.name),
        "val_rows": sum(1 for e in val if e.source == source.name),
    }
