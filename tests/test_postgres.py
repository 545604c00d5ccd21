"""The runtime on PostgreSQL as users run it: ``serve --db postgresql://...``, what is wrong with
a URL said plainly, a newer schema refused, and two runtime instances on one database, with an
app on one instance getting what commands on the other raise. On a real PostgreSQL server
(tests/pg_support.py)."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import threading
from datetime import datetime, timezone

import psycopg
import pytest

from elarian_server.clock import ManualClock
from elarian_server.store.base import SchemaError
from elarian_server.store.postgres import PostgresStore
from elarian_sync._generated import models as M

from .pg_support import database
from .runtime_support import T0, AppClient, number, running


def test_serve_on_postgres_keeps_what_it_was_told() -> None:
    with database() as url:
        proc = subprocess.Popen(
            [sys.executable, "-m", "elarian_server.cli", "serve", "--ws-port", "0", "--db", url],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            assert proc.stdout is not None
            banner = proc.stdout.readline()
            match = re.search(r"(ws://127\.0\.0\.1:\d+)", banner)
            assert match, banner
            assert "store postgresql://" in banner
            with AppClient(match.group(1)) as client:
                customer_id = client.create_customer(customer_number=number("+254711000001")).customer_id
                assert client.update_customer_metadata(
                    customer_id=customer_id, updates={"name": "Ann"}
                ).status
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(15) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
        store = PostgresStore(url)
        try:
            with store.read() as tx:
                assert tx.customer_org(customer_id) is not None
                assert tx.metadata(customer_id) == {"name": "Ann"}
        finally:
            store.close()


def test_a_server_that_refuses_is_named_without_the_password() -> None:
    # nothing listens on port 1 of the loopback: the connection is refused at once
    url = "postgresql://elarian:s3cret-word@127.0.0.1:1/elarian"
    done = subprocess.run(
        [sys.executable, "-m", "elarian_server.cli", "serve", "--ws-port", "0", "--db", url],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    assert "cannot connect to postgresql://elarian:***@127.0.0.1:1/elarian" in done.stderr
    assert "s3cret-word" not in done.stderr + done.stdout
    assert "Traceback" not in done.stderr


def test_a_database_from_a_newer_runtime_is_refused() -> None:
    with database() as url:
        PostgresStore(url).close()
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("UPDATE elarian_schema_version SET version = 99")
        with pytest.raises(SchemaError, match="schema version 99"):
            PostgresStore(url)


def test_instances_starting_together_migrate_once() -> None:
    with database() as url:
        stores: list[PostgresStore] = []

        def open_one() -> None:
            stores.append(PostgresStore(url))

        threads = [threading.Thread(target=open_one) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        try:
            assert len(stores) == 3 and {s.schema_version for s in stores} == {1}
        finally:
            for s in stores:
                s.close()


def test_two_instances_share_customers_and_wake_each_other() -> None:
    """An app on instance A; commands on instance B. B's writes are A's to read, and what B's
    commands and B's scheduler raise for the app reaches it on A (B's commit wakes A's
    delivery), once: A's scheduler does not fire the reminder B fired."""
    with database() as url:
        clock_a, clock_b = ManualClock(T0), ManualClock(T0)
        with (
            running(store=PostgresStore(url), clock=clock_a) as a,
            running(store=PostgresStore(url), clock=clock_b) as b,
            AppClient(a.url) as on_a,
            AppClient(b.url, simplex=True) as on_b,
        ):
            customer_id = on_b.create_customer(customer_number=number("+254711000002")).customer_id
            assert on_b.update_customer_metadata(customer_id=customer_id, updates={"tier": "gold"}).status
            state = on_a.get_customer_state(customer_number=number("+254711000002"))
            assert state.data.customer_id == customer_id  # type: ignore[union-attr]
            assert state.data.identity_state.metadata == {"tier": "gold"}  # type: ignore[union-attr]

            due = datetime.fromtimestamp(T0 + 30, timezone.utc)
            assert on_b.add_customer_reminder(
                customer_id=customer_id, reminder=M.Reminder(key="pay", remind_at=due, payload="debt")
            ).status
            clock_b.advance(30)  # B's scheduler fires it; the app is on A
            fired = on_a.wait("reminder", timeout=10)
            assert (fired.customer_id, fired.reminder.key) == (customer_id, "pay")

            assert on_b.customer_activity(
                customer_id=customer_id, source="web", session_id="s", key="checkout"
            ).status
            assert on_a.wait("customer_activity", timeout=10).session_id == "s"

            clock_a.advance(30)
            others = on_a.settle(clock_a, customer_id)
            assert [(name, n.reminder.key) for name, n in others if name == "reminder"] == []
