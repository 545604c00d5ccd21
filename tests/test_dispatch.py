"""The SDK's keyed worker pool: in order per key, and nothing submitted is dropped at shutdown."""

from __future__ import annotations

import threading

from elarian_sync._dispatch import KeyedPool


def test_shutdown_runs_what_was_queued_behind_a_busy_key() -> None:
    """A key's next task waits behind the task running for it; shutting down meanwhile still runs
    it (the connection's 'error' event queued behind 'connecting' was lost this way)."""
    pool = KeyedPool(2, "test-pool")
    running, release = threading.Event(), threading.Event()
    ran: list[str] = []

    def first() -> None:
        running.set()
        assert release.wait(10)
        ran.append("first")

    pool.submit(("connection",), first)
    pool.submit(("connection",), lambda: ran.append("second"))
    assert running.wait(10)
    stopping = threading.Thread(target=pool.shutdown)
    stopping.start()
    release.set()
    stopping.join(10)
    assert not stopping.is_alive()
    assert ran == ["first", "second"]


def test_a_task_submitted_after_shutdown_is_not_run() -> None:
    pool = KeyedPool(1, "test-pool")
    pool.shutdown()
    ran: list[str] = []
    pool.submit("k", lambda: ran.append("late"))
    assert ran == []


def test_a_task_may_shut_its_own_pool_down() -> None:
    pool = KeyedPool(1, "test-pool")
    done = threading.Event()

    def stop_from_inside() -> None:
        pool.shutdown(timeout=1)
        done.set()

    pool.submit("k", stop_from_inside)
    assert done.wait(10)
