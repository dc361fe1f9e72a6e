"""X/Twitter archive: ``data/tweets.js`` (``window.YTD.tweets.part0 = [{"tweet": {...}}]``).

Each tweet has ``id_str``, ``full_text``, ``created_at`` ("Wed Oct 10 20:19:24 +0000 2018"),
``lang``, ``in_reply_to_screen_name`` and ``entities.user_mentions``. The archive is the account
owner's: tweets are outbound, by ``--author`` (the archive's ``account.js`` username).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any, ClassVar

from ...errors import PostError
from ...models import Direction
from ..items import Item, Rejected
from .base import FileFormat, ReadOptions, export_post, file_elements, raw_json

_PREFIX = re.compile(rb"^\s*window\.YTD\.[A-Za-z0-9_]+\.part\d+\s*=\s*")


def map_tweet(tweet: dict[str, Any], options: ReadOptions) -> Any:
    mentions = [
        m["screen_name"]
        for m in (tweet.get("entities") or {}).get("user_mentions") or []
        if isinstance(m, dict) and m.get("screen_name")
    ]
    author = options.author
    fields: dict[str, Any] = {
        "id": str(tweet.get("id_str") or tweet.get("id")),
        "text": str(tweet.get("full_text") or tweet.get("text") or ""),
        "direction": Direction.OUTBOUND,
        "at": datetime.strptime(tweet["created_at"], "%a %b %d %H:%M:%S %z %Y"),
        "platform": "x",
        "lang": tweet.get("lang") if tweet.get("lang") in ("fr", "en") else None,
        "url": f"https://x.com/{author or 'i'}/status/{tweet.get('id_str')}",
    }
    if mentions:
        fields["mentions"] = mentions
    if tweet.get("in_reply_to_screen_name"):
        fields["in_reply_to"] = tweet["in_reply_to_screen_name"]
    return export_post(fields, options)


class XArchive(FileFormat):
    name = "x-archive"
    description: ClassVar[dict[str, str]] = {
        "en": "X/Twitter archive data/tweets.js (window.YTD.tweets.part0 = [...]).",
        "fr": "Archive X/Twitter data/tweets.js (window.YTD.tweets.part0 = [...]).",
    }

    @classmethod
    def sniff(cls, filename: str, head: bytes) -> bool:
        return _PREFIX.match(head) is not None

    def read(self, data: bytes, options: ReadOptions) -> Iterator[Item | Rejected]:
        body = _PREFIX.sub(b"", data, count=1)
        try:
            records = json.loads(body)
        except json.JSONDecodeError as exc:
            yield Rejected("file", f"not an X archive tweets.js ({exc.msg})")
            return
        if not isinstance(records, list):
            yield Rejected("file", "not an X archive tweets.js (expected an array)")
            return
        raws = file_elements(body, records)
        for number, record in enumerate(records, start=1):
            tweet = record.get("tweet", record) if isinstance(record, dict) else None
            if not isinstance(tweet, dict):
                yield Rejected(f"tweet {number}", "not a tweet object")
                continue
            try:
                post = map_tweet(tweet, options)
            except (PostError, KeyError, ValueError) as exc:
                yield Rejected(f"tweet {number}", f"unreadable tweet ({exc})")
                continue
            yield Item(raws[number - 1] if raws else raw_json(record), post)
