"""Jetstream through a local websocket server replaying recorded events."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

import httpx
import pytest
from websockets.sync.server import ServerConnection, serve

from tocsin.errors import SourceError
from tocsin.listening.connectors.jetstream import JetstreamConnector

from .conftest import fixture_bytes

EVENTS = fixture_bytes("jetstream/events.jsonl").decode().splitlines()


@pytest.fixture
def jetstream() -> Iterator[tuple[str, list[str]]]:
    """A local Jetstream: sends the recorded events after the requested cursor, then idles."""
    paths: list[str] = []

    def handler(connection: ServerConnection) -> None:
        assert connection.request is not None
        paths.append(connection.request.path)
        cursor = None
        if "cursor=" in connection.request.path:
            cursor = int(connection.request.path.rsplit("cursor=", 1)[1])
        for event in EVENTS:
            if cursor is None or int(event.split('"time_us":', 1)[1].split(",", 1)[0]) > cursor:
                connection.send(event)
        with contextlib.suppress(TimeoutError):
            connection.recv(timeout=5)

    with serve(handler, "127.0.0.1", 0) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        port = server.socket.getsockname()[1]
        yield f"ws://127.0.0.1:{port}/subscribe", paths
        server.shutdown()


def test_reads_new_posts_only_and_moves_the_cursor(jetstream: tuple[str, list[str]]) -> None:
    endpoint, paths = jetstream
    connector = JetstreamConnector({"endpoint": endpoint, "seconds": 0.5}, httpx.Client())
    page = connector.get_items(None)
    assert paths[0] == "/subscribe?wantedCollections=app.bsky.feed.post"
    # creates of posts only: no like, no identity event, no delete
    assert [e["commit"]["rkey"] for e in page.items] == [
        "3lbjet0000001",
        "3lbjet0000002",
        "3lbjet0000005",
    ]
    assert page.cursor == "1764400000000006"  # the last event read, whatever its kind
    assert page.raw == [EVENTS[0].encode(), EVENTS[1].encode(), EVENTS[4].encode()]  # as sent
    post = JetstreamConnector.map_item(page.items[0])
    assert post.id == "at://did:plc:jjjj1111kkkk2222llll3333/app.bsky.feed.post/3lbjet0000001"
    assert post.platform == "bluesky" and post.lang == "fr"
    assert post.text.startswith("Quelqu'un a testé la nouvelle appli Lumio")

    again = connector.get_items(page.cursor)
    assert paths[1].endswith("&cursor=1764400000000006")
    assert again.items == [] and again.cursor == page.cursor


def test_batch_limit_reports_more(jetstream: tuple[str, list[str]]) -> None:
    endpoint, _paths = jetstream
    page = JetstreamConnector({"endpoint": endpoint, "batch": 2}, httpx.Client()).get_items(None)
    assert page.more and page.cursor == "1764400000000002" and len(page.items) == 2


def test_unreachable_jetstream_is_a_source_error() -> None:
    connector = JetstreamConnector({"endpoint": "ws://127.0.0.1:9/subscribe"}, httpx.Client())
    with pytest.raises(SourceError, match="Jetstream connection failed"):
        connector.get_items(None)
