"""Connectors' throughput, each against a baseline measured in the same run, rounds interleaved.

    .venv/bin/python bench/connectors.py [--quick] [--rounds N]

* outbound: webhooks/s delivered to a local receiver (a keep-alive HTTP/1.1 server on
  127.0.0.1 that answers 200 at once): from the commit that wrote N deliveries until the
  receiver has taken the last, through the whole pipeline (claim, sign, POST, record), one
  connector with 1 and with 4 workers; against plain POSTs/s of the same bodies from one
  keep-alive client (http.client), and from 4.
* inbound: events/s accepted (202, durably queued) by ``POST /connectors/NAME/events`` from 4
  keep-alive clients (bearer token, the generic shape), and actions/s applied (a reward paid
  purse -> wallet and a tag, per event) from the first request until the last is applied (the
  acceptance included: the worker applies while requests still come); against plain requests/s from
  the same 4 clients to the same server (cheroot + werkzeug) with an empty handler.

The runtime runs in this process (its HTTP side and workers are threads), and the receiver too;
the HTTP clients run in a process of their own (in this one they took the runtime's GIL: the
empty handler did ~200 requests/s, against ~1,000/s with the clients outside). Every figure
still shares the same two cores. Every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import replace
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import header, orders, ratios, spread

from elarian_server.clock import ManualClock
from elarian_server.config import DEV_ORG, DEV_PURSE, Purse, dev_config, inbound_settings, webhook_settings
from elarian_server.runtime import Runtime
from elarian_server.store.base import DomainEvent

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
TOKEN = "bench-token-0123456789abcdef"
DEADLINE = 120.0  # seconds any one measurement may take


class Receiver:
    """Counts POSTs; answers 200 with keep-alive."""

    def __init__(self) -> None:
        self.count = 0
        self.lock = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("content-length", "0")))
                self.send_response(200)
                self.send_header("content-length", "0")
                self.end_headers()
                with receiver.lock:
                    receiver.count += 1
                    receiver.lock.notify_all()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def wait_for(self, n: int) -> None:
        deadline = time.monotonic() + DEADLINE
        with self.lock:
            while self.count < n:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise SystemExit(f"the receiver got {self.count} of {n} within {DEADLINE:g} s")
                self.lock.wait(left)


def posts(url: str, bodies: list[bytes], clients: int, headers: dict[str, str]) -> float:
    """POST every body from ``clients`` keep-alive connections; requests/s."""
    parts = urlsplit(url)

    def run(share: list[bytes]) -> None:
        conn = http.client.HTTPConnection(parts.hostname or "", parts.port or 80, timeout=30)
        for body in share:
            conn.request("POST", parts.path, body, {"content-type": "application/json", **headers})
            response = conn.getresponse()
            response.read()
            if response.status >= 300:
                raise SystemExit(f"{url} answered {response.status}")
        conn.close()

    shares = [bodies[i::clients] for i in range(clients)]
    start = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(run, shares))
    return len(bodies) / (time.perf_counter() - start)


class Clients:
    """``posts`` in a process of its own (spawned: nothing of this one's threads is copied)."""

    def __init__(self) -> None:
        self.pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))

    def posts(self, url: str, bodies: list[bytes], clients: int, headers: dict[str, str]) -> float:
        return self.pool.submit(posts, url, bodies, clients, headers).result(DEADLINE)

    def close(self) -> None:
        self.pool.shutdown()


def runtime_with(receiver_url: str, threads: int) -> Runtime:
    base = dev_config()
    org = base.orgs[DEV_ORG]
    org = replace(org, purses=(Purse(DEV_PURSE, {"KES": Decimal("1000000000")}),))
    rule = {
        "reward": {"purse": DEV_PURSE, "amount": "1", "currency": "KES", "reference": "bench"},
        "tag": "bench",
    }
    inbound = inbound_settings({"name": "cdp", "auth": "bearer", "token": TOKEN, "create_customers": True,
                                "audiences": {"bench": rule}}, org, "bench")  # fmt: skip
    hook = webhook_settings(
        {"name": "map", "url": receiver_url, "secret": SECRET, "threads": threads}, "bench"
    )
    config = replace(base, orgs={DEV_ORG: replace(org, webhooks=(hook,), inbound=(inbound,))})
    return Runtime(config, clock=ManualClock(), http_port=0, ws_port=0)


def outbound_round(runtime: Runtime, receiver: Receiver, n: int, round_no: int) -> float:
    """``n`` deliveries written in one commit; webhooks/s until the receiver has them all."""
    before = receiver.count
    start = time.perf_counter()
    with runtime.store.transaction() as tx:
        for i in range(n):
            tx.publish(DomainEvent(DEV_ORG, "reward.issued", None, runtime.clock.now(),
                                   {"amount": "100", "currency": "KES", "i": i},
                                   order_key=f"bench/{round_no}/{i}"))  # fmt: skip
    runtime.engine.committed(tx)
    receiver.wait_for(before + n)
    return n / (time.perf_counter() - start)


def inbound_round(runtime: Runtime, clients: Clients, n: int, round_no: int) -> tuple[float, float]:
    """``n`` events from 4 clients: accepted/s (202), and applied/s from the first request until
    the last is applied."""
    assert runtime.http_url is not None
    events = [{"id": f"r{round_no}-{i}", "audience": "bench", "action": "entered",
               "identities": {"phone": f"+2547{round_no:02}{i:06}"}} for i in range(n)]  # fmt: skip
    bodies = [json.dumps(event).encode() for event in events]
    start = time.perf_counter()
    accepted = clients.posts(
        f"{runtime.http_url}/connectors/cdp/events", bodies, 4, {"Authorization": f"Bearer {TOKEN}"}
    )
    deadline = time.monotonic() + DEADLINE
    last = f"r{round_no}-{n - 1}"
    while True:
        row = runtime.inbound.outcome(DEV_ORG, "cdp", last)
        if row is not None and row.status:
            with runtime.store.read() as tx:
                if all(
                    (r := tx.inbound_event(DEV_ORG, "cdp", f"r{round_no}-{i}")) and r.status for i in range(n)
                ):
                    break
        if time.monotonic() > deadline:
            raise SystemExit(f"inbound events not applied within {DEADLINE:g} s")
        time.sleep(0.01)
    return accepted, n / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer requests a round")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    n = 500 if args.quick else 2000
    header(f"connectors: {n} requests a round, {args.rounds} rounds")
    receiver = Receiver()
    clients = Clients()
    body = json.dumps({"type": "reward.issued", "timestamp": "2027-01-15T08:00:00.000Z",
                       "data": {"amount": "100", "currency": "KES", "org_id": DEV_ORG,
                                "customer": {"customer_id": "el_cst_" + "0" * 32}}}).encode()  # fmt: skip
    bodies = [body] * n
    runtimes = {threads: runtime_with(receiver.url, threads).start() for threads in (1, 4)}
    empty = runtimes[4]
    assert empty.http is not None
    from werkzeug.wrappers import Response

    empty.http.route("/empty", "empty", ["POST"], lambda request: Response(b"", 202))
    results: dict[str, list[float]] = {
        k: [] for k in ("post1", "post4", "hook1", "hook4", "empty", "accepted", "applied")
    }
    jobs: dict[str, Callable[[int], None]] = {
        "post1": lambda r: results["post1"].append(clients.posts(receiver.url, bodies, 1, {})),
        "post4": lambda r: results["post4"].append(clients.posts(receiver.url, bodies, 4, {})),
        "hook1": lambda r: results["hook1"].append(outbound_round(runtimes[1], receiver, n, r)),
        "hook4": lambda r: results["hook4"].append(outbound_round(runtimes[4], receiver, n, r)),
        "empty": lambda r: results["empty"].append(
            clients.posts(f"{empty.http_url}/empty", [b"{}"] * n, 4, {"Authorization": f"Bearer {TOKEN}"})
        ),
        "inbound": lambda r: [
            results[k].append(v)
            for k, v in zip(("accepted", "applied"), inbound_round(empty, clients, n, r), strict=True)
        ],
    }
    try:
        for r, order in enumerate(orders(list(jobs), args.rounds)):
            for name in order:
                jobs[name](r)
    finally:
        for runtime in runtimes.values():
            runtime.stop()
        receiver.server.shutdown()
        clients.close()
    print("outbound (webhooks/s to a local receiver)")
    print(f"  plain POSTs, 1 client                        {spread(results['post1'])}")
    print(f"  plain POSTs, 4 clients                       {spread(results['post4'])}")
    print(f"  webhooks, 1 worker                           {spread(results['hook1'])}"
          f"   x{spread(ratios(results['hook1'], results['post1']), '{:.2f}')} of 1 client")  # fmt: skip
    print(f"  webhooks, 4 workers                          {spread(results['hook4'])}"
          f"   x{spread(ratios(results['hook4'], results['post4']), '{:.2f}')} of 4 clients")  # fmt: skip
    print("inbound (4 keep-alive clients)")
    print(f"  empty handler, requests/s                    {spread(results['empty'])}")
    print(f"  events accepted (202), events/s              {spread(results['accepted'])}"
          f"   x{spread(ratios(results['accepted'], results['empty']), '{:.2f}')} of empty")  # fmt: skip
    print(f"  applied (reward + tag) from 1st POST, ev/s   {spread(results['applied'])}"
          f"   x{spread(ratios(results['applied'], results['empty']), '{:.2f}')} of empty")  # fmt: skip


if __name__ == "__main__":
    main()
