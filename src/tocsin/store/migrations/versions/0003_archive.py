"""Tamper-evident archive: records, tree heads, retention, legal holds, audit (issue #7).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _id() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "archive_keys",
        sa.Column("id", _id(), nullable=False),
        sa.Column(
            "public_key",
            sa.LargeBinary(),
            nullable=False,
            comment="Raw Ed25519 public key, 32 bytes",
        ),
        sa.Column(
            "private_key",
            sa.LargeBinary(),
            nullable=True,
            comment="PKCS#8 private key, only when no TOCSIN_ARCHIVE_KEY file holds it",
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archive_keys")),
    )
    op.create_table(
        "archive_heads",
        sa.Column("id", _id(), nullable=False),
        sa.Column("tree_size", _id(), nullable=False),
        sa.Column("timestamp_ms", _id(), nullable=False),
        sa.Column("root_hash", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("key_id", _id(), nullable=False),
        sa.Column(
            "frontier",
            sa.LargeBinary(),
            nullable=False,
            comment="Perfect subtree roots, for appends",
        ),
        sa.ForeignKeyConstraint(
            ["key_id"], ["archive_keys.id"], name=op.f("fk_archive_heads_key_id_archive_keys")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archive_heads")),
    )
    op.create_index(op.f("ix_archive_heads_tree_size"), "archive_heads", ["tree_size"])

    op.create_table(
        "archive_records",
        sa.Column("seq", _id(), autoincrement=False, nullable=False, comment="Leaf index, from 0"),
        sa.Column("kind", sa.String(length=16), nullable=False, comment="post or audit"),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column(
            "platform",
            sa.Text(),
            nullable=True,
            comment="Lower case, for filters (meta has it as given)",
        ),
        sa.Column("native_id", sa.Text(), nullable=True),
        sa.Column("captured_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("captured_by", sa.Text(), nullable=True),
        sa.Column("direction", sa.String(length=16), nullable=True),
        sa.Column(
            "author", sa.Text(), nullable=True, comment="Handle without @, lower case, for filters"
        ),
        sa.Column(
            "posted_at",
            sa.DateTime(timezone=True),
            nullable=True,
            comment="The post's date, else the capture's",
        ),
        sa.Column("decision", sa.String(length=16), nullable=True),
        sa.Column(
            "categories",
            sa.Text(),
            nullable=True,
            comment="Space-separated risk categories of the findings",
        ),
        sa.Column(
            "meta",
            sa.LargeBinary(),
            nullable=True,
            comment="Canonical JSON of the metadata, hashed into the leaf",
        ),
        sa.Column(
            "document",
            sa.LargeBinary(),
            nullable=True,
            comment="Canonical JSON of the post and its decision trail",
        ),
        sa.Column(
            "raw", sa.LargeBinary(), nullable=True, comment="The payload bytes exactly as received"
        ),
        sa.Column("raw_sha256", sa.LargeBinary(), nullable=True),
        sa.Column("document_sha256", sa.LargeBinary(), nullable=True),
        sa.Column("leaf_hash", sa.LargeBinary(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=True),
        sa.Column(
            "search_vector",
            postgresql.TSVECTOR().with_variant(sa.Text(), "sqlite"),
            nullable=True,
        ),
        sa.Column(
            "deleted_at",
            sa.DateTime(timezone=True),
            nullable=True,
            comment="Tombstone: when the content was deleted",
        ),
        sa.Column("deletion_reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_archive_records")),
    )
    op.create_index(op.f("ix_archive_records_posted_at"), "archive_records", ["posted_at"])
    op.create_index(op.f("ix_archive_records_platform"), "archive_records", ["platform"])
    op.create_index(op.f("ix_archive_records_author"), "archive_records", ["author"])
    if op.get_bind().dialect.name == "postgresql":
        op.create_index(
            op.f("ix_archive_records_search_vector"),
            "archive_records",
            ["search_vector"],
            postgresql_using="gin",
        )

    op.create_table(
        "archive_retention_policies",
        sa.Column("id", _id(), nullable=False),
        sa.Column(
            "source", sa.Text(), nullable=True, comment="Source it applies to; null: every source"
        ),
        sa.Column(
            "platform",
            sa.Text(),
            nullable=True,
            comment="Channel it applies to; null: every channel",
        ),
        sa.Column(
            "category",
            sa.String(length=32),
            nullable=True,
            comment="Risk category it applies to; null: every record",
        ),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archive_retention_policies")),
    )
    op.create_table(
        "archive_holds",
        sa.Column("id", _id(), nullable=False),
        sa.Column("matter", sa.Text(), nullable=False),
        sa.Column("custodian", sa.Text(), nullable=False),
        sa.Column("scope", sa.JSON(), nullable=False, comment="The search the hold covers"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Text(), nullable=True),
        sa.Column("released_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("released_by", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archive_holds")),
    )
    if op.get_bind().dialect.name == "sqlite":
        # Full-text index of archive_records.search_text (rowid = seq; the text is not copied).
        # Porter stemming for English, accents folded for French. No document sizes
        # (columnsize=0): results come newest first, never ranked, and appends are faster.
        op.execute(
            "CREATE VIRTUAL TABLE archive_fts USING fts5(search_text, content='archive_records', "
            "content_rowid='seq', columnsize=0, tokenize = 'porter unicode61 remove_diacritics 2')"
        )
        # Merge the index's segments 8 at a time instead of 4: less work per append, searches
        # still read few segments.
        op.execute("INSERT INTO archive_fts (archive_fts, rank) VALUES ('automerge', 8)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS archive_fts")
    op.drop_table("archive_holds")
    op.drop_table("archive_retention_policies")
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index(op.f("ix_archive_records_search_vector"), table_name="archive_records")
    op.drop_table("archive_records")
    op.drop_table("archive_heads")
    op.drop_table("archive_keys")
