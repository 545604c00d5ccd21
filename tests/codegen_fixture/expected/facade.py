# generated from tests/codegen_fixture/proto/ by `python -m codegen`; do not edit.
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

from .commands import ShopCommands
from .models import *  # noqa: F403

_R = TypeVar("_R")

__all__ = [
    "ShopMethods",
]


class ShopMethods(abc.ABC):
    """The methods of ``Shop`` (its hand-written class provides the hooks)."""

    __slots__ = ()

    # -- the hooks Shop provides ---------------------------------------------------------

    @property
    @abc.abstractmethod
    def _wire(self) -> ShopCommands:
        """The typed commands these methods send."""

    @abc.abstractmethod
    def _order_id(self, reply: OrderReply) -> str:
        """What the reply becomes."""

    # -- the methods --------------------------------------------------------------------------

    def place_order(
        self,
        order: Order,
        coupon: str = "",
        *,
        timeout: float | None = None,
    ) -> OrderReply:
        """Place ``order``, with a ``coupon`` if there is one.

        Args:
            order: ``order``.
            coupon: A discount code.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            OrderReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.place_order(**self._place_order_args(order, coupon), timeout=timeout)
        return reply

    def place_order_async(
        self,
        order: Order,
        coupon: str = "",
        *,
        timeout: float | None = None,
    ) -> Future[OrderReply]:
        """Like ``place_order()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.place_order_async(**self._place_order_args(order, coupon), timeout=timeout)
        return future

    def _place_order_args(self, order: Order, coupon: str) -> dict[str, Any]:
        return {
            "order": _args.check(order, Order, "order"),
            "coupon": _args.optional_note(coupon, "coupon"),
        }

    def cancel(
        self,
        order_id: str,
        *,
        reasons: list[str] | None = None,
        timeout: float | None = None,
    ) -> str:
        """Cancel an order by id; the reply's id is the result.

        Args:
            order_id: ``order_id``.
            reasons: Why, in words.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            str

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            CommandRefusedError: the runtime refused; the message is its reason.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        reply = self._wire.cancel_order(**self._cancel_args(order_id, reasons), timeout=timeout)
        return self._order_id(reply)

    def cancel_async(
        self,
        order_id: str,
        *,
        reasons: list[str] | None = None,
        timeout: float | None = None,
    ) -> Future[str]:
        """Like ``cancel()``, but return a Future at once (argument errors still raise here)."""
        future = self._wire.cancel_order_async(**self._cancel_args(order_id, reasons), timeout=timeout)
        return _then(future, self._order_id)

    def _cancel_args(self, order_id: str, reasons: list[str] | None) -> dict[str, Any]:
        return {
            "order_id": _args.check_text(order_id, "order_id"),
            "reasons": reasons,
        }
