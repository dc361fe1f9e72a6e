"""Sources: a named connector with its options, schedule and filter.

A source comes from the profile (``[[sources]]`` in ``tocsin.toml``) or from
``tocsin sources add`` (stored in the database); names are unique across both.

.. code-block:: toml

    [[sources]]
    name = "mastodon-lumio"
    kind = "mastodon"            # tocsin sources kinds
    every = "10m"                # schedule of `tocsin serve`: 30s, 10m, 2h, 1d
    keep = "mentions"            # or "all": keep posts that do not name the organisation too
    [sources.options]
    hashtag = "lumio"
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

_EVERY = re.compile(r"^\s*(\d+)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$")
MIN_EVERY = 10


def parse_every(value: str | int) -> int:
    """Seconds of a schedule: an integer, or ``30s``, ``10m``, ``2h``, ``1d``."""
    if isinstance(value, int) and not isinstance(value, bool):
        seconds = value
    else:
        match = _EVERY.match(str(value))
        if match is None:
            raise ValueError(f"{value!r} is not a duration (e.g. 30s, 10m, 2h, 1d)")
        seconds = int(match.group(1)) * _UNITS[match.group(2)]
    if seconds < MIN_EVERY:
        raise ValueError(f"a source runs at most every {MIN_EVERY} seconds, not {seconds}")
    return seconds


def format_every(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


class SourceSpec(BaseModel):
    """One source: which connector, with which options, how often, keeping which posts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="Unique name: letters, digits, '_', '-', '.', ':'.")
    kind: str = Field(description="Connector: mastodon, bluesky, jetstream, reddit, rss…")
    every: int = Field(default=900, description="Seconds between runs in `tocsin serve`.")
    keep: Literal["mentions", "all"] | None = Field(
        default=None,
        description="mentions: only posts naming the organisation; all: every post. "
        "Default: the connector's.",
    )
    enabled: bool = True
    options: dict[str, Any] = Field(default_factory=dict, description="The connector's options.")

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError(
                f"{value!r} is not a source name (letters, digits, '_', '-', '.', ':'; "
                "at most 100 characters)"
            )
        return value

    @field_validator("every", mode="before")
    @classmethod
    def _every(cls, value: Any) -> int:
        return parse_every(value)
