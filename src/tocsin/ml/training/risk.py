"""The learned risk layer: one sigmoid output per risk category, trained on labelled posts.

The rule detectors are precise but miss wordings nobody listed (docs/quality.md, "Blind sets").
This model reads the same hashed features as the text models (:mod:`tocsin.ml.features`) plus
static multilingual word vectors (:mod:`tocsin.ml.training.word_vectors`, baked into the hashed
weights: nothing more to compute at run time) and gives, for each category of the labelled
corpus, the probability that a careful reviewer would flag the post for it. The gate adds a
``learned.<category>`` finding (sent to review, never blocking) when that probability reaches
the policy's threshold and the rules found nothing of that category (:mod:`tocsin.ml.learned`).

Training data are labelled posts in the corpus format (``tests/corpus/README.md``): one JSON
object a line with ``text`` and ``expected`` (a list of ``{"category": ...}``, empty for a clean
post). :func:`train_risk` fits one logistic regression per category (full-batch L-BFGS,
:mod:`tocsin.ml.training.risk_fit`: the same files give the same weights); :func:`choose`
measures "rules OR model" file by file (each file left out in turn, the model trained on the
others) and chooses the threshold.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ...errors import InputError
from ...profile import RISK_CATEGORIES as CATEGORIES
from ..features import featurize
from ..linear import LinearModel
from .fit import Fitted, Progress, predict
from .risk_fit import RiskHyper, fit_joint
from .sparse import Rows
from .word_vectors import WordVectors, bake, post_features

#: chosen by leave-one-file-out cross-validation (docs/models.md, benchmarks/risk_model_study.py)
HYPER = RiskHyper()
#: thresholds tried by the cross-validation
GRID = tuple(round(0.05 * i, 2) for i in range(4, 20))  # 0.20 … 0.95
#: the cross-validation's bounds: precision of the gate, rules OR model, over every file left out
#: (issue #3's target; the layer's own findings only send a post to review, so they may be less
#: precise than the rules as long as the gate stays above it), and share of the clean posts it may
#: flag that the rules left alone (the aim: none; one in two hundred tolerated)
MIN_PRECISION = 0.95
MAX_CLEAN_ADDED = 0.005
LICENCE = "the project's own (written for Tocsin)"


@dataclass(frozen=True, slots=True)
class LabelledPost:
    """One labelled line: the post as JSON (labels removed) and the categories expected."""

    id: str
    source: str
    post: dict[str, Any]
    categories: frozenset[str]

    @property
    def text(self) -> str:
        return str(self.post["text"])

    @property
    def clean(self) -> bool:
        return not self.categories


def read_lines(path: Path) -> list[str]:
    """The lines of a UTF-8 text file; an :class:`InputError` when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot be read ({exc})") from None


def read_labelled(path: Path) -> list[LabelledPost]:
    """The labelled posts of one JSONL file; an :class:`InputError` names a bad line."""
    lines = read_lines(path)
    out: list[LabelledPost] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path.name}, line {number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise InputError(f'{where}: expected an object with "text" and "expected"')
        expected = row.get("expected")
        if not isinstance(expected, list) or not all(
            isinstance(e, dict) and isinstance(e.get("category"), str) for e in expected
        ):
            raise InputError(f'{where}: "expected" must be a list of {{"category": ...}}')
        categories = frozenset(e["category"] for e in expected)
        post = {k: v for k, v in row.items() if k not in ("expected", "note", "lang")}
        out.append(LabelledPost(str(row.get("id", number)), path.stem, post, categories))
    return out


def targets(rows: Sequence[LabelledPost]) -> np.ndarray:
    """0/1 targets (rows, categories); categories outside :data:`CATEGORIES` are ignored."""
    return np.array([[c in r.categories for c in CATEGORIES] for r in rows], dtype=np.float64)


Mask = Callable[[str], str]


def name_mask(profile_text: str) -> Mask:
    """What removes a profile's names from a training text: the organisation, its brands, its
    competitors (names, aliases, domains, handles), its people (full names and each part) and its
    code names. The model then learns the wordings of risk, not the names of the organisation
    the posts were written about (the rules know a profile's names)."""
    from ...profile import parse_profile

    profile = parse_profile(profile_text)
    terms: set[str] = {profile.organisation.name, *profile.confidential.terms}
    for named in (*profile.brands, *profile.competitors):
        terms |= {named.name, *named.aliases, *named.domains}
        terms |= {h for handles in named.handles.values() for h in handles}
    for person in profile.people:
        terms |= {person.name, *(part for part in person.name.split() if len(part) > 2)}
    words = sorted((t for t in terms if t.strip()), key=len, reverse=True)
    if not words:
        return lambda text: text
    pattern = re.compile(
        r"(?<!\w)[@#]?(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE
    )
    return lambda text: pattern.sub(" ", text)


def fit_risk(
    rows: Sequence[LabelledPost],
    hyper: RiskHyper = HYPER,
    progress: Progress | None = None,
    mask: Mask | None = None,
    vectors: WordVectors | None = None,
) -> Fitted:
    """One logistic regression per category over the hashed features and, with ``vectors``,
    the sum of the post's word vectors, its head then baked into the hashed weights; every row
    weighs one (probabilities stay calibrated on the share of risky posts the files have);
    ``mask`` rewrites the texts first."""
    texts = [r.text if mask is None else mask(r.text) for r in rows]
    x = Rows.from_buckets(featurize(texts))
    dense = post_features(vectors, texts) if vectors is not None else np.zeros((len(rows), 0))
    if progress is not None:
        progress(0, 1)
    fitted = fit_joint(x, dense, targets(rows), hyper)
    if progress is not None:
        progress(1, 1)
    weights = fitted.weights if vectors is None else bake(fitted.weights, fitted.head, vectors)
    return Fitted(weights.astype(np.float32), fitted.bias.astype(np.float32))


def predict_risk(fitted: Fitted, rows: Sequence[LabelledPost]) -> np.ndarray:
    return predict(Rows.from_buckets(featurize(r.text for r in rows)), fitted, "sigmoid")


# -- the rules, and "rules OR model" ---------------------------------------------------------------

#: the categories the gate's rules find in each post (every category, in scope or not)
Rules = Callable[[Sequence[LabelledPost]], list[frozenset[str]]]


def screen_rules(profile_text: str) -> Rules:
    """The gate as shipped (rule detectors and toxicity/spam findings), the learned layer off."""

    def run(rows: Sequence[LabelledPost]) -> list[frozenset[str]]:
        from ...profile import parse_profile
        from ...screening.engine import Engine
        from ...services.screening import parse_post

        profile = parse_profile(profile_text)
        policy = profile.policy.model_copy(
            update={"disabled": [*profile.policy.disabled, "learned_risk"]}
        )
        engine = Engine(profile.model_copy(update={"policy": policy}))
        return [
            frozenset(f.category.value for f in engine.screen(parse_post(r.post)).findings)
            for r in rows
        ]

    return run


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    clean_flagged: int = 0  # clean posts with at least one in-scope category found

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.clean_flagged += other.clean_flagged

    def to_dict(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
        }


def count(
    rows: Sequence[LabelledPost], found: Sequence[frozenset[str]], per_category: bool = False
) -> Counts | dict[str, Counts]:
    """Post-level counts as ``benchmarks/quality.py`` makes them (every category found counts
    towards precision, in scope or not)."""
    total = Counts()
    by: dict[str, Counts] = {c: Counts() for c in CATEGORIES}
    for row, got in zip(rows, found, strict=True):
        for category in row.categories | got:
            hit = by.setdefault(category, Counts())
            if category in row.categories and category in got:
                hit.tp += 1
            elif category in got:
                hit.fp += 1
            else:
                hit.fn += 1
        if row.clean and got & set(CATEGORIES):
            total.clean_flagged += 1
    for c in by.values():
        total.tp, total.fp, total.fn = total.tp + c.tp, total.fp + c.fp, total.fn + c.fn
    return by if per_category else total


def union(
    rules: Sequence[frozenset[str]], probs: np.ndarray, thresholds: Sequence[float]
) -> list[frozenset[str]]:
    """The rules' categories plus each category whose probability reaches its threshold."""
    cut = np.asarray(thresholds)
    return [
        got | {c for c, hit in zip(CATEGORIES, (p >= cut).tolist(), strict=True) if hit}
        for got, p in zip(rules, probs, strict=True)
    ]


@dataclass(slots=True)
class FileResult:
    source: str
    posts: int
    clean: int
    rules: Counts
    union: Counts

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "posts": self.posts,
            "clean": self.clean,
            "rules": self.rules.to_dict(),
            "union": self.union.to_dict(),
        }


@dataclass(slots=True)
class CrossValidation:
    """Leave-one-file-out figures of "rules OR model" and the threshold they chose."""

    threshold: float
    files: list[FileResult]
    table: list[dict[str, Any]]  # one row per threshold of the grid: micro figures
    rules: Counts = field(default_factory=Counts)
    union: Counts = field(default_factory=Counts)
    per_category: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: each category's own threshold (:func:`per_category`) and its figures at every threshold
    thresholds: dict[str, float] = field(default_factory=dict)
    category_tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "protocol": "leave one file out: the model trained on the other files, "
            "rules OR model measured on the file left out",
            "threshold": self.threshold,
            "min_precision": MIN_PRECISION,
            "max_clean_added": MAX_CLEAN_ADDED,
            "rules": self.rules.to_dict(),
            "union": self.union.to_dict(),
            "files": [f.to_dict() for f in self.files],
            "per_category": self.per_category,
            "thresholds": self.thresholds,
            "category_tables": self.category_tables,
            "table": self.table,
        }


def out_of_file(
    files: Sequence[Sequence[LabelledPost]],
    hyper: RiskHyper = HYPER,
    on_fold: Callable[[str], None] | None = None,
    mask: Mask | None = None,
    vectors: WordVectors | None = None,
) -> list[np.ndarray]:
    """Each file's probabilities (its texts as they are) from a model trained on all the other
    files (their texts through ``mask``)."""
    out = []
    for i, held in enumerate(files):
        rest = [r for j, f in enumerate(files) if j != i for r in f]
        out.append(predict_risk(fit_risk(rest, hyper, mask=mask, vectors=vectors), held))
        if on_fold is not None:
            on_fold(held[0].source if held else str(i))
    return out


def choose(
    files: Sequence[Sequence[LabelledPost]],
    rules: Sequence[Sequence[frozenset[str]]],
    probs: Sequence[np.ndarray],
) -> CrossValidation:
    """The lowest threshold of :data:`GRID` at which, over every file left out, the categories
    rules OR model are at least :data:`MIN_PRECISION` precise and at most
    :data:`MAX_CLEAN_ADDED` of the clean posts are flagged that the rules left alone (the
    highest of the grid when none is)."""
    rows = [r for f in files for r in f]
    found = [g for f in rules for g in f]
    p = np.concatenate(list(probs)) if probs else np.zeros((0, len(CATEGORIES)))
    base = count(rows, found)
    assert isinstance(base, Counts)
    clean = sum(r.clean for r in rows)
    table = []
    chosen = GRID[-1]
    for t in reversed(GRID):
        merged = count(rows, union(found, p, [t] * len(CATEGORIES)))
        assert isinstance(merged, Counts)
        right, wrong = merged.tp - base.tp, merged.fp - base.fp
        added = merged.clean_flagged - base.clean_flagged
        precision = right / (right + wrong) if right + wrong else 1.0
        by_file = summarise(files, rules, probs, t).files
        table.append(
            {
                "threshold": t,
                "files": {f.source: f.union.to_dict() for f in by_file},
                **merged.to_dict(),
                "added_tp": right,
                "added_fp": wrong,
                "added_precision": round(precision, 3),
                "clean_added": added,
            }
        )
        if merged.precision >= MIN_PRECISION and added <= MAX_CLEAN_ADDED * clean:
            chosen = t
    table.sort(key=lambda row: row["threshold"])
    cv = summarise(files, rules, probs, chosen, table)
    cv.thresholds, cv.category_tables = per_category(rows, found, p, chosen)
    return cv


def per_category(
    rows: Sequence[LabelledPost], found: Sequence[frozenset[str]], probs: np.ndarray, shared: float
) -> tuple[dict[str, float], dict[str, list[dict[str, Any]]]]:
    """Each category's own threshold over every file left out, and its figures at every
    threshold of the grid.

    The thresholds are the combination that finds the most risky posts within the shared
    threshold's two bounds: rules OR model at least :data:`MIN_PRECISION` precise, and at most
    :data:`MAX_CLEAN_ADDED` of the clean posts flagged beyond the rules (a clean post flagged in
    two categories counts twice, so the bound holds). Ties go to fewer wrong findings, then to
    the shared threshold's side. Exact over the grid: a knapsack on the clean-post budget."""
    clean = sum(r.clean for r in rows)
    budget = int(MAX_CLEAN_ADDED * clean)
    base = count(rows, found)
    assert isinstance(base, Counts)
    quiet = [not (got & set(CATEGORIES)) for got in found]
    before = count(rows, found, per_category=True)
    assert isinstance(before, dict)
    tables: dict[str, list[dict[str, Any]]] = {}
    for k, category in enumerate(CATEGORIES):
        cut = [1.01] * len(CATEGORIES)  # the other categories off: only this one's layer adds
        rows_of = []
        for t in GRID:
            cut[k] = t
            per = count(rows, union(found, probs, cut), per_category=True)
            assert isinstance(per, dict)
            mine = per[category]
            added = sum(
                1
                for row, alone, p in zip(rows, quiet, probs[:, k].tolist(), strict=True)
                if row.clean and alone and p >= t
            )
            rows_of.append(
                {
                    "threshold": t,
                    **mine.to_dict(),
                    "added_tp": mine.tp - before[category].tp,
                    "added_fp": mine.fp - before[category].fp,
                    "clean_added": added,
                }
            )
        tables[category] = rows_of
    # states: clean posts used -> (added right, added wrong, thresholds so far)
    states: dict[int, tuple[int, int, dict[str, float]]] = {0: (0, 0, {})}
    for category in CATEGORIES:
        grown: dict[int, tuple[int, int, dict[str, float]]] = {}
        for used, (right, wrong, chosen) in states.items():
            for row in tables[category]:
                spent = used + row["clean_added"]
                if spent > budget:
                    continue
                state = (
                    right + row["added_tp"],
                    wrong + row["added_fp"],
                    {**chosen, category: row["threshold"]},
                )
                if spent not in grown or _better(state, grown[spent], shared):
                    grown[spent] = state
        states = grown
    best: tuple[int, int, dict[str, float]] | None = None
    for right, wrong, chosen in states.values():
        tp, fp = base.tp + right, base.fp + wrong
        if tp / (tp + fp) < MIN_PRECISION if tp + fp else False:
            continue
        if best is None or _better((right, wrong, chosen), best, shared):
            best = (right, wrong, chosen)
    if best is None:
        return {c: GRID[-1] for c in CATEGORIES}, tables
    return best[2], tables


def _better(
    a: tuple[int, int, dict[str, float]], b: tuple[int, int, dict[str, float]], shared: float
) -> bool:
    """More right findings, then fewer wrong ones, then thresholds nearer the shared one."""
    def distance(chosen: dict[str, float]) -> float:
        return sum(abs(t - shared) for t in chosen.values())

    return (a[0], -a[1], -distance(a[2])) > (b[0], -b[1], -distance(b[2]))


def summarise(
    files: Sequence[Sequence[LabelledPost]],
    rules: Sequence[Sequence[frozenset[str]]],
    probs: Sequence[np.ndarray],
    threshold: float,
    table: list[dict[str, Any]] | None = None,
) -> CrossValidation:
    """Per-file and per-category figures of the rules alone and of the union at ``threshold``."""
    cv = CrossValidation(threshold, [], table or [])
    by_rules: dict[str, Counts] = {c: Counts() for c in CATEGORIES}
    by_union: dict[str, Counts] = {c: Counts() for c in CATEGORIES}
    for held, found, p in zip(files, rules, probs, strict=True):
        merged = union(found, p, [threshold] * len(CATEGORIES))
        a, b = count(held, found), count(held, merged)
        assert isinstance(a, Counts) and isinstance(b, Counts)
        source = held[0].source if held else "?"
        cv.files.append(FileResult(source, len(held), sum(r.clean for r in held), a, b))
        cv.rules.add(a)
        cv.union.add(b)
        for mine, got in ((by_rules, found), (by_union, merged)):
            per = count(held, got, per_category=True)
            assert isinstance(per, dict)
            for c in CATEGORIES:
                mine[c].add(per[c])
    cv.per_category = {
        c: {"rules": by_rules[c].to_dict(), "union": by_union[c].to_dict()} for c in CATEGORIES
    }
    return cv


# -- the shipped model -----------------------------------------------------------------------------


def train_risk(
    files: Sequence[Path],
    *,
    rules: Rules | None = None,
    hyper: RiskHyper = HYPER,
    progress: Progress | None = None,
    on_fold: Callable[[str], None] | None = None,
    mask: Mask | None = None,
    vectors: WordVectors | None = None,
) -> LinearModel:
    """The ``risk`` model trained on every file (texts through ``mask``); with ``rules``, also
    the cross-validation (one more fit per file) and the threshold it chose, in its metadata."""
    sets = [read_labelled(p) for p in files]
    names = [p.stem for p in files]
    if len(set(names)) != len(names):
        raise InputError("two training files have the same name: rename one")
    rows = [r for s in sets for r in s]
    if not rows:
        raise InputError("no labelled posts in the training files")
    y = targets(rows)
    missing = [c for c, n in zip(CATEGORIES, y.sum(axis=0).tolist(), strict=True) if not n]
    if missing:
        raise InputError(f"no post labelled {', '.join(missing)}: every category needs examples")
    meta: dict[str, Any] = {
        "task": "risk",
        "hyper": asdict(hyper),
        "permissive_only": True,
        "sources": [_describe(name, s) for name, s in zip(names, sets, strict=True)],
        "rows": len(rows),
        "clean_rows": sum(r.clean for r in rows),
        "support": {c: int(n) for c, n in zip(CATEGORIES, y.sum(axis=0).tolist(), strict=True)},
        "metrics": [],
        "names_masked": mask is not None,
        "word_vectors": None if vectors is None else vectors.meta,
    }
    if rules is not None and len(sets) > 1:
        probs = out_of_file(sets, hyper, on_fold, mask, vectors)
        cv = choose(sets, [rules(s) for s in sets], probs)
        meta["cv"] = cv.to_dict()
        meta["threshold"] = cv.threshold
        meta["metrics"] = _metrics(cv)
    fitted = fit_risk(rows, hyper, progress, mask, vectors)
    return LinearModel("risk", "sigmoid", list(CATEGORIES), fitted.weights, fitted.bias, meta)


def _describe(name: str, rows: Sequence[LabelledPost]) -> dict[str, Any]:
    langs = sorted({str(r.post.get("lang")) for r in rows if r.post.get("lang")}) or ["fr", "en"]
    return {
        "name": name,
        "folder": f"{name}.jsonl",
        "languages": langs,
        "licence": LICENCE,
        "permissive": True,
        "train_rows": len(rows),
        "val_rows": 0,
        "clean_rows": sum(r.clean for r in rows),
    }


def _metrics(cv: CrossValidation) -> list[dict[str, Any]]:
    rows = sum(f.posts for f in cv.files)
    out = []
    for who, counts in (("rules alone", cv.rules), ("rules OR model", cv.union)):
        for name in ("precision", "recall"):
            out.append(
                {
                    "label": f"leave-one-file-out micro {name}, {who}",
                    "rows": rows,
                    "value": round(100 * getattr(counts, name), 1),
                    "baseline": None,
                    "baseline_name": "",
                }
            )
    return out


# -- the data card ---------------------------------------------------------------------------------

BIASES = (
    "Every training post was written for Tocsin's test corpus about one fictional company "
    "(Lumio SA, smart lighting, French and English, its competitor Brillix, its code names): "
    "the model knows the topics, products and voices of those files, not those of your "
    "organisation. Its names were removed from the training texts, but its topics (smart "
    "lamps, a French and English clientele, one competitor, one CEO) still shape what the "
    "model has seen.",
    "A few hundred risky posts per category at most: wordings absent from the files are missed, "
    "and a rare word seen once in a risky post can weigh too much. The layer adds recall to the "
    "rules; it does not replace them, and it never blocks a post alone (its findings are "
    "`medium`: review).",
    "Labelling choices differ between the files' authors (a polite inbound complaint is clean "
    "for one and a reputation risk for another; an unannounced CEO departure is human resources "
    "and financial disclosure): the model learns their mixture.",
    "The text alone is read: the direction of the post, its date (quiet periods) and the "
    "organisation profile are not; the rules handle those.",
    "The word vectors carry what a general-purpose multilingual encoder learnt from web text, "
    "its associations included: a word near a risky one in that space (a synonym, a "
    "translation, but also a topic neighbour) gets part of its score. Words outside the "
    "vocabulary (rare inflections, new slang, names) get nothing from the vectors, only from "
    "their character n-grams.",
    "Probabilities are calibrated on files where about two posts in three are risky; on a real "
    "stream, where risky posts are rarer, the same threshold flags a larger share of clean posts "
    "than the cross-validation shows.",
)


def card(model: LinearModel) -> str:
    """The data card of a ``risk`` model (``risk.md``)."""
    meta = model.meta
    hyper = ", ".join(f"{k} {v}" for k, v in sorted(meta.get("hyper", {}).items()))
    lines = [
        "# Data card: `risk` model",
        "",
        "The learned risk layer of the screening gate: for each risk category of the labelled "
        "corpus, the probability that a careful reviewer would flag the post for it (French and "
        "English). The gate adds a `learned.<category>` finding, sent to review, when it reaches "
        "`[policy.thresholds] risk` and the rules found nothing of that category.",
        "",
        "## Model",
        "",
        f"- Outputs: {', '.join(f'`{o}`' for o in model.outputs)} (independent probabilities).",
        "- One logistic regression per category over the text models' hashed word, word-pair "
        f"and character 3-5-gram features ({model.weights.shape[0]:,} buckets), scored in the "
        "same pass as sentiment, toxicity and spam; weights stored as float16 arrays (`.npz`, "
        "no pickle) with this metadata in JSON.",
        *(
            [
                "- Static word vectors: each of "
                f"{vec['words']:,} French and English words has a {vec['dimensions']}-dimension "
                f"vector made once by a multilingual sentence encoder ({vec['encoder']}, "
                f"{vec['encoder_licence']}; PCA keeps {vec['variance_kept']:.0%} of the "
                "variance), shipped for training in `risk_word_vectors.npz`. A linear head over "
                "the sum of a post's word vectors is trained with the hashed weights, then each "
                "word's score is added to its own hash bucket: words no training post had still "
                "move the score through their vector, at no run-time cost."
            ]
            if (vec := meta.get("word_vectors"))
            else []
        ),
        f"- Trained with `tocsin ml train-risk` (numpy only, full-batch L-BFGS, deterministic): "
        f"{hyper}.",
        *(
            [
                "- The names of the profile the posts were written for (organisation, brands, "
                "competitors, people, code names) were removed from the training texts: the "
                "model learns the wordings of risk, not one organisation's names."
            ]
            if meta.get("names_masked")
            else []
        ),
        "",
        "## Sources",
        "",
        "Our own posts only: every one was written by hand for Tocsin's labelled corpus "
        "(`tests/corpus/`, see its README), about a fictional company; no real post or person.",
        "",
        "| file | languages | posts | clean | licence |",
        "|---|---|---:|---:|---|",
    ]
    for s in meta.get("sources", []):
        lines.append(
            f"| `{s['folder']}` | {', '.join(s['languages'])} | {s['train_rows']:,} | "
            f"{s.get('clean_rows', 0):,} | {s['licence']} |"
        )
    lines += [
        f"| **all** | | **{meta.get('rows', 0):,}** | **{meta.get('clean_rows', 0):,}** | |",
        "",
        "Posts per category: "
        + ", ".join(f"{c} {n}" for c, n in meta.get("support", {}).items())
        + ".",
        "",
        "## Licence of the weights",
        "",
        "The training posts are the project's own: the weights are under the project's licence.",
        *(
            [
                "The word vectors, and the word scores baked from them into the weights, are "
                f"derived from the outputs of {vec['encoder']} ({vec['encoder_licence']}). "
                "Which French and English words get a vector was decided with the Debian word "
                "lists `wfrench` (GPL-2+) and `wamerican` (SCOWL) as filters at build time; "
                "the lists themselves are not shipped."
            ]
            if (vec := meta.get("word_vectors"))
            else []
        ),
        "",
    ]
    cv = meta.get("cv")
    if cv:
        lines += [
            "## Metrics (leave one file out)",
            "",
            "Each file in turn is left out, the model trained on the others, and the gate's "
            "rules alone are compared with rules OR model on the file left out (post-level "
            "precision and recall over every category, as `benchmarks/quality.py` counts them; "
            "'clean flagged': clean posts with an in-scope finding). The threshold is the lowest "
            "at which rules OR model are at least "
            f"{cv['min_precision']:.0%} precise (the layer's own findings only send posts to "
            "review) and at most "
            f"{cv['max_clean_added']:.1%} of the clean posts are flagged beyond the rules: "
            f"**{cv['threshold']}**.",
            "",
            "| threshold | rules OR model: precision / recall | added: right / wrong "
            "(precision) | clean posts added |",
            "|---:|---|---|---:|",
            *(
                f"| {r['threshold']} | {r['precision']:.3f} / {r['recall']:.3f} | "
                f"{r['added_tp']} / {r['added_fp']} ({r['added_precision']:.2f}) | "
                f"{r['clean_added']} |"
                for r in cv["table"]
                if r["threshold"] in (0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, cv["threshold"])
            ),
            "",
            "| file left out | posts | rules: precision / recall / clean flagged | "
            "rules OR model: precision / recall / clean flagged |",
            "|---|---:|---|---|",
        ]
        for f in [*cv["files"], {"source": "**all**", "posts": "", **cv}]:
            a, b = f["rules"], f["union"]
            lines.append(
                f"| {f['source']} | {f['posts']} | {a['precision']:.3f} / {a['recall']:.3f} / "
                f"{a['clean_flagged']} | {b['precision']:.3f} / {b['recall']:.3f} / "
                f"{b['clean_flagged']} |"
            )
        lines += [
            "",
            "| category | rules: precision / recall | rules OR model: precision / recall |",
            "|---|---|---|",
        ]
        for c, both in cv.get("per_category", {}).items():
            a, b = both["rules"], both["union"]
            lines.append(
                f"| `{c}` | {a['precision']:.3f} / {a['recall']:.3f} | "
                f"{b['precision']:.3f} / {b['recall']:.3f} |"
            )
        lines.append("")
        if cv.get("thresholds"):
            lines += [
                "Each category's own threshold (`[policy.thresholds] risk_<category>`): the "
                "lowest at which that category, rules OR model, is at least "
                f"{cv['min_precision']:.0%} precise over every file left out and its layer "
                "flags at most its share of the clean-post budget above (the other categories "
                "at the shared threshold).",
                "",
                "| category | threshold | rules OR model: precision / recall | added: right / "
                "wrong | clean posts added |",
                "|---|---:|---|---|---:|",
            ]
            for c, t in cv["thresholds"].items():
                r = next(r for r in cv["category_tables"][c] if r["threshold"] == t)
                lines.append(
                    f"| `{c}` | {t} | {r['precision']:.3f} / {r['recall']:.3f} | "
                    f"{r['added_tp']} / {r['added_fp']} | {r['clean_added']} |"
                )
            lines.append("")
    lines += ["## Known biases and limits", "", *[f"- {b}" for b in BIASES], ""]
    return "\n".join(lines)
