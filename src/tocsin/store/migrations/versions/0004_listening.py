"""Listening: sources, cursors, source health, matched terms (issue #5).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _id() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", _id(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "kind",
            sa.String(length=32),
            nullable=False,
            comment="Connector: mastodon, bluesky, reddit, rss…",
        ),
        sa.Column(
            "options", sa.JSON(), nullable=False, comment="Connector options (query, instance…)"
        ),
        sa.Column(
            "every_seconds", sa.Integer(), nullable=False, comment="Schedule of `tocsin serve`"
        ),
        sa.Column(
            "keep",
            sa.String(length=16),
            nullable=False,
            comment="mentions: only posts naming the org; all",
        ),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("name", name=op.f("uq_sources_name")),
    )
    op.create_table(
        "source_cursors",
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column(
            "cursor", sa.Text(), nullable=False, comment="Connector-specific position, as text"
        ),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("source", name=op.f("pk_source_cursors")),
    )
    op.create_table(
        "source_health",
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("last_run_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_success_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False, comment="Consecutive failed runs"),
        sa.Column("runs", sa.Integer(), nullable=False),
        sa.Column(
            "posts_new", sa.BigInteger(), nullable=False, comment="New posts stored, all runs"
        ),
        sa.PrimaryKeyConstraint("source", name=op.f("pk_source_health")),
    )
    op.create_table(
        "post_mentions",
        sa.Column("post_id", _id(), nullable=False),
        sa.Column(
            "kind", sa.String(length=16), nullable=False, comment="brand, alias, handle, domain…"
        ),
        sa.Column("term", sa.Text(), nullable=False, comment="The term as written in the profile"),
        sa.Column(
            "owner", sa.Text(), nullable=False, comment="The brand, person or competitor named"
        ),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["posts.id"],
            name=op.f("fk_post_mentions_post_id_posts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("post_id", "kind", "term", name=op.f("pk_post_mentions")),
    )
    op.create_index(op.f("ix_post_mentions_kind_term"), "post_mentions", ["kind", "term"])


def downgrade() -> None:
    op.drop_table("post_mentions")
    op.drop_table("source_health")
    op.drop_table("source_cursors")
    op.drop_table("sources")
