"""Reddit: the newest posts or comments of a subreddit, or a search, from the JSON listings.

Documented listings (``/r/{subreddit}/new``, ``/r/{subreddit}/comments``, ``/search``) return
``{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {...}}], "before", "after"}}``,
newest first. ``before=<fullname>`` asks for what is newer than the cursor (the newest fullname
stored). With ``token_env``, calls go to ``https://oauth.reddit.com`` with the bearer token.

When the post of the cursor has been deleted or removed, Reddit answers ``before=`` with an empty
listing forever. So an empty answer is checked against the newest listing (one more request): a
fullname is a base-36 number that grows with time, so whatever is newer than the cursor is read
from there, following ``after=`` back to the cursor (at most :data:`CATCH_UP_PAGES` pages).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from ...errors import SourceError
from ...models import Direction, Post
from ..backoff import get_json
from .base import Connector, ConnectorOptions, Page, bearer_from_env, parse_time, with_raw

USER_AGENT = "tocsin-listening/0.1 (self-hosted social media risk management)"
#: listings read at most to catch up when the cursor's post is gone
CATCH_UP_PAGES = 10


def _sequence(fullname: str) -> int | None:
    """The number of a fullname (``t3_1h00003`` → base 36 ``1h00003``), None if it has none."""
    _kind, sep, number = fullname.partition("_")
    try:
        return int(number, 36) if sep and number else None
    except ValueError:
        return None


class RedditOptions(ConnectorOptions):
    subreddit: str | None = Field(default=None, description="Without 'r/'.")
    query: str | None = Field(default=None, description="Search query (all of Reddit).")
    listing: Literal["new", "comments"] = "new"
    base_url: str | None = None
    token_env: str | None = None
    limit: int = Field(default=100, ge=1, le=100)


class RedditConnector(Connector):
    kind = "reddit"
    platform = "reddit"
    description = {
        "en": "Reddit: newest posts or comments of a subreddit, or a search.",
        "fr": "Reddit : derniers messages ou commentaires d'un subreddit, ou une recherche.",
    }
    options_model = RedditOptions

    def get_items(self, cursor: str | None) -> Page:
        options = self.options
        assert isinstance(options, RedditOptions)
        headers = {"User-Agent": USER_AGENT}
        base = options.base_url or "https://www.reddit.com"
        if options.token_env:
            headers.update(bearer_from_env(options.token_env))
            base = options.base_url or "https://oauth.reddit.com"
        base = base.rstrip("/")
        params: dict[str, Any] = {"limit": options.limit, "raw_json": 1}
        if options.subreddit:
            name = options.subreddit.removeprefix("r/")
            url = f"{base}/r/{name}/{options.listing}.json"
            if options.query:
                url = f"{base}/r/{name}/search.json"
                params.update(q=options.query, sort="new", restrict_sr="on")
        elif options.query:
            url = f"{base}/search.json"
            params.update(q=options.query, sort="new")
        else:
            raise SourceError("A Reddit source needs the option subreddit or query (or both).")
        pairs, _after = self._listing(url, params | ({"before": cursor} if cursor else {}), headers)
        more = len(pairs) >= options.limit
        if not pairs and cursor:
            pairs, more = self._newer_than(cursor, url, params, headers), False
        pairs.reverse()  # oldest first
        if not pairs:
            return Page([], cursor)
        return Page(
            [child for child, _ in pairs],
            str(pairs[-1][0]["data"]["name"]),
            more=more,
            raw=[raw for _, raw in pairs],
        )

    def _listing(
        self, url: str, params: dict[str, Any], headers: dict[str, str]
    ) -> tuple[list[tuple[Any, bytes | None]], str | None]:
        """The children of one listing (newest first) with their raw bytes, and its ``after``."""
        answer, body = get_json(
            self.client, url, params=params, headers=headers, backoff=self.backoff
        )
        try:
            children = answer["data"]["children"]
        except (KeyError, TypeError):
            raise SourceError(f"{url}: unexpected answer (expected a Listing).") from None
        after = answer["data"].get("after")
        pairs = [
            (child, raw)
            for child, raw in with_raw(children, body, ("data", "children"))
            if isinstance(child, dict) and (child.get("data") or {}).get("name")
        ]
        return pairs, after if isinstance(after, str) and after else None

    def _newer_than(
        self, cursor: str, url: str, params: dict[str, Any], headers: dict[str, str]
    ) -> list[tuple[Any, bytes | None]]:
        """What the newest listings hold after ``cursor`` (newest first): nothing when nothing
        was posted since, the posts since when the cursor's own post is gone."""
        since = _sequence(cursor)
        if since is None:
            return []
        newer: list[tuple[int, Any, bytes | None]] = []
        page_params = dict(params)
        for _ in range(CATCH_UP_PAGES):
            pairs, after = self._listing(url, page_params, headers)
            reached = False
            for child, raw in pairs:
                number = _sequence(str(child["data"]["name"]))
                if number is None:
                    continue
                if number > since:
                    newer.append((number, child, raw))
                else:
                    reached = True
            if reached or after is None or len(pairs) < params["limit"]:
                break
            page_params = params | {"after": after}
        newer.sort(key=lambda found: found[0], reverse=True)
        return [(child, raw) for _number, child, raw in newer]

    @staticmethod
    def map_item(item: Any) -> Post:
        data = item["data"]
        if item.get("kind") == "t1":
            text = str(data.get("body") or "")
        else:
            title = str(data.get("title") or "")
            body = str(data.get("selftext") or "")
            text = f"{title}\n\n{body}" if body else title
        permalink = data.get("permalink")
        author = data.get("author")
        return Post.model_validate(
            {
                "id": str(data["name"]),
                "text": text,
                "direction": Direction.INBOUND,
                "at": parse_time(data.get("created_utc") or 0),
                "author": None if author in (None, "[deleted]") else str(author),
                "platform": "reddit",
                "url": f"https://www.reddit.com{permalink}" if permalink else data.get("url"),
                "subreddit": data.get("subreddit"),
            }
        )
