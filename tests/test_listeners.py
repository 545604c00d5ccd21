"""The listeners against peers that misbehave: raw sockets on 127.0.0.1, bytes written by hand.

A peer that has not sent its SETUP is nobody: it gets no more memory, time or log noise
than a SETUP needs. These tests speak below the SDK (a WebSocket handshake and frames
built here, or bytes on TCP) to send what no client would.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import logging
import os
import socket
import struct
import threading
import time
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from elarian_server.listeners import Listener, ListenerOptions
from elarian_sync.rsocket import frames as f
from elarian_sync.session import Session
from elarian_sync.transport import ReconnectPolicy, SessionOptions, Transport
from tests.waiting import wait_until


class Host:
    """Accepts every SETUP and echoes ``b"echo:" + data``."""

    def on_setup(self, session: Session, setup: object) -> str | None:
        return None

    def on_request(self, session: Session, stream_id: int, data: bytes, metadata: bytes | None) -> None:
        session.respond(stream_id, b"echo:" + data)

    def on_attached(self, session: Session) -> None:
        pass

    def on_closed(self, session: Session) -> None:
        pass


class CountingListener(Listener):
    """The runtime's listener, counting the WebSocket handlers that have ended (however they ended)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.ended = 0
        self.changed = threading.Condition()

    async def _serve_ws(self, ws: Any) -> None:
        try:
            await super()._serve_ws(ws)
        finally:
            with self.changed:
                self.ended += 1
                self.changed.notify_all()


@contextmanager
def serving(**options: Any) -> Iterator[CountingListener]:
    """A listener on WebSocket and TCP; its setup timeout is long, so that a test that sees a
    socket closed knows it was not the timeout that closed it."""
    listener = CountingListener(Host(), ListenerOptions(tcp_port=0, setup_timeout=30, **options))
    listener.start()
    try:
        yield listener
    finally:
        listener.stop()


@pytest.fixture
def listener() -> Iterator[CountingListener]:
    with serving() as listener:
        yield listener


class RawTcp:
    """An RSocket peer on a bare TCP socket: it sends the frames it is given and reads what comes."""

    def __init__(self, port: int | None) -> None:
        assert port is not None
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.reader = f.LengthPrefixedReader()
        self.received: list[bytes] = []

    def send(self, *frames: f.Frame) -> None:
        self.sock.sendall(b"".join(f.encode_length_prefixed(f.encode(frame)) for frame in frames))

    def read(self) -> f.Frame:
        """The next frame from the server (within the socket's timeout)."""
        while not self.received:
            data = self.sock.recv(65536)
            assert data, "the server closed the connection"
            self.received += self.reader.feed(data)
        return f.decode(self.received.pop(0))

    def close(self) -> None:
        self.sock.close()


SETUP = f.Setup(
    keepalive_ms=20_000,
    lifetime_ms=90_000,
    metadata_mime="application/json",
    data_mime="application/octet-stream",
    data=b"key",
)


def ws_open(port: int, rcvbuf: int | None = None) -> socket.socket:
    """A WebSocket opened by hand: the handshake, answered 101, and nothing after it.
    ``rcvbuf``: the socket's receive buffer, set before connecting (so that the window TCP
    agrees on fits it: set later, a small buffer leaves a window that crawls)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(10)
    if rcvbuf is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
    sock.connect(("127.0.0.1", port))
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall(
        (
            f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
        ).encode()
    )
    response = b""
    while b"\r\n\r\n" not in response:
        chunk = sock.recv(4096)
        assert chunk, f"the server closed during the handshake: {response!r}"
        response += chunk
    assert response.startswith(b"HTTP/1.1 101"), response
    return sock


def reset(sock: socket.socket) -> None:
    """Close with a TCP reset, as a peer that vanishes does."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def assert_serving(listener: Listener) -> None:
    """A client of our own connects and is answered: the listener still serves."""
    client = Transport(
        listener.ws_url,
        SessionOptions(setup_data=b"key"),
        on_request=lambda reply, data, metadata: None,
        reconnect=ReconnectPolicy(enabled=False),
        request_timeout=10,
    )
    client.connect(timeout=10)
    try:
        assert client.request(b"still serving") == b"echo:still serving"
    finally:
        client.close()


def test_a_websocket_gone_before_its_first_frame_is_no_error(
    listener: CountingListener, caplog: pytest.LogCaptureFixture
) -> None:
    """The handler may start after the peer reset the socket (its address is gone by then):
    that is a peer leaving, not a failure to log with a traceback."""
    assert listener.ws_port is not None
    with caplog.at_level(logging.INFO):
        for _ in range(50):
            reset(ws_open(listener.ws_port))
        with listener.changed:
            assert listener.changed.wait_for(lambda: listener.ended == 50, 10), listener.ended
        assert_serving(listener)
    errors = [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info]
    assert errors == [], [r.getMessage() for r in errors]


def test_an_oversized_request_on_tcp_is_refused_on_its_stream_and_the_others_go_on() -> None:
    with serving(max_frame=64 * 1024) as listener:
        peer = RawTcp(listener.tcp_port)
        try:
            others = [f.RequestResponse(2 * i + 1, b"%d" % i) for i in range(20)]
            peer.send(SETUP, *others, f.RequestResponse(41, b"x" * 100_000), f.RequestResponse(43, b"after"))
            answers: dict[int, f.Frame] = {}
            while len(answers) < 22:
                frame = peer.read()
                answers[frame.stream_id] = frame
            refusal = answers.pop(41)
            assert isinstance(refusal, f.Error) and refusal.code == f.ErrorCode.REJECTED
            assert refusal.message == "a frame of 100006 bytes exceeds the limit of 65536 bytes"
            assert {sid: a.data for sid, a in answers.items() if isinstance(a, f.Payload)} == {
                **{2 * i + 1: b"echo:%d" % i for i in range(20)},
                43: b"echo:after",
            }
        finally:
            peer.close()


def closed_within(sock: socket.socket, seconds: float) -> bytes:
    """What the server sent until it closed the socket (EOF or a reset), which must come within
    ``seconds``: far less than the setup timeout of 30 s."""
    deadline = time.monotonic() + seconds
    received = b""
    while (left := deadline - time.monotonic()) > 0:
        sock.settimeout(left)
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            return received
        except TimeoutError:
            break
        if not chunk:
            return received
        received += chunk
    raise AssertionError(f"the socket is still open after {seconds:g} s (received {received[:60]!r})")


def tcp_open(listener: Listener) -> socket.socket:
    assert listener.tcp_port is not None
    return socket.create_connection(("127.0.0.1", listener.tcp_port), timeout=10)


def ws_frame_header(length: int) -> bytes:
    """The header of a binary WebSocket frame from a client, announcing ``length`` bytes of payload
    (masked with zeros, so the payload goes as it is)."""
    if length < 126:
        head = struct.pack("!BB", 0x82, 0x80 | length)
    elif length < 65536:
        head = struct.pack("!BBH", 0x82, 0x80 | 126, length)
    else:
        head = struct.pack("!BBQ", 0x82, 0x80 | 127, length)
    return head + b"\0\0\0\0"


SETUP_HEADER = (0).to_bytes(4, "big") + (f.FrameType.SETUP << 10).to_bytes(2, "big")


@pytest.mark.parametrize(
    "garbage",
    [
        b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",  # a web browser on the TCP port
        bytes.fromhex("9b3c1f0e42d7a5c86e21f4b0937d5a18c4e6f20b7d31a9e5"),  # noise
        bytes.fromhex("00012ca4c1e27f3b90d25e8a17c6f3094b"),  # noise that looks like a length
        b"\x00\x00\x40" + (1).to_bytes(4, "big") + (f.FrameType.REQUEST_RESPONSE << 10).to_bytes(2, "big"),
    ],
    ids=["http", "noise", "noise-short", "request-first"],
)
def test_bytes_that_are_not_a_setup_close_the_tcp_socket_at_once(
    listener: CountingListener, garbage: bytes
) -> None:
    """Not at the setup timeout (30 s here): as soon as the length prefix or the header of the
    first frame says it is no SETUP or RESUME, before the rest of what it announces arrives."""
    with tcp_open(listener) as sock:
        sock.sendall(garbage)
        said = closed_within(sock, 5)
    [error] = [f.decode(frame) for frame in f.LengthPrefixedReader().feed(said)]
    assert isinstance(error, f.Error) and error.stream_id == 0 and error.code == f.ErrorCode.CONNECTION_ERROR
    assert "exceeds the limit of 65536" in error.message or "expected SETUP or RESUME first" in error.message


@pytest.mark.parametrize("transport", ["tcp", "ws"])
def test_a_first_frame_announcing_megabytes_is_refused_before_they_come(
    listener: CountingListener, transport: str
) -> None:
    with tcp_open(listener) if transport == "tcp" else ws_open(listener.ws_port or 0) as sock:
        if transport == "tcp":
            sock.sendall((10 << 20).to_bytes(3, "big") + SETUP_HEADER + b"x" * 1000)
        else:
            sock.sendall(ws_frame_header(10 << 20) + SETUP_HEADER + b"x" * 1000)
        said = closed_within(sock, 5)
    if transport == "ws":
        assert said[:1] == b"\x88" and said[2:4] == (1009).to_bytes(2, "big")  # close: message too big
    wait_until(lambda: listener.awaiting_setup == 0, what="the listener let go of the socket")


def test_sockets_before_their_setup_hold_no_more_than_a_setup_needs() -> None:
    """Ten TCP and ten WebSocket peers each send a 4 MiB first frame: the runtime refuses it at its
    length and holds next to nothing (it used to read them whole: some 60 MB at the peak), as
    tracemalloc measures."""
    frame = SETUP_HEADER + b"x" * ((4 << 20) - len(SETUP_HEADER))
    socks: list[socket.socket] = []
    with serving() as listener:
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            tracemalloc.reset_peak()
            socks = [tcp_open(listener) for _ in range(10)] + [
                ws_open(listener.ws_port or 0) for _ in range(10)
            ]
            heads = [len(frame).to_bytes(3, "big")] * 10 + [ws_frame_header(len(frame))] * 10
            senders = [
                threading.Thread(target=send_until_refused, args=(sock, head, frame))
                for sock, head in zip(socks, heads, strict=True)
            ]
            for sender in senders:
                sender.start()
            for sock in socks:
                closed_within(sock, 10)
            for sender in senders:
                sender.join(10)
            wait_until(lambda: listener.awaiting_setup == 0, what="the listener let go of the sockets")
            peak = tracemalloc.get_traced_memory()[1] - before
        finally:
            tracemalloc.stop()
            for sock in socks:
                sock.close()
    assert peak < 4 << 20, f"{peak:,} bytes held for 20 peers that never sent a SETUP"


def send_until_refused(sock: socket.socket, head: bytes, body: bytes) -> None:
    """Send ``head`` then ``body``, stopping where the server closes the socket."""
    with contextlib.suppress(OSError):
        sock.sendall(head)
        sock.sendall(memoryview(body))


def test_sockets_waiting_for_their_setup_share_a_budget() -> None:
    """Each socket that has not sent its SETUP counts as ``max_setup_frame`` bytes; past
    ``setup_budget`` (four of them here) the next one is closed at once, until one goes."""
    with serving(max_setup_frame=1024, setup_budget=4096) as listener:
        waiting = [tcp_open(listener) for _ in range(2)] + [ws_open(listener.ws_port or 0) for _ in range(2)]
        try:
            for sock in waiting[:2]:
                sock.sendall(b"\x00\x02\x00" + SETUP_HEADER)  # a SETUP begun, never finished
            wait_until(lambda: listener.awaiting_setup == 4, what="four sockets waiting for their SETUP")
            with tcp_open(listener) as extra:
                assert closed_within(extra, 5) == b""
            with ws_open(listener.ws_port or 0) as extra:
                closed_within(extra, 5)
            assert listener.awaiting_setup == 4
            reset(waiting.pop())
            wait_until(lambda: listener.awaiting_setup == 3, what="the socket that went let go of")
            assert_serving(listener)
        finally:
            for sock in waiting:
                sock.close()


def test_a_tls_peer_that_never_says_hello_is_let_go_at_the_setup_timeout() -> None:
    """The TLS handshake is bounded like the SETUP that follows it: a socket that sends nothing
    does not hold a thread for ever."""
    import ssl

    import trustme

    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    listener = Listener(Host(), ListenerOptions(tcp_port=0, tls=context, setup_timeout=0.5))
    listener.start()
    try:
        with tcp_open(listener) as silent:
            assert closed_within(silent, 20) == b""
        client_context = ssl.create_default_context()
        ca.configure_trust(client_context)
        with tcp_open(listener) as raw, client_context.wrap_socket(raw, server_hostname="127.0.0.1") as tls:
            assert tls.version() is not None  # a peer that does say hello is served
    finally:
        listener.stop()


def test_the_runtime_passes_its_listener_limits_on() -> None:
    """A runtime made with tighter limits applies them: its listener refuses what they refuse."""
    from elarian_server.runtime import Runtime

    limits = {"max_frame": 1 << 20, "setup_timeout": 2.0, "max_setup_frame": 4096, "setup_budget": 8192}
    with Runtime(tcp_port=0, **limits) as runtime:  # type: ignore[arg-type]
        options = runtime.listener.options
        assert {name: getattr(options, name) for name in limits} == limits
        with tcp_open(runtime.listener) as sock:
            sock.sendall((8000).to_bytes(3, "big") + SETUP_HEADER)  # over the 4 KiB first frame
            said = closed_within(sock, 5)
        [error] = [f.decode(frame) for frame in f.LengthPrefixedReader().feed(said)]
        assert isinstance(error, f.Error) and "exceeds the limit of 4096" in error.message


def test_stopping_closes_the_websockets_still_waiting_for_their_setup() -> None:
    """A peer that opened a WebSocket and sent nothing is closed by stop() (with 1001, going
    away), not left to its setup timeout of 30 s while the listener's loop is torn down."""
    with serving() as listener:
        sock = ws_open(listener.ws_port or 0)
        wait_until(lambda: listener.awaiting_setup == 1, what="the listener saw the socket")
    try:
        received = closed_within(sock, 10)
        assert received[:2] == b"\x88\x02" and received[2:4] == (1001).to_bytes(2, "big"), received
    finally:
        sock.close()


def test_a_runtime_that_cannot_listen_leaves_nothing_behind() -> None:
    """A port in use: start() raises BindError, and no thread or throwaway store is left."""
    from elarian_server.listeners import BindError
    from elarian_server.runtime import Runtime

    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    try:
        before = {t.name for t in threading.enumerate()}
        runtime = Runtime(ws_port=taken.getsockname()[1])
        scratch = runtime.store._scratch  # type: ignore[attr-defined]
        with pytest.raises(BindError):
            runtime.start()
        wait_until(
            lambda: (
                not [
                    t.name
                    for t in threading.enumerate()
                    if t.name.startswith("elarian") and t.name not in before
                ]
            ),
            what="the runtime's threads ended",
        )
        assert scratch is not None and not os.path.exists(scratch)
    finally:
        taken.close()


@pytest.mark.parametrize("transport", ["websocket", "tcp"])
def test_a_client_that_does_not_read_its_answers_holds_up_no_other_client(transport: str) -> None:
    """One client (on a WebSocket, or on TCP) pipelines 400 reads of a 60 KB state and never
    reads its socket; another client's reads and writes are answered meanwhile (the reader and
    the committer never wait for a peer), and the runtime drops the one that does not read
    once 16 MiB wait for it. The write bound is an hour here: nothing else could free them."""
    from dataclasses import replace

    from elarian_server.config import DEV_API_KEY, DEV_APP, DEV_ORG, dev_config
    from elarian_server.runtime import Runtime
    from elarian_sync._generated import app_socket_pb2 as A

    from .runtime_support import AppClient, metadata, number

    config = dev_config()
    config = replace(config, runtime=replace(config.runtime, write_timeout=3600.0))
    with Runtime(config, tcp_port=0) as runtime, AppClient(runtime.url) as good:
        big = good.create_customer(customer_number=number("+254700000901")).customer_id
        small = good.create_customer(customer_number=number("+254700000902")).customer_id
        assert good.update_customer_metadata(customer_id=big, updates={"blob": "x" * 60_000}).status
        bad = (
            ws_open(runtime.listener.ws_port or 0) if transport == "websocket" else tcp_open(runtime.listener)
        )
        try:
            bad.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            setup = f.encode(
                f.Setup(
                    keepalive_ms=60_000,
                    lifetime_ms=600_000,
                    metadata_mime="application/octet-stream",
                    data_mime="application/octet-stream",
                    data=metadata(DEV_ORG, DEV_APP, DEV_API_KEY, None, False, False),
                )
            )
            command = A.AppToServerCommand()
            command.get_customer_state.customer_id = big
            body = command.SerializeToString()
            frames = [setup] + [
                f.encode(f.RequestResponse(stream_id=2 * i + 1, data=body)) for i in range(400)
            ]
            if transport == "websocket":
                bad.sendall(b"".join(ws_frame_header(len(frame)) + frame for frame in frames))
            else:
                bad.sendall(b"".join(f.encode_length_prefixed(frame) for frame in frames))
            wait_until(
                lambda: len(runtime.listener.sessions) == 2, what="the client that does not read connected"
            )
            for i in range(20):  # answered while the other's answers pile up unread
                assert good.get_customer_state(customer_id=small, timeout=30).status
                assert good.update_customer_metadata(
                    customer_id=small, updates={"i": str(i)}, timeout=30
                ).status
            wait_until(
                lambda: len(runtime.listener.sessions) == 1, what="the client that does not read dropped"
            )
        finally:
            bad.close()


def _read_ws_frame(sock: socket.socket) -> f.Frame:
    """The next RSocket frame in a (server's, unmasked) binary WebSocket message."""

    def exact(n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = sock.recv(n - len(data))
            assert chunk, "the server closed the socket"
            data += chunk
        return data

    head = exact(2)
    length = head[1] & 0x7F
    if length == 126:
        length = struct.unpack("!H", exact(2))[0]
    elif length == 127:
        length = struct.unpack("!Q", exact(8))[0]
    return f.decode(exact(length))


def test_a_session_resumed_from_a_half_open_socket_stays_on_the_new_one() -> None:
    """A resumable session's socket goes silent while the runtime keeps sending on it (every
    20 ms, as notifications would); a new socket RESUMEs. The old socket is dropped, and once its
    handler has ended the session still lives on the new socket: a request the runtime sends
    then arrives there. (The old handler, ending late, used to detach the resumed session.)"""
    token = b"half-open"
    setup = dataclasses.replace(SETUP, resume_token=token)
    with serving() as listener:
        old = ws_open(listener.ws_port or 0)
        new = None
        resumed = threading.Event()
        sending = None
        try:
            frame = f.encode(setup)
            old.sendall(ws_frame_header(len(frame)) + frame)
            wait_until(lambda: len(listener.sessions) == 1, what="the session opened")
            session = listener.sessions[0]

            def keep_sending() -> None:  # on the old socket, which nobody reads, until resumed
                for _ in range(500):
                    if resumed.wait(0.02):
                        return
                    with contextlib.suppress(Exception):
                        session.request_async(b"n" * 100, 30)

            sending = threading.Thread(target=keep_sending)
            sending.start()
            new = ws_open(listener.ws_port or 0)
            new.settimeout(10)
            resume = f.encode(
                f.Resume(token=token, last_received_server_position=0, first_available_client_position=0)
            )
            new.sendall(ws_frame_header(len(resume)) + resume)
            assert isinstance(_read_ws_frame(new), f.ResumeOk)
            resumed.set()
            sending.join(10)
            closed_within(old, 10)  # dropped by the listener
            wait_until(lambda: listener.ended >= 1, what="the old socket's handler ended")
            assert session.attached
            session.request_async(b"after", 30)
            for _ in range(1000):  # what was resent first, then the new one
                seen = _read_ws_frame(new)
                if isinstance(seen, f.RequestResponse) and seen.data == b"after":
                    break
            else:
                raise AssertionError("the request sent after the resume never came")
        finally:
            resumed.set()
            if sending is not None:
                sending.join(10)
            old.close()
            if new is not None:
                new.close()


class SplitHost(Host):
    """Answers a quarter-turn of streams (1, 5, 9, ...) at once, on the thread that read the
    request (the event loop, for a WebSocket), and the others from threads of its own: each
    answer the request's data and ``size`` bytes more, so that a peer reading slowly fills the
    socket's buffers while both kinds of answer are being written."""

    def __init__(self, size: int) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.size = size
        self.answered = 0
        self._lock = threading.Lock()
        self.pool = ThreadPoolExecutor(2)

    def on_request(self, session: Session, stream_id: int, data: bytes, metadata: bytes | None) -> None:
        def answer() -> None:
            assert session.respond(stream_id, data + b"." * self.size)
            with self._lock:
                self.answered += 1

        if stream_id % 4 == 1:
            answer()
        else:
            self.pool.submit(answer)


def test_answers_written_on_the_loop_and_from_other_threads_reach_a_slow_reader_each_once() -> None:
    """Answers the loop writes itself (straight to the socket when nothing waits ahead of them)
    and answers other threads queue: 400 of 20 KB to a peer that reads nothing until all are
    written (8 MB: past the socket's buffers, so the later ones wait in the runtime for the
    peer), then reads them all: each stream's answer comes once, whole."""
    host = SplitHost(20_000)
    listener = Listener(host, ListenerOptions(setup_timeout=30))
    listener.start()
    sock = ws_open(listener.ws_port or 0, rcvbuf=65536)
    try:
        frames = [f.encode(SETUP)] + [
            f.encode(f.RequestResponse(stream_id=2 * i + 1, data=b"%d:" % i)) for i in range(400)
        ]
        sock.sendall(b"".join(ws_frame_header(len(frame)) + frame for frame in frames))
        wait_until(lambda: host.answered == 400, what="every request answered")
        got: dict[int, bytes] = {}
        for _ in range(400):
            frame = _read_ws_frame(sock)
            assert isinstance(frame, f.Payload) and frame.stream_id not in got
            got[frame.stream_id] = frame.data
        assert got == {2 * i + 1: b"%d:" % i + b"." * 20_000 for i in range(400)}
    finally:
        sock.close()
        listener.stop()
        host.pool.shutdown()


# -- a WebSocket handed to another listener ------------------------------------------------------------


class There(Host):
    """The other process's host: answers ``b"there:" + data``."""

    def on_request(self, session: Session, stream_id: int, data: bytes, metadata: bytes | None) -> None:
        session.respond(stream_id, b"there:" + data)


class HandsOff(Host):
    """Hands every WebSocket to ``other`` (as serve does to its worker, here in one process)."""

    def __init__(self, other: Listener) -> None:
        self.other = other
        self.firsts: list[object] = []
        self.taken = 0  # sockets handed over

    def hand_off_to(self, first: object) -> Any:
        self.firsts.append(first)

        def hand(fd: int, data: bytes) -> bool:
            self.other.adopt(socket.socket(fileno=os.dup(fd)), data)
            self.taken += 1
            return True

        return hand

    def hands_off(self) -> bool:
        return True


def test_a_websocket_handed_over_is_served_there_from_its_first_byte_and_said_hello_once() -> None:
    """The handshake, the SETUP and a request sent in one go: the first listener answers the
    handshake and reads the SETUP, then hands the socket over; the second replays what was read
    (the request behind the SETUP too), answers the request, and does not answer the handshake
    again."""
    other = Listener(There(), ListenerOptions(ws_port=None))
    other.start()
    other.start_adopting()
    front = Listener(HandsOff(other), ListenerOptions(setup_timeout=30))
    front.start()
    sock = socket.create_connection(("127.0.0.1", front.ws_port or 0), timeout=10)
    try:
        key = base64.b64encode(os.urandom(16)).decode()
        hello = (
            f"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
        ).encode()
        frames = [f.encode(SETUP), f.encode(f.RequestResponse(stream_id=1, data=b"ping"))]
        sock.sendall(hello + b"".join(ws_frame_header(len(frame)) + frame for frame in frames))
        got = b""
        while b"there:ping" not in got:
            chunk = sock.recv(65536)
            assert chunk, f"closed before the answer: {got!r}"
            got += chunk
        head, _, rest = got.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 101") and b"HTTP/1.1" not in rest  # one handshake answer
        assert front.host.taken == 1  # type: ignore[attr-defined]
        assert front.sessions == [] and len(other.sessions) == 1
        assert isinstance(front.host.firsts[0], f.Setup)  # type: ignore[attr-defined]
    finally:
        sock.close()
        front.stop()
        other.stop()


class MayHandOff(HandsOff):
    """Would hand sockets over, but says none may go now (serve before its worker is up)."""

    def hands_off(self) -> bool:
        return False


@pytest.mark.parametrize(("host", "kept"), [("plain", False), ("hands off", True), ("not now", False)])
def test_what_a_websocket_sends_before_its_first_frame_is_kept_only_where_it_may_be_handed_over(
    host: str, kept: bool
) -> None:
    """Up to 128 KiB of each socket's opening is kept for a replay in another process: only
    where the host may hand sockets over as the socket opens, not on every listener."""
    other = Listener(There(), ListenerOptions(ws_port=None))
    other.start()
    other.start_adopting()
    front = Listener(
        Host() if host == "plain" else HandsOff(other) if host == "hands off" else MayHandOff(other)
    )
    front.start()
    sock = socket.create_connection(("127.0.0.1", front.ws_port or 0), timeout=10)
    try:
        key = base64.b64encode(os.urandom(16)).decode()
        sock.sendall(
            f"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n".encode()
        )
        assert sock.recv(65536).startswith(b"HTTP/1.1 101")  # open, waiting for its first frame
        (conn,) = wait_until(lambda: list(front._ws_server.connections), what="the socket's connection")
        recorded = conn.recording
        assert (recorded is not None and bytes(recorded).startswith(b"GET / HTTP/1.1")) == kept
        assert kept or recorded is None
    finally:
        sock.close()
        front.stop()
        other.stop()
