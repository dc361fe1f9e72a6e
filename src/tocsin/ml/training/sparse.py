"""A minimal compressed-row matrix of hashed features, and the two products training needs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(slots=True)
class Rows:
    """Posts as rows of hashed features: ``indices[indptr[i]:indptr[i+1]]`` are post i's buckets.

    Every feature of post i has the value ``1/sqrt(n_i)`` (see :mod:`tocsin.ml.features`).
    """

    indices: np.ndarray  # int32, one per feature occurrence
    indptr: np.ndarray  # int64, len = rows + 1
    data: np.ndarray  # float32, one per feature occurrence
    row_of: np.ndarray  # int32, the row of each feature occurrence

    @classmethod
    def from_buckets(cls, docs: Sequence[Sequence[int]]) -> Rows:
        lengths = np.fromiter((len(d) for d in docs), dtype=np.int64, count=len(docs))
        indptr = np.zeros(len(docs) + 1, dtype=np.int64)
        np.cumsum(lengths, out=indptr[1:])
        indices = np.fromiter((b for d in docs for b in d), dtype=np.int32, count=int(indptr[-1]))
        scale = np.zeros(len(docs), dtype=np.float32)
        nonzero = lengths > 0
        scale[nonzero] = 1.0 / np.sqrt(lengths[nonzero])
        row_of = np.repeat(np.arange(len(docs), dtype=np.int32), lengths)
        return cls(indices, indptr, scale[row_of], row_of)

    @property
    def n_rows(self) -> int:
        return len(self.indptr) - 1

    def take(self, rows: np.ndarray) -> Rows:
        """The sub-matrix of these rows, in this order."""
        docs = [self.indices[self.indptr[r] : self.indptr[r + 1]].tolist() for r in rows]
        return Rows.from_buckets(docs)

    def dot(self, weights: np.ndarray) -> np.ndarray:
        """``X @ W`` for a dense ``W`` of shape (buckets, outputs)."""
        out = np.zeros((self.n_rows, weights.shape[1]), dtype=np.float64)
        if len(self.indices):
            contrib = weights[self.indices] * self.data[:, None]
            for k in range(weights.shape[1]):
                out[:, k] = np.bincount(self.row_of, weights=contrib[:, k], minlength=self.n_rows)
        return out

    def grad(self, residual: np.ndarray, buckets: int) -> np.ndarray:
        """``X.T @ R`` for a dense residual ``R`` of shape (rows, outputs)."""
        out = np.empty((buckets, residual.shape[1]), dtype=np.float64)
        for k in range(residual.shape[1]):
            out[:, k] = np.bincount(
                self.indices, weights=self.data * residual[self.row_of, k], minlength=buckets
            )
        return out
