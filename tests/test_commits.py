"""Group commit: writes that are ready together commit together, and each is answered only once
its group has committed; one that fails rolls back alone; a group that fails to commit answers
none of its writes with success. Reads run in a group's snapshot. On a real SQLite file.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from elarian_server.commits import GroupCommit, StoppedError, Write
from elarian_server.store.base import TransactionAborted, Tx
from elarian_server.store.sql import SqlTx
from elarian_server.store.sqlite import SqliteStore

from .runtime_support import T0
from .waiting import wait_until


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteStore]:
    store = SqliteStore(tmp_path / "store.db")
    yield store
    store.close()


class Outcomes:
    """What each write was told, and whether its effect was committed when it was told."""

    def __init__(self, store: SqliteStore) -> None:
        self.store = store
        self.told: dict[str, object] = {}
        self.visible_when_told: dict[str, bool] = {}
        self._lock = threading.Lock()

    def done(self, token: str) -> Callable[[object], None]:
        def told(outcome: object) -> None:
            with self.store.read() as tx:  # another connection: sees only what has committed
                visible = tx.token(token) is not None
            with self._lock:
                self.told[token] = outcome
                self.visible_when_told[token] = visible

        return told

    def count(self) -> int:
        with self._lock:
            return len(self.told)


def put(
    token: str, gate: threading.Event | None = None, entered: threading.Event | None = None
) -> Callable[[Tx], object]:
    def apply(tx: Tx) -> object:
        if entered is not None:
            entered.set()
        if gate is not None:
            assert gate.wait(10)
        tx.put_token(token, "org", "app", T0)
        return token

    return apply


Submit = Callable[[str, "Callable[[Tx], object] | None"], None]


@contextmanager
def held_open(
    store: SqliteStore, committed: Callable[[Tx], None] | None = None, then: tuple[str, ...] = ()
) -> Iterator[tuple[GroupCommit, Outcomes, Submit]]:
    """A committer whose first group (one write, of "el_tkn_held") is held open while the test
    submits more (``submit(token, apply)``, by default a write of that token): those wait, and go
    as the next group once the block ends; once every write has been answered, the writes of
    ``then`` go, on the same committer."""
    commits = GroupCommit(store, committed)
    commits.start()
    outcomes = Outcomes(store)
    gate, entered = threading.Event(), threading.Event()
    submitted = ["el_tkn_held"]

    def submit(token: str, apply: Callable[[Tx], object] | None = None) -> None:
        submitted.append(token)
        commits.submit(Write(apply or put(token), outcomes.done(token)))

    try:
        commits.submit(Write(put("el_tkn_held", gate, entered), outcomes.done("el_tkn_held")))
        assert entered.wait(10)  # the first group is open: what comes now waits for the next
        yield commits, outcomes, submit
        gate.set()
        wait_until(lambda: outcomes.count() == len(submitted), what="every write answered")
        for token in then:
            submit(token, None)
        wait_until(lambda: outcomes.count() == len(submitted), what="the writes after answered")
    finally:
        gate.set()
        commits.stop()


def test_writes_that_wait_together_commit_together_and_are_answered_after(store: SqliteStore) -> None:
    woke: list[bool] = []
    with held_open(store, lambda tx: woke.append(tx.notified)) as (commits, outcomes, submit):
        for i in range(10):  # queued while the first group is held open
            submit(f"el_tkn_{i}", None)
    assert all(outcome == token for token, outcome in outcomes.told.items())
    assert all(outcomes.visible_when_told.values()), outcomes.visible_when_told  # answered once committed
    assert commits.groups == 2 and commits.largest == 10  # the ten that waited went as one group
    assert woke == [False, False]  # once per group, after it committed


def test_a_write_that_fails_rolls_back_alone(store: SqliteStore) -> None:
    def fails(tx: Tx) -> object:
        tx.put_token("el_tkn_bad", "org", "app", T0)
        raise ValueError("this command is broken")

    with held_open(store) as (commits, outcomes, submit):
        submit("el_tkn_a", None)
        submit("el_tkn_bad", fails)
        submit("el_tkn_b", None)
    assert isinstance(outcomes.told["el_tkn_bad"], ValueError)
    assert outcomes.visible_when_told == {
        "el_tkn_held": True,
        "el_tkn_a": True,
        "el_tkn_bad": False,  # its own write rolled back with it
        "el_tkn_b": True,
    }
    assert commits.largest == 3  # the failure was one of a group that committed


def test_a_group_that_cannot_commit_answers_every_write_with_the_failure(store: SqliteStore) -> None:
    def breaks_the_commit(tx: Tx) -> object:
        assert isinstance(tx, SqlTx)
        # a foreign key checked at COMMIT: this statement succeeds, the group's commit fails
        tx.db.execute("PRAGMA defer_foreign_keys = ON")
        tx.db.execute(
            "INSERT INTO reminders(customer_id, app_id, org_id, key, remind_at)"
            " VALUES ('nobody', 'a', 'o', 'k', 1)"
        )
        return "el_tkn_breaks"

    with held_open(store, then=("el_tkn_after",)) as (_, outcomes, submit):  # the committer goes on
        submit("el_tkn_c", None)
        submit("el_tkn_breaks", breaks_the_commit)
        submit("el_tkn_d", None)
    for token in ("el_tkn_c", "el_tkn_breaks", "el_tkn_d"):
        assert isinstance(outcomes.told[token], sqlite3.IntegrityError), outcomes.told[token]
        assert not outcomes.visible_when_told[token]
    assert outcomes.told["el_tkn_held"] == "el_tkn_held" and outcomes.told["el_tkn_after"] == "el_tkn_after"
    with store.read() as tx:
        assert tx.next_reminder_at() is None  # nothing of the failed group is in the store


def test_reads_in_a_group_see_what_committed_before_they_were_queued(store: SqliteStore) -> None:
    commits = GroupCommit(store)
    reads = GroupCommit(store, read=True)
    commits.start()
    reads.start()
    seen: list[object] = []
    try:
        commits.submit(
            Write(
                put("el_tkn_written"),
                lambda _: reads.submit(Write(lambda tx: tx.token("el_tkn_written"), seen.append)),
            )
        )
        wait_until(lambda: len(seen) == 1, what="the read")
        reads.submit(Write(lambda tx: tx.put_token("el_tkn_no", "o", "a", T0), seen.append))
        wait_until(lambda: len(seen) == 2, what="the read that writes")
    finally:
        commits.stop()
        reads.stop()
    assert seen[0] == ("org", "app", T0)
    assert isinstance(seen[1], sqlite3.OperationalError)  # a reader cannot write


def test_a_write_after_stop_is_refused_not_lost(store: SqliteStore) -> None:
    commits = GroupCommit(store)
    commits.start()
    commits.stop()
    told: list[object] = []
    commits.submit(Write(put("el_tkn_late"), told.append))
    assert len(told) == 1 and isinstance(told[0], StoppedError)
    with store.read() as tx:
        assert tx.token("el_tkn_late") is None


# -- what a command wakes -------------------------------------------------------------------------------


def test_a_command_wakes_only_what_waits_on_what_it_did(store: SqliteStore) -> None:
    """A read wakes neither delivery nor the scheduler; an update that raises no notification
    wakes neither; a reminder wakes the scheduler only; a message sent wakes the delivery of
    simulators' notifications, an activity the delivery of apps' (instances hold different
    connections)."""
    from elarian_server.clock import ManualClock
    from elarian_server.config import DEV_APP, DEV_ORG, dev_config
    from elarian_server.engine import Engine
    from elarian_server.engine.common import Caller
    from elarian_sync._generated import app_socket_pb2 as A

    config = dev_config()
    deliveries: list[tuple[bool, bool]] = []  # (apps, simulators) woken
    clock = ManualClock(T0)
    engine = Engine(config, store, clock, on_notify=lambda *kinds: deliveries.append(kinds))
    caller = Caller(config.orgs[DEV_ORG], DEV_APP)

    def wakes(build: Callable[[A.AppToServerCommand], object]) -> tuple[int, int]:
        command = A.AppToServerCommand()
        build(command)
        before, nudges = len(deliveries), clock.generation
        replies: list[A.AppToServerCommandReply] = []
        engine.handle(caller, command, lambda reply: replies.append(reply) or True)
        assert len(replies) == 1
        return len(deliveries) - before, clock.generation - nudges

    def name(body: Any) -> None:
        body.customer_number.number = "+254700000001"
        body.customer_number.provider = 2  # CELLULAR

    try:
        assert wakes(lambda c: name(c.update_customer_metadata)) == (0, 0)
        assert wakes(lambda c: name(c.get_customer_state)) == (0, 0)

        def reminder(c: A.AppToServerCommand) -> None:
            name(c.add_customer_reminder)
            c.add_customer_reminder.reminder.key = "k"
            c.add_customer_reminder.reminder.remind_at.seconds = int(T0) + 60

        assert wakes(reminder) == (0, 1)

        def message(c: A.AppToServerCommand) -> None:
            name(c.send_message)
            c.send_message.channel_number.channel = 1  # SMS
            c.send_message.channel_number.number = "83044"
            c.send_message.message.body.text = "hi"

        assert wakes(message)[0] == 1
        assert deliveries[-1] == (False, True)  # a message to a phone: the simulators' delivery only

        def activity(c: A.AppToServerCommand) -> None:
            name(c.customer_activity)
            c.customer_activity.source = "web"
            c.customer_activity.session_id = "s"
            c.customer_activity.key = "k"

        assert wakes(activity)[0] == 1
        assert deliveries[-1] == (True, False)  # an app's notification: the apps' delivery only
    finally:
        engine.close()


def test_a_lease_that_has_to_wait_wakes_the_scheduler(store: SqliteStore) -> None:
    """The waiter gets the lease when the holder's lapses: the scheduler must know that moment,
    with no other command to wake it."""
    from elarian_server.clock import ManualClock
    from elarian_server.config import DEV_APP, DEV_ORG, dev_config
    from elarian_server.engine import Engine
    from elarian_server.engine.common import Caller
    from elarian_sync._generated import app_socket_pb2 as A

    config = dev_config()
    clock = ManualClock(T0)
    engine = Engine(config, store, clock, on_notify=lambda apps, simulators: None)
    caller = Caller(config.orgs[DEV_ORG], DEV_APP)
    command = A.AppToServerCommand()
    command.lease_customer_app_data.customer_number.number = "+254700000002"
    command.lease_customer_app_data.customer_number.provider = 2
    replies: list[A.AppToServerCommandReply] = []
    try:
        engine.handle(caller, command, lambda reply: replies.append(reply) or True)
        assert len(replies) == 1 and replies[0].lease_customer_app_data.status
        nudges = clock.generation
        engine.handle(caller, command, lambda reply: replies.append(reply) or True)
        assert len(replies) == 1  # it waits for the lease
        assert clock.generation == nudges + 1
        assert engine.next_timer() == T0 + config.runtime.lease_seconds
    finally:
        engine.close()


def test_a_write_that_makes_the_store_roll_everything_back_fails_the_whole_group(
    store: SqliteStore,
) -> None:
    """SQLite rolls a whole transaction back on some errors (disk full, I/O, an interrupted
    write): then no command of the group happened, so none may be told otherwise, and none may
    commit on its own after it (a savepoint outside a transaction would)."""

    def interrupted(tx: Tx) -> object:
        assert isinstance(tx, SqlTx)
        tx.put_token("el_tkn_int", "org", "app", T0)
        tx.db.set_progress_handler(lambda: 1, 1)  # stands in for an I/O error mid-statement
        try:
            tx.db.execute("UPDATE auth_tokens SET expires_at = expires_at + 1")
        finally:
            tx.db.set_progress_handler(None, 1)
        return "el_tkn_int"

    with held_open(store) as (_, outcomes, submit):
        submit("el_tkn_e", None)
        submit("el_tkn_int", interrupted)
        submit("el_tkn_f", None)
    for token in ("el_tkn_e", "el_tkn_int", "el_tkn_f"):
        assert isinstance(outcomes.told[token], TransactionAborted), outcomes.told[token]
    with store.read() as tx:
        assert [tx.token(t) for t in ("el_tkn_e", "el_tkn_int", "el_tkn_f")] == [None, None, None]
        assert tx.token("el_tkn_held") is not None  # the group before was not touched


def test_while_another_thread_holds_the_write_lock_the_loop_goes_on_and_a_write_waits_for_it() -> None:
    """On SQLite the event loop commits the writes it read when the store's write lock is free;
    when another thread holds it (a background batch), the loop does not wait: a read is answered
    meanwhile, and the write goes to the committer, which commits it once the lock is let go;
    only then is it answered."""
    from elarian_server.runtime import Runtime

    from .runtime_support import AppClient, number

    with Runtime() as runtime, AppClient(runtime.url) as app:
        customer_id = app.create_customer(customer_number=number("+254700000301")).customer_id
        other = app.create_customer(customer_number=number("+254700000302")).customer_id
        with runtime.store.transaction():  # a background batch, as long as this block
            pending = app.update_customer_metadata_async(
                customer_id=customer_id, updates={"k": "v"}, timeout=30
            )
            wait_until(lambda: runtime.store._lock.waiting >= 1, what="the committer waiting for the lock")  # type: ignore[attr-defined]
            # the loop goes on (another customer's: this one's read would follow the write)
            assert app.get_customer_state(customer_id=other, timeout=10).status
            assert not pending.done()  # not answered: not committed
        assert pending.result(30).status
        state = app.get_customer_state(customer_id=customer_id).data
        assert state is not None and state.identity_state.metadata["k"] == "v"


def test_on_sqlite_a_write_alone_is_committed_on_the_loop_not_handed_to_the_committer() -> None:
    """A write whose turn comes while the store's write lock is free commits on the event loop
    that read it (no hand-off to the committer and back), and is answered once committed."""
    from elarian_server.runtime import Runtime

    from .runtime_support import AppClient, number

    with Runtime() as runtime, AppClient(runtime.url) as app:
        customer_id = app.create_customer(customer_number=number("+254700000303")).customer_id
        here, groups = runtime.commits.here, runtime.commits.groups
        assert app.update_customer_metadata(customer_id=customer_id, updates={"k": "v"}).status
        assert runtime.commits.here >= here + 1  # committed on the loop ...
        state = app.get_customer_state(customer_id=customer_id).data
        assert state is not None and state.identity_state.metadata["k"] == "v"  # ... for good
        # and every group since came that way (background work has nothing to commit here)
        assert runtime.commits.groups - groups == runtime.commits.here - here
