"""Benchmark: the local runtime (commands per second, state lookups, reminder dispatch).

Prints figures; asserts nothing. Loops are bounded in count. Run:
    .venv/bin/python bench/runtime.py [--quick]

  1. get_customer_state and update_customer_metadata, commands/s from 1 and 8 connections;
  2. get_customer_state p50/p99 with 100k and 1M customers in the store (--quick: 10k/100k);
  3. time to dispatch 100k due reminders to a connected app, from the clock reaching them to
     the app having answered all (goal < 30 s; --quick: 10k).
The runtime runs in its own process (as in use); the clients run here.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

T0 = 1_800_000_000.0

SERVER = """
import sys, threading
sys.path.insert(0, {root!r})
from elarian_server.clock import ManualClock
from elarian_server.runtime import Runtime
clock = ManualClock({t0})
runtime = Runtime(db={db!r}, clock=clock)
runtime.start()
print(runtime.listener.ws_port, flush=True)
for line in sys.stdin:                      # "advance N" moves the clock; EOF stops
    words = line.split()
    if words and words[0] == "advance":
        clock.advance(float(words[1]))
        print("ok", flush=True)
runtime.stop()
"""


def populate(db: str, customers: int, reminders: int) -> None:
    """Fill a fresh store directly (fast bulk inserts) before the runtime opens it."""
    from elarian_server.config import DEV_APP, DEV_ORG
    from elarian_server.store.sqlite import SqliteStore

    SqliteStore(db).close()  # create the schema
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = OFF")
    batch = 50_000
    for start in range(0, customers, batch):
        rows = range(start, min(start + batch, customers))
        with con:
            con.executemany(
                "INSERT INTO customers(customer_id, org_id, created_at) VALUES (?, ?, ?)",
                ((f"el_cst_{i:032x}", DEV_ORG, T0) for i in rows),
            )
            con.executemany(
                "INSERT INTO customer_numbers(org_id, provider, number, customer_id) VALUES (?, 2, ?, ?)",
                ((DEV_ORG, f"+2547{i:08d}", f"el_cst_{i:032x}") for i in rows),
            )
            con.executemany(
                "INSERT INTO metadata(customer_id, key, text_value) VALUES (?, 'name', ?)",
                ((f"el_cst_{i:032x}", f"customer {i}") for i in rows),
            )
    with con:
        con.executemany(
            "INSERT INTO reminders(customer_id, app_id, org_id, key, remind_at) VALUES (?, ?, ?, 'due', ?)",
            ((f"el_cst_{i:032x}", DEV_APP, DEV_ORG, T0 + 60) for i in range(reminders)),
        )
    con.close()


class Server:
    def __init__(self, db: str) -> None:
        code = SERVER.format(root=str(ROOT), t0=T0, db=db)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None
        self.url = f"ws://127.0.0.1:{int(self.proc.stdout.readline())}"

    def advance(self, seconds: float) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"advance {seconds}\n")
        self.proc.stdin.flush()
        self.proc.stdout.readline()

    def stop(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(30)


def client(url: str, answer: Any = None) -> Any:
    from tests.runtime_support import AppClient

    return AppClient(url, answer=answer).connect()


def throughput(url: str, connections: int, seconds: float, command: str) -> float:
    from elarian_sync._generated import models as M

    clients = [client(url) for _ in range(connections)]
    done = [0] * connections
    stop = time.monotonic() + seconds

    def run(i: int) -> None:
        c = clients[i]
        n = 0
        while time.monotonic() < stop:
            customer_id = f"el_cst_{(i * 7919 + n) % 1000:032x}"
            if command == "get_state":
                c.get_customer_state(customer_id=customer_id)
            else:
                c.update_customer_metadata(customer_id=customer_id, updates={"visits": str(n)})
            n += 1
        done[i] = n

    threads = [threading.Thread(target=run, args=(i,)) for i in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for c in clients:
        c.close()
    del M
    return sum(done) / seconds


def lookups(url: str, customers: int, count: int) -> tuple[float, float]:
    import random

    c = client(url)
    rng = random.Random(1)
    lat = []
    for _ in range(count):
        customer_id = f"el_cst_{rng.randrange(customers):032x}"
        start = time.perf_counter_ns()
        reply = c.get_customer_state(customer_id=customer_id)
        lat.append((time.perf_counter_ns() - start) / 1000)
        assert reply.status
    c.close()
    lat.sort()
    return statistics.median(lat), lat[int(len(lat) * 0.99) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    import google.protobuf
    import websockets

    sizes = (10_000, 100_000) if args.quick else (100_000, 1_000_000)
    due = 10_000 if args.quick else 100_000
    print("elarian-sync runtime benchmark (runtime in its own process, store: SQLite WAL on local disk)")
    print(
        f"  python {platform.python_version()} ({platform.machine()}, {os.cpu_count()} cores), "
        f"sqlite {sqlite3.sqlite_version}, protobuf {google.protobuf.__version__}, "
        f"websockets {websockets.__version__}"
    )
    print()
    with tempfile.TemporaryDirectory(prefix="elarian-bench-") as tmp:
        db = str(Path(tmp) / "small.db")
        populate(db, 1000, 0)
        server = Server(db)
        try:
            print("commands per second (5 s each)")
            for command in ("get_state", "update_metadata"):
                for connections in (1, 8):
                    rate = throughput(server.url, connections, 5.0, command)
                    print(f"  {command:16s} from {connections} connection(s)   {rate:8.0f} commands/s")
        finally:
            server.stop()
        print()
        print("get_customer_state latency by store size (2,000 random customers)")
        for size in sizes:
            db = str(Path(tmp) / f"state-{size}.db")
            started = time.monotonic()
            populate(db, size, 0)
            filled = time.monotonic() - started
            server = Server(db)
            try:
                p50, p99 = lookups(server.url, size, 2000)
            finally:
                server.stop()
            figures = f"p50 {p50:7.1f} us   p99 {p99:7.1f} us"
            print(f"  {size:9,d} customers   {figures}   (store filled in {filled:.0f} s)")
        print()
        db = str(Path(tmp) / "reminders.db")
        populate(db, due, due)
        server = Server(db)
        received = threading.Semaphore(0)
        count = [0]

        def answer(name: str, notification: Any) -> Any:
            from elarian_sync._generated import app_socket_pb2 as A

            count[0] += 1
            received.release()
            return A.ServerToAppNotificationReply()

        app = client(server.url, answer=answer)
        try:
            started = time.monotonic()
            server.advance(60)
            deadline = started + 600
            for _ in range(due):
                if not received.acquire(timeout=max(deadline - time.monotonic(), 0)):
                    break
            elapsed = time.monotonic() - started
            print(f"dispatch of {due:,d} due reminders to one app connection")
            rate = count[0] / elapsed
            print(f"  {count[0]:,d} answered in {elapsed:.1f} s   ({rate:.0f} notifications/s; goal < 30 s)")
        finally:
            app.close()
            server.stop()


if __name__ == "__main__":
    main()
