"""The text models' arrays, kept uncompressed in the user's cache directory between runs.

The shipped models are compressed ``.npz`` files: inflating them costs tens of milliseconds at
every start of ``tocsin check``, reading the same arrays from ``.npy`` files a few. The first
run writes each model's arrays to a folder of the cache (:func:`tocsin.user_cache.cache_dir`,
under ``models``) named by the model file's path, size and modification time, so that
a retrained or upgraded model is read from its ``.npz`` again. Arrays are read with
``allow_pickle=False``, as the ``.npz`` itself. The cache is never required: when it cannot be
read or written, the ``.npz`` is read as before.

An array the models compute from their arrays at run time (the context network's word table,
:meth:`tocsin.ml.context.ContextNet.table`) is kept the same way, under ``tables``
(:func:`derived_path`, :func:`load_derived`, :func:`save_derived`), named after the model's copy
and numpy's version: a product made by another numpy's BLAS may differ in its last bits.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from ..user_cache import cache_dir


def load_arrays(path: Path, *, cached: bool = True) -> Mapping[str, np.ndarray]:
    """Every array of the ``.npz`` file at ``path``, by name (raises as ``np.load`` does);
    ``cached``: through the uncompressed copy (made on first use)."""
    copy = _copy_of(path) if cached else None
    if copy is not None and copy.is_dir():
        try:
            return {p.stem: np.load(p, allow_pickle=False) for p in copy.glob("*.npy")}
        except (OSError, ValueError, EOFError):
            pass  # damaged: read the model itself
    with np.load(path, allow_pickle=False) as arrays:
        found = {name: arrays[name] for name in arrays.files}
    if copy is not None:
        _write(copy, found)
    return found


def _copy_of(path: Path) -> Path | None:
    """Where the uncompressed copy of ``path`` is (None: no cache directory)."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        stat = path.stat()
        where = str(path.resolve())
    except OSError:
        return None
    key = hashlib.sha256(f"{where}\0{stat.st_size}\0{stat.st_mtime_ns}".encode()).hexdigest()
    return folder / "models" / f"{path.stem}-{key[:40]}"


def derived_path(path: Path, name: str) -> Path | None:
    """Where the array ``name`` computed from the model file at ``path`` is kept (None: no
    cache directory)."""
    copy = _copy_of(path)
    if copy is None:
        return None
    return copy.parent.parent / "tables" / f"{copy.name}-{name}-numpy{np.__version__}.npy"


def load_derived(path: Path, shape: tuple[int, ...], dtype: type[np.generic]) -> np.ndarray | None:
    """The array kept at ``path``, mapped read-only (a page is read when a row of it is), or
    None when it is missing, unreadable or not of this shape and type."""
    try:
        array = np.load(path, mmap_mode="r", allow_pickle=False)
    except (OSError, ValueError, EOFError):
        return None
    if array.shape != shape or array.dtype != dtype or not array.flags.c_contiguous:
        return None
    return np.asarray(array)


def save_derived(path: Path, array: np.ndarray) -> None:
    """Keep ``array`` at ``path``, whole or not at all; best effort."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.stem}.", suffix=".npy", dir=path.parent
        )
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            np.save(out, array, allow_pickle=False)
        os.replace(temporary, path)  # another process may win: the same array
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _write(copy: Path, arrays: Mapping[str, np.ndarray]) -> None:
    """Write the arrays to the folder ``copy``, made whole or not at all; best effort."""
    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        temporary = Path(tempfile.mkdtemp(prefix=f".{copy.name}.", dir=copy.parent))
    except OSError:
        return
    try:
        for name, array in arrays.items():
            np.save(temporary / f"{name}.npy", array, allow_pickle=False)
        os.replace(temporary, copy)  # a folder appears whole (another process may win: fine)
    except (OSError, ValueError):
        shutil.rmtree(temporary, ignore_errors=True)
