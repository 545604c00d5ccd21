"""Benchmark: request/response through our RSocket layer and transport, on 127.0.0.1, each
figure against a baseline measured in the same run.

Prints figures; asserts nothing. Every loop is bounded in count and in time. Run:
    .venv/bin/python bench/transport.py [--quick] [--no-profile]

Each server runs in its own process (client and server never share a GIL); the clients
run here, one configuration at a time. Every configuration runs once a round, in an
order that changes from round to round, so machine noise hits them alike; a figure is
the median of the rounds with min..max beside it, a ratio the median of per-round ratios.

Servers:
  sync echo          a plain `websockets` sync server sending each message back (baseline)
  minimal echo       the least an RSocket server can do (sync `websockets`): each
                     REQUEST_RESPONSE answered with a PAYLOAD of its data, on the socket thread
  listener echo      the runtime's Listener and session code with a host that answers on
                     the socket thread: no engine, no worker pool, no protobuf
  listener pool echo the same host answering from an 8-thread pool, as the runtime hands
                     commands to its workers (still no engine, no protobuf)
  rsocket-py server  rsocket-py's own (asyncio) server answering with the data (context)
Clients: raw websocket-client ping-pong (and 64 in flight from one thread); ours
(elarian_sync.transport.Transport), sequential, from 1/4/16/64 blocking threads and 64
futures from one thread; rsocket-py's asyncio client (its event loop on a thread of its
own here, idle between its rounds), sequential and 64 concurrent.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import io
import logging
import pstats
import statistics
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness as h  # bench/harness.py

PAYLOAD = b"x" * 100

MINIMAL_SERVER = """
import struct
from websockets.sync.server import serve
HEADER = struct.Struct(">IH")
def echo(ws):
    # the least an RSocket server can do: answer each REQUEST_RESPONSE and KEEPALIVE
    for message in ws:
        stream_id, type_flags = HEADER.unpack_from(message)
        if type_flags >> 10 == 0x04:
            ws.send(HEADER.pack(stream_id, (0x0A << 10) | 0x60) + message[6:])
        elif type_flags >> 10 == 0x03 and type_flags & 0x80:
            ws.send(HEADER.pack(0, 0x03 << 10) + message[6:])
with serve(echo, "127.0.0.1", 0, compression=None, ping_interval=None) as server:
    print(server.socket.getsockname()[1], flush=True)
    server.serve_forever()
"""

LISTENER_SERVER = """
import sys, threading
from concurrent.futures import ThreadPoolExecutor
sys.path.insert(0, %r)
from elarian_server.listeners import Listener, ListenerOptions
POOL = ThreadPoolExecutor(8) if sys.argv[1] == "pool" else None
class Echo:
    def on_setup(self, session, setup): return None
    def on_request(self, session, stream_id, data, metadata):
        if POOL is None:
            session.respond(stream_id, data)
        else:
            POOL.submit(session.respond, stream_id, data)
    def on_attached(self, session): pass
    def on_closed(self, session): pass
listener = Listener(Echo(), ListenerOptions())
listener.start()
print(listener.ws_port, flush=True)
threading.Event().wait()
""".replace("%r", repr(str(h.ROOT)))

RSOCKET_PY_SERVER = """
import asyncio, logging, websockets
from rsocket.helpers import create_future
from rsocket.payload import Payload
from rsocket.request_handler import BaseRequestHandler
from rsocket.rsocket_server import RSocketServer
from rsocket.transports.websockets_transport import WebsocketsTransport
for name in ("asyncio", "pyrsocket", "rsocket"):
    logging.getLogger(name).setLevel(logging.CRITICAL)
class Echo(BaseRequestHandler):
    async def request_response(self, payload):
        return create_future(Payload(payload.data))
async def endpoint(ws):
    transport = WebsocketsTransport()
    RSocketServer(transport, handler_factory=Echo)
    await transport.handler(ws)
async def main():
    async with websockets.serve(endpoint, "127.0.0.1", 0, compression=None) as server:
        print(server.sockets[0].getsockname()[1], flush=True)
        await asyncio.Future()
asyncio.run(main())
"""

GOALS = {
    "seq": 1.3,  # sequential p50, ours -> listener echo over raw ping-pong: at most
    "piped": 0.8,  # requests/s with 64 in flight (or 16/64 threads), over raw 64 in flight: at least
    "peer_seq": 2.0,  # sequential requests/s, ours over rsocket-py, same listener: at least
    "peer_64": 1.0,  # 64 in flight, ours (futures) over rsocket-py (64 concurrent): at least
}


def line(name: str, *cells: str) -> None:
    print(f"  {name:52s} " + "   ".join(cells))


def our_client(url: str) -> Any:
    from elarian_sync.transport import SessionOptions, Transport

    transport = Transport(url, SessionOptions(setup_data=b"bench"), on_request=lambda *a: None)
    transport.connect()
    return transport


class PeerClient:
    """rsocket-py's client, connected once, its event loop running on a thread of its own;
    a round is a coroutine handed to that loop (the loop is idle between rounds)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="rsocket-py", daemon=True)
        self.thread.start()
        self.ready: Future[Any] = Future()
        self.closing: asyncio.Event | None = None
        self.main = asyncio.run_coroutine_threadsafe(self._main(), self.loop)
        self.client = self.ready.result(timeout=30)

    async def _main(self) -> None:
        import websockets
        from rsocket.helpers import single_transport_provider
        from rsocket.rsocket_client import RSocketClient
        from rsocket.transports.websockets_transport import WebsocketsTransport

        self.closing = asyncio.Event()
        try:
            async with websockets.connect(self.url, compression=None, max_size=None) as ws:
                transport = WebsocketsTransport()
                handler = asyncio.create_task(transport.handler(ws))
                async with RSocketClient(single_transport_provider(transport)) as client:
                    self.ready.set_result(client)
                    await self.closing.wait()
                handler.cancel()
        except BaseException as exc:
            if not self.ready.done():
                self.ready.set_exception(exc)
            raise

    def _run(self, coro: Any, timeout: float = 300) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def sequential(self, n: int) -> list[float]:
        from rsocket.payload import Payload

        async def go() -> list[float]:
            lat = []
            for _ in range(n):
                start = time.perf_counter_ns()
                await self.client.request_response(Payload(PAYLOAD))
                lat.append((time.perf_counter_ns() - start) / 1000)
            return lat

        result: list[float] = self._run(go())
        return result

    def concurrent(self, n: int, window: int = 64) -> None:
        from rsocket.payload import Payload

        async def go() -> None:
            sem = asyncio.Semaphore(window)

            async def one() -> None:
                async with sem:
                    await self.client.request_response(Payload(PAYLOAD))

            await asyncio.gather(*(one() for _ in range(n)))

        self._run(go())

    def close(self) -> None:
        if self.closing is not None:
            self.loop.call_soon_threadsafe(self.closing.set)
        try:
            self.main.result(10)
        except BaseException as exc:  # a connection rsocket-py closes noisily is still closed
            logging.getLogger("bench").debug("rsocket-py client closed: %s", exc)

        async def finish() -> None:  # rsocket-py leaves its reader and writer tasks behind
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        with contextlib.suppress(Exception):
            self._run(finish(), 10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        if not self.thread.is_alive():
            self.loop.close()


def rsocket_py_available() -> str | None:
    """None if rsocket-py can be imported, else why not."""
    try:
        import rsocket.rsocket_client
        import rsocket.transports.websockets_transport  # noqa: F401
    except ImportError as exc:
        return str(exc)
    for name in ("asyncio", "pyrsocket", "rsocket"):  # it logs the end of every connection as an error
        logging.getLogger(name).setLevel(logging.CRITICAL)
    return None


def raw_pipelined(ws: Any, n: int, window: int = 64) -> None:
    for _ in range(window):
        ws.send_bytes(PAYLOAD)
    for _ in range(n - window):
        ws.recv_data()
        ws.send_bytes(PAYLOAD)
    for _ in range(window):
        ws.recv_data()


def threads_blocking(transport: Any, n: int, threads: int) -> None:
    """``n`` requests (a multiple of ``threads``) from ``threads`` threads, each blocking."""
    per_thread = n // threads

    def worker() -> None:
        for _ in range(per_thread):
            transport.request(PAYLOAD)

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()


def futures_in_flight(transport: Any, n: int, window: int = 64) -> None:
    in_flight: list[Future[bytes]] = []
    for _ in range(n):
        if len(in_flight) == window:
            in_flight.pop(0).result()
        in_flight.append(transport.request_async(PAYLOAD, bytes))
    for fut in in_flight:
        fut.result()


def profile_client(transport: Any, count: int) -> list[str]:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(count):
        transport.request(PAYLOAD)
    profiler.disable()
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(8)
    lines = [line for line in text.getvalue().splitlines() if line.strip()][-9:]
    head = f"\nprofile of {count} sequential requests, ours -> listener echo (cProfile, by own time):"
    return [head] + ["    " + text_line[:120] for text_line in lines]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer requests and rounds (~1 min)")
    parser.add_argument("--rounds", type=int, help="rounds (default 9; --quick 7)")
    parser.add_argument("--no-profile", action="store_true")
    args = parser.parse_args()
    rounds = args.rounds or (7 if args.quick else 9)
    n_seq = 1500 if args.quick else 4000  # sequential requests per configuration a round
    n_thr = 6016 if args.quick else 20_032  # per throughput configuration a round (64 | n)

    h.header("elarian-sync transport benchmark (127.0.0.1, each server in its own process)")
    print(
        f"  {len(PAYLOAD)}-byte payloads, {rounds} rounds; a round: {n_seq} sequential requests, "
        f"{n_thr} for each throughput figure"
    )
    missing = rsocket_py_available()
    if missing:
        print(f"  rsocket-py is not importable ({missing}): its rows are skipped")
    codes = {
        "sync echo": (h.SYNC_ECHO, ()),
        "minimal echo": (MINIMAL_SERVER, ()),
        "listener echo": (LISTENER_SERVER, ("socket",)),
        "listener pool echo": (LISTENER_SERVER, ("pool",)),
    }
    if not missing:
        codes["rsocket-py server"] = (RSOCKET_PY_SERVER, ())
    servers: dict[str, h.Proc] = {}
    closers: list[Callable[[], object]] = []
    profile: list[str] = []
    try:
        for name, (code, argv) in codes.items():
            servers[name] = h.Proc(code, *argv)
        raw = h.open_socket(servers["sync echo"].url, None)
        closers.append(raw.close)
        ours = {name: our_client(servers[name].url) for name in servers if name != "sync echo"}
        closers.extend(t.close for t in ours.values())
        peers: dict[str, PeerClient] = {}
        if not missing:
            for name in ("listener echo", "rsocket-py server"):
                peers[name] = PeerClient(servers[name].url)
                closers.append(peers[name].close)

        # name -> a sequential round (latencies in us)
        seq: dict[str, Callable[[], list[float]]] = {
            "raw ping-pong -> sync echo": lambda: h.timed(
                lambda: (raw.send_bytes(PAYLOAD), raw.recv_data()), n_seq
            )[0],
        }
        for name, transport in ours.items():
            seq[f"ours -> {name}"] = lambda t=transport: h.timed(lambda: t.request(PAYLOAD), n_seq)[0]
        for name, peer in peers.items():
            seq[f"rsocket-py -> {name}"] = lambda p=peer: p.sequential(n_seq)
        # name -> a throughput round (returns nothing; timed around)
        listener = ours["listener echo"]
        thr: dict[str, Callable[[], object]] = {
            "raw, 64 in flight from one thread": lambda: raw_pipelined(raw, n_thr),
            "ours, 1 thread blocking": lambda: threads_blocking(listener, n_thr, 1),
            "ours, 4 threads blocking": lambda: threads_blocking(listener, n_thr, 4),
            "ours, 16 threads blocking": lambda: threads_blocking(listener, n_thr, 16),
            "ours, 64 threads blocking": lambda: threads_blocking(listener, n_thr, 64),
            "ours, 64 futures from one thread": lambda: futures_in_flight(listener, n_thr),
        }
        if peers:
            thr["rsocket-py, 64 concurrent"] = lambda: peers["listener echo"].concurrent(n_thr)

        for fn in seq.values():  # warm up
            fn()
        p50: dict[str, list[float]] = {name: [] for name in seq}
        p99: dict[str, list[float]] = {name: [] for name in seq}
        seq_rate: dict[str, list[float]] = {name: [] for name in seq}
        cpu: dict[str, list[float]] = {name: [] for name in seq}
        rate: dict[str, list[float]] = {name: [] for name in thr}
        jobs = [("seq", name) for name in seq] + [("thr", name) for name in thr]
        for order in h.orders(jobs, rounds):
            for kind, name in order:
                if kind == "seq":
                    cpu0 = time.process_time()
                    lat = seq[name]()
                    cpu[name].append((time.process_time() - cpu0) / len(lat) * 1e6)
                    p50[name].append(statistics.median(lat))
                    p99[name].append(h.percentile(lat, 99))
                    seq_rate[name].append(len(lat) / (sum(lat) / 1e6))
                else:
                    start = time.perf_counter()
                    thr[name]()
                    rate[name].append(n_thr / (time.perf_counter() - start))
        if not args.no_profile:
            profile = profile_client(listener, min(n_seq, 3000))
    finally:
        for close in closers:
            try:
                close()
            except Exception as exc:  # closing what may already be gone
                print(f"  (closing a client: {exc})")
        for server in servers.values():
            server.stop()

    print("\nsequential round trips (one at a time)")
    print(f"  {'':52s} {'p50 us':>16s}   {'p99 us':>18s}   {'requests/s':>22s}   client CPU/request")
    for name in seq:
        line(
            name,
            f"{h.spread(p50[name]):>16s}",
            f"{h.spread(p99[name]):>18s}",
            f"{h.spread(seq_rate[name]):>22s}",
            f"{h.spread(cpu[name])} us",
        )
    print("\nthroughput against the listener echo (raw: against the sync echo)")
    for name in thr:
        line(name, f"{h.spread(rate[name])} requests/s")

    def ratio(name: str, values: list[float], goal: str) -> None:
        line(name, f"{h.spread(values, '{:.2f}')}x", goal)

    raw_seq = "raw ping-pong -> sync echo"
    raw_thr = "raw, 64 in flight from one thread"
    print("\nratios, per round (same run); goals in brackets")
    ratio(
        "p50: ours -> listener echo / raw ping-pong",
        h.ratios(p50["ours -> listener echo"], p50[raw_seq]),
        f"[<= {GOALS['seq']}]",
    )
    ratio(
        "p50: ours -> listener pool echo / raw ping-pong",
        h.ratios(p50["ours -> listener pool echo"], p50[raw_seq]),
        "(the hand-off to a pool, as in the runtime)",
    )
    ratio(
        "p50: ours -> minimal echo / raw ping-pong",
        h.ratios(p50["ours -> minimal echo"], p50[raw_seq]),
        "(our client's share)",
    )
    for name in thr:
        if name.startswith("ours"):
            ratio(f"{name} / raw 64 in flight", h.ratios(rate[name], rate[raw_thr]), f"[>= {GOALS['piped']}]")
    if peers:
        ratio(
            "sequential req/s: ours / rsocket-py, listener",
            h.ratios(seq_rate["ours -> listener echo"], seq_rate["rsocket-py -> listener echo"]),
            f"[>= {GOALS['peer_seq']}]",
        )
        ratio(
            "ours 64 futures / rsocket-py 64 concurrent",
            h.ratios(rate["ours, 64 futures from one thread"], rate["rsocket-py, 64 concurrent"]),
            f"[>= {GOALS['peer_64']}]",
        )
        ratio(
            "sequential req/s on rsocket-py's server: ours/it",
            h.ratios(seq_rate["ours -> rsocket-py server"], seq_rate["rsocket-py -> rsocket-py server"]),
            "(both bound by that server)",
        )

    def share(name: str, top: str, bottom: str | None) -> None:
        values = p50[top] if bottom is None else [a - b for a, b in zip(p50[top], p50[bottom], strict=True)]
        line(name, f"{h.spread(values, '{:.1f}')} us")

    print("\nwhere a sequential round trip's time goes (per-round differences of p50s)")
    share("the WebSocket round trip itself (raw)", raw_seq, None)
    share("our client (ours -> minimal echo, minus raw)", "ours -> minimal echo", raw_seq)
    share(
        "our server (ours -> listener echo, minus minimal)", "ours -> listener echo", "ours -> minimal echo"
    )
    share(
        "a pool's hand-off (listener pool echo, minus echo)",
        "ours -> listener pool echo",
        "ours -> listener echo",
    )
    for text_line in profile:
        print(text_line)


if __name__ == "__main__":
    main()
