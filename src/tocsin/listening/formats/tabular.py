"""Generic files: JSONL (one post per line), a JSON array of objects, CSV with a header.

Columns or keys are post fields (``text``, ``at``, ``author``…) or are renamed to them with the
column mapping (``--map text=message``); other columns travel with the post as unknown fields.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import ClassVar

from ...errors import PostError
from ...services.screening import parse_post_line
from ..items import Item, Rejected
from .base import FileFormat, ReadOptions, each_record, file_elements, mapped_post


def _text(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PostError(f"{where}: not UTF-8 text (byte {exc.start})") from None


class JsonLines(FileFormat):
    name = "jsonl"
    description: ClassVar[dict[str, str]] = {
        "en": "One JSON post per line (the post shape of docs/design.md).",
        "fr": "Un post JSON par ligne (la forme de post de docs/design.md).",
    }

    @classmethod
    def sniff(cls, filename: str, head: bytes) -> bool:
        return filename.endswith((".jsonl", ".ndjson")) or head.lstrip().startswith(b"{")

    def read(self, data: bytes, options: ReadOptions) -> Iterator[Item | Rejected]:
        plain = not options.mapping and not (
            options.platform or options.direction or options.author
        )
        for number, line in enumerate(data.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                if plain:
                    post = parse_post_line(line.decode("utf-8"))
                else:
                    record = json.loads(line)
                    if not isinstance(record, dict):
                        raise PostError("a post must be a JSON object")
                    post = mapped_post(record, options)
            except (PostError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield Rejected(f"line {number}", str(exc))
                continue
            yield Item(line, post)


class JsonArray(FileFormat):
    name = "json"
    description: ClassVar[dict[str, str]] = {
        "en": "A JSON array of post objects (columns renamed with --map).",
        "fr": "Un tableau JSON d'objets post (colonnes renommées avec --map).",
    }

    @classmethod
    def sniff(cls, filename: str, head: bytes) -> bool:
        return head.lstrip().startswith(b"[")

    def read(self, data: bytes, options: ReadOptions) -> Iterator[Item | Rejected]:
        try:
            records = json.loads(_text(data, "file"))
        except json.JSONDecodeError as exc:
            yield Rejected(f"line {exc.lineno}", f"not valid JSON ({exc.msg})")
            return
        if isinstance(records, dict):
            records = [records]
        if not isinstance(records, list):
            yield Rejected("file", "expected a JSON array of objects")
            return
        yield from each_record(
            records,
            lambda record: mapped_post(record, options),
            raws=file_elements(data, records),
        )


class CsvRows(FileFormat):
    name = "csv"
    description: ClassVar[dict[str, str]] = {
        "en": "CSV with a header row (comma, semicolon or tab; columns renamed with --map).",
        "fr": "CSV avec en-tête (virgule, point-virgule ou tabulation ; --map renomme).",
    }

    @classmethod
    def sniff(cls, filename: str, head: bytes) -> bool:
        return filename.endswith((".csv", ".tsv"))

    def read(self, data: bytes, options: ReadOptions) -> Iterator[Item | Rejected]:
        try:
            text = _text(data, "file")
        except PostError as exc:
            yield Rejected("file", str(exc))
            return
        sample = text[:4096]
        try:
            dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(io.StringIO(text, newline=""), dialect)
        header = next(reader, None)
        if header is None:
            return
        header = [h.strip() for h in header]
        rows = (dict(zip(header, row, strict=False)) for row in reader)
        for number, record in enumerate(rows, start=2):
            if any(cell.strip() for cell in record.values()):
                yield from each_record(
                    [record], lambda r: mapped_post(r, options), label="line", first=number
                )
