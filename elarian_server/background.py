"""``ClaimsWorker``: the shape every background worker on the job-claim primitive shares.

A worker owns one thread that runs passes (``work_pass``: take what is due under claims, do
it, say how long it may sleep), woken early by ``kick()`` (something was queued or changed,
here or, through the store's watch, on another instance) and, for the workers that ask, by
the runtime's clock moving. A pass that fails is logged and tried again a second later. Its
claims carry ``owner`` (host, process, a random part, the role) and a lease: renewed a third
of the lease at a time while it holds any (``renew``), let go at ``stop()``, and otherwise
lapsing, so that an instance that died leaves its jobs to the others after ``lease``
seconds. The campaign runner, the sender, and the outbound and inbound connectors are
workers; delivery claims too, but runs its own loop of connection lines.

A pass is short: what it waits for is bounded well under a minute (a provider's or webhook's
call runs on a pool of its own, with its timeout; a store's lock wait ends with its
transaction, which on PostgreSQL the server ends after a minute idle). A pass that has run
``STUCK_SECONDS`` is stuck (a deadlock, a call with no timeout): ``stuck`` finds such passes
and ``ClaimsWorker.where`` says what one is doing, for /healthz and for the worker process,
which ends itself so that its supervisor starts another. A wait a pass makes on purpose (a
rate limit's) is ``rest``, not counted.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
import threading
import time
import traceback
import uuid
from collections.abc import Iterable

from .clock import Clock
from .store.base import Store

log = logging.getLogger("elarian_server.background")

STUCK_SECONDS = 60.0  # a pass running this long is stuck (a worker process ends itself)


class ClaimsWorker:
    """A background thread taking jobs of ``jobs`` (a claims table) under claims of ``owner``."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        jobs: str,
        role: str,
        lease: float,
        owner: str | None = None,
        on_clock: bool = True,
    ) -> None:
        self.store = store
        self.clock = clock
        self.jobs = jobs
        self.role = role
        self.lease = lease
        self.owner = owner or f"{socket.gethostname()}/{os.getpid()}/{uuid.uuid4().hex[:8]}/{role}"
        self._on_clock = on_clock  # a job may fall due when the runtime's clock moves
        self._renewed = time.monotonic()
        self._began: float | None = None  # when the pass under way began (monotonic); None between passes
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"elarian-server-{role}", daemon=True)

    # -- what a worker says ---------------------------------------------------------------------

    def work_pass(self) -> float:
        """One pass; how long the thread may sleep before the next (0: go again at once)."""
        raise NotImplementedError

    def stopping(self) -> None:
        """After the thread ended and before the claims are let go: finish what is out."""

    # -- the thread -----------------------------------------------------------------------------

    def start(self) -> None:
        if self._on_clock:
            self.clock.listen(self.kick)
        self._thread.start()

    def kick(self) -> None:
        """Something may be due now."""
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.ident is not None:  # started (an instance without background work: not)
            self._thread.join(10)
        self.stopping()
        try:  # what this instance held is another's to take now
            with self.store.transaction(keys=()) as tx:
                tx.release_claims(self.jobs, self.owner)
        except Exception:  # the store may be gone already: the leases run out instead
            log.exception(
                "could not let go of the %s claims of %s; they lapse in %.0f s",
                self.role,
                self.owner,
                self.lease,
            )

    def busy_for(self, now: float | None = None) -> float:
        """How long the pass under way has run (0 between passes), in seconds."""
        began = self._began
        if began is None:
            return 0.0
        return (time.monotonic() if now is None else now) - began

    def where(self) -> str:
        """What the worker's thread is doing now: its stack, innermost call last (for a log)."""
        frame = sys._current_frames().get(self._thread.ident or -1)
        if frame is None:
            return "  (its thread is not running)\n"
        return "".join(traceback.format_stack(frame))

    def rest(self, seconds: float) -> bool:
        """Sleep ``seconds`` inside a pass, kicks or not (a rate limit's wait), not counted as the
        pass running; True if the worker is stopping."""
        self._began = None
        try:
            return self._stop.wait(seconds)
        finally:
            self._began = time.monotonic()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._wake.clear()
                self._began = time.monotonic()
                try:
                    wait = self.work_pass()
                finally:
                    self._began = None
                if wait > 0:
                    self._wake.wait(wait)
            except Exception:
                if self._stop.is_set():
                    return
                log.exception("%s pass failed", self.role)
                self._stop.wait(1.0)

    def renew(self, holding: bool) -> None:
        """Keep the leases of what this worker holds, a third of the lease at a time."""
        if time.monotonic() - self._renewed < self.lease / 3:
            return
        self._renewed = time.monotonic()
        if holding:
            with self.store.transaction(keys=()) as tx:
                tx.renew_claims(self.jobs, self.owner, time.time() + self.lease)


def stuck(workers: Iterable[ClaimsWorker], limit: float = STUCK_SECONDS) -> list[tuple[ClaimsWorker, float]]:
    """The workers whose pass under way has run ``limit`` seconds or more, and for how long."""
    now = time.monotonic()
    found = [(worker, worker.busy_for(now)) for worker in workers]
    return [(worker, took) for worker, took in found if took > 0 and took >= limit]
