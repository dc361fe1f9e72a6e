"""The built-in listening connectors, registered through the plug-in hook like third-party ones."""

from __future__ import annotations

from ...hookspecs import hookimpl
from .base import Connector, ConnectorOptions, Page
from .bluesky import BlueskyConnector
from .jetstream import JetstreamConnector
from .mastodon import MastodonConnector
from .mastodon_stream import MastodonStreamConnector
from .reddit import RedditConnector
from .rss import RssConnector

BUILTIN_CONNECTORS: tuple[type[Connector], ...] = (
    MastodonConnector,
    MastodonStreamConnector,
    BlueskyConnector,
    JetstreamConnector,
    RedditConnector,
    RssConnector,
)

__all__ = ["BUILTIN_CONNECTORS", "Connector", "ConnectorOptions", "Page"]


@hookimpl
def register_connectors() -> list[type[Connector]]:
    return list(BUILTIN_CONNECTORS)
