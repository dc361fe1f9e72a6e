"""Appending records and signing tree heads, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import stat
import threading
from datetime import UTC, datetime, timedelta, timezone
from hashlib import sha256
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.dialects import sqlite

from tocsin.archive import (
    RawRecord,
    append_records,
    consistency_proof,
    inclusion_proof,
    latest_head,
)
from tocsin.archive.merkle import root_from_inclusion_proof, root_of, verify_consistency
from tocsin.archive.records import RECORD_COLUMNS, encode_record
from tocsin.archive.signing import archive_public_keys, signature_valid
from tocsin.archive.verify import verify_archive
from tocsin.errors import InputError, StorageError
from tocsin.settings import get_settings
from tocsin.store.archive_tables import archive_heads, archive_keys, archive_records
from tocsin.store.database import Store

from .conftest import fill, make_record

PARIS = timezone(timedelta(hours=1))


def test_append_returns_consecutive_numbers_and_signs_a_head(store: Store) -> None:
    with store.transaction(write=True) as conn:
        first = append_records(conn, [make_record(i) for i in range(5)])
    with store.transaction(write=True) as conn:
        second = append_records(conn, [make_record(i) for i in range(5, 8)])
        assert append_records(conn, []) == []
    assert first == [0, 1, 2, 3, 4] and second == [5, 6, 7]
    with store.transaction() as conn:
        head = latest_head(conn)
        assert head is not None and head.tree_size == 8
        leaves = conn.execute(select(archive_records.c.leaf_hash).order_by(archive_records.c.seq))
        assert head.root_hash == root_of([bytes(leaf) for leaf in leaves.scalars()])
        public = archive_public_keys(conn)[head.key_id]
        assert signature_valid(public, head.signature, head.message())
        assert conn.execute(select(func.count()).select_from(archive_heads)).scalar_one() == 2
        assert verify_archive(conn).ok


def test_the_record_keeps_the_payload_bytes_and_their_hash(store: Store) -> None:
    payload = b'{"text": "caf\xc3\xa9", "weird": "\\ud800"}\x00\xff'
    record = RawRecord(
        source="mastodon:lumio-mentions",
        platform="mastodon",
        native_id="109",
        raw=payload,
        post={"id": "109", "text": "lone \ud800 surrogate", "direction": "inbound"},
        captured_at=make_record(0).captured_at,
        captured_by="mastodon",
    )
    with store.transaction(write=True) as conn:
        (seq,) = append_records(conn, [record])
    with store.transaction() as conn:
        row = conn.execute(select(archive_records).where(archive_records.c.seq == seq)).one()
        assert bytes(row.raw) == payload
        assert bytes(row.raw_sha256) == sha256(payload).digest()
        assert row.source == "mastodon:lumio-mentions" and row.direction == "inbound"
        assert verify_archive(conn).ok


@pytest.mark.parametrize(
    ("text", "author", "source", "captured_at"),
    [
        ("Lancement réussi à Paris", "@Claire", "x:mentions", datetime(2026, 3, 1, 8, tzinfo=UTC)),
        ("plain ascii", "bob", "import:a.jsonl", datetime(2026, 3, 1, 8, 0, 0, 123456)),  # naive
        ("NUL \x00 inside", "nul\x00author", "src\x00", datetime(2026, 3, 1, 8, tzinfo=UTC)),
        ("private \ue000 use", "\ue000", "s", datetime(1999, 12, 31, 23, 59, 59, tzinfo=PARIS)),
        ("lone \ud800 surrogate", "sur\udc00", "\ud800", datetime(2026, 7, 1, 2, tzinfo=PARIS)),
        ("", None, "audit", datetime(2026, 3, 1, 8, tzinfo=UTC)),
    ],
)
def test_sqlite_values_are_what_sqlalchemy_would_store(
    text: str, author: str | None, source: str, captured_at: datetime
) -> None:
    """The fast insert on SQLite stores every value exactly as the column types would."""
    record = make_record(3, text=text, author=author, source=source, captured_at=captured_at)
    row = encode_record(3, record)
    dialect = sqlite.dialect()
    expected = []
    for name, value in row._asdict().items():
        process = archive_records.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        expected.append(process(value) if process is not None else value)
    assert row.sqlite_values() == tuple(expected)


def test_a_new_row_fills_every_column_but_the_search_vector_and_the_tombstone() -> None:
    later = {"search_vector", "deleted_at", "deletion_reason"}
    assert set(RECORD_COLUMNS) == {column.name for column in archive_records.columns} - later


def test_proofs_from_the_store_verify(store: Store) -> None:
    fill(store, 23, batch=5)
    with store.transaction() as conn:
        heads = conn.execute(select(archive_heads.c.tree_size, archive_heads.c.root_hash)).all()
        for seq in (0, 7, 22):
            proof = inclusion_proof(conn, seq)
            root = root_from_inclusion_proof(
                seq,
                proof["tree_size"],
                bytes.fromhex(proof["leaf_hash"]),
                [bytes.fromhex(node) for node in proof["proof"]],
            )
            assert root.hex() == proof["root_hash"]
        old = inclusion_proof(conn, 3, tree_size=10)
        assert old["tree_size"] == 10
        for old_size, _root in heads:
            data = consistency_proof(conn, old_size)
            assert verify_consistency(
                data["old_size"],
                data["new_size"],
                bytes.fromhex(data["old_root"]),
                bytes.fromhex(data["new_root"]),
                [bytes.fromhex(node) for node in data["proof"]],
            )
        with pytest.raises(InputError, match="no signed tree head of size 11"):
            consistency_proof(conn, 11)
        with pytest.raises(InputError, match="not in the tree"):
            inclusion_proof(conn, 23)


def test_a_failed_transaction_leaves_no_record_and_no_head(store: Store) -> None:
    fill(store, 3)
    with pytest.raises(StorageError), store.transaction(write=True) as conn:
        append_records(conn, [make_record(i) for i in range(3, 6)])
        conn.execute(select(func.no_such_function()))
    with store.transaction() as conn:
        assert conn.execute(select(func.count()).select_from(archive_records)).scalar_one() == 3
        assert verify_archive(conn).ok


def test_append_refuses_what_is_not_a_record(store: Store) -> None:
    with store.transaction(write=True) as conn, pytest.raises(InputError, match="RawRecord"):
        append_records(conn, [{"source": "x"}])  # type: ignore[list-item]


def test_concurrent_appenders_never_collide(store: Store) -> None:
    errors: list[BaseException] = []

    def worker(offset: int) -> None:
        try:
            fill(store, 30, batch=3, start=offset)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n * 100,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with store.transaction() as conn:
        outcome = verify_archive(conn)
    assert outcome.ok and outcome.records == 90 and outcome.heads == 30


def test_key_file_keeps_the_private_key_out_of_the_database(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file = tmp_path / "keys" / "archive.pem"
    monkeypatch.setenv("TOCSIN_ARCHIVE_KEY", str(key_file))
    get_settings.cache_clear()
    fill(store, 4)
    assert key_file.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    fill(store, 4, start=4)
    with store.transaction() as conn:
        keys = conn.execute(select(archive_keys)).all()
        assert len(keys) == 1 and keys[0].private_key is None
        assert verify_archive(conn).ok


def test_a_bad_key_file_is_a_clear_error(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tocsin.errors import ConfigurationError

    key_file = tmp_path / "archive.pem"
    key_file.write_text("not a key")
    monkeypatch.setenv("TOCSIN_ARCHIVE_KEY", str(key_file))
    get_settings.cache_clear()
    with pytest.raises(ConfigurationError, match="not an unencrypted Ed25519 private key"):
        fill(store, 1)
