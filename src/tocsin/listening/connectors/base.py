"""What a connector is: fetch raw payloads (``get_items``), then map each with a pure function.

A connector is data plus two methods, 4CAT style: :meth:`Connector.get_items` asks the platform
for what came after the source's cursor, through the ``httpx.Client`` it was given, and returns
the raw payloads untouched with the new cursor; :meth:`Connector.map_item` turns one raw payload
into a :class:`~tocsin.models.Post` without any I/O. The archive keeps the raw payloads.
"""

from __future__ import annotations

import json
import os
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar

import httpx
from pydantic import BaseModel, ConfigDict, ValidationError

from ...errors import SourceError
from ...models import Post
from ..backoff import Backoff
from ..raw_json import array_elements


class ConnectorOptions(BaseModel):
    """Options of a source; each connector declares its own (unknown keys are refused)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True, slots=True)
class Page:
    """Raw payloads from one request, the cursor after them, and whether more are ready now."""

    items: list[Any]
    cursor: str | None
    more: bool = False
    #: each item's bytes exactly as received, when the connector could cut them out
    raw: list[bytes | None] | None = None


def with_raw(
    items: list[Any], body: bytes, path: tuple[str, ...] = ()
) -> list[tuple[Any, bytes | None]]:
    """Each decoded item of the array at ``path`` with its exact bytes in ``body`` (None when the
    answer cannot be cut into them)."""
    try:
        elements: list[bytes | None] = list(array_elements(body, path))
    except ValueError:
        elements = []
    if len(elements) != len(items):
        elements = [None] * len(items)
    return list(zip(items, elements, strict=True))


class Connector(ABC):
    """A platform's listening connector. Subclasses set the class constants and two methods."""

    #: the ``kind`` of a source using this connector (``tocsin sources add NAME KIND``)
    kind: ClassVar[str]
    #: the ``platform`` of the posts it produces
    platform: ClassVar[str]
    #: one line per language, for ``tocsin sources kinds`` and the docs
    description: ClassVar[dict[str, str]]
    options_model: ClassVar[type[ConnectorOptions]] = ConnectorOptions
    #: sources of this kind keep only posts that mention the organisation unless told otherwise
    default_keep: ClassVar[str] = "mentions"

    def __init__(
        self,
        options: Mapping[str, Any],
        client: httpx.Client,
        *,
        backoff: Backoff | None = None,
    ) -> None:
        self.options = parse_options(self.options_model, options, self.kind)
        self.client = client
        self.backoff = backoff or Backoff()

    @abstractmethod
    def get_items(self, cursor: str | None) -> Page:
        """The raw payloads after ``cursor`` (None: the first run), oldest first when possible."""

    @staticmethod
    @abstractmethod
    def map_item(item: Any) -> Post:
        """The post of one raw payload (pure: no I/O, no clock)."""

    @staticmethod
    def raw_bytes(item: Any) -> bytes:
        """The payload as the archive keeps it: its JSON exactly as decoded, keys in order."""
        return json.dumps(item, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def parse_options(
    model: type[ConnectorOptions], options: Mapping[str, Any], kind: str
) -> ConnectorOptions:
    """Validated options, or a :class:`SourceError` naming each wrong key."""
    try:
        return model.model_validate(dict(options))
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'options'}: "
            + ("is required" if err["type"] == "missing" else err["msg"])
            for err in exc.errors()
        )
        raise SourceError(f"Options of a {kind!r} source: {problems}.") from None


def bearer_from_env(variable: str) -> dict[str, str]:
    """``Authorization: Bearer`` with the token held by the environment ``variable``."""
    token = os.environ.get(variable)
    if not token:
        raise SourceError(f"The environment variable {variable} (access token) is not set.")
    return {"Authorization": f"Bearer {token}"}


def parse_time(value: Any) -> datetime:
    """An ISO 8601 string ('Z' allowed) or a Unix timestamp as an aware UTC datetime."""
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value, UTC)
    text = str(value).strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
