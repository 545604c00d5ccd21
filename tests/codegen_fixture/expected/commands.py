# generated from tests/codegen_fixture/proto/ by `python -m codegen`; do not edit.
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
from .models import _write_Value
from . import shop_pb2 as _shop_pb2

__all__ = [
    "ShopCommands",
]

_T = TypeVar("_T")


class ShopCommands:
    """Commands.

    One method per command; each has a ``*_async`` twin returning a Future.
    """

    __slots__ = ()

    def _request(
        self,
        command: _shop_pb2.ShopCommand,
        parse: Callable[[_shop_pb2.ShopCommandReply], _T],
        timeout: float | None,
    ) -> _T:
        """Send ``command``, wait for the reply, return ``parse(reply)``; supplied by a client."""
        raise NotImplementedError(f"{type(self).__name__} does not implement _request")

    def _request_async(
        self,
        command: _shop_pb2.ShopCommand,
        parse: Callable[[_shop_pb2.ShopCommandReply], _T],
        timeout: float | None,
    ) -> Future[_T]:
        """Send ``command`` and return a Future of ``parse(reply)``; supplied by a client."""
        raise NotImplementedError(f"{type(self).__name__} does not implement _request_async")

    def place_order(
        self,
        *,
        order: Order,
        coupon: str = "",
        timeout: float | None = None,
    ) -> OrderReply:
        """Send ``PlaceOrderCommand`` and wait for its reply.

        Args:
            order: ``order`` of ``PlaceOrderCommand``.
            coupon: ``coupon`` of ``PlaceOrderCommand``.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            OrderReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_place_order(order, coupon)
        return self._request(command, _parse_place_order, timeout)

    def place_order_async(
        self,
        *,
        order: Order,
        coupon: str = "",
        timeout: float | None = None,
    ) -> Future[OrderReply]:
        """Like ``place_order()``, but return a Future at once (argument errors still raise here)."""
        command = _build_place_order(order, coupon)
        return self._request_async(command, _parse_place_order, timeout)

    def cancel_order(
        self,
        *,
        order_id: str | None = None,
        order_label: Label | None = None,
        reasons: list[str] | None = None,
        timeout: float | None = None,
    ) -> OrderReply:
        """Send ``CancelOrderCommand`` and wait for its reply.

        Args:
            order_id: ``order_id`` of ``CancelOrderCommand``. One of: order_id, order_label.
            order_label: ``order_label`` of ``CancelOrderCommand``. One of: order_id, order_label.
            reasons: ``reasons`` of ``CancelOrderCommand``.
            timeout: Seconds to wait for the reply; None uses the client's default.

        Returns:
            OrderReply

        Raises:
            ArgumentError: an argument is wrong (also a TypeError or ValueError); nothing was sent.
            RequestTimeoutError: no reply within the timeout.
            ConnectionLostError: the connection is down or dropped before the reply.
            ServerError: the runtime answered with an error frame.
        """
        command = _build_cancel_order(order_id, order_label, reasons)
        return self._request(command, _parse_cancel_order, timeout)

    def cancel_order_async(
        self,
        *,
        order_id: str | None = None,
        order_label: Label | None = None,
        reasons: list[str] | None = None,
        timeout: float | None = None,
    ) -> Future[OrderReply]:
        """Like ``cancel_order()``, but return a Future at once (argument errors still raise here)."""
        command = _build_cancel_order(order_id, order_label, reasons)
        return self._request_async(command, _parse_cancel_order, timeout)


def _build_place_order(
    order: Order,
    coupon: str,
) -> _shop_pb2.ShopCommand:
    _check_arg("order", order, (Order,), False)
    _check_arg("coupon", coupon, (str,), False)
    env = _shop_pb2.ShopCommand()
    p = env.place_order
    p.SetInParent()
    try:
        if order is not None:
            t_order = p.order
            t_order.SetInParent()
            order._write(t_order)
        p.coupon = coupon
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"order": order, "coupon": coupon}
        raise _argument_error("place_order", exc, args, _FIELD_TYPES) from exc
    return env


def _parse_place_order(r: _shop_pb2.ShopCommandReply) -> OrderReply:
    entry = r.WhichOneof("entry")
    if entry != "order":
        raise _unexpected_reply("place_order", "order", entry)
    return OrderReply.from_proto(r.order)


def _build_cancel_order(
    order_id: str | None,
    order_label: Label | None,
    reasons: list[str] | None,
) -> _shop_pb2.ShopCommand:
    if order_id is not None:
        _check_arg("order_id", order_id, (str,), True)
    if order_label is not None:
        _check_arg("order_label", order_label, (Label,), True)
    if reasons is not None:
        _check_arg("reasons", reasons, (list, tuple), True)
    _check_items("reasons", reasons, (str,))
    env = _shop_pb2.ShopCommand()
    p = env.cancel_order
    p.SetInParent()
    n_order = 0
    try:
        if order_id is not None:
            p.order_id = order_id
            n_order += 1
        if order_label is not None:
            t_order_label = p.order_label
            t_order_label.SetInParent()
            order_label._write(t_order_label)
            n_order += 1
        if reasons is not None:
            p.reasons.extend(reasons)
    except (TypeError, ValueError, AttributeError) as exc:
        args = {"order_id": order_id, "order_label": order_label, "reasons": reasons}
        raise _argument_error("cancel_order", exc, args, _FIELD_TYPES) from exc
    if n_order != 1:
        raise _oneof_error("cancel_order", "order", "order_id, order_label", n_order, True)
    return env


def _parse_cancel_order(r: _shop_pb2.ShopCommandReply) -> OrderReply:
    entry = r.WhichOneof("entry")
    if entry != "order":
        raise _unexpected_reply("cancel_order", "order", entry)
    return OrderReply.from_proto(r.order)
