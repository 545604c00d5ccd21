"""What the benchmarks share: servers in their own processes, raw RSocket frames, a load
generator of client processes, CPU time of a process, and medians with their spread.

Not a benchmark itself. Every loop here is bounded in count and in time.

Baselines. Every figure a benchmark prints is read against something measured in the same
run, in rounds interleaved with it (so that a noisy neighbour hits both alike):
  * a plain ``websockets`` echo server of the same mode as the runtime's listener (the
    ``websockets.sync.server`` one, compression off, no pings): it sends each message back;
  * the same with the asyncio ``websockets`` server;
  * a canned RSocket responder (sync ``websockets`` too): it answers every REQUEST_RESPONSE
    at once with a PAYLOAD carrying a reply recorded from the runtime, and a KEEPALIVE with
    a KEEPALIVE, so that a full RSocket client (the SDK) can be timed without a runtime.
"""

from __future__ import annotations

import contextlib
import heapq
import json
import multiprocessing
import os
import random
import selectors
import sqlite3
import statistics
import struct
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

T0 = 1_800_000_000.0  # the runtime's manual clock starts here
HEADER = struct.Struct(">IH")  # RSocket: stream id, type << 10 | flags
REQUEST_RESPONSE = 0x04 << 10
PAYLOAD_NC = (0x0A << 10) | 0x40 | 0x20  # PAYLOAD with NEXT and COMPLETE: a whole answer
TYPE_PAYLOAD, TYPE_ERROR, TYPE_KEEPALIVE, TYPE_REQUEST_RESPONSE = 0x0A, 0x0B, 0x03, 0x04

# -- servers, each in its own process --------------------------------------------------------------

SYNC_ECHO = """
from websockets.sync.server import serve
def echo(ws):
    for message in ws:
        ws.send(message)
with serve(echo, "127.0.0.1", 0, compression=None, ping_interval=None, max_size=2**24) as server:
    print(server.socket.getsockname()[1], flush=True)
    server.serve_forever()
"""

ASYNC_ECHO = """
import asyncio
from websockets.asyncio.server import serve
async def echo(ws):
    async for message in ws:
        await ws.send(message)
async def main():
    async with serve(echo, "127.0.0.1", 0, compression=None, ping_interval=None, max_size=2**24) as server:
        print(server.sockets[0].getsockname()[1], flush=True)
        await asyncio.Future()
asyncio.run(main())
"""

_SEND_BACK = "        await ws.send(message)\n"
assert ASYNC_ECHO.count(_SEND_BACK) == 1
COMMITTING_ECHO = """
import sqlite3, sys
# the floor of a durable write: the asyncio echo, which before it sends a message back commits
# one row (an upsert keyed by the message's last 8 bytes) to a SQLite file in WAL mode,
# synchronous=NORMAL (as the runtime's store: a commit survives kill -9), one transaction a
# message, on the event loop
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA journal_mode = WAL")
db.execute("PRAGMA synchronous = NORMAL")
db.execute("CREATE TABLE IF NOT EXISTS kv (k BLOB PRIMARY KEY, v BLOB NOT NULL)")
UPSERT = "INSERT INTO kv(k, v) VALUES (?, ?) ON CONFLICT(k) DO UPDATE SET v = excluded.v"
def commit(message):
    db.execute("BEGIN IMMEDIATE")
    db.execute(UPSERT, (message[-8:], message))
    db.execute("COMMIT")
""" + ASYNC_ECHO.replace(_SEND_BACK, "        commit(message)\n" + _SEND_BACK)

CANNED = """
import struct, sys
from websockets.sync.server import serve
HEADER = struct.Struct(">IH")
# argv: "TT:REPLY" in hex: a command whose first byte (its oneof field's tag) is TT gets REPLY
REPLIES = {int(k, 16): bytes.fromhex(v) for k, v in (a.split(":") for a in sys.argv[1:])}
def answer(ws):
    for message in ws:
        stream_id, type_flags = HEADER.unpack_from(message)
        if type_flags >> 10 == 0x04:                        # REQUEST_RESPONSE: the recorded reply
            reply = REPLIES.get(message[6], b"") if len(message) > 6 else b""
            ws.send(HEADER.pack(stream_id, (0x0A << 10) | 0x60) + reply)
        elif type_flags >> 10 == 0x03 and type_flags & 0x80:  # KEEPALIVE(RESPOND)
            ws.send(HEADER.pack(0, 0x03 << 10) + message[6:])
with serve(answer, "127.0.0.1", 0, compression=None, ping_interval=None, max_size=2**24) as server:
    print(server.socket.getsockname()[1], flush=True)
    server.serve_forever()
"""

RUNTIME = """
import os, sys
os.nice({nice})
sys.path.insert(0, {root!r})
from elarian_server.clock import ManualClock
from elarian_server.runtime import Runtime
clock = ManualClock({t0})
runtime = Runtime(db={db!r}, clock=clock, background={background!r})
runtime.start()
print(runtime.listener.ws_port, flush=True)
for line in sys.stdin:                      # "advance N" moves the clock; EOF stops
    words = line.split()
    if words and words[0] == "advance":
        clock.advance(float(words[1]))
        print("ok", flush=True)
runtime.stop()
"""


class Proc:
    """A server in its own process that prints its port first: ``url`` and ``pid``."""

    def __init__(self, code: str, *args: str, stdin: bool = False) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code, *args],
            stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line.strip().isdigit():
            self.proc.kill()
            raise RuntimeError(f"the server did not start (said {line!r})")
        self.url = f"ws://127.0.0.1:{int(line)}"
        self.pid = self.proc.pid

    def cpu(self) -> float:
        return cpu_seconds(self.pid)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)


class Runtime(Proc):
    """The runtime in its own process on a SQLite file (or a PostgreSQL URL), its clock manual
    from ``T0``; ``background``: whether it runs campaigns and queued sends; ``nice``: added to
    its process's niceness; ``root``: the checkout whose runtime runs (this one by default)."""

    def __init__(self, db: str, *, background: bool = True, nice: int = 0, root: Path = ROOT) -> None:
        code = RUNTIME.format(root=str(root), t0=T0, db=db, background=background, nice=nice)
        super().__init__(code, stdin=True)

    def advance(self, seconds: float) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"advance {seconds}\n")
        self.proc.stdin.flush()
        self.proc.stdout.readline()

    def stop(self) -> None:
        assert self.proc.stdin is not None
        with contextlib.suppress(OSError):
            self.proc.stdin.close()  # EOF: the runtime stops itself
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            super().stop()


class Served(Proc):
    """``elarian-sync serve`` as a user runs it on ``db`` (its real clock; by default its
    background work in a worker process of its own, niced), stopped with SIGTERM."""

    def __init__(self, db: str, *flags: str) -> None:
        import re

        self.proc = subprocess.Popen(
            [sys.executable, "-m", "elarian_server.cli", "serve", "--ws-port", "0", "--db", db, *flags],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT,
        )  # fmt: skip
        assert self.proc.stdout is not None
        banner = self.proc.stdout.readline()
        found = re.search(r"ws://127\.0\.0\.1:\d+", banner)
        if found is None:
            self.proc.kill()
            raise RuntimeError(f"serve did not start (said {banner!r})")
        self.url = found.group(0)
        self.pid = self.proc.pid


def children(pid: int) -> list[int]:
    """The processes ``pid`` started that run now (its main thread's, from /proc)."""
    with open(f"/proc/{pid}/task/{pid}/children") as found:
        return [int(child) for child in found.read().split()]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (all its threads), from /proc: 10 ms resolution."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# -- the store ---------------------------------------------------------------------------------------


def customer_id(i: int) -> str:
    return f"el_cst_{i:032x}"


def populate(db: str, customers: int, reminders: int = 0, batches: int = 1, *, root: Path = ROOT) -> None:
    """Fill a fresh store directly (bulk inserts) before the runtime opens it: ``customers``
    customers, each with a number and a name, and ``batches`` batches of ``reminders``
    reminders for the dev app, batch b due at T0 + 60 (b + 1). ``db``: a SQLite file or a
    postgresql:// URL; its schema is the one the checkout ``root`` makes (another checkout's
    runtime refuses a schema newer than its own)."""
    from elarian_server.config import DEV_APP, DEV_ORG
    from elarian_server.store import is_postgres, open_store

    if root == ROOT:
        open_store(db).close()  # create the schema
    else:
        code = (
            f"import sys; sys.path.insert(0, {str(root)!r})\n"
            f"from elarian_server.store import open_store\nopen_store({db!r}).close()"
        )
        subprocess.run([sys.executable, "-c", code], check=True, cwd=root)
    if is_postgres(db):
        import psycopg

        con: Any = _PgBulk(psycopg.connect(db))
    else:
        con = sqlite3.connect(db)
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = OFF")
    step = 50_000
    for start in range(0, customers, step):
        rows = range(start, min(start + step, customers))
        with con:
            con.executemany(
                "INSERT INTO customers(customer_id, org_id, created_at) VALUES (?, ?, ?)",
                ((customer_id(i), DEV_ORG, T0) for i in rows),
            )
            con.executemany(
                "INSERT INTO customer_numbers(org_id, provider, number, customer_id) VALUES (?, 2, ?, ?)",
                ((DEV_ORG, f"+2547{i:08d}", customer_id(i)) for i in rows),
            )
            con.executemany(
                "INSERT INTO metadata(customer_id, key, text_value) VALUES (?, 'name', ?)",
                ((customer_id(i), f"customer {i}") for i in rows),
            )
    for batch in range(batches):
        with con:
            con.executemany(
                "INSERT INTO reminders(customer_id, app_id, org_id, key, remind_at) VALUES (?, ?, ?, ?, ?)",
                (
                    (customer_id(i), DEV_APP, DEV_ORG, f"due-{batch}", T0 + 60 * (batch + 1))
                    for i in range(reminders)
                ),
            )
    con.close()


class _PgBulk:
    """A psycopg connection with sqlite3's ``executemany``/``with``/``close``, for ``populate``."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def executemany(self, sql: str, rows: Any) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(sql.replace("?", "%s"), list(rows))

    def __enter__(self) -> _PgBulk:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.conn.commit()
        else:
            self.conn.rollback()

    def close(self) -> None:
        self.conn.close()


# -- raw frames ----------------------------------------------------------------------------------


def setup_frame(simplex: bool = True) -> bytes:
    """SETUP of the dev app (keepalive 60 s, lifetime 1 h: a raw client sends no keepalives)."""
    from elarian_server.config import DEV_API_KEY, DEV_APP, DEV_ORG
    from elarian_sync._generated import app_socket_pb2 as A
    from elarian_sync.rsocket import frames as f

    meta = A.AppConnectionMetadata(org_id=DEV_ORG, app_id=DEV_APP, simplex_mode=simplex)
    meta.api_key.value = DEV_API_KEY
    setup = f.Setup(
        keepalive_ms=60_000,
        lifetime_ms=3_600_000,
        metadata_mime="application/json",
        data_mime="application/octet-stream",
        data=meta.SerializeToString(),
    )
    return f.encode(setup)


def get_state_bodies(customers: int, count: int, seed: int = 1) -> list[bytes]:
    """Serialized GetCustomerState commands (by customer id) for random customers."""
    from elarian_sync._generated import app_socket_pb2 as A

    rng = random.Random(seed)
    out = []
    for _ in range(count):
        cmd = A.AppToServerCommand()
        cmd.get_customer_state.customer_id = customer_id(rng.randrange(customers))
        out.append(cmd.SerializeToString())
    return out


def update_bodies(customers: int, count: int, seed: int = 2) -> list[bytes]:
    """Serialized UpdateCustomerMetadata commands (one key, by customer id) for random customers."""
    from elarian_sync._generated import app_socket_pb2 as A

    rng = random.Random(seed)
    out = []
    for n in range(count):
        cmd = A.AppToServerCommand()
        body = cmd.update_customer_metadata
        body.customer_id = customer_id(rng.randrange(customers))
        body.updates["visits"].string_val = str(n)
        out.append(cmd.SerializeToString())
    return out


def open_socket(url: str, setup: bytes | None) -> Any:
    """A websocket-client socket; with ``setup``, an RSocket session on it, checked live (a
    KEEPALIVE(RESPOND) answered) before it is returned."""
    import websocket

    ws = websocket.create_connection(url, skip_utf8_validation=True, timeout=30)
    if setup is not None:
        ws.send_bytes(setup)
        ws.send_bytes(HEADER.pack(0, (TYPE_KEEPALIVE << 10) | 0x80) + bytes(8))
        while True:
            message = ws.recv_data()[1]
            kind = HEADER.unpack_from(message)[1] >> 10
            if kind == TYPE_KEEPALIVE:
                break
            if kind == TYPE_ERROR:
                raise RuntimeError(f"the runtime refused the session: {message[6:]!r}")
    return ws


class RawConn:
    """Sequential round trips of pre-built frames over websocket-client, nothing else."""

    def __init__(self, url: str, setup: bytes | None = None) -> None:
        self.ws = open_socket(url, setup)
        self.stream = 1

    def round_trip(self, body: bytes) -> bytes:
        """Send one REQUEST_RESPONSE (the next odd stream id) and return the answer's frame."""
        self.ws.send_bytes(HEADER.pack(self.stream, REQUEST_RESPONSE) + body)
        self.stream += 2
        return bytes(self.ws.recv_data()[1])

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.ws.close()


# -- one client in a process of its own -------------------------------------------------------------

CLIENT = """
import json, sys
sys.path.insert(0, {bench!r})
import harness as h
kind, url, body = sys.argv[1], sys.argv[2], bytes.fromhex(sys.argv[3])
if kind == "sdk":  # Customer(app, customer_id=...).get_state(), the command ``body`` is
    from elarian_sync import Customer
    from elarian_sync._generated import app_socket_pb2 as A
    command = A.AppToServerCommand.FromString(body)
    app = h.elarian(url, allow_notifications=False)
    call = Customer(app, customer_id=command.get_customer_state.customer_id).get_state
    only = A.AppToServerCommand()
    only.get_customer_state.customer_id = command.get_customer_state.customer_id
    assert only.SerializeToString() == body, "only a get_state by customer id"
else:  # "raw": pre-built frames; "echo": the same with no RSocket session (an echo server)
    conn = h.RawConn(url, None if kind == "echo" else h.setup_frame())
    call = lambda: conn.round_trip(body)
for _ in range(200):  # warm up
    call()
print("ready", flush=True)
for line in sys.stdin:  # N: N sequential calls, timed; the process's CPU time for them
    print(json.dumps(h.timed(call, int(line))), flush=True)
if kind == "sdk":  # stdin closed: a clean goodbye to the server
    app.disconnect()
else:
    conn.close()
"""


class Driven:
    """A process of its own driven over its standard input: a line asked, a line answered
    (``ask``), or a line told with no answer (``tell``); ``first`` is the line it said when it
    was up (``ready`` unless ``expect`` says otherwise). Closing its input ends it."""

    def __init__(self, code: str, *args: str, expect: str | None = "ready") -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None
        self.first = self.proc.stdout.readline().strip()
        if expect is not None and self.first != expect:
            self.proc.kill()
            self.proc.wait(30)
            raise RuntimeError(f"{type(self).__name__} did not start (said {self.first!r})")

    def tell(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{line}\n")
        self.proc.stdin.flush()

    def ask(self, line: str) -> str:
        assert self.proc.stdout is not None
        self.tell(line)
        return self.proc.stdout.readline().strip()

    def close(self, timeout: float = 30) -> None:
        if self.proc.stdin is not None:
            with contextlib.suppress(OSError):
                self.proc.stdin.close()
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(30)


class ClientProc(Driven):
    """A client in a process of its own making sequential round trips of ``body`` to ``url`` on
    request: "echo" (websocket-client ping-pong, no RSocket), "raw" (pre-built RSocket frames on a
    session) or "sdk" (``Customer.get_state`` through an ``Elarian`` client; ``body`` a
    GetCustomerState by customer id). Its CPU time is its own: no other client shares its
    process, its heap or its threads."""

    def __init__(self, kind: str, url: str, body: bytes) -> None:
        super().__init__(CLIENT.format(bench=str(ROOT / "bench")), kind, url, body.hex())

    def timed(self, count: int) -> tuple[list[float], float]:
        """``count`` round trips: their latencies (us) and the client process's CPU time (s)."""
        lat, cpu = json.loads(self.ask(str(count)))
        return list(lat), float(cpu)


# -- the load generator: client processes ----------------------------------------------------------


@dataclass
class Load:
    """What one round of the load generator did."""

    count: int  # round trips answered
    errors: int  # of those, answers that were not a PAYLOAD (an ERROR, an echo's copy)
    elapsed: float  # the common start to the last answer of any process
    client_cpu: float  # CPU time of all the client processes
    latencies: list[float] = field(default_factory=list)  # us, when asked for

    @property
    def rate(self) -> float:
        return self.count / self.elapsed


def _drive(conns: list[Any], streams: list[int], task: dict[str, Any]) -> dict[str, Any]:
    """One round in one client process, on one thread: each connection keeps one request in
    flight (back to back, or paced at ``interval``) from ``start`` until ``seconds`` later or
    ``limit`` requests; returns what it did."""
    bodies: list[bytes] = task["bodies"]
    expect: int = task["expect"]
    interval: float = task["interval"]
    record: bool = task["record"]
    start: float = task["start"]
    stop = start + task["seconds"]
    limit: int = task["limit"]
    n, nb = len(conns), len(bodies)
    sel = selectors.DefaultSelector()
    for i, ws in enumerate(conns):
        sel.register(ws.sock, selectors.EVENT_READ, i)
    sent_at = [0.0] * n
    pending = 0
    count = errors = issued = 0
    latencies: list[float] = []
    rng = random.Random(os.getpid())
    timers: list[tuple[float, int]] = []  # paced: (when, connection)

    def send(i: int, now: float) -> None:
        nonlocal issued, pending
        ws = conns[i]
        ws.send_bytes(HEADER.pack(streams[i], REQUEST_RESPONSE) + bodies[(issued + i) % nb])
        streams[i] += 2
        sent_at[i] = now
        issued += 1
        pending += 1

    while time.monotonic() < start:
        time.sleep(min(0.002, max(start - time.monotonic(), 0)))
    cpu0 = time.process_time()
    now = time.monotonic()
    for i in range(n):
        if interval:
            heapq.heappush(timers, (now + rng.random() * interval, i))
        else:
            send(i, now)
    last = now
    hard = stop + 30.0  # a server that stops answering ends the round, not the benchmark
    while (pending or timers) and time.monotonic() < hard:
        timeout = None
        if timers:
            timeout = max(timers[0][0] - time.monotonic(), 0)
            if timers[0][0] >= stop and not pending:
                break
        events = sel.select(timeout if timeout is not None else 1.0)
        now = time.monotonic()
        for key, _ in events:
            i = key.data
            message = conns[i].recv_data()[1]
            if HEADER.unpack_from(message)[0] == 0:  # on the connection, not an answer
                continue
            pending -= 1
            count += 1
            last = now
            if message[4] >> 2 != expect:
                errors += 1
            if record:
                latencies.append((now - sent_at[i]) * 1e6)
            if now < stop and issued < limit:
                if interval:
                    heapq.heappush(timers, (max(now, sent_at[i] + interval), i))
                else:
                    send(i, now)
        while timers and timers[0][0] <= now:
            _, i = heapq.heappop(timers)
            if now < stop and issued < limit:
                send(i, now)
    sel.close()
    return {
        "count": count,
        "errors": errors,
        "end": last,
        "cpu": time.process_time() - cpu0,
        "latencies": latencies,
        "pending": pending,
    }


def _worker(pipe: Any) -> None:
    """A client process: opens connections and runs rounds when told (see ``LoadGen``)."""
    conns: list[Any] = []
    streams: list[int] = []

    def close() -> None:
        for ws in conns:
            with contextlib.suppress(Exception):
                ws.close()  # a close frame: the server sees a clean end
        conns.clear()

    try:
        while pipe.poll(600):  # else the parent is gone
            message = pipe.recv()
            try:
                if message[0] == "open":
                    _, url, setup, n = message
                    close()
                    conns.extend(open_socket(url, setup) for _ in range(n))
                    streams = [1] * n
                    pipe.send(("ok", None))
                elif message[0] == "run":
                    pipe.send(("ok", _drive(conns, streams, message[1])))
                elif message[0] == "close":
                    close()
                    pipe.send(("ok", None))
                else:
                    return
            except Exception as exc:
                pipe.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        close()


class LoadGen:
    """``procs`` client processes with ``conns`` connections each, opened on one server at a
    time; a round starts in all of them at one moment (CLOCK_MONOTONIC is the machine's)."""

    def __init__(self, procs: int, conns: int) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.conns = conns
        self.pipes = []
        self.procs = []
        for _ in range(procs):
            ours, theirs = ctx.Pipe()
            proc = ctx.Process(target=_worker, args=(theirs,), daemon=True)
            proc.start()
            self.pipes.append(ours)
            self.procs.append(proc)

    @property
    def connections(self) -> int:
        return self.conns * len(self.procs)

    def _all(self, message: Any, timeout: float) -> list[Any]:
        for pipe in self.pipes:
            pipe.send(message)
        out = []
        deadline = time.monotonic() + timeout
        for pipe in self.pipes:
            if not pipe.poll(max(deadline - time.monotonic(), 0)):
                raise RuntimeError(f"a client process did not answer {message[0]!r} in {timeout:.0f} s")
            status, value = pipe.recv()
            if status != "ok":
                raise RuntimeError(f"a client process failed: {value}")
            out.append(value)
        return out

    def open(self, url: str, setup: bytes | None) -> None:
        self._all(("open", url, setup, self.conns), 120)

    def close(self) -> None:
        self._all(("close",), 60)

    def run(
        self,
        bodies: Sequence[bytes],
        seconds: float,
        *,
        expect: int,
        limit: int = 10**9,
        interval: float = 0.0,
        record: bool = False,
        lead: float = 0.3,
    ) -> Load:
        """One round on the open connections: all start ``lead`` s from now; ``limit`` is per
        process. The rate is every answer over the common window, start to last answer."""
        start = time.monotonic() + lead
        task = {
            "bodies": list(bodies), "expect": expect, "interval": interval, "record": record,
            "start": start, "seconds": seconds, "limit": limit,
        }  # fmt: skip
        results = self._all(("run", task), seconds + lead + 60)
        lat = [x for r in results for x in r["latencies"]]
        return Load(
            count=sum(r["count"] for r in results),
            errors=sum(r["errors"] for r in results),
            elapsed=max(r["end"] for r in results) - start,
            client_cpu=sum(r["cpu"] for r in results),
            latencies=lat,
        )

    def stop(self) -> None:
        for pipe in self.pipes:
            with contextlib.suppress(OSError):
                pipe.send(("exit",))
        for proc in self.procs:
            proc.join(10)
            if proc.is_alive():
                proc.terminate()
                proc.join(5)


# -- figures -----------------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) of values, nearest rank."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(round(q / 100 * len(ordered) + 0.5) - 1, 0)
    return ordered[min(rank, len(ordered) - 1)]


def spread(values: Sequence[float], fmt: str = "{:.0f}") -> str:
    """The median and the min..max of values across rounds: ``1234 [1100..1300]``."""
    if not values:
        return "n/a"
    med = statistics.median(values)
    return f"{fmt.format(med)} [{fmt.format(min(values))}..{fmt.format(max(values))}]"


def ratios(top: Sequence[float], bottom: Sequence[float]) -> list[float]:
    """Per-round ratios top[r] / bottom[r] (each round's pair was measured side by side)."""
    return [t / b for t, b in zip(top, bottom, strict=True) if b]


def orders(names: Sequence[str], rounds: int) -> list[list[str]]:
    """Each round's order of the targets: rotated one place a round, reversed every other
    round, so that no target always follows the same one."""
    out = []
    for r in range(rounds):
        k = r % len(names)
        order = list(names[k:]) + list(names[:k])
        out.append(order[::-1] if (r // len(names)) % 2 else order)
    return out


def header(title: str) -> None:
    import google.protobuf
    import websocket
    import websockets
    from google.protobuf.internal import api_implementation

    print(title)
    print(
        f"  python {sys.version.split()[0]} ({os.uname().machine}, {os.cpu_count()} cores, "
        f"load avg {os.getloadavg()[0]:.1f}), sqlite {sqlite3.sqlite_version}, "
        f"protobuf {google.protobuf.__version__} ({api_implementation.Type()}), "
        f"websockets {websockets.__version__}, websocket-client {websocket.__version__}"
    )
    print("  figures are ratios within one run on a noisy machine: median [min..max] across rounds")


def timed(fn: Callable[[], object], count: int) -> tuple[list[float], float]:
    """``count`` sequential calls: latencies (us) and the process CPU time they took (s)."""
    lat = []
    cpu0 = time.process_time()
    for _ in range(count):
        start = time.perf_counter_ns()
        fn()
        lat.append((time.perf_counter_ns() - start) / 1000)
    return lat, time.process_time() - cpu0


# -- apps that take notifications ------------------------------------------------------------------


class RawApp:
    """An app connection (not simplex) that answers every notification at once with an empty
    reply, decoding nothing but the frame headers: what the runtime's delivery can do at most.

    After websocket-client's handshake it reads the socket itself, 64 KiB at a time, and
    answers all the notifications one read brought in one write (as the SDK's reader does)."""

    def __init__(self, url: str) -> None:
        import websocket

        self.ws = open_socket(url, setup_frame(simplex=False))
        self.frame = websocket.ABNF.create_frame
        self.buffer = b""
        self.answered = 0  # in all, as it goes (another thread may read it)
        self.halt = False  # set from another thread: answer() returns within 0.1 s

    def _messages(self) -> list[bytes]:
        """The whole WebSocket messages in the buffer (the server's are unmasked, unfragmented)."""
        out = []
        buf, at = self.buffer, 0
        while len(buf) - at >= 2:
            size, head = buf[at + 1] & 0x7F, 2
            if size == 126:
                if len(buf) - at < 4:
                    break
                size, head = int.from_bytes(buf[at + 2 : at + 4], "big"), 4
            elif size == 127:
                if len(buf) - at < 10:
                    break
                size, head = int.from_bytes(buf[at + 2 : at + 10], "big"), 10
            if len(buf) - at < head + size:
                break
            if buf[at] & 0x0F == 0x2:  # binary: an RSocket frame
                out.append(buf[at + head : at + head + size])
            at += head + size
        self.buffer = buf[at:]
        return out

    def answer(self, count: int, timeout: float) -> int:
        """Answer notifications until ``count`` were answered or ``timeout`` s passed."""
        answered = 0
        deadline = time.monotonic() + timeout
        sock = self.ws.sock
        sel = selectors.DefaultSelector()
        sel.register(sock, selectors.EVENT_READ)
        reply = (TYPE_PAYLOAD << 10) | 0x60
        try:
            while answered < count and not self.halt:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                if not sel.select(min(remaining, 0.1)):
                    continue
                data = sock.recv(65536)
                if not data:
                    break
                self.buffer += data
                out = []
                for message in self._messages():
                    stream_id, type_flags = HEADER.unpack_from(message)
                    if type_flags >> 10 == TYPE_REQUEST_RESPONSE:
                        out.append(self.frame(HEADER.pack(stream_id, reply), 0x2).format())
                if out:
                    sock.sendall(b"".join(out))
                    answered += len(out)
                    self.answered += len(out)
        finally:
            sel.close()
        return answered

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.ws.close()


def elarian(url: str, **options: Any) -> Any:
    """The SDK's app client of the dev app, connected."""
    from elarian_server.config import DEV_API_KEY, DEV_APP, DEV_ORG
    from elarian_sync import Elarian

    return Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url=url, **options).connect()


class SdkApp:
    """An ``Elarian`` client whose reminder handler counts and returns (after ``delay`` s)."""

    def __init__(self, url: str, workers: int = 8, delay: float = 0.0) -> None:
        import threading

        self.delay = delay
        self.lock = threading.Lock()
        self.done = threading.Event()
        self.count = 0
        self.target = 0
        self.app = elarian(url, workers=workers)
        self.app.on("reminder", self._handler)

    def _handler(self, notification: Any) -> None:
        if self.delay:
            time.sleep(self.delay)
        with self.lock:
            self.count += 1
            if self.count >= self.target:
                self.done.set()

    def expect(self, count: int) -> None:
        with self.lock:
            self.count, self.target = 0, count
            self.done.clear()

    def answer(self, count: int, timeout: float) -> int:
        """Wait until the handler ran ``count`` times since ``expect`` (or ``timeout`` s)."""
        self.done.wait(timeout)
        return self.count

    def close(self) -> None:
        self.app.disconnect()
