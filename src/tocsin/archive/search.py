"""E-discovery search: full text (SQLite FTS5, PostgreSQL ``tsvector`` French + English) with
filters on dates, platform, author, source, direction, category, decision and legal hold.

A :class:`SearchQuery` is also the scope of a legal hold and of an export.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import Connection, Select, and_, column, func, or_, select, table, text
from sqlalchemy.sql.elements import ColumnElement, TextClause

from ..errors import InputError
from ..store.archive_tables import AUTHOR_FTS_TABLE, FTS_TABLE, archive_holds, archive_records
from ..store.tables import escape_text
from .records import POST, fold_accents, handle_key, iso_utc, parse_datetime

_TOKEN = re.compile(r'"[^"]*"|\S+')
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class SearchQuery:
    """What to find. Each filter narrows the search; several values in one filter mean "any"."""

    text: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    platforms: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    direction: str | None = None
    categories: tuple[str, ...] = ()
    decisions: tuple[str, ...] = ()
    hold: int | None = None
    include_deleted: bool = False

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["since"] = iso_utc(self.since) if self.since else None
        out["until"] = iso_utc(self.until) if self.until else None
        return {key: list(v) if isinstance(v, tuple) else v for key, v in out.items() if v}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SearchQuery:
        fields: dict[str, Any] = {}
        for key, value in data.items():
            if key in ("since", "until"):
                fields[key] = parse_datetime(value)
            elif key in ("platforms", "authors", "sources", "categories", "decisions"):
                fields[key] = tuple(value)
            elif key in cls.__dataclass_fields__:
                fields[key] = value
        return cls(**fields)


@dataclass(frozen=True)
class Hit:
    seq: int
    captured_at: datetime
    source: str
    platform: str | None
    native_id: str | None
    author: str | None
    direction: str | None
    posted_at: datetime | None
    decision: str | None
    categories: list[str]
    text: str | None
    deleted: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "captured_at": iso_utc(self.captured_at),
            "source": self.source,
            "platform": self.platform,
            "native_id": self.native_id,
            "author": self.author,
            "direction": self.direction,
            "at": iso_utc(self.posted_at) if self.posted_at else None,
            "decision": self.decision,
            "categories": self.categories,
            "text": self.text,
            "deleted": self.deleted,
        }


def _terms(user_query: str) -> list[tuple[tuple[str, ...], bool] | None]:
    """The user's words: ``(words, prefix)`` per term (several words: a phrase), None for OR.

    Words ANDed, "quoted phrases", OR between terms, a trailing * for a prefix; any other
    punctuation only separates words (a token such as ``e-mail`` is the phrase "e mail").
    """
    terms: list[tuple[tuple[str, ...], bool] | None] = []
    for token in _TOKEN.findall(user_query):
        if token == "OR":
            if terms and terms[-1] is not None:
                terms.append(None)
            continue
        words = tuple(_WORD.findall(token))
        if words:
            terms.append((words, token.endswith("*") and not token.startswith('"')))
    while terms and terms[-1] is None:
        terms.pop()
    if not terms:
        raise InputError(f"the search {user_query!r} has no words to look for")
    return terms


def fts5_query(user_query: str) -> str:
    """A user's words as a safe SQLite FTS5 query."""
    return " ".join(
        "OR" if term is None else '"' + " ".join(term[0]) + '"' + ("*" if term[1] else "")
        for term in _terms(user_query)
    )


_ASCII_WORD = re.compile(r"[a-z0-9]")


def authors_fts5_query(keys: list[str]) -> str | None:
    """SQLite's author index query for handles (as :func:`handle_key` gives them), or None.

    Each handle is one phrase, tokenized by the index exactly as the stored author was, so every
    record by that author matches (the exact comparison with the author column follows). A
    handle without an ASCII letter or digit might give the tokenizer no word at all: then None,
    and the author column alone decides.
    """
    if not keys or not all(_ASCII_WORD.search(key) for key in keys):
        return None
    stored = [escape_text(key) for key in keys]  # as the author column keeps them
    return " OR ".join('"' + key.replace('"', '""') + '"' for key in stored)


def tsquery(user_query: str) -> str:
    """A user's words as a safe PostgreSQL ``to_tsquery`` expression."""
    rendered: list[str] = []
    joiner = " & "
    for term in _terms(user_query):
        if term is None:
            joiner = " | "
            continue
        words, prefix = term
        if rendered:
            rendered.append(joiner)
        rendered.append("(" + " <-> ".join(words) + (":*" if prefix else "") + ")")
        joiner = " & "
    return "".join(rendered)


def _text_condition(connection: Connection, query: str) -> ColumnElement[bool] | TextClause:
    if connection.dialect.name == "postgresql":
        expression = tsquery(query)
        return text(
            "archive_records.search_vector @@ (to_tsquery('french', :q) "
            "|| to_tsquery('english', :q) || to_tsquery('simple', :folded))"
        ).bindparams(q=expression, folded=fold_accents(expression))
    return archive_records.c.seq.in_(
        text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q").bindparams(
            q=fts5_query(query)
        )
    )


def _fts_join(connection: Connection, query: SearchQuery) -> bool:
    """Whether to read SQLite's index newest first, joined to the records (stops at LIMIT)."""
    return connection.dialect.name == "sqlite" and bool(query.text and query.text.strip())


def _conditions(
    connection: Connection, query: SearchQuery, *, joined: bool = False
) -> list[ColumnElement[bool] | TextClause]:
    r = archive_records.c
    conditions: list[ColumnElement[bool] | TextClause] = [r.kind == POST]
    if not query.include_deleted:
        conditions.append(r.deleted_at.is_(None))
    if joined and query.text:
        conditions.append(
            text(f"{FTS_TABLE} MATCH :match").bindparams(match=fts5_query(query.text))
        )
    elif query.text and query.text.strip():
        conditions.append(_text_condition(connection, query.text))
    if query.since is not None:
        conditions.append(r.posted_at >= query.since)
    if query.until is not None:
        conditions.append(r.posted_at <= query.until)
    if query.platforms:
        conditions.append(r.platform.in_([p.casefold() for p in query.platforms]))
    if query.authors:
        keys = [key for key in map(handle_key, query.authors) if key]
        conditions.append(r.author.in_(keys))
        match = authors_fts5_query(keys) if connection.dialect.name == "sqlite" else None
        if match is not None:
            conditions.append(
                r.seq.in_(
                    text(
                        f"SELECT rowid FROM {AUTHOR_FTS_TABLE} WHERE {AUTHOR_FTS_TABLE} MATCH :a"
                    ).bindparams(a=match)
                )
            )
    if query.sources:
        conditions.append(r.source.in_(query.sources))
    if query.direction:
        conditions.append(r.direction == query.direction)
    if query.categories:
        conditions.append(
            or_(*[(" " + r.categories + " ").contains(f" {c} ") for c in query.categories])
        )
    if query.decisions:
        conditions.append(r.decision.in_(query.decisions))
    if query.hold is not None:
        scope = hold_scope(connection, query.hold)
        conditions.extend(_conditions(connection, scope)[1:])
    return conditions


def hold_scope(connection: Connection, hold_id: int) -> SearchQuery:
    row = connection.execute(
        select(archive_holds.c.scope).where(archive_holds.c.id == hold_id)
    ).first()
    if row is None:
        raise InputError(f"there is no legal hold #{hold_id}")
    scope = SearchQuery.from_dict(row.scope)
    # A hold keeps what it covers even after a sweep ran: deleted records are not in its scope.
    return SearchQuery(**{**scope.__dict__, "hold": None, "include_deleted": False})


_FTS = table(FTS_TABLE, column("rowid"))


def _seq_bounds(connection: Connection, query: SearchQuery) -> tuple[int, int]:
    """The first and last record dated within the query's dates (-1, -1 when none).

    Given to the full-text index as a rowid range, it lets the index skip the words' other
    occurrences instead of reading them all, newest first, until the dates are reached.
    """
    r = archive_records.c
    bounds = select(func.min(r.seq), func.max(r.seq))
    if query.since is not None:
        bounds = bounds.where(r.posted_at >= query.since)
    if query.until is not None:
        bounds = bounds.where(r.posted_at <= query.until)
    low, high = connection.execute(bounds).one()
    return (-1, -1) if low is None else (int(low), int(high))


def _select(
    connection: Connection, query: SearchQuery, columns: list[Any], *, newest_first: bool
) -> Select[Any]:
    r = archive_records.c
    joined = _fts_join(connection, query)
    statement = select(*columns).where(and_(*_conditions(connection, query, joined=joined)))
    if joined:
        statement = statement.select_from(archive_records.join(_FTS, _FTS.c.rowid == r.seq))
        if query.since is not None or query.until is not None:
            statement = statement.where(_FTS.c.rowid.between(*_seq_bounds(connection, query)))
        key = _FTS.c.rowid
    else:
        key = r.seq
    return statement.order_by(key.desc() if newest_first else key)


def search(
    connection: Connection, query: SearchQuery, *, limit: int = 50, offset: int = 0
) -> list[Hit]:
    """The newest ``limit`` records matching ``query`` (after ``offset``)."""
    r = archive_records.c
    statement = (
        _select(
            connection,
            query,
            [
                r.seq,
                r.captured_at,
                r.source,
                r.platform,
                r.native_id,
                r.author,
                r.direction,
                r.posted_at,
                r.decision,
                r.categories,
                r.document,
                r.deleted_at,
            ],
            newest_first=True,
        )
        .limit(limit)
        .offset(offset)
    )
    hits = []
    for row in connection.execute(statement):
        text_value = None
        if row.document is not None:
            post = orjson.loads(row.document).get("post") or {}
            text_value = post.get("text") if isinstance(post.get("text"), str) else None
        hits.append(
            Hit(
                seq=row.seq,
                captured_at=row.captured_at,
                source=row.source,
                platform=row.platform,
                native_id=row.native_id,
                author=row.author,
                direction=row.direction,
                posted_at=row.posted_at,
                decision=row.decision,
                categories=(row.categories or "").split(),
                text=text_value,
                deleted=row.deleted_at is not None,
            )
        )
    return hits


def count(connection: Connection, query: SearchQuery) -> int:
    statement = _select(connection, query, [func.count()], newest_first=False).order_by(None)
    return int(connection.execute(statement).scalar_one())


def matching_seqs(connection: Connection, query: SearchQuery) -> Iterator[int]:
    """Every matching sequence number, in order."""
    statement = _select(connection, query, [archive_records.c.seq], newest_first=False)
    for (seq,) in connection.execute(statement):
        yield seq
