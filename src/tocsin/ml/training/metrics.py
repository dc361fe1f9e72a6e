"""The metrics the published baselines use: macro-recall, macro-F1 and F1 of the positive class."""

from __future__ import annotations

from collections.abc import Sequence


def _per_class(gold: Sequence[int], pred: Sequence[int], label: int) -> tuple[float, float]:
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p == label)
    predicted = sum(1 for p in pred if p == label)
    actual = sum(1 for g in gold if g == label)
    precision = tp / predicted if predicted else 0.0
    recall = tp / actual if actual else 0.0
    return precision, recall


def f1(gold: Sequence[int], pred: Sequence[int], label: int = 1) -> float:
    precision, recall = _per_class(gold, pred, label)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def macro_f1(gold: Sequence[int], pred: Sequence[int]) -> float:
    labels = sorted(set(gold))
    return sum(f1(gold, pred, c) for c in labels) / len(labels) if labels else 0.0


def macro_recall(gold: Sequence[int], pred: Sequence[int]) -> float:
    labels = sorted(set(gold))
    return sum(_per_class(gold, pred, c)[1] for c in labels) / len(labels) if labels else 0.0


def accuracy(gold: Sequence[int], pred: Sequence[int]) -> float:
    return sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / len(gold) if gold else 0.0
