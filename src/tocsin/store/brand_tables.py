"""Brand hijacking: impersonation cases and their evidence (issue #4).

Tables here share :data:`tocsin.store.tables.metadata`; ``tables.py`` imports this module so the
metadata (and the migration check) always sees them.

::

    brand_cases 1──* brand_case_evidence *──1 posts

One case per impersonating account (platform + handle) or domain (registrable domain, platform
``web``); each stored post with brand-hijacking findings adds one evidence row per case.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    UniqueConstraint,
)

from .tables import SafeText, UTCDateTime, metadata

__all__ = ["brand_case_evidence", "brand_cases", "metadata"]


def _big() -> Any:
    return BigInteger().with_variant(Integer(), "sqlite")


brand_cases = Table(
    "brand_cases",
    metadata,
    Column("id", _big(), primary_key=True),
    Column("subject_type", String(16), nullable=False, comment="account or domain"),
    Column(
        "platform", String(64), nullable=False, comment="Platform of the account; web for a domain"
    ),
    Column("subject", SafeText(), nullable=False, comment="Handle (lower case) or domain (ASCII)"),
    Column("display", SafeText(), nullable=False, comment="The name as seen (Unicode)"),
    Column("kind", String(64), nullable=False, comment="Strongest finding kind so far"),
    Column("score", Float(), nullable=False),
    Column("status", String(32), nullable=False),
    Column("first_seen", UTCDateTime(), nullable=False),
    Column("last_seen", UTCDateTime(), nullable=False),
    Column("evidence_count", Integer(), nullable=False),
    Column("note", SafeText(), nullable=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    UniqueConstraint("subject_type", "platform", "subject"),
    Index(None, "status"),
    Index(None, "last_seen"),
)

brand_case_evidence = Table(
    "brand_case_evidence",
    metadata,
    Column("id", _big(), primary_key=True),
    Column("case_id", _big(), ForeignKey("brand_cases.id", ondelete="CASCADE"), nullable=False),
    Column("post_id", _big(), ForeignKey("posts.id", ondelete="CASCADE"), nullable=False),
    Column("kinds", SafeText(), nullable=False, comment="Finding kinds, comma-separated"),
    Column("excerpt", SafeText(), nullable=False),
    Column("explanation", SafeText(), nullable=False),
    Column("score", Float(), nullable=False),
    Column("seen_at", UTCDateTime(), nullable=False, comment="The post's date"),
    UniqueConstraint("case_id", "post_id"),
    Index(None, "post_id"),
)
