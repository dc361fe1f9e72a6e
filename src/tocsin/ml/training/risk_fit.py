"""The risk model's fit: hashed n-gram weights and a word-vector head, together, by L-BFGS.

One logistic regression per category over two blocks of features of a post: its hashed
features (:mod:`tocsin.ml.features`) and the sum of its words' vectors
(:func:`tocsin.ml.training.word_vectors.post_features`), each block with its own L2 penalty (a
stronger one on the hashed weights makes the model lean on the word vectors, which reach words
the training posts never had). A few thousand posts: full-batch L-BFGS (numpy only, no batch
order, so the same data give the same weights) converges in seconds where mini-batch Adam took
minutes. The head is then baked into the hashed weights (:func:`word_vectors.bake`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..features import BUCKETS
from .sparse import Rows

Objective = Callable[[np.ndarray], tuple[float, np.ndarray]]


@dataclass(frozen=True, slots=True)
class RiskHyper:
    """The risk model's training settings (chosen by leave-one-file-out, docs/models.md)."""

    l2: float = 1e-4  # on the hashed weights
    l2_vectors: float = 1e-4  # on the word-vector head
    iterations: int = 60  # of L-BFGS
    memory: int = 10  # pairs L-BFGS keeps


@dataclass(slots=True)
class JointFit:
    weights: np.ndarray  # (BUCKETS, K): the hashed weights, head not baked in
    head: np.ndarray  # (dimensions, K)
    bias: np.ndarray  # (K,)


def lbfgs(f: Objective, x0: np.ndarray, iterations: int, memory: int = 10) -> np.ndarray:
    """Minimise ``f`` (value and gradient) from ``x0``: L-BFGS, Armijo backtracking."""
    x = x0.copy()
    fx, g = f(x)
    pairs: list[tuple[np.ndarray, np.ndarray, float]] = []
    for _ in range(iterations):
        q = g.copy()
        alphas = []
        for s, y, rho in reversed(pairs):
            a = rho * float(s @ q)
            alphas.append(a)
            q -= a * y
        if pairs:
            s, y, _ = pairs[-1]
            q *= float(s @ y) / float(y @ y)
        else:
            q /= max(float(np.linalg.norm(g)), 1e-12)
        for (s, y, rho), a in zip(pairs, reversed(alphas), strict=True):
            q += (a - rho * float(y @ q)) * s
        direction = -q
        slope = float(g @ direction)
        if slope >= 0:  # not a descent direction: start again from the gradient
            pairs.clear()
            direction = -g / max(float(np.linalg.norm(g)), 1e-12)
            slope = float(g @ direction)
        step = 1.0
        while True:
            candidate = x + step * direction
            f_new, g_new = f(candidate)
            if f_new <= fx + 1e-4 * step * slope or step < 1e-10:
                break
            step *= 0.5
        s, y = candidate - x, g_new - g
        if float(s @ y) > 1e-12:
            pairs.append((s, y, 1.0 / float(s @ y)))
            del pairs[:-memory]
        x, fx, g = candidate, f_new, g_new
        if float(np.abs(g).max()) < 1e-8:
            break
    return x


def fit_joint(x: Rows, vectors: np.ndarray, targets: np.ndarray, hyper: RiskHyper) -> JointFit:
    """Minimise the mean logistic loss of every output plus ``l2/2 |W|²`` and
    ``l2_vectors/2 |head|²`` (the bias is not penalised)."""
    n, k = targets.shape
    dims = vectors.shape[1]
    used = np.unique(x.indices)
    compact = np.full(BUCKETS, -1, dtype=np.int64)
    compact[used] = np.arange(len(used))
    column = compact[x.indices]
    data = x.data.astype(np.float64)
    n_w, n_h = len(used) * k, dims * k

    def objective(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w = theta[:n_w].reshape(-1, k)
        head = theta[n_w : n_w + n_h].reshape(dims, k)
        bias = theta[n_w + n_h :]
        contrib = w[column] * data[:, None]
        z = np.empty((n, k))
        for j in range(k):
            z[:, j] = np.bincount(x.row_of, weights=contrib[:, j], minlength=n)
        z += vectors @ head + bias
        loss = float((np.logaddexp(0.0, z) - targets * z).sum()) / n
        loss += 0.5 * hyper.l2 * float((w * w).sum())
        loss += 0.5 * hyper.l2_vectors * float((head * head).sum())
        residual = (0.5 * (1.0 + np.tanh(0.5 * z)) - targets) / n
        g_w = np.empty_like(w)
        for j in range(k):
            g_w[:, j] = np.bincount(
                column, weights=data * residual[x.row_of, j], minlength=len(used)
            )
        g_w += hyper.l2 * w
        g_head = vectors.T @ residual + hyper.l2_vectors * head
        return loss, np.concatenate([g_w.ravel(), g_head.ravel(), residual.sum(axis=0)])

    theta = lbfgs(objective, np.zeros(n_w + n_h + k), hyper.iterations, hyper.memory)
    weights = np.zeros((BUCKETS, k), dtype=np.float64)
    weights[used] = theta[:n_w].reshape(-1, k)
    return JointFit(weights, theta[n_w : n_w + n_h].reshape(dims, k), theta[n_w + n_h :])
