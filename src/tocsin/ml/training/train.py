"""Train one task's model from labelled examples, validate it, and describe it.

``train_task`` reads the task's public sets (:mod:`.datasets`), fits on the ``train`` rows,
scores every ``val`` split with the metric its published baseline uses, and returns the model
with its metadata (sources, licences, rows, metrics) ready to be saved with a data card.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from ...errors import InputError
from ..context import ContextNet
from ..features import featurize, fold, tokens
from ..inference import SENTIMENT_LABELS
from ..lexicon import Lexicon
from ..linear import LinearModel
from . import context, metrics, teacher
from .datasets import Example, Source, sources_for
from .distil import WordSpace, logistic
from .fit import Fitted, Hyper, Progress, fit, predict
from .sparse import Rows
from .teacher import Encoder

TASK_OUTPUTS: dict[str, tuple[str, list[str]]] = {
    "sentiment": ("softmax", list(SENTIMENT_LABELS)),
    "toxicity": ("sigmoid", ["toxic", "hate", "offensive"]),
    "spam": ("sigmoid", ["spam"]),
}
TASKS = tuple(TASK_OUTPUTS)


@dataclass(frozen=True, slots=True)
class Measure:
    """One reported figure: a metric of one output on one validation split."""

    label: str
    source: str
    output: str
    metric: str  # "macro_recall", "macro_f1" or "f1"
    baseline: float | None = None  # the published figure to beat (percent)
    baseline_name: str = ""


MEASURES: dict[str, tuple[Measure, ...]] = {
    "sentiment": (
        Measure(
            "TweetEval sentiment (EN) macro-recall",
            "tweeteval_sentiment",
            "sentiment",
            "macro_recall",
            62.9,
            "FastText / SVM, TweetEval test",
        ),
        Measure(
            "UMSAB French sentiment macro-F1",
            "umsab_french",
            "sentiment",
            "macro_f1",
            54.8,
            "FastText mono, UMSAB test",
        ),
        Measure("GoEmotions sentiment group (EN) macro-F1", "goemotions", "sentiment", "macro_f1"),
        Measure("UCI review sentences (EN) macro-F1", "uci_sentences", "sentiment", "macro_f1"),
    ),
    "toxicity": (
        Measure(
            "TweetEval offensive (EN) macro-F1",
            "tweeteval_offensive",
            "offensive",
            "macro_f1",
            73.4,
            "FastText, TweetEval test",
        ),
        Measure(
            "TweetEval offensive (EN) macro-F1 of the overall toxic score",
            "tweeteval_offensive",
            "toxic",
            "macro_f1",
        ),
        Measure(
            "TweetEval hate (EN) macro-F1",
            "tweeteval_hate",
            "hate",
            "macro_f1",
            50.6,
            "FastText, TweetEval test",
        ),
        Measure("ToxiFrench (FR) macro-F1", "toxifrench", "toxic", "macro_f1"),
        Measure(
            "ToxiFrench (FR) macro-F1 of the offensive score", "toxifrench", "offensive", "macro_f1"
        ),
        Measure("MLMA (FR+EN) toxic macro-F1", "mlma", "toxic", "macro_f1"),
        Measure("Davidson (EN) toxic macro-F1", "davidson", "toxic", "macro_f1"),
    ),
    "spam": (
        Measure("SMS Spam Collection F1 (spam)", "sms", "spam", "f1"),
        Measure("YouTube Spam Collection F1 (spam, unseen video)", "youtube", "spam", "f1"),
    ),
}

#: share of the training weight given to French rows (few French rows exist for sentiment)
LANGUAGE_SHARE: dict[str, dict[str, float]] = {"sentiment": {"fr": 0.3}}
#: 1.0: every source weighs the same in total, whatever its size; 0.0: every row weighs the same
SOURCE_BALANCE: dict[str, float] = {"sentiment": 0.0, "toxicity": 1.0, "spam": 0.0}
#: balance the classes of each output (macro metrics) or keep their frequencies (calibration)
CLASS_BALANCE: dict[str, bool] = {"sentiment": True, "toxicity": True, "spam": False}


@dataclass(frozen=True, slots=True)
class Head:
    """A sigmoid output trained apart from the task's others, on the rows that know it.

    One label scheme, one fit: OLID's "offensive" (insults, threats and plain profanity) is not
    the "toxic" of the other sets, which the overall output averages over (it scores 62.8
    macro-F1 on OLID validation, the head about 73). Each source's classes are balanced and the
    sources' total weights are in the ratio of ``shares`` (the first listed source present weighs
    one per row on average); the head has its own settings (more passes, more L2). The decision
    point is chosen out of fold on the training rows of ``tuned_on`` (never on a validation
    split) and moved to 0.5 through the bias, so 0.5 stays the decision point of every output.
    """

    output: str
    hyper: Hyper
    shares: dict[str, float]
    tuned_on: str
    folds: int = 5
    #: with a teacher (:mod:`.teacher`), also learn a lexicon (word scores) on the ``tuned_on``
    #: rows, whose score is averaged with the hashed one (:mod:`tocsin.ml.lexicon`)
    lexicon: bool = False
    #: with a teacher, also learn a context network (:mod:`tocsin.ml.context`) on the rows of
    #: these sets (weighted like ``shares``), stacked with the linear score on uncertain posts;
    #: the stacking is fitted on the ``tuned_on`` rows' out-of-fold scores
    context: dict[str, float] = field(default_factory=dict)
    #: the languages the network reads at run time (the posts of other languages, when the
    #: engine knows it, keep the linear score): those of the rows it learns most from
    context_languages: tuple[str, ...] = ("en",)


#: the source name of an organisation's reviewed posts (``tocsin ml train --from-reviews``)
REVIEWS = "reviews"

HEADS: dict[str, tuple[Head, ...]] = {
    "toxicity": (
        Head(
            "offensive",
            Hyper(epochs=30, l2=3e-5),
            {
                "tweeteval_offensive": 1.0,
                "davidson": 0.3,
                "toxifrench": 0.1,
                "mlma": 0.1,
                "goemotions/clean": 0.1,
                "uci_sentences/clean": 0.05,
                "umsab_french/clean": 0.05,
            },
            tuned_on="tweeteval_offensive",
            lexicon=True,
            context={"tweeteval_offensive": 1.0, "davidson": 0.3},
        ),
    ),
}


def targets_of(examples: Sequence[Example], task: str) -> tuple[np.ndarray, np.ndarray]:
    """Targets (rows, outputs) and weights (rows, outputs) balanced per class, source, language."""
    kind, outputs = TASK_OUTPUTS[task]
    n = len(examples)
    targets = np.array([[e.targets.get(o, 0.0) for o in outputs] for e in examples])
    known = np.array([[1.0 if o in e.targets else 0.0 for o in outputs] for e in examples])
    if not CLASS_BALANCE.get(task, True):
        weights = known.copy() if kind == "sigmoid" else np.ones((n, len(outputs)))
    elif kind == "softmax":
        classes = targets.argmax(axis=1)
        counts = np.bincount(classes, minlength=len(outputs)).astype(float)
        counts[counts == 0] = 1.0
        row = n / (len(outputs) * counts[classes])
        weights = np.repeat(row[:, None], len(outputs), axis=1)
    else:
        weights = known.copy()
        for j in range(len(outputs)):
            pos = float((targets[:, j] * known[:, j]).sum())
            neg = float(((1 - targets[:, j]) * known[:, j]).sum())
            if pos and neg:
                share = np.where(
                    targets[:, j] > 0, (pos + neg) / (2 * pos), (pos + neg) / (2 * neg)
                )
                weights[:, j] *= share
    balance = SOURCE_BALANCE.get(task, 0.0)
    if balance:
        sources = Counter(e.source for e in examples)
        factor = {s: (n / (len(sources) * c)) ** balance for s, c in sources.items()}
        weights *= np.array([factor[e.source] for e in examples])[:, None]
    for lang, fraction in LANGUAGE_SHARE.get(task, {}).items():
        mask = np.array([e.lang == lang for e in examples])
        if mask.any() and not mask.all():
            weights[mask] *= fraction * n / mask.sum()
    if kind == "softmax":
        return targets, weights[:, 0]
    return targets, weights


def score(measure: Measure, examples: Sequence[Example], probs: np.ndarray, task: str) -> float:
    """The measure, in percent, on these validation rows and the model's probabilities."""
    kind, outputs = TASK_OUTPUTS[task]
    if kind == "softmax":
        gold = [int(np.argmax([e.targets[o] for o in outputs])) for e in examples]
        pred = [int(p) for p in probs.argmax(axis=1)]
    else:
        j = outputs.index(measure.output)
        rows = [i for i, e in enumerate(examples) if measure.output in e.targets]
        gold = [int(examples[i].targets[measure.output]) for i in rows]
        pred = [int(probs[i, j] >= 0.5) for i in rows]
    fn: Callable[[Sequence[int], Sequence[int]], float] = getattr(metrics, measure.metric)
    return round(100 * fn(gold, pred), 1)


@dataclass(slots=True)
class Trained:
    model: LinearModel
    report: list[dict[str, Any]]


def evaluate(
    model_kind: str,
    fitted: Fitted,
    val: Sequence[Example],
    task: str,
    lexicons: Sequence[Lexicon] = (),
    contexts: Sequence[ContextNet] = (),
) -> list[dict[str, Any]]:
    outputs = TASK_OUTPUTS[task][1]
    report = []
    for measure in MEASURES[task]:
        rows = [e for e in val if e.source == measure.source]
        if not rows:
            continue
        x = Rows.from_buckets(featurize(e.text for e in rows))
        if lexicons or contexts:  # as inference does: lexicons' means, then context networks
            z = x.dot(fitted.weights.astype(np.float64)) + fitted.bias
            docs = [tokens(fold(e.text)) for e in rows]
            for lexicon in lexicons:
                j = outputs.index(lexicon.output)
                z[:, j] = lexicon.combine_many(z[:, j], docs)
            for net in contexts:
                j, index = outputs.index(net.output), net.index()
                z[:, j] = [
                    net.refine(float(v), d, index, e.lang)
                    for v, d, e in zip(z[:, j], docs, rows, strict=True)
                ]
            probs = 0.5 * (1.0 + np.tanh(0.5 * z))
        else:
            probs = predict(x, fitted, model_kind)
        report.append(
            {**asdict(measure), "rows": len(rows), "value": score(measure, rows, probs, task)}
        )
    return report


def train_task(
    task: str,
    data: Path,
    *,
    permissive_only: bool = False,
    hyper: Hyper | None = None,
    extra: Sequence[Example] = (),
    progress: Progress | None = None,
    encoder: Encoder | None = None,
) -> Trained:
    """Train ``task`` on the public sets under ``data`` (plus ``extra`` rows, e.g. reviews).

    With ``permissive_only``, only MIT / Apache-2.0 / CC BY sets are trained on; every
    validation split present is still scored, so the figures show what that choice costs.
    With an ``encoder`` (the teacher, :mod:`.teacher`), heads marked ``lexicon`` learn one too.
    """
    hyper = hyper or Hyper()
    used = sources_for(task, permissive_only=permissive_only)
    scored = sources_for(task, permissive_only=False)
    rows: list[Example] = []
    present = [s for s in scored if (data / s.folder).is_dir()]
    for source in present:
        for e in source.reader(data):
            if e.split == "val" or source in used:
                rows.append(e)
    train = [e for e in rows if e.split == "train"] + list(extra)
    if not train:
        wanted = ", ".join(sorted({s.folder for s in used}))
        raise InputError(f"{data}: no training data for {task} (expected folders: {wanted})")
    val = [e for e in rows if e.split == "val"]
    model_kind, outputs = TASK_OUTPUTS[task]
    heads = {h.output: h for h in HEADS.get(task, ())}
    main = [j for j, o in enumerate(outputs) if o not in heads]
    targets, weights = targets_of(train, task)
    if heads:  # the other outputs first, without the heads' columns
        targets, weights = targets[:, main], weights[:, main]
    buckets = featurize(e.text for e in train)
    x = Rows.from_buckets(buckets)
    fitted = fit(x, targets, weights, kind=model_kind, hyper=hyper, progress=progress)
    decision: dict[str, float] = {}
    lexicons: list[Lexicon] = []
    contexts: list[ContextNet] = []
    stacking: dict[str, Any] = {}
    if heads:
        columns: list[np.ndarray] = [np.zeros(0)] * len(outputs)
        bias = [0.0] * len(outputs)
        for k, j in enumerate(main):
            columns[j], bias[j] = fitted.weights[:, k], float(fitted.bias[k])
        space = None
        if encoder is not None and any(h.lexicon for h in heads.values()):
            space = WordSpace([tokens(fold(e.text)) for e in train], encoder)
        for j, output in enumerate(outputs):
            if output in heads:
                done = fit_head(heads[output], train, buckets, progress, space)
                columns[j], bias[j] = done.fitted.weights[:, 0], float(done.fitted.bias[0])
                decision[output] = done.cut
                if done.lexicon is not None:
                    lexicons.append(done.lexicon)
                if done.context is not None:
                    contexts.append(done.context)
                    stacking[output] = done.stacking
        fitted = Fitted(
            np.stack(columns, axis=1).astype(np.float32), np.array(bias, dtype=np.float32)
        )
    report = evaluate(model_kind, fitted, val, task, lexicons, contexts)
    meta = {
        "task": task,
        "permissive_only": permissive_only,
        "hyper": asdict(hyper),
        "heads": {
            o: {
                "hyper": asdict(h.hyper),
                "shares": h.shares,
                "tuned_on": h.tuned_on,
                "decision_point": decision.get(o),
            }
            for o, h in heads.items()
        },
        "sources": [_describe(s, train, val) for s in present if s in used or _has(val, s)],
        "missing": [s.name for s in used if s not in present],
        "extra_rows": len(extra),
        "metrics": report,
    }
    lexicon = lexicons[0] if lexicons else None  # one head has a lexicon (``HEADS``)
    if lexicon is not None:
        meta["lexicon"] = {"output": lexicon.output, "teacher": teacher.NAME}
    network = contexts[0] if contexts else None  # one head has a context network (``HEADS``)
    if network is not None:
        meta["context"] = {
            **stacking[network.output],
            "sets": heads[network.output].context,
            "settings": asdict(context.Settings()),
            "teacher": teacher.NAME,
        }
    model = LinearModel(
        task, model_kind, outputs, fitted.weights, fitted.bias, meta, lexicon, network
    )
    return Trained(model, report)


def head_weights(head: Head, rows: Sequence[Example]) -> np.ndarray:
    """Weights of the rows that know ``head.output``: classes balanced per source, then shares.

    Sources not listed in ``head.shares`` get no weight, except an organisation's reviewed
    posts (``reviews``), which weigh one per row like the first listed source present.
    """
    y = np.array([e.targets[head.output] for e in rows])
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(rows):
        by_source[e.source].append(i)
    listed = [s for s in head.shares if s in by_source]
    unit = float(len(by_source[listed[0]]) / head.shares[listed[0]]) if listed else 1.0
    out = np.zeros(len(rows))
    for source, members in by_source.items():
        idx = np.array(members)
        if source in head.shares:
            total = head.shares[source] * unit
        elif source == REVIEWS:
            total = float(len(idx))
        else:
            continue
        pos = float(y[idx].sum())
        neg = len(idx) - pos
        if pos and neg:
            out[idx] = np.where(y[idx] > 0, total / (2 * pos), total / (2 * neg))
        else:
            out[idx] = total / len(idx)
    return out


def decision_point(gold: Sequence[int], probs: np.ndarray) -> float:
    """The probability cut (0.30-0.70, step 0.01) with the best macro-F1 (ties: nearest 0.5)."""
    cuts = [round(0.3 + 0.01 * i, 2) for i in range(41)]
    scored = [
        (metrics.macro_f1(gold, [int(p >= c) for p in probs]), -abs(c - 0.5), c) for c in cuts
    ]
    return max(scored)[2]


@dataclass(slots=True)
class HeadFit:
    fitted: Fitted
    cut: float  # the decision point chosen out of fold (already folded into the biases)
    lexicon: Lexicon | None = None
    context: ContextNet | None = None
    #: how the context network is stacked (for the metadata and the data card)
    stacking: dict[str, Any] | None = None


#: the linear model's probabilities (after its decision point is moved to 0.5) between which the
#: context network may run: the upper end stays above every policy threshold of the output (its
#: score can cross them), the lower end is raised as far as the training rows allow
CONTEXT_BAND = (0.1, 0.95)
#: candidate lower ends, and the out-of-fold macro-F1 (points) a higher one may cost at most
CONTEXT_LOWER = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
CONTEXT_TOLERANCE = 0.2
#: words of the teacher's vocabulary (most frequent first) the context network has vectors for
CONTEXT_WORDS = 20_000


def stack_context(
    linear: np.ndarray, network: np.ndarray, y: np.ndarray
) -> tuple[tuple[float, float, float], tuple[float, float], dict[str, Any]]:
    """The mix and band of a context network, from out-of-fold scores of the training rows.

    ``linear``: the output's linear scores (decision point already at 0.5), ``network``: the
    network's. A logistic regression on both (classes balanced) gives the mix; the decision point
    of the mixed score is chosen like any other (out of fold, macro-F1) and moved to 0.5 through
    the mix's constant. The band's lower end is the highest of :data:`CONTEXT_LOWER` that costs at
    most :data:`CONTEXT_TOLERANCE` points of out-of-fold macro-F1 (fewer posts pay for the network).
    """
    coef, bias = logistic(np.column_stack([linear, network]), y)
    gold = [int(v) for v in y]
    stacked = coef[0] * linear + coef[1] * network + bias
    cut = decision_point(gold, 0.5 * (1.0 + np.tanh(0.5 * stacked)))
    mix = (float(coef[0]), float(coef[1]), float(bias) - _logit(cut))
    stacked = stacked - _logit(cut)
    high = _logit(CONTEXT_BAND[1])

    def cascade(low: float) -> tuple[float, float]:
        inside = (linear >= low) & (linear <= high)
        final = np.where(inside, stacked, linear)
        return 100 * metrics.macro_f1(gold, [int(v >= 0) for v in final]), float(inside.mean())

    widest = cascade(_logit(CONTEXT_BAND[0]))[0]
    lower = max(p for p in CONTEXT_LOWER if cascade(_logit(p))[0] >= widest - CONTEXT_TOLERANCE)
    value, share = cascade(_logit(lower))
    band = (_logit(lower), high)
    described = {
        "band": [lower, CONTEXT_BAND[1]],
        "mix": [round(v, 4) for v in mix],
        "decision_point": cut,
        "share_in_band": round(share, 4),
        "out_of_fold_macro_f1": {
            "linear": round(100 * metrics.macro_f1(gold, [int(v >= 0) for v in linear]), 1),
            "network": round(100 * metrics.macro_f1(gold, [int(v >= 0) for v in network]), 1),
            "stacked": round(value, 1),
        },
    }
    return mix, band, described


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def fit_head(
    head: Head,
    train: Sequence[Example],
    buckets: Sequence[Sequence[int]],
    progress: Progress | None = None,
    space: WordSpace | None = None,
) -> HeadFit:
    """Fit one head on the training rows that know its output, with its decision point.

    The decision point is chosen on out-of-fold scores (``head.folds`` seeded folds of the
    training rows) of the ``tuned_on`` rows, then folded into the bias. With a ``space`` (the
    teacher's word vectors) and ``head.lexicon``, a lexicon is learnt on the ``tuned_on`` rows
    too (same folds), and the decision point is that of the two scores' mean.
    """
    known = [
        i
        for i, e in enumerate(train)
        if head.output in e.targets and (e.source in head.shares or e.source == REVIEWS)
    ]
    if not known:
        raise InputError(
            f"no training rows for the {head.output!r} output (expected sets: "
            f"{', '.join(head.shares)})"
        )
    rows = [train[i] for i in known]
    docs = [buckets[i] for i in known]
    y = np.array([[e.targets[head.output]] for e in rows])
    w = head_weights(head, rows)[:, None]
    tuned = np.array([e.source == head.tuned_on for e in rows])
    if not tuned.any():
        tuned[:] = True
    words = None
    network: _Network | None = None
    if space is not None and head.lexicon:
        if head.context and context.available():
            network = _Network(space, head_weights(replace(head, shares=head.context), rows))
        read = tuned if network is None else tuned | (network.weights > 0)
        words = [tokens(fold(e.text)) if r else [] for e, r in zip(rows, read, strict=True)]
    fold_of = np.random.default_rng(head.hyper.seed).permutation(len(rows)) % head.folds
    oof = np.zeros(len(rows))
    for k in range(head.folds):
        inside = np.flatnonzero(fold_of != k)
        part = fit(
            Rows.from_buckets([docs[i] for i in inside]),
            y[inside],
            w[inside],
            kind="sigmoid",
            hyper=head.hyper,
            progress=progress,
        )
        outside = np.flatnonzero(fold_of == k)
        x_out = Rows.from_buckets([docs[i] for i in outside])
        oof[outside] = x_out.dot(part.weights.astype(np.float64))[:, 0] + float(part.bias[0])
        if words is not None and space is not None:
            learn = inside[tuned[inside]]
            lexicon = space.fit(head.output, [words[i] for i in learn], y[learn, 0])
            scored = outside[tuned[outside]]
            oof[scored] = lexicon.combine_many(oof[scored], [words[i] for i in scored])
            if network is not None:
                network.out_of_fold(inside, scored, words, y[:, 0])
    gold = [int(v) for v in y[tuned, 0]]
    cut = decision_point(gold, 0.5 * (1.0 + np.tanh(0.5 * oof[tuned])))
    shift = math.log(cut / (1 - cut))
    fitted = fit(Rows.from_buckets(docs), y, w, kind="sigmoid", hyper=head.hyper, progress=progress)
    fitted.bias -= np.float32(shift)
    if words is None or space is None:
        return HeadFit(fitted, cut)
    learn = np.flatnonzero(tuned)
    lexicon = space.fit(head.output, [words[i] for i in learn], y[learn, 0])
    # the mean of the two scores moves by ``shift`` when each does
    done = HeadFit(fitted, cut, replace(lexicon, bias=lexicon.bias - shift))
    if network is not None:
        mix, band, done.stacking = stack_context(
            oof[learn] - shift, network.oof[learn], y[learn, 0]
        )
        net = network.fit(np.arange(len(rows)), words, y[:, 0])
        done.context = net.as_context(head.output, network.words, mix, band, head.context_languages)
    return done


class _Network:
    """The context networks of one head: out of fold, then on all its rows.

    ``weights``: one per row of the head, zero for the rows of a set it does not learn from.
    """

    def __init__(self, space: WordSpace, weights: np.ndarray) -> None:
        self.words = space.words[:CONTEXT_WORDS]
        self.start = context.reduce(space.vectors[: len(self.words)], context.Settings().dims)
        self.weights = weights
        self.oof = np.zeros(0)

    def fit(self, rows: np.ndarray, words: Sequence[Sequence[str]], y: np.ndarray) -> context.Net:
        rows = rows[self.weights[rows] > 0]
        return context.fit(
            [words[i] for i in rows], y[rows], self.words, self.start, weights=self.weights[rows]
        )

    def out_of_fold(
        self,
        learn: np.ndarray,
        scored: np.ndarray,
        words: Sequence[Sequence[str]],
        y: np.ndarray,
    ) -> None:
        if not len(self.oof):
            self.oof = np.zeros(len(words))
        net = self.fit(learn, words, y)
        self.oof[scored] = context.scores(net, self.words, [words[i] for i in scored])


def _has(rows: Sequence[Example], source: Source) -> bool:
    return any(e.source == source.name for e in rows)


def _describe(source: Source, train: Sequence[Example], val: Sequence[Example]) -> dict[str, Any]:
    return {
        "name": source.name,
        "folder": source.folder,
        "languages": list(source.languages),
        "licence": source.licence,
        "permissive": source.permissive,
        "train_rows": sum(1 for e in train if e.source == source.name),
        "val_rows": sum(1 for e in val if e.source == source.name),
    }
