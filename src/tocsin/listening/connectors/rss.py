"""RSS and Atom feeds (news, blogs, review sites), read with feedparser.

The cursor keeps the feed's ``ETag`` and ``Last-Modified`` for conditional requests (a feed that
has not changed answers 304 and costs nothing); entries already stored are recognised by their
natural key (feed entry id, else link). The raw payload of an entry is its ``<item>`` or
``<entry>`` element exactly as the feed's bytes carry it; the mapped item is feedparser's decoded
entry (every field it read, dates as ISO 8601) with the feed's address and title.
"""

from __future__ import annotations

import json
import re
import time
from datetime import UTC, datetime
from typing import Any

import feedparser
from pydantic import Field

from ...errors import SourceError
from ...models import Direction, Post
from ..backoff import request
from ..html_text import html_to_text
from .base import Connector, ConnectorOptions, Page, parse_time


class RssOptions(ConnectorOptions):
    url: str = Field(description="Address of the RSS or Atom feed.")


def _plain(value: Any) -> Any:
    if isinstance(value, time.struct_time):
        return datetime(*value[:6], tzinfo=UTC).isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


# an RSS <item> or an Atom <entry> element, bytes as sent (possibly with a namespace prefix)
_ELEMENT = re.compile(rb"<((?:\w+:)?(?:item|entry))\b[^>]*>.*?</\1>", re.DOTALL)


class RssConnector(Connector):
    kind = "rss"
    platform = "web"
    description = {
        "en": "RSS or Atom feed (news, blogs, review sites).",
        "fr": "Flux RSS ou Atom (presse, blogs, sites d'avis).",
    }
    options_model = RssOptions

    def get_items(self, cursor: str | None) -> Page:
        options = self.options
        assert isinstance(options, RssOptions)
        state: dict[str, Any] = json.loads(cursor) if cursor else {}
        headers = {"Accept": "application/rss+xml, application/atom+xml, application/xml"}
        if state.get("etag"):
            headers["If-None-Match"] = state["etag"]
        if state.get("modified"):
            headers["If-Modified-Since"] = state["modified"]
        response = request(self.client, "GET", options.url, headers=headers, backoff=self.backoff)
        if response.status_code == 304:
            return Page([], cursor)
        parsed = feedparser.parse(response.content)
        if parsed.bozo and not parsed.entries:
            raise SourceError(f"{options.url}: not a readable RSS or Atom feed.")
        feed = {"url": options.url, "title": parsed.feed.get("title")}
        elements = [m.group(0) for m in _ELEMENT.finditer(response.content)]
        if len(elements) != len(parsed.entries):  # not one element per entry: keep none
            elements = [b""] * len(parsed.entries)
        items = [
            {"feed": feed, "entry": _plain(dict(entry)), "xml": element.decode("utf-8", "replace")}
            for entry, element in zip(parsed.entries, elements, strict=True)
        ]
        items.reverse()  # feeds list the newest first
        new_state = {
            "etag": response.headers.get("etag"),
            "modified": response.headers.get("last-modified"),
        }
        return Page(items, json.dumps(new_state))

    @staticmethod
    def raw_bytes(item: Any) -> bytes:
        """The entry's XML element as the feed sent it (else its decoded JSON)."""
        xml = item.get("xml") if isinstance(item, dict) else None
        return xml.encode("utf-8") if xml else Connector.raw_bytes(item)

    @staticmethod
    def map_item(item: Any) -> Post:
        entry = item["entry"]
        feed = item.get("feed") or {}
        title = html_to_text(str(entry.get("title") or ""))
        summary = html_to_text(str(entry.get("summary") or ""))
        text = f"{title}\n{summary}" if summary and summary != title else title
        moment = entry.get("published_parsed") or entry.get("updated_parsed")
        author = entry.get("author")
        fields: dict[str, Any] = {
            "id": str(entry.get("id") or entry.get("link") or "") or None,
            "text": text,
            "direction": Direction.INBOUND,
            "author": str(author) if author else None,
            "author_name": str(author) if author else None,
            "platform": "web",
            "url": entry.get("link"),
            "feed": feed.get("title"),
        }
        if moment:  # an undated entry is dated when it is received
            fields["at"] = parse_time(moment)
        return Post.model_validate(fields)
