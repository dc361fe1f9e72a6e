"""Fit a :class:`~tocsin.ml.lexicon.Lexicon`: word scores over a teacher's word vectors.

The vocabulary is the words of the training posts (at least ``MIN_COUNT`` posts each, with a
letter, no handle or link); each is embedded alone by the teacher (:mod:`.teacher`). A post's
vector is the mean of its words' vectors, weighted by smooth inverse frequency ``a / (a + p(w))``
(frequent words count little); a logistic regression (classes balanced, L2, Newton's method:
exact and reproducible) is fitted on those vectors. Its weights dotted with each word's vector
give the word's score, which is all the lexicon keeps.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np

from ..lexicon import Lexicon
from .teacher import Encoder

MIN_COUNT = 2
LIMIT = 40_000
#: ``a`` of the smooth inverse frequency weights
SMOOTHING = 1e-3
#: L2 penalty of the regression (1 / C in scikit-learn's terms)
L2 = 1.0


def vocabulary(docs: Iterable[Sequence[str]]) -> tuple[list[str], np.ndarray]:
    """Words in at least ``MIN_COUNT`` posts (most frequent first, at most ``LIMIT``) and the
    number of posts each is in."""
    counts: Counter[str] = Counter()
    for toks in docs:
        counts.update(set(toks))
    kept = sorted(
        (
            (-n, w)
            for w, n in counts.items()
            if n >= MIN_COUNT and w[0] not in "@<" and any(ch.isalpha() for ch in w)
        ),
    )[:LIMIT]
    return [w for _, w in kept], np.array([-n for n, _ in kept], dtype=np.float64)


def sif_weights(counts: np.ndarray) -> np.ndarray:
    return np.asarray(SMOOTHING / (SMOOTHING + counts / counts.sum()))


def post_vectors(
    docs: Sequence[Sequence[str]], index: dict[str, int], vectors: np.ndarray, weights: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Each post's weighted mean word vector, and whether it has a word of the vocabulary."""
    out = np.zeros((len(docs), vectors.shape[1]))
    known = np.zeros(len(docs), dtype=bool)
    for i, toks in enumerate(docs):
        ids = [index[t] for t in toks if t in index]
        if ids:
            w = weights[ids]
            out[i] = w @ vectors[ids] / w.sum()
            known[i] = True
    return out, known


def logistic(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2 logistic regression with balanced classes (bias not penalised)."""
    n, d = x.shape
    pos = float(y.sum())
    neg = n - pos
    sample = np.where(y > 0, n / (2 * max(pos, 1.0)), n / (2 * max(neg, 1.0)))
    a = np.hstack([x, np.ones((n, 1))])
    reg = np.full(d + 1, l2)
    reg[-1] = 1e-9
    beta = np.zeros(d + 1)
    for _ in range(50):
        p = 0.5 * (1.0 + np.tanh(0.5 * (a @ beta)))
        grad = a.T @ (sample * (p - y)) + reg * beta
        hess = (a * (sample * p * (1 - p))[:, None]).T @ a + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-9:
            break
    return beta[:-1], float(beta[-1])


class WordSpace:
    """The vocabulary of some training posts, embedded once by the teacher."""

    def __init__(self, docs: Sequence[Sequence[str]], encoder: Encoder) -> None:
        self.words, counts = vocabulary(docs)
        if not self.words:
            raise ValueError("no word is in two training posts: no lexicon can be learnt")
        self.weights = sif_weights(counts)
        self.vectors = np.asarray(encoder(self.words), dtype=np.float64)
        self.index = {w: i for i, w in enumerate(self.words)}

    def fit(self, output: str, docs: Sequence[Sequence[str]], y: np.ndarray) -> Lexicon:
        """The lexicon of ``output`` learnt on these posts (their tokens) and 0/1 labels."""
        x, known = post_vectors(docs, self.index, self.vectors, self.weights)
        coef, bias = logistic(x[known], y[known])
        scores = self.vectors @ coef
        return Lexicon(
            output,
            tuple(self.words),
            self.weights.astype(np.float32),
            scores.astype(np.float32),
            bias,
        )
