"""App data leases, reminders, activity (RUNTIME.md "App data and reminders", "Activity")."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from elarian_server.runtime import Runtime
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import models as M
from tests.runtime_support import T0, AppClient, number, running, work_done
from tests.waiting import wait_until


def at(seconds: float) -> datetime:
    return datetime.fromtimestamp(T0 + seconds, timezone.utc)


def test_lease_update_delete(client: AppClient) -> None:
    customer_id = client.create_customer(customer_number=number()).customer_id
    first = client.lease_customer_app_data(customer_id=customer_id)
    assert first.status and first.value is None and first.customer_id == customer_id
    assert client.update_customer_app_data(customer_id=customer_id, update='{"step": 1}').status
    assert client.lease_customer_app_data(customer_id=customer_id).value == '{"step": 1}'
    assert client.update_customer_app_data(customer_id=customer_id, update=b"\x00raw").status
    assert client.lease_customer_app_data(customer_id=customer_id).value == b"\x00raw"
    assert client.delete_customer_app_data(customer_id=customer_id).status
    assert client.lease_customer_app_data(customer_id=customer_id).value is None


def test_a_second_lease_waits_for_the_first_to_be_written_back() -> None:
    # One worker: the runtime handles this connection's commands one at a time, in the order
    # they were sent. So once a command sent after a lease is answered, the runtime has handled
    # the lease; had it granted it, that answer would have come first.
    with running(workers=1) as runtime, AppClient(runtime.url) as client:
        customer_id = client.create_customer(customer_number=number()).customer_id
        client.update_customer_app_data(customer_id=customer_id, update="v1")
        assert client.lease_customer_app_data(customer_id=customer_id).value == "v1"
        waiting = client.lease_customer_app_data_async(customer_id=customer_id)
        assert client.get_customer_state(customer_id=customer_id).status  # handled after the lease
        assert not waiting.done()  # held by the first lease
        client.update_customer_app_data(customer_id=customer_id, update="v2")
        granted = waiting.result(5)
        assert granted.status and granted.value == "v2"
        # and a lease that is never written back lapses after lease_seconds (90 s on the runtime's clock)
        third = client.lease_customer_app_data_async(customer_id=customer_id)
        assert client.get_customer_state(customer_id=customer_id).status
        assert not third.done()
        runtime.clock.advance(91)  # type: ignore[attr-defined]
        assert third.result(5).value == "v2"


def test_a_waiting_lease_is_skipped_when_its_caller_gives_up(runtime: Runtime, client: AppClient) -> None:
    customer_id = client.create_customer(customer_number=number()).customer_id
    client.lease_customer_app_data(customer_id=customer_id)
    gave_up = client.lease_customer_app_data_async(customer_id=customer_id, timeout=0.2)
    with pytest.raises(Exception, match="no reply"):
        gave_up.result(5)
    patient = client.lease_customer_app_data_async(customer_id=customer_id)
    client.update_customer_app_data(customer_id=customer_id, update="for the patient one")
    assert patient.result(5).value == "for the patient one"


def test_reminders_fire_repeat_and_cancel(runtime: Runtime, client: AppClient) -> None:
    customer_id = client.create_customer(customer_number=number()).customer_id
    reply = client.add_customer_reminder(
        customer_id=customer_id,
        reminder=M.Reminder(key="pay", remind_at=at(60), interval=timedelta(minutes=10), payload="loan 42"),
    )
    assert reply.status and reply.customer_id == customer_id
    runtime.clock.advance(59)  # type: ignore[attr-defined]
    assert client.settle(runtime.clock, customer_id) == []  # not due yet
    runtime.clock.advance(1)  # type: ignore[attr-defined]
    fired = client.wait("reminder")
    assert fired.customer_id == customer_id and fired.org_id and fired.notification_id.startswith("el_ntf_")
    assert fired.reminder == M.Reminder(
        key="pay", remind_at=at(60), interval=timedelta(minutes=10), payload="loan 42"
    )
    assert fired.tag is None and fired.work_id is None
    runtime.clock.advance(600)  # type: ignore[attr-defined]
    assert client.wait("reminder").reminder.remind_at == at(660)
    # a long silence fires once, then keeps the rhythm
    runtime.clock.advance(3600)  # type: ignore[attr-defined]
    assert client.wait("reminder").reminder.remind_at == at(1260)
    assert client.settle(runtime.clock, customer_id) == []
    assert client.cancel_customer_reminder(customer_id=customer_id, key="pay").status
    runtime.clock.advance(3600)  # type: ignore[attr-defined]
    assert client.settle(runtime.clock, customer_id) == []
    missing = client.cancel_customer_reminder(customer_id=customer_id, key="pay")
    assert not missing.status and "no reminder 'pay'" in missing.description


def test_a_reminder_with_the_same_key_replaces_the_old_one(runtime: Runtime, client: AppClient) -> None:
    customer_id = client.create_customer(customer_number=number()).customer_id
    client.add_customer_reminder(
        customer_id=customer_id, reminder=M.Reminder(key="k", remind_at=at(10), payload="a")
    )
    client.add_customer_reminder(
        customer_id=customer_id, reminder=M.Reminder(key="k", remind_at=at(20), payload="b")
    )
    runtime.clock.advance(30)  # type: ignore[attr-defined]
    assert client.wait("reminder").reminder.payload == "b"
    assert client.settle(runtime.clock, customer_id) == []


def test_reminders_by_tag(runtime: Runtime, client: AppClient) -> None:
    holders = [
        client.create_customer(customer_number=number(f"+25470000000{i}")).customer_id for i in range(3)
    ]
    for customer_id in holders[:2]:
        client.update_customer_tag(customer_id=customer_id, updates=[M.Tag(key="loan", value="overdue")])
    client.update_customer_tag(customer_id=holders[2], updates=[M.Tag(key="loan", value="paid")])
    reply = client.add_customer_reminder_tag(
        tag=M.SecondaryId(key="loan", value="overdue"), reminder=M.Reminder(key="chase", remind_at=at(30))
    )
    assert reply.status and reply.work_id and reply.work_id.startswith("el_wrk_")
    wait_until(lambda: work_done(runtime), what="the work, which runs in the background")
    runtime.clock.advance(30)  # type: ignore[attr-defined]
    fired = [client.wait("reminder"), client.wait("reminder")]
    assert sorted(n.customer_id for n in fired) == sorted(holders[:2])
    assert all(n.work_id == reply.work_id and n.tag.key == "loan" and n.tag.value == "overdue" for n in fired)
    assert client.settle(runtime.clock, *holders) == []  # once each, and not to the one who paid
    # cancel by tag
    client.add_customer_reminder_tag(
        tag=M.SecondaryId(key="loan", value="overdue"), reminder=M.Reminder(key="x", remind_at=at(100))
    )
    cancel = client.cancel_customer_reminder_tag(tag=M.SecondaryId(key="loan", value="overdue"), key="x")
    assert cancel.status and cancel.work_id
    wait_until(lambda: work_done(runtime), what="the cancelling work")
    runtime.clock.advance(100)  # type: ignore[attr-defined]
    assert client.settle(runtime.clock, *holders) == []
    refused = client.add_customer_reminder_tag(
        tag=M.SecondaryId(key=""), reminder=M.Reminder(key="x", remind_at=at(1))
    )
    assert not refused.status and "no key" in refused.description


def test_reminder_arguments_are_checked(client: AppClient) -> None:
    customer_id = client.create_customer(customer_number=number()).customer_id
    no_key = client.add_customer_reminder(customer_id=customer_id, reminder=M.Reminder(remind_at=at(1)))
    assert not no_key.status and no_key.description == "a reminder needs a key"
    no_time = client.add_customer_reminder(customer_id=customer_id, reminder=M.Reminder(key="k"))
    assert not no_time.status and no_time.description == "a reminder needs a remind_at time"


def test_notifications_carry_app_data_and_their_reply_replaces_it(runtime: Runtime) -> None:
    def answer(name: str, notification: object) -> A.ServerToAppNotificationReply:
        reply = A.ServerToAppNotificationReply()
        reply.data_update.data.string_val = "after the reminder"
        return reply

    with AppClient(runtime.url, answer=answer) as client:
        customer_id = client.create_customer(customer_number=number()).customer_id
        client.update_customer_app_data(customer_id=customer_id, update="before")
        client.add_customer_reminder(customer_id=customer_id, reminder=M.Reminder(key="k", remind_at=at(5)))
        runtime.clock.advance(5)  # type: ignore[attr-defined]
        assert client.wait("reminder").app_data == "before"
        # the customer's next notification is sent once the reminder's answer was taken
        client.customer_activity(customer_id=customer_id, source="web", session_id="s", key="k")
        assert client.wait("customer_activity").app_data == "after the reminder"
        assert client.lease_customer_app_data(customer_id=customer_id).value == "after the reminder"


def test_activity_is_recorded_and_notified(client: AppClient) -> None:
    reply = client.customer_activity(
        customer_number=number(), source="shop.example", session_id="s-1", key="cart_abandoned",
        properties={"items": "3", "value": "1200"},
    )  # fmt: skip
    assert reply.status and reply.customer_id
    client.customer_activity(customer_number=number(), source="shop.example", session_id="s-1", key="left")
    notified = client.wait("customer_activity")
    assert notified.customer_id == reply.customer_id and notified.source == "shop.example"
    assert notified.activity.key == "cart_abandoned" and notified.activity.properties == {
        "items": "3",
        "value": "1200",
    }
    state = client.get_customer_state(customer_id=reply.customer_id).data
    assert state is not None and state.activity_state is not None
    [session] = state.activity_state.sessions
    assert (session.source, session.session_id) == ("shop.example", "s-1")
    assert [a.key for a in session.activities] == ["cart_abandoned", "left"]
    refused = client.customer_activity(customer_number=number(), source="", session_id="s", key="k")
    assert not refused.status and refused.description == "CustomerActivity needs a source"


def test_a_reminder_due_a_fraction_of_a_microsecond_after_the_clock_fires() -> None:
    """A manual clock at a fractional second: 'now + 1 day' through a datetime (microseconds,
    rounded) may land just after the clock advanced by a day; the reminder still fires."""
    from elarian_server.clock import ManualClock

    for start in (T0 + 0.1234567, T0 + 0.9999996, T0 + 0.5000005):
        with running(clock=ManualClock(start)) as rt, AppClient(rt.url) as client:
            customer_id = client.create_customer(customer_number=number()).customer_id
            due = datetime.fromtimestamp(start, timezone.utc) + timedelta(days=1)
            assert client.add_customer_reminder(
                customer_id=customer_id, reminder=M.Reminder(key="k", remind_at=due)
            ).status
            rt.clock.advance(86400)
            assert client.wait("reminder").reminder.key == "k"
