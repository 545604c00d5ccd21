"""Delivery: notifications from the outbox to live connections, at least once.

Theory of operation
-------------------
A notification is written to the outbox (the store) in the transaction that
raised it. One delivery thread takes due ones, oldest first but at most one in
flight per *order key* (one customer at one app), so a customer's notifications
reach an app in order. Each goes to one live connection of its app that takes
notifications (not simplex; round-robin across the app's connections, so several
worker processes share the load), or to a simulator connection of its org. The
runtime waits for the answer (``timeout``); an answer marks it delivered and is
handed to ``answered`` (which applies a reply's app data, for one); no answer,
an error, or no connection leaves it in the outbox to try again after a backoff
(0.5 s doubling to 30 s, with jitter). Each carries a stable ``notification_id``,
so a client can drop a repeat.

Fairness. A pass asks the store only for the lines of the apps (and of the orgs'
simulators) that have a live connection, at most ``each`` of each, oldest first,
interleaved: a backlog waiting for an app that is offline is not even read, and no
app's backlog fills a pass.

A notification whose connection closed between the pick and the send is neither
sent nor postponed, and the pass goes on: the next pass gives it to another connection.

Backoff runs on real time: it is about networks, not about the customers' calendar.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from functools import partial

from elarian_sync.errors import ConnectionLostError
from elarian_sync.session import Session

from .engine.common import Caller
from .store.base import OutboxRow, Store

log = logging.getLogger("elarian_server.delivery")

Prepare = Callable[[OutboxRow], bytes]
"""The bytes to send for an outbox row (e.g. the notification with the app data as it is now)."""
Answered = Callable[[OutboxRow, bytes], None]
"""What to do with an answer; runs in a delivery callback."""


def _live(session: Session) -> bool:
    return session.attached and not session.closed


def backoff(attempts: int) -> float:
    base: float = min(30.0, 0.5 * 2 ** min(attempts, 10))
    return base * (0.5 + random.random() / 2)


class Delivery:
    def __init__(
        self, store: Store, prepare: Prepare, answered: Answered, timeout: float, *, each: int = 128
    ) -> None:
        self.store = store
        self.prepare = prepare
        self.answered = answered
        self.timeout = timeout
        self.each = each  # notifications a pass reads per app (or org's simulators)
        self._lock = threading.Lock()
        self._apps: dict[tuple[str, str], list[Session]] = {}
        self._simulators: dict[str, list[Session]] = {}
        self._turn: dict[object, int] = {}
        self._busy: set[str] = set()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="elarian-server-delivery", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)

    def kick(self) -> None:
        """Something may be deliverable now."""
        self._wake.set()

    # -- connections ---------------------------------------------------------------------------------

    def add(self, session: Session, caller: Caller) -> None:
        with self._lock:
            if caller.simulator:
                self._simulators.setdefault(caller.org_id, []).append(session)
            elif not caller.simplex:
                self._apps.setdefault((caller.org_id, caller.app_id), []).append(session)
        self.kick()

    def remove(self, session: Session, caller: Caller) -> None:
        with self._lock:
            for sessions in (
                self._simulators.get(caller.org_id),
                self._apps.get((caller.org_id, caller.app_id)),
            ):
                if sessions and session in sessions:
                    sessions.remove(session)

    def _pick(self, row: OutboxRow) -> Session | None:
        with self._lock:
            key: object
            if row.kind == "simulator":
                key, candidates = row.org_id, self._simulators.get(row.org_id, [])
            else:
                key, candidates = (row.org_id, row.app_id), self._apps.get((row.org_id, row.app_id), [])
            live = [s for s in candidates if _live(s)]
            if not live:
                return None
            turn = self._turn.get(key, 0)
            self._turn[key] = turn + 1
            chosen: Session = live[turn % len(live)]
            return chosen

    def _targets(self) -> tuple[list[tuple[str, str]], list[str]]:
        """The apps and the orgs' simulators with a live connection."""
        with self._lock:
            apps = [key for key, sessions in self._apps.items() if any(map(_live, sessions))]
            simulators = [org for org, sessions in self._simulators.items() if any(map(_live, sessions))]
        return apps, simulators

    def connected(self, org_id: str, app_id: str | None = None) -> bool:
        """Whether a connection would take this org's simulator (app_id None) or app notifications now."""
        row = OutboxRow(
            0, "", org_id, app_id or "", "simulator" if app_id is None else "app", "", None, b"", 0, 0
        )
        return self._pick(row) is not None

    # -- the delivery thread -------------------------------------------------------------------------

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            try:
                waiting = self._pump()
            except Exception:
                log.exception("delivery pass failed")
                waiting = 1.0
            self._wake.wait(waiting)

    def _pump(self) -> float:
        """Send what is due; returns how long to sleep when nothing else wakes us."""
        apps, simulators = self._targets()
        if not apps and not simulators:
            return 1.0  # add() wakes us when a connection comes
        now = time.time()
        with self._lock:
            busy = frozenset(self._busy)
        with self.store.transaction() as tx:
            rows = tx.deliverable(now, apps, simulators, self.each, busy)
            next_retry = tx.next_retry_at()
        sent = 0
        for row in rows:
            session = self._pick(row)
            if session is None:
                continue  # nobody to take it: it waits for a connection (add() wakes us)
            try:
                data = self.prepare(row)
            except Exception:
                log.exception("could not prepare notification %s; dropping it", row.notification_id)
                with self.store.transaction() as tx:
                    tx.delivered(row.row_id, now)
                continue
            with self._lock:
                self._busy.add(row.order_key)
            try:
                future: Future[bytes] = session.request_async(data, self.timeout)
            except ConnectionLostError as exc:  # it closed after the pick: another connection takes it
                log.debug(
                    "notification %s not sent (%s); it waits for a connection", row.notification_id, exc
                )
                with self._lock:
                    self._busy.discard(row.order_key)
                continue
            future.add_done_callback(partial(self._done, row))
            sent += 1
        if sent:
            return 0.05
        if next_retry is not None and next_retry > now:
            return min(next_retry - now, 1.0)
        return 1.0

    def _done(self, row: OutboxRow, future: Future[bytes]) -> None:
        try:
            answer = future.result()
        except Exception as exc:
            delay = backoff(row.attempts)
            log.info(
                "notification %s not answered (%s); trying again in %.1f s", row.notification_id, exc, delay
            )
            with self.store.transaction() as tx:
                tx.retry_later(row.row_id, time.time() + delay)
        else:
            try:
                self.answered(row, answer)
            except Exception:
                log.exception("handling the answer to %s failed", row.notification_id)
                with self.store.transaction() as tx:
                    tx.delivered(row.row_id, time.time())
        finally:
            with self._lock:
                self._busy.discard(row.order_key)
            self.kick()
