"""Our client transport against RSocket servers we did not write (npm rsocket-js; Node runs them).

``tests/js_peer/server.js`` serves request/response over WebSocket with rsocket-core and
rsocket-websocket-server at 0.0.27 and at 1.0.0-alpha.3 (the latter also with its resume support
on), and reports, per WebSocket connection, the close code the ws library saw. Against each
version these tests prove that ``Transport`` round-trips requests, keeps 200 concurrent requests
apart, raises ``ServerError`` for an application error, fails a timed-out ``request_async`` on its
deadline, and ends every connection with a WebSocket closing handshake (never a bare TCP close,
code 1006); and, with resume on, that a blocking ``request()`` cut off by a dropped connection
either gets its answer or raises an ``ElarianError``. Our own runtime shares the client's frame
code and its assumptions, so a peer we did not write is what catches what it would hide.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from queue import Queue
from typing import Any

import pytest

from elarian_sync.errors import ElarianError, RequestTimeoutError, ServerError
from elarian_sync.rsocket.frames import ErrorCode
from elarian_sync.transport import ReconnectPolicy, Reply, SessionOptions, Transport
from tests.netutil import Proxy

PEER = Path(__file__).parent / "js_peer"
VERSIONS = {"0": "0.0.27", "1": "1.0.0-alpha.3"}
CLEAN_CLOSE = (1000, 1005)  # the client's close frame reached the peer (1005: a frame without a code)


def _node_peer() -> None:
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.fail("Node.js and npm are needed for this test (the project's machine has them)")
    wanted = json.loads((PEER / "package.json").read_text())["dependencies"]
    if not all((PEER / "node_modules" / name).exists() for name in wanted):
        subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=PEER, check=True, timeout=300
        )


class Peer:
    """``server.js`` in a subprocess, and every JSON line it printed."""

    def __init__(self, version: str, *options: str) -> None:
        self.version = version
        self.process = subprocess.Popen(
            ["node", "server.js", version, "0", *options],
            cwd=PEER,
            stdin=subprocess.PIPE,  # the peer exits when this closes, even if the test dies
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.records: list[dict[str, Any]] = []
        self.stderr: list[str] = []
        self._changed = threading.Condition()
        threading.Thread(target=self._read, name="js-peer-stdout", daemon=True).start()
        threading.Thread(target=self._read_stderr, name="js-peer-stderr", daemon=True).start()
        if not self.wait_for(lambda: any("listening" in r for r in self.records), 30):
            self.stop()
            pytest.fail(f"the rsocket-js {VERSIONS[version]} peer did not start: {''.join(self.stderr)}")
        listening = next(r for r in self.records if "listening" in r)
        assert listening["version"] == VERSIONS[version]
        self.port = int(listening["listening"])
        self.url = f"ws://127.0.0.1:{self.port}"

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self._changed:
                self.records.append(json.loads(line))
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def _read_stderr(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.stderr.append(line)

    def wait_for(self, condition: Callable[[], bool], timeout: float) -> bool:
        """Wait (at most ``timeout`` s) until ``condition()`` holds over what the peer printed."""
        with self._changed:
            self._changed.wait_for(lambda: condition() or self.process.poll() is not None, timeout)
            return condition()

    def of(self, key: str) -> list[Any]:
        with self._changed:
            return [r[key] for r in self.records if key in r]

    def stop(self) -> None:
        """Stop the peer; fail if it had died on its own (a crash of the peer, not of our client)."""
        died = self.process.poll()
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if died is not None:
            raise AssertionError(f"the rsocket-js peer exited by itself ({died}): {''.join(self.stderr)}")


@pytest.fixture(params=sorted(VERSIONS), ids=[f"rsocket-js-{VERSIONS[v]}" for v in sorted(VERSIONS)])
def peer(request: pytest.FixtureRequest) -> Iterator[Peer]:
    _node_peer()
    running = Peer(request.param)
    try:
        yield running
    finally:
        running.stop()


def _refuse(reply: Reply, data: bytes, metadata: bytes | None) -> None:
    reply.error("this client serves no requests")  # the peers never ask


def _transport(url: str, **options: Any) -> Transport:
    return Transport(
        url,
        SessionOptions(setup_data=b"interop", **options),
        on_request=_refuse,
        reconnect=ReconnectPolicy(initial=0.05, maximum=0.2),
        request_timeout=5,
    )


@contextmanager
def _connected(url: str, **options: Any) -> Iterator[Transport]:
    transport = _transport(url, **options)
    transport.connect(timeout=5)
    try:
        yield transport
    finally:
        transport.close()


def _same(data: bytes) -> bytes:
    return data


def test_request_response_round_trip(peer: Peer) -> None:
    with _connected(peer.url) as transport:
        assert transport.request(b"hello") == b"echo:hello"
        assert transport.request(b"x" * 100_000) == b"echo:" + b"x" * 100_000
        assert transport.request_async(b"later", lambda data: data.upper()).result(5) == b"ECHO:LATER"
    assert peer.wait_for(lambda: peer.of("first") == ["SETUP"], 5), peer.of("first")


def test_two_hundred_requests_in_flight_from_threads_are_each_answered_once(peer: Peer) -> None:
    threads, per_thread = 8, 25
    futures: dict[bytes, Future[bytes]] = {}
    lock = threading.Lock()
    start = threading.Barrier(threads)
    with _connected(peer.url) as transport:

        def worker(n: int) -> None:
            start.wait(10)
            for i in range(per_thread):
                data = b"%d-%d" % (n, i)
                future = transport.request_async(data, _same, timeout=10)
                with lock:
                    futures[data] = future

        workers = [threading.Thread(target=worker, args=(n,)) for n in range(threads)]
        for t in workers:
            t.start()
        for t in workers:
            t.join(30)
        assert len(futures) == threads * per_thread
        answers = {data: future.result(10) for data, future in futures.items()}
        assert answers == {data: b"echo:" + data for data in futures}
        assert transport.in_flight == 0
        assert transport.request(b"after") == b"echo:after"


def test_an_application_error_raises_server_error(peer: Peer) -> None:
    with _connected(peer.url) as transport:
        with pytest.raises(ServerError) as info:
            transport.request(b"fail: no such customer")
        assert info.value.code == ErrorCode.APPLICATION_ERROR
        assert info.value.message == "failed: fail: no such customer"
        future = transport.request_async(b"fail again", _same)
        with pytest.raises(ServerError):
            future.result(5)
        assert transport.request(b"still here") == b"echo:still here"  # the session goes on


Stamp = tuple[float, float, BaseException | None]  # called at, settled at, its exception


def _stamp(done: Queue[Stamp], called: float) -> Callable[[Future[bytes]], None]:
    """A done-callback that records when the Future settled, and how."""

    def record(future: Future[bytes]) -> None:
        done.put((called, time.monotonic(), future.exception()))

    return record


def test_a_timed_out_request_async_fails_on_its_deadline(peer: Peer) -> None:
    """A "slow" request is never answered: its Future fails with RequestTimeoutError at call
    time + timeout, never before. The reader's next keepalive is a minute away, so a reader that
    slept past a deadline would fail it a minute late; "on its deadline" is checked against
    that, in seconds (how late a thread runs on a loaded machine is not what this tests). The
    requests are staggered, so a deadline checked on a coarse tick would be late for some."""
    timeout, count = 0.2, 5
    done: Queue[Stamp] = Queue()
    with _connected(peer.url, keepalive=60.0, lifetime=180.0) as transport:
        for _ in range(count):
            called = time.monotonic()
            future = transport.request_async(b"slow", _same, timeout=timeout)
            future.add_done_callback(_stamp(done, called))
            time.sleep(0.03)  # the stagger: deadlines 30 ms apart
        outcomes = [done.get(timeout=30) for _ in range(count)]
        assert transport.request(b"after") == b"echo:after"
    for _, _, error in outcomes:
        assert isinstance(error, RequestTimeoutError), repr(error)
    lateness = sorted(finished - (called + timeout) for called, finished, _ in outcomes)
    shown = ", ".join(f"{late * 1000:.0f} ms" for late in lateness)
    assert lateness[0] > -0.005, f"a {timeout:g} s timeout fired before its deadline: {shown}"
    assert lateness[-1] < 10, f"a {timeout:g} s request_async timeout waited for a keepalive: {shown}"


@pytest.mark.parametrize("in_flight", [0, 20], ids=["idle", "requests-in-flight"])
def test_every_close_is_a_websocket_closing_handshake(peer: Peer, in_flight: int) -> None:
    """50 connect / request / close cycles (with ``in_flight`` requests still unanswered at
    ``close()``): the peer must see a close frame from the client on every connection, never a
    bare end of TCP (1006), which a server logs as an abnormal closure."""
    cycles = 50
    leftovers: list[Future[bytes]] = []
    for _ in range(cycles):
        with _connected(peer.url) as transport:
            assert transport.request(b"ping") == b"echo:ping"
            leftovers += [transport.request_async(b"bye-%d" % k, _same, timeout=5) for k in range(in_flight)]
    assert peer.wait_for(lambda: len(peer.of("closed")) >= cycles, 30), (
        f"the peer saw {len(peer.of('closed'))} of {cycles} connections end"
    )
    codes = peer.of("closed")
    unclean = [code for code in codes if code not in CLEAN_CLOSE]
    assert not unclean, (
        f"{len(unclean)} of {len(codes)} connections ended without a WebSocket closing handshake: the "
        f"peer read no close frame from the client (close codes seen: {dict(Counter(codes))}; "
        f"1006 = the TCP connection ended or was reset first)"
    )
    for future in leftovers:  # close() settles what was in flight, one way or the other
        assert future.done()
        error = future.exception()
        assert error is None or isinstance(error, ElarianError), repr(error)


def test_blocking_requests_through_a_dropped_connection_with_resume() -> None:
    """rsocket-js 1.0.0-alpha.3 with resume on, behind a proxy cut 16 times while six threads keep
    blocking requests going: each ``request()`` returns its own answer or raises an ElarianError,
    never anything else, and the session resumes (RESUME, not a new SETUP) and goes on."""
    _node_peer()
    peer = Peer("1", "--resume", "--session-timeout=30000")
    proxy = Proxy(peer.port)
    transport = _transport(f"ws://127.0.0.1:{proxy.port}", resume=True, keepalive=0.5)
    lock = threading.Condition()  # notified as requests are answered
    outcomes: Counter[str] = Counter()
    strays: list[str] = []
    wrong: list[tuple[bytes, bytes]] = []
    stop = threading.Event()

    def worker(n: int) -> None:
        for i in range(20_000):
            if stop.is_set():
                return
            data = b"%d-%d" % (n, i)
            try:
                answer = transport.request(data, timeout=5)
            except ElarianError as exc:
                with lock:
                    outcomes[type(exc).__name__] += 1
            except Exception:
                with lock:
                    outcomes["not an ElarianError"] += 1
                    strays.append(traceback.format_exc())
            else:
                with lock:
                    outcomes["answered"] += 1
                    lock.notify_all()
                    if answer != b"echo:" + data:
                        wrong.append((data, answer))

    def served(more: int) -> None:
        """Wait until ``more`` further requests were answered: the session is up and serving."""
        with lock:
            target = outcomes["answered"] + more
            assert lock.wait_for(lambda: outcomes["answered"] >= target, 15), (
                f"no {more} answers within 15 s: {dict(outcomes)}"
            )

    try:
        transport.connect(timeout=5)
        workers = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
        for t in workers:
            t.start()
        for cut in range(16):
            # between cuts, 0 to 30 answers: some cuts hit a session busy with requests, some
            # one still resuming from the cut before
            served(cut % 4 * 10)
            proxy.cut()
        served(30)  # after the last cut too, the session came back and serves
        stop.set()
        for t in workers:
            t.join(15)
        assert not any(t.is_alive() for t in workers), "a request() call did not return"
        assert not strays, (
            f"request() raised {len(strays)} exceptions that are not ElarianError ({dict(outcomes)}); "
            f"the first:\n{strays[0]}"
        )
        assert transport.request(b"after", timeout=10) == b"echo:after"
        assert not wrong, f"answers to other requests: {wrong[:5]}"
        assert outcomes["answered"] > 0, dict(outcomes)
        firsts = peer.of("first")
        assert firsts[0] == "SETUP" and "RESUME" in firsts, firsts
        assert firsts.count("SETUP") == 1, f"the session was not resumed but set up again: {firsts}"
    finally:
        stop.set()
        transport.close()
        proxy.close()
        peer.stop()
