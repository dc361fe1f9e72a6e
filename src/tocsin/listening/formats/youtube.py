"""YouTube comments: the Data API's ``commentThreads`` answer, or the Google Takeout CSV.

API (``youtube#commentThreadListResponse``): ``items[].snippet.topLevelComment`` is a
``youtube#comment`` whose ``snippet`` has ``textOriginal``, ``authorDisplayName``,
``authorChannelId.value``, ``publishedAt`` and ``videoId``; ``items[].replies.comments`` holds
replies. Takeout ``comments.csv``: Comment ID, Channel ID, Comment Create Timestamp, Price, Parent
Comment ID, Post ID, Video ID, Comment Text (JSON segments ``{"text": "..."}``). API comments are
inbound (what viewers say); Takeout comments are the account's own (outbound).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, ClassVar

from ...errors import PostError
from ...models import Direction
from ..items import Item, Rejected
from .base import FileFormat, ReadOptions, csv_rows, each_record, export_post, load_json, raw_json


def map_api_comment(comment: dict[str, Any], options: ReadOptions) -> Any:
    snippet = comment.get("snippet") or {}
    channel = (snippet.get("authorChannelId") or {}).get("value")
    video = snippet.get("videoId")
    fields: dict[str, Any] = {
        "id": str(comment["id"]),
        "text": str(snippet.get("textOriginal") or snippet.get("textDisplay") or ""),
        "direction": Direction.INBOUND,
        "at": snippet.get("publishedAt"),
        "author": channel,
        "author_name": snippet.get("authorDisplayName"),
        "platform": "youtube",
        "url": f"https://www.youtube.com/watch?v={video}&lc={comment['id']}" if video else None,
    }
    if video:
        fields["video_id"] = video
    return export_post(fields, options)


def _segments(value: str) -> str:
    """Takeout's comment text: JSON segments ``{"text": ...},{"text": ...}``, or plain text."""
    stripped = value.strip()
    if stripped.startswith("{"):
        try:
            parts = json.loads(f"[{stripped}]")
            return "".join(str(p.get("text", "")) for p in parts if isinstance(p, dict))
        except json.JSONDecodeError:
            pass
    return value


def map_takeout_row(row: dict[str, str], options: ReadOptions) -> Any:
    lowered = {k.strip().lower(): v for k, v in row.items() if k}
    text = _segments(lowered.get("comment text", ""))
    if not text.strip():
        raise PostError("no Comment Text")
    video = lowered.get("video id") or None
    comment_id = lowered.get("comment id") or None
    fields: dict[str, Any] = {
        "id": comment_id,
        "text": text,
        "direction": Direction.OUTBOUND,
        "at": lowered.get("comment create timestamp") or None,
        "author": lowered.get("channel id") or None,
        "platform": "youtube",
        "url": f"https://www.youtube.com/watch?v={video}&lc={comment_id}" if video else None,
    }
    return export_post({k: v for k, v in fields.items() if v is not None}, options)


class YouTubeComments(FileFormat):
    name = "youtube"
    description: ClassVar[dict[str, str]] = {
        "en": "YouTube comments: Data API commentThreads JSON, or Takeout comments.csv.",
        "fr": "Commentaires YouTube : JSON commentThreads de l'API, ou comments.csv de Takeout.",
    }

    @classmethod
    def sniff(cls, filename: str, head: bytes) -> bool:
        return b"youtube#commentThreadListResponse" in head or head.lstrip(
            b"\xef\xbb\xbf"
        ).startswith(b"Comment ID,Channel ID")

    def read(self, data: bytes, options: ReadOptions) -> Iterator[Item | Rejected]:
        if data.lstrip(b"\xef\xbb\xbf").startswith(b"Comment ID"):
            rows = csv_rows(data)
            yield from each_record(
                rows, lambda row: map_takeout_row(row, options), label="line", first=2
            )
            return
        document = load_json(data, "a YouTube commentThreads answer")
        if isinstance(document, Rejected):
            yield document
            return
        for number, thread in enumerate(document.get("items") or [], start=1):
            snippet = thread.get("snippet") or {} if isinstance(thread, dict) else {}
            comments = [snippet.get("topLevelComment")]
            comments += (thread.get("replies") or {}).get("comments") or []
            for comment in comments:
                if not isinstance(comment, dict) or not comment.get("id"):
                    continue
                try:
                    yield Item(raw_json(comment), map_api_comment(comment, options))
                except PostError as exc:
                    yield Rejected(f"thread {number}", str(exc))
