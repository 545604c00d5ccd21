"""The thread-safe core of one RSocket session, for either end.

``Session`` wraps a sans-I/O ``rsocket.Connection`` with what threads need: a
lock, the socket currently under the session (``attach``/``detach``; resumable
sessions outlive their sockets), the table of requests waiting for answers, and
writing. The client ``Transport`` and the runtime's listeners both build on it;
it opens no socket and starts no thread.

Locks: ``_state`` guards the Connection and the waiters and is never held during
I/O. Writing is flush-combining: whoever holds ``_send`` writes every queued
frame, in the order the Connection produced them (resume positions depend on
that order); a thread that finds ``_send`` taken leaves its frames to the
holder, so a socket reader never blocks behind a writer stuck on a full socket.
``writing_since`` says since when the write under way has been going, so an owner
can drop the socket of a peer that stopped reading (which ends that write).

Waiting: ``request`` blocks on a bare lock the reading thread releases (the
cheapest hand-off between threads); ``request_async`` returns a Future whose
deadline ``tick`` enforces (a heap of deadlines; ``next_deadline`` tells the
owner when to tick next). A timed-out request is cancelled, so a late answer
is dropped. Requests from the peer go to ``on_request`` on the reading thread:
it must hand them off, not work on them there.
"""

from __future__ import annotations

import heapq
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, TypeVar

from .errors import ElarianError, RequestTimeoutError
from .rsocket import connection as rs
from .rsocket.frames import ErrorCode

log = logging.getLogger("elarian_sync.session")

T = TypeVar("T")
_allocate_lock = threading.Lock

Sender = Callable[[list[bytes]], None]
"""Writes frames to the socket under the session; raises OSError when it cannot."""

RequestHandler = Callable[["Session", int, bytes, "bytes | None"], None]


class _Waiter:
    """A blocking request: the reading thread stores the answer and releases ``lock``."""

    __slots__ = ("data", "error", "lock")

    def __init__(self) -> None:
        self.lock = _allocate_lock()
        self.lock.acquire()
        self.data: bytes | None = None
        self.error: ElarianError | None = None


Then = Callable[[bytes | None, Exception | None], None]
"""What ``Session.request_then`` calls with the answer, or with why there is none."""


@dataclass(slots=True)
class _AsyncWaiter:
    future: Future[Any] | None  # None: ``then`` is called instead
    convert: Callable[[bytes], Any] | None
    deadline: float
    timeout: float
    then: Then | None = None

    def settle(self, data: bytes | None, error: ElarianError | None) -> None:
        """Complete with the answer, or with why there is none: through ``then``, or the Future
        (the answer through ``convert``, if there is one)."""
        if self.then is not None:
            try:
                self.then(data, error)
            except Exception:
                log.exception("a request's callback failed")
            return
        assert self.future is not None
        if error is not None:
            self.future.set_exception(error)
            return
        assert data is not None
        if self.convert is None:
            self.future.set_result(data)
            return
        try:
            result = self.convert(data)
        except Exception as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


class Session:
    """One RSocket session with the locking, waiting and writing threads need."""

    def __init__(
        self,
        conn: rs.Connection,
        *,
        on_request: RequestHandler,
        on_cancel: Callable[[Session, int], None] | None = None,
    ) -> None:
        self.conn = conn
        self._on_request = on_request
        self._on_cancel = on_cancel
        self._state = threading.Lock()
        self._send_lock = threading.Lock()
        self._sender: Sender | None = None
        self._writing_since: float | None = None  # time.monotonic() when the write under way began
        self._waiters: dict[int, _Waiter | _AsyncWaiter] = {}
        self._deadlines: list[tuple[float, int]] = []  # heap of (deadline, stream id), async only
        self.context: Any = None  # what the owner keeps with the session (e.g. who authenticated)

    # -- the socket under the session ---------------------------------------------------------

    def attach(self, sender: Sender) -> None:
        with self._state:
            self._sender = sender
        self.flush()

    def detach(self, reason: str) -> list[rs.Event]:
        """The socket is gone. A resumable session waits for the next one; others close.

        Returns once no thread is still writing with the old sender, so the owner may
        then close the socket without a writer touching it afterwards.
        """
        with self._state:
            self._sender = None
            events = self.conn.transport_lost(reason)
        with self._send_lock:
            pass  # a flush in progress holds the old sender until it fails or finishes
        return self.dispatch(events)

    def resume(self, frame: Any, now: float) -> bool:
        """Server: continue on a new socket from the client's RESUME (not while a socket is attached)."""
        with self._state:
            return self._sender is None and self.conn.resume(frame, now)

    @property
    def attached(self) -> bool:
        return self._sender is not None

    @property
    def writing_since(self) -> float | None:
        """When (``time.monotonic()``) the write under way began; None when no thread is writing."""
        return self._writing_since

    # -- input ------------------------------------------------------------------------------

    def receive(self, frame: bytes, now: float) -> list[rs.Event]:
        """Feed one frame; returns the events the owner must handle (the rest are handled here)."""
        with self._state:
            events = self.conn.receive(frame, now)
        self.flush()
        return self.dispatch(events)

    def tick(self, now: float) -> list[rs.Event]:
        """Keepalives, lifetime, and the deadlines of async requests."""
        late: list[_AsyncWaiter] = []
        with self._state:
            events = self.conn.tick(now)
            deadlines = self._deadlines
            while deadlines and deadlines[0][0] <= now:
                _, stream_id = heapq.heappop(deadlines)
                waiter = self._waiters.get(stream_id)
                if isinstance(waiter, _AsyncWaiter) and waiter.deadline <= now:
                    del self._waiters[stream_id]
                    self.conn.cancel(stream_id)
                    late.append(waiter)
        self.flush()
        for waiter in late:
            waiter.settle(None, RequestTimeoutError(f"no reply within {waiter.timeout:g} s"))
        return self.dispatch(events)

    def next_deadline(self) -> float:
        """When ``tick`` next has work: a keepalive, the lifetime, or an async request's deadline."""
        with self._state:
            deadline = self.conn.next_deadline()
            if self._deadlines:
                deadline = min(deadline, self._deadlines[0][0])
        return deadline

    def dispatch(self, events: list[rs.Event]) -> list[rs.Event]:
        """Complete waiters and hand peer requests to ``on_request``; return the other events."""
        rest: list[rs.Event] = []
        for event in events:
            if isinstance(event, rs.ResponseReceived):
                self._complete(event.stream_id, event.data, None)
            elif isinstance(event, rs.RequestFailed):
                self._complete(event.stream_id, None, event.error)
            elif isinstance(event, rs.RequestReceived):
                if event.fire_and_forget:
                    continue
                try:
                    self._on_request(self, event.stream_id, event.data, event.metadata)
                except Exception:
                    log.exception("request handler failed; answering with an error")
                    self.respond_error(event.stream_id, "the request could not be taken")
            elif isinstance(event, rs.RequestCancelled):
                if self._on_cancel is not None:
                    self._on_cancel(self, event.stream_id)
            else:
                rest.append(event)
        return rest

    def _complete(self, stream_id: int, data: bytes | None, error: ElarianError | None) -> None:
        with self._state:  # as fail_waiters takes them: each waiter is completed once
            waiter = self._waiters.pop(stream_id, None)
        if waiter is None:
            return
        if isinstance(waiter, _Waiter):
            waiter.data, waiter.error = data, error
            waiter.lock.release()
            return
        waiter.settle(data, error)

    # -- requests ---------------------------------------------------------------------------

    def request(self, data: bytes, timeout: float, metadata: bytes | None = None) -> bytes:
        """Send a request and block for its answer."""
        started = time.monotonic()
        stream_id, waiter = self.send_request(data, metadata)
        return self.await_answer(stream_id, waiter, timeout - (time.monotonic() - started), timeout)

    def send_request(self, data: bytes, metadata: bytes | None = None) -> tuple[int, _Waiter]:
        """The first half of ``request``: send, and return what to wait on."""
        waiter = _Waiter()
        with self._state:
            stream_id = self.conn.request(data, metadata)
            self._waiters[stream_id] = waiter
        self.flush()
        return stream_id, waiter

    def await_answer(self, stream_id: int, waiter: _Waiter, remaining: float, timeout: float) -> bytes:
        """The second half of ``request``: block (at most ``remaining`` s) for the answer."""
        if not waiter.lock.acquire(timeout=max(remaining, 0)):
            with self._state:
                timed_out = self._waiters.pop(stream_id, None) is waiter
                if timed_out:
                    self.conn.cancel(stream_id)
            if timed_out:
                self.flush()
                raise RequestTimeoutError(f"no reply within {timeout:g} s")
            waiter.lock.acquire()  # answered while we were timing out
        if waiter.error is not None:
            raise waiter.error
        assert waiter.data is not None
        return waiter.data

    def request_async(
        self,
        data: bytes,
        timeout: float,
        convert: Callable[[bytes], T] | None = None,
        metadata: bytes | None = None,
    ) -> Future[T]:
        """Send a request; the Future gets the answer, or ``convert(answer)`` run on the reading thread."""
        future: Future[T] = Future()
        future.set_running_or_notify_cancel()
        self._send_async(data, metadata, _AsyncWaiter(future, convert, time.monotonic() + timeout, timeout))
        return future

    def request_then(self, data: bytes, timeout: float, then: Then, metadata: bytes | None = None) -> None:
        """Send a request; ``then(answer, None)`` or ``then(None, why)`` runs on the thread that
        reads the answer (or times the request out). For senders of many requests (the runtime's
        notifications): no Future to make and settle for each."""
        self._send_async(data, metadata, _AsyncWaiter(None, None, time.monotonic() + timeout, timeout, then))

    def _send_async(self, data: bytes, metadata: bytes | None, waiter: _AsyncWaiter) -> None:
        deadline = waiter.deadline
        with self._state:
            stream_id = self.conn.request(data, metadata)
            self._waiters[stream_id] = waiter
            deadlines = self._deadlines
            if len(deadlines) > 2 * len(self._waiters) + 1024:
                # answered requests leave their deadlines behind: keep only the waiting ones
                deadlines[:] = [
                    (w.deadline, sid) for sid, w in self._waiters.items() if isinstance(w, _AsyncWaiter)
                ]
                heapq.heapify(deadlines)
            else:
                heapq.heappush(deadlines, (deadline, stream_id))
        self.flush()

    def respond(self, stream_id: int, data: bytes) -> bool:
        """Answer the peer's request. False if it can no longer be answered (cancelled, closed)."""
        with self._state:
            sent = self.conn.respond(stream_id, data)
        if sent:
            self.flush()
        return sent

    def respond_error(self, stream_id: int, message: str, code: int = ErrorCode.APPLICATION_ERROR) -> bool:
        with self._state:
            sent = self.conn.respond_error(stream_id, code, message)
        if sent:
            self.flush()
        return sent

    def close(self, message: str = "closing") -> list[rs.Event]:
        """End the session: CONNECTION_CLOSE to the peer, every waiter fails."""
        with self._state:
            events = self.conn.close(message)
        self.flush()
        return self.dispatch(events)

    def fail_waiters(self, error: ElarianError) -> None:
        """Fail every request still waiting (used when a session is abandoned)."""
        with self._state:
            waiters = list(self._waiters.items())
            self._waiters.clear()
            self._deadlines.clear()
        for _, waiter in waiters:
            if isinstance(waiter, _Waiter):
                waiter.error = error
                waiter.lock.release()
            else:
                waiter.settle(None, error)

    @property
    def in_flight(self) -> int:
        return len(self._waiters)

    @property
    def closed(self) -> bool:
        return self.conn.state is rs.State.CLOSED

    # -- writing ----------------------------------------------------------------------------

    def flush(self) -> None:
        """Write every queued frame, unless another thread is already doing it."""
        # Nothing queued (most receives, most ticks): no lock to take. A frame queued after
        # this look is written by the thread that queued it, which flushes next.
        while self._sender is not None and self.conn.has_output:
            if not self._send_lock.acquire(blocking=False):
                return  # the holder writes our frames too
            try:
                with self._state:
                    sender = self._sender
                    frames = self.conn.data_to_send() if sender is not None else []
                if frames:
                    assert sender is not None
                    self._writing_since = time.monotonic()
                    try:
                        sender(frames)
                    except OSError as exc:
                        log.debug("write failed: %s", exc)
                        with self._state:
                            if self._sender is sender:
                                self._sender = None
                    finally:
                        self._writing_since = None
            finally:
                self._send_lock.release()
            # a frame queued while we held the lock is ours to write: look again
