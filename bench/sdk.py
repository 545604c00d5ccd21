"""Benchmark: the whole SDK against the runtime, next to raw protobuf on a bare socket.

Prints figures; asserts nothing. Every loop is bounded in count. Run:
    .venv/bin/python bench/sdk.py [--quick]

In one run, against one runtime in its own process (a SQLite file):
  1. a blocking get_state round trip: Customer.get_state() (typed dataclasses out) next to
     the same GetCustomerState command built with protobuf by hand and sent as an RSocket
     REQUEST_RESPONSE over a bare websocket-client socket (no SDK at all): p50 and the ratio;
  2. pipelined update_metadata: Customer.update_metadata_async with 64 in flight from one
     thread, next to the raw socket with 64 frames in flight: commands/s and the ratio;
  3. notifications answered per second by an Elarian client's handlers with 1 and 8 workers,
     for a handler that returns at once and one that waits 2 ms (as for a database call):
     N reminders come due together for N customers; the time is from the clock reaching
     them to the last answer.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import T0, populate  # noqa: E402  (bench/harness.py)
from harness import Runtime as Server  # noqa: E402


def elarian(url: str, **options: Any) -> Any:
    from elarian_server.config import DEV_API_KEY, DEV_APP, DEV_ORG
    from elarian_sync import Elarian

    return Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url=url, **options).connect()


class RawClient:
    """GetCustomerState / UpdateCustomerMetadata as protobuf in RSocket frames on a bare socket."""

    def __init__(self, url: str) -> None:
        import websocket

        from elarian_server.config import DEV_API_KEY, DEV_APP, DEV_ORG
        from elarian_sync._generated import app_socket_pb2 as A
        from elarian_sync.rsocket import frames as f

        self.f, self.A = f, A
        self.ws = websocket.create_connection(url, skip_utf8_validation=True)
        meta = A.AppConnectionMetadata(org_id=DEV_ORG, app_id=DEV_APP, simplex_mode=True)
        meta.api_key.value = DEV_API_KEY
        setup = f.Setup(
            keepalive_ms=60_000,
            lifetime_ms=180_000,
            metadata_mime="application/json",
            data_mime="application/octet-stream",
            data=meta.SerializeToString(),
        )
        self.ws.send_bytes(f.encode(setup))
        self.stream = 1

    def _next(self) -> int:
        stream, self.stream = self.stream, self.stream + 2
        return stream

    def get_state(self, number: str) -> Any:
        cmd = self.A.AppToServerCommand()
        cmd.get_customer_state.customer_number.number = number
        cmd.get_customer_state.customer_number.provider = 2
        self.ws.send_bytes(self.f.encode_request_response(self._next(), cmd.SerializeToString()))
        return self._answer()

    def update_frame(self, number: str, value: str) -> bytes:
        cmd = self.A.AppToServerCommand()
        body = cmd.update_customer_metadata
        body.customer_number.number = number
        body.customer_number.provider = 2
        body.updates["n"].string_val = value
        return self.f.encode_request_response(self._next(), cmd.SerializeToString())

    def _answer(self) -> Any:
        while True:
            frame = self.f.decode(self.ws.recv_data()[1])
            if isinstance(frame, self.f.Payload):
                return self.A.AppToServerCommandReply.FromString(frame.data)

    def pipelined(self, number: str, n: int, window: int = 64) -> None:
        for i in range(window):
            self.ws.send_bytes(self.update_frame(number, str(i)))
        for i in range(window, n):
            self._answer()
            self.ws.send_bytes(self.update_frame(number, str(i)))
        for _ in range(window):
            self._answer()

    def close(self) -> None:
        self.ws.close()


def p50(fn: Any, count: int) -> float:
    samples = []
    for _ in range(count):
        start = time.perf_counter_ns()
        fn()
        samples.append((time.perf_counter_ns() - start) / 1000)
    return statistics.median(samples)


def round_trips(url: str, count: int) -> None:
    from elarian_sync import Customer

    print(f"\n1. blocking get_state round trip ({count} each, 5 alternating rounds, median of p50s)")
    app = elarian(url)
    raw = RawClient(url)
    customer = Customer(app, customer_number="+254700000001")
    customer.get_state()
    raw.get_state("+254700000001")
    sdk_p50, raw_p50 = [], []
    for _ in range(5):
        raw_p50.append(p50(lambda: raw.get_state("+254700000001"), count))
        sdk_p50.append(p50(customer.get_state, count))
    r, s = statistics.median(raw_p50), statistics.median(sdk_p50)
    print(f"  raw protobuf over a bare socket       p50 {r:7.1f} us")
    print(f"  Customer.get_state() (SDK, dataclass) p50 {s:7.1f} us   ratio {s / r:.2f}x raw")
    app.disconnect()
    raw.close()


def pipelined(url: str, count: int) -> None:
    from elarian_sync import Customer

    print(f"\n2. pipelined update_metadata, 64 in flight from one thread ({count} commands each)")
    app = elarian(url)
    raw = RawClient(url)
    customer = Customer(app, customer_number="+254700000002")
    customer.update_metadata({"n": "0"})
    rates: dict[str, list[float]] = {"raw": [], "sdk": []}
    for _ in range(3):
        start = time.perf_counter()
        raw.pipelined("+254700000002", count)
        rates["raw"].append(count / (time.perf_counter() - start))
        start = time.perf_counter()
        window: list[Any] = []
        for i in range(count):
            window.append(customer.update_metadata_async({"n": str(i)}))
            if len(window) >= 64:
                window.pop(0).result()
        for future in window:
            future.result()
        rates["sdk"].append(count / (time.perf_counter() - start))
    r, s = statistics.median(rates["raw"]), statistics.median(rates["sdk"])
    print(f"  raw protobuf over a bare socket      {r:8.0f} commands/s")
    print(f"  Customer.update_metadata_async (SDK) {s:8.0f} commands/s   ratio {s / r:.2f}x raw")
    app.disconnect()
    raw.close()


def notification_case(db: str, count: int, delay: float, workers: int) -> tuple[int, float]:
    """(answered, seconds) for ``count`` reminders coming due together."""
    populate(db, count, count)
    server = Server(db)
    done = threading.Event()
    answered = [0]
    lock = threading.Lock()

    def handler(notification: Any) -> None:
        if delay:
            time.sleep(delay)
        with lock:
            answered[0] += 1
            if answered[0] == count:
                done.set()

    app = elarian(server.url, workers=workers)
    app.on("reminder", handler)
    start = time.perf_counter()
    server.advance(60)
    done.wait(max(60.0, count * (delay + 0.001) * 2))
    elapsed = time.perf_counter() - start
    app.disconnect()
    server.stop()
    return answered[0], elapsed


def notifications(db_dir: str, count: int) -> None:
    print(f"\n3. notifications answered per second ({count} reminders due together, per case)")
    for delay in (0.0, 0.002):
        for workers in (1, 8):
            got, elapsed = notification_case(f"{db_dir}/notify-{workers}-{delay}.db", count, delay, workers)
            label = "returns at once" if not delay else "waits 2 ms"
            note = "" if got == count else f" (only {got} of {count}: timed out)"
            print(
                f"  handler {label:16s} {workers} worker(s): {elapsed:6.2f} s = {got / elapsed:7.0f}/s{note}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="smaller counts")
    args = parser.parse_args()
    import tempfile

    from google.protobuf.internal import api_implementation

    print(f"python {platform.python_version()}, protobuf backend {api_implementation.Type()}, T0 {T0}")
    with tempfile.TemporaryDirectory() as tmp:
        db = f"{tmp}/sdk.db"
        populate(db, 1000, 0)
        server = Server(db)
        try:
            round_trips(server.url, 300 if args.quick else 2000)
            pipelined(server.url, 2000 if args.quick else 10000)
        finally:
            server.stop()
        notifications(tmp, 1000 if args.quick else 5000)


if __name__ == "__main__":
    main()
