"""kill -9 during ingestion, then a restart: nothing lost, nothing duplicated (real processes)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.conftest import LUMIO_TOML
from tocsin.listening.sources import SourceSpec
from tocsin.services.ingest import add_source
from tocsin.store import listening as queries
from tocsin.store.database import open_store

from .conftest import local_server

TOTAL = 800
BASE_ID = 113400000000000000


def _status(number: int) -> dict[str, object]:
    word = "Lumio" if number % 4 else "rien"  # a quarter do not mention the brand
    return {
        "id": str(BASE_ID + number),
        "created_at": f"2026-11-{1 + number % 28:02d}T10:{number % 60:02d}:00.000Z",
        "language": "fr",
        "url": f"https://mastodon.example/@u{number}/{BASE_ID + number}",
        "content": f"<p>Message {number} : ma lampe {word} ne marche plus</p>",
        "reblog": None,
        "account": {"acct": f"u{number}@mastodon.example", "display_name": f"U {number}"},
        "mentions": [],
        "tags": [],
    }


def _timeline(path: str) -> tuple[str, bytes]:
    query = parse_qs(urlsplit(path).query)
    min_id = int(query.get("min_id", [str(BASE_ID)])[0])
    limit = int(query.get("limit", ["20"])[0])
    first = min_id - BASE_ID + 1
    page = [_status(n) for n in range(first, min(first + limit, TOTAL + 1))]
    time.sleep(0.02)  # a real server takes time: room for the kill
    return "application/json", json.dumps(list(reversed(page))).encode()


@pytest.fixture
def mastodon() -> Iterator[str]:
    with local_server(_timeline) as url:
        yield url


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOCSIN_")}
    env.update(
        TOCSIN_DATABASE_URL=f"sqlite:///{tmp_path / 'tocsin.db'}",
        TOCSIN_CONFIG=str(tmp_path / "tocsin.toml"),
    )
    return env


def _count(db: Path, sql: str) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db, timeout=30) as connection:
        try:
            return int(connection.execute(sql).fetchone()[0])
        except sqlite3.OperationalError:  # tables not created yet
            return 0


def _kill_when(process: subprocess.Popen[bytes], db: Path, at_least: int) -> int:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        stored = _count(db, "SELECT count(*) FROM posts")
        if stored >= at_least:
            process.send_signal(signal.SIGKILL)
            process.wait()
            return stored
        time.sleep(0.005)
    raise AssertionError(f"the process ended before it could be killed: {process.poll()}")


def _tocsin(*args: str) -> list[str]:
    return [sys.executable, "-m", "tocsin", *args]


def test_kill_during_a_source_run_then_resume(tmp_path: Path, mastodon: str) -> None:
    (tmp_path / "tocsin.toml").write_text(LUMIO_TOML, encoding="utf-8")
    db = tmp_path / "tocsin.db"
    with open_store(f"sqlite:///{db}") as store:
        spec = SourceSpec(
            name="masto", kind="mastodon", options={"instance": mastodon, "hashtag": "lumio"}
        )
        add_source(store, None, spec)
        with store.transaction(write=True) as connection:
            queries.set_cursor(connection, "masto", str(BASE_ID))  # read from the beginning

    env = _env(tmp_path)
    process = subprocess.Popen(
        _tocsin("ingest", "masto"), cwd=tmp_path, env=env, stderr=subprocess.PIPE
    )
    killed_at = _kill_when(process, db, at_least=100)
    assert process.returncode == -signal.SIGKILL
    assert 0 < killed_at < TOTAL * 3 // 4

    for _ in range(2):  # resume; a second restart must add nothing
        done = subprocess.run(
            _tocsin("ingest", "masto"), cwd=tmp_path, env=env, capture_output=True, timeout=300
        )
        assert done.returncode == 0, done.stderr.decode()

    expected = TOTAL - TOTAL // 4
    assert _count(db, "SELECT count(*) FROM posts") == expected
    assert _count(db, "SELECT count(DISTINCT native_id) FROM posts") == expected
    assert _count(db, "SELECT count(*) FROM results") == expected
    assert _count(db, "SELECT count(*) FROM archive_records WHERE source = 'masto'") == expected
    assert _count(db, "SELECT count(DISTINCT native_id) FROM archive_records") == expected
    assert _count(db, "SELECT count(DISTINCT post_id) FROM post_mentions") == expected
    with sqlite3.connect(db) as connection:
        (cursor,) = connection.execute("SELECT cursor FROM source_cursors").fetchone()
    assert cursor == str(BASE_ID + TOTAL)


def _running_with(argument: str) -> list[int]:
    """Processes whose command line has ``argument`` (forked workers keep their parent's)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            words = (entry / "cmdline").read_bytes().split(b"\0")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if argument.encode() in words and state != "Z":
            found.append(int(entry.name))
    return found


@pytest.mark.parametrize("workers", ["1", "2"])
def test_kill_during_an_import_then_import_again(tmp_path: Path, workers: str) -> None:
    (tmp_path / "tocsin.toml").write_text(LUMIO_TOML, encoding="utf-8")
    db = tmp_path / "tocsin.db"
    total = 4000
    lines = [
        json.dumps(
            {
                "id": f"p{n}",
                "platform": "forum",
                "direction": "inbound",
                "text": f"Avis {n} : Lumio m'a répondu en {n % 48} heures",
            }
        )
        for n in range(total)
    ]
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = _env(tmp_path)
    process = subprocess.Popen(
        _tocsin("import", str(path), "--workers", workers),
        cwd=tmp_path,
        env=env,
        stderr=subprocess.PIPE,
    )
    _kill_when(process, db, at_least=1000)
    stored = _count(db, "SELECT count(*) FROM posts")
    assert stored < total
    if Path("/proc/self/cmdline").exists():  # screening workers do not outlive their importer
        deadline = time.monotonic() + 10
        while _running_with(str(path)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _running_with(str(path)) == []
    done = subprocess.run(
        _tocsin("import", str(path), "--json", "--workers", workers),
        cwd=tmp_path,
        env=env,
        capture_output=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr.decode()
    report = json.loads(done.stdout)
    assert report["read"] == total and report["new"] == total - stored
    assert _count(db, "SELECT count(*) FROM posts") == total
    assert _count(db, "SELECT count(*) FROM archive_records") == total
