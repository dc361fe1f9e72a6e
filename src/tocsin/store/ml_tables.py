"""Text models: the labels people give posts when they review them (issue #6).

A label says what a person decided a post's text is for one task (``sentiment``: negative,
neutral or positive; ``toxicity``: toxic, hate or clean; ``spam``: spam or ham). One label per
task and text (``text_sha256``): labelling again replaces the label. ``tocsin ml train
--from-reviews`` trains on them. Tables here share :data:`tocsin.store.tables.metadata`;
``tables.py`` imports this module so the metadata (and the migration check) always sees them.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, ForeignKey, Index, Integer, String, Table

from .tables import SafeText, UTCDateTime, metadata

ml_labels = Table(
    "ml_labels",
    metadata,
    Column("id", BigInteger().with_variant(Integer(), "sqlite"), primary_key=True),
    Column("task", String(16), nullable=False, comment="sentiment, toxicity or spam"),
    Column("label", String(16), nullable=False),
    Column("text", SafeText(), nullable=False),
    Column("text_sha256", String(64), nullable=False, comment="SHA-256 of the text (UTF-8)"),
    Column("lang", String(8), comment="fr, en, ... when known"),
    Column(
        "post_id",
        BigInteger().with_variant(Integer(), "sqlite"),
        ForeignKey("posts.id", ondelete="SET NULL"),
        comment="The stored post labelled, if any",
    ),
    Column("source", String(16), nullable=False, comment="review (CLI/web) or import (file)"),
    Column("reviewer", SafeText(), comment="Who labelled it, when known"),
    Column("labelled_at", UTCDateTime(), nullable=False),
    Index(None, "task", "text_sha256", unique=True),
    Index(None, "post_id"),
)

__all__ = ["metadata", "ml_labels"]
