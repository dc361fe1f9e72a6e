"""File formats ``tocsin import`` reads, recognised from the file's name and first bytes."""

from __future__ import annotations

from ...errors import InputError
from .base import FileFormat, ReadOptions
from .facebook import FacebookExport
from .instagram import InstagramExport
from .linkedin import LinkedInExport
from .tabular import CsvRows, JsonArray, JsonLines
from .x_archive import XArchive
from .youtube import YouTubeComments

#: most specific first: detection takes the first format that recognises the file
FORMATS: tuple[type[FileFormat], ...] = (
    XArchive,
    FacebookExport,
    InstagramExport,
    LinkedInExport,
    YouTubeComments,
    JsonArray,
    CsvRows,
    JsonLines,
)

__all__ = ["FORMATS", "FileFormat", "ReadOptions", "detect_format", "format_named"]


def format_named(name: str) -> FileFormat:
    for cls in FORMATS:
        if cls.name == name:
            return cls()
    known = ", ".join(cls.name for cls in FORMATS)
    raise InputError(f"Unknown import format {name!r}; known formats: {known}.")


def detect_format(filename: str, head: bytes) -> FileFormat:
    """The format of a file from its name and first bytes; InputError when none fits."""
    lowered = filename.lower()
    for cls in FORMATS:
        if cls.sniff(lowered, head):
            return cls()
    raise InputError(
        f"{filename}: cannot tell the format of this file; give it with --format "
        f"({', '.join(cls.name for cls in FORMATS)})."
    )
