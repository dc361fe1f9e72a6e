"""A small convolutional network that reads a post's words in order (numpy inference only).

The hashed linear model sees words and neighbouring pairs; it cannot tell "you are an idiot" from
"I feel like an idiot" beyond the pair level. :class:`ContextNet` reads word vectors through one
1-D convolution (each output looks at a word and its neighbours), keeps the maximum and the mean
of every filter over the post, and scores them with one linear layer::

    x_i = embedding[word_i]                (unknown words and padding: zeros)
    h_i = relu(W · [x_{i-1}; x_i; x_{i+1}] + c)
    z   = u · [max_i h_i ; mean_i h_i] + b

It refines one output of a model (``output``, e.g. ``offensive``): for a post whose linear score
of that output is within ``band`` (the uncertain posts) and whose language is one it learnt from
(``languages``, when the caller knows the post's), the output's score becomes
``mix[0] * linear + mix[1] * z + mix[2]`` (a stacking fitted out of fold at training time,
:mod:`tocsin.ml.training.context`); other posts keep the linear score, so most posts never pay for
the network. It is trained with PyTorch at training time only; the weights ship as arrays.

The score splits exactly into one share per word (:meth:`ContextNet.shares`): a filter's maximum
belongs to the word at the centre of the window where it is reached, its mean to every word in
equal parts, which is how the words that drove a score are named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .arrays_cache import load_derived, save_derived

#: tokens read per post (the first ones): the longest posts the network learnt from
MAX_TOKENS = 64


@dataclass(frozen=True)
class ContextNet:
    output: str  # the model output it refines, e.g. "offensive"
    words: tuple[str, ...]  # vocabulary, tokens as :func:`tocsin.ml.features.tokens` gives them
    embeddings: np.ndarray  # (words, dims) float32
    conv: np.ndarray  # (width * dims, filters) float32: window rows, word by word
    conv_bias: np.ndarray  # (filters,) float32
    head: np.ndarray  # (2 * filters,) float32: maximum then mean of each filter
    head_bias: float
    mix: tuple[float, float, float]  # linear score, network score, constant
    band: tuple[float, float]  # linear scores (before sigmoid) for which the network runs
    #: languages of the posts it reads (ISO 639-1; empty: any): those it learnt from
    languages: tuple[str, ...] = ()
    #: where the word table (:meth:`_table`) is kept between runs (None: computed every run)
    table_file: Path | None = field(default=None, repr=False, compare=False)
    _parts: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        dims = self.embeddings.shape[1] if self.embeddings.ndim == 2 else 0
        filters = self.conv_bias.shape[0]
        if (
            self.embeddings.shape[0] != len(self.words)
            or not dims
            or self.conv.shape[0] % dims
            or self.conv.shape[0] // dims % 2 == 0
            or self.conv.shape[1] != filters
            or self.head.shape != (2 * filters,)
        ):
            raise ValueError("inconsistent context network arrays")

    def _table(self) -> np.ndarray:
        """Each word's part in every window it is in, computed at the first post the network
        reads (most processes never need it: it costs tens of MB and a matrix product).

        The convolution is linear before its ReLU: each word's part in every window it is in
        (left neighbour, centre, right neighbour...) is computed once for the vocabulary, and a
        post costs one gather and a few sums. Row 0: the unknown word (zeros).

        With a :attr:`table_file`, the table is read from there (the product of an earlier run,
        the same numbers) and written there when it is computed."""
        table: np.ndarray | None = self.__dict__.get("_parts")
        if table is None:
            dims = self.embeddings.shape[1]
            filters = self.conv_bias.shape[0]
            width = self.width
            shape = (len(self.words) + 1, width * filters)
            if self.table_file is not None:
                table = load_derived(self.table_file, shape, np.float32)
            if table is None:
                kernel = self.conv.reshape(width, dims, filters)
                table = np.zeros(shape, np.float32)
                for k in range(width):
                    table[1:, k * filters : (k + 1) * filters] = self.embeddings @ kernel[k]
                if self.table_file is not None:
                    save_derived(self.table_file, table)
            object.__setattr__(self, "_parts", table)
        return table

    @property
    def width(self) -> int:
        """Words seen by each filter (odd: the word and as many neighbours on each side)."""
        return int(self.conv.shape[0] // self.embeddings.shape[1])

    def index(self) -> dict[str, int]:
        """Each word's row in :attr:`embeddings` plus one (0 is the unknown word)."""
        return {w: i + 1 for i, w in enumerate(self.words)}

    def _hidden(self, tokens: Sequence[str], index: dict[str, int]) -> np.ndarray:
        """The filters' outputs at each position (positions, filters)."""
        get = index.get
        ids = [get(t, 0) for t in tokens[:MAX_TOKENS]]
        parts = self._table().take(ids, axis=0)
        filters = self.conv_bias.shape[0]
        side = self.width // 2
        n = len(ids)
        h = parts[:, side * filters : (side + 1) * filters] + self.conv_bias
        for k in range(self.width):
            shift = k - side  # the word ``shift`` places away from the window's centre
            if shift and n > abs(shift):
                part = parts[:, k * filters : (k + 1) * filters]
                if shift < 0:
                    h[-shift:] += part[:shift]
                else:
                    h[:-shift] += part[shift:]
        return np.maximum(h, 0.0, out=h)

    def linear(self, tokens: Sequence[str], index: dict[str, int]) -> float:
        """The network's score (before sigmoid) of a post's tokens."""
        h = self._hidden(tokens or ("",), index)  # no token: one unknown word, as in training
        filters = h.shape[1]
        head = self.head
        top = float(h.max(axis=0) @ head[:filters])
        mean = float(h.sum(axis=0) @ head[filters:]) / h.shape[0]
        return top + mean + self.head_bias

    def runs(self, linear: float, lang: str | None = None) -> bool:
        """Whether the network reads a post of this linear score and language (None: unknown)."""
        low, high = self.band
        return low <= linear <= high and (
            lang is None or not self.languages or lang in self.languages
        )

    def refine(
        self, linear: float, tokens: Sequence[str], index: dict[str, int], lang: str | None = None
    ) -> float:
        """The output's score: the stacking of both when the network runs, else ``linear``."""
        if not self.runs(linear, lang):
            return linear
        a, b, c = self.mix
        return a * linear + b * self.linear(tokens, index) + c

    def shares(self, tokens: Sequence[str], index: dict[str, int]) -> list[float]:
        """Each token's share of :meth:`linear` minus its bias (they add up to it exactly)."""
        n = min(len(tokens), MAX_TOKENS)
        out = [0.0] * len(tokens)
        if not n:
            return out
        h = self._hidden(tokens, index)
        filters = h.shape[1]
        top = h.argmax(axis=0)
        peak = h[top, np.arange(filters)] * self.head[:filters]
        np.add.at(shares := np.zeros(n), top, peak)
        shares += h @ self.head[filters:] / n
        out[:n] = shares.tolist()
        return out


def quantize(embeddings: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Word vectors as int8 with one float32 scale per word (how they are stored)."""
    scales = np.abs(embeddings).max(axis=1).astype(np.float32) / 127
    scales[scales == 0] = 1.0
    q = np.clip(np.rint(embeddings / scales[:, None]), -127, 127).astype(np.int8)
    return q, scales


def dequantize(q: np.ndarray, scales: np.ndarray) -> np.ndarray:
    return np.asarray(q.astype(np.float32) * scales.astype(np.float32)[:, None], np.float32)
