"""Checking the records block by block: in the caller's transaction, or in worker processes.

The records are cut into blocks of ``width`` leaves (a power of two) at fixed places: block
``j`` holds the records numbered ``j·width`` to ``(j+1)·width - 1`` (the first block also
anything numbered below 0, the last anything beyond). A block is checked alone: each record's
hashes, its place, its leaf folded into the block's own subtree; it gives back the first bad
record, its tombstones and sweep entries, and the compact range of its leaves at each tree size
asked for. The subtrees of whole blocks are perfect, so the caller gets the root of the whole
tree at any size from the roots of the blocks before it and that block's compact range
(RFC 6962's tree splits at powers of two).

Blocks read in other processes see what is committed, through their own connections: the
caller only uses them when its own transaction has written nothing (:func:`parallel_target`),
checks their leaves against the signed heads it reads itself, and redoes the whole check in its
own transaction when anything is wrong, so that the report names what the caller sees.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from hashlib import sha256
from typing import Any

import orjson
from sqlalchemy import Connection

from .retention import SWEEP_ACTION

BLOCK_WIDTH = 1 << 16
_FETCH = 8192
_COLUMNS = "seq, meta, document, raw, raw_sha256, document_sha256, leaf_hash, deleted_at"
_AUDIT = b'"kind":"audit"'  # in the metadata, which the leaf hash covers
_SWEEP = SWEEP_ACTION.encode()
_MMAP = 1 << 40  # workers map the database file instead of copying every page they read


@dataclass
class Block:
    """What checking one block gives."""

    start: int  # the tree position of the block's first leaf
    rows: int = 0
    last_seq: int | None = None
    problem: tuple[int, str] | None = None  # (record, key of verify.MESSAGES), the first one
    root: bytes | None = None  # the block's subtree root, when it holds a whole block
    ranges: dict[int, list[bytes]] = field(default_factory=dict)  # tree size -> compact range
    tombstones: list[int] = field(default_factory=list)
    sweeps: list[tuple[int, Any]] = field(default_factory=list)


def block_query(index: int, count: int, width: int) -> str:
    """The rows of block ``index`` of ``count``, in order."""
    conditions = []
    if index > 0:
        conditions.append(f"seq >= {index * width}")
    if index < count - 1:
        conditions.append(f"seq < {(index + 1) * width}")
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    return f"SELECT {_COLUMNS} FROM archive_records{where} ORDER BY seq"


def block_count(size: int, width: int) -> int:
    """Blocks to cover a tree of ``size`` leaves (the last one also takes whatever follows)."""
    return max(1, -(-size // width))


def check_block(
    chunks: Iterable[Sequence[Any]], start: int, width: int, sizes: Sequence[int]
) -> Block:
    """Check the rows of one block (in chunks, in order); ``sizes``: the tree sizes whose compact
    range the caller needs (those within the block)."""
    block = Block(start)
    wanted = sorted({size - start for size in sizes if size > start}, reverse=True)
    next_size = wanted.pop() if wanted else -1
    nodes: list[bytes] = []
    tombstones = block.tombstones
    count = 0
    expected = start
    problem = None
    seq = None
    for chunk in chunks:
        for seq, meta, document, raw, raw_sha, document_sha, leaf, deleted in chunk:
            if seq != expected:
                if problem is None:
                    problem = (expected, "missing")
                expected = seq
            if deleted is not None:
                tombstones.append(seq)
            else:
                # The common case in one expression; the diagnosis only when it fails.
                try:
                    raw_digest = sha256(raw).digest()
                    document_digest = sha256(document).digest()
                    intact = (
                        raw_digest == raw_sha
                        and document_digest == document_sha
                        and sha256(b"\x00" + raw_digest + document_digest + meta).digest() == leaf
                        and b'"seq":%d,' % seq in meta
                    )
                except TypeError:  # a part missing, or rewritten with another type
                    intact = False
                if not intact:
                    if problem is None:
                        problem = (
                            seq,
                            diagnose(seq, meta, document, raw, raw_sha, document_sha, leaf),
                        )
                elif _SWEEP in document and _AUDIT in meta:
                    block.sweeps.append((seq, orjson.loads(document)))
            node = leaf if isinstance(leaf, bytes) else bytes(leaf, "utf-8", "replace")
            size = count
            count = size + 1
            while size & 1:
                node = sha256(b"\x01" + nodes.pop() + node).digest()
                size >>= 1
            nodes.append(node)
            expected += 1
            if count == next_size:
                block.ranges[start + count] = nodes.copy()
                next_size = wanted.pop() if wanted else -1
    block.rows = count
    block.last_seq = seq
    block.problem = problem
    if count == width and len(nodes) == 1:
        block.root = nodes[0]
    return block


def diagnose(
    seq: int,
    meta: bytes | None,
    document: bytes | None,
    raw: bytes | None,
    raw_sha: bytes | None,
    document_sha: bytes | None,
    leaf: bytes,
) -> str:
    """What is wrong with a record that failed the check: a key of ``verify.MESSAGES``."""
    if meta is None or document is None or raw is None or raw_sha is None or document_sha is None:
        return "incomplete"
    try:
        raw_digest = sha256(raw).digest()
        if raw_digest != raw_sha:
            return "payload"
        document_digest = sha256(document).digest()
        if document_digest != document_sha:
            return "document"
        if sha256(b"\x00" + raw_digest + document_digest + meta).digest() != leaf:
            return "leaf"
        if b'"seq":%d,' % seq not in meta:
            return "moved"
    except TypeError:  # a column rewritten with another type (text for bytes)
        return "incomplete"
    return "leaf"


# -- in the caller's transaction ----------------------------------------------------------------


def local_blocks(
    connection: Connection, size: int, width: int, sizes: Sequence[int]
) -> Iterator[Block]:
    """Every block, checked in this process through the caller's connection (``sizes``
    sorted)."""
    dbapi = connection.connection.dbapi_connection
    assert dbapi is not None
    postgres = connection.dialect.name == "postgresql"
    count = block_count(size, width)
    for index in range(count):
        # A server-side cursor on PostgreSQL: never the whole archive in memory.
        cursor = dbapi.cursor(name="tocsin_archive_verify") if postgres else dbapi.cursor()
        try:
            cursor.execute(block_query(index, count, width))
            yield check_block(
                _chunks(cursor), index * width, width, _within(sizes, index, count, width)
            )
        finally:
            cursor.close()


def _chunks(cursor: Any) -> Iterator[Sequence[Any]]:
    while chunk := cursor.fetchmany(_FETCH):
        yield chunk


def _within(sizes: Sequence[int], index: int, count: int, width: int) -> list[int]:
    """The tree sizes (sorted) that end within block ``index``."""
    first = bisect_right(sizes, index * width)
    last = bisect_right(sizes, (index + 1) * width) if index < count - 1 else len(sizes)
    return list(sizes[first:last])


# -- in worker processes ------------------------------------------------------------------------


def parallel_target(connection: Connection) -> tuple[str, str] | None:
    """Where worker processes can read exactly what the caller sees, or None.

    SQLite: a database file that nobody is writing to (the caller included: its uncommitted
    changes would be invisible to the workers). PostgreSQL: a transaction that wrote nothing.
    """
    url = connection.engine.url
    if connection.dialect.name == "sqlite":
        path = url.database
        if not path or path == ":memory:" or path.startswith("file:") or url.query:
            return None
        try:
            probe = sqlite3.connect(path, timeout=0, isolation_level=None)
        except sqlite3.Error:
            return None
        try:
            probe.execute("BEGIN IMMEDIATE")  # fails while any connection has written
            probe.execute("ROLLBACK")
        except sqlite3.Error:
            return None
        finally:
            probe.close()
        return ("sqlite", path)
    if connection.dialect.name == "postgresql":
        written = connection.exec_driver_sql("SELECT pg_current_xact_id_if_assigned()").scalar()
        if written is not None:
            return None
        return ("postgresql", url.set(drivername="postgresql").render_as_string(False))
    return None


def worker_blocks(
    target: tuple[str, str], workers: int, size: int, width: int, sizes: Sequence[int]
) -> Iterator[Block]:
    """Every block, in order, checked by ``workers`` processes reading ``target`` themselves
    (``sizes`` sorted)."""
    count = block_count(size, width)
    tasks = [(index, count, width, _within(sizes, index, count, width)) for index in range(count)]
    # Forked workers start at once and need nothing from the caller but the target: they open
    # their own connections and never touch the caller's.
    context = multiprocessing.get_context("fork")
    with context.Pool(min(workers, count), _start_worker, (target,)) as pool:
        yield from pool.imap(_worker_block, tasks)


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


_worker: dict[str, Any] = {}


def _start_worker(target: tuple[str, str]) -> None:
    # Never raise here: a pool replaces a worker that dies starting, again and again. The
    # first task raises instead, and the caller checks in its own transaction.
    try:
        dialect, where = target
        if dialect == "sqlite":
            connection: Any = sqlite3.connect(where, timeout=30)
            connection.execute(f"PRAGMA mmap_size={_MMAP}")
        else:
            import psycopg

            connection = psycopg.connect(where, autocommit=True)
        _worker["connection"] = connection
        _worker["dialect"] = dialect
    except Exception as exc:  # noqa: BLE001 - reported by the first task
        _worker["error"] = exc


def _worker_block(task: tuple[int, int, int, list[int]]) -> Block:
    if "error" in _worker:
        raise RuntimeError(f"verification worker could not start: {_worker['error']}")
    index, count, width, sizes = task
    connection = _worker["connection"]
    query = block_query(index, count, width)
    if _worker["dialect"] == "sqlite":
        cursor = connection.execute(query)
        try:
            return check_block(_chunks(cursor), index * width, width, sizes)
        finally:
            cursor.close()
    with connection.transaction(), connection.cursor(name="tocsin_archive_verify") as cursor:
        cursor.execute(query)
        return check_block(_chunks(cursor), index * width, width, sizes)
