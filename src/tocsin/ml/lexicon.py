"""Word scores of one output, learnt over a sentence encoder's word vectors (a second opinion).

A linear model over hashed n-grams learns a weight for each word it saw in training, and nothing
for the words it did not see. A :class:`Lexicon` gives a score to every word of a wider vocabulary:
at training time only, each word is embedded on its own by a pretrained sentence encoder (the
teacher, :mod:`tocsin.ml.training.teacher`), and a logistic regression over a post's mean word
vector is fitted on the labelled posts. Being linear, it is one score per word, which is all that
ships (no encoder at run time): "moron" and "imbecile" score alike even if only one of them was in
the training rows.

A post's lexicon score is ``bias + sum(weight * score) / sum(weight)`` over its words found in the
vocabulary (``weight`` is the word's smooth inverse frequency, so "the" counts little). The
output's score is the mean of the hashed model's linear score and the lexicon's; a post with no
word of the vocabulary keeps the hashed score alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class Lexicon:
    output: str  # the model output it refines, e.g. "offensive"
    words: tuple[str, ...]  # tokens as :func:`tocsin.ml.features.tokens` gives them
    weights: np.ndarray  # (words,) float32: smooth inverse frequency, in 0..1
    scores: np.ndarray  # (words,) float32: each word's linear score
    bias: float

    def __post_init__(self) -> None:
        if not len(self.words) == len(self.weights) == len(self.scores):
            raise ValueError("a lexicon needs one weight and one score per word")

    def index(self) -> dict[str, tuple[float, float]]:
        """Each word's ``(weight * score, weight)``: what inference adds up per post."""
        products = (self.weights * self.scores).tolist()
        return dict(zip(self.words, zip(products, self.weights.tolist(), strict=True), strict=True))

    def linear(self, tokens: Iterable[str], index: dict[str, tuple[float, float]]) -> float | None:
        """The lexicon's linear score of a post's tokens; None when none is in the vocabulary."""
        num = den = 0.0
        for token in tokens:
            found = index.get(token)
            if found is not None:
                num += found[0]
                den += found[1]
        return self.bias + num / den if den > 0 else None

    def combine_many(self, hashed: np.ndarray, docs: Sequence[Sequence[str]]) -> np.ndarray:
        """The output's linear scores of many posts, from the hashed model's and their tokens."""
        index = self.index()
        out = np.array(hashed, dtype=np.float64, copy=True)
        for i, toks in enumerate(docs):
            mine = self.linear(toks, index)
            if mine is not None:
                out[i] = combine(float(out[i]), mine)
        return out


def combine(hashed: float, lexicon: float) -> float:
    """One output's linear score from the hashed model's and the lexicon's (their mean)."""
    return 0.5 * (hashed + lexicon)
