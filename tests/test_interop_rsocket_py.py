"""Interop with an independent RSocket implementation: rsocket-py as the server.

rsocket-py (asyncio) serves WebSocket on 127.0.0.1 in a thread of its own; our
transport is the client. Everything goes through real sockets.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from elarian_sync.rsocket.connection import ConnectionRejectedError
from elarian_sync.rsocket.frames import ErrorCode
from elarian_sync.transport import ReconnectPolicy, Reply, SessionOptions, Transport

rsocket = pytest.importorskip("rsocket")
websockets = pytest.importorskip("websockets")

from rsocket.helpers import create_future  # noqa: E402
from rsocket.payload import Payload  # noqa: E402
from rsocket.request_handler import BaseRequestHandler  # noqa: E402
from rsocket.rsocket_server import RSocketServer  # noqa: E402
from rsocket.transports.websockets_transport import WebsocketsTransport  # noqa: E402


class PeerServer:
    """rsocket-py serving WebSocket, echoing requests and able to ask the client."""

    def __init__(self, fragment_size: int | None = None) -> None:
        self.fragment_size = fragment_size
        self.sessions: list[Any] = []
        self.received: list[tuple[bytes, bytes | None]] = []
        self.loop: asyncio.AbstractEventLoop | None = None
        self.port = 0
        self._ready = threading.Event()
        self._stop: asyncio.Future[None] | None = None
        self._thread = threading.Thread(target=lambda: asyncio.run(self._main()), daemon=True)

    async def _main(self) -> None:
        server = self

        class Handler(BaseRequestHandler):
            async def request_response(self, payload: Any) -> Any:
                server.received.append((bytes(payload.data), payload.metadata and bytes(payload.metadata)))
                return create_future(Payload(b"echo:" + bytes(payload.data), payload.metadata))

        async def endpoint(ws: Any) -> None:
            transport = WebsocketsTransport()
            session = RSocketServer(
                transport, handler_factory=Handler, fragment_size_bytes=self.fragment_size
            )
            self.sessions.append(session)
            await transport.handler(ws)

        self.loop = asyncio.get_running_loop()
        self._stop = self.loop.create_future()
        listener = await websockets.serve(endpoint, "127.0.0.1", 0, compression=None, close_timeout=1)
        self.port = listener.sockets[0].getsockname()[1]
        self._ready.set()
        await self._stop
        listener.close()
        # rsocket-py's connection handlers do not always end with their connection: bound the wait
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(listener.wait_closed(), 2)

    def start(self) -> None:
        self._thread.start()
        assert self._ready.wait(10)

    def stop(self) -> None:
        assert self.loop is not None and self._stop is not None
        self.loop.call_soon_threadsafe(self._stop.set_result, None)
        self._thread.join(10)

    def ask(self, data: bytes, timeout: float = 5) -> bytes:
        """A server-initiated request_response to the (latest) client."""

        async def request() -> Any:
            return await self.sessions[-1].request_response(Payload(data))

        assert self.loop is not None
        reply = asyncio.run_coroutine_threadsafe(request(), self.loop).result(timeout)
        return bytes(reply.data)


@pytest.fixture
def peer() -> Iterator[PeerServer]:
    server = PeerServer(fragment_size=64)
    server.start()
    yield server
    server.stop()


def _client(port: int, **options: Any) -> tuple[Transport, list[str], list[bytes]]:
    events: list[str] = []
    asked: list[bytes] = []

    def on_request(reply: Reply, data: bytes, metadata: bytes | None) -> None:
        asked.append(data)
        reply.send(b"ack:" + data)

    transport = Transport(
        f"ws://127.0.0.1:{port}",
        SessionOptions(setup_data=b"hello peer", **options),
        on_request=on_request,
        on_lifecycle=lambda name, error: events.append(name),
        reconnect=ReconnectPolicy(enabled=False),
        request_timeout=10,
    )
    return transport, events, asked


def test_request_response_with_an_independent_server(peer: PeerServer) -> None:
    transport, _, _ = _client(peer.port)
    transport.connect(timeout=10)
    try:
        assert transport.request(b"ping") == b"echo:ping"
        assert transport.request(b"with metadata", metadata=b'{"k":1}') == b"echo:with metadata"
        assert peer.received[-1] == (b"with metadata", b'{"k":1}')
        futures = [transport.request_async(b"%d" % i, bytes) for i in range(200)]
        assert [f.result(10) for f in futures] == [b"echo:%d" % i for i in range(200)]
    finally:
        transport.close()


def test_fragmented_payloads_both_ways(peer: PeerServer) -> None:
    transport, _, _ = _client(peer.port, mtu=64)
    transport.connect(timeout=10)
    try:
        for size in (0, 1, 57, 58, 200, 10_000, 300_000):
            data = bytes(i % 251 for i in range(size))
            metadata = b"m" * (size // 7) if size else None
            # we fragment to 64-byte frames; rsocket-py answers in 64-byte fragments too
            assert transport.request(data, metadata=metadata) == b"echo:" + data
            got_data, got_metadata = peer.received[-1]
            # rsocket-py's Payload shows "no metadata" as b"": compare after normalising that
            assert (got_data, got_metadata or None) == (data, metadata or None)
    finally:
        transport.close()


def test_server_initiated_requests(peer: PeerServer) -> None:
    transport, _, asked = _client(peer.port)
    transport.connect(timeout=10)
    try:
        assert peer.ask(b"reminder due") == b"ack:reminder due"
        long_question = b"q" * 5000  # arrives in 64-byte fragments, reassembled by us
        assert peer.ask(long_question) == b"ack:" + long_question
        assert asked == [b"reminder due", long_question]
    finally:
        transport.close()


def test_keepalive_holds_an_idle_session(peer: PeerServer) -> None:
    transport, events, _ = _client(peer.port, keepalive=0.1, lifetime=0.6)
    transport.connect(timeout=10)
    try:
        # The idle time is what is under test: 1.5 s, over twice the 0.6 s lifetime, in which only
        # keepalives cross; without them either side would have given the session up.
        time.sleep(1.5)
        assert transport.request(b"still there?") == b"echo:still there?"
        assert events.count("connected") == 1 and "error" not in events
    finally:
        transport.close()


def test_the_peer_refuses_resume_and_says_so(peer: PeerServer) -> None:
    transport, _, _ = _client(peer.port, resume=True)
    with pytest.raises(ConnectionRejectedError) as raised:
        transport.connect(timeout=10)
    assert raised.value.code == ErrorCode.UNSUPPORTED_SETUP
    assert "resume" in raised.value.message.lower()
