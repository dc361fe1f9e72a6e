"""Retention: how long records are kept, and the sweep that deletes expired content.

A policy keeps records for ``days``, for one source, one channel (platform), one risk category,
or any combination (an empty field matches everything). When several policies match a record,
the longest applies; a record no policy matches is kept. The sweep deletes the content of expired
records that no active legal hold covers and leaves a tombstone (the leaf hash, the reason and the
time), so the tree still verifies; the sweep's audit entry lists what it deleted, and
verification refuses a tombstone no sweep explains.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Text, and_, delete, select, type_coerce, update

from ..errors import InputError
from ..models import Category, utcnow
from ..store.archive_tables import (
    AUTHOR_FTS_TABLE,
    FTS_TABLE,
    archive_records,
    archive_retention_policies,
)

SWEEP_ACTION = "retention.sweep"
_CHUNK = 500


@dataclass(frozen=True)
class Policy:
    id: int
    source: str | None
    platform: str | None
    category: str | None
    days: int

    def matches(self, source: str, platform: str | None, categories: Sequence[str]) -> bool:
        return (
            (self.source is None or self.source == source)
            and (self.platform is None or (platform or "").lower() == self.platform.lower())
            and (self.category is None or self.category in categories)
        )

    def describe(self) -> str:
        scope = [
            f"{name}={value}"
            for name, value in (
                ("source", self.source),
                ("platform", self.platform),
                ("category", self.category),
            )
            if value is not None
        ]
        return f"policy #{self.id} ({', '.join(scope) or 'every record'}: {self.days} days)"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "platform": self.platform,
            "category": self.category,
            "days": self.days,
        }


def set_policy(
    connection: Connection,
    *,
    days: int,
    source: str | None = None,
    platform: str | None = None,
    category: str | None = None,
    actor: str,
) -> Policy:
    """Keep matching records ``days`` days (replaces the policy of the same scope)."""
    from .audit import record_action

    if days < 1:
        raise InputError("a retention period is at least one day")
    if category is not None and category not in {c.value for c in Category}:
        raise InputError(
            f"unknown category {category!r}; expected one of "
            + ", ".join(c.value for c in Category)
        )
    p = archive_retention_policies.c
    same_scope = and_(
        p.source.is_(None) if source is None else p.source == source,
        p.platform.is_(None) if platform is None else p.platform == platform,
        p.category.is_(None) if category is None else p.category == category,
    )
    connection.execute(delete(archive_retention_policies).where(same_scope))
    result = connection.execute(
        archive_retention_policies.insert().values(
            source=source,
            platform=platform,
            category=category,
            days=days,
            created_at=utcnow(),
            created_by=actor,
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    policy = Policy(int(key[0]), source, platform, category, days)
    record_action(connection, "retention.set", policy.to_dict(), actor)
    return policy


def remove_policy(connection: Connection, policy_id: int, actor: str) -> None:
    from .audit import record_action

    p = archive_retention_policies.c
    removed = connection.execute(delete(archive_retention_policies).where(p.id == policy_id))
    if removed.rowcount == 0:
        raise InputError(f"there is no retention policy #{policy_id}")
    record_action(connection, "retention.remove", {"id": policy_id}, actor)


def list_policies(connection: Connection) -> list[Policy]:
    p = archive_retention_policies.c
    rows = connection.execute(select(archive_retention_policies).order_by(p.id)).all()
    return [Policy(r.id, r.source, r.platform, r.category, r.days) for r in rows]


def applicable(
    policies: Sequence[Policy], source: str, platform: str | None, categories: Sequence[str]
) -> Policy | None:
    """The policy that decides: the longest of those that match, or None (keep)."""
    matching = [p for p in policies if p.matches(source, platform, categories)]
    return max(matching, key=lambda p: p.days, default=None)


@dataclass
class SweepReport:
    expired: int = 0
    held: int = 0
    deleted: int = 0
    by_policy: dict[int, int] = field(default_factory=dict)
    audit_seq: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "expired": self.expired,
            "held": self.held,
            "deleted": self.deleted,
            "by_policy": {str(k): v for k, v in self.by_policy.items()},
            "audit_seq": self.audit_seq,
        }


def sweep(
    connection: Connection, *, actor: str, now: datetime | None = None, dry_run: bool = False
) -> SweepReport:
    """Delete the content of expired records not under hold; tombstones stay in the log.

    Every sweep but a dry run is an audit entry, listing what it deleted (maybe nothing).
    """
    from .audit import record_action
    from .holds import held_seqs

    now = now or utcnow()
    report = SweepReport()
    policies = list_policies(connection)
    r = archive_records.c
    rows = connection.execute(
        select(r.seq, r.source, r.platform, r.categories, r.captured_at).where(
            r.kind == "post", r.deleted_at.is_(None)
        )
    )
    expired: dict[int, Policy] = {}
    for seq, source, platform, categories, captured_at in rows:
        policy = applicable(policies, source, platform, (categories or "").split())
        if policy is not None and captured_at + timedelta(days=policy.days) < now:
            expired[seq] = policy
    report.expired = len(expired)
    held = held_seqs(connection) & expired.keys() if expired else set()
    report.held = len(held)
    doomed = sorted(expired.keys() - held)
    for seq in doomed:
        report.by_policy[expired[seq].id] = report.by_policy.get(expired[seq].id, 0) + 1
    report.deleted = len(doomed)
    if dry_run:
        return report
    by_policy: dict[int, list[int]] = {}
    for seq in doomed:
        by_policy.setdefault(expired[seq].id, []).append(seq)
    for policy_id, seqs in by_policy.items():
        policy = next(p for p in policies if p.id == policy_id)
        reason = f"retention: {policy.describe()}"
        for start in range(0, len(seqs), _CHUNK):
            _tombstone(connection, seqs[start : start + _CHUNK], reason, now)
    report.audit_seq = record_action(
        connection,
        SWEEP_ACTION,
        {
            "deleted": ranges(doomed),
            "count": len(doomed),
            "held": len(held),
            "by_policy": {str(k): v for k, v in report.by_policy.items()},
        },
        actor,
        at=now,
    )
    return report


_CLEARED = {
    name: None
    for name in (
        "meta",
        "document",
        "raw",
        "raw_sha256",
        "document_sha256",
        "search_text",
        "search_vector",
        "native_id",
        "captured_by",
        "author",
        "direction",
        "posted_at",
        "decision",
        "categories",
    )
}


def _stored(column: Any) -> Any:
    """``column`` as stored (escaped): what the FTS5 index was given and must be told to forget."""
    return type_coerce(column, Text())


def _tombstone(connection: Connection, seqs: list[int], reason: str, now: datetime) -> None:
    r = archive_records.c
    if connection.dialect.name == "sqlite":
        # The FTS5 indexes read the text and the author from the records: they are told what
        # to forget first.
        for table, column, stored in (
            (FTS_TABLE, "search_text", r.search_text),
            (AUTHOR_FTS_TABLE, "author", r.author),
        ):
            indexed = connection.execute(
                select(r.seq, _stored(stored)).where(r.seq.in_(seqs), stored.is_not(None))
            ).all()
            if indexed:
                connection.exec_driver_sql(
                    f"INSERT INTO {table} ({table}, rowid, {column}) VALUES ('delete', ?, ?)",
                    [tuple(row) for row in indexed],
                )
    connection.execute(
        update(archive_records)
        .where(r.seq.in_(seqs))
        .values(**_CLEARED, deleted_at=now, deletion_reason=reason)
    )


def ranges(seqs: Iterable[int]) -> list[list[int]]:
    """Sorted ``seqs`` as ``[first, last]`` pairs of consecutive numbers."""
    out: list[list[int]] = []
    for seq in seqs:
        if out and out[-1][1] == seq - 1:
            out[-1][1] = seq
        else:
            out.append([seq, seq])
    return out


def covered_by_sweeps(tombstones: Sequence[int], sweeps: Sequence[tuple[int, Any]]) -> int | None:
    """The first tombstone that no later retention sweep entry lists as deleted, or None.

    ``sweeps`` are ``(seq, document)`` of the sweep audit entries; sweeps never delete the same
    record twice, so their ranges do not overlap.
    """
    intervals = sorted(
        (int(first), int(last), seq)
        for seq, document in sweeps
        for first, last in (document.get("post", {}).get("details", {}).get("deleted") or [])
    )
    starts = [interval[0] for interval in intervals]
    for tombstone in tombstones:
        index = bisect_right(starts, tombstone) - 1
        if index < 0:
            return tombstone
        first, last, sweep_seq = intervals[index]
        if not (first <= tombstone <= last and sweep_seq > tombstone):
            return tombstone
    return None
