"""``tocsin ml``: training on a data folder, evaluation, info, review labels and retraining."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tocsin.ml.inference import TextModels
from tocsin.ml.linear import LinearModel

from .conftest import HAM, SPAM

Cli = Callable[..., Any]


def test_train_spam_on_a_data_folder(cli: Cli, spam_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "models"
    result = cli(
        "ml",
        "train",
        "--task",
        "spam",
        "--data",
        str(spam_data),
        "--out",
        str(out),
        "--epochs",
        "20",
    )
    assert result.exit_code == 0, result.output
    assert "SMS Spam Collection F1 (spam)" in result.output
    assert "YouTube Spam Collection F1" in result.output
    # a models folder always has all of them (the others copied from the shipped ones)
    assert {p.name for p in out.iterdir()} >= {
        f"{n}.{s}" for n in ("sentiment", "toxicity", "spam", "risk") for s in ("npz", "json", "md")
    }
    meta = json.loads((out / "spam.json").read_text(encoding="utf-8"))
    assert meta["kind"] == "sigmoid" and meta["outputs"] == ["spam"]
    assert {s["name"] for s in meta["sources"]} == {"sms", "youtube"}
    assert set(meta["missing"]) >= {"goemotions/ham"}  # absent sets are listed, not fatal
    card = (out / "spam.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in card and "## Known biases and limits" in card
    with np.load(out / "spam.npz", allow_pickle=False) as arrays:
        assert arrays["weights"].dtype == np.float16
    models = TextModels.load(out)
    assert min(models.signals(t.lower()).spam for t in SPAM[:4]) > max(
        models.signals(t.lower()).spam for t in HAM[:4]
    )
    evaluated = cli(
        "ml", "evaluate", "--task", "spam", "--data", str(spam_data), "--models", str(out), "--json"
    )
    assert evaluated.exit_code == 0
    report = json.loads(evaluated.stdout)["spam"]
    assert [m["source"] for m in report] == ["sms", "youtube"]
    assert meta["metrics"] == report  # the same measure as at training time
    info = cli("ml", "info", "--models", str(out), "--json")
    names = ["sentiment", "toxicity", "spam", "risk"]  # the risk model copied too
    assert [row["name"] for row in json.loads(info.stdout)] == names


def test_training_is_reproducible(spam_data: Path) -> None:
    from tocsin.ml.training.fit import Hyper
    from tocsin.ml.training.train import train_task

    a = train_task("spam", spam_data, hyper=Hyper(epochs=3)).model
    b = train_task("spam", spam_data, hyper=Hyper(epochs=3)).model
    assert np.array_equal(a.weights, b.weights) and np.array_equal(a.bias, b.bias)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ml", "train"], "give --data FOLDER"),
        (["ml", "train", "--data", "nowhere"], "nowhere: no such folder"),
        (["ml", "evaluate", "--data", "nowhere"], "nowhere: no such folder"),
        (["ml", "train", "--from-reviews"], "no review labels"),
        (["ml", "info", "--models", "."], "cannot be read"),
        (["ml", "label", "spam", "maybe", "--text", "x"], "unknown spam label 'maybe'"),
        (["ml", "label", "spam", "spam"], "give either --post ID or --text TEXT"),
        (["ml", "label", "spam", "spam", "--post", "42"], "no stored post with id '42'"),
    ],
)
def test_errors_are_messages(cli: Cli, args: list[str], message: str) -> None:
    result = cli(*args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_empty_data_folder_is_refused(cli: Cli, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = cli("ml", "train", "--task", "spam", "--data", str(empty))
    assert result.exit_code == 2
    assert "no training data for spam" in result.output


def _labels_file(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    path = tmp_path / "labels.jsonl"
    path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
    )
    return path


# An organisation's own spam, unknown to the shipped model: French crypto scams.
SCAMS = [
    f"Doublez vos bitcoins avec Lumicoin, offre {i} : rendez-vous sur lumicoin point biz"
    for i in range(12)
]
FRIENDLY = [
    f"Ma lampe Lumio numéro {i} fonctionne très bien dans le salon, merci" for i in range(12)
]


def test_review_labels_then_retrain_with_a_before_after_report(cli: Cli, tmp_path: Path) -> None:
    rows = [{"text": t, "task": "spam", "label": "spam"} for t in SCAMS]
    rows += [{"text": t, "task": "spam", "label": "ham"} for t in FRIENDLY]
    imported = cli("ml", "import-labels", str(_labels_file(tmp_path, rows)))
    assert imported.exit_code == 0 and "24 label(s) read: 24 new, 0 replaced" in imported.output
    again = cli("ml", "import-labels", str(_labels_file(tmp_path, rows[:2])))
    assert "0 new, 2 replaced" in again.output  # importing the same labels adds nothing
    one = cli("ml", "label", "toxicity", "clean", "--text", "Merci pour tout", "--lang", "fr")
    assert one.exit_code == 0 and "Recorded: toxicity = clean" in one.output
    counts = cli("ml", "labels")
    assert "spam       spam      12" in counts.output and "toxicity   clean     1" in counts.output

    out = tmp_path / "mine"
    result = cli("ml", "train", "--from-reviews", "--task", "spam", "--out", str(out), "--json")
    assert result.exit_code == 0, result.output
    reviews = json.loads(result.stdout)["spam"]["reviews"]
    assert reviews["train_rows"] + reviews["val_rows"] == 24 and reviews["val_rows"] >= 4
    assert reviews["macro_f1_after"] > reviews["macro_f1_before"]
    assert reviews["mode"] == "fine-tuned"
    model = LinearModel.load(out, "spam")
    assert model.meta["reviews"] == reviews
    assert "reviewed posts of the organisation" in (out / "spam.md").read_text(encoding="utf-8")


def test_retrain_from_public_sets_plus_reviews(cli: Cli, spam_data: Path, tmp_path: Path) -> None:
    rows = [{"text": t, "task": "spam", "label": "spam"} for t in SCAMS]
    rows += [{"text": t, "task": "spam", "label": "ham"} for t in FRIENDLY]
    cli("ml", "import-labels", str(_labels_file(tmp_path, rows)))
    out = tmp_path / "mine"
    result = cli(
        "ml",
        "train",
        "--from-reviews",
        "--data",
        str(spam_data),
        "--task",
        "spam",
        "--out",
        str(out),
        "--epochs",
        "20",
        "--json",
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)["spam"]
    assert report["reviews"]["mode"] == "retrained from the public sets"
    assert report["reviews"]["macro_f1_after"] >= report["reviews"]["macro_f1_before"]
    assert [m["source"] for m in report["metrics"]] == ["sms", "youtube"]  # public figures too
    meta = json.loads((out / "spam.json").read_text(encoding="utf-8"))
    assert meta["extra_rows"] == report["reviews"]["train_rows"]


def test_too_few_labels_to_retrain(cli: Cli) -> None:
    cli("ml", "label", "spam", "spam", "--text", "Doublez vos bitcoins")
    result = cli("ml", "train", "--from-reviews", "--task", "spam")
    assert result.exit_code == 2
    assert "at least 10 labels with two values" in result.output


def test_label_a_stored_post(cli: Cli, tmp_path: Path) -> None:
    posts = tmp_path / "posts.jsonl"
    posts.write_text(
        '{"id": "p1", "text": "Doublez vos bitcoins", "lang": "fr"}\n', encoding="utf-8"
    )
    assert cli("check", "--jsonl", str(posts), "--save").exit_code == 0
    result = cli("ml", "label", "spam", "spam", "--post", "p1", "--reviewer", "ana")
    assert result.exit_code == 0, result.output
    from tocsin.settings import get_settings
    from tocsin.store.database import open_store
    from tocsin.store.ml_labels import labels

    with open_store(get_settings().database_url) as store, store.transaction() as connection:
        (label,) = labels(connection)
    assert (label.text, label.lang, label.reviewer, label.source) == (
        "Doublez vos bitcoins",
        "fr",
        "ana",
        "review",
    )
    assert label.post_id is not None


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "line 2: not valid JSON"),
        ('{"task": "spam", "label": "spam"}', 'line 2: expected an object with "text"'),
        ('{"text": "x", "task": "mood", "label": "spam"}', "line 2: unknown task 'mood'"),
    ],
)
def test_bad_label_files_import_nothing(cli: Cli, tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "labels.jsonl"
    path.write_text(
        '{"text": "ok", "task": "spam", "label": "ham"}\n' + line + "\n", encoding="utf-8"
    )
    result = cli("ml", "import-labels", str(path))
    assert result.exit_code == 2 and message in result.output
    assert "No labels yet" in cli("ml", "labels").output


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ("Models: sentiment positive", "· offensive ")),
        ("fr", ("Modèles : tonalité positive", "· offensant ")),
    ],
)
def test_readable_report_shows_the_signals(cli: Cli, lang: str, expected: tuple[str, ...]) -> None:
    result = cli("check", "J'adore ma nouvelle lampe, merci !", "--lang", lang)
    assert result.exit_code == 0
    assert all(e in result.stdout for e in expected) and "spam" in result.stdout
