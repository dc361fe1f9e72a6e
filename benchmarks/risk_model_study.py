"""Do static word vectors make the learned risk layer add more to the rules on unseen text?

Usage::

    .venv/bin/python benchmarks/risk_model_study.py [--iterations 60] [--json]

Protocol (the honest proxy for a blind set: each file was written by another author, or at
another time, and is unseen by the model that scores it):

- the labelled files of ``tests/corpus`` listed in :data:`FILES` (never ``blind6.jsonl``), the
  profile's names removed from the training texts, the rules of today's gate screened once;
- leave one file out: for each file, the risk model trained on the ten others scores it; twice,
  with the hashed n-grams alone and with the shipped word vectors
  (:mod:`tocsin.ml.training.word_vectors`) baked in;
- the layer's contribution is the micro recall of rules OR model minus the rules' alone, where
  rules OR model are at least 95 % precise (:data:`MIN_PRECISION`) and flag
  at most 0.5 % of the clean posts beyond the rules: the threshold is chosen by
  :func:`tocsin.ml.training.risk.choose`, as the shipped model's is.

It prints, for both models, micro and per-category precision and recall of the rules alone and
of rules OR model at the chosen threshold, and the table of thresholds.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from tocsin.ml.training import risk
from tocsin.ml.training.word_vectors import WordVectors

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
FILES = (
    "posts", "heldout", "blind2", "blind3", "blind4", "blind5",
    "train-a", "train-b", "train-c", "train-d", "train-e",
)  # fmt: skip


def study(iterations: int) -> dict[str, Any]:
    profile = (CORPUS / "profile.toml").read_text(encoding="utf-8")
    sets = [risk.read_labelled(CORPUS / f"{name}.jsonl") for name in FILES]
    rules = risk.screen_rules(profile)
    found = [rules(s) for s in sets]
    mask = risk.name_mask(profile)
    hyper = replace(risk.HYPER, iterations=iterations)
    out: dict[str, Any] = {"hyper": hyper.__repr__()}
    for label, vectors in (("hashed n-grams", None), ("+ word vectors", WordVectors.load())):
        start = time.monotonic()
        probs = risk.out_of_file(
            sets, hyper, lambda s, who=label: print(f"  {who}: {s}", file=sys.stderr), mask, vectors
        )
        cv = risk.choose(sets, found, probs)
        out[label] = {**cv.to_dict(), "seconds": round(time.monotonic() - start)}
    return out


def _print(result: dict[str, Any]) -> None:
    for label in ("hashed n-grams", "+ word vectors"):
        cv = result[label]
        chosen = next(r for r in cv["table"] if r["threshold"] == cv["threshold"])
        print(f"\n{label} (leave one file out, {cv['seconds']} s): threshold {cv['threshold']}")
        print(
            f"  rules alone     precision {cv['rules']['precision']:.3f}  "
            f"recall {cv['rules']['recall']:.3f}"
        )
        print(
            f"  rules OR model  precision {cv['union']['precision']:.3f}  "
            f"recall {cv['union']['recall']:.3f}  (added {chosen['added_tp']} right, "
            f"{chosen['added_fp']} wrong, {chosen['clean_added']} clean posts)"
        )
        for c, both in cv["per_category"].items():
            a, b = both["rules"], both["union"]
            print(
                f"    {c:22} rules {a['precision']:.3f} / {a['recall']:.3f}   "
                f"OR model {b['precision']:.3f} / {b['recall']:.3f}"
            )
        print("  threshold  union P / R    added right / wrong (precision)  clean added")
        for r in cv["table"]:
            print(
                f"  {r['threshold']:>9}  {r['precision']:.3f} / {r['recall']:.3f}  "
                f"{r['added_tp']:>4} / {r['added_fp']:<4} ({r['added_precision']:.2f})"
                f"{r['clean_added']:>12}"
            )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--iterations", type=int, default=risk.HYPER.iterations)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = study(args.iterations)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _print(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
