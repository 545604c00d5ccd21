"""Waiting on what the code does, not on the clock.

Where the code signals (a queue, an Event, a Condition, a notification), tests wait on that.
``wait_until`` is for state that is only observable by reading it (how many threads are alive,
whether a server session is attached): it polls, bounded in count and in time, and fails
naming what never happened. ``HeldBackoff`` lets a test decide when a ``Transport`` reconnects.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

_POLL = 0.005  # how often wait_until reads the state again


def wait_until(
    condition: Callable[[], T], timeout: float = 10.0, what: str | Callable[[], str] = "the condition"
) -> T:
    """Read ``condition()`` until it is true and return it; fail if it is not within ``timeout`` s,
    saying ``what`` (or what ``what()`` says then) did not happen."""
    deadline = time.monotonic() + timeout
    for _ in range(int(timeout / _POLL) + 1):
        value = condition()
        if value:
            return value
        left = deadline - time.monotonic()
        if left <= 0:
            break
        time.sleep(min(_POLL, left))
    raise AssertionError(f"{what() if callable(what) else what}: not within {timeout:g} s")


class HeldBackoff:
    """A ``Transport(backoff_wait=...)`` that holds the client's reconnect until ``release()``.

    ``entered`` gets the policy's delay each time the reader starts waiting to reconnect (so a
    test knows the client noticed the drop). ``release()`` ends the wait under way and every
    later one at once. ``close()`` still ends a held wait at once: the wait watches ``stop``.
    A wait held for ``limit`` s gives up and lets the client reconnect (the test has failed by then).
    """

    _STEP = 0.01  # how often a held wait looks at ``stop``

    def __init__(self, limit: float = 30.0) -> None:
        self.entered: queue.Queue[float] = queue.Queue()
        self.limit = limit
        self._go = threading.Event()

    def __call__(self, stop: threading.Event, seconds: float) -> bool:
        self.entered.put(seconds)
        for _ in range(int(self.limit / self._STEP)):
            if stop.is_set():
                return True
            if self._go.wait(self._STEP):
                break
        return stop.is_set()

    def release(self) -> None:
        self._go.set()
