"""kill -9 during ingestion leaves an archive that verifies, with no half-written record."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tocsin.archive.verify import verify_archive
from tocsin.store.database import open_store

# A writer that saves posts with their results and archive records, batch after batch, forever.
WRITER = """
import sys
from itertools import count
from tocsin.archive.outbound import archive_saved
from tocsin.models import Post
from tocsin.screening.engine import Engine
from tocsin.store.database import open_store

engine = Engine(None)
store = open_store(sys.argv[1])
start = int(sys.argv[2])
within = archive_saved("kill-test", "writer")
for batch in count():
    pairs = []
    for i in range(batch * 20 + start, batch * 20 + start + 20):
        text = f"Message {i}: écrivez à jean.dupont{i}@gmail.com"
        post = Post(id=f"k{i}", text=text, platform="x")
        pairs.append((post, engine.screen(post)))
    store.save_many(pairs, within=within)
    print(batch, flush=True)
"""


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db, timeout=30) as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


@pytest.mark.slow
def test_kill_9_during_ingestion(tmp_path: Path) -> None:
    db = tmp_path / "tocsin.db"
    url = f"sqlite:///{db}"
    open_store(url).close()
    rng = random.Random(9)
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOCSIN_")}
    for run in range(3):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, url, str(run * 1_000_000)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=tmp_path,
        )
        assert writer.stdout is not None
        writer.stdout.readline()  # one batch committed: the writer is in full flow
        time.sleep(rng.uniform(0.05, 0.4))
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
        assert writer.returncode == -signal.SIGKILL, writer.stderr.read() if writer.stderr else ""
        with open_store(url) as store, store.transaction() as conn:
            outcome = verify_archive(conn)
        assert outcome.ok, outcome.problem
        posts = _count(db, "posts")
        assert posts > 0 and posts % 20 == 0  # whole batches only
        assert _count(db, "archive_records") == posts == outcome.tree_size
