"""The client end: an RSocket session over a WebSocket, owned by one reader thread.

Theory of operation
-------------------
``Transport`` runs a ``session.Session`` over a websocket-client socket. One
named daemon thread (``elarian-sync-reader-N``) owns the socket for its whole
life: it connects, sends SETUP (or RESUME), reads frames, answers and sends
keepalives, expires the deadlines of asynchronous requests, closes the socket,
and reconnects with capped exponential backoff and jitter until ``close()``.
The backoff is waited out through ``backoff_wait`` (``Event.wait`` unless a test
passes its own, to decide when the client comes back).
Callers *write* frames through the session (under its send lock), and the owner,
before it closes a socket, detaches the session so that no writer is left on it.

Lending the socket. A caller blocked on its answer may *read* the socket too, on
its own thread, when the owner lends it: the owner parks (stops reading, and only
keeps time: keepalives, async deadlines) for ``_LINGER`` after each blocking
request, and while it is parked one blocking caller at a time borrows the socket,
reads every frame that comes (others' answers and the peer's requests included,
which it hands on as the owner would) until its own answer is in, and gives the
socket back. The answer then wakes one thread, as it would a single-threaded
client, instead of waking the reader, which wakes the caller: on this project's
machines a wake of a thread on an idle CPU costs ~150-300 us, and the runtime's
~300 us per command leaves the caller's CPU idle (docs/architecture.md, "The
reader lends the socket"). The owner never parks while handshaking, with bytes read
ahead, or while answers are awaited that nobody is reading for (an async request
wakes a parked owner; a borrower leaving with answers still awaited hands back at
once); it reads again when the linger runs out. Nor is the socket lent while the
peer's own requests (notifications) come, for ``_QUIET`` after the last one: they
would wait out lingers between blocking calls (an app whose handlers make
blocking calls took ~15% fewer notifications a second with one worker). Only the owner opens and closes
sockets: before it ends one it takes the socket back (a byte on a second socket
pair wakes a borrower's ``poll``), and a borrower that finds the session ended
hands why to the owner, which ends it. ``_turn`` orders all of this.

The reader sleeps in ``poll`` on the socket and on a wake-up socket pair until
the session's next deadline (a keepalive, the lifetime, the earliest
asynchronous request). A caller whose request is due earlier than that, and
``close()``, wake it through the pair, so a timeout fires on time and closing is
prompt.

Connecting: after SETUP the transport sends KEEPALIVE(RESPOND). The runtime
handles SETUP first, so the answer proves the SETUP was accepted and a refusal
arrives as ERROR REJECTED_SETUP instead; ``connect()`` returns only on a live
session or raises why not. A refused SETUP ends the reconnect loop (the key will
not become right by retrying); a refused RESUME starts a fresh session.

Closing: ``close()`` asks the owner to end the session (ERROR CONNECTION_CLOSE),
to send a WebSocket close frame and to wait, briefly, for the peer's, then joins
the thread. Requests in flight fail with ``ConnectionLostError``.

While reconnecting: with resume on, the session survives and requests made
meanwhile are sent on RESUME_OK; without it, requests in flight fail with
``ConnectionLostError`` and new ones wait (bounded by their timeout) for the
new session. User code never runs on the reader thread: ``on_request`` and
``on_lifecycle`` must only hand work off.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import math
import os
import random
import select
import socket
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import (
    ArgumentValueError,
    ConnectError,
    ConnectionLostError,
    ConnectionRejectedError,
    ElarianError,
    RemoteProtocolError,
    wrong_type,
)
from .rsocket import connection as rs
from .rsocket.frames import ErrorCode
from .session import Session

if TYPE_CHECKING:
    from ._websocket import BufferedWebSocket

log = logging.getLogger("elarian_sync.transport")

T = TypeVar("T")
_READ_TIMEOUT = 0.05  # a frame that arrived in part: how long one read waits for the rest
_LONGEST_SLEEP = 1.0  # the reader wakes at least this often, whatever its deadlines say
_CLOSE_WAIT = 1.0  # how long close() waits for the peer's WebSocket close frame
_LINGER = 0.01  # after a blocking request, how long the reader leaves the socket to the next one
_QUIET = 1.0  # the socket is lent only when the peer sent no request of its own for this long
MAX_REQUEST = 16 * 1024 * 1024
"""The largest request (data plus metadata, in bytes) a client sends: the runtime's limit."""
_serial = itertools.count(1)


@dataclass(frozen=True)
class ReconnectPolicy:
    """Capped exponential backoff with jitter: attempt n waits ``initial * factor**n``
    (at most ``maximum``) scaled by a random factor in [1 - jitter, 1]."""

    initial: float = 0.5
    factor: float = 2.0
    maximum: float = 30.0
    jitter: float = 0.5
    enabled: bool = True

    def delay(self, attempt: int) -> float:
        base = min(self.maximum, self.initial * self.factor ** min(attempt, 64))
        return base * (1 - self.jitter * random.random())


@dataclass(frozen=True)
class TlsOptions:
    """``wss://`` checks: the system CAs by default, or ``ca_file``; ``insecure`` turns them off."""

    ca_file: str | None = None
    insecure: bool = False

    def sslopt(self) -> dict[str, Any]:
        import ssl  # with the socket: see _websocket.py

        if self.insecure:
            return {"cert_reqs": ssl.CERT_NONE, "check_hostname": False}
        options: dict[str, Any] = {"cert_reqs": ssl.CERT_REQUIRED, "check_hostname": True}
        if self.ca_file:
            options["ca_certs"] = self.ca_file
        return options


@dataclass(frozen=True)
class SessionOptions:
    setup_data: bytes
    setup_metadata: bytes | None = None
    data_mime: str = "application/octet-stream"
    metadata_mime: str = "application/json"
    keepalive: float = 20.0
    lifetime: float = 90.0
    mtu: int | None = 64 * 1024  # requests larger than this go out in fragments
    max_payload: int = 16 * 1024 * 1024  # the largest answer or notification reassembled
    max_request: int = MAX_REQUEST
    resume: bool = False
    resume_buffer: int = 16 * 1024 * 1024
    connect_timeout: float = 10.0


@dataclass(frozen=True, slots=True)
class _Lent:
    """The socket as the reader lends it: what to read, and a poller of it and of the reader's
    call to give it back."""

    ws: BufferedWebSocket
    session: Session
    poller: Any  # select.poll
    give_back: int  # the fd of that call


class Reply:
    """Answers one server-initiated request, on the session that delivered it."""

    __slots__ = ("_session", "stream_id")

    def __init__(self, session: Session, stream_id: int) -> None:
        self._session = session
        self.stream_id = stream_id

    def send(self, data: bytes) -> bool:
        """Answer; False when the request can no longer be answered (cancelled, session gone)."""
        return self._session.respond(self.stream_id, data)

    def error(self, message: str, code: int = ErrorCode.APPLICATION_ERROR) -> bool:
        return self._session.respond_error(self.stream_id, message, code)


RequestHandler = Callable[[Reply, bytes, "bytes | None"], None]
LifecycleHandler = Callable[[str, "ElarianError | None"], None]
BackoffWait = Callable[[threading.Event, float], bool]
"""Waits out one reconnect backoff: called as ``wait(stop, seconds)`` on the reader thread, it
returns True once ``stop`` is set (``close()`` sets it, and expects the wait to end at once) and
False when the client should reconnect. The default, ``threading.Event.wait``, sleeps the
policy's delay. Tests pass their own to reconnect on an event rather than on a timer."""


def check_timeout(value: object, name: str = "timeout") -> float:
    """A positive, finite number of seconds."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise wrong_type(name, "number of seconds", value)
    if not (value > 0 and math.isfinite(value)):
        raise ArgumentValueError(f"{name} must be a positive number of seconds, not {value!r}")
    return float(value)


class Transport:
    """An RSocket client session over WebSocket that reconnects (and resumes) by itself."""

    def __init__(
        self,
        url: str,
        session: SessionOptions,
        *,
        on_request: RequestHandler,
        on_lifecycle: LifecycleHandler | None = None,
        on_cancel: Callable[[int], None] | None = None,
        reconnect: ReconnectPolicy = ReconnectPolicy(),
        tls: TlsOptions = TlsOptions(),
        request_timeout: float = 30.0,
        backoff_wait: BackoffWait = threading.Event.wait,
    ) -> None:
        if not isinstance(url, str):
            raise wrong_type("url", "str", url)
        if not url.startswith(("ws://", "wss://")):
            raise ArgumentValueError(f"url must start with ws:// or wss://, not {url!r}")
        self.url = url
        self.options = session
        self.reconnect = reconnect
        self.tls = tls
        self.request_timeout = check_timeout(request_timeout, "request_timeout")
        self._on_request = on_request
        self._on_lifecycle = on_lifecycle
        self._on_cancel = on_cancel
        self._backoff_wait = backoff_wait
        self._lock = threading.Lock()  # guards the thread's start and stop
        self._session: Session | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._wake_w: socket.socket | None = None  # writing a byte here wakes the reader
        self._wake_at = 0.0  # when the sleeping reader wakes by itself; 0 while it is awake
        self._give_back_r: socket.socket | None = None  # a byte here asks a borrower to give back
        self._give_back_w: socket.socket | None = None
        self._ready = threading.Event()  # a session is open and usable
        self._attempt_done = threading.Event()  # the first connect attempt of this run ended
        self._failure: ElarianError | None = None  # why the last attempt failed
        self._fatal: ElarianError | None = None  # a failure reconnecting cannot fix
        self._handshaking = False
        self._was_open = False
        # Lending the socket to a blocking caller (see "Lending the socket" above). All under _turn.
        self._turn = threading.Lock()
        self._returned = threading.Condition(self._turn)  # a borrower gave the socket back
        self._lent: _Lent | None = None  # what a caller may read while the reader is parked
        self._parked = False  # the reader is not reading the socket (it only keeps time)
        self._borrowed = False  # a caller is reading it
        self._linger_until = 0.0  # the reader stays parked until then, for the next blocking request
        self._handed: ElarianError | None = None  # why the session ended, as a borrower found it
        self._peer_asked = -math.inf  # time.monotonic() when the peer last sent a request

    # -- lifecycle --------------------------------------------------------------------------

    def connect(self, wait: bool = True, timeout: float | None = None) -> None:
        """Start the reader thread; it connects, and reconnects until ``close()``.

        With ``wait``, block until the session is accepted, or stop everything this
        started and raise why the first attempt failed (``ConnectError``: unreachable,
        TLS, not a WebSocket server; ``ConnectionRejectedError``: a refused key).
        """
        limit = self.options.connect_timeout if timeout is None else check_timeout(timeout)
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._stop = threading.Event()
                self._attempt_done = threading.Event()
                self._fatal = self._failure = None
                wake_r, self._wake_w = socket.socketpair()
                self._give_back_r, self._give_back_w = socket.socketpair()
                for end in (wake_r, self._wake_w, self._give_back_r, self._give_back_w):
                    end.setblocking(False)
                self._thread = threading.Thread(
                    target=self._run,
                    args=(self._stop, wake_r),
                    name=f"elarian-sync-reader-{next(_serial)}",
                    daemon=True,
                )
                self._thread.start()
        if not wait:
            return
        if self._attempt_done.wait(limit) and self._ready.is_set():
            return
        error = self._fatal or self._failure
        if error is None:
            error = ConnectError(f"could not connect to {self.url} within {limit:g} s")
        self.close()
        raise error

    def close(self, timeout: float = 5.0) -> None:
        """End the session (CONNECTION_CLOSE, then a WebSocket close), fail what is in flight,
        and join the reader thread. Safe to call twice, and before ``connect()``."""
        with self._lock:
            thread = self._thread
            self._stop.set()
        self._wake()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
            if thread.is_alive():
                log.warning("reader thread %s did not stop within %.1f s", thread.name, timeout)

    def _wake(self) -> None:
        wake = self._wake_w
        if wake is not None:
            with contextlib.suppress(OSError):  # full (a wake-up is pending anyway) or closed
                wake.send(b"\0")

    @property
    def connected(self) -> bool:
        return self._ready.is_set()

    @property
    def in_flight(self) -> int:
        session = self._session
        return session.in_flight if session is not None else 0

    # -- requests ---------------------------------------------------------------------------

    def _limit(self, timeout: float | None) -> float:
        return self.request_timeout if timeout is None else check_timeout(timeout)

    def _check_size(self, data: bytes, metadata: bytes | None) -> None:
        size = len(data) + (len(metadata) if metadata is not None else 0)
        if size > self.options.max_request:
            raise ArgumentValueError(
                f"the request is {size:,} bytes, more than the {self.options.max_request:,} bytes "
                "a request may have; nothing was sent"
            )

    def _usable(self, deadline: float) -> Session:
        """The session to send on, waiting (until ``deadline``) for a reconnect if there is none."""
        while True:
            session = self._session
            if (
                session is not None
                and not session.closed
                and (self._ready.is_set() or session.conn.resumable)
            ):
                return session
            if self._thread is None:
                raise ConnectionLostError("not connected: call connect() first")
            if self._stop.is_set():
                raise ConnectionLostError("the connection is closed")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ConnectionLostError(f"not connected to {self.url}: no session came back in time")
            if self._ready.is_set():
                time.sleep(0.005)  # the reader is still tearing the old session down
            else:
                self._ready.wait(remaining)

    def request(self, data: bytes, metadata: bytes | None = None, timeout: float | None = None) -> bytes:
        """Send a request and block for its answer.

        Waits (within the timeout) for a session when there is none. A request
        whose session dies after it was sent fails with ConnectionLostError
        (unless the session resumes): it may have been carried out, so it is not
        sent again behind the caller's back.
        """
        limit = self._limit(timeout)
        self._check_size(data, metadata)
        deadline = time.monotonic() + limit
        session = self._usable(deadline)
        lent = self._borrow(session)
        if lent is None:
            stream_id, waiter = session.send_request(data, metadata)
        else:
            ended: ElarianError | None = None
            try:
                stream_id, waiter = session.send_request(data, metadata)
                ended = self._read_for(lent, waiter, deadline)
            finally:
                self._give_back(lent, ended)
        return session.await_answer(stream_id, waiter, deadline - time.monotonic(), limit)

    def request_async(
        self,
        data: bytes,
        convert: Callable[[bytes], T],
        metadata: bytes | None = None,
        timeout: float | None = None,
    ) -> Future[T]:
        """Send a request; the Future gets ``convert(answer)`` (run on the thread that reads the answer:
        the reader, or a caller it lent the socket to) or the error."""
        limit = self._limit(timeout)
        self._check_size(data, metadata)
        deadline = time.monotonic() + limit
        session = self._usable(deadline)
        future = session.request_async(data, limit, convert, metadata)
        if self._parked or deadline < self._wake_at:
            # parked, the reader looks again and reads the socket for this answer (it parks only
            # while no answer is awaited); asleep past this deadline, it plans again
            self._wake()
        return future

    # -- lending the socket to a blocking caller ------------------------------------------------

    def _borrow(self, session: Session) -> _Lent | None:
        """The socket to read this blocking request's answer from, if the reader is parked and
        no other caller has it; None: the reader reads the answer. Either way the reader parks
        after it for ``_LINGER``, for the next blocking request; not while the peer's requests
        (notifications) come, which must not wait for a linger to run out."""
        now = time.monotonic()
        if now - self._peer_asked < _QUIET:
            return None
        with self._turn:
            self._linger_until = now + _LINGER
            lent = self._lent
            if lent is None or lent.session is not session or not self._parked or self._borrowed:
                return None
            self._borrowed = True
            return lent

    def _read_for(self, lent: _Lent, waiter: Any, deadline: float) -> ElarianError | None:
        """On the caller's thread: read frames until this request is answered (every frame, the
        reader's work, others' answers and the peer's requests too), its deadline passes or
        the reader wants the socket back. Returns why the session ended, if it did."""
        ws, session = lent.ws, lent.session
        inside = False  # in the middle of reading frames
        try:
            while waiter.lock.locked():
                if not ws.buffered():
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        return None  # await_answer times the request out
                    ready = lent.poller.poll(min(remaining, _LONGEST_SLEEP) * 1000)
                    if not ready:
                        continue
                    if any(fd == lent.give_back for fd, _ in ready):
                        return None  # the reader is ending this socket: it fails or resumes the request
                inside = True
                ended = self._read_frames(ws, session)
                inside = False
                if ended is not None:
                    return ended
        except Exception as exc:  # as on the reader: a surprise ends the socket, not the caller
            log.exception("reading from %s failed", self.url)
            return ConnectionLostError(f"connection to {self.url} failed: {type(exc).__name__}: {exc}")
        except BaseException as exc:  # KeyboardInterrupt: it goes to the caller, as it would have
            if inside:  # a frame read in part leaves the socket unfit to read on: the owner drops it
                with self._turn:
                    if self._handed is None:
                        self._handed = ConnectionLostError(
                            f"a read from {self.url} was interrupted part-way ({type(exc).__name__})"
                        )
            raise
        return None

    def _give_back(self, lent: _Lent, ended: ElarianError | None) -> None:
        """The socket goes back to the reader: at once if the session ended or other answers are
        awaited (the reader reads them), else when the linger after this request runs out."""
        with self._turn:
            self._borrowed = False
            if ended is not None and self._handed is None:
                self._handed = ended
            now = time.monotonic()
            now_please = ended is not None or lent.session.in_flight > 0 or now - self._peer_asked < _QUIET
            self._linger_until = 0.0 if now_please else now + _LINGER
            self._returned.notify_all()
        if now_please:
            self._wake()

    # -- the reader thread ----------------------------------------------------------------------

    def _emit(self, name: str, error: ElarianError | None = None) -> None:
        if self._on_lifecycle is not None:
            try:
                self._on_lifecycle(name, error)
            except Exception:  # a lifecycle callback must not kill the reader
                log.exception("lifecycle callback failed for %r", name)

    def _run(self, stop: threading.Event, wake: socket.socket) -> None:
        try:
            attempt = 0
            while not stop.is_set():
                self._emit("connecting")
                error = self._session_once(stop, wake)
                self._ready.clear()
                if stop.is_set():
                    break
                self._failure = error
                self._attempt_done.set()
                if self._fatal is not None or not self.reconnect.enabled:
                    self._emit("error", self._fatal or error)
                    break
                self._emit("error", error)
                if self._was_open:
                    attempt = 0
                delay = self.reconnect.delay(attempt)
                attempt += 1
                log.info("reconnecting to %s in %.2f s (%s)", self.url, delay, error)
                self._emit("pending")
                if self._backoff_wait(stop, delay):
                    break
            session = self._session
            if session is not None and not session.closed:
                self._react(session.close("client closing"))  # a resumable session left waiting
        finally:
            self._ready.clear()
            with self._lock:
                wake_w, self._wake_w = self._wake_w, None
                give_back = (self._give_back_r, self._give_back_w)
                self._give_back_r = self._give_back_w = None
            for end in (wake, wake_w, *give_back):
                if end is not None:
                    end.close()
            self._emit("closed")
            self._attempt_done.set()

    def _session_once(self, stop: threading.Event, wake: socket.socket) -> ElarianError:
        """Open one socket and run the session on it until it fails or ``close()``; return why it ended."""
        self._was_open = False
        from . import _websocket

        try:
            ws = _websocket.connect(self.url, self.options.connect_timeout, self.tls.sslopt(), _READ_TIMEOUT)
        except ConnectError as error:
            return error
        now = time.monotonic()
        session = self._session
        if session is not None and session.conn.resumable and session.conn.state is rs.State.DISCONNECTED:
            session.conn.start_resume(now)
        else:
            session = Session(
                self._new_connection(now),
                on_request=self._request_from_peer,
                on_cancel=self._cancelled,
            )
        self._session = session
        self._handshaking = True
        session.attach(_websocket.sender(ws))
        ended: ElarianError | None = None
        try:
            ended = self._read_loop(ws, session, stop, wake)
        except Exception as exc:  # a surprise ends this socket, not the reader thread
            log.exception("reading from %s failed", self.url)
            ended = ConnectionLostError(f"connection to {self.url} failed: {type(exc).__name__}: {exc}")
        finally:
            self._end_socket(ws, session, graceful=ended is None)
        return ended or ConnectionLostError("the connection is closed")

    def _end_socket(self, ws: BufferedWebSocket, session: Session, graceful: bool) -> None:
        """Close the socket: the owner's job alone. No writer is on it once the session is detached."""
        if graceful:
            self._react(session.close("client closing"))  # CONNECTION_CLOSE, while the socket is ours
        elif ws.sock is not None:
            with contextlib.suppress(OSError):  # a writer stuck on the socket fails now
                ws.sock.shutdown(socket.SHUT_RDWR)
        self._react(session.detach("transport closed"))
        with contextlib.suppress(Exception):  # the socket is going away either way
            if graceful:
                ws.close(timeout=_CLOSE_WAIT)  # the close frame, the peer's answer, then shutdown
            else:
                ws.shutdown()  # type: ignore[no-untyped-call]

    def _new_connection(self, now: float) -> rs.Connection:
        o = self.options
        conn = rs.Connection(
            rs.Role.CLIENT,
            now=now,
            keepalive=o.keepalive,
            lifetime=o.lifetime,
            mtu=o.mtu,
            max_payload=o.max_payload,
            resume_token=os.urandom(16).hex().encode() if o.resume else None,  # ASCII: some peers decode it
            resume_buffer=o.resume_buffer,
        )
        conn.send_setup(
            data=o.setup_data, metadata=o.setup_metadata, data_mime=o.data_mime, metadata_mime=o.metadata_mime
        )
        conn.send_keepalive(now)
        return conn

    def _request_from_peer(
        self, session: Session, stream_id: int, data: bytes, metadata: bytes | None
    ) -> None:
        self._peer_asked = time.monotonic()
        self._on_request(Reply(session, stream_id), data, metadata)

    def _cancelled(self, session: Session, stream_id: int) -> None:
        if self._on_cancel is not None:
            self._on_cancel(stream_id)

    def _read_loop(
        self, ws: BufferedWebSocket, session: Session, stop: threading.Event, wake: socket.socket
    ) -> ElarianError | None:
        """Serve the session until the socket fails (return why) or ``close()`` (return None);
        lend the socket to blocking callers meanwhile, and take it back before returning."""
        assert ws.sock is not None and self._give_back_r is not None
        give_back = self._give_back_r
        with contextlib.suppress(OSError):
            give_back.recv(4096)  # a call back for the previous socket's borrower
        lender = select.poll()
        lender.register(ws.sock.fileno(), select.POLLIN | select.POLLERR | select.POLLHUP)
        lender.register(give_back.fileno(), select.POLLIN)
        with self._turn:
            self._lent = _Lent(ws, session, lender, give_back.fileno())
            self._parked, self._handed = False, None
        try:
            return self._serve(ws, session, stop, wake)
        finally:
            with self._turn:
                self._lent, self._parked = None, False
                if self._borrowed:  # the caller reading it gives it back before the socket closes
                    with contextlib.suppress(OSError):
                        self._give_back_w.send(b"\0")  # type: ignore[union-attr]
                    self._returned.wait_for(lambda: not self._borrowed)

    def _serve(
        self, ws: BufferedWebSocket, session: Session, stop: threading.Event, wake: socket.socket
    ) -> ElarianError | None:
        handshake_deadline = time.monotonic() + self.options.connect_timeout
        assert ws.sock is not None
        ws_fd, wake_fd = ws.sock.fileno(), wake.fileno()
        poller = select.poll()
        poller.register(ws_fd, select.POLLIN | select.POLLERR | select.POLLHUP)
        poller.register(wake_fd, select.POLLIN)
        parked = select.poll()  # while the socket is lent or kept for the next blocking request
        parked.register(wake_fd, select.POLLIN)
        monotonic = time.monotonic
        buffered, next_deadline = ws.buffered, session.next_deadline
        turn = self._turn
        # When tick next has work (a keepalive, the lifetime, an async deadline). It only ever
        # moves later, but for a new async request, which wakes us if it is due sooner than
        # we would wake: so the last look, taken before each sleep, is never too late.
        deadline = next_deadline()
        while not stop.is_set():
            now = monotonic()
            if now >= deadline:
                ended = self._react(session.tick(now))
                if ended is not None:
                    return ended
                deadline = next_deadline()
            if self._handshaking and now > handshake_deadline:
                return ConnectionLostError(f"{self.url} did not answer the session handshake in time")
            with turn:
                if self._handed is not None:
                    return self._handed
                borrowed = self._borrowed
                park = self._parked = borrowed or (
                    now < self._linger_until
                    and not self._handshaking
                    and session.in_flight == 0
                    and not buffered()
                )
                linger_until = self._linger_until
            if park:  # keep time only: a caller reads the socket, or the next one will
                wake_at = min(deadline, now + _LONGEST_SLEEP)
                if not borrowed:
                    wake_at = min(wake_at, linger_until)
                self._wake_at = wake_at
                deadline = next_deadline()
                wake_at = min(wake_at, deadline)
                if parked.poll(max(0.0, wake_at - now) * 1000):
                    with contextlib.suppress(OSError):
                        wake.recv(4096)
                self._wake_at = 0.0
                continue
            if buffered():
                deadline = next_deadline()  # no sleep, so no look before it: look now
            else:
                # Publish when we wake, then look again: a request due earlier that was
                # added before the second look is in it; one added after sees _wake_at.
                wake_at = min(deadline, now + _LONGEST_SLEEP)
                if self._handshaking:
                    wake_at = min(wake_at, handshake_deadline)
                self._wake_at = wake_at
                deadline = next_deadline()
                wake_at = min(wake_at, deadline)
                ready = poller.poll(max(0.0, wake_at - now) * 1000)
                self._wake_at = 0.0
                readable = False
                for fd, _ in ready:
                    if fd == wake_fd:
                        with contextlib.suppress(OSError):
                            wake.recv(4096)
                    else:
                        readable = True
                if not readable:
                    continue
            ended = self._read_frames(ws, session)
            if ended is not None:
                return ended
        return None

    def _read_frames(self, ws: BufferedWebSocket, session: Session) -> ElarianError | None:
        """One message, then whatever else is read ahead; why the session ended, if it did. By
        whichever thread reads the socket: the reader, or a caller it is lent to."""
        recv, buffered, receive = ws.recv_data, ws.buffered, session.receive
        monotonic = time.monotonic
        binary, timeout, failure = ws.OP_BINARY, ws.READ_TIMEOUT, ws.READ_FAILURE
        while True:
            try:
                opcode, data = recv()
            except timeout:
                return None  # part of a frame came; the rest is read on the next pass
            except failure as exc:
                return ConnectionLostError(f"connection to {self.url} lost: {exc}")
            if opcode == binary:
                events = receive(data, monotonic())
                if events:
                    ended = self._react(events)
                    if ended is not None:
                        return ended
            elif opcode != ws.OP_CLOSE and opcode != ws.OP_TEXT:
                pass  # ping/pong: websocket-client answers pings itself
            else:
                return self._not_rsocket(opcode, session)
            if not buffered():
                return None

    def _not_rsocket(self, opcode: int, session: Session) -> ElarianError:
        """A WebSocket close frame, or a text message: why the socket is done for."""
        from . import _websocket

        if opcode == _websocket.TEXT:
            self._react(session.close("text WebSocket messages are not RSocket frames"))
            return RemoteProtocolError(f"{self.url} sent a text WebSocket message, not an RSocket frame")
        return ConnectionLostError(f"{self.url} closed the WebSocket")

    def _react(self, events: list[rs.Event]) -> ElarianError | None:
        """Handle the events the session leaves to its owner; return why the session ended, if it did."""
        ended: ElarianError | None = None
        for event in events:
            if isinstance(event, (rs.KeepaliveAnswered, rs.Resumed)):
                if self._handshaking:
                    self._handshaking = False
                    self._was_open = True
                    self._failure = None
                    self._ready.set()
                    self._attempt_done.set()
                    self._emit("connected")
            elif isinstance(event, rs.KeepaliveTimeout):
                ended = ConnectionLostError(f"no frame from {self.url} for {event.silent_for:.1f} s")
            elif isinstance(event, rs.ConnectionClosed):
                error = event.error
                ended = error or ConnectionLostError("the connection is closed")
                # a refused SETUP will be refused again; a refused RESUME just means a fresh session
                if isinstance(error, ConnectionRejectedError) and error.code != ErrorCode.REJECTED_RESUME:
                    self._fatal = error
        return ended
