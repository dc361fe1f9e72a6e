"""Retention policies, the sweep, tombstones and legal holds."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tocsin.archive import append_records
from tocsin.archive.audit import audit_entries
from tocsin.archive.holds import list_holds, place_hold, release_hold
from tocsin.archive.retention import (
    Policy,
    applicable,
    covered_by_sweeps,
    list_policies,
    ranges,
    remove_policy,
    set_policy,
    sweep,
)
from tocsin.archive.search import SearchQuery, search
from tocsin.archive.verify import verify_archive
from tocsin.errors import InputError
from tocsin.store.archive_tables import archive_records
from tocsin.store.database import Store

from .conftest import T0, make_record

NOW = T0 + timedelta(days=3 * 365 + 30)


@pytest.mark.parametrize(
    ("source", "platform", "categories", "expected_days"),
    [
        ("mastodon:mentions", "mastodon", [], 1095),  # only the catch-all
        ("mastodon:mentions", "x", [], 1095),
        ("x:timeline", "X", [], 1095),  # a shorter channel policy never shortens another
        ("x:timeline", "x", ["financial_disclosure"], 2555),  # the longest that matches
        ("check", None, ["reputation"], 1095),  # near miss: another category
        ("import:hr.jsonl", None, [], 3650),  # a source policy
        ("linkedin:page", "LinkedIn", [], 2000),  # a longer channel policy, case-insensitive
    ],
)
def test_the_longest_matching_policy_applies(
    source: str, platform: str | None, categories: list[str], expected_days: int
) -> None:
    policies = [
        Policy(1, None, None, None, 1095),
        Policy(2, None, "x", None, 400),
        Policy(5, None, "linkedin", None, 2000),
        Policy(3, None, None, "financial_disclosure", 2555),
        Policy(4, "import:hr.jsonl", None, None, 3650),
    ]
    chosen = applicable(policies, source, platform, categories)
    assert chosen is not None and chosen.days == expected_days


def test_no_policy_keeps_everything() -> None:
    assert applicable([Policy(1, "only", None, None, 10)], "other", None, []) is None


def _archive(store: Store) -> None:
    old = [
        make_record(i, captured_at=T0, author="bob" if i % 2 else "carol", text=f"old message {i}")
        for i in range(6)
    ]
    recent = [make_record(i, captured_at=NOW - timedelta(days=10)) for i in range(6, 9)]
    with store.transaction(write=True) as conn:
        append_records(conn, old + recent)


def test_sweep_deletes_expired_content_and_keeps_tombstones(store: Store) -> None:
    _archive(store)
    with store.transaction(write=True) as conn:
        set_policy(conn, days=1095, actor="compliance")
        hold, covered = place_hold(
            conn, "Litige Bob", "Marie Curie", SearchQuery(authors=("bob",)), actor="legal"
        )
        assert covered == 3
        dry = sweep(conn, actor="compliance", now=NOW, dry_run=True)
        assert (dry.expired, dry.held, dry.deleted) == (6, 3, 3)
    with store.transaction(write=True) as conn:
        report = sweep(conn, actor="compliance", now=NOW)
    assert (report.expired, report.held, report.deleted) == (6, 3, 3)
    with store.transaction() as conn:
        rows = {
            row.seq: row
            for row in conn.execute(select(archive_records).where(archive_records.c.seq < 9))
        }
        deleted = sorted(seq for seq, row in rows.items() if row.deleted_at is not None)
        assert deleted == [0, 2, 4]  # carol's old records; bob's are held
        for seq in deleted:
            row = rows[seq]
            assert row.raw is None and row.document is None and row.author is None
            assert row.leaf_hash is not None and "policy #1" in row.deletion_reason
        assert {h.native_id for h in search(conn, SearchQuery(text="old message"))} == {
            "p1",
            "p3",
            "p5",
        }
        outcome = verify_archive(conn)
        assert outcome.ok and outcome.tombstones == 3
        actions = [entry.action for entry in audit_entries(conn)]
        assert actions == ["retention.set", "hold.place", "retention.sweep"]
        assert audit_entries(conn, action="retention.sweep")[0].details["deleted"] == [
            [0, 0],
            [2, 2],
            [4, 4],
        ]
    with store.transaction(write=True) as conn:
        release_hold(conn, hold.id, actor="legal")
        assert list_holds(conn, active_only=True) == []
        again = sweep(conn, actor="compliance", now=NOW)
        assert again.deleted == 3
        assert verify_archive(conn).tombstones == 6
        with pytest.raises(InputError, match="already released"):
            release_hold(conn, hold.id, actor="legal")


def test_a_second_sweep_deletes_nothing_more(store: Store) -> None:
    _archive(store)
    with store.transaction(write=True) as conn:
        set_policy(conn, days=1095, actor="compliance")
        assert sweep(conn, actor="c", now=NOW).deleted == 6
        second = sweep(conn, actor="c", now=NOW)
        assert second.deleted == 0 and second.audit_seq is not None  # audited all the same
        assert verify_archive(conn).ok


def test_policies_are_replaced_per_scope_and_audited(store: Store) -> None:
    with store.transaction(write=True) as conn:
        set_policy(conn, days=30, platform="x", actor="a")
        set_policy(conn, days=60, platform="x", actor="a")
        kept = set_policy(conn, days=1095, actor="a")
        assert [(p.platform, p.days) for p in list_policies(conn)] == [("x", 60), (None, 1095)]
        remove_policy(conn, kept.id, actor="a")
        assert [p.days for p in list_policies(conn)] == [60]
        with pytest.raises(InputError, match="no retention policy #99"):
            remove_policy(conn, 99, actor="a")
        with pytest.raises(InputError, match="unknown category"):
            set_policy(conn, days=10, category="gossip", actor="a")
        with pytest.raises(InputError, match="at least one day"):
            set_policy(conn, days=0, actor="a")
        assert [e.action for e in audit_entries(conn)] == [
            "retention.set",
            "retention.set",
            "retention.set",
            "retention.remove",
        ]


def test_a_hold_needs_a_matter_and_a_custodian(store: Store) -> None:
    with store.transaction(write=True) as conn, pytest.raises(InputError, match="matter"):
        place_hold(conn, " ", "x", SearchQuery(), actor="a")


@pytest.mark.parametrize(
    ("tombstones", "sweeps", "unexplained"),
    [
        ([], [], None),
        ([1, 2, 5], [(9, [[1, 2], [5, 5]])], None),
        ([1, 3], [(9, [[1, 2]])], 3),
        ([7], [(5, [[7, 7]])], 7),  # a sweep cannot delete what comes after it
        ([0], [], 0),
    ],
)
def test_every_tombstone_needs_a_sweep(
    tombstones: list[int], sweeps: list[tuple[int, list[list[int]]]], unexplained: int | None
) -> None:
    documents = [(seq, {"post": {"details": {"deleted": deleted}}}) for seq, deleted in sweeps]
    assert covered_by_sweeps(tombstones, documents) == unexplained


def test_ranges() -> None:
    assert ranges([1, 2, 3, 7, 9, 10]) == [[1, 3], [7, 7], [9, 10]]
    assert ranges([]) == []
