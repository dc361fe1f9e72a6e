"""Bluesky's Jetstream firehose (websocket): every new post of the network, filtered live.

``wss://<jetstream>/subscribe?wantedCollections=app.bsky.feed.post&cursor=<time_us>`` sends one
JSON event per message: ``{"did", "time_us", "kind": "commit", "commit": {"operation": "create",
"collection": "app.bsky.feed.post", "rkey", "cid", "record": {...}}}``. A run reads at most
``batch`` events or ``seconds`` seconds; the cursor is the ``time_us`` of the last event read, which
Jetstream replays from on reconnection (the overlap is absorbed by the natural key). Sources of
this kind keep only the posts that mention the organisation.
"""

from __future__ import annotations

import json
import time
from typing import Any

from pydantic import Field
from websockets.exceptions import WebSocketException
from websockets.sync.client import connect

from ...errors import SourceError
from ...models import Post
from .base import Connector, ConnectorOptions, Page
from .bluesky import record_post

COLLECTION = "app.bsky.feed.post"


class JetstreamOptions(ConnectorOptions):
    endpoint: str = Field(default="wss://jetstream2.us-east.bsky.network/subscribe")
    batch: int = Field(default=1000, ge=1, le=100_000, description="Events per run at most.")
    seconds: float = Field(default=10.0, gt=0, le=3600, description="Read time per run at most.")


def is_new_post(event: Any) -> bool:
    commit = event.get("commit") if isinstance(event, dict) else None
    return (
        isinstance(commit, dict)
        and event.get("kind") == "commit"
        and commit.get("operation") == "create"
        and commit.get("collection") == COLLECTION
        and isinstance(commit.get("record"), dict)
    )


class JetstreamConnector(Connector):
    kind = "jetstream"
    platform = "bluesky"
    description = {
        "en": "Bluesky Jetstream websocket: new posts of the whole network, filtered live.",
        "fr": "Jetstream Bluesky (websocket) : nouveaux posts du réseau entier, filtrés en direct.",
    }
    options_model = JetstreamOptions

    def get_items(self, cursor: str | None) -> Page:
        options = self.options
        assert isinstance(options, JetstreamOptions)
        url = f"{options.endpoint}?wantedCollections={COLLECTION}"
        if cursor:
            url += f"&cursor={cursor}"
        items: list[Any] = []
        raws: list[bytes | None] = []
        last = cursor
        deadline = time.monotonic() + options.seconds
        read = 0
        try:
            with connect(url, open_timeout=10, max_size=2**22) as socket:
                while read < options.batch:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        break
                    try:
                        message = socket.recv(timeout=left)
                    except TimeoutError:
                        break
                    read += 1
                    event = json.loads(message)
                    if isinstance(event, dict) and event.get("time_us"):
                        last = str(event["time_us"])
                    if is_new_post(event):
                        items.append(event)
                        raws.append(message if isinstance(message, bytes) else message.encode())
        except (OSError, WebSocketException, json.JSONDecodeError) as exc:
            if not items:
                raise SourceError(
                    f"{options.endpoint}: Jetstream connection failed ({type(exc).__name__}: "
                    f"{exc}); will try again at the next run."
                ) from None
        return Page(items, last, more=read >= options.batch, raw=raws)

    @staticmethod
    def map_item(item: Any) -> Post:
        commit = item["commit"]
        did = str(item["did"])
        uri = f"at://{did}/{COLLECTION}/{commit['rkey']}"
        return record_post(uri, commit["record"], did, None)
