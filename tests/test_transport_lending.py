"""A blocking caller reads its own answer while the reader thread is parked (the transport's
"Lending the socket"), against the runtime's listener over real sockets on 127.0.0.1.

Each test makes the linger after a blocking request long (``_LINGER``), so that the next request
surely finds the reader parked and reads the socket itself, and the reader's longest sleep too, so
that what must happen at once is not done by the reader's next look; what a borrower must not
lose (the peer's requests, other threads' answers, keepalives, a close, a dropped socket) is then
checked on that path.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future
from typing import Any

import pytest

import elarian_sync.transport as transport_module
from elarian_server.listeners import Listener, ListenerOptions
from elarian_sync.errors import ConnectionLostError
from elarian_sync.session import Session
from elarian_sync.transport import Reply, Transport
from tests.netutil import Proxy
from tests.test_transport import Client, EchoHost
from tests.waiting import wait_until


@pytest.fixture(autouse=True)
def long_linger(monkeypatch: pytest.MonkeyPatch) -> None:
    """A linger the tests never see run out, and a reader that wakes only when told or when a
    deadline (a keepalive) is due: what the reader must do at once is not done by a late look."""
    monkeypatch.setattr(transport_module, "_LINGER", 60.0)
    monkeypatch.setattr(transport_module, "_LONGEST_SLEEP", 60.0)


@pytest.fixture
def server() -> Iterator[tuple[Listener, EchoHost]]:
    host = EchoHost()
    listener = Listener(host, ListenerOptions(resume_window=30))
    listener.start()
    yield listener, host
    listener.stop()


class ThreadsClient(Client):
    """Also notes which thread handed each of the peer's requests over."""

    def __init__(self, url: str, **options: Any) -> None:
        super().__init__(url, **options)
        self.threads: list[threading.Thread] = []

    def on_request(self, reply: Reply, data: bytes, metadata: bytes | None) -> None:
        self.threads.append(threading.current_thread())
        super().on_request(reply, data, metadata)


def parked(transport: Transport) -> None:
    """After a blocking request the reader parks: the next blocking request reads for itself."""
    assert transport.request(b"warm") == b"echo:warm"
    wait_until(lambda: transport._parked, what="the reader parked after a blocking request")


def held(host: EchoHost, data: bytes) -> tuple[Session, int]:
    """Wait until the host holds the request ``data``; its session and stream."""
    host.wait_for(lambda: any(d == data for _, _, d in host.held), f"{data!r} held")
    with host.lock:
        [(session, stream_id)] = [(s, i) for s, i, d in host.held if d == data]
        host.held = [h for h in host.held if h[2] != data]
    return session, stream_id


def in_background(fn: Any, *args: Any) -> Future[Any]:
    future: Future[Any] = Future()

    def run() -> None:
        try:
            future.set_result(fn(*args))
        except BaseException as exc:
            future.set_exception(exc)

    threading.Thread(target=run, daemon=True).start()
    return future


def test_the_caller_reads_its_answer_and_the_peers_requests_on_the_way(
    server: tuple[Listener, EchoHost],
) -> None:
    listener, host = server
    client = ThreadsClient(listener.ws_url)
    with client as transport:
        parked(transport)
        host.hold = True

        def server_side() -> bytes:
            session, stream_id = held(host, b"mine")
            ack = session.request(b"note", 5)  # taken by the caller that reads the socket
            session.respond(stream_id, b"echo:mine")
            return ack

        ack = in_background(server_side)
        assert transport.request(b"mine") == b"echo:mine"
        assert ack.result(5) == b"ack:note"
    assert client.threads == [threading.main_thread()]


def test_an_async_answer_awaited_when_the_caller_is_done_is_read_at_once(
    server: tuple[Listener, EchoHost],
) -> None:
    listener, host = server
    with Client(listener.ws_url) as transport:
        parked(transport)
        host.hold = True
        blocking = in_background(transport.request, b"blocking")
        session, stream_id = held(host, b"blocking")
        assert transport._borrowed
        later = transport.request_async(b"later", bytes, timeout=20)
        _, later_stream = held(host, b"later")
        session.respond(stream_id, b"echo:blocking")
        assert blocking.result(5) == b"echo:blocking"
        session.respond(later_stream, b"echo:later")
        # the reader takes the socket back for it: not after the 60 s linger
        assert later.result(5) == b"echo:later"


def test_an_async_request_while_the_reader_is_parked_is_read_at_once(
    server: tuple[Listener, EchoHost],
) -> None:
    listener, _ = server
    with Client(listener.ws_url) as transport:
        parked(transport)
        # due after the reader would wake by itself: only being parked wakes it
        assert transport.request_async(b"async", bytes, timeout=100).result(5) == b"echo:async"


def test_the_peers_request_after_a_burst_is_read_when_the_linger_ends(
    server: tuple[Listener, EchoHost], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transport_module, "_LINGER", 0.3)
    listener, _ = server
    client = ThreadsClient(listener.ws_url)
    with client as transport:
        parked(transport)
        [session] = listener.sessions
        assert session.request(b"note", 10) == b"ack:note"
    assert client.threads[0].name.startswith("elarian-sync-reader-")


def test_while_the_peers_requests_come_the_socket_is_not_kept_for_callers(
    server: tuple[Listener, EchoHost],
) -> None:
    """A notification must not wait for a linger to run out: after one came, blocking requests
    leave the reader reading, and the next notification is taken at once."""
    listener, _ = server
    client = ThreadsClient(listener.ws_url)
    with client as transport:
        [session] = listener.sessions
        assert session.request(b"first", 5) == b"ack:first"
        assert transport.request(b"between") == b"echo:between"
        assert not transport._parked
        assert session.request(b"second", 5) == b"ack:second"  # not after the 60 s linger
    assert all(t.name.startswith("elarian-sync-reader-") for t in client.threads)


def test_close_while_a_caller_reads_fails_its_request_and_closes_cleanly(
    server: tuple[Listener, EchoHost],
) -> None:
    listener, host = server
    client = Client(listener.ws_url)
    transport = client.transport
    transport.connect(timeout=5)
    parked(transport)
    host.hold = True
    blocking = in_background(lambda: transport.request(b"never", timeout=30))
    held(host, b"never")
    assert transport._borrowed
    transport.close()
    with pytest.raises(ConnectionLostError):
        blocking.result(5)
    host.wait_for(lambda: host.closed == 1, "the server saw the session end")
    assert client.events[-1] == "closed"
    assert not transport._borrowed


def test_keepalives_go_on_while_a_caller_reads(server: tuple[Listener, EchoHost]) -> None:
    listener, host = server
    client = Client(listener.ws_url, keepalive=0.1, lifetime=0.5)
    with client as transport:
        parked(transport)
        host.hold = True
        blocking = in_background(lambda: transport.request(b"long", timeout=20))
        session, stream_id = held(host, b"long")
        assert transport._borrowed
        # the answer waits until the server has heard the client 4 lifetimes on (its keepalives,
        # sent by the parked reader), and the session lives only if they go both ways
        since = time.monotonic()
        wait_until(lambda: session.conn._last_received > since + 2.0, what="keepalives for 2 s")
        assert transport._borrowed
        session.respond(stream_id, b"echo:long")
        assert blocking.result(5) == b"echo:long"
    assert "error" not in client.events
    assert host.opened == 1


def test_a_socket_dropped_under_a_reading_caller_resumes_and_answers(
    server: tuple[Listener, EchoHost],
) -> None:
    listener, host = server
    proxy = Proxy(listener.ws_port)  # type: ignore[arg-type]
    client = Client(f"ws://127.0.0.1:{proxy.port}", resume=True)
    try:
        with client as transport:
            parked(transport)
            host.hold = True
            blocking = in_background(lambda: transport.request(b"across", timeout=20))
            session, stream_id = held(host, b"across")
            assert transport._borrowed
            proxy.cut()
            client.wait_for_events(lambda events: events.count("connected") == 2)
            session.respond(stream_id, b"echo:across")
            assert blocking.result(10) == b"echo:across"
            assert host.opened == 1  # the same session, resumed
    finally:
        proxy.close()


def test_a_caller_interrupted_while_reading_gets_the_interrupt_and_the_client_goes_on(
    server: tuple[Listener, EchoHost],
) -> None:
    """Ctrl-C lands on the main thread, which may be reading for its answer: the interrupt
    reaches the caller, and the socket it was reading (perhaps a frame in part) is dropped, not
    read on by the reader; the client reconnects and serves the next request."""
    listener, host = server

    class Interrupting(Client):
        def on_request(self, reply: Reply, data: bytes, metadata: bytes | None) -> None:
            if data == b"interrupt":
                raise KeyboardInterrupt
            super().on_request(reply, data, metadata)

    client = Interrupting(listener.ws_url)
    with client as transport:
        parked(transport)
        host.hold = True

        def server_side() -> None:
            session, stream_id = held(host, b"mine")
            session.request_async(b"interrupt", 5)
            session.respond(stream_id, b"echo:mine")

        in_background(server_side)
        with pytest.raises(KeyboardInterrupt):
            transport.request(b"mine")
        client.wait_for_events(lambda events: events.count("connected") == 2)
        host.hold = False
        assert transport.request(b"after") == b"echo:after"
        assert not transport._borrowed
