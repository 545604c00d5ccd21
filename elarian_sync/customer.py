"""``Customer``: one customer of the org, as an app sees them.

The spec's methods (``get_state``, ``send_message``, ``update_metadata``...) and
their ``*_async`` twins are generated from ``codegen/facade.toml`` into
``CustomerMethods``; this class holds what no declaration can say: how a
customer is named, what a reply teaches it, and what a few replies become.

A customer is named by id, by number or by secondary id; every command takes
whichever the ``Customer`` was made with (the runtime resolves it: no method
looks the customer up first), and the id is learned from the first reply that
carries it. Methods the spec gives a value (``get_state``, ``get_metadata``,
``get_tags``, ``lease_app_data``) raise ``CommandRefusedError`` when the
runtime refuses; the others return the reply, whose ``status`` and
``description`` say how it went.
"""

from __future__ import annotations

import os
from typing import Any, Protocol, TypeVar

from . import _args as arg
from ._dispatch import Serializer, decode_app_data, encode_app_data
from ._generated import commands as _C
from ._generated import models as M
from ._generated.facade import CustomerMethods, ElarianMethods
from ._handlers import AppData
from .errors import ArgumentValueError, CommandRefusedError, wrong_type

R = TypeVar("R")


class App(Protocol):
    """What a Customer needs of its client (an ``Elarian``): the commands and the serializer."""

    @property
    def commands(self) -> _C.AppCommands: ...

    @property
    def serializer(self) -> Serializer: ...


class Customer(CustomerMethods):
    """One customer of the org, as an app sees them."""

    __slots__ = ("_activity_session", "client", "customer_id", "customer_number", "secondary_id")

    def __init__(
        self,
        client: App,
        *,
        customer_id: str | None = None,
        customer_number: M.CustomerNumber | str | None = None,
        secondary_id: M.SecondaryId | None = None,
    ) -> None:
        if not isinstance(client, ElarianMethods):  # the app connection every Elarian is
            raise wrong_type("client", "Elarian", client)
        if customer_id is None and customer_number is None and secondary_id is None:
            raise ArgumentValueError("give customer_id, customer_number or secondary_id")
        self.client = client
        self.customer_id = arg.optional_text(customer_id, "customer_id")
        self.customer_number = arg.customer_number(customer_number) if customer_number is not None else None
        self.secondary_id = arg.secondary(secondary_id, "secondary_id") if secondary_id is not None else None
        self._activity_session = os.urandom(16).hex()  # not uuid or secrets: ~5 ms of imports

    def __repr__(self) -> str:
        who = self.customer_id or (self.customer_number and self.customer_number.number) or self.secondary_id
        return f"Customer({who!r})"

    # -- the hooks of the generated methods ---------------------------------------------------------

    @property
    def _wire(self) -> _C.AppCommands:
        return self.client.commands

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

    def _state(self, reply: M.GetCustomerStateReply) -> M.CustomerState:
        if not reply.status or reply.data is None:
            raise CommandRefusedError(reply.description or "the runtime refused GetCustomerState")
        if self.customer_id is None:
            self.customer_id = reply.data.customer_id
        return reply.data

    def _metadata(self, reply: M.GetCustomerStateReply) -> dict[str, str | bytes]:
        identity = self._state(reply).identity_state
        return dict(identity.metadata) if identity is not None else {}

    def _tags(self, reply: M.GetCustomerStateReply) -> list[M.Tag]:
        identity = self._state(reply).identity_state
        return list(identity.tags) if identity is not None else []

    def _leased(self, reply: M.LeaseCustomerAppDataReply) -> AppData:
        if not reply.status:
            raise CommandRefusedError(reply.description or "the runtime refused LeaseCustomerAppData")
        self._learn(reply)
        return decode_app_data(self.client.serializer, reply.value)

    def _adopt(self, other: Customer) -> dict[str, Any]:
        found = arg.check(other, Customer, "other")
        return {f"other_{k}": v for k, v in found._ref().items()}

    def _activity(self, source: str, activity: M.Activity, session_id: str | None) -> dict[str, Any]:
        act = arg.check(activity, M.Activity, "activity")
        return {
            "source": arg.check_text(source, "source"),
            "session_id": self._activity_session
            if session_id is None
            else arg.check_text(session_id, "session_id"),
            "key": arg.check_text(act.key, "activity.key"),
            "properties": arg.strings(act.properties, "activity.properties"),
            "created_at": arg.moment(act.created_at, "activity.created_at"),
        }

    def _app_data(self, data: Any) -> dict[str, Any]:
        if data is None:
            raise ArgumentValueError("data is required (use delete_app_data to remove it)")
        return {"update": encode_app_data(self.client.serializer, data, "data")}
