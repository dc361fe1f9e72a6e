"""How far a second labeller agrees with a corpus file's author (issue #3's ceiling on recall).

Usage::

    .venv/bin/python benchmarks/label_agreement.py [NAME ...]    # default: every relabelled set

``tests/corpus/relabelled/NAME.jsonl`` (and ``NAME.2.jsonl``… for more labellers) holds, for
each post of ``tests/corpus/NAME.jsonl`` (same
ids, same order), the categories a second careful labeller gave it from the writer brief alone,
without seeing the author's labels (``{"id": ..., "expected": [categories]}``). Taking the
author's labels as the truth, this prints the second labeller's micro precision and recall, per
category, the share of posts with the same set of categories and the clean posts on which they
disagree. docs/quality.md ("A sentence encoder, and how far two careful labellers agree").
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
CATEGORIES = (
    "data_leak", "compliance", "reputation", "financial_disclosure", "human_resources",
    "personal_security", "competition",
)  # fmt: skip


def labels(path: Path, nested: bool) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            got = row["expected"]
            out[row["id"]] = {e["category"] for e in got} if nested else set(got)
    return out


def agreement(relabelled: Path) -> str:
    name = relabelled.name.split(".")[0]
    author = labels(CORPUS / f"{name}.jsonl", nested=True)
    second = labels(relabelled, nested=False)
    if set(author) != set(second):
        raise SystemExit(f"{name}: the relabelled file does not have the same ids")
    lines = []
    tp = fp = fn = 0
    for c in CATEGORIES:
        a = sum(c in author[i] and c in second[i] for i in author)
        b = sum(c in second[i] and c not in author[i] for i in author)
        m = sum(c in author[i] and c not in second[i] for i in author)
        tp, fp, fn = tp + a, fp + b, fn + m
        p = f"{a / (a + b):.2f}" if a + b else "-"
        r = f"{a / (a + m):.2f}" if a + m else "-"
        lines.append(f"  {c:22s} precision {p:>5}  recall {r:>5}  ({a + m} posts)")
    same = sum(author[i] == second[i] for i in author) / len(author)
    clean_flagged = sum(not author[i] and bool(second[i]) for i in author)
    risky_cleared = sum(bool(author[i]) and not second[i] for i in author)
    head = (
        f"{relabelled.name}: second labeller against the author of {name}: "
        f"micro precision {tp / (tp + fp):.3f}, "
        f"recall {tp / (tp + fn):.3f}; same categories on {same:.0%} of {len(author)} posts; "
        f"clean posts flagged {clean_flagged}, risky posts called clean {risky_cleared}"
    )
    return "\n".join([head, *lines])


def main(argv: Sequence[str] | None = None) -> int:
    names = set(argv if argv is not None else sys.argv[1:])
    for path in sorted((CORPUS / "relabelled").glob("*.jsonl")):
        if not names or path.name.split(".")[0] in names:
            print(agreement(path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
