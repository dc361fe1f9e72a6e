"""Queries for the post aggregate: a post, its screening results and their findings.

Functions take a :class:`~sqlalchemy.Connection` already in a transaction;
:class:`~tocsin.store.database.Store` owns the transactions and turns errors into StorageError.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from hashlib import sha256
from importlib.metadata import PackageNotFoundError, version
from itertools import islice
from typing import Any

from sqlalchemy import Connection, Table, func, select
from sqlalchemy.dialects import postgresql, sqlite

from ..models import Decision, Direction, Finding, Post, Result, utcnow
from .tables import findings, posts, results

BATCH_SIZE = 500


def _engine_version() -> str:
    try:
        return version("tocsin")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"


ENGINE_VERSION = _engine_version()


@dataclass(frozen=True, slots=True)
class StoredPost:
    """A stored post with its latest screening result.

    ``findings`` are dicts with the fields of a finding in the JSON result. ``decision``,
    ``language`` and ``screened_at`` are None for a post stored without a result.
    """

    pk: int
    natural_key: str
    id: str | None
    text: str
    direction: Direction
    at: datetime
    author: str | None
    author_name: str | None
    platform: str | None
    url: str | None
    lang: str | None
    extra: dict[str, Any]
    created_at: datetime
    decision: Decision | None = None
    language: str | None = None
    screened_at: datetime | None = None
    profile: str | None = None
    engine_version: str | None = None
    findings: list[dict[str, Any]] = field(default_factory=list)

    def to_post(self) -> Post:
        """The post as it was received (unknown fields included)."""
        fields: dict[str, Any] = dict(self.extra)
        fields.update(
            id=self.id,
            text=self.text,
            direction=self.direction,
            at=self.at,
            author=self.author,
            author_name=self.author_name,
            platform=self.platform,
            url=self.url,
            lang=self.lang,
        )
        return Post.model_validate(fields)


def natural_key(post: Post) -> str:
    """The dedup key of a post: the same post stored twice is stored once.

    ``i:`` + SHA-256 of platform and id when the post has an id, else ``c:`` + SHA-256 of
    platform, author, date (UTC, ISO 8601; empty when the post was given without one) and
    text. The platform is compared case-insensitively,
    the author too and without a leading ``@``, as official handles are.
    """
    platform = (post.platform or "").strip().casefold()
    if post.id is not None:
        return "i:" + _digest(["id", platform, post.id])
    author = (post.author or "").strip().removeprefix("@").casefold()
    # A post given without a date gets "now" as its date; the key leaves that date out, so that
    # the same undated post imported twice is still recognised.
    at = post.at.astimezone(UTC).isoformat() if "at" in post.model_fields_set else ""
    return "c:" + _digest(["content", platform, author, at, post.text])


def _digest(parts: list[str]) -> str:
    # JSON makes the concatenation unambiguous; ASCII escapes make any string encodable.
    material = json.dumps(parts, ensure_ascii=True, separators=(",", ":"))
    return sha256(material.encode("ascii")).hexdigest()


def batches(pairs: Iterable[tuple[Post, Result]], size: int) -> Iterator[list[tuple[Post, Result]]]:
    """``pairs`` in lists of at most ``size``."""
    if size < 1:
        raise ValueError("batch size must be at least 1")
    iterator = iter(pairs)
    while batch := list(islice(iterator, size)):
        yield batch


def _jsonable(value: Any) -> Any:
    """``value`` as strict JSON: PostgreSQL refuses NaN and infinities, which become strings."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def _insert(connection: Connection, table: Table) -> postgresql.Insert | sqlite.Insert:
    if connection.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def insert_rows(
    connection: Connection,
    table: Table,
    rows: list[dict[str, Any]],
    *,
    unique: str | None = None,
    returning: tuple[str, ...] = (),
) -> list[tuple[Any, ...]]:
    """Insert ``rows`` (dicts with the same keys) in few statements; the ``returning`` columns of
    the rows inserted, in no particular order. With ``unique``, a row whose value of that unique
    column is already stored is left out (``ON CONFLICT DO NOTHING``).

    On SQLite the rows go through the columns' own bind processors (the stored values are those
    SQLAlchemy would store) straight to the driver — one ``executemany``, or multi-row
    ``INSERT … VALUES (…), (…) RETURNING`` statements when columns are returned — without
    SQLAlchemy's per-row parameter handling, which costs more than SQLite's own work. Elsewhere
    this is SQLAlchemy's ``executemany`` (``insertmanyvalues`` for ``RETURNING``).
    """
    if not rows:
        return []
    if connection.dialect.name != "sqlite":
        insert = _insert(connection, table)
        if unique is not None:
            insert = insert.on_conflict_do_nothing(index_elements=[table.c[unique]])
        if not returning:
            connection.execute(insert, rows)
            return []
        columns = (table.c[name] for name in returning)
        return [tuple(row) for row in connection.execute(insert.returning(*columns), rows)]
    names = list(rows[0])
    dialect = connection.dialect
    processors = [(n, table.c[n].type.dialect_impl(dialect).bind_processor(dialect)) for n in names]
    quote = dialect.identifier_preparer.quote
    sql = f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, names))}) VALUES "
    tail = f" ON CONFLICT ({quote(unique)}) DO NOTHING" if unique is not None else ""
    if returning:
        tail += f" RETURNING {', '.join(map(quote, returning))}"
    values = [tuple([row[n] if p is None else p(row[n]) for n, p in processors]) for row in rows]
    one = "(" + ", ".join("?" * len(names)) + ")"
    if not returning:
        connection.exec_driver_sql(sql + one + tail, values)
        return []
    per_statement = max(1, dialect.insertmanyvalues_max_parameters // len(names))
    found: list[tuple[Any, ...]] = []
    for start in range(0, len(values), per_statement):
        chunk = values[start : start + per_statement]
        flat = tuple(value for row in chunk for value in row)
        statement = sql + ", ".join([one] * len(chunk)) + tail
        found.extend(tuple(row) for row in connection.exec_driver_sql(statement, flat))
    return found


@dataclass(frozen=True, slots=True)
class NewPost:
    """A post a batch stored for the first time: its row id, its place in the batch, the post."""

    pk: int
    index: int
    post: Post
    result: Result


def insert_batch(
    connection: Connection,
    pairs: list[tuple[Post, Result]],
    *,
    profile: str | None,
    engine_version: str,
    now: datetime | None = None,
) -> int:
    """Insert the posts not stored yet, each with its result and findings; returns how many."""
    return len(
        insert_new(connection, pairs, profile=profile, engine_version=engine_version, now=now)
    )


def insert_new(
    connection: Connection,
    pairs: list[tuple[Post, Result]],
    *,
    profile: str | None,
    engine_version: str,
    now: datetime | None = None,
) -> list[NewPost]:
    """Insert the posts not stored yet, each with its result and findings; returns those posts.

    ``index`` is the position in ``pairs`` of the first occurrence of each new post.
    """
    now = now or utcnow()
    keyed: dict[str, tuple[Post, Result]] = {}
    first: dict[str, int] = {}
    for index, (post, result) in enumerate(pairs):
        key = natural_key(post)
        if key not in keyed:
            keyed[key] = (post, result)
            first[key] = index
    if not keyed:
        return []
    post_rows = [_post_row(key, post, now) for key, (post, _result) in keyed.items()]
    new = insert_rows(
        connection, posts, post_rows, unique="natural_key", returning=("id", "natural_key")
    )
    if not new:
        return []
    stored = [(post_id, keyed[key][1]) for post_id, key in new]
    result_rows = [
        {
            "post_id": post_id,
            "decision": Decision(result.decision).value,
            "language": result.language,
            "screened_at": now,
            "profile": profile,
            "engine_version": engine_version,
        }
        for post_id, result in stored
    ]
    # Each new post has one new result: the post id says which result id is whose, so the
    # rows need no order (an ordered RETURNING is one statement per row on SQLite).
    result_ids: dict[int, int] = dict(
        insert_rows(connection, results, result_rows, returning=("post_id", "id"))
    )
    finding_rows = [
        _finding_row(result_ids[post_id], position, finding)
        for post_id, result in stored
        for position, finding in enumerate(result.findings)
    ]
    insert_rows(connection, findings, finding_rows)
    return sorted(
        (NewPost(post_id, first[key], *keyed[key]) for post_id, key in new),
        key=lambda n: n.index,
    )


def _post_row(key: str, post: Post, now: datetime) -> dict[str, Any]:
    return {
        "natural_key": key,
        "native_id": post.id,
        "platform": post.platform,
        "direction": Direction(post.direction).value,
        "at": post.at,
        "author": post.author,
        "author_name": post.author_name,
        "url": post.url,
        "lang": post.lang,
        "text": post.text,
        "extra": _jsonable(post.model_extra or {}),
        "created_at": now,
    }


def _finding_row(result_id: int, position: int, finding: Finding) -> dict[str, Any]:
    return {
        "result_id": result_id,
        "position": position,
        "category": str(finding.category),
        "kind": finding.kind,
        "severity": str(finding.severity),
        "start": finding.start,
        "end": finding.end,
        "excerpt": finding.excerpt,
        "explanation": finding.explanation,
        "detector": finding.detector,
        "score": finding.score,
        "rule": finding.rule,
        "matched": finding.matched,
    }


def count_posts(connection: Connection) -> int:
    return int(connection.execute(select(func.count()).select_from(posts)).scalar_one())


def recent(connection: Connection, limit: int = 50) -> list[StoredPost]:
    """The ``limit`` newest posts, newest first, each with its latest result (three queries)."""
    if limit < 1:
        return []
    post_rows = connection.execute(
        select(posts).order_by(posts.c.at.desc(), posts.c.id.desc()).limit(limit)
    ).all()
    if not post_rows:
        return []
    latest = (
        select(func.max(results.c.id).label("id"))
        .where(results.c.post_id.in_([row.id for row in post_rows]))
        .group_by(results.c.post_id)
        .scalar_subquery()
    )
    result_rows = connection.execute(select(results).where(results.c.id.in_(latest))).all()
    by_post = {row.post_id: row for row in result_rows}
    found: dict[int, list[dict[str, Any]]] = {row.id: [] for row in result_rows}
    if found:
        finding_rows = connection.execute(
            select(findings)
            .where(findings.c.result_id.in_(list(found)))
            .order_by(findings.c.result_id, findings.c.position)
        ).all()
        for row in finding_rows:
            found[row.result_id].append(_finding_json(row))
    stored = []
    for row in post_rows:
        result = by_post.get(row.id)
        stored.append(
            StoredPost(
                pk=row.id,
                natural_key=row.natural_key,
                id=row.native_id,
                text=row.text,
                direction=Direction(row.direction),
                at=row.at,
                author=row.author,
                author_name=row.author_name,
                platform=row.platform,
                url=row.url,
                lang=row.lang,
                extra=row.extra or {},
                created_at=row.created_at,
                decision=Decision(result.decision) if result is not None else None,
                language=result.language if result is not None else None,
                screened_at=result.screened_at if result is not None else None,
                profile=result.profile if result is not None else None,
                engine_version=result.engine_version if result is not None else None,
                findings=found[result.id] if result is not None else [],
            )
        )
    return stored


def _finding_json(row: Any) -> dict[str, Any]:
    return {
        "category": row.category,
        "kind": row.kind,
        "severity": row.severity,
        "start": row.start,
        "end": row.end,
        "excerpt": row.excerpt,
        "explanation": row.explanation,
        "detector": row.detector,
        "score": row.score,
    }
