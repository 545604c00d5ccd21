"""What every part of the engine shares: who is calling, ids, replies, notifications to apps and simulators.

Commands build their replies and notifications straight from the protobuf
classes (the runtime never needs the SDK's dataclasses). A notification is
written to the outbox inside the command's own transaction, so it exists exactly
when the change that caused it does; delivery fills in the app data and sends
it later.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from google.protobuf.timestamp_pb2 import Timestamp

from elarian_sync._convert import set_timestamp
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import common_pb2 as C
from elarian_sync._generated import simulator_socket_pb2 as S

from ..config import Org
from ..store.base import DataValue, DomainEvent, Enqueued, IndexRow, NumberRow, Tx

Respond = Callable[[A.AppToServerCommandReply], bool]
"""Sends a command's reply; False when the caller is gone (cancelled, disconnected)."""


@dataclass(frozen=True)
class Caller:
    """Who sent a command: their org and app, and what kind of connection."""

    org: Org
    app_id: str
    simplex: bool = False
    simulator: bool = False
    by_token: bool = False  # the session was opened with an auth token, not an API key
    admin: bool = False  # opened with one of the org's admin keys
    actor: str = ""  # which credential, for the audit log ("admin key ...a1b2")

    @property
    def org_id(self) -> str:
        return self.org.org_id


class CommandError(Exception):
    """A command the runtime refuses with a readable reason (becomes ``status=false``, or the
    given ``status`` where the reply carries a status code: delivery, payment, consent)."""

    def __init__(self, description: str, status: int | None = None) -> None:
        super().__init__(description)
        self.status = status


class Invalid(Exception):
    """A command that is malformed for the protocol (becomes an ERROR INVALID frame)."""


def new_id(prefix: str) -> str:
    return prefix + secrets.token_hex(16)


def new_customer_id() -> str:
    return new_id("el_cst_")


# -- conversions between protobuf and rows ---------------------------------------------------


def number_row(number: C.CustomerNumber) -> NumberRow:
    if not number.number:
        raise CommandError("the customer number is empty")
    partition = number.partition.value if number.HasField("partition") else None
    return NumberRow(number.provider, number.number, partition)


def fill_number(target: C.CustomerNumber, row: NumberRow) -> None:
    target.provider = row.provider  # type: ignore[assignment]
    target.number = row.number
    if row.partition is not None:
        target.partition.value = row.partition


def index_row(index: C.CustomerIndex) -> IndexRow:
    """A tag or secondary id as sent. An expiry at the epoch itself means "never" (Elarian's
    SDKs send Timestamp(0) for a tag without one)."""
    mapping = index.mapping
    if not mapping.key:
        raise CommandError("an index entry needs a key")
    value = mapping.value.value if mapping.HasField("value") else None
    expires = None
    if index.HasField("expires_at") and (index.expires_at.seconds or index.expires_at.nanos):
        expires = index.expires_at.seconds + index.expires_at.nanos / 1e9
    return IndexRow(mapping.key, value, expires)


def fill_index(target: C.CustomerIndex, row: IndexRow) -> None:
    """A tag or secondary id as the runtime sends it: the value and the expiry are always
    there (the JavaScript SDK reads both unconditionally); "never" is the epoch."""
    target.mapping.key = row.key
    target.mapping.value.value = row.value if row.value is not None else ""
    set_timestamp(target.expires_at, row.expires_at if row.expires_at is not None else 0)


def seconds_of(stamp: Timestamp, default: float) -> float:
    """A Timestamp field as epoch seconds; ``default`` when it is unset (or the epoch itself)."""
    if not stamp.ByteSize():
        return default
    return stamp.seconds + stamp.nanos / 1e9


def mapping_value(mapping: C.IndexMapping) -> str | None:
    return mapping.value.value if mapping.HasField("value") else None


def data_value(value: C.DataMapValue) -> DataValue:
    return value.bytes_val if value.WhichOneof("value") == "bytes_val" else value.string_val


def fill_data(target: C.DataMapValue, value: DataValue) -> None:
    if isinstance(value, bytes):
        target.bytes_val = value
    else:
        target.string_val = value


# -- replies -------------------------------------------------------------------------------------


def _status_reply(
    entry: str, status: bool, description: str, id_field: str, value: str | None
) -> A.AppToServerCommandReply:
    reply = A.AppToServerCommandReply()
    body = getattr(reply, entry)
    body.status = status
    body.description = description
    if value is not None:
        getattr(body, id_field).value = value
    return reply


def update_reply(
    status: bool, description: str = "", customer_id: str | None = None
) -> A.AppToServerCommandReply:
    return _status_reply("update_customer_state", status, description, "customer_id", customer_id)


def app_data_reply(
    status: bool, description: str = "", customer_id: str | None = None
) -> A.AppToServerCommandReply:
    return _status_reply("update_customer_app_data", status, description, "customer_id", customer_id)


def tag_reply(status: bool, description: str = "", work_id: str | None = None) -> A.AppToServerCommandReply:
    return _status_reply("tag_command", status, description, "work_id", work_id)


# -- notifications -------------------------------------------------------------------------------


EVENT_OF_NOTIFICATION = {
    "reminder": "reminder.fired",
    "messaging_session_started": "session.started",
    "messaging_session_renewed": "session.renewed",
    "messaging_session_ended": "session.ended",
    "messaging_consent_update": "customer.consent_changed",
    "received_message": "message.received",
    "message_status": "message.status_changed",
    "sent_message_reaction": "message.reaction",
    "received_payment": "payment.received",
    "payment_status": "payment.status_changed",
    "customer_activity": "customer.activity",
}
"""The domain event (outbound connectors, ``config.WEBHOOK_EVENTS``) each customer notification
tells of: an app is told, and so is every connector that asked."""


def publish(
    tx: Tx,
    org_id: str,
    event_type: str,
    customer_id: str | None,
    now: float,
    data: object,
    order_key: str = "",
) -> None:
    """Tell the outbound connectors (the store's publisher) of a domain event, in ``tx``."""
    if tx.publisher is not None:
        tx.publish(DomainEvent(org_id, event_type, customer_id, now, data, order_key))


def notify_customer(
    tx: Tx,
    org_id: str,
    app_id: str,
    customer_id: str,
    entry: str,
    now: float,
    fill: Callable[[Any], None],
    into: list[Enqueued] | None = None,
) -> str:
    """Put a customer notification for ``app_id`` in the outbox (or in ``into``, for the caller
    to enqueue with others at once), and publish it as a domain event (``EVENT_OF_NOTIFICATION``);
    returns its notification id."""
    env = A.ServerToAppNotification()
    carrier = env.customer
    carrier.org_id = org_id
    carrier.app_id = app_id
    carrier.customer_id = customer_id
    set_timestamp(carrier.created_at, now)
    notification_id = new_id("el_ntf_")
    carrier.notification_id = notification_id
    payload = getattr(carrier, entry)
    payload.SetInParent()
    fill(payload)
    # one customer's notifications reach one app in the order they were raised
    row = Enqueued(
        notification_id,
        org_id,
        app_id,
        "app",
        f"{customer_id}/{app_id}",
        customer_id,
        env.SerializeToString(),
        now,
    )
    if into is None:
        tx.enqueue(*row)
    else:
        into.append(row)
    event = EVENT_OF_NOTIFICATION.get(entry)
    if event is not None and tx.publisher is not None:
        tx.publish(DomainEvent(org_id, event, customer_id, now, payload))
    return notification_id


def simulator_notification(
    org_id: str,
    app_id: str,
    customer_id: str | None,
    now: float,
    fill: Callable[[S.ServerToSimulatorNotification], None],
    address: str = "",
) -> Enqueued:
    """A notification for the org's simulators, as the outbox row that holds it until one
    connects (``tx.enqueue(*row)``; built outside a transaction if need be, so that a caller
    holding the write lock only writes it). They reach the simulator in order per customer (per
    ``address``, for one to no customer)."""
    env = S.ServerToSimulatorNotification()
    notification_id = new_id("el_ntf_")
    env.notification_id = notification_id
    set_timestamp(env.created_at, now)
    fill(env)
    order = f"sim/{customer_id}" if customer_id else f"sim/{org_id}/{address}" if address else f"sim/{org_id}"
    body = env.SerializeToString()
    return Enqueued(notification_id, org_id, app_id, "simulator", order, customer_id, body, now)


def number_key(tx: Tx, org_id: str, number: C.CustomerNumber) -> Hashable:
    """The customer a number names, or the number when no customer has it (yet)."""
    row = number_row(number)
    found = tx.find_by_number(org_id, row)
    if found is not None:
        return ("customer", tx.merged_into(found) or found)
    return ("number", org_id, row.provider, row.number, row.partition)


def secondary_key(tx: Tx, org_id: str, mapping: C.IndexMapping) -> Hashable:
    """The customer a secondary id names, or the secondary id when no customer has it (yet)."""
    value = mapping_value(mapping)
    found = tx.find_by_secondary_id(org_id, mapping.key, value, 0.0)
    if found is not None:
        return ("customer", tx.merged_into(found) or found)
    return ("secondary", org_id, mapping.key, value)
