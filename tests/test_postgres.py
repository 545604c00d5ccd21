"""The runtime on PostgreSQL as users run it: ``serve --db postgresql://...``, what is wrong with
a URL said plainly, a newer schema refused, and what only PostgreSQL does: writes about different
customers at once. On a real PostgreSQL server (tests/pg_support.py). Instances sharing a store,
on PostgreSQL and on SQLite: tests/test_instances.py."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import threading
from typing import Any

import psycopg
import pytest

from elarian_server.store.base import SchemaError
from elarian_server.store.postgres import PostgresStore

from .pg_support import database
from .runtime_support import T0, AppClient, number
from .waiting import wait_until


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


def _waiting_on_a_lock(url: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
        ).fetchone()
        return int(row[0]) if row else 0


def test_writes_about_different_customers_run_at_once_and_about_one_in_turn() -> None:
    """A write transaction holding customer X's key: one about Y commits meanwhile; one about X,
    and one that may touch anything, wait for it (each in its own process's store: instances)."""
    with database() as url:
        holder, other = PostgresStore(url), PostgresStore(url)
        try:
            holding, release = threading.Event(), threading.Event()

            def hold() -> None:
                with holder.transaction(keys={("customer", "x")}) as tx:
                    tx.put_token("el_tkn_x", "org", "app", T0)
                    holding.set()
                    release.wait(30)

            def write(keys: Any, token: str, done: threading.Event) -> None:
                with other.transaction(keys=keys) as tx:
                    tx.put_token(token, "org", "app", T0)
                done.set()

            first = threading.Thread(target=hold)
            first.start()
            assert holding.wait(10)
            y_done, x_done, all_done = threading.Event(), threading.Event(), threading.Event()
            write({("customer", "y")}, "el_tkn_y", y_done)  # at once, here: X's lock is not Y's
            assert y_done.is_set()
            waiters = [
                threading.Thread(target=write, args=({("customer", "x")}, "el_tkn_x2", x_done)),
                threading.Thread(target=write, args=(None, "el_tkn_all", all_done)),
            ]
            for t in waiters:
                t.start()
            wait_until(lambda: _waiting_on_a_lock(url) == 2, timeout=10, what="both waiting on a lock")
            assert not x_done.is_set() and not all_done.is_set()
            release.set()
            first.join(10)
            for t in waiters:
                t.join(10)
            assert x_done.is_set() and all_done.is_set()
            with other.read() as tx:
                assert all(tx.token(t) for t in ("el_tkn_x", "el_tkn_y", "el_tkn_x2", "el_tkn_all"))
        finally:
            holder.close()
            other.close()


def test_renewing_and_releasing_claims_wait_for_no_row_another_transaction_holds() -> None:
    # An instance records answers (deleting claimed rows) while its delivery renews its claims:
    # a renewal that waited for those rows could deadlock with the recording (PostgreSQL)
    # (SQLite has one writer at a time: no two transactions hold rows at once there)
    with database() as url:
        store = PostgresStore(url)
        try:
            _renew_while_rows_are_held(store)
        finally:
            store.close()


def _renew_while_rows_are_held(store: PostgresStore) -> None:
    with store.transaction() as tx:
        for i in range(3):
            tx.enqueue(f"el_ntf_{i}", "org", "app", "app", f"k{i}", None, b"", T0)
        ids = [r.row_id for r in tx.deliverable(T0, [("org", "app")], [], 10, frozenset())]
        assert tx.claim("outbox", ids, "me", T0 + 10, T0) == ids
    holding, finish, committed = threading.Event(), threading.Event(), threading.Event()

    def record_an_answer() -> None:
        with store.transaction(keys=()) as tx:
            tx.delivered(ids[0], T0)  # holds the row until it commits
            holding.set()
            finish.wait(10)
        committed.set()

    recorder = threading.Thread(target=record_an_answer)
    recorder.start()
    try:
        assert holding.wait(10)
        with store.transaction(keys=()) as tx:  # would wait for the recorder's row until finish
            assert tx.renew_claims("outbox", "me", T0 + 20) == 2
            assert tx.release_claims("outbox", "me") == 2
        assert not committed.is_set()  # done while the row was held, not after it was let go
    finally:
        finish.set()
        recorder.join(10)
    with store.read() as tx:
        assert tx.undelivered() == 2
        seen = tx.deliverable(T0 + 1, [("org", "app")], [], 10, frozenset(), owner="other")
        assert [r.row_id for r in seen] == ids[1:]  # released: anyone's again
