"""Posts, screening results and findings.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _id() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "posts",
        sa.Column("id", _id(), nullable=False),
        sa.Column(
            "natural_key",
            sa.String(length=66),
            nullable=False,
            comment="Dedup key: i:<sha256> (platform + id) or c:<sha256> (content)",
        ),
        sa.Column(
            "native_id",
            sa.Text(),
            nullable=True,
            comment="The post's id on its platform or in its file",
        ),
        sa.Column("platform", sa.Text(), nullable=True),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("author_name", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("lang", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "extra", sa.JSON(), nullable=False, comment="The post's unknown fields, as received"
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posts")),
        sa.UniqueConstraint("natural_key", name=op.f("uq_posts_natural_key")),
    )
    op.create_index(op.f("ix_posts_at"), "posts", ["at"])
    op.create_index(op.f("ix_posts_platform_native_id"), "posts", ["platform", "native_id"])

    op.create_table(
        "results",
        sa.Column("id", _id(), nullable=False),
        sa.Column("post_id", _id(), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("language", sa.Text(), nullable=False),
        sa.Column("screened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "profile", sa.Text(), nullable=True, comment="Name of the organisation profile, if any"
        ),
        sa.Column("engine_version", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["post_id"], ["posts.id"], name=op.f("fk_results_post_id_posts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_results")),
    )
    op.create_index(op.f("ix_results_decision"), "results", ["decision"])
    op.create_index(op.f("ix_results_post_id"), "results", ["post_id"])
    op.create_index(op.f("ix_results_screened_at"), "results", ["screened_at"])

    op.create_table(
        "findings",
        sa.Column("id", _id(), nullable=False),
        sa.Column("result_id", _id(), nullable=False),
        sa.Column(
            "position", sa.Integer(), nullable=False, comment="Order of the finding in its result"
        ),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("excerpt", sa.Text(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("detector", sa.Text(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("rule", sa.Text(), nullable=False),
        sa.Column("matched", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["result_id"],
            ["results.id"],
            name=op.f("fk_findings_result_id_results"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_findings")),
    )
    op.create_index(op.f("ix_findings_category"), "findings", ["category"])
    op.create_index(op.f("ix_findings_result_id"), "findings", ["result_id"])


def downgrade() -> None:
    op.drop_table("findings")
    op.drop_table("results")
    op.drop_table("posts")
