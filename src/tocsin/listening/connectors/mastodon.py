"""Mastodon: hashtag and public timelines, search, and the mentions of an official account.

Documented REST API (docs.joinmastodon.org): ``GET /api/v1/timelines/tag/:hashtag``,
``/api/v1/timelines/public``, ``/api/v2/search?type=statuses`` and ``/api/v1/notifications``
(``types[]=mention``; needs an access token). Pages move forward with ``min_id``: the cursor is the
newest status (or notification) id stored, so a restart asks for exactly what came after it.
"""

from __future__ import annotations

from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import Field

from ...errors import SourceError
from ...models import Direction, Post
from ..backoff import get_json
from ..html_text import html_to_text
from .base import Connector, ConnectorOptions, Page, bearer_from_env, parse_time, with_raw


class MastodonOptions(ConnectorOptions):
    instance: str = Field(default="https://mastodon.social", description="Instance base URL.")
    timeline: Literal["tag", "public", "search", "notifications"] = "tag"
    hashtag: str | None = Field(default=None, description="For timeline = tag, without '#'.")
    query: str | None = Field(default=None, description="For timeline = search.")
    local: bool = False
    limit: int = Field(default=40, ge=1, le=80)
    token_env: str | None = Field(
        default=None, description="Environment variable holding the access token."
    )


def _id_key(value: str) -> tuple[int, str]:
    # Mastodon ids are decimal strings that grow with time; compare as numbers.
    return (len(value), value)


def _acct(account: dict[str, Any]) -> str:
    """The full ``user@instance`` of an account (local accounts have no ``@instance``)."""
    acct = str(account.get("acct") or account.get("username") or "")
    if "@" in acct:
        return acct
    host = urlsplit(str(account.get("url") or "")).hostname
    return f"{acct}@{host}" if host else acct


class MastodonConnector(Connector):
    kind = "mastodon"
    platform = "mastodon"
    description = {
        "en": "Mastodon hashtag, public or search timeline, or an official account's mentions.",
        "fr": "Mastodon : fil d'un hashtag, fil public, recherche, ou mentions du compte officiel.",
    }
    options_model = MastodonOptions

    def get_items(self, cursor: str | None) -> Page:
        options = self.options
        assert isinstance(options, MastodonOptions)
        base = options.instance.rstrip("/")
        params: dict[str, Any] = {"limit": min(options.limit, 40)}
        headers: dict[str, str] = {}
        if options.token_env:
            headers.update(bearer_from_env(options.token_env))
        if options.timeline == "tag":
            if not options.hashtag:
                raise SourceError("A Mastodon 'tag' source needs the option hashtag.")
            url = f"{base}/api/v1/timelines/tag/{options.hashtag.lstrip('#')}"
            if options.local:
                params["local"] = "true"
        elif options.timeline == "public":
            url = f"{base}/api/v1/timelines/public"
            if options.local:
                params["local"] = "true"
        elif options.timeline == "search":
            if not options.query:
                raise SourceError("A Mastodon 'search' source needs the option query.")
            url = f"{base}/api/v2/search"
            params.update(q=options.query, type="statuses")
        else:
            url = f"{base}/api/v1/notifications"
            params.update({"types[]": "mention", "limit": options.limit})
        if cursor:
            params["min_id"] = cursor
        answer, body = get_json(
            self.client, url, params=params, headers=headers, backoff=self.backoff
        )
        searched = isinstance(answer, dict)
        items = answer.get("statuses", []) if searched else answer
        if not isinstance(items, list):
            raise SourceError(f"{url}: unexpected answer (expected a list of statuses).")
        pairs = [
            (item, raw)
            for item, raw in with_raw(items, body, ("statuses",) if searched else ())
            if isinstance(item, dict) and item.get("id")
        ]
        pairs.sort(key=lambda pair: _id_key(str(pair[0]["id"])))  # oldest first
        if not pairs:
            return Page([], cursor)
        newest = str(pairs[-1][0]["id"])
        return Page(
            [item for item, _ in pairs],
            newest,
            more=len(pairs) >= params["limit"],
            raw=[raw for _, raw in pairs],
        )

    @staticmethod
    def map_item(item: Any) -> Post:
        status = item
        direction = Direction.INBOUND
        fields: dict[str, Any] = {}
        if "status" in item and "type" in item:  # a notification: the status that mentions us
            status = item["status"] or {}
            fields["notification"] = item.get("type")
        shown = status.get("reblog") or status
        text = html_to_text(str(shown.get("content") or ""))
        spoiler = str(shown.get("spoiler_text") or "")
        if spoiler:
            text = f"{spoiler}\n{text}"
        account = shown.get("account") or {}
        mentions = [_acct(m) for m in shown.get("mentions") or [] if isinstance(m, dict)]
        if mentions:
            fields["mentions"] = mentions
        tags = [t.get("name") for t in shown.get("tags") or [] if isinstance(t, dict)]
        if tags:
            fields["hashtags"] = tags
        return Post(
            id=str(item["id"]),
            text=text,
            direction=direction,
            at=parse_time(status.get("created_at") or item.get("created_at")),
            author=_acct(account) or None,
            author_name=account.get("display_name") or None,
            platform="mastodon",
            url=shown.get("url") or shown.get("uri"),
            lang=shown.get("language") if shown.get("language") in ("fr", "en") else None,
            **fields,
        )
