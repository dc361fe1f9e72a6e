"""LinkedIn data export: ``Shares.csv`` (Date, ShareLink, ShareCommentary, SharedUrl, MediaUrl,
Visibility) and ``Comments.csv`` (Date, Link, Message). Dates are "YYYY-MM-DD HH:MM:SS", UTC.
Both are the account's own words: outbound, by ``--author``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, ClassVar

from ...errors import PostError
from ...models import Direction
from ..items import Item, Rejected
from .base import FileFormat, ReadOptions, csv_rows, each_record, export_post

_HEADERS = (b"Date,ShareLink,ShareCommentary", b"Date,Link,Message")


def map_linkedin(row: dict[str, str], options: ReadOptions) -> Any:
    text = row.get("ShareCommentary") or row.get("Message") or ""
    text = text.strip().strip('"')
    if not text:
        raise PostError("no ShareCommentary or Message")
    link = row.get("ShareLink") or row.get("Link") or None
    try:
        moment = datetime.strptime(row["Date"].strip(), "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except (KeyError, ValueError):
        raise PostError(f"Date {row.get('Date')!r} is not YYYY-MM-DD HH:MM:SS") from None
    fields: dict[str, Any] = {
        "id": link,
        "text": text,
        "direction": Direction.OUTBOUND,
        "at": moment,
        "platform": "linkedin",
        "url": link,
    }
    if row.get("SharedUrl"):
        fields["shared_url"] = row["SharedUrl"]
    if row.get("Visibility"):
        fields["visibility"] = row["Visibility"]
    return export_post(fields, options)


class LinkedInExport(FileFormat):
    name = "linkedin"
    description: ClassVar[dict[str, str]] = {
        "en": "LinkedIn export Shares.csv or Comments.csv.",
        "fr": "Export LinkedIn Shares.csv ou Comments.csv.",
    }

    @classmethod
    def sniff(cls, filename: str, head: bytes) -> bool:
        return head.lstrip(b"\xef\xbb\xbf").startswith(_HEADERS)

    def read(self, data: bytes, options: ReadOptions) -> Iterator[Item | Rejected]:
        rows = csv_rows(data)
        yield from each_record(rows, lambda row: map_linkedin(row, options), label="line", first=2)
