"""Fixtures for the archive: migrated stores (SQLite, PostgreSQL) and records to append."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tocsin.archive import RawRecord, append_records
from tocsin.settings import get_settings
from tocsin.store.database import Store

from ..store.conftest import db_url, pg_database, pg_url, sqlite_url, store  # noqa: F401

T0 = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _no_key_file(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The archive key in the database unless a test sets TOCSIN_ARCHIVE_KEY itself."""
    monkeypatch.delenv("TOCSIN_ARCHIVE_KEY", raising=False)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def make_record(
    i: int,
    *,
    text: str | None = None,
    platform: str | None = "x",
    author: str | None = "alice",
    direction: str = "inbound",
    source: str = "test:feed",
    decision: str = "allow",
    categories: tuple[str, ...] = (),
    at: datetime | None = None,
    captured_at: datetime | None = None,
) -> RawRecord:
    at = at or T0 + timedelta(minutes=i)
    post: dict[str, Any] = {
        "id": f"p{i}",
        "text": text if text is not None else f"Message numéro {i} about the launch",
        "direction": direction,
        "at": at.isoformat(),
        "author": author,
        "author_name": None,
        "platform": platform,
        "url": None,
        "lang": None,
    }
    trail = {
        "id": f"p{i}",
        "decision": decision,
        "language": "fr",
        "findings": [{"category": c, "kind": "k", "severity": "high"} for c in categories],
    }
    return RawRecord(
        source=source,
        platform=platform,
        native_id=f"p{i}",
        raw=f'{{"id": "p{i}", "payload": {i}}}'.encode(),
        post=post,
        captured_at=captured_at or at,
        captured_by="tests",
        trail=trail,
    )


def fill(target: Store, count: int, *, batch: int = 10, start: int = 0) -> None:
    for first in range(start, start + count, batch):
        with target.transaction(write=True) as connection:
            append_records(
                connection,
                [make_record(i) for i in range(first, min(first + batch, start + count))],
            )
