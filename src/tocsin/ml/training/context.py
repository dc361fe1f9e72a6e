"""Train a :class:`~tocsin.ml.context.ContextNet` with PyTorch (training time only).

The network reads the post's tokens through word vectors initialised from the teacher's
(:mod:`.teacher`, each word embedded alone, reduced to ``Settings.dims`` by PCA) and learnt
further, one convolution, max and mean pooling and one linear layer (see
:mod:`tocsin.ml.context`). Classes are balanced; Adam with a learning rate decaying linearly.
Everything is seeded and PyTorch runs on one thread, so a run gives the same weights again on
the same machine.

PyTorch comes with the ``train`` extra; the product never imports this module.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..context import MAX_TOKENS, ContextNet, dequantize, quantize


def available() -> bool:
    """Whether PyTorch is installed (the ``train`` extra): without it, no network is trained."""
    return importlib.util.find_spec("torch") is not None


@dataclass(frozen=True, slots=True)
class Settings:
    """The network's shape and training (chosen by cross-validation on OLID train)."""

    dims: int = 128
    filters: int = 128
    width: int = 3
    epochs: int = 2
    learning_rate: float = 2e-3
    dropout: float = 0.3
    batch_size: int = 64
    seed: int = 13


def reduce(vectors: np.ndarray, dims: int) -> np.ndarray:
    """The teacher's word vectors projected on their ``dims`` first principal axes (fewer when
    they have fewer), scaled to a standard deviation of 0.5 (the starting word vectors)."""
    centred = vectors - vectors.mean(axis=0)
    _, _, axes = np.linalg.svd(centred, full_matrices=False)
    out = centred @ axes[:dims].T
    return np.asarray(out / out.std() * 0.5, dtype=np.float32)


def token_ids(
    docs: Sequence[Sequence[str]], index: dict[str, int]
) -> tuple[np.ndarray, np.ndarray]:
    """Rows of the posts' tokens (0: unknown or padding) and the posts' lengths (at least 1)."""
    ids = np.zeros((len(docs), MAX_TOKENS), np.int64)
    lengths = np.ones(len(docs), np.int64)
    for i, toks in enumerate(docs):
        row = [index.get(t, 0) for t in toks[:MAX_TOKENS]]
        ids[i, : len(row)] = row
        lengths[i] = max(len(row), 1)
    return ids, lengths


@dataclass(frozen=True, slots=True)
class Net:
    """A trained network's arrays, before it is stacked with the linear score."""

    embeddings: np.ndarray
    conv: np.ndarray
    conv_bias: np.ndarray
    head: np.ndarray
    head_bias: float

    def as_context(
        self,
        output: str,
        words: Sequence[str],
        mix: tuple[float, float, float] = (0.0, 1.0, 0.0),
        band: tuple[float, float] = (-np.inf, np.inf),
        languages: Sequence[str] = (),
    ) -> ContextNet:
        return ContextNet(
            output,
            tuple(words),
            self.embeddings,
            self.conv,
            self.conv_bias,
            self.head,
            self.head_bias,
            mix,
            band,
            tuple(languages),
        )


def fit(
    docs: Sequence[Sequence[str]],
    y: np.ndarray,
    words: Sequence[str],
    start: np.ndarray,
    settings: Settings | None = None,
    weights: np.ndarray | None = None,
) -> Net:
    """One network learnt on these posts (their tokens) and 0/1 labels; ``start``: the first
    word vectors (one row per word of ``words``); ``weights``: one per post (default: classes
    balanced)."""
    import torch
    from torch import nn

    cfg = settings or Settings()
    torch.set_num_threads(1)
    torch.manual_seed(cfg.seed)
    rng = np.random.default_rng(cfg.seed)
    index = {w: i + 1 for i, w in enumerate(words)}
    ids, lengths = token_ids(docs, index)
    dims, filters, width = start.shape[1], cfg.filters, cfg.width

    class Module(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            table = np.vstack([np.zeros((1, dims), np.float32), start]).astype(np.float32)
            self.embed = nn.Embedding.from_pretrained(
                torch.from_numpy(table), freeze=False, padding_idx=0
            )
            self.conv = nn.Conv1d(dims, filters, width, padding=width // 2)
            self.drop = nn.Dropout(cfg.dropout)
            self.head = nn.Linear(2 * filters, 1)

        def forward(self, x: torch.Tensor, n: torch.Tensor) -> torch.Tensor:
            e = self.drop(self.embed(x)).transpose(1, 2)
            h = torch.relu(self.conv(e))
            inside = (torch.arange(x.shape[1])[None, :] < n[:, None]).float()[:, None, :]
            top = (h * inside - (1 - inside) * 1e4).max(dim=2).values
            mean = (h * inside).sum(dim=2) / n[:, None].float()
            return self.head(self.drop(torch.cat([top, mean], dim=1))).squeeze(-1)

    net = Module()
    optimiser = torch.optim.Adam(net.parameters(), lr=cfg.learning_rate)
    batches = -(-len(docs) // cfg.batch_size)
    total = cfg.epochs * batches
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda k: 1.0 - 0.9 * k / total)
    x, n = torch.from_numpy(ids), torch.from_numpy(lengths)
    target = torch.tensor(y, dtype=torch.float32)
    if weights is None:
        positive = float(y.mean())
        weights = np.where(y > 0, 0.5 / max(positive, 1e-9), 0.5 / max(1 - positive, 1e-9))
    weight = torch.tensor(weights / weights.mean(), dtype=torch.float32)
    for _ in range(cfg.epochs):
        net.train()
        order = torch.from_numpy(rng.permutation(len(docs)))
        for k in range(batches):
            rows = order[k * cfg.batch_size : (k + 1) * cfg.batch_size]
            # a batch is cut to its longest post: the same sums, less padding to convolve
            longest = int(n[rows].max())
            z = net(x[rows, :longest], n[rows])
            loss = nn.functional.binary_cross_entropy_with_logits(
                z, target[rows], weight=weight[rows]
            )
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
    conv = net.conv.weight.detach().numpy()  # (filters, dims, width)
    return Net(
        # stored as int8: the scores measured at training time are those of the shipped arrays
        dequantize(*quantize(net.embed.weight.detach().numpy()[1:])),
        np.ascontiguousarray(conv.transpose(2, 1, 0).reshape(width * dims, filters)),
        _bias(net.conv).detach().numpy().astype(np.float32).copy(),
        net.head.weight.detach().numpy()[0].astype(np.float32).copy(),
        float(net.head.bias.detach().numpy()[0]),
    )


def scores(net: Net, words: Sequence[str], docs: Sequence[Sequence[str]]) -> np.ndarray:
    """The network's scores (before sigmoid) of many posts, with the numpy inference."""
    context = net.as_context("", words)
    index = context.index()
    return np.array([context.linear(toks, index) for toks in docs])


def torch_scores(net: ContextNet, docs: Sequence[Sequence[str]]) -> list[float]:
    """The scores of a stored network computed by PyTorch's layers (the training-time forward
    pass), post by post: the expected outputs the numpy inference is tested against."""
    import torch
    from torch import nn

    dims, filters, width = net.embeddings.shape[1], net.conv_bias.shape[0], net.width
    conv = nn.Conv1d(dims, filters, width, padding=width // 2)
    kernel = net.conv.reshape(width, dims, filters).transpose(2, 1, 0)
    with torch.no_grad():
        conv.weight.copy_(torch.from_numpy(np.ascontiguousarray(kernel)))
        _bias(conv).copy_(torch.from_numpy(net.conv_bias))
        table = torch.from_numpy(np.vstack([np.zeros((1, dims), np.float32), net.embeddings]))
        index = net.index()
        out = []
        for toks in docs:
            ids, _ = token_ids([toks], index)
            n = max(min(len(toks), MAX_TOKENS), 1)
            h = torch.relu(conv(table[torch.from_numpy(ids[:, :n])].transpose(1, 2)))[0]
            pooled = torch.cat([h.max(dim=1).values, h.mean(dim=1)])
            out.append(float(pooled @ torch.from_numpy(net.head)) + net.head_bias)
    return out


def _bias(layer: Any) -> Any:
    """A layer's bias (PyTorch types it as optional; these layers always have one)."""
    if layer.bias is None:
        raise ValueError("a layer without bias")
    return layer.bias
