"""The shipped lexicons' parsed TOML, kept in the user's cache directory between runs.

Parsing the lexicons with :mod:`tomllib` costs tens of milliseconds at every start of
``tocsin check``; reading back the parsed tables costs a few. They are stored with :mod:`marshal`
(plain data: reading it runs no code), in a file named by the SHA-256 of the TOML text, the
marshal format and the Python version, so that an edited or upgraded lexicon is parsed again.
The cache is never required: a directory that cannot be read or written, or a damaged file,
means the text is simply parsed (and the file written again when possible).

The directory is :func:`tocsin.user_cache.cache_dir`.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
import tomllib
from pathlib import Path
from typing import Any

from ..user_cache import cache_dir


def parsed_toml(text: str) -> dict[str, Any]:
    """``tomllib.loads(text)``, from the cache when this exact text was parsed before.

    Raises :class:`tomllib.TOMLDecodeError` as ``tomllib.loads`` does.
    """
    folder = cache_dir()
    if folder is None:
        return tomllib.loads(text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    python = f"{sys.version_info[0]}{sys.version_info[1]}"
    path = folder / f"lexicon-{digest[:40]}-m{marshal.version}-py{python}.marshal"
    data = read_marshal(path)
    if data is not None:
        return data
    data = tomllib.loads(text)
    write_marshal(path, data)
    return data


def read_marshal(path: Path | None) -> dict[Any, Any] | None:
    """The dictionary stored at ``path`` by :func:`write_marshal` (None: no path, or a missing,
    unreadable or damaged file)."""
    if path is None:
        return None
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return data if isinstance(data, dict) else None


def write_marshal(path: Path, data: dict[str, Any]) -> None:
    """Store ``data`` at ``path`` (atomically: a reader never sees half a file); best effort."""
    try:
        blob = marshal.dumps(data)
    except ValueError:  # a value marshal cannot store (TOML dates): not cached
        return
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(blob)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
