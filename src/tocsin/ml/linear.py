"""One shipped model: a weight matrix over the hash buckets, a bias, and its metadata.

On disk a model ``NAME`` is three files side by side (no pickle anywhere):

- ``NAME.npz``: arrays ``weights`` (buckets × outputs, float16) and ``bias`` (outputs, float32),
  read with ``allow_pickle=False``; a model with a :class:`~tocsin.ml.lexicon.Lexicon` (word
  scores refining one output) adds ``lexicon_words`` (strings), ``lexicon_weights``,
  ``lexicon_scores`` and ``lexicon_bias`` (float32); a model with a
  :class:`~tocsin.ml.context.ContextNet` (a network refining one output) adds ``context_words``
  (strings), ``context_embeddings`` (int8) with ``context_scales`` (one per word),
  ``context_conv``, ``context_conv_bias``, ``context_head`` (float32) and ``context_numbers``
  (head bias, mix, band: float64);
- ``NAME.json``: what the outputs mean, the feature version, the sources, rows and metrics;
- ``NAME.md``: the data card a person reads (sources, licences, rows, metrics, known biases).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ConfigurationError
from .arrays_cache import derived_path, load_arrays
from .context import ContextNet, dequantize, quantize
from .features import BUCKETS
from .lexicon import Lexicon

FEATURE_VERSION = 1
KINDS = ("softmax", "sigmoid")


@dataclass(slots=True)
class LinearModel:
    name: str
    kind: str  # "softmax": one label among the outputs; "sigmoid": independent yes/no outputs
    outputs: list[str]
    weights: np.ndarray  # (BUCKETS, len(outputs))
    bias: np.ndarray  # (len(outputs),)
    meta: dict[str, Any] = field(default_factory=dict)
    lexicon: Lexicon | None = None
    context: ContextNet | None = None

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        arrays: dict[str, np.ndarray] = {
            "weights": self.weights.astype(np.float16),
            "bias": self.bias.astype(np.float32),
        }
        meta = dict(self.meta)
        described = meta.pop("lexicon", None) or {}
        if self.lexicon is not None:
            lex = self.lexicon
            arrays["lexicon_words"] = np.array(lex.words, dtype=str)
            arrays["lexicon_weights"] = lex.weights.astype(np.float32)
            arrays["lexicon_scores"] = lex.scores.astype(np.float32)
            arrays["lexicon_bias"] = np.array([lex.bias], dtype=np.float32)
            meta["lexicon"] = {**described, "output": lex.output, "words": len(lex.words)}
        network = meta.pop("context", None) or {}
        if self.context is not None:
            arrays.update(_context_arrays(self.context))
            meta["context"] = {
                **network,
                "output": self.context.output,
                "words": len(self.context.words),
                "dims": int(self.context.embeddings.shape[1]),
                "filters": int(self.context.conv_bias.shape[0]),
                "width": self.context.width,
                "languages": list(self.context.languages),
            }
        np.savez_compressed(folder / f"{self.name}.npz", **arrays)  # type: ignore[arg-type]
        meta = {
            **meta,
            "name": self.name,
            "kind": self.kind,
            "outputs": self.outputs,
            "buckets": BUCKETS,
            "feature_version": FEATURE_VERSION,
        }
        text = json.dumps(meta, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        (folder / f"{self.name}.json").write_text(text, encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, name: str) -> LinearModel:
        meta_path = folder / f"{name}.json"
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            # the shipped models are read from an uncompressed copy (see arrays_cache)
            shipped = _shipped(folder)
            arrays = load_arrays(folder / f"{name}.npz", cached=shipped)
            weights = arrays["weights"].astype(np.float32)
            bias = arrays["bias"].astype(np.float32)
            lexicon = _lexicon(meta, arrays)
            table = derived_path(folder / f"{name}.npz", "context-table") if shipped else None
            context = _context(meta, arrays, table)
        except (OSError, ValueError, KeyError) as exc:
            raise ConfigurationError(
                f"text model {name!r} in {folder} cannot be read ({exc}); "
                "retrain it with `tocsin ml train` or unset TOCSIN_MODELS_DIR"
            ) from None
        outputs = list(meta.get("outputs", []))
        expected = (BUCKETS, len(outputs))
        if (
            meta.get("feature_version") != FEATURE_VERSION
            or meta.get("kind") not in KINDS
            or weights.shape != expected
            or bias.shape != (len(outputs),)
        ):
            raise ConfigurationError(
                f"text model {name!r} in {folder} was made for another version of Tocsin "
                f"(features v{meta.get('feature_version')}, weights {weights.shape}); "
                "retrain it with `tocsin ml train`"
            )
        if lexicon is not None and lexicon.output not in outputs:
            raise ConfigurationError(
                f"text model {name!r} in {folder}: its lexicon refines an unknown output "
                f"{lexicon.output!r}; retrain it with `tocsin ml train`"
            )
        if context is not None and context.output not in outputs:
            raise ConfigurationError(
                f"text model {name!r} in {folder}: its context network refines an unknown "
                f"output {context.output!r}; retrain it with `tocsin ml train`"
            )
        return cls(name, meta["kind"], outputs, weights, bias, meta, lexicon, context)


def _shipped(folder: Path) -> bool:
    """Whether ``folder`` holds the models shipped with Tocsin (those trained elsewhere are not
    copied to the user's cache: tests and experiments make many)."""
    try:
        return folder.resolve() == _SHIPPED.resolve()
    except OSError:
        return False


_SHIPPED = Path(__file__).with_name("models")


def _lexicon(meta: dict[str, Any], arrays: Any) -> Lexicon | None:
    """The lexicon stored beside a model's weights, if it has one."""
    described = meta.get("lexicon")
    if not described:
        return None
    return Lexicon(
        str(described["output"]),
        tuple(arrays["lexicon_words"].tolist()),
        arrays["lexicon_weights"].astype(np.float32),
        arrays["lexicon_scores"].astype(np.float32),
        float(arrays["lexicon_bias"][0]),
    )


def _context_arrays(net: ContextNet) -> dict[str, np.ndarray]:
    numbers = [net.head_bias, *net.mix, *net.band]
    q, scales = quantize(net.embeddings)
    return {
        "context_words": np.array(net.words, dtype=str),
        "context_embeddings": q,
        "context_scales": scales,
        "context_conv": net.conv.astype(np.float32),
        "context_conv_bias": net.conv_bias.astype(np.float32),
        "context_head": net.head.astype(np.float32),
        "context_numbers": np.array(numbers, dtype=np.float64),
    }


def _context(meta: dict[str, Any], arrays: Any, table: Path | None = None) -> ContextNet | None:
    """The context network stored beside a model's weights, if it has one (``table``: where
    its word table is kept between runs)."""
    described = meta.get("context")
    if not described:
        return None
    numbers = [float(v) for v in arrays["context_numbers"].tolist()]
    return ContextNet(
        str(described["output"]),
        tuple(arrays["context_words"].tolist()),
        dequantize(arrays["context_embeddings"], arrays["context_scales"]),
        arrays["context_conv"].astype(np.float32),
        arrays["context_conv_bias"].astype(np.float32),
        arrays["context_head"].astype(np.float32),
        numbers[0],
        (numbers[1], numbers[2], numbers[3]),
        (numbers[4], numbers[5]),
        tuple(str(lang) for lang in described.get("languages", [])),
        table,
    )
