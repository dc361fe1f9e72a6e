"""Reddit: the newest posts or comments of a subreddit, or a search, from the JSON listings.

Documented listings (``/r/{subreddit}/new``, ``/r/{subreddit}/comments``, ``/search``) return
``{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {...}}], "before", "after"}}``,
newest first. ``before=<fullname>`` asks for what is newer than the cursor (the newest fullname
stored). With ``token_env``, calls go to ``https://oauth.reddit.com`` with the bearer token.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from ...errors import SourceError
from ...models import Direction, Post
from ..backoff import get_json
from .base import Connector, ConnectorOptions, Page, bearer_from_env, parse_time, with_raw

USER_AGENT = "tocsin-listening/0.1 (self-hosted social media risk management)"


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
        if cursor:
            params["before"] = cursor
        answer, body = get_json(
            self.client, url, params=params, headers=headers, backoff=self.backoff
        )
        try:
            children = answer["data"]["children"]
        except (KeyError, TypeError):
            raise SourceError(f"{url}: unexpected answer (expected a Listing).") from None
        pairs = [
            (child, raw)
            for child, raw in with_raw(children, body, ("data", "children"))
            if isinstance(child, dict) and (child.get("data") or {}).get("name")
        ]
        pairs.reverse()  # oldest first
        if not pairs:
            return Page([], cursor)
        return Page(
            [child for child, _ in pairs],
            str(pairs[-1][0]["data"]["name"]),
            more=len(pairs) >= options.limit,
            raw=[raw for _, raw in pairs],
        )

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
