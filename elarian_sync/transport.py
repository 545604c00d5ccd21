"""The client end: an RSocket session over a WebSocket, kept alive by one reader thread.

Theory of operation
-------------------
``Transport`` opens a websocket-client socket and runs a ``session.Session`` on
it. One named daemon thread (``elarian-sync-reader-N``) runs the whole life of
the connection: connect, send SETUP (or RESUME), read frames until the socket
fails, then reconnect with capped exponential backoff and jitter, until
``close()``. The same loop sends and answers keepalives and expires the
deadlines of asynchronous requests; it wakes at least every ``_TICK`` seconds.

Connecting: after SETUP the transport sends KEEPALIVE(RESPOND). The runtime
handles SETUP first, so the answer proves the SETUP was accepted and a refusal
arrives as ERROR REJECTED_SETUP instead; ``connect()`` returns only on a live
session or raises why not. A refused SETUP ends the reconnect loop (the key will
not become right by retrying); a refused RESUME starts a fresh session.

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
import random
import secrets
import select
import socket
import ssl
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, TypeVar

import websocket

from .errors import ConnectionLostError, ElarianError, RemoteProtocolError, RequestTimeoutError
from .rsocket import connection as rs
from .rsocket.frames import ErrorCode
from .session import Session

log = logging.getLogger("elarian_sync.transport")

T = TypeVar("T")
_TICK = 0.5  # longest sleep of the reader loop (async deadlines, stop requests)
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
    mtu: int | None = None
    max_payload: int = 16 * 1024 * 1024
    resume: bool = False
    resume_buffer: int = 16 * 1024 * 1024
    connect_timeout: float = 10.0


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


class _BufferedWebSocket(websocket.WebSocket):
    """websocket-client, reading the socket up to 64 KiB at a time.

    The stock reader asks the socket for each frame's header and then its
    payload: two system calls a message. Reading ahead lets one call bring many
    frames (``create_connection(class_=...)`` is how websocket-client takes a
    subclass; the handshake reads the socket directly and is unaffected).
    """

    _READ_AHEAD = 65536

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._ahead = b""
        self._at = 0

    def buffered(self) -> bool:
        """Bytes are already read ahead (or held by TLS): no need to wait on the socket."""
        if self._at < len(self._ahead):
            return True
        sock = self.sock
        return isinstance(sock, ssl.SSLSocket) and sock.pending() > 0

    def _recv(self, bufsize: int) -> bytes:
        ahead, at = self._ahead, self._at
        if at >= len(ahead):
            ahead, at = super()._recv(self._READ_AHEAD), 0  # type: ignore[no-untyped-call]
            self._ahead = ahead
        end = at + bufsize
        self._at = end
        return ahead[at:end]


def _ws_sender(ws: websocket.WebSocket) -> Callable[[list[bytes]], None]:
    """Write frames as binary WebSocket messages, all of them in one system call."""
    create = websocket.ABNF.create_frame
    binary = websocket.ABNF.OPCODE_BINARY

    def send(frames: list[bytes]) -> None:
        sock = ws.sock
        if sock is None:
            raise OSError("the WebSocket is closed")
        data = memoryview(b"".join(create(frame, binary).format() for frame in frames))
        while data:
            try:
                sent = sock.send(data)
            except TimeoutError:
                continue  # the read timeout is short; a slow peer is not a dead one
            data = data[sent:]

    return send


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
    ) -> None:
        if not url.startswith(("ws://", "wss://")):
            raise ValueError(f"url must start with ws:// or wss://, got {url!r}")
        self.url = url
        self.options = session
        self.reconnect = reconnect
        self.tls = tls
        self.request_timeout = request_timeout
        self._on_request = on_request
        self._on_lifecycle = on_lifecycle
        self._on_cancel = on_cancel
        self._lock = threading.Lock()  # guards the fields below
        self._read_lock = threading.Lock()  # whoever holds it may read the socket
        self._nudge = threading.Event()  # a caller left the socket while others still wait
        self._session: Session | None = None
        self._ws: _BufferedWebSocket | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._ready = threading.Event()  # a session is open and usable
        self._attempt_done = threading.Event()  # the first connect attempt of this run ended
        self._failure: ElarianError | None = None  # why the last attempt failed
        self._fatal: ElarianError | None = None  # a failure reconnecting cannot fix
        self._handshaking = False
        self._was_open = False
        self._ended: ElarianError | None = None  # why the socket was given up, set by whoever read it

    # -- lifecycle --------------------------------------------------------------------------

    def connect(self, wait: bool = True, timeout: float | None = None) -> None:
        """Start the reader thread; it connects, and reconnects until ``close()``.

        With ``wait``, block until the session is accepted, or stop and raise why
        the first attempt failed (unreachable, TLS, REJECTED_SETUP, no answer).
        """
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._stop = threading.Event()
                self._attempt_done = threading.Event()
                self._fatal = self._failure = None
                self._thread = threading.Thread(
                    target=self._run,
                    args=(self._stop,),
                    name=f"elarian-sync-reader-{next(_serial)}",
                    daemon=True,
                )
                self._thread.start()
        if not wait:
            return
        limit = timeout if timeout is not None else self.options.connect_timeout
        if self._attempt_done.wait(limit) and self._ready.is_set():
            return
        error = (
            self._fatal
            or self._failure
            or ConnectionLostError(f"could not connect to {self.url} within {limit:g} s")
        )
        self._shutdown()
        raise error

    def close(self, timeout: float = 5.0) -> None:
        """End the session (CONNECTION_CLOSE to the peer), fail what is in flight, join the thread."""
        self._stop.set()
        session = self._session
        if session is not None:
            session.close("client closing")
        self._shutdown(timeout)

    def _shutdown(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._ready.clear()
        thread = self._thread
        ws = self._ws
        if ws is not None:
            # Say goodbye in WebSocket terms; the reader thread wakes on the server's
            # answering close frame and ends. Only a server that stays silent is cut off.
            with contextlib.suppress(Exception):
                ws.send_close()
            if thread is not None and thread is not threading.current_thread():
                thread.join(min(timeout, 1.0))
        self._drop_socket()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
            if thread.is_alive():
                log.warning("reader thread %s did not stop within %.1f s", thread.name, timeout)

    @property
    def connected(self) -> bool:
        return self._ready.is_set()

    @property
    def in_flight(self) -> int:
        session = self._session
        return session.in_flight if session is not None else 0

    # -- requests ---------------------------------------------------------------------------

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
        limit = self.request_timeout if timeout is None else timeout
        deadline = time.monotonic() + limit
        session = self._usable(deadline)
        stream_id, waiter = session.send_request(data, metadata)
        self._read_own_answer(session, waiter, deadline)
        try:
            return session.await_answer(stream_id, waiter, deadline - time.monotonic(), limit)
        except RequestTimeoutError:
            raise RequestTimeoutError(f"no reply within {limit:g} s") from None

    def _read_own_answer(self, session: Session, waiter: Any, deadline: float) -> None:
        """Read the socket on the caller's thread until this caller's answer is in.

        Handing an answer from the reader thread to a waiting caller costs two
        thread wake-ups (~25 us here), a quarter of a loopback round trip. So a
        blocking caller that finds nobody reading reads its own answer, handling
        every other frame on the way exactly as the reader thread would. If
        someone else is reading, or anything goes wrong, it just waits instead.
        """
        ws = self._ws
        if ws is None or not self._ready.is_set() or not self._read_lock.acquire(blocking=False):
            return
        try:
            if ws is not self._ws or session is not self._session:
                return
            poller = select.poll()
            poller.register(ws, select.POLLIN | select.POLLERR | select.POLLHUP)
            while waiter.lock.locked():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return
                if not ws.buffered() and not poller.poll(min(remaining, _TICK) * 1000):
                    continue
                ended = self._handle_message(ws, session)
                if ended is not None:
                    self._ended = ended
                    self._drop_socket()  # the reader thread sees the socket end and tears the session down
                    return
        finally:
            self._read_lock.release()
            if session.in_flight:
                self._nudge.set()  # others wait for answers: the reader thread takes over now

    def _handle_message(self, ws: _BufferedWebSocket, session: Session) -> ElarianError | None:
        """Read and handle one message (read lock held); returns why the socket is done for, if it is."""
        opcode, data = self._read_message(ws)
        if opcode is None:
            return None
        if opcode == websocket.ABNF.OPCODE_BINARY:
            return self._react(session.receive(data, time.monotonic()))
        if opcode == websocket.ABNF.OPCODE_TEXT:
            session.close("text WebSocket messages are not RSocket frames")
            return RemoteProtocolError(f"{self.url} sent a text WebSocket message, not an RSocket frame")
        if opcode == websocket.ABNF.OPCODE_CLOSE:
            return ConnectionLostError(f"{self.url} closed the WebSocket")
        return ConnectionLostError(f"connection to {self.url} lost: {data.decode(errors='replace')}")

    def _given_up(self) -> ElarianError | None:
        """Why a caller reading the socket gave it up (read by the reader thread)."""
        return self._ended

    def request_async(
        self,
        data: bytes,
        convert: Callable[[bytes], T],
        metadata: bytes | None = None,
        timeout: float | None = None,
    ) -> Future[T]:
        """Send a request; the Future gets ``convert(answer)`` (run on the reading thread) or the error."""
        limit = self.request_timeout if timeout is None else timeout
        session = self._usable(time.monotonic() + limit)
        return session.request_async(data, limit, convert, metadata)

    # -- the reader thread ----------------------------------------------------------------------

    def _emit(self, name: str, error: ElarianError | None = None) -> None:
        if self._on_lifecycle is not None:
            try:
                self._on_lifecycle(name, error)
            except Exception:  # a lifecycle callback must not kill the reader
                log.exception("lifecycle callback failed for %r", name)

    def _run(self, stop: threading.Event) -> None:
        attempt = 0
        while not stop.is_set():
            self._emit("connecting")
            error = self._session_once(stop)
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
            if stop.wait(delay):
                break
        session = self._session
        if session is not None and not session.closed:
            session.close("client closing")
        self._emit("closed")
        self._attempt_done.set()

    def _session_once(self, stop: threading.Event) -> ElarianError:
        """Open one socket and run the session on it until it fails; return why it ended."""
        self._was_open = False
        try:
            ws = websocket.create_connection(
                self.url,
                class_=_BufferedWebSocket,
                timeout=self.options.connect_timeout,
                sslopt=self.tls.sslopt(),
                skip_utf8_validation=True,
                enable_multithread=False,
            )
        except (OSError, websocket.WebSocketException, ssl.SSLError) as exc:
            return ConnectionLostError(f"could not connect to {self.url}: {exc}")
        assert isinstance(ws, _BufferedWebSocket)
        ws.settimeout(_TICK)
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
        with self._lock:
            self._session, self._ws = session, ws
            self._handshaking = True
        session.attach(_ws_sender(ws))
        try:
            return self._read_loop(ws, session, stop)
        finally:
            with self._lock:
                self._ws = None
            self._react(session.detach("transport closed"))
            with contextlib.suppress(Exception):  # the socket is going away either way
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
            resume_token=secrets.token_bytes(16) if o.resume else None,
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
        self._on_request(Reply(session, stream_id), data, metadata)

    def _cancelled(self, session: Session, stream_id: int) -> None:
        if self._on_cancel is not None:
            self._on_cancel(stream_id)

    def _read_loop(self, ws: _BufferedWebSocket, session: Session, stop: threading.Event) -> ElarianError:
        handshake_deadline = time.monotonic() + self.options.connect_timeout
        poller = select.poll()
        poller.register(ws, select.POLLIN | select.POLLERR | select.POLLHUP)
        wait_ms = int(_TICK * 1000)
        self._ended = None
        while not stop.is_set():
            # Wait for bytes without the read lock, so a blocking caller may read its
            # own answer meanwhile (see _read_own_answer).
            readable = ws.buffered() or bool(poller.poll(wait_ms))
            now = time.monotonic()
            ended = self._react(session.tick(now))
            if ended is not None:
                return ended
            if readable:
                if self._read_lock.acquire(blocking=False):
                    try:
                        ended = self._handle_message(ws, session)
                        while ended is None and ws.buffered():  # drain what is read ahead
                            ended = self._handle_message(ws, session)
                    finally:
                        self._read_lock.release()
                    if ended is not None:
                        return ended
                else:
                    # a caller is reading what arrived; it nudges us when it leaves with
                    # others still waiting, so this short wait is rarely served in full
                    self._nudge.wait(0.0005)
                    self._nudge.clear()
            given_up = self._given_up()
            if given_up is not None:
                return given_up
            if self._handshaking and now > handshake_deadline:
                return ConnectionLostError(f"{self.url} did not answer the session handshake in time")
        return ConnectionLostError("closed")

    @staticmethod
    def _read_message(ws: _BufferedWebSocket) -> tuple[int | None, bytes]:
        """One WebSocket message; (None, b"") on a read timeout; (-1, reason) when the socket failed."""
        try:
            opcode, data = ws.recv_data()
        except websocket.WebSocketTimeoutException:
            return None, b""
        except (OSError, websocket.WebSocketException) as exc:
            return -1, str(exc).encode()
        return opcode, data

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
                ended = error or ConnectionLostError("closed")
                # a refused SETUP will be refused again; a refused RESUME just means a fresh session
                if isinstance(error, rs.ConnectionRejectedError) and error.code != ErrorCode.REJECTED_RESUME:
                    self._fatal = error
        return ended

    def _drop_socket(self) -> None:
        ws = self._ws
        if ws is not None and ws.sock is not None:
            with contextlib.suppress(OSError):
                ws.sock.shutdown(socket.SHUT_RDWR)
