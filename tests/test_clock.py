"""The runtime's clock: waiting for a moment never misses a nudge."""

from __future__ import annotations

import threading

from elarian_server.clock import Clock, ManualClock


def _wait_in_thread(call: object) -> tuple[threading.Thread, list[bool]]:
    result: list[bool] = []
    thread = threading.Thread(target=lambda: result.append(call()))  # type: ignore[operator]
    thread.start()
    return thread, result


def test_a_nudge_before_the_wait_is_not_lost() -> None:
    """The scheduler reads ``generation``, then the timers, then waits: a reminder added (or
    stop()) in between nudges the clock before the wait began, and the wait must not sleep it out."""
    for clock in (Clock(), ManualClock(1_000.0)):
        stop = threading.Event()
        seen = clock.generation
        clock.notify()  # what a command that added a reminder does, just before the wait
        thread, result = _wait_in_thread(
            lambda c=clock, s=seen, e=stop: c.wait_until(c.now() + 3600, e, longest=3600, since=s)
        )
        thread.join(10)
        assert not thread.is_alive(), "the wait slept through a nudge it should have seen"
        assert result == [False]  # the moment has not come: the caller looks again


def test_a_manual_clock_moved_past_the_moment_ends_the_wait() -> None:
    clock = ManualClock(1_000.0)
    stop = threading.Event()
    seen = clock.generation
    thread, result = _wait_in_thread(lambda: clock.wait_until(1_060.0, stop, longest=3600, since=seen))
    clock.advance(120)
    thread.join(10)
    assert result == [True]


def test_stop_ends_the_wait() -> None:
    clock = ManualClock(1_000.0)
    stop = threading.Event()
    seen = clock.generation
    stop.set()
    clock.notify()
    assert clock.wait_until(5_000.0, stop, longest=3600, since=seen) is False
