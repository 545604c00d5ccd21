"""The runtime's one clock: the wall clock, or one a test (or the command line) controls.

Everything in the runtime that depends on the date reads it here: when reminders
come due, when leases and auth tokens lapse, when tags expire, how long a
messaging session lasts. A ``ManualClock`` stands still until it is set or
advanced, so tests of all of that never sleep. Threads that wait for a moment
(the reminder scheduler) wait through ``wait_until``, which a manual clock ends
as soon as it is moved past the moment.

Delivery retries are not domain time: they back off on real time.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime, timezone


class Clock:
    """The wall clock. ``now()`` is epoch seconds (float)."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._generation = 0  # how many nudges so far; a waiter that saw fewer looks again
        self._listeners: list[Callable[[], None]] = []

    @property
    def generation(self) -> int:
        """Read before deciding what to wait for, and pass to ``wait_until(since=)``: a nudge
        that comes in between is then not lost."""
        return self._generation

    def now(self) -> float:
        return time.time()

    def datetime(self) -> datetime:
        return datetime.fromtimestamp(self.now(), timezone.utc)

    def wait_until(
        self, moment: float, stop: threading.Event, longest: float = 1.0, since: int | None = None
    ) -> bool:
        """Block until ``moment`` (epoch seconds), ``stop`` is set, ``longest`` passes, or a nudge.

        True when the moment has come. Callers loop: they re-read what to wait for
        after every return, so a nudge (``notify``) makes them look again. With
        ``since`` (the ``generation`` read before the caller decided on ``moment``),
        a nudge that came after that read returns at once instead of being missed.
        """
        delay = moment - self.now()
        if delay <= 0:
            return True
        with self._changed:
            if not stop.is_set() and (since is None or since == self._generation):
                self._changed.wait(min(delay, longest))
        return not stop.is_set() and self.now() >= moment

    def notify(self) -> None:
        """Wake every ``wait_until`` (something it waits for may have changed), and every
        listener."""
        with self._changed:
            self._generation += 1
            self._changed.notify_all()
        for listener in self._listeners:
            listener()

    def listen(self, wake: Callable[[], None]) -> None:
        """Call ``wake`` whenever the clock is nudged (moved, for a manual clock): for a thread
        that waits on something else too (an event) and for a moment of this clock."""
        self._listeners.append(wake)


class ManualClock(Clock):
    """A clock that moves only when told to (``set``/``advance``)."""

    def __init__(self, start: float | None = None) -> None:
        super().__init__()
        self._now = time.time() if start is None else start
        self._lock = threading.Lock()

    def now(self) -> float:
        return self._now

    def set(self, moment: float | datetime) -> None:
        value = moment.timestamp() if isinstance(moment, datetime) else float(moment)
        with self._lock:
            if value < self._now:
                raise ValueError("the clock does not go backwards")
            self._now = value
        self.notify()

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("the clock does not go backwards")
        with self._lock:
            self._now += seconds
            now = self._now
        self.notify()
        return now
