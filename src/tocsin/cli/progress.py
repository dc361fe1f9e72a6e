"""A progress bar on standard error for long work over a file (shown only on a terminal)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
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
