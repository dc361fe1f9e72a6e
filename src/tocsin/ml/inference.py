"""Score posts with the shipped models at once: sentiment, toxicity (hate, offensive), spam, and
the learned risk layer (one probability per risk category, :mod:`tocsin.ml.training.risk`).

The models share one feature space (:mod:`tocsin.ml.features`), so their weights are put side by
side in one table and each post costs one pass. The table holds a row per hash bucket (a pair of
words is one bucket: its row is its weights) and, after them, a cache of one row per word already
seen (the sum of the rows of the word and of its character n-grams); after the outputs, every row
holds the number of features it stands for. A post is then a list of row numbers and one numpy
gather-and-sum. The score of every output is ``bias + (sum of rows) / sqrt(number of features)``,
followed by a softmax (sentiment) or a sigmoid (the others); an output with a lexicon (word scores,
:mod:`tocsin.ml.lexicon`) takes the mean of that score and the lexicon's, read from two more
columns of the same rows. An output with a context network (:mod:`tocsin.ml.context`) is then
refined by it when its linear score is in the network's uncertain band (a cascade: most posts
are not, and pay nothing for it).

Tokens never cross white space (:func:`tocsin.ml.features.tokens`), so a post is read word by
white-space word: each one seen before is one dictionary look-up giving the rows of its tokens and
of the pairs inside it, plus one look-up for the pair it forms with the word before. The caches
are bounded (they start again when full) and thread-safe (one lock around look-ups and gather).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .context import ContextNet
from .features import BUCKETS, pair_bucket, token_spans, tokens, word_buckets
from .lexicon import combine
from .linear import LinearModel

MODELS_DIR = Path(__file__).with_name("models")
MODEL_NAMES = ("sentiment", "toxicity", "spam")
#: models used when their files are in the folder (a folder made before they existed still loads)
OPTIONAL_MODELS = ("risk",)
SENTIMENT_LABELS = ("negative", "neutral", "positive")
#: toxicity outputs other than the overall score, as reported in ``toxicity_kinds`` (those a
#: model was trained with: a model folder made before ``offensive`` existed gives ``hate`` only)
TOXICITY_KINDS = ("hate", "offensive")
#: the models learnt from short posts: a text of more tokens is scored in windows of this size
WINDOW = 64
#: a word explains a score when it weighs at least this share of the strongest word
DRIVER_SHARE = 0.4
#: entries of each cache (words' rows, pairs' buckets, white-space words)
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


class _Full(Exception):
    """A cache is full: start the caches again and read the post again."""


#: a white-space word: rows of its tokens and inner pairs, first token, last token, token count
_Word = tuple[tuple[int, ...], str, str, int]


class TextModels:
    """The loaded models; build once (see :func:`default_models`), call for every post."""

    def __init__(self, models: Sequence[LinearModel]) -> None:
        by_name = {m.name: m for m in models}
        missing = [n for n in MODEL_NAMES if n not in by_name]
        if missing:
            raise ValueError(f"missing text models: {', '.join(missing)}")
        names = MODEL_NAMES + tuple(n for n in OPTIONAL_MODELS if n in by_name)
        self.models = {n: by_name[n] for n in names}
        self.columns: dict[str, int] = {}
        for name in names:
            for output in self.models[name].outputs:
                self.columns[f"{name}.{output}"] = len(self.columns)
        outputs = len(self.columns)
        #: the risk model's categories and columns (empty without a risk model)
        self.risk: dict[str, int] = {
            c.split(".", 1)[1]: j for c, j in self.columns.items() if c.startswith("risk.")
        }
        self.bias = np.concatenate([self.models[n].bias for n in names]).astype(np.float64)
        self._bias: list[float] = self.bias.tolist()
        self._sentiment = [self.columns[f"sentiment.{label}"] for label in SENTIMENT_LABELS]
        self._toxic = self.columns["toxicity.toxic"]
        self._kinds = [
            (k, self.columns[f"toxicity.{k}"])
            for k in TOXICITY_KINDS
            if f"toxicity.{k}" in self.columns
        ]
        self._spam = self.columns["spam.spam"]
        # The table: one row per bucket (weights, then 1 feature), then the cache's rows, one per
        # word seen (its own rows and its n-grams' summed, then their number). A model's lexicon
        # (:mod:`tocsin.ml.lexicon`) adds two columns, zero on bucket rows: a cached word of its
        # vocabulary holds its weight * score and its weight there.
        self._lexicons: list[tuple[int, int, float, dict[str, tuple[float, float]]]] = []
        for name in names:
            lexicon = self.models[name].lexicon
            if lexicon is not None:
                refined = self.columns[f"{name}.{lexicon.output}"]
                column = outputs + 1 + 2 * len(self._lexicons)
                self._lexicons.append((refined, column, lexicon.bias, lexicon.index()))
        #: context networks (:mod:`tocsin.ml.context`): refined column, network, its word rows
        self._contexts: list[tuple[int, ContextNet, dict[str, int]]] = []
        for name in names:
            net = self.models[name].context
            if net is not None:
                refined = self.columns[f"{name}.{net.output}"]
                self._contexts.append((refined, net, net.index()))
        self._count = outputs  # the column of the number of features
        self._capacity = _CACHE_ROWS
        width = outputs + 1 + 2 * len(self._lexicons)
        self._table = np.zeros((BUCKETS + self._capacity, width), np.float32)
        # each model's weights copied in place (no side-by-side copy first: at start-up every
        # page of memory written costs, and the table alone is tens of megabytes)
        column = 0
        for name in names:
            weights = self.models[name].weights
            self._table[:BUCKETS, column : column + weights.shape[1]] = weights
            column += weights.shape[1]
        self._table[:BUCKETS, outputs] = 1.0
        #: the weights of every output side by side (a view into the table)
        self.weights = self._table[:BUCKETS, :outputs]
        self._token_rows: dict[str, int] = {}  # word -> its row in the table
        self._pair_rows: dict[tuple[str, str], int] = {}  # two neighbouring words -> bucket
        self._words: dict[str, _Word] = {}  # white-space word -> what it brings
        # the caches are shared by the threads of a web server: look-ups, additions and the
        # gather that reads the rows happen under one lock (uncontended: ~0.1 µs)
        self._lock = threading.Lock()

    @classmethod
    def load(cls, folder: Path = MODELS_DIR) -> TextModels:
        names = MODEL_NAMES + tuple(n for n in OPTIONAL_MODELS if (folder / f"{n}.json").exists())
        return cls([LinearModel.load(folder, name) for name in names])

    @property
    def nbytes(self) -> int:
        """Memory held by the table of weights and cached rows."""
        return int(self._table.nbytes)

    # -- features ---------------------------------------------------------------------------------

    def clear_cache(self) -> None:
        """Forget every cached word (needed only after changing :attr:`weights` in place)."""
        with self._lock:
            self._clear()

    def _clear(self) -> None:
        self._token_rows.clear()
        self._pair_rows.clear()
        self._words.clear()

    def _token_row(self, token: str) -> int:
        row = self._token_rows.get(token)
        if row is None:
            added = len(self._token_rows)
            if added >= self._capacity:
                raise _Full
            row = BUCKETS + added
            # its buckets' rows summed: the weights, then their number
            self._table[row] = np.add.reduce(self._table.take(word_buckets(token), axis=0))
            for _, column, _, index in self._lexicons:
                found = index.get(token)
                if found is not None:
                    self._table[row, column : column + 2] = found
            self._token_rows[token] = row
        return row

    def _pair_row(self, left: str, right: str) -> int:
        key = (left, right)
        row = self._pair_rows.get(key)
        if row is None:
            if len(self._pair_rows) >= self._capacity:
                raise _Full
            row = self._pair_rows[key] = pair_bucket(left, right)
        return row

    def _word(self, word: str) -> _Word:
        """What a white-space word brings (added to the cache on first sight)."""
        if len(self._words) >= self._capacity:
            raise _Full
        toks = tokens(word)  # never empty: every character that is not a space is in a token
        ids = [self._token_row(t) for t in toks]
        ids += [self._pair_row(a, b) for a, b in zip(toks, toks[1:], strict=False)]
        found = self._words[word] = (tuple(ids), toks[0], toks[-1], len(toks))
        return found

    def _word_ids(self, words: list[str]) -> list[int] | None:
        """Rows of a post's tokens and pairs, read word by white-space word.

        None when the post has more than :data:`WINDOW` tokens (it is scored in windows).
        """
        get = self._words.get
        pair = self._pair_rows.get
        ids: list[int] = []
        extend = ids.extend
        count = 0
        last = ""
        for word in words:
            found = get(word)
            if found is None:
                found = self._word(word)
            extend(found[0])
            if count:
                row = pair((last, found[1]))
                ids.append(self._pair_row(last, found[1]) if row is None else row)
            count += found[3]
            last = found[2]
        return ids if count <= WINDOW else None

    def _post_ids(self, words: list[str]) -> list[int] | None:
        """:meth:`_word_ids`, starting the caches again when one is full (never mid-post)."""
        try:
            return self._word_ids(words)
        except _Full:
            self._clear()
        try:
            return self._word_ids(words)
        except _Full:  # a post bigger than the caches: its tokens are read one by one
            self._clear()
            return None

    def _ids(self, toks: list[str]) -> list[int]:
        """Rows of a post's tokens, then of its pairs (added on first sight)."""
        if (
            len(self._token_rows) + len(toks) > self._capacity
            or len(self._pair_rows) + len(toks) > self._capacity
        ):
            # a long run over new words: start the caches again (never in the middle of a post)
            self._clear()
            del toks[self._capacity :]  # a post longer than the cache: its first words
        row = self._token_row
        ids = [row(t) for t in toks]
        ids += [self._pair_row(a, b) for a, b in zip(toks, toks[1:], strict=False)]
        return ids

    def _total(self, ids: list[int]) -> list[float]:
        """The sum of some rows of the table (every output, the number of features, lexicons)."""
        rows = self._table.take(ids, axis=0)
        total: list[float] = np.add.reduce(rows, axis=0, dtype=np.float64).tolist()
        return total

    def _scaled(self, total: list[float]) -> list[float]:
        scale = 1.0 / math.sqrt(total[self._count])
        out = []
        for b, t in zip(self._bias, total, strict=False):  # a loop: no comprehension to build
            out.append(b + t * scale)
        for output, column, bias, _ in self._lexicons:
            weight = total[column + 1]
            if weight > 0:  # a word of the lexicon's vocabulary: the mean of the two opinions
                out[output] = combine(out[output], bias + total[column] / weight)
        return out

    def _refine(
        self, out: list[float], folded: str, toks: list[str] | None, lang: str | None
    ) -> list[float]:
        """``out`` with the outputs of a context network refined when it runs (in place)."""
        for column, net, index in self._contexts:
            if net.runs(out[column], lang):  # an uncertain post: read its words in order
                if toks is None:
                    toks = tokens(folded)
                out[column] = net.refine(out[column], toks, index)
        return out

    def _linear(
        self, folded: str, words: list[str] | None = None, lang: str | None = None
    ) -> list[float]:
        """The linear scores (before softmax / sigmoid) of every output for one folded text."""
        if words is None:
            words = folded.split()
        if not words:
            return self._bias
        if len(words) <= WINDOW:
            with self._lock:
                ids = self._post_ids(words)
                total = self._total(ids) if ids is not None else None
            if total is not None:
                out = self._scaled(total)
                return self._refine(out, folded, None, lang) if self._contexts else out
        toks = tokens(folded)
        if len(toks) > WINDOW:
            return self._long(toks, lang).tolist()
        return self._short(toks, lang).tolist()

    def raw(self, folded: str, lang: str | None = None) -> np.ndarray:
        """The linear scores (before softmax / sigmoid) of every output for one folded text;
        ``lang``, the post's language when known, decides whether a context network reads it."""
        return np.array(self._linear(folded, None, lang), np.float64)

    def _short(self, toks: list[str], lang: str | None = None) -> np.ndarray:
        with self._lock:
            total = self._total(self._ids(toks))
        return np.array(self._refine(self._scaled(total), "", toks, lang), np.float64)

    def _long(self, toks: list[str], lang: str | None = None) -> np.ndarray:
        """A text longer than the posts the models learnt from, scored in windows.

        Windows of :data:`WINDOW` tokens overlapping by half are scored like posts; sentiment is
        their mean, the other outputs their maximum (one toxic or risky passage is enough).
        """
        step = WINDOW // 2
        z = np.array(
            [self._short(toks[i : i + WINDOW], lang) for i in range(0, len(toks) - step, step)]
        )
        out = z.max(axis=0)
        out[self._sentiment] = z[:, self._sentiment].mean(axis=0)
        return np.asarray(out)

    # -- signals ----------------------------------------------------------------------------------

    def signals_from_raw(self, z: np.ndarray) -> Signals:
        return Signals(**self._scores(z.tolist()))

    def _scores(self, v: list[float]) -> dict[str, Any]:
        neg, neu, pos = self._sentiment
        negative, neutral, positive = v[neg], v[neu], v[pos]
        top = max(negative, neutral, positive)
        exp = math.exp
        e_neg, e_neu, e_pos = exp(negative - top), exp(neutral - top), exp(positive - top)
        total = e_neg + e_neu + e_pos
        label = "negative" if negative == top else "neutral" if neutral == top else "positive"
        kinds = {}
        for k, c in self._kinds:
            kinds[k] = _prob(v[c])
        return {
            "sentiment": label,
            "sentiment_scores": {
                "negative": round4(e_neg / total),
                "neutral": round4(e_neu / total),
                "positive": round4(e_pos / total),
            },
            "toxicity": _prob(v[self._toxic]),
            "toxicity_kinds": kinds,
            "spam": _prob(v[self._spam]),
        }

    def scores(
        self, folded: str, words: list[str] | None = None, lang: str | None = None
    ) -> dict[str, Any]:
        """The ``signals`` of one post as JSON (DESIGN.md section 4), from its folded text
        (``normalize(text).folded``); what the engine puts on every result.

        ``words``, when the caller has it, must be ``folded.split()`` (it saves the split);
        ``lang``, the post's language when known (a context network reads only the languages it
        learnt from).
        """
        return self._scores(self._linear(folded, words, lang))

    def scores_and_raw(
        self, folded: str, words: list[str] | None = None, lang: str | None = None
    ) -> tuple[dict[str, Any], list[float]]:
        """:meth:`scores` and the linear scores of every output (:attr:`columns`) it came from,
        in one pass: the risk layer reads its columns there (:mod:`tocsin.ml.learned`)."""
        raw = self._linear(folded, words, lang)
        return self._scores(raw), raw

    def signals(self, folded: str, lang: str | None = None) -> Signals:
        """The signals of one post, from its folded text (``normalize(text).folded``)."""
        return Signals(**self._scores(self._linear(folded, None, lang)))

    def signals_many(self, folded: Sequence[str]) -> list[Signals]:
        return [self.signals(f) for f in folded]

    def drivers(
        self, folded: str, column: str, limit: int = 3, lang: str | None = None
    ) -> list[tuple[str, int, int]]:
        """The words that pushed ``column`` (e.g. ``"toxicity.toxic"``) up most, strongest first.

        Each is ``(word, start, end)`` with positions in the folded text. A word's weight is its
        own rows plus half of each pair it belongs to; when a context network refined the score
        (:mod:`tocsin.ml.context`), its share of the network's score is added, both on the
        scale of the refined score.
        """
        col = self.columns[column]
        spans = token_spans(folded)
        toks = [t for t, _, _ in spans]
        with self._lock:
            ids = self._ids(toks)
            column_of = self._table[ids, col].tolist()
            total = self._total(ids) if self._contexts and ids else None
        del spans[len(toks) :]
        weight = column_of[: len(toks)]
        for i, value in enumerate(column_of[len(toks) :]):
            weight[i] += value / 2
            weight[i + 1] += value / 2
        if total is not None:
            self._add_context_shares(weight, toks, col, total, lang)
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

    def _add_context_shares(
        self,
        weight: list[float],
        toks: list[str],
        col: int,
        total: list[float],
        lang: str | None,
    ) -> None:
        """Add each token's share of a context network's score to ``weight`` (in place), when
        the network refines ``col`` for this post."""
        for refined, net, index in self._contexts:
            if refined != col:
                continue
            if not net.runs(self._scaled(total)[col], lang):
                return
            a, b, _ = net.mix
            scale = a / math.sqrt(total[self._count])
            shares = net.shares(toks, index)
            for i, share in enumerate(shares):
                weight[i] = scale * weight[i] + b * share
            return


def _prob(z: float) -> float:
    return round4(0.5 * (1.0 + math.tanh(0.5 * z)))


def round4(p: float) -> float:
    """``round(p, 4)`` for a probability, without the decimal conversion ``round`` makes.

    ``p * 10000`` is within 2e-12 of the exact product: unless it is that close to a half, the
    nearest integer is the one ``round`` finds, and dividing it by 10000 gives the float nearest
    to the decimal, which is what ``round`` returns. Near a half, at zero (its sign) and outside
    0..1: ``round`` itself.
    """
    if not 0.0 < p <= 1.0:  # NaN too
        return round(p, 4)
    y = p * 10000.0
    n = _floor(y + 0.5)
    if -1e-6 < y - n + 0.5 < 1e-6:  # a tie, or too close to one to tell
        return round(p, 4)
    return n / 10000.0


_floor = math.floor


_DEFAULT: dict[Path, TextModels] = {}


def default_models(folder: Path | None = None) -> TextModels:
    """The models of ``folder`` (default: the shipped ones), loaded once per process."""
    folder = folder or MODELS_DIR
    found = _DEFAULT.get(folder)
    if found is None:
        found = _DEFAULT[folder] = TextModels.load(folder)
    return found
