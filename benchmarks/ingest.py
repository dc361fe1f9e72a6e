"""Ingestion throughput: ``tocsin import`` (parse + mention matching + screening + storage +
archive) on generated FR/EN posts into SQLite, against ``tocsin check --jsonl --save``.

Usage::

    .venv/bin/python benchmarks/ingest.py [--posts 20000] [--repeat 3] [--keep DIR]

What it does, in one run:

1. Generates ``--posts`` inbound posts (40-280 characters, half French, half English,
   deterministic with ``--seed``): complaints, praise, questions, spam and off-topic chatter;
   most name the demo brand (Lumio, ``@lumio_fr``, ``#lumio``, lumio.fr), some a competitor or
   the CEO, some carry an e-mail address or an IBAN.
2. Times the whole ``python -m tocsin --config tocsin.toml import posts.jsonl`` process on a fresh
   SQLite database, start-up included, ``--repeat`` times; checks that every post was stored once,
   with its result and its archive record.
3. Times ``tocsin import --workers 2`` (screening in two forked processes while the first one
   stores), the same way.
4. Times the peer on the same posts, in the same run: ``python -m tocsin --config tocsin.toml
   check --jsonl posts.jsonl --save`` (screening and storage of the foundation, without mention
   matching, raw-payload archiving or deduplication reports), on a fresh database too.
5. Times the stages in process on the same posts: parsing, screening, mention matching, storage
   with the archive.

The target (issue #5) is import + screening + storage >= 2,000 posts/s on SQLite on the 2-core
development machine. Timings are wall-clock and only meaningful as ratios measured in the same
run; tests never assert on them.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

TARGET_POSTS_PER_S = 2_000

FR = [
    "Ma commande Lumio n'est toujours pas arrivée, trois semaines d'attente !",
    "Service client @lumio_fr injoignable, je demande un remboursement.",
    "Franchement les ampoules #lumio tiennent leurs promesses, bravo.",
    "Quelqu'un sait si l'appli Lumio marche avec Matter ?",
    "Claire Dubois a parlé de nouveaux produits à la conférence ce matin.",
    "Brillix est moins cher mais Lumio est plus fiable selon moi.",
    "Écrivez-moi à camille.petit@orange.fr pour l'échange, merci Lumio.",
    "GAGNEZ un iPhone !!! cliquez vite sur lumio-cadeaux.win avant ce soir",
    "Il fait beau à Lyon aujourd'hui, balade au parc de la Tête d'Or.",
    "Remboursez-moi sur FR7630006000011234567890189, @lumio_fr, c'est urgent.",
]
EN = [
    "My Lumio order still hasn't shipped after three weeks, this is ridiculous.",
    "Support at @lumio never answers, I want a refund now.",
    "Honestly the #lumio bulbs are great, setup took two minutes.",
    "Does the Lumio hub work with Matter? Asking before I buy.",
    "Claire Dubois on stage at the expo, talking about the new range.",
    "Switched from Brillix to Lumio last month, no regrets at all.",
    "Email me at sam.jones@example.org about the replacement, thanks lumio.com",
    "FREE gift cards!!! visit lumio-support.help and enter your card PIN",
    "Great weather for a walk by the river this afternoon.",
    "You people at Lumio are useless idiots, fix your app.",
]
TAILS = ["", " 😡", " 👍", " Merci.", " Thanks.", " #help", " (3e fois / 3rd time)", " …"]


def generate(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    lines = []
    for number in range(count):
        base = rng.choice(FR if number % 2 else EN)
        text = f"{base}{rng.choice(TAILS)} [{number}]"
        post = {
            "id": f"bench-{number}",
            "platform": rng.choice(["x", "mastodon", "bluesky", "facebook", "forum"]),
            "direction": "inbound",
            "at": f"2026-11-{1 + number % 28:02d}T{number % 24:02d}:{number % 60:02d}:00+01:00",
            "author": f"user{rng.randrange(5000)}",
            "text": text,
        }
        lines.append(json.dumps(post, ensure_ascii=False))
    return lines


def whole_process(args: list[str], workdir: Path, database: Path) -> float:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOCSIN_")}
    env["TOCSIN_DATABASE_URL"] = f"sqlite:///{database}"
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "tocsin", "--config", "tocsin.toml", *args],
        cwd=workdir,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"tocsin {' '.join(args)} failed: {done.stderr.decode()[-2000:]}")
    return elapsed


def count(database: Path, table: str) -> int:
    with sqlite3.connect(database) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def timed(label: str, posts: int, work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    elapsed = time.perf_counter() - started
    print(f"  {label:<38} {elapsed * 1e6 / posts:8.1f} µs/post  {posts / elapsed:9,.0f} posts/s")
    return elapsed


def in_process(lines: list[str], workdir: Path) -> None:
    from tocsin.listening.items import Item
    from tocsin.listening.mentions import MentionMatcher
    from tocsin.profile import load_profile
    from tocsin.screening.engine import Engine
    from tocsin.services.ingest import ingest_items
    from tocsin.services.screening import parse_post_line
    from tocsin.store.database import open_store

    profile = load_profile(workdir / "tocsin.toml")
    engine = Engine(profile)
    matcher = MentionMatcher(profile)
    n = len(lines)
    print(f"\nIn process, {n:,} posts (one core):")
    posts = []
    timed(
        "parse (JSONL line -> Post)",
        n,
        lambda: posts.extend(parse_post_line(line) for line in lines),
    )
    timed("screen (Engine.screen)", n, lambda: [engine.screen(p) for p in posts])
    timed("match mentions (MentionMatcher.find)", n, lambda: [matcher.find(p) for p in posts])
    database = workdir / "inprocess.db"
    store = open_store(f"sqlite:///{database}")
    items = [Item(line.encode(), p) for line, p in zip(lines, posts, strict=True)]
    timed(
        "all of it (ingest_items: + store, archive)",
        n,
        lambda: ingest_items(store, engine, items, source="bench", captured_by="bench"),
    )
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--keep", type=Path, default=None, help="keep the files in this folder")
    options = parser.parse_args()

    workdir = options.keep or Path(tempfile.mkdtemp(prefix="tocsin-ingest-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    lines = generate(options.posts, options.seed)
    (workdir / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    profile = files("tocsin.demo").joinpath("tocsin.toml").read_text(encoding="utf-8")
    (workdir / "tocsin.toml").write_text(profile, encoding="utf-8")
    database = workdir / "bench.db"
    n = options.posts
    print(
        f"Ingestion benchmark: {n:,} posts, SQLite, {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.1f}"
    )

    ours, peer, parallel = [], [], []
    for _ in range(options.repeat):
        parallel.append(
            whole_process(["import", "posts.jsonl", "--workers", "2"], workdir, database)
        )
        ours.append(whole_process(["import", "posts.jsonl"], workdir, database))
        stored = (count(database, "posts"), count(database, "results"))
        archived = count(database, "archive_records")
        if stored != (n, n) or archived != n:
            sys.exit(
                f"import stored {stored} posts/results and {archived} archive records, not {n}"
            )
        peer.append(whole_process(["check", "--jsonl", "posts.jsonl", "--save"], workdir, database))
        if count(database, "posts") != n:
            sys.exit("the peer did not store every post")

    best, median = n / min(ours), n / statistics.median(ours)
    peer_best, peer_median = n / min(peer), n / statistics.median(peer)
    print("\nWhole process, start-up included (best / median of runs):")
    print(f"  tocsin import                     {best:9,.0f} / {median:9,.0f} posts/s")
    print(f"  peer: tocsin check --jsonl --save {peer_best:9,.0f} / {peer_median:9,.0f} posts/s")
    print(f"  ratio import / peer (best)        {best / peer_best:9.2f}")
    par_best, par_median = n / min(parallel), n / statistics.median(parallel)
    print(f"  tocsin import --workers 2         {par_best:9,.0f} / {par_median:9,.0f} posts/s")
    best = max(best, par_best)
    verdict = "met" if best >= TARGET_POSTS_PER_S else "NOT met"
    print(f"  target >= {TARGET_POSTS_PER_S:,} posts/s: {verdict}")

    in_process(lines, workdir)
    if options.keep is None:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
