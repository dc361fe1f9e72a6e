"""The user's cache directory, where Tocsin keeps what makes the next start faster.

``$XDG_CACHE_HOME/tocsin`` (default ``~/.cache/tocsin``; on Windows
``%LOCALAPPDATA%\\tocsin\\cache``): the parsed lexicons (:mod:`tocsin.screening.lexicon_cache`)
and the text models' uncompressed arrays (:mod:`tocsin.ml.arrays_cache`). Nothing there is ever
required (docs/settings.md, "Cache").
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def cache_dir() -> Path | None:
    """Where the caches are kept (None: no home directory to put them in)."""
    try:
        if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
            return Path(os.environ["LOCALAPPDATA"]) / "tocsin" / "cache"
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    except RuntimeError:  # no home directory
        return None
    return Path(base) / "tocsin"
