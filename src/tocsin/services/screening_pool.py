"""Screening of ingestion batches in worker processes, so that a big import uses every core.

The workers are forked from the importing process: they inherit its engine, its mention matcher
and — for an import read into a list — the items themselves, so that a batch travels to a worker
as two numbers and comes back as the results and matched terms of its kept posts. Batches are
screened in order while the importing process stores the batches already screened: it alone
touches the database, so each batch is still one transaction, and a crash still loses and
duplicates nothing. At most :data:`AHEAD` batches per worker are in flight (memory stays flat).

A worker that dies (killed, out of memory) stops the import with a :class:`~tocsin.errors.
TocsinError` instead of a hang; the batches stored before it stay stored, and the same import run
again goes on from there. Workers whose importing process dies (kill -9) exit on their own.
Where ``fork`` does not exist, or with one worker, batches are screened in process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import cast

from ..errors import TocsinError
from ..listening.items import Item, Rejected
from ..listening.mentions import Mention, MentionMatcher
from ..models import Direction, Post, Result
from ..screening.engine import Engine
from .ingest import ScreenedBatch, screen_items

Batches = Iterable[list[Item | Rejected]]
Screen = Callable[[Batches], Iterator[ScreenedBatch]]

#: screened once before forking, so that what loads on first use loads once (French and English)
WARM_UP = "Merci pour votre réponse, the order arrived today."
#: batches queued per worker beyond the one it screens
AHEAD = 2
#: seconds between two checks, in a worker, that the importing process is still there
PARENT_CHECK = 0.5

#: what the forked workers screen with (set in the parent just before forking): the engine, the
#: matcher, which posts to keep, and the items when the import is a list (else None)
_WORK: tuple[Engine, MentionMatcher, str, Sequence[Item | Rejected] | None] | None = None

#: what a worker sends back: (position in the batch, result, matched terms) of each kept post,
#: the records rejected, and how many posts were read — not the posts, which the parent has
Screened = tuple[list[tuple[int, Result, list[Mention]]], list[Rejected], int]


def _watch_parent(parent: int) -> None:
    """In a worker: exit as soon as the importing process is gone (its pipes may stay open)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK)
        os._exit(1)

    threading.Thread(target=watch, name="tocsin-parent-watch", daemon=True).start()


def _screen(batch: list[str | None] | tuple[int, int]) -> Screened:
    """Screen a batch: a slice ``(start, stop)`` of the inherited items, or post JSON (None for
    records the reader rejected)."""
    assert _WORK is not None, "screening worker started without its engine"
    engine, matcher, keep, inherited = _WORK
    if isinstance(batch, tuple):
        assert inherited is not None
        chosen = inherited[batch[0] : batch[1]]
        items = [item for item in chosen if isinstance(item, Item)]
        places = [n for n, item in enumerate(chosen) if isinstance(item, Item)]
    else:
        items, places = [], []
        for n, text in enumerate(batch):
            if text is not None:
                items.append(Item(b"", Post.model_validate_json(text)))
                places.append(n)
    done = screen_items(engine, matcher, keep, items)
    kept, at = [], 0
    for item, result, mentions in done.kept:  # in the order of ``items``, some left out
        while items[at] is not item:
            at += 1
        kept.append((places[at], result, mentions))
        at += 1
    return kept, done.rejected, done.read


def _in_order(
    pool: ProcessPoolExecutor,
    batches: Batches,
    workers: int,
    inherited: Sequence[Item | Rejected] | None,
) -> Iterator[ScreenedBatch]:
    pending: deque[tuple[list[Item | Rejected], Future[Screened]]] = deque()
    start = 0
    for batch in batches:
        if inherited is not None:
            task: list[str | None] | tuple[int, int] = (start, start + len(batch))
            start += len(batch)
        else:  # posts travel as JSON: a tenth of the cost of pickling pydantic models
            task = [i.post.model_dump_json() if isinstance(i, Item) else None for i in batch]
        pending.append((batch, _submit(pool, task)))
        if len(pending) > workers * AHEAD:
            yield _collect(*pending.popleft())
    while pending:
        yield _collect(*pending.popleft())


def _submit(
    pool: ProcessPoolExecutor, task: list[str | None] | tuple[int, int]
) -> Future[Screened]:
    try:
        return pool.submit(_screen, task)
    except BrokenProcessPool as exc:
        raise _died() from exc


def _collect(batch: list[Item | Rejected], future: Future[Screened]) -> ScreenedBatch:
    try:
        kept, rejected, read = future.result()
    except BrokenProcessPool as exc:
        raise _died() from exc
    items = [(cast(Item, batch[n]), result, mentions) for n, result, mentions in kept]
    rejected = [i for i in batch if isinstance(i, Rejected)] + rejected
    return ScreenedBatch(items, rejected, read)


def _died() -> TocsinError:
    return TocsinError(
        "A screening worker process died (killed, or out of memory?). The posts stored before "
        "it are kept: run the same import again to go on (posts already stored are skipped), "
        "with --workers 1 to screen in this process."
    )


@contextmanager
def screening_pool(
    engine: Engine,
    matcher: MentionMatcher,
    keep: str,
    workers: int,
    *,
    items: Sequence[Item | Rejected] | None = None,
) -> Iterator[Screen]:
    """Yield ``screen(batches)``: the screened batches, in order, from ``workers`` processes.

    When the batches are consecutive slices of ``items`` (a list read before), the workers read
    them from their inherited copy instead of receiving them.
    """
    global _WORK
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield lambda batches: (screen_items(engine, matcher, keep, batch) for batch in batches)
        return
    _warm(engine, matcher)
    _WORK = (engine, matcher, keep, items)
    gc.freeze()  # the workers' garbage collector then leaves the inherited objects (and pages) be
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_watch_parent,
        initargs=(os.getpid(),),
    )
    try:
        yield lambda batches: _in_order(pool, batches, workers, items)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()
        _WORK = None


def _warm(engine: Engine, matcher: MentionMatcher) -> None:
    """Load what the engine loads on first use (the language model, …) once, before forking,
    instead of once in every worker."""
    for direction in Direction:
        post = Post(text=WARM_UP, direction=direction)
        engine.screen(post)
        matcher.find(post)
