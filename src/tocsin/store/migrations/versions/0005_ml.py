"""Text models: review labels (issue #6).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _id() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "ml_labels",
        sa.Column("id", _id(), nullable=False),
        sa.Column(
            "task", sa.String(length=16), nullable=False, comment="sentiment, toxicity or spam"
        ),
        sa.Column("label", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "text_sha256",
            sa.String(length=64),
            nullable=False,
            comment="SHA-256 of the text (UTF-8)",
        ),
        sa.Column("lang", sa.String(length=8), comment="fr, en, ... when known"),
        sa.Column("post_id", _id(), comment="The stored post labelled, if any"),
        sa.Column(
            "source",
            sa.String(length=16),
            nullable=False,
            comment="review (CLI/web) or import (file)",
        ),
        sa.Column("reviewer", sa.Text(), comment="Who labelled it, when known"),
        sa.Column("labelled_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["post_id"], ["posts.id"], name=op.f("fk_ml_labels_post_id_posts"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ml_labels")),
    )
    op.create_index(
        op.f("ix_ml_labels_task_text_sha256"), "ml_labels", ["task", "text_sha256"], unique=True
    )
    op.create_index(op.f("ix_ml_labels_post_id"), "ml_labels", ["post_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_ml_labels_post_id"), table_name="ml_labels")
    op.drop_index(op.f("ix_ml_labels_task_text_sha256"), table_name="ml_labels")
    op.drop_table("ml_labels")
