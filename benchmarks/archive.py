"""The tamper-evident archive: append, verify and search speed, against pymerkle and a naive scan.

Usage::

    .venv/bin/python benchmarks/archive.py [--records 1000000] [--peer-records 100000]
                                           [--queries 200] [--batch 1000] [--workers 2]
                                           [--dir DIR]

What it does, in one run:

1. Generates ``--records`` realistic FR/EN posts (50-280 characters; 500 authors, 5 platforms,
   both directions, decisions and risk categories as screening gives them) deterministically
   (``--seed``), each with a JSON payload of 300-600 bytes.
2. **Append**: appends them to a fresh SQLite archive with :func:`tocsin.archive.append_records`
   in batches of ``--batch`` (one transaction and one signed tree head per batch; payload,
   document, metadata, hashes, leaf, full-text index). Peer: pymerkle 7's ``SqliteTree`` appending
   the same log entries (``raw_sha256 ‖ document_sha256 ‖ meta``) for ``--peer-records``; pymerkle
   only stores the entries and hashes (no payload, no index, no signature). Both roots must agree,
   which also checks both implement RFC 6962 the same way.
3. **Verify**: :func:`tocsin.archive.verify.verify_archive` over the whole archive (every payload,
   document and leaf re-hashed, the tree rebuilt, every head's Ed25519 signature checked), once
   in this process alone and once with ``--workers`` worker processes (CPU time counted for all
   processes). Peer: pymerkle recomputing the root of its ``--peer-records`` entries (hashes
   only).
4. **Search**: ``--queries`` searches (a common word, a rare word such as an order reference, two
   words, a phrase, a prefix, a word with a platform, a word in a week, an author, category +
   decision filters), newest 50 first, p50 / p95 / max. Peer: the naive scan (``LIKE '%word%'``
   on the same rows, newest first) for common and rare single words.

Rates are given as wall-clock and as CPU time of this process (the machine is shared: CPU time is
what the work costs; wall-clock includes waiting for the other processes). Tests never assert on
timings. See docs/benchmarks.md for the figures measured so far.
"""

from __future__ import annotations

import argparse
import itertools
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

from tocsin.archive import RawRecord, append_records
from tocsin.archive.log import latest_head
from tocsin.archive.search import SearchQuery, search
from tocsin.archive.verify import verify_archive
from tocsin.store.database import open_store

WORDS_FR = [
    "bonjour",
    "merci",
    "lampe",
    "lumière",
    "commande",
    "livraison",
    "retard",
    "service",
    "client",
    "réponse",
    "rapide",
    "nouveau",
    "produit",
    "lancement",
    "résultats",
    "trimestre",
    "réunion",
    "équipe",
    "projet",
    "salon",
    "paris",
    "lyon",
    "garantie",
    "remboursement",
    "panne",
    "application",
    "mise",
    "jour",
    "connectée",
    "ampoule",
    "salon",
    "prix",
    "promo",
    "abonnement",
    "facture",
    "support",
    "technique",
    "installation",
    "maison",
    "bureau",
    "soirée",
    "demain",
    "semaine",
]
WORDS_EN = [
    "hello",
    "thanks",
    "lamp",
    "light",
    "order",
    "delivery",
    "late",
    "customer",
    "service",
    "answer",
    "quick",
    "new",
    "product",
    "launch",
    "results",
    "quarter",
    "meeting",
    "team",
    "project",
    "fair",
    "london",
    "berlin",
    "warranty",
    "refund",
    "broken",
    "app",
    "update",
    "smart",
    "bulb",
    "price",
    "deal",
    "subscription",
    "invoice",
    "support",
    "technical",
    "setup",
    "home",
    "office",
    "evening",
    "tomorrow",
    "week",
    "complaint",
    "amazing",
    "terrible",
    "love",
    "hate",
]
PLATFORMS = ["x", "mastodon", "bluesky", "linkedin", "reddit"]
CATEGORIES = ["data_leak", "reputation", "financial_disclosure", "compliance", "brand_hijacking"]
T0 = datetime(2025, 1, 1, tzinfo=UTC)


def generate(count: int, seed: int) -> Iterator[RawRecord]:
    rng = random.Random(seed)
    authors = [f"user{n}" for n in range(500)]
    for i in range(count):
        words = WORDS_FR if rng.random() < 0.5 else WORDS_EN
        chosen = [rng.choice(words) for _ in range(rng.randint(8, 40))]
        if rng.random() < 0.3:  # an order or product reference: rare words (~15 posts each)
            chosen.insert(rng.randrange(len(chosen)), f"ref{rng.randrange(20_000)}")
        text = " ".join(chosen)[:280]
        at = T0 + timedelta(seconds=i * 30)
        platform = rng.choice(PLATFORMS)
        decision = rng.choices(["allow", "review", "block"], [85, 10, 5])[0]
        findings = (
            [{"category": rng.choice(CATEGORIES), "kind": "k", "severity": "medium"}]
            if decision != "allow"
            else []
        )
        post = {
            "id": f"{platform}-{i}",
            "text": text,
            "direction": "inbound" if rng.random() < 0.7 else "outbound",
            "at": at.isoformat(),
            "author": rng.choice(authors),
            "author_name": None,
            "platform": platform,
            "url": f"https://{platform}.example/p/{i}",
            "lang": None,
        }
        raw = orjson.dumps(
            {
                "id": post["id"],
                "created_at": post["at"],
                "account": {"acct": post["author"], "followers": rng.randint(0, 10**5)},
                "content": text,
                "visibility": "public",
                "replies_count": rng.randint(0, 50),
                "reblogs_count": rng.randint(0, 50),
                "media_attachments": [],
                "tags": [],
            }
        )
        yield RawRecord(
            source=f"{platform}:mentions",
            platform=platform,
            native_id=post["id"],
            raw=raw,
            post=post,
            captured_at=at + timedelta(seconds=5),
            captured_by=f"{platform}-connector",
            trail={"id": post["id"], "decision": decision, "language": "fr", "findings": findings},
        )


def process_and_children_cpu() -> float:
    """CPU time of this process and of its finished children (verification's workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:,.0f}/s" if seconds > 0 else "-"


def bench_append(url: str, records: int, batch: int, seed: int) -> dict[str, float]:
    """Wall-clock and CPU time of the appends alone: each batch is generated before its clock
    starts (generating realistic posts costs about as much as archiving them)."""
    store = open_store(url)
    wall = cpu = 0.0
    generated = generate(records, seed)
    while pending := list(itertools.islice(generated, batch)):
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        with store.transaction(write=True) as conn:
            append_records(conn, pending)
        wall += time.perf_counter() - start_wall
        cpu += time.process_time() - start_cpu
    store.close()
    return {"wall": wall, "cpu": cpu}


def peer_entries(db: Path, count: int) -> list[bytes]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT raw_sha256, document_sha256, meta FROM archive_records ORDER BY seq LIMIT ?",
            (count,),
        ).fetchall()
    return [bytes(a) + bytes(b) + bytes(c) for a, b, c in rows]


def bench_pymerkle(entries: list[bytes], workdir: Path) -> dict[str, Any] | None:
    try:
        from pymerkle import SqliteTree
    except ImportError:
        return None
    tree = SqliteTree(str(workdir / "pymerkle.db"), algorithm="sha256")
    wall = time.perf_counter()
    cpu = time.process_time()
    for start in range(0, len(entries), 1000):
        tree.append_entries(entries[start : start + 1000])
    append_wall, append_cpu = time.perf_counter() - wall, time.process_time() - cpu
    tree.cache_clear()
    wall = time.perf_counter()
    cpu = time.process_time()
    root = tree.get_root(len(entries))
    root_wall, root_cpu = time.perf_counter() - wall, time.process_time() - cpu
    tree.close()
    return {
        "append_wall": append_wall,
        "append_cpu": append_cpu,
        "root_wall": root_wall,
        "root_cpu": root_cpu,
        "root": root,
    }


def queries(count: int, seed: int) -> list[tuple[str, SearchQuery]]:
    rng = random.Random(seed + 1)
    words = WORDS_FR + WORDS_EN
    out: list[tuple[str, SearchQuery]] = []
    kinds = ["word", "rare", "two", "phrase", "prefix", "platform", "dates", "author", "filters"]
    for n in range(count):
        kind = kinds[n % len(kinds)]
        w1, w2 = rng.choice(words), rng.choice(words)
        if kind == "word":
            query = SearchQuery(text=w1)
        elif kind == "rare":
            query = SearchQuery(text=f"ref{rng.randrange(20_000)}")
        elif kind == "two":
            query = SearchQuery(text=f"{w1} {w2}")
        elif kind == "phrase":
            query = SearchQuery(text=f'"{w1} {w2}"')
        elif kind == "prefix":
            query = SearchQuery(text=w1[:4] + "*")
        elif kind == "platform":
            query = SearchQuery(text=w1, platforms=(rng.choice(PLATFORMS),))
        elif kind == "dates":
            start = T0 + timedelta(days=rng.randint(0, 300))
            query = SearchQuery(text=w1, since=start, until=start + timedelta(days=7))
        elif kind == "author":
            query = SearchQuery(authors=(f"user{rng.randint(0, 499)}",))
        else:
            query = SearchQuery(
                categories=(rng.choice(CATEGORIES),), decisions=("block",), direction="outbound"
            )
        out.append((kind, query))
    return out


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--peer-records", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--workers", type=int, default=2, help="Verification's worker processes (also run alone)."
    )
    parser.add_argument("--dir", type=Path, default=None, help="Keep the databases here.")
    args = parser.parse_args(argv)
    workdir = args.dir or Path(tempfile.mkdtemp(prefix="tocsin-archive-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "archive.db"
    for leftover in (db, workdir / "pymerkle.db"):
        for suffix in ("", "-wal", "-shm"):
            Path(str(leftover) + suffix).unlink(missing_ok=True)
    url = f"sqlite:///{db}"
    print(f"archive benchmark: {args.records:,} records, batches of {args.batch}, in {workdir}")

    appended = bench_append(url, args.records, args.batch, args.seed)
    work_cpu = appended["cpu"]
    print(
        f"append   Tocsin: {rate(args.records, appended['wall'])} wall, "
        f"{rate(args.records, work_cpu)} CPU (record generation not timed); target ≥ 20,000/s"
    )
    peer_count = min(args.peer_records, args.records)
    entries = peer_entries(db, peer_count)
    peer = bench_pymerkle(entries, workdir)
    with open_store(url) as store, store.transaction() as conn:
        head = latest_head(conn)
        from tocsin.archive.log import head_at

        peer_head = head_at(conn, peer_count)
    if peer is not None:
        print(
            f"append   pymerkle SqliteTree (entries only): {rate(peer_count, peer['append_wall'])}"
            f" wall, {rate(peer_count, peer['append_cpu'])} CPU → Tocsin "
            f"{(args.records / work_cpu) / (peer_count / peer['append_cpu']):.1f}× (CPU)"
        )
        agree = peer_head is not None and peer_head.root_hash == peer["root"]
        print(f"         roots of the first {peer_count:,} records agree with pymerkle: {agree}")
    else:
        print("append   pymerkle not installed (.venv/bin/pip install pymerkle): no peer")

    verified: dict[int, tuple[float, float]] = {}
    for workers in (1, args.workers):
        with open_store(url) as store, store.transaction() as conn:
            wall, cpu = time.perf_counter(), process_and_children_cpu()
            outcome = verify_archive(conn, workers=workers)
            wall, cpu = time.perf_counter() - wall, process_and_children_cpu() - cpu
        assert outcome.ok, outcome.problem
        verified[workers] = (wall, cpu)
        label = "1 process" if workers == 1 else f"{workers} worker processes"
        print(
            f"verify   Tocsin, {label}: {rate(outcome.records, wall)} wall, "
            f"{rate(outcome.records, cpu)} CPU of all processes ({outcome.heads:,} signed heads);"
            " target ≥ 200,000/s"
        )
    if peer is not None:
        ratio = (outcome.records / verified[1][1]) / (peer_count / peer["root_cpu"])
        print(
            f"verify   pymerkle root recomputation (hashes only): "
            f"{rate(peer_count, peer['root_wall'])} wall, {rate(peer_count, peer['root_cpu'])} "
            f"CPU → Tocsin (1 process) {ratio:.2f}× (CPU)"
        )

    latencies: dict[str, list[float]] = {}
    every: list[float] = []
    with open_store(url) as store, store.transaction() as conn:
        for kind, query in queries(args.queries, args.seed):
            start = time.perf_counter()
            search(conn, query, limit=50)
            elapsed = (time.perf_counter() - start) * 1000
            latencies.setdefault(kind, []).append(elapsed)
            every.append(elapsed)
    print(
        f"search   Tocsin over {outcome.records:,} records: p50 {statistics.median(every):.1f} ms,"
        f" p95 {percentile(every, 0.95):.1f} ms, max {max(every):.1f} ms; target p95 < 200 ms"
    )
    for kind, values in latencies.items():
        print(f"         {kind:<9} p95 {percentile(values, 0.95):7.1f} ms  ({len(values)} queries)")
    naive: list[float] = []
    with sqlite3.connect(db) as conn:
        for kind, query in queries(min(args.queries, 90), args.seed):
            if kind not in ("word", "rare") or not query.text:
                continue
            start = time.perf_counter()
            conn.execute(
                "SELECT seq FROM archive_records WHERE kind = 'post' AND search_text LIKE ? "
                "ORDER BY seq DESC LIMIT 50",
                (f"%{query.text}%",),
            ).fetchall()
            naive.append((time.perf_counter() - start) * 1000)
    ours = [value for kind in ("word", "rare") for value in latencies[kind][: len(naive) // 2 + 1]]
    naive_p95, ours_p95 = percentile(naive, 0.95), percentile(ours, 0.95)
    print(
        f"search   naive LIKE scan, single common and rare words: p95 {naive_p95:.1f} ms → "
        f"Tocsin {naive_p95 / ours_p95:.1f}× faster at p95 on such queries"
    )
    print(
        f"tree head: size {head.tree_size if head else 0:,}, root "
        f"{head.root_hash.hex() if head else '-'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
