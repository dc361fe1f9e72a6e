"""What a file format is: recognise a file, and read it into items (raw record + post).

Readers are pure over the bytes they are given: records that cannot become a post are reported as
:class:`~tocsin.listening.items.Rejected` (with where and why) and the rest go on.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from pydantic import ValidationError

from ...errors import PostError
from ...models import Direction, Post
from ...services.screening import parse_post
from ..items import Item, Rejected
from ..raw_json import array_elements

POST_FIELDS = ("id", "text", "direction", "at", "author", "author_name", "platform", "url", "lang")


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What the user says about a file: column mapping, and defaults for missing fields."""

    #: post field -> column or key of the file (``--map text=message``)
    mapping: Mapping[str, str] = field(default_factory=dict)
    platform: str | None = None
    direction: Direction | None = None
    author: str | None = None


class FileFormat:
    """A format of file ``tocsin import`` reads. Subclasses set the constants and :meth:`read`."""

    name: ClassVar[str]
    description: ClassVar[dict[str, str]]

    @classmethod
    def sniff(cls, filename: str, head: bytes) -> bool:
        """True when a file with this name starting with ``head`` is in this format."""
        return False

    def read(self, data: bytes, options: ReadOptions) -> Iterator[Item | Rejected]:
        raise NotImplementedError


def each_record(
    records: Iterable[Any],
    to_post: Callable[[dict[str, Any]], Post],
    *,
    label: str = "item",
    first: int = 1,
    raws: Sequence[bytes] | None = None,
) -> Iterator[Item | Rejected]:
    """Map each record (a JSON object or a CSV row as a dict) to an item, or to a Rejected that
    says where (``label`` and number) and why; the others go on. ``raws`` are the records' bytes
    as in the file, when known (else the record's JSON is kept)."""
    for offset, record in enumerate(records):
        where = f"{label} {first + offset}"
        if not isinstance(record, dict):
            yield Rejected(where, "not a JSON object")
            continue
        try:
            post = to_post(record)
        except PostError as exc:
            yield Rejected(where, str(exc))
            continue
        yield Item(raws[offset] if raws is not None else raw_json(record), post)


def file_elements(
    data: bytes, records: list[Any], path: tuple[str, ...] = ()
) -> list[bytes] | None:
    """The bytes of each record of the JSON array at ``path`` in the file, or None when they
    cannot be cut out one for one."""
    try:
        elements = array_elements(data, path)
    except (ValueError, UnicodeDecodeError):
        return None
    return elements if len(elements) == len(records) else None


def records_at(document: Any, key: str | None = None) -> tuple[list[Any], tuple[str, ...]]:
    """The records of an export and their path: the document itself when it is an array, else
    its list under ``key`` (or, without ``key``, its first list)."""
    if isinstance(document, list):
        return document, ()
    if isinstance(document, dict):
        if key is None:
            key = next((k for k, v in document.items() if isinstance(v, list)), None)
        if key is not None and isinstance(document.get(key), list):
            return document[key], (key,)
    return [], ()


def json_export(
    data: bytes, what: str, to_post: Callable[[dict[str, Any]], Post], key: str | None = None
) -> Iterator[Item | Rejected]:
    """The items of a JSON export whose records are an array (see :func:`records_at`)."""
    document = load_json(data, what)
    if isinstance(document, Rejected):
        yield document
        return
    records, path = records_at(document, key)
    yield from each_record(records, to_post, raws=file_elements(data, records, path))


def csv_rows(data: bytes) -> Iterator[dict[str, str]]:
    """The rows of a CSV export with a header (UTF-8, with or without a byte-order mark)."""
    return csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))


def load_json(data: bytes, what: str) -> Any | Rejected:
    """The decoded document, or a Rejected saying the file is not ``what``."""
    try:
        return json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return Rejected("file", f"not {what} ({getattr(exc, 'msg', exc)})")


def raw_json(value: Any) -> bytes:
    """A decoded JSON record as the archive keeps it (compact, keys in file order)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def mapped_post(record: Mapping[str, Any], options: ReadOptions) -> Post:
    """A post from a row or object, renamed by the mapping, defaults filled in; PostError if not."""
    fields: dict[str, Any] = {}
    used: set[str] = set()
    for name, column in options.mapping.items():
        if name not in POST_FIELDS:
            known = ", ".join(POST_FIELDS)
            raise PostError(f"--map {name}=…: {name!r} is not a post field ({known})")
        if column in record:
            fields[name] = record[column]
            used.add(column)
    for key, value in record.items():
        if key not in used and key not in fields:
            fields[key] = value
    for key in ("id", "author", "author_name", "platform", "url", "lang", "at"):
        if fields.get(key) == "":
            fields.pop(key)
    if options.platform and not fields.get("platform"):
        fields["platform"] = options.platform
    if options.direction and not fields.get("direction"):
        fields["direction"] = options.direction
    if options.author and not fields.get("author"):
        fields["author"] = options.author
    if isinstance(fields.get("text"), str) and not fields["text"].strip():
        raise PostError("invalid post: text is empty")
    return parse_post(fields)


def export_post(fields: dict[str, Any], options: ReadOptions) -> Post:
    """A post of a platform export: the user's ``--platform``/``--author`` override nothing set."""
    if options.author and not fields.get("author"):
        fields["author"] = options.author
    if options.direction:
        fields["direction"] = options.direction
    try:
        return Post.model_validate(fields)
    except ValidationError as exc:
        raise PostError(f"invalid post: {exc.errors()[0]['msg']}") from None


def fix_mojibake(text: str) -> str:
    """Undo the Latin-1 reading of UTF-8 found in Facebook and Instagram JSON exports."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
