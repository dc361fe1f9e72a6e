"""Facebook page or profile export ("Download your information", JSON format).

Posts (``your_posts_1.json``, ``profile_posts_1.json``): ``[{"timestamp": 1700000000, "data":
[{"post": "text"}], "title": "..."}]``. Comments (``comments.json``): ``{"comments_v2":
[{"timestamp", "data": [{"comment": {"timestamp", "comment", "author"}}], "title"}]}``. Texts are
UTF-8 read as Latin-1 by the exporter; they are repaired. Posts are outbound, comments inbound
unless by ``--author``. Facebook gives no ids: the natural key is the content hash.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from ...errors import PostError
from ...models import Direction
from ..items import Item, Rejected
from .base import FileFormat, ReadOptions, export_post, fix_mojibake, json_export


def map_facebook(record: dict[str, Any], options: ReadOptions) -> Any:
    texts: list[str] = []
    author: str | None = None
    moment = record.get("timestamp")
    direction = Direction.OUTBOUND
    for part in record.get("data") or []:
        if not isinstance(part, dict):
            continue
        if isinstance(part.get("post"), str):
            texts.append(part["post"])
        comment = part.get("comment")
        if isinstance(comment, dict):
            texts.append(str(comment.get("comment") or ""))
            author = comment.get("author")
            moment = comment.get("timestamp") or moment
            direction = Direction.INBOUND
    text = fix_mojibake("\n".join(t for t in texts if t))
    if not text:
        raise PostError("no text (a post with only attachments)")
    if author and options.author and fix_mojibake(author) == options.author:
        direction = Direction.OUTBOUND
    fields: dict[str, Any] = {
        "text": text,
        "direction": direction,
        "at": moment,
        "platform": "facebook",
        "author": fix_mojibake(author) if author else None,
    }
    if record.get("title"):
        fields["title"] = fix_mojibake(str(record["title"]))
    return export_post(fields, options)


class FacebookExport(FileFormat):
    name = "facebook"
    description: ClassVar[dict[str, str]] = {
        "en": "Facebook page/profile export, JSON (posts and comments_v2).",
        "fr": "Export Facebook (page ou profil), JSON (publications et comments_v2).",
    }

    @classmethod
    def sniff(cls, filename: str, head: bytes) -> bool:
        compact = b"".join(head.split())
        return compact.startswith(b'{"comments_v2"') or (
            compact.startswith(b'[{"timestamp"') and b'"data":[{"post"' in compact
        )

    def read(self, data: bytes, options: ReadOptions) -> Iterator[Item | Rejected]:
        return json_export(
            data,
            "a Facebook JSON export",
            lambda record: map_facebook(record, options),
            key="comments_v2",
        )
