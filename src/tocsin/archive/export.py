"""Export bundles for e-discovery: a zip an auditor verifies without Tocsin.

::

    manifest.json         format, counts, the tree head, SHA-256 of every other file
    tree_head.json        the signed tree head (size, timestamp, root, signature, signed message)
    public_key.pem        the archive's Ed25519 public key (compare its fingerprint out of band)
    records.jsonl         one record per line: metadata, post, decision trail, hashes
    index.csv             one line per record, for spreadsheets
    records/<seq>.raw     the payload exactly as received
    records/<seq>.meta    the exact metadata bytes the leaf hash covers
    records/<seq>.document  the exact post + decision trail bytes
    proofs.jsonl          one RFC 6962 inclusion proof per record, against tree_head.json
    custody.jsonl         the chain of custody: every audit entry (holds, retention, exports),
                          this export's last; they are records of the bundle too
    VERIFY.txt            how to verify (docs/archive-verify.py)

The export is an audit entry itself, appended before the tree head the bundle proves against.
The zip is written to a temporary file and renamed at the end: never a half-written bundle.
"""

from __future__ import annotations

import csv
import io
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, select

from ..errors import InputError
from ..models import utcnow
from ..store.archive_tables import archive_keys, archive_records
from .audit import record_action
from .log import tree_at
from .records import AUDIT, iso_utc
from .search import SearchQuery, matching_seqs
from .signing import fingerprint, public_key_pem

FORMAT = "tocsin-archive-bundle/1"
_BATCH = 1000
_INDEX_FIELDS = [
    "seq",
    "kind",
    "captured_at",
    "source",
    "platform",
    "native_id",
    "author",
    "direction",
    "at",
    "decision",
    "categories",
    "deleted",
    "raw_sha256",
    "payload",
]

VERIFY_TEXT = """How to verify this bundle without Tocsin
========================================

    python3 archive-verify.py bundle.zip --public-key KEY.pem

archive-verify.py is in Tocsin's documentation (docs/archive-verify.py, docs/archive.md) and
needs only Python 3 and the `cryptography` package (or the `openssl` command). It checks every
file against manifest.json, every record's hashes and inclusion proof against tree_head.json,
and the Ed25519 signature of the tree head. Compare the public key's SHA-256 fingerprint
({fingerprint}) with the one the archive's owner gave you.
"""


@dataclass(frozen=True)
class ExportReport:
    path: Path
    records: int
    tree_size: int
    root: str
    audit_seq: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "records": self.records,
            "tree_size": self.tree_size,
            "root": self.root,
            "audit_seq": self.audit_seq,
        }


def export_bundle(
    connection: Connection,
    query: SearchQuery,
    out: Path,
    *,
    actor: str,
    progress: Callable[[int, int], None] | None = None,
) -> ExportReport:
    """Write the records matching ``query`` (and the chain of custody) to the zip ``out``.

    ``progress(done, total)`` is called as records are written. Call it in a write transaction.
    """
    if out.suffix.lower() != ".zip":
        raise InputError(f"{out}: the bundle is a zip file; give a name ending in .zip")
    if out.is_dir():
        raise InputError(f"{out} is a directory; give the bundle's file name")
    seqs = list(matching_seqs(connection, query))
    audit_seq = record_action(
        connection,
        "export",
        {"query": query.to_dict(), "records": len(seqs), "file": out.name},
        actor,
    )
    custody = [
        row.seq
        for row in connection.execute(
            select(archive_records.c.seq)
            .where(archive_records.c.kind == AUDIT)
            .order_by(archive_records.c.seq)
        )
    ]
    head, levels = tree_at(connection)
    public = connection.execute(
        select(archive_keys.c.public_key).where(archive_keys.c.id == head.key_id)
    ).scalar_one()
    everything = sorted(set(seqs) | set(custody))
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
            writer = _BundleWriter(bundle)
            _write_records(connection, writer, everything, levels, progress)
            custody_lines = [
                writer.records_by_seq[seq] for seq in custody if seq in writer.records_by_seq
            ]
            writer.write("custody.jsonl", b"".join(orjson.dumps(c) + b"\n" for c in custody_lines))
            head_json = head.to_dict(public) | {
                "key_fingerprint": fingerprint(public),
                "hash": "sha256",
                "leaf": "SHA-256(0x00 || raw_sha256 || document_sha256 || meta)",
            }
            writer.write("tree_head.json", orjson.dumps(head_json, option=orjson.OPT_INDENT_2))
            writer.write("public_key.pem", public_key_pem(public).encode("ascii"))
            writer.write(
                "VERIFY.txt", VERIFY_TEXT.format(fingerprint=fingerprint(public)).encode("utf-8")
            )
            manifest = {
                "format": FORMAT,
                "created_at": iso_utc(utcnow()),
                "created_by": actor,
                "query": query.to_dict(),
                "records": len(seqs),
                "custody_records": len(custody),
                "tree_head": head_json,
                "files": writer.hashes,
            }
            bundle.writestr("manifest.json", orjson.dumps(manifest, option=orjson.OPT_INDENT_2))
        os.replace(tmp, out)
    except OSError as exc:
        raise InputError(f"cannot write {out}: {exc.strerror or exc}") from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return ExportReport(out, len(seqs), head.tree_size, head.root_hash.hex(), audit_seq)


class _BundleWriter:
    def __init__(self, bundle: zipfile.ZipFile) -> None:
        self.bundle = bundle
        self.hashes: dict[str, str] = {}
        self.records_by_seq: dict[int, dict[str, Any]] = {}

    def write(self, name: str, data: bytes) -> None:
        self.hashes[name] = sha256(data).hexdigest()
        self.bundle.writestr(name, data)


def _write_records(
    connection: Connection,
    writer: _BundleWriter,
    seqs: list[int],
    levels: Any,
    progress: Callable[[int, int], None] | None,
) -> None:
    r = archive_records.c
    records = io.BytesIO()
    proofs = io.BytesIO()
    index = io.StringIO()
    table = csv.DictWriter(index, fieldnames=_INDEX_FIELDS, lineterminator="\n")
    table.writeheader()
    done = 0
    for start in range(0, len(seqs), _BATCH):
        chunk = seqs[start : start + _BATCH]
        rows = connection.execute(
            select(archive_records).where(r.seq.in_(chunk)).order_by(r.seq)
        ).all()
        for row in rows:
            line = _record_line(row)
            files: dict[str, str] = {}
            if row.deleted_at is None:
                for suffix, data in (
                    ("raw", row.raw),
                    ("meta", row.meta),
                    ("document", row.document),
                ):
                    name = f"records/{row.seq}.{suffix}"
                    writer.write(name, bytes(data))
                    files[suffix] = name
            line["files"] = files
            writer.records_by_seq[row.seq] = line
            records.write(orjson.dumps(line) + b"\n")
            proof = {
                "seq": row.seq,
                "leaf_hash": line["leaf_hash"],
                "tree_size": levels.size,
                "proof": [node.hex() for node in levels.inclusion_proof(row.seq)],
            }
            proofs.write(orjson.dumps(proof) + b"\n")
            table.writerow(_index_row(line))
        done += len(rows)
        if progress is not None:
            progress(done, len(seqs))
    writer.write("records.jsonl", records.getvalue())
    writer.write("proofs.jsonl", proofs.getvalue())
    writer.write("index.csv", index.getvalue().encode("utf-8"))


def _record_line(row: Any) -> dict[str, Any]:
    line: dict[str, Any] = {
        "seq": row.seq,
        "kind": row.kind,
        "source": row.source,
        "platform": row.platform,
        "captured_at": iso_utc(row.captured_at),
        "leaf_hash": bytes(row.leaf_hash).hex(),
    }
    if row.deleted_at is not None:
        line["deleted"] = {"at": iso_utc(row.deleted_at), "reason": row.deletion_reason}
        return line
    document = orjson.loads(row.document)
    line.update(
        meta=orjson.loads(row.meta),
        post=document.get("post"),
        trail=document.get("trail"),
        raw_sha256=bytes(row.raw_sha256).hex(),
        document_sha256=bytes(row.document_sha256).hex(),
    )
    return line


def _index_row(line: dict[str, Any]) -> dict[str, Any]:
    meta = line.get("meta") or {}
    return {
        "seq": line["seq"],
        "kind": line["kind"],
        "captured_at": line["captured_at"],
        "source": line["source"],
        "platform": line["platform"] or "",
        "native_id": meta.get("native_id") or "",
        "author": meta.get("author") or "",
        "direction": meta.get("direction") or "",
        "at": meta.get("posted_at") or "",
        "decision": meta.get("decision") or "",
        "categories": " ".join(meta.get("categories") or []),
        "deleted": "yes" if "deleted" in line else "",
        "raw_sha256": line.get("raw_sha256", ""),
        "payload": line.get("files", {}).get("raw", ""),
    }
