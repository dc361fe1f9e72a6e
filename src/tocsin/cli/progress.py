"""A progress bar on standard error for long work over a file (shown only on a terminal)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)


@contextmanager
def byte_progress(path: Path) -> Iterator[Callable[[int], None]]:
    """Yield ``advance(nbytes)``; draws a bar for ``path``'s size when stderr is a terminal."""
    console = Console(stderr=True)
    if not console.is_terminal:
        yield lambda n: None
        return
    total = path.stat().st_size
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task(path.name, total=total)
        pending = 0

        def advance(n: int) -> None:
            nonlocal pending
            pending += n
            if pending >= 65536:
                bar.update(task, advance=pending)
                pending = 0

        yield advance
        bar.update(task, completed=total)


@contextmanager
def count_progress(total: int, description: str) -> Iterator[Callable[[int], None]]:
    """Yield ``advance(n)`` over ``total`` items; draws a bar when stderr is a terminal."""
    console = Console(stderr=True)
    if not console.is_terminal or total <= 0:
        yield lambda n: None
        return
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task(description, total=total)
        yield lambda n: bar.update(task, advance=n)
        bar.update(task, completed=total)


@contextmanager
def step_progress(description: str) -> Iterator[Callable[[int, int], None]]:
    """Yield ``advance(done, total)`` for work counted in steps; a bar when stderr is a terminal."""
    console = Console(stderr=True)
    if not console.is_terminal:
        yield lambda done, total: None
        return
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task(description, total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance
