"""The append-only log: appending records, signed tree heads, inclusion and consistency proofs.

:func:`append_records` runs inside the caller's write transaction, so a record commits with the
post it belongs to or not at all. Each call appends its records as leaves (the tree is extended
from the stored frontier, never recomputed) and signs one new tree head.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, text

from ..errors import InputError
from ..models import utcnow
from ..store.archive_tables import AUTHOR_FTS_TABLE, FTS_TABLE, archive_heads, archive_records
from .merkle import EMPTY_ROOT, Frontier, Levels
from .records import RECORD_COLUMNS, RawRecord, check_records, encode_record, fold_accents
from .signing import active_signer, key_file_setting, tree_head_message

# Key of the PostgreSQL advisory lock that serialises appends (any constant int64).
_APPEND_LOCK = 0x70C5_A7C4

_UNSET: Any = object()


@dataclass(frozen=True)
class TreeHead:
    """A signed tree head: the root of the first ``tree_size`` leaves at ``timestamp_ms``."""

    id: int
    tree_size: int
    timestamp_ms: int
    root_hash: bytes
    signature: bytes
    key_id: int

    def message(self) -> bytes:
        return tree_head_message(self.timestamp_ms, self.tree_size, self.root_hash)

    def to_dict(self, public_key: bytes | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "tree_size": self.tree_size,
            "timestamp": self.timestamp_ms,
            "root_hash": self.root_hash.hex(),
            "signature": self.signature.hex(),
            "signed_message": self.message().hex(),
        }
        if public_key is not None:
            out["public_key"] = public_key.hex()
        return out


def _head(row: Any) -> TreeHead:
    return TreeHead(
        row.id, row.tree_size, row.timestamp_ms, row.root_hash, row.signature, row.key_id
    )


def latest_head(connection: Connection) -> TreeHead | None:
    row = connection.execute(
        select(archive_heads).order_by(archive_heads.c.id.desc()).limit(1)
    ).first()
    return _head(row) if row is not None else None


def all_heads(connection: Connection) -> list[TreeHead]:
    rows = connection.execute(select(archive_heads).order_by(archive_heads.c.id)).all()
    return [_head(row) for row in rows]


def head_at(connection: Connection, tree_size: int) -> TreeHead | None:
    row = connection.execute(
        select(archive_heads)
        .where(archive_heads.c.tree_size == tree_size)
        .order_by(archive_heads.c.id.desc())
        .limit(1)
    ).first()
    return _head(row) if row is not None else None


def append_records(
    connection: Connection, records: Sequence[RawRecord], *, key_file: Path | None = _UNSET
) -> list[int]:
    """Append ``records`` to the log and sign the new tree head; returns their sequence numbers.

    Call it inside a write transaction (``store.transaction(write=True)``): everything commits
    or rolls back with the caller's own rows. ``key_file`` defaults to ``TOCSIN_ARCHIVE_KEY``.
    """
    check_records(records)
    if not records:
        return []
    if key_file is _UNSET:
        key_file = key_file_setting()
    postgres = connection.dialect.name == "postgresql"
    if postgres:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _APPEND_LOCK})
    frontier = _current_frontier(connection)
    first = frontier.size
    rows = [encode_record(first + offset, record) for offset, record in enumerate(records)]
    append = frontier.append
    for row in rows:
        append(row.leaf_hash)
    if postgres:
        connection.execute(archive_records.insert(), [row._asdict() for row in rows])
        # French and English stems, and the words without accents ('simple'), for
        # "resultats" to find "résultats" as SQLite's FTS5 index does.
        texts = [
            {"seq": row.seq, "folded": fold_accents(row.search_text)}
            for row in rows
            if row.search_text
        ]
        if texts:
            connection.execute(
                text(
                    "UPDATE archive_records SET search_vector = to_tsvector('french', search_text)"
                    " || to_tsvector('english', search_text) || to_tsvector('simple', :folded) "
                    "WHERE seq = :seq"
                ),
                texts,
            )
    else:
        # Straight through the driver: SQLAlchemy's per-value processing cost more than the
        # insert itself. The indexes read the texts and authors just stored (rowid = seq).
        connection.exec_driver_sql(_INSERT_SQL, [row.sqlite_values() for row in rows])
        connection.exec_driver_sql(_FTS_SQL, (first, first + len(rows)))
        connection.exec_driver_sql(_AUTHORS_SQL, (first, first + len(rows)))
    _sign_head(connection, frontier, key_file)
    return [row.seq for row in rows]


_INSERT_SQL = (
    f"INSERT INTO archive_records ({', '.join(RECORD_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in RECORD_COLUMNS)})"
)
_FTS_SQL = (
    f"INSERT INTO {FTS_TABLE} (rowid, search_text) SELECT seq, search_text FROM archive_records "
    "WHERE seq >= ? AND seq < ? AND search_text != ''"
)
_AUTHORS_SQL = (
    f"INSERT INTO {AUTHOR_FTS_TABLE} (rowid, author) SELECT seq, author FROM archive_records "
    "WHERE seq >= ? AND seq < ? AND author IS NOT NULL"
)


def _current_frontier(connection: Connection) -> Frontier:
    row = connection.execute(
        select(archive_heads.c.tree_size, archive_heads.c.frontier)
        .order_by(archive_heads.c.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return Frontier()
    return Frontier.from_bytes(row.tree_size, row.frontier)


def _sign_head(connection: Connection, frontier: Frontier, key_file: Path | None) -> TreeHead:
    signer = active_signer(connection, key_file)
    root = frontier.root()
    timestamp_ms = int(utcnow().timestamp() * 1000)
    previous = latest_head(connection)
    if previous is not None and timestamp_ms < previous.timestamp_ms:
        timestamp_ms = previous.timestamp_ms  # a clock that went back never reorders heads
    signature = signer.sign(tree_head_message(timestamp_ms, frontier.size, root))
    values = {
        "tree_size": frontier.size,
        "timestamp_ms": timestamp_ms,
        "root_hash": root,
        "signature": signature,
        "key_id": signer.key_id,
        "frontier": frontier.to_bytes(),
    }
    result = connection.execute(archive_heads.insert().values(**values))
    key = result.inserted_primary_key
    assert key is not None
    return TreeHead(int(key[0]), frontier.size, timestamp_ms, root, signature, signer.key_id)


def leaf_hashes(connection: Connection, tree_size: int) -> list[bytes]:
    """The leaf hashes of the first ``tree_size`` records, in order."""
    rows = connection.execute(
        select(archive_records.c.leaf_hash)
        .where(archive_records.c.seq < tree_size)
        .order_by(archive_records.c.seq)
    ).scalars()
    return [bytes(leaf) for leaf in rows]


def tree_at(connection: Connection, tree_size: int | None = None) -> tuple[TreeHead, Levels]:
    """The signed head of ``tree_size`` (default: the latest) and that tree's levels."""
    head = latest_head(connection) if tree_size is None else head_at(connection, tree_size)
    if head is None:
        if tree_size is None:
            raise InputError("the archive is empty: no signed tree head yet")
        raise InputError(f"no signed tree head of size {tree_size}")
    levels = Levels(leaf_hashes(connection, head.tree_size))
    return head, levels


def inclusion_proof(
    connection: Connection, seq: int, tree_size: int | None = None
) -> dict[str, Any]:
    """The proof that record ``seq`` is in the tree of ``tree_size`` (default: latest)."""
    head, levels = tree_at(connection, tree_size)
    if not 0 <= seq < head.tree_size:
        raise InputError(f"record {seq} is not in the tree of size {head.tree_size}")
    return {
        "seq": seq,
        "tree_size": head.tree_size,
        "leaf_hash": levels.levels[0][seq].hex(),
        "proof": [node.hex() for node in levels.inclusion_proof(seq)],
        "root_hash": head.root_hash.hex(),
    }


def consistency_proof(
    connection: Connection, old_size: int, new_size: int | None = None
) -> dict[str, Any]:
    """The proof that the tree of ``new_size`` (default: latest) extends that of ``old_size``."""
    head, levels = tree_at(connection, new_size)
    old = head_at(connection, old_size)
    if old is None:
        raise InputError(f"no signed tree head of size {old_size}")
    if old_size > head.tree_size:
        raise InputError(f"size {old_size} is after size {head.tree_size}")
    proof = levels.consistency_proof(old_size) if old_size else []
    return {
        "old_size": old_size,
        "old_root": old.root_hash.hex(),
        "new_size": head.tree_size,
        "new_root": head.root_hash.hex(),
        "proof": [node.hex() for node in proof],
    }


__all__ = [
    "EMPTY_ROOT",
    "TreeHead",
    "all_heads",
    "append_records",
    "consistency_proof",
    "inclusion_proof",
    "latest_head",
    "tree_at",
]
