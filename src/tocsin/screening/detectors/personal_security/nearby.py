"""Spans indexed by position, to find the one nearest another span in logarithmic time.

A post may hold thousands of names and thousands of cue words (a megabyte of
spam): comparing every pair would be quadratic. Sorted by end, the candidates near a span are a
contiguous slice found by bisection.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class Nearby(Generic[T]):
    """Items with a span (start, end), searchable by proximity to another span."""

    def __init__(self, items: Iterable[tuple[int, int, T]]) -> None:
        self._items = sorted(items, key=lambda item: item[1])
        self._ends = [end for _, end, _ in self._items]
        self._longest = max((end - start for start, end, _ in self._items), default=0)

    def __bool__(self) -> bool:
        return bool(self._items)

    def nearest(self, start: int, end: int, window: int) -> T | None:
        """The item closest to ``start:end`` with at most ``window`` characters between them."""
        best: tuple[int, T] | None = None
        for i in range(bisect_left(self._ends, start - window), len(self._items)):
            s, e, item = self._items[i]
            if e - self._longest > end + window:
                break
            gap = max(s - end, start - e, 0)
            if gap <= window and (best is None or gap < best[0]):
                best = (gap, item)
                if gap == 0:
                    break
        return best[1] if best is not None else None
