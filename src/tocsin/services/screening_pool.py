"""Screening of ingestion batches in worker processes, so that a big import uses every core.

The workers are forked from the importing process: they inherit its engine and mention matcher
(nothing is rebuilt or pickled but the batches and their results), screen batches in order
(:meth:`multiprocessing.pool.Pool.imap`) while the importing process stores the batches already
screened — it alone touches the database, so each batch is still one transaction and a crash
still loses and duplicates nothing. Where ``fork`` does not exist, or with one worker, batches
are screened in process.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from multiprocessing.pool import Pool
from typing import cast

from ..listening.items import Item, Rejected
from ..listening.mentions import Mention, MentionMatcher
from ..models import Post, Result
from ..screening.engine import Engine
from .ingest import ScreenedBatch, screen_items

Batches = Iterable[list[Item | Rejected]]
Screen = Callable[[Batches], Iterator[ScreenedBatch]]

#: what the forked workers screen with (set in the parent just before forking)
_WORK: tuple[Engine, MentionMatcher, str] | None = None


#: what a worker sends back: (position in the batch, result, matched terms) of each kept post,
#: the records rejected, and how many posts were read — not the posts, which the parent has
Screened = tuple[list[tuple[int, Result, list[Mention]]], list[Rejected], int]


def _screen(batch: list[str | None]) -> Screened:
    """Screen a batch sent as post JSON (None for records the reader rejected)."""
    assert _WORK is not None, "screening worker started without its engine"
    engine, matcher, keep = _WORK
    items: list[Item | Rejected] = []
    positions: dict[int, int] = {}
    for n, text in enumerate(batch):
        if text is not None:
            item = Item(b"", Post.model_validate_json(text))
            positions[id(item)] = n
            items.append(item)
    done = screen_items(engine, matcher, keep, items)
    kept = [(positions[id(item)], result, mentions) for item, result, mentions in done.kept]
    return kept, done.rejected, done.read


def _in_order(pool: Pool, batches: Batches) -> Iterator[ScreenedBatch]:
    sent: deque[list[Item | Rejected]] = deque()

    def feed() -> Iterator[list[str | None]]:
        # posts travel as JSON: a tenth of the cost of pickling pydantic models
        for batch in batches:
            sent.append(batch)
            yield [i.post.model_dump_json() if isinstance(i, Item) else None for i in batch]

    for kept, rejected, read in pool.imap(_screen, feed()):
        batch = sent.popleft()  # imap answers in the order it was fed
        items = [(cast(Item, batch[n]), result, mentions) for n, result, mentions in kept]
        rejected = [i for i in batch if isinstance(i, Rejected)] + rejected
        yield ScreenedBatch(items, rejected, read)


@contextmanager
def screening_pool(
    engine: Engine, matcher: MentionMatcher, keep: str, workers: int
) -> Iterator[Screen]:
    """Yield ``screen(batches)``: the screened batches, in order, from ``workers`` processes."""
    global _WORK
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield lambda batches: (screen_items(engine, matcher, keep, batch) for batch in batches)
        return
    _WORK = (engine, matcher, keep)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            yield lambda batches: _in_order(pool, batches)
    finally:
        _WORK = None
