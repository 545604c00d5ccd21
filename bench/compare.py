"""Benchmark: two checkouts' runtimes side by side, rounds interleaved (is a change faster?).

Prints figures; asserts nothing. Every loop is bounded in count and in time. Run:
    .venv/bin/python bench/compare.py OLD [NEW] [--rounds N] [--seconds S] [--only commands,reminders]

OLD and NEW are checkouts of this project (NEW: this one by default); make OLD with
``git worktree add /tmp/old <commit>``. Both runtimes run at once, each in its own process on
its own copy of one SQLite file, and each round measures one then the other, the order
alternating, so that the machine's noise (it is shared) hits both alike; a figure is the
median of the rounds [min..max], and a ratio the median of the rounds' own new/old ratios.

  1. commands: round trips/s of GetCustomerState, then of UpdateCustomerMetadata, from
     4 client processes x 2 connections (pre-built frames, one in flight on each), and the
     runtime's CPU per round trip.
  2. reminders: 10,000 reminders due together to a raw app answering at once: notifications/s
     from the clock reaching them to the last answer, and the runtime's CPU per notification.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness as h  # bench/harness.py

CUSTOMERS = 10_000
DUE = 10_000


def line(name: str, old: list[float], new: list[float], unit: str) -> None:
    ratio = h.spread(h.ratios(new, old), "{:.2f}")
    print(f"  {name:30s} old {h.spread(old)} {unit}   new {h.spread(new)} {unit}   new/old {ratio}x")


def commands(tmp: str, roots: dict[str, Path], args: argparse.Namespace) -> None:
    print(f"\n1. commands: 4 processes x 2 connections, {args.seconds:g} s a round, {args.rounds} rounds")
    kinds = {
        "get_state": h.get_state_bodies(CUSTOMERS, 2000),
        "update_metadata": h.update_bodies(CUSTOMERS, 2000),
    }
    servers: dict[str, h.Runtime] = {}
    loads: dict[str, h.LoadGen] = {}
    try:
        for name, root in roots.items():
            db = f"{tmp}/commands-{name}.db"
            h.populate(db, CUSTOMERS, root=root)  # the same rows, in the schema of its checkout
            servers[name] = h.Runtime(db, root=root)
            loads[name] = h.LoadGen(4, 2)
            loads[name].open(servers[name].url, h.setup_frame(simplex=True))
        rates: dict[tuple[str, str], list[float]] = {(name, kind): [] for name in roots for kind in kinds}
        cpu: dict[tuple[str, str], list[float]] = {(name, kind): [] for name in roots for kind in kinds}
        for order in h.orders(list(roots), args.rounds):
            for kind, bodies in kinds.items():
                for name in order:
                    before = servers[name].cpu()
                    load = loads[name].run(bodies, args.seconds, expect=h.TYPE_PAYLOAD)
                    rates[(name, kind)].append(load.rate)
                    cpu[(name, kind)].append((servers[name].cpu() - before) / max(load.count, 1) * 1e6)
    finally:
        for load in loads.values():
            load.close()
            load.stop()
        for server in servers.values():
            server.stop()
    for kind in kinds:
        line(f"{kind} round trips/s", rates[("old", kind)], rates[("new", kind)], "/s")
        line(f"{kind} runtime CPU", cpu[("old", kind)], cpu[("new", kind)], "us")


def reminders(tmp: str, roots: dict[str, Path], args: argparse.Namespace) -> None:
    print(f"\n2. reminders: {DUE:,d} due together to a raw app, {args.rounds} rounds")
    servers: dict[str, h.Runtime] = {}
    apps: dict[str, h.RawApp] = {}
    rates: dict[str, list[float]] = {name: [] for name in roots}
    cpu: dict[str, list[float]] = {name: [] for name in roots}
    try:
        for name, root in roots.items():
            db = f"{tmp}/reminders-{name}.db"
            h.populate(db, DUE, DUE, batches=args.rounds, root=root)
            servers[name] = h.Runtime(db, root=root)
            apps[name] = h.RawApp(servers[name].url)
        for order in h.orders(list(roots), args.rounds):
            for name in order:
                before, started = servers[name].cpu(), time.perf_counter()
                servers[name].advance(60)
                got = apps[name].answer(DUE, max(120.0, DUE / 200))
                rates[name].append(got / (time.perf_counter() - started))
                cpu[name].append((servers[name].cpu() - before) / max(got, 1) * 1e6)
    finally:
        for app in apps.values():
            app.close()
        for server in servers.values():
            server.stop()
    line("notifications/s", rates["old"], rates["new"], "/s")
    line("runtime CPU a notification", cpu["old"], cpu["new"], "us")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("old", type=Path, help="the checkout to compare with")
    parser.add_argument("new", type=Path, nargs="?", default=h.ROOT, help="the checkout measured (this one)")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--seconds", type=float, default=2.0, help="a commands round's length")
    parser.add_argument("--only", help="comma-separated sections: commands, reminders")
    args = parser.parse_args()
    roots = {"old": args.old.resolve(), "new": args.new.resolve()}
    for root in roots.values():
        if not (root / "elarian_server" / "runtime.py").is_file():
            parser.error(f"{root} is not a checkout of this project (no elarian_server/runtime.py)")
    chosen = set(args.only.split(",")) if args.only else {"commands", "reminders"}
    h.header("bench/compare.py: two checkouts' runtimes, rounds interleaved")
    print(f"  old: {roots['old']}\n  new: {roots['new']}")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        if "commands" in chosen:
            commands(tmp, roots, args)
        if "reminders" in chosen:
            reminders(tmp, roots, args)
    print(f"\n(took {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
