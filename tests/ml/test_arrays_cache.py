"""The models' arrays read from an uncompressed copy: the same arrays, never required."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tocsin.ml.arrays_cache import load_arrays
from tocsin.ml.linear import LinearModel

ARRAYS = {
    "weights": np.arange(12, dtype=np.float16).reshape(4, 3),
    "bias": np.array([0.5, -1.0, 2.0], np.float32),
    "words": np.array(["été", "nightjar"], dtype=str),
}


@pytest.fixture()
def model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    path = tmp_path / "m.npz"
    np.savez_compressed(path, **ARRAYS)  # type: ignore[arg-type]
    return path


def _same(found: object) -> None:
    assert isinstance(found, dict) and sorted(found) == sorted(ARRAYS)
    for name, array in ARRAYS.items():
        assert found[name].dtype == array.dtype and np.array_equal(found[name], array)


def _copies(model: Path) -> list[Path]:
    return list((model.parent / "cache" / "tocsin" / "models").glob("m-*"))


def test_copied_then_read_back(model: Path) -> None:
    _same(load_arrays(model))
    assert len(_copies(model)) == 1
    _same(load_arrays(model))


def test_not_copied_when_not_asked(model: Path) -> None:
    _same(load_arrays(model, cached=False))
    assert not _copies(model)


def test_a_new_model_file_is_read_again(model: Path) -> None:
    load_arrays(model)
    np.savez_compressed(model, weights=np.zeros((2, 2), np.float16))
    assert sorted(load_arrays(model)) == ["weights"]


def test_damaged_copy_is_not_required(model: Path) -> None:
    load_arrays(model)
    (copy,) = _copies(model)
    for file in copy.glob("*.npy"):
        file.write_bytes(b"\x93NUMPY damaged")
    _same(load_arrays(model))


def test_unwritable_cache_is_not_required(model: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = model.parent / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    _same(load_arrays(model))


def test_shipped_models_load_the_same_through_the_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tocsin.ml.inference import MODELS_DIR

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = LinearModel.load(MODELS_DIR, "toxicity")  # from the .npz, copied
    again = LinearModel.load(MODELS_DIR, "toxicity")  # from the copy
    assert list((tmp_path / "tocsin" / "models").glob("toxicity-*"))
    assert np.array_equal(first.weights, again.weights)
    assert first.context is not None and again.context is not None
    assert np.array_equal(first.context.embeddings, again.context.embeddings)
    assert first.context.words == again.context.words


def test_context_table_kept_between_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The context network's word table is computed once, then read back: the same numbers."""
    from tocsin.ml.inference import MODELS_DIR

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = LinearModel.load(MODELS_DIR, "toxicity").context
    assert first is not None and first.table_file is not None
    computed = first._table()  # computed, then written
    kept = list((tmp_path / "tocsin" / "tables").glob("toxicity-*-context-table-numpy*.npy"))
    assert kept == [first.table_file]
    again = LinearModel.load(MODELS_DIR, "toxicity").context
    assert again is not None and again.table_file == first.table_file
    read = again._table()  # read back
    assert read.dtype == computed.dtype and np.array_equal(read, computed)
    assert read.tobytes() == computed.tobytes()


def test_damaged_context_table_is_computed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tocsin.ml.arrays_cache import load_derived, save_derived

    path = tmp_path / "tables" / "t.npy"
    table = np.arange(12, dtype=np.float32).reshape(3, 4)
    save_derived(path, table)
    found = load_derived(path, (3, 4), np.float32)
    assert found is not None and np.array_equal(found, table)
    assert load_derived(path, (4, 3), np.float32) is None  # another shape: not this table
    assert load_derived(path, (3, 4), np.float64) is None
    path.write_bytes(b"\x93NUMPY damaged")
    assert load_derived(path, (3, 4), np.float32) is None
    assert load_derived(tmp_path / "missing.npy", (3, 4), np.float32) is None
