"""Fuzz the RSocket layer harder than the test suite does (bounded in count and time).

Random byte strings and mutations of valid frames go into ``frames.decode`` and
into both ends of an open ``Connection``, and a fresh server connection. The only
exceptions allowed out are the typed protocol errors; anything else is printed
with the input that caused it, and the script exits 1. Run:
    .venv/bin/python bench/fuzz_rsocket.py [--cases N] [--seconds S] [--seed K]
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from elarian_sync.errors import LocalProtocolError, RemoteProtocolError
from elarian_sync.rsocket import frames as f
from elarian_sync.rsocket.connection import Connection, Role

SEEDS = [
    f.encode(f.Setup(1000, 60000, "application/json", "application/octet-stream", b"data", b"meta", b"tok")),
    f.encode(f.Keepalive(True, 42, b"ping")),
    f.encode(f.RequestResponse(1, b"request", b"meta")),
    f.encode(f.RequestResponse(2, b"request", None, follows=True)),
    f.encode(f.RequestFnf(3, b"fnf")),
    f.encode(f.RequestStream(5, 8, b"s")),
    f.encode(f.RequestChannel(7, 1, b"c", b"m", complete=True)),
    f.encode(f.RequestN(1, 5)),
    f.encode(f.Cancel(1)),
    f.encode(f.Payload(1, b"answer", b"m", next=True, complete=True)),
    f.encode(f.Payload(2, b"part", None, follows=True, next=True)),
    f.encode(f.Error(0, f.ErrorCode.CONNECTION_ERROR, "bye")),
    f.encode(f.Error(1, f.ErrorCode.APPLICATION_ERROR, "no")),
    f.encode(f.MetadataPush(b"push")),
    f.encode(f.Resume(b"tok", 10, 0)),
    f.encode(f.ResumeOk(10)),
    f.encode(f.Lease(1000, 10, b"m")),
    f.encode(f.Ext(3, 7, b"d", b"m", ignore=True)),
]

ALLOWED = (RemoteProtocolError, LocalProtocolError)


def mutate(rng: random.Random, data: bytes) -> bytes:
    raw = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        action = rng.randrange(5)
        if action == 0 and raw:
            raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
        elif action == 1:
            del raw[rng.randint(0, len(raw)) :]
        elif action == 2:
            raw += rng.randbytes(rng.randint(1, 16))
        elif action == 3 and raw:
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        elif len(raw) >= 6:
            raw[4:6] = rng.randrange(65536).to_bytes(2, "big")  # a random type and flags
    return bytes(raw)


def fresh_pair() -> tuple[Connection, Connection]:
    client = Connection(Role.CLIENT, now=0, resume_token=b"tok", mtu=64)
    server = Connection(Role.SERVER, now=0, mtu=64)
    client.send_setup(data=b"d", metadata=None, data_mime="a", metadata_mime="b")
    for frame in client.data_to_send():
        server.receive(frame, 0)
    server.accept(0)
    for _ in range(3):
        client.request(b"x" * 100)
        server.request(b"y" * 100)
    for frame in client.data_to_send():
        server.receive(frame, 0)
    for frame in server.data_to_send():
        client.receive(frame, 0)
    return client, server


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=200_000)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    outcomes: collections.Counter[str] = collections.Counter()
    failures = 0
    started = time.monotonic()
    client, server = fresh_pair()
    cases = 0
    while cases < args.cases and time.monotonic() - started < args.seconds:
        cases += 1
        data = rng.randbytes(rng.randint(0, 40)) if rng.random() < 0.3 else mutate(rng, rng.choice(SEEDS))
        try:
            f.decode(data)
            outcomes["decode: a frame"] += 1
        except ALLOWED:
            outcomes["decode: protocol error"] += 1
        except Exception as exc:
            failures += 1
            print(f"decode raised {type(exc).__name__}: {exc} for {data.hex()}")
        for side, conn in (
            ("client", client),
            ("server", server),
            ("new server", Connection(Role.SERVER, now=0)),
        ):
            try:
                events = conn.receive(data, 0)
                conn.data_to_send()
                outcomes[f"{side}: {len(events)} events" if len(events) < 3 else f"{side}: 3+ events"] += 1
            except ALLOWED:
                outcomes[f"{side}: protocol error"] += 1
            except Exception as exc:
                failures += 1
                print(f"{side} receive raised {type(exc).__name__}: {exc} for {data.hex()}")
        if client.state.value == "closed" or server.state.value == "closed":
            outcomes["pair closed by a frame, renewed"] += 1
            client, server = fresh_pair()
    elapsed = time.monotonic() - started
    print(
        f"RSocket fuzz: {cases} cases in {elapsed:.1f} s (seed {args.seed}), {failures} unexpected exceptions"
    )
    for outcome, count in sorted(outcomes.items()):
        print(f"  {outcome:36s} {count:8d}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
