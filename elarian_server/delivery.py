"""Delivery: notifications from the outbox to live connections, at least once, fairly.

Theory of operation
-------------------
A notification is written to the outbox (the store) in the transaction that
raised it and delivered at least once, at most one in flight per *order key*
(one customer at one app), so a customer's notifications reach an app in order.
Each goes to one live connection of its app that takes notifications (not
simplex; round-robin across the app's connections, so several worker processes
share the load), or to a simulator connection of its org. The runtime waits for
the answer (``timeout``); an answer marks it delivered and is handed to
``answered`` (which applies a reply's app data, for one); no answer or an error
leaves it in the outbox to try again after a backoff (0.5 s doubling to 30 s,
with jitter). Each carries a stable ``notification_id``, so a client can drop a
repeat.

Per connection. The delivery thread only chooses: in each pass it asks the store
for the lines of the apps (and of the orgs' simulators) that have a connection
with room, at most ``each`` of each, oldest first, interleaved, so a backlog
waiting for an app that is offline is not even read and no app's backlog fills a
pass; it gives each notification to a connection's line. A writer (a thread of a
pool, one per line at a time) prepares and sends what is in a line, so a peer
that stops reading blocks only its own writer. A connection holds at most
``most`` notifications and ``window`` bytes unanswered (a larger notification
goes alone); beyond that it gets nothing more until it answers, and a pass
comes for it once it has room for a pass's worth.

The write bound. A write to a socket that has not finished within
``write_timeout`` (whichever thread is writing: a writer, a worker answering a
command) means the peer stopped reading: the delivery thread drops that socket
(``abort``) and logs it with the org and app. What was in flight on it fails (on
a resumable session: waits for a resume, or its timeout) and stays in the
outbox, to be delivered again. A notification whose connection closed between
the pick and the send is neither sent nor postponed: the next pass gives it to
another connection.

Claims. Several runtime instances may share a store (PostgreSQL), and an app may be
connected to more than one of them. A pass claims what it read (``ClaimsTx``: an owner per
delivery, a lease of twice the answer timeout plus the write bound, renewed while it holds
rows) and gives out only what it claimed; a line whose head another instance holds waits.
So each notification is out on one connection at a time, in order per order key, across
instances; an instance that dies leaves its rows to the others when its leases run out, and
one that stops lets go of them at once.

Backoff and leases run on real time: they are about networks, not about the customers' calendar.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import socket
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial

from elarian_sync.errors import ConnectionLostError
from elarian_sync.session import Session

from .commits import StoppedError, Write
from .engine.common import Caller
from .store.base import OutboxRow, Store
from .wslink import may_wait

log = logging.getLogger("elarian_server.delivery")

Prepare = Callable[[list[OutboxRow]], list[bytes | Exception]]
"""The bytes to send for each outbox row (e.g. the notification with the app data as it is now),
or why a row cannot be sent; one call for a batch, so it can read the store once."""
Answered = Callable[[OutboxRow, bytes], Write]
"""What an answer does, as one write of a group commit (made in a delivery callback)."""
Commit = Callable[[Write], None]
"""Commit a write with the next group (the runtime's ``GroupCommit.submit``)."""
Abort = Callable[[Session], None]
"""Drop a session's socket at once (the listener's ``abort``); must not block."""

_IDLE = 1.0  # the longest a pass waits when nothing wakes it
_ROUNDS = 8  # batches a writer sends before it makes way for other connections' writers


def _ignore(outcome: object) -> None:
    """A write whose outcome nobody waits for (``_recorded`` logs a failure)."""


def backoff(attempts: int) -> float:
    base: float = min(30.0, 0.5 * 2 ** min(attempts, 10))
    return base * (0.5 + random.random() / 2)


@dataclass(eq=False)
class _Line:
    """What the delivery keeps about one connection."""

    caller: Caller
    queue: deque[OutboxRow] = field(default_factory=deque)  # given to it, not yet sent
    writing: bool = False  # a writer has it
    given: int = 0  # notifications given to it and not answered (or failed) yet
    size: int = 0  # their bytes
    dropped_write: float | None = None  # the stalled write its socket was dropped for


class Delivery:
    def __init__(
        self,
        store: Store,
        prepare: Prepare,
        answered: Answered,
        timeout: float,
        *,
        abort: Abort,
        commit: Commit,
        write_timeout: float = 10.0,
        window: int = 16 * 1024 * 1024,
        most: int = 256,
        each: int = 128,
        writers: int = 32,
        owner: str | None = None,
    ) -> None:
        self.store = store
        self.prepare = prepare
        self.answered = answered
        self.timeout = timeout
        self.abort = abort
        self.commit = commit
        self.write_timeout = write_timeout  # read at every pass: a test may change it
        self.window = window  # bytes a connection may hold unanswered (a larger notification goes alone)
        self.most = most  # notifications a connection may hold unanswered
        self.each = each  # notifications a pass reads per app (or org's simulators)
        # who holds this delivery's claims, and for how long a claim holds without renewal
        self.owner = owner or f"{socket.gethostname()}/{os.getpid()}/{uuid.uuid4().hex[:8]}"
        self.lease = 2 * timeout + write_timeout
        self._renewed = time.monotonic()
        self._presence_told: tuple[frozenset[str], float] | None = None  # what, and when (monotonic)
        self._lock = threading.Lock()
        self._lines: dict[Session, _Line] = {}  # every connection (simplex too: its writes are bounded)
        self._apps: dict[tuple[str, str], list[Session]] = {}
        self._simulators: dict[str, list[Session]] = {}
        self._turn: dict[object, int] = {}
        self._busy: set[str] = set()
        self._wake = threading.Event()
        self.declined = 0  # kicks for notifications no connection here takes (a figure for tests; _lock)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="elarian-server-delivery", daemon=True)
        self._writers = ThreadPoolExecutor(
            writers, thread_name_prefix="elarian-server-delivery-writer", initializer=may_wait
        )

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop delivering (after the listener dropped every socket, so no writer is stuck)."""
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)
        self._writers.shutdown(wait=True, cancel_futures=True)
        try:  # what was out on our connections is another instance's to deliver now
            with self.store.transaction(keys=()) as tx:  # our own rows only
                tx.release_claims("outbox", self.owner)
                tx.put_presence(self.owner, (), 0.0)
        except Exception:
            log.exception(
                "could not let go of the claims of %s; they lapse in %.0f s", self.owner, self.lease
            )

    def kick(self, apps: bool = True, simulators: bool = True) -> None:
        """Something may be deliverable now: apps' notifications, simulators' or either. A kind no
        connection here takes wakes nothing (another instance holds those connections; ``add``
        wakes the thread when one comes, and its pass reads what was queued before)."""
        if not (apps and simulators):
            with self._lock:  # the watch's thread and the committers' kick at once: count under it
                held = (apps and any(self._apps.values())) or (simulators and any(self._simulators.values()))
                if not held:
                    self.declined += 1
                    return
        self._wake.set()

    # -- connections ---------------------------------------------------------------------------------

    def add(self, session: Session, caller: Caller) -> None:
        """A session got a socket (new, or resumed: it is listed once)."""
        with self._lock:
            self._lines.setdefault(session, _Line(caller))
            sessions = None
            if caller.simulator:
                sessions = self._simulators.setdefault(caller.org_id, [])
            elif not caller.simplex:
                sessions = self._apps.setdefault((caller.org_id, caller.app_id), [])
            if sessions is not None and session not in sessions:
                sessions.append(session)
            if caller.simulator:
                self._presence_told = None  # the delivery thread tells the other instances
        self.kick()

    def remove(self, session: Session, caller: Caller) -> None:
        """A session ended for good."""
        with self._lock:
            self._lines.pop(session, None)
            for sessions in (
                self._simulators.get(caller.org_id),
                self._apps.get((caller.org_id, caller.app_id)),
            ):
                if sessions and session in sessions:
                    sessions.remove(session)
            if caller.simulator:
                self._presence_told = None
        if caller.simulator:
            self.kick()

    def connections(self) -> list[tuple[tuple[str], float]]:
        """How many connections of each kind (app, simplex, simulator) are open (a metric)."""
        counts = {"app": 0, "simplex": 0, "simulator": 0}
        with self._lock:
            for line in self._lines.values():
                caller = line.caller
                counts["simulator" if caller.simulator else "simplex" if caller.simplex else "app"] += 1
        return [((kind,), float(n)) for kind, n in counts.items()]

    def _room(self, session: Session, wanted: int) -> bool:
        """Live, with room for ``wanted`` more notifications and under ``window`` bytes (call with
        the lock held)."""
        line = self._lines.get(session)
        return (
            line is not None
            and session.attached
            and not session.closed
            and line.given + wanted <= self.most
            and line.size < self.window
        )

    def _ready(self, session: Session) -> bool:
        """Worth a pass: room for a pass's worth, or for half of all it may hold if that is less
        (so answers coming one at a time do not make a pass each)."""
        return self._room(session, max(1, min(self.each, self.most // 2)))

    def _pick(self, row: OutboxRow) -> Session | None:
        with self._lock:
            key: object
            if row.kind == "simulator":
                key, candidates = row.org_id, self._simulators.get(row.org_id, [])
            else:
                key, candidates = (row.org_id, row.app_id), self._apps.get((row.org_id, row.app_id), [])
            ready = [s for s in candidates if self._room(s, 1)]
            if not ready:
                return None
            turn = self._turn.get(key, 0)
            self._turn[key] = turn + 1
            chosen: Session = ready[turn % len(ready)]
            return chosen

    def connected(self, org_id: str, app_id: str | None = None) -> bool:
        """Whether a connection would take this org's simulator (app_id None) or app notifications now."""
        with self._lock:
            if app_id is None:
                candidates = self._simulators.get(org_id, [])
            else:
                candidates = self._apps.get((org_id, app_id), [])
            return any(s.attached and not s.closed for s in candidates)

    def _targets(self) -> tuple[list[tuple[str, str]], list[str]]:
        """The apps and the orgs' simulators with a connection ready to take more."""
        with self._lock:
            apps = [key for key, sessions in self._apps.items() if any(map(self._ready, sessions))]
            simulators = [
                org for org, sessions in self._simulators.items() if any(map(self._ready, sessions))
            ]
        return apps, simulators

    # -- the delivery thread -------------------------------------------------------------------------

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            try:
                waiting = self._pump()
            except Exception:
                log.exception("delivery pass failed")
                waiting = _IDLE
            self._wake.wait(waiting)

    def _pump(self) -> float:
        """Give what is due to the connections' lines; returns how long to sleep when nothing else
        wakes us."""
        waiting = min(_IDLE, self._watch(time.monotonic()))
        self._tell_presence(time.time())
        apps, simulators = self._targets()
        if not apps and not simulators:
            return waiting  # add() wakes us when a connection comes
        now = time.time()
        with self._lock:
            busy = frozenset(self._busy)
        with self.store.read() as tx:
            rows = tx.deliverable(now, apps, simulators, self.each, busy, self.owner)
            next_retry = tx.next_retry_at()
        rows = self._claim(rows, now, bool(busy))
        sent = 0
        for row in rows:
            if self._stop.is_set():
                break
            sent += self._assign(row)
        if sent:
            return min(waiting, 0.05)
        if next_retry is not None and next_retry > now:
            return min(waiting, next_retry - now)
        return waiting

    def present(self, org_id: str) -> bool:
        """Whether a simulator of the org is connected here or to another instance on the store."""
        if self.connected(org_id):
            return True
        with self.store.lookup() as tx:
            return tx.present(org_id, time.time())

    def _tell_presence(self, now: float) -> None:
        """Tell the other instances which orgs' simulators are connected here: when that changed,
        and again before the lease on it runs out."""
        with self._lock:
            orgs = frozenset(org for org, sessions in self._simulators.items() if sessions)
            told = self._presence_told
        if told is not None and told[0] == orgs and time.monotonic() - told[1] < self.lease / 3:
            return
        with self.store.transaction(keys=()) as tx:
            tx.put_presence(self.owner, orgs, now + self.lease)
        with self._lock:
            if self._presence_told is told:  # not changed again meanwhile
                self._presence_told = (orgs, time.monotonic())

    def _claim(self, rows: list[OutboxRow], now: float, holding: bool) -> list[OutboxRow]:
        """Of ``rows``, those this delivery claimed (another instance may have claimed some since
        the read); renews what it holds when a third of the lease has gone."""
        renew = holding and time.monotonic() - self._renewed > self.lease / 3
        if not rows and not renew:
            return rows
        with self.store.transaction(keys=()) as tx:  # claims lock the rows they take (ClaimsTx)
            if renew:
                tx.renew_claims("outbox", self.owner, now + self.lease)
                self._renewed = time.monotonic()
            claimed = set(tx.claim("outbox", [r.row_id for r in rows], self.owner, now + self.lease, now))
        return [row for row in rows if row.row_id in claimed]

    def _assign(self, row: OutboxRow) -> bool:
        """Put a row in the line of a connection that takes it; False if none does now (it waits)."""
        session = self._pick(row)
        if session is None:
            return False  # its connections went or are full: a later pass (add(), an answer) takes it
        with self._lock:
            line = self._lines.get(session)
            if line is None:
                return False  # ended since the pick
            self._busy.add(row.order_key)
            line.given += 1
            line.size += len(row.body)  # until prepared: then the size of what is sent
            line.queue.append(row)
        self._start(session, line)
        return True

    # -- the writers ---------------------------------------------------------------------------------

    def _write(self, session: Session, line: _Line) -> None:
        """Prepare and send what is in a connection's line (on a writer: a write may block on the
        socket, and only this connection waits for it)."""
        for _ in range(_ROUNDS):
            with self._lock:
                batch = list(line.queue)
                line.queue.clear()
                line.writing = bool(batch)
            if not batch:
                return
            try:
                prepared = self.prepare(batch)
            except Exception:  # the store failed, not the rows: they wait for a later pass
                log.exception("could not prepare %d notifications; they are sent later", len(batch))
                for row in batch:  # no kick: the next pass comes when something wakes it, or idle
                    self._release(row, line, len(row.body), kick=False)
                continue
            for row, data in zip(batch, prepared, strict=True):
                self._send(session, line, row, data)
        with self._lock:
            line.writing = False
        if line.queue:  # more came while we wrote: carry on in a new turn, so other lines get ours
            self._start(session, line)

    def _start(self, session: Session, line: _Line) -> None:
        """Put a writer on the line, unless one is on it already."""
        with self._lock:
            if line.writing or not line.queue:
                return
            line.writing = True
        with contextlib.suppress(RuntimeError):  # stopping: the pool takes no more
            self._writers.submit(self._write, session, line)

    def _send(self, session: Session, line: _Line, row: OutboxRow, data: bytes | Exception) -> None:
        if isinstance(data, Exception):
            log.error("could not prepare notification %s; dropping it", row.notification_id, exc_info=data)
            with self.store.transaction(keys=()) as tx:
                tx.delivered(row.row_id, time.time())
            self._release(row, line, len(row.body))
            return
        with self._lock:
            line.size += len(data) - len(row.body)
        then = partial(self._done, row, line, len(data))
        try:
            session.request_then(data, self.timeout, then)
        except ConnectionLostError as exc:  # it closed after the pick: another connection takes it
            log.debug("notification %s not sent (%s); it waits for a connection", row.notification_id, exc)
            self._release(row, line, len(data))
        except Exception as exc:  # it cannot be sent (e.g. too large for a frame): try later
            log.exception("could not send notification %s", row.notification_id)
            then(None, exc)

    def _release(self, row: OutboxRow, line: _Line, size: int, kick: bool = True) -> None:
        with self._lock:
            self._busy.discard(row.order_key)
            line.given -= 1
            line.size -= size
        if kick:
            self.kick()

    def _done(
        self, row: OutboxRow, line: _Line, size: int, answer: bytes | None, exc: Exception | None
    ) -> None:
        """An answer, or why none (on whichever thread completed the request: the event loop, for
        a WebSocket, so every store write goes to the group commit; nothing here waits on the
        store)."""
        if answer is None:
            delay = backoff(row.attempts)
            log.info(
                "notification %s not answered (%s); trying again in %.1f s", row.notification_id, exc, delay
            )
            at = time.time() + delay
            retry = Write(lambda tx: tx.retry_later(row.row_id, at), _ignore, keys=())  # our claimed row
            self._record(row, line, size, retry, last=True)  # not answered: never marked delivered
            return
        try:
            write = self.answered(row, answer)
        except Exception as error:
            log.error("handling the answer to %s failed", row.notification_id, exc_info=error)
            write = Write(lambda tx: tx.delivered(row.row_id, time.time()), _ignore, keys=())  # not again
            self._record(row, line, size, write, last=True)
            return
        # the next notification of this customer goes once this one's delivery has committed
        self._record(row, line, size, write)

    def _record(self, row: OutboxRow, line: _Line, size: int, write: Write, last: bool = False) -> None:
        self.commit(
            Write(
                write.apply,
                partial(self._recorded, row, line, size, write, last),
                atomic=write.atomic,  # the usual answer is one statement: no savepoint around it
                keys=write.keys,
            )
        )

    def _recorded(
        self, row: OutboxRow, line: _Line, size: int, write: Write, last: bool, outcome: object
    ) -> None:
        """The answer's write committed, or failed: then the notification is marked delivered
        (it was answered; an answer that cannot be recorded must not bring it back for ever),
        and if even that fails it stays in the outbox, to be delivered again."""
        failed = isinstance(outcome, BaseException) and not isinstance(outcome, StoppedError)
        try:
            write.done(outcome)
            if failed:
                log.error(
                    "recording the answer to %s failed%s",
                    row.notification_id,
                    "; it will be delivered again" if last else "; marking it delivered",
                    exc_info=outcome if isinstance(outcome, BaseException) else None,
                )
        except Exception:
            log.exception("after the answer to %s", row.notification_id)
        if failed and not last:
            delivered = Write(lambda tx: tx.delivered(row.row_id, time.time()), _ignore, keys=())
            self._record(row, line, size, delivered, last=True)
            return
        self._release(row, line, size)

    # -- the write bound -----------------------------------------------------------------------------

    def _watch(self, now: float) -> float:
        """Drop the socket of every connection whose write has taken longer than ``write_timeout``;
        returns how long until the next write under way would."""
        limit = self.write_timeout
        stalled: list[tuple[Session, _Line, float]] = []
        soonest = limit
        with self._lock:
            for session, line in self._lines.items():
                since = session.writing_since
                if since is None or since == line.dropped_write:
                    continue
                if now - since >= limit:
                    line.dropped_write = since
                    stalled.append((session, line, now - since))
                else:
                    soonest = min(soonest, limit - (now - since))
        for session, line, took in stalled:
            caller = line.caller
            log.warning(
                "org %s app %s%s: a write to its connection has not finished in %.1f s (it is not reading);"
                " dropping the connection; its %d unanswered notifications (%d bytes) stay queued",
                caller.org_id,
                caller.app_id,
                " (simulator)" if caller.simulator else "",
                took,
                line.given,
                line.size,
            )
            try:
                self.abort(session)
            except Exception:
                log.exception("could not drop the connection of org %s app %s", caller.org_id, caller.app_id)
        return soonest
