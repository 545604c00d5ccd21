# generated from tests/codegen_fixture/proto/ by `python -m codegen`; do not edit.
"""``on()``, typed per event: each client kind's mixin gives one overload per event name
(snake_case and the spec's camelCase), so a type checker checks the handler's parameters
against the event's notification class. ``_on`` (the client's) does the work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, TypeVar, overload

from elarian_sync._handlers import AppHandler
from elarian_sync._handlers import ConnectionHandler
from elarian_sync._handlers import ErrorHandler

from .notifications import *  # noqa: F403

__all__ = [
    "ShopEvents",
]

_ShopEvents = TypeVar("_ShopEvents", bound="ShopEvents")


class ShopEvents:
    """``on()`` for the app client's events."""

    __slots__ = ()

    @overload
    def on(
        self: _ShopEvents,
        event: Literal["error"],
        handler: ErrorHandler,
    ) -> _ShopEvents: ...

    @overload
    def on(
        self: _ShopEvents,
        event: Literal["closed"],
        handler: ConnectionHandler,
    ) -> _ShopEvents: ...

    @overload
    def on(
        self: _ShopEvents,
        event: Literal["parcel_by_post", "parcelByPost"],
        handler: AppHandler[ParcelByPost],
    ) -> _ShopEvents: ...

    @overload
    def on(
        self: _ShopEvents,
        event: Literal["parcel_by_courier", "parcelByCourier"],
        handler: AppHandler[ParcelByCourier],
    ) -> _ShopEvents: ...

    @overload
    def on(
        self: _ShopEvents,
        event: Literal["order_paid", "orderPaid"],
        handler: AppHandler[OrderPaid],
    ) -> _ShopEvents: ...

    def on(self: _ShopEvents, event: str, handler: Callable[..., object]) -> _ShopEvents:
        """Handle ``event`` (the spec's camelCase or snake_case) with ``handler``, replacing any
        earlier one; returns the client, so calls chain."""
        self._on(event, handler)
        return self

    def _on(self, event: str, handler: Callable[..., object]) -> None:
        raise NotImplementedError  # pragma: no cover - the client implements it
