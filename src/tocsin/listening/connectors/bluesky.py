"""Bluesky: ``app.bsky.feed.searchPosts`` (XRPC), newest first, resumable.

The cursor is JSON: ``since`` (posts indexed after it are wanted), ``page`` (the API's cursor
while a run walks back through the pages of one search) and ``newest`` (the latest ``indexedAt``
seen in this walk). A walk interrupted by a crash resumes at its page; when it ends, ``since``
becomes ``newest``. Overlaps at the edges are absorbed by the natural key (the ``at://`` URI).
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import Field

from ...errors import SourceError
from ...models import Direction, Post
from ..backoff import get_json
from .base import Connector, ConnectorOptions, Page, parse_time, with_raw


class BlueskyOptions(ConnectorOptions):
    query: str = Field(description="Search query (Lucene-like syntax of searchPosts).")
    service: str = Field(default="https://public.api.bsky.app", description="AppView base URL.")
    lang: str | None = None
    limit: int = Field(default=100, ge=1, le=100)
    sort: Literal["latest"] = "latest"


def post_url(uri: str, author: str) -> str | None:
    """The bsky.app address of an ``at://did/app.bsky.feed.post/rkey`` URI."""
    parts = uri.removeprefix("at://").split("/")
    if len(parts) != 3 or parts[1] != "app.bsky.feed.post":
        return None
    return f"https://bsky.app/profile/{author or parts[0]}/post/{parts[2]}"


def record_post(
    uri: str, record: dict[str, Any], author: str, author_name: str | None, **fields: Any
) -> Post:
    """A post from an ``app.bsky.feed.post`` record (shared by searchPosts and Jetstream)."""
    langs = record.get("langs") or []
    lang = langs[0] if langs and langs[0] in ("fr", "en") else None
    reply = record.get("reply")
    if isinstance(reply, dict):
        fields["reply_to"] = (reply.get("parent") or {}).get("uri")
    return Post(
        id=uri,
        text=str(record.get("text") or ""),
        direction=Direction.INBOUND,
        at=parse_time(record.get("createdAt")),
        author=author,
        author_name=author_name or None,
        platform="bluesky",
        url=post_url(uri, author),
        lang=lang,
        **fields,
    )


class BlueskyConnector(Connector):
    kind = "bluesky"
    platform = "bluesky"
    description = {
        "en": "Bluesky search (app.bsky.feed.searchPosts), newest posts first.",
        "fr": "Recherche Bluesky (app.bsky.feed.searchPosts), les plus récents d'abord.",
    }
    options_model = BlueskyOptions

    def get_items(self, cursor: str | None) -> Page:
        options = self.options
        assert isinstance(options, BlueskyOptions)
        state: dict[str, Any] = json.loads(cursor) if cursor else {}
        params: dict[str, Any] = {"q": options.query, "sort": options.sort, "limit": options.limit}
        if options.lang:
            params["lang"] = options.lang
        if state.get("since"):
            params["since"] = state["since"]
        if state.get("page"):
            params["cursor"] = state["page"]
        url = options.service.rstrip("/") + "/xrpc/app.bsky.feed.searchPosts"
        answer, body = get_json(self.client, url, params=params, backoff=self.backoff)
        if not isinstance(answer, dict) or not isinstance(answer.get("posts"), list):
            raise SourceError(f"{url}: unexpected answer (expected an object with 'posts').")
        pairs = [
            (p, raw)
            for p, raw in with_raw(answer["posts"], body, ("posts",))
            if isinstance(p, dict) and p.get("uri")
        ]
        items = [p for p, _ in pairs]
        raws = [raw for _, raw in pairs]
        newest = max([state.get("newest") or "", *(str(p.get("indexedAt") or "") for p in items)])
        next_page = answer.get("cursor")
        if items and next_page:
            new_state = {"since": state.get("since"), "page": next_page, "newest": newest}
            return Page(items, json.dumps(new_state), more=True, raw=raws)
        done = {"since": newest or state.get("since"), "page": None, "newest": None}
        return Page(items, json.dumps(done), raw=raws)

    @staticmethod
    def map_item(item: Any) -> Post:
        author = item.get("author") or {}
        return record_post(
            str(item["uri"]),
            item.get("record") or {},
            str(author.get("handle") or author.get("did") or ""),
            author.get("displayName"),
        )
