"""Benchmark: several runtime instances on one PostgreSQL database, against one instance on
PostgreSQL and one on SQLite, in the same run.

Prints figures; asserts nothing. Every loop is bounded in count and in time. Run:
    .venv/bin/python bench/scale.py [--quick] [--rounds N] [--seconds S] [--procs P] [--conns C]

A PostgreSQL 16 server (the ``pgserver`` dev dependency, on a Unix socket in a temporary
directory, default settings: durable commits) holds one database per PostgreSQL target,
each filled with the same customers. Every runtime runs in its own process; the clients
are P processes x C connections (pre-built RSocket frames on raw sockets, one request in
flight per connection); with two instances, half the client processes talk to each. Rounds
alternate between the targets in an order that changes from round to round.

  1. commands: round trips/s of GetCustomerState and UpdateCustomerMetadata; CPU per round
     trip of the runtime processes and of the PostgreSQL server (all its processes).
  2. notifications: N reminders due at once to the dev app (a raw app connection on each
     instance, answering at once), from the clocks reaching them to the last answer.

On this 2-core machine the database shares the cores with the instances and the clients:
the figure to read is "2 instances / 1 instance" (goal: no loss, >= 1.0x): nothing
serialises the instances beyond the database's write lock.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness as h  # bench/harness.py

GOAL_TWO_OVER_ONE = 1.0


def line(name: str, *cells: str) -> None:
    print(f"  {name:42s} " + "   ".join(cells))


class Postgres:
    """A throwaway PostgreSQL server; ``cpu()`` is the CPU of the postmaster and its children."""

    def __init__(self) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import pgserver

            self.dir = tempfile.mkdtemp(prefix="elarian-bench-pg-")
            self.server = pgserver.get_server(self.dir, cleanup_mode="delete")
        self.pid = int((Path(self.dir) / "postmaster.pid").read_text().split()[0])

    def database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.server.get_uri("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return str(self.server.get_uri(name))

    def cpu(self) -> float:
        total = 0.0
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(entry) == self.pid or int(fields[1]) == self.pid:
                total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return total

    def stop(self) -> None:
        self.server.cleanup()


class Target:
    """One or more runtime instances on one store, and the load generators that talk to them."""

    def __init__(
        self, name: str, db: str, instances: int, loads: list[h.LoadGen], pg: Postgres | None
    ) -> None:
        self.name = name
        self.runtimes = [h.Runtime(db) for _ in range(instances)]
        self.loads = loads
        self.pg = pg

    def cpu(self) -> tuple[float, float]:
        return sum(r.cpu() for r in self.runtimes), self.pg.cpu() if self.pg else 0.0

    def run(self, bodies: list[bytes], seconds: float) -> h.Load:
        """One round: the load generators start together, each on its instance (round-robin)."""
        setup = h.setup_frame(simplex=True)
        for i, load in enumerate(self.loads):
            load.open(self.runtimes[i % len(self.runtimes)].url, setup)
        results: list[h.Load] = []
        threads = [
            threading.Thread(
                target=lambda load=load: results.append(load.run(bodies, seconds, expect=h.TYPE_PAYLOAD))
            )
            for load in self.loads
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(seconds + 120)
        for load in self.loads:
            load.close()
        return h.Load(
            count=sum(r.count for r in results),
            errors=sum(r.errors for r in results),
            elapsed=max(r.elapsed for r in results),
            client_cpu=sum(r.client_cpu for r in results),
        )

    def stop(self) -> None:
        for runtime in self.runtimes:
            runtime.stop()


def commands(targets: dict[str, Target], args: argparse.Namespace) -> None:
    bodies = {
        "get_state": h.get_state_bodies(args.customers, 2000),
        "update_metadata": h.update_bodies(args.customers, 2000),
    }
    rows = [(t, kind) for t in targets for kind in bodies]
    rate: dict[tuple[str, str], list[float]] = {row: [] for row in rows}
    runtime_cpu: dict[tuple[str, str], list[float]] = {row: [] for row in rows}
    db_cpu: dict[tuple[str, str], list[float]] = {row: [] for row in rows}
    errors = dict.fromkeys(rows, 0)
    print(
        f"\n1. commands: round trips/s from {args.procs * args.conns} connections ({args.procs} client "
        f"processes x {args.conns}), one request in flight on each, {args.seconds:g} s a round, "
        f"{args.rounds} rounds"
    )
    for order in h.orders([f"{t}|{k}" for t, k in rows], args.rounds):
        for key in order:
            name, kind = key.split("|")
            target = targets[name]
            cpu0 = target.cpu()
            result = target.run(bodies[kind], args.seconds)
            cpu1 = target.cpu()
            rate[(name, kind)].append(result.rate)
            runtime_cpu[(name, kind)].append((cpu1[0] - cpu0[0]) / result.count * 1e6)
            db_cpu[(name, kind)].append((cpu1[1] - cpu0[1]) / result.count * 1e6)
            errors[(name, kind)] += result.errors
    print(f"  {'':42s} {'round trips/s':>24s}   {'runtimes CPU/rt':>18s}   {'PostgreSQL CPU/rt':>18s}")
    for row in rows:
        note = f"   ({errors[row]} answers were errors)" if errors[row] else ""
        line(
            f"{row[0]}: {row[1]}",
            f"{h.spread(rate[row]):>24s}",
            f"{h.spread(runtime_cpu[row], '{:.0f}') + ' us':>18s}",
            f"{h.spread(db_cpu[row], '{:.0f}') + ' us':>18s}" + note,
        )
    print("  ratios of round trips/s (per round, same run):")
    for kind in bodies:
        line(
            f"postgres x1 / sqlite x1: {kind}",
            f"{h.spread(h.ratios(rate[('postgres x1', kind)], rate[('sqlite x1', kind)]), '{:.2f}')}x",
        )
        line(
            f"postgres x2 / postgres x1: {kind}",
            f"{h.spread(h.ratios(rate[('postgres x2', kind)], rate[('postgres x1', kind)]), '{:.2f}')}x",
            f"goal >= {GOAL_TWO_OVER_ONE}x (no loss)",
        )


def notifications(pg: Postgres, tmp: str, args: argparse.Namespace) -> None:
    """N reminders due to the dev app; a raw app on each instance; rate from the clocks' move to
    the last answer."""
    count = args.reminders
    print(
        f"\n2. notifications: {count:,} reminders due at once, a raw app connection on each instance, "
        f"{args.rounds} rounds"
    )
    layouts = {"sqlite x1": ("sqlite", 1), "postgres x1": ("postgres", 1), "postgres x2": ("postgres", 2)}
    rates: dict[str, list[float]] = {name: [] for name in layouts}
    for round_no, order in enumerate(h.orders(list(layouts), args.rounds)):
        for name in order:
            kind, instances = layouts[name]
            db = (
                f"{tmp}/notify-{round_no}-{instances}.db"
                if kind == "sqlite"
                else pg.database(f"notify_{round_no}_{instances}")
            )
            h.populate(db, count, reminders=count)
            runtimes = [h.Runtime(db) for _ in range(instances)]
            apps = [h.RawApp(r.url) for r in runtimes]
            try:
                start = time.monotonic()
                for r in runtimes:
                    r.advance(60)

                # each app answers until the others' answers make up the count (RawApp.halt)
                threads = [threading.Thread(target=app.answer, args=(count, 120)) for app in apps]
                for t in threads:
                    t.start()
                deadline = time.monotonic() + 120
                while sum(a.answered for a in apps) < count and time.monotonic() < deadline:
                    time.sleep(0.01)  # samples a counter: the figure's resolution is 10 ms
                elapsed = time.monotonic() - start
                for app in apps:
                    app.halt = True  # the other answer loops end
                for t in threads:
                    t.join(10)
                rates[name].append(sum(a.answered for a in apps) / elapsed)
            finally:
                for r in runtimes:
                    r.stop()
    for name in layouts:
        line(name, f"{h.spread(rates[name])} notifications/s")
    line(
        "postgres x2 / postgres x1",
        f"{h.spread(h.ratios(rates['postgres x2'], rates['postgres x1']), '{:.2f}')}x",
        f"goal >= {GOAL_TWO_OVER_ONE}x (no loss)",
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer rounds and reminders (about 3 minutes)")
    parser.add_argument("--rounds", type=int)
    parser.add_argument("--seconds", type=float)
    parser.add_argument("--procs", type=int, default=4)
    parser.add_argument("--conns", type=int, default=2)
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--reminders", type=int)
    parser.add_argument("--only", default="commands,notifications")
    args = parser.parse_args()
    args.rounds = args.rounds or (2 if args.quick else 5)
    args.seconds = args.seconds or (2.0 if args.quick else 5.0)
    args.reminders = args.reminders or (5_000 if args.quick else 20_000)
    h.header("elarian-sync scale-out benchmark (PostgreSQL: several instances on one database)")
    began = time.monotonic()
    pg = Postgres()
    tmp = tempfile.mkdtemp(prefix="elarian-bench-scale-")
    try:
        if "commands" in args.only:
            sqlite_db = f"{tmp}/commands.db"
            pg1, pg2 = pg.database("commands_1"), pg.database("commands_2")
            for db in (sqlite_db, pg1, pg2):
                h.populate(db, args.customers)
            half = max(1, args.procs // 2)
            loads = [h.LoadGen(half, args.conns), h.LoadGen(args.procs - half, args.conns)]
            targets = {
                "sqlite x1": Target("sqlite x1", sqlite_db, 1, loads, None),
                "postgres x1": Target("postgres x1", pg1, 1, loads, pg),
                "postgres x2": Target("postgres x2", pg2, 2, loads, pg),
            }
            try:
                commands(targets, args)
            finally:
                for target in targets.values():
                    target.stop()
                for load in loads:
                    load.stop()
        if "notifications" in args.only:
            notifications(pg, tmp, args)
    finally:
        with contextlib.suppress(Exception):
            pg.stop()
    print(f"\n(took {time.monotonic() - began:.0f} s)")


if __name__ == "__main__":
    main()
