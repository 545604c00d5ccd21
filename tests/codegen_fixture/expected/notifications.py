# generated from tests/codegen_fixture/proto/ by `python -m codegen`; do not edit.
"""One dataclass per event, the event table, and the parsers that map a
notification to its event.

Every event carries the common fields (shop_id, customer_id, created_at) and the
fields of its payload. ``parse_*`` functions return ``(event name, dataclass)``
and raise ``UnknownNotificationError`` for anything that maps to no event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import ClassVar

from elarian_sync._convert import accept_renamed as _accept_renamed
from elarian_sync._convert import duration as _duration
from elarian_sync._convert import renamed as _renamed
from elarian_sync._convert import set_duration as _set_duration
from elarian_sync._convert import set_timestamp as _set_timestamp
from elarian_sync._convert import timestamp as _timestamp
from elarian_sync._convert import timestamp_or_none as _timestamp_or_none
from elarian_sync._convert import wrapped_value as _wrapped_value
from elarian_sync._lazy import lazy_list as _lazy_list
from elarian_sync.errors import UnknownNotificationError as _UnknownNotificationError

from .models import *  # noqa: F403
from .models import _read_Value, _write_Value
from .models import _Transport_BY_NUMBER
from .models import _ItemSize_BY_NUMBER
from . import shop_pb2 as _shop_pb2

__all__ = [
    "ParcelByPost",
    "ParcelByCourier",
    "OrderPaid",
    "EVENTS",
    "EVENT_CLASSES",
    "EVENT_TABLE",
    "parse_shop_event",
]


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ParcelByPost:
    """ParcelByPost.

    Event: parcel_by_post.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("parcel_by_post",)

    __slots__ = ("shop_id", "customer_id", "created_at", "note", "parcel_id", "carrier", "parts",)

    shop_id: str
    customer_id: str
    created_at: datetime | None
    note: str | bytes | None
    parcel_id: str
    carrier: Transport
    parts: list[Part]

    def __init__(
        self,
        *,
        shop_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        note: str | bytes | None = None,
        parcel_id: str = "",
        carrier: Transport = Transport.UNSPECIFIED,
        parts: list[Part] | None = None,
    ) -> None:
        self.shop_id = shop_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.note = note
        self.parcel_id = parcel_id
        self.carrier = carrier
        self.parts = [] if parts is None else parts

    def __repr__(self) -> str:
        return f"ParcelByPost(shop_id={self.shop_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, note={self.note!r}, parcel_id={self.parcel_id!r}, carrier={self.carrier!r}, parts={self.parts!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ParcelByPost) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.shop_id, self.customer_id, self.created_at, self.note, self.parcel_id, self.carrier, self.parts,) == (other.shop_id, other.customer_id, other.created_at, other.note, other.parcel_id, other.carrier, other.parts,)

    @property
    def text(self) -> str | None:
        """The first ``text`` part of the message, if any."""
        for part in self.parts:
            if part.text is not None:
                return part.text
        return None

    @property
    def label(self) -> Label | None:
        """The first ``label`` part of the message, if any."""
        for part in self.parts:
            if part.label is not None:
                return part.label
        return None

    @classmethod
    def from_proto(cls, env: _shop_pb2.ShopEvent) -> ParcelByPost:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_shop_event(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_shop(cls, c: _shop_pb2.ShopNotification, m: _shop_pb2.ParcelMoved) -> ParcelByPost:
        o = object.__new__(cls)
        o.shop_id = c.shop_id
        o.customer_id = c.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.note = _read_Value(c.note) if c.HasField("note") else None
        o.parcel_id = m.parcel_id
        o.carrier = _Transport_BY_NUMBER[m.carrier]
        o.parts = (_lazy_list(r_parts, Part.from_proto) if (r_parts := m.parts) else [])
        return o

    def to_proto(self) -> _shop_pb2.ShopEvent:
        """The whole notification as the runtime sends it."""
        env = _shop_pb2.ShopEvent()
        c1 = env.shop
        c1.SetInParent()
        m1 = c1.parcel_moved
        m1.SetInParent()
        c1.shop_id = self.shop_id
        c1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        if self.note is not None:
            t_note = c1.note
            _write_Value(t_note, self.note)
        m1.parcel_id = self.parcel_id
        m1.carrier = self.carrier  # type: ignore[assignment]
        for x_parts in self.parts:
            t_parts = m1.parts.add()
            x_parts._write(t_parts)
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ParcelByCourier:
    """ParcelByCourier.

    Event: parcel_by_courier.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("parcel_by_courier",)

    __slots__ = ("shop_id", "customer_id", "created_at", "note", "parcel_id", "carrier", "parts",)

    shop_id: str
    customer_id: str
    created_at: datetime | None
    note: str | bytes | None
    parcel_id: str
    carrier: Transport
    parts: list[Part]

    def __init__(
        self,
        *,
        shop_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        note: str | bytes | None = None,
        parcel_id: str = "",
        carrier: Transport = Transport.UNSPECIFIED,
        parts: list[Part] | None = None,
    ) -> None:
        self.shop_id = shop_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.note = note
        self.parcel_id = parcel_id
        self.carrier = carrier
        self.parts = [] if parts is None else parts

    def __repr__(self) -> str:
        return f"ParcelByCourier(shop_id={self.shop_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, note={self.note!r}, parcel_id={self.parcel_id!r}, carrier={self.carrier!r}, parts={self.parts!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ParcelByCourier) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.shop_id, self.customer_id, self.created_at, self.note, self.parcel_id, self.carrier, self.parts,) == (other.shop_id, other.customer_id, other.created_at, other.note, other.parcel_id, other.carrier, other.parts,)

    @classmethod
    def from_proto(cls, env: _shop_pb2.ShopEvent) -> ParcelByCourier:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_shop_event(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_shop(cls, c: _shop_pb2.ShopNotification, m: _shop_pb2.ParcelMoved) -> ParcelByCourier:
        o = object.__new__(cls)
        o.shop_id = c.shop_id
        o.customer_id = c.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.note = _read_Value(c.note) if c.HasField("note") else None
        o.parcel_id = m.parcel_id
        o.carrier = _Transport_BY_NUMBER[m.carrier]
        o.parts = (_lazy_list(r_parts, Part.from_proto) if (r_parts := m.parts) else [])
        return o

    def to_proto(self) -> _shop_pb2.ShopEvent:
        """The whole notification as the runtime sends it."""
        env = _shop_pb2.ShopEvent()
        c1 = env.shop
        c1.SetInParent()
        m1 = c1.parcel_moved
        m1.SetInParent()
        c1.shop_id = self.shop_id
        c1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        if self.note is not None:
            t_note = c1.note
            _write_Value(t_note, self.note)
        m1.parcel_id = self.parcel_id
        m1.carrier = self.carrier  # type: ignore[assignment]
        for x_parts in self.parts:
            t_parts = m1.parts.add()
            x_parts._write(t_parts)
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class OrderPaid:
    """OrderPaid.

    Event: order_paid.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("order_paid",)

    __slots__ = ("shop_id", "customer_id", "created_at", "note", "order_id",)

    shop_id: str
    customer_id: str
    created_at: datetime | None
    note: str | bytes | None
    order_id: str

    def __init__(
        self,
        *,
        shop_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        note: str | bytes | None = None,
        order_id: str = "",
    ) -> None:
        self.shop_id = shop_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.note = note
        self.order_id = order_id

    def __repr__(self) -> str:
        return f"OrderPaid(shop_id={self.shop_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, note={self.note!r}, order_id={self.order_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrderPaid) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.shop_id, self.customer_id, self.created_at, self.note, self.order_id,) == (other.shop_id, other.customer_id, other.created_at, other.note, other.order_id,)

    @classmethod
    def from_proto(cls, env: _shop_pb2.ShopEvent) -> OrderPaid:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_shop_event(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_shop(cls, c: _shop_pb2.ShopNotification, m: _shop_pb2.OrderPaid) -> OrderPaid:
        o = object.__new__(cls)
        o.shop_id = c.shop_id
        o.customer_id = c.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.note = _read_Value(c.note) if c.HasField("note") else None
        o.order_id = m.order_id
        return o

    def to_proto(self) -> _shop_pb2.ShopEvent:
        """The whole notification as the runtime sends it."""
        env = _shop_pb2.ShopEvent()
        c1 = env.shop
        c1.SetInParent()
        m1 = c1.order_paid
        m1.SetInParent()
        c1.shop_id = self.shop_id
        c1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        if self.note is not None:
            t_note = c1.note
            _write_Value(t_note, self.note)
        m1.order_id = self.order_id
        return env


EVENTS: dict[str, tuple[str, ...]] = {
    "app": ("parcel_by_post", "parcel_by_courier", "order_paid",),
}
"""Event names (snake_case) by client kind."""

CAMEL_CASE: dict[str, str] = {
    "parcel_by_post": "parcelByPost",
    "parcel_by_courier": "parcelByCourier",
    "order_paid": "orderPaid",
}
"""The spec's camelCase spelling of each event name."""

EVENT_CLASSES: dict[str, tuple[type, ...]] = {
    "parcel_by_post": (ParcelByPost,),
    "parcel_by_courier": (ParcelByCourier,),
    "order_paid": (OrderPaid,),
}

EVENT_TABLE: dict[tuple[str, str, str], str] = {
    ("ShopNotification", "parcel_moved", "POST"): "parcel_by_post",
    ("ShopNotification", "parcel_moved", "COURIER"): "parcel_by_courier",
    ("ShopNotification", "order_paid", ""): "order_paid",
}
"""(carrier message, oneof entry, channel or "") -> event name."""


def parse_shop_event(env: _shop_pb2.ShopEvent) -> tuple[str, ParcelByPost | ParcelByCourier | OrderPaid]:
    """The event name and dataclass of a notification."""
    w = env.WhichOneof("entry")
    if w == "shop":
        c1 = env.shop
        e = c1.WhichOneof("entry")
        if e == "parcel_moved":
            ch = c1.parcel_moved.carrier
            if ch == 1:  # POST
                return "parcel_by_post", ParcelByPost._from_shop(c1, c1.parcel_moved)
            if ch == 2:  # COURIER
                return "parcel_by_courier", ParcelByCourier._from_shop(c1, c1.parcel_moved)
            raise _UnknownNotificationError(f"parcel_moved on channel {ch} maps to no event")
        if e == "order_paid":
            return "order_paid", OrderPaid._from_shop(c1, c1.order_paid)
        raise _UnknownNotificationError(f"ShopNotification entry {e!r} maps to no event")
    raise _UnknownNotificationError(f"ShopEvent entry {w!r} maps to no event")
