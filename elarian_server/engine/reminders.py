"""Reminders: kept per (customer, app, key), fired when due, repeated by interval.

Adding a reminder with an existing key replaces it. When one comes due, a
ReminderNotification for its app goes into the outbox in the same transaction
that reschedules it (``interval``: the next moment after now, skipping those
missed while the runtime was down) or removes it; so a restart neither loses
nor doubles one, and one that came due while the runtime was down fires on start.

The by-tag commands are background work: the command records it (durably) and
returns a ``work_id``; the work adds or cancels the reminder on every customer
holding the tag then, and marks itself done. Work a crash interrupted runs again
on start (it is idempotent).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from elarian_sync._convert import set_duration, set_timestamp
from elarian_sync._generated import app_pb2 as P
from elarian_sync._generated import app_socket_pb2 as A

from ..store.base import Enqueued, IndexRow, ReminderRow, Store, Tx, chunks
from .common import Caller, CommandError, app_data_reply, fill_index, new_id, notify_customer, tag_reply
from .customers import resolve, tag_rows

WORK_ADD = "add_reminder_tag"
# Times that went through a datetime are exact to the microsecond only: a reminder set for
# "now + 24 h" may land a fraction of a microsecond after the clock advanced by 24 h.
RESOLUTION = 1e-6
WORK_CANCEL = "cancel_reminder_tag"


def reminder_row(
    reminder: P.CustomerReminder,
    customer_id: str,
    caller: Caller,
    tag: IndexRow | None = None,
    work_id: str | None = None,
) -> ReminderRow:
    if not reminder.key:
        raise CommandError("a reminder needs a key")
    if not reminder.HasField("remind_at"):
        raise CommandError("a reminder needs a remind_at time")
    interval = None
    if reminder.HasField("interval"):
        interval = reminder.interval.seconds + reminder.interval.nanos / 1e9
        if interval < 0:
            raise CommandError("a reminder's interval cannot be negative")
        interval = interval or None
    return ReminderRow(
        customer_id=customer_id,
        app_id=caller.app_id,
        org_id=caller.org_id,
        key=reminder.key,
        remind_at=reminder.remind_at.seconds + reminder.remind_at.nanos / 1e9,
        interval=interval,
        payload=reminder.payload.value if reminder.HasField("payload") else None,
        tag=tag,
        work_id=work_id,
    )


def add_reminder(
    tx: Tx, caller: Caller, cmd: A.AddCustomerReminderCommand, now: float
) -> A.AppToServerCommandReply:
    customer_id = resolve(tx, caller, cmd, now)
    if not cmd.HasField("reminder"):
        raise CommandError("AddCustomerReminder needs a reminder")
    tx.put_reminder(reminder_row(cmd.reminder, customer_id, caller))
    return app_data_reply(True, f"reminder {cmd.reminder.key!r} set", customer_id)


def cancel_reminder(
    tx: Tx, caller: Caller, cmd: A.CancelCustomerReminderCommand, now: float
) -> A.AppToServerCommandReply:
    customer_id = resolve(tx, caller, cmd, now)
    if not tx.delete_reminder(customer_id, caller.app_id, cmd.key):
        raise CommandError(f"the customer has no reminder {cmd.key!r} for this app")
    return app_data_reply(True, f"reminder {cmd.key!r} cancelled", customer_id)


def start_tag_work(
    tx: Tx, caller: Caller, kind: str, cmd: object, now: float
) -> tuple[str, A.AppToServerCommandReply]:
    """Record by-tag work (runs after the transaction commits); returns its id and the reply."""
    tag = cmd.tag  # type: ignore[attr-defined]
    if not tag.key:
        raise CommandError("the tag has no key")
    if kind == WORK_ADD:
        if not cmd.HasField("reminder"):  # type: ignore[attr-defined]
            raise CommandError("AddCustomerReminderTag needs a reminder")
        reminder_row(cmd.reminder, "", caller)  # type: ignore[attr-defined]  # check it before accepting
    elif not cmd.key:  # type: ignore[attr-defined]
        raise CommandError("CancelCustomerReminderTag needs the reminder's key")
    work_id = new_id("el_wrk_")
    tx.put_work(work_id, caller.org_id, caller.app_id, kind, cmd.SerializeToString(), now)  # type: ignore[attr-defined]
    return work_id, tag_reply(True, "work started", work_id)


def run_tag_work(store: Store, caller: Caller, work_id: str, kind: str, body: bytes, now: float) -> int:
    """Apply by-tag work to every customer holding the tag; returns how many it touched."""
    command: A.AddCustomerReminderTagCommand | A.CancelCustomerReminderTagCommand
    if kind == WORK_ADD:
        command = A.AddCustomerReminderTagCommand.FromString(body)
    else:
        command = A.CancelCustomerReminderTagCommand.FromString(body)
    with store.transaction() as tx:
        tag, customers = tag_rows(tx, caller, command.tag, now)
    for batch in chunks(customers, 500):
        with store.transaction() as tx:
            for customer_id in batch:
                if isinstance(command, A.AddCustomerReminderTagCommand):
                    tx.put_reminder(reminder_row(command.reminder, customer_id, caller, tag, work_id))
                else:
                    tx.delete_reminder(customer_id, caller.app_id, command.key)
    with store.transaction() as tx:
        tx.finish_work(work_id, now)
    return len(customers)


def fire_due(store: Store, now: float, committed: Callable[[Tx], None], limit: int = 1000) -> int:
    """Fire up to ``limit`` due reminders in one transaction, then ``committed(tx)`` (what waits
    on its effects is woken); returns how many fired."""
    with store.transaction() as tx:
        due = tx.due_reminders(now + RESOLUTION, limit)
        notifications: list[Enqueued] = []
        done: list[tuple[str, str, str]] = []
        moved: list[tuple[float, str, str, str]] = []
        for reminder in due:
            _notify(tx, reminder, now, notifications)
            key = (reminder.customer_id, reminder.app_id, reminder.key)
            if reminder.interval:  # its next time after now, missed periods skipped
                periods = math.floor((now - reminder.remind_at) / reminder.interval) + 1
                moved.append((reminder.remind_at + periods * reminder.interval, *key))
            else:
                done.append(key)
        # each a statement run for all: on PostgreSQL one round trip, not one per reminder
        tx.enqueue_many(notifications)
        tx.delete_reminders(done)
        tx.reschedule_reminders(moved)
    committed(tx)
    return len(due)


def _notify(tx: Tx, reminder: ReminderRow, now: float, into: list[Enqueued] | None = None) -> None:
    def fill(notification: A.ReminderNotification) -> None:
        body = notification.reminder
        body.key = reminder.key
        set_timestamp(body.remind_at, reminder.remind_at)
        if reminder.interval:
            set_duration(body.interval, reminder.interval)
        if reminder.payload is not None:
            body.payload.value = reminder.payload
        if reminder.tag is not None:
            fill_index(notification.tag, reminder.tag)
        if reminder.work_id is not None:
            notification.work_id.value = reminder.work_id

    notify_customer(tx, reminder.org_id, reminder.app_id, reminder.customer_id, "reminder", now, fill, into)
