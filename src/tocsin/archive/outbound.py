"""Archiving posts as they are saved: ``tocsin check --save`` keeps each new post with its
decision trail (the screening result) in the same transaction as the post itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from ..models import Post, Result, utcnow
from .log import append_records
from .records import RawRecord, canonical_json

if TYPE_CHECKING:
    from ..store.posts import NewPost


def archive_saved(
    source: str, captured_by: str
) -> Callable[[Connection, list[tuple[Post, Result]], list[NewPost]], None]:
    """A ``within`` callback for :meth:`Store.save_many` that archives the posts it stored.

    The payload kept is the post as Tocsin received it, as JSON.
    """

    def within(
        connection: Connection, _batch: list[tuple[Post, Result]], new: list[NewPost]
    ) -> None:
        if not new:
            return
        now = utcnow()
        records = []
        for stored in new:
            post = stored.post.model_dump(mode="json")
            records.append(
                RawRecord(
                    source=source,
                    platform=stored.post.platform,
                    native_id=stored.post.id,
                    raw=canonical_json(post),
                    post=post,
                    captured_at=now,
                    captured_by=captured_by,
                    trail=stored.result.to_dict(),
                )
            )
        append_records(connection, records)

    return within
