"""Does a small network reading word order help the learned risk layer on unseen authors?

Usage::

    nice -n 10 .venv/bin/python benchmarks/risk_context_study.py [--files NAME ...]
        [--filters 64] [--epochs 8] [--tune] [--offset] [--seeds 1] [--vectors NPZ]
        [--band LOW HIGH ...] [--pin-rules] [--timing] [--cache DIR] [--json]

    # the run of docs/quality.md (about 15 minutes of one core)
    nice -n 10 .venv/bin/python benchmarks/risk_context_study.py --pin-rules --tune
        --epochs 30 --filters 128 --band 0.3 0.95 --band 0.4 0.9 --band 0.5 0.9 --timing

Protocol (issue #3; the same proxy for unseen authors as ``benchmarks/risk_model_study.py``):

- the labelled files of ``tests/corpus`` (:data:`FILES`, plus ``train-f`` … ``train-h`` when
  they exist; never ``blind6.jsonl`` or ``blind7.jsonl``), the profile's names removed from the
  training texts, the rules of today's gate screened once;
- leave one file out: for each file, (a) the shipped linear risk model
  (:func:`tocsin.ml.training.risk.fit_risk`, word vectors baked in) and (b) a small
  multi-output convolutional network are trained on the other files and score it. The network
  is the offensive output's (:mod:`tocsin.ml.context`) with seven outputs: word vectors
  initialised from the risk model's multilingual ones (``risk_word_vectors.npz``, French and
  English), one convolution of width 3, max and mean pooling, one linear layer, the first 64
  tokens, PyTorch on one thread, seeded;
- stacking, per category: ``logit p = a * linear + b * network + c``, a logistic regression
  fitted for the file left out on the out-of-file scores of the *other* files only (cross-fitted:
  no label of the scored file is used), on the posts of the cascade's band;
- the cascade: the network reads a post only when some category's linear probability is within
  ``--band`` and the rules found nothing of that category; other probabilities stay linear;
- the threshold is chosen by :func:`tocsin.ml.training.risk.choose` (rules OR model ≥ 95 %
  precise, ≤ 0.5 % clean posts added), for the linear layer alone and for the cascade, and
  micro and per-category precision and recall of rules OR model are printed side by side, with
  the share of posts the network reads and its cost per post read (numpy inference, compared
  with the linear text models' pass in the same process).

The decision rule (set before the run): the network is worth shipping only if rules OR model
gain at least 0.015 of micro recall at the same precision rule and no category loses more than
0.02. Results are cached in ``--cache`` (rules, linear and network scores per file set).

Result, 2026-11-30 (docs/quality.md, "A context network for the risk layer?"): **not shipped**.
Fourteen files, ``--tune --epochs 30 --filters 128 --band 0.4 0.9``: micro recall of rules OR
model 0.887 → 0.893 (+0.006; precision 0.957 → 0.958), the network reading 6.9 % of the posts;
eleven files: +0.001. Half the gain is recalibration (the control row: the same stacking without
the network). 23 µs per post read, against 33 µs for the text models' linear pass.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np

from tocsin.ml.features import fold, tokens
from tocsin.ml.training import risk
from tocsin.ml.training.context import token_ids
from tocsin.ml.training.word_vectors import WordVectors
from tocsin.profile import RISK_CATEGORIES as CATEGORIES

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
FILES = (
    "posts", "heldout", "blind2", "blind3", "blind4", "blind5",
    "train-a", "train-b", "train-c", "train-d", "train-e",
)  # fmt: skip
#: written while this study was made: used when complete
LATER = ("train-f", "train-g", "train-h")
NEVER = ("blind6", "blind7")
MAX_TOKENS = 64


@dataclass(frozen=True, slots=True)
class NetSettings:
    filters: int = 64
    width: int = 3
    epochs: int = 8
    learning_rate: float = 2e-3
    dropout: float = 0.3
    batch_size: int = 32
    weight_decay: float = 0.0
    tune_vectors: bool = False  # learn the word vectors further (else frozen)
    #: learn on top of the linear layer's out-of-file scores (the network fits what it misses)
    offset: bool = False
    seed: int = 13


# -- data ------------------------------------------------------------------------------------------


def complete(name: str) -> bool:
    """A later file is used once it has 330 valid lines."""
    path = CORPUS / f"{name}.jsonl"
    if not path.exists():
        return False
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    try:
        return len(lines) == 330 and all(isinstance(json.loads(x), dict) for x in lines)
    except json.JSONDecodeError:
        return False


def cached(cache: Path, key: str, make: Any) -> Any:
    """``make()``'s arrays, stored in ``cache/key.npz`` (computed once)."""
    path = cache / f"{key}.npz"
    if path.exists():
        with np.load(path, allow_pickle=False) as arrays:
            return [arrays[f"a{i}"] for i in range(len(arrays.files))]
    out = make()
    cache.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **{f"a{i}": a for i, a in enumerate(out)})
    return out


def digest(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:12]


#: the rules' code: screened again when it changes
RULES_STAMP = b"".join(
    p.read_bytes()
    for p in sorted((ROOT / "src" / "tocsin" / "screening").rglob("*"))
    if p.is_file() and "__pycache__" not in p.parts
)


def rules_of(
    cache: Path, profile: str, names: Sequence[str], sets: Sequence[Any], pin: bool
) -> list[Any]:
    """The rules' categories per post of each file; ``pin``: those screened by the first pinned
    run, whatever the rules' code has become since (other people edit it while this runs)."""
    stamp = b"pinned" if pin else RULES_STAMP
    screen = risk.screen_rules(profile)
    out = []
    for name, rows in zip(names, sets, strict=True):
        text = (CORPUS / f"{name}.jsonl").read_bytes() + stamp
        [codes] = cached(
            cache,
            f"rules-{name}-{hashlib.sha256(text).hexdigest()[:12]}",
            lambda rows=rows: [
                np.array([[c in got for c in CATEGORIES] for got in screen(rows)], bool)
            ],
        )
        out.append(
            [frozenset(c for c, hit in zip(CATEGORIES, r, strict=True) if hit) for r in codes]
        )
    return out


# -- the network (multi-output variant of tocsin.ml.training.context) -----------------------------


@dataclass(frozen=True, slots=True)
class Net:
    embeddings: np.ndarray  # (words, dims)
    conv: np.ndarray  # (width * dims, filters)
    conv_bias: np.ndarray  # (filters,)
    head: np.ndarray  # (2 * filters, outputs)
    head_bias: np.ndarray  # (outputs,)

    def table(self) -> np.ndarray:
        """Each word's part in each window position (words + 1, width * filters); row 0: unknown."""
        dims, filters = self.embeddings.shape[1], self.conv_bias.shape[0]
        width = self.conv.shape[0] // dims
        kernel = self.conv.reshape(width, dims, filters)
        out = np.zeros((len(self.embeddings) + 1, width * filters), np.float32)
        for k in range(width):
            out[1:, k * filters : (k + 1) * filters] = self.embeddings @ kernel[k]
        return out


def fit_net(
    docs: Sequence[Sequence[str]],
    y: np.ndarray,
    index: dict[str, int],
    start: np.ndarray,
    cfg: NetSettings,
    offset: np.ndarray | None = None,
) -> Net:
    """One network learnt on these posts' tokens and 0/1 targets (posts, categories); ``start``:
    the first word vectors (row ``index[word] - 1``); ``offset``: scores added to its outputs
    while it learns (then it fits what they miss)."""
    import torch
    from torch import nn

    torch.set_num_threads(1)
    torch.manual_seed(cfg.seed)
    rng = np.random.default_rng(cfg.seed)
    ids, lengths = token_ids(docs, index)
    dims, filters, width, outputs = start.shape[1], cfg.filters, cfg.width, y.shape[1]

    class Module(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            table = np.vstack([np.zeros((1, dims), np.float32), start]).astype(np.float32)
            self.embed = nn.Embedding.from_pretrained(
                torch.from_numpy(table), freeze=not cfg.tune_vectors, padding_idx=0
            )
            self.conv = nn.Conv1d(dims, filters, width, padding=width // 2)
            self.drop = nn.Dropout(cfg.dropout)
            self.head = nn.Linear(2 * filters, outputs)

        def forward(self, x: Any, n: Any) -> Any:
            e = self.drop(self.embed(x)).transpose(1, 2)
            h = torch.relu(self.conv(e))
            inside = (torch.arange(x.shape[1])[None, :] < n[:, None]).float()[:, None, :]
            top = (h * inside - (1 - inside) * 1e4).max(dim=2).values
            mean = (h * inside).sum(dim=2) / n[:, None].float()
            return self.head(self.drop(torch.cat([top, mean], dim=1)))

    net = Module()
    params = [p for p in net.parameters() if p.requires_grad]
    optimiser = torch.optim.Adam(params, lr=cfg.learning_rate, weight_decay=cfg.weight_decay)
    batches = -(-len(docs) // cfg.batch_size)
    total = cfg.epochs * batches
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda k: 1.0 - 0.9 * k / total)
    x, n = torch.from_numpy(ids), torch.from_numpy(lengths)
    target = torch.tensor(y, dtype=torch.float32)
    shift = torch.tensor(offset if offset is not None else np.zeros_like(y), dtype=torch.float32)
    for _ in range(cfg.epochs):
        net.train()
        order = torch.from_numpy(rng.permutation(len(docs)))
        for k in range(batches):
            rows = order[k * cfg.batch_size : (k + 1) * cfg.batch_size]
            longest = int(n[rows].max())
            z = net(x[rows, :longest], n[rows]) + shift[rows]
            loss = nn.functional.binary_cross_entropy_with_logits(z, target[rows])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
    conv = net.conv.weight.detach().numpy()  # (filters, dims, width)
    assert net.conv.bias is not None
    return Net(
        net.embed.weight.detach().numpy()[1:].astype(np.float32).copy(),
        np.ascontiguousarray(conv.transpose(2, 1, 0).reshape(width * dims, filters)),
        net.conv.bias.detach().numpy().astype(np.float32).copy(),
        np.ascontiguousarray(net.head.weight.detach().numpy().T.astype(np.float32)),
        net.head.bias.detach().numpy().astype(np.float32).copy(),
    )


def forward(net: Net, table: np.ndarray, toks: Sequence[str], index: dict[str, int]) -> np.ndarray:
    """The network's scores (before sigmoid) of one post, numpy inference as shipped would do."""
    ids = [index.get(t, 0) for t in toks[:MAX_TOKENS]] or [0]
    parts = table.take(ids, axis=0)
    filters = net.conv_bias.shape[0]
    h = parts[:, filters : 2 * filters] + net.conv_bias
    n = len(ids)
    if n > 1:
        h[1:] += parts[:-1, :filters]
        h[:-1] += parts[1:, 2 * filters :]
    np.maximum(h, 0.0, out=h)
    pooled = np.concatenate([h.max(axis=0), h.sum(axis=0) / n])
    return np.asarray(pooled @ net.head + net.head_bias)


def net_scores(net: Net, docs: Sequence[Sequence[str]], index: dict[str, int]) -> np.ndarray:
    table = net.table()
    return np.array([forward(net, table, d, index) for d in docs])


# -- stacking, cascade, evaluation -----------------------------------------------------------------


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.asarray(np.log(p / (1 - p)))


def logistic(x: np.ndarray, y: np.ndarray, l2: float = 1e-3) -> np.ndarray:
    """Weights then bias of an L2 logistic regression (Newton; rows unweighted: calibrated)."""
    n, d = x.shape
    a = np.hstack([x, np.ones((n, 1))])
    reg = np.full(d + 1, l2 * n)
    reg[-1] = 1e-9
    beta = np.zeros(d + 1)
    for _ in range(50):
        p = 0.5 * (1.0 + np.tanh(0.5 * (a @ beta)))
        grad = a.T @ (p - y) + reg * beta
        hess = (a * (p * (1 - p))[:, None]).T @ a + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-9:
            break
    return beta


def in_band(p: np.ndarray, ruled: np.ndarray, band: tuple[float, float]) -> np.ndarray:
    return np.asarray((p >= band[0]) & (p <= band[1]) & ~ruled)


def cascade(
    y: list[np.ndarray],
    lin: list[np.ndarray],
    cnn: list[np.ndarray],
    ruled: list[np.ndarray],
    band: tuple[float, float],
) -> tuple[list[np.ndarray], dict[str, Any]]:
    """Each file's probabilities: stacked where the network reads, linear elsewhere; the stack
    of the file left out is fitted on the other files' band posts."""
    out = []
    mixes = []
    for i in range(len(y)):
        final = lin[i].copy()
        mix = []
        for c in range(len(CATEGORIES)):
            xs, ys = [], []
            for j in range(len(y)):
                if j == i:
                    continue
                m = in_band(lin[j][:, c], ruled[j][:, c], band)
                xs.append(np.column_stack([logit(lin[j][m, c]), cnn[j][m, c]]))
                ys.append(y[j][m, c])
            beta = logistic(np.vstack(xs), np.concatenate(ys))
            mix.append(beta.tolist())
            m = in_band(lin[i][:, c], ruled[i][:, c], band)
            z = beta[0] * logit(lin[i][m, c]) + beta[1] * cnn[i][m, c] + beta[2]
            final[m, c] = 0.5 * (1.0 + np.tanh(0.5 * z))
        out.append(final)
        mixes.append(mix)
    reads = np.concatenate([in_band(lin[i], ruled[i], band).any(axis=1) for i in range(len(y))])
    return out, {"share_read": float(reads.mean()), "mix_mean": np.mean(mixes, axis=0).tolist()}


def figures(cv: risk.CrossValidation) -> dict[str, Any]:
    return {
        "threshold": cv.threshold,
        "micro": cv.union.to_dict(),
        "rules": cv.rules.to_dict(),
        "per_category": {c: v["union"] for c, v in cv.per_category.items()},
    }


# -- timing ----------------------------------------------------------------------------------------


def timing(
    net: Net, index: dict[str, int], docs: Sequence[Sequence[str]], texts: Sequence[str]
) -> dict[str, float]:
    """µs per post: the network's numpy forward pass, and the text models' linear pass (the
    shipped ``TextModels.scores_and_raw``) on the same posts, in the same process, alternated."""
    from tocsin.ml.inference import default_models

    models = default_models()
    folded = [fold(t) for t in texts]
    table = net.table()
    for f in folded:
        models.scores_and_raw(f)
    rounds: dict[str, list[float]] = {"network": [], "tokens": [], "linear": []}
    for _ in range(5):
        start = time.perf_counter()
        for f in folded:
            models.scores_and_raw(f)
        rounds["linear"].append(time.perf_counter() - start)
        start = time.perf_counter()
        for f in folded:
            tokens(f)
        rounds["tokens"].append(time.perf_counter() - start)
        start = time.perf_counter()
        for d in docs:
            forward(net, table, d, index)
        rounds["network"].append(time.perf_counter() - start)
    return {k: round(1e6 * min(v) / len(docs), 1) for k, v in rounds.items()}


# -- the study -------------------------------------------------------------------------------------


def log(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def study(args: argparse.Namespace) -> dict[str, Any]:
    names = list(args.files or FILES)
    if not args.files:
        names += [n for n in LATER if complete(n)]
    if set(names) & set(NEVER):
        raise SystemExit("blind6 and blind7 are never used")
    cache = Path(args.cache)
    profile = (CORPUS / "profile.toml").read_text(encoding="utf-8")
    sets = [risk.read_labelled(CORPUS / f"{n}.jsonl") for n in names]
    stamp = digest([(CORPUS / f"{n}.jsonl").read_text(encoding="utf-8") for n in names])
    mask = risk.name_mask(profile)
    vectors = WordVectors.load()
    start_vectors = WordVectors.load(Path(args.vectors)) if args.vectors else vectors
    log(f"files: {', '.join(names)}")
    found = rules_of(cache, profile, names, sets, args.pin_rules)
    y = [risk.targets(s) for s in sets]
    ruled = [np.array([[c in g for c in CATEGORIES] for g in f], bool) for f in found]

    def linear() -> list[np.ndarray]:
        return risk.out_of_file(sets, risk.HYPER, lambda s: log(f"  linear: {s}"), mask, vectors)

    lin = cached(cache, f"linear-{stamp}", linear)

    cfg = NetSettings(
        filters=args.filters,
        epochs=args.epochs,
        tune_vectors=args.tune,
        dropout=args.dropout,
        learning_rate=args.learning_rate,
        weight_decay=args.weight_decay,
        offset=args.offset,
    )
    index = {w: i + 1 for i, w in enumerate(start_vectors.words)}
    start = start_vectors.vectors / start_vectors.vectors.std() * 0.5
    train_docs = [[tokens(fold(mask(r.text))) for r in s] for s in sets]
    test_docs = [[tokens(fold(r.text)) for r in s] for s in sets]
    seconds: list[float] = []

    def network() -> list[np.ndarray]:
        out = []
        for i in range(len(sets)):
            t0 = time.monotonic()
            docs = [d for j, ds in enumerate(train_docs) if j != i for d in ds]
            ys = np.vstack([y[j] for j in range(len(sets)) if j != i])
            # cross-fitted: file j's linear scores come from the model trained without j
            shift = np.vstack([logit(lin[j]) for j in range(len(sets)) if j != i])
            seeds = [replace(cfg, seed=cfg.seed + k) for k in range(args.seeds)]
            offset = shift if cfg.offset else None
            got = [
                net_scores(fit_net(docs, ys, index, start, c, offset), test_docs[i], index)
                for c in seeds
            ]
            out.append(np.mean(got, axis=0))
            seconds.append(time.monotonic() - t0)
            log(f"  network: {names[i]} ({seconds[-1]:.0f} s)")
        return out

    key = digest(asdict(cfg), args.seeds if args.seeds > 1 else None, args.vectors)
    cnn = cached(cache, f"net-{stamp}-{key}", network)

    base = risk.choose(sets, found, lin)
    result: dict[str, Any] = {
        "files": names,
        "settings": asdict(cfg),
        "linear": figures(base),
        "network_auc": auc_table(y, lin, cnn, ruled),
    }
    for band in args.band or [(0.25, 0.95)]:
        band = (float(band[0]), float(band[1]))
        probs, info = cascade(y, lin, cnn, ruled, band)
        cv = risk.choose(sets, found, probs)
        result[f"cascade {band[0]}-{band[1]}"] = {**figures(cv), **info}
    # control: the same stacking with the linear score alone (what recalibration gives)
    zero = [np.zeros_like(c) for c in cnn]
    probs, info = cascade(y, lin, zero, ruled, (0.0, 1.0))
    result["control: linear recalibrated"] = {**figures(risk.choose(sets, found, probs)), **info}
    # the network stacked everywhere (no cascade): the most it can give
    probs, info = cascade(y, lin, cnn, ruled, (0.0, 1.0))
    result["stacked everywhere"] = {**figures(risk.choose(sets, found, probs)), **info}
    if args.timing:
        net = fit_net([d for ds in train_docs for d in ds], np.vstack(y), index, start, cfg)
        docs = [d for ds in test_docs for d in ds]
        texts = [r.text for s in sets for r in s]
        result["timing_us_per_post"] = timing(net, index, docs, texts)
    return result


def auc_table(
    y: list[np.ndarray], lin: list[np.ndarray], cnn: list[np.ndarray], ruled: list[np.ndarray]
) -> dict[str, dict[str, float]]:
    """Out-of-file ROC AUC per category, linear and network, on posts the rules did not find."""
    yy, ll, nn, rr = (np.vstack(a) for a in (y, lin, cnn, ruled))
    out = {}
    for c, name in enumerate(CATEGORIES):
        m = ~rr[:, c]
        out[name] = {
            "linear": round(auc(yy[m, c], ll[m, c]), 3),
            "network": round(auc(yy[m, c], nn[m, c]), 3),
        }
    return out


def auc(y: np.ndarray, s: np.ndarray) -> float:
    order = np.argsort(s, kind="stable")
    ranks = np.empty(len(s))
    ranks[order] = np.arange(1, len(s) + 1)
    pos = y > 0
    n1, n0 = pos.sum(), (~pos).sum()
    if not n1 or not n0:
        return math.nan
    return float((ranks[pos].sum() - n1 * (n1 + 1) / 2) / (n1 * n0))


def _print(result: dict[str, Any]) -> None:
    print(f"files: {', '.join(result['files'])}")
    print(f"network: {result['settings']}")
    print("\nout-of-file AUC on posts the rules missed (linear / network):")
    for c, v in result["network_auc"].items():
        print(f"  {c:22} {v['linear']:.3f} / {v['network']:.3f}")
    lin = result["linear"]
    a = lin["rules"]
    print(f"\nrules alone: P {a['precision']:.3f} R {a['recall']:.3f} clean {a['clean_flagged']}")
    for label, r in result.items():
        if not isinstance(r, dict) or "micro" not in r or label == "linear":
            continue
        print(
            f"\n{label}: network reads {r['share_read']:.1%} of posts; threshold "
            f"{lin['threshold']} (linear) / {r['threshold']} (with network)"
        )
        a, b = lin["micro"], r["micro"]
        print(
            f"  {'micro':22} P {a['precision']:.3f} R {a['recall']:.3f} "
            f"clean {a['clean_flagged']:>3}  ->  P {b['precision']:.3f} R {b['recall']:.3f} "
            f"clean {b['clean_flagged']:>3}"
            f"  (recall {b['recall'] - a['recall']:+.3f})"
        )
        for c in lin["per_category"]:
            a, b = lin["per_category"][c], r["per_category"][c]
            print(
                f"  {c:22} P {a['precision']:.3f} R {a['recall']:.3f}"
                f"            ->  P {b['precision']:.3f} R {b['recall']:.3f}"
                f"            (recall {b['recall'] - a['recall']:+.3f})"
            )
    if "timing_us_per_post" in result:
        print(f"\nµs per post (min of 5 rounds, same process): {result['timing_us_per_post']}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--files", nargs="*", help="corpus files (default: all but blind6/7)")
    parser.add_argument("--filters", type=int, default=64)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--dropout", type=float, default=0.3)
    parser.add_argument("--learning-rate", type=float, default=2e-3)
    parser.add_argument("--weight-decay", type=float, default=0.0)
    parser.add_argument("--tune", action="store_true", help="learn the word vectors further")
    parser.add_argument("--offset", action="store_true", help="learn on top of the linear")
    parser.add_argument("--band", nargs=2, action="append", metavar=("LOW", "HIGH"))
    parser.add_argument("--seeds", type=int, default=1, help="networks averaged (ensemble)")
    parser.add_argument(
        "--vectors",
        help="word vectors to start from, WordVectors format (default: the risk model's; the "
        "128/256-dimension runs of docs/quality.md re-embedded its words, same encoder)",
    )
    parser.add_argument("--timing", action="store_true")
    parser.add_argument("--pin-rules", action="store_true", help="rules of the first pinned run")
    parser.add_argument("--cache", default="/tmp/risk_context_cache")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = study(args)
    print(json.dumps(result, indent=2) if args.json else "", end="")
    if not args.json:
        _print(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
