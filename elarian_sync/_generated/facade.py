# generated from proto/ by `python -m codegen`; do not edit.
"""The spec-level classes' methods, each declared once in codegen/facade.toml.

Every declaration gives a blocking method and its ``*_async`` twin (a Future at once; it
never blocks on a reply), sharing one ``_<method>_args`` that checks the arguments and
builds the command's. The hand-written classes inherit these mixins and provide the hooks
each lists first: ``_wire`` (the typed commands), how commands name the customer, and what
a reply becomes. The hooks are abstract: a class that misses one cannot be instantiated, and
mypy says so where it is.
"""

from __future__ import annotations

import abc
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, TypeVar

import elarian_sync._args as _args
from elarian_sync._dispatch import then as _then
from datetime import datetime, timedelta
from elarian_sync._handlers import AppData

from .commands import AppCommands, SimulatorCommands
from .models import *  # noqa: F403

if TYPE_CHECKING:
    from elarian_sync.customer import Customer

_R = TypeVar("_R")

__all__ = [
    "CustomerMethods",
    "ElarianMethods",
    "SimulatorMethods",
]


class CustomerMethods(abc.ABC):
    """The methods of ``Customer`` (its hand-written class provides the hooks)."""

    __slots__ = ()

    # -- the hooks Customer provides ---------------------------------------------------------

    @property
    @abc.abstractmethod
    def _wire(self) -> AppCommands:
        """The typed commands these methods send."""

    @abc.abstractmethod
    def _activity(self, source: str, activity: Activity, session_id: str | None) -> dict[str, Any]:
        """The arguments of ``customer_activity`` for ``update_activity()``."""

    @abc.abstractmethod
    def _adopt(self, other: Customer) -> dict[str, Any]:
        """The arguments of ``adopt_customer_state`` for ``adopt_state()``."""

    @abc.abstractmethod
    def _app_data(self, data: Any) -> dict[str, Any]:
        """The arguments of ``update_customer_app_data`` for ``update_app_data()``."""

    @abc.abstractmethod
    def _learn(self, reply: _R) -> _R:
        """Learn what the reply says of the caller."""

    @abc.abstractmethod
    def _leased(self, reply: LeaseCustomerAppDataReply) -> AppData:
        """What the reply becomes."""

    @abc.abstractmethod
    def _metadata(self, reply: GetCustomerStateReply) -> dict[str, str | bytes]:
        """What the reply becomes."""

    @abc.abstractmethod
    def _reach(self) -> dict[str, Any]:
        """The customer for commands that reach a number: by the number it was made with first."""

    @abc.abstractmethod
    def _ref(self) -> dict[str, Any]:
        """The customer as commands name it: by id once known, else as it was made."""

    @abc.abstractmethod
    def _state(self, reply: GetCustomerStateReply) -> CustomerState:
        """What the reply becomes."""

    @abc.abstractmethod
    def _tags(self, reply: GetCustomerStateReply) -> list[Tag]:
        """What the reply becomes."""

    # -- the methods --------------------------------------------------------------------------

    def get_state(
        self,
        *,
        timeout: float | None = None,
    ) -> CustomerState:
        """Everything kept about the customer: identity, messaging, payments, activity.

        Args:
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerState

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            CommandRefusedError: the runtime refused; the message is its reason.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.get_customer_state(**self._get_state_args(), timeout=timeout)
        return self._state(reply)

    def get_state_async(
        self,
        *,
        timeout: float | None = None,
    ) -> Future[CustomerState]:
        """Like ``get_state()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.get_customer_state_async(**self._get_state_args(), timeout=timeout)
        return _then(future, self._state)

    def _get_state_args(self) -> dict[str, Any]:
        return {
            **self._ref(),
        }

    def adopt_state(
        self,
        other: Customer,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Merge ``other`` into this customer; ``other`` is decommissioned.

        Args:
            other: The customer to merge in.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.adopt_customer_state(**self._adopt_state_args(other, idempotency_key), timeout=timeout)
        return self._learn(reply)

    def adopt_state_async(
        self,
        other: Customer,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``adopt_state()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.adopt_customer_state_async(**self._adopt_state_args(other, idempotency_key), timeout=timeout)
        return _then(future, self._learn)

    def _adopt_state_args(self, other: Customer, idempotency_key: str | None) -> dict[str, Any]:
        return {
            **self._ref(),
            **self._adopt(other),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def send_message(
        self,
        channel_number: MessagingChannel,
        message: Message,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> MessageReply:
        """Send ``message`` from the org's ``channel_number`` (to the customer's number that the channel reaches, when the Customer was made by id or secondary id).

        Args:
            channel_number: The org's channel number to use.
            message: The message to send.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            MessageReply: Where the message stands (QUEUED, SENT, or why it was refused) and its id.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.send_message(**self._send_message_args(channel_number, message, idempotency_key), timeout=timeout)
        return self._learn(reply)

    def send_message_async(
        self,
        channel_number: MessagingChannel,
        message: Message,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[MessageReply]:
        """Like ``send_message()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.send_message_async(**self._send_message_args(channel_number, message, idempotency_key), timeout=timeout)
        return _then(future, self._learn)

    def _send_message_args(self, channel_number: MessagingChannel, message: Message, idempotency_key: str | None) -> dict[str, Any]:
        return {
            **self._reach(),
            "channel_number": _args.channel(channel_number, "channel_number"),
            "message": _args.message(message, "message"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def reply_to_message(
        self,
        message_id: str,
        message: Message,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> MessageReply:
        """Answer a message the customer sent (``message_id`` from its notification).

        Args:
            message_id: The id of the received message being answered.
            message: The message to send.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            MessageReply: Where the message stands (QUEUED, SENT, or why it was refused) and its id.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.reply_to_message(**self._reply_to_message_args(message_id, message, idempotency_key), timeout=timeout)
        return self._learn(reply)

    def reply_to_message_async(
        self,
        message_id: str,
        message: Message,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[MessageReply]:
        """Like ``reply_to_message()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.reply_to_message_async(**self._reply_to_message_args(message_id, message, idempotency_key), timeout=timeout)
        return _then(future, self._learn)

    def _reply_to_message_args(self, message_id: str, message: Message, idempotency_key: str | None) -> dict[str, Any]:
        return {
            **self._ref(),
            "message_id": _args.check_text(message_id, "message_id"),
            "message": _args.message(message, "message"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def update_activity(
        self,
        source: str,
        activity: Activity,
        *,
        session_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerActivityReply:
        """Record what the customer did (``source``: a website, an app...) at ``activity.created_at`` (now, if unset); ``session_id`` groups activities (default: one session per Customer).

        Args:
            source: Where the activity happened (an app, a website).
            activity: What the customer did: a key, properties, when.
            session_id: The session the activity or message belongs to.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerActivityReply: Whether the activity was recorded.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.customer_activity(**self._update_activity_args(source, activity, session_id, idempotency_key), timeout=timeout)
        return self._learn(reply)

    def update_activity_async(
        self,
        source: str,
        activity: Activity,
        *,
        session_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerActivityReply]:
        """Like ``update_activity()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.customer_activity_async(**self._update_activity_args(source, activity, session_id, idempotency_key), timeout=timeout)
        return _then(future, self._learn)

    def _update_activity_args(self, source: str, activity: Activity, session_id: str | None, idempotency_key: str | None) -> dict[str, Any]:
        return {
            **self._reach(),
            **self._activity(source, activity, session_id),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def update_messaging_consent(
        self,
        channel_number: MessagingChannel,
        action: ConsentAction,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> ConsentUpdateReply:
        """Allow or block messages to the customer from the org's ``channel_number``.

        Args:
            channel_number: The org's channel number to use.
            action: ALLOW or BLOCK.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            ConsentUpdateReply: Whether the consent change was recorded.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.update_messaging_consent(**self._update_messaging_consent_args(channel_number, action, idempotency_key), timeout=timeout)
        return self._learn(reply)

    def update_messaging_consent_async(
        self,
        channel_number: MessagingChannel,
        action: ConsentAction,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[ConsentUpdateReply]:
        """Like ``update_messaging_consent()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.update_messaging_consent_async(**self._update_messaging_consent_args(channel_number, action, idempotency_key), timeout=timeout)
        return _then(future, self._learn)

    def _update_messaging_consent_args(self, channel_number: MessagingChannel, action: ConsentAction, idempotency_key: str | None) -> dict[str, Any]:
        return {
            **self._reach(),
            "channel_number": _args.channel(channel_number, "channel_number"),
            "update": _args.check(action, ConsentAction, "action"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def lease_app_data(
        self,
        *,
        timeout: float | None = None,
    ) -> AppData:
        """This app's data for the customer (decoded by the client's serializer; None if there is none), leased: another lease waits until this one is written back or lapses.

        Args:
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            AppData

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            CommandRefusedError: the runtime refused; the message is its reason.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.lease_customer_app_data(**self._lease_app_data_args(), timeout=timeout)
        return self._leased(reply)

    def lease_app_data_async(
        self,
        *,
        timeout: float | None = None,
    ) -> Future[AppData]:
        """Like ``lease_app_data()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.lease_customer_app_data_async(**self._lease_app_data_args(), timeout=timeout)
        return _then(future, self._leased)

    def _lease_app_data_args(self) -> dict[str, Any]:
        return {
            **self._ref(),
        }

    def update_app_data(
        self,
        data: Any,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> UpdateCustomerAppDataReply:
        """Replace this app's data for the customer (a dict goes through the serializer; str and bytes are stored as they are); releases a lease.

        Args:
            data: The app's data: a dict (or anything the serializer takes), str or bytes.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            UpdateCustomerAppDataReply: Whether the app data was written or removed.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.update_customer_app_data(**self._update_app_data_args(data, idempotency_key), timeout=timeout)
        return self._learn(reply)

    def update_app_data_async(
        self,
        data: Any,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[UpdateCustomerAppDataReply]:
        """Like ``update_app_data()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.update_customer_app_data_async(**self._update_app_data_args(data, idempotency_key), timeout=timeout)
        return _then(future, self._learn)

    def _update_app_data_args(self, data: Any, idempotency_key: str | None) -> dict[str, Any]:
        return {
            **self._ref(),
            **self._app_data(data),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def delete_app_data(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> UpdateCustomerAppDataReply:
        """Remove this app's data for the customer; releases a lease.

        Args:
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            UpdateCustomerAppDataReply: Whether the app data was written or removed.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.delete_customer_app_data(**self._delete_app_data_args(idempotency_key), timeout=timeout)
        return self._learn(reply)

    def delete_app_data_async(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[UpdateCustomerAppDataReply]:
        """Like ``delete_app_data()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.delete_customer_app_data_async(**self._delete_app_data_args(idempotency_key), timeout=timeout)
        return _then(future, self._learn)

    def _delete_app_data_args(self, idempotency_key: str | None) -> dict[str, Any]:
        return {
            **self._ref(),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def get_metadata(
        self,
        *,
        timeout: float | None = None,
    ) -> dict[str, str | bytes]:
        """The customer's metadata.

        Args:
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            dict[str, str | bytes]

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            CommandRefusedError: the runtime refused; the message is its reason.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.get_customer_state(**self._get_metadata_args(), timeout=timeout)
        return self._metadata(reply)

    def get_metadata_async(
        self,
        *,
        timeout: float | None = None,
    ) -> Future[dict[str, str | bytes]]:
        """Like ``get_metadata()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.get_customer_state_async(**self._get_metadata_args(), timeout=timeout)
        return _then(future, self._metadata)

    def _get_metadata_args(self) -> dict[str, Any]:
        return {
            **self._ref(),
        }

    def update_metadata(
        self,
        data: dict[str, str | bytes],
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Merge ``data`` into the customer's metadata.

        Args:
            data: Keys and their new values (str or bytes).
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.update_customer_metadata(**self._update_metadata_args(data, idempotency_key), timeout=timeout)
        return self._learn(reply)

    def update_metadata_async(
        self,
        data: dict[str, str | bytes],
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``update_metadata()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.update_customer_metadata_async(**self._update_metadata_args(data, idempotency_key), timeout=timeout)
        return _then(future, self._learn)

    def _update_metadata_args(self, data: dict[str, str | bytes], idempotency_key: str | None) -> dict[str, Any]:
        return {
            **self._ref(),
            "updates": _args.values(data, "data"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def delete_metadata(
        self,
        keys: list[str],
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Remove ``keys`` from the customer's metadata.

        Args:
            keys: The keys to remove.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.delete_customer_metadata(**self._delete_metadata_args(keys, idempotency_key), timeout=timeout)
        return self._learn(reply)

    def delete_metadata_async(
        self,
        keys: list[str],
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``delete_metadata()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.delete_customer_metadata_async(**self._delete_metadata_args(keys, idempotency_key), timeout=timeout)
        return _then(future, self._learn)

    def _delete_metadata_args(self, keys: list[str], idempotency_key: str | None) -> dict[str, Any]:
        return {
            **self._ref(),
            "deletions": _args.keys(keys, "keys"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def update_secondary_ids(
        self,
        ids: list[SecondaryId],
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Add or replace secondary ids (unique in the org: one held by another customer is refused).

        Args:
            ids: The secondary ids.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.update_customer_secondary_id(**self._update_secondary_ids_args(ids, idempotency_key), timeout=timeout)
        return self._learn(reply)

    def update_secondary_ids_async(
        self,
        ids: list[SecondaryId],
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``update_secondary_ids()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.update_customer_secondary_id_async(**self._update_secondary_ids_args(ids, idempotency_key), timeout=timeout)
        return _then(future, self._learn)

    def _update_secondary_ids_args(self, ids: list[SecondaryId], idempotency_key: str | None) -> dict[str, Any]:
        return {
            **self._ref(),
            "updates": _args.secondary_ids(ids, "ids"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def delete_secondary_ids(
        self,
        ids: list[SecondaryId],
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Remove secondary ids.

        Args:
            ids: The secondary ids.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.delete_customer_secondary_id(**self._delete_secondary_ids_args(ids, idempotency_key), timeout=timeout)
        return self._learn(reply)

    def delete_secondary_ids_async(
        self,
        ids: list[SecondaryId],
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``delete_secondary_ids()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.delete_customer_secondary_id_async(**self._delete_secondary_ids_args(ids, idempotency_key), timeout=timeout)
        return _then(future, self._learn)

    def _delete_secondary_ids_args(self, ids: list[SecondaryId], idempotency_key: str | None) -> dict[str, Any]:
        return {
            **self._ref(),
            "deletions": _args.items_of_secondary_ids(ids, "ids"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def get_tags(
        self,
        *,
        timeout: float | None = None,
    ) -> list[Tag]:
        """The customer's tags (expired ones are gone).

        Args:
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            list[Tag]

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            CommandRefusedError: the runtime refused; the message is its reason.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.get_customer_state(**self._get_tags_args(), timeout=timeout)
        return self._tags(reply)

    def get_tags_async(
        self,
        *,
        timeout: float | None = None,
    ) -> Future[list[Tag]]:
        """Like ``get_tags()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.get_customer_state_async(**self._get_tags_args(), timeout=timeout)
        return _then(future, self._tags)

    def _get_tags_args(self) -> dict[str, Any]:
        return {
            **self._ref(),
        }

    def update_tags(
        self,
        tags: list[Tag],
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Add or replace tags (a tag with ``expires_at`` disappears then).

        Args:
            tags: The tags.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.update_customer_tag(**self._update_tags_args(tags, idempotency_key), timeout=timeout)
        return self._learn(reply)

    def update_tags_async(
        self,
        tags: list[Tag],
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``update_tags()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.update_customer_tag_async(**self._update_tags_args(tags, idempotency_key), timeout=timeout)
        return _then(future, self._learn)

    def _update_tags_args(self, tags: list[Tag], idempotency_key: str | None) -> dict[str, Any]:
        return {
            **self._ref(),
            "updates": _args.tags(tags, "tags"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def delete_tags(
        self,
        keys: list[str],
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Remove tags by key.

        Args:
            keys: The tags' keys.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.delete_customer_tag(**self._delete_tags_args(keys, idempotency_key), timeout=timeout)
        return self._learn(reply)

    def delete_tags_async(
        self,
        keys: list[str],
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``delete_tags()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.delete_customer_tag_async(**self._delete_tags_args(keys, idempotency_key), timeout=timeout)
        return _then(future, self._learn)

    def _delete_tags_args(self, keys: list[str], idempotency_key: str | None) -> dict[str, Any]:
        return {
            **self._ref(),
            "deletions": _args.keys(keys, "keys"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def add_reminder(
        self,
        reminder: Reminder,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> UpdateCustomerAppDataReply:
        """Set (or replace, by key) a reminder; this app gets a ``reminder`` event when it is due.

        Args:
            reminder: The reminder: key, when, optional interval and payload.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            UpdateCustomerAppDataReply: Whether the app data was written or removed.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.add_customer_reminder(**self._add_reminder_args(reminder, idempotency_key), timeout=timeout)
        return self._learn(reply)

    def add_reminder_async(
        self,
        reminder: Reminder,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[UpdateCustomerAppDataReply]:
        """Like ``add_reminder()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.add_customer_reminder_async(**self._add_reminder_args(reminder, idempotency_key), timeout=timeout)
        return _then(future, self._learn)

    def _add_reminder_args(self, reminder: Reminder, idempotency_key: str | None) -> dict[str, Any]:
        return {
            **self._ref(),
            "reminder": _args.reminder(reminder, "reminder"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def cancel_reminder(
        self,
        key: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> UpdateCustomerAppDataReply:
        """Cancel this app's reminder ``key`` for the customer.

        Args:
            key: The reminder's key.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            UpdateCustomerAppDataReply: Whether the app data was written or removed.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.cancel_customer_reminder(**self._cancel_reminder_args(key, idempotency_key), timeout=timeout)
        return self._learn(reply)

    def cancel_reminder_async(
        self,
        key: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[UpdateCustomerAppDataReply]:
        """Like ``cancel_reminder()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.cancel_customer_reminder_async(**self._cancel_reminder_args(key, idempotency_key), timeout=timeout)
        return _then(future, self._learn)

    def _cancel_reminder_args(self, key: str, idempotency_key: str | None) -> dict[str, Any]:
        return {
            **self._ref(),
            "key": _args.check_text(key, "key"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }


class ElarianMethods(abc.ABC):
    """The methods of ``Elarian`` (its hand-written class provides the hooks)."""

    __slots__ = ()

    # -- the hooks Elarian provides ---------------------------------------------------------

    @property
    @abc.abstractmethod
    def _wire(self) -> AppCommands:
        """The typed commands these methods send."""

    # -- the methods --------------------------------------------------------------------------

    def generate_auth_token(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> AuthToken:
        """A token another process can connect with instead of the API key.

        Args:
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            AuthToken

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.generate_auth_token(**self._generate_auth_token_args(idempotency_key), timeout=timeout)
        return reply

    def generate_auth_token_async(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[AuthToken]:
        """Like ``generate_auth_token()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.generate_auth_token_async(**self._generate_auth_token_args(idempotency_key), timeout=timeout)
        return future

    def _generate_auth_token_args(self, idempotency_key: str | None) -> dict[str, Any]:
        return {
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def delete_customer_by_customer_number(
        self,
        customer_number: CustomerNumber | str,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Erase the customer with this number.

        Args:
            customer_number: The customer's number (a str is a cellular number).
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.delete_customer(**self._delete_customer_by_customer_number_args(customer_number, idempotency_key), timeout=timeout)
        return reply

    def delete_customer_by_customer_number_async(
        self,
        customer_number: CustomerNumber | str,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``delete_customer_by_customer_number()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.delete_customer_async(**self._delete_customer_by_customer_number_args(customer_number, idempotency_key), timeout=timeout)
        return future

    def _delete_customer_by_customer_number_args(self, customer_number: CustomerNumber | str, idempotency_key: str | None) -> dict[str, Any]:
        return {
            "customer_number": _args.customer_number(customer_number, "customer_number"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def delete_customer_by_customer_id(
        self,
        customer_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Erase the customer with this id.

        Args:
            customer_id: The customer, by the id the runtime gave it (el_cst_...).
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.delete_customer(**self._delete_customer_by_customer_id_args(customer_id, idempotency_key), timeout=timeout)
        return reply

    def delete_customer_by_customer_id_async(
        self,
        customer_id: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``delete_customer_by_customer_id()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.delete_customer_async(**self._delete_customer_by_customer_id_args(customer_id, idempotency_key), timeout=timeout)
        return future

    def _delete_customer_by_customer_id_args(self, customer_id: str, idempotency_key: str | None) -> dict[str, Any]:
        return {
            "customer_id": _args.check_text(customer_id, "customer_id"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def add_customer_reminder_by_tag(
        self,
        tag: Tag | SecondaryId,
        reminder: Reminder,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> TagUpdateReply:
        """Set a reminder on every customer holding ``tag`` (background work; the reply has its id).

        Args:
            tag: The tag whose holders the command applies to.
            reminder: The reminder: key, when, optional interval and payload.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            TagUpdateReply: Answer to the by-tag commands, which run in the background as work_id.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.add_customer_reminder_tag(**self._add_customer_reminder_by_tag_args(tag, reminder, idempotency_key), timeout=timeout)
        return reply

    def add_customer_reminder_by_tag_async(
        self,
        tag: Tag | SecondaryId,
        reminder: Reminder,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[TagUpdateReply]:
        """Like ``add_customer_reminder_by_tag()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.add_customer_reminder_tag_async(**self._add_customer_reminder_by_tag_args(tag, reminder, idempotency_key), timeout=timeout)
        return future

    def _add_customer_reminder_by_tag_args(self, tag: Tag | SecondaryId, reminder: Reminder, idempotency_key: str | None) -> dict[str, Any]:
        return {
            "tag": _args.secondary(tag, "tag"),
            "reminder": _args.reminder(reminder, "reminder"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def cancel_customer_reminder_by_tag(
        self,
        tag: Tag | SecondaryId,
        key: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> TagUpdateReply:
        """Cancel reminder ``key`` on every customer holding ``tag`` (background work).

        Args:
            tag: The tag whose holders the command applies to.
            key: The reminder's key.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            TagUpdateReply: Answer to the by-tag commands, which run in the background as work_id.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.cancel_customer_reminder_tag(**self._cancel_customer_reminder_by_tag_args(tag, key, idempotency_key), timeout=timeout)
        return reply

    def cancel_customer_reminder_by_tag_async(
        self,
        tag: Tag | SecondaryId,
        key: str,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[TagUpdateReply]:
        """Like ``cancel_customer_reminder_by_tag()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.cancel_customer_reminder_tag_async(**self._cancel_customer_reminder_by_tag_args(tag, key, idempotency_key), timeout=timeout)
        return future

    def _cancel_customer_reminder_by_tag_args(self, tag: Tag | SecondaryId, key: str, idempotency_key: str | None) -> dict[str, Any]:
        return {
            "tag": _args.secondary(tag, "tag"),
            "key": _args.check_text(key, "key"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def send_message_by_tag(
        self,
        tag: Tag | SecondaryId,
        channel: MessagingChannel,
        message: Message,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> TagUpdateReply:
        """Send ``message`` to every customer holding ``tag`` (background work).

        Args:
            tag: The tag whose holders the command applies to.
            channel: The org's channel number to use.
            message: The message to send.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            TagUpdateReply: Answer to the by-tag commands, which run in the background as work_id.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.send_message_tag(**self._send_message_by_tag_args(tag, channel, message, idempotency_key), timeout=timeout)
        return reply

    def send_message_by_tag_async(
        self,
        tag: Tag | SecondaryId,
        channel: MessagingChannel,
        message: Message,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[TagUpdateReply]:
        """Like ``send_message_by_tag()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.send_message_tag_async(**self._send_message_by_tag_args(tag, channel, message, idempotency_key), timeout=timeout)
        return future

    def _send_message_by_tag_args(self, tag: Tag | SecondaryId, channel: MessagingChannel, message: Message, idempotency_key: str | None) -> dict[str, Any]:
        return {
            "tag": _args.secondary(tag, "tag"),
            "channel_number": _args.channel(channel, "channel"),
            "message": _args.message(message, "message"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def initiate_payment(
        self,
        debit_party: PaymentCounterParty,
        credit_party: PaymentCounterParty,
        value: Cash,
        narration: str = "",
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> InitiatePaymentReply:
        """Move money: between purses and wallets at once; to or from customers and channels pending their confirmation (the reply says which).

        Args:
            debit_party: Who pays.
            credit_party: Who is paid.
            value: The amount and currency.
            narration: A note recorded with the transaction.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            InitiatePaymentReply: The payment's status (SUCCESS, PENDING_CONFIRMATION, or why it was refused) and id.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.initiate_payment(**self._initiate_payment_args(debit_party, credit_party, value, narration, idempotency_key), timeout=timeout)
        return reply

    def initiate_payment_async(
        self,
        debit_party: PaymentCounterParty,
        credit_party: PaymentCounterParty,
        value: Cash,
        narration: str = "",
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[InitiatePaymentReply]:
        """Like ``initiate_payment()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.initiate_payment_async(**self._initiate_payment_args(debit_party, credit_party, value, narration, idempotency_key), timeout=timeout)
        return future

    def _initiate_payment_args(self, debit_party: PaymentCounterParty, credit_party: PaymentCounterParty, value: Cash, narration: str, idempotency_key: str | None) -> dict[str, Any]:
        return {
            "debit_party": _args.check(debit_party, PaymentCounterParty, "debit_party"),
            "credit_party": _args.check(credit_party, PaymentCounterParty, "credit_party"),
            "value": _args.cash(value, "value"),
            "narration": _args.optional_note(narration, "narration"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def replay_messaging_consent_update(
        self,
        customer_number: CustomerNumber | str,
        channel: MessagingChannel,
        consent: ConsentAction,
        updated_at: datetime | float | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Import a consent change made through another provider (a later one already known wins).

        Args:
            customer_number: The customer, by number (found or created).
            channel: The org's channel number to use.
            consent: ALLOW or BLOCK.
            updated_at: When it changed (a datetime or epoch seconds).
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.replay_messaging_consent_update(**self._replay_messaging_consent_update_args(customer_number, channel, consent, updated_at, idempotency_key), timeout=timeout)
        return reply

    def replay_messaging_consent_update_async(
        self,
        customer_number: CustomerNumber | str,
        channel: MessagingChannel,
        consent: ConsentAction,
        updated_at: datetime | float | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``replay_messaging_consent_update()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.replay_messaging_consent_update_async(**self._replay_messaging_consent_update_args(customer_number, channel, consent, updated_at, idempotency_key), timeout=timeout)
        return future

    def _replay_messaging_consent_update_args(self, customer_number: CustomerNumber | str, channel: MessagingChannel, consent: ConsentAction, updated_at: datetime | float | None, idempotency_key: str | None) -> dict[str, Any]:
        return {
            "customer_number": _args.customer_number(customer_number, "customer_number"),
            "channel_number": _args.channel(channel, "channel"),
            "update": _args.check(consent, ConsentAction, "consent"),
            "updated_at": _args.moment(updated_at, "updated_at"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def replay_received_message(
        self,
        customer_number: CustomerNumber | str,
        channel: MessagingChannel,
        message: ReceivedMessage,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Import a message the customer sent through another provider (its ``provider_message_id``, or its ``message_id``, identifies it: a second replay changes nothing).

        Args:
            customer_number: The customer, by number (found or created).
            channel: ``channel``.
            message: The message as the provider had it.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.replay_received_message(**self._replay_received_message_args(customer_number, channel, message, idempotency_key), timeout=timeout)
        return reply

    def replay_received_message_async(
        self,
        customer_number: CustomerNumber | str,
        channel: MessagingChannel,
        message: ReceivedMessage,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``replay_received_message()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.replay_received_message_async(**self._replay_received_message_args(customer_number, channel, message, idempotency_key), timeout=timeout)
        return future

    def _replay_received_message_args(self, customer_number: CustomerNumber | str, channel: MessagingChannel, message: ReceivedMessage, idempotency_key: str | None) -> dict[str, Any]:
        return {
            **_args.received_replay(customer_number, channel, message),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def replay_sent_message(
        self,
        customer_number: CustomerNumber | str,
        channel: MessagingChannel,
        message: SentMessage,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Import a message sent through another provider (identified as in replay_received_message).

        Args:
            customer_number: The customer, by number (found or created).
            channel: ``channel``.
            message: The message as the provider had it.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.replay_sent_message(**self._replay_sent_message_args(customer_number, channel, message, idempotency_key), timeout=timeout)
        return reply

    def replay_sent_message_async(
        self,
        customer_number: CustomerNumber | str,
        channel: MessagingChannel,
        message: SentMessage,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``replay_sent_message()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.replay_sent_message_async(**self._replay_sent_message_args(customer_number, channel, message, idempotency_key), timeout=timeout)
        return future

    def _replay_sent_message_args(self, customer_number: CustomerNumber | str, channel: MessagingChannel, message: SentMessage, idempotency_key: str | None) -> dict[str, Any]:
        return {
            **_args.sent_replay(customer_number, channel, message),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def replay_message_status_update(
        self,
        customer_number: CustomerNumber | str,
        channel: MessagingChannel,
        update: MessageStatusUpdate,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Record a status a sent message reached (``update.message_id``: the provider's id for it, or the ``message_id`` send_message returned); the app gets ``messageStatus``.

        Args:
            customer_number: The customer, by number (found or created).
            channel: ``channel``.
            update: The message, its status, when, and what it cost.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.replay_message_status_update(**self._replay_message_status_update_args(customer_number, channel, update, idempotency_key), timeout=timeout)
        return reply

    def replay_message_status_update_async(
        self,
        customer_number: CustomerNumber | str,
        channel: MessagingChannel,
        update: MessageStatusUpdate,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``replay_message_status_update()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.replay_message_status_update_async(**self._replay_message_status_update_args(customer_number, channel, update, idempotency_key), timeout=timeout)
        return future

    def _replay_message_status_update_args(self, customer_number: CustomerNumber | str, channel: MessagingChannel, update: MessageStatusUpdate, idempotency_key: str | None) -> dict[str, Any]:
        return {
            **_args.status_replay(customer_number, channel, update),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def replay_message_reaction_update(
        self,
        customer_number: CustomerNumber | str,
        channel: MessagingChannel,
        message_id: str,
        reaction: MessageReaction,
        updated_at: datetime | float | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Record the customer's reaction to a sent message (found as in replay_message_status_update); the app gets ``sentMessageReaction``.

        Args:
            customer_number: The customer, by number (found or created).
            channel: The org's channel number to use.
            message_id: The message: the provider's id for it, or the message_id send_message returned.
            reaction: ``reaction``.
            updated_at: When the customer reacted (a datetime or epoch seconds).
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.replay_message_reaction_update(**self._replay_message_reaction_update_args(customer_number, channel, message_id, reaction, updated_at, idempotency_key), timeout=timeout)
        return reply

    def replay_message_reaction_update_async(
        self,
        customer_number: CustomerNumber | str,
        channel: MessagingChannel,
        message_id: str,
        reaction: MessageReaction,
        updated_at: datetime | float | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``replay_message_reaction_update()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.replay_message_reaction_update_async(**self._replay_message_reaction_update_args(customer_number, channel, message_id, reaction, updated_at, idempotency_key), timeout=timeout)
        return future

    def _replay_message_reaction_update_args(self, customer_number: CustomerNumber | str, channel: MessagingChannel, message_id: str, reaction: MessageReaction, updated_at: datetime | float | None, idempotency_key: str | None) -> dict[str, Any]:
        return {
            "customer_number": _args.customer_number(customer_number, "customer_number"),
            "channel_number": _args.channel(channel, "channel"),
            "provider_message_id": _args.check_text(message_id, "message_id"),
            "reaction": _args.check(reaction, MessageReaction, "reaction"),
            "updated_at": _args.moment(updated_at, "updated_at"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def replay_messaging_session(
        self,
        customer_number: CustomerNumber | str,
        channel: MessagingChannel,
        update: MessageSessionUpdate,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Import a session held through another provider (``update.session_id`` identifies it).

        Args:
            customer_number: The customer, by number (found or created).
            channel: ``channel``.
            update: The session: its id, start, length, end reason and cost.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.replay_messaging_session(**self._replay_messaging_session_args(customer_number, channel, update, idempotency_key), timeout=timeout)
        return reply

    def replay_messaging_session_async(
        self,
        customer_number: CustomerNumber | str,
        channel: MessagingChannel,
        update: MessageSessionUpdate,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``replay_messaging_session()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.replay_messaging_session_async(**self._replay_messaging_session_args(customer_number, channel, update, idempotency_key), timeout=timeout)
        return future

    def _replay_messaging_session_args(self, customer_number: CustomerNumber | str, channel: MessagingChannel, update: MessageSessionUpdate, idempotency_key: str | None) -> dict[str, Any]:
        return {
            **_args.session_replay(customer_number, channel, update),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def replay_payment(
        self,
        transaction_id: str,
        debit_party: PaymentCounterParty,
        credit_party: PaymentCounterParty,
        status: PaymentStatus,
        value: Cash,
        narration: str = "",
        updated_at: datetime | float | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> ReplayPaymentReply:
        """Import a payment made through another provider (moves no money here).

        Args:
            transaction_id: The provider's id for the transaction.
            debit_party: Who pays.
            credit_party: Who is paid.
            status: The status to record.
            value: The amount and currency.
            narration: A note recorded with the transaction.
            updated_at: When it happened (a datetime or epoch seconds).
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            ReplayPaymentReply: Whether the replayed payment was recorded.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.replay_payment(**self._replay_payment_args(transaction_id, debit_party, credit_party, status, value, narration, updated_at, idempotency_key), timeout=timeout)
        return reply

    def replay_payment_async(
        self,
        transaction_id: str,
        debit_party: PaymentCounterParty,
        credit_party: PaymentCounterParty,
        status: PaymentStatus,
        value: Cash,
        narration: str = "",
        updated_at: datetime | float | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[ReplayPaymentReply]:
        """Like ``replay_payment()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.replay_payment_async(**self._replay_payment_args(transaction_id, debit_party, credit_party, status, value, narration, updated_at, idempotency_key), timeout=timeout)
        return future

    def _replay_payment_args(self, transaction_id: str, debit_party: PaymentCounterParty, credit_party: PaymentCounterParty, status: PaymentStatus, value: Cash, narration: str, updated_at: datetime | float | None, idempotency_key: str | None) -> dict[str, Any]:
        return {
            "provider_transaction_id": _args.check_text(transaction_id, "transaction_id"),
            "debit_party": _args.check(debit_party, PaymentCounterParty, "debit_party"),
            "credit_party": _args.check(credit_party, PaymentCounterParty, "credit_party"),
            "status": _args.check(status, PaymentStatus, "status"),
            "value": _args.cash(value, "value"),
            "narration": _args.optional_note(narration, "narration"),
            "created_at": _args.moment(updated_at, "updated_at"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def replay_payment_status_update(
        self,
        customer_number: CustomerNumber | str,
        transaction_id: str,
        status: PaymentStatus,
        updated_at: datetime | float | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> ReplayPaymentReply:
        """Import a status a replayed payment reached.

        Args:
            customer_number: The customer, by number (found or created).
            transaction_id: The provider's id for the transaction.
            status: The status to record.
            updated_at: When it changed (a datetime or epoch seconds).
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            ReplayPaymentReply: Whether the replayed payment was recorded.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.replay_payment_status_update(**self._replay_payment_status_update_args(customer_number, transaction_id, status, updated_at, idempotency_key), timeout=timeout)
        return reply

    def replay_payment_status_update_async(
        self,
        customer_number: CustomerNumber | str,
        transaction_id: str,
        status: PaymentStatus,
        updated_at: datetime | float | None = None,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[ReplayPaymentReply]:
        """Like ``replay_payment_status_update()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.replay_payment_status_update_async(**self._replay_payment_status_update_args(customer_number, transaction_id, status, updated_at, idempotency_key), timeout=timeout)
        return future

    def _replay_payment_status_update_args(self, customer_number: CustomerNumber | str, transaction_id: str, status: PaymentStatus, updated_at: datetime | float | None, idempotency_key: str | None) -> dict[str, Any]:
        return {
            "customer_number": _args.customer_number(customer_number, "customer_number"),
            "provider_transaction_id": _args.check_text(transaction_id, "transaction_id"),
            "status": _args.check(status, PaymentStatus, "status"),
            "updated_at": _args.moment(updated_at, "updated_at"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }


class SimulatorMethods(abc.ABC):
    """The methods of ``Simulator`` (its hand-written class provides the hooks)."""

    __slots__ = ()

    # -- the hooks Simulator provides ---------------------------------------------------------

    @property
    @abc.abstractmethod
    def _wire(self) -> SimulatorCommands:
        """The typed commands these methods send."""

    # -- the methods --------------------------------------------------------------------------

    def receive_message(
        self,
        phone_number: str,
        channel: MessagingChannel,
        session_id: str | None,
        parts: list[InboundMessageBody],
        cost: Cash | None = None,
        *,
        duration: timedelta | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> SimulatorReply:
        """A customer sends a message (``session_id``: the session it continues, or None for a new one); the reply carries the app's answer (a USSD menu, a dialplan...).

        Args:
            phone_number: The customer's number.
            channel: The org's channel number the customer writes to.
            session_id: The session the message continues; None starts one.
            parts: The message's parts (text, media, USSD input, voice input...).
            cost: What it cost, if known.
            duration: How long the session has lasted (voice).
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            SimulatorReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.receive_message(**self._receive_message_args(phone_number, channel, session_id, parts, cost, duration, idempotency_key), timeout=timeout)
        return reply

    def receive_message_async(
        self,
        phone_number: str,
        channel: MessagingChannel,
        session_id: str | None,
        parts: list[InboundMessageBody],
        cost: Cash | None = None,
        *,
        duration: timedelta | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[SimulatorReply]:
        """Like ``receive_message()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.receive_message_async(**self._receive_message_args(phone_number, channel, session_id, parts, cost, duration, idempotency_key), timeout=timeout)
        return future

    def _receive_message_args(self, phone_number: str, channel: MessagingChannel, session_id: str | None, parts: list[InboundMessageBody], cost: Cash | None, duration: timedelta | None, idempotency_key: str | None) -> dict[str, Any]:
        return {
            **_args.received(phone_number, channel, session_id, parts, cost, duration),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def receive_payment(
        self,
        phone_number: str,
        channel: PaymentChannelNumber,
        transaction_id: str,
        value: Cash,
        status: PaymentStatus = PaymentStatus.SUCCESS,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> SimulatorReply:
        """A customer pays into the org's payment channel (once per ``transaction_id``).

        Args:
            phone_number: The customer's number.
            channel: The org's payment channel.
            transaction_id: The transaction's id.
            value: The amount and currency.
            status: The status to record.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            SimulatorReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.receive_payment(**self._receive_payment_args(phone_number, channel, transaction_id, value, status, idempotency_key), timeout=timeout)
        return reply

    def receive_payment_async(
        self,
        phone_number: str,
        channel: PaymentChannelNumber,
        transaction_id: str,
        value: Cash,
        status: PaymentStatus = PaymentStatus.SUCCESS,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[SimulatorReply]:
        """Like ``receive_payment()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.receive_payment_async(**self._receive_payment_args(phone_number, channel, transaction_id, value, status, idempotency_key), timeout=timeout)
        return future

    def _receive_payment_args(self, phone_number: str, channel: PaymentChannelNumber, transaction_id: str, value: Cash, status: PaymentStatus, idempotency_key: str | None) -> dict[str, Any]:
        return {
            "customer_number": _args.check_text(phone_number, "phone_number"),
            "channel_number": _args.payment_channel(channel, "channel"),
            "transaction_id": _args.check_text(transaction_id, "transaction_id"),
            "value": _args.cash(value, "value"),
            "status": _args.check(status, PaymentStatus, "status"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }

    def update_payment_status(
        self,
        transaction_id: str,
        status: PaymentStatus,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> SimulatorReply:
        """The customer or the provider confirms (SUCCESS) or ends (a failure status) a pending payment.

        Args:
            transaction_id: The transaction's id.
            status: The status to record.
            idempotency_key: Makes a retry safe: the runtime answers a command sent again with the same key (by this app, within 24 hours) with the first answer, and runs it once.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            SimulatorReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.update_payment_status(**self._update_payment_status_args(transaction_id, status, idempotency_key), timeout=timeout)
        return reply

    def update_payment_status_async(
        self,
        transaction_id: str,
        status: PaymentStatus,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[SimulatorReply]:
        """Like ``update_payment_status()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.update_payment_status_async(**self._update_payment_status_args(transaction_id, status, idempotency_key), timeout=timeout)
        return future

    def _update_payment_status_args(self, transaction_id: str, status: PaymentStatus, idempotency_key: str | None) -> dict[str, Any]:
        return {
            "transaction_id": _args.check_text(transaction_id, "transaction_id"),
            "status": _args.check(status, PaymentStatus, "status"),
            "idempotency_key": _args.idempotency_key(idempotency_key, "idempotency_key"),
        }
