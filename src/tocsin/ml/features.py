"""Hashed features of a short post: words, word pairs and the character n-grams of each word.

The text is the engine's folded copy (lower case, accents removed, lookalikes mapped: see
:mod:`tocsin.screening.normalize`), so models see "Connard", "cönnard" and "CONNARD" alike.
Runs of a repeated character are cut to two ("nuuuul" → "nuul"), links become ``<url>`` and
mentions ``@user``. Each word brings itself plus its character 3- to 5-grams (with ``<`` and ``>``
at its edges, so "nul" and "nulle" share "<nu", "nul"); each pair of neighbouring words brings
one more feature. Every feature string is hashed with CRC-32 (stable across processes and
machines, unlike ``hash()``) into ``BUCKETS`` buckets.

A post's feature vector is the count of each bucket scaled by ``1/sqrt(number of features)``; the
same scaling is used in training and inference, so a linear model's score is
``bias + sum(rows) / sqrt(n)``. That lets inference precompute one row per word (its own feature
plus its n-grams) and cache it: see :mod:`tocsin.ml.inference`.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Sequence

from ..screening.normalize import normalize

#: number of hash buckets (rows of every weight matrix); a power of two
BUCKETS = 1 << 18
_MASK = BUCKETS - 1
CHAR_NGRAMS = (3, 4, 5)

_TOKEN = re.compile(r"https?://\S*|www\.\S+|[@#]?\w+|[^\w\s]")
_REPEAT = re.compile(r"(.)\1{2,}")


def fold(text: str) -> str:
    """The folded text features are computed on (the engine's normalisation)."""
    return normalize(text).folded


def token_spans(folded: str) -> list[tuple[str, int, int]]:
    """Tokens of a folded text with their ``[start, end)`` positions in it.

    Used to explain a score (which words drove it); :func:`tokens` is the fast path.
    """
    cut = _REPEAT.search(folded) is not None
    return [(_token(m.group(), cut), m.start(), m.end()) for m in _TOKEN.finditer(folded)]


def tokens(folded: str) -> list[str]:
    """The tokens of a folded text, as the models see them."""
    found: list[str] = _TOKEN.findall(folded)
    cut = _REPEAT.search(folded) is not None
    if cut or "@" in folded or "http" in folded or "www." in folded:
        return [_token(t, cut) for t in found]
    return found  # most posts: no link, mention or repeated letters


def _token(raw: str, cut: bool) -> str:
    first = raw[0]
    if first == "h" and raw.startswith(("http://", "https://")):
        return "<url>"
    if first == "w" and raw.startswith("www."):
        return "<url>"
    if first == "@" and len(raw) > 1:
        return "@user"
    if cut and len(raw) > 2:
        return _REPEAT.sub(r"\1\1", raw)
    return raw


def bucket(feature: str) -> int:
    """The hash bucket of one feature string."""
    return zlib.crc32(feature.encode("utf-8")) & _MASK


#: CRC-32 of the prefix of every n-gram feature: ``crc32(prefix + x) == crc32(x, _NGRAM_SEED)``
_NGRAM_SEED = zlib.crc32(b"\x01")


def word_buckets(word: str) -> list[int]:
    """The buckets of one word: the word itself and its character n-grams.

    An n-gram's feature is ``"\\x01" + ngram`` (:func:`bucket`); for an ASCII word its CRC-32 is
    computed from the prefix's, on slices of the word's bytes (the same numbers, a third faster).
    """
    out = [bucket(word)]
    if len(word) > 1 and word[0] not in "@<" and (word[0].isalnum() or word[0] == "#"):
        marked = f"<{word}>"
        size = len(marked)
        if marked.isascii():  # one byte per character: slices of bytes are slices of characters
            data = marked.encode("ascii")
            crc, seed = zlib.crc32, _NGRAM_SEED
            for n in CHAR_NGRAMS:
                if n >= size:  # the whole marked word is already the word itself
                    break
                out += [crc(data[i : i + n], seed) & _MASK for i in range(size - n + 1)]
            return out
        for n in CHAR_NGRAMS:
            if n >= size:
                break
            for i in range(size - n + 1):
                out.append(bucket("\x01" + marked[i : i + n]))
    return out


def pair_bucket(left: str, right: str) -> int:
    """The bucket of two neighbouring words."""
    return bucket(f"{left} {right}")


def post_buckets(toks: Sequence[str]) -> list[int]:
    """Every bucket of a post (with repeats), in the order training and inference agree on."""
    out: list[int] = []
    for word in toks:
        out.extend(word_buckets(word))
    for i in range(len(toks) - 1):
        out.append(pair_bucket(toks[i], toks[i + 1]))
    return out


def featurize(texts: Iterable[str]) -> list[list[int]]:
    """Buckets of many raw texts (training and evaluation; inference caches per word)."""
    cache: dict[str, list[int]] = {}
    docs: list[list[int]] = []
    for text in texts:
        toks = tokens(fold(text))
        out: list[int] = []
        for word in toks:
            found = cache.get(word)
            if found is None:
                found = cache[word] = word_buckets(word)
            out.extend(found)
        for i in range(len(toks) - 1):
            out.append(pair_bucket(toks[i], toks[i + 1]))
        docs.append(out)
    return docs
