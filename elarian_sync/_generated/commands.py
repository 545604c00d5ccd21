# generated from proto/ by `python -m codegen`; do not edit.
"""One typed method per command, on mixins a client class completes.

A client supplies ``_request`` (send, block, return the parsed reply) and
``_request_async`` (send, return a Future at once). Arguments are checked here,
before anything is sent.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime, timedelta
from typing import TypeVar

from elarian_sync._args import argument_error as _argument_error
from elarian_sync._args import check_arg as _check_arg
from elarian_sync._args import check_items as _check_items
from elarian_sync._args import oneof_error as _oneof_error
from elarian_sync._convert import set_duration as _set_duration
from elarian_sync._convert import set_timestamp as _set_timestamp
from elarian_sync._convert import unexpected_reply as _unexpected_reply

from .models import *  # noqa: F403
from .models import _FIELD_TYPES
from .models import _write_DataMapValue
from . import activity_pb2 as _activity_pb2
from . import app_pb2 as _app_pb2
from . import app_socket_pb2 as _app_socket_pb2
from . import common_pb2 as _common_pb2
from . import comms_pb2 as _comms_pb2
from . import connectors_pb2 as _connectors_pb2
from . import identity_pb2 as _identity_pb2
from . import messaging_pb2 as _messaging_pb2
from . import payment_pb2 as _payment_pb2
from . import simulator_socket_pb2 as _simulator_socket_pb2

__all__ = [
    "AppCommands",
    "SimulatorCommands",
]

_T = TypeVar("_T")


class AppCommands:
    """One command from an app; the reply is an AppToServerCommandReply.

    One method per command; each has a ``*_async`` twin returning a Future.
    """

    __slots__ = ()

    def _request(
        self,
        command: _app_socket_pb2.AppToServerCommand,
        parse: Callable[[_app_socket_pb2.AppToServerCommandReply], _T],
        timeout: float | None,
    ) -> _T:
        """Send ``command``, wait for the reply, return ``parse(reply)``; supplied by a client."""
        raise NotImplementedError(f"{type(self).__name__} does not implement _request")

    def _request_async(
        self,
        command: _app_socket_pb2.AppToServerCommand,
        parse: Callable[[_app_socket_pb2.AppToServerCommandReply], _T],
        timeout: float | None,
    ) -> Future[_T]:
        """Send ``command`` and return a Future of ``parse(reply)``; supplied by a client."""
        raise NotImplementedError(f"{type(self).__name__} does not implement _request_async")

    def generate_auth_token(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> AuthToken:
        """Ask for a short-lived token that can stand in for the API key.

        Args:
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            AuthToken

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_generate_auth_token(idempotency_key)
        return self._request(command, _parse_generate_auth_token, timeout)

    def generate_auth_token_async(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[AuthToken]:
        """Like ``generate_auth_token()``, but return a Future at once (argument errors still raise here)."""
        command = _build_generate_auth_token(idempotency_key)
        return self._request_async(command, _parse_generate_auth_token, timeout)

    def create_customer(
        self,
        *,
        customer_number: CustomerNumber,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Send ``CreateCustomerCommand`` and wait for its reply.

        Args:
            customer_number: The customer, by number (found or created).
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_create_customer(customer_number, idempotency_key)
        return self._request(command, _parse_create_customer, timeout)

    def create_customer_async(
        self,
        *,
        customer_number: CustomerNumber,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``create_customer()``, but return a Future at once (argument errors still raise here)."""
        command = _build_create_customer(customer_number, idempotency_key)
        return self._request_async(command, _parse_create_customer, timeout)

    def get_customer_state(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> GetCustomerStateReply:
        """Send ``GetCustomerStateCommand`` and wait for its reply.

        Args:
            customer_id: The customer, by the id the runtime gave it (el_cst_...). One of: customer_id, customer_number, secondary_id.
            customer_number: The customer, by number (found or created). One of: customer_id, customer_number, secondary_id.
            secondary_id: The customer, by one of their secondary ids. One of: customer_id, customer_number, secondary_id.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            GetCustomerStateReply: The customer's state, or status=false and why.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_get_customer_state(customer_id, customer_number, secondary_id, idempotency_key)
        return self._request(command, _parse_get_customer_state, timeout)

    def get_customer_state_async(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[GetCustomerStateReply]:
        """Like ``get_customer_state()``, but return a Future at once (argument errors still raise here)."""
        command = _build_get_customer_state(customer_id, customer_number, secondary_id, idempotency_key)
        return self._request_async(command, _parse_get_customer_state, timeout)

    def adopt_customer_state(
        self,
        *,
        customer_id: str = "",
        other_customer_id: str | None = None,
        other_customer_number: CustomerNumber | None = None,
        other_secondary_id: SecondaryId | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Merge another customer into this one; the other is decommissioned.

        Args:
            customer_id: The customer, by the id the runtime gave it (el_cst_...).
            other_customer_id: The customer to merge in, by id. One of: other_customer_id, other_customer_number, other_secondary_id.
            other_customer_number: The customer to merge in, by number. One of: other_customer_id, other_customer_number, other_secondary_id.
            other_secondary_id: The customer to merge in, by secondary id. One of: other_customer_id, other_customer_number, other_secondary_id.
            customer_number: The adopting customer by number, when customer_id is empty (added by elarian-sync).
            secondary_id: The adopting customer by secondary id, when customer_id and customer_number are empty
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_adopt_customer_state(customer_id, other_customer_id, other_customer_number, other_secondary_id, customer_number, secondary_id, idempotency_key)
        return self._request(command, _parse_adopt_customer_state, timeout)

    def adopt_customer_state_async(
        self,
        *,
        customer_id: str = "",
        other_customer_id: str | None = None,
        other_customer_number: CustomerNumber | None = None,
        other_secondary_id: SecondaryId | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``adopt_customer_state()``, but return a Future at once (argument errors still raise here)."""
        command = _build_adopt_customer_state(customer_id, other_customer_id, other_customer_number, other_secondary_id, customer_number, secondary_id, idempotency_key)
        return self._request_async(command, _parse_adopt_customer_state, timeout)

    def add_customer_reminder(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        reminder: Reminder,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> UpdateCustomerAppDataReply:
        """Send ``AddCustomerReminderCommand`` and wait for its reply.

        Args:
            customer_id: The customer, by the id the runtime gave it (el_cst_...). One of: customer_id, customer_number, secondary_id.
            customer_number: The customer, by number (found or created). One of: customer_id, customer_number, secondary_id.
            secondary_id: The customer, by one of their secondary ids. One of: customer_id, customer_number, secondary_id.
            reminder: The reminder: key, when, optional interval and payload.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            UpdateCustomerAppDataReply: Whether the app data was written or removed.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_add_customer_reminder(customer_id, customer_number, secondary_id, reminder, idempotency_key)
        return self._request(command, _parse_add_customer_reminder, timeout)

    def add_customer_reminder_async(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        reminder: Reminder,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[UpdateCustomerAppDataReply]:
        """Like ``add_customer_reminder()``, but return a Future at once (argument errors still raise here)."""
        command = _build_add_customer_reminder(customer_id, customer_number, secondary_id, reminder, idempotency_key)
        return self._request_async(command, _parse_add_customer_reminder, timeout)

    def add_customer_reminder_tag(
        self,
        *,
        tag: SecondaryId,
        reminder: Reminder,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> TagUpdateReply:
        """Add a reminder to every customer holding a tag.

        Args:
            tag: The tag whose holders the command applies to.
            reminder: The reminder: key, when, optional interval and payload.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            TagUpdateReply: Answer to the by-tag commands, which run in the background as work_id.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_add_customer_reminder_tag(tag, reminder, idempotency_key)
        return self._request(command, _parse_add_customer_reminder_tag, timeout)

    def add_customer_reminder_tag_async(
        self,
        *,
        tag: SecondaryId,
        reminder: Reminder,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[TagUpdateReply]:
        """Like ``add_customer_reminder_tag()``, but return a Future at once (argument errors still raise here)."""
        command = _build_add_customer_reminder_tag(tag, reminder, idempotency_key)
        return self._request_async(command, _parse_add_customer_reminder_tag, timeout)

    def cancel_customer_reminder(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        key: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> UpdateCustomerAppDataReply:
        """Send ``CancelCustomerReminderCommand`` and wait for its reply.

        Args:
            customer_id: The customer, by the id the runtime gave it (el_cst_...). One of: customer_id, customer_number, secondary_id.
            customer_number: The customer, by number (found or created). One of: customer_id, customer_number, secondary_id.
            secondary_id: The customer, by one of their secondary ids. One of: customer_id, customer_number, secondary_id.
            key: The reminder's key.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            UpdateCustomerAppDataReply: Whether the app data was written or removed.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_cancel_customer_reminder(customer_id, customer_number, secondary_id, key, idempotency_key)
        return self._request(command, _parse_cancel_customer_reminder, timeout)

    def cancel_customer_reminder_async(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        key: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[UpdateCustomerAppDataReply]:
        """Like ``cancel_customer_reminder()``, but return a Future at once (argument errors still raise here)."""
        command = _build_cancel_customer_reminder(customer_id, customer_number, secondary_id, key, idempotency_key)
        return self._request_async(command, _parse_cancel_customer_reminder, timeout)

    def cancel_customer_reminder_tag(
        self,
        *,
        tag: SecondaryId,
        key: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> TagUpdateReply:
        """Send ``CancelCustomerReminderTagCommand`` and wait for its reply.

        Args:
            tag: The tag whose holders the command applies to.
            key: The reminder's key.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            TagUpdateReply: Answer to the by-tag commands, which run in the background as work_id.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_cancel_customer_reminder_tag(tag, key, idempotency_key)
        return self._request(command, _parse_cancel_customer_reminder_tag, timeout)

    def cancel_customer_reminder_tag_async(
        self,
        *,
        tag: SecondaryId,
        key: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[TagUpdateReply]:
        """Like ``cancel_customer_reminder_tag()``, but return a Future at once (argument errors still raise here)."""
        command = _build_cancel_customer_reminder_tag(tag, key, idempotency_key)
        return self._request_async(command, _parse_cancel_customer_reminder_tag, timeout)

    def update_customer_tag(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        updates: list[Tag] | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Send ``UpdateCustomerTagCommand`` and wait for its reply.

        Args:
            customer_id: The customer, by the id the runtime gave it (el_cst_...). One of: customer_id, customer_number, secondary_id.
            customer_number: The customer, by number (found or created). One of: customer_id, customer_number, secondary_id.
            secondary_id: The customer, by one of their secondary ids. One of: customer_id, customer_number, secondary_id.
            updates: The entries to add or replace.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_update_customer_tag(customer_id, customer_number, secondary_id, updates, idempotency_key)
        return self._request(command, _parse_update_customer_tag, timeout)

    def update_customer_tag_async(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        updates: list[Tag] | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``update_customer_tag()``, but return a Future at once (argument errors still raise here)."""
        command = _build_update_customer_tag(customer_id, customer_number, secondary_id, updates, idempotency_key)
        return self._request_async(command, _parse_update_customer_tag, timeout)

    def delete_customer_tag(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        deletions: list[str] | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Send ``DeleteCustomerTagCommand`` and wait for its reply.

        Args:
            customer_id: The customer, by the id the runtime gave it (el_cst_...). One of: customer_id, customer_number, secondary_id.
            customer_number: The customer, by number (found or created). One of: customer_id, customer_number, secondary_id.
            secondary_id: The customer, by one of their secondary ids. One of: customer_id, customer_number, secondary_id.
            deletions: Tag keys.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_delete_customer_tag(customer_id, customer_number, secondary_id, deletions, idempotency_key)
        return self._request(command, _parse_delete_customer_tag, timeout)

    def delete_customer_tag_async(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        deletions: list[str] | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``delete_customer_tag()``, but return a Future at once (argument errors still raise here)."""
        command = _build_delete_customer_tag(customer_id, customer_number, secondary_id, deletions, idempotency_key)
        return self._request_async(command, _parse_delete_customer_tag, timeout)

    def update_customer_secondary_id(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        updates: list[Tag] | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Send ``UpdateCustomerSecondaryIdCommand`` and wait for its reply.

        Args:
            customer_id: The customer, by the id the runtime gave it (el_cst_...). One of: customer_id, customer_number, secondary_id.
            customer_number: The customer, by number (found or created). One of: customer_id, customer_number, secondary_id.
            secondary_id: The customer, by one of their secondary ids. One of: customer_id, customer_number, secondary_id.
            updates: The entries to add or replace.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_update_customer_secondary_id(customer_id, customer_number, secondary_id, updates, idempotency_key)
        return self._request(command, _parse_update_customer_secondary_id, timeout)

    def update_customer_secondary_id_async(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        updates: list[Tag] | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``update_customer_secondary_id()``, but return a Future at once (argument errors still raise here)."""
        command = _build_update_customer_secondary_id(customer_id, customer_number, secondary_id, updates, idempotency_key)
        return self._request_async(command, _parse_update_customer_secondary_id, timeout)

    def delete_customer_secondary_id(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        deletions: list[SecondaryId] | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Send ``DeleteCustomerSecondaryIdCommand`` and wait for its reply.

        Args:
            customer_id: The customer, by the id the runtime gave it (el_cst_...). One of: customer_id, customer_number, secondary_id.
            customer_number: The customer, by number (found or created). One of: customer_id, customer_number, secondary_id.
            secondary_id: The customer, by one of their secondary ids. One of: customer_id, customer_number, secondary_id.
            deletions: The keys (or entries) to remove.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_delete_customer_secondary_id(customer_id, customer_number, secondary_id, deletions, idempotency_key)
        return self._request(command, _parse_delete_customer_secondary_id, timeout)

    def delete_customer_secondary_id_async(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        deletions: list[SecondaryId] | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``delete_customer_secondary_id()``, but return a Future at once (argument errors still raise here)."""
        command = _build_delete_customer_secondary_id(customer_id, customer_number, secondary_id, deletions, idempotency_key)
        return self._request_async(command, _parse_delete_customer_secondary_id, timeout)

    def update_customer_metadata(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        updates: dict[str, str | bytes] | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Send ``UpdateCustomerMetadataCommand`` and wait for its reply.

        Args:
            customer_id: The customer, by the id the runtime gave it (el_cst_...). One of: customer_id, customer_number, secondary_id.
            customer_number: The customer, by number (found or created). One of: customer_id, customer_number, secondary_id.
            secondary_id: The customer, by one of their secondary ids. One of: customer_id, customer_number, secondary_id.
            updates: The entries to add or replace.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_update_customer_metadata(customer_id, customer_number, secondary_id, updates, idempotency_key)
        return self._request(command, _parse_update_customer_metadata, timeout)

    def update_customer_metadata_async(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        updates: dict[str, str | bytes] | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``update_customer_metadata()``, but return a Future at once (argument errors still raise here)."""
        command = _build_update_customer_metadata(customer_id, customer_number, secondary_id, updates, idempotency_key)
        return self._request_async(command, _parse_update_customer_metadata, timeout)

    def delete_customer_metadata(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        deletions: list[str] | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Send ``DeleteCustomerMetadataCommand`` and wait for its reply.

        Args:
            customer_id: The customer, by the id the runtime gave it (el_cst_...). One of: customer_id, customer_number, secondary_id.
            customer_number: The customer, by number (found or created). One of: customer_id, customer_number, secondary_id.
            secondary_id: The customer, by one of their secondary ids. One of: customer_id, customer_number, secondary_id.
            deletions: Metadata keys.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_delete_customer_metadata(customer_id, customer_number, secondary_id, deletions, idempotency_key)
        return self._request(command, _parse_delete_customer_metadata, timeout)

    def delete_customer_metadata_async(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        deletions: list[str] | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``delete_customer_metadata()``, but return a Future at once (argument errors still raise here)."""
        command = _build_delete_customer_metadata(customer_id, customer_number, secondary_id, deletions, idempotency_key)
        return self._request_async(command, _parse_delete_customer_metadata, timeout)

    def lease_customer_app_data(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> LeaseCustomerAppDataReply:
        """Read the app's data on a customer and hold it until it is written back.

        Args:
            customer_id: The customer, by the id the runtime gave it (el_cst_...). One of: customer_id, customer_number, secondary_id.
            customer_number: The customer, by number (found or created). One of: customer_id, customer_number, secondary_id.
            secondary_id: The customer, by one of their secondary ids. One of: customer_id, customer_number, secondary_id.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            LeaseCustomerAppDataReply: The app's data on the customer (value), now held by this lease.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_lease_customer_app_data(customer_id, customer_number, secondary_id, idempotency_key)
        return self._request(command, _parse_lease_customer_app_data, timeout)

    def lease_customer_app_data_async(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[LeaseCustomerAppDataReply]:
        """Like ``lease_customer_app_data()``, but return a Future at once (argument errors still raise here)."""
        command = _build_lease_customer_app_data(customer_id, customer_number, secondary_id, idempotency_key)
        return self._request_async(command, _parse_lease_customer_app_data, timeout)

    def update_customer_app_data(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        update: str | bytes | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> UpdateCustomerAppDataReply:
        """Send ``UpdateCustomerAppDataCommand`` and wait for its reply.

        Args:
            customer_id: The customer, by the id the runtime gave it (el_cst_...). One of: customer_id, customer_number, secondary_id.
            customer_number: The customer, by number (found or created). One of: customer_id, customer_number, secondary_id.
            secondary_id: The customer, by one of their secondary ids. One of: customer_id, customer_number, secondary_id.
            update: The new value.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            UpdateCustomerAppDataReply: Whether the app data was written or removed.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_update_customer_app_data(customer_id, customer_number, secondary_id, update, idempotency_key)
        return self._request(command, _parse_update_customer_app_data, timeout)

    def update_customer_app_data_async(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        update: str | bytes | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[UpdateCustomerAppDataReply]:
        """Like ``update_customer_app_data()``, but return a Future at once (argument errors still raise here)."""
        command = _build_update_customer_app_data(customer_id, customer_number, secondary_id, update, idempotency_key)
        return self._request_async(command, _parse_update_customer_app_data, timeout)

    def delete_customer_app_data(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> UpdateCustomerAppDataReply:
        """Send ``DeleteCustomerAppDataCommand`` and wait for its reply.

        Args:
            customer_id: The customer, by the id the runtime gave it (el_cst_...). One of: customer_id, customer_number, secondary_id.
            customer_number: The customer, by number (found or created). One of: customer_id, customer_number, secondary_id.
            secondary_id: The customer, by one of their secondary ids. One of: customer_id, customer_number, secondary_id.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            UpdateCustomerAppDataReply: Whether the app data was written or removed.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_delete_customer_app_data(customer_id, customer_number, secondary_id, idempotency_key)
        return self._request(command, _parse_delete_customer_app_data, timeout)

    def delete_customer_app_data_async(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[UpdateCustomerAppDataReply]:
        """Like ``delete_customer_app_data()``, but return a Future at once (argument errors still raise here)."""
        command = _build_delete_customer_app_data(customer_id, customer_number, secondary_id, idempotency_key)
        return self._request_async(command, _parse_delete_customer_app_data, timeout)

    def send_message(
        self,
        *,
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel,
        message: Message,
        customer_id: str = "",
        secondary_id: SecondaryId | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> MessageReply:
        """Send ``SendMessageCommand`` and wait for its reply.

        Args:
            customer_number: The customer, by number (found or created).
            channel_number: The org's channel number to use.
            message: The message to send.
            customer_id: The customer by id, when customer_number is empty: their number the channel reaches
            secondary_id: The customer by secondary id, when customer_number and customer_id are empty (added by
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            MessageReply: Where the message stands (QUEUED, SENT, or why it was refused) and its id.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_send_message(customer_number, channel_number, message, customer_id, secondary_id, idempotency_key)
        return self._request(command, _parse_send_message, timeout)

    def send_message_async(
        self,
        *,
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel,
        message: Message,
        customer_id: str = "",
        secondary_id: SecondaryId | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[MessageReply]:
        """Like ``send_message()``, but return a Future at once (argument errors still raise here)."""
        command = _build_send_message(customer_number, channel_number, message, customer_id, secondary_id, idempotency_key)
        return self._request_async(command, _parse_send_message, timeout)

    def send_message_tag(
        self,
        *,
        tag: SecondaryId,
        channel_number: MessagingChannel,
        message: Message,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> TagUpdateReply:
        """Send one message to every customer holding a tag.

        Args:
            tag: The tag whose holders the command applies to.
            channel_number: The org's channel number to use.
            message: The message to send.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            TagUpdateReply: Answer to the by-tag commands, which run in the background as work_id.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_send_message_tag(tag, channel_number, message, idempotency_key)
        return self._request(command, _parse_send_message_tag, timeout)

    def send_message_tag_async(
        self,
        *,
        tag: SecondaryId,
        channel_number: MessagingChannel,
        message: Message,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[TagUpdateReply]:
        """Like ``send_message_tag()``, but return a Future at once (argument errors still raise here)."""
        command = _build_send_message_tag(tag, channel_number, message, idempotency_key)
        return self._request_async(command, _parse_send_message_tag, timeout)

    def reply_to_message(
        self,
        *,
        customer_id: str = "",
        message_id: str = "",
        message: Message,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> MessageReply:
        """Send ``ReplyToMessageCommand`` and wait for its reply.

        Args:
            customer_id: The customer, by the id the runtime gave it (el_cst_...).
            message_id: The received message being answered.
            message: The message to send.
            customer_number: The customer by number, when customer_id is empty (added by elarian-sync).
            secondary_id: The customer by secondary id, when customer_id and customer_number are empty (added by
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            MessageReply: Where the message stands (QUEUED, SENT, or why it was refused) and its id.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_reply_to_message(customer_id, message_id, message, customer_number, secondary_id, idempotency_key)
        return self._request(command, _parse_reply_to_message, timeout)

    def reply_to_message_async(
        self,
        *,
        customer_id: str = "",
        message_id: str = "",
        message: Message,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[MessageReply]:
        """Like ``reply_to_message()``, but return a Future at once (argument errors still raise here)."""
        command = _build_reply_to_message(customer_id, message_id, message, customer_number, secondary_id, idempotency_key)
        return self._request_async(command, _parse_reply_to_message, timeout)

    def update_messaging_consent(
        self,
        *,
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel,
        update: ConsentAction = ConsentAction.UNSPECIFIED,
        customer_id: str = "",
        secondary_id: SecondaryId | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> ConsentUpdateReply:
        """Send ``UpdateMessagingConsentCommand`` and wait for its reply.

        Args:
            customer_number: The customer, by number (found or created).
            channel_number: The org's channel number to use.
            update: The new value.
            customer_id: The customer by id, when customer_number is empty: the consent applies to their number
            secondary_id: The customer by secondary id, when customer_number and customer_id are empty (added by
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            ConsentUpdateReply: Whether the consent change was recorded.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_update_messaging_consent(customer_number, channel_number, update, customer_id, secondary_id, idempotency_key)
        return self._request(command, _parse_update_messaging_consent, timeout)

    def update_messaging_consent_async(
        self,
        *,
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel,
        update: ConsentAction = ConsentAction.UNSPECIFIED,
        customer_id: str = "",
        secondary_id: SecondaryId | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[ConsentUpdateReply]:
        """Like ``update_messaging_consent()``, but return a Future at once (argument errors still raise here)."""
        command = _build_update_messaging_consent(customer_number, channel_number, update, customer_id, secondary_id, idempotency_key)
        return self._request_async(command, _parse_update_messaging_consent, timeout)

    def initiate_payment(
        self,
        *,
        debit_party: PaymentCounterParty,
        credit_party: PaymentCounterParty,
        value: Cash,
        narration: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> InitiatePaymentReply:
        """Send ``InitiatePaymentCommand`` and wait for its reply.

        Args:
            debit_party: Who pays.
            credit_party: Who is paid.
            value: The amount and currency.
            narration: A note recorded with the transaction.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            InitiatePaymentReply: The payment's status (SUCCESS, PENDING_CONFIRMATION, or why it was refused) and id.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_initiate_payment(debit_party, credit_party, value, narration, idempotency_key)
        return self._request(command, _parse_initiate_payment, timeout)

    def initiate_payment_async(
        self,
        *,
        debit_party: PaymentCounterParty,
        credit_party: PaymentCounterParty,
        value: Cash,
        narration: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[InitiatePaymentReply]:
        """Like ``initiate_payment()``, but return a Future at once (argument errors still raise here)."""
        command = _build_initiate_payment(debit_party, credit_party, value, narration, idempotency_key)
        return self._request_async(command, _parse_initiate_payment, timeout)

    def customer_activity(
        self,
        *,
        customer_number: CustomerNumber | None = None,
        source: str = "",
        session_id: str = "",
        key: str = "",
        properties: dict[str, str] | None = None,
        created_at: datetime | None = None,
        customer_id: str = "",
        secondary_id: SecondaryId | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerActivityReply:
        """Send ``CustomerActivityCommand`` and wait for its reply.

        Args:
            customer_number: The customer, by number (found or created).
            source: Where the activity happened (an app, a website).
            session_id: The session the activity or message belongs to.
            key: The reminder's key.
            properties: Free-form string properties.
            created_at: When the activity happened; the runtime's time when unset (added by elarian-sync).
            customer_id: The customer by id, when customer_number is empty (added by elarian-sync).
            secondary_id: The customer by secondary id, when customer_number and customer_id are empty (added by
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerActivityReply: Whether the activity was recorded.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_customer_activity(customer_number, source, session_id, key, properties, created_at, customer_id, secondary_id, idempotency_key)
        return self._request(command, _parse_customer_activity, timeout)

    def customer_activity_async(
        self,
        *,
        customer_number: CustomerNumber | None = None,
        source: str = "",
        session_id: str = "",
        key: str = "",
        properties: dict[str, str] | None = None,
        created_at: datetime | None = None,
        customer_id: str = "",
        secondary_id: SecondaryId | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerActivityReply]:
        """Like ``customer_activity()``, but return a Future at once (argument errors still raise here)."""
        command = _build_customer_activity(customer_number, source, session_id, key, properties, created_at, customer_id, secondary_id, idempotency_key)
        return self._request_async(command, _parse_customer_activity, timeout)

    def replay_messaging_consent_update(
        self,
        *,
        customer_number: CustomerNumber,
        channel_number: MessagingChannel,
        updated_at: datetime | None = None,
        update: ConsentAction = ConsentAction.UNSPECIFIED,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Send ``ReplayMessagingConsentUpdateCommand`` and wait for its reply.

        Args:
            customer_number: The customer, by number (found or created).
            channel_number: The org's channel number to use.
            updated_at: ``updated_at`` of ``ReplayMessagingConsentUpdateCommand``.
            update: The new value.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_replay_messaging_consent_update(customer_number, channel_number, updated_at, update, idempotency_key)
        return self._request(command, _parse_replay_messaging_consent_update, timeout)

    def replay_messaging_consent_update_async(
        self,
        *,
        customer_number: CustomerNumber,
        channel_number: MessagingChannel,
        updated_at: datetime | None = None,
        update: ConsentAction = ConsentAction.UNSPECIFIED,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``replay_messaging_consent_update()``, but return a Future at once (argument errors still raise here)."""
        command = _build_replay_messaging_consent_update(customer_number, channel_number, updated_at, update, idempotency_key)
        return self._request_async(command, _parse_replay_messaging_consent_update, timeout)

    def replay_received_message(
        self,
        *,
        provider_message_id: str = "",
        provider_session_id: str | None = None,
        received_at: datetime | None = None,
        customer_number: CustomerNumber,
        channel_number: MessagingChannel,
        parts: list[InboundMessageBody] | None = None,
        in_reply_to: str | None = None,
        provider: ChannelNumberProvider = ChannelNumberProvider.UNSPECIFIED,
        cost: Cash | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Send ``ReplayReceivedMessageCommand`` and wait for its reply.

        Args:
            provider_message_id: The outside provider's id for the message.
            provider_session_id: The outside provider's id for the session.
            received_at: ``received_at`` of ``ReplayReceivedMessageCommand``.
            customer_number: The customer, by number (found or created).
            channel_number: The org's channel number to use.
            parts: The message's parts (text, media, USSD input, voice input...).
            in_reply_to: ``in_reply_to`` of ``ReplayReceivedMessageCommand``.
            provider: ``provider`` of ``ReplayReceivedMessageCommand``.
            cost: What it cost, if known.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_replay_received_message(provider_message_id, provider_session_id, received_at, customer_number, channel_number, parts, in_reply_to, provider, cost, idempotency_key)
        return self._request(command, _parse_replay_received_message, timeout)

    def replay_received_message_async(
        self,
        *,
        provider_message_id: str = "",
        provider_session_id: str | None = None,
        received_at: datetime | None = None,
        customer_number: CustomerNumber,
        channel_number: MessagingChannel,
        parts: list[InboundMessageBody] | None = None,
        in_reply_to: str | None = None,
        provider: ChannelNumberProvider = ChannelNumberProvider.UNSPECIFIED,
        cost: Cash | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``replay_received_message()``, but return a Future at once (argument errors still raise here)."""
        command = _build_replay_received_message(provider_message_id, provider_session_id, received_at, customer_number, channel_number, parts, in_reply_to, provider, cost, idempotency_key)
        return self._request_async(command, _parse_replay_received_message, timeout)

    def replay_sent_message(
        self,
        *,
        provider_message_id: str = "",
        provider_session_id: str | None = None,
        sent_at: datetime | None = None,
        customer_number: CustomerNumber,
        channel_number: MessagingChannel,
        provider: ChannelNumberProvider = ChannelNumberProvider.UNSPECIFIED,
        message: Message,
        in_reply_to: str | None = None,
        status: MessageDeliveryStatus = MessageDeliveryStatus.UNSPECIFIED,
        cost: Cash | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Send ``ReplaySentMessageCommand`` and wait for its reply.

        Args:
            provider_message_id: The outside provider's id for the message.
            provider_session_id: The outside provider's id for the session.
            sent_at: ``sent_at`` of ``ReplaySentMessageCommand``.
            customer_number: The customer, by number (found or created).
            channel_number: The org's channel number to use.
            provider: ``provider`` of ``ReplaySentMessageCommand``.
            message: The message to send.
            in_reply_to: ``in_reply_to`` of ``ReplaySentMessageCommand``.
            status: The status to record.
            cost: What it cost, if known.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_replay_sent_message(provider_message_id, provider_session_id, sent_at, customer_number, channel_number, provider, message, in_reply_to, status, cost, idempotency_key)
        return self._request(command, _parse_replay_sent_message, timeout)

    def replay_sent_message_async(
        self,
        *,
        provider_message_id: str = "",
        provider_session_id: str | None = None,
        sent_at: datetime | None = None,
        customer_number: CustomerNumber,
        channel_number: MessagingChannel,
        provider: ChannelNumberProvider = ChannelNumberProvider.UNSPECIFIED,
        message: Message,
        in_reply_to: str | None = None,
        status: MessageDeliveryStatus = MessageDeliveryStatus.UNSPECIFIED,
        cost: Cash | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``replay_sent_message()``, but return a Future at once (argument errors still raise here)."""
        command = _build_replay_sent_message(provider_message_id, provider_session_id, sent_at, customer_number, channel_number, provider, message, in_reply_to, status, cost, idempotency_key)
        return self._request_async(command, _parse_replay_sent_message, timeout)

    def replay_message_status_update(
        self,
        *,
        provider_message_id: str = "",
        updated_at: datetime | None = None,
        customer_number: CustomerNumber,
        channel_number: MessagingChannel,
        status: MessageDeliveryStatus = MessageDeliveryStatus.UNSPECIFIED,
        cost: Cash | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Send ``ReplayMessageStatusUpdateCommand`` and wait for its reply.

        Args:
            provider_message_id: The outside provider's id for the message.
            updated_at: ``updated_at`` of ``ReplayMessageStatusUpdateCommand``.
            customer_number: The customer, by number (found or created).
            channel_number: The org's channel number to use.
            status: The status to record.
            cost: What it cost, if known.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_replay_message_status_update(provider_message_id, updated_at, customer_number, channel_number, status, cost, idempotency_key)
        return self._request(command, _parse_replay_message_status_update, timeout)

    def replay_message_status_update_async(
        self,
        *,
        provider_message_id: str = "",
        updated_at: datetime | None = None,
        customer_number: CustomerNumber,
        channel_number: MessagingChannel,
        status: MessageDeliveryStatus = MessageDeliveryStatus.UNSPECIFIED,
        cost: Cash | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``replay_message_status_update()``, but return a Future at once (argument errors still raise here)."""
        command = _build_replay_message_status_update(provider_message_id, updated_at, customer_number, channel_number, status, cost, idempotency_key)
        return self._request_async(command, _parse_replay_message_status_update, timeout)

    def replay_message_reaction_update(
        self,
        *,
        provider_message_id: str = "",
        updated_at: datetime | None = None,
        customer_number: CustomerNumber,
        channel_number: MessagingChannel,
        reaction: MessageReaction = MessageReaction.UNSPECIFIED,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Send ``ReplayMessageReactionUpdateCommand`` and wait for its reply.

        Args:
            provider_message_id: The outside provider's id for the message.
            updated_at: ``updated_at`` of ``ReplayMessageReactionUpdateCommand``.
            customer_number: The customer, by number (found or created).
            channel_number: The org's channel number to use.
            reaction: ``reaction`` of ``ReplayMessageReactionUpdateCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_replay_message_reaction_update(provider_message_id, updated_at, customer_number, channel_number, reaction, idempotency_key)
        return self._request(command, _parse_replay_message_reaction_update, timeout)

    def replay_message_reaction_update_async(
        self,
        *,
        provider_message_id: str = "",
        updated_at: datetime | None = None,
        customer_number: CustomerNumber,
        channel_number: MessagingChannel,
        reaction: MessageReaction = MessageReaction.UNSPECIFIED,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``replay_message_reaction_update()``, but return a Future at once (argument errors still raise here)."""
        command = _build_replay_message_reaction_update(provider_message_id, updated_at, customer_number, channel_number, reaction, idempotency_key)
        return self._request_async(command, _parse_replay_message_reaction_update, timeout)

    def replay_messaging_session(
        self,
        *,
        provider_session_id: str = "",
        customer_number: CustomerNumber,
        channel_number: MessagingChannel,
        started_at: datetime | None = None,
        duration: timedelta | None = None,
        end_reason: MessagingSessionEndReason = MessagingSessionEndReason.UNSPECIFIED,
        cost: Cash | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Send ``ReplayMessagingSessionCommand`` and wait for its reply.

        Args:
            provider_session_id: The outside provider's id for the session.
            customer_number: The customer, by number (found or created).
            channel_number: The org's channel number to use.
            started_at: ``started_at`` of ``ReplayMessagingSessionCommand``.
            duration: ``duration`` of ``ReplayMessagingSessionCommand``.
            end_reason: ``end_reason`` of ``ReplayMessagingSessionCommand``.
            cost: What it cost, if known.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_replay_messaging_session(provider_session_id, customer_number, channel_number, started_at, duration, end_reason, cost, idempotency_key)
        return self._request(command, _parse_replay_messaging_session, timeout)

    def replay_messaging_session_async(
        self,
        *,
        provider_session_id: str = "",
        customer_number: CustomerNumber,
        channel_number: MessagingChannel,
        started_at: datetime | None = None,
        duration: timedelta | None = None,
        end_reason: MessagingSessionEndReason = MessagingSessionEndReason.UNSPECIFIED,
        cost: Cash | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``replay_messaging_session()``, but return a Future at once (argument errors still raise here)."""
        command = _build_replay_messaging_session(provider_session_id, customer_number, channel_number, started_at, duration, end_reason, cost, idempotency_key)
        return self._request_async(command, _parse_replay_messaging_session, timeout)

    def replay_payment(
        self,
        *,
        provider_transaction_id: str = "",
        created_at: datetime | None = None,
        debit_party: PaymentCounterParty,
        credit_party: PaymentCounterParty,
        status: PaymentStatus = PaymentStatus.UNSPECIFIED,
        value: Cash,
        narration: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> ReplayPaymentReply:
        """Send ``ReplayPaymentCommand`` and wait for its reply.

        Args:
            provider_transaction_id: The outside provider's id for the transaction.
            created_at: ``created_at`` of ``ReplayPaymentCommand``.
            debit_party: Who pays.
            credit_party: Who is paid.
            status: The status to record.
            value: The amount and currency.
            narration: A note recorded with the transaction.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            ReplayPaymentReply: Whether the replayed payment was recorded.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_replay_payment(provider_transaction_id, created_at, debit_party, credit_party, status, value, narration, idempotency_key)
        return self._request(command, _parse_replay_payment, timeout)

    def replay_payment_async(
        self,
        *,
        provider_transaction_id: str = "",
        created_at: datetime | None = None,
        debit_party: PaymentCounterParty,
        credit_party: PaymentCounterParty,
        status: PaymentStatus = PaymentStatus.UNSPECIFIED,
        value: Cash,
        narration: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[ReplayPaymentReply]:
        """Like ``replay_payment()``, but return a Future at once (argument errors still raise here)."""
        command = _build_replay_payment(provider_transaction_id, created_at, debit_party, credit_party, status, value, narration, idempotency_key)
        return self._request_async(command, _parse_replay_payment, timeout)

    def replay_payment_status_update(
        self,
        *,
        customer_number: CustomerNumber,
        provider_transaction_id: str = "",
        updated_at: datetime | None = None,
        status: PaymentStatus = PaymentStatus.UNSPECIFIED,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> ReplayPaymentReply:
        """Send ``ReplayPaymentStatusUpdateCommand`` and wait for its reply.

        Args:
            customer_number: The customer, by number (found or created).
            provider_transaction_id: The outside provider's id for the transaction.
            updated_at: ``updated_at`` of ``ReplayPaymentStatusUpdateCommand``.
            status: The status to record.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            ReplayPaymentReply: Whether the replayed payment was recorded.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_replay_payment_status_update(customer_number, provider_transaction_id, updated_at, status, idempotency_key)
        return self._request(command, _parse_replay_payment_status_update, timeout)

    def replay_payment_status_update_async(
        self,
        *,
        customer_number: CustomerNumber,
        provider_transaction_id: str = "",
        updated_at: datetime | None = None,
        status: PaymentStatus = PaymentStatus.UNSPECIFIED,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[ReplayPaymentReply]:
        """Like ``replay_payment_status_update()``, but return a Future at once (argument errors still raise here)."""
        command = _build_replay_payment_status_update(customer_number, provider_transaction_id, updated_at, status, idempotency_key)
        return self._request_async(command, _parse_replay_payment_status_update, timeout)

    def delete_customer(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CustomerStateUpdateReply:
        """Erase a customer. Added by elarian-sync; answered with UpdateCustomerStateReply.

        Args:
            customer_id: The customer, by the id the runtime gave it (el_cst_...). One of: customer_id, customer_number.
            customer_number: The customer, by number (found or created). One of: customer_id, customer_number.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CustomerStateUpdateReply: The common answer to commands that change a customer.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_delete_customer(customer_id, customer_number, idempotency_key)
        return self._request(command, _parse_delete_customer, timeout)

    def delete_customer_async(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CustomerStateUpdateReply]:
        """Like ``delete_customer()``, but return a Future at once (argument errors still raise here)."""
        command = _build_delete_customer(customer_id, customer_number, idempotency_key)
        return self._request_async(command, _parse_delete_customer, timeout)

    def save_template(
        self,
        *,
        template_id: str = "",
        name: str = "",
        description: str = "",
        tags: list[str] | None = None,
        channel: CommsChannel = CommsChannel.UNSPECIFIED,
        variants: list[TemplateVariant] | None = None,
        variables: list[str] | None = None,
        default_language: str = "",
        from_address: str = "",
        reply_to: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> TemplateReply:
        """Create a template (template_id empty) or save a new version of one. Refused, and nothing
        saved, if a variant does not parse or uses a variable that is not known (named, with its
        line).

        Args:
            template_id: ``template_id`` of ``SaveTemplateCommand``.
            name: ``name`` of ``SaveTemplateCommand``.
            description: ``description`` of ``SaveTemplateCommand``.
            tags: ``tags`` of ``SaveTemplateCommand``.
            channel: ``channel`` of ``SaveTemplateCommand``.
            variants: ``variants`` of ``SaveTemplateCommand``.
            variables: ``variables`` of ``SaveTemplateCommand``.
            default_language: ``default_language`` of ``SaveTemplateCommand``.
            from_address: ``from_address`` of ``SaveTemplateCommand``.
            reply_to: ``reply_to`` of ``SaveTemplateCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            TemplateReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_save_template(template_id, name, description, tags, channel, variants, variables, default_language, from_address, reply_to, idempotency_key)
        return self._request(command, _parse_save_template, timeout)

    def save_template_async(
        self,
        *,
        template_id: str = "",
        name: str = "",
        description: str = "",
        tags: list[str] | None = None,
        channel: CommsChannel = CommsChannel.UNSPECIFIED,
        variants: list[TemplateVariant] | None = None,
        variables: list[str] | None = None,
        default_language: str = "",
        from_address: str = "",
        reply_to: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[TemplateReply]:
        """Like ``save_template()``, but return a Future at once (argument errors still raise here)."""
        command = _build_save_template(template_id, name, description, tags, channel, variants, variables, default_language, from_address, reply_to, idempotency_key)
        return self._request_async(command, _parse_save_template, timeout)

    def get_template(
        self,
        *,
        template_id: str = "",
        version: int = 0,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> TemplateReply:
        """A template, its latest version or the one named.

        Args:
            template_id: ``template_id`` of ``GetTemplateCommand``.
            version: ``version`` of ``GetTemplateCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            TemplateReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_get_template(template_id, version, idempotency_key)
        return self._request(command, _parse_get_template, timeout)

    def get_template_async(
        self,
        *,
        template_id: str = "",
        version: int = 0,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[TemplateReply]:
        """Like ``get_template()``, but return a Future at once (argument errors still raise here)."""
        command = _build_get_template(template_id, version, idempotency_key)
        return self._request_async(command, _parse_get_template, timeout)

    def list_templates(
        self,
        *,
        tag: str = "",
        channel: CommsChannel = CommsChannel.UNSPECIFIED,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> TemplateListReply:
        """The org's templates (latest versions), those with a tag if one is given.

        Args:
            tag: The tag whose holders the command applies to.
            channel: ``channel`` of ``ListTemplatesCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            TemplateListReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_list_templates(tag, channel, idempotency_key)
        return self._request(command, _parse_list_templates, timeout)

    def list_templates_async(
        self,
        *,
        tag: str = "",
        channel: CommsChannel = CommsChannel.UNSPECIFIED,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[TemplateListReply]:
        """Like ``list_templates()``, but return a Future at once (argument errors still raise here)."""
        command = _build_list_templates(tag, channel, idempotency_key)
        return self._request_async(command, _parse_list_templates, timeout)

    def preview_template(
        self,
        *,
        template_id: str = "",
        version: int = 0,
        language: str = "",
        variables: dict[str, str] | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> PreviewTemplateReply:
        """Render a template with sample variables, as a send would.

        Args:
            template_id: ``template_id`` of ``PreviewTemplateCommand``.
            version: ``version`` of ``PreviewTemplateCommand``.
            language: ``language`` of ``PreviewTemplateCommand``.
            variables: ``variables`` of ``PreviewTemplateCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            PreviewTemplateReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_preview_template(template_id, version, language, variables, idempotency_key)
        return self._request(command, _parse_preview_template, timeout)

    def preview_template_async(
        self,
        *,
        template_id: str = "",
        version: int = 0,
        language: str = "",
        variables: dict[str, str] | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[PreviewTemplateReply]:
        """Like ``preview_template()``, but return a Future at once (argument errors still raise here)."""
        command = _build_preview_template(template_id, version, language, variables, idempotency_key)
        return self._request_async(command, _parse_preview_template, timeout)

    def delete_template(
        self,
        *,
        template_id: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CommsReply:
        """Delete a template (every version); refused while an event links it.

        Args:
            template_id: ``template_id`` of ``DeleteTemplateCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CommsReply: The reply of a command that changes something and returns nothing else.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_delete_template(template_id, idempotency_key)
        return self._request(command, _parse_delete_template, timeout)

    def delete_template_async(
        self,
        *,
        template_id: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CommsReply]:
        """Like ``delete_template()``, but return a Future at once (argument errors still raise here)."""
        command = _build_delete_template(template_id, idempotency_key)
        return self._request_async(command, _parse_delete_template, timeout)

    def set_global_variable(
        self,
        *,
        name: str = "",
        value: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> GlobalVariablesReply:
        """Set an editable global variable (an org admin key).

        Args:
            name: ``name`` of ``SetGlobalVariableCommand``.
            value: The amount and currency.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            GlobalVariablesReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_set_global_variable(name, value, idempotency_key)
        return self._request(command, _parse_set_global_variable, timeout)

    def set_global_variable_async(
        self,
        *,
        name: str = "",
        value: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[GlobalVariablesReply]:
        """Like ``set_global_variable()``, but return a Future at once (argument errors still raise here)."""
        command = _build_set_global_variable(name, value, idempotency_key)
        return self._request_async(command, _parse_set_global_variable, timeout)

    def delete_global_variable(
        self,
        *,
        name: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> GlobalVariablesReply:
        """Remove an editable global variable (an org admin key); refused while a template uses it.

        Args:
            name: ``name`` of ``DeleteGlobalVariableCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            GlobalVariablesReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_delete_global_variable(name, idempotency_key)
        return self._request(command, _parse_delete_global_variable, timeout)

    def delete_global_variable_async(
        self,
        *,
        name: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[GlobalVariablesReply]:
        """Like ``delete_global_variable()``, but return a Future at once (argument errors still raise here)."""
        command = _build_delete_global_variable(name, idempotency_key)
        return self._request_async(command, _parse_delete_global_variable, timeout)

    def list_global_variables(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> GlobalVariablesReply:
        """Send ``ListGlobalVariablesCommand`` and wait for its reply.

        Args:
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            GlobalVariablesReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_list_global_variables(idempotency_key)
        return self._request(command, _parse_list_global_variables, timeout)

    def list_global_variables_async(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[GlobalVariablesReply]:
        """Like ``list_global_variables()``, but return a Future at once (argument errors still raise here)."""
        command = _build_list_global_variables(idempotency_key)
        return self._request_async(command, _parse_list_global_variables, timeout)

    def save_event(
        self,
        *,
        event: CommsEvent,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> EventReply:
        """Create or change an event. Refused if a linked template uses a variable the event, the
        template and the globals do not give.

        Args:
            event: ``event`` of ``SaveEventCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            EventReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_save_event(event, idempotency_key)
        return self._request(command, _parse_save_event, timeout)

    def save_event_async(
        self,
        *,
        event: CommsEvent,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[EventReply]:
        """Like ``save_event()``, but return a Future at once (argument errors still raise here)."""
        command = _build_save_event(event, idempotency_key)
        return self._request_async(command, _parse_save_event, timeout)

    def delete_event(
        self,
        *,
        name: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CommsReply:
        """Send ``DeleteEventCommand`` and wait for its reply.

        Args:
            name: ``name`` of ``DeleteEventCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CommsReply: The reply of a command that changes something and returns nothing else.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_delete_event(name, idempotency_key)
        return self._request(command, _parse_delete_event, timeout)

    def delete_event_async(
        self,
        *,
        name: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CommsReply]:
        """Like ``delete_event()``, but return a Future at once (argument errors still raise here)."""
        command = _build_delete_event(name, idempotency_key)
        return self._request_async(command, _parse_delete_event, timeout)

    def list_events(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> EventListReply:
        """Send ``ListEventsCommand`` and wait for its reply.

        Args:
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            EventListReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_list_events(idempotency_key)
        return self._request(command, _parse_list_events, timeout)

    def list_events_async(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[EventListReply]:
        """Like ``list_events()``, but return a Future at once (argument errors still raise here)."""
        command = _build_list_events(idempotency_key)
        return self._request_async(command, _parse_list_events, timeout)

    def trigger_event(
        self,
        *,
        event: str = "",
        recipient: CommsRecipient,
        variables: dict[str, str] | None = None,
        queue: bool = False,
        language: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CommsSendReply:
        """Trigger an event for a customer or an address: its linked templates are rendered and sent
        (now, or queued when async).

        Args:
            event: ``event`` of ``TriggerEventCommand``.
            recipient: ``recipient`` of ``TriggerEventCommand``.
            variables: ``variables`` of ``TriggerEventCommand``.
            queue: queue it and answer at once (async); false: send within the request
            language: ``language`` of ``TriggerEventCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CommsSendReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_trigger_event(event, recipient, variables, queue, language, idempotency_key)
        return self._request(command, _parse_trigger_event, timeout)

    def trigger_event_async(
        self,
        *,
        event: str = "",
        recipient: CommsRecipient,
        variables: dict[str, str] | None = None,
        queue: bool = False,
        language: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CommsSendReply]:
        """Like ``trigger_event()``, but return a Future at once (argument errors still raise here)."""
        command = _build_trigger_event(event, recipient, variables, queue, language, idempotency_key)
        return self._request_async(command, _parse_trigger_event, timeout)

    def subscribe_event(
        self,
        *,
        event: str = "",
        recipient: CommsRecipient,
        subscribe: bool = False,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CommsReply:
        """A customer opts in to (subscribe) or out of an event.

        Args:
            event: ``event`` of ``SubscribeEventCommand``.
            recipient: ``recipient`` of ``SubscribeEventCommand``.
            subscribe: ``subscribe`` of ``SubscribeEventCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CommsReply: The reply of a command that changes something and returns nothing else.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_subscribe_event(event, recipient, subscribe, idempotency_key)
        return self._request(command, _parse_subscribe_event, timeout)

    def subscribe_event_async(
        self,
        *,
        event: str = "",
        recipient: CommsRecipient,
        subscribe: bool = False,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CommsReply]:
        """Like ``subscribe_event()``, but return a Future at once (argument errors still raise here)."""
        command = _build_subscribe_event(event, recipient, subscribe, idempotency_key)
        return self._request_async(command, _parse_subscribe_event, timeout)

    def send_template(
        self,
        *,
        template_id: str = "",
        recipient: CommsRecipient,
        variables: dict[str, str] | None = None,
        category: CommsCategory = CommsCategory.UNSPECIFIED,
        queue: bool = False,
        language: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CommsSendReply:
        """Send a template to a customer or an address, now or queued (async).

        Args:
            template_id: ``template_id`` of ``SendTemplateCommand``.
            recipient: ``recipient`` of ``SendTemplateCommand``.
            variables: ``variables`` of ``SendTemplateCommand``.
            category: ``category`` of ``SendTemplateCommand``.
            queue: queue it and answer at once (async); false: send within the request
            language: ``language`` of ``SendTemplateCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CommsSendReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_send_template(template_id, recipient, variables, category, queue, language, idempotency_key)
        return self._request(command, _parse_send_template, timeout)

    def send_template_async(
        self,
        *,
        template_id: str = "",
        recipient: CommsRecipient,
        variables: dict[str, str] | None = None,
        category: CommsCategory = CommsCategory.UNSPECIFIED,
        queue: bool = False,
        language: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CommsSendReply]:
        """Like ``send_template()``, but return a Future at once (argument errors still raise here)."""
        command = _build_send_template(template_id, recipient, variables, category, queue, language, idempotency_key)
        return self._request_async(command, _parse_send_template, timeout)

    def set_otp_config(
        self,
        *,
        config: OtpConfig,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> OtpConfigsReply:
        """Create or change an OTP config (an org admin key).

        Args:
            config: ``config`` of ``SetOtpConfigCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            OtpConfigsReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_set_otp_config(config, idempotency_key)
        return self._request(command, _parse_set_otp_config, timeout)

    def set_otp_config_async(
        self,
        *,
        config: OtpConfig,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[OtpConfigsReply]:
        """Like ``set_otp_config()``, but return a Future at once (argument errors still raise here)."""
        command = _build_set_otp_config(config, idempotency_key)
        return self._request_async(command, _parse_set_otp_config, timeout)

    def list_otp_configs(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> OtpConfigsReply:
        """Send ``ListOtpConfigsCommand`` and wait for its reply.

        Args:
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            OtpConfigsReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_list_otp_configs(idempotency_key)
        return self._request(command, _parse_list_otp_configs, timeout)

    def list_otp_configs_async(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[OtpConfigsReply]:
        """Like ``list_otp_configs()``, but return a Future at once (argument errors still raise here)."""
        command = _build_list_otp_configs(idempotency_key)
        return self._request_async(command, _parse_list_otp_configs, timeout)

    def send_otp(
        self,
        *,
        config: str = "",
        recipient: CommsRecipient,
        variables: dict[str, str] | None = None,
        language: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> SendOtpReply:
        """Send a new code (a code sent earlier to the same recipient under the same config stops
        working).

        Args:
            config: ``config`` of ``SendOtpCommand``.
            recipient: ``recipient`` of ``SendOtpCommand``.
            variables: ``variables`` of ``SendOtpCommand``.
            language: ``language`` of ``SendOtpCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            SendOtpReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_send_otp(config, recipient, variables, language, idempotency_key)
        return self._request(command, _parse_send_otp, timeout)

    def send_otp_async(
        self,
        *,
        config: str = "",
        recipient: CommsRecipient,
        variables: dict[str, str] | None = None,
        language: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[SendOtpReply]:
        """Like ``send_otp()``, but return a Future at once (argument errors still raise here)."""
        command = _build_send_otp(config, recipient, variables, language, idempotency_key)
        return self._request_async(command, _parse_send_otp, timeout)

    def verify_otp(
        self,
        *,
        otp_id: str = "",
        code: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> VerifyOtpReply:
        """Send ``VerifyOtpCommand`` and wait for its reply.

        Args:
            otp_id: ``otp_id`` of ``VerifyOtpCommand``.
            code: ``code`` of ``VerifyOtpCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            VerifyOtpReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_verify_otp(otp_id, code, idempotency_key)
        return self._request(command, _parse_verify_otp, timeout)

    def verify_otp_async(
        self,
        *,
        otp_id: str = "",
        code: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[VerifyOtpReply]:
        """Like ``verify_otp()``, but return a Future at once (argument errors still raise here)."""
        command = _build_verify_otp(otp_id, code, idempotency_key)
        return self._request_async(command, _parse_verify_otp, timeout)

    def list_providers(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> ProvidersReply:
        """Send ``ListProvidersCommand`` and wait for its reply.

        Args:
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            ProvidersReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_list_providers(idempotency_key)
        return self._request(command, _parse_list_providers, timeout)

    def list_providers_async(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[ProvidersReply]:
        """Like ``list_providers()``, but return a Future at once (argument errors still raise here)."""
        command = _build_list_providers(idempotency_key)
        return self._request_async(command, _parse_list_providers, timeout)

    def test_provider(
        self,
        *,
        name: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CommsReply:
        """Try a provider's settings (connect, log in) without sending anything (an org admin key).

        Args:
            name: ``name`` of ``TestProviderCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CommsReply: The reply of a command that changes something and returns nothing else.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_test_provider(name, idempotency_key)
        return self._request(command, _parse_test_provider, timeout)

    def test_provider_async(
        self,
        *,
        name: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CommsReply]:
        """Like ``test_provider()``, but return a Future at once (argument errors still raise here)."""
        command = _build_test_provider(name, idempotency_key)
        return self._request_async(command, _parse_test_provider, timeout)

    def set_provider(
        self,
        *,
        provider: ProviderInfo,
        secret: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> ProvidersReply:
        """Add or change a provider (an org admin key). Its secret (password, API key) is write-only:
        never given back, never logged; empty keeps the one it has.

        Args:
            provider: ``provider`` of ``SetProviderCommand``.
            secret: ``secret`` of ``SetProviderCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            ProvidersReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_set_provider(provider, secret, idempotency_key)
        return self._request(command, _parse_set_provider, timeout)

    def set_provider_async(
        self,
        *,
        provider: ProviderInfo,
        secret: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[ProvidersReply]:
        """Like ``set_provider()``, but return a Future at once (argument errors still raise here)."""
        command = _build_set_provider(provider, secret, idempotency_key)
        return self._request_async(command, _parse_set_provider, timeout)

    def delete_provider(
        self,
        *,
        name: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> ProvidersReply:
        """Remove a provider added through the API (an org admin key); refused while a default names it.

        Args:
            name: ``name`` of ``DeleteProviderCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            ProvidersReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_delete_provider(name, idempotency_key)
        return self._request(command, _parse_delete_provider, timeout)

    def delete_provider_async(
        self,
        *,
        name: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[ProvidersReply]:
        """Like ``delete_provider()``, but return a Future at once (argument errors still raise here)."""
        command = _build_delete_provider(name, idempotency_key)
        return self._request_async(command, _parse_delete_provider, timeout)

    def set_provider_defaults(
        self,
        *,
        defaults: ProviderDefaults,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> ProvidersReply:
        """Set the providers a category's sends on a channel try, in order (an org admin key); none: the
        config's, else the providers bound to the sender number, else the simulator.

        Args:
            defaults: ``defaults`` of ``SetProviderDefaultsCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            ProvidersReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_set_provider_defaults(defaults, idempotency_key)
        return self._request(command, _parse_set_provider_defaults, timeout)

    def set_provider_defaults_async(
        self,
        *,
        defaults: ProviderDefaults,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[ProvidersReply]:
        """Like ``set_provider_defaults()``, but return a Future at once (argument errors still raise here)."""
        command = _build_set_provider_defaults(defaults, idempotency_key)
        return self._request_async(command, _parse_set_provider_defaults, timeout)

    def query_reports(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        channel: CommsChannel = CommsChannel.UNSPECIFIED,
        address: str = "",
        outcome: ReportOutcome = ReportOutcome.ANY,
        template_id: str = "",
        job_id: str = "",
        campaign_id: str = "",
        cursor: str = "",
        limit: int = 0,
        event: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> ReportsReply:
        """Reports of a date range (required), filtered, newest first, in pages: pass a reply's
        next_cursor to get the page after it.

        Args:
            since: ``since`` of ``QueryReportsCommand``.
            until: ``until`` of ``QueryReportsCommand``.
            channel: unspecified: both
            address: ``address`` of ``QueryReportsCommand``.
            outcome: ``outcome`` of ``QueryReportsCommand``.
            template_id: ``template_id`` of ``QueryReportsCommand``.
            job_id: ``job_id`` of ``QueryReportsCommand``.
            campaign_id: ``campaign_id`` of ``QueryReportsCommand``.
            cursor: ``cursor`` of ``QueryReportsCommand``.
            limit: default 100, at most 1000
            event: ``event`` of ``QueryReportsCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            ReportsReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_query_reports(since, until, channel, address, outcome, template_id, job_id, campaign_id, cursor, limit, event, idempotency_key)
        return self._request(command, _parse_query_reports, timeout)

    def query_reports_async(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        channel: CommsChannel = CommsChannel.UNSPECIFIED,
        address: str = "",
        outcome: ReportOutcome = ReportOutcome.ANY,
        template_id: str = "",
        job_id: str = "",
        campaign_id: str = "",
        cursor: str = "",
        limit: int = 0,
        event: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[ReportsReply]:
        """Like ``query_reports()``, but return a Future at once (argument errors still raise here)."""
        command = _build_query_reports(since, until, channel, address, outcome, template_id, job_id, campaign_id, cursor, limit, event, idempotency_key)
        return self._request_async(command, _parse_query_reports, timeout)

    def create_audience(
        self,
        *,
        name: str = "",
        columns: list[str] | None = None,
        phone_column: str = "",
        email_column: str = "",
        region: str = "",
        customer_tag: SecondaryId | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> AudienceReply:
        """Create an audience: to import a CSV, name its columns (its header, in order) and which hold
        the phone number and the email address (at least one); or draw it at once from the customers
        with a tag (its value empty: any value).

        Args:
            name: ``name`` of ``CreateAudienceCommand``.
            columns: ``columns`` of ``CreateAudienceCommand``.
            phone_column: ``phone_column`` of ``CreateAudienceCommand``.
            email_column: ``email_column`` of ``CreateAudienceCommand``.
            region: empty: the org's
            customer_tag: ``customer_tag`` of ``CreateAudienceCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            AudienceReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_create_audience(name, columns, phone_column, email_column, region, customer_tag, idempotency_key)
        return self._request(command, _parse_create_audience, timeout)

    def create_audience_async(
        self,
        *,
        name: str = "",
        columns: list[str] | None = None,
        phone_column: str = "",
        email_column: str = "",
        region: str = "",
        customer_tag: SecondaryId | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[AudienceReply]:
        """Like ``create_audience()``, but return a Future at once (argument errors still raise here)."""
        command = _build_create_audience(name, columns, phone_column, email_column, region, customer_tag, idempotency_key)
        return self._request_async(command, _parse_create_audience, timeout)

    def import_audience_chunk(
        self,
        *,
        audience_id: str = "",
        chunk: int = 0,
        rows: list[AudienceRow] | None = None,
        last: bool = False,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> AudienceReply:
        """The next chunk of an import's rows. Chunks are numbered from 0 and taken in order: one the
        audience has already taken is answered as it stands and changes nothing (a retry after a
        dropped connection), one past the next is refused.

        Args:
            audience_id: ``audience_id`` of ``ImportAudienceChunkCommand``.
            chunk: ``chunk`` of ``ImportAudienceChunkCommand``.
            rows: ``rows`` of ``ImportAudienceChunkCommand``.
            last: the import is complete: the audience is ready
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            AudienceReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_import_audience_chunk(audience_id, chunk, rows, last, idempotency_key)
        return self._request(command, _parse_import_audience_chunk, timeout)

    def import_audience_chunk_async(
        self,
        *,
        audience_id: str = "",
        chunk: int = 0,
        rows: list[AudienceRow] | None = None,
        last: bool = False,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[AudienceReply]:
        """Like ``import_audience_chunk()``, but return a Future at once (argument errors still raise here)."""
        command = _build_import_audience_chunk(audience_id, chunk, rows, last, idempotency_key)
        return self._request_async(command, _parse_import_audience_chunk, timeout)

    def get_audience(
        self,
        *,
        audience_id: str = "",
        name: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> AudienceReply:
        """An audience by id, or by name.

        Args:
            audience_id: ``audience_id`` of ``GetAudienceCommand``.
            name: ``name`` of ``GetAudienceCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            AudienceReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_get_audience(audience_id, name, idempotency_key)
        return self._request(command, _parse_get_audience, timeout)

    def get_audience_async(
        self,
        *,
        audience_id: str = "",
        name: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[AudienceReply]:
        """Like ``get_audience()``, but return a Future at once (argument errors still raise here)."""
        command = _build_get_audience(audience_id, name, idempotency_key)
        return self._request_async(command, _parse_get_audience, timeout)

    def list_audiences(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> AudienceListReply:
        """Send ``ListAudiencesCommand`` and wait for its reply.

        Args:
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            AudienceListReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_list_audiences(idempotency_key)
        return self._request(command, _parse_list_audiences, timeout)

    def list_audiences_async(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[AudienceListReply]:
        """Like ``list_audiences()``, but return a Future at once (argument errors still raise here)."""
        command = _build_list_audiences(idempotency_key)
        return self._request_async(command, _parse_list_audiences, timeout)

    def delete_audience(
        self,
        *,
        audience_id: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CommsReply:
        """Delete an audience and its contacts; refused while a campaign that has not ended uses it.

        Args:
            audience_id: ``audience_id`` of ``DeleteAudienceCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CommsReply: The reply of a command that changes something and returns nothing else.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_delete_audience(audience_id, idempotency_key)
        return self._request(command, _parse_delete_audience, timeout)

    def delete_audience_async(
        self,
        *,
        audience_id: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CommsReply]:
        """Like ``delete_audience()``, but return a Future at once (argument errors still raise here)."""
        command = _build_delete_audience(audience_id, idempotency_key)
        return self._request_async(command, _parse_delete_audience, timeout)

    def list_audience_rejects(
        self,
        *,
        audience_id: str = "",
        cursor: str = "",
        limit: int = 0,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> AudienceRejectsReply:
        """An import's rejected rows, by line, in pages.

        Args:
            audience_id: ``audience_id`` of ``ListAudienceRejectsCommand``.
            cursor: ``cursor`` of ``ListAudienceRejectsCommand``.
            limit: default 1000, at most 10000
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            AudienceRejectsReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_list_audience_rejects(audience_id, cursor, limit, idempotency_key)
        return self._request(command, _parse_list_audience_rejects, timeout)

    def list_audience_rejects_async(
        self,
        *,
        audience_id: str = "",
        cursor: str = "",
        limit: int = 0,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[AudienceRejectsReply]:
        """Like ``list_audience_rejects()``, but return a Future at once (argument errors still raise here)."""
        command = _build_list_audience_rejects(audience_id, cursor, limit, idempotency_key)
        return self._request_async(command, _parse_list_audience_rejects, timeout)

    def list_audience_members(
        self,
        *,
        audience_id: str = "",
        cursor: str = "",
        limit: int = 0,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> AudienceMembersReply:
        """An audience's contacts, in import order, in pages.

        Args:
            audience_id: ``audience_id`` of ``ListAudienceMembersCommand``.
            cursor: ``cursor`` of ``ListAudienceMembersCommand``.
            limit: default 1000, at most 10000
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            AudienceMembersReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_list_audience_members(audience_id, cursor, limit, idempotency_key)
        return self._request(command, _parse_list_audience_members, timeout)

    def list_audience_members_async(
        self,
        *,
        audience_id: str = "",
        cursor: str = "",
        limit: int = 0,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[AudienceMembersReply]:
        """Like ``list_audience_members()``, but return a Future at once (argument errors still raise here)."""
        command = _build_list_audience_members(audience_id, cursor, limit, idempotency_key)
        return self._request_async(command, _parse_list_audience_members, timeout)

    def save_campaign(
        self,
        *,
        campaign: Campaign,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CampaignReply:
        """Create a campaign (campaign_id empty: a draft), or change one while it is a draft or paused.
        Refused, and nothing saved, if the template uses a variable neither the audience's columns
        nor the globals give (the names listed).

        Args:
            campaign: ``campaign`` of ``SaveCampaignCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CampaignReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_save_campaign(campaign, idempotency_key)
        return self._request(command, _parse_save_campaign, timeout)

    def save_campaign_async(
        self,
        *,
        campaign: Campaign,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CampaignReply]:
        """Like ``save_campaign()``, but return a Future at once (argument errors still raise here)."""
        command = _build_save_campaign(campaign, idempotency_key)
        return self._request_async(command, _parse_save_campaign, timeout)

    def get_campaign(
        self,
        *,
        campaign_id: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CampaignReply:
        """Send ``GetCampaignCommand`` and wait for its reply.

        Args:
            campaign_id: ``campaign_id`` of ``GetCampaignCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CampaignReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_get_campaign(campaign_id, idempotency_key)
        return self._request(command, _parse_get_campaign, timeout)

    def get_campaign_async(
        self,
        *,
        campaign_id: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CampaignReply]:
        """Like ``get_campaign()``, but return a Future at once (argument errors still raise here)."""
        command = _build_get_campaign(campaign_id, idempotency_key)
        return self._request_async(command, _parse_get_campaign, timeout)

    def list_campaigns(
        self,
        *,
        state: CampaignState = CampaignState.UNSPECIFIED,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CampaignListReply:
        """Send ``ListCampaignsCommand`` and wait for its reply.

        Args:
            state: unspecified: every state
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CampaignListReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_list_campaigns(state, idempotency_key)
        return self._request(command, _parse_list_campaigns, timeout)

    def list_campaigns_async(
        self,
        *,
        state: CampaignState = CampaignState.UNSPECIFIED,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CampaignListReply]:
        """Like ``list_campaigns()``, but return a Future at once (argument errors still raise here)."""
        command = _build_list_campaigns(state, idempotency_key)
        return self._request_async(command, _parse_list_campaigns, timeout)

    def start_campaign(
        self,
        *,
        campaign_id: str = "",
        at: datetime | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CampaignReply:
        """Start a draft (an org admin key): at `at` on the runtime's clock, or now.

        Args:
            campaign_id: ``campaign_id`` of ``StartCampaignCommand``.
            at: ``at`` of ``StartCampaignCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CampaignReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_start_campaign(campaign_id, at, idempotency_key)
        return self._request(command, _parse_start_campaign, timeout)

    def start_campaign_async(
        self,
        *,
        campaign_id: str = "",
        at: datetime | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CampaignReply]:
        """Like ``start_campaign()``, but return a Future at once (argument errors still raise here)."""
        command = _build_start_campaign(campaign_id, at, idempotency_key)
        return self._request_async(command, _parse_start_campaign, timeout)

    def pause_campaign(
        self,
        *,
        campaign_id: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CampaignReply:
        """Pause a scheduled or running campaign: nothing more is sent until it resumes.

        Args:
            campaign_id: ``campaign_id`` of ``PauseCampaignCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CampaignReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_pause_campaign(campaign_id, idempotency_key)
        return self._request(command, _parse_pause_campaign, timeout)

    def pause_campaign_async(
        self,
        *,
        campaign_id: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CampaignReply]:
        """Like ``pause_campaign()``, but return a Future at once (argument errors still raise here)."""
        command = _build_pause_campaign(campaign_id, idempotency_key)
        return self._request_async(command, _parse_pause_campaign, timeout)

    def resume_campaign(
        self,
        *,
        campaign_id: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CampaignReply:
        """Resume a paused campaign (an org admin key).

        Args:
            campaign_id: ``campaign_id`` of ``ResumeCampaignCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CampaignReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_resume_campaign(campaign_id, idempotency_key)
        return self._request(command, _parse_resume_campaign, timeout)

    def resume_campaign_async(
        self,
        *,
        campaign_id: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CampaignReply]:
        """Like ``resume_campaign()``, but return a Future at once (argument errors still raise here)."""
        command = _build_resume_campaign(campaign_id, idempotency_key)
        return self._request_async(command, _parse_resume_campaign, timeout)

    def cancel_campaign(
        self,
        *,
        campaign_id: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CampaignReply:
        """Cancel a campaign that has not ended: what it queued is skipped, the rest never sent.

        Args:
            campaign_id: ``campaign_id`` of ``CancelCampaignCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CampaignReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_cancel_campaign(campaign_id, idempotency_key)
        return self._request(command, _parse_cancel_campaign, timeout)

    def cancel_campaign_async(
        self,
        *,
        campaign_id: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CampaignReply]:
        """Like ``cancel_campaign()``, but return a Future at once (argument errors still raise here)."""
        command = _build_cancel_campaign(campaign_id, idempotency_key)
        return self._request_async(command, _parse_cancel_campaign, timeout)

    def test_campaign(
        self,
        *,
        campaign_id: str = "",
        address: str = "",
        variables: dict[str, str] | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CommsSendReply:
        """Send the campaign's template to one address now, with the variables given (else the
        audience's first contact's); not counted in the campaign.

        Args:
            campaign_id: ``campaign_id`` of ``TestCampaignCommand``.
            address: ``address`` of ``TestCampaignCommand``.
            variables: ``variables`` of ``TestCampaignCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CommsSendReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_test_campaign(campaign_id, address, variables, idempotency_key)
        return self._request(command, _parse_test_campaign, timeout)

    def test_campaign_async(
        self,
        *,
        campaign_id: str = "",
        address: str = "",
        variables: dict[str, str] | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CommsSendReply]:
        """Like ``test_campaign()``, but return a Future at once (argument errors still raise here)."""
        command = _build_test_campaign(campaign_id, address, variables, idempotency_key)
        return self._request_async(command, _parse_test_campaign, timeout)

    def list_connectors(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> ConnectorsReply:
        """Send ``ListConnectorsCommand`` and wait for its reply.

        Args:
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            ConnectorsReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_list_connectors(idempotency_key)
        return self._request(command, _parse_list_connectors, timeout)

    def list_connectors_async(
        self,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[ConnectorsReply]:
        """Like ``list_connectors()``, but return a Future at once (argument errors still raise here)."""
        command = _build_list_connectors(idempotency_key)
        return self._request_async(command, _parse_list_connectors, timeout)

    def set_webhook_connector(
        self,
        *,
        connector: WebhookConnector,
        secret: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> ConnectorsReply:
        """Add or change an outbound connector (not one of the runtime's config file). Its secret
        ("whsec_" and base64) is write-only; empty keeps the one it has.

        Args:
            connector: ``connector`` of ``SetWebhookConnectorCommand``.
            secret: ``secret`` of ``SetWebhookConnectorCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            ConnectorsReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_set_webhook_connector(connector, secret, idempotency_key)
        return self._request(command, _parse_set_webhook_connector, timeout)

    def set_webhook_connector_async(
        self,
        *,
        connector: WebhookConnector,
        secret: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[ConnectorsReply]:
        """Like ``set_webhook_connector()``, but return a Future at once (argument errors still raise here)."""
        command = _build_set_webhook_connector(connector, secret, idempotency_key)
        return self._request_async(command, _parse_set_webhook_connector, timeout)

    def delete_webhook_connector(
        self,
        *,
        name: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> ConnectorsReply:
        """Remove an outbound connector added through the API, with what it had not delivered.

        Args:
            name: ``name`` of ``DeleteWebhookConnectorCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            ConnectorsReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_delete_webhook_connector(name, idempotency_key)
        return self._request(command, _parse_delete_webhook_connector, timeout)

    def delete_webhook_connector_async(
        self,
        *,
        name: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[ConnectorsReply]:
        """Like ``delete_webhook_connector()``, but return a Future at once (argument errors still raise here)."""
        command = _build_delete_webhook_connector(name, idempotency_key)
        return self._request_async(command, _parse_delete_webhook_connector, timeout)

    def enable_webhook_connector(
        self,
        *,
        name: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> ConnectorsReply:
        """Enable a disabled connector: its waiting deliveries go at once.

        Args:
            name: ``name`` of ``EnableWebhookConnectorCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            ConnectorsReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_enable_webhook_connector(name, idempotency_key)
        return self._request(command, _parse_enable_webhook_connector, timeout)

    def enable_webhook_connector_async(
        self,
        *,
        name: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[ConnectorsReply]:
        """Like ``enable_webhook_connector()``, but return a Future at once (argument errors still raise here)."""
        command = _build_enable_webhook_connector(name, idempotency_key)
        return self._request_async(command, _parse_enable_webhook_connector, timeout)

    def list_webhook_deliveries(
        self,
        *,
        connector: str = "",
        status: WebhookDeliveryStatus = WebhookDeliveryStatus.UNSPECIFIED,
        since: datetime | None = None,
        until: datetime | None = None,
        cursor: str = "",
        limit: int = 0,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> WebhookDeliveriesReply:
        """A connector's deliveries, oldest first, created in [since, until) (unset: any), of one status
        (unspecified: any), a page at a time.

        Args:
            connector: ``connector`` of ``ListWebhookDeliveriesCommand``.
            status: The status to record.
            since: ``since`` of ``ListWebhookDeliveriesCommand``.
            until: ``until`` of ``ListWebhookDeliveriesCommand``.
            cursor: ``cursor`` of ``ListWebhookDeliveriesCommand``.
            limit: 0: 100; at most 1000
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            WebhookDeliveriesReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_list_webhook_deliveries(connector, status, since, until, cursor, limit, idempotency_key)
        return self._request(command, _parse_list_webhook_deliveries, timeout)

    def list_webhook_deliveries_async(
        self,
        *,
        connector: str = "",
        status: WebhookDeliveryStatus = WebhookDeliveryStatus.UNSPECIFIED,
        since: datetime | None = None,
        until: datetime | None = None,
        cursor: str = "",
        limit: int = 0,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[WebhookDeliveriesReply]:
        """Like ``list_webhook_deliveries()``, but return a Future at once (argument errors still raise here)."""
        command = _build_list_webhook_deliveries(connector, status, since, until, cursor, limit, idempotency_key)
        return self._request_async(command, _parse_list_webhook_deliveries, timeout)

    def replay_webhook_deliveries(
        self,
        *,
        connector: str = "",
        webhook_ids: list[str] | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> ConnectorCountReply:
        """Send failed deliveries again (attempts from zero): those named, else those created in
        [since, until).

        Args:
            connector: ``connector`` of ``ReplayWebhookDeliveriesCommand``.
            webhook_ids: ``webhook_ids`` of ``ReplayWebhookDeliveriesCommand``.
            since: ``since`` of ``ReplayWebhookDeliveriesCommand``.
            until: ``until`` of ``ReplayWebhookDeliveriesCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            ConnectorCountReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_replay_webhook_deliveries(connector, webhook_ids, since, until, idempotency_key)
        return self._request(command, _parse_replay_webhook_deliveries, timeout)

    def replay_webhook_deliveries_async(
        self,
        *,
        connector: str = "",
        webhook_ids: list[str] | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[ConnectorCountReply]:
        """Like ``replay_webhook_deliveries()``, but return a Future at once (argument errors still raise here)."""
        command = _build_replay_webhook_deliveries(connector, webhook_ids, since, until, idempotency_key)
        return self._request_async(command, _parse_replay_webhook_deliveries, timeout)

    def get_inbound_event(
        self,
        *,
        connector: str = "",
        event_id: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> InboundEventReply:
        """What became of an inbound event (kept 7 days).

        Args:
            connector: ``connector`` of ``GetInboundEventCommand``.
            event_id: ``event_id`` of ``GetInboundEventCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            InboundEventReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_get_inbound_event(connector, event_id, idempotency_key)
        return self._request(command, _parse_get_inbound_event, timeout)

    def get_inbound_event_async(
        self,
        *,
        connector: str = "",
        event_id: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[InboundEventReply]:
        """Like ``get_inbound_event()``, but return a Future at once (argument errors still raise here)."""
        command = _build_get_inbound_event(connector, event_id, idempotency_key)
        return self._request_async(command, _parse_get_inbound_event, timeout)

    def replay_inbound_event(
        self,
        *,
        connector: str = "",
        event_id: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> ConnectorCountReply:
        """Apply a failed inbound event again (once what it needs is there: a purse's funds).

        Args:
            connector: ``connector`` of ``ReplayInboundEventCommand``.
            event_id: ``event_id`` of ``ReplayInboundEventCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            ConnectorCountReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_replay_inbound_event(connector, event_id, idempotency_key)
        return self._request(command, _parse_replay_inbound_event, timeout)

    def replay_inbound_event_async(
        self,
        *,
        connector: str = "",
        event_id: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[ConnectorCountReply]:
        """Like ``replay_inbound_event()``, but return a Future at once (argument errors still raise here)."""
        command = _build_replay_inbound_event(connector, event_id, idempotency_key)
        return self._request_async(command, _parse_replay_inbound_event, timeout)

    def update_suppression(
        self,
        *,
        channel: CommsChannel = CommsChannel.UNSPECIFIED,
        address: str = "",
        suppress: bool = False,
        reason: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> CommsReply:
        """Add an address to the org's suppression list, or take it off (an org admin key).

        Args:
            channel: ``channel`` of ``UpdateSuppressionCommand``.
            address: ``address`` of ``UpdateSuppressionCommand``.
            suppress: ``suppress`` of ``UpdateSuppressionCommand``.
            reason: ``reason`` of ``UpdateSuppressionCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            CommsReply: The reply of a command that changes something and returns nothing else.

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_update_suppression(channel, address, suppress, reason, idempotency_key)
        return self._request(command, _parse_update_suppression, timeout)

    def update_suppression_async(
        self,
        *,
        channel: CommsChannel = CommsChannel.UNSPECIFIED,
        address: str = "",
        suppress: bool = False,
        reason: str = "",
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[CommsReply]:
        """Like ``update_suppression()``, but return a Future at once (argument errors still raise here)."""
        command = _build_update_suppression(channel, address, suppress, reason, idempotency_key)
        return self._request_async(command, _parse_update_suppression, timeout)

    def list_suppressions(
        self,
        *,
        channel: CommsChannel = CommsChannel.UNSPECIFIED,
        cursor: str = "",
        limit: int = 0,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> SuppressionsReply:
        """Send ``ListSuppressionsCommand`` and wait for its reply.

        Args:
            channel: ``channel`` of ``ListSuppressionsCommand``.
            cursor: ``cursor`` of ``ListSuppressionsCommand``.
            limit: ``limit`` of ``ListSuppressionsCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            SuppressionsReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_list_suppressions(channel, cursor, limit, idempotency_key)
        return self._request(command, _parse_list_suppressions, timeout)

    def list_suppressions_async(
        self,
        *,
        channel: CommsChannel = CommsChannel.UNSPECIFIED,
        cursor: str = "",
        limit: int = 0,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[SuppressionsReply]:
        """Like ``list_suppressions()``, but return a Future at once (argument errors still raise here)."""
        command = _build_list_suppressions(channel, cursor, limit, idempotency_key)
        return self._request_async(command, _parse_list_suppressions, timeout)

    def query_audit_log(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        cursor: str = "",
        limit: int = 0,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> AuditLogReply:
        """The org's audit log of changes, newest first, in pages.

        Args:
            since: ``since`` of ``QueryAuditLogCommand``.
            until: ``until`` of ``QueryAuditLogCommand``.
            cursor: ``cursor`` of ``QueryAuditLogCommand``.
            limit: ``limit`` of ``QueryAuditLogCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            AuditLogReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_query_audit_log(since, until, cursor, limit, idempotency_key)
        return self._request(command, _parse_query_audit_log, timeout)

    def query_audit_log_async(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        cursor: str = "",
        limit: int = 0,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[AuditLogReply]:
        """Like ``query_audit_log()``, but return a Future at once (argument errors still raise here)."""
        command = _build_query_audit_log(since, until, cursor, limit, idempotency_key)
        return self._request_async(command, _parse_query_audit_log, timeout)


def _build_generate_auth_token(
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.generate_auth_token
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    return env


def _parse_generate_auth_token(r: _app_socket_pb2.AppToServerCommandReply) -> AuthToken:
    entry = r.WhichOneof("entry")
    if entry != "generate_auth_token":
        raise _unexpected_reply("generate_auth_token", "generate_auth_token", entry)
    return AuthToken.from_proto(r.generate_auth_token)


def _build_create_customer(
    customer_number: CustomerNumber,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("customer_number", customer_number, (CustomerNumber,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.create_customer
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_number": customer_number}
        raise _argument_error("create_customer", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_create_customer(r: _app_socket_pb2.AppToServerCommandReply) -> CustomerStateUpdateReply:
    entry = r.WhichOneof("entry")
    if entry != "update_customer_state":
        raise _unexpected_reply("create_customer", "update_customer_state", entry)
    return CustomerStateUpdateReply.from_proto(r.update_customer_state)


def _build_get_customer_state(
    customer_id: str | None,
    customer_number: CustomerNumber | None,
    secondary_id: SecondaryId | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if customer_id is not None:
        _check_arg("customer_id", customer_id, (str,), True)
    if customer_number is not None:
        _check_arg("customer_number", customer_number, (CustomerNumber,), True)
    if secondary_id is not None:
        _check_arg("secondary_id", secondary_id, (SecondaryId,), True)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.get_customer_state
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    n_customer = 0
    try:
        if customer_id is not None:
            p.customer_id = customer_id
            n_customer += 1
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
            n_customer += 1
        if secondary_id is not None:
            t_secondary_id = p.secondary_id
            t_secondary_id.SetInParent()
            secondary_id._write(t_secondary_id)
            n_customer += 1
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_id": customer_id, "customer_number": customer_number, "secondary_id": secondary_id}
        raise _argument_error("get_customer_state", exc, args, _FIELD_TYPES) from exc
    if n_customer != 1:
        raise _oneof_error("get_customer_state", "customer", "customer_id, customer_number, secondary_id", n_customer, True)
    return env


def _parse_get_customer_state(r: _app_socket_pb2.AppToServerCommandReply) -> GetCustomerStateReply:
    entry = r.WhichOneof("entry")
    if entry != "get_customer_state":
        raise _unexpected_reply("get_customer_state", "get_customer_state", entry)
    return GetCustomerStateReply.from_proto(r.get_customer_state)


def _build_adopt_customer_state(
    customer_id: str,
    other_customer_id: str | None,
    other_customer_number: CustomerNumber | None,
    other_secondary_id: SecondaryId | None,
    customer_number: CustomerNumber | None,
    secondary_id: SecondaryId | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("customer_id", customer_id, (str,), False)
    if other_customer_id is not None:
        _check_arg("other_customer_id", other_customer_id, (str,), True)
    if other_customer_number is not None:
        _check_arg("other_customer_number", other_customer_number, (CustomerNumber,), True)
    if other_secondary_id is not None:
        _check_arg("other_secondary_id", other_secondary_id, (SecondaryId,), True)
    if customer_number is not None:
        _check_arg("customer_number", customer_number, (CustomerNumber,), True)
    if secondary_id is not None:
        _check_arg("secondary_id", secondary_id, (SecondaryId,), True)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.adopt_customer_state
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    n_other_customer = 0
    try:
        p.customer_id = customer_id
        if other_customer_id is not None:
            p.other_customer_id = other_customer_id
            n_other_customer += 1
        if other_customer_number is not None:
            t_other_customer_number = p.other_customer_number
            t_other_customer_number.SetInParent()
            other_customer_number._write(t_other_customer_number)
            n_other_customer += 1
        if other_secondary_id is not None:
            t_other_secondary_id = p.other_secondary_id
            t_other_secondary_id.SetInParent()
            other_secondary_id._write(t_other_secondary_id)
            n_other_customer += 1
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
        if secondary_id is not None:
            t_secondary_id = p.secondary_id
            t_secondary_id.SetInParent()
            secondary_id._write(t_secondary_id)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_id": customer_id, "other_customer_id": other_customer_id, "other_customer_number": other_customer_number, "other_secondary_id": other_secondary_id, "customer_number": customer_number, "secondary_id": secondary_id}
        raise _argument_error("adopt_customer_state", exc, args, _FIELD_TYPES) from exc
    if n_other_customer != 1:
        raise _oneof_error("adopt_customer_state", "other_customer", "other_customer_id, other_customer_number, other_secondary_id", n_other_customer, True)
    return env


def _parse_adopt_customer_state(r: _app_socket_pb2.AppToServerCommandReply) -> CustomerStateUpdateReply:
    entry = r.WhichOneof("entry")
    if entry != "update_customer_state":
        raise _unexpected_reply("adopt_customer_state", "update_customer_state", entry)
    return CustomerStateUpdateReply.from_proto(r.update_customer_state)


def _build_add_customer_reminder(
    customer_id: str | None,
    customer_number: CustomerNumber | None,
    secondary_id: SecondaryId | None,
    reminder: Reminder,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if customer_id is not None:
        _check_arg("customer_id", customer_id, (str,), True)
    if customer_number is not None:
        _check_arg("customer_number", customer_number, (CustomerNumber,), True)
    if secondary_id is not None:
        _check_arg("secondary_id", secondary_id, (SecondaryId,), True)
    _check_arg("reminder", reminder, (Reminder,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.add_customer_reminder
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    n_customer = 0
    try:
        if customer_id is not None:
            p.customer_id = customer_id
            n_customer += 1
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
            n_customer += 1
        if secondary_id is not None:
            t_secondary_id = p.secondary_id
            t_secondary_id.SetInParent()
            secondary_id._write(t_secondary_id)
            n_customer += 1
        if reminder is not None:
            t_reminder = p.reminder
            t_reminder.SetInParent()
            reminder._write(t_reminder)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_id": customer_id, "customer_number": customer_number, "secondary_id": secondary_id, "reminder": reminder}
        raise _argument_error("add_customer_reminder", exc, args, _FIELD_TYPES) from exc
    if n_customer != 1:
        raise _oneof_error("add_customer_reminder", "customer", "customer_id, customer_number, secondary_id", n_customer, True)
    return env


def _parse_add_customer_reminder(r: _app_socket_pb2.AppToServerCommandReply) -> UpdateCustomerAppDataReply:
    entry = r.WhichOneof("entry")
    if entry != "update_customer_app_data":
        raise _unexpected_reply("add_customer_reminder", "update_customer_app_data", entry)
    return UpdateCustomerAppDataReply.from_proto(r.update_customer_app_data)


def _build_add_customer_reminder_tag(
    tag: SecondaryId,
    reminder: Reminder,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("tag", tag, (SecondaryId,), False)
    _check_arg("reminder", reminder, (Reminder,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.add_customer_reminder_tag
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        if tag is not None:
            t_tag = p.tag
            t_tag.SetInParent()
            tag._write(t_tag)
        if reminder is not None:
            t_reminder = p.reminder
            t_reminder.SetInParent()
            reminder._write(t_reminder)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"tag": tag, "reminder": reminder}
        raise _argument_error("add_customer_reminder_tag", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_add_customer_reminder_tag(r: _app_socket_pb2.AppToServerCommandReply) -> TagUpdateReply:
    entry = r.WhichOneof("entry")
    if entry != "tag_command":
        raise _unexpected_reply("add_customer_reminder_tag", "tag_command", entry)
    return TagUpdateReply.from_proto(r.tag_command)


def _build_cancel_customer_reminder(
    customer_id: str | None,
    customer_number: CustomerNumber | None,
    secondary_id: SecondaryId | None,
    key: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if customer_id is not None:
        _check_arg("customer_id", customer_id, (str,), True)
    if customer_number is not None:
        _check_arg("customer_number", customer_number, (CustomerNumber,), True)
    if secondary_id is not None:
        _check_arg("secondary_id", secondary_id, (SecondaryId,), True)
    _check_arg("key", key, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.cancel_customer_reminder
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    n_customer = 0
    try:
        if customer_id is not None:
            p.customer_id = customer_id
            n_customer += 1
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
            n_customer += 1
        if secondary_id is not None:
            t_secondary_id = p.secondary_id
            t_secondary_id.SetInParent()
            secondary_id._write(t_secondary_id)
            n_customer += 1
        p.key = key
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_id": customer_id, "customer_number": customer_number, "secondary_id": secondary_id, "key": key}
        raise _argument_error("cancel_customer_reminder", exc, args, _FIELD_TYPES) from exc
    if n_customer != 1:
        raise _oneof_error("cancel_customer_reminder", "customer", "customer_id, customer_number, secondary_id", n_customer, True)
    return env


def _parse_cancel_customer_reminder(r: _app_socket_pb2.AppToServerCommandReply) -> UpdateCustomerAppDataReply:
    entry = r.WhichOneof("entry")
    if entry != "update_customer_app_data":
        raise _unexpected_reply("cancel_customer_reminder", "update_customer_app_data", entry)
    return UpdateCustomerAppDataReply.from_proto(r.update_customer_app_data)


def _build_cancel_customer_reminder_tag(
    tag: SecondaryId,
    key: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("tag", tag, (SecondaryId,), False)
    _check_arg("key", key, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.cancel_customer_reminder_tag
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        if tag is not None:
            t_tag = p.tag
            t_tag.SetInParent()
            tag._write(t_tag)
        p.key = key
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"tag": tag, "key": key}
        raise _argument_error("cancel_customer_reminder_tag", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_cancel_customer_reminder_tag(r: _app_socket_pb2.AppToServerCommandReply) -> TagUpdateReply:
    entry = r.WhichOneof("entry")
    if entry != "tag_command":
        raise _unexpected_reply("cancel_customer_reminder_tag", "tag_command", entry)
    return TagUpdateReply.from_proto(r.tag_command)


def _build_update_customer_tag(
    customer_id: str | None,
    customer_number: CustomerNumber | None,
    secondary_id: SecondaryId | None,
    updates: list[Tag] | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if customer_id is not None:
        _check_arg("customer_id", customer_id, (str,), True)
    if customer_number is not None:
        _check_arg("customer_number", customer_number, (CustomerNumber,), True)
    if secondary_id is not None:
        _check_arg("secondary_id", secondary_id, (SecondaryId,), True)
    if updates is not None:
        _check_arg("updates", updates, (list, tuple), True)
    _check_items("updates", updates, (Tag,))
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.update_customer_tag
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    n_customer = 0
    try:
        if customer_id is not None:
            p.customer_id = customer_id
            n_customer += 1
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
            n_customer += 1
        if secondary_id is not None:
            t_secondary_id = p.secondary_id
            t_secondary_id.SetInParent()
            secondary_id._write(t_secondary_id)
            n_customer += 1
        if updates is not None:
            for x_updates in updates:
                t_updates = p.updates.add()
                x_updates._write(t_updates)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_id": customer_id, "customer_number": customer_number, "secondary_id": secondary_id, "updates": updates}
        raise _argument_error("update_customer_tag", exc, args, _FIELD_TYPES) from exc
    if n_customer != 1:
        raise _oneof_error("update_customer_tag", "customer", "customer_id, customer_number, secondary_id", n_customer, True)
    return env


def _parse_update_customer_tag(r: _app_socket_pb2.AppToServerCommandReply) -> CustomerStateUpdateReply:
    entry = r.WhichOneof("entry")
    if entry != "update_customer_state":
        raise _unexpected_reply("update_customer_tag", "update_customer_state", entry)
    return CustomerStateUpdateReply.from_proto(r.update_customer_state)


def _build_delete_customer_tag(
    customer_id: str | None,
    customer_number: CustomerNumber | None,
    secondary_id: SecondaryId | None,
    deletions: list[str] | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if customer_id is not None:
        _check_arg("customer_id", customer_id, (str,), True)
    if customer_number is not None:
        _check_arg("customer_number", customer_number, (CustomerNumber,), True)
    if secondary_id is not None:
        _check_arg("secondary_id", secondary_id, (SecondaryId,), True)
    if deletions is not None:
        _check_arg("deletions", deletions, (list, tuple), True)
    _check_items("deletions", deletions, (str,))
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.delete_customer_tag
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    n_customer = 0
    try:
        if customer_id is not None:
            p.customer_id = customer_id
            n_customer += 1
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
            n_customer += 1
        if secondary_id is not None:
            t_secondary_id = p.secondary_id
            t_secondary_id.SetInParent()
            secondary_id._write(t_secondary_id)
            n_customer += 1
        if deletions is not None:
            p.deletions.extend(deletions)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_id": customer_id, "customer_number": customer_number, "secondary_id": secondary_id, "deletions": deletions}
        raise _argument_error("delete_customer_tag", exc, args, _FIELD_TYPES) from exc
    if n_customer != 1:
        raise _oneof_error("delete_customer_tag", "customer", "customer_id, customer_number, secondary_id", n_customer, True)
    return env


def _parse_delete_customer_tag(r: _app_socket_pb2.AppToServerCommandReply) -> CustomerStateUpdateReply:
    entry = r.WhichOneof("entry")
    if entry != "update_customer_state":
        raise _unexpected_reply("delete_customer_tag", "update_customer_state", entry)
    return CustomerStateUpdateReply.from_proto(r.update_customer_state)


def _build_update_customer_secondary_id(
    customer_id: str | None,
    customer_number: CustomerNumber | None,
    secondary_id: SecondaryId | None,
    updates: list[Tag] | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if customer_id is not None:
        _check_arg("customer_id", customer_id, (str,), True)
    if customer_number is not None:
        _check_arg("customer_number", customer_number, (CustomerNumber,), True)
    if secondary_id is not None:
        _check_arg("secondary_id", secondary_id, (SecondaryId,), True)
    if updates is not None:
        _check_arg("updates", updates, (list, tuple), True)
    _check_items("updates", updates, (Tag,))
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.update_customer_secondary_id
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    n_customer = 0
    try:
        if customer_id is not None:
            p.customer_id = customer_id
            n_customer += 1
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
            n_customer += 1
        if secondary_id is not None:
            t_secondary_id = p.secondary_id
            t_secondary_id.SetInParent()
            secondary_id._write(t_secondary_id)
            n_customer += 1
        if updates is not None:
            for x_updates in updates:
                t_updates = p.updates.add()
                x_updates._write(t_updates)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_id": customer_id, "customer_number": customer_number, "secondary_id": secondary_id, "updates": updates}
        raise _argument_error("update_customer_secondary_id", exc, args, _FIELD_TYPES) from exc
    if n_customer != 1:
        raise _oneof_error("update_customer_secondary_id", "customer", "customer_id, customer_number, secondary_id", n_customer, True)
    return env


def _parse_update_customer_secondary_id(r: _app_socket_pb2.AppToServerCommandReply) -> CustomerStateUpdateReply:
    entry = r.WhichOneof("entry")
    if entry != "update_customer_state":
        raise _unexpected_reply("update_customer_secondary_id", "update_customer_state", entry)
    return CustomerStateUpdateReply.from_proto(r.update_customer_state)


def _build_delete_customer_secondary_id(
    customer_id: str | None,
    customer_number: CustomerNumber | None,
    secondary_id: SecondaryId | None,
    deletions: list[SecondaryId] | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if customer_id is not None:
        _check_arg("customer_id", customer_id, (str,), True)
    if customer_number is not None:
        _check_arg("customer_number", customer_number, (CustomerNumber,), True)
    if secondary_id is not None:
        _check_arg("secondary_id", secondary_id, (SecondaryId,), True)
    if deletions is not None:
        _check_arg("deletions", deletions, (list, tuple), True)
    _check_items("deletions", deletions, (SecondaryId,))
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.delete_customer_secondary_id
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    n_customer = 0
    try:
        if customer_id is not None:
            p.customer_id = customer_id
            n_customer += 1
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
            n_customer += 1
        if secondary_id is not None:
            t_secondary_id = p.secondary_id
            t_secondary_id.SetInParent()
            secondary_id._write(t_secondary_id)
            n_customer += 1
        if deletions is not None:
            for x_deletions in deletions:
                t_deletions = p.deletions.add()
                x_deletions._write(t_deletions)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_id": customer_id, "customer_number": customer_number, "secondary_id": secondary_id, "deletions": deletions}
        raise _argument_error("delete_customer_secondary_id", exc, args, _FIELD_TYPES) from exc
    if n_customer != 1:
        raise _oneof_error("delete_customer_secondary_id", "customer", "customer_id, customer_number, secondary_id", n_customer, True)
    return env


def _parse_delete_customer_secondary_id(r: _app_socket_pb2.AppToServerCommandReply) -> CustomerStateUpdateReply:
    entry = r.WhichOneof("entry")
    if entry != "update_customer_state":
        raise _unexpected_reply("delete_customer_secondary_id", "update_customer_state", entry)
    return CustomerStateUpdateReply.from_proto(r.update_customer_state)


def _build_update_customer_metadata(
    customer_id: str | None,
    customer_number: CustomerNumber | None,
    secondary_id: SecondaryId | None,
    updates: dict[str, str | bytes] | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if customer_id is not None:
        _check_arg("customer_id", customer_id, (str,), True)
    if customer_number is not None:
        _check_arg("customer_number", customer_number, (CustomerNumber,), True)
    if secondary_id is not None:
        _check_arg("secondary_id", secondary_id, (SecondaryId,), True)
    if updates is not None:
        _check_arg("updates", updates, (dict,), True)
    _check_items("updates", updates, (str, bytes,))
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.update_customer_metadata
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    n_customer = 0
    try:
        if customer_id is not None:
            p.customer_id = customer_id
            n_customer += 1
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
            n_customer += 1
        if secondary_id is not None:
            t_secondary_id = p.secondary_id
            t_secondary_id.SetInParent()
            secondary_id._write(t_secondary_id)
            n_customer += 1
        if updates is not None:
            for k_updates, x_updates in updates.items():
                t_updates = p.updates[k_updates]
                _write_DataMapValue(t_updates, x_updates)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_id": customer_id, "customer_number": customer_number, "secondary_id": secondary_id, "updates": updates}
        raise _argument_error("update_customer_metadata", exc, args, _FIELD_TYPES) from exc
    if n_customer != 1:
        raise _oneof_error("update_customer_metadata", "customer", "customer_id, customer_number, secondary_id", n_customer, True)
    return env


def _parse_update_customer_metadata(r: _app_socket_pb2.AppToServerCommandReply) -> CustomerStateUpdateReply:
    entry = r.WhichOneof("entry")
    if entry != "update_customer_state":
        raise _unexpected_reply("update_customer_metadata", "update_customer_state", entry)
    return CustomerStateUpdateReply.from_proto(r.update_customer_state)


def _build_delete_customer_metadata(
    customer_id: str | None,
    customer_number: CustomerNumber | None,
    secondary_id: SecondaryId | None,
    deletions: list[str] | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if customer_id is not None:
        _check_arg("customer_id", customer_id, (str,), True)
    if customer_number is not None:
        _check_arg("customer_number", customer_number, (CustomerNumber,), True)
    if secondary_id is not None:
        _check_arg("secondary_id", secondary_id, (SecondaryId,), True)
    if deletions is not None:
        _check_arg("deletions", deletions, (list, tuple), True)
    _check_items("deletions", deletions, (str,))
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.delete_customer_metadata
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    n_customer = 0
    try:
        if customer_id is not None:
            p.customer_id = customer_id
            n_customer += 1
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
            n_customer += 1
        if secondary_id is not None:
            t_secondary_id = p.secondary_id
            t_secondary_id.SetInParent()
            secondary_id._write(t_secondary_id)
            n_customer += 1
        if deletions is not None:
            p.deletions.extend(deletions)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_id": customer_id, "customer_number": customer_number, "secondary_id": secondary_id, "deletions": deletions}
        raise _argument_error("delete_customer_metadata", exc, args, _FIELD_TYPES) from exc
    if n_customer != 1:
        raise _oneof_error("delete_customer_metadata", "customer", "customer_id, customer_number, secondary_id", n_customer, True)
    return env


def _parse_delete_customer_metadata(r: _app_socket_pb2.AppToServerCommandReply) -> CustomerStateUpdateReply:
    entry = r.WhichOneof("entry")
    if entry != "update_customer_state":
        raise _unexpected_reply("delete_customer_metadata", "update_customer_state", entry)
    return CustomerStateUpdateReply.from_proto(r.update_customer_state)


def _build_lease_customer_app_data(
    customer_id: str | None,
    customer_number: CustomerNumber | None,
    secondary_id: SecondaryId | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if customer_id is not None:
        _check_arg("customer_id", customer_id, (str,), True)
    if customer_number is not None:
        _check_arg("customer_number", customer_number, (CustomerNumber,), True)
    if secondary_id is not None:
        _check_arg("secondary_id", secondary_id, (SecondaryId,), True)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.lease_customer_app_data
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    n_customer = 0
    try:
        if customer_id is not None:
            p.customer_id = customer_id
            n_customer += 1
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
            n_customer += 1
        if secondary_id is not None:
            t_secondary_id = p.secondary_id
            t_secondary_id.SetInParent()
            secondary_id._write(t_secondary_id)
            n_customer += 1
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_id": customer_id, "customer_number": customer_number, "secondary_id": secondary_id}
        raise _argument_error("lease_customer_app_data", exc, args, _FIELD_TYPES) from exc
    if n_customer != 1:
        raise _oneof_error("lease_customer_app_data", "customer", "customer_id, customer_number, secondary_id", n_customer, True)
    return env


def _parse_lease_customer_app_data(r: _app_socket_pb2.AppToServerCommandReply) -> LeaseCustomerAppDataReply:
    entry = r.WhichOneof("entry")
    if entry != "lease_customer_app_data":
        raise _unexpected_reply("lease_customer_app_data", "lease_customer_app_data", entry)
    return LeaseCustomerAppDataReply.from_proto(r.lease_customer_app_data)


def _build_update_customer_app_data(
    customer_id: str | None,
    customer_number: CustomerNumber | None,
    secondary_id: SecondaryId | None,
    update: str | bytes | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if customer_id is not None:
        _check_arg("customer_id", customer_id, (str,), True)
    if customer_number is not None:
        _check_arg("customer_number", customer_number, (CustomerNumber,), True)
    if secondary_id is not None:
        _check_arg("secondary_id", secondary_id, (SecondaryId,), True)
    if update is not None:
        _check_arg("update", update, (str, bytes,), True)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.update_customer_app_data
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    n_customer = 0
    try:
        if customer_id is not None:
            p.customer_id = customer_id
            n_customer += 1
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
            n_customer += 1
        if secondary_id is not None:
            t_secondary_id = p.secondary_id
            t_secondary_id.SetInParent()
            secondary_id._write(t_secondary_id)
            n_customer += 1
        if update is not None:
            t_update = p.update
            _write_DataMapValue(t_update, update)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_id": customer_id, "customer_number": customer_number, "secondary_id": secondary_id, "update": update}
        raise _argument_error("update_customer_app_data", exc, args, _FIELD_TYPES) from exc
    if n_customer != 1:
        raise _oneof_error("update_customer_app_data", "customer", "customer_id, customer_number, secondary_id", n_customer, True)
    return env


def _parse_update_customer_app_data(r: _app_socket_pb2.AppToServerCommandReply) -> UpdateCustomerAppDataReply:
    entry = r.WhichOneof("entry")
    if entry != "update_customer_app_data":
        raise _unexpected_reply("update_customer_app_data", "update_customer_app_data", entry)
    return UpdateCustomerAppDataReply.from_proto(r.update_customer_app_data)


def _build_delete_customer_app_data(
    customer_id: str | None,
    customer_number: CustomerNumber | None,
    secondary_id: SecondaryId | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if customer_id is not None:
        _check_arg("customer_id", customer_id, (str,), True)
    if customer_number is not None:
        _check_arg("customer_number", customer_number, (CustomerNumber,), True)
    if secondary_id is not None:
        _check_arg("secondary_id", secondary_id, (SecondaryId,), True)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.delete_customer_app_data
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    n_customer = 0
    try:
        if customer_id is not None:
            p.customer_id = customer_id
            n_customer += 1
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
            n_customer += 1
        if secondary_id is not None:
            t_secondary_id = p.secondary_id
            t_secondary_id.SetInParent()
            secondary_id._write(t_secondary_id)
            n_customer += 1
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_id": customer_id, "customer_number": customer_number, "secondary_id": secondary_id}
        raise _argument_error("delete_customer_app_data", exc, args, _FIELD_TYPES) from exc
    if n_customer != 1:
        raise _oneof_error("delete_customer_app_data", "customer", "customer_id, customer_number, secondary_id", n_customer, True)
    return env


def _parse_delete_customer_app_data(r: _app_socket_pb2.AppToServerCommandReply) -> UpdateCustomerAppDataReply:
    entry = r.WhichOneof("entry")
    if entry != "update_customer_app_data":
        raise _unexpected_reply("delete_customer_app_data", "update_customer_app_data", entry)
    return UpdateCustomerAppDataReply.from_proto(r.update_customer_app_data)


def _build_send_message(
    customer_number: CustomerNumber | None,
    channel_number: MessagingChannel,
    message: Message,
    customer_id: str,
    secondary_id: SecondaryId | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if customer_number is not None:
        _check_arg("customer_number", customer_number, (CustomerNumber,), True)
    _check_arg("channel_number", channel_number, (MessagingChannel,), False)
    _check_arg("message", message, (Message,), False)
    _check_arg("customer_id", customer_id, (str,), False)
    if secondary_id is not None:
        _check_arg("secondary_id", secondary_id, (SecondaryId,), True)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.send_message
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
        if channel_number is not None:
            t_channel_number = p.channel_number
            t_channel_number.SetInParent()
            channel_number._write(t_channel_number)
        if message is not None:
            t_message = p.message
            t_message.SetInParent()
            message._write(t_message)
        p.customer_id = customer_id
        if secondary_id is not None:
            t_secondary_id = p.secondary_id
            t_secondary_id.SetInParent()
            secondary_id._write(t_secondary_id)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_number": customer_number, "channel_number": channel_number, "message": message, "customer_id": customer_id, "secondary_id": secondary_id}
        raise _argument_error("send_message", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_send_message(r: _app_socket_pb2.AppToServerCommandReply) -> MessageReply:
    entry = r.WhichOneof("entry")
    if entry != "send_message":
        raise _unexpected_reply("send_message", "send_message", entry)
    return MessageReply.from_proto(r.send_message)


def _build_send_message_tag(
    tag: SecondaryId,
    channel_number: MessagingChannel,
    message: Message,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("tag", tag, (SecondaryId,), False)
    _check_arg("channel_number", channel_number, (MessagingChannel,), False)
    _check_arg("message", message, (Message,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.send_message_tag
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        if tag is not None:
            t_tag = p.tag
            t_tag.SetInParent()
            tag._write(t_tag)
        if channel_number is not None:
            t_channel_number = p.channel_number
            t_channel_number.SetInParent()
            channel_number._write(t_channel_number)
        if message is not None:
            t_message = p.message
            t_message.SetInParent()
            message._write(t_message)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"tag": tag, "channel_number": channel_number, "message": message}
        raise _argument_error("send_message_tag", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_send_message_tag(r: _app_socket_pb2.AppToServerCommandReply) -> TagUpdateReply:
    entry = r.WhichOneof("entry")
    if entry != "tag_command":
        raise _unexpected_reply("send_message_tag", "tag_command", entry)
    return TagUpdateReply.from_proto(r.tag_command)


def _build_reply_to_message(
    customer_id: str,
    message_id: str,
    message: Message,
    customer_number: CustomerNumber | None,
    secondary_id: SecondaryId | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("customer_id", customer_id, (str,), False)
    _check_arg("message_id", message_id, (str,), False)
    _check_arg("message", message, (Message,), False)
    if customer_number is not None:
        _check_arg("customer_number", customer_number, (CustomerNumber,), True)
    if secondary_id is not None:
        _check_arg("secondary_id", secondary_id, (SecondaryId,), True)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.reply_to_message
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.customer_id = customer_id
        p.message_id = message_id
        if message is not None:
            t_message = p.message
            t_message.SetInParent()
            message._write(t_message)
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
        if secondary_id is not None:
            t_secondary_id = p.secondary_id
            t_secondary_id.SetInParent()
            secondary_id._write(t_secondary_id)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_id": customer_id, "message_id": message_id, "message": message, "customer_number": customer_number, "secondary_id": secondary_id}
        raise _argument_error("reply_to_message", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_reply_to_message(r: _app_socket_pb2.AppToServerCommandReply) -> MessageReply:
    entry = r.WhichOneof("entry")
    if entry != "send_message":
        raise _unexpected_reply("reply_to_message", "send_message", entry)
    return MessageReply.from_proto(r.send_message)


def _build_update_messaging_consent(
    customer_number: CustomerNumber | None,
    channel_number: MessagingChannel,
    update: ConsentAction,
    customer_id: str,
    secondary_id: SecondaryId | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if customer_number is not None:
        _check_arg("customer_number", customer_number, (CustomerNumber,), True)
    _check_arg("channel_number", channel_number, (MessagingChannel,), False)
    _check_arg("update", update, (int,), False)
    _check_arg("customer_id", customer_id, (str,), False)
    if secondary_id is not None:
        _check_arg("secondary_id", secondary_id, (SecondaryId,), True)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.update_messaging_consent
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
        if channel_number is not None:
            t_channel_number = p.channel_number
            t_channel_number.SetInParent()
            channel_number._write(t_channel_number)
        p.update = update  # type: ignore[assignment]
        p.customer_id = customer_id
        if secondary_id is not None:
            t_secondary_id = p.secondary_id
            t_secondary_id.SetInParent()
            secondary_id._write(t_secondary_id)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_number": customer_number, "channel_number": channel_number, "update": update, "customer_id": customer_id, "secondary_id": secondary_id}
        raise _argument_error("update_messaging_consent", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_update_messaging_consent(r: _app_socket_pb2.AppToServerCommandReply) -> ConsentUpdateReply:
    entry = r.WhichOneof("entry")
    if entry != "update_messaging_consent":
        raise _unexpected_reply("update_messaging_consent", "update_messaging_consent", entry)
    return ConsentUpdateReply.from_proto(r.update_messaging_consent)


def _build_initiate_payment(
    debit_party: PaymentCounterParty,
    credit_party: PaymentCounterParty,
    value: Cash,
    narration: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("debit_party", debit_party, (PaymentCounterParty,), False)
    _check_arg("credit_party", credit_party, (PaymentCounterParty,), False)
    _check_arg("value", value, (Cash,), False)
    _check_arg("narration", narration, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.initiate_payment
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        if debit_party is not None:
            t_debit_party = p.debit_party
            t_debit_party.SetInParent()
            debit_party._write(t_debit_party)
        if credit_party is not None:
            t_credit_party = p.credit_party
            t_credit_party.SetInParent()
            credit_party._write(t_credit_party)
        if value is not None:
            t_value = p.value
            t_value.SetInParent()
            value._write(t_value)
        p.narration = narration
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"debit_party": debit_party, "credit_party": credit_party, "value": value, "narration": narration}
        raise _argument_error("initiate_payment", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_initiate_payment(r: _app_socket_pb2.AppToServerCommandReply) -> InitiatePaymentReply:
    entry = r.WhichOneof("entry")
    if entry != "initiate_payment":
        raise _unexpected_reply("initiate_payment", "initiate_payment", entry)
    return InitiatePaymentReply.from_proto(r.initiate_payment)


def _build_customer_activity(
    customer_number: CustomerNumber | None,
    source: str,
    session_id: str,
    key: str,
    properties: dict[str, str] | None,
    created_at: datetime | None,
    customer_id: str,
    secondary_id: SecondaryId | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if customer_number is not None:
        _check_arg("customer_number", customer_number, (CustomerNumber,), True)
    _check_arg("source", source, (str,), False)
    _check_arg("session_id", session_id, (str,), False)
    _check_arg("key", key, (str,), False)
    if properties is not None:
        _check_arg("properties", properties, (dict,), True)
    _check_items("properties", properties, (str,))
    if created_at is not None:
        _check_arg("created_at", created_at, (datetime, int, float), True)
    _check_arg("customer_id", customer_id, (str,), False)
    if secondary_id is not None:
        _check_arg("secondary_id", secondary_id, (SecondaryId,), True)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.customer_activity
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
        p.source = source
        p.session_id = session_id
        p.key = key
        if properties is not None:
            p.properties.update(properties)
        if created_at is not None:
            t_created_at = p.created_at
            _set_timestamp(t_created_at, created_at)
        p.customer_id = customer_id
        if secondary_id is not None:
            t_secondary_id = p.secondary_id
            t_secondary_id.SetInParent()
            secondary_id._write(t_secondary_id)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_number": customer_number, "source": source, "session_id": session_id, "key": key, "properties": properties, "created_at": created_at, "customer_id": customer_id, "secondary_id": secondary_id}
        raise _argument_error("customer_activity", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_customer_activity(r: _app_socket_pb2.AppToServerCommandReply) -> CustomerActivityReply:
    entry = r.WhichOneof("entry")
    if entry != "customer_activity":
        raise _unexpected_reply("customer_activity", "customer_activity", entry)
    return CustomerActivityReply.from_proto(r.customer_activity)


def _build_replay_messaging_consent_update(
    customer_number: CustomerNumber,
    channel_number: MessagingChannel,
    updated_at: datetime | None,
    update: ConsentAction,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("customer_number", customer_number, (CustomerNumber,), False)
    _check_arg("channel_number", channel_number, (MessagingChannel,), False)
    if updated_at is not None:
        _check_arg("updated_at", updated_at, (datetime, int, float), True)
    _check_arg("update", update, (int,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.replay_messaging_consent_update
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
        if channel_number is not None:
            t_channel_number = p.channel_number
            t_channel_number.SetInParent()
            channel_number._write(t_channel_number)
        if updated_at is not None:
            t_updated_at = p.updated_at
            _set_timestamp(t_updated_at, updated_at)
        p.update = update  # type: ignore[assignment]
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_number": customer_number, "channel_number": channel_number, "updated_at": updated_at, "update": update}
        raise _argument_error("replay_messaging_consent_update", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_replay_messaging_consent_update(r: _app_socket_pb2.AppToServerCommandReply) -> CustomerStateUpdateReply:
    entry = r.WhichOneof("entry")
    if entry != "update_customer_state":
        raise _unexpected_reply("replay_messaging_consent_update", "update_customer_state", entry)
    return CustomerStateUpdateReply.from_proto(r.update_customer_state)


def _build_replay_received_message(
    provider_message_id: str,
    provider_session_id: str | None,
    received_at: datetime | None,
    customer_number: CustomerNumber,
    channel_number: MessagingChannel,
    parts: list[InboundMessageBody] | None,
    in_reply_to: str | None,
    provider: ChannelNumberProvider,
    cost: Cash | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("provider_message_id", provider_message_id, (str,), False)
    if provider_session_id is not None:
        _check_arg("provider_session_id", provider_session_id, (str,), True)
    if received_at is not None:
        _check_arg("received_at", received_at, (datetime, int, float), True)
    _check_arg("customer_number", customer_number, (CustomerNumber,), False)
    _check_arg("channel_number", channel_number, (MessagingChannel,), False)
    if parts is not None:
        _check_arg("parts", parts, (list, tuple), True)
    _check_items("parts", parts, (InboundMessageBody,))
    if in_reply_to is not None:
        _check_arg("in_reply_to", in_reply_to, (str,), True)
    _check_arg("provider", provider, (int,), False)
    if cost is not None:
        _check_arg("cost", cost, (Cash,), True)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.replay_received_message
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.provider_message_id = provider_message_id
        if provider_session_id is not None:
            t_provider_session_id = p.provider_session_id
            t_provider_session_id.value = provider_session_id
        if received_at is not None:
            t_received_at = p.received_at
            _set_timestamp(t_received_at, received_at)
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
        if channel_number is not None:
            t_channel_number = p.channel_number
            t_channel_number.SetInParent()
            channel_number._write(t_channel_number)
        if parts is not None:
            for x_parts in parts:
                t_parts = p.parts.add()
                x_parts._write(t_parts)
        if in_reply_to is not None:
            t_in_reply_to = p.in_reply_to
            t_in_reply_to.value = in_reply_to
        p.provider = provider  # type: ignore[assignment]
        if cost is not None:
            t_cost = p.cost
            t_cost.SetInParent()
            cost._write(t_cost)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"provider_message_id": provider_message_id, "provider_session_id": provider_session_id, "received_at": received_at, "customer_number": customer_number, "channel_number": channel_number, "parts": parts, "in_reply_to": in_reply_to, "provider": provider, "cost": cost}
        raise _argument_error("replay_received_message", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_replay_received_message(r: _app_socket_pb2.AppToServerCommandReply) -> CustomerStateUpdateReply:
    entry = r.WhichOneof("entry")
    if entry != "update_customer_state":
        raise _unexpected_reply("replay_received_message", "update_customer_state", entry)
    return CustomerStateUpdateReply.from_proto(r.update_customer_state)


def _build_replay_sent_message(
    provider_message_id: str,
    provider_session_id: str | None,
    sent_at: datetime | None,
    customer_number: CustomerNumber,
    channel_number: MessagingChannel,
    provider: ChannelNumberProvider,
    message: Message,
    in_reply_to: str | None,
    status: MessageDeliveryStatus,
    cost: Cash | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("provider_message_id", provider_message_id, (str,), False)
    if provider_session_id is not None:
        _check_arg("provider_session_id", provider_session_id, (str,), True)
    if sent_at is not None:
        _check_arg("sent_at", sent_at, (datetime, int, float), True)
    _check_arg("customer_number", customer_number, (CustomerNumber,), False)
    _check_arg("channel_number", channel_number, (MessagingChannel,), False)
    _check_arg("provider", provider, (int,), False)
    _check_arg("message", message, (Message,), False)
    if in_reply_to is not None:
        _check_arg("in_reply_to", in_reply_to, (str,), True)
    _check_arg("status", status, (int,), False)
    if cost is not None:
        _check_arg("cost", cost, (Cash,), True)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.replay_sent_message
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.provider_message_id = provider_message_id
        if provider_session_id is not None:
            t_provider_session_id = p.provider_session_id
            t_provider_session_id.value = provider_session_id
        if sent_at is not None:
            t_sent_at = p.sent_at
            _set_timestamp(t_sent_at, sent_at)
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
        if channel_number is not None:
            t_channel_number = p.channel_number
            t_channel_number.SetInParent()
            channel_number._write(t_channel_number)
        p.provider = provider  # type: ignore[assignment]
        if message is not None:
            t_message = p.message
            t_message.SetInParent()
            message._write(t_message)
        if in_reply_to is not None:
            t_in_reply_to = p.in_reply_to
            t_in_reply_to.value = in_reply_to
        p.status = status  # type: ignore[assignment]
        if cost is not None:
            t_cost = p.cost
            t_cost.SetInParent()
            cost._write(t_cost)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"provider_message_id": provider_message_id, "provider_session_id": provider_session_id, "sent_at": sent_at, "customer_number": customer_number, "channel_number": channel_number, "provider": provider, "message": message, "in_reply_to": in_reply_to, "status": status, "cost": cost}
        raise _argument_error("replay_sent_message", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_replay_sent_message(r: _app_socket_pb2.AppToServerCommandReply) -> CustomerStateUpdateReply:
    entry = r.WhichOneof("entry")
    if entry != "update_customer_state":
        raise _unexpected_reply("replay_sent_message", "update_customer_state", entry)
    return CustomerStateUpdateReply.from_proto(r.update_customer_state)


def _build_replay_message_status_update(
    provider_message_id: str,
    updated_at: datetime | None,
    customer_number: CustomerNumber,
    channel_number: MessagingChannel,
    status: MessageDeliveryStatus,
    cost: Cash | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("provider_message_id", provider_message_id, (str,), False)
    if updated_at is not None:
        _check_arg("updated_at", updated_at, (datetime, int, float), True)
    _check_arg("customer_number", customer_number, (CustomerNumber,), False)
    _check_arg("channel_number", channel_number, (MessagingChannel,), False)
    _check_arg("status", status, (int,), False)
    if cost is not None:
        _check_arg("cost", cost, (Cash,), True)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.replay_message_status_update
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.provider_message_id = provider_message_id
        if updated_at is not None:
            t_updated_at = p.updated_at
            _set_timestamp(t_updated_at, updated_at)
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
        if channel_number is not None:
            t_channel_number = p.channel_number
            t_channel_number.SetInParent()
            channel_number._write(t_channel_number)
        p.status = status  # type: ignore[assignment]
        if cost is not None:
            t_cost = p.cost
            t_cost.SetInParent()
            cost._write(t_cost)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"provider_message_id": provider_message_id, "updated_at": updated_at, "customer_number": customer_number, "channel_number": channel_number, "status": status, "cost": cost}
        raise _argument_error("replay_message_status_update", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_replay_message_status_update(r: _app_socket_pb2.AppToServerCommandReply) -> CustomerStateUpdateReply:
    entry = r.WhichOneof("entry")
    if entry != "update_customer_state":
        raise _unexpected_reply("replay_message_status_update", "update_customer_state", entry)
    return CustomerStateUpdateReply.from_proto(r.update_customer_state)


def _build_replay_message_reaction_update(
    provider_message_id: str,
    updated_at: datetime | None,
    customer_number: CustomerNumber,
    channel_number: MessagingChannel,
    reaction: MessageReaction,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("provider_message_id", provider_message_id, (str,), False)
    if updated_at is not None:
        _check_arg("updated_at", updated_at, (datetime, int, float), True)
    _check_arg("customer_number", customer_number, (CustomerNumber,), False)
    _check_arg("channel_number", channel_number, (MessagingChannel,), False)
    _check_arg("reaction", reaction, (int,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.replay_message_reaction_update
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.provider_message_id = provider_message_id
        if updated_at is not None:
            t_updated_at = p.updated_at
            _set_timestamp(t_updated_at, updated_at)
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
        if channel_number is not None:
            t_channel_number = p.channel_number
            t_channel_number.SetInParent()
            channel_number._write(t_channel_number)
        p.reaction = reaction  # type: ignore[assignment]
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"provider_message_id": provider_message_id, "updated_at": updated_at, "customer_number": customer_number, "channel_number": channel_number, "reaction": reaction}
        raise _argument_error("replay_message_reaction_update", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_replay_message_reaction_update(r: _app_socket_pb2.AppToServerCommandReply) -> CustomerStateUpdateReply:
    entry = r.WhichOneof("entry")
    if entry != "update_customer_state":
        raise _unexpected_reply("replay_message_reaction_update", "update_customer_state", entry)
    return CustomerStateUpdateReply.from_proto(r.update_customer_state)


def _build_replay_messaging_session(
    provider_session_id: str,
    customer_number: CustomerNumber,
    channel_number: MessagingChannel,
    started_at: datetime | None,
    duration: timedelta | None,
    end_reason: MessagingSessionEndReason,
    cost: Cash | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("provider_session_id", provider_session_id, (str,), False)
    _check_arg("customer_number", customer_number, (CustomerNumber,), False)
    _check_arg("channel_number", channel_number, (MessagingChannel,), False)
    if started_at is not None:
        _check_arg("started_at", started_at, (datetime, int, float), True)
    if duration is not None:
        _check_arg("duration", duration, (timedelta, int, float), True)
    _check_arg("end_reason", end_reason, (int,), False)
    if cost is not None:
        _check_arg("cost", cost, (Cash,), True)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.replay_messaging_session
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.provider_session_id = provider_session_id
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
        if channel_number is not None:
            t_channel_number = p.channel_number
            t_channel_number.SetInParent()
            channel_number._write(t_channel_number)
        if started_at is not None:
            t_started_at = p.started_at
            _set_timestamp(t_started_at, started_at)
        if duration is not None:
            t_duration = p.duration
            _set_duration(t_duration, duration)
        p.end_reason = end_reason  # type: ignore[assignment]
        if cost is not None:
            t_cost = p.cost
            t_cost.SetInParent()
            cost._write(t_cost)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"provider_session_id": provider_session_id, "customer_number": customer_number, "channel_number": channel_number, "started_at": started_at, "duration": duration, "end_reason": end_reason, "cost": cost}
        raise _argument_error("replay_messaging_session", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_replay_messaging_session(r: _app_socket_pb2.AppToServerCommandReply) -> CustomerStateUpdateReply:
    entry = r.WhichOneof("entry")
    if entry != "update_customer_state":
        raise _unexpected_reply("replay_messaging_session", "update_customer_state", entry)
    return CustomerStateUpdateReply.from_proto(r.update_customer_state)


def _build_replay_payment(
    provider_transaction_id: str,
    created_at: datetime | None,
    debit_party: PaymentCounterParty,
    credit_party: PaymentCounterParty,
    status: PaymentStatus,
    value: Cash,
    narration: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("provider_transaction_id", provider_transaction_id, (str,), False)
    if created_at is not None:
        _check_arg("created_at", created_at, (datetime, int, float), True)
    _check_arg("debit_party", debit_party, (PaymentCounterParty,), False)
    _check_arg("credit_party", credit_party, (PaymentCounterParty,), False)
    _check_arg("status", status, (int,), False)
    _check_arg("value", value, (Cash,), False)
    _check_arg("narration", narration, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.replay_payment
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.provider_transaction_id = provider_transaction_id
        if created_at is not None:
            t_created_at = p.created_at
            _set_timestamp(t_created_at, created_at)
        if debit_party is not None:
            t_debit_party = p.debit_party
            t_debit_party.SetInParent()
            debit_party._write(t_debit_party)
        if credit_party is not None:
            t_credit_party = p.credit_party
            t_credit_party.SetInParent()
            credit_party._write(t_credit_party)
        p.status = status  # type: ignore[assignment]
        if value is not None:
            t_value = p.value
            t_value.SetInParent()
            value._write(t_value)
        p.narration = narration
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"provider_transaction_id": provider_transaction_id, "created_at": created_at, "debit_party": debit_party, "credit_party": credit_party, "status": status, "value": value, "narration": narration}
        raise _argument_error("replay_payment", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_replay_payment(r: _app_socket_pb2.AppToServerCommandReply) -> ReplayPaymentReply:
    entry = r.WhichOneof("entry")
    if entry != "replay_payment":
        raise _unexpected_reply("replay_payment", "replay_payment", entry)
    return ReplayPaymentReply.from_proto(r.replay_payment)


def _build_replay_payment_status_update(
    customer_number: CustomerNumber,
    provider_transaction_id: str,
    updated_at: datetime | None,
    status: PaymentStatus,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("customer_number", customer_number, (CustomerNumber,), False)
    _check_arg("provider_transaction_id", provider_transaction_id, (str,), False)
    if updated_at is not None:
        _check_arg("updated_at", updated_at, (datetime, int, float), True)
    _check_arg("status", status, (int,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.replay_payment_status_update
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
        p.provider_transaction_id = provider_transaction_id
        if updated_at is not None:
            t_updated_at = p.updated_at
            _set_timestamp(t_updated_at, updated_at)
        p.status = status  # type: ignore[assignment]
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_number": customer_number, "provider_transaction_id": provider_transaction_id, "updated_at": updated_at, "status": status}
        raise _argument_error("replay_payment_status_update", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_replay_payment_status_update(r: _app_socket_pb2.AppToServerCommandReply) -> ReplayPaymentReply:
    entry = r.WhichOneof("entry")
    if entry != "replay_payment":
        raise _unexpected_reply("replay_payment_status_update", "replay_payment", entry)
    return ReplayPaymentReply.from_proto(r.replay_payment)


def _build_delete_customer(
    customer_id: str | None,
    customer_number: CustomerNumber | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if customer_id is not None:
        _check_arg("customer_id", customer_id, (str,), True)
    if customer_number is not None:
        _check_arg("customer_number", customer_number, (CustomerNumber,), True)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.delete_customer
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    n_customer = 0
    try:
        if customer_id is not None:
            p.customer_id = customer_id
            n_customer += 1
        if customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            customer_number._write(t_customer_number)
            n_customer += 1
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_id": customer_id, "customer_number": customer_number}
        raise _argument_error("delete_customer", exc, args, _FIELD_TYPES) from exc
    if n_customer != 1:
        raise _oneof_error("delete_customer", "customer", "customer_id, customer_number", n_customer, True)
    return env


def _parse_delete_customer(r: _app_socket_pb2.AppToServerCommandReply) -> CustomerStateUpdateReply:
    entry = r.WhichOneof("entry")
    if entry != "update_customer_state":
        raise _unexpected_reply("delete_customer", "update_customer_state", entry)
    return CustomerStateUpdateReply.from_proto(r.update_customer_state)


def _build_save_template(
    template_id: str,
    name: str,
    description: str,
    tags: list[str] | None,
    channel: CommsChannel,
    variants: list[TemplateVariant] | None,
    variables: list[str] | None,
    default_language: str,
    from_address: str,
    reply_to: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("template_id", template_id, (str,), False)
    _check_arg("name", name, (str,), False)
    _check_arg("description", description, (str,), False)
    if tags is not None:
        _check_arg("tags", tags, (list, tuple), True)
    _check_items("tags", tags, (str,))
    _check_arg("channel", channel, (int,), False)
    if variants is not None:
        _check_arg("variants", variants, (list, tuple), True)
    _check_items("variants", variants, (TemplateVariant,))
    if variables is not None:
        _check_arg("variables", variables, (list, tuple), True)
    _check_items("variables", variables, (str,))
    _check_arg("default_language", default_language, (str,), False)
    _check_arg("from_address", from_address, (str,), False)
    _check_arg("reply_to", reply_to, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.save_template
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.template_id = template_id
        p.name = name
        p.description = description
        if tags is not None:
            p.tags.extend(tags)
        p.channel = channel  # type: ignore[assignment]
        if variants is not None:
            for x_variants in variants:
                t_variants = p.variants.add()
                x_variants._write(t_variants)
        if variables is not None:
            p.variables.extend(variables)
        p.default_language = default_language
        p.from_address = from_address
        p.reply_to = reply_to
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"template_id": template_id, "name": name, "description": description, "tags": tags, "channel": channel, "variants": variants, "variables": variables, "default_language": default_language, "from_address": from_address, "reply_to": reply_to}
        raise _argument_error("save_template", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_save_template(r: _app_socket_pb2.AppToServerCommandReply) -> TemplateReply:
    entry = r.WhichOneof("entry")
    if entry != "save_template":
        raise _unexpected_reply("save_template", "save_template", entry)
    return TemplateReply.from_proto(r.save_template)


def _build_get_template(
    template_id: str,
    version: int,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("template_id", template_id, (str,), False)
    _check_arg("version", version, (int,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.get_template
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.template_id = template_id
        p.version = version
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"template_id": template_id, "version": version}
        raise _argument_error("get_template", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_get_template(r: _app_socket_pb2.AppToServerCommandReply) -> TemplateReply:
    entry = r.WhichOneof("entry")
    if entry != "get_template":
        raise _unexpected_reply("get_template", "get_template", entry)
    return TemplateReply.from_proto(r.get_template)


def _build_list_templates(
    tag: str,
    channel: CommsChannel,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("tag", tag, (str,), False)
    _check_arg("channel", channel, (int,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.list_templates
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.tag = tag
        p.channel = channel  # type: ignore[assignment]
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"tag": tag, "channel": channel}
        raise _argument_error("list_templates", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_list_templates(r: _app_socket_pb2.AppToServerCommandReply) -> TemplateListReply:
    entry = r.WhichOneof("entry")
    if entry != "list_templates":
        raise _unexpected_reply("list_templates", "list_templates", entry)
    return TemplateListReply.from_proto(r.list_templates)


def _build_preview_template(
    template_id: str,
    version: int,
    language: str,
    variables: dict[str, str] | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("template_id", template_id, (str,), False)
    _check_arg("version", version, (int,), False)
    _check_arg("language", language, (str,), False)
    if variables is not None:
        _check_arg("variables", variables, (dict,), True)
    _check_items("variables", variables, (str,))
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.preview_template
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.template_id = template_id
        p.version = version
        p.language = language
        if variables is not None:
            p.variables.update(variables)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"template_id": template_id, "version": version, "language": language, "variables": variables}
        raise _argument_error("preview_template", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_preview_template(r: _app_socket_pb2.AppToServerCommandReply) -> PreviewTemplateReply:
    entry = r.WhichOneof("entry")
    if entry != "preview_template":
        raise _unexpected_reply("preview_template", "preview_template", entry)
    return PreviewTemplateReply.from_proto(r.preview_template)


def _build_delete_template(
    template_id: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("template_id", template_id, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.delete_template
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.template_id = template_id
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"template_id": template_id}
        raise _argument_error("delete_template", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_delete_template(r: _app_socket_pb2.AppToServerCommandReply) -> CommsReply:
    entry = r.WhichOneof("entry")
    if entry != "delete_template":
        raise _unexpected_reply("delete_template", "delete_template", entry)
    return CommsReply.from_proto(r.delete_template)


def _build_set_global_variable(
    name: str,
    value: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("name", name, (str,), False)
    _check_arg("value", value, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.set_global_variable
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.name = name
        p.value = value
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"name": name, "value": value}
        raise _argument_error("set_global_variable", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_set_global_variable(r: _app_socket_pb2.AppToServerCommandReply) -> GlobalVariablesReply:
    entry = r.WhichOneof("entry")
    if entry != "set_global_variable":
        raise _unexpected_reply("set_global_variable", "set_global_variable", entry)
    return GlobalVariablesReply.from_proto(r.set_global_variable)


def _build_delete_global_variable(
    name: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("name", name, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.delete_global_variable
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.name = name
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"name": name}
        raise _argument_error("delete_global_variable", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_delete_global_variable(r: _app_socket_pb2.AppToServerCommandReply) -> GlobalVariablesReply:
    entry = r.WhichOneof("entry")
    if entry != "delete_global_variable":
        raise _unexpected_reply("delete_global_variable", "delete_global_variable", entry)
    return GlobalVariablesReply.from_proto(r.delete_global_variable)


def _build_list_global_variables(
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.list_global_variables
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    return env


def _parse_list_global_variables(r: _app_socket_pb2.AppToServerCommandReply) -> GlobalVariablesReply:
    entry = r.WhichOneof("entry")
    if entry != "list_global_variables":
        raise _unexpected_reply("list_global_variables", "list_global_variables", entry)
    return GlobalVariablesReply.from_proto(r.list_global_variables)


def _build_save_event(
    event: CommsEvent,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("event", event, (CommsEvent,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.save_event
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        if event is not None:
            t_event = p.event
            t_event.SetInParent()
            event._write(t_event)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"event": event}
        raise _argument_error("save_event", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_save_event(r: _app_socket_pb2.AppToServerCommandReply) -> EventReply:
    entry = r.WhichOneof("entry")
    if entry != "save_event":
        raise _unexpected_reply("save_event", "save_event", entry)
    return EventReply.from_proto(r.save_event)


def _build_delete_event(
    name: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("name", name, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.delete_event
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.name = name
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"name": name}
        raise _argument_error("delete_event", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_delete_event(r: _app_socket_pb2.AppToServerCommandReply) -> CommsReply:
    entry = r.WhichOneof("entry")
    if entry != "delete_event":
        raise _unexpected_reply("delete_event", "delete_event", entry)
    return CommsReply.from_proto(r.delete_event)


def _build_list_events(
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.list_events
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    return env


def _parse_list_events(r: _app_socket_pb2.AppToServerCommandReply) -> EventListReply:
    entry = r.WhichOneof("entry")
    if entry != "list_events":
        raise _unexpected_reply("list_events", "list_events", entry)
    return EventListReply.from_proto(r.list_events)


def _build_trigger_event(
    event: str,
    recipient: CommsRecipient,
    variables: dict[str, str] | None,
    queue: bool,
    language: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("event", event, (str,), False)
    _check_arg("recipient", recipient, (CommsRecipient,), False)
    if variables is not None:
        _check_arg("variables", variables, (dict,), True)
    _check_items("variables", variables, (str,))
    _check_arg("queue", queue, (bool,), False)
    _check_arg("language", language, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.trigger_event
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.event = event
        if recipient is not None:
            t_recipient = p.recipient
            t_recipient.SetInParent()
            recipient._write(t_recipient)
        if variables is not None:
            p.variables.update(variables)
        p.queue = queue
        p.language = language
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"event": event, "recipient": recipient, "variables": variables, "queue": queue, "language": language}
        raise _argument_error("trigger_event", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_trigger_event(r: _app_socket_pb2.AppToServerCommandReply) -> CommsSendReply:
    entry = r.WhichOneof("entry")
    if entry != "trigger_event":
        raise _unexpected_reply("trigger_event", "trigger_event", entry)
    return CommsSendReply.from_proto(r.trigger_event)


def _build_subscribe_event(
    event: str,
    recipient: CommsRecipient,
    subscribe: bool,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("event", event, (str,), False)
    _check_arg("recipient", recipient, (CommsRecipient,), False)
    _check_arg("subscribe", subscribe, (bool,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.subscribe_event
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.event = event
        if recipient is not None:
            t_recipient = p.recipient
            t_recipient.SetInParent()
            recipient._write(t_recipient)
        p.subscribe = subscribe
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"event": event, "recipient": recipient, "subscribe": subscribe}
        raise _argument_error("subscribe_event", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_subscribe_event(r: _app_socket_pb2.AppToServerCommandReply) -> CommsReply:
    entry = r.WhichOneof("entry")
    if entry != "subscribe_event":
        raise _unexpected_reply("subscribe_event", "subscribe_event", entry)
    return CommsReply.from_proto(r.subscribe_event)


def _build_send_template(
    template_id: str,
    recipient: CommsRecipient,
    variables: dict[str, str] | None,
    category: CommsCategory,
    queue: bool,
    language: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("template_id", template_id, (str,), False)
    _check_arg("recipient", recipient, (CommsRecipient,), False)
    if variables is not None:
        _check_arg("variables", variables, (dict,), True)
    _check_items("variables", variables, (str,))
    _check_arg("category", category, (int,), False)
    _check_arg("queue", queue, (bool,), False)
    _check_arg("language", language, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.send_template
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.template_id = template_id
        if recipient is not None:
            t_recipient = p.recipient
            t_recipient.SetInParent()
            recipient._write(t_recipient)
        if variables is not None:
            p.variables.update(variables)
        p.category = category  # type: ignore[assignment]
        p.queue = queue
        p.language = language
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"template_id": template_id, "recipient": recipient, "variables": variables, "category": category, "queue": queue, "language": language}
        raise _argument_error("send_template", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_send_template(r: _app_socket_pb2.AppToServerCommandReply) -> CommsSendReply:
    entry = r.WhichOneof("entry")
    if entry != "send_template":
        raise _unexpected_reply("send_template", "send_template", entry)
    return CommsSendReply.from_proto(r.send_template)


def _build_set_otp_config(
    config: OtpConfig,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("config", config, (OtpConfig,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.set_otp_config
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        if config is not None:
            t_config = p.config
            t_config.SetInParent()
            config._write(t_config)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"config": config}
        raise _argument_error("set_otp_config", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_set_otp_config(r: _app_socket_pb2.AppToServerCommandReply) -> OtpConfigsReply:
    entry = r.WhichOneof("entry")
    if entry != "set_otp_config":
        raise _unexpected_reply("set_otp_config", "set_otp_config", entry)
    return OtpConfigsReply.from_proto(r.set_otp_config)


def _build_list_otp_configs(
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.list_otp_configs
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    return env


def _parse_list_otp_configs(r: _app_socket_pb2.AppToServerCommandReply) -> OtpConfigsReply:
    entry = r.WhichOneof("entry")
    if entry != "list_otp_configs":
        raise _unexpected_reply("list_otp_configs", "list_otp_configs", entry)
    return OtpConfigsReply.from_proto(r.list_otp_configs)


def _build_send_otp(
    config: str,
    recipient: CommsRecipient,
    variables: dict[str, str] | None,
    language: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("config", config, (str,), False)
    _check_arg("recipient", recipient, (CommsRecipient,), False)
    if variables is not None:
        _check_arg("variables", variables, (dict,), True)
    _check_items("variables", variables, (str,))
    _check_arg("language", language, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.send_otp
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.config = config
        if recipient is not None:
            t_recipient = p.recipient
            t_recipient.SetInParent()
            recipient._write(t_recipient)
        if variables is not None:
            p.variables.update(variables)
        p.language = language
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"config": config, "recipient": recipient, "variables": variables, "language": language}
        raise _argument_error("send_otp", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_send_otp(r: _app_socket_pb2.AppToServerCommandReply) -> SendOtpReply:
    entry = r.WhichOneof("entry")
    if entry != "send_otp":
        raise _unexpected_reply("send_otp", "send_otp", entry)
    return SendOtpReply.from_proto(r.send_otp)


def _build_verify_otp(
    otp_id: str,
    code: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("otp_id", otp_id, (str,), False)
    _check_arg("code", code, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.verify_otp
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.otp_id = otp_id
        p.code = code
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"otp_id": otp_id, "code": code}
        raise _argument_error("verify_otp", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_verify_otp(r: _app_socket_pb2.AppToServerCommandReply) -> VerifyOtpReply:
    entry = r.WhichOneof("entry")
    if entry != "verify_otp":
        raise _unexpected_reply("verify_otp", "verify_otp", entry)
    return VerifyOtpReply.from_proto(r.verify_otp)


def _build_list_providers(
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.list_providers
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    return env


def _parse_list_providers(r: _app_socket_pb2.AppToServerCommandReply) -> ProvidersReply:
    entry = r.WhichOneof("entry")
    if entry != "list_providers":
        raise _unexpected_reply("list_providers", "list_providers", entry)
    return ProvidersReply.from_proto(r.list_providers)


def _build_test_provider(
    name: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("name", name, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.test_provider
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.name = name
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"name": name}
        raise _argument_error("test_provider", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_test_provider(r: _app_socket_pb2.AppToServerCommandReply) -> CommsReply:
    entry = r.WhichOneof("entry")
    if entry != "test_provider":
        raise _unexpected_reply("test_provider", "test_provider", entry)
    return CommsReply.from_proto(r.test_provider)


def _build_set_provider(
    provider: ProviderInfo,
    secret: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("provider", provider, (ProviderInfo,), False)
    _check_arg("secret", secret, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.set_provider
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        if provider is not None:
            t_provider = p.provider
            t_provider.SetInParent()
            provider._write(t_provider)
        p.secret = secret
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"provider": provider, "secret": secret}
        raise _argument_error("set_provider", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_set_provider(r: _app_socket_pb2.AppToServerCommandReply) -> ProvidersReply:
    entry = r.WhichOneof("entry")
    if entry != "set_provider":
        raise _unexpected_reply("set_provider", "set_provider", entry)
    return ProvidersReply.from_proto(r.set_provider)


def _build_delete_provider(
    name: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("name", name, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.delete_provider
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.name = name
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"name": name}
        raise _argument_error("delete_provider", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_delete_provider(r: _app_socket_pb2.AppToServerCommandReply) -> ProvidersReply:
    entry = r.WhichOneof("entry")
    if entry != "delete_provider":
        raise _unexpected_reply("delete_provider", "delete_provider", entry)
    return ProvidersReply.from_proto(r.delete_provider)


def _build_set_provider_defaults(
    defaults: ProviderDefaults,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("defaults", defaults, (ProviderDefaults,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.set_provider_defaults
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        if defaults is not None:
            t_defaults = p.defaults
            t_defaults.SetInParent()
            defaults._write(t_defaults)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"defaults": defaults}
        raise _argument_error("set_provider_defaults", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_set_provider_defaults(r: _app_socket_pb2.AppToServerCommandReply) -> ProvidersReply:
    entry = r.WhichOneof("entry")
    if entry != "set_provider_defaults":
        raise _unexpected_reply("set_provider_defaults", "set_provider_defaults", entry)
    return ProvidersReply.from_proto(r.set_provider_defaults)


def _build_query_reports(
    since: datetime | None,
    until: datetime | None,
    channel: CommsChannel,
    address: str,
    outcome: ReportOutcome,
    template_id: str,
    job_id: str,
    campaign_id: str,
    cursor: str,
    limit: int,
    event: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if since is not None:
        _check_arg("since", since, (datetime, int, float), True)
    if until is not None:
        _check_arg("until", until, (datetime, int, float), True)
    _check_arg("channel", channel, (int,), False)
    _check_arg("address", address, (str,), False)
    _check_arg("outcome", outcome, (int,), False)
    _check_arg("template_id", template_id, (str,), False)
    _check_arg("job_id", job_id, (str,), False)
    _check_arg("campaign_id", campaign_id, (str,), False)
    _check_arg("cursor", cursor, (str,), False)
    _check_arg("limit", limit, (int,), False)
    _check_arg("event", event, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.query_reports
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        if since is not None:
            t_since = p.since
            _set_timestamp(t_since, since)
        if until is not None:
            t_until = p.until
            _set_timestamp(t_until, until)
        p.channel = channel  # type: ignore[assignment]
        p.address = address
        p.outcome = outcome  # type: ignore[assignment]
        p.template_id = template_id
        p.job_id = job_id
        p.campaign_id = campaign_id
        p.cursor = cursor
        p.limit = limit
        p.event = event
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"since": since, "until": until, "channel": channel, "address": address, "outcome": outcome, "template_id": template_id, "job_id": job_id, "campaign_id": campaign_id, "cursor": cursor, "limit": limit, "event": event}
        raise _argument_error("query_reports", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_query_reports(r: _app_socket_pb2.AppToServerCommandReply) -> ReportsReply:
    entry = r.WhichOneof("entry")
    if entry != "query_reports":
        raise _unexpected_reply("query_reports", "query_reports", entry)
    return ReportsReply.from_proto(r.query_reports)


def _build_create_audience(
    name: str,
    columns: list[str] | None,
    phone_column: str,
    email_column: str,
    region: str,
    customer_tag: SecondaryId | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("name", name, (str,), False)
    if columns is not None:
        _check_arg("columns", columns, (list, tuple), True)
    _check_items("columns", columns, (str,))
    _check_arg("phone_column", phone_column, (str,), False)
    _check_arg("email_column", email_column, (str,), False)
    _check_arg("region", region, (str,), False)
    if customer_tag is not None:
        _check_arg("customer_tag", customer_tag, (SecondaryId,), True)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.create_audience
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.name = name
        if columns is not None:
            p.columns.extend(columns)
        p.phone_column = phone_column
        p.email_column = email_column
        p.region = region
        if customer_tag is not None:
            t_customer_tag = p.customer_tag
            t_customer_tag.SetInParent()
            customer_tag._write(t_customer_tag)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"name": name, "columns": columns, "phone_column": phone_column, "email_column": email_column, "region": region, "customer_tag": customer_tag}
        raise _argument_error("create_audience", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_create_audience(r: _app_socket_pb2.AppToServerCommandReply) -> AudienceReply:
    entry = r.WhichOneof("entry")
    if entry != "create_audience":
        raise _unexpected_reply("create_audience", "create_audience", entry)
    return AudienceReply.from_proto(r.create_audience)


def _build_import_audience_chunk(
    audience_id: str,
    chunk: int,
    rows: list[AudienceRow] | None,
    last: bool,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("audience_id", audience_id, (str,), False)
    _check_arg("chunk", chunk, (int,), False)
    if rows is not None:
        _check_arg("rows", rows, (list, tuple), True)
    _check_items("rows", rows, (AudienceRow,))
    _check_arg("last", last, (bool,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.import_audience_chunk
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.audience_id = audience_id
        p.chunk = chunk
        if rows is not None:
            for x_rows in rows:
                t_rows = p.rows.add()
                x_rows._write(t_rows)
        p.last = last
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"audience_id": audience_id, "chunk": chunk, "rows": rows, "last": last}
        raise _argument_error("import_audience_chunk", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_import_audience_chunk(r: _app_socket_pb2.AppToServerCommandReply) -> AudienceReply:
    entry = r.WhichOneof("entry")
    if entry != "import_audience_chunk":
        raise _unexpected_reply("import_audience_chunk", "import_audience_chunk", entry)
    return AudienceReply.from_proto(r.import_audience_chunk)


def _build_get_audience(
    audience_id: str,
    name: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("audience_id", audience_id, (str,), False)
    _check_arg("name", name, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.get_audience
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.audience_id = audience_id
        p.name = name
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"audience_id": audience_id, "name": name}
        raise _argument_error("get_audience", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_get_audience(r: _app_socket_pb2.AppToServerCommandReply) -> AudienceReply:
    entry = r.WhichOneof("entry")
    if entry != "get_audience":
        raise _unexpected_reply("get_audience", "get_audience", entry)
    return AudienceReply.from_proto(r.get_audience)


def _build_list_audiences(
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.list_audiences
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    return env


def _parse_list_audiences(r: _app_socket_pb2.AppToServerCommandReply) -> AudienceListReply:
    entry = r.WhichOneof("entry")
    if entry != "list_audiences":
        raise _unexpected_reply("list_audiences", "list_audiences", entry)
    return AudienceListReply.from_proto(r.list_audiences)


def _build_delete_audience(
    audience_id: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("audience_id", audience_id, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.delete_audience
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.audience_id = audience_id
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"audience_id": audience_id}
        raise _argument_error("delete_audience", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_delete_audience(r: _app_socket_pb2.AppToServerCommandReply) -> CommsReply:
    entry = r.WhichOneof("entry")
    if entry != "delete_audience":
        raise _unexpected_reply("delete_audience", "delete_audience", entry)
    return CommsReply.from_proto(r.delete_audience)


def _build_list_audience_rejects(
    audience_id: str,
    cursor: str,
    limit: int,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("audience_id", audience_id, (str,), False)
    _check_arg("cursor", cursor, (str,), False)
    _check_arg("limit", limit, (int,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.list_audience_rejects
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.audience_id = audience_id
        p.cursor = cursor
        p.limit = limit
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"audience_id": audience_id, "cursor": cursor, "limit": limit}
        raise _argument_error("list_audience_rejects", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_list_audience_rejects(r: _app_socket_pb2.AppToServerCommandReply) -> AudienceRejectsReply:
    entry = r.WhichOneof("entry")
    if entry != "list_audience_rejects":
        raise _unexpected_reply("list_audience_rejects", "list_audience_rejects", entry)
    return AudienceRejectsReply.from_proto(r.list_audience_rejects)


def _build_list_audience_members(
    audience_id: str,
    cursor: str,
    limit: int,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("audience_id", audience_id, (str,), False)
    _check_arg("cursor", cursor, (str,), False)
    _check_arg("limit", limit, (int,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.list_audience_members
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.audience_id = audience_id
        p.cursor = cursor
        p.limit = limit
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"audience_id": audience_id, "cursor": cursor, "limit": limit}
        raise _argument_error("list_audience_members", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_list_audience_members(r: _app_socket_pb2.AppToServerCommandReply) -> AudienceMembersReply:
    entry = r.WhichOneof("entry")
    if entry != "list_audience_members":
        raise _unexpected_reply("list_audience_members", "list_audience_members", entry)
    return AudienceMembersReply.from_proto(r.list_audience_members)


def _build_save_campaign(
    campaign: Campaign,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("campaign", campaign, (Campaign,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.save_campaign
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        if campaign is not None:
            t_campaign = p.campaign
            t_campaign.SetInParent()
            campaign._write(t_campaign)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"campaign": campaign}
        raise _argument_error("save_campaign", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_save_campaign(r: _app_socket_pb2.AppToServerCommandReply) -> CampaignReply:
    entry = r.WhichOneof("entry")
    if entry != "save_campaign":
        raise _unexpected_reply("save_campaign", "save_campaign", entry)
    return CampaignReply.from_proto(r.save_campaign)


def _build_get_campaign(
    campaign_id: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("campaign_id", campaign_id, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.get_campaign
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.campaign_id = campaign_id
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"campaign_id": campaign_id}
        raise _argument_error("get_campaign", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_get_campaign(r: _app_socket_pb2.AppToServerCommandReply) -> CampaignReply:
    entry = r.WhichOneof("entry")
    if entry != "get_campaign":
        raise _unexpected_reply("get_campaign", "get_campaign", entry)
    return CampaignReply.from_proto(r.get_campaign)


def _build_list_campaigns(
    state: CampaignState,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("state", state, (int,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.list_campaigns
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.state = state  # type: ignore[assignment]
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"state": state}
        raise _argument_error("list_campaigns", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_list_campaigns(r: _app_socket_pb2.AppToServerCommandReply) -> CampaignListReply:
    entry = r.WhichOneof("entry")
    if entry != "list_campaigns":
        raise _unexpected_reply("list_campaigns", "list_campaigns", entry)
    return CampaignListReply.from_proto(r.list_campaigns)


def _build_start_campaign(
    campaign_id: str,
    at: datetime | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("campaign_id", campaign_id, (str,), False)
    if at is not None:
        _check_arg("at", at, (datetime, int, float), True)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.start_campaign
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.campaign_id = campaign_id
        if at is not None:
            t_at = p.at
            _set_timestamp(t_at, at)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"campaign_id": campaign_id, "at": at}
        raise _argument_error("start_campaign", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_start_campaign(r: _app_socket_pb2.AppToServerCommandReply) -> CampaignReply:
    entry = r.WhichOneof("entry")
    if entry != "start_campaign":
        raise _unexpected_reply("start_campaign", "start_campaign", entry)
    return CampaignReply.from_proto(r.start_campaign)


def _build_pause_campaign(
    campaign_id: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("campaign_id", campaign_id, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.pause_campaign
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.campaign_id = campaign_id
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"campaign_id": campaign_id}
        raise _argument_error("pause_campaign", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_pause_campaign(r: _app_socket_pb2.AppToServerCommandReply) -> CampaignReply:
    entry = r.WhichOneof("entry")
    if entry != "pause_campaign":
        raise _unexpected_reply("pause_campaign", "pause_campaign", entry)
    return CampaignReply.from_proto(r.pause_campaign)


def _build_resume_campaign(
    campaign_id: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("campaign_id", campaign_id, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.resume_campaign
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.campaign_id = campaign_id
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"campaign_id": campaign_id}
        raise _argument_error("resume_campaign", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_resume_campaign(r: _app_socket_pb2.AppToServerCommandReply) -> CampaignReply:
    entry = r.WhichOneof("entry")
    if entry != "resume_campaign":
        raise _unexpected_reply("resume_campaign", "resume_campaign", entry)
    return CampaignReply.from_proto(r.resume_campaign)


def _build_cancel_campaign(
    campaign_id: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("campaign_id", campaign_id, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.cancel_campaign
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.campaign_id = campaign_id
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"campaign_id": campaign_id}
        raise _argument_error("cancel_campaign", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_cancel_campaign(r: _app_socket_pb2.AppToServerCommandReply) -> CampaignReply:
    entry = r.WhichOneof("entry")
    if entry != "cancel_campaign":
        raise _unexpected_reply("cancel_campaign", "cancel_campaign", entry)
    return CampaignReply.from_proto(r.cancel_campaign)


def _build_test_campaign(
    campaign_id: str,
    address: str,
    variables: dict[str, str] | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("campaign_id", campaign_id, (str,), False)
    _check_arg("address", address, (str,), False)
    if variables is not None:
        _check_arg("variables", variables, (dict,), True)
    _check_items("variables", variables, (str,))
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.test_campaign
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.campaign_id = campaign_id
        p.address = address
        if variables is not None:
            p.variables.update(variables)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"campaign_id": campaign_id, "address": address, "variables": variables}
        raise _argument_error("test_campaign", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_test_campaign(r: _app_socket_pb2.AppToServerCommandReply) -> CommsSendReply:
    entry = r.WhichOneof("entry")
    if entry != "test_campaign":
        raise _unexpected_reply("test_campaign", "test_campaign", entry)
    return CommsSendReply.from_proto(r.test_campaign)


def _build_list_connectors(
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.list_connectors
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    return env


def _parse_list_connectors(r: _app_socket_pb2.AppToServerCommandReply) -> ConnectorsReply:
    entry = r.WhichOneof("entry")
    if entry != "list_connectors":
        raise _unexpected_reply("list_connectors", "list_connectors", entry)
    return ConnectorsReply.from_proto(r.list_connectors)


def _build_set_webhook_connector(
    connector: WebhookConnector,
    secret: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("connector", connector, (WebhookConnector,), False)
    _check_arg("secret", secret, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.set_webhook_connector
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        if connector is not None:
            t_connector = p.connector
            t_connector.SetInParent()
            connector._write(t_connector)
        p.secret = secret
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"connector": connector, "secret": secret}
        raise _argument_error("set_webhook_connector", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_set_webhook_connector(r: _app_socket_pb2.AppToServerCommandReply) -> ConnectorsReply:
    entry = r.WhichOneof("entry")
    if entry != "set_webhook_connector":
        raise _unexpected_reply("set_webhook_connector", "set_webhook_connector", entry)
    return ConnectorsReply.from_proto(r.set_webhook_connector)


def _build_delete_webhook_connector(
    name: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("name", name, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.delete_webhook_connector
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.name = name
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"name": name}
        raise _argument_error("delete_webhook_connector", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_delete_webhook_connector(r: _app_socket_pb2.AppToServerCommandReply) -> ConnectorsReply:
    entry = r.WhichOneof("entry")
    if entry != "delete_webhook_connector":
        raise _unexpected_reply("delete_webhook_connector", "delete_webhook_connector", entry)
    return ConnectorsReply.from_proto(r.delete_webhook_connector)


def _build_enable_webhook_connector(
    name: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("name", name, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.enable_webhook_connector
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.name = name
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"name": name}
        raise _argument_error("enable_webhook_connector", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_enable_webhook_connector(r: _app_socket_pb2.AppToServerCommandReply) -> ConnectorsReply:
    entry = r.WhichOneof("entry")
    if entry != "enable_webhook_connector":
        raise _unexpected_reply("enable_webhook_connector", "enable_webhook_connector", entry)
    return ConnectorsReply.from_proto(r.enable_webhook_connector)


def _build_list_webhook_deliveries(
    connector: str,
    status: WebhookDeliveryStatus,
    since: datetime | None,
    until: datetime | None,
    cursor: str,
    limit: int,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("connector", connector, (str,), False)
    _check_arg("status", status, (int,), False)
    if since is not None:
        _check_arg("since", since, (datetime, int, float), True)
    if until is not None:
        _check_arg("until", until, (datetime, int, float), True)
    _check_arg("cursor", cursor, (str,), False)
    _check_arg("limit", limit, (int,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.list_webhook_deliveries
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.connector = connector
        p.status = status  # type: ignore[assignment]
        if since is not None:
            t_since = p.since
            _set_timestamp(t_since, since)
        if until is not None:
            t_until = p.until
            _set_timestamp(t_until, until)
        p.cursor = cursor
        p.limit = limit
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"connector": connector, "status": status, "since": since, "until": until, "cursor": cursor, "limit": limit}
        raise _argument_error("list_webhook_deliveries", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_list_webhook_deliveries(r: _app_socket_pb2.AppToServerCommandReply) -> WebhookDeliveriesReply:
    entry = r.WhichOneof("entry")
    if entry != "list_webhook_deliveries":
        raise _unexpected_reply("list_webhook_deliveries", "list_webhook_deliveries", entry)
    return WebhookDeliveriesReply.from_proto(r.list_webhook_deliveries)


def _build_replay_webhook_deliveries(
    connector: str,
    webhook_ids: list[str] | None,
    since: datetime | None,
    until: datetime | None,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("connector", connector, (str,), False)
    if webhook_ids is not None:
        _check_arg("webhook_ids", webhook_ids, (list, tuple), True)
    _check_items("webhook_ids", webhook_ids, (str,))
    if since is not None:
        _check_arg("since", since, (datetime, int, float), True)
    if until is not None:
        _check_arg("until", until, (datetime, int, float), True)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.replay_webhook_deliveries
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.connector = connector
        if webhook_ids is not None:
            p.webhook_ids.extend(webhook_ids)
        if since is not None:
            t_since = p.since
            _set_timestamp(t_since, since)
        if until is not None:
            t_until = p.until
            _set_timestamp(t_until, until)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"connector": connector, "webhook_ids": webhook_ids, "since": since, "until": until}
        raise _argument_error("replay_webhook_deliveries", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_replay_webhook_deliveries(r: _app_socket_pb2.AppToServerCommandReply) -> ConnectorCountReply:
    entry = r.WhichOneof("entry")
    if entry != "replay_webhook_deliveries":
        raise _unexpected_reply("replay_webhook_deliveries", "replay_webhook_deliveries", entry)
    return ConnectorCountReply.from_proto(r.replay_webhook_deliveries)


def _build_get_inbound_event(
    connector: str,
    event_id: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("connector", connector, (str,), False)
    _check_arg("event_id", event_id, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.get_inbound_event
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.connector = connector
        p.event_id = event_id
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"connector": connector, "event_id": event_id}
        raise _argument_error("get_inbound_event", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_get_inbound_event(r: _app_socket_pb2.AppToServerCommandReply) -> InboundEventReply:
    entry = r.WhichOneof("entry")
    if entry != "get_inbound_event":
        raise _unexpected_reply("get_inbound_event", "get_inbound_event", entry)
    return InboundEventReply.from_proto(r.get_inbound_event)


def _build_replay_inbound_event(
    connector: str,
    event_id: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("connector", connector, (str,), False)
    _check_arg("event_id", event_id, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.replay_inbound_event
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.connector = connector
        p.event_id = event_id
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"connector": connector, "event_id": event_id}
        raise _argument_error("replay_inbound_event", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_replay_inbound_event(r: _app_socket_pb2.AppToServerCommandReply) -> ConnectorCountReply:
    entry = r.WhichOneof("entry")
    if entry != "replay_inbound_event":
        raise _unexpected_reply("replay_inbound_event", "replay_inbound_event", entry)
    return ConnectorCountReply.from_proto(r.replay_inbound_event)


def _build_update_suppression(
    channel: CommsChannel,
    address: str,
    suppress: bool,
    reason: str,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("channel", channel, (int,), False)
    _check_arg("address", address, (str,), False)
    _check_arg("suppress", suppress, (bool,), False)
    _check_arg("reason", reason, (str,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.update_suppression
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.channel = channel  # type: ignore[assignment]
        p.address = address
        p.suppress = suppress
        p.reason = reason
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"channel": channel, "address": address, "suppress": suppress, "reason": reason}
        raise _argument_error("update_suppression", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_update_suppression(r: _app_socket_pb2.AppToServerCommandReply) -> CommsReply:
    entry = r.WhichOneof("entry")
    if entry != "update_suppression":
        raise _unexpected_reply("update_suppression", "update_suppression", entry)
    return CommsReply.from_proto(r.update_suppression)


def _build_list_suppressions(
    channel: CommsChannel,
    cursor: str,
    limit: int,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    _check_arg("channel", channel, (int,), False)
    _check_arg("cursor", cursor, (str,), False)
    _check_arg("limit", limit, (int,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.list_suppressions
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.channel = channel  # type: ignore[assignment]
        p.cursor = cursor
        p.limit = limit
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"channel": channel, "cursor": cursor, "limit": limit}
        raise _argument_error("list_suppressions", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_list_suppressions(r: _app_socket_pb2.AppToServerCommandReply) -> SuppressionsReply:
    entry = r.WhichOneof("entry")
    if entry != "list_suppressions":
        raise _unexpected_reply("list_suppressions", "list_suppressions", entry)
    return SuppressionsReply.from_proto(r.list_suppressions)


def _build_query_audit_log(
    since: datetime | None,
    until: datetime | None,
    cursor: str,
    limit: int,
    idempotency_key: str | None,
) -> _app_socket_pb2.AppToServerCommand:
    if since is not None:
        _check_arg("since", since, (datetime, int, float), True)
    if until is not None:
        _check_arg("until", until, (datetime, int, float), True)
    _check_arg("cursor", cursor, (str,), False)
    _check_arg("limit", limit, (int,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _app_socket_pb2.AppToServerCommand()
    p = env.query_audit_log
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        if since is not None:
            t_since = p.since
            _set_timestamp(t_since, since)
        if until is not None:
            t_until = p.until
            _set_timestamp(t_until, until)
        p.cursor = cursor
        p.limit = limit
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"since": since, "until": until, "cursor": cursor, "limit": limit}
        raise _argument_error("query_audit_log", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_query_audit_log(r: _app_socket_pb2.AppToServerCommandReply) -> AuditLogReply:
    entry = r.WhichOneof("entry")
    if entry != "query_audit_log":
        raise _unexpected_reply("query_audit_log", "query_audit_log", entry)
    return AuditLogReply.from_proto(r.query_audit_log)


class SimulatorCommands:
    """Commands.

    One method per command; each has a ``*_async`` twin returning a Future.
    """

    __slots__ = ()

    def _request(
        self,
        command: _simulator_socket_pb2.SimulatorToServerCommand,
        parse: Callable[[_simulator_socket_pb2.SimulatorToServerCommandReply], _T],
        timeout: float | None,
    ) -> _T:
        """Send ``command``, wait for the reply, return ``parse(reply)``; supplied by a client."""
        raise NotImplementedError(f"{type(self).__name__} does not implement _request")

    def _request_async(
        self,
        command: _simulator_socket_pb2.SimulatorToServerCommand,
        parse: Callable[[_simulator_socket_pb2.SimulatorToServerCommandReply], _T],
        timeout: float | None,
    ) -> Future[_T]:
        """Send ``command`` and return a Future of ``parse(reply)``; supplied by a client."""
        raise NotImplementedError(f"{type(self).__name__} does not implement _request_async")

    def receive_message(
        self,
        *,
        customer_number: str = "",
        channel_number: MessagingChannel,
        parts: list[InboundMessageBody] | None = None,
        session_id: str | None = None,
        cost: Cash | None = None,
        duration: timedelta | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> SimulatorReply:
        """A customer sends a message to one of the org's channel numbers.

        Args:
            customer_number: The customer, by number (found or created).
            channel_number: The org's channel number to use.
            parts: The message's parts (text, media, USSD input, voice input...).
            session_id: The session the activity or message belongs to.
            cost: What it cost, if known.
            duration: ``duration`` of ``ReceiveMessageSimulatorCommand``.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            SimulatorReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_receive_message(customer_number, channel_number, parts, session_id, cost, duration, idempotency_key)
        return self._request(command, _parse_receive_message, timeout)

    def receive_message_async(
        self,
        *,
        customer_number: str = "",
        channel_number: MessagingChannel,
        parts: list[InboundMessageBody] | None = None,
        session_id: str | None = None,
        cost: Cash | None = None,
        duration: timedelta | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[SimulatorReply]:
        """Like ``receive_message()``, but return a Future at once (argument errors still raise here)."""
        command = _build_receive_message(customer_number, channel_number, parts, session_id, cost, duration, idempotency_key)
        return self._request_async(command, _parse_receive_message, timeout)

    def receive_payment(
        self,
        *,
        transaction_id: str = "",
        channel_number: PaymentChannelNumber,
        customer_number: str = "",
        value: Cash,
        status: PaymentStatus = PaymentStatus.UNSPECIFIED,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> SimulatorReply:
        """A customer pays into one of the org's payment channel numbers.

        Args:
            transaction_id: The transaction's id.
            channel_number: The org's channel number to use.
            customer_number: The customer, by number (found or created).
            value: The amount and currency.
            status: The status to record.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            SimulatorReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_receive_payment(transaction_id, channel_number, customer_number, value, status, idempotency_key)
        return self._request(command, _parse_receive_payment, timeout)

    def receive_payment_async(
        self,
        *,
        transaction_id: str = "",
        channel_number: PaymentChannelNumber,
        customer_number: str = "",
        value: Cash,
        status: PaymentStatus = PaymentStatus.UNSPECIFIED,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[SimulatorReply]:
        """Like ``receive_payment()``, but return a Future at once (argument errors still raise here)."""
        command = _build_receive_payment(transaction_id, channel_number, customer_number, value, status, idempotency_key)
        return self._request_async(command, _parse_receive_payment, timeout)

    def update_payment_status(
        self,
        *,
        transaction_id: str = "",
        status: PaymentStatus = PaymentStatus.UNSPECIFIED,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> SimulatorReply:
        """The customer's side settles a pending payment (confirms, declines...).

        Args:
            transaction_id: The transaction's id.
            status: The status to record.
            idempotency_key: A retry of a command whose answer was lost gets the first answer instead of running again
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            SimulatorReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_update_payment_status(transaction_id, status, idempotency_key)
        return self._request(command, _parse_update_payment_status, timeout)

    def update_payment_status_async(
        self,
        *,
        transaction_id: str = "",
        status: PaymentStatus = PaymentStatus.UNSPECIFIED,
        idempotency_key: str | None = None,
        timeout: float | None = None,
    ) -> Future[SimulatorReply]:
        """Like ``update_payment_status()``, but return a Future at once (argument errors still raise here)."""
        command = _build_update_payment_status(transaction_id, status, idempotency_key)
        return self._request_async(command, _parse_update_payment_status, timeout)


def _build_receive_message(
    customer_number: str,
    channel_number: MessagingChannel,
    parts: list[InboundMessageBody] | None,
    session_id: str | None,
    cost: Cash | None,
    duration: timedelta | None,
    idempotency_key: str | None,
) -> _simulator_socket_pb2.SimulatorToServerCommand:
    _check_arg("customer_number", customer_number, (str,), False)
    _check_arg("channel_number", channel_number, (MessagingChannel,), False)
    if parts is not None:
        _check_arg("parts", parts, (list, tuple), True)
    _check_items("parts", parts, (InboundMessageBody,))
    if session_id is not None:
        _check_arg("session_id", session_id, (str,), True)
    if cost is not None:
        _check_arg("cost", cost, (Cash,), True)
    if duration is not None:
        _check_arg("duration", duration, (timedelta, int, float), True)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _simulator_socket_pb2.SimulatorToServerCommand()
    p = env.receive_message
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.customer_number = customer_number
        if channel_number is not None:
            t_channel_number = p.channel_number
            t_channel_number.SetInParent()
            channel_number._write(t_channel_number)
        if parts is not None:
            for x_parts in parts:
                t_parts = p.parts.add()
                x_parts._write(t_parts)
        if session_id is not None:
            t_session_id = p.session_id
            t_session_id.value = session_id
        if cost is not None:
            t_cost = p.cost
            t_cost.SetInParent()
            cost._write(t_cost)
        if duration is not None:
            t_duration = p.duration
            _set_duration(t_duration, duration)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"customer_number": customer_number, "channel_number": channel_number, "parts": parts, "session_id": session_id, "cost": cost, "duration": duration}
        raise _argument_error("receive_message", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_receive_message(r: _simulator_socket_pb2.SimulatorToServerCommandReply) -> SimulatorReply:
    return SimulatorReply.from_proto(r)


def _build_receive_payment(
    transaction_id: str,
    channel_number: PaymentChannelNumber,
    customer_number: str,
    value: Cash,
    status: PaymentStatus,
    idempotency_key: str | None,
) -> _simulator_socket_pb2.SimulatorToServerCommand:
    _check_arg("transaction_id", transaction_id, (str,), False)
    _check_arg("channel_number", channel_number, (PaymentChannelNumber,), False)
    _check_arg("customer_number", customer_number, (str,), False)
    _check_arg("value", value, (Cash,), False)
    _check_arg("status", status, (int,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _simulator_socket_pb2.SimulatorToServerCommand()
    p = env.receive_payment
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.transaction_id = transaction_id
        if channel_number is not None:
            t_channel_number = p.channel_number
            t_channel_number.SetInParent()
            channel_number._write(t_channel_number)
        p.customer_number = customer_number
        if value is not None:
            t_value = p.value
            t_value.SetInParent()
            value._write(t_value)
        p.status = status  # type: ignore[assignment]
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"transaction_id": transaction_id, "channel_number": channel_number, "customer_number": customer_number, "value": value, "status": status}
        raise _argument_error("receive_payment", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_receive_payment(r: _simulator_socket_pb2.SimulatorToServerCommandReply) -> SimulatorReply:
    return SimulatorReply.from_proto(r)


def _build_update_payment_status(
    transaction_id: str,
    status: PaymentStatus,
    idempotency_key: str | None,
) -> _simulator_socket_pb2.SimulatorToServerCommand:
    _check_arg("transaction_id", transaction_id, (str,), False)
    _check_arg("status", status, (int,), False)
    if idempotency_key is not None:
        _check_arg("idempotency_key", idempotency_key, (str,), True)
    env = _simulator_socket_pb2.SimulatorToServerCommand()
    p = env.update_payment_status
    p.SetInParent()
    if idempotency_key is not None:
        env.idempotency_key = idempotency_key
    try:
        p.transaction_id = transaction_id
        p.status = status  # type: ignore[assignment]
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"transaction_id": transaction_id, "status": status}
        raise _argument_error("update_payment_status", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_update_payment_status(r: _simulator_socket_pb2.SimulatorToServerCommandReply) -> SimulatorReply:
    return SimulatorReply.from_proto(r)
