"""The store's promises that the engine builds on, on both stores: a real SQLite file and a real
PostgreSQL database (the store conformance suite).

A read (``store.read()``) sees one consistent snapshot of what has committed, takes no write
lock (it goes on while a transaction is open on another thread) and cannot write. A transaction
says what it did that others wait for (``notified``: a notification to deliver;
``rescheduled``: a timer may have moved), and nothing else wakes them.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest

from elarian_server.store.base import (
    INBOUND_APPLIED,
    INBOUND_FAILED,
    INBOUND_QUEUED,
    WEBHOOK_DELIVERED,
    WEBHOOK_FAILED,
    WEBHOOK_PENDING,
    ActivityRow,
    AudienceRec,
    CampaignRec,
    ConsentRow,
    Enqueued,
    IndexRow,
    MemberRow,
    MessageRow,
    NumberRow,
    OtpRow,
    ReminderRow,
    ReportFilter,
    SendRow,
    SessionRow,
    Store,
    StoreClosed,
    TransactionAborted,
    TransactionRow,
    Tx,
)
from elarian_server.store.postgres import PostgresStore
from elarian_server.store.sqlite import SqliteStore
from elarian_server.store.sqlite.store import WAL_BACKSTOP

from .pg_support import database
from .runtime_support import T0
from .sqlite_processes import holding, let_go, waiting_for_flock, writing_thread
from .waiting import wait_until


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        store: Store = SqliteStore(tmp_path / "store.db")
        yield store
        store.close()
        return
    with database() as url:
        store = PostgresStore(url)
        yield store
        store.close()


def test_a_read_goes_on_while_a_transaction_is_open(store: Store) -> None:
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


def test_a_read_sees_one_snapshot(store: Store) -> None:
    with store.read() as tx:
        assert tx.token("el_tkn_a") is None
        with store.transaction() as other:  # commits while the read is open (another connection)
            other.put_token("el_tkn_a", "org", "app", T0)
        assert tx.token("el_tkn_a") is None  # still the snapshot the read began with
    with store.read() as tx:
        assert tx.token("el_tkn_a") == ("org", "app", T0)


def test_a_read_cannot_write(store: Store) -> None:
    refused = (sqlite3.OperationalError, psycopg.errors.ReadOnlySqlTransaction)
    with pytest.raises(refused, match=r"read-?only"), store.read() as tx:
        tx.put_token("el_tkn_x", "org", "app", T0)
    with store.read() as tx:  # the failed read left nothing behind, and reads go on
        assert tx.token("el_tkn_x") is None


def test_a_transaction_says_what_it_woke(store: Store) -> None:
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


def test_a_closed_store_refuses_reads(store: Store) -> None:
    with store.read() as tx:
        tx.token("el_tkn_z")
    store.close()
    with pytest.raises(StoreClosed), store.read():
        pass
    with pytest.raises(StoreClosed), store.transaction():
        pass


def test_a_lookup_sees_what_has_committed_and_cannot_write(store: Store) -> None:
    with store.transaction() as tx:
        tx.put_token("el_tkn_l", "org", "app", T0)
    with store.lookup() as tx:
        assert tx.token("el_tkn_l") == ("org", "app", T0)
    refused = (sqlite3.OperationalError, psycopg.errors.ReadOnlySqlTransaction)
    with pytest.raises(refused, match=r"read-?only"), store.lookup() as tx:
        tx.put_token("el_tkn_m", "org", "app", T0)


def test_identity_at_once_is_the_four_reads(store: Store) -> None:
    """``identity()`` reads tags, metadata, secondary ids and numbers in one statement; it gives
    exactly what the four reads give, in their orders (expired entries left out, bytes kept)."""
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


def test_all_sessions_at_once_are_the_live_and_the_ended(store: Store) -> None:
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


# -- every aggregate's operations, alike on both stores ------------------------------------------------


def _customers(tx: Tx, *ids: str, org: str = "org") -> None:
    for customer_id in ids:
        tx.create_customer(org, customer_id, T0)


def test_customers_numbers_and_secondary_ids(store: Store) -> None:
    a, b = NumberRow(2, "+254700000001", None), NumberRow(2, "+254700000001", "kenya")
    with store.transaction() as tx:
        _customers(tx, "el_cst_1", "el_cst_2")
        tx.create_customer("other", "el_cst_9", T0)
        tx.add_number("org", "el_cst_1", a)
        tx.add_number("org", "el_cst_1", b)  # the same number in a partition: another number
        tx.add_number("org", "el_cst_2", a)  # already someone's: nothing happens
        tx.put_secondary_id("org", "el_cst_1", IndexRow("crm", "42", None))
        tx.put_secondary_id("org", "el_cst_1", IndexRow("badge", None, T0 + 10))
        tx.put_secondary_id("org", "el_cst_2", IndexRow("crm", "42", None))  # taken over: moves
    with store.read() as tx:
        assert tx.customer_org("el_cst_9") == "other" and tx.customer_org("el_cst_nobody") is None
        assert tx.merged_into("el_cst_1") is None
        assert tx.customer("el_cst_9") == ("other", None) and tx.customer("el_cst_nobody") is None
        assert tx.numbers("el_cst_1") == [a, b] and tx.numbers("el_cst_2") == []
        assert tx.find_by_number("org", a) == "el_cst_1" and tx.find_by_number("org", b) == "el_cst_1"
        assert tx.find_by_number("other", a) is None  # numbers are the org's
        assert tx.find_by_secondary_id("org", "crm", "42", T0) == "el_cst_2"
        assert tx.find_by_secondary_id("org", "badge", None, T0) == "el_cst_1"
        assert tx.find_by_secondary_id("org", "badge", None, T0 + 10) is None  # expired
        assert tx.secondary_ids("el_cst_1", T0) == [IndexRow("badge", None, T0 + 10)]
    with store.transaction() as tx:
        assert tx.delete_secondary_id("el_cst_2", "crm", "42")
        assert not tx.delete_secondary_id("el_cst_2", "crm", "42")
        with pytest.raises(Exception, match=r"(?i)unique|duplicate|constraint"), tx.savepoint():
            tx.create_customer("org", "el_cst_1", T0)  # an id is minted once
    with store.read() as tx:
        assert tx.secondary_ids("el_cst_2", T0) == []


def test_tags_metadata_and_activity(store: Store) -> None:
    with store.transaction() as tx:
        _customers(tx, "el_cst_1", "el_cst_2", "el_cst_3")
        tx.put_tag("org", "el_cst_1", IndexRow("vip", "gold", None))
        tx.put_tag("org", "el_cst_1", IndexRow("vip", "platinum", None))  # replaces
        tx.put_tag("org", "el_cst_2", IndexRow("vip", "platinum", T0 + 5))
        tx.put_tag("org", "el_cst_3", IndexRow("Vip", "platinum", None))  # keys are exact
        tx.put_metadata("el_cst_1", "name", "Ann")
        tx.put_metadata("el_cst_1", "name", "Anne")
        tx.put_metadata("el_cst_1", "blob", b"\x00\xff")
        tx.put_metadata("el_cst_1", "B", "upper sorts first, byte-wise")
        tx.add_activity(
            "org", "el_cst_1", ActivityRow("app", "web", "s1", "login", {"b": "2", "a": "1"}, T0, None)
        )
        tx.add_activity(
            "org",
            "el_cst_1",
            ActivityRow("app", "ussd", "s2", "buy", {}, T0 + 1, NumberRow(2, "+2547", None)),
        )
    with store.read() as tx:
        assert tx.tags("el_cst_1", T0) == [IndexRow("vip", "platinum", None)]
        assert tx.customers_with_tag("org", "vip", "platinum", T0) == ["el_cst_1", "el_cst_2"]
        assert tx.customers_with_tag("org", "vip", "platinum", T0 + 5) == ["el_cst_1"]
        assert tx.customers_with_tag("org", "vip", "gold", T0) == []
        assert tx.customers_with_tag("other", "vip", "platinum", T0) == []
        assert list(tx.metadata("el_cst_1")) == ["B", "blob", "name"]
        assert tx.metadata("el_cst_1")["blob"] == b"\x00\xff" and tx.metadata("el_cst_1")["name"] == "Anne"
        activities = tx.activities("el_cst_1")
        assert [(x.key, x.properties, x.number) for x in activities] == [
            ("login", {"a": "1", "b": "2"}, None),
            ("buy", {}, NumberRow(2, "+2547", None)),
        ]
    with store.transaction() as tx:
        assert tx.delete_tag("el_cst_1", "vip") and not tx.delete_tag("el_cst_1", "vip")
        assert tx.delete_metadata("el_cst_1", "name") and not tx.delete_metadata("el_cst_1", "name")
    with store.read() as tx:
        assert tx.tags("el_cst_1", T0) == [] and "name" not in tx.metadata("el_cst_1")


def test_app_data_and_reminders(store: Store) -> None:
    with store.transaction() as tx:
        _customers(tx, "el_cst_1")
        tx.put_app_data("el_cst_1", "app", "state", T0 + 90)
        tx.put_app_data("el_cst_1", "app2", b"\x01", None)
        for key, at in (("b", T0 + 20), ("a", T0 + 20), ("c", T0 + 10)):
            tx.put_reminder(ReminderRow("el_cst_1", "app", "org", key, at, None, f"p-{key}", None, None))
        tag = IndexRow("vip", None, None)
        tx.put_reminder(ReminderRow("el_cst_1", "app", "org", "c", T0 + 30, 60.0, "again", tag, "el_wrk_1"))
    with store.read() as tx:
        assert tx.app_data("el_cst_1", "app") == ("state", T0 + 90)
        assert tx.app_data("el_cst_1", "app2") == (b"\x01", None)
        assert tx.app_data("el_cst_1", "nobody") == (None, None)
        # many customers at once (one statement): who has none is left out; asked twice, once
        assert tx.app_data_of("app2", ["el_cst_1", "el_cst_none", "el_cst_1"]) == {"el_cst_1": b"\x01"}
        assert tx.app_data_of("app", ["el_cst_1"]) == {"el_cst_1": "state"}
        assert tx.app_data_of("nobody", ["el_cst_1"]) == {} and tx.app_data_of("app", []) == {}
        assert [(r.key, r.remind_at) for r in tx.reminders("el_cst_1", "app")] == [
            ("a", T0 + 20), ("b", T0 + 20), ("c", T0 + 30),
        ]  # fmt: skip
        replaced = tx.reminders("el_cst_1", "app")[2]
        assert (replaced.interval, replaced.payload, replaced.tag, replaced.work_id) == (
            60.0, "again", IndexRow("vip", None, None), "el_wrk_1",
        )  # fmt: skip
        assert sorted(r.key for r in tx.due_reminders(T0 + 20, 10)) == ["a", "b"]  # c moved to T0 + 30
        assert len(tx.due_reminders(T0 + 100, 1)) == 1
        assert tx.next_reminder_at() == T0 + 20
    with store.transaction() as tx:
        tx.put_app_data("el_cst_1", "app", None, None)  # None and no lease: gone
        assert tx.delete_reminder("el_cst_1", "app", "a") and not tx.delete_reminder("el_cst_1", "app", "a")
    with store.read() as tx:
        assert tx.app_data("el_cst_1", "app") == (None, None)
        assert [r.key for r in tx.reminders("el_cst_1", "app")] == ["b", "c"]


def test_messages_sessions_and_consent(store: Store) -> None:
    number = NumberRow(2, "+254700000001", None)

    def message(i: int, at: float, provider_id: str | None = None) -> MessageRow:
        return MessageRow(
            f"el_msg_{i}", "org", "el_cst_1", "app", "sent", 1, "83044", None, provider_id, at, b"body%d" % i
        )

    with store.transaction() as tx:
        _customers(tx, "el_cst_1")
        for i, at in enumerate((T0 + 2, T0 + 1, T0 + 2)):
            tx.put_message(message(i, at, f"ATX{i}" if i else None))
        tx.put_message(message(1, T0 + 1, "ATX1-new"))  # an update keeps its place
        tx.put_session(
            SessionRow("el_ses_1", "org", "el_cst_1", 3, "*384#", number, "app", "P1", T0, T0 + 60)
        )
        tx.put_session(
            SessionRow("el_ses_2", "org", "el_cst_1", 3, "*384#", number, "app", None, T0 + 1, T0 + 30)
        )
        tx.put_consent(ConsentRow("el_cst_1", 1, "83044", number, 1, T0))
        tx.put_consent(ConsentRow("el_cst_1", 4, "21414", number, 2, T0 + 1))
        tx.put_consent(ConsentRow("el_cst_1", 1, "83044", number, 2, T0 + 2))  # replaces
    with store.read() as tx:
        # the latest ``limit``, oldest first (by time, then as written)
        assert [m.message_id for m in tx.messages("el_cst_1", 10)] == ["el_msg_1", "el_msg_0", "el_msg_2"]
        assert [m.message_id for m in tx.messages("el_cst_1", 1)] == ["el_msg_2"]
        assert tx.message("el_msg_1") == message(1, T0 + 1, "ATX1-new")
        assert tx.message_by_provider_id("org", "sent", "ATX2") == message(2, T0 + 2, "ATX2")
        assert tx.message_by_provider_id("org", "received", "ATX2") is None
        assert tx.session_by_provider_id("org", "P1") is not None
        assert tx.live_session("el_cst_1", 3, "*384#") is not None
        assert [s.session_id for s in tx.expired_sessions(T0 + 30, 10)] == ["el_ses_2"]
        assert tx.next_session_expiry() == T0 + 30
        assert tx.consent("el_cst_1", 1, "83044") == ConsentRow("el_cst_1", 1, "83044", number, 2, T0 + 2)
        assert [(c.channel, c.update) for c in tx.consents("el_cst_1")] == [(1, 2), (4, 2)]


def test_balances_holds_and_transactions(store: Store) -> None:
    def payment(i: int, at: float, provider_id: str | None = None) -> TransactionRow:
        return TransactionRow(
            f"el_txn_{i}", "org", "app", "payment", b"debit", b"credit", "KES", Decimal("10.50"), 100,
            at, at, provider_id, None, "el_cst_1" if i else None, "el_cst_1" if not i else None,
        )  # fmt: skip

    with store.transaction() as tx:
        _customers(tx, "el_cst_1")
        tx.put_balance("org", "purse:p1", "KES", Decimal("100.25"))
        tx.put_balance("org", "purse:p1", "KES", Decimal("90.25"))
        tx.put_balance("org", "wallet:el_cst_1:w", "KES", Decimal("5"), customer_id="el_cst_1")
        tx.put_balance("other", "purse:p1", "KES", Decimal("1"))  # another org's purse of that id
        tx.hold("org", "el_txn_h1", "purse:p1", "KES", Decimal("0.25"))
        tx.hold("org", "el_txn_h2", "purse:p1", "KES", Decimal("20"))
        for i, at in ((1, T0 + 1), (0, T0), (2, T0 + 1)):
            tx.put_transaction(payment(i, at, f"MP{i}" if i == 2 else None))
    with store.read() as tx:
        purse = tx.balance("org", "purse:p1", "KES")
        assert purse is not None
        assert (purse.actual, purse.held, purse.available) == (
            Decimal("90.25"),
            Decimal("20.25"),
            Decimal(70),
        )
        assert purse.sequence_nr == 2  # 1 when created, one more with each change
        other = tx.balance("other", "purse:p1", "KES")
        assert other is not None and other.actual == 1 and other.held == 0
        assert [b.account for b in tx.balances("org")] == ["purse:p1", "wallet:el_cst_1:w"]
        assert [b.account for b in tx.balances("org", customer_id="el_cst_1")] == ["wallet:el_cst_1:w"]
        assert sorted(tx.holds("org", "purse:p1", "KES")) == [
            ("el_txn_h1", Decimal("0.25")), ("el_txn_h2", Decimal("20")),
        ]  # fmt: skip
        assert tx.transaction("org", "el_txn_1") == payment(1, T0 + 1)
        assert tx.transaction("other", "el_txn_1") is None
        assert tx.transaction_by_provider_id("org", "MP2") == payment(2, T0 + 1, "MP2")
        assert [t.transaction_id for t in tx.transactions("org", "el_cst_1")] == [
            "el_txn_0", "el_txn_1", "el_txn_2",
        ]  # fmt: skip
        assert [t.transaction_id for t in tx.org_transactions("org")] == ["el_txn_0", "el_txn_1", "el_txn_2"]
    with store.transaction() as tx:
        assert tx.release("org", "el_txn_h2") and not tx.release("org", "el_txn_h2")
        assert not tx.release("other", "el_txn_h1")  # holds are the org's
    with store.read() as tx:
        purse = tx.balance("org", "purse:p1", "KES")
        assert purse is not None and purse.held == Decimal("0.25")


def test_tokens_work_and_idempotency_keys(store: Store) -> None:
    with store.transaction() as tx:
        tx.put_token("el_tkn_1", "org", "app", T0 + 3600)
        tx.put_work("el_wrk_2", "org", "app", "send_message_tag", b"two", T0 + 1)
        tx.put_work("el_wrk_1", "org", "app", "add_reminder_tag", b"one", T0)
        tx.put_idempotent("org", "app", "key-1", "hash", b"", T0)
        tx.put_idempotent("org", "app", "key-2", "hash2", b"", T0 + 100)
    with store.transaction() as tx:
        tx.finish_work("el_wrk_1", T0 + 2)
        tx.answer_idempotent("org", "app", "key-1", b"reply")
        tx.put_idempotent("org", "app", "key-2", "hash3", b"again", T0 + 200)  # replaced
    with store.read() as tx:
        assert tx.token("el_tkn_1") == ("org", "app", T0 + 3600) and tx.token("el_tkn_2") is None
        assert tx.unfinished_work() == [("el_wrk_2", "org", "app", "send_message_tag", b"two")]
        key = tx.idempotent("org", "app", "key-1")
        assert key is not None and (key.command_hash, key.reply, key.created_at) == ("hash", b"reply", T0)
        assert tx.idempotent("org", "other-app", "key-1") is None
        key2 = tx.idempotent("org", "app", "key-2")
        assert key2 is not None and key2.command_hash == "hash3" and key2.reply == b"again"
    with store.transaction() as tx:
        assert tx.forget_idempotent(T0 + 150) == 1
    with store.read() as tx:
        assert tx.idempotent("org", "app", "key-1") is None and tx.idempotent("org", "app", "key-2")


def test_the_outbox_delivers_fairly_in_order_per_key(store: Store) -> None:
    with store.transaction() as tx:
        for i, (app, key) in enumerate([("a", "k1"), ("a", "k1"), ("a", "k2"), ("b", "k3"), ("b", "k3")]):
            tx.enqueue(f"el_ntf_{i}", "org", app, "app", key, None, b"%d" % i, T0)
        tx.enqueue("el_ntf_s", "org", "", "simulator", "sim", None, b"s", T0)
        tx.enqueue("el_ntf_x", "org", "c", "app", "k4", None, b"x", T0)  # app c is not connected
    with store.read() as tx:
        assert tx.undelivered() == 7
        rows = tx.deliverable(T0, [("org", "a"), ("org", "b")], ["org"], 10, frozenset())
        # each line's heads: k1's first and k2's first for a, k3's first for b; interleaved
        assert [r.notification_id for r in rows] == ["el_ntf_0", "el_ntf_3", "el_ntf_s", "el_ntf_2"]
        assert rows[0].body == b"0" and rows[0].attempts == 0 and rows[0].created_at == T0
        busy = tx.deliverable(T0, [("org", "a")], [], 10, frozenset({"k1"}))
        assert [r.notification_id for r in busy] == ["el_ntf_2"]
        assert len(tx.deliverable(T0, [("org", "a")], [], 1, frozenset())) == 1
    first = rows[0]
    with store.transaction() as tx:
        tx.retry_later(rows[1].row_id, T0 + 30)
        tx.delivered(first.row_id, T0)
    with store.read() as tx:
        assert tx.undelivered() == 6 and tx.next_retry_at() == 0  # the others are due at once
        rows = tx.deliverable(T0, [("org", "a"), ("org", "b")], [], 10, frozenset())
        assert [r.notification_id for r in rows] == ["el_ntf_1", "el_ntf_2"]  # k3 waits for its retry
        later = tx.deliverable(T0 + 30, [("org", "b")], [], 10, frozenset())
        assert [(r.notification_id, r.attempts) for r in later] == [("el_ntf_3", 1)]


def test_adopt_moves_everything_and_existing_keys_win(store: Store) -> None:
    number = NumberRow(2, "+254700000002", None)
    with store.transaction() as tx:
        _customers(tx, "el_cst_1", "el_cst_2")
        tx.add_number("org", "el_cst_2", number)
        tx.put_tag("org", "el_cst_1", IndexRow("vip", "mine", None))
        tx.put_tag("org", "el_cst_2", IndexRow("vip", "theirs", None))
        tx.put_tag("org", "el_cst_2", IndexRow("new", None, None))
        tx.put_metadata("el_cst_2", "name", "Bo")
        tx.put_app_data("el_cst_2", "app", "theirs", None)
        tx.put_reminder(ReminderRow("el_cst_2", "app", "org", "r", T0, None, None, None, None))
        tx.enqueue("el_ntf_1", "org", "app", "app", "el_cst_2", "el_cst_2", b"", T0)
        tx.adopt("el_cst_1", "el_cst_2")
    with store.read() as tx:
        assert tx.find_by_number("org", number) == "el_cst_1"
        assert tx.tags("el_cst_1", T0) == [IndexRow("new", None, None), IndexRow("vip", "mine", None)]
        assert tx.metadata("el_cst_1") == {"name": "Bo"}
        assert tx.app_data("el_cst_1", "app") == ("theirs", None)
        assert [r.key for r in tx.reminders("el_cst_1", "app")] == ["r"]
        assert tx.merged_into("el_cst_2") == "el_cst_1" and tx.customer("el_cst_2") == ("org", "el_cst_1")
        assert tx.tags("el_cst_2", T0) == [] and tx.numbers("el_cst_2") == []
    with store.transaction() as tx:
        tx.delete_customer("el_cst_1")
    with store.read() as tx:
        assert tx.customer_org("el_cst_1") is None and tx.find_by_number("org", number) is None
        assert tx.undelivered() == 0  # its undelivered notifications went with it


def test_every_change_to_the_rows_of_a_customers_state_moves_its_version(store: Store) -> None:
    """The versions kept states are checked against (engine/state.py ``States``): every write to
    a table GetCustomerState reads counts for the customers it touches, and only for them."""
    number = NumberRow(2, "+254700000001", None)
    with store.transaction() as tx:
        _customers(tx, "el_cst_1", "el_cst_2", "el_cst_3")
        tx.put_balance("org", "wallet:el_cst_1:w", "KES", Decimal("5"), customer_id="el_cst_1")

    def message(body: bytes) -> MessageRow:
        return MessageRow("el_msg_1", "org", "el_cst_1", "app", "sent", 1, "83044", None, None, T0, body)

    def session(ended: float | None) -> SessionRow:
        return SessionRow("el_ses_1", "org", "el_cst_1", 3, "*384#", number, "app", None, T0, T0 + 60, ended)

    def payment(status: int) -> TransactionRow:
        return TransactionRow(
            "el_txn_1", "org", "app", "payment", b"d", b"c", "KES", Decimal(1), status, T0, T0,
            debit_customer_id="el_cst_1", credit_customer_id="el_cst_2",
        )  # fmt: skip

    one, both = {"el_cst_1"}, {"el_cst_1", "el_cst_2"}
    activity = ActivityRow("app", "web", "s", "k", {}, T0, None)
    reminder = ReminderRow("el_cst_1", "app", "org", "r", T0, None, None, None, None)
    wallet = "wallet:el_cst_1:w"
    writes = [
        ("a number", one, lambda tx: tx.add_number("org", "el_cst_1", number)),
        ("a secondary id", one, lambda tx: tx.put_secondary_id("org", "el_cst_1", IndexRow("k", "v", None))),
        ("a secondary id gone", one, lambda tx: tx.delete_secondary_id("el_cst_1", "k", "v")),
        ("a tag", one, lambda tx: tx.put_tag("org", "el_cst_1", IndexRow("vip", None, T0 + 9))),
        ("a tag gone", one, lambda tx: tx.delete_tag("el_cst_1", "vip")),
        ("metadata", one, lambda tx: tx.put_metadata("el_cst_1", "name", "Ann")),
        ("metadata gone", one, lambda tx: tx.delete_metadata("el_cst_1", "name")),
        ("an activity", one, lambda tx: tx.add_activity("org", "el_cst_1", activity)),
        ("a message", one, lambda tx: tx.put_message(message(b"sent"))),
        ("a message's update", one, lambda tx: tx.put_message(message(b"delivered"))),
        ("a session", one, lambda tx: tx.put_session(session(None))),
        ("a session's end", one, lambda tx: tx.put_session(session(T0 + 1))),
        ("a consent", one, lambda tx: tx.put_consent(ConsentRow("el_cst_1", 1, "83044", number, 2, T0))),
        ("a wallet balance", one, lambda tx: tx.put_balance("org", wallet, "KES", Decimal(9), "el_cst_1")),
        ("a hold on a wallet", one, lambda tx: tx.hold("org", "el_txn_h", wallet, "KES", Decimal(1))),
        ("a hold's release", one, lambda tx: tx.release("org", "el_txn_h")),
        ("a payment between two", both, lambda tx: tx.put_transaction(payment(100))),
        ("its update", both, lambda tx: tx.put_transaction(payment(200))),
        ("a purse's balance", set(), lambda tx: tx.put_balance("org", "purse:p", "KES", Decimal(1))),
        ("a hold on a purse", set(), lambda tx: tx.hold("org", "el_txn_p", "purse:p", "KES", Decimal(1))),
        ("app data", set(), lambda tx: tx.put_app_data("el_cst_1", "app", "x", None)),
        ("a reminder", set(), lambda tx: tx.put_reminder(reminder)),
        ("an adoption", both, lambda tx: tx.adopt("el_cst_1", "el_cst_2")),
        ("a deletion", one, lambda tx: tx.delete_customer("el_cst_1")),
    ]  # fmt: skip
    customers = ("el_cst_1", "el_cst_2", "el_cst_3")
    for what, touched, write in writes:
        with store.read() as tx:
            before = {c: tx.customer_version(c) for c in customers}
        with store.transaction() as tx:
            write(tx)
        with store.read() as tx:
            moved = {c for c in customers if tx.customer_version(c) != before[c]}
            gone = {c for c in customers if tx.customer(c) is None}
            # a live customer's version only goes up; a deleted one's row goes with them
            assert all(tx.customer_version(c) >= before[c] for c in customers if c not in gone)
            assert all(tx.customer_version(c) == 0 for c in gone)
        assert moved == touched, what
    # a write rolled back moves nothing
    with store.read() as tx:
        before = {c: tx.customer_version(c) for c in customers}
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.put_metadata("el_cst_3", "name", "Cy")
        raise RuntimeError("rolled back")
    with store.read() as tx:
        assert {c: tx.customer_version(c) for c in customers} == before


def test_a_savepoint_rolls_back_alone(store: Store) -> None:
    with store.transaction() as tx:
        tx.put_token("el_tkn_kept", "org", "app", T0)
        with pytest.raises(ValueError), tx.savepoint():
            tx.put_token("el_tkn_undone", "org", "app", T0)
            tx.enqueue("el_ntf_undone", "org", "app", "app", "k", None, b"", T0)
            raise ValueError("this command failed")
        assert not tx.notified  # what the rolled-back part said it woke is forgotten too
        with pytest.raises(Exception, match=r"(?i)unique|duplicate|constraint"), tx.savepoint():
            tx.put_token("el_tkn_kept", "org", "app", T0)  # a failed statement: rolled back alone
        tx.put_token("el_tkn_after", "org", "app", T0)
    with store.read() as tx:
        assert tx.token("el_tkn_kept") and tx.token("el_tkn_after") and tx.token("el_tkn_undone") is None
        assert tx.undelivered() == 0


def test_a_failed_transaction_leaves_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.put_token("el_tkn_gone", "org", "app", T0)
        raise RuntimeError("the block failed")
    with store.transaction() as tx:  # and the store goes on
        assert tx.token("el_tkn_gone") is None
    assert store.schema_version >= 1


def test_a_statement_that_failed_outside_a_savepoint_never_passes_for_committed(store: Store) -> None:
    # SQLite rolls back the failed statement alone and commits the rest; PostgreSQL loses the
    # whole transaction, so the store must say so instead of a COMMIT that rolls back unsaid
    outcome: type[BaseException] | None = None
    try:
        with store.transaction() as tx:
            tx.put_token("el_tkn_first", "org", "app", T0)
            with pytest.raises(Exception, match=r"(?i)unique|duplicate|constraint"):
                tx.put_token("el_tkn_first", "org", "app", T0)  # caught: the block goes on
    except TransactionAborted:
        outcome = TransactionAborted
    with store.read() as tx:
        kept = tx.token("el_tkn_first") is not None
    if isinstance(store, PostgresStore):
        assert outcome is TransactionAborted and not kept
    else:
        assert outcome is None and kept
    with store.transaction() as tx:  # and the store goes on
        tx.put_token("el_tkn_next", "org", "app", T0)
    with store.read() as tx:
        assert tx.token("el_tkn_next") is not None


def test_many_notifications_and_reminders_at_once(store: Store) -> None:
    with store.transaction() as tx:
        _customers(tx, "el_cst_1", "el_cst_2")
        for customer_id in ("el_cst_1", "el_cst_2"):
            for key in ("a", "b"):
                tx.put_reminder(ReminderRow(customer_id, "app", "org", key, T0, None, None, None, None))
        tx.enqueue("el_ntf_0", "org", "app", "app", "k1", "el_cst_1", b"first", T0)
        tx.enqueue_many([
            Enqueued(f"el_ntf_{i}", "org", "app", "app", f"k{i % 2}", None, f"body {i}".encode(), T0)
            for i in range(1, 5)
        ])  # fmt: skip
        assert tx.notified
        tx.enqueue_many([])
        tx.delete_reminders([("el_cst_1", "app", "a"), ("el_cst_2", "app", "b"), ("el_cst_2", "app", "gone")])
        tx.delete_reminders([])
    with store.transaction() as tx:  # repeating ones move on, each to its own time
        tx.reschedule_reminders([(T0 + 60, "el_cst_1", "app", "b"), (T0 + 90, "el_cst_2", "app", "gone")])
        assert tx.rescheduled
    with store.transaction() as tx:
        tx.reschedule_reminders([])
        assert not tx.rescheduled
    with store.read() as tx:
        rows = tx.deliverable(T0, [("org", "app")], [], 10, frozenset())
        # in the order enqueued: the heads of k1 (el_ntf_0) and k0 (el_ntf_2) only
        heads = [(r.notification_id, r.body) for r in rows]
        assert heads == [("el_ntf_0", b"first"), ("el_ntf_2", b"body 2")]
        assert tx.undelivered() == 5
        assert [(r.key, r.remind_at) for r in tx.reminders("el_cst_1", "app")] == [("b", T0 + 60)]
        assert [(r.key, r.remind_at) for r in tx.reminders("el_cst_2", "app")] == [("a", T0)]
        assert tx.next_reminder_at() == T0
    with store.transaction() as tx:
        for row in rows:
            tx.delivered(row.row_id, T0)
    with store.read() as tx:  # the next in each line, in the order they were enqueued
        rows = tx.deliverable(T0, [("org", "app")], [], 10, frozenset())
        assert [r.notification_id for r in rows] == ["el_ntf_1", "el_ntf_4"]


def test_claims_give_each_job_to_one_owner_until_its_lease_ends(store: Store) -> None:
    with store.transaction() as tx:
        for i in range(4):
            tx.enqueue(f"el_ntf_{i}", "org", "app", "app", f"k{i}", None, b"", T0)
    with store.read() as tx:
        ids = [r.row_id for r in tx.deliverable(T0, [("org", "app")], [], 10, frozenset())]
    assert len(ids) == 4
    with store.transaction() as tx:
        assert tx.claim("outbox", ids[:2], "a", T0 + 10, T0) == ids[:2]
        assert tx.claim("outbox", ids, "b", T0 + 10, T0) == ids[2:]  # a's are not b's to take
        assert tx.claim("outbox", ids[:1], "a", T0 + 20, T0) == ids[:1]  # an owner may claim again
        assert tx.claim("outbox", [], "a", T0 + 20, T0) == []
    with store.read() as tx:
        # b sees only its own; a sees only its own (another's live claim is left out)
        seen_b = [r.row_id for r in tx.deliverable(T0, [("org", "app")], [], 10, frozenset(), owner="b")]
        seen_a = [r.row_id for r in tx.deliverable(T0, [("org", "app")], [], 10, frozenset(), owner="a")]
        assert seen_b == ids[2:] and seen_a == ids[:2]
        # a's second claim ends at T0 + 10: b sees it then; a's first, renewed to T0 + 20, not yet
        later = [r.row_id for r in tx.deliverable(T0 + 10, [("org", "app")], [], 10, frozenset(), owner="b")]
        assert later == ids[1:]
    with store.transaction() as tx:
        assert tx.renew_claims("outbox", "a", T0 + 30) == 2
        assert tx.claim("outbox", ids[:2], "b", T0 + 40, T0 + 25) == []  # renewed: still a's
        assert tx.release_claims("outbox", "a", [ids[1]]) == 1
        assert tx.claim("outbox", ids[:2], "b", T0 + 40, T0 + 25) == [ids[1]]
        assert tx.release_claims("outbox", "b") == 3  # all of b's
        assert tx.claim("outbox", ids[:1], "b", T0 + 40, T0 + 30) == ids[:1]  # a's lease ran out
        tx.retry_later(ids[0], T0 + 50)  # not answered: due later, and nobody's
        assert tx.claim("outbox", ids[:1], "c", T0 + 60, T0 + 31) == ids[:1]
        with pytest.raises(ValueError, match="holds no jobs"):
            tx.claim("customers", ids, "c", T0, T0)


def test_an_awaited_answer_goes_to_whoever_waits(store: Store) -> None:
    with store.transaction() as tx:
        tx.await_answer("el_ntf_1", T0 + 30)
        tx.await_answer("el_ntf_old", T0 - 1)  # a waiter that died long ago
        assert tx.awaited("el_ntf_1") and not tx.awaited("el_ntf_2")
        assert tx.take_answer("el_ntf_1") is None  # nothing yet: it still waits
        assert not tx.answered
        assert tx.put_answer("el_ntf_1", b"menu") and tx.answered
        assert not tx.put_answer("el_ntf_2", b"x")  # nobody waits for that one
    with store.transaction() as tx:
        assert tx.take_answer("el_ntf_1") == b"menu"
        assert tx.take_answer("el_ntf_1") is None and not tx.awaited("el_ntf_1")  # taken once
        tx.await_answer("el_ntf_3", T0 + 30)
        tx.put_answer("el_ntf_3", b"")  # answered with nothing to say: still an answer
        assert tx.take_answer("el_ntf_3") == b""
        tx.forget_wait("el_ntf_4", T0)  # gave up; waits past their time go too
        assert not tx.awaited("el_ntf_old")


def test_presence_says_which_orgs_have_a_simulator_somewhere(store: Store) -> None:
    with store.transaction() as tx:
        tx.put_presence("instance-a", ["org1", "org2"], T0 + 10)
        tx.put_presence("instance-b", ["org2"], T0 + 20)
    with store.read() as tx:
        assert tx.present("org1", T0) and tx.present("org2", T0) and not tx.present("org3", T0)
        assert not tx.present("org1", T0 + 10) and tx.present("org2", T0 + 10)  # a's lease ran out
    with store.transaction() as tx:
        tx.put_presence("instance-b", [], T0 + 20)  # b's simulators left
        tx.put_presence("instance-a", ["org1"], T0 + 30)  # a's org2 simulator left
    with store.read() as tx:
        assert tx.present("org1", T0 + 20) and not tx.present("org2", T0)


# -- the communication layer's tables -------------------------------------------------------------


def _send(report_id: str, status: int, at: float, **kw: object) -> SendRow:
    fields: dict[str, object] = dict(
        report_id=report_id, org_id="org", app_id="app", channel=1, address="+254700000001", customer_id=None,
        template_id="tpl", template_version=1, event="", job_id="", campaign_id="", category=1, status=status,
        created_at=at, updated_at=at, due_at=at,
    )  # fmt: skip
    fields.update(kw)
    return SendRow(**fields)  # type: ignore[arg-type]


def test_templates_keep_versions_and_globals_events_configs_are_per_org(store: Store) -> None:
    with store.transaction() as tx:
        tx.put_template("org", "t1", 1, "welcome", 1, b"v1", T0)
        tx.put_template("org", "t1", 2, "welcome", 1, b"v2", T0 + 1)
        tx.put_template("org", "t2", 1, "bye", 1, b"b1", T0)
        tx.put_template("other", "t3", 1, "welcome", 1, b"x", T0)
        tx.put_global("org", "brand", "Acme", T0)
        tx.put_event("org", "shipped", b"e", T0)
        tx.put_otp_config("org", "login", b"c")
        tx.put_subscription("org", "shipped", "c1", False, T0)
    with store.read() as tx:
        assert tx.template("org", "t1") == b"v2" and tx.template("org", "t1", 1) == b"v1"
        assert tx.template("org", "t3") is None  # another org's
        assert tx.templates("org") == [b"b1", b"v2"]  # latest versions, by name
        assert tx.template_named("org", "welcome") == "t1" and tx.template_named("org", "nope") is None
        assert tx.globals("org") == {"brand": "Acme"} and tx.globals("other") == {}
        assert tx.event("org", "shipped") == b"e" and tx.events("other") == []
        assert tx.otp_config("org", "login") == b"c" and tx.otp_configs("org") == [b"c"]
        assert tx.subscription("org", "shipped", "c1") is False
        assert tx.subscription("org", "shipped", "c2") is None
    with store.transaction() as tx:
        assert tx.delete_template("org", "t1") and not tx.delete_template("org", "t1")
        assert tx.delete_global("org", "brand") and not tx.delete_global("org", "brand")
        tx.put_global("org", "brand", "B", T0)
        tx.put_global("org", "brand", "C", T0 + 1)  # replaced
        assert tx.delete_event("org", "shipped")  # its subscriptions go with it
    with store.read() as tx:
        assert tx.template("org", "t1") is None and tx.template("org", "t1", 1) is None
        assert tx.templates("org") == [b"b1"] and tx.template_named("org", "welcome") is None
        assert tx.globals("org") == {"brand": "C"}
        assert tx.subscription("org", "shipped", "c1") is None


def test_otps_count_sends_per_window_and_retire(store: Store) -> None:
    with store.transaction() as tx:
        for i, at in enumerate((T0, T0 + 100, T0 + 200)):
            tx.put_otp(OtpRow(f"o{i}", "org", "login", "+1", None, b"h" * 32, at, at + 600, 0, 5, "pending"))
        assert tx.comms_key("org", b"k1") == b"k1" and tx.comms_key("org", b"k2") == b"k1"  # kept
    with store.transaction() as tx:
        assert tx.otp_sends("org", "login", "+1", T0 + 100) == 2
        assert tx.retire_otps("org", "login", "+1") == 3
        tx.update_otp("o2", 1, "approved")
    with store.read() as tx:
        otp = tx.otp("o2")
        assert otp is not None and (otp.attempts, otp.state, otp.code_hash) == (1, "approved", b"h" * 32)
        assert tx.otp("o0") is not None and tx.otp("o0").state == "used"  # type: ignore[union-attr]
        assert tx.otp("nope") is None


def test_sends_are_jobs_and_report_rows(store: Store) -> None:
    with store.transaction() as tx:
        first = tx.put_send(_send("r1", 3, T0, job_id="j1"))
        assert not tx.queued  # a sent row is no job
        queued = tx.put_send(_send("r2", 1, T0 + 1, body=b"msg", notify=True))
        assert tx.queued
        later = tx.put_send(
            _send("r3", 1, T0 + 2, due_at=T0 + 50, body=b"later", channel=2, address="a@b.co")
        )
    with store.read() as tx:  # what a sender checks before sending what it read earlier
        assert tx.send_states([queued, later, first + 1000]) == {
            queued: (1, T0 + 1, "+254700000001", True),
            later: (1, T0 + 50, "a@b.co", True),
        }
    with store.transaction() as tx:
        assert tx.next_send_due() == T0 + 1
        assert tx.due_sends(T0 + 10, 1000.0, 10) == [queued]
        assert tx.claim("comms_sends", [queued], "me", 2000.0, 1000.0) == [queued]
        assert tx.due_sends(T0 + 100, 1000.0, 10) == [later]  # claimed: not due for others
        tx.mark_sending([queued], T0 + 3)  # in flight: keeps its body
    with store.transaction() as tx:
        assert tx.due_sends(T0 + 10, 2000.0, 10) == [queued]  # its lease ran out: back
        (row,) = tx.sends([queued])
        assert (row.status, row.body, row.notify) == (2, b"msg", True)
        tx.update_send(queued, 3, T0 + 4, "simulator", "pm1")
        tx.release_claims("comms_sends", "me")
        assert tx.mark_delivered("r2", T0 + 5) and not tx.mark_delivered("r2", T0 + 6)  # once, from sent
        assert not tx.mark_delivered("r3", T0 + 5)  # still queued
    with store.read() as tx:
        (row,) = tx.sends([queued])
        assert (row.status, row.body, row.provider, row.provider_message_id) == (4, None, "simulator", "pm1")
        assert tx.send_states([queued]) == {queued: (4, T0 + 1, "+254700000001", False)}  # settled: no body
        everything = ReportFilter("org", T0 - 1, T0 + 100)
        assert [r.report_id for r in tx.reports(everything, None, 10)] == ["r3", "r2", "r1"]
        assert [r.report_id for r in tx.reports(everything, (T0 + 1, queued), 10)] == ["r1"]
        assert [r.row_id for r in tx.reports(ReportFilter("org", T0, T0 + 100, job_id="j1"), None, 10)] == [
            first
        ]
        assert [r.report_id for r in tx.reports(ReportFilter("org", T0, T0 + 100, channel=2), None, 10)] == [
            "r3"
        ]
        assert [
            r.report_id for r in tx.reports(ReportFilter("org", T0, T0 + 100, statuses=(3, 4)), None, 10)
        ] == ["r2", "r1"]
        assert tx.reports(ReportFilter("other", T0, T0 + 100), None, 10) == []


def test_suppressions_audit_and_erasure(store: Store) -> None:
    with store.transaction() as tx:
        _customers(tx, "c1")
        tx.put_suppression("org", 1, "+2", "stop", T0)
        tx.put_suppression("org", 1, "+1", "stop", T0)
        tx.put_suppression("org", 1, "+1", "again", T0 + 1)  # kept as first put
        tx.put_suppression("org", 2, "a@b.co", "bounce", T0)
        for i in range(3):
            tx.put_audit("org", "app", "admin key ...abcd", f"action{i}", "s", "d", T0 + i)
        tx.put_subscription("org", "e", "c1", True, T0)
        tx.put_send(_send("r1", 1, T0, customer_id="c1", body=b"m"))
    with store.read() as tx:
        assert tx.suppressed("org", 1, "+1") and not tx.suppressed("org", 2, "+1")
        assert tx.suppressions("org", 0, None, 10) == [
            (1, "+1", "stop", T0),
            (1, "+2", "stop", T0),
            (2, "a@b.co", "bounce", T0),
        ]
        assert tx.suppressions("org", 1, (1, "+1"), 10) == [(1, "+2", "stop", T0)]
        log = tx.audit_log("org", T0, T0 + 10, None, 2)
        assert [e.action for e in log] == ["action2", "action1"]
        assert [e.action for e in tx.audit_log("org", T0, T0 + 10, log[-1].row_id, 10)] == ["action0"]
    with store.transaction() as tx:
        assert tx.delete_suppression("org", 1, "+1") and not tx.delete_suppression("org", 1, "+1")
        tx.delete_customer("c1")
    with store.read() as tx:
        assert tx.subscription("org", "e", "c1") is None
        (row,) = tx.reports(ReportFilter("org", T0 - 1, T0 + 1), None, 10)
        assert (row.address, row.customer_id, row.body, row.status) == ("", None, None, 6)  # queued: skipped


def _audience(audience_id: str, name: str) -> AudienceRec:
    return AudienceRec(audience_id, "org", name, b"body", 1, 0, 0, 0, 0, T0, T0)


def test_audiences_drop_duplicate_contacts_and_keep_rejects_by_line(store: Store) -> None:
    with store.transaction() as tx:
        tx.put_audience(_audience("a1", "spring"))
        added = tx.add_members(
            "a1",
            [
                MemberRow(2, "+1", None, "[]"),
                MemberRow(3, "+2", "x@y.co", "[]"),
                MemberRow(4, "+1", None, "[]"),  # the phone of line 2
                MemberRow(5, None, "x@y.co", "[]"),  # the email of line 3
                MemberRow(6, None, "z@y.co", '["v"]'),
            ],
        )
        assert added == {2, 3, 6}
        assert tx.add_members("a1", [MemberRow(7, "+2", None, "[]")]) == set()  # across chunks too
        tx.add_rejects("a1", [(9, "bad"), (8, "worse")])
        tx.update_audience("a1", 1, 7, 3, 4, 2, T0 + 1)
    with store.read() as tx:
        rec = tx.audience("org", "a1")
        assert rec is not None and (rec.next_chunk, rec.rows, rec.members, rec.rejected, rec.state) == (
            1,
            7,
            3,
            4,
            2,
        )
        assert tx.audience("org", name="spring") == rec and tx.audience("other", "a1") is None
        assert [m.line for m in tx.members_matching("a1", ["+1", "+9"], ["x@y.co"])] == [2, 3]
        members = tx.members("a1", 0, 2)
        assert [(m.line, m.phone, m.email) for m in members] == [(2, "+1", None), (3, "+2", "x@y.co")]
        assert [m.line for m in tx.members("a1", members[-1].member_id, 10)] == [6]
        assert tx.count_members("a1") == 3 and tx.count_members("a1", members[0].member_id) == 2
        assert tx.rejects("a1", 0, 10) == [(8, "worse"), (9, "bad")] and tx.rejects("a1", 8, 10) == [
            (9, "bad")
        ]
    with store.transaction() as tx:
        assert tx.delete_audience("a1") and not tx.delete_audience("a1")
    with store.read() as tx:
        assert tx.audiences("org") == [] and tx.members("a1", 0, 10) == [] and tx.rejects("a1", 0, 10) == []


def test_an_audience_drawn_by_tag_takes_live_tags_first_phone_and_email(store: Store) -> None:
    with store.transaction() as tx:
        _customers(tx, "c1", "c2", "c3")
        tx.add_number("org", "c1", NumberRow(2, "+11", None))
        tx.add_number("org", "c1", NumberRow(2, "+12", None))
        tx.add_number("org", "c1", NumberRow(5, "c1@x.co", None))
        tx.add_number("org", "c2", NumberRow(5, "c2@x.co", None))
        tx.put_tag("org", "c1", IndexRow("plan", "gold", None))
        tx.put_tag("org", "c2", IndexRow("plan", "silver", None))
        tx.put_tag("org", "c3", IndexRow("plan", "gold", T0 - 1))  # expired
        tx.put_audience(_audience("a1", "gold"))
        tx.put_audience(_audience("a2", "any"))
        assert tx.draw_members("org", "a1", "plan", "gold", T0) == 1
        assert tx.draw_members("org", "a2", "plan", "", T0) == 2
    with store.read() as tx:
        assert [(m.customer_id, m.phone, m.email) for m in tx.members("a1", 0, 10)] == [
            ("c1", "+11", "c1@x.co")
        ]
        assert {(m.customer_id, m.phone) for m in tx.members("a2", 0, 10)} == {("c1", "+11"), ("c2", None)}


def test_campaigns_are_claimed_jobs_written_only_when_unchanged(store: Store) -> None:
    def campaign(campaign_id: str, state: int, start_at: float | None) -> CampaignRec:
        return CampaignRec(campaign_id, "org", "app", b"c", state, "", start_at, 0, 0.0, None, None, T0, T0)

    with store.transaction() as tx:
        tx.put_campaign(campaign("draft", 1, None))
        assert not tx.queued
        tx.put_campaign(campaign("soon", 2, T0 + 10))
        assert tx.queued
    with store.transaction() as tx:
        assert tx.due_campaigns(T0, 1000.0, 10, "me") == []
        assert tx.next_campaign_start() == T0 + 10
        (due,) = tx.due_campaigns(T0 + 10, 1000.0, 10, "me")
        assert tx.claim("comms_campaigns", [due], "me", 2000.0, 1000.0) == [due]
        assert tx.due_campaigns(T0 + 10, 1000.0, 10, "you") == []  # held by me
        assert tx.due_campaigns(T0 + 10, 1000.0, 10, "me") == [due]
        assert tx.due_campaigns(T0 + 10, 2000.0, 10, "you") == [due]  # my lease ran out
        (rec,) = tx.campaigns_by_row([due])
        assert rec.version == 0
        moved = dataclasses.replace(rec, state=3, position=5, spent=1.5)
        assert tx.update_campaign(moved, expect=0)
        assert not tx.update_campaign(dataclasses.replace(moved, position=9), expect=0)  # changed since
    with store.read() as tx:
        rec2 = tx.campaign("org", "soon")
        assert rec2 is not None and (rec2.state, rec2.position, rec2.spent, rec2.version) == (3, 5, 1.5, 1)
        assert [c.campaign_id for c in tx.campaigns("org")] == ["soon", "draft"]  # newest first (by row)
        assert [c.campaign_id for c in tx.campaigns("org", 1)] == ["draft"]


def test_campaign_sends_go_once_per_address_and_are_held_and_skipped(store: Store) -> None:
    def send(report_id: str, address: str, status: int = 1) -> SendRow:
        return _send(report_id, status, T0, campaign_id="c1", address=address, body=b"m", category=3)

    with store.transaction() as tx:
        assert tx.put_sends([send("r1", "+1"), send("r2", "+2"), send("r3", "+1")]) == 2  # +1 twice
        assert tx.queued
        assert tx.put_sends([send("r4", "+2")]) == 0
        assert (
            tx.put_sends([_send("r5", 3, T0, campaign_id="", address="+1", category=3)]) == 1
        )  # not a campaign's
        assert (
            tx.put_sends([send("r6", "", status=6), send("r7", "", status=6)]) == 2
        )  # no address: both kept
    with store.transaction() as tx:
        assert tx.campaign_counts("org", "c1") == {1: 2, 6: 2}
        assert tx.campaign_due("org", "c1", T0) == 2
        assert (
            tx.promotional_sends("org", "+1", T0 - 1) == 2 and tx.promotional_sends("org", "+1", T0 + 1) == 0
        )
        assert tx.hold_campaign_sends("org", "c1", 1e15) == 2
        assert tx.campaign_due("org", "c1", T0) == 0 and tx.due_sends(T0 + 100, 0.0, 10) == []
        assert tx.hold_campaign_sends("org", "c1", T0) == 2
        assert len(tx.due_sends(T0, 0.0, 10)) == 2
        assert tx.skip_campaign_sends("org", "c1", T0 + 1, "cancelled", "the campaign was cancelled") == 2
        assert tx.campaign_counts("org", "c1") == {6: 4}
        assert tx.due_sends(T0 + 100, 0.0, 10) == []
        tx.put_sends([_send("r8", 3, T0 + 2, campaign_id="c1", address="+3")])
        assert tx.campaign_recent("org", "c1", 10) == [3]


def test_a_window_of_contacts_is_looked_up_at_once(store: Store) -> None:
    with store.transaction() as tx:
        _customers(tx, "c1", "c2")
        tx.add_number("org", "c1", NumberRow(2, "+1", None))
        tx.add_number("org", "c2", NumberRow(2, "+2", "kenya"))  # in a partition: not a bare number
        tx.put_suppression("org", 1, "+3", "stop", T0)
        tx.put_suppression("org", 2, "+1", "odd", T0)  # another channel's list
        tx.put_sends(
            [_send("r1", 3, T0, address="+1", category=3), _send("r2", 5, T0, address="+1", category=3)]
        )
        tx.put_sends([_send("r3", 3, T0, address="+3", category=1)])  # transactional: not counted
    with store.read() as tx:
        assert tx.customers_with_numbers("org", 2, ["+1", "+2", "+9"]) == {"+1": "c1"}
        assert tx.customers_with_numbers("other", 2, ["+1"]) == {}
        assert tx.suppressed_among("org", 1, ["+1", "+3"]) == {"+3"}
        assert tx.promotional_counts("org", ["+1", "+3"], T0) == {"+1": 1}  # the failed one is not counted
        assert tx.promotional_counts("org", ["+1"], T0 + 1) == {}


def _due(tx: Tx, now: float, lease_now: float, owner: str) -> list[str]:
    return [r.webhook_id for r in tx.due_webhooks("org", "map", now, lease_now, owner, 10)]


def test_webhook_deliveries_go_in_order_per_key_and_are_listed_replayed_and_erased(store: Store) -> None:
    with store.transaction() as tx:
        _customers(tx, "c1", "c2")
        for i, (customer, key) in enumerate([("c1", "c1"), ("c1", "c1"), ("c2", "c2"), (None, "org/org")]):
            tx.add_webhook("org", "map", f"msg_{i}", "reminder.fired", customer, key, f'{{"n":{i}}}', T0 + i)
        tx.add_webhook("org", "other", "msg_x", "reminder.fired", "c1", "c1", "{}", T0)
        assert tx.published
    with store.read() as tx:
        due = tx.due_webhooks("org", "map", T0 + 10, T0, "a", 10)
        assert [r.webhook_id for r in due] == ["msg_0", "msg_2", "msg_3"]  # msg_1 waits behind msg_0
        assert due[0].body == '{"n":0}' and due[0].customer_id == "c1" and due[0].attempts == 0
        assert _due(tx, T0 + 2.5, T0, "a") == [
            "msg_0",
            "msg_2",
        ]
        assert tx.next_webhook_due() == T0
    with store.transaction() as tx:
        ids = [r.row_id for r in due]
        assert tx.claim("connector_deliveries", ids[:1], "a", T0 + 60, T0) == ids[:1]
    with store.read() as tx:  # what a holds is nobody's to take, not even a's (it is in flight)
        assert _due(tx, T0 + 10, T0, "a") == [
            "msg_2",
            "msg_3",
        ]
        assert _due(tx, T0 + 10, T0 + 61, "b")[:1] == ["msg_0"]
    with store.transaction() as tx:
        tx.retry_webhook(ids[0], T0 + 100, 500, "HTTP 500")
        tx.settle_webhook(ids[1], WEBHOOK_FAILED, 410, "HTTP 410 Gone", T0 + 11)
        tx.settle_webhook(ids[2], WEBHOOK_DELIVERED, 200, "", T0 + 11)
    with store.read() as tx:
        assert [
            r.webhook_id for r in tx.due_webhooks("org", "map", T0 + 50, T0, "b", 10)
        ] == []  # msg_0 at T0+100
        (row,) = tx.webhooks_by_id(ids[:1])
        assert (row.attempts, row.next_attempt, row.last_code, row.last_error) == (
            1,
            T0 + 100,
            500,
            "HTTP 500",
        )
        assert tx.webhook_counts("org", "map") == {
            WEBHOOK_PENDING: 2,
            WEBHOOK_DELIVERED: 1,
            WEBHOOK_FAILED: 1,
        }
        failed = tx.list_webhooks("org", "map", WEBHOOK_FAILED, 0.0, float("inf"), 0, 10)
        assert [(r.webhook_id, r.status, r.settled_at) for r in failed] == [
            ("msg_2", WEBHOOK_FAILED, T0 + 11)
        ]
        listed = tx.list_webhooks("org", "map", None, T0 + 1, T0 + 3, 0, 10)
        assert [r.webhook_id for r in listed] == ["msg_1", "msg_2"]
    with store.transaction() as tx:
        assert tx.replay_webhooks("org", "map", ["msg_2"], 0.0, 0.0, T0 + 20) == 1
        assert tx.replay_webhooks("org", "map", [], 0.0, float("inf"), T0 + 20) == 0  # none failed now
        (again,) = tx.list_webhooks("org", "map", WEBHOOK_PENDING, T0 + 2, T0 + 3, 0, 10)
        assert (again.attempts, again.next_attempt, again.settled_at) == (0, T0 + 20, None)
        assert tx.hasten_webhooks("org", "map", T0 + 30) == 1  # msg_0, due at T0 + 100
        assert tx.connector_health("org", "map") == (None, None)
        tx.set_connector_health("org", "map", T0, None)
        tx.set_connector_health("org", "map", T0, T0 + 5)
        assert tx.connector_health("org", "map") == (T0, T0 + 5)
        assert tx.disabled_connectors() == {("org", "map")}
        assert tx.next_webhook_due() == T0  # "other"'s; the disabled one's are not counted
        tx.delete_customer("c1")  # erasure: nothing kept or to be sent about c1
    with store.read() as tx:
        left = tx.list_webhooks("org", "map", None, 0.0, float("inf"), 0, 10)
        assert [r.webhook_id for r in left] == ["msg_2", "msg_3"]
        assert tx.list_webhooks("org", "other", None, 0.0, float("inf"), 0, 10) == []


def test_inbound_events_are_taken_once_queued_settled_replayed_and_forgotten(store: Store) -> None:
    with store.transaction() as tx:
        _customers(tx, "c1")
        assert tx.add_inbound("org", "cdp", "e1", "late", "entered", '{"phone":"+1"}', "{}", T0)
        assert tx.published
        assert not tx.add_inbound("org", "cdp", "e1", "late", "entered", "{}", "{}", T0 + 1)  # a duplicate
        assert tx.add_inbound(
            "org", "other", "e1", "late", "entered", "{}", "{}", T0 + 1
        )  # another connector's
        assert tx.add_inbound("org", "cdp", "e2", "late", "exited", "{}", "{}", T0 + 2)
    with store.read() as tx:
        queued = tx.queued_inbound(T0, "a", 10)
        assert len(queued) == 3
        first = tx.inbound_event("org", "cdp", "e1")
        assert first is not None and (first.identities, first.status, first.received_at) == (
            '{"phone":"+1"}',
            INBOUND_QUEUED,
            T0,
        )
    with store.transaction() as tx:
        assert tx.claim("inbound_events", queued[:1], "a", T0 + 60, T0) == queued[:1]
    with store.read() as tx:
        assert tx.queued_inbound(T0, "b", 10) == queued[1:]  # a holds the first
        assert tx.queued_inbound(T0, "a", 10) == queued[1:]  # a's own is in hand, not queued to it
        assert tx.queued_inbound(T0 + 61, "b", 10) == queued  # a's lease ran out
    with store.transaction() as tx:
        tx.settle_inbound(queued[0], INBOUND_FAILED, "c1", '{"reason":"no funds"}', T0 + 5)
        assert tx.replay_inbound("org", "cdp", "e1")
        assert not tx.replay_inbound("org", "cdp", "e1")  # queued now, not failed
        tx.settle_inbound(queued[0], INBOUND_APPLIED, "c1", '{"reward":{}}', T0 + 6)
        (row,) = tx.inbound_by_id(queued[:1])
        assert (row.status, row.customer_id, row.outcome, row.settled_at) == (
            INBOUND_APPLIED,
            "c1",
            '{"reward":{}}',
            T0 + 6,
        )
        tx.delete_customer("c1")  # erasure: kept for its id, without who it was about
        (erased,) = tx.inbound_by_id(queued[:1])
        assert (erased.customer_id, erased.identities) == (None, "{}")
        assert tx.forget_inbound(T0 + 1.5) == 1  # settled and older; queued ones are never forgotten
        assert tx.add_inbound("org", "cdp", "e1", "late", "entered", "{}", "{}", T0 + 10)  # new again


def test_webhook_connectors_added_through_the_api_keep_their_secret(store: Store) -> None:
    with store.transaction() as tx:
        tx.put_webhook_connector("org", "crm", '{"url":"http://a"}', "whsec_1", T0)
        assert tx.reconfigured
        tx.put_webhook_connector("org", "crm", '{"url":"http://b"}', None, T0 + 1)  # secret kept
        tx.put_webhook_connector("org", "aaa", '{"url":"http://c"}', "whsec_2", T0)
        tx.add_webhook("org", "crm", "msg_1", "reminder.fired", None, "org/org", "{}", T0)
        assert tx.webhook_connectors("org") == [("aaa", '{"url":"http://c"}', "whsec_2"),
                                                ("crm", '{"url":"http://b"}', "whsec_1")]  # fmt: skip
        assert tx.delete_webhook_connector("org", "crm")
        assert not tx.delete_webhook_connector("org", "crm")
        assert tx.webhook_connectors("org") == [("aaa", '{"url":"http://c"}', "whsec_2")]
        assert tx.list_webhooks("org", "crm", None, 0.0, float("inf"), 0, 10) == []  # its pending went too


def test_the_sqlite_write_lock_goes_to_the_committer_first_then_in_turn() -> None:
    """A thread that lets go of the write lock and asks again at once does not win it back from
    threads already waiting (a background loop of batches held the committer off for tens of
    ms), and the thread marked first (the committer) goes before the others waiting."""
    from elarian_server.store.sqlite.store import FairLock

    lock = FairLock()
    order: list[str] = []

    def take(name: str, first: bool) -> None:
        if first:
            lock.first()
        with lock:
            order.append(name)

    lock.acquire()
    threads = []
    for name, first in (("batch-1", False), ("batch-2", False), ("committer", True)):
        thread = threading.Thread(target=take, args=(name, first))
        thread.start()
        threads.append(thread)
        wait_until(lambda: lock.waiting == len(threads), what=f"{name} waiting")
    lock.release()
    lock.acquire()  # asks again at once: after every thread that waited
    order.append("again")
    lock.release()
    for thread in threads:
        thread.join(10)
    assert order == ["committer", "batch-1", "batch-2", "again"]


def test_a_transaction_inside_a_transaction_on_sqlite_is_refused_not_a_hang(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "nested.db")
    try:
        with (
            store.transaction(),
            pytest.raises(RuntimeError, match="holds the store's write lock"),
            store.transaction(),
        ):
            pass
        with store.transaction() as tx:  # the lock was let go: the store goes on
            tx.undelivered()
    finally:
        store.close()


def test_the_sqlite_log_is_copied_into_the_file_by_the_store_not_by_a_commit(tmp_path: Path) -> None:
    """A COMMIT (which may run on the runtime's event loop) never checkpoints: the store's own
    thread copies the write-ahead log into the database file, while the store stays open."""
    path = tmp_path / "checkpoints.db"
    store = SqliteStore(path)
    try:
        # a COMMIT checkpoints only past a backstop the thread keeps the log far below
        assert store._db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == WAL_BACKSTOP
        before = path.stat().st_size
        with store.transaction() as tx:
            for i in range(200):
                tx.create_customer("org", f"el_cst_{i:04}", T0)
        wait_until(lambda: path.stat().st_size > before, what="the log copied into the file")
        with store.read() as tx:
            assert tx.customer_org("el_cst_0199") == "org"
    finally:
        store.close()


def test_processes_on_one_sqlite_file_write_in_turn_and_wake_each_other(tmp_path: Path) -> None:
    """Another process writes the same file: while it holds the write lock a transaction that must
    not wait (the event loop's) gets none here and one that may waits for it; once it commits,
    its notification wakes this store's watch (though it closed before the watch looked). This
    store's own commits do not; a closed store's counts are folded into one owner's."""
    path = tmp_path / "shared.db"
    store, other = SqliteStore(path), SqliteStore(path)  # ``other``: a second instance, here
    woke = {flag: threading.Event() for flag in ("notified", "rescheduled")}
    store.watch({flag: event.set for flag, event in woke.items()})
    wait_until(lambda: all(e.is_set() for e in woke.values()), what="the watch's first call")
    for event in woke.values():
        event.clear()
    proc = holding(path)
    writer, written = writing_thread(store)
    try:
        assert store.transaction_now() is None  # the other process writes
        writer.start()
        wait_until(lambda: waiting_for_flock(Path(f"{path}-writer")), what="a wait for the other process")
        assert not written.is_set()
        assert let_go(proc) == 0
        writer.join(10)
        assert written.is_set()
        wait_until(woke["notified"].is_set, what="the other process's notification heard")
        with store.read() as tx:
            assert tx.undelivered() == 2
        woke["notified"].clear()
        with store.transaction() as tx:  # this store's own notification ...
            tx.enqueue("el_ntf_again", "org", "app", "app", "k3", None, b"", 1.0)
        with other.transaction() as tx:  # ... then another instance's reminder moved
            tx.rescheduled = True
        wait_until(woke["rescheduled"].is_set, what="the other instance's commit heard")
        assert not woke["notified"].is_set()  # counted, but this store's own: not heard here
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        other.close()
        store.close()
    with closing(sqlite3.connect(path)) as db:  # the closed stores' counts are kept as one
        assert {owner for (owner,) in db.execute("SELECT owner FROM effects")} == {""}


def test_a_long_wait_for_another_process_s_write_lock_is_said_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A process stopped or stuck in a transaction holds up every write here and the wait has no
    end of its own: past ``LOCK_WARN`` the watch logs it once, naming the process that holds the
    lock; the write goes through when the lock is let go."""
    from elarian_server.store.sqlite import store as sqlite_store

    monkeypatch.setattr(sqlite_store, "LOCK_WARN", 0.3)
    path = tmp_path / "shared.db"
    store = SqliteStore(path)
    looks: list[float] = []  # when the watch looked at the wait
    look = store._still_waiting

    def counted() -> None:
        look()
        looks.append(time.monotonic())

    store._still_waiting = counted  # type: ignore[method-assign]
    store.watch({})
    proc = holding(path)
    writer, written = writing_thread(store)
    try:
        with caplog.at_level("WARNING", logger="elarian_server"):
            writer.start()

            def said() -> list[str]:
                return [r.getMessage() for r in caplog.records if "waited" in r.getMessage()]

            wait_until(lambda: said(), what="the long wait said")
            seen = len(looks)
            wait_until(lambda: len(looks) >= seen + 5, what="the watch to look at the wait again")
            (message,) = said()  # once a wait, though the watch looked again and again
            assert f"write lock on {path}, held by another process (pid {proc.pid})" in message
            assert not written.is_set()
            assert let_go(proc) == 0
            writer.join(10)
            assert written.is_set()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        store.close()


_KILLED = """
import os, sys
from elarian_server.store.sqlite import SqliteStore
store = SqliteStore(sys.argv[1])
with store.transaction() as tx:
    tx.enqueue("el_ntf_gone_" + sys.argv[2], "org", "app", "app", "k9", None, b"", 1.0)
os._exit(0)  # as kill -9 would: the store never closes
"""


def _counts(path: Path) -> tuple[set[str], dict[str, int]]:
    with closing(sqlite3.connect(path)) as db:
        owners = {owner for (owner,) in db.execute("SELECT owner FROM effects")}
        sums = dict(db.execute("SELECT flag, sum(n) FROM effects GROUP BY flag").fetchall())
    return owners, sums


def test_counts_a_killed_process_left_are_folded_by_the_next_store_alone_on_the_file(tmp_path: Path) -> None:
    """A process killed with its store open leaves its rows of counts; the next store to open
    the file with no other store on it folds them into the closed stores' (the sums unchanged),
    so a worker killed again and again does not pile rows up. One that opens beside a live store
    folds nothing."""
    path = tmp_path / "shared.db"
    for i in range(2):
        subprocess.run([sys.executable, "-c", _KILLED, str(path), str(i)], check=True, timeout=60)
    owners, sums = _counts(path)
    assert len(owners) == 2 and sums == {"notified": 2}  # two killed processes' rows
    live = SqliteStore(path)  # alone: folds them
    try:
        assert _counts(path) == ({""}, {"notified": 2})
        subprocess.run([sys.executable, "-c", _KILLED, str(path), "2"], check=True, timeout=60)
        beside = SqliteStore(path)  # another store is on the file: it may be that store's rows
        beside.close()
        owners, sums = _counts(path)
        assert len(owners) == 2 and sums == {"notified": 3}
    finally:
        live.close()


def test_a_watch_that_failed_to_read_the_counts_reads_them_again(tmp_path: Path) -> None:
    """A look whose read of the counts fails (the file busy, an I/O error) is looked at again: the
    commit it was about still wakes the watch."""
    path = tmp_path / "shared.db"
    store, other = SqliteStore(path), SqliteStore(path)
    try:
        read = store._counts
        calls = 0

        def fails_once(db: sqlite3.Connection) -> dict[str, int]:
            nonlocal calls
            calls += 1
            if calls == 2:  # the first look after the start: the commit below
                raise sqlite3.OperationalError("database is locked")
            return read(db)

        store._counts = fails_once  # type: ignore[method-assign]
        woke = threading.Event()
        store.watch({"notified": woke.set})
        wait_until(woke.is_set, what="the watch's first call")
        woke.clear()
        with other.transaction() as tx:
            tx.enqueue("el_ntf_x", "org", "app", "app", "k", None, b"", 1.0)
        wait_until(lambda: calls >= 2, what="the failed read")
        wait_until(woke.is_set, what="the commit heard all the same")
    finally:
        other.close()
        store.close()


def test_a_sqlite_transaction_takes_the_write_lock_when_entered_not_when_made(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "store.db")
    try:
        made = store.transaction()  # not entered: holds nothing
        with store.transaction() as tx:  # so this one (this thread's) neither waits nor is refused
            tx.put_token("el_tkn_a", "org", "app", T0)
        with made as tx:
            tx.put_token("el_tkn_b", "org", "app", T0)
        with store.read() as tx:
            assert tx.token("el_tkn_a") and tx.token("el_tkn_b")
    finally:
        store.close()
