"""The store's promises that the engine builds on, on a real SQLite file.

A read (``store.read()``) sees one consistent snapshot of what has committed, takes no write
lock (it goes on while a transaction is open on another thread) and cannot write. A transaction
says what it did that others wait for (``notified``: a notification to deliver;
``rescheduled``: a timer may have moved), and nothing else wakes them.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from elarian_server.store.base import IndexRow, ReminderRow
from elarian_server.store.sqlite import SqliteStore

from .runtime_support import T0


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteStore]:
    store = SqliteStore(tmp_path / "store.db")
    yield store
    store.close()


def test_a_read_goes_on_while_a_transaction_is_open(store: SqliteStore) -> None:
    with store.transaction() as tx:
        tx.put_token("el_tkn_old", "org", "app", T0)
    writing = threading.Event()
    finish = threading.Event()

    def write() -> None:
        with store.transaction() as tx:
            tx.put_token("el_tkn_new", "org", "app", T0)
            writing.set()
            finish.wait(10)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        assert writing.wait(10)
        with store.read() as tx:  # would wait for the writer if a read took the store's lock
            assert tx.token("el_tkn_old") == ("org", "app", T0)
            assert tx.token("el_tkn_new") is None  # not committed yet: not seen
    finally:
        finish.set()
        writer.join(10)
    with store.read() as tx:
        assert tx.token("el_tkn_new") == ("org", "app", T0)


def test_a_read_sees_one_snapshot(store: SqliteStore) -> None:
    with store.read() as tx:
        assert tx.token("el_tkn_a") is None
        with store.transaction() as other:  # commits while the read is open (another connection)
            other.put_token("el_tkn_a", "org", "app", T0)
        assert tx.token("el_tkn_a") is None  # still the snapshot the read began with
    with store.read() as tx:
        assert tx.token("el_tkn_a") == ("org", "app", T0)


def test_a_read_cannot_write(store: SqliteStore) -> None:
    with pytest.raises(sqlite3.OperationalError, match="readonly"), store.read() as tx:
        tx.put_token("el_tkn_x", "org", "app", T0)
    with store.read() as tx:  # the failed read left nothing behind, and reads go on
        assert tx.token("el_tkn_x") is None


def test_a_transaction_says_what_it_woke(store: SqliteStore) -> None:
    with store.transaction() as tx:
        tx.put_token("el_tkn_y", "org", "app", T0)
        assert not tx.notified and not tx.rescheduled
    with store.transaction() as tx:
        tx.enqueue("el_ntf_1", "org", "app", "app", "key", None, b"body", T0)
        assert tx.notified and not tx.rescheduled
    with store.transaction() as tx:
        customer_id = "el_cst_1"
        tx.create_customer("org", customer_id, T0)
        tx.put_reminder(ReminderRow(customer_id, "app", "org", "k", T0 + 60, None, None, None, None))
        assert tx.rescheduled and not tx.notified
    with store.read() as tx:
        assert tx.next_reminder_at() == T0 + 60
        assert not tx.notified and not tx.rescheduled


def test_a_closed_store_refuses_reads(store: SqliteStore) -> None:
    with store.read() as tx:
        tx.token("el_tkn_z")
    store.close()
    with pytest.raises(sqlite3.ProgrammingError), store.read():
        pass


def test_a_lookup_sees_what_has_committed_and_cannot_write(store: SqliteStore) -> None:
    with store.transaction() as tx:
        tx.put_token("el_tkn_l", "org", "app", T0)
    with store.lookup() as tx:
        assert tx.token("el_tkn_l") == ("org", "app", T0)
    with pytest.raises(sqlite3.OperationalError, match="readonly"), store.lookup() as tx:
        tx.put_token("el_tkn_m", "org", "app", T0)


def test_identity_at_once_is_the_four_reads(store: SqliteStore) -> None:
    """``identity()`` reads tags, metadata, secondary ids and numbers in one statement; it gives
    exactly what the four reads give, in their orders (expired entries left out, bytes kept)."""
    from elarian_server.store.base import NumberRow

    with store.transaction() as tx:
        tx.create_customer("org", "el_cst_a", T0)
        tx.create_customer("org", "el_cst_b", T0)
        for customer, n in (("el_cst_a", 3), ("el_cst_b", 1)):
            for i in (2, 0, 1)[:n]:
                tx.put_tag("org", customer, IndexRow(f"tag{i}", f"v{i}" if i else None, None))
                tx.put_secondary_id("org", customer, IndexRow(f"sec{i}", f"{customer}-{i}", None))
                tx.add_number("org", customer, NumberRow(2, f"+2547000{customer[-1]}{i}", "p" if i else None))
        tx.put_tag("org", "el_cst_a", IndexRow("gone", None, T0 - 1))  # expired: left out
        tx.put_secondary_id("org", "el_cst_a", IndexRow("gone", "x", T0 - 1))
        tx.put_metadata("el_cst_a", "z", "last")
        tx.put_metadata("el_cst_a", "a", b"\x00bytes")
        tx.put_metadata("el_cst_a", "m", "")
    with store.read() as tx:
        for customer in ("el_cst_a", "el_cst_b", "el_cst_nobody"):
            identity = tx.identity(customer, T0)
            assert identity.tags == tx.tags(customer, T0)
            assert list(identity.metadata.items()) == list(tx.metadata(customer).items())
            assert identity.secondary_ids == tx.secondary_ids(customer, T0)
            assert identity.numbers == tx.numbers(customer)
        assert [t.key for t in tx.identity("el_cst_a", T0).tags] == ["tag0", "tag1", "tag2"]
        assert tx.identity("el_cst_a", T0).metadata == {"a": b"\x00bytes", "m": "", "z": "last"}


def test_all_sessions_at_once_are_the_live_and_the_ended(store: SqliteStore) -> None:
    from elarian_server.store.base import NumberRow, SessionRow

    number = NumberRow(2, "+254700000003", None)
    with store.transaction() as tx:
        tx.create_customer("org", "el_cst_s", T0)
        for i, (started, ended) in enumerate(
            [(T0 + 3, None), (T0 + 1, T0 + 2), (T0, None), (T0 + 5, T0 + 6)]
        ):
            tx.put_session(
                SessionRow(
                    f"el_ses_{i}", "org", "el_cst_s", 3, "*384#", number, "app", None, started, None, ended
                )
            )
    with store.read() as tx:
        live, ended = tx.all_sessions("el_cst_s")
        assert live == tx.sessions("el_cst_s", live=True) and ended == tx.sessions("el_cst_s", live=False)
        assert [s.session_id for s in live] == ["el_ses_2", "el_ses_0"]
        assert [s.session_id for s in ended] == ["el_ses_1", "el_ses_3"]
        assert tx.all_sessions("el_cst_nobody") == ([], [])
