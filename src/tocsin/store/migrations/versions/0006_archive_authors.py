"""Archive on SQLite: authors found through an FTS5 index instead of a B-tree (issue #7).

The B-tree index on ``archive_records.author`` cost more than the rest of an append: each batch
of records by many authors rewrote hundreds of scattered index pages. An FTS5 index of the
authors (rowid = seq, reading the author from the records like ``archive_fts``) writes new
segments instead, and still finds an author's records newest first. PostgreSQL keeps its index.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AUTHOR_INDEX = "ix_archive_records_author"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.drop_index(AUTHOR_INDEX, table_name="archive_records")
    # Handles are matched whole (no stemming), case and accents folded; the exact comparison
    # with archive_records.author follows.
    op.execute(
        "CREATE VIRTUAL TABLE archive_fts_authors USING fts5(author, content='archive_records', "
        "content_rowid='seq', columnsize=0, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute("INSERT INTO archive_fts_authors (archive_fts_authors) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE IF EXISTS archive_fts_authors")
    op.create_index(AUTHOR_INDEX, "archive_records", ["author"])
