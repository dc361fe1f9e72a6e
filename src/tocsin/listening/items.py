"""What ingestion moves around: a raw payload untouched, and the post mapped from it."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Post


@dataclass(frozen=True, slots=True)
class Item:
    """A raw payload exactly as received (bytes) and its post."""

    raw: bytes
    post: Post


@dataclass(frozen=True, slots=True)
class Rejected:
    """A record of an import that cannot become a post: where it is and why."""

    where: str
    message: str
