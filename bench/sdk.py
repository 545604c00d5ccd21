"""Benchmark: the SDK's client, each figure against a raw client measured in the same run.

Prints figures; asserts nothing. Every loop is bounded in count and in time. Run:
    .venv/bin/python bench/sdk.py [--quick] [--only round_trips,pipelined,notifications]

Servers run in their own processes. In round_trips each client runs in a process of its own
(harness.ClientProc), as a user's script would: its process's CPU time (time.process_time,
every thread: the SDK's reader thread too) around its loop is that client's CPU, with no other
client's heap, threads or cache beside it. In pipelined the clients run here, one at a time.
Rounds of the clients alternate, in an order that changes from round to round; each figure is
the median of the rounds with the min..max beside it, and each ratio the median of the
rounds' own ratios.

  1. round_trips: a blocking get_state: Customer(...).get_state() through an Elarian
     client, next to the raw websocket-client ping-pong of the same GetCustomerState frame
     against a plain sync `websockets` echo server; both also against a canned RSocket
     responder (it answers at once with a reply recorded from the runtime, so the SDK's
     own cost shows without the runtime's) and against the runtime. p50, p99 and client
     CPU per request.
  2. pipelined: update_metadata with 64 in flight from one thread, SDK futures next to raw
     frames, against the canned responder and against the runtime: requests/s and client
     CPU per request.
  3. notifications: N reminders due together to an Elarian app whose handler returns at
     once or waits 2 ms (as for a database call), with 1 and 8 workers, next to a raw app
     that answers at once; each app on its own runtime.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness as h  # bench/harness.py

GOAL_P50 = 2.0  # SDK get_state against the runtime over raw ping-pong against the echo
GOAL_CPU = 1.5  # SDK client CPU per get_state over the raw ping-pong client's
CUSTOMERS = 1000


def line(name: str, *cells: str) -> None:
    print(f"  {name:44s} " + "   ".join(cells))


def recorded_replies(runtime: h.Runtime) -> list[str]:
    """The runtime's replies to one get_state and one update_metadata, as the canned
    responder's arguments (keyed by the command's first byte)."""
    conn = h.RawConn(runtime.url, h.setup_frame())
    out = []
    for body in (h.get_state_bodies(CUSTOMERS, 1)[0], h.update_bodies(CUSTOMERS, 1)[0]):
        reply = conn.round_trip(body)
        assert reply[4] >> 2 == h.TYPE_PAYLOAD, "the runtime did not answer"
        out.append(f"{body[0]:02x}:{reply[6:].hex()}")
    conn.close()
    return out


# -- 1. blocking round trips -----------------------------------------------------------------------


def round_trips(servers: dict[str, h.Proc], args: argparse.Namespace) -> None:
    count = 1000 if args.quick else 3000
    from elarian_sync._generated import app_socket_pb2 as A

    cmd = A.AppToServerCommand()
    cmd.get_customer_state.customer_id = h.customer_id(1)
    body = cmd.SerializeToString()  # what Customer(app, customer_id=...).get_state() sends
    kinds = {  # each client in a process of its own: (kind, server)
        "raw ping-pong -> sync echo": ("echo", "sync echo"),
        "raw RSocket -> canned responder": ("raw", "canned"),
        "SDK get_state -> canned responder": ("sdk", "canned"),
        "raw RSocket -> runtime": ("raw", "runtime"),
        "SDK get_state -> runtime": ("sdk", "runtime"),
    }
    print(
        f"\n1. blocking get_state round trip: {count} sequential a round, {args.rounds} rounds; "
        f"request frame {len(body) + 6} B; each client in a process of its own"
    )
    p50: dict[str, list[float]] = {name: [] for name in kinds}
    p99: dict[str, list[float]] = {name: [] for name in kinds}
    cpu: dict[str, list[float]] = {name: [] for name in kinds}
    clients: dict[str, h.ClientProc] = {}
    try:
        for name, (kind, server) in kinds.items():
            clients[name] = h.ClientProc(kind, servers[server].url, body)
        for order in h.orders(list(kinds), args.rounds):
            for name in order:
                lat, seconds = clients[name].timed(count)
                p50[name].append(statistics.median(lat))
                p99[name].append(h.percentile(lat, 99))
                cpu[name].append(seconds / count * 1e6)
    finally:
        for client in clients.values():
            client.close()
    print(f"  {'':44s} {'p50 us':>18s}   {'p99 us':>20s}   client CPU/request")
    for name in clients:
        line(
            name,
            f"{h.spread(p50[name]):>18s}",
            f"{h.spread(p99[name]):>20s}",
            f"{h.spread(cpu[name])} us",
        )
    base = "raw ping-pong -> sync echo"
    print(f"  ratios per round, over {base} (same run):")

    def ratio(name: str, what: str, goal: str) -> None:
        values = {"p50": p50, "CPU": cpu}[what]
        line(f"{what}: {name}", f"{h.spread(h.ratios(values[name], values[base]), '{:.2f}')}x", goal)

    ratio("SDK get_state -> runtime", "p50", f"goal <= {GOAL_P50}x")
    ratio("SDK get_state -> runtime", "CPU", f"goal <= {GOAL_CPU}x")
    ratio("SDK get_state -> canned responder", "p50", "(the SDK without the runtime)")
    ratio("SDK get_state -> canned responder", "CPU", f"(same goal as above: <= {GOAL_CPU}x)")
    ratio("raw RSocket -> runtime", "p50", "(the runtime's share)")
    ratio("raw RSocket -> canned responder", "p50", "(a bigger answer, PAYLOAD frames)")
    line(
        "p50: SDK -> runtime / raw RSocket -> runtime",
        f"{h.spread(h.ratios(p50['SDK get_state -> runtime'], p50['raw RSocket -> runtime']), '{:.2f}')}x",
        "(both wait on the runtime: hides client cost)",
    )


# -- 2. pipelined ------------------------------------------------------------------------------------


def raw_pipelined(conn: h.RawConn, bodies: list[bytes], n: int, window: int = 64) -> None:
    ws = conn.ws
    stream = conn.stream

    def send(i: int) -> None:
        nonlocal stream
        ws.send_bytes(h.HEADER.pack(stream, h.REQUEST_RESPONSE) + bodies[i % len(bodies)])
        stream += 2

    for i in range(min(window, n)):
        send(i)
    for i in range(window, n):
        ws.recv_data()
        send(i)
    for _ in range(min(window, n)):
        ws.recv_data()
    conn.stream = stream


def sdk_pipelined(customer: Any, n: int, window: int = 64) -> None:
    in_flight: list[Future[Any]] = []
    for i in range(n):
        if len(in_flight) >= window:
            in_flight.pop(0).result()
        in_flight.append(customer.update_metadata_async({"visits": str(i)}))
    for future in in_flight:
        future.result()


def pipelined(servers: dict[str, h.Proc], args: argparse.Namespace) -> None:
    from elarian_sync import Customer

    count = 2000 if args.quick else 10_000
    who = h.customer_id(2)
    from elarian_sync._generated import app_socket_pb2 as A

    bodies = []
    for i in range(64):
        cmd = A.AppToServerCommand()
        cmd.update_customer_metadata.customer_id = who
        cmd.update_customer_metadata.updates["visits"].string_val = str(i)
        bodies.append(cmd.SerializeToString())
    setup = h.setup_frame()
    raw_canned = h.RawConn(servers["canned"].url, setup)
    raw_runtime = h.RawConn(servers["runtime"].url, setup)
    sdk_canned = h.elarian(servers["canned"].url, allow_notifications=False)
    sdk_runtime = h.elarian(servers["runtime"].url, allow_notifications=False)
    canned_customer = Customer(sdk_canned, customer_id=who)
    runtime_customer = Customer(sdk_runtime, customer_id=who)
    clients: dict[str, Callable[[], None]] = {
        "raw frames -> canned responder": lambda: raw_pipelined(raw_canned, bodies, count),
        "SDK update_metadata_async -> canned": lambda: sdk_pipelined(canned_customer, count),
        "raw frames -> runtime": lambda: raw_pipelined(raw_runtime, bodies, count),
        "SDK update_metadata_async -> runtime": lambda: sdk_pipelined(runtime_customer, count),
    }
    print(
        f"\n2. pipelined update_metadata, 64 in flight from one thread: {count} a round, {args.rounds} rounds"
    )
    rate: dict[str, list[float]] = {name: [] for name in clients}
    cpu: dict[str, list[float]] = {name: [] for name in clients}
    try:
        for fn in clients.values():
            fn()  # warm up
        for order in h.orders(list(clients), args.rounds):
            for name in order:
                cpu0 = time.process_time()
                start = time.perf_counter()
                clients[name]()
                elapsed = time.perf_counter() - start
                rate[name].append(count / elapsed)
                cpu[name].append((time.process_time() - cpu0) / count * 1e6)
    finally:
        raw_canned.close()
        raw_runtime.close()
        sdk_canned.disconnect()
        sdk_runtime.disconnect()
    print(f"  {'':44s} {'requests/s':>22s}   client CPU/request")
    for name in clients:
        line(name, f"{h.spread(rate[name]):>22s}", f"{h.spread(cpu[name])} us")
    print("  SDK / raw per round, same server (same run):")
    for server, raw, sdk in (
        ("canned responder", "raw frames -> canned responder", "SDK update_metadata_async -> canned"),
        ("runtime", "raw frames -> runtime", "SDK update_metadata_async -> runtime"),
    ):
        line(
            f"-> {server}",
            f"requests/s {h.spread(h.ratios(rate[sdk], rate[raw]), '{:.2f}')}x",
            f"CPU/request {h.spread(h.ratios(cpu[sdk], cpu[raw]), '{:.2f}')}x",
        )


# -- 3. notifications ------------------------------------------------------------------------------


def notifications(tmp: str, args: argparse.Namespace) -> None:
    due = 2000 if args.quick else 10_000
    rounds = min(args.rounds, 3)
    cases: dict[str, tuple[int, float]] = {  # name -> (workers, handler's delay); workers 0: raw app
        "raw app, answers at once": (0, 0.0),
        "SDK, returns at once, 1 worker": (1, 0.0),
        "SDK, returns at once, 8 workers": (8, 0.0),
        "SDK, waits 2 ms, 1 worker": (1, 0.002),
        "SDK, waits 2 ms, 8 workers": (8, 0.002),
    }
    print(
        f"\n3. notifications: {due:,d} reminders due together, {rounds} rounds, each app on its own "
        "runtime; from the clock reaching them to the last handled"
    )
    servers: dict[str, h.Runtime] = {}
    apps: dict[str, Any] = {}
    seconds: dict[str, list[float]] = {name: [] for name in cases}
    short = dict.fromkeys(cases, 0)
    try:
        for i, (name, (workers, delay)) in enumerate(cases.items()):
            db = f"{tmp}/notify-{i}.db"
            h.populate(db, due, due, batches=rounds)
            servers[name] = h.Runtime(db)
            url = servers[name].url
            apps[name] = h.RawApp(url) if not workers else h.SdkApp(url, workers=workers, delay=delay)
        for order in h.orders(list(cases), rounds):
            for name in order:
                app, server = apps[name], servers[name]
                if isinstance(app, h.SdkApp):
                    app.expect(due)
                start = time.perf_counter()
                server.advance(60)
                got = app.answer(due, max(60.0, due * 0.004 * 2))
                seconds[name].append(time.perf_counter() - start)
                short[name] += due - got
    finally:
        for app in apps.values():
            app.close()
        for server in servers.values():
            server.stop()
    rates = {name: [due / s for s in seconds[name]] for name in cases}
    raw = "raw app, answers at once"
    print(f"  {'':44s} {'notifications/s':>22s}   over the raw app (per round)   over the handler's bound")
    for name, (workers, delay) in cases.items():
        cells = [f"{h.spread(rates[name]):>22s}"]
        if name != raw:
            cells.append(f"{h.spread(h.ratios(rates[name], rates[raw]), '{:.2f}'):>26s}x")
        if delay:
            bound = workers / delay
            cells.append(f"{h.spread([r / bound for r in rates[name]], '{:.2f}')}x of {bound:,.0f}/s")
        if short[name]:
            cells.append(f"({short[name]} never handled: timed out)")
        line(name, *cells)


SECTIONS = ("round_trips", "pipelined", "notifications")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="smaller counts (~1 min)")
    parser.add_argument("--only", default=",".join(SECTIONS), help="sections to run, comma-separated")
    parser.add_argument("--rounds", type=int, default=5, help="rounds per section")
    args = parser.parse_args()
    chosen = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown:
        parser.error(f"unknown sections {unknown}; choose from {', '.join(SECTIONS)}")
    h.header("elarian-sync SDK benchmark (servers in their own processes, the clients in this one)")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="elarian-bench-") as tmp:
        if "round_trips" in chosen or "pipelined" in chosen:
            db = f"{tmp}/sdk.db"
            h.populate(db, CUSTOMERS)
            servers: dict[str, h.Proc] = {"runtime": h.Runtime(db), "sync echo": h.Proc(h.SYNC_ECHO)}
            try:
                servers["canned"] = h.Proc(h.CANNED, *recorded_replies(servers["runtime"]))
                if "round_trips" in chosen:
                    round_trips(servers, args)
                if "pipelined" in chosen:
                    pipelined(servers, args)
            finally:
                for server in servers.values():
                    server.stop()
        if "notifications" in chosen:
            notifications(tmp, args)
    print(f"\n(took {time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    main()
