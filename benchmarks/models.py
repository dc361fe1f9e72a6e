"""Speed and memory of the text models (sentiment, toxicity, spam), against a named peer.

Usage::

    .venv/bin/python benchmarks/models.py [--posts 20000] [--repeat 3] [--json]

In one process, pinned to one core when ``taskset``-able (``os.sched_setaffinity``):

1. **Load.** Time to load the three shipped models, and the memory they hold (numpy arrays,
   traced with ``tracemalloc``, plus the resident-set growth).
2. **Models.** Posts per second for the three models together (they share one pass over the
   words: the cost of one model alone is nearly the same), one post at a time from the engine's
   folded text (what ``Engine.screen`` does), and including the folding for callers that have
   raw text. Target (DESIGN.md section 7): the models
   together ≥ 20,000 posts/s.
3. **Their share of the gate.** ``Engine.screen`` with and without the models on the same posts:
   the models' cost inside the whole screening.
4. **Peer.** VADER (``vaderSentiment``, an English sentiment lexicon, the usual light-weight
   choice) on the same posts, when it is importable; not a Tocsin dependency. No transformer
   baseline runs offline here: every candidate downloads its weights at first use (LIBRARIES.md).

5. **Context network.** The toxicity model's context network (``tocsin/ml/context.py``) runs only
   on English posts whose linear ``offensive`` score is uncertain: the share of posts it ran on
   (each post with its labelled language, as the engine passes the detected one), and the models'
   rate with and without it, scored in turns in the same process.

Posts: the labelled corpus (``tests/corpus/*.jsonl`` but the blind sets, FR/EN), cycled to
``--posts``. Rates are per second of this process's CPU time (best of ``--repeat`` runs): on a
shared machine the wall clock mostly measures the neighbours. Compare the ratios of one run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
#: the corpus files (the blind sets are kept for blind evaluations: never read here)
CORPUS = [
    p for p in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")) if not p.name.startswith("blind")
]
PROFILE = ROOT / "tests" / "corpus" / "profile.toml"
TARGET = 20_000


def load_texts(n: int) -> list[str]:
    texts = [
        json.loads(line)["text"]
        for path in CORPUS
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return [texts[i % len(texts)] for i in range(n)]


def load_langs(n: int) -> list[str | None]:
    """The labelled language of each post of :func:`load_texts` (same order)."""
    langs = [
        json.loads(line).get("lang")
        for path in CORPUS
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return [langs[i % len(langs)] for i in range(n)]


def best_rate(work: Callable[[], Any], n: int, repeat: int) -> float:
    """Items per second of CPU time of this process (best run): other work on a shared machine
    slows the wall clock far more than it slows this process's own CPU time."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return n / min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=20_000, help="posts per timed run")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (the best is kept)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    sys.path.insert(0, str(ROOT / "src"))
    from tocsin import Engine, Post, load_profile
    from tocsin.ml.features import fold
    from tocsin.ml.inference import TextModels

    texts = load_texts(args.posts)
    figures: dict[str, Any] = {"posts": len(texts)}

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    start = time.perf_counter()
    models = TextModels.load()
    figures["load_s"] = round(time.perf_counter() - start, 3)
    models.signals_many([fold(t) for t in texts[:2000]])  # warm the word cache as a run would
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    figures["memory_mb"] = round(peak / 1e6, 1)
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    figures["rss_growth_mb"] = round((rss_after - rss_before) / 1024, 1)

    folded = [fold(t) for t in texts]
    langs = load_langs(args.posts)  # the engine passes each post's (detected) language
    signals = models.signals
    figures["models_per_post"] = round(
        best_rate(
            lambda: [signals(f, lang) for f, lang in zip(folded, langs, strict=True)],
            len(folded),
            args.repeat,
        )
    )
    figures["models_with_folding"] = round(
        best_rate(
            lambda: [signals(fold(t), lang) for t, lang in zip(texts, langs, strict=True)],
            len(texts),
            args.repeat,
        )
    )

    profile = load_profile(PROFILE)
    posts = [Post(text=t) for t in texts]
    with_models = Engine(profile)
    without = Engine(profile, models=False)
    for engine in (with_models, without):
        for post in posts[:500]:
            engine.screen(post)
    figures["engine_with_models"] = round(
        best_rate(lambda: [with_models.screen(p) for p in posts], len(posts), args.repeat)
    )
    figures["engine_without_models"] = round(
        best_rate(lambda: [without.screen(p) for p in posts], len(posts), args.repeat)
    )

    if models.models["toxicity"].context is not None:
        # the engine passes each post's language: the network reads English posts only; the
        # same models object scores the posts with their language, then with a language it
        # does not read (same caches: the difference is the network's work)
        column = models.columns["toxicity.offensive"]
        ran = sum(
            models.raw(f, lang)[column] != models.raw(f, "xx")[column]
            for f, lang in zip(folded, langs, strict=True)
        )
        figures["context_share"] = round(ran / len(folded), 3)
        rates: dict[str, list[float]] = {"with": [], "without": []}
        pairs = list(zip(folded, langs, strict=True))
        for _ in range(args.repeat):
            rates["with"].append(
                best_rate(lambda: [signals(f, lang) for f, lang in pairs], len(pairs), 1)
            )
            rates["without"].append(
                best_rate(lambda: [signals(f, "xx") for f, _ in pairs], len(pairs), 1)
            )
        figures["models_with_context"] = round(max(rates["with"]))
        figures["models_without_context"] = round(max(rates["without"]))

    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        figures["peer"] = None
    else:
        vader = SentimentIntensityAnalyzer()
        figures["peer"] = "vaderSentiment (EN sentiment lexicon)"
        figures["peer_per_post"] = round(
            best_rate(lambda: [vader.polarity_scores(t) for t in texts], len(texts), args.repeat)
        )
        figures["ratio_vs_peer"] = round(
            figures["models_with_folding"] / figures["peer_per_post"], 1
        )

    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"posts: {figures['posts']:,} (corpus, FR/EN, cycled); best of {args.repeat} runs")
    print(
        f"load: {figures['load_s']} s; memory: {figures['memory_mb']} MB traced, "
        f"{figures['rss_growth_mb']} MB resident growth (limit 200 MB)"
    )
    print("three models together (one shared pass), posts/s:")
    print(
        f"  one by one, from the folded text  {figures['models_per_post']:>9,}  "
        f"(target {TARGET:,}: {'met' if figures['models_per_post'] >= TARGET else 'NOT met'})"
    )
    print(f"  one by one, folding included      {figures['models_with_folding']:>9,}")
    share = 1 - figures["engine_with_models"] / figures["engine_without_models"]
    print(
        f"Engine.screen, posts/s: with models {figures['engine_with_models']:,}, "
        f"without {figures['engine_without_models']:,} (models' share of the time {share:.0%})"
    )
    if "context_share" in figures:
        print(
            f"toxicity context network: ran on {figures['context_share']:.0%} of the posts; "
            f"models with it {figures['models_with_context']:,} posts/s, without it "
            f"{figures['models_without_context']:,} (in turns, same process)"
        )
    if figures["peer"]:
        print(
            f"peer {figures['peer']}: {figures['peer_per_post']:,} posts/s (sentiment only); "
            f"Tocsin's three models are {figures['ratio_vs_peer']}x its speed"
        )
    else:
        print("peer: vaderSentiment not installed (pip install vaderSentiment to compare)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
