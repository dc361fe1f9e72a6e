"""Logistic regression on hashed features, fitted with mini-batch Adam (numpy only).

Two shapes: ``softmax`` (one label among K, e.g. sentiment) and ``sigmoid`` (K independent yes/no
outputs, each known on some rows only, e.g. toxic / hate). Weights start at zero and the data are
seeded upstream, so the same data give the same model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..features import BUCKETS
from .sparse import Rows

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class Fitted:
    weights: np.ndarray  # (BUCKETS, K) float32
    bias: np.ndarray  # (K,) float32


@dataclass(frozen=True, slots=True)
class Hyper:
    """Training settings (defaults chosen on the validation splits; see docs/models.md)."""

    l2: float = 1e-6
    epochs: int = 8
    learning_rate: float = 0.01
    batch_size: int = 512
    seed: int = 13
    #: fine-tuning: pull towards the starting weights (instead of zero), and keep the bias (prior)
    anchor: float = 0.0
    train_bias: bool = True


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return np.asarray(e / e.sum(axis=1, keepdims=True))


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return np.asarray(0.5 * (1.0 + np.tanh(0.5 * z)))


def fit(
    x: Rows,
    targets: np.ndarray,
    weights: np.ndarray,
    *,
    kind: str,
    hyper: Hyper,
    init: Fitted | None = None,
    progress: Progress | None = None,
) -> Fitted:
    """Fit one model with mini-batch Adam (seeded batch order), from zero or from ``init``.

    ``kind="softmax"``: ``targets`` is one-hot (rows, K), ``weights`` (rows,) per row.
    ``kind="sigmoid"``: ``targets`` is 0/1 (rows, K), ``weights`` (rows, K): 0 where unknown.
    """
    outputs = targets.shape[1]
    row_w = weights if weights.ndim == 2 else np.repeat(weights[:, None], outputs, axis=1)
    mean_w = row_w.sum(axis=0) / max(x.n_rows, 1)
    mean_w[mean_w == 0] = 1.0
    rng = np.random.default_rng(hyper.seed)
    order = rng.permutation(x.n_rows)
    batches = [
        (x.take(rows), targets[rows], row_w[rows] / mean_w)
        for rows in np.array_split(order, max(1, -(-x.n_rows // hyper.batch_size)))
    ]
    start_w: np.ndarray | None = None
    if init is not None:
        w = init.weights.astype(np.float32, copy=True)
        b = init.bias.astype(np.float32, copy=True)
        start_w = w.copy() if hyper.anchor else None
    else:
        w = np.zeros((BUCKETS, outputs), dtype=np.float32)
        b = np.zeros(outputs, dtype=np.float32)
    m_w, v_w = np.zeros_like(w), np.zeros_like(w)
    m_b, v_b = np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    step = 0
    total_steps = hyper.epochs * len(batches)
    for _epoch in range(hyper.epochs):
        for i in rng.permutation(len(batches)):
            xb, tb, wb = batches[i]
            step += 1
            z = xb.dot(w) + b
            p = _softmax(z) if kind == "softmax" else _sigmoid(z)
            residual = (p - tb) * wb / xb.n_rows
            g_w = xb.grad(residual, BUCKETS).astype(np.float32)
            g_w += hyper.l2 * w
            if start_w is not None:
                g_w += hyper.anchor * (w - start_w)
            g_b = residual.sum(axis=0).astype(np.float32)
            if not hyper.train_bias:
                g_b[:] = 0.0
            lr = hyper.learning_rate * (1.0 - 0.9 * step / total_steps)
            for param, grad, m, v in ((w, g_w, m_w, v_w), (b, g_b, m_b, v_b)):
                m *= beta1
                m += (1 - beta1) * grad
                v *= beta2
                v += (1 - beta2) * grad * grad
                correction = np.sqrt(1 - beta2**step) / (1 - beta1**step)
                param -= lr * correction * m / (np.sqrt(v) + eps)
            if progress is not None:
                progress(step, total_steps)
    return Fitted(w, b)


def predict(x: Rows, fitted: Fitted, kind: str) -> np.ndarray:
    z = x.dot(fitted.weights.astype(np.float64)) + fitted.bias
    return _softmax(z) if kind == "softmax" else _sigmoid(z)
