"""The tamper-evident archive (docs/archive.md): an append-only record of every payload received
and every post published with its decision trail, in an RFC 6962 Merkle log with Ed25519 signed
tree heads; retention with tombstones, legal holds, an audit log, search and export bundles.

Intake: ``append_records(connection, [RawRecord(...)])`` inside the caller's write transaction.
"""

from __future__ import annotations

from .log import TreeHead, append_records, consistency_proof, inclusion_proof, latest_head
from .records import RawRecord

__all__ = [
    "RawRecord",
    "TreeHead",
    "append_records",
    "consistency_proof",
    "inclusion_proof",
    "latest_head",
]
