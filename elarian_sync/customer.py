"""``Customer``: the spec's per-customer methods, over the generated commands.

A customer is named by id, by number or by secondary id; every command takes
whichever the ``Customer`` was made with (the runtime resolves it: no method
looks the customer up first), and the id is learned from the first reply that
carries it. Each method blocks and returns its typed reply; each has an
``*_async`` twin that returns a ``concurrent.futures.Future`` at once and
never blocks. Methods the spec gives a value (``get_state``, ``get_metadata``,
``get_tags``, ``lease_app_data``) raise ``CommandRefusedError`` when the
runtime refuses; the others return the reply, whose ``status`` and
``description`` say how it went.
"""

from __future__ import annotations

import uuid
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, TypeVar

from . import _args as arg
from ._dispatch import decode_app_data, encode_app_data, then
from ._generated import models as M
from ._handlers import AppData
from .errors import ArgumentValueError, CommandRefusedError

if TYPE_CHECKING:
    from .client import Elarian

R = TypeVar("R")


class Customer:
    """One customer of the org, as an app sees them."""

    __slots__ = ("_activity_session", "client", "customer_id", "customer_number", "secondary_id")

    def __init__(
        self,
        client: Elarian,
        *,
        customer_id: str | None = None,
        customer_number: M.CustomerNumber | str | None = None,
        secondary_id: M.SecondaryId | None = None,
    ) -> None:
        from .client import Elarian

        arg.check(client, Elarian, "client")
        if customer_id is None and customer_number is None and secondary_id is None:
            raise ArgumentValueError("give customer_id, customer_number or secondary_id")
        self.client = client
        self.customer_id = arg.optional_text(customer_id, "customer_id")
        self.customer_number = arg.customer_number(customer_number) if customer_number is not None else None
        self.secondary_id = arg.secondary(secondary_id, "secondary_id") if secondary_id is not None else None
        self._activity_session = uuid.uuid4().hex

    def __repr__(self) -> str:
        who = self.customer_id or (self.customer_number and self.customer_number.number) or self.secondary_id
        return f"Customer({who!r})"

    # -- how commands name this customer -----------------------------------------------------------

    def _ref(self) -> dict[str, Any]:
        """The customer as commands with a ``customer`` oneof name them: by id once known."""
        if self.customer_id is not None:
            return {"customer_id": self.customer_id}
        if self.customer_number is not None:
            return {"customer_number": self.customer_number}
        return {"secondary_id": self.secondary_id}

    def _reach(self) -> dict[str, Any]:
        """The customer for commands that reach a number (send, consent, activity): the number
        this Customer was made with wins, so a customer with several numbers is reached at it."""
        if self.customer_number is not None:
            return {"customer_number": self.customer_number}
        return self._ref()

    def _learn(self, reply: R) -> R:
        found = getattr(reply, "customer_id", None)
        if found and self.customer_id is None:
            self.customer_id = found
        return reply

    # -- state -------------------------------------------------------------------------------------

    def _state(self, reply: M.GetCustomerStateReply) -> M.CustomerState:
        if not reply.status or reply.data is None:
            raise CommandRefusedError(reply.description or "the runtime refused GetCustomerState")
        if self.customer_id is None:
            self.customer_id = reply.data.customer_id
        return reply.data

    def get_state(self, *, timeout: float | None = None) -> M.CustomerState:
        """Everything kept about the customer: identity, messaging, payments, activity."""
        return self._state(self.client.commands.get_customer_state(**self._ref(), timeout=timeout))

    def get_state_async(self, *, timeout: float | None = None) -> Future[M.CustomerState]:
        return then(
            self.client.commands.get_customer_state_async(**self._ref(), timeout=timeout), self._state
        )

    def _adopt(self, other: object) -> dict[str, Any]:
        found = arg.check(other, Customer, "other")
        return {**self._ref(), **{f"other_{k}": v for k, v in found._ref().items()}}

    def adopt_state(self, other: Customer, *, timeout: float | None = None) -> M.CustomerStateUpdateReply:
        """Merge ``other`` into this customer; ``other`` is decommissioned."""
        return self._learn(self.client.commands.adopt_customer_state(**self._adopt(other), timeout=timeout))

    def adopt_state_async(
        self, other: Customer, *, timeout: float | None = None
    ) -> Future[M.CustomerStateUpdateReply]:
        future = self.client.commands.adopt_customer_state_async(**self._adopt(other), timeout=timeout)
        return then(future, self._learn)

    # -- messaging ---------------------------------------------------------------------------------

    def _send(self, channel_number: object, message: object) -> dict[str, Any]:
        return {
            **self._reach(),
            "channel_number": arg.channel(channel_number, "channel_number"),
            "message": arg.message(message),
        }

    def send_message(
        self, channel_number: M.MessagingChannel, message: M.Message, *, timeout: float | None = None
    ) -> M.MessageReply:
        """Send ``message`` from the org's ``channel_number`` (to the customer's number that the
        channel reaches, when the Customer was made by id or secondary id)."""
        args = self._send(channel_number, message)
        return self._learn(self.client.commands.send_message(**args, timeout=timeout))

    def send_message_async(
        self, channel_number: M.MessagingChannel, message: M.Message, *, timeout: float | None = None
    ) -> Future[M.MessageReply]:
        args = self._send(channel_number, message)
        return then(self.client.commands.send_message_async(**args, timeout=timeout), self._learn)

    def _reply(self, message_id: object, message: object) -> dict[str, Any]:
        return {
            **self._ref(),
            "message_id": arg.check_text(message_id, "message_id"),
            "message": arg.message(message),
        }

    def reply_to_message(
        self, message_id: str, message: M.Message, *, timeout: float | None = None
    ) -> M.MessageReply:
        """Answer a message the customer sent (``message_id`` from its notification)."""
        args = self._reply(message_id, message)
        return self._learn(self.client.commands.reply_to_message(**args, timeout=timeout))

    def reply_to_message_async(
        self, message_id: str, message: M.Message, *, timeout: float | None = None
    ) -> Future[M.MessageReply]:
        args = self._reply(message_id, message)
        return then(self.client.commands.reply_to_message_async(**args, timeout=timeout), self._learn)

    def _consent(self, channel_number: object, action: object) -> dict[str, Any]:
        return {
            **self._reach(),
            "channel_number": arg.channel(channel_number, "channel_number"),
            "update": arg.check(action, M.ConsentAction, "action"),
        }

    def update_messaging_consent(
        self, channel_number: M.MessagingChannel, action: M.ConsentAction, *, timeout: float | None = None
    ) -> M.ConsentUpdateReply:
        args = self._consent(channel_number, action)
        return self._learn(self.client.commands.update_messaging_consent(**args, timeout=timeout))

    def update_messaging_consent_async(
        self, channel_number: M.MessagingChannel, action: M.ConsentAction, *, timeout: float | None = None
    ) -> Future[M.ConsentUpdateReply]:
        args = self._consent(channel_number, action)
        return then(self.client.commands.update_messaging_consent_async(**args, timeout=timeout), self._learn)

    # -- activity ----------------------------------------------------------------------------------

    def _activity(self, source: object, activity: object, session_id: object) -> dict[str, Any]:
        act = arg.check(activity, M.Activity, "activity")
        return {
            **self._reach(),
            "source": arg.check_text(source, "source"),
            "session_id": arg.check_text(session_id, "session_id")
            if session_id is not None
            else self._activity_session,
            "key": arg.check_text(act.key, "activity.key"),
            "properties": arg.strings(act.properties, "activity.properties"),
            "created_at": arg.moment(act.created_at, "activity.created_at"),
        }

    def update_activity(
        self,
        source: str,
        activity: M.Activity,
        *,
        session_id: str | None = None,
        timeout: float | None = None,
    ) -> M.CustomerActivityReply:
        """Record what the customer did (``source``: a website, an app...) at ``activity.created_at``
        (now, if unset); ``session_id`` groups activities (default: one session per Customer)."""
        args = self._activity(source, activity, session_id)
        return self._learn(self.client.commands.customer_activity(**args, timeout=timeout))

    def update_activity_async(
        self,
        source: str,
        activity: M.Activity,
        *,
        session_id: str | None = None,
        timeout: float | None = None,
    ) -> Future[M.CustomerActivityReply]:
        args = self._activity(source, activity, session_id)
        return then(self.client.commands.customer_activity_async(**args, timeout=timeout), self._learn)

    # -- app data ----------------------------------------------------------------------------------

    def _leased(self, reply: M.LeaseCustomerAppDataReply) -> AppData:
        if not reply.status:
            raise CommandRefusedError(reply.description or "the runtime refused LeaseCustomerAppData")
        self._learn(reply)
        return decode_app_data(self.client.serializer, reply.value)

    def lease_app_data(self, *, timeout: float | None = None) -> AppData:
        """This app's data for the customer (decoded by the client's serializer; None if there is
        none), leased: another lease waits until this one is written back or lapses."""
        return self._leased(self.client.commands.lease_customer_app_data(**self._ref(), timeout=timeout))

    def lease_app_data_async(self, *, timeout: float | None = None) -> Future[AppData]:
        return then(
            self.client.commands.lease_customer_app_data_async(**self._ref(), timeout=timeout), self._leased
        )

    def _app_data(self, data: object) -> dict[str, Any]:
        if data is None:
            raise ArgumentValueError("data is required (use delete_app_data to remove it)")
        return {**self._ref(), "update": encode_app_data(self.client.serializer, data, "data")}

    def update_app_data(self, data: Any, *, timeout: float | None = None) -> M.UpdateCustomerAppDataReply:
        """Replace this app's data for the customer (a dict goes through the serializer; str and
        bytes are stored as they are); releases a lease."""
        args = self._app_data(data)
        return self._learn(self.client.commands.update_customer_app_data(**args, timeout=timeout))

    def update_app_data_async(
        self, data: Any, *, timeout: float | None = None
    ) -> Future[M.UpdateCustomerAppDataReply]:
        args = self._app_data(data)
        return then(self.client.commands.update_customer_app_data_async(**args, timeout=timeout), self._learn)

    def delete_app_data(self, *, timeout: float | None = None) -> M.UpdateCustomerAppDataReply:
        return self._learn(self.client.commands.delete_customer_app_data(**self._ref(), timeout=timeout))

    def delete_app_data_async(self, *, timeout: float | None = None) -> Future[M.UpdateCustomerAppDataReply]:
        future = self.client.commands.delete_customer_app_data_async(**self._ref(), timeout=timeout)
        return then(future, self._learn)

    # -- metadata ----------------------------------------------------------------------------------

    @staticmethod
    def _metadata(state: M.CustomerState) -> dict[str, str | bytes]:
        return dict(state.identity_state.metadata) if state.identity_state is not None else {}

    def get_metadata(self, *, timeout: float | None = None) -> dict[str, str | bytes]:
        return self._metadata(self.get_state(timeout=timeout))

    def get_metadata_async(self, *, timeout: float | None = None) -> Future[dict[str, str | bytes]]:
        return then(self.get_state_async(timeout=timeout), self._metadata)

    def update_metadata(
        self, data: dict[str, str | bytes], *, timeout: float | None = None
    ) -> M.CustomerStateUpdateReply:
        """Merge ``data`` into the customer's metadata."""
        updates = arg.values(data, "data")
        return self._learn(
            self.client.commands.update_customer_metadata(**self._ref(), updates=updates, timeout=timeout)
        )

    def update_metadata_async(
        self, data: dict[str, str | bytes], *, timeout: float | None = None
    ) -> Future[M.CustomerStateUpdateReply]:
        updates = arg.values(data, "data")
        future = self.client.commands.update_customer_metadata_async(
            **self._ref(), updates=updates, timeout=timeout
        )
        return then(future, self._learn)

    def delete_metadata(self, keys: list[str], *, timeout: float | None = None) -> M.CustomerStateUpdateReply:
        deletions = arg.keys(keys, "keys")
        return self._learn(
            self.client.commands.delete_customer_metadata(**self._ref(), deletions=deletions, timeout=timeout)
        )

    def delete_metadata_async(
        self, keys: list[str], *, timeout: float | None = None
    ) -> Future[M.CustomerStateUpdateReply]:
        deletions = arg.keys(keys, "keys")
        future = self.client.commands.delete_customer_metadata_async(
            **self._ref(), deletions=deletions, timeout=timeout
        )
        return then(future, self._learn)

    # -- secondary ids and tags --------------------------------------------------------------------

    def update_secondary_ids(
        self, ids: list[M.SecondaryId], *, timeout: float | None = None
    ) -> M.CustomerStateUpdateReply:
        updates = [M.Tag(key=i.key, value=i.value) for i in arg.items_of(ids, M.SecondaryId, "ids")]
        return self._learn(
            self.client.commands.update_customer_secondary_id(**self._ref(), updates=updates, timeout=timeout)
        )

    def update_secondary_ids_async(
        self, ids: list[M.SecondaryId], *, timeout: float | None = None
    ) -> Future[M.CustomerStateUpdateReply]:
        updates = [M.Tag(key=i.key, value=i.value) for i in arg.items_of(ids, M.SecondaryId, "ids")]
        future = self.client.commands.update_customer_secondary_id_async(
            **self._ref(), updates=updates, timeout=timeout
        )
        return then(future, self._learn)

    def delete_secondary_ids(
        self, ids: list[M.SecondaryId], *, timeout: float | None = None
    ) -> M.CustomerStateUpdateReply:
        deletions = arg.items_of(ids, M.SecondaryId, "ids")
        return self._learn(
            self.client.commands.delete_customer_secondary_id(
                **self._ref(), deletions=deletions, timeout=timeout
            )
        )

    def delete_secondary_ids_async(
        self, ids: list[M.SecondaryId], *, timeout: float | None = None
    ) -> Future[M.CustomerStateUpdateReply]:
        deletions = arg.items_of(ids, M.SecondaryId, "ids")
        future = self.client.commands.delete_customer_secondary_id_async(
            **self._ref(), deletions=deletions, timeout=timeout
        )
        return then(future, self._learn)

    @staticmethod
    def _tags(state: M.CustomerState) -> list[M.Tag]:
        return list(state.identity_state.tags) if state.identity_state is not None else []

    def get_tags(self, *, timeout: float | None = None) -> list[M.Tag]:
        return self._tags(self.get_state(timeout=timeout))

    def get_tags_async(self, *, timeout: float | None = None) -> Future[list[M.Tag]]:
        return then(self.get_state_async(timeout=timeout), self._tags)

    def update_tags(self, tags: list[M.Tag], *, timeout: float | None = None) -> M.CustomerStateUpdateReply:
        updates = arg.items_of(tags, M.Tag, "tags")
        return self._learn(
            self.client.commands.update_customer_tag(**self._ref(), updates=updates, timeout=timeout)
        )

    def update_tags_async(
        self, tags: list[M.Tag], *, timeout: float | None = None
    ) -> Future[M.CustomerStateUpdateReply]:
        updates = arg.items_of(tags, M.Tag, "tags")
        future = self.client.commands.update_customer_tag_async(
            **self._ref(), updates=updates, timeout=timeout
        )
        return then(future, self._learn)

    def delete_tags(self, keys: list[str], *, timeout: float | None = None) -> M.CustomerStateUpdateReply:
        deletions = arg.keys(keys, "keys")
        return self._learn(
            self.client.commands.delete_customer_tag(**self._ref(), deletions=deletions, timeout=timeout)
        )

    def delete_tags_async(
        self, keys: list[str], *, timeout: float | None = None
    ) -> Future[M.CustomerStateUpdateReply]:
        deletions = arg.keys(keys, "keys")
        future = self.client.commands.delete_customer_tag_async(
            **self._ref(), deletions=deletions, timeout=timeout
        )
        return then(future, self._learn)

    # -- reminders ---------------------------------------------------------------------------------

    def add_reminder(
        self, reminder: M.Reminder, *, timeout: float | None = None
    ) -> M.UpdateCustomerAppDataReply:
        """Set (or replace, by key) a reminder; this app gets a ``reminder`` event when it is due."""
        return self._learn(
            self.client.commands.add_customer_reminder(
                **self._ref(), reminder=arg.reminder(reminder), timeout=timeout
            )
        )

    def add_reminder_async(
        self, reminder: M.Reminder, *, timeout: float | None = None
    ) -> Future[M.UpdateCustomerAppDataReply]:
        future = self.client.commands.add_customer_reminder_async(
            **self._ref(), reminder=arg.reminder(reminder), timeout=timeout
        )
        return then(future, self._learn)

    def cancel_reminder(self, key: str, *, timeout: float | None = None) -> M.UpdateCustomerAppDataReply:
        return self._learn(
            self.client.commands.cancel_customer_reminder(
                **self._ref(), key=arg.check_text(key, "key"), timeout=timeout
            )
        )

    def cancel_reminder_async(
        self, key: str, *, timeout: float | None = None
    ) -> Future[M.UpdateCustomerAppDataReply]:
        future = self.client.commands.cancel_customer_reminder_async(
            **self._ref(), key=arg.check_text(key, "key"), timeout=timeout
        )
        return then(future, self._learn)
