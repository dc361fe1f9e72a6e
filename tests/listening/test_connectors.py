"""Connectors replay recorded payloads (httpx.MockTransport): requests, mapping, cursors, paging."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

import httpx
import pytest

from tocsin.errors import SourceError
from tocsin.listening.backoff import Backoff
from tocsin.listening.connectors.bluesky import BlueskyConnector
from tocsin.listening.connectors.mastodon import MastodonConnector
from tocsin.listening.connectors.reddit import RedditConnector
from tocsin.listening.connectors.rss import RssConnector
from tocsin.models import Direction

from .conftest import fixture_bytes, fixture_json

Replay = Callable[[Callable[[httpx.Request], httpx.Response]], httpx.Client]


def test_mastodon_tag_timeline(replay: Replay, requests_seen: list[httpx.Request]) -> None:
    client = replay(
        lambda request: httpx.Response(200, content=fixture_bytes("mastodon/tag_timeline.json"))
    )
    connector = MastodonConnector(
        {"instance": "https://mastodon.example", "hashtag": "#lumio"}, client
    )
    page = connector.get_items(None)
    request = requests_seen[0]
    assert request.url.path == "/api/v1/timelines/tag/lumio"
    assert "min_id" not in request.url.params
    assert [item["id"] for item in page.items] == [
        "113200000000000001",
        "113200000000000002",
        "113200000000000003",
    ]  # oldest first
    assert page.cursor == "113200000000000003" and page.more is False
    # each status's bytes exactly as the server sent them, for the archive
    body = fixture_bytes("mastodon/tag_timeline.json")
    assert page.raw is not None and all(raw and raw in body for raw in page.raw)
    assert json.loads(page.raw[0] or b"") == page.items[0]

    post = MastodonConnector.map_item(page.items[2])
    assert post.id == "113200000000000003"
    assert post.text.startswith("Ma lampe #Lumio ne s'allume plus")  # HTML and entities decoded
    assert post.author == "camille@mastodon.example"  # local account made full
    assert post.author_name == "Camille ☕"
    assert post.direction is Direction.INBOUND
    assert post.at == datetime(2026, 11, 20, 9, 15, 2, tzinfo=UTC)
    assert post.lang == "fr" and post.platform == "mastodon"
    assert post.url == "https://mastodon.example/@camille/113200000000000003"
    assert (post.model_extra or {})["mentions"] == ["lumio@mastodon.social"]

    connector.get_items(page.cursor)
    assert requests_seen[1].url.params["min_id"] == "113200000000000003"


def test_mastodon_notifications_need_a_token(
    replay: Replay, requests_seen: list[httpx.Request], monkeypatch: pytest.MonkeyPatch
) -> None:
    notifications = fixture_json("mastodon/notifications.json")
    client = replay(lambda request: httpx.Response(200, json=notifications))
    options = {"timeline": "notifications", "token_env": "LUMIO_MASTODON_TOKEN"}
    with pytest.raises(SourceError, match="LUMIO_MASTODON_TOKEN"):
        MastodonConnector(options, client).get_items(None)
    monkeypatch.setenv("LUMIO_MASTODON_TOKEN", "t0k3n")
    page = MastodonConnector(options, client).get_items(None)
    assert requests_seen[-1].headers["authorization"] == "Bearer t0k3n"
    assert requests_seen[-1].url.params["types[]"] == "mention"
    post = MastodonConnector.map_item(page.items[0])
    assert post.id == "34975861"  # the notification's id: the cursor moves on notifications
    assert post.text.startswith("@lumio toujours pas de réponse")
    assert (post.model_extra or {})["mentions"] == ["lumio@mastodon.social"]
    assert post.author == "noemie@piaille.example"


def test_mastodon_search_reads_statuses(replay: Replay) -> None:
    answer = {
        "accounts": [],
        "hashtags": [],
        "statuses": fixture_json("mastodon/tag_timeline.json"),
    }
    client = replay(lambda request: httpx.Response(200, json=answer))
    page = MastodonConnector({"timeline": "search", "query": "lumio"}, client).get_items(None)
    assert len(page.items) == 3


def test_bluesky_walks_pages_then_moves_since(
    replay: Replay, requests_seen: list[httpx.Request]
) -> None:
    pages = {
        None: fixture_json("bluesky/search_page1.json"),
        "25": fixture_json("bluesky/search_page2.json"),
    }
    client = replay(
        lambda request: httpx.Response(200, json=pages[request.url.params.get("cursor")])
    )
    connector = BlueskyConnector({"query": "lumio", "service": "https://bsky.example"}, client)
    first = connector.get_items(None)
    assert requests_seen[0].url.path == "/xrpc/app.bsky.feed.searchPosts"
    assert requests_seen[0].url.params["q"] == "lumio"
    assert requests_seen[0].url.params["sort"] == "latest"
    assert first.more and len(first.items) == 2
    assert json.loads(first.cursor or "")["page"] == "25"
    second = connector.get_items(first.cursor)
    assert requests_seen[1].url.params["cursor"] == "25"
    assert not second.more
    state = json.loads(second.cursor or "")
    assert state == {"since": "2026-11-22T14:02:01.312Z", "page": None, "newest": None}

    post = BlueskyConnector.map_item(first.items[0])
    assert post.id == "at://did:plc:aaaa1111bbbb2222cccc3333/app.bsky.feed.post/3lbxyz2222222"
    assert post.url == "https://bsky.app/profile/lea.bsky.social/post/3lbxyz2222222"
    assert post.author == "lea.bsky.social" and post.author_name == "Léa"
    assert post.lang == "fr" and post.platform == "bluesky"
    reply = BlueskyConnector.map_item(second.items[0])
    assert (reply.model_extra or {})["reply_to"] == "at://did:plc:zzzz/app.bsky.feed.post/3lbroot"

    connector.get_items(second.cursor)
    assert requests_seen[2].url.params["since"] == "2026-11-22T14:02:01.312Z"
    assert "cursor" not in requests_seen[2].url.params


def test_reddit_new_and_comments(replay: Replay, requests_seen: list[httpx.Request]) -> None:
    listing = fixture_bytes("reddit/new.json")
    client = replay(lambda request: httpx.Response(200, content=listing))
    connector = RedditConnector({"subreddit": "r/smarthome"}, client)
    page = connector.get_items(None)
    assert page.raw is not None and page.raw[-1] and page.raw[-1] in listing
    assert json.loads(page.raw[-1])["data"]["name"] == "t3_1h00003"
    request = requests_seen[0]
    assert request.url.host == "www.reddit.com"
    assert request.url.path == "/r/smarthome/new.json"
    assert "tocsin" in request.headers["user-agent"]
    assert page.cursor == "t3_1h00003"  # the newest
    post = RedditConnector.map_item(page.items[-1])
    assert post.id == "t3_1h00003"
    assert post.text.startswith("Lumio bulbs disconnecting every night\n\nBought two")
    assert post.url == (
        "https://www.reddit.com/r/smarthome/comments/1h00003/lumio_bulbs_disconnecting_every_night/"
    )
    assert post.at == datetime.fromtimestamp(1764320000, UTC)
    assert RedditConnector.map_item(page.items[0]).author is None  # [deleted]
    connector.get_items(page.cursor)
    assert requests_seen[1].url.params["before"] == "t3_1h00003"

    comment = RedditConnector.map_item(fixture_json("reddit/comments.json")["data"]["children"][0])
    assert comment.text.startswith("Lumio c'est une arnaque") and comment.id == "t1_lx00001"


def test_reddit_with_token_uses_oauth_host(
    replay: Replay, requests_seen: list[httpx.Request], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REDDIT_TOKEN", "abc")
    client = replay(lambda request: httpx.Response(200, json=fixture_json("reddit/new.json")))
    RedditConnector({"query": "lumio", "token_env": "REDDIT_TOKEN"}, client).get_items(None)
    assert requests_seen[0].url.host == "oauth.reddit.com"
    assert requests_seen[0].url.path == "/search.json"
    assert requests_seen[0].headers["authorization"] == "Bearer abc"


@pytest.mark.parametrize(
    ("fixture", "count", "first_title", "platform_id"),
    [
        ("rss/feed.xml", 2, "Le marché de l'éclairage connecté", "news-example-4519"),
        ("rss/atom.xml", 1, "Lumio Home starter kit review", "urn:uuid:1225c695"),
    ],
)
def test_rss_and_atom(
    replay: Replay, fixture: str, count: int, first_title: str, platform_id: str
) -> None:
    body = fixture_bytes(fixture)
    client = replay(lambda request: httpx.Response(200, content=body, headers={"ETag": '"v1"'}))
    page = RssConnector({"url": "https://news.example/feed"}, client).get_items(None)
    assert len(page.items) == count
    post = RssConnector.map_item(page.items[0])
    assert post.text.startswith(first_title)
    assert (post.id or "").startswith(platform_id)
    assert json.loads(page.cursor or "")["etag"] == '"v1"'
    raw = RssConnector.raw_bytes(page.items[0])  # the element exactly as in the feed
    assert raw.startswith((b"<item>", b"<entry>")) and raw in body


def test_rss_conditional_get(replay: Replay, requests_seen: list[httpx.Request]) -> None:
    client = replay(lambda request: httpx.Response(304))
    cursor = json.dumps({"etag": '"v1"', "modified": "Tue, 24 Nov 2026 07:30:00 GMT"})
    page = RssConnector({"url": "https://news.example/feed"}, client).get_items(cursor)
    assert page.items == [] and page.cursor == cursor
    assert requests_seen[0].headers["if-none-match"] == '"v1"'


def test_rss_entry_text_from_html() -> None:
    body = fixture_bytes("rss/feed.xml")
    client = httpx.Client(
        transport=httpx.MockTransport(lambda r: httpx.Response(200, content=body))
    )
    page = RssConnector({"url": "https://news.example/feed"}, client).get_items(None)
    post = RssConnector.map_item(page.items[1])
    assert post.text == (
        "Lumio annonce un rappel de ses ampoules Halo 2\nLe fabricant lyonnais Lumio SA "
        "rappelle 12 000 ampoules après des cas de surchauffe."
    )
    assert post.at == datetime(2026, 11, 24, 6, 30, tzinfo=UTC)


# -- errors and back-off -----------------------------------------------------------------------


def test_rate_limit_is_retried_after_retry_after(replay: Replay) -> None:
    answers = iter(
        [
            httpx.Response(429, headers={"Retry-After": "7"}),
            httpx.Response(503),
            httpx.Response(200, json=[]),
        ]
    )
    waits: list[float] = []
    client = replay(lambda request: next(answers))
    connector = MastodonConnector(
        {"hashtag": "lumio"}, client, backoff=Backoff(first=1, factor=2, sleep=waits.append)
    )
    assert connector.get_items(None).items == []
    assert waits == [7.0, 2.0]  # Retry-After honoured, then exponential


def test_server_errors_give_up_with_a_clear_error(replay: Replay, no_wait: Backoff) -> None:
    client = replay(lambda request: httpx.Response(502))
    with pytest.raises(SourceError, match="HTTP 502 Bad Gateway after 4 attempts"):
        MastodonConnector({"hashtag": "lumio"}, client, backoff=no_wait).get_items(None)


def test_network_errors_are_retried(replay: Replay, no_wait: Backoff) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(SourceError, match="network error"):
        RedditConnector({"subreddit": "x"}, replay(refuse), backoff=no_wait).get_items(None)


@pytest.mark.parametrize(
    ("status", "advice"), [(401, "token"), (403, "forbidden"), (404, "not found")]
)
def test_client_errors_are_not_retried(
    replay: Replay, requests_seen: list[httpx.Request], status: int, advice: str
) -> None:
    client = replay(lambda request: httpx.Response(status))
    with pytest.raises(SourceError, match=advice):
        BlueskyConnector({"query": "x"}, client).get_items(None)
    assert len(requests_seen) == 1


@pytest.mark.parametrize(
    ("connector", "options", "body"),
    [
        (MastodonConnector, {"hashtag": "x"}, b"<html>maintenance</html>"),
        (BlueskyConnector, {"query": "x"}, b'{"unexpected": true}'),
        (RedditConnector, {"subreddit": "x"}, b"[]"),
        (RssConnector, {"url": "https://x.example/feed"}, b"not a feed at all"),
    ],
)
def test_unexpected_answers_are_source_errors(
    replay: Replay, connector: type, options: dict[str, object], body: bytes
) -> None:
    client = replay(lambda request: httpx.Response(200, content=body))
    with pytest.raises(SourceError):
        connector(options, client).get_items(None)


@pytest.mark.parametrize(
    ("connector", "options", "message"),
    [
        (MastodonConnector, {"hashtag": "x", "colour": "red"}, "colour"),
        (MastodonConnector, {"timeline": "home"}, "timeline"),
        (BlueskyConnector, {}, "query: is required"),
        (RssConnector, {"url": 3}, "url"),
    ],
)
def test_bad_options_are_named(connector: type, options: dict[str, object], message: str) -> None:
    with pytest.raises(SourceError, match=message):
        connector(options, httpx.Client())


def test_mastodon_streaming_reads_server_sent_events(
    replay: Replay, requests_seen: list[httpx.Request]
) -> None:
    from tocsin.listening.connectors.mastodon_stream import MastodonStreamConnector

    statuses = fixture_json("mastodon/tag_timeline.json")
    body = (
        ":thump\n\n"
        + "".join(f"event: update\ndata: {json.dumps(s)}\n\n" for s in reversed(statuses))
        + "event: delete\ndata: 113200000000000001\n\n"
    )
    client = replay(
        lambda request: httpx.Response(
            200, content=body.encode(), headers={"Content-Type": "text/event-stream"}
        )
    )
    connector = MastodonStreamConnector(
        {"instance": "https://mastodon.example", "hashtag": "lumio", "seconds": 5}, client
    )
    page = connector.get_items(None)
    assert requests_seen[0].url.path == "/api/v1/streaming/hashtag"
    assert requests_seen[0].url.params["tag"] == "lumio"
    assert [item["id"] for item in page.items][0] == "113200000000000001"
    assert len(page.items) == 3 and page.cursor == "113200000000000003"
    assert MastodonStreamConnector.map_item(page.items[2]).author == "camille@mastodon.example"


def _reddit_listing(names: list[str], after: str | None = None) -> dict[str, object]:
    children = [
        {"kind": "t3", "data": {"name": name, "title": f"Lumio {name}", "created_utc": 1764320000}}
        for name in names
    ]
    return {"kind": "Listing", "data": {"children": children, "after": after, "before": None}}


def test_reddit_catches_up_when_the_cursor_post_was_deleted(
    replay: Replay, requests_seen: list[httpx.Request]
) -> None:
    # t3_1h00010 (the cursor) was deleted: `before` answers nothing, forever
    newest = {
        None: _reddit_listing(["t3_1h00014", "t3_1h00013"], after="t3_1h00013"),
        "t3_1h00013": _reddit_listing(["t3_1h00012", "t3_1h00011"], after="t3_1h00011"),
        "t3_1h00011": _reddit_listing(["t3_1h0000z", "t3_1h0000y"], after="t3_1h0000y"),
    }

    def answer(request: httpx.Request) -> httpx.Response:
        params = request.url.params
        if "before" in params:
            return httpx.Response(200, json=_reddit_listing([]))
        return httpx.Response(200, json=newest[params.get("after")])

    connector = RedditConnector({"subreddit": "smarthome", "limit": 2}, replay(answer))
    page = connector.get_items("t3_1h00010")
    assert [item["data"]["name"] for item in page.items] == [
        "t3_1h00011",
        "t3_1h00012",
        "t3_1h00013",
        "t3_1h00014",
    ]
    assert page.cursor == "t3_1h00014" and not page.more
    assert page.raw is not None and all(page.raw)
    assert [r.url.params.get("after") for r in requests_seen] == [
        None,
        None,
        "t3_1h00013",
        "t3_1h00011",
    ]


@pytest.mark.parametrize(
    ("cursor", "newest"),
    [
        ("t3_1h00014", ["t3_1h00014", "t3_1h00013"]),  # nothing new: the cursor is the newest
        ("t3_1h00015", ["t3_1h00014", "t3_1h00013"]),  # deleted, nothing posted since
        ("not-a-fullname", ["t3_1h00014"]),
    ],
)
def test_reddit_quiet_listing_keeps_the_cursor(
    replay: Replay, requests_seen: list[httpx.Request], cursor: str, newest: list[str]
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        names = [] if "before" in request.url.params else newest
        return httpx.Response(200, json=_reddit_listing(names))

    page = RedditConnector({"subreddit": "smarthome"}, replay(answer)).get_items(cursor)
    assert (page.items, page.cursor) == ([], cursor)
