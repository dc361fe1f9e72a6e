"""The labelled corpus (tests/corpus/posts.jsonl) and the quality of the screening on it.

The evaluation logic lives in ``benchmarks/quality.py`` (a script, not a package): it is loaded
here from its path. See tests/corpus/README.md for the label format.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tocsin import Category, parse_profile
from tocsin.services.screening import parse_post

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "posts.jsonl"
PROFILE = CORPUS.with_name("profile.toml")
QUALITY = ROOT / "benchmarks" / "quality.py"

MIN_POSTS = 360
MIN_CLEAN = 120
MIN_LANGUAGE_SHARE = 0.40
MIN_PER_CATEGORY = 15


def _load_quality() -> ModuleType:
    name = "tocsin_benchmarks_quality"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, QUALITY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses resolve their module while the class is built
    spec.loader.exec_module(module)
    return module


quality = _load_quality()


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def labelled() -> list[Any]:
    posts: list[Any] = quality.load_corpus(CORPUS)
    return posts


@pytest.fixture(scope="module")
def report(labelled: list[Any]) -> Any:
    screened, _ = quality.screen_corpus(labelled, PROFILE)
    return quality.evaluate(screened)


# -- the corpus file -------------------------------------------------------------------------------


def test_every_line_is_a_valid_labelled_post(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        post = parse_post(row)  # the public post contract, labels kept as unknown fields
        where = row.get("id")
        assert post.id and post.id == row["id"], where
        assert row["direction"] in ("outbound", "inbound"), where
        assert row["lang"] in ("fr", "en"), where
        assert "at" in row and post.at.tzinfo is not None, where
        assert 30 <= len(post.text) <= 280, f"{where}: {len(post.text)} characters"
        assert isinstance(row["expected"], list), where
        assert isinstance(row["note"], str) and row["note"].strip(), where
        assert set(row) <= {"id", "text", "direction", "at", "lang", "expected", "note"}, where


def test_ids_are_unique(rows: list[dict[str, Any]]) -> None:
    ids = Counter(row["id"] for row in rows)
    assert [i for i, n in ids.items() if n > 1] == []


def test_texts_are_unique(rows: list[dict[str, Any]]) -> None:
    texts = Counter(row["text"] for row in rows)
    assert [t for t, n in texts.items() if n > 1] == []


def test_labels_use_valid_categories(rows: list[dict[str, Any]]) -> None:
    valid = {c.value for c in Category}
    assert set(quality.CATEGORIES) == valid  # the script's copy of the taxonomy is current
    for row in rows:
        for entry in row["expected"]:
            assert set(entry) <= {"category", "kind_prefix"}, row["id"]
            assert entry["category"] in valid, row["id"]
            assert entry["category"] in quality.SCOPE, row["id"]
            prefix = entry.get("kind_prefix")
            assert prefix is None or (isinstance(prefix, str) and "." in prefix), row["id"]


def test_the_evaluation_loader_accepts_the_corpus(labelled: list[Any], rows: list[Any]) -> None:
    assert len(labelled) == len(rows)


def test_size_clean_posts_and_languages(rows: list[dict[str, Any]]) -> None:
    assert len(rows) >= MIN_POSTS
    assert sum(1 for row in rows if not row["expected"]) >= MIN_CLEAN
    languages = Counter(row["lang"] for row in rows)
    for lang in ("fr", "en"):
        assert languages[lang] / len(rows) >= MIN_LANGUAGE_SHARE, languages


def test_every_risk_family_is_covered(rows: list[dict[str, Any]]) -> None:
    per_category = Counter(e["category"] for row in rows for e in row["expected"])
    for category in quality.SCOPE:
        assert per_category[category] >= MIN_PER_CATEGORY, (category, per_category[category])
    directions = Counter(row["direction"] for row in rows)
    assert directions["inbound"] >= 30 and directions["outbound"] >= 30
    assert sum(1 for row in rows if len(row["expected"]) > 1) >= 15  # posts with two risks


def test_financial_posts_inside_and_outside_the_quiet_period(rows: list[dict[str, Any]]) -> None:
    profile = parse_profile(PROFILE.read_text(encoding="utf-8"))
    zone = ZoneInfo(profile.organisation.timezone)
    period = profile.quiet_periods[0]

    def inside(row: dict[str, Any]) -> bool:
        day: date = parse_post(row).at.astimezone(zone).date()
        return period.contains(day)

    financial = [
        r for r in rows if any(e["category"] == "financial_disclosure" for e in r["expected"])
    ]
    assert sum(1 for r in financial if inside(r)) >= 8
    assert sum(1 for r in financial if not inside(r)) >= 8
    assert sum(1 for r in rows if not r["expected"] and inside(r)) >= 5  # clean, quiet period


def test_loader_names_the_bad_line() -> None:
    with pytest.raises(quality.CorpusError, match="line 3"):
        quality.parse_line(
            '{"id": "x", "text": "t", "expected": [{"category": "nope"}], "note": "n"}', 3
        )
    with pytest.raises(quality.CorpusError, match="note"):
        quality.parse_line('{"id": "x", "text": "t", "expected": []}', 1)


# -- the evaluation arithmetic ---------------------------------------------------------------------


def _screened(post_id: str, expected: list[str], found: list[str], decision: str) -> Any:
    labelled = quality.parse_line(
        json.dumps(
            {
                "id": post_id,
                "text": f"text of {post_id}",
                "note": "n",
                "expected": [{"category": c} for c in expected],
            }
        ),
        1,
    )
    findings = tuple(quality.Found(c, f"{c}.kind", "high") for c in found)
    return quality.Screened(post=labelled, decision=decision, findings=findings)


def test_evaluate_counts_posts_per_category() -> None:
    result = quality.evaluate(
        [
            _screened("a", ["data_leak"], ["data_leak"], "block"),
            _screened("b", ["data_leak", "personal_security"], ["data_leak"], "block"),
            _screened("c", [], ["reputation"], "block"),
            _screened("d", [], [], "allow"),
            _screened("e", ["compliance"], [], "allow"),
        ]
    )
    leak = result.scores["data_leak"]
    assert (leak.tp, leak.fp, leak.fn, leak.precision, leak.recall) == (2, 0, 0, 1.0, 1.0)
    assert result.scores["personal_security"].recall == 0.0
    assert result.scores["personal_security"].precision is None
    assert result.scores["reputation"].precision == 0.0
    assert result.micro_precision == pytest.approx(2 / 3)
    assert result.micro_recall == pytest.approx(2 / 4)
    assert [m.id for m in result.clean_blocked] == ["c"]
    assert {(m.id, m.category) for m in result.false_negatives} == {
        ("b", "personal_security"),
        ("e", "compliance"),
    }
    assert not result.targets_met


# -- quality on the corpus -------------------------------------------------------------------------


def test_no_clean_post_is_blocked(report: Any) -> None:
    blocked = [f"{m.id}: {m.excerpt} [{', '.join(m.found)}]" for m in report.clean_blocked]
    assert blocked == []


def test_quality_targets_are_met(report: Any) -> None:
    missed = [name for name, ok in report.targets.items() if not ok]
    assert missed == []
