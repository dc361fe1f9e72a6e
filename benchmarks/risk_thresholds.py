"""Per-category thresholds of the learned risk layer: what each category gains or loses below 0.65.

Usage::

    .venv/bin/python benchmarks/risk_thresholds.py [NAME ...]

(default sets: blind10, blind9, para-m, para-n).

Screens each ``tests/corpus/NAME.jsonl`` once with every risk threshold at the lowest value of the
grid, keeps the rules' categories and the learned layer's score per category, then moves one
category's threshold at a time and prints, per category and threshold, the right / wrong
categories of "rules OR layer" on each set (the counts include the rules' own findings of the
category). Use sets the layer was not trained on (docs/models.md lists its training files): the
defaults of ``profile.RISK_CATEGORY_DEFAULTS`` were chosen with this table (docs/models.md,
"Per-category thresholds").
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
GRID = (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8)
SHARED = 0.65  # the layer's shared default threshold (``risk``)
DEFAULT_SETS = ("blind10", "blind9", "para-m", "para-n")

#: (set, expected categories, the rules' categories, the layer's score per category)
Row = tuple[str, set[str], set[str], dict[str, float]]


def screen(names: Sequence[str]) -> list[Row]:
    from tocsin import Engine, Post, parse_profile
    from tocsin.profile import RISK_CATEGORIES

    text = (CORPUS / "profile.toml").read_text(encoding="utf-8")
    low = f"\n[policy.thresholds]\nrisk = {min(GRID)}\n"
    engine = Engine(parse_profile(text + low))
    rows: list[Row] = []
    for name in names:
        for line in (CORPUS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            data = json.loads(line)
            post = Post(
                id=data["id"], text=data["text"], at=data.get("at"),
                direction=data.get("direction", "outbound"),
            )  # fmt: skip
            result = engine.screen(post)
            rules: set[str] = {
                str(f.category.value) for f in result.findings
                if f.detector != "learned_risk" and f.category.value in RISK_CATEGORIES
            }  # fmt: skip
            learned = {
                f.category.value: f.score for f in result.findings if f.detector == "learned_risk"
            }
            rows.append((name, {e["category"] for e in data["expected"]}, rules, learned))
    return rows


def counts(rows: list[Row], name: str, category: str, threshold: float) -> tuple[int, int]:
    """Right and wrong findings of ``category`` on set ``name`` at ``threshold``."""
    right = wrong = 0
    for set_name, expected, rules, learned in rows:
        if set_name != name:
            continue
        found = category in rules or learned.get(category, 0.0) >= threshold
        if found and category in expected:
            right += 1
        elif found:
            wrong += 1
    return right, wrong


def main(argv: Sequence[str]) -> int:
    from tocsin.profile import RISK_CATEGORIES

    names = list(argv) or list(DEFAULT_SETS)
    missing = [n for n in names if not (CORPUS / f"{n}.jsonl").is_file()]
    if missing:
        print(f"no such corpus file: {', '.join(missing)}", file=sys.stderr)
        return 2
    rows = screen(names)
    print(f"right / wrong categories of rules OR layer, per set: {' | '.join(names)}")
    for category in RISK_CATEGORIES:
        print(category)
        for threshold in GRID:
            cells = []
            for name in names:
                right, wrong = counts(rows, name, category, threshold)
                cells.append(f"{right}/{wrong}")
            mark = "  (shared default)" if threshold == SHARED else ""
            print(f"  {threshold:.2f}: {' | '.join(cells)}{mark}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
