"""Quality of the screening detectors on the labelled corpus: precision and recall per category.

Usage::

    .venv/bin/python benchmarks/quality.py [--corpus PATH] [--profile PATH] [--json] [--strict]

Screens every post of the corpus (``tests/corpus/posts.jsonl``, see its README) with
``tocsin.Engine`` and the corpus's organisation profile (``tests/corpus/profile.toml``), then
compares, post by post, the categories found with the categories expected. A post counts as
predicted for a category when any finding has it. It prints:

- precision and recall per category, micro and macro averages, against the targets of issue #3
  (recall ≥ 0.9, precision ≥ 0.95), each marked met or not met;
- the finding kinds found, the decisions, and how many CLEAN posts (no expected risk) were
  BLOCKED (target 0) or sent to review;
- every false positive and false negative (id, text excerpt, expected vs found), by category.

Posts are screened without their ``lang`` label, as most callers send them: the engine detects
the language (``--given-lang`` passes the label instead). Exit code 0, unless ``--strict`` is given
and a target is missed (then 1); 2 for an unreadable corpus or profile.

The functions are pure and importable (``tests/test_corpus.py`` loads this file by path):
:func:`load_corpus`, :func:`screen_corpus`, :func:`evaluate`, :func:`report_json`.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "tests" / "corpus" / "posts.jsonl"
DEFAULT_PROFILE = DEFAULT_CORPUS.with_name("profile.toml")

TARGET_RECALL = 0.90
TARGET_PRECISION = 0.95
TARGET_CLEAN_BLOCKED = 0

#: the risk categories the corpus labels (the post-level families of issue #3)
SCOPE = (
    "data_leak",
    "compliance",
    "reputation",
    "financial_disclosure",
    "human_resources",
    "personal_security",
    "competition",
)
#: every category a finding may have (tocsin.models.Category), to validate labels without tocsin
CATEGORIES = (
    *SCOPE,
    "generational_gap",
    "brand_hijacking",
    "community_management",
)
LABEL_FIELDS = ("expected", "note")
EXCERPT = 90


class CorpusError(ValueError):
    """A corpus line that is not a labelled post; the message names the line and the field."""


@dataclass(frozen=True, slots=True)
class Expectation:
    category: str
    kind_prefix: str | None = None


@dataclass(frozen=True, slots=True)
class LabelledPost:
    """One corpus line: the post as JSON (``data``) and what a careful reviewer expects of it."""

    id: str
    line: int
    data: dict[str, Any]
    expected: tuple[Expectation, ...]
    note: str

    @property
    def text(self) -> str:
        return str(self.data["text"])

    @property
    def lang(self) -> str | None:
        lang = self.data.get("lang")
        return lang if isinstance(lang, str) else None

    @property
    def categories(self) -> frozenset[str]:
        return frozenset(e.category for e in self.expected)

    @property
    def clean(self) -> bool:
        return not self.expected

    def post(self, *, given_lang: bool = False) -> dict[str, Any]:
        """The post to screen: the labels removed, and the language unless ``given_lang``."""
        drop = LABEL_FIELDS if given_lang else (*LABEL_FIELDS, "lang")
        return {k: v for k, v in self.data.items() if k not in drop}


@dataclass(frozen=True, slots=True)
class Found:
    category: str
    kind: str
    severity: str


@dataclass(frozen=True, slots=True)
class Screened:
    """A labelled post and what the engine made of it."""

    post: LabelledPost
    decision: str
    findings: tuple[Found, ...]

    @property
    def categories(self) -> frozenset[str]:
        return frozenset(f.category for f in self.findings)


@dataclass(slots=True)
class CategoryScore:
    category: str
    support: int = 0  # posts where the category is expected
    predicted: int = 0  # posts where it was found
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def in_scope(self) -> bool:
        return self.category in SCOPE

    @property
    def precision(self) -> float | None:
        """None when the category was never found (undefined)."""
        return self.tp / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        """None when no post expects the category (undefined)."""
        return self.tp / self.support if self.support else None

    @property
    def precision_met(self) -> bool:
        # Never found: no false positive, but nothing found either; met only without support.
        return (self.precision or 0.0) >= TARGET_PRECISION if self.predicted else not self.support

    @property
    def recall_met(self) -> bool:
        return self.recall is None or self.recall >= TARGET_RECALL


@dataclass(frozen=True, slots=True)
class Miss:
    """A post where a category was expected and not found (false negative), or the reverse."""

    id: str
    category: str
    excerpt: str
    expected: tuple[str, ...]
    found: tuple[str, ...]  # "category:kind", as found
    decision: str
    note: str


@dataclass(slots=True)
class Report:
    posts: int
    clean: int
    scores: dict[str, CategoryScore]
    micro_precision: float
    micro_recall: float
    macro_precision: float
    macro_recall: float
    kinds: Counter[str]
    decisions: Counter[str]
    false_positives: list[Miss]
    false_negatives: list[Miss]
    clean_blocked: list[Miss]
    clean_reviewed: list[str]
    kind_checks: int = 0  # expectations with a kind prefix whose category was found
    kind_mismatches: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)
    languages: Counter[str] = field(default_factory=Counter)

    @property
    def targets(self) -> dict[str, bool]:
        """Each target and whether it is met (per category in scope, micro, clean blocked)."""
        out: dict[str, bool] = {
            f"micro recall ≥ {TARGET_RECALL}": self.micro_recall >= TARGET_RECALL,
            f"micro precision ≥ {TARGET_PRECISION}": self.micro_precision >= TARGET_PRECISION,
        }
        for score in self.scores.values():
            if score.in_scope and score.support:
                out[f"{score.category} recall ≥ {TARGET_RECALL}"] = score.recall_met
                out[f"{score.category} precision ≥ {TARGET_PRECISION}"] = score.precision_met
        out[f"clean posts blocked = {TARGET_CLEAN_BLOCKED}"] = (
            len(self.clean_blocked) <= TARGET_CLEAN_BLOCKED
        )
        return out

    @property
    def targets_met(self) -> bool:
        return all(self.targets.values())


# -- the corpus ------------------------------------------------------------------------------------


def _expectation(raw: Any, where: str) -> Expectation:
    if not isinstance(raw, dict):
        raise CorpusError(f"{where}: each expected entry must be an object, not {raw!r}")
    unknown = set(raw) - {"category", "kind_prefix"}
    if unknown:
        raise CorpusError(f"{where}: unknown field(s) {sorted(unknown)} in an expected entry")
    category = raw.get("category")
    if category not in CATEGORIES:
        raise CorpusError(f"{where}: category {category!r} is not one of {', '.join(CATEGORIES)}")
    prefix = raw.get("kind_prefix")
    if prefix is not None and (not isinstance(prefix, str) or not prefix.strip()):
        raise CorpusError(f"{where}: kind_prefix must be a non-empty string when given")
    return Expectation(category=category, kind_prefix=prefix)


def parse_line(line: str, number: int) -> LabelledPost:
    """One corpus line; :class:`CorpusError` says what is wrong, with the line number."""
    where = f"line {number}"
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{where}: not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise CorpusError(f"{where}: a labelled post must be a JSON object")
    post_id = data.get("id")
    if not isinstance(post_id, str) or not post_id:
        raise CorpusError(f"{where}: 'id' must be a non-empty string")
    where = f"line {number} ({post_id})"
    if not isinstance(data.get("text"), str):
        raise CorpusError(f"{where}: 'text' must be a string")
    expected = data.get("expected")
    if not isinstance(expected, list):
        raise CorpusError(f"{where}: 'expected' must be a list (empty for a clean post)")
    note = data.get("note")
    if not isinstance(note, str) or not note.strip():
        raise CorpusError(f"{where}: 'note' must say why the post is labelled so")
    return LabelledPost(
        id=post_id,
        line=number,
        data=data,
        expected=tuple(_expectation(e, where) for e in expected),
        note=note,
    )


def load_corpus(path: Path) -> list[LabelledPost]:
    """Every labelled post of a JSONL corpus file, in order (blank lines skipped)."""
    posts = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                posts.append(parse_line(line, number))
    return posts


# -- screening -------------------------------------------------------------------------------------


def screen_corpus(
    posts: Sequence[LabelledPost],
    profile_path: Path,
    *,
    given_lang: bool = False,
    models: bool = True,
) -> tuple[list[Screened], list[str]]:
    """Screen every post with the profile; also return the names of the detectors that ran.

    ``models=False`` leaves out the text models and the learned risk layer: the rules alone."""
    from tocsin import Engine, parse_profile
    from tocsin.services.screening import parse_post

    engine = Engine(parse_profile(profile_path.read_text(encoding="utf-8")), models=models)
    screened = []
    for labelled in posts:
        result = engine.screen(parse_post(labelled.post(given_lang=given_lang)))
        found = tuple(Found(f.category.value, f.kind, f.severity.value) for f in result.findings)
        screened.append(Screened(post=labelled, decision=result.decision.value, findings=found))
    return screened, [d.name for d in engine.detectors]


# -- evaluation ------------------------------------------------------------------------------------


def _excerpt(text: str, width: int = EXCERPT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _miss(item: Screened, category: str) -> Miss:
    return Miss(
        id=item.post.id,
        category=category,
        excerpt=_excerpt(item.post.text),
        expected=tuple(sorted(item.post.categories)),
        found=tuple(sorted({f"{f.category}:{f.kind}" for f in item.findings})),
        decision=item.decision,
        note=item.post.note,
    )


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _mean(values: Sequence[float]) -> float:
    # An undefined precision (category never found) counts as 0, as scikit-learn's zero_division=0.
    return sum(values) / len(values) if values else 0.0


def evaluate(screened: Iterable[Screened]) -> Report:
    """Post-level precision and recall per category, micro and macro, and the misses."""
    items = list(screened)
    scores: dict[str, CategoryScore] = {c: CategoryScore(c) for c in SCOPE}
    false_positives: list[Miss] = []
    false_negatives: list[Miss] = []
    clean_blocked: list[Miss] = []
    clean_reviewed: list[str] = []
    kinds: Counter[str] = Counter()
    decisions: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    kind_checks = 0
    kind_mismatches: list[tuple[str, str, tuple[str, ...]]] = []
    for item in items:
        expected, found = item.post.categories, item.categories
        decisions[item.decision] += 1
        languages[item.post.lang or "?"] += 1
        kinds.update(f.kind for f in item.findings)
        for category in expected | found:
            score = scores.setdefault(category, CategoryScore(category))
            if category in expected:
                score.support += 1
            if category in found:
                score.predicted += 1
            if category in expected and category in found:
                score.tp += 1
            elif category in found:
                score.fp += 1
                false_positives.append(_miss(item, category))
            else:
                score.fn += 1
                false_negatives.append(_miss(item, category))
        if item.post.clean:
            if item.decision == "block":
                clean_blocked.append(_miss(item, ""))
            elif item.decision == "review":
                clean_reviewed.append(item.post.id)
        for exp in item.post.expected:
            if exp.kind_prefix is None or exp.category not in found:
                continue
            kind_checks += 1
            same = tuple(sorted({f.kind for f in item.findings if f.category == exp.category}))
            if not any(kind.startswith(exp.kind_prefix) for kind in same):
                kind_mismatches.append((item.post.id, exp.kind_prefix, same))
    tp = sum(s.tp for s in scores.values())
    fp = sum(s.fp for s in scores.values())
    fn = sum(s.fn for s in scores.values())
    macro = [s for s in scores.values() if s.in_scope and s.support]
    return Report(
        posts=len(items),
        clean=sum(1 for i in items if i.post.clean),
        scores=dict(sorted(scores.items(), key=lambda kv: (not kv[1].in_scope, kv[0]))),
        micro_precision=_ratio(tp, tp + fp),
        micro_recall=_ratio(tp, tp + fn),
        macro_precision=_mean([s.precision or 0.0 for s in macro]),
        macro_recall=_mean([s.recall or 0.0 for s in macro]),
        kinds=kinds,
        decisions=decisions,
        false_positives=false_positives,
        false_negatives=false_negatives,
        clean_blocked=clean_blocked,
        clean_reviewed=clean_reviewed,
        kind_checks=kind_checks,
        kind_mismatches=kind_mismatches,
        languages=languages,
    )


# -- output ----------------------------------------------------------------------------------------


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def _miss_json(miss: Miss) -> dict[str, Any]:
    return {
        "id": miss.id,
        "category": miss.category,
        "excerpt": miss.excerpt,
        "expected": list(miss.expected),
        "found": list(miss.found),
        "decision": miss.decision,
        "note": miss.note,
    }


def report_json(
    report: Report, *, detectors: Sequence[str] = (), corpus: str = ""
) -> dict[str, Any]:
    """The report as JSON-ready data (``--json``)."""
    return {
        "corpus": corpus,
        "detectors": list(detectors),
        "posts": report.posts,
        "clean": report.clean,
        "languages": dict(report.languages),
        "categories": {
            c: {
                "in_scope": s.in_scope,
                "support": s.support,
                "predicted": s.predicted,
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
                "precision": s.precision,
                "recall": s.recall,
            }
            for c, s in report.scores.items()
        },
        "micro": {"precision": report.micro_precision, "recall": report.micro_recall},
        "macro": {"precision": report.macro_precision, "recall": report.macro_recall},
        "kinds": dict(sorted(report.kinds.items())),
        "decisions": dict(sorted(report.decisions.items())),
        "clean_blocked": [_miss_json(m) for m in report.clean_blocked],
        "clean_reviewed": report.clean_reviewed,
        "false_positives": [_miss_json(m) for m in report.false_positives],
        "false_negatives": [_miss_json(m) for m in report.false_negatives],
        "kind_checks": report.kind_checks,
        "kind_mismatches": [
            {"id": i, "kind_prefix": p, "found": list(k)} for i, p, k in report.kind_mismatches
        ],
        "targets": {
            "recall": TARGET_RECALL,
            "precision": TARGET_PRECISION,
            "clean_blocked": TARGET_CLEAN_BLOCKED,
            "checks": report.targets,
            "met": report.targets_met,
        },
    }


def _print_misses(title: str, misses: Sequence[Miss]) -> None:
    print(f"{title}: {len(misses)}")
    by_category: dict[str, list[Miss]] = {}
    for miss in misses:
        by_category.setdefault(miss.category, []).append(miss)
    for category in sorted(by_category):
        print(f"  {category} ({len(by_category[category])})")
        for miss in by_category[category]:
            print(f"    {miss.id}  {miss.excerpt}")
            found = ", ".join(miss.found) or "nothing"
            print(
                f"          expected {', '.join(miss.expected) or 'clean'}; found {found}; "
                f"{miss.decision}"
            )


def print_report(report: Report, *, detectors: Sequence[str] = (), corpus: str = "") -> None:
    langs = ", ".join(f"{k} {v}" for k, v in sorted(report.languages.items()))
    print(f"Tocsin screening quality on {corpus or 'the corpus'}")
    print(
        f"{report.posts} posts ({langs}), {report.clean} clean, "
        f"{report.posts - report.clean} with at least one expected risk"
    )
    print(f"detectors that ran: {', '.join(detectors) or 'none'}")
    print()
    head = ("category", "support", "found", "TP", "FP", "FN", "precision", "recall", "targets")
    rows = []
    for s in report.scores.values():
        label = s.category if s.in_scope else f"{s.category} (outside the corpus's scope)"
        target = (
            f"P {_met(s.precision_met)}, R {_met(s.recall_met)}"
            if s.in_scope and s.support
            else "—"
        )
        rows.append(
            (
                label,
                str(s.support),
                str(s.predicted),
                str(s.tp),
                str(s.fp),
                str(s.fn),
                _num(s.precision),
                _num(s.recall),
                target,
            )
        )
    rows.append(
        (
            "micro average",
            "",
            "",
            "",
            "",
            "",
            _num(report.micro_precision),
            _num(report.micro_recall),
            f"P {_met(report.micro_precision >= TARGET_PRECISION)}, "
            f"R {_met(report.micro_recall >= TARGET_RECALL)}",
        )
    )
    rows.append(
        (
            "macro average (categories in scope)",
            "",
            "",
            "",
            "",
            "",
            _num(report.macro_precision),
            _num(report.macro_recall),
            "",
        )
    )
    widths = [max(len(r[i]) for r in (head, *rows)) for i in range(len(head))]
    for row in (head, *rows):
        print(
            "  ".join(
                cell.ljust(w) if i in (0, 8) else cell.rjust(w)
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            ).rstrip()
        )
    print()
    print(
        f"targets: recall ≥ {TARGET_RECALL}, precision ≥ {TARGET_PRECISION} (per category in "
        f"scope and micro), clean posts blocked = {TARGET_CLEAN_BLOCKED}"
    )
    missed = [name for name, ok in report.targets.items() if not ok]
    print(
        f"  {len(report.targets) - len(missed)} of {len(report.targets)} met"
        + (f"; not met: {', '.join(missed)}" if missed else "")
    )
    print(
        f"CLEAN posts BLOCKED: {len(report.clean_blocked)} (target {TARGET_CLEAN_BLOCKED}) — "
        f"{_met(len(report.clean_blocked) <= TARGET_CLEAN_BLOCKED)}; "
        f"clean posts sent to review: {len(report.clean_reviewed)}"
    )
    for miss in report.clean_blocked:
        print(f"  {miss.id}  {miss.excerpt}  [{', '.join(miss.found)}]")
    print("decisions: " + ", ".join(f"{k} {v}" for k, v in sorted(report.decisions.items())))
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(report.kinds.items())) or "none"
    print("\n".join(textwrap.wrap(f"kinds found: {kinds}", 100, subsequent_indent="  ")))
    print(
        f"kind prefixes checked (category found): {report.kind_checks}, "
        f"other kind than expected: {len(report.kind_mismatches)}"
    )
    for post_id, prefix, found in report.kind_mismatches:
        print(f"  {post_id}  expected {prefix}…, found {', '.join(found)}")
    print()
    _print_misses("false negatives (expected, not found)", report.false_negatives)
    print()
    _print_misses("false positives (found, not expected)", report.false_positives)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help="labelled corpus, JSONL (default: tests/corpus/posts.jsonl)",
    )
    parser.add_argument(
        "--profile",
        type=Path,
        default=None,
        help="organisation profile (default: profile.toml beside the corpus)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--strict", action="store_true", help="exit with code 1 when a target is not met"
    )
    parser.add_argument(
        "--given-lang",
        action="store_true",
        help="send each post's 'lang' label to the engine (default: detect it)",
    )
    parser.add_argument(
        "--no-models",
        action="store_true",
        help="the rules alone: no text models, no learned risk layer (TOCSIN_MODELS is not read)",
    )
    args = parser.parse_args(argv)
    profile = args.profile or args.corpus.with_name("profile.toml")
    from tocsin import TocsinError

    try:
        posts = load_corpus(args.corpus)
        screened, detectors = screen_corpus(
            posts, profile, given_lang=args.given_lang, models=not args.no_models
        )
    except (OSError, CorpusError, TocsinError) as exc:
        print(f"quality: {exc}", file=sys.stderr)
        return 2
    report = evaluate(screened)
    where = args.corpus.resolve()
    shown = str(where.relative_to(ROOT)) if where.is_relative_to(ROOT) else str(args.corpus)
    if args.json:
        data = report_json(report, detectors=detectors, corpus=shown)
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print_report(report, detectors=detectors, corpus=shown)
    return 1 if args.strict and not report.targets_met else 0


if __name__ == "__main__":
    sys.exit(main())
