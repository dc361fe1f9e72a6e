"""Listening: sources, their cursors and health, and the terms each post was kept for (issue #5).

::

    sources               added with `tocsin sources add` (profile sources live in tocsin.toml)
    source_cursors        where each source (profile or added) stopped: resumes there
    source_health         last run, last success, last error, consecutive failures per source
    post_mentions   *──1  posts: the brand, alias, handle... terms a post matched

Tables here share :data:`tocsin.store.tables.metadata`; ``tables.py`` imports this module so the
metadata (and the migration check) always sees them.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
)

from .tables import SafeText, UTCDateTime, _pk, metadata

__all__ = ["metadata", "post_mentions", "source_cursors", "source_health", "sources"]

sources = Table(
    "sources",
    metadata,
    _pk(),
    Column("name", String(100), nullable=False, unique=True),
    Column(
        "kind", String(32), nullable=False, comment="Connector: mastodon, bluesky, reddit, rss…"
    ),
    Column("options", JSON(), nullable=False, comment="Connector options (query, instance…)"),
    Column("every_seconds", Integer(), nullable=False, comment="Schedule of `tocsin serve`"),
    Column("keep", String(16), nullable=False, comment="mentions: only posts naming the org; all"),
    Column("enabled", Boolean(), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)

source_cursors = Table(
    "source_cursors",
    metadata,
    Column("source", String(100), primary_key=True),
    Column("cursor", SafeText(), nullable=False, comment="Connector-specific position, as text"),
    Column("updated_at", UTCDateTime(), nullable=False),
)

source_health = Table(
    "source_health",
    metadata,
    Column("source", String(100), primary_key=True),
    Column("last_run_at", UTCDateTime()),
    Column("last_success_at", UTCDateTime()),
    Column("last_error", SafeText()),
    Column("failures", Integer(), nullable=False, comment="Consecutive failed runs"),
    Column("runs", Integer(), nullable=False),
    Column("posts_new", BigInteger(), nullable=False, comment="New posts stored, all runs"),
)

post_mentions = Table(
    "post_mentions",
    metadata,
    Column(
        "post_id",
        BigInteger().with_variant(Integer(), "sqlite"),
        ForeignKey("posts.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("kind", String(16), primary_key=True, comment="brand, alias, handle, domain…"),
    Column("term", SafeText(), primary_key=True, comment="The term as written in the profile"),
    Column("owner", SafeText(), nullable=False, comment="The brand, person or competitor named"),
    Index(None, "kind", "term"),
)
