"""What the archive keeps for each record, and the exact bytes its leaf hash covers.

A record is three parts, each kept as bytes that are hashed exactly as stored:

- ``raw``: the payload exactly as received (``raw_sha256 = SHA-256(raw)``);
- ``document``: canonical JSON of ``{"post": <normalised post>, "trail": <decision trail>}``
  (``document_sha256``);
- ``meta``: canonical JSON of the metadata (``seq``, ``kind``, ``source``, ``platform``,
  ``native_id``, ``captured_at``, ``captured_by``, ``direction``, ``author``, ``posted_at``,
  ``decision``, ``categories``, ``v``).

The log entry is ``raw_sha256 ‖ document_sha256 ‖ meta`` and the leaf hash is RFC 6962's
``SHA-256(0x00 ‖ entry)``. Deleting the content (retention) keeps the leaf hash, so the tree still
verifies. Canonical JSON: UTF-8, keys sorted, no spaces (orjson); a string that is not valid
Unicode (a lone surrogate) makes the whole value fall back to ASCII with ``\\uXXXX`` escapes.
Verifiers never re-serialise: they hash the bytes as stored.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from hashlib import sha256
from typing import Any, NamedTuple

import orjson

from ..errors import InputError
from ..store.tables import escape_text

FORMAT_VERSION = 1
POST = "post"
AUDIT = "audit"


@dataclass(frozen=True)
class RawRecord:
    """One thing to archive: a payload as received, its normalised post and where it came from.

    ``trail`` is the decision trail (the screening result as JSON, approvals) when there is one.
    ``kind`` is ``post`` except for the archive's own audit entries.
    """

    source: str  # e.g. "mastodon:lumio-mentions", "import:posts.jsonl", "check"
    platform: str | None
    native_id: str | None
    raw: bytes  # payload bytes exactly as received
    post: dict[str, Any]  # normalised post (Post.model_dump(mode="json"))
    captured_at: datetime
    captured_by: str  # connector name or user
    trail: dict[str, Any] | None = None
    kind: str = POST


def canonical_json(value: Any) -> bytes:
    try:
        return orjson.dumps(
            value, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS, default=str
        )
    except TypeError:  # lone surrogates
        text = json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)
        return text.encode("ascii")


def iso_utc(value: datetime) -> str:
    """``2026-01-05T09:30:00Z``: the instant in UTC (microseconds only when there are some)."""
    return _as_utc(value).isoformat()[:-6] + "Z"  # without "+00:00" (quicker than replace())


def parse_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def entry_bytes(raw_sha256: bytes, document_sha256: bytes, meta: bytes) -> bytes:
    """The log entry of a record: what its leaf hash covers."""
    return raw_sha256 + document_sha256 + meta


def _categories(trail: dict[str, Any] | None) -> list[str]:
    if not trail:
        return []
    found = trail.get("findings") or []
    return sorted({str(f["category"]) for f in found if isinstance(f, dict) and f.get("category")})


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def handle_key(handle: str | None) -> str | None:
    """How handles are compared: without a leading ``@``, case-insensitively."""
    if not handle:
        return None
    return handle.strip().removeprefix("@").casefold() or None


def fold_accents(text: str) -> str:
    """``text`` without its accents (é → e), for accent-insensitive search."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _searchable(text: str) -> str:
    """``text`` as the search index can hold it: no NUL, lone surrogates as U+FFFD."""
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = text.encode("utf-8", "replace").decode("utf-8")
    return text.replace("\x00", " ")


_BYTES = (bytes, bytearray, memoryview)


class RecordRow(NamedTuple):
    """The columns of a new record's row, in the order of :data:`RECORD_COLUMNS`.

    Values as Python has them (datetimes aware, in UTC; text not escaped): the store's column
    types, or :meth:`sqlite_values`, turn them into what the database keeps.
    """

    seq: int
    kind: str
    source: str
    platform: str | None
    native_id: str | None
    captured_at: datetime
    captured_by: str
    direction: str | None
    author: str | None
    posted_at: datetime
    decision: str | None
    categories: str | None
    meta: bytes
    document: bytes
    raw: bytes
    raw_sha256: bytes
    document_sha256: bytes
    leaf_hash: bytes
    search_text: str

    def sqlite_values(self) -> tuple[Any, ...]:
        """The row as SQLite's driver takes it, stored exactly as SQLAlchemy's column types
        store it (``SafeText`` escapes, ``UTCDateTime`` as naive UTC text with microseconds)."""
        values: list[Any] = list(self)
        values[_CAPTURED_AT] = _sqlite_datetime(self.captured_at)
        values[_POSTED_AT] = _sqlite_datetime(self.posted_at)
        # One search over all the texts: escaping is needed almost never.
        joined = "\n".join([value for index in _SAFE_TEXT if (value := values[index])])
        if escape_text(joined) is not joined:
            for index in _SAFE_TEXT:
                if values[index] is not None:
                    values[index] = escape_text(values[index])
        return tuple(values)


RECORD_COLUMNS: tuple[str, ...] = RecordRow._fields
_CAPTURED_AT = RECORD_COLUMNS.index("captured_at")
_POSTED_AT = RECORD_COLUMNS.index("posted_at")
_SAFE_TEXT = tuple(
    RECORD_COLUMNS.index(name)
    for name in ("source", "platform", "native_id", "captured_by", "author", "search_text")
)


def _sqlite_datetime(value: datetime) -> str:
    """How SQLAlchemy's SQLite ``DATETIME`` stores a naive UTC datetime."""
    if value.tzinfo is UTC:
        return value.isoformat(" ", "microseconds")[:-6]  # without "+00:00"
    return value.replace(tzinfo=None).isoformat(" ", "microseconds")


def _as_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value if value.tzinfo is UTC else value.astimezone(UTC)


def encode_record(seq: int, record: RawRecord) -> RecordRow:
    """The row of ``record`` at leaf index ``seq`` (every column but the search vector and the
    tombstone's)."""
    if not isinstance(record.raw, _BYTES):
        raise InputError(f"archive record {record.source!r}: raw must be bytes")
    raw = bytes(record.raw)
    post = record.post
    trail = record.trail
    decision = _text(trail.get("decision")) if trail else None
    categories = _categories(trail)
    posted_at = parse_datetime(post.get("at"))
    if posted_at is not None:
        posted_at = _as_utc(posted_at)
    captured_at = _as_utc(record.captured_at)
    author = _text(post.get("author"))
    direction = _text(post.get("direction"))
    meta = canonical_json(
        {
            "v": FORMAT_VERSION,
            "seq": seq,
            "kind": record.kind,
            "source": record.source,
            "platform": record.platform,
            "native_id": record.native_id,
            "captured_at": iso_utc(captured_at),
            "captured_by": record.captured_by,
            "direction": direction,
            "author": author,
            "posted_at": iso_utc(posted_at) if posted_at is not None else None,
            "decision": decision,
            "categories": categories,
        }
    )
    document = canonical_json({"post": post, "trail": trail})
    raw_sha = sha256(raw).digest()
    document_sha = sha256(document).digest()
    searchable = "\n".join(
        [part for part in (_text(post.get("text")), _text(post.get("author_name"))) if part]
    )
    return RecordRow(
        seq,
        record.kind,
        record.source,
        record.platform.casefold() if record.platform else None,
        record.native_id,
        captured_at,
        record.captured_by,
        direction,
        handle_key(author),
        posted_at or captured_at,
        decision,
        " ".join(categories) or None,
        meta,
        document,
        raw,
        raw_sha,
        document_sha,
        sha256(b"\x00" + raw_sha + document_sha + meta).digest(),
        _searchable(searchable),
    )


def check_records(records: Sequence[RawRecord]) -> None:
    for record in records:
        if not isinstance(record, RawRecord):
            raise InputError(f"append_records takes RawRecord objects, not {type(record).__name__}")
