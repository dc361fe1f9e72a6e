"""Brand hijacking: impersonation cases and their evidence (issue #4).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _id() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "brand_cases",
        sa.Column("id", _id(), nullable=False),
        sa.Column(
            "subject_type", sa.String(length=16), nullable=False, comment="account or domain"
        ),
        sa.Column(
            "platform",
            sa.String(length=64),
            nullable=False,
            comment="Platform of the account; web for a domain",
        ),
        sa.Column(
            "subject", sa.Text(), nullable=False, comment="Handle (lower case) or domain (ASCII)"
        ),
        sa.Column("display", sa.Text(), nullable=False, comment="The name as seen (Unicode)"),
        sa.Column(
            "kind", sa.String(length=64), nullable=False, comment="Strongest finding kind so far"
        ),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("evidence_count", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_brand_cases")),
        sa.UniqueConstraint(
            "subject_type",
            "platform",
            "subject",
            name=op.f("uq_brand_cases_subject_type_platform_subject"),
        ),
    )
    op.create_index(op.f("ix_brand_cases_status"), "brand_cases", ["status"])
    op.create_index(op.f("ix_brand_cases_last_seen"), "brand_cases", ["last_seen"])

    op.create_table(
        "brand_case_evidence",
        sa.Column("id", _id(), nullable=False),
        sa.Column("case_id", _id(), nullable=False),
        sa.Column("post_id", _id(), nullable=False),
        sa.Column("kinds", sa.Text(), nullable=False, comment="Finding kinds, comma-separated"),
        sa.Column("excerpt", sa.Text(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False, comment="The post's date"),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["brand_cases.id"],
            name=op.f("fk_brand_case_evidence_case_id_brand_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["posts.id"],
            name=op.f("fk_brand_case_evidence_post_id_posts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_brand_case_evidence")),
        sa.UniqueConstraint(
            "case_id", "post_id", name=op.f("uq_brand_case_evidence_case_id_post_id")
        ),
    )
    op.create_index(op.f("ix_brand_case_evidence_post_id"), "brand_case_evidence", ["post_id"])


def downgrade() -> None:
    op.drop_table("brand_case_evidence")
    op.drop_table("brand_cases")
