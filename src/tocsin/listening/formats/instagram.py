"""Instagram export ("Download your information", JSON format).

Posts (``content/posts_1.json``): ``[{"media": [{"uri", "creation_timestamp", "title"}],
"title"?, "creation_timestamp"?}]`` — the caption is the post's ``title`` or its first medium's.
Comments (``comments/post_comments_1.json``): ``[{"string_map_data": {"Comment": {"value"},
"Media Owner": {"value"}, "Time": {"timestamp"}}}]``. Texts are repaired from the exporter's
Latin-1 reading of UTF-8. Posts and the account's comments are outbound.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from ...errors import PostError
from ...models import Direction
from ..items import Item, Rejected
from .base import FileFormat, ReadOptions, export_post, fix_mojibake, json_export


def map_instagram(record: dict[str, Any], options: ReadOptions) -> Any:
    strings = record.get("string_map_data")
    if isinstance(strings, dict):  # a comment the account wrote
        text = str((strings.get("Comment") or {}).get("value") or "")
        moment = (strings.get("Time") or {}).get("timestamp")
        fields: dict[str, Any] = {"in_reply_to": (strings.get("Media Owner") or {}).get("value")}
    else:
        media = [m for m in record.get("media") or [] if isinstance(m, dict)]
        first = media[0] if media else {}
        text = str(record.get("title") or first.get("title") or "")
        moment = record.get("creation_timestamp") or first.get("creation_timestamp")
        fields = {"media": [m.get("uri") for m in media if m.get("uri")]}
    text = fix_mojibake(text)
    if not text:
        raise PostError("no caption or comment text")
    fields.update(text=text, direction=Direction.OUTBOUND, at=moment, platform="instagram")
    return export_post({k: v for k, v in fields.items() if v is not None}, options)


class InstagramExport(FileFormat):
    name = "instagram"
    description: ClassVar[dict[str, str]] = {
        "en": "Instagram export, JSON (posts_1.json captions, post_comments_1.json).",
        "fr": "Export Instagram, JSON (légendes posts_1.json, post_comments_1.json).",
    }

    @classmethod
    def sniff(cls, filename: str, head: bytes) -> bool:
        compact = b"".join(head.split())
        comments = b'"string_map_data":{"Comment"' in compact
        return compact.startswith((b'[{"media":[{"uri"', b'{"comments_media_comments"')) or (
            compact.startswith(b"[{") and comments
        )

    def read(self, data: bytes, options: ReadOptions) -> Iterator[Item | Rejected]:
        return json_export(
            data, "an Instagram JSON export", lambda record: map_instagram(record, options)
        )
