"""Customers: finding them, their identity (numbers, secondary ids, tags, metadata), activity.

A command names its customer by id, by number or by secondary id. An unknown
number creates the customer (``el_cst_`` + 32 hex); an unknown id or secondary
id is refused with a description. A customer of another org is "unknown" (org
isolation: nothing about it leaks). A customer merged into another by
AdoptCustomerState is decommissioned: commands on it are refused, naming the
customer it became.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from elarian_sync._convert import set_timestamp
from elarian_sync._generated import activity_pb2 as AC
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import common_pb2 as C

from ..store.base import ActivityRow, IndexRow, NumberRow, Tx
from .common import (
    Caller,
    CommandError,
    data_value,
    fill_number,
    index_row,
    mapping_value,
    new_customer_id,
    notify_customer,
    number_row,
    publish,
    seconds_of,
    update_reply,
)


@dataclass(frozen=True)
class Found:
    customer_id: str
    created: bool


class Decommissioned(CommandError):
    """The customer was merged into another."""

    def __init__(self, customer_id: str, into: str) -> None:
        super().__init__(f"customer {customer_id} was decommissioned: it was merged into {into}")
        self.customer_id = customer_id
        self.into = into


def by_id(tx: Tx, caller: Caller, customer_id: str) -> str:
    if not customer_id:
        raise CommandError("the customer id is empty")
    found = tx.customer(customer_id)
    if found is None or found[0] != caller.org_id:
        raise CommandError(f"unknown customer id {customer_id}")
    into = found[1]
    if into is not None:
        raise Decommissioned(customer_id, into)
    return customer_id


def by_number(tx: Tx, caller: Caller, number: NumberRow, now: float, create: bool = True) -> Found:
    found = tx.find_by_number(caller.org_id, number)
    if found is not None:
        into = tx.merged_into(found)
        return Found(into or found, False)
    if not create:
        raise CommandError(f"no customer has the number {number.number}")
    customer_id = new_customer_id()
    tx.create_customer(caller.org_id, customer_id, now)
    tx.add_number(caller.org_id, customer_id, number)
    publish(tx, caller.org_id, "customer.created", customer_id, now, {"customer_id": customer_id})
    return Found(customer_id, True)


def resolve(
    tx: Tx, caller: Caller, command: object, now: float, group: str = "customer", create: bool = True
) -> str:
    """The customer a command's ``customer`` oneof names (an unknown number creates it)."""
    which = command.WhichOneof(group)  # type: ignore[attr-defined]
    prefix = "other_" if group == "other_customer" else ""
    if which == f"{prefix}customer_id":
        return by_id(tx, caller, getattr(command, which))
    if which == f"{prefix}customer_number":
        return by_number(tx, caller, number_row(getattr(command, which)), now, create).customer_id
    if which == f"{prefix}secondary_id":
        return by_secondary_id(tx, caller, getattr(command, which), now)
    raise CommandError("the command names no customer (give a customer id, number or secondary id)")


def by_secondary_id(tx: Tx, caller: Caller, mapping: C.IndexMapping, now: float) -> str:
    if not mapping.key:
        raise CommandError("the secondary id has no key")
    found = tx.find_by_secondary_id(caller.org_id, mapping.key, mapping_value(mapping), now)
    if found is None:
        raise CommandError(f"no customer has the secondary id {mapping.key}={mapping_value(mapping)}")
    return tx.merged_into(found) or found


# -- commands that name their customer by any of several fields ----------------------------------

BY_NUMBER_FIRST = ("customer_number", "customer_id", "secondary_id")
"""SendMessage, UpdateMessagingConsent, CustomerActivity: the published field is the number."""
BY_ID_FIRST = ("customer_id", "customer_number", "secondary_id")
"""ReplyToMessage, AdoptCustomerState: the published field is the id."""


@dataclass(frozen=True)
class Named:
    """The customer a command named; ``number`` is the number it named them by, if it did."""

    customer_id: str
    number: NumberRow | None


def _given(cmd: Any, field: str) -> bool:
    return bool(cmd.customer_id) if field == "customer_id" else bool(cmd.HasField(field))


def _spelled(cmd: Any, field: str) -> str:
    if field == "customer_number":
        return f"the customer number {cmd.customer_number.number}"
    if field == "customer_id":
        return f"the customer id {cmd.customer_id}"
    return f"the secondary id {cmd.secondary_id.key}={mapping_value(cmd.secondary_id)}"


def _names_now(tx: Tx, caller: Caller, cmd: Any, field: str, now: float) -> str | None:
    """Whom one of a command's names names (None: nobody), creating and refusing nothing."""
    if field == "customer_number":
        found = tx.find_by_number(caller.org_id, number_row(cmd.customer_number))
    elif field == "customer_id":
        found = cmd.customer_id if tx.customer_org(cmd.customer_id) == caller.org_id else None
    else:
        mapping = cmd.secondary_id
        found = tx.find_by_secondary_id(caller.org_id, mapping.key, mapping_value(mapping), now)
    return (tx.merged_into(found) or found) if found is not None else None


def named(
    tx: Tx,
    caller: Caller,
    cmd: Any,
    now: float,
    order: tuple[str, ...] = BY_NUMBER_FIRST,
    *,
    create: bool = True,
    unknown: int | None = None,
    unknown_number: int | None = None,
) -> Named:
    """The customer a command names by its ``customer_number``, ``customer_id`` and
    ``secondary_id`` fields (whichever it gives).

    The first name given in ``order`` decides: an unknown number creates the customer (unless
    ``create`` is False: then it is refused with ``unknown_number``), an unknown id or secondary
    id is refused with ``unknown``, a decommissioned id raises ``Decommissioned``. Every other
    name given must name the same customer; if one does not, the command is refused rather than
    guessed at."""
    given = [field for field in order if _given(cmd, field)]
    if not given:
        raise CommandError(
            f"{type(cmd).__name__} names no customer (give a customer number, id or secondary id)"
        )
    first, number, created = given[0], None, False
    if first == "customer_number":
        number = number_row(cmd.customer_number)
        try:
            found = by_number(tx, caller, number, now, create)
        except CommandError as exc:
            raise CommandError(str(exc), unknown_number) from None
        customer_id, created = found.customer_id, found.created
    else:
        try:
            if first == "customer_id":
                customer_id = by_id(tx, caller, cmd.customer_id)
            else:
                customer_id = by_secondary_id(tx, caller, cmd.secondary_id, now)
        except Decommissioned:
            raise
        except CommandError as exc:
            raise CommandError(str(exc), unknown) from None
    for other in given[1:]:
        also = _names_now(tx, caller, cmd, other, now)
        if also != customer_id:
            raise CommandError(
                f"{_spelled(cmd, first)} names {'a new customer' if created else f'customer {customer_id}'}"
                f" but {_spelled(cmd, other)} names {f'customer {also}' if also else 'no customer'}:"
                " give names of one customer"
            )
    return Named(customer_id, number)


# -- commands ------------------------------------------------------------------------------------


def create_customer(
    tx: Tx, caller: Caller, cmd: A.CreateCustomerCommand, now: float
) -> A.AppToServerCommandReply:
    if not cmd.HasField("customer_number"):
        raise CommandError("CreateCustomer needs a customer number")
    found = by_number(tx, caller, number_row(cmd.customer_number), now)
    description = "customer created" if found.created else "the customer already exists"
    return update_reply(True, description, found.customer_id)


def delete_customer(
    tx: Tx,
    caller: Caller,
    cmd: A.DeleteCustomerCommand,
    now: float,
    forget: Callable[[str, str], None] | None = None,
) -> A.AppToServerCommandReply:
    """DeleteCustomer; ``forget(org_id, customer_id)`` is told of the customer before the
    deletion commits (their kept state goes with them)."""
    which = cmd.WhichOneof("customer")
    if which == "customer_id":
        customer_id = cmd.customer_id
        if tx.customer_org(customer_id) != caller.org_id:
            raise CommandError(f"unknown customer id {customer_id}")
    elif which == "customer_number":
        number = number_row(cmd.customer_number)
        found = tx.find_by_number(caller.org_id, number)
        if found is None:
            raise CommandError(f"no customer has the number {number.number}")
        customer_id = found
    else:
        raise CommandError("DeleteCustomer needs a customer id or number")
    tx.delete_customer(customer_id)
    if forget is not None:
        forget(caller.org_id, customer_id)
    # after the erasure: who it was is gone with them, so the event names only the id
    publish(
        tx, caller.org_id, "customer.deleted", None, now, {"customer_id": customer_id}, order_key=customer_id
    )
    return update_reply(True, "customer deleted", customer_id)


def adopt_customer_state(
    tx: Tx,
    caller: Caller,
    cmd: A.AdoptCustomerStateCommand,
    now: float,
    forget: Callable[[str, str], None] | None = None,
) -> A.AppToServerCommandReply:
    """AdoptCustomerState; ``forget(org_id, customer_id)`` is told of the customer merged away
    (its state, if kept, is never served again: its rows are the adopter's now)."""
    customer_id = named(tx, caller, cmd, now, BY_ID_FIRST).customer_id  # an unknown number creates it
    other = resolve(tx, caller, cmd, now, group="other_customer", create=False)
    if other == customer_id:
        raise CommandError("a customer cannot adopt itself")
    tx.adopt(customer_id, other)
    if forget is not None:
        forget(caller.org_id, other)
    return update_reply(True, f"adopted the state of {other}", customer_id)


def customer_activity(
    tx: Tx, caller: Caller, cmd: A.CustomerActivityCommand, now: float
) -> A.AppToServerCommandReply:
    """Record an activity (at ``created_at``, else now) and tell the app that recorded it. The
    activity's number: the one the command named, else the customer's first number (or none)."""
    for name in ("source", "session_id", "key"):
        if not getattr(cmd, name):
            raise CommandError(f"CustomerActivity needs a {name}")
    customer = named(tx, caller, cmd, now)
    number = customer.number
    if number is None:
        number = next(iter(tx.numbers(customer.customer_id)), None)
    activity = ActivityRow(
        caller.app_id,
        cmd.source,
        cmd.session_id,
        cmd.key,
        dict(cmd.properties),
        seconds_of(cmd.created_at, now),
        number,
    )
    tx.add_activity(caller.org_id, customer.customer_id, activity)

    def fill(notification: A.CustomerActivityNotification) -> None:
        if number is not None:
            fill_number(notification.customer_number, number)
        notification.source = cmd.source
        notification.session_id = cmd.session_id
        fill_activity(notification.activity, activity)

    notify_customer(tx, caller.org_id, caller.app_id, customer.customer_id, "customer_activity", now, fill)
    reply = A.AppToServerCommandReply()
    reply.customer_activity.status = True
    reply.customer_activity.description = "activity recorded"
    reply.customer_activity.customer_id.value = customer.customer_id
    return reply


def update_tags(
    tx: Tx, caller: Caller, cmd: A.UpdateCustomerTagCommand, now: float
) -> A.AppToServerCommandReply:
    customer_id = resolve(tx, caller, cmd, now)
    rows = [index_row(update) for update in cmd.updates]
    for row in rows:
        tx.put_tag(caller.org_id, customer_id, row)
    if rows:
        publish(tx, caller.org_id, "customer.tags_changed", customer_id, now,
                {"set": [{"key": r.key, "value": r.value or ""} for r in rows], "removed": []})  # fmt: skip
    return update_reply(True, f"{len(cmd.updates)} tag(s) set", customer_id)


def delete_tags(
    tx: Tx, caller: Caller, cmd: A.DeleteCustomerTagCommand, now: float
) -> A.AppToServerCommandReply:
    customer_id = resolve(tx, caller, cmd, now)
    gone = [key for key in cmd.deletions if tx.delete_tag(customer_id, key)]
    if gone:
        publish(tx, caller.org_id, "customer.tags_changed", customer_id, now, {"set": [], "removed": gone})
    return update_reply(True, f"{len(gone)} tag(s) removed", customer_id)


def update_secondary_ids(
    tx: Tx, caller: Caller, cmd: A.UpdateCustomerSecondaryIdCommand, now: float
) -> A.AppToServerCommandReply:
    customer_id = resolve(tx, caller, cmd, now)
    rows = [index_row(update) for update in cmd.updates]
    for row in rows:
        owner = tx.find_by_secondary_id(caller.org_id, row.key, row.value, now)
        if owner is not None and owner != customer_id:
            raise CommandError(f"the secondary id {row.key}={row.value} belongs to another customer")
    for row in rows:
        tx.put_secondary_id(caller.org_id, customer_id, row)
    if rows:
        publish(tx, caller.org_id, "customer.updated", customer_id, now,
                {"secondary_ids_set": [{"key": r.key, "value": r.value or ""} for r in rows]})  # fmt: skip
    return update_reply(True, f"{len(rows)} secondary id(s) set", customer_id)


def delete_secondary_ids(
    tx: Tx, caller: Caller, cmd: A.DeleteCustomerSecondaryIdCommand, now: float
) -> A.AppToServerCommandReply:
    customer_id = resolve(tx, caller, cmd, now)
    gone = [d for d in cmd.deletions if tx.delete_secondary_id(customer_id, d.key, mapping_value(d))]
    if gone:
        removed = [{"key": d.key, "value": mapping_value(d) or ""} for d in gone]
        publish(tx, caller.org_id, "customer.updated", customer_id, now, {"secondary_ids_removed": removed})
    return update_reply(True, f"{len(gone)} secondary id(s) removed", customer_id)


def update_metadata(
    tx: Tx, caller: Caller, cmd: A.UpdateCustomerMetadataCommand, now: float
) -> A.AppToServerCommandReply:
    customer_id = resolve(tx, caller, cmd, now)
    for key, value in cmd.updates.items():
        if not key:
            raise CommandError("a metadata key is empty")
        tx.put_metadata(customer_id, key, data_value(value))
    if cmd.updates:
        publish(
            tx, caller.org_id, "customer.updated", customer_id, now, {"metadata_set": sorted(cmd.updates)}
        )
    return update_reply(True, f"{len(cmd.updates)} metadata value(s) set", customer_id)


def delete_metadata(
    tx: Tx, caller: Caller, cmd: A.DeleteCustomerMetadataCommand, now: float
) -> A.AppToServerCommandReply:
    customer_id = resolve(tx, caller, cmd, now)
    gone = [key for key in cmd.deletions if tx.delete_metadata(customer_id, key)]
    if gone:
        publish(tx, caller.org_id, "customer.updated", customer_id, now, {"metadata_removed": gone})
    return update_reply(True, f"{len(gone)} metadata value(s) removed", customer_id)


def fill_activity(target: AC.CustomerActivity, activity: ActivityRow) -> None:
    target.key = activity.key
    target.properties.update(activity.properties)
    set_timestamp(target.created_at, activity.created_at)


def tag_rows(tx: Tx, caller: Caller, mapping: C.IndexMapping, now: float) -> tuple[IndexRow, list[str]]:
    """A by-tag command's tag, and the customers holding it now (expired tags excluded)."""
    if not mapping.key:
        raise CommandError("the tag has no key")
    value = mapping_value(mapping)
    return IndexRow(mapping.key, value, None), tx.customers_with_tag(caller.org_id, mapping.key, value, now)
