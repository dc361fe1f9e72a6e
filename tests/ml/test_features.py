from __future__ import annotations

import zlib

import pytest

from tocsin.ml.features import (
    BUCKETS,
    bucket,
    featurize,
    fold,
    pair_bucket,
    post_buckets,
    token_spans,
    tokens,
    word_buckets,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vous êtes NULS", ["vous", "etes", "nuls"]),
        ("You're SO bad!!", ["you", "'", "re", "so", "bad", "!", "!"]),
        ("nuuuuul", ["nuul"]),
        ("sooooo goooood", ["soo", "good"]),
        ("@lumio_fr merci", ["@user", "merci"]),
        ("voir https://t.co/abc?x=1 ici", ["voir", "<url>", "ici"]),
        ("www.example.com/promo", ["<url>"]),
        ("#Lumio 🔥", ["#lumio", "🔥"]),
        ("ｃｏｎｎａｒｄ", ["connard"]),  # full-width letters fold like the engine's matching
        ("", []),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert tokens(fold(text)) == expected


def test_token_spans_point_into_the_folded_text() -> None:
    folded = fold("Bande de nuuuls !")
    for word, start, end in token_spans(folded):
        assert folded[start:end].startswith(word[:2])
    assert [w for w, _, _ in token_spans(folded)] == tokens(folded)


def test_buckets_are_stable_crc32() -> None:
    # the same on every machine and process (not Python's salted hash)
    assert bucket("merci") == zlib.crc32(b"merci") % BUCKETS
    assert 0 <= bucket("🔥") < BUCKETS


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("a", 1),  # one letter: just the word
        ("ok", 1 + 2),  # "<ok>": 2 trigrams (the whole "<ok>" is the word itself)
        ("nul", 1 + 3 + 2),  # "<nul>": 3 trigrams, 2 four-grams
        ("@user", 1),  # placeholders have no n-grams
        ("<url>", 1),
        ("!", 1),
    ],
)
def test_word_buckets(word: str, count: int) -> None:
    assert len(word_buckets(word)) == count


def test_featurize_matches_post_buckets() -> None:
    texts = ["Merci pour votre aide", "You are idiots", "merci merci"]
    docs = featurize(texts)
    for text, doc in zip(texts, docs, strict=True):
        assert doc == post_buckets(tokens(fold(text)))
    assert docs[2].count(pair_bucket("merci", "merci")) == 1
