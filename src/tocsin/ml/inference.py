"""Score posts with the three shipped models at once: sentiment, toxicity (and hate), spam.

The models share one feature space (:mod:`tocsin.ml.features`), so their weights are put side by
side in one matrix and each post costs one pass. A cache holds one row per word already seen (the
sum of its own rows and its character n-grams' rows) and per pair of words, with the number of
features it stands for; a post is then its tokens, one dictionary look-up per word and pair, and
one numpy gather-and-sum. The score of every output is
``bias + (sum of rows) / sqrt(number of features)``, followed by a softmax (sentiment) or a
sigmoid (the others). The cache is thread-safe (one lock around look-ups and the gather).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .features import pair_bucket, token_spans, tokens, word_buckets
from .linear import LinearModel

MODELS_DIR = Path(__file__).with_name("models")
MODEL_NAMES = ("sentiment", "toxicity", "spam")
SENTIMENT_LABELS = ("negative", "neutral", "positive")
#: toxicity outputs other than the overall score, as reported in ``toxicity_kinds``
TOXICITY_KINDS = ("hate",)
#: the models learnt from short posts: a text of more tokens is scored in windows of this size
WINDOW = 64
#: a word explains a score when it weighs at least this share of the strongest word
DRIVER_SHARE = 0.4
_CACHE_ROWS = 1 << 17


@dataclass(frozen=True, slots=True)
class Signals:
    """What the models say about one post: probabilities in 0..1 (DESIGN.md section 4)."""

    sentiment: str
    sentiment_scores: dict[str, float]
    toxicity: float
    toxicity_kinds: dict[str, float]
    spam: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentiment": self.sentiment,
            "sentiment_scores": dict(self.sentiment_scores),
            "toxicity": self.toxicity,
            "toxicity_kinds": dict(self.toxicity_kinds),
            "spam": self.spam,
        }


class TextModels:
    """The loaded models; build once (see :func:`default_models`), call for every post."""

    def __init__(self, models: Sequence[LinearModel]) -> None:
        by_name = {m.name: m for m in models}
        missing = [n for n in MODEL_NAMES if n not in by_name]
        if missing:
            raise ValueError(f"missing text models: {', '.join(missing)}")
        self.models = {n: by_name[n] for n in MODEL_NAMES}
        self.columns: dict[str, int] = {}
        for name in MODEL_NAMES:
            for output in self.models[name].outputs:
                self.columns[f"{name}.{output}"] = len(self.columns)
        self.weights = np.ascontiguousarray(
            np.concatenate([self.models[n].weights for n in MODEL_NAMES], axis=1), np.float32
        )
        self.bias = np.concatenate([self.models[n].bias for n in MODEL_NAMES]).astype(np.float64)
        self._bias: list[float] = self.bias.tolist()
        self._sentiment = [self.columns[f"sentiment.{label}"] for label in SENTIMENT_LABELS]
        self._toxic = self.columns["toxicity.toxic"]
        self._kinds = {k: self.columns[f"toxicity.{k}"] for k in TOXICITY_KINDS}
        self._spam = self.columns["spam.spam"]
        # The cache: one row per word (its own rows and its n-grams' summed) or pair of words
        # seen, with the number of features it stands for in the last column, so that one
        # gather and one sum give a post's scores and its feature count.
        self._capacity = _CACHE_ROWS
        self._rows = np.zeros((self._capacity, self.weights.shape[1] + 1), np.float32)
        self._row_ids: dict[str | tuple[str, str], int] = {}
        # the cache is shared by the threads of a web server: look-ups, additions and the
        # gather that reads the rows happen under one lock (uncontended: ~0.1 µs)
        self._lock = threading.Lock()

    @classmethod
    def load(cls, folder: Path = MODELS_DIR) -> TextModels:
        return cls([LinearModel.load(folder, name) for name in MODEL_NAMES])

    @property
    def nbytes(self) -> int:
        """Memory held by the weights and the caches' arrays."""
        return int(self.weights.nbytes + self._rows.nbytes)

    # -- features ---------------------------------------------------------------------------------

    def _add(self, key: str | tuple[str, str]) -> int:
        row = self._row_ids.get(key)
        if row is not None:  # a new word twice in one post
            return row
        found = [pair_bucket(*key)] if isinstance(key, tuple) else word_buckets(key)
        row = len(self._row_ids)
        self._rows[row, :-1] = self.weights[found].sum(axis=0)
        self._rows[row, -1] = len(found)
        self._row_ids[key] = row
        return row

    def _ids(self, toks: list[str]) -> list[int]:
        """Cache rows of a post's words and pairs (added on first sight)."""
        if len(self._row_ids) + 2 * len(toks) > self._capacity:
            # a long run over new words: start the cache again (never in the middle of a post)
            self._row_ids.clear()
            del toks[self._capacity // 2 :]  # a post longer than the cache: its first words
        get = self._row_ids.get
        keys: list[str | tuple[str, str]] = list(toks)
        if len(toks) > 1:
            keys += zip(toks, toks[1:], strict=False)
        ids = [get(k) for k in keys]
        if None in ids:
            add = self._add
            ids = [add(k) if i is None else i for i, k in zip(ids, keys, strict=True)]
        return ids  # type: ignore[return-value]

    def raw(self, folded: str) -> np.ndarray:
        """The linear scores (before softmax / sigmoid) of every output for one folded text."""
        toks = tokens(folded)
        if not toks:
            return self.bias.copy()
        if len(toks) > WINDOW:
            return self._long(toks)
        return self._short(toks)

    def _short(self, toks: list[str]) -> np.ndarray:
        with self._lock:
            total = self._rows[self._ids(toks)].sum(axis=0, dtype=np.float64)
        return np.asarray(self.bias + total[:-1] / math.sqrt(total[-1]))

    def _long(self, toks: list[str]) -> np.ndarray:
        """A text longer than the posts the models learnt from, scored in windows.

        Windows of :data:`WINDOW` tokens overlapping by half are scored like posts; sentiment is
        their mean, toxicity, hate and spam their maximum (one toxic passage is enough).
        """
        step = WINDOW // 2
        z = np.array([self._short(toks[i : i + WINDOW]) for i in range(0, len(toks) - step, step)])
        out = z.max(axis=0)
        out[self._sentiment] = z[:, self._sentiment].mean(axis=0)
        return np.asarray(out)

    # -- signals ----------------------------------------------------------------------------------

    def signals_from_raw(self, z: np.ndarray) -> Signals:
        return self._signals(z.tolist())

    def _signals(self, v: list[float]) -> Signals:
        s = [v[c] for c in self._sentiment]
        top = max(s)
        e = [math.exp(x - top) for x in s]
        total = e[0] + e[1] + e[2]
        return Signals(
            sentiment=SENTIMENT_LABELS[s.index(top)],
            sentiment_scores={
                "negative": round(e[0] / total, 4),
                "neutral": round(e[1] / total, 4),
                "positive": round(e[2] / total, 4),
            },
            toxicity=_prob(v[self._toxic]),
            toxicity_kinds={k: _prob(v[c]) for k, c in self._kinds.items()},
            spam=_prob(v[self._spam]),
        )

    def signals(self, folded: str) -> Signals:
        """The signals of one post, from its folded text (``normalize(text).folded``)."""
        toks = tokens(folded)
        if not toks:
            return self._signals(self._bias)
        if len(toks) > WINDOW:
            return self._signals(self._long(toks).tolist())
        # :meth:`raw` with the few additions in plain Python (cheaper than numpy for 7 numbers)
        with self._lock:
            total = self._rows[self._ids(toks)].sum(axis=0, dtype=np.float64).tolist()
        scale = 1.0 / math.sqrt(total[-1])
        return self._signals([b + t * scale for b, t in zip(self._bias, total, strict=False)])

    def signals_many(self, folded: Sequence[str]) -> list[Signals]:
        return [self.signals(f) for f in folded]

    def drivers(self, folded: str, column: str, limit: int = 3) -> list[tuple[str, int, int]]:
        """The words that pushed ``column`` (e.g. ``"toxicity.toxic"``) up most, strongest first.

        Each is ``(word, start, end)`` with positions in the folded text. A word's weight is its
        own rows plus half of each pair it belongs to.
        """
        col = self.columns[column]
        spans = token_spans(folded)
        toks = [t for t, _, _ in spans]
        with self._lock:
            ids = self._ids(toks)
            column_of = self._rows[ids, col].tolist()
        del spans[len(toks) :]
        weight = column_of[: len(toks)]
        for i, value in enumerate(column_of[len(toks) :]):
            weight[i] += value / 2
            weight[i + 1] += value / 2
        ranked = sorted(range(len(toks)), key=lambda i: -weight[i])
        out: list[tuple[str, int, int]] = []
        seen: set[str] = set()
        floor = weight[ranked[0]] * DRIVER_SHARE if ranked else 0.0
        for i in ranked:
            word, start, end = spans[i]
            if weight[i] <= 0 or weight[i] < floor or len(out) >= limit:
                break
            if word in seen or word == "@user" or not any(ch.isalnum() for ch in word):
                continue  # punctuation explains nothing; a handle is someone's
            if sum(ch.isdigit() for ch in word) >= 4:
                continue  # phone numbers, ids: personal data must not travel in an excerpt
            seen.add(word)
            out.append((word, start, end))
        return out


def _prob(z: float) -> float:
    return round(0.5 * (1.0 + math.tanh(0.5 * z)), 4)


_DEFAULT: dict[Path, TextModels] = {}


def default_models(folder: Path | None = None) -> TextModels:
    """The models of ``folder`` (default: the shipped ones), loaded once per process."""
    folder = folder or MODELS_DIR
    found = _DEFAULT.get(folder)
    if found is None:
        found = _DEFAULT[folder] = TextModels.load(folder)
    return found
