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


@pytest.mark.parametrize(
    "word", ["connards", "ab", "a", "#lumio", "@user", "<url>", "x2024", "été", "c0nn💡rd", "l'"]
)
def test_word_buckets_hash_each_feature_string(word: str) -> None:
    # the fast path for ASCII words must give exactly the buckets of the feature strings
    expected = [bucket(word)]
    if len(word) > 1 and word[0] not in "@<" and (word[0].isalnum() or word[0] == "#"):
        marked = f"<{word}>"
        for n in (3, 4, 5):
            if n < len(marked):
                expected += [bucket("\x01" + marked[i : i + n]) for i in range(len(marked) - n + 1)]
    assert word_buckets(word) == expected
