"""Listeners: WebSocket and TCP (optionally TLS) sockets that carry RSocket sessions.

Theory of operation
-------------------
Every WebSocket is served on one event loop thread by ``websockets``' asyncio
server (``_serve_ws``; the link that lets any thread write to it is ``wslink``);
every TCP socket gets its own thread (socketserver's) running ``_serve``. The
socket is wrapped in a ``_Link`` that moves whole frames: one frame per binary
WebSocket message, or frames behind 24-bit length prefixes on TCP. Both feed the
same ``elarian_sync.session.Session`` / ``rsocket.Connection`` code the SDK uses.

The first frame decides what the socket is for:
  SETUP   a new session; ``host.on_setup`` accepts it (returns None) or refuses
          it (returns the reason, sent as ERROR REJECTED_SETUP).
  RESUME  an existing resumable session, found by its token, continues on this
          socket; otherwise ERROR REJECTED_RESUME.
A resumable session outlives its socket for ``resume_window`` seconds, then it
is closed.

Hand-off. A host may serve some sessions in another process (``serve``'s worker takes the
simulators' sockets, so that their traffic is not the apps' process's work): for a plain
WebSocket (no TLS) whose first frame is a SETUP the host wants served elsewhere, or a RESUME
for a session not known here, ``host.hand_off_to`` gives a ``HandOff``, which is given the
socket (a duplicate of its descriptor) and every byte read from it so far (``wslink``'s
recording: the HTTP request and the first frames); if it takes them this process lets go of
the socket without a word, and the other process's listener ``adopt``s it, replaying the
bytes as if it had read them itself. If it does not (the other process is down, or slow to
take sockets), the socket is served here as any other.

Until its SETUP is accepted a peer is nobody, and gets little: its first frame
may be at most ``max_setup_frame`` long (on WebSocket, every frame until the
session is open) and must be a SETUP or a RESUME (on TCP judged by its header,
before the rest arrives), and the sockets still waiting for a SETUP may hold
``setup_budget`` bytes together: one more is closed at once. Then ``max_frame``
and ``max_payload`` bound a request (a larger one is refused on its stream) and
``frame_cap`` what is read at all.

TCP socket threads block in a plain read; one maintenance thread ticks
every session (keepalive deadlines, timeouts of the runtime's own requests),
drops the socket of a silent peer, and closes expired resumable sessions.
``host.on_request`` gets the peer's requests on the thread that read them (the
event loop, for a WebSocket) and must hand them off without blocking; answers go
back through ``session.respond`` from any thread. The runtime asks too:
``session.request_then`` (notifications: a callback, no Future for each).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import itertools
import logging
import os
import shutil
import socket
import socketserver
import ssl
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol

from elarian_sync.errors import ConnectionLostError, RemoteProtocolError
from elarian_sync.rsocket import connection as rs
from elarian_sync.rsocket import frames as f
from elarian_sync.session import Session

from .wslink import CLOSE_SECONDS, Adopted, AsyncWsLink, Backlog, Connection, LoopThread, drop

log = logging.getLogger("elarian_server.listeners")

_TICK = 0.5  # how long the first-frame read waits between checks for shutdown
_MAINTENANCE = 0.1  # how often every session is ticked
GOODBYE_SECONDS = 1.0  # how long stop() lets peers take their CONNECTION_CLOSE before dropping them
_serial = itertools.count(1)


HandOff = Callable[[int, bytes], bool]
"""Give another process a socket (a file descriptor, duplicated for it: the caller closes its
own) and the bytes read from it so far; False if it cannot take it now. Must not block."""


class SessionHost(Protocol):
    """What serves the sessions: the runtime, or a test's handler. It may also have
    ``hand_off_to(first: f.Setup | f.Resume) -> HandOff | None``: where a WebSocket whose first
    frame is ``first`` is served instead of here (None: here); and then ``hands_off() -> bool``:
    whether any socket may be handed over now (what a new socket sends before its first frame is
    recorded for a replay elsewhere only while it says so)."""

    def on_setup(self, session: Session, setup: f.Setup) -> str | None:
        """Accept (None) or refuse (the reason) a new session."""

    def on_request(self, session: Session, stream_id: int, data: bytes, metadata: bytes | None) -> None:
        """A request from the peer; answer with ``session.respond`` now or later."""

    def on_attached(self, session: Session) -> None:
        """A session got a socket (new, or resumed)."""

    def on_closed(self, session: Session) -> None:
        """A session ended for good."""


class BindError(OSError):
    """A listener could not listen on its address (port in use, not allowed, no such host)."""

    def __init__(self, listener: str, host: str, port: int, cause: OSError) -> None:
        self.reason = cause.strerror or str(cause)
        super().__init__(cause.errno, f"cannot listen on {host}:{port} ({listener}): {self.reason}")
        self.listener = listener  # "ws", "tcp" or "http"
        self.host = host
        self.port = port


@dataclass(frozen=True)
class ListenerOptions:
    host: str = "127.0.0.1"
    ws_port: int | None = 0  # 0: a free port; None: no WebSocket listener
    tcp_port: int | None = None  # None: no TCP listener
    tls: ssl.SSLContext | None = None  # wraps the TCP listener
    ws_tls: ssl.SSLContext | None = None  # wraps the WebSocket listener (wss://)
    resume_window: float = 60.0
    max_frame: int = 16 * 1024 * 1024  # a request in a longer frame is refused on its stream
    max_payload: int = 16 * 1024 * 1024  # a request larger than this (whole or reassembled) too
    setup_timeout: float = 10.0
    resume_buffer: int = 16 * 1024 * 1024
    # Before the SETUP is accepted: a SETUP is under 1 KiB, and 64 KiB is the largest fragment
    # this SDK sends, so a frame sent right behind the SETUP fits too.
    max_setup_frame: int = 64 * 1024  # the first frame (WebSocket: every frame until accepted)
    setup_budget: int = 32 * 1024 * 1024  # all sockets awaiting a SETUP, each counted at the above

    def __post_init__(self) -> None:
        if not 64 <= self.max_setup_frame <= self.max_frame:
            raise ValueError("max_setup_frame must be at least 64 bytes and at most max_frame")
        if self.setup_budget < self.max_setup_frame:
            raise ValueError("setup_budget must hold at least one max_setup_frame")

    @property
    def frame_cap(self) -> int:
        """The hard cap: a frame longer than this ends the connection (WebSocket close 1009; on
        TCP, where a 24-bit length prefix allows 16 MiB, the socket closes). Up to it a frame is
        read whole, so that a request over ``max_frame`` can be refused on its stream while the
        connection goes on: a WebSocket message cannot be skipped without reading it, and
        reading has to stop somewhere."""
        return 2 * self.max_frame


class _Link(Protocol):
    peer: str

    def send(self, frames: list[bytes]) -> None: ...

    def admit(self) -> None:
        """The session is open: read frames up to the hard cap from now on."""

    def close(self) -> None:
        """Close the socket (gracefully, briefly)."""

    def abort(self) -> None:
        """Drop the socket at once, as a network failure would."""


class _ReadLink(_Link, Protocol):
    """A link its own thread reads (TCP)."""

    def recv(self, timeout: float | None) -> bytes | None:
        """One frame, or None when the timeout passed; raises OSError/EOFError when the socket ends."""


class _TcpLink:
    def __init__(self, sock: socket.socket, peer: str, options: ListenerOptions) -> None:
        self.sock = sock
        self.peer = peer
        self.reader = f.LengthPrefixedReader(
            options.frame_cap,
            first_max=options.max_setup_frame,
            first_types=(f.FrameType.SETUP, f.FrameType.RESUME),
        )
        self.pending: list[bytes] = []
        # what other threads send goes out through a writer thread of this socket's, so that no
        # thread but the delivery's writers (``may_wait``) ever waits for a peer
        self.backlog = Backlog(peer, "TCP socket", self.abort)
        self._writer: threading.Thread | None = None

    def recv(self, timeout: float | None) -> bytes | None:
        while not self.pending:
            self.sock.settimeout(timeout)
            room = self.reader.first_room  # before the first frame is in, read no further than it
            try:
                data = self.sock.recv(65536 if room is None else max(min(room, 65536), 1))
            except TimeoutError:
                return None
            except ssl.SSLWantReadError:
                return None
            if not data:
                raise EOFError("the peer closed the connection")
            self.pending = self.reader.feed(data)
        return self.pending.pop(0)

    def send(self, frames: list[bytes]) -> None:
        self.backlog.put([b"".join(f.encode_length_prefixed(frame) for frame in frames)], self._tell_writer)

    def _tell_writer(self, first: bool) -> None:
        with self.backlog.room:  # it waits on the backlog, which put notified: start it once
            if self._writer is None and not self.backlog.closed:
                self._writer = threading.Thread(
                    target=self._write, name=f"elarian-server-tcp-writer-{self.peer}", daemon=True
                )
                self._writer.start()

    def _write(self) -> None:
        backlog = self.backlog
        while True:
            with backlog.room:
                backlog.room.wait_for(lambda: bool(backlog.items) or backlog.closed)
                if backlog.closed:
                    return
            data = b"".join(backlog.take())
            try:
                self.sock.sendall(data)
            except OSError as exc:
                log.debug("write to %s failed: %s", self.peer, exc)
                backlog.close()
                return
            backlog.sent(len(data))

    def drain(self, timeout: float) -> None:
        """Wait (at most ``timeout`` s) until what is queued has gone to the socket."""
        backlog = self.backlog
        with backlog.room:
            backlog.room.wait_for(lambda: backlog.queued == 0 or backlog.closed, timeout)

    def admit(self) -> None:
        pass  # the reader bounds only the first frame tighter, and nothing is read past it until now

    def close(self) -> None:
        """What is queued goes first (a second at most), then the socket closes."""
        if threading.current_thread() is not self._writer:
            self.drain(CLOSE_SECONDS)
        self.abort()

    def abort(self) -> None:
        self.backlog.close()
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError):
            self.sock.close()


class Listener:
    """WebSocket and TCP listeners serving RSocket sessions for a ``SessionHost``."""

    def __init__(self, host: SessionHost, options: ListenerOptions = ListenerOptions()) -> None:
        self.host = host
        self.options = options
        self._lock = threading.Lock()
        self._resumable: dict[bytes, Session] = {}  # token -> session
        self._detached_at: dict[int, float] = {}  # id(session) -> when its socket went
        self._links: dict[int, _Link] = {}  # id(session) -> its current socket
        self._sessions: set[Session] = set()
        self._awaiting = 0  # sockets waiting for their first frame
        self._ws_server: Any = None  # websockets.asyncio.server.Server
        self._ws_loop: LoopThread | None = None
        self._tcp_server: socketserver.ThreadingTCPServer | None = None
        self._threads: list[threading.Thread] = []
        self._stop = threading.Event()
        self.ws_port: int | None = None
        self.tcp_port: int | None = None
        self._adopt_dir: str | None = None  # start_adopting's private directory
        listener = self

        class _Connection(Connection):
            def records(self) -> bool:
                return listener._hands_off()

        self._connection_class = _Connection  # websockets makes one for each socket it accepts

    # -- start and stop -------------------------------------------------------------------------

    def start(self) -> None:
        o = self.options
        if o.ws_port is not None:
            from websockets.asyncio.server import serve

            self._ws_loop = loop = LoopThread("elarian-server-ws")

            async def listen() -> Any:
                return await serve(self._serve_ws, o.host, o.ws_port, ssl=o.ws_tls, **self._ws_settings())

            try:
                server = loop.run(listen())
            except OSError as exc:
                loop.stop()
                self._ws_loop = None
                raise BindError("ws", o.host, o.ws_port, exc) from exc
            self._ws_server = server
            self.ws_port = next(iter(server.sockets)).getsockname()[1]
        if o.tcp_port is not None:
            listener = self

            class Handler(socketserver.BaseRequestHandler):
                def handle(self) -> None:
                    listener._serve_tcp(self.request, self.client_address)

            class Server(socketserver.ThreadingTCPServer):
                allow_reuse_address = True
                daemon_threads = True

            try:
                tcp = Server((o.host, o.tcp_port), Handler)
            except OSError as exc:
                self.stop()  # release the WebSocket port, if it was bound
                raise BindError("tcp", o.host, o.tcp_port, exc) from exc
            self._tcp_server = tcp
            self.tcp_port = tcp.server_address[1]
            self._spawn(tcp.serve_forever, "elarian-server-tcp")
        self._spawn(self._maintain, "elarian-server-maintenance")

    def start_adopting(self) -> None:
        """An event loop and a WebSocket server that takes no connections of its own (it listens
        on a Unix socket in a private directory): only sockets another process hands over
        (``adopt``). For an instance that serves no clients but those (``serve``'s worker)."""
        from websockets.asyncio.server import unix_serve

        self._adopt_dir = tempfile.mkdtemp(prefix="elarian-adopt-")
        path = os.path.join(self._adopt_dir, "ws.sock")
        self._ws_loop = loop = LoopThread("elarian-server-ws")

        async def listen() -> Any:
            return await unix_serve(self._serve_ws, path, **self._ws_settings())

        self._ws_server = loop.run(listen())

    def _ws_settings(self) -> dict[str, Any]:
        """What ``websockets``' server is started with (a socket adopted is served the same)."""
        o = self.options
        return {
            "compression": None,
            "max_size": o.max_setup_frame,  # until the session is open: AsyncWsLink.admit
            "ping_interval": None,
            "close_timeout": 1,
            "server_header": "elarian-sync",
            "create_connection": self._connection_class,
        }

    def adopt(self, sock: socket.socket, replay: bytes) -> None:
        """Serve a WebSocket another process accepted (and handed over with the bytes it had read
        from it: ``replay``), from any thread; needs ``start_adopting`` (or a WebSocket listener)."""
        loop, server = self._ws_loop, self._ws_server
        if loop is None or server is None or self._stop.is_set():
            sock.close()
            return
        from websockets.server import ServerProtocol

        settings = self._ws_settings()  # as the listener's own sockets are served

        def connection() -> Adopted:
            adopted = Adopted(
                ServerProtocol(max_size=settings["max_size"]), server,
                ping_interval=settings["ping_interval"], close_timeout=settings["close_timeout"],
            )  # fmt: skip
            adopted.replay = replay
            return adopted

        async def take() -> None:
            try:
                await loop.loop.connect_accepted_socket(connection, sock)
            except OSError as exc:  # gone before it was taken: its peer reconnects
                log.info("could not take over a socket handed to this process: %s", exc)
                sock.close()

        asyncio.run_coroutine_threadsafe(take(), loop.loop)  # take() says what went wrong itself

    def _spawn(self, target: Callable[[], None], name: str) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)
        thread.start()
        self._threads.append(thread)

    def states(self) -> dict[str, str]:
        """Each listener that was asked for: "up" while it listens, else "down"."""
        o, up = self.options, not self._stop.is_set()
        states = {}
        if o.ws_port is not None:
            states["ws"] = "up" if up and self._ws_server is not None else "down"
        if o.tcp_port is not None:
            states["tcp"] = "up" if up and self._tcp_server is not None else "down"
        return states

    def on_loop(self) -> bool:
        """Whether the caller runs on the thread that reads every WebSocket (the event loop)."""
        loop = self._ws_loop
        return loop is not None and loop.here

    @property
    def ws_url(self) -> str:
        scheme = "wss" if self.options.ws_tls is not None else "ws"
        return f"{scheme}://{self.options.host}:{self.ws_port}"

    def stop(self, timeout: float = 5.0) -> None:
        """Close every session and socket, stop listening, join the threads."""
        self._stop.set()
        with self._lock:
            sessions = list(self._sessions)
            links = list(self._links.values())
        # CONNECTION_CLOSE is the goodbye that matters, but a peer that stopped reading would hold
        # its writer: say it on every socket at once, wait a moment, then drop them all
        goodbyes = ThreadPoolExecutor(min(16, len(sessions)) or 1, thread_name_prefix="elarian-goodbye")
        said = [goodbyes.submit(session.close, "the runtime is shutting down") for session in sessions]
        deadline = time.monotonic() + GOODBYE_SECONDS
        concurrent.futures.wait(said, timeout=GOODBYE_SECONDS)
        for link in links:  # TCP: the goodbyes queued go first, within the same second in all
            if isinstance(link, _TcpLink):
                link.drain(max(0.0, deadline - time.monotonic()))
                link.abort()
        if self._ws_server is not None and self._ws_loop is not None:
            server = self._ws_server
            closing = [link for link in links if isinstance(link, AsyncWsLink)]

            async def shut() -> None:
                # what is queued (the goodbye) goes first; a peer not reading is cut after a second
                await asyncio.gather(*(link.aclose() for link in closing), return_exceptions=True)
                server.close()  # and the sockets still waiting for their SETUP
                try:
                    await asyncio.wait_for(server.wait_closed(), GOODBYE_SECONDS + 2)
                except (TimeoutError, asyncio.TimeoutError):  # a close handshake a peer never ends
                    for connection in list(server.connections):
                        drop(connection.transport)
                    await asyncio.wait_for(server.wait_closed(), GOODBYE_SECONDS)

            with contextlib.suppress(Exception):
                self._ws_loop.run(shut(), timeout + GOODBYE_SECONDS)
            self._ws_loop.stop(timeout)
        goodbyes.shutdown(wait=True, cancel_futures=True)
        if self._tcp_server is not None:
            self._tcp_server.shutdown()
            self._tcp_server.server_close()
        for thread in self._threads:
            thread.join(timeout)
        for session in sessions:
            self._forget(session)
        if self._adopt_dir is not None:
            shutil.rmtree(self._adopt_dir, ignore_errors=True)

    def cut_all(self) -> None:
        """Drop every socket at once, as a network failure would (sessions stay for resume)."""
        with self._lock:
            links = list(self._links.values())
        for link in links:
            link.abort()

    def abort(self, session: Session) -> None:
        """Drop one session's socket at once (e.g. a peer that stopped reading): a write stuck on
        it fails; the session ends, or waits for a resume if it is resumable."""
        with self._lock:
            link = self._links.get(id(session))
        if link is not None:
            link.abort()

    @property
    def sessions(self) -> list[Session]:
        with self._lock:
            return list(self._sessions)

    @property
    def awaiting_setup(self) -> int:
        """Sockets that have not sent their first frame (SETUP or RESUME) yet."""
        with self._lock:
            return self._awaiting

    # -- one socket -------------------------------------------------------------------------------

    async def _serve_ws(self, ws: Any) -> None:
        """One WebSocket, on the event loop: what ``_serve`` does for a TCP socket's thread."""
        from websockets.exceptions import ConnectionClosed

        assert self._ws_loop is not None
        link = AsyncWsLink(ws, self._ws_loop, self.options.frame_cap)
        link.start()
        if not self._admit(link):
            link.closed()
            await link.end()
            return
        session: Session | bool | None = None
        try:
            session = await self._open_ws(link)
        finally:
            with self._lock:
                self._awaiting -= 1
            if session is None:  # refused, gone, or the opening failed
                await link.aclose()  # the ERROR that explains a refusal first
        if not isinstance(session, Session):
            return  # refused, or another process has the socket now
        reason = "socket closed"
        try:
            while not self._stop.is_set():
                try:
                    frame = await ws.recv()
                except ConnectionClosed as exc:
                    reason = str(exc)
                    break
                if isinstance(frame, str):
                    reason = "a text WebSocket message is not an RSocket frame"
                    break
                events = session.receive(frame, time.monotonic())
                if events and any(isinstance(e, rs.ConnectionClosed) for e in events):
                    reason = "session closed"
                    await link.drain(1.0)  # CONNECTION_CLOSE, or the ERROR that ended it
                    break
        finally:
            link.closed()  # before detaching: no sender may wait on this socket any more
            self._detach(session, link, reason)
            await link.end()

    async def _open_ws(self, link: AsyncWsLink) -> Session | bool | None:
        """Read the first frame on the loop: a new session (SETUP) or an old one (RESUME); True if
        the socket was handed to another process."""
        from websockets.exceptions import ConnectionClosed

        now = time.monotonic()
        conn = self._connection(now)
        try:
            frame = await asyncio.wait_for(link.ws.recv(), self.options.setup_timeout)
        except (ConnectionClosed, TimeoutError, asyncio.TimeoutError):
            return None
        if isinstance(frame, str):
            return None
        if self._handed(link, frame):
            return True
        link.ws.stop_recording()
        first = self._first(conn, frame, link)
        if isinstance(first, f.Resume):
            gone = self._displace(first)
            if gone is not None:
                for _ in range(100):  # its handler detaches it, on this loop or its thread
                    if gone():
                        break
                    await asyncio.sleep(0.01)
            return self._resume(conn, first, link)
        return first

    def _hands_off(self) -> bool:
        """Whether a WebSocket accepted now may be handed to another process (so what it sends
        until its first frame is read is recorded for the replay there)."""
        hands_off = getattr(self.host, "hands_off", None)
        # a TLS session's state cannot go with its socket
        return hands_off is not None and self.options.ws_tls is None and bool(hands_off())

    def _handed(self, link: AsyncWsLink, frame: bytes) -> bool:
        """Whether the host wants this WebSocket served elsewhere, given its first frame, and the
        socket went there (then this process has let go of it without a word)."""
        where = getattr(self.host, "hand_off_to", None)
        recording = link.ws.recording
        if where is None or recording is None:  # None: no hand-off as it opened (_hands_off), or too long
            return False
        try:
            first = f.decode(frame)
        except Exception:  # not a frame: _first says so to the peer
            return False
        if isinstance(first, f.Resume):
            with self._lock:
                if first.token in self._resumable:
                    return False  # ours
        elif not isinstance(first, f.Setup):
            return False
        hand_off = where(first)
        if hand_off is None:
            return False
        transport = link.ws.transport
        sock = transport.get_extra_info("socket")
        if sock is None:
            return False
        copy = os.dup(sock.fileno())
        try:
            taken = hand_off(copy, bytes(recording))
        finally:
            os.close(copy)
        if not taken:
            return False
        link.closed()
        transport.abort()  # only our descriptor: the socket lives on in the other process
        return True

    def _serve_tcp(self, sock: socket.socket, address: tuple[str, int]) -> None:
        peer = f"{address[0]}:{address[1]}"
        if self.options.tls is not None:
            sock.settimeout(self.options.setup_timeout)  # a peer that never says hello is let go
            try:
                sock = self.options.tls.wrap_socket(sock, server_side=True)
            except (ssl.SSLError, OSError) as exc:  # socket.timeout is an OSError
                log.info("TLS handshake with %s failed: %s", peer, exc)
                sock.close()
                return
        self._serve(_TcpLink(sock, peer, self.options))

    def _admit(self, link: _Link) -> bool:
        """Whether one more socket may wait for its SETUP (counted in ``_awaiting`` if so)."""
        o = self.options
        with self._lock:
            admitted = (self._awaiting + 1) * o.max_setup_frame <= o.setup_budget
            if admitted:
                self._awaiting += 1
        if not admitted:
            log.warning(
                "closed a socket from %s at once: %d sockets already wait for their SETUP "
                "(setup_budget %d bytes, %d each)",
                link.peer,
                o.setup_budget // o.max_setup_frame,
                o.setup_budget,
                o.max_setup_frame,
            )
        return admitted

    def _serve(self, link: _ReadLink) -> None:
        if not self._admit(link):
            link.close()
            return
        try:
            session = self._open(link)
        finally:
            with self._lock:
                self._awaiting -= 1
        if session is None:
            link.close()
            return
        reason = "socket closed"
        try:
            while not self._stop.is_set():
                try:
                    frame = link.recv(None)  # the maintenance thread ends a silent socket
                except (OSError, EOFError, RemoteProtocolError) as exc:
                    reason = str(exc) or type(exc).__name__
                    break
                if frame is None:
                    continue
                events = session.receive(frame, time.monotonic())
                if events and any(isinstance(e, rs.ConnectionClosed) for e in events):
                    reason = "session closed"
                    break
        finally:
            self._detach(session, link, reason)

    def _open(self, link: _ReadLink) -> Session | None:
        """Read the first frame: a new session (SETUP) or an old one (RESUME)."""
        now = time.monotonic()
        conn = self._connection(now)
        deadline = now + self.options.setup_timeout
        while time.monotonic() < deadline and not self._stop.is_set():
            try:
                frame = link.recv(_TICK)
            except (OSError, EOFError):
                return None
            except RemoteProtocolError as exc:  # a first frame too long, or not SETUP/RESUME
                log.info("closing the socket from %s before its SETUP: %s", link.peer, exc)
                conn.reject(str(exc), f.ErrorCode.CONNECTION_ERROR)
                with contextlib.suppress(OSError):
                    link.send(conn.data_to_send())
                return None
            if frame is None:
                continue
            first = self._first(conn, frame, link)
            if isinstance(first, f.Resume):
                gone = self._displace(first)
                if gone is not None:
                    for _ in range(100):  # its thread detaches it
                        if gone():
                            break
                        time.sleep(0.01)
                return self._resume(conn, first, link)
            return first
        return None

    def _first(self, conn: rs.Connection, frame: bytes, link: _Link) -> Session | f.Resume | None:
        """A socket's first frame: a SETUP opens a session (or is refused: None); a RESUME is
        handed back, for the caller to wait out the socket it displaces; anything else is refused."""
        for event in conn.receive(frame, time.monotonic()):
            if isinstance(event, rs.SetupReceived):
                return self._setup(conn, link)
            if isinstance(event, rs.ResumeRequested):
                return event.resume
        with contextlib.suppress(OSError):
            link.send(conn.data_to_send())  # the ERROR that explains the refusal
        return None

    def _connection(self, now: float) -> rs.Connection:
        return rs.Connection(
            rs.Role.SERVER,
            now=now,
            resume_buffer=self.options.resume_buffer,
            max_payload=self.options.max_payload,
            max_frame=self.options.max_frame,
        )

    def _displace(self, frame: f.Resume) -> Callable[[], bool] | None:
        """A RESUME for a session a half-open socket still holds: the new socket wins. The old
        one is dropped (its peer is presumed gone); returns what says when its handler has let
        go of the session, for the caller to wait (a moment) before resuming."""
        with self._lock:
            session = self._resumable.get(frame.token)
            previous = self._links.get(id(session)) if session is not None else None
        if session is None or previous is None:
            return None
        previous.abort()
        key = id(session)

        def gone() -> bool:
            with self._lock:
                return self._links.get(key) is not previous

        return gone

    def _setup(self, conn: rs.Connection, link: _Link) -> Session | None:
        session = Session(conn, on_request=self.host.on_request)
        assert conn.setup is not None
        try:
            refusal = self.host.on_setup(session, conn.setup)
        except Exception:
            log.exception("on_setup failed")
            refusal = "the runtime could not set up the session"
        if refusal is not None:
            conn.reject(refusal)
            with contextlib.suppress(OSError):
                link.send(conn.data_to_send())
            log.info("refused a session from %s: %s", link.peer, refusal)
            return None
        conn.accept(time.monotonic())
        link.admit()  # before anything is sent: the peer may answer with large frames at once
        with self._lock:
            self._sessions.add(session)
            self._links[id(session)] = link
            if conn.resume_token is not None:
                self._resumable[conn.resume_token] = session
        session.attach(link.send)
        self.host.on_attached(session)
        return session

    def _resume(self, conn: rs.Connection, frame: f.Resume, link: _Link) -> Session | None:
        with self._lock:
            session = self._resumable.get(frame.token)
        if session is None or not session.resume(frame, time.monotonic()):
            conn.reject("no session to resume with that token and position", f.ErrorCode.REJECTED_RESUME)
            with contextlib.suppress(OSError):
                link.send(conn.data_to_send())
            return None
        link.admit()  # before RESUME_OK: the peer replays what it holds at once
        with self._lock:
            self._links[id(session)] = link
            self._detached_at.pop(id(session), None)
        session.attach(link.send)
        self.host.on_attached(session)
        return session

    def _detach(self, session: Session, link: _Link, reason: str) -> None:
        """A socket's handler ends. The session loses its socket only if it is still this one:
        a session resumed on a newer socket meanwhile is not the old socket's to detach."""
        with self._lock:
            current = self._links.get(id(session)) is link
            if current:
                del self._links[id(session)]
        link.close()
        if not current:
            return
        session.detach(reason)
        if session.closed:
            self._forget(session)
        else:
            with self._lock:
                self._detached_at[id(session)] = time.monotonic()

    def _forget(self, session: Session) -> None:
        with self._lock:
            known = session in self._sessions
            self._sessions.discard(session)
            self._detached_at.pop(id(session), None)
            token = session.conn.resume_token
            if token is not None and self._resumable.get(token) is session:
                del self._resumable[token]
        session.fail_waiters(ConnectionLostError("the session ended"))
        if known:
            try:
                self.host.on_closed(session)
            except Exception:
                log.exception("on_closed failed")

    def _maintain(self) -> None:
        """Tick every session; end silent sockets; close resumable sessions left too long."""
        while not self._stop.wait(_MAINTENANCE):
            now = time.monotonic()
            with self._lock:
                sessions = list(self._sessions)
                expired = [
                    s
                    for s in sessions
                    if id(s) in self._detached_at
                    and now - self._detached_at[id(s)] > self.options.resume_window
                ]
            for session in sessions:
                events = session.tick(now)
                if any(isinstance(e, (rs.KeepaliveTimeout, rs.ConnectionClosed)) for e in events):
                    with self._lock:
                        link = self._links.get(id(session))
                    if link is not None:
                        log.info("dropping the socket of %s: %s", link.peer, events[-1])
                        link.abort()
            for session in expired:
                session.close("resume window passed")
                self._forget(session)
