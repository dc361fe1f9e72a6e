"""Mastodon's streaming API (server-sent events): new statuses as they are posted.

``GET /api/v1/streaming/hashtag?tag=…`` (or ``/public``, ``/user/notification`` with a token)
sends ``event: update`` / ``data: <Status JSON>`` (``event: notification`` for notifications)
separated by blank lines. A run listens for at most ``seconds`` or ``batch`` events.

Streaming does not replay what was posted while nobody listened (between two runs, after a
restart or a dropped connection). So, with a cursor, a run first catches up through the REST API
from it — the tag timeline, the public timeline or the mention notifications, ``min_id=<cursor>``,
page after page (each page is stored with its cursor) — and listens only once nothing is left to
read; the natural key removes the overlap between the two. ``catch_up = false`` turns it off.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from typing import Any, Literal

import httpx
from pydantic import Field

from ...errors import SourceError
from ...models import Post
from .base import Connector, ConnectorOptions, Page, bearer_from_env
from .mastodon import MastodonConnector

_PATHS = {
    "hashtag": "/api/v1/streaming/hashtag",
    "public": "/api/v1/streaming/public",
    "notifications": "/api/v1/streaming/user/notification",
}


class MastodonStreamOptions(ConnectorOptions):
    instance: str = Field(default="https://mastodon.social")
    stream: Literal["hashtag", "public", "notifications"] = "hashtag"
    hashtag: str | None = None
    token_env: str | None = None
    seconds: float = Field(default=30.0, gt=0, le=3600, description="Listening time per run.")
    batch: int = Field(default=1000, ge=1, le=100_000, description="Events per run at most.")
    catch_up: bool = Field(
        default=True,
        description="Read what was posted since the cursor through the REST API before listening.",
    )


def server_sent_events(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    """``(event, data)`` pairs from the lines of a text/event-stream."""
    event, data = "message", list[str]()
    for line in lines:
        if not line:
            if data:
                yield event, "\n".join(data)
            event, data = "message", list[str]()
        elif line.startswith(":"):
            continue  # a heartbeat comment
        else:
            name, _, value = line.partition(":")
            value = value.removeprefix(" ")
            if name == "event":
                event = value
            elif name == "data":
                data.append(value)


class MastodonStreamConnector(Connector):
    kind = "mastodon-stream"
    platform = "mastodon"
    description = {
        "en": "Mastodon streaming API (server-sent events): hashtag, public or notifications.",
        "fr": "API de streaming Mastodon (server-sent events) : hashtag, public ou notifications.",
    }
    options_model = MastodonStreamOptions

    def get_items(self, cursor: str | None) -> Page:
        options = self.options
        assert isinstance(options, MastodonStreamOptions)
        params: dict[str, str] = {}
        headers = {"Accept": "text/event-stream"}
        if options.stream == "hashtag":
            if not options.hashtag:
                raise SourceError("A Mastodon 'hashtag' stream needs the option hashtag.")
            params["tag"] = options.hashtag.lstrip("#")
        if options.token_env:
            headers.update(bearer_from_env(options.token_env))
        if cursor is not None and options.catch_up:
            missed = self._rest().get_items(cursor)
            if missed.items:  # stored with its cursor; the run asks again from there
                return Page(missed.items, missed.cursor, more=True, raw=missed.raw)
        url = options.instance.rstrip("/") + _PATHS[options.stream]
        items: list[Any] = []
        raws: list[bytes | None] = []
        last = cursor
        deadline = time.monotonic() + options.seconds
        try:
            with self.client.stream(
                "GET", url, params=params, headers=headers, timeout=httpx.Timeout(options.seconds)
            ) as response:
                if response.status_code >= 400:
                    raise SourceError(f"{url}: HTTP {response.status_code} from the stream.")
                for event, data in server_sent_events(response.iter_lines()):
                    if event in ("update", "notification"):
                        item = json.loads(data)
                        if isinstance(item, dict) and item.get("id"):
                            items.append(item)
                            raws.append(data.encode("utf-8"))
                            last = str(item["id"])
                    if len(items) >= options.batch or time.monotonic() >= deadline:
                        break
        except httpx.ReadTimeout:
            pass  # the listening time is over
        except (httpx.TransportError, json.JSONDecodeError) as exc:
            if not items:
                raise SourceError(
                    f"{url}: stream failed ({type(exc).__name__}); will try again at the next run."
                ) from None
        return Page(items, last, more=len(items) >= options.batch, raw=raws)

    def _rest(self) -> MastodonConnector:
        """The REST connector reading the same timeline as this stream."""
        options = self.options
        assert isinstance(options, MastodonStreamOptions)
        timeline = {"hashtag": "tag", "public": "public", "notifications": "notifications"}
        rest: dict[str, Any] = {
            "instance": options.instance,
            "timeline": timeline[options.stream],
            "token_env": options.token_env,
        }
        if options.stream == "hashtag":
            rest["hashtag"] = options.hashtag
        return MastodonConnector(rest, self.client, backoff=self.backoff)

    @staticmethod
    def map_item(item: Any) -> Post:
        return MastodonConnector.map_item(item)
