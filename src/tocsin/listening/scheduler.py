"""The in-process scheduler of ``tocsin serve``: runs each enabled source on its schedule.

One background thread runs the due sources one after the other (the machine's cores belong to
the web app and the screening). A run that fails is recorded in the source's health by the run
itself; anything else a run raises is logged, and the scheduler goes on — it never crashes.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from .sources import SourceSpec

log = logging.getLogger(__name__)

#: how often the list of sources is read again (sources added while serving are picked up)
REFRESH_SECONDS = 30.0


class Scheduler:
    """Calls ``run(spec)`` for each source of ``sources()`` every ``spec.every`` seconds."""

    def __init__(
        self,
        sources: Callable[[], list[SourceSpec]],
        run: Callable[[SourceSpec], object],
        *,
        clock: Callable[[], float] = time.monotonic,
        tick: float = 1.0,
    ) -> None:
        self._sources = sources
        self._run = run
        self._clock = clock
        self._tick = tick
        self._next: dict[str, float] = {}
        self._specs: list[SourceSpec] = []
        self._refreshed = float("-inf")
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run_due(self) -> list[str]:
        """Run every source that is due now; returns their names (first run: all of them)."""
        now = self._clock()
        if now - self._refreshed >= REFRESH_SECONDS:
            try:
                self._specs = [spec for spec in self._sources() if spec.enabled]
            except Exception:  # the database may be briefly unavailable: keep the last list
                log.exception("listening: cannot read the list of sources")
            self._refreshed = now
        ran = []
        for spec in self._specs:
            if self._stop.is_set():
                break
            if self._next.get(spec.name, now) > now:
                continue
            try:
                self._run(spec)
            except Exception:
                log.exception("listening: source %s raised", spec.name)
            self._next[spec.name] = self._clock() + spec.every
            ran.append(spec.name)
        return ran

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._loop, name="tocsin-scheduler", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.run_due()
            self._stop.wait(self._tick)
