"""The tables of the store (SQLAlchemy Core), the one source the migrations are checked against.

::

    posts 1──* results 1──* findings

A post is stored once (``natural_key`` is unique); each screening of it adds one ``results`` row
with its findings. Deleting a post deletes its results and their findings.

Text columns use :class:`SafeText`, which stores any Python string exactly on SQLite and
PostgreSQL alike, even those neither database accepts as such (NUL, lone surrogates). Datetimes use
:class:`UTCDateTime`: always timezone-aware, stored as the UTC instant.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

# Escape character for the few code points a database cannot hold as text. It is a private-use
# code point, so real texts almost never contain it; when they do, it is escaped too.
ESCAPE = "\ue000"
_NEEDS_ESCAPE = re.compile("[\x00\ue000\ud800-\udfff]")
_ESCAPED = re.compile("\ue000(?:(0)|(e)|s([0-9a-f]{4}))")


def escape_text(value: str) -> str:
    """``value`` with NUL, lone surrogates and :data:`ESCAPE` replaced by escape sequences.

    PostgreSQL refuses NUL in text, and neither database can encode a lone surrogate as UTF-8.
    Every other string is returned unchanged (the common case costs one regex search).
    """
    if _NEEDS_ESCAPE.search(value) is None:
        return value
    return _NEEDS_ESCAPE.sub(_escape_char, value)


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\x00":
        return ESCAPE + "0"
    if char == ESCAPE:
        return ESCAPE + "e"
    return f"{ESCAPE}s{ord(char):04x}"


def unescape_text(value: str) -> str:
    """The inverse of :func:`escape_text`."""
    if ESCAPE not in value:
        return value
    return _ESCAPED.sub(_unescape_match, value)


def _unescape_match(match: re.Match[str]) -> str:
    nul, esc, surrogate = match.groups()
    if nul:
        return "\x00"
    if esc:
        return ESCAPE
    return chr(int(surrogate, 16))


class SafeText(TypeDecorator[str]):
    """``TEXT`` that round-trips every Python string exactly (see :func:`escape_text`)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else escape_text(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else unescape_text(value)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetime stored as its UTC instant (SQLite has no time zones)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _pk() -> Column[Any]:
    # BIGINT on PostgreSQL; SQLite only auto-increments an INTEGER PRIMARY KEY.
    return Column("id", BigInteger().with_variant(Integer(), "sqlite"), primary_key=True)


posts = Table(
    "posts",
    metadata,
    _pk(),
    Column(
        "natural_key",
        String(66),
        nullable=False,
        unique=True,
        comment="Dedup key: i:<sha256> (platform + id) or c:<sha256> (content)",
    ),
    Column("native_id", SafeText(), comment="The post's id on its platform or in its file"),
    Column("platform", SafeText()),
    Column("direction", String(16), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("author", SafeText()),
    Column("author_name", SafeText()),
    Column("url", SafeText()),
    Column("lang", SafeText()),
    Column("text", SafeText(), nullable=False),
    Column("extra", JSON(), nullable=False, comment="The post's unknown fields, as received"),
    Column("created_at", UTCDateTime(), nullable=False),
    Index(None, "at"),
    Index(None, "platform", "native_id"),
)

results = Table(
    "results",
    metadata,
    _pk(),
    Column(
        "post_id",
        BigInteger().with_variant(Integer(), "sqlite"),
        ForeignKey("posts.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("decision", String(16), nullable=False),
    Column("language", SafeText(), nullable=False),
    Column("screened_at", UTCDateTime(), nullable=False),
    Column("profile", SafeText(), comment="Name of the organisation profile, if any"),
    Column("engine_version", String(64), nullable=False),
    Index(None, "post_id"),
    Index(None, "decision"),
    Index(None, "screened_at"),
)

findings = Table(
    "findings",
    metadata,
    _pk(),
    Column(
        "result_id",
        BigInteger().with_variant(Integer(), "sqlite"),
        ForeignKey("results.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("position", Integer(), nullable=False, comment="Order of the finding in its result"),
    Column("category", String(32), nullable=False),
    Column("kind", SafeText(), nullable=False),
    Column("severity", String(16), nullable=False),
    Column("start", Integer()),
    Column("end", Integer()),
    Column("excerpt", SafeText(), nullable=False),
    Column("explanation", SafeText(), nullable=False),
    Column("detector", SafeText(), nullable=False),
    Column("score", Float(), nullable=False),
    Column("rule", SafeText(), nullable=False),
    Column("matched", SafeText(), nullable=False),
    Index(None, "result_id"),
    Index(None, "category"),
)


# Tables of the other areas, defined in their own modules on the same metadata (imported last:
# they need ``metadata`` above).
from . import archive_tables, brand_tables, listening_tables, ml_tables  # noqa: E402, F401
