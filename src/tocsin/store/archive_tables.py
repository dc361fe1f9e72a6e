"""Tamper-evident archive: records, tree heads, retention, legal holds, audit (issue #7).

Tables here share :data:`tocsin.store.tables.metadata`; ``tables.py`` imports this module so the
metadata (and the migration check) always sees them.

::

    archive_keys 1──* archive_heads         one signed tree head per append
    archive_records (seq = leaf index)      content, hashes, tombstone; audit entries too
    archive_retention_policies              days to keep, per source / platform / category
    archive_holds                           legal holds (scope as a search), released or not

On SQLite the migrations also create the FTS5 tables ``archive_fts`` (the text) and
``archive_fts_authors`` (the authors), both with rowid = seq; on PostgreSQL
``archive_records.search_vector`` holds the French and English ``tsvector`` and a B-tree index
finds the authors.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
)
from sqlalchemy.dialects.postgresql import TSVECTOR

from .tables import SafeText, UTCDateTime, metadata

__all__ = [
    "archive_heads",
    "archive_holds",
    "archive_keys",
    "archive_records",
    "archive_retention_policies",
    "is_search_index",
    "metadata",
]

FTS_TABLE = "archive_fts"
AUTHOR_FTS_TABLE = "archive_fts_authors"
AUTHOR_INDEX = "ix_archive_records_author"


def _big() -> Any:
    return BigInteger().with_variant(Integer(), "sqlite")


archive_keys = Table(
    "archive_keys",
    metadata,
    Column("id", _big(), primary_key=True),
    Column("public_key", LargeBinary(), nullable=False, comment="Raw Ed25519 public key, 32 bytes"),
    Column(
        "private_key",
        LargeBinary(),
        comment="PKCS#8 private key, only when no TOCSIN_ARCHIVE_KEY file holds it",
    ),
    Column("created_at", UTCDateTime(), nullable=False),
)

archive_heads = Table(
    "archive_heads",
    metadata,
    Column("id", _big(), primary_key=True),
    Column("tree_size", _big(), nullable=False),
    Column("timestamp_ms", _big(), nullable=False),
    Column("root_hash", LargeBinary(), nullable=False),
    Column("signature", LargeBinary(), nullable=False),
    Column("key_id", _big(), ForeignKey("archive_keys.id"), nullable=False),
    Column("frontier", LargeBinary(), nullable=False, comment="Perfect subtree roots, for appends"),
    Index(None, "tree_size"),
)

archive_records = Table(
    "archive_records",
    metadata,
    Column("seq", _big(), primary_key=True, autoincrement=False, comment="Leaf index, from 0"),
    Column("kind", String(16), nullable=False, comment="post or audit"),
    Column("source", SafeText(), nullable=False),
    Column("platform", SafeText(), comment="Lower case, for filters (meta has it as given)"),
    Column("native_id", SafeText()),
    Column("captured_at", UTCDateTime(), nullable=False),
    Column("captured_by", SafeText()),
    Column("direction", String(16)),
    Column("author", SafeText(), comment="Handle without @, lower case, for filters"),
    Column("posted_at", UTCDateTime(), comment="The post's date, else the capture's"),
    Column("decision", String(16)),
    Column("categories", Text(), comment="Space-separated risk categories of the findings"),
    Column("meta", LargeBinary(), comment="Canonical JSON of the metadata, hashed into the leaf"),
    Column("document", LargeBinary(), comment="Canonical JSON of the post and its decision trail"),
    Column("raw", LargeBinary(), comment="The payload bytes exactly as received"),
    Column("raw_sha256", LargeBinary()),
    Column("document_sha256", LargeBinary()),
    Column("leaf_hash", LargeBinary(), nullable=False),
    Column("search_text", SafeText()),
    Column("search_vector", TSVECTOR().with_variant(Text(), "sqlite")),
    Column("deleted_at", UTCDateTime(), comment="Tombstone: when the content was deleted"),
    Column("deletion_reason", SafeText()),
    Index(None, "posted_at"),
    Index(None, "platform"),
    Index(AUTHOR_INDEX, "author").ddl_if(dialect="postgresql"),
    Index(None, "search_vector", postgresql_using="gin").ddl_if(dialect="postgresql"),
)

archive_retention_policies = Table(
    "archive_retention_policies",
    metadata,
    Column("id", _big(), primary_key=True),
    Column("source", SafeText(), comment="Source it applies to; null: every source"),
    Column("platform", SafeText(), comment="Channel it applies to; null: every channel"),
    Column("category", String(32), comment="Risk category it applies to; null: every record"),
    Column("days", Integer(), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("created_by", SafeText()),
)

archive_holds = Table(
    "archive_holds",
    metadata,
    Column("id", _big(), primary_key=True),
    Column("matter", SafeText(), nullable=False),
    Column("custodian", SafeText(), nullable=False),
    Column("scope", JSON(), nullable=False, comment="The search the hold covers"),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("created_by", SafeText()),
    Column("released_at", UTCDateTime()),
    Column("released_by", SafeText()),
)


SEARCH_VECTOR_INDEX = "ix_archive_records_search_vector"


def is_search_index(name: str) -> bool:
    """Whether a table or index is part of the search of one database only.

    SQLite's FTS5 tables (and their shadow tables), PostgreSQL's GIN index and its author index
    are made by the migrations for their database: schema comparisons leave them out.
    """
    return name in (FTS_TABLE, SEARCH_VECTOR_INDEX, AUTHOR_INDEX) or name.startswith(
        FTS_TABLE + "_"
    )
