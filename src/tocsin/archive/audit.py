"""The audit log: every archive action (holds, retention, sweeps, exports, key exports) is itself
a record of the Merkle log (``kind = "audit"``, source ``audit``), so it is as tamper-evident as
the records it talks about, and exports carry it as their chain of custody.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import Connection, select

from ..models import utcnow
from ..store.archive_tables import archive_records
from .log import append_records
from .records import AUDIT, RawRecord, canonical_json, iso_utc

AUDIT_SOURCE = "audit"


def default_actor() -> str:
    """Who is acting: the operating-system user (the CLI's ``--actor`` overrides it)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def record_action(
    connection: Connection,
    action: str,
    details: dict[str, Any],
    actor: str,
    *,
    at: datetime | None = None,
) -> int:
    """Append an audit entry to the log (in the caller's transaction); returns its seq."""
    now = at or utcnow()
    entry = {"action": action, "actor": actor, "at": iso_utc(now), "details": details}
    record = RawRecord(
        source=AUDIT_SOURCE,
        platform=None,
        native_id=None,
        raw=canonical_json(entry),
        post=entry,
        captured_at=now,
        captured_by=actor,
        kind=AUDIT,
    )
    return append_records(connection, [record])[0]


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    action: str
    actor: str
    at: str
    details: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "action": self.action,
            "actor": self.actor,
            "at": self.at,
            "details": self.details,
        }


def audit_entries(
    connection: Connection, *, action: str | None = None, limit: int | None = None
) -> list[AuditEntry]:
    """The audit entries, oldest first (``action``: only those; ``limit``: the newest N)."""
    statement = (
        select(archive_records.c.seq, archive_records.c.document)
        .where(archive_records.c.kind == AUDIT)
        .order_by(archive_records.c.seq.desc())
    )
    if limit is not None and action is None:
        statement = statement.limit(limit)
    entries = []
    for seq, document in connection.execute(statement):
        if document is None:
            continue
        entry = orjson.loads(document)["post"]
        if action is not None and entry.get("action") != action:
            continue
        entries.append(
            AuditEntry(seq, entry["action"], entry["actor"], entry["at"], entry["details"])
        )
        if limit is not None and len(entries) >= limit:
            break
    entries.reverse()
    return entries
