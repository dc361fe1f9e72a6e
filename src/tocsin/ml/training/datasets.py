"""Readers for the public labelled sets a model is trained and validated on.

Each reader takes the data folder (``--data DIR``: one sub-folder per set, as described in each
set's README) and yields :class:`Example` rows with a ``split`` of ``train`` or ``val``. Sets
without an official validation split get a seeded, stratified 80/20 split here (seed 13), so a run
is reproducible. Nothing in the product reads these files: only ``tocsin ml train`` does.
"""

from __future__ import annotations

import csv
import gzip
import json
import random
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import InputError

SEED = 13


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    lang: str
    #: the model's outputs known for this row (sentiment: one-hot; toxicity: toxic / hate; spam)
    targets: dict[str, float]
    source: str
    split: str  # "train" or "val"


@dataclass(frozen=True, slots=True)
class Source:
    """One public set: where it is, what it may be used for, how to read it."""

    name: str
    task: str
    folder: str
    languages: tuple[str, ...]
    licence: str
    permissive: bool  # MIT, Apache-2.0 or CC BY: the shipped weights may be used commercially
    reader: Callable[[Path], Iterator[Example]] = field(repr=False)


def _read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _need(path: Path) -> Path:
    if not path.exists():
        raise InputError(f"{path}: not found (is --data the folder of the labelled sets?)")
    return path


def split_rows(rows: list[Example], key: Callable[[Example], str]) -> Iterator[Example]:
    """A seeded 80/20 split stratified by ``key`` (validation: first 20% of each shuffled group)."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        groups[key(row)].append(i)
    val: set[int] = set()
    rng = random.Random(SEED)
    for label in sorted(groups):
        members = groups[label]
        rng.shuffle(members)
        val.update(members[: round(len(members) * 0.2)])
    for i, row in enumerate(rows):
        yield Example(row.text, row.lang, row.targets, row.source, "val" if i in val else "train")


SENTIMENT = ("negative", "neutral", "positive")


def _onehot(label: str) -> dict[str, float]:
    return {c: 1.0 if c == label else 0.0 for c in SENTIMENT}


# -- sentiment -----------------------------------------------------------------------------------


def semeval(root: Path) -> Iterator[Example]:
    folder = _need(root / "semeval2017_task4a_sentiment")
    drop = set()
    for line in _read_lines(folder / "ids_matching_tweeteval_val.tsv"):
        name, _, tweet_id = line.partition("\t")
        drop.add((name, tweet_id))
    for path in sorted(folder.glob("twitter-*-A.tsv.gz")):
        name = path.name.removesuffix(".gz")
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 3 or parts[1] not in SENTIMENT or (name, parts[0]) in drop:
                    continue
                text = _unescape(parts[2])
                yield Example(text, "en", _onehot(parts[1]), "semeval2017", "train")


def _unescape(text: str) -> str:
    if "\\u" not in text:
        return text
    try:
        return str(json.loads('"' + text.replace('"', '\\"') + '"'))
    except ValueError:
        return text


def _tweeteval_pairs(folder: Path, split: str) -> Iterator[tuple[str, int]]:
    texts = _read_lines(_need(folder / f"{split}_text.txt"))
    labels = _read_lines(folder / f"{split}_labels.txt")
    for text, label in zip(texts, labels, strict=True):
        yield text, int(label)


def tweeteval_sentiment(root: Path) -> Iterator[Example]:
    for text, label in _tweeteval_pairs(root / "tweeteval" / "sentiment", "val"):
        yield Example(text, "en", _onehot(SENTIMENT[label]), "tweeteval_sentiment", "val")


def umsab(root: Path) -> Iterator[Example]:
    for split in ("train", "val"):
        for text, label in _tweeteval_pairs(root / "umsab_french_sentiment", split):
            yield Example(text, "fr", _onehot(SENTIMENT[label]), "umsab_french", split)


def goemotions(root: Path) -> Iterator[Example]:
    # 0 ambiguous, 1 negative, 2 neutral, 3 positive; multi-label and ambiguous rows are dropped.
    names = {"1": "negative", "2": "neutral", "3": "positive"}
    folder = _need(root / "goemotions_sentiment_group")
    for file, split in (("train.tsv", "train"), ("dev.tsv", "val")):
        for line in _read_lines(folder / file):
            parts = line.split("\t")
            if len(parts) >= 2 and parts[1] in names:
                yield Example(parts[0], "en", _onehot(names[parts[1]]), "goemotions", split)


def uci(root: Path) -> Iterator[Example]:
    rows = []
    folder = _need(root / "uci_sentiment_labelled_sentences")
    for path in sorted(folder.glob("*_labelled_train.txt")):
        for line in _read_lines(path)[1:]:
            text, _, score = line.rpartition("\t")
            if score.strip() in ("0", "1"):
                label = "positive" if score.strip() == "1" else "negative"
                rows.append(Example(text, "en", _onehot(label), "uci_sentences", "train"))
    yield from split_rows(rows, lambda r: str(r.targets["positive"]))


# -- toxicity ------------------------------------------------------------------------------------


def tweeteval_offensive(root: Path) -> Iterator[Example]:
    for split in ("train", "val"):
        for text, label in _tweeteval_pairs(root / "tweeteval" / "offensive", split):
            # OLID's "offensive": insults, threats and untargeted profanity alike
            targets = {"toxic": float(label), "offensive": float(label)}
            yield Example(text, "en", targets, "tweeteval_offensive", split)


def tweeteval_hate(root: Path) -> Iterator[Example]:
    for split in ("train", "val"):
        for text, label in _tweeteval_pairs(root / "tweeteval" / "hate", split):
            # hateful tweets are toxic; a tweet without hate may still be offensive (unknown)
            targets = {"hate": 1.0, "toxic": 1.0} if label else {"hate": 0.0}
            yield Example(text, "en", targets, "tweeteval_hate", split)


def davidson(root: Path) -> Iterator[Example]:
    path = _need(root / "davidson_hate_offensive" / "labeled_data_train.csv")
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            cls = row["class"]
            toxic = float(cls in ("0", "1"))
            # hate speech and offensive language are both offensive in OLID's sense
            targets = {"toxic": toxic, "hate": float(cls == "0"), "offensive": toxic}
            rows.append(Example(row["tweet"], "en", targets, "davidson", "train"))
    yield from split_rows(rows, lambda r: f"{r.targets['toxic']}{r.targets['hate']}")


def mlma(root: Path) -> Iterator[Example]:
    for lang in ("fr", "en"):
        path = _need(root / "mlma_hate_speech" / f"{lang}_train.csv")
        rows = []
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                kinds = set(row["sentiment"].split("_"))
                toxic = float(kinds != {"normal"})
                targets = {"toxic": toxic, "hate": float("hateful" in kinds), "offensive": toxic}
                rows.append(Example(row["tweet"], lang, targets, "mlma", "train"))
        yield from split_rows(rows, lambda r: f"{r.targets['toxic']}{r.targets['hate']}")


def toxifrench(root: Path) -> Iterator[Example]:
    path = _need(root / "toxifrench_fr_toxicity" / "ToxiFrenchBalanced_train.csv")
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            toxic = float(row["label"] == "1")
            targets = {"toxic": toxic, "offensive": toxic}
            rows.append(Example(row["content"], "fr", targets, "toxifrench", "train"))
    yield from split_rows(rows, lambda r: str(r.targets["toxic"]))


# -- spam ----------------------------------------------------------------------------------------


def sms(root: Path) -> Iterator[Example]:
    path = _need(root / "sms_spam" / "SMSSpamCollection_train.tsv")
    rows = []
    for line in _read_lines(path)[1:]:
        parts = line.split("\t", 2)
        if len(parts) == 3 and parts[1] in ("ham", "spam"):
            rows.append(
                Example(parts[2], "en", {"spam": float(parts[1] == "spam")}, "sms", "train")
            )
    split = list(split_rows(rows, lambda r: str(r.targets["spam"])))
    seen = {r.text for r in split if r.split == "train"}
    # the set has duplicates: a validation text also in training would flatter the score
    yield from (r for r in split if r.split == "train" or r.text not in seen)


def youtube(root: Path) -> Iterator[Example]:
    folder = _need(root / "youtube_spam")
    # leave one video out: Psy and Katy Perry train, LMFAO validates
    for name, split in (("Psy", "train"), ("KatyPerry", "train"), ("LMFAO", "val")):
        for path in sorted(folder.glob(f"Youtube0*-{name}.csv")):
            with path.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    targets = {"spam": float(row["label"] == "1")}
                    yield Example(row["CONTENT"], "en", targets, "youtube", split)


# -- weak labels ---------------------------------------------------------------------------------
# Posts of a set made for another task, used as plain negatives: review sentences and everyday
# tweets and comments are not spam, and positive or neutral ones are not toxic. They teach the
# models what ordinary (and French) text looks like, so probabilities stay calibrated on it.


def _as(
    reader: Callable[[Path], Iterator[Example]],
    name: str,
    targets: dict[str, float],
    keep: Callable[[Example], bool] = lambda e: True,
    limit: int | None = None,
) -> Callable[[Path], Iterator[Example]]:
    def read(root: Path) -> Iterator[Example]:
        rows = [e for e in reader(root) if e.split == "train" and keep(e)]
        if limit is not None and len(rows) > limit:
            rows = random.Random(SEED).sample(rows, limit)
        for e in rows:
            yield Example(e.text, e.lang, dict(targets), name, "train")

    return read


def _not_negative(e: Example) -> bool:
    return e.targets.get("negative", 0.0) == 0.0


CLEAN = {"toxic": 0.0, "hate": 0.0, "offensive": 0.0}
HAM = {"spam": 0.0}

RESEARCH = "research use only (Twitter content, organisers' terms); commercial use not granted"

SOURCES: tuple[Source, ...] = (
    Source(
        "semeval2017",
        "sentiment",
        "semeval2017_task4a_sentiment",
        ("en",),
        RESEARCH,
        False,
        semeval,
    ),
    Source(
        "tweeteval_sentiment",
        "sentiment",
        "tweeteval/sentiment",
        ("en",),
        RESEARCH,
        False,
        tweeteval_sentiment,
    ),
    Source(
        "umsab_french",
        "sentiment",
        "umsab_french_sentiment",
        ("fr",),
        "Apache-2.0 repository; DEFT 2017 texts: " + RESEARCH,
        False,
        umsab,
    ),
    Source(
        "goemotions",
        "sentiment",
        "goemotions_sentiment_group",
        ("en",),
        "Apache-2.0",
        True,
        goemotions,
    ),
    Source(
        "uci_sentences",
        "sentiment",
        "uci_sentiment_labelled_sentences",
        ("en",),
        "CC BY 4.0",
        True,
        uci,
    ),
    Source(
        "tweeteval_offensive",
        "toxicity",
        "tweeteval/offensive",
        ("en",),
        RESEARCH,
        False,
        tweeteval_offensive,
    ),
    Source(
        "tweeteval_hate", "toxicity", "tweeteval/hate", ("en",), RESEARCH, False, tweeteval_hate
    ),
    Source("davidson", "toxicity", "davidson_hate_offensive", ("en",), "MIT", True, davidson),
    Source("mlma", "toxicity", "mlma_hate_speech", ("fr", "en"), "MIT", True, mlma),
    Source("toxifrench", "toxicity", "toxifrench_fr_toxicity", ("fr",), "MIT", True, toxifrench),
    Source(
        "uci_sentences/clean",
        "toxicity",
        "uci_sentiment_labelled_sentences",
        ("en",),
        "CC BY 4.0",
        True,
        _as(uci, "uci_sentences/clean", CLEAN),
    ),
    Source(
        "umsab_french/clean",
        "toxicity",
        "umsab_french_sentiment",
        ("fr",),
        "Apache-2.0 repository; DEFT 2017 texts: " + RESEARCH,
        False,
        _as(umsab, "umsab_french/clean", CLEAN, _not_negative),
    ),
    Source(
        "goemotions/clean",
        "toxicity",
        "goemotions_sentiment_group",
        ("en",),
        "Apache-2.0",
        True,
        _as(goemotions, "goemotions/clean", CLEAN, _not_negative, limit=6000),
    ),
    Source("sms", "spam", "sms_spam", ("en",), "CC BY 4.0", True, sms),
    Source(
        "uci_sentences/ham",
        "spam",
        "uci_sentiment_labelled_sentences",
        ("en",),
        "CC BY 4.0",
        True,
        _as(uci, "uci_sentences/ham", HAM),
    ),
    Source(
        "goemotions/ham",
        "spam",
        "goemotions_sentiment_group",
        ("en",),
        "Apache-2.0",
        True,
        _as(goemotions, "goemotions/ham", HAM, limit=4000),
    ),
    Source(
        "toxifrench/ham",
        "spam",
        "toxifrench_fr_toxicity",
        ("fr",),
        "MIT",
        True,
        _as(toxifrench, "toxifrench/ham", HAM),
    ),
    Source(
        "mlma/ham",
        "spam",
        "mlma_hate_speech",
        ("fr", "en"),
        "MIT",
        True,
        _as(mlma, "mlma/ham", HAM, lambda e: e.lang == "fr"),
    ),
    Source("youtube", "spam", "youtube_spam", ("en",), "CC BY 4.0", True, youtube),
)


def sources_for(task: str, *, permissive_only: bool) -> list[Source]:
    return [s for s in SOURCES if s.task == task and (s.permissive or not permissive_only)]
