"""The listeners against peers that misbehave: raw sockets on 127.0.0.1, bytes written by hand.

A peer that has not sent its SETUP is nobody: it gets no more memory, time or log noise
than a SETUP needs. These tests speak below the SDK (a WebSocket handshake and frames
built here, or bytes on TCP) to send what no client would.
"""

from __future__ import annotations

import base64
import logging
import os
import socket
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from elarian_server.listeners import Listener, ListenerOptions
from elarian_sync.rsocket import frames as f
from elarian_sync.session import Session
from elarian_sync.transport import ReconnectPolicy, SessionOptions, Transport


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

    def _serve_ws(self, ws: Any) -> None:
        try:
            super()._serve_ws(ws)
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


def ws_open(port: int) -> socket.socket:
    """A WebSocket opened by hand: the handshake, answered 101, and nothing after it."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
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


def echo_client(url: str) -> Transport:
    return Transport(
        url,
        SessionOptions(setup_data=b"key"),
        on_request=lambda reply, data, metadata: None,
        reconnect=ReconnectPolicy(enabled=False),
        request_timeout=10,
    )


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
        client = echo_client(listener.ws_url)
        client.connect(timeout=10)
        try:
            assert client.request(b"still serving") == b"echo:still serving"
        finally:
            client.close()
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
