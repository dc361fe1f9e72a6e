"""The detectors' compiled regular expressions, kept between runs.

:func:`re.compile` parses a pattern and turns it into the regular expression engine's code in pure
Python: the detectors' nine hundred patterns cost about a third of the start of ``tocsin check``.
The code the standard library makes for a pattern depends only on the pattern, its flags and the
Python version, so it is kept in the user's cache directory (:mod:`tocsin.user_cache`), in a file
named by the Python version and the regular-expression engine's version (``_sre.MAGIC``), and the
next run hands it straight to the engine (``_sre.compile``, which ``re`` itself calls last).

Inside :func:`cached_compiles` (the engine wraps the loading of its detectors in it), a
:func:`re.compile` of a string pattern goes through :func:`compile_cached`. Everything else, and
everything outside the block, is :mod:`re` as usual. The cache is never required: a missing,
unreadable, damaged or foreign file means the patterns are compiled again; a Python whose
``re`` internals differ from those this module knows means no caching at all.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import marshal
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..user_cache import cache_dir
from .lexicon_cache import read_marshal, write_marshal

try:  # the standard library's own compiler (CPython 3.11 and later)
    import _sre

    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
    _SUPPORTED = all(
        hasattr(module, name)
        for module, name in (
            (_sre, "compile"),
            (_sre, "MAGIC"),
            (_compiler, "_code"),
            (_parser, "parse"),
        )
    )
except ImportError:  # pragma: no cover - another Python implementation
    _SUPPORTED = False

#: what a cached pattern needs: its final flags, engine code, group count and group names
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_lock = threading.Lock()
_known: dict[str, Entry] | None = None
_new: dict[str, Entry] = {}
#: the patterns built in this process (what ``re``'s own cache is outside the block)
_built: dict[str, re.Pattern[str]] = {}


def _key(pattern: str, flags: int) -> str:
    return f"{flags}\x00{pattern}"


def _build(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    compiled: re.Pattern[str] = _sre.compile(
        pattern, flags, code, groups, dict(groupindex), indexgroup
    )
    return compiled


def _entry(pattern: str, flags: int) -> Entry:
    """What :func:`re._compiler.compile` hands to ``_sre.compile`` for ``pattern``."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        [int(op) for op in code],  # named constants among them: plain ints
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def compile_cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when this pattern was compiled before.

    Raises :class:`re.error` for a bad pattern, as :func:`re.compile` does.
    """
    flags = int(flags)
    if not _SUPPORTED or flags & (re.DEBUG | getattr(re, "TEMPLATE", 0)):
        return re.compile(pattern, flags)
    global _known
    key = _key(pattern, flags)
    compiled = _built.get(key)
    if compiled is not None:
        return compiled
    with _lock:
        if _known is None:
            _known = _read_cache()
        entry = _known.get(key)
    if entry is not None:
        with contextlib.suppress(Exception):  # a damaged entry: compiled again below
            compiled = _built[key] = _build(pattern, entry)
            return compiled
    entry = _entry(pattern, flags)  # raises re.error for a bad pattern
    compiled = _built[key] = _build(pattern, entry)
    with _lock:
        _known[key] = entry
        if not _new:
            atexit.register(_write_cache)
        _new[key] = entry
    return compiled


@contextlib.contextmanager
def cached_compiles() -> Iterator[None]:
    """Within the block, :func:`re.compile` (and the module functions that compile) of a string
    pattern read the cache. Meant for loading detectors: it replaces ``re``'s internal compile
    function for the duration of the block (other threads see the same results, only sooner)."""
    original = getattr(re, "_compile", None)
    if not _SUPPORTED or original is None or getattr(original, "_tocsin_cached", False):
        yield
        return

    def _compile(pattern: Any, flags: Any) -> Any:
        if type(pattern) is str:
            return compile_cached(pattern, flags)
        return original(pattern, flags)

    _compile._tocsin_cached = True  # type: ignore[attr-defined]
    re._compile = _compile  # type: ignore[attr-defined]
    try:
        yield
    finally:
        re._compile = original  # type: ignore[attr-defined]


def _cache_path() -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    python = sys.version.split()[0]
    return folder / f"regex-py{python}-sre{_sre.MAGIC}-m{marshal.version}.marshal"


def _valid(key: Any, entry: Any) -> bool:
    if not (isinstance(key, str) and isinstance(entry, tuple) and len(entry) == 5):
        return False
    flags, code, groups, groupindex, indexgroup = entry
    return (
        isinstance(flags, int)
        and isinstance(code, list)
        and isinstance(groups, int)
        and isinstance(groupindex, dict)
        and isinstance(indexgroup, tuple)
    )


def _read_cache() -> dict[str, Entry]:
    data = read_marshal(_cache_path()) or {}
    return {k: v for k, v in data.items() if _valid(k, v)}


def _write_cache() -> None:
    """Add the patterns compiled in this run to the cache file (atomically); best effort."""
    path = _cache_path()
    with _lock:
        if path is None or not _new:
            return
        data: dict[str, Any] = dict(_read_cache())
        data.update(_new)
        _new.clear()
    write_marshal(path, data)
