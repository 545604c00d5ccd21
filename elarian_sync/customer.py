"""``Customer``: the spec's per-customer methods, over the generated commands.

A customer is named by id, by number or by secondary id; the id is learned from
the first reply that carries it. Each method blocks and returns its typed
reply; each has an ``*_async`` twin returning a ``concurrent.futures.Future``.
Methods the spec gives a value (``get_state``, ``get_metadata``, ``get_tags``,
``lease_app_data``) raise ``CommandRefusedError`` when the runtime refuses;
the others return the reply, whose ``status``/``description`` say how it went.
"""

from __future__ import annotations

import uuid
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, TypeVar

from ._dispatch import decode_app_data, encode_app_data
from ._generated import models as M
from .client import (
    channel_arg,
    check,
    check_text,
    customer_number_arg,
    message_arg,
    reminder_arg,
    secondary,
    then,
)
from .errors import CommandRefusedError

if TYPE_CHECKING:
    from .client import Elarian

R = TypeVar("R")

_CUSTOMER_PROVIDER = {
    M.Channel.SMS: M.CustomerNumberProvider.CELLULAR,
    M.Channel.VOICE: M.CustomerNumberProvider.CELLULAR,
    M.Channel.USSD: M.CustomerNumberProvider.CELLULAR,
    M.Channel.WHATSAPP: M.CustomerNumberProvider.CELLULAR,
    M.Channel.TELEGRAM: M.CustomerNumberProvider.TELEGRAM,
    M.Channel.FB_MESSENGER: M.CustomerNumberProvider.FACEBOOK,
    M.Channel.EMAIL: M.CustomerNumberProvider.EMAIL,
}


def _values(data: object, name: str) -> dict[str, str | bytes]:
    if not isinstance(data, dict):
        raise TypeError(f"{name} must be a dict, not {type(data).__name__}")
    for key, value in data.items():
        check_text(key, f"{name} key")
        if not isinstance(value, (str, bytes)):
            raise TypeError(f"{name}[{key!r}] must be str or bytes, not {type(value).__name__}")
    return data


def _keys(keys: object, name: str) -> list[str]:
    if isinstance(keys, str) or not isinstance(keys, (list, tuple)):
        raise TypeError(f"{name} must be a list of str")
    return [check_text(k, f"{name} item") for k in keys]


def _list(items: object, kind: type, name: str) -> list[Any]:
    if not isinstance(items, (list, tuple)):
        raise TypeError(f"{name} must be a list of {kind.__name__}")
    for item in items:
        check(item, kind, f"{name} item")
    return list(items)


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

        check(client, Elarian, "client")
        if customer_id is None and customer_number is None and secondary_id is None:
            raise ValueError("give customer_id, customer_number or secondary_id")
        self.client = client
        self.customer_id = check_text(customer_id, "customer_id") if customer_id is not None else None
        self.customer_number = customer_number_arg(customer_number) if customer_number is not None else None
        self.secondary_id = secondary(secondary_id, "secondary_id") if secondary_id is not None else None
        self._activity_session = uuid.uuid4().hex

    def __repr__(self) -> str:
        who = self.customer_id or (self.customer_number and self.customer_number.number) or self.secondary_id
        return f"Customer({who!r})"

    # -- how commands name this customer -----------------------------------------------------------

    def _ref(self) -> dict[str, Any]:
        if self.customer_id is not None:
            return {"customer_id": self.customer_id}
        if self.customer_number is not None:
            return {"customer_number": self.customer_number}
        return {"secondary_id": self.secondary_id}

    def _learn(self, reply: R) -> R:
        found = getattr(reply, "customer_id", None)
        if found and self.customer_id is None:
            self.customer_id = found
        return reply

    def _id(self, timeout: float | None) -> str:
        """This customer's id, asking the runtime when it is not known yet."""
        if self.customer_id is None:
            if self.customer_number is not None:
                self._learn(
                    self.client.commands.create_customer(
                        customer_number=self.customer_number, timeout=timeout
                    )
                )
            else:
                self.get_state(timeout=timeout)
        if self.customer_id is None:
            raise CommandRefusedError(f"the runtime did not say who {self!r} is")
        return self.customer_id

    def _number_for(self, target: M.MessagingChannel, timeout: float | None) -> M.CustomerNumber:
        if self.customer_number is not None:
            return self.customer_number
        provider = _CUSTOMER_PROVIDER.get(target.channel)
        numbers = self.get_state(timeout=timeout).payment_state
        for number in numbers.customer_numbers if numbers else []:
            if number.provider == provider:
                return number
        raise ValueError(
            f"{self!r} has no {provider.name.lower() if provider else ''} number for {target.channel.name}"
        )

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

    def adopt_state(self, other: Customer, *, timeout: float | None = None) -> M.CustomerStateUpdateReply:
        """Merge ``other`` into this customer; ``other`` is decommissioned."""
        check(other, Customer, "other")
        ref = {f"other_{k}": v for k, v in other._ref().items()}
        return self._learn(
            self.client.commands.adopt_customer_state(customer_id=self._id(timeout), **ref, timeout=timeout)
        )

    def adopt_state_async(
        self, other: Customer, *, timeout: float | None = None
    ) -> Future[M.CustomerStateUpdateReply]:
        check(other, Customer, "other")
        ref = {f"other_{k}": v for k, v in other._ref().items()}
        return self.client.commands.adopt_customer_state_async(
            customer_id=self._id(timeout), **ref, timeout=timeout
        )

    # -- messaging ---------------------------------------------------------------------------------

    def send_message(
        self, channel_number: M.MessagingChannel, message: M.Message, *, timeout: float | None = None
    ) -> M.MessageReply:
        target = channel_arg(channel_number, "channel_number")
        return self._learn(
            self.client.commands.send_message(
                customer_number=self._number_for(target, timeout),
                channel_number=target,
                message=message_arg(message),
                timeout=timeout,
            )
        )

    def send_message_async(
        self, channel_number: M.MessagingChannel, message: M.Message, *, timeout: float | None = None
    ) -> Future[M.MessageReply]:
        target = channel_arg(channel_number, "channel_number")
        return self.client.commands.send_message_async(
            customer_number=self._number_for(target, timeout),
            channel_number=target,
            message=message_arg(message),
            timeout=timeout,
        )

    def reply_to_message(
        self, message_id: str, message: M.Message, *, timeout: float | None = None
    ) -> M.MessageReply:
        return self.client.commands.reply_to_message(
            customer_id=self._id(timeout),
            message_id=check_text(message_id, "message_id"),
            message=message_arg(message),
            timeout=timeout,
        )

    def reply_to_message_async(
        self, message_id: str, message: M.Message, *, timeout: float | None = None
    ) -> Future[M.MessageReply]:
        return self.client.commands.reply_to_message_async(
            customer_id=self._id(timeout),
            message_id=check_text(message_id, "message_id"),
            message=message_arg(message),
            timeout=timeout,
        )

    def update_messaging_consent(
        self, channel_number: M.MessagingChannel, action: M.ConsentAction, *, timeout: float | None = None
    ) -> M.ConsentUpdateReply:
        target = channel_arg(channel_number, "channel_number")
        return self._learn(
            self.client.commands.update_messaging_consent(
                customer_number=self._number_for(target, timeout),
                channel_number=target,
                update=check(action, M.ConsentAction, "action"),
                timeout=timeout,
            )
        )

    def update_messaging_consent_async(
        self, channel_number: M.MessagingChannel, action: M.ConsentAction, *, timeout: float | None = None
    ) -> Future[M.ConsentUpdateReply]:
        target = channel_arg(channel_number, "channel_number")
        return self.client.commands.update_messaging_consent_async(
            customer_number=self._number_for(target, timeout),
            channel_number=target,
            update=check(action, M.ConsentAction, "action"),
            timeout=timeout,
        )

    # -- activity ----------------------------------------------------------------------------------

    def _activity_args(self, source: object, activity: object, session_id: object) -> dict[str, Any]:
        if self.customer_number is None:
            raise ValueError(
                "update_activity needs the customer's number: make the Customer with customer_number"
            )
        act = check(activity, M.Activity, "activity")
        check_text(act.key, "activity.key")
        return {
            "customer_number": self.customer_number,
            "source": check_text(source, "source"),
            "session_id": check_text(session_id, "session_id")
            if session_id is not None
            else self._activity_session,
            "key": act.key,
            "properties": _values(act.properties, "activity.properties"),
        }

    def update_activity(
        self,
        source: str,
        activity: M.Activity,
        *,
        session_id: str | None = None,
        timeout: float | None = None,
    ) -> M.CustomerActivityReply:
        """Record what the customer did (``source``: a website, an app...); ``session_id`` groups
        activities (default: one session per Customer object)."""
        return self._learn(
            self.client.commands.customer_activity(
                **self._activity_args(source, activity, session_id), timeout=timeout
            )
        )

    def update_activity_async(
        self,
        source: str,
        activity: M.Activity,
        *,
        session_id: str | None = None,
        timeout: float | None = None,
    ) -> Future[M.CustomerActivityReply]:
        return self.client.commands.customer_activity_async(
            **self._activity_args(source, activity, session_id), timeout=timeout
        )

    # -- app data ----------------------------------------------------------------------------------

    def _leased(self, reply: M.LeaseCustomerAppDataReply) -> Any:
        if not reply.status:
            raise CommandRefusedError(reply.description or "the runtime refused LeaseCustomerAppData")
        self._learn(reply)
        return decode_app_data(self.client.serializer, reply.value)

    def lease_app_data(self, *, timeout: float | None = None) -> Any:
        """This app's data for the customer (decoded by the client's serializer; None if there is
        none), leased: another lease waits until this one is written back or lapses."""
        return self._leased(self.client.commands.lease_customer_app_data(**self._ref(), timeout=timeout))

    def lease_app_data_async(self, *, timeout: float | None = None) -> Future[Any]:
        return then(
            self.client.commands.lease_customer_app_data_async(**self._ref(), timeout=timeout), self._leased
        )

    def update_app_data(self, data: Any, *, timeout: float | None = None) -> M.UpdateCustomerAppDataReply:
        """Replace this app's data for the customer (a dict goes through the serializer; str and
        bytes are stored as they are); releases a lease."""
        if data is None:
            raise ValueError("data is required (use delete_app_data to remove it)")
        value = encode_app_data(self.client.serializer, data, "data")
        return self._learn(
            self.client.commands.update_customer_app_data(**self._ref(), update=value, timeout=timeout)
        )

    def update_app_data_async(
        self, data: Any, *, timeout: float | None = None
    ) -> Future[M.UpdateCustomerAppDataReply]:
        if data is None:
            raise ValueError("data is required (use delete_app_data to remove it)")
        value = encode_app_data(self.client.serializer, data, "data")
        return self.client.commands.update_customer_app_data_async(
            **self._ref(), update=value, timeout=timeout
        )

    def delete_app_data(self, *, timeout: float | None = None) -> M.UpdateCustomerAppDataReply:
        return self._learn(self.client.commands.delete_customer_app_data(**self._ref(), timeout=timeout))

    def delete_app_data_async(self, *, timeout: float | None = None) -> Future[M.UpdateCustomerAppDataReply]:
        return self.client.commands.delete_customer_app_data_async(**self._ref(), timeout=timeout)

    # -- metadata ----------------------------------------------------------------------------------

    def get_metadata(self, *, timeout: float | None = None) -> dict[str, str | bytes]:
        return dict(self.get_state(timeout=timeout).identity_state.metadata)  # type: ignore[union-attr]

    def get_metadata_async(self, *, timeout: float | None = None) -> Future[dict[str, str | bytes]]:
        return then(self.get_state_async(timeout=timeout), lambda s: dict(s.identity_state.metadata))  # type: ignore[union-attr]

    def update_metadata(
        self, data: dict[str, str | bytes], *, timeout: float | None = None
    ) -> M.CustomerStateUpdateReply:
        """Merge ``data`` into the customer's metadata."""
        updates = _values(data, "data")
        return self._learn(
            self.client.commands.update_customer_metadata(**self._ref(), updates=updates, timeout=timeout)
        )

    def update_metadata_async(
        self, data: dict[str, str | bytes], *, timeout: float | None = None
    ) -> Future[M.CustomerStateUpdateReply]:
        updates = _values(data, "data")
        return self.client.commands.update_customer_metadata_async(
            **self._ref(), updates=updates, timeout=timeout
        )

    def delete_metadata(self, keys: list[str], *, timeout: float | None = None) -> M.CustomerStateUpdateReply:
        deletions = _keys(keys, "keys")
        return self._learn(
            self.client.commands.delete_customer_metadata(**self._ref(), deletions=deletions, timeout=timeout)
        )

    def delete_metadata_async(
        self, keys: list[str], *, timeout: float | None = None
    ) -> Future[M.CustomerStateUpdateReply]:
        deletions = _keys(keys, "keys")
        return self.client.commands.delete_customer_metadata_async(
            **self._ref(), deletions=deletions, timeout=timeout
        )

    # -- secondary ids and tags --------------------------------------------------------------------

    def update_secondary_ids(
        self, ids: list[M.SecondaryId], *, timeout: float | None = None
    ) -> M.CustomerStateUpdateReply:
        updates = [M.Tag(key=i.key, value=i.value) for i in _list(ids, M.SecondaryId, "ids")]
        return self._learn(
            self.client.commands.update_customer_secondary_id(**self._ref(), updates=updates, timeout=timeout)
        )

    def update_secondary_ids_async(
        self, ids: list[M.SecondaryId], *, timeout: float | None = None
    ) -> Future[M.CustomerStateUpdateReply]:
        updates = [M.Tag(key=i.key, value=i.value) for i in _list(ids, M.SecondaryId, "ids")]
        return self.client.commands.update_customer_secondary_id_async(
            **self._ref(), updates=updates, timeout=timeout
        )

    def delete_secondary_ids(
        self, ids: list[M.SecondaryId], *, timeout: float | None = None
    ) -> M.CustomerStateUpdateReply:
        deletions = _list(ids, M.SecondaryId, "ids")
        return self._learn(
            self.client.commands.delete_customer_secondary_id(
                **self._ref(), deletions=deletions, timeout=timeout
            )
        )

    def delete_secondary_ids_async(
        self, ids: list[M.SecondaryId], *, timeout: float | None = None
    ) -> Future[M.CustomerStateUpdateReply]:
        deletions = _list(ids, M.SecondaryId, "ids")
        return self.client.commands.delete_customer_secondary_id_async(
            **self._ref(), deletions=deletions, timeout=timeout
        )

    def get_tags(self, *, timeout: float | None = None) -> list[M.Tag]:
        return list(self.get_state(timeout=timeout).identity_state.tags)  # type: ignore[union-attr]

    def get_tags_async(self, *, timeout: float | None = None) -> Future[list[M.Tag]]:
        return then(self.get_state_async(timeout=timeout), lambda s: list(s.identity_state.tags))  # type: ignore[union-attr]

    def update_tags(self, tags: list[M.Tag], *, timeout: float | None = None) -> M.CustomerStateUpdateReply:
        updates = _list(tags, M.Tag, "tags")
        return self._learn(
            self.client.commands.update_customer_tag(**self._ref(), updates=updates, timeout=timeout)
        )

    def update_tags_async(
        self, tags: list[M.Tag], *, timeout: float | None = None
    ) -> Future[M.CustomerStateUpdateReply]:
        updates = _list(tags, M.Tag, "tags")
        return self.client.commands.update_customer_tag_async(**self._ref(), updates=updates, timeout=timeout)

    def delete_tags(self, keys: list[str], *, timeout: float | None = None) -> M.CustomerStateUpdateReply:
        deletions = _keys(keys, "keys")
        return self._learn(
            self.client.commands.delete_customer_tag(**self._ref(), deletions=deletions, timeout=timeout)
        )

    def delete_tags_async(
        self, keys: list[str], *, timeout: float | None = None
    ) -> Future[M.CustomerStateUpdateReply]:
        deletions = _keys(keys, "keys")
        return self.client.commands.delete_customer_tag_async(
            **self._ref(), deletions=deletions, timeout=timeout
        )

    # -- reminders ---------------------------------------------------------------------------------

    def add_reminder(
        self, reminder: M.Reminder, *, timeout: float | None = None
    ) -> M.UpdateCustomerAppDataReply:
        """Set (or replace, by key) a reminder; this app gets a ``reminder`` event when it is due."""
        return self._learn(
            self.client.commands.add_customer_reminder(
                **self._ref(), reminder=reminder_arg(reminder), timeout=timeout
            )
        )

    def add_reminder_async(
        self, reminder: M.Reminder, *, timeout: float | None = None
    ) -> Future[M.UpdateCustomerAppDataReply]:
        return self.client.commands.add_customer_reminder_async(
            **self._ref(), reminder=reminder_arg(reminder), timeout=timeout
        )

    def cancel_reminder(self, key: str, *, timeout: float | None = None) -> M.UpdateCustomerAppDataReply:
        return self._learn(
            self.client.commands.cancel_customer_reminder(
                **self._ref(), key=check_text(key, "key"), timeout=timeout
            )
        )

    def cancel_reminder_async(
        self, key: str, *, timeout: float | None = None
    ) -> Future[M.UpdateCustomerAppDataReply]:
        return self.client.commands.cancel_customer_reminder_async(
            **self._ref(), key=check_text(key, "key"), timeout=timeout
        )
