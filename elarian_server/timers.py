"""Timers on real time: one thread runs callbacks at their moments.

For waits that are about networks, not the customers' calendar (how long a
simulator waits for an app's answer), so they follow ``time.monotonic`` rather
than the runtime's (possibly manual) clock. A timer costs a heap entry, not a
thread; ``cancel`` is cheap and safe after it fired.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable

log = logging.getLogger("elarian_server.timers")


class Timers:
    def __init__(self, name: str = "elarian-server-timers") -> None:
        self._heap: list[tuple[float, int, Callable[[], None]]] = []
        self._live: set[int] = set()
        self._ids = itertools.count()
        self._cond = threading.Condition()
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def after(self, seconds: float, callback: Callable[[], None]) -> int:
        """Run ``callback`` in ``seconds``; returns a handle for ``cancel``."""
        handle = next(self._ids)
        with self._cond:
            heapq.heappush(self._heap, (time.monotonic() + seconds, handle, callback))
            self._live.add(handle)
            self._cond.notify()
        return handle

    def cancel(self, handle: int) -> None:
        with self._cond:
            self._live.discard(handle)

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify()
        self._thread.join(5)

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._stopped and (not self._heap or self._heap[0][0] > time.monotonic()):
                    timeout = self._heap[0][0] - time.monotonic() if self._heap else None
                    self._cond.wait(timeout)
                if self._stopped:
                    return
                _, handle, callback = heapq.heappop(self._heap)
                if handle not in self._live:
                    continue  # cancelled
                self._live.discard(handle)
            try:
                callback()
            except Exception:
                log.exception("timer callback failed")
