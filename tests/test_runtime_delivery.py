"""Delivery guarantees (RUNTIME.md "Delivery guarantees") and surviving a restart."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from elarian_server.clock import ManualClock
from elarian_server.runtime import Runtime
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import models as M
from tests.runtime_support import ARRIVED, T0, AppClient, number, running
from tests.waiting import wait_until


def at(seconds: float) -> datetime:
    return datetime.fromtimestamp(T0 + seconds, timezone.utc)


def remind_everyone(client: AppClient, count: int, when: float, prefix: str = "+2547000") -> list[str]:
    ids = []
    for i in range(count):
        customer_id = client.create_customer(customer_number=number(f"{prefix}{i:05d}")).customer_id
        client.add_customer_reminder(
            customer_id=customer_id, reminder=M.Reminder(key="k", remind_at=at(when))
        )
        ids.append(customer_id)
    return ids


def drain(*clients: AppClient, expect: int, timeout: float = 10.0) -> list[list[Any]]:
    """What each client was sent, once they were sent ``expect`` notifications between them
    (fails, saying how many came, if they were not within ``timeout``)."""
    got: list[list[Any]] = [[] for _ in clients]

    def enough() -> bool:
        for i, client in enumerate(clients):
            while not client.notifications.empty():
                got[i].append(client.notifications.get_nowait()[1])
        return sum(map(len, got)) >= expect

    with ARRIVED:  # the clients notify it as they record what they get
        came = ARRIVED.wait_for(enough, timeout)
    assert came, f"{sum(map(len, got))} of {expect} notifications within {timeout:g} s"
    return got


def undelivered(runtime: Runtime) -> int:
    with runtime.store.transaction() as tx:
        return tx.undelivered()


def fired(runtime: Runtime, next_due: float | None) -> bool:
    """Whether the reminders due by now fired (into the outbox, in the transaction that moved
    the next reminder to ``next_due``): read, as no connection would be told."""
    return runtime.engine.next_timer() == next_due


def test_notifications_are_shared_round_robin_between_an_apps_connections() -> None:
    with running() as runtime, AppClient(runtime.url) as one, AppClient(runtime.url) as two:
        ids = remind_everyone(one, 20, when=10)
        runtime.clock.advance(10)  # type: ignore[attr-defined]
        first, second = drain(one, two, expect=20)
        assert sorted(n.customer_id for n in first + second) == sorted(ids)
        assert len(first) >= 5 and len(second) >= 5  # both worker processes got a share


def test_simplex_connections_get_no_notifications() -> None:
    with (
        running() as runtime,
        AppClient(runtime.url) as full,
        AppClient(runtime.url, simplex=True) as simplex,
    ):
        ids = remind_everyone(simplex, 5, when=10)
        runtime.clock.advance(10)  # type: ignore[attr-defined]
        got_full, got_simplex = drain(full, simplex, expect=5)
        assert sorted(n.customer_id for n in got_full) == sorted(ids)
        assert got_simplex == []


def test_a_notification_waits_for_a_connection() -> None:
    with running() as runtime:
        with AppClient(runtime.url, simplex=True) as commands_only:
            [customer_id] = remind_everyone(commands_only, 1, when=5)
            runtime.clock.advance(5)  # type: ignore[attr-defined]
            wait_until(lambda: fired(runtime, None), what="the reminder fired")  # but nobody to tell
        with AppClient(runtime.url) as later:
            notification = later.wait("reminder")
            assert notification.customer_id == customer_id


def test_an_unanswered_notification_is_delivered_again_with_the_same_id() -> None:
    failures = {"left": 2}

    def answer(name: str, notification: object) -> A.ServerToAppNotificationReply:
        if failures["left"]:
            failures["left"] -= 1
            raise RuntimeError("the app is not ready")
        return A.ServerToAppNotificationReply()

    with running() as runtime, AppClient(runtime.url, answer=answer) as client:
        [customer_id] = remind_everyone(client, 1, when=5)
        runtime.clock.advance(5)  # type: ignore[attr-defined]
        attempts = [client.wait("reminder", timeout=10) for _ in range(3)]
        assert len({n.notification_id for n in attempts}) == 1
        assert client.flush(customer_id) == []  # answered on the third try: no more


def test_a_store_failure_while_preparing_notifications_drops_none() -> None:
    from elarian_server.store.base import StoreUnavailable

    with running() as runtime, AppClient(runtime.url) as client:
        prepare, failed = runtime.delivery.prepare, []

        def fails_once(rows: list[Any]) -> list[Any]:
            if not failed:
                failed.append(len(rows))
                raise StoreUnavailable("the database went away for a moment")
            return prepare(rows)

        runtime.delivery.prepare = fails_once
        ids = remind_everyone(client, 3, when=5)
        runtime.clock.advance(5)  # type: ignore[attr-defined]
        got = drain(client, expect=3)[0]
        assert failed  # the first batch did fail, and was sent once the store was back
        assert sorted(n.customer_id for n in got) == sorted(ids)
        wait_until(lambda: undelivered(runtime) == 0, what="every answer recorded")


def test_one_customers_notifications_arrive_in_order_even_through_retries() -> None:
    failed = {"once": False}

    def answer(name: str, notification: Any) -> A.ServerToAppNotificationReply:
        if notification.reminder.key == "1" and not failed["once"]:
            failed["once"] = True
            raise RuntimeError("not now")
        return A.ServerToAppNotificationReply()

    with running() as runtime, AppClient(runtime.url, answer=answer) as client:
        customer_id = client.create_customer(customer_number=number()).customer_id
        for key in range(1, 6):
            client.add_customer_reminder(
                customer_id=customer_id, reminder=M.Reminder(key=str(key), remind_at=at(key))
            )
        runtime.clock.advance(10)  # type: ignore[attr-defined]
        keys = [client.wait("reminder", timeout=10).reminder.key for _ in range(6)]
        assert keys == ["1", "1", "2", "3", "4", "5"]


def test_restart_loses_nothing_and_doubles_nothing(tmp_path: Path) -> None:
    db = tmp_path / "elarian.db"
    with running(db=db) as runtime:
        with AppClient(runtime.url, simplex=True) as client:
            delivered_later = remind_everyone(client, 5, when=10, prefix="+2547100")
            due_while_down = remind_everyone(client, 5, when=100, prefix="+2547200")
            repeating = client.create_customer(customer_number=number("+254730000000")).customer_id
            client.add_customer_reminder(
                customer_id=repeating, reminder=M.Reminder(key="r", remind_at=at(50), interval=60.0)
            )  # type: ignore[arg-type]
        runtime.clock.advance(10)  # type: ignore[attr-defined]
        # the first five fired into the outbox; no connection takes notifications
        wait_until(lambda: fired(runtime, T0 + 50), what="the first five fired")
    # down from T0+10 to T0+200: five reminders came due, and the repeating one three times
    with running(db=db, clock=ManualClock(T0 + 200)) as runtime, AppClient(runtime.url) as app:
        got = drain(app, expect=11, timeout=10)[0]
        assert app.settle(runtime.clock, *delivered_later, *due_while_down, repeating) == []
        reminders = [n for n in got if n.reminder.key == "k"]
        assert sorted(n.customer_id for n in reminders) == sorted(delivered_later + due_while_down)
        assert len({n.notification_id for n in got}) == len(got) == 11
        [fired_once] = [n for n in got if n.customer_id == repeating]
        assert fired_once.reminder.remind_at == at(50)  # fired once for the missed moments, not three times
        runtime.clock.advance(60)  # type: ignore[attr-defined]
        assert app.wait("reminder").reminder.remind_at == at(230)


def test_a_delivered_notification_leaves_the_outbox(tmp_path: Path) -> None:
    """The outbox holds what is still to be delivered, not a history: it does not grow with use."""
    import sqlite3

    db = tmp_path / "outbox.db"
    with running(db=db) as runtime, AppClient(runtime.url) as app:
        ids = remind_everyone(app, 20, when=5)
        runtime.clock.advance(5)  # type: ignore[attr-defined]
        drain(app, expect=20)
        assert app.flush(*ids) == []  # every one answered, and the markers too
        wait_until(lambda: undelivered(runtime) == 0, what="the last answers recorded")
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM outbox").fetchone() == (0,)
