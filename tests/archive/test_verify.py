"""Verification finds every tampering: targeted cases naming the first bad record, and 1,000
random ones (edit a byte, delete a row, reorder, replace a payload, forge a head)."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable, Iterator
from datetime import timedelta
from hashlib import sha256
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Connection, text

from tocsin.archive.blocks import local_blocks, parallel_target, worker_blocks
from tocsin.archive.log import all_heads, latest_head
from tocsin.archive.retention import set_policy, sweep
from tocsin.archive.signing import archive_public_keys, tree_head_message
from tocsin.archive.verify import MESSAGES, verify_archive
from tocsin.store.database import Store, open_store

from .conftest import T0, fill

Tamper = Callable[[Connection], None]


def _flip(value: bytes, position: int) -> bytes:
    return value[:position] + bytes([value[position] ^ 0x01]) + value[position + 1 :]


def _update(conn: Connection, seq: int, column: str, value: object) -> None:
    conn.execute(
        text(f"UPDATE archive_records SET {column} = :v WHERE seq = :s"), {"v": value, "s": seq}
    )


def _get(conn: Connection, seq: int, column: str) -> bytes:
    return bytes(
        conn.execute(
            text(f"SELECT {column} FROM archive_records WHERE seq = :s"), {"s": seq}
        ).scalar_one()
    )


def edit_byte(seq: int, column: str, position: int = 0) -> Tamper:
    def tamper(conn: Connection) -> None:
        value = _get(conn, seq, column)
        _update(conn, seq, column, _flip(value, position % len(value)))

    return tamper


def delete_row(seq: int) -> Tamper:
    return lambda conn: conn.execute(text("DELETE FROM archive_records WHERE seq = :s"), {"s": seq})


def reorder(a: int, b: int) -> Tamper:
    def tamper(conn: Connection) -> None:
        conn.execute(text("UPDATE archive_records SET seq = -1 WHERE seq = :a"), {"a": a})
        conn.execute(text("UPDATE archive_records SET seq = :a WHERE seq = :b"), {"a": a, "b": b})
        conn.execute(text("UPDATE archive_records SET seq = :b WHERE seq = -1"), {"b": b})

    return tamper


def replace_payload(seq: int, payload: bytes = b'{"forged": true}') -> Tamper:
    """The payload replaced and every hash of the record recomputed, as a careful forger would."""

    def tamper(conn: Connection) -> None:
        raw_sha = sha256(payload).digest()
        document_sha = _get(conn, seq, "document_sha256")
        meta = _get(conn, seq, "meta")
        _update(conn, seq, "raw", payload)
        _update(conn, seq, "raw_sha256", raw_sha)
        _update(conn, seq, "leaf_hash", sha256(b"\x00" + raw_sha + document_sha + meta).digest())

    return tamper


def forge_head(field: str, which: int = -1) -> Tamper:
    def tamper(conn: Connection) -> None:
        ids = [row[0] for row in conn.execute(text("SELECT id FROM archive_heads ORDER BY id"))]
        head_id = ids[which]
        row = conn.execute(
            text(
                "SELECT tree_size, timestamp_ms, root_hash, signature "
                "FROM archive_heads WHERE id = :i"
            ),
            {"i": head_id},
        ).one()
        if field == "root_hash":
            values = {"root_hash": _flip(bytes(row.root_hash), 5)}
        elif field == "signature":
            values = {"signature": _flip(bytes(row.signature), 7)}
        elif field == "tree_size":
            values = {"tree_size": row.tree_size - 1}
        elif field == "timestamp_ms":
            values = {"timestamp_ms": row.timestamp_ms + 1}
        else:  # re-signed with the forger's own key, registered as the archive's
            forger = Ed25519PrivateKey.generate()
            public = forger.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
            conn.execute(text("UPDATE archive_keys SET public_key = :p"), {"p": public})
            for other in conn.execute(
                text("SELECT id, tree_size, timestamp_ms, root_hash FROM archive_heads")
            ).all():
                message = tree_head_message(
                    other.timestamp_ms, other.tree_size, bytes(other.root_hash)
                )
                conn.execute(
                    text("UPDATE archive_heads SET signature = :s WHERE id = :i"),
                    {"s": forger.sign(message), "i": other.id},
                )
            return
        sets = ", ".join(f"{k} = :{k}" for k in values)
        conn.execute(
            text(f"UPDATE archive_heads SET {sets} WHERE id = :i"), {**values, "i": head_id}
        )

    return tamper


def fake_tombstone(seq: int) -> Tamper:
    return lambda conn: conn.execute(
        text(
            "UPDATE archive_records SET raw = NULL, document = NULL, meta = NULL, "
            "deleted_at = created_at_placeholder WHERE seq = :s".replace(
                "created_at_placeholder", "captured_at"
            )
        ),
        {"s": seq},
    )


def unsigned_row(conn: Connection) -> None:
    conn.execute(
        text(
            "INSERT INTO archive_records (seq, kind, source, captured_at, leaf_hash, meta, "
            "document, raw, raw_sha256, document_sha256) SELECT seq + 1000, kind, source, "
            "captured_at, leaf_hash, meta, document, raw, raw_sha256, document_sha256 "
            "FROM archive_records WHERE seq = (SELECT MAX(seq) FROM archive_records)"
        )
    )


@pytest.fixture(scope="module")
def archive_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, bytes]]:
    """60 records in batches of 7 (9 signed heads), and a sweep that deleted records 3 to 5."""
    url = f"sqlite:///{tmp_path_factory.mktemp('archive')}/tocsin.db"
    with open_store(url) as store:
        fill(store, 60, batch=7)
        with store.transaction(write=True) as conn:
            set_policy(conn, days=30, source="test:feed", actor="tests")
            conn.execute(
                text("UPDATE archive_records SET captured_at = :old WHERE seq BETWEEN 3 AND 5"),
                {"old": T0 - timedelta(days=400)},
            )
        with store.transaction(write=True) as conn:
            report = sweep(conn, actor="tests", now=T0 + timedelta(days=1))
            assert report.deleted == 3
        with store.transaction() as conn:
            key = archive_public_keys(conn)[1]
    yield url, key


@pytest.fixture(params=["whole", "blocks-of-4"])
def tampered(
    archive_file: tuple[str, bytes], request: pytest.FixtureRequest
) -> Iterator[Callable[[Tamper], dict[str, object]]]:
    """Tamper in a transaction and verify there. "blocks-of-4": the records checked in blocks of
    4 (heads fall inside blocks) and two workers asked for, which must not be used while the
    transaction holds changes they cannot see."""
    url, key = archive_file
    options = {} if request.param == "whole" else {"workers": 2, "block_width": 4}
    with Store(url) as store, store.engine.connect() as conn:

        def run(tamper: Tamper) -> dict[str, object]:
            with conn.begin() as transaction:
                tamper(conn)
                outcome = verify_archive(conn, pinned_key=key, **options).to_dict()
                transaction.rollback()
            return outcome

        yield run


def test_an_intact_archive_verifies(tampered: Callable[[Tamper], dict[str, object]]) -> None:
    outcome = tampered(lambda conn: None)
    assert outcome["ok"] is True
    assert (
        outcome["records"] == outcome["tree_size"] == 62
    )  # 60 records, the policy and the sweep entries
    assert outcome["tombstones"] == 3 and outcome["first_bad"] is None


@pytest.mark.parametrize(
    ("tamper", "first_bad", "message"),
    [
        (edit_byte(17, "raw", 3), 17, "payload"),
        (edit_byte(17, "document", 40), 17, "document"),
        (edit_byte(17, "meta", 10), 17, "leaf"),
        (edit_byte(17, "leaf_hash", 0), 17, "leaf"),  # leaf hash and content disagree
        (edit_byte(17, "raw_sha256", 0), 17, "payload"),
        (edit_byte(4, "leaf_hash", 0), 0, "root"),  # a tombstone keeps only its hash
        (delete_row(30), 30, "missing"),
        (delete_row(61), 61, "short"),
        (reorder(20, 21), 20, "moved"),
        (replace_payload(40), 35, "root"),
        (forge_head("root_hash"), None, "bad_signature"),
        (forge_head("signature", 2), None, "bad_signature"),
        (forge_head("tree_size"), None, "bad_signature"),
        (forge_head("timestamp_ms", 0), None, "bad_signature"),
        (forge_head("resign"), None, "not_pinned"),
        (fake_tombstone(50), 50, "tombstone"),
        (unsigned_row, 62, "missing"),
    ],
    ids=[
        "payload-byte",
        "document-byte",
        "meta-byte",
        "leaf-byte",
        "raw-sha-byte",
        "tombstone-hash",
        "delete-middle",
        "delete-last",
        "reorder",
        "replace-payload-rehashed",
        "head-root",
        "head-signature",
        "head-size",
        "head-timestamp",
        "head-resigned-other-key",
        "fake-tombstone",
        "unsigned-extra-row",
    ],
)
def test_each_tampering_is_named(
    tampered: Callable[[Tamper], dict[str, object]],
    tamper: Tamper,
    first_bad: int | None,
    message: str,
) -> None:
    outcome = tampered(tamper)
    assert outcome["ok"] is False
    assert outcome["first_bad"] == first_bad
    english = MESSAGES[message][0].split("{")[0]
    assert str(outcome["problem"]).startswith(english) or english.strip() in str(outcome["problem"])


def test_one_thousand_random_tamperings_are_all_detected(
    tampered: Callable[[Tamper], dict[str, object]],
) -> None:
    rng = random.Random(20261129)
    live = [seq for seq in range(62) if seq not in (3, 4, 5)]
    columns = ["raw", "document", "meta", "leaf_hash", "raw_sha256", "document_sha256"]
    kinds: dict[str, int] = {}
    missed = []
    for _ in range(1000):
        kind = rng.choice(["edit", "delete", "reorder", "replace", "head"])
        kinds[kind] = kinds.get(kind, 0) + 1
        if kind == "edit":
            tamper = edit_byte(rng.choice(live), rng.choice(columns), rng.randrange(10_000))
        elif kind == "delete":
            tamper = delete_row(rng.randrange(62))
        elif kind == "reorder":
            a, b = rng.sample(range(62), 2)
            tamper = reorder(a, b)
        elif kind == "replace":
            tamper = replace_payload(rng.choice(live), rng.randbytes(rng.randrange(1, 64)))
        else:
            field = rng.choice(["root_hash", "signature", "tree_size", "timestamp_ms", "resign"])
            tamper = forge_head(field, rng.randrange(-3, 0))
        outcome = tampered(tamper)
        if outcome["ok"]:
            missed.append(kind)
    assert missed == []
    assert min(kinds.values()) > 150  # every kind was tried many times


def test_a_rewritten_history_is_caught_by_a_kept_head(archive_file: tuple[str, bytes]) -> None:
    """With the signing key, a forger can truncate and re-sign; a head kept earlier shows it."""
    url, key = archive_file
    with Store(url) as store, store.engine.connect() as conn, conn.begin() as transaction:
        head = latest_head(conn)
        assert head is not None
        kept = [(head.tree_size, head.root_hash)]
        assert verify_archive(conn, known_heads=kept).ok
        conn.execute(text("DELETE FROM archive_records WHERE seq >= 56"))
        conn.execute(text("DELETE FROM archive_heads WHERE tree_size > 56"))
        conn.execute(text("DELETE FROM archive_heads WHERE tree_size < 56 AND tree_size > 49"))
        truncated = verify_archive(conn, known_heads=kept)
        transaction.rollback()
    assert truncated.ok is False and truncated.problem is not None
    assert "fewer than" in truncated.problem


def test_messages_exist_in_french_and_english() -> None:
    for english, french in MESSAGES.values():
        assert english and french and english != french


COMMITTED = [
    ("intact", lambda conn: None),
    ("payload-byte", edit_byte(17, "raw", 3)),
    ("meta-byte", edit_byte(9, "meta", 10)),
    ("delete-block-end", delete_row(7)),
    ("delete-block-start", delete_row(8)),
    ("delete-last", delete_row(61)),
    ("reorder", reorder(20, 21)),
    ("replace-payload-rehashed", replace_payload(40)),
    ("fake-tombstone", fake_tombstone(50)),
    ("unsigned-extra-row", unsigned_row),
]


@pytest.mark.parametrize("tamper", [t for _, t in COMMITTED], ids=[n for n, _ in COMMITTED])
def test_worker_processes_report_what_one_process_does(
    archive_file: tuple[str, bytes], tmp_path: Path, tamper: Tamper
) -> None:
    """Committed changes, checked by two worker processes in blocks of 8: the same outcome as
    one process reading everything itself (which also redoes a failed check)."""
    url, key = archive_file
    source = Path(url.removeprefix("sqlite:///"))
    copy = tmp_path / "copy.db"
    with sqlite3.connect(source) as original, sqlite3.connect(copy) as target:
        original.backup(target)
    with Store(f"sqlite:///{copy}") as store:
        with store.transaction(write=True) as conn:
            tamper(conn)
        with store.transaction() as conn:
            assert parallel_target(conn) == ("sqlite", str(copy))
            alone = verify_archive(conn, pinned_key=key, workers=1).to_dict()
            both = verify_archive(conn, pinned_key=key, workers=2, block_width=8).to_dict()
            whole = verify_archive(conn, pinned_key=key, workers=1, block_width=1 << 20).to_dict()
    assert both == alone == whole
    assert both["ok"] is (tamper is COMMITTED[0][1])


def test_workers_are_not_used_while_the_transaction_holds_changes(
    archive_file: tuple[str, bytes],
) -> None:
    url, _key = archive_file
    with Store(url) as store, store.engine.connect() as conn, conn.begin() as transaction:
        assert parallel_target(conn) is not None
        edit_byte(17, "raw", 3)(conn)
        assert parallel_target(conn) is None
        transaction.rollback()


def test_block_width_is_a_power_of_two(archive_file: tuple[str, bytes]) -> None:
    url, _key = archive_file
    with Store(url) as store, store.transaction() as conn, pytest.raises(ValueError):
        verify_archive(conn, block_width=6)


def test_workers_that_cannot_start_leave_the_check_to_this_process(
    archive_file: tuple[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tocsin.archive.verify as verify

    url, key = archive_file
    missing = ("sqlite", str(tmp_path / "no such directory" / "tocsin.db"))
    monkeypatch.setattr(verify, "parallel_target", lambda _conn: missing)
    with Store(url) as store, store.transaction() as conn:
        outcome = verify_archive(conn, pinned_key=key, workers=2, block_width=8)
    assert outcome.ok and outcome.records == 62


def test_worker_blocks_equal_this_process_blocks(store: Store) -> None:
    """SQLite and PostgreSQL: blocks checked by worker processes through their own connections
    are exactly the blocks this process checks through its transaction."""
    fill(store, 40, batch=7)
    with store.transaction() as conn:
        heads = [head.tree_size for head in all_heads(conn)]
        target = parallel_target(conn)
        assert target is not None
        mine = list(local_blocks(conn, heads[-1], 8, heads))
        theirs = list(worker_blocks(target, 2, heads[-1], 8, heads))
    assert theirs == mine and len(mine) == 5
    assert sum(block.rows for block in mine) == 40
