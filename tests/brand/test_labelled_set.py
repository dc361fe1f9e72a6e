"""The labelled set of lookalike and legitimate handles and domains meets the issue's targets."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _quality():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "brand_quality", ROOT / "benchmarks" / "brand_quality.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["brand_quality"] = module
    spec.loader.exec_module(module)
    return module


def test_the_set_is_big_enough() -> None:
    rows = _quality().load_rows()
    counts = Counter((r["type"], r["label"]) for r in rows)
    for kind in ("handle", "domain"):
        assert counts[(kind, "lookalike")] >= 200 and counts[(kind, "legitimate")] >= 200


def test_recall_and_false_positive_rate() -> None:
    quality = _quality()
    result = quality.evaluate(quality.Tocsin(), quality.load_rows())
    for scope in ("handle", "domain", "all"):
        assert result[scope]["recall"] >= quality.TARGET_RECALL, (scope, result["misses"][:20])
        assert result[scope]["fpr"] <= quality.TARGET_FPR, (scope, result["misses"][:20])
