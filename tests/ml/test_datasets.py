"""The readers of the public sets, on tiny files written in each set's format."""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

import pytest

from tocsin.errors import InputError
from tocsin.ml.training import datasets
from tocsin.ml.training.datasets import Example, split_rows
from tocsin.ml.training.train import train_task


def _csv(path: Path, header: list[str], rows: list[list[object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def test_semeval_drops_the_tweeteval_validation_tweets(tmp_path: Path) -> None:
    folder = tmp_path / "semeval2017_task4a_sentiment"
    folder.mkdir()
    lines = "1\tpositive\tgreat day \\u2764\n2\tnegative\tin val, dropped\n3\tmeh\tbad label\n"
    with gzip.open(folder / "twitter-2016train-A.tsv.gz", "wt", encoding="utf-8") as handle:
        handle.write(lines)
    (folder / "ids_matching_tweeteval_val.tsv").write_text(
        "twitter-2016train-A.tsv\t2\n", encoding="utf-8"
    )
    rows = list(datasets.semeval(tmp_path))
    assert [(r.text, r.targets["positive"], r.split) for r in rows] == [
        ("great day ❤", 1.0, "train")
    ]


def test_goemotions_keeps_single_label_rows_without_ambiguous(tmp_path: Path) -> None:
    folder = tmp_path / "goemotions_sentiment_group"
    folder.mkdir()
    (folder / "train.tsv").write_text(
        "so happy\t3\ta\nugh\t1\tb\nhm\t0\tc\nmixed\t1,3\td\nok then\t2\te\n", encoding="utf-8"
    )
    (folder / "dev.tsv").write_text("yay\t3\tf\n", encoding="utf-8")
    rows = list(datasets.goemotions(tmp_path))
    labels = [(r.text, max(r.targets, key=lambda k: r.targets[k]), r.split) for r in rows]
    assert labels == [
        ("so happy", "positive", "train"),
        ("ugh", "negative", "train"),
        ("ok then", "neutral", "train"),
        ("yay", "positive", "val"),
    ]


@pytest.mark.parametrize(
    ("cls", "toxic", "hate"),
    [("0", 1.0, 1.0), ("1", 1.0, 0.0), ("2", 0.0, 0.0)],
)
def test_davidson_classes(tmp_path: Path, cls: str, toxic: float, hate: float) -> None:
    _csv(
        tmp_path / "davidson_hate_offensive" / "labeled_data_train.csv",
        ["", "count", "hate_speech", "offensive_language", "neither", "class", "tweet"],
        [[0, 3, 0, 0, 3, cls, "a tweet"]],
    )
    (row,) = datasets.davidson(tmp_path)
    # hate speech and offensive language are both "offensive" in OLID's sense
    assert row.targets == {"toxic": toxic, "hate": hate, "offensive": toxic}


@pytest.mark.parametrize(
    ("sentiment", "toxic", "hate"),
    [
        ("normal", 0.0, 0.0),
        ("offensive", 1.0, 0.0),
        ("abusive_normal", 1.0, 0.0),  # annotators disagreed: one saw abuse
        ("offensive_hateful", 1.0, 1.0),
        ("fearful", 1.0, 0.0),
    ],
)
def test_mlma_hostility(tmp_path: Path, sentiment: str, toxic: float, hate: float) -> None:
    header = ["HITId", "tweet", "sentiment", "directness", "annotator_sentiment", "target", "group"]
    for lang in ("fr", "en"):
        _csv(
            tmp_path / "mlma_hate_speech" / f"{lang}_train.csv",
            header,
            [[1, "un tweet", sentiment, "direct", "shock", "origin", "other"]],
        )
    rows = list(datasets.mlma(tmp_path))
    assert [r.lang for r in rows] == ["fr", "en"]
    assert all(r.targets == {"toxic": toxic, "hate": hate, "offensive": toxic} for r in rows)


def test_split_is_seeded_and_stratified() -> None:
    rows = [Example(f"t{i}", "en", {"spam": float(i % 4 == 0)}, "s", "train") for i in range(100)]
    first = [r.split for r in split_rows(rows, lambda r: str(r.targets["spam"]))]
    again = [r.split for r in split_rows(rows, lambda r: str(r.targets["spam"]))]
    assert first == again
    val = [r for r, s in zip(rows, first, strict=True) if s == "val"]
    assert len(val) == 20 and sum(r.targets["spam"] for r in val) == 5  # 20 % of each class


def test_sms_validation_has_no_text_seen_in_training(tmp_path: Path) -> None:
    folder = tmp_path / "sms_spam"
    folder.mkdir()
    body = ["orig_line\tlabel\ttext"] + [f"{i}\tham\tsame text" for i in range(10)]
    body += [f"{i}\tspam\twin {i}" for i in range(10, 20)]
    (folder / "SMSSpamCollection_train.tsv").write_text("\n".join(body) + "\n", encoding="utf-8")
    rows = list(datasets.sms(tmp_path))
    train = {r.text for r in rows if r.split == "train"}
    assert not any(r.text in train for r in rows if r.split == "val")


def test_a_missing_set_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="toxifrench_fr_toxicity.*not found"):
        list(datasets.toxifrench(tmp_path))


def test_permissive_only_scores_but_does_not_train_on_research_sets(tmp_path: Path) -> None:
    for split, n in (("train", 40), ("val", 10)):
        folder = tmp_path / "tweeteval" / "offensive"
        folder.mkdir(parents=True, exist_ok=True)
        texts = [("you idiot loser" if i % 2 else "have a nice day") + f" {i}" for i in range(n)]
        (folder / f"{split}_text.txt").write_text("\n".join(texts) + "\n", encoding="utf-8")
        labels = [str(i % 2) for i in range(n)]
        (folder / f"{split}_labels.txt").write_text("\n".join(labels) + "\n", encoding="utf-8")
    _csv(
        tmp_path / "toxifrench_fr_toxicity" / "ToxiFrenchBalanced_train.csv",
        ["msg_id", "content", "label"],
        [
            [f"m{i}", ("espèce d'abruti" if i % 2 else "bonne journée") + f" {i}", i % 2]
            for i in range(40)
        ],
    )
    full = train_task("toxicity", tmp_path).model.meta
    clean = train_task("toxicity", tmp_path, permissive_only=True).model.meta
    rows = {s["name"]: s["train_rows"] for s in full["sources"]}
    assert rows["tweeteval_offensive"] == 40
    rows = {s["name"]: (s["train_rows"], s["val_rows"]) for s in clean["sources"]}
    assert rows["tweeteval_offensive"] == (0, 10)  # scored, not trained on
    assert clean["permissive_only"] is True
    assert [m["source"] for m in clean["metrics"]][:1] == ["tweeteval_offensive"]
