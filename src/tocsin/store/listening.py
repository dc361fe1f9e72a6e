"""Queries for listening: sources added by command, cursors, source health, matched terms.

Functions take a :class:`~sqlalchemy.Connection` already in a transaction (see
:meth:`tocsin.store.database.Store.transaction`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, select, update

from ..listening.sources import SourceSpec
from ..models import utcnow
from .listening_tables import post_mentions, source_cursors, source_health, sources
from .posts import _insert, insert_rows

#: consecutive failed runs after which a source is reported unhealthy
UNHEALTHY_AFTER = 3


@dataclass(frozen=True, slots=True)
class Health:
    """How a source has been doing."""

    source: str
    last_run_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str | None = None
    failures: int = 0
    runs: int = 0
    posts_new: int = 0

    @property
    def healthy(self) -> bool:
        return self.failures < UNHEALTHY_AFTER

    @property
    def status(self) -> str:
        if self.runs == 0:
            return "never run"
        if not self.healthy:
            return "unhealthy"
        return "failing" if self.failures else "ok"


def stored_sources(connection: Connection) -> list[SourceSpec]:
    rows = connection.execute(select(sources).order_by(sources.c.name)).all()
    return [
        SourceSpec(
            name=row.name,
            kind=row.kind,
            every=row.every_seconds,
            keep=row.keep if row.keep != "default" else None,
            enabled=row.enabled,
            options=row.options or {},
        )
        for row in rows
    ]


def add_source(connection: Connection, spec: SourceSpec) -> bool:
    """Store a source; False when one of that name is already stored (nothing changed)."""
    statement = (
        _insert(connection, sources)
        .values(
            name=spec.name,
            kind=spec.kind,
            options=spec.options,
            every_seconds=spec.every,
            keep=spec.keep or "default",
            enabled=spec.enabled,
            created_at=utcnow(),
        )
        .on_conflict_do_nothing(index_elements=[sources.c.name])
        .returning(sources.c.id)
    )
    return connection.execute(statement).first() is not None


def remove_source(connection: Connection, name: str, *, forget: bool = True) -> bool:
    """Remove a stored source (and, with ``forget``, its cursor and health); False if unknown."""
    removed = connection.execute(delete(sources).where(sources.c.name == name)).rowcount == 1
    if removed and forget:
        connection.execute(delete(source_cursors).where(source_cursors.c.source == name))
        connection.execute(delete(source_health).where(source_health.c.source == name))
    return removed


def get_cursor(connection: Connection, source: str) -> str | None:
    row = connection.execute(
        select(source_cursors.c.cursor).where(source_cursors.c.source == source)
    ).first()
    return row[0] if row is not None else None


def set_cursor(connection: Connection, source: str, cursor: str) -> None:
    statement = _insert(connection, source_cursors).values(
        source=source, cursor=cursor, updated_at=utcnow()
    )
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=[source_cursors.c.source],
            set_={"cursor": statement.excluded.cursor, "updated_at": statement.excluded.updated_at},
        )
    )


def health(connection: Connection) -> dict[str, Health]:
    rows = connection.execute(select(source_health)).all()
    return {row.source: Health(**row._asdict()) for row in rows}


def record_run(
    connection: Connection, source: str, *, new: int, error: str | None, at: datetime | None = None
) -> Health:
    """Count a run of ``source``: a success resets the failures, an error adds one."""
    at = at or utcnow()
    connection.execute(
        _insert(connection, source_health)
        .values(source=source, failures=0, runs=0, posts_new=0)
        .on_conflict_do_nothing(index_elements=[source_health.c.source])
    )
    values: dict[str, Any] = {
        "last_run_at": at,
        "runs": source_health.c.runs + 1,
        "posts_new": source_health.c.posts_new + new,
    }
    if error is None:
        values.update(last_success_at=at, failures=0)
    else:
        values.update(last_error=error, failures=source_health.c.failures + 1)
    connection.execute(update(source_health).where(source_health.c.source == source).values(values))
    row = connection.execute(select(source_health).where(source_health.c.source == source)).one()
    return Health(**row._asdict())


def insert_mentions(connection: Connection, rows: Iterable[dict[str, Any]]) -> None:
    """Matched terms of new posts: dicts with post_id, kind, term, owner."""
    insert_rows(connection, post_mentions, list(rows))


def mentions_of(connection: Connection, post_id: int) -> list[tuple[str, str, str]]:
    rows = connection.execute(
        select(post_mentions.c.kind, post_mentions.c.term, post_mentions.c.owner)
        .where(post_mentions.c.post_id == post_id)
        .order_by(post_mentions.c.kind, post_mentions.c.term)
    ).all()
    return [(r.kind, r.term, r.owner) for r in rows]
