"""Queries on review labels (:data:`tocsin.store.ml_tables.ml_labels`)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, func, or_, select

from .ml_tables import ml_labels
from .tables import posts


@dataclass(frozen=True, slots=True)
class Label:
    task: str
    label: str
    text: str
    lang: str | None
    post_id: int | None = None
    source: str = "review"
    reviewer: str | None = None


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def save_label(connection: Connection, label: Label) -> bool:
    """Record a label; True when it is new, False when it replaced the text's previous label."""
    digest = text_digest(label.text)
    row = {
        "task": label.task,
        "label": label.label,
        "text": label.text,
        "text_sha256": digest,
        "lang": label.lang,
        "post_id": label.post_id,
        "source": label.source,
        "reviewer": label.reviewer,
        "labelled_at": datetime.now(UTC),
    }
    existing = connection.execute(
        select(ml_labels.c.id).where(
            ml_labels.c.task == label.task, ml_labels.c.text_sha256 == digest
        )
    ).scalar_one_or_none()
    if existing is None:
        connection.execute(ml_labels.insert().values(**row))
        return True
    connection.execute(ml_labels.update().where(ml_labels.c.id == existing).values(**row))
    return False


def labels(connection: Connection, task: str | None = None) -> list[Label]:
    """Every label (of one task), oldest first."""
    query = select(ml_labels).order_by(ml_labels.c.id)
    if task is not None:
        query = query.where(ml_labels.c.task == task)
    return [
        Label(r.task, r.label, r.text, r.lang, r.post_id, r.source, r.reviewer)
        for r in connection.execute(query)
    ]


def label_counts(connection: Connection) -> dict[tuple[str, str], int]:
    """Number of labels per (task, label)."""
    query = select(ml_labels.c.task, ml_labels.c.label, func.count()).group_by(
        ml_labels.c.task, ml_labels.c.label
    )
    return {(task, label): int(n) for task, label, n in connection.execute(query)}


def find_post(connection: Connection, reference: str) -> tuple[int, str, str | None] | None:
    """``(pk, text, lang)`` of the stored post whose database id or platform id is ``reference``."""
    clauses = [posts.c.native_id == reference]
    if reference.isdigit():
        clauses.append(posts.c.id == int(reference))
    row = connection.execute(
        select(posts.c.id, posts.c.text, posts.c.lang).where(or_(*clauses)).order_by(posts.c.id)
    ).first()
    return None if row is None else (int(row.id), str(row.text), row.lang)
