"""Benchmark: the local runtime, each figure against a baseline measured in the same run.

Prints figures; asserts nothing. Every loop is bounded in count and in time. Run:
    .venv/bin/python bench/runtime.py [--quick] [--only commands,stores,reminders,probe]

Every server runs in its own process (the runtime on a SQLite file in a temporary
directory); the clients are separate processes too. Rounds of the targets alternate, in
an order that changes from round to round; each figure is the median of the rounds with
the min..max beside it, and each ratio is the median of the rounds' own ratios.

  1. commands: round trips/s of GetCustomerState and UpdateCustomerMetadata (pre-built
     RSocket REQUEST_RESPONSE frames on raw websocket-client sockets, one in flight per
     connection) from N client processes x M connections, against a plain asyncio
     `websockets` echo server (the runtime listener's mode) and a sync one that get
     the same frames from the same layout; the servers' CPU per round trip. For context
     beside update_metadata: an asyncio echo that commits one row to a SQLite file (WAL,
     synchronous=NORMAL, one transaction a message) before each answer, the floor of a
     durable write.
  2. stores: get_state and update_metadata p50/p99 with 10k..1M customers in the store,
     all the stores' runtimes up at once, one connection, against the smallest store.
  3. reminders: due reminders (100k; --quick 10k) to a raw app answering at once, from the
     clock reaching them to the last answer; and the same to an SDK app (Elarian, a
     handler that returns at once) as notifications/s, against the raw app.
  4. probe: a probe connection's get_state p50/p99 while 200 connections (from several
     processes) send get_state paced, against the same probe on the idle runtime and on a
     sync echo server under the same load.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness as h  # bench/harness.py

COMMITTING = "asyncio echo committing a row"
GOAL_COMMANDS = 0.6  # runtime round trips/s over those of an echo of the listener's mode (asyncio)
GOAL_REMINDERS = (100_000, 15.0)  # so many due reminders delivered within so many seconds
GOAL_NOTIFICATIONS = 5000.0  # notifications/s to one app, handler returns at once
GOAL_PROBE_P99_MS = 10.0


def line(name: str, *cells: str) -> None:
    print(f"  {name:42s} " + "   ".join(cells))


# -- 1. commands/s ---------------------------------------------------------------------------------


def commands(tmp: str, args: argparse.Namespace) -> None:
    customers = 10_000
    db = f"{tmp}/commands.db"
    h.populate(db, customers)
    get_state = h.get_state_bodies(customers, 2000)
    update = h.update_bodies(customers, 2000)
    mixed = [b for pair in zip(get_state, update, strict=True) for b in pair]
    runtime = h.Runtime(db)
    sync_echo, async_echo = h.Proc(h.SYNC_ECHO), h.Proc(h.ASYNC_ECHO)
    committing_echo = h.Proc(h.COMMITTING_ECHO, f"{tmp}/echo.db")
    load = h.LoadGen(args.procs, args.conns)
    setup = h.setup_frame(simplex=True)
    probe = h.RawConn(runtime.url, setup)
    replies = {"get_state": len(probe.round_trip(get_state[0])), "update": len(probe.round_trip(update[0]))}
    probe.close()
    targets: dict[str, tuple[h.Proc, bytes | None, list[bytes], int]] = {
        "sync echo": (sync_echo, None, mixed, h.TYPE_REQUEST_RESPONSE),
        "asyncio echo": (async_echo, None, mixed, h.TYPE_REQUEST_RESPONSE),
        COMMITTING: (committing_echo, None, update, h.TYPE_REQUEST_RESPONSE),
        "runtime get_state": (runtime, setup, get_state, h.TYPE_PAYLOAD),
        "runtime update_metadata": (runtime, setup, update, h.TYPE_PAYLOAD),
    }
    rate: dict[str, list[float]] = {name: [] for name in targets}
    server_cpu: dict[str, list[float]] = {name: [] for name in targets}
    client_cpu: dict[str, list[float]] = {name: [] for name in targets}
    errors = dict.fromkeys(targets, 0)
    print(
        f"\n1. commands: round trips/s from {load.connections} connections "
        f"({args.procs} client processes x {args.conns}), one request in flight on each, "
        f"{args.seconds:g} s a round, {args.rounds} rounds"
    )
    print(
        f"  frames: get_state {len(get_state[0]) + 6} B (runtime's answer {replies['get_state']} B), "
        f"update_metadata {len(update[0]) + 6} B (answer {replies['update']} B); "
        "the echoes get both, alternately, and send each back"
    )
    try:
        for order in h.orders(list(targets), args.rounds):
            for name in order:
                server, setup_bytes, bodies, expect = targets[name]
                load.open(server.url, setup_bytes)
                cpu0 = server.cpu()
                result = load.run(bodies, args.seconds, expect=expect)
                cpu1 = server.cpu()
                load.close()
                rate[name].append(result.rate)
                server_cpu[name].append((cpu1 - cpu0) / result.count * 1e6)
                client_cpu[name].append(result.client_cpu / result.count * 1e6)
                errors[name] += result.errors
    finally:
        load.stop()
        runtime.stop()
        sync_echo.stop()
        async_echo.stop()
        committing_echo.stop()
    print(f"  {'':42s} {'round trips/s':>26s}   {'server CPU/round trip':>26s}   client CPU/round trip")
    for name in targets:
        note = f"   ({errors[name]} answers were errors)" if errors[name] else ""
        line(
            name,
            f"{h.spread(rate[name]):>26s}",
            f"{h.spread(server_cpu[name], '{:.0f}') + ' us':>26s}",
            h.spread(client_cpu[name], "{:.0f}") + " us" + note,
        )
    print("  ratios of round trips/s (per round, same run):")
    for name in ("runtime get_state", "runtime update_metadata"):
        line(
            f"{name} / asyncio echo",
            f"{h.spread(h.ratios(rate[name], rate['asyncio echo']), '{:.2f}')}x",
            f"goal >= {GOAL_COMMANDS}x (the listener's mode)",
        )
        line(
            f"{name} / sync echo",
            f"{h.spread(h.ratios(rate[name], rate['sync echo']), '{:.2f}')}x",
            "(the listener's mode until it moved to asyncio)",
        )
    line(
        "runtime update_metadata / committing echo",
        f"{h.spread(h.ratios(rate['runtime update_metadata'], rate[COMMITTING]), '{:.2f}')}x",
        "(context: an echo that commits a row per message, the floor of a durable write)",
    )
    line(
        "asyncio echo / sync echo",
        f"{h.spread(h.ratios(rate['asyncio echo'], rate['sync echo']), '{:.2f}')}x",
        "(for context)",
    )
    print("  server CPU per round trip, runtime / asyncio echo and / sync echo (per round):")
    for name in ("runtime get_state", "runtime update_metadata"):
        line(
            name,
            f"{h.spread(h.ratios(server_cpu[name], server_cpu['asyncio echo']), '{:.1f}')}x",
            f"{h.spread(h.ratios(server_cpu[name], server_cpu['sync echo']), '{:.1f}')}x",
        )


# -- 2. latency by store size ----------------------------------------------------------------------


def stores(tmp: str, args: argparse.Namespace) -> None:
    sizes = (10_000, 100_000) if args.quick else (10_000, 100_000, 1_000_000)
    per_round = 300 if args.quick else 1000
    print(
        f"\n2. stores: get_state and update_metadata latency by store size, one connection, "
        f"{per_round} of each a round, {args.rounds} rounds, every store's runtime up at once"
    )
    servers: dict[str, Any] = {}
    conns: dict[str, h.RawConn] = {}
    setup = h.setup_frame(simplex=True)
    bodies: dict[tuple[str, str], list[bytes]] = {}
    try:
        for size in sizes:
            db = f"{tmp}/store-{size}.db"
            started = time.monotonic()
            h.populate(db, size)
            print(f"  filled a store of {size:,d} customers in {time.monotonic() - started:.1f} s")
            name = f"{size:,d} customers"
            servers[name] = h.Runtime(db)
            conns[name] = h.RawConn(servers[name].url, setup)
            count = per_round * args.rounds
            bodies[name, "get_state"] = h.get_state_bodies(size, count, seed=size)
            bodies[name, "update_metadata"] = h.update_bodies(size, count, seed=size + 1)
        servers["sync echo"] = h.Proc(h.SYNC_ECHO)
        conns["sync echo"] = h.RawConn(servers["sync echo"].url)
        bodies["sync echo", "get_state"] = bodies[f"{sizes[0]:,d} customers", "get_state"]
        bodies["sync echo", "update_metadata"] = bodies[f"{sizes[0]:,d} customers", "update_metadata"]
        targets = [(name, cmd) for name in conns for cmd in ("get_state", "update_metadata")]
        for name, cmd in targets:  # warm up: caches, the first write
            for body in bodies[name, cmd][:100]:
                conns[name].round_trip(body)
        p50: dict[tuple[str, str], list[float]] = {t: [] for t in targets}
        p99: dict[tuple[str, str], list[float]] = {t: [] for t in targets}
        for r, order in enumerate(h.orders(targets, args.rounds)):
            for target in order:
                conn = conns[target[0]]
                chunk = bodies[target][r * per_round : (r + 1) * per_round]
                it = iter(chunk)
                lat, _ = h.timed(lambda it=it, conn=conn: conn.round_trip(next(it)), len(chunk))
                p50[target].append(statistics.median(lat))
                p99[target].append(h.percentile(lat, 99))
    finally:
        for conn in conns.values():
            conn.close()
        for server in servers.values():
            server.stop()
    smallest = f"{sizes[0]:,d} customers"
    for cmd in ("get_state", "update_metadata"):
        print(f"  {cmd}: p50 and p99 (us), and per round over the {smallest} store's")
        for name in conns:
            t = (name, cmd)
            cells = [f"p50 {h.spread(p50[t], '{:.0f}'):>18s}", f"p99 {h.spread(p99[t], '{:.0f}'):>20s}"]
            if name != "sync echo" and name != smallest:
                base = (smallest, cmd)
                cells.append(f"p50 {h.spread(h.ratios(p50[t], p50[base]), '{:.2f}')}x")
                cells.append(f"p99 {h.spread(h.ratios(p99[t], p99[base]), '{:.2f}')}x")
                cells.append("goal: flat (1.0x)")
            elif name == "sync echo":
                cells.append("(same frames echoed: the socket's share)")
            line(f"  {name}", *cells)


# -- 3. reminders and notifications ----------------------------------------------------------------


def reminders(tmp: str, args: argparse.Namespace) -> None:
    due = 10_000 if args.quick else 100_000
    rounds = args.reminder_rounds
    goal_count, goal_seconds = GOAL_REMINDERS
    goal_rate = goal_count / goal_seconds
    print(
        f"\n3. reminders: {due:,d} due together, {rounds} rounds, each app on its own runtime; "
        "from the clock reaching them to the last answer"
    )
    apps: dict[str, Any] = {}
    servers: dict[str, h.Runtime] = {}
    timeout = max(120.0, due / 200)
    try:
        for name in ("raw app", "SDK app"):
            db = f"{tmp}/reminders-{name[:3]}.db"
            h.populate(db, due, due, batches=rounds)
            servers[name] = h.Runtime(db)
        apps["raw app"] = h.RawApp(servers["raw app"].url)
        apps["SDK app"] = h.SdkApp(servers["SDK app"].url)
        seconds: dict[str, list[float]] = {name: [] for name in apps}
        cpu: dict[str, list[float]] = {name: [] for name in apps}
        short: dict[str, int] = dict.fromkeys(apps, 0)
        for order in h.orders(list(apps), rounds):
            for name in order:
                app, server = apps[name], servers[name]
                if isinstance(app, h.SdkApp):
                    app.expect(due)
                cpu0 = server.cpu()
                started = time.perf_counter()
                server.advance(60)
                got = app.answer(due, timeout)
                elapsed = time.perf_counter() - started
                seconds[name].append(elapsed)
                cpu[name].append((server.cpu() - cpu0) / max(got, 1) * 1e6)
                short[name] += due - got
    finally:
        for app in apps.values():
            app.close()
        for server in servers.values():
            server.stop()
    rates = {name: [due / s for s in seconds[name]] for name in seconds}
    print("  raw app: websocket-client, answers at once, decodes nothing")
    print("  SDK app: Elarian (8 workers), a reminder handler that returns at once")
    for name in apps:
        note = f"   ({short[name]} never answered: timed out)" if short[name] else ""
        line(
            name,
            f"{h.spread(seconds[name], '{:.2f}')} s",
            f"{h.spread(rates[name])} notifications/s",
            f"runtime CPU {h.spread(cpu[name])} us each{note}",
        )
    line(
        "raw app: notifications/s / goal",
        f"{h.spread([r / goal_rate for r in rates['raw app']], '{:.2f}')}x",
        f"goal >= 1.0x ({goal_count:,d} in < {goal_seconds:g} s = {goal_rate:,.0f}/s)",
    )
    line(
        "SDK app: notifications/s / goal",
        f"{h.spread([r / GOAL_NOTIFICATIONS for r in rates['SDK app']], '{:.2f}')}x",
        f"goal >= 1.0x ({GOAL_NOTIFICATIONS:,.0f}/s)",
    )
    line(
        "SDK app / raw app (per round)",
        f"{h.spread(h.ratios(rates['SDK app'], rates['raw app']), '{:.2f}')}x",
        "(same run; the raw app is the cheaper client, not a bound: see README)",
    )


# -- 4. a probe under 200 busy connections ---------------------------------------------------------


def probe(tmp: str, args: argparse.Namespace) -> None:
    customers = 10_000
    db = f"{tmp}/probe.db"
    h.populate(db, customers)
    bodies = h.get_state_bodies(customers, 5000, seed=7)
    setup = h.setup_frame(simplex=True)
    per_proc = max(args.busy // args.busy_procs, 1)
    busy = per_proc * args.busy_procs
    offered = busy / args.busy_interval
    print(
        f"\n4. probe: one connection's get_state round trip (one every 2 ms) while {busy} connections "
        f"({args.busy_procs} processes x {per_proc}) each send get_state every {args.busy_interval:g} s "
        f"(offered {offered:,.0f}/s), {args.seconds:g} s a round, {args.rounds} rounds"
    )
    runtime = h.Runtime(db)
    echo = h.Proc(h.SYNC_ECHO)
    loads = {
        "runtime": h.LoadGen(args.busy_procs, per_proc),
        "sync echo": h.LoadGen(args.busy_procs, per_proc),
    }
    targets = ["runtime idle", "runtime busy", "sync echo idle", "sync echo busy"]
    p50: dict[str, list[float]] = {t: [] for t in targets}
    p99: dict[str, list[float]] = {t: [] for t in targets}
    achieved: dict[str, list[float]] = {"runtime busy": [], "sync echo busy": []}
    try:
        loads["runtime"].open(runtime.url, setup)
        loads["sync echo"].open(echo.url, None)
        probes = {"runtime": h.RawConn(runtime.url, setup), "sync echo": h.RawConn(echo.url)}
        for conn in probes.values():
            for body in bodies[:200]:
                conn.round_trip(body)
        for order in h.orders(targets, args.rounds):
            for target in order:
                server, state = target.rsplit(" ", 1)
                conn = probes[server]
                result: list[h.Load] = []
                thread = None
                if state == "busy":
                    expect = h.TYPE_PAYLOAD if server == "runtime" else h.TYPE_REQUEST_RESPONSE
                    gen = loads[server]

                    def run(
                        gen: h.LoadGen = gen, expect: int = expect, result: list[h.Load] = result
                    ) -> None:
                        result.append(
                            gen.run(bodies, args.seconds, expect=expect, interval=args.busy_interval)
                        )

                    thread = threading.Thread(target=run)
                    thread.start()
                    time.sleep(0.3 + min(1.0, args.busy_interval * 2))  # the load's start, then a ramp
                    window = args.seconds - min(1.0, args.busy_interval * 2) - 0.2
                else:
                    window = args.seconds / 2
                lat = []
                stop = time.monotonic() + window
                i = 0
                while time.monotonic() < stop and i < 100_000:
                    start = time.perf_counter_ns()
                    conn.round_trip(bodies[i % len(bodies)])
                    lat.append((time.perf_counter_ns() - start) / 1000)
                    i += 1
                    time.sleep(0.002)
                if thread is not None:
                    thread.join(args.seconds + 120)
                    if result:
                        achieved[target].append(result[0].rate)
                p50[target].append(statistics.median(lat))
                p99[target].append(h.percentile(lat, 99))
        for conn in probes.values():
            conn.close()
    finally:
        for gen in loads.values():
            gen.stop()
        runtime.stop()
        echo.stop()
    for target in targets:
        cells = [
            f"p50 {h.spread(p50[target], '{:.0f}'):>18s} us",
            f"p99 {h.spread(p99[target], '{:.0f}'):>20s} us",
        ]
        if target in achieved:
            cells.append(f"busy connections did {h.spread(achieved[target])}/s")
        line(f"probe -> {target}", *cells)
    line(
        "runtime busy: p99 / goal",
        f"{h.spread([p / (GOAL_PROBE_P99_MS * 1000) for p in p99['runtime busy']], '{:.2f}')}x",
        f"goal <= 1.0x ({GOAL_PROBE_P99_MS:g} ms)",
    )
    for base in ("runtime idle", "sync echo busy"):
        line(
            f"runtime busy / {base} (per round)",
            f"p50 {h.spread(h.ratios(p50['runtime busy'], p50[base]), '{:.2f}')}x",
            f"p99 {h.spread(h.ratios(p99['runtime busy'], p99[base]), '{:.2f}')}x",
        )


SECTIONS = {"commands": commands, "stores": stores, "reminders": reminders, "probe": probe}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer rounds, smaller stores (~3 min)")
    parser.add_argument("--only", default=",".join(SECTIONS), help="sections to run, comma-separated")
    parser.add_argument("--procs", type=int, default=4, help="client processes for section 1")
    parser.add_argument("--conns", type=int, default=2, help="connections per client process")
    parser.add_argument("--rounds", type=int, help="rounds per section (default 5)")
    parser.add_argument("--seconds", type=float, help="seconds a round (default 5; --quick 2)")
    parser.add_argument("--busy", type=int, default=200, help="busy connections in section 4")
    parser.add_argument("--busy-procs", type=int, default=4, help="their client processes")
    parser.add_argument(
        "--busy-interval", type=float, default=0.2, help="s between a busy connection's requests"
    )
    args = parser.parse_args()
    args.rounds = args.rounds or 5
    args.seconds = args.seconds or (2.0 if args.quick else 5.0)
    args.reminder_rounds = min(args.rounds, 3)
    chosen = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown:
        parser.error(f"unknown sections {unknown}; choose from {', '.join(SECTIONS)}")
    h.header("elarian-sync runtime benchmark (every server in its own process; SQLite WAL files)")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="elarian-bench-") as tmp:
        for name in chosen:
            SECTIONS[name](tmp, args)
    print(f"\n(took {time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    main()
