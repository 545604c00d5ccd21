"""The client transport against the runtime's listener, over real sockets on 127.0.0.1."""

from __future__ import annotations

import http.server
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, wait
from typing import Any

import pytest

from elarian_server.listeners import Listener, ListenerOptions
from elarian_sync.errors import (
    ArgumentTypeError,
    ArgumentValueError,
    ConnectError,
    ConnectionLostError,
    RequestTimeoutError,
    ServerError,
)
from elarian_sync.rsocket import frames as f
from elarian_sync.rsocket.connection import ConnectionRejectedError
from elarian_sync.session import Session
from elarian_sync.transport import ReconnectPolicy, Reply, SessionOptions, TlsOptions, Transport
from tests.netutil import Proxy
from tests.waiting import HeldBackoff, wait_until


class EchoHost:
    """Answers b"echo:" + data; refuses the key b"bad key"; can hold answers back.
    ``wait_for(condition)`` waits until what it counts satisfies ``condition``."""

    def __init__(self) -> None:
        self.lock = threading.Condition()
        self.requests: list[bytes] = []
        self.cancelled = threading.Event()
        self.hold = False
        self.held: list[tuple[Session, int, bytes]] = []
        self.opened = 0
        self.attached = 0
        self.closed = 0

    def on_setup(self, session: Session, setup: f.Setup) -> str | None:
        if setup.data == b"bad key":
            return "unknown API key"
        with self.lock:
            self.opened += 1
        return None

    def on_request(self, session: Session, stream_id: int, data: bytes, metadata: bytes | None) -> None:
        with self.lock:
            self.requests.append(data)
            self.lock.notify_all()
            if data == b"slow":
                return  # never answered
            if self.hold:
                self.held.append((session, stream_id, data))
                return
        if data.startswith(b"fail"):
            session.respond_error(stream_id, "no such customer")
        else:
            session.respond(stream_id, b"echo:" + data)

    def on_attached(self, session: Session) -> None:
        with self.lock:
            self.attached += 1
            self.lock.notify_all()

    def on_closed(self, session: Session) -> None:
        with self.lock:
            self.closed += 1
            self.lock.notify_all()

    def wait_for(self, condition: Any, what: str, timeout: float = 10.0) -> None:
        with self.lock:
            assert self.lock.wait_for(condition, timeout), f"{what}: not within {timeout:g} s"

    def release(self) -> None:
        with self.lock:
            held, self.held, self.hold = self.held, [], False
        for session, stream_id, data in held:
            session.respond(stream_id, b"echo:" + data)


@pytest.fixture
def server() -> Iterator[tuple[Listener, EchoHost]]:
    host = EchoHost()
    listener = Listener(host, ListenerOptions(resume_window=30))
    listener.start()
    yield listener, host
    listener.stop()


class Client:
    """A transport plus what it saw: lifecycle events and requests from the server."""

    def __init__(self, url: str, *, setup: bytes = b"good key", **options: Any) -> None:
        self.events: list[str] = []
        self.changed = threading.Condition()
        self.notifications: list[bytes] = []
        reconnect = options.pop("reconnect", ReconnectPolicy(initial=0.05, maximum=0.2))
        tls = options.pop("tls", TlsOptions())
        backoff = options.pop("backoff_wait", threading.Event.wait)
        self.transport = Transport(
            url,
            SessionOptions(setup_data=setup, **options),
            on_request=self.on_request,
            on_lifecycle=self.on_lifecycle,
            reconnect=reconnect,
            tls=tls,
            request_timeout=5,
            backoff_wait=backoff,
        )

    def on_lifecycle(self, name: str, error: object) -> None:
        with self.changed:
            self.events.append(name)
            self.changed.notify_all()

    def wait_for_events(self, condition: Any, timeout: float = 10.0) -> None:
        """Wait until ``condition(events)`` holds."""
        with self.changed:
            assert self.changed.wait_for(lambda: condition(self.events), timeout), self.events

    def on_request(self, reply: Reply, data: bytes, metadata: bytes | None) -> None:
        self.notifications.append(data)
        threading.Thread(target=reply.send, args=(b"ack:" + data,)).start()

    def __enter__(self) -> Transport:
        self.transport.connect(timeout=5)
        return self.transport

    def __exit__(self, *exc: object) -> None:
        self.transport.close()


def test_request_response(server: tuple[Listener, EchoHost]) -> None:
    listener, host = server
    client = Client(listener.ws_url)
    with client as transport:
        assert transport.request(b"hello") == b"echo:hello"
        assert transport.request(b"x" * 100_000) == b"echo:" + b"x" * 100_000
        future = transport.request_async(b"later", lambda data: data.upper())
        assert future.result(5) == b"ECHO:LATER"
    assert client.events[:2] == ["connecting", "connected"]
    assert client.events[-1] == "closed"
    assert host.opened == 1


def test_many_threads_share_one_transport(server: tuple[Listener, EchoHost]) -> None:
    listener, _ = server
    results: dict[int, list[bytes]] = {}
    with Client(listener.ws_url) as transport:

        def worker(n: int) -> None:
            results[n] = [transport.request(b"%d-%d" % (n, i)) for i in range(50)]

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(16)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
    assert all(results[n] == [b"echo:%d-%d" % (n, i) for i in range(50)] for n in range(16))


def test_thousands_in_flight_from_one_thread(server: tuple[Listener, EchoHost]) -> None:
    listener, _ = server
    with Client(listener.ws_url) as transport:
        futures = [transport.request_async(b"%d" % i, bytes) for i in range(3000)]
        _done, not_done = wait(futures, timeout=30)
        assert not not_done
        assert [fut.result() for fut in futures] == [b"echo:%d" % i for i in range(3000)]


def test_server_initiated_requests_are_answered(server: tuple[Listener, EchoHost]) -> None:
    listener, _host = server
    client = Client(listener.ws_url)
    with client:
        [session] = listener.sessions
        answers = [session.request_async(b"reminder %d" % i, 5) for i in range(20)]
        assert [fut.result(5) for fut in answers] == [b"ack:reminder %d" % i for i in range(20)]
        assert session.request(b"blocking", 5) == b"ack:blocking"
    assert client.notifications[-1] == b"blocking"


def test_a_request_then_calls_back_once_with_the_answer_or_why_not(
    server: tuple[Listener, EchoHost],
) -> None:
    """The runtime's notifications go out with ``request_then``: the callback gets the answer,
    or the timeout, or the lost connection, each exactly once."""
    listener, _ = server
    calls: list[tuple[str, bytes | None, str | None]] = []
    called = threading.Condition()

    def then(name: str, data: bytes | None, error: Exception | None) -> None:
        with called:
            calls.append((name, data, type(error).__name__ if error is not None else None))
            called.notify_all()

    class Ignoring(Client):
        def on_request(self, reply: Reply, data: bytes, metadata: bytes | None) -> None:
            if data != b"ignored":
                super().on_request(reply, data, metadata)

    client = Ignoring(listener.ws_url)
    with client:
        [session] = listener.sessions
        session.request_then(b"answered", 5, lambda d, e: then("answered", d, e))
        session.request_then(b"ignored", 0.2, lambda d, e: then("late", d, e))
        session.request_then(b"ignored", 30, lambda d, e: then("lost", d, e))
        with called:
            assert called.wait_for(lambda: len(calls) == 2, 10), calls
    with called:
        assert called.wait_for(lambda: len(calls) == 3, 10), calls
    assert sorted(calls) == [
        ("answered", b"ack:answered", None),
        ("late", None, "RequestTimeoutError"),
        ("lost", None, "ConnectionLostError"),
    ]


def test_stream_error_fails_one_request(server: tuple[Listener, EchoHost]) -> None:
    listener, _ = server
    with Client(listener.ws_url) as transport:
        with pytest.raises(ServerError) as raised:
            transport.request(b"fail please")
        assert raised.value.code == f.ErrorCode.APPLICATION_ERROR
        assert raised.value.message == "no such customer"
        assert transport.request(b"after") == b"echo:after"


def test_request_timeout_cancels(server: tuple[Listener, EchoHost]) -> None:
    listener, _host = server
    with Client(listener.ws_url) as transport:
        started = time.monotonic()
        with pytest.raises(RequestTimeoutError, match=r"no reply within 0\.3 s"):
            transport.request(b"slow", timeout=0.3)
        assert 0.3 <= time.monotonic() - started < 2
        slow = transport.request_async(b"slow", bytes, timeout=0.3)
        with pytest.raises(RequestTimeoutError):
            slow.result(5)
        assert transport.in_flight == 0
        assert transport.request(b"still fine") == b"echo:still fine"


def test_rejected_setup_is_a_clear_error_and_not_retried(server: tuple[Listener, EchoHost]) -> None:
    listener, _host = server
    client = Client(listener.ws_url, setup=b"bad key")
    with pytest.raises(ConnectionRejectedError) as raised:
        client.transport.connect(timeout=5)
    assert raised.value.code == f.ErrorCode.REJECTED_SETUP
    assert raised.value.message == "unknown API key"
    with pytest.raises(ConnectionLostError):
        client.transport.request(b"x", timeout=0.2)
    # in the background too, the reader gives up by itself after the refusal: no retry
    background = Client(listener.ws_url, setup=b"bad key")
    background.transport.connect(wait=False)
    thread = background.transport._thread
    assert thread is not None
    thread.join(10)
    assert not thread.is_alive(), "the reader retried a refused SETUP"
    assert background.events == ["connecting", "error", "closed"]


def test_unreachable_server() -> None:
    client = Client("ws://127.0.0.1:9", reconnect=ReconnectPolicy(initial=0.05))
    started = time.monotonic()
    with pytest.raises(ConnectionLostError, match=r"could not connect to ws://127\.0\.0\.1:9"):
        client.transport.connect(timeout=5)
    assert time.monotonic() - started < 3
    with pytest.raises(ConnectionLostError):
        client.transport.request(b"x", timeout=0.1)


def test_not_connected_is_an_error_not_a_hang() -> None:
    client = Client("ws://127.0.0.1:9")
    with pytest.raises(ConnectionLostError, match="call connect"):
        client.transport.request(b"x")


def test_background_connect_retries_until_the_server_is_up() -> None:
    host = EchoHost()
    listener = Listener(host, ListenerOptions())
    listener.start()
    port = listener.ws_port
    listener.stop()
    client = Client(f"ws://127.0.0.1:{port}")
    client.transport.connect(wait=False)
    client.wait_for_events(lambda events: events.count("pending") >= 2)
    assert "error" in client.events
    listener = Listener(host, ListenerOptions(ws_port=port))
    listener.start()
    try:
        assert client.transport.request(b"finally", timeout=10) == b"echo:finally"
        assert "connected" in client.events
    finally:
        client.transport.close()
        listener.stop()


def test_close_is_idempotent_and_joins_the_thread(server: tuple[Listener, EchoHost]) -> None:
    listener, _ = server
    client = Client(listener.ws_url)
    client.transport.connect()
    thread = client.transport._thread
    assert thread is not None and thread.name.startswith("elarian-sync-reader-")
    client.transport.close()
    client.transport.close()
    assert not thread.is_alive()
    with pytest.raises(ConnectionLostError, match="closed"):
        client.transport.request(b"x")


@pytest.mark.parametrize("held", [False, True], ids=["policy-backoff", "held-backoff"])
def test_close_ends_a_reconnect_backoff_at_once(held: bool) -> None:
    """A client waiting a minute to reconnect closes at once, with the transport's own wait and
    with a test's ``backoff_wait``."""
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    options: dict[str, Any] = {"reconnect": ReconnectPolicy(initial=60, maximum=60, jitter=0)}
    backoff = HeldBackoff()
    if held:
        options["backoff_wait"] = backoff
    client = Client(f"ws://127.0.0.1:{port}", **options)
    client.transport.connect(wait=False)
    client.wait_for_events(lambda events: "pending" in events)  # the first attempt failed
    if held:
        assert backoff.entered.get(timeout=10) == 60
    thread = client.transport._thread
    assert thread is not None
    client.transport.close()  # joins the reader for at most 5 s: far less than the minute
    assert not thread.is_alive(), "close() left the reader waiting out its backoff"
    assert client.events.count("connecting") == 1 and client.events[-1] == "closed"


def test_keepalive_detects_a_silent_network(server: tuple[Listener, EchoHost]) -> None:
    listener, _ = server
    proxy = Proxy(listener.ws_port)  # type: ignore[arg-type]
    client = Client(f"ws://127.0.0.1:{proxy.port}", keepalive=0.2, lifetime=1.0)
    try:
        with client as transport:
            assert transport.request(b"a") == b"echo:a"
            proxy.freeze()
            client.wait_for_events(lambda events: "error" in events)
            proxy.thaw()
            proxy.cut()
            assert transport.request(b"b", timeout=10) == b"echo:b"
            assert client.events.count("connected") >= 2
    finally:
        proxy.close()


def _in_flight_then_cut(
    resume: bool, **options: Any
) -> tuple[list[Future[bytes]], EchoHost, Client, Proxy, Listener]:
    host = EchoHost()
    listener = Listener(host, ListenerOptions(resume_window=30))
    listener.start()
    proxy = Proxy(listener.ws_port)  # type: ignore[arg-type]
    client = Client(f"ws://127.0.0.1:{proxy.port}", resume=resume, **options)
    client.transport.connect(timeout=5)
    host.hold = True
    futures = [client.transport.request_async(b"%d" % i, bytes, timeout=20) for i in range(1000)]
    host.wait_for(lambda: len(host.held) == 1000, "1000 requests held")
    proxy.cut()
    return futures, host, client, proxy, listener


def test_resume_keeps_a_thousand_requests_in_flight() -> None:
    backoff = HeldBackoff()
    futures, host, client, proxy, listener = _in_flight_then_cut(resume=True, backoff_wait=backoff)
    try:
        backoff.entered.get(timeout=10)  # the client lost its socket; it comes back when we say
        wait_until(lambda: not listener.sessions[0].attached, what="the runtime saw the socket go")
        host.release()  # answers produced while the socket is down go to the resume buffer
        backoff.release()
        results = [fut.result(20) for fut in futures]
        assert results == [b"echo:%d" % i for i in range(1000)]
        assert len(host.requests) == 1000  # none was sent twice
        # the same session, on a second socket (the host hears of it after the resent answers went)
        wait_until(lambda: host.attached == 2, what="the host told of the session's second socket")
        assert host.opened == 1
        assert client.transport.request(b"after") == b"echo:after"
    finally:
        client.transport.close()
        proxy.close()
        listener.stop()


def test_without_resume_every_request_fails_and_none_hangs() -> None:
    futures, host, client, proxy, listener = _in_flight_then_cut(resume=False)
    try:
        _done, not_done = wait(futures, timeout=5)
        assert not not_done
        errors = [fut.exception() for fut in futures]
        assert all(isinstance(e, ConnectionLostError) for e in errors)
        host.hold = False
        assert client.transport.request(b"new session", timeout=10) == b"echo:new session"
        assert host.opened == 2
    finally:
        client.transport.close()
        proxy.close()
        listener.stop()


def test_rejected_resume_starts_a_fresh_session() -> None:
    host = EchoHost()
    listener = Listener(host, ListenerOptions(resume_window=0.2))
    listener.start()
    proxy = Proxy(listener.ws_port)  # type: ignore[arg-type]
    backoff = HeldBackoff()
    client = Client(f"ws://127.0.0.1:{proxy.port}", resume=True, backoff_wait=backoff)
    try:
        client.transport.connect(timeout=5)
        host.hold = True
        pending = client.transport.request_async(b"lost", bytes, timeout=20)
        host.wait_for(lambda: len(host.held) == 1, "the request held")
        proxy.cut()
        backoff.entered.get(timeout=10)  # the client lost its socket and waits to come back
        # the runtime forgets the session (resume window 0.2 s) before the client comes back
        host.wait_for(lambda: host.closed == 1, "the runtime forgot the session")
        backoff.release()
        with pytest.raises(ConnectionLostError, match="no session to resume"):
            pending.result(10)
        host.hold = False
        assert client.transport.request(b"fresh", timeout=10) == b"echo:fresh"
        assert host.opened == 2
    finally:
        client.transport.close()
        proxy.close()
        listener.stop()


def test_wss_with_a_private_ca(tmp_path: Any) -> None:
    import ssl

    import trustme

    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(context)
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    host = EchoHost()
    listener = Listener(host, ListenerOptions(ws_tls=context))
    listener.start()
    try:
        assert listener.ws_url.startswith("wss://")
        with Client(listener.ws_url, tls=TlsOptions(ca_file=str(ca_file))) as transport:
            assert transport.request(b"secure") == b"echo:secure"
        unverified = Client(listener.ws_url, reconnect=ReconnectPolicy(enabled=False))
        with pytest.raises(ConnectionLostError, match="CERTIFICATE_VERIFY_FAILED"):
            unverified.transport.connect(timeout=5)
        with Client(listener.ws_url, tls=TlsOptions(insecure=True)) as transport:
            assert transport.request(b"trusting") == b"echo:trusting"
    finally:
        listener.stop()


def test_close_ends_the_connection_promptly_for_the_server() -> None:
    """After close(), the server sees the TCP connection end at once (no close timeout to wait out)."""
    from websockets.sync.server import serve

    ended = threading.Event()

    def handler(ws: Any) -> None:
        try:
            for message in ws:  # answer SETUP's keepalive probe and nothing else
                if message[4] >> 2 == 0x03:
                    ws.send(message[:4] + b"\x0c\x00" + message[6:])
        except Exception:
            pass
        ended.set()

    server = serve(handler, "127.0.0.1", 0, compression=None, close_timeout=10)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        client = Client(f"ws://127.0.0.1:{server.socket.getsockname()[1]}")
        client.transport.connect(timeout=5)
        started = time.monotonic()
        client.transport.close()
        assert ended.wait(3), "the server still holds the connection"
        assert time.monotonic() - started < 2
    finally:
        server.shutdown()


def test_a_large_request_is_fragmented_and_one_too_large_is_refused_before_sending() -> None:
    host = EchoHost()
    # a server that takes no frame over 1 MiB: only fragments pass
    listener = Listener(host, ListenerOptions(max_frame=1024 * 1024))
    listener.start()
    try:
        with Client(listener.ws_url) as transport:
            others = [transport.request_async(b"%d" % i, bytes) for i in range(50)]
            big = b"x" * (5 * 1024 * 1024)  # goes out in 64 KiB fragments
            assert transport.request(big, timeout=30) == b"echo:" + big
            with pytest.raises(ArgumentValueError, match=r"17,825,792 bytes, more than the 16,777,216"):
                transport.request(b"y" * (17 * 1024 * 1024))
            with pytest.raises(ArgumentValueError, match="more than the"):
                transport.request_async(b"y" * (17 * 1024 * 1024), bytes)
            assert [f.result(10) for f in others] == [b"echo:%d" % i for i in range(50)]
            assert transport.request(b"after") == b"echo:after"
        assert host.opened == 1  # one socket throughout: nothing was too large for the server
        assert not any(r.startswith(b"y") for r in host.requests)  # the refused ones never left
    finally:
        listener.stop()


def test_an_oversized_request_is_refused_on_its_stream_and_the_others_go_on() -> None:
    host = EchoHost()
    listener = Listener(host, ListenerOptions(max_frame=64 * 1024))  # hard cap: 128 KiB
    listener.start()
    try:
        with Client(listener.ws_url, mtu=None) as transport:  # mtu=None: every request in one frame
            host.hold = True
            others = [transport.request_async(b"%d" % i, bytes) for i in range(20)]
            host.wait_for(lambda: len(host.held) == 20, "20 requests in flight")
            with pytest.raises(ServerError) as raised:
                transport.request(b"x" * 100_000)
            assert raised.value.code == f.ErrorCode.REJECTED
            assert "exceeds the limit of 65536 bytes" in raised.value.message
            host.release()
            assert [fut.result(10) for fut in others] == [b"echo:%d" % i for i in range(20)]
            assert transport.request(b"after") == b"echo:after"
            assert host.opened == 1  # the same socket throughout
            assert not any(r.startswith(b"x") for r in host.requests)  # never reached the host
            # past the hard cap the connection must go (WebSocket close 1009)
            with pytest.raises(ConnectionLostError):
                transport.request(b"z" * 200_000)
            assert transport.request(b"again", timeout=10) == b"echo:again"  # on a new session
        assert host.opened == 2
    finally:
        listener.stop()


def test_a_bad_timeout_is_an_argument_error(server: tuple[Listener, EchoHost]) -> None:
    listener, host = server
    with Client(listener.ws_url) as transport:
        for bad in (-1, 0, float("nan"), float("inf")):
            with pytest.raises(ArgumentValueError, match="timeout must be a positive number of seconds"):
                transport.request(b"never sent", timeout=bad)
        with pytest.raises(ArgumentTypeError, match="timeout must be a number of seconds, not str"):
            transport.request_async(b"never sent", bytes, timeout="1")  # type: ignore[arg-type]
    assert b"never sent" not in host.requests


def test_nothing_listening_is_a_connect_error_saying_what_to_do() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    threads = threading.active_count()
    client = Client(f"ws://127.0.0.1:{port}", reconnect=ReconnectPolicy(enabled=False))
    with pytest.raises(ConnectError) as raised:
        client.transport.connect(timeout=5)
    assert "connection refused" in str(raised.value)
    assert "elarian-sync serve" in str(raised.value) and "ELARIAN_URL" in str(raised.value)
    assert threading.active_count() == threads  # the failed connect left no thread behind


def test_an_http_server_is_named_without_its_page() -> None:
    page = b"<html><body>" + b"<p>not a websocket</p>" * 500 + b"</body></html>"

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(404)
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"ws://127.0.0.1:{httpd.server_address[1]}"
        client = Client(url, reconnect=ReconnectPolicy(enabled=False))
        with pytest.raises(ConnectError) as raised:
            client.transport.connect(timeout=5)
    finally:
        httpd.shutdown()
        httpd.server_close()
    message = str(raised.value)
    assert "answered HTTP 404 Not Found instead of opening a WebSocket" in message
    assert "<html>" not in message and "not a websocket" not in message
    assert len(message) < 400
