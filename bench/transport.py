"""Benchmark: request/response through the RSocket layer and transport, on 127.0.0.1.

Prints figures; asserts nothing. Every loop is bounded in count. Run:
    .venv/bin/python bench/transport.py [--quick]

In one run, each against a server in its own process (client and server never
share a GIL):
  (a) raw: websocket-client send/recv ping-pong against a `websockets` echo server,
      sequential and pipelined (64 in flight from one thread);
  (b) ours: Transport -> the runtime's listener (echo), sequential, from 1/4/16/64
      threads, and 64 in flight from one thread (futures);
  (c) rsocket-py (asyncio) client -> the same listener, sequential and 64 concurrent;
  (d) both clients against rsocket-py's own server, for context.
Then the ratios against the goals, and where the time goes: our client's share
(ours -> a minimal RSocket echo, minus raw) and our server's share (ours -> the
listener, minus ours -> the minimal echo), and a profile of the client.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import platform
import pstats
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAYLOAD = b"x" * 100

RAW_SERVER = """
import sys
from websockets.sync.server import serve
def echo(ws):
    for message in ws:
        ws.send(message)
with serve(echo, "127.0.0.1", 0, compression=None, ping_interval=None, max_size=None) as server:
    print(server.socket.getsockname()[1], flush=True)
    server.serve_forever()
"""

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

RSOCKET_PY_SERVER = """
import asyncio, websockets
from rsocket.helpers import create_future
from rsocket.payload import Payload
from rsocket.request_handler import BaseRequestHandler
from rsocket.rsocket_server import RSocketServer
from rsocket.transports.websockets_transport import WebsocketsTransport
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

LISTENER_SERVER = """
import sys, threading
sys.path.insert(0, %r)
from elarian_server.listeners import Listener, ListenerOptions
class Echo:
    def on_setup(self, session, setup): return None
    def on_request(self, session, stream_id, data, metadata): session.respond(stream_id, data)
    def on_attached(self, session): pass
    def on_closed(self, session): pass
listener = Listener(Echo(), ListenerOptions())
listener.start()
print(listener.ws_port, flush=True)
threading.Event().wait()
""".replace("%r", repr(str(ROOT)))


def start_server(code: str, quiet: bool = False) -> tuple[subprocess.Popen[str], int]:
    """Run a server in its own process; ``quiet`` drops its stderr (rsocket-py logs every
    closed connection as an error)."""
    stderr = subprocess.DEVNULL if quiet else None
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=stderr, text=True)
    assert proc.stdout is not None
    port = int(proc.stdout.readline())
    return proc, port


def latencies(fn: Callable[[], object], count: int) -> list[float]:
    out = []
    for _ in range(count):
        start = time.perf_counter_ns()
        fn()
        out.append((time.perf_counter_ns() - start) / 1000)
    return out


def describe(name: str, p50: float, lat_us: list[float]) -> float:
    lat = sorted(lat_us)
    p99 = lat[int(len(lat) * 0.99) - 1]
    rate = len(lat) / (sum(lat) / 1e6)
    print(f"  {name:48s} p50 {p50:7.1f} us   p99 {p99:7.1f} us   {rate:8.0f} req/s")
    return rate


def sequential(
    fns: dict[str, Callable[[], object]], n: int, rounds: int = 10
) -> dict[str, tuple[float, float]]:
    """Round trips of each client, interleaved in rounds so that machine noise hits
    them alike; the p50 is the median of the rounds' p50s. name -> (p50 us, req/s)."""
    for fn in fns.values():
        for _ in range(300):
            fn()
    samples: dict[str, list[list[float]]] = {name: [] for name in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            samples[name].append(latencies(fn, max(n // rounds, 50)))
    results = {}
    for name, runs in samples.items():
        p50 = statistics.median(statistics.median(run) for run in runs)
        rate = describe(name, p50, [x for run in runs for x in run])
        results[name] = (p50, rate)
    return results


def throughput(name: str, total: int, run: Callable[[], None]) -> float:
    start = time.perf_counter()
    run()
    elapsed = time.perf_counter() - start
    rate = total / elapsed
    print(f"  {name:48s} {rate:8.0f} req/s   ({total} requests in {elapsed:.2f} s)")
    return rate


def raw_client(port: int) -> Any:
    import websocket

    return websocket.create_connection(f"ws://127.0.0.1:{port}", skip_utf8_validation=True)


def raw_pipelined(ws: Any, n: int) -> float:
    def run() -> None:
        window = 64
        for _ in range(window):
            ws.send_bytes(PAYLOAD)
        for _ in range(n - window):
            ws.recv_data()
            ws.send_bytes(PAYLOAD)
        for _ in range(window):
            ws.recv_data()

    return throughput("raw, 64 in flight from one thread", n, run)


def our_client(port: int) -> Any:
    from elarian_sync.transport import SessionOptions, Transport

    transport = Transport(
        f"ws://127.0.0.1:{port}", SessionOptions(setup_data=b"bench"), on_request=lambda *a: None
    )
    transport.connect()
    return transport


def ours_concurrent(transport: Any, n: int) -> dict[str, float]:
    results = {}
    for threads in (1, 4, 16, 64):
        per_thread = max(n // threads, 10)

        def run(per_thread: int = per_thread, threads: int = threads) -> None:
            def worker() -> None:
                for _ in range(per_thread):
                    transport.request(PAYLOAD)

            pool = [threading.Thread(target=worker) for _ in range(threads)]
            for t in pool:
                t.start()
            for t in pool:
                t.join()

        results[f"threads{threads}"] = throughput(
            f"ours, {threads} threads blocking", per_thread * threads, run
        )

    def in_flight_64() -> None:
        window: list[Future[bytes]] = []
        for _ in range(n):
            if len(window) == 64:
                window.pop(0).result()
            window.append(transport.request_async(PAYLOAD, bytes))
        for fut in window:
            fut.result()

    results["futures64"] = throughput("ours, 64 in flight from one thread", n, in_flight_64)
    return results


def profile_client(transport: Any, count: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(count):
        transport.request(PAYLOAD)
    profiler.disable()
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(8)
    lines = [line for line in text.getvalue().splitlines() if line.strip()][-9:]
    print("  profile of sequential requests in the client (cProfile, by own time):")
    for line in lines:
        print("    " + line[:120])


def bench_rsocket_py(port: int, n: int, label: str = "rsocket-py asyncio") -> dict[str, float]:
    try:
        import websockets
        from rsocket.helpers import single_transport_provider
        from rsocket.payload import Payload
        from rsocket.rsocket_client import RSocketClient
        from rsocket.transports.websockets_transport import WebsocketsTransport
    except ImportError:
        print("  rsocket-py is not installed (pip install -e '.[dev]'): skipped")
        return {}

    import logging

    # rsocket-py and asyncio log the end of every connection as an error; not ours to show
    for name in ("asyncio", "pyrsocket", "rsocket"):
        logging.getLogger(name).setLevel(logging.CRITICAL)

    async def main() -> dict[str, float]:
        async with websockets.connect(f"ws://127.0.0.1:{port}", compression=None, max_size=None) as ws:
            transport = WebsocketsTransport()
            handler = asyncio.create_task(transport.handler(ws))
            async with RSocketClient(single_transport_provider(transport)) as client:
                for _ in range(200):
                    await client.request_response(Payload(PAYLOAD))
                lat = []
                for _ in range(n):
                    start = time.perf_counter_ns()
                    await client.request_response(Payload(PAYLOAD))
                    lat.append((time.perf_counter_ns() - start) / 1000)
                p50 = statistics.median(lat)
                rate = describe(f"{label}, sequential", p50, lat)
                start = time.perf_counter()
                sem = asyncio.Semaphore(64)

                async def one() -> None:
                    async with sem:
                        await client.request_response(Payload(PAYLOAD))

                await asyncio.gather(*(one() for _ in range(n)))
                elapsed = time.perf_counter() - start
                concurrent = n / elapsed
                name = f"{label}, 64 concurrent"
                print(f"  {name:44s} {concurrent:8.0f} req/s   ({n} in {elapsed:.2f} s)")
            handler.cancel()
            return {"p50": p50, "seq_rate": rate, "concurrent64": concurrent}

    return asyncio.run(main())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer requests")
    parser.add_argument("--no-profile", action="store_true")
    args = parser.parse_args()
    n = 2000 if args.quick else 10_000

    import google.protobuf
    import websocket
    import websockets

    versions = (
        f"python {platform.python_version()} ({platform.machine()}), "
        f"websocket-client {websocket.__version__}, websockets {websockets.__version__}, "
        f"protobuf {google.protobuf.__version__}"
    )
    print("elarian-sync transport benchmark (127.0.0.1, each server in its own process)")
    print(f"  {versions}")
    print(f"  {n} requests per figure, {len(PAYLOAD)}-byte payloads")
    print()
    servers = {name: start_server(code) for name, code in (
        ("raw", RAW_SERVER), ("minimal", MINIMAL_SERVER), ("listener", LISTENER_SERVER),
    )}  # fmt: skip
    clients: list[Any] = []
    try:
        raw_ws = raw_client(servers["raw"][1])
        ours_t = our_client(servers["listener"][1])
        minimal_t = our_client(servers["minimal"][1])
        clients += [ours_t, minimal_t]
        print("(a)+(b) sequential round trips, interleaved")
        seq = sequential(
            {
                "raw ping-pong": lambda: (raw_ws.send_bytes(PAYLOAD), raw_ws.recv_data()),
                "ours -> the runtime's listener": lambda: ours_t.request(PAYLOAD),
                "ours -> a minimal RSocket echo": lambda: minimal_t.request(PAYLOAD),
            },
            n,
        )
        raw = {"p50": seq["raw ping-pong"][0], "piped": 0.0}
        ours = {
            "p50": seq["ours -> the runtime's listener"][0],
            "seq_rate": seq["ours -> the runtime's listener"][1],
        }
        minimal = {"p50": seq["ours -> a minimal RSocket echo"][0]}
        print("(a) raw, pipelined")
        raw["piped"] = raw_pipelined(raw_ws, n)
        print("(b) ours, concurrent")
        ours.update(ours_concurrent(ours_t, n))
        if not args.no_profile:
            profile_client(ours_t, min(n, 3000))
        print("(c) rsocket-py request/response -> the runtime's listener")
        peer = bench_rsocket_py(servers["listener"][1], n)
        if peer:
            print("(d) both clients -> rsocket-py's own server (for context)")
            servers["rsocket-py"] = start_server(RSOCKET_PY_SERVER, quiet=True)
            there_t = our_client(servers["rsocket-py"][1])
            clients.append(there_t)
            ours_there = sequential(
                {"ours -> rsocket-py's server": lambda: there_t.request(PAYLOAD)}, n, rounds=1
            )
            peer_there = bench_rsocket_py(servers["rsocket-py"][1], n, "rsocket-py -> rsocket-py's server")
    finally:
        for client in clients:
            client.close()
        for proc, _ in servers.values():
            proc.terminate()

    print()
    print("where a sequential round trip's time goes")
    print(f"  the WebSocket round trip itself (raw)             {raw['p50']:6.1f} us")
    print(f"  our client (ours -> minimal echo, minus raw)      {minimal['p50'] - raw['p50']:6.1f} us")
    print(f"  our server (ours -> listener, minus minimal)      {ours['p50'] - minimal['p50']:6.1f} us")
    print()
    print("ratios (goal in brackets)")

    def ratio(name: str, value: float, goal: str) -> None:
        print(f"  {name:52s} {value:5.2f}   {goal}")

    ratio("sequential round trip, ours / raw", ours["p50"] / raw["p50"], "[<= 1.3]")
    best_piped = max(ours["threads64"], ours["futures64"])
    ratio("pipelined throughput, ours / raw pipelined", best_piped / raw["piped"], "[>= 0.8]")
    if peer:
        ratio("sequential throughput, ours / rsocket-py", ours["seq_rate"] / peer["seq_rate"], "[>= 2]")
        ratio(
            "64 in flight (one thread, futures) / rsocket-py 64",
            ours["futures64"] / peer["concurrent64"],
            "[>= 1]",
        )
        there = ours_there["ours -> rsocket-py's server"][1] / peer_there["seq_rate"]
        ratio("(d) sequential, both on rsocket-py's server", there, "(both bound by that server)")


if __name__ == "__main__":
    main()
