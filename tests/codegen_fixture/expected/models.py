# generated from tests/codegen_fixture/proto/ by `python -m codegen`; do not edit.
"""Dataclasses and enums for the public models of the Elarian wire schema.

Each dataclass converts to and from its protobuf message with ``to_proto()`` /
``from_proto()``. Wrapper fields are ``Optional``, Timestamps aware datetimes,
Durations timedeltas; each oneof is a set of optional fields of which
``which_<group>()`` names the one that is set.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _field
from datetime import datetime, timedelta
from typing import Literal

from elarian_sync._args import check_oneof as _check_oneof
from elarian_sync._args import FieldTypes as _FieldTypes
from elarian_sync._args import oneof_error as _oneof_error
from elarian_sync._args import value_error as _value_error
from elarian_sync._convert import accept_renamed as _accept_renamed
from elarian_sync._convert import duration as _duration
from elarian_sync._convert import EnumTable as _EnumTable
from elarian_sync._convert import ProtoEnum as _ProtoEnum
from elarian_sync._convert import renamed as _renamed
from elarian_sync._convert import set_duration as _set_duration
from elarian_sync._convert import set_timestamp as _set_timestamp
from elarian_sync._convert import timestamp as _timestamp
from elarian_sync._convert import timestamp_or_none as _timestamp_or_none
from elarian_sync._convert import wrapped_value as _wrapped_value
from elarian_sync._lazy import lazy_list as _lazy_list

from . import shop_pb2 as _shop_pb2

__all__ = [
    "PROTO_TYPES",
    "Transport",
    "ItemSize",
    "Label",
    "Tag",
    "Step",
    "Item",
    "Order",
    "OrderReply",
    "Part",
]


class Transport(_ProtoEnum):
    """How a parcel travels.

    Wire enum: ``fixture.shop.Carrier``.
    """

    UNSPECIFIED = 0
    POST = 1
    COURIER = 2
    V_1ST_CLASS = 3


_Transport_BY_NUMBER = _EnumTable(Transport)


class ItemSize(_ProtoEnum):
    """ItemSize.

    Wire enum: ``fixture.shop.Item.Size``.
    """

    UNSPECIFIED = 0
    TINY = 1
    LARGE = 2
    SMALL = 1
    """Deprecated alias of TINY."""


_ItemSize_BY_NUMBER = _EnumTable(ItemSize)


def _read_Value(m: _shop_pb2.Value) -> str | bytes:
    w = m.WhichOneof("value")
    if w == "raw":
        return m.raw
    return m.text


def _write_Value(p: _shop_pb2.Value, v: str | bytes) -> None:
    if isinstance(v, str):
        p.text = v
    elif isinstance(v, bytes):
        p.raw = v
    else:
        raise TypeError(f"expected str or bytes, got {type(v).__name__}")


@dataclass(slots=True, kw_only=True)
class Label:
    """Label.

    Wire message: ``fixture.shop.Label``.
    """

    key: str = ""
    value: str | None = None

    @classmethod
    def from_proto(cls, m: _shop_pb2.Label) -> Label:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.key = m.key
        o.value = m.value.value if m.HasField("value") else None
        return o

    def to_proto(self) -> _shop_pb2.Label:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _shop_pb2.Label()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Label", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _shop_pb2.Label) -> None:
        p.key = self.key
        if self.value is not None:
            t1 = p.value
            t1.value = self.value


@dataclass(slots=True, kw_only=True)
class Tag:
    """A label that may expire; shown flattened.

    Wire message: ``fixture.shop.ExpiringLabel``.
    """

    key: str = ""
    value: str | None = None
    expires_at: datetime | None = None

    @classmethod
    def from_proto(cls, m: _shop_pb2.ExpiringLabel) -> Tag:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.key = m.label.key
        o.value = m.label.value.value if m.label.HasField("value") else None
        o.expires_at = _timestamp(m.expires_at) if m.HasField("expires_at") else None
        return o

    def to_proto(self) -> _shop_pb2.ExpiringLabel:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _shop_pb2.ExpiringLabel()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Tag", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _shop_pb2.ExpiringLabel) -> None:
        p.label.SetInParent()
        p.label.key = self.key
        if self.value is not None:
            t1 = p.label.value
            t1.value = self.value
        if self.expires_at is not None:
            t2 = p.expires_at
            _set_timestamp(t2, self.expires_at)


@dataclass(slots=True, kw_only=True)
class Step:
    """Step.

    Wire message: ``fixture.shop.Step``.
    """

    text: str = ""

    @classmethod
    def from_proto(cls, m: _shop_pb2.Step) -> Step:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.text = m.text
        return o

    def to_proto(self) -> _shop_pb2.Step:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _shop_pb2.Step()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Step", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _shop_pb2.Step) -> None:
        p.text = self.text


@dataclass(slots=True, kw_only=True)
class Item:
    """Item.

    Wire message: ``fixture.shop.Item``.
    """

    code: str = ""
    """Stock-keeping unit."""
    count: int = 0
    price: float = 0.0
    weight: float = 0.0
    fragile: bool = False
    photo: bytes = b""
    serial: int = 0
    shelf: int = 0
    size: ItemSize = ItemSize.UNSPECIFIED
    discount: int | None = None
    gift: bool | None = None

    @property
    def sku(self) -> str:
        """Deprecated: use ``code``."""
        _renamed("Item", "sku", "code")
        return self.code

    @sku.setter
    def sku(self, value: str) -> None:
        _renamed("Item", "sku", "code")
        self.code = value

    @classmethod
    def from_proto(cls, m: _shop_pb2.Item) -> Item:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.code = m.sku
        o.count = m.count
        o.price = m.price
        o.weight = m.weight
        o.fragile = m.fragile
        o.photo = m.photo
        o.serial = m.serial
        o.shelf = m.shelf
        o.size = _ItemSize_BY_NUMBER[m.size]
        o.discount = m.discount.value if m.HasField("discount") else None
        o.gift = m.gift.value if m.HasField("gift") else None
        return o

    def to_proto(self) -> _shop_pb2.Item:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _shop_pb2.Item()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Item", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _shop_pb2.Item) -> None:
        p.sku = self.code
        p.count = self.count
        p.price = self.price
        p.weight = self.weight
        p.fragile = self.fragile
        p.photo = self.photo
        p.serial = self.serial
        p.shelf = self.shelf
        p.size = self.size  # type: ignore[assignment]
        if self.discount is not None:
            t1 = p.discount
            t1.value = self.discount
        if self.gift is not None:
            t2 = p.gift
            t2.value = self.gift


_accept_renamed(Item, {"sku": "code"})


@dataclass(slots=True, kw_only=True)
class Order:
    """Order.

    Wire message: ``fixture.shop.Order``.
    """

    id: str = ""
    items: list[Item] = _field(default_factory=list)
    notes: list[str] = _field(default_factory=list)
    carriers: list[Transport] = _field(default_factory=list)
    tags: dict[str, str] = _field(default_factory=dict)
    by_sku: dict[str, Item] = _field(default_factory=dict)
    extras: dict[str, str | bytes] = _field(default_factory=dict)
    placed_at: datetime | None = None
    ship_within: timedelta | None = None
    locker: str | None = None
    address: Label | None = None
    route: list[Step] | None = None
    paper: str | None = None
    card: str | bytes | None = None
    labels: list[Tag] = _field(default_factory=list)
    memo: str | bytes | None = None
    priority: int | None = None

    def __post_init__(self) -> None:
        _check_oneof(
            "Order",
            "destination",
            "locker, address, route",
            (self.locker, self.address, self.route,),
            True,
        )
        _check_oneof(
            "Order",
            "gift_wrap",
            "paper, card",
            (self.paper, self.card,),
            False,
        )

    def which_destination(self) -> Literal["locker", "address", "route"] | None:
        """The member of oneof ``destination`` that is set, or None."""
        if self.locker is not None:
            return "locker"
        if self.address is not None:
            return "address"
        if self.route is not None:
            return "route"
        return None

    def which_gift_wrap(self) -> Literal["paper", "card"] | None:
        """The member of oneof ``gift_wrap`` that is set, or None."""
        if self.paper is not None:
            return "paper"
        if self.card is not None:
            return "card"
        return None

    @classmethod
    def from_proto(cls, m: _shop_pb2.Order) -> Order:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        w_destination = m.WhichOneof("destination")
        w_gift_wrap = m.WhichOneof("gift_wrap")
        o.id = m.id
        o.items = _lazy_list(m.items, Item.from_proto)
        o.notes = list(m.notes)
        o.carriers = [_Transport_BY_NUMBER[x] for x in m.carriers]
        o.tags = dict(m.tags)
        o.by_sku = {k: Item.from_proto(x) for k, x in m.by_sku.items()}
        o.extras = {k: _read_Value(x) for k, x in m.extras.items()}
        o.placed_at = _timestamp(m.placed_at) if m.HasField("placed_at") else None
        o.ship_within = _duration(m.ship_within) if m.HasField("ship_within") else None
        o.locker = m.locker if w_destination == "locker" else None
        o.address = Label.from_proto(m.address) if w_destination == "address" else None
        o.route = _lazy_list(m.route.steps, Step.from_proto) if w_destination == "route" else None
        o.paper = m.paper if w_gift_wrap == "paper" else None
        o.card = _read_Value(m.card) if w_gift_wrap == "card" else None
        o.labels = _lazy_list(m.labels, Tag.from_proto)
        o.memo = _read_Value(m.memo) if m.HasField("memo") else None
        o.priority = m.priority if m.HasField("priority") else None
        return o

    def to_proto(self) -> _shop_pb2.Order:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _shop_pb2.Order()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Order", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _shop_pb2.Order) -> None:
        n_destination = 0
        n_gift_wrap = 0
        p.id = self.id
        for x2 in self.items:
            t1 = p.items.add()
            x2._write(t1)
        p.notes.extend(self.notes)
        p.carriers.extend(self.carriers)  # type: ignore[arg-type]
        p.tags.update(self.tags)
        for k4, x5 in self.by_sku.items():
            t3 = p.by_sku[k4]
            x5._write(t3)
        for k7, x8 in self.extras.items():
            t6 = p.extras[k7]
            _write_Value(t6, x8)
        if self.placed_at is not None:
            t9 = p.placed_at
            _set_timestamp(t9, self.placed_at)
        if self.ship_within is not None:
            t10 = p.ship_within
            _set_duration(t10, self.ship_within)
        if self.locker is not None:
            p.locker = self.locker
            n_destination += 1
        if self.address is not None:
            t11 = p.address
            t11.SetInParent()
            self.address._write(t11)
            n_destination += 1
        if self.route is not None:
            t12 = p.route
            t12.SetInParent()
            for x14 in self.route:
                t13 = t12.steps.add()
                x14._write(t13)
            n_destination += 1
        if self.paper is not None:
            p.paper = self.paper
            n_gift_wrap += 1
        if self.card is not None:
            t15 = p.card
            _write_Value(t15, self.card)
            n_gift_wrap += 1
        for x17 in self.labels:
            t16 = p.labels.add()
            x17._write(t16)
        if self.memo is not None:
            t18 = p.memo
            _write_Value(t18, self.memo)
        if self.priority is not None:
            p.priority = self.priority
        if n_destination != 1:
            raise _oneof_error("Order", "destination", "locker, address, route", n_destination, True)
        if n_gift_wrap > 1:
            raise _oneof_error("Order", "gift_wrap", "paper, card", n_gift_wrap, False)


@dataclass(slots=True, kw_only=True)
class OrderReply:
    """OrderReply.

    Wire message: ``fixture.shop.OrderReply``.
    """

    ok: bool = False
    description: str = ""
    order_id: str | None = None

    @classmethod
    def from_proto(cls, m: _shop_pb2.OrderReply) -> OrderReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.ok = m.ok
        o.description = m.description
        o.order_id = m.order_id.value if m.HasField("order_id") else None
        return o

    def to_proto(self) -> _shop_pb2.OrderReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _shop_pb2.OrderReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("OrderReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _shop_pb2.OrderReply) -> None:
        p.ok = self.ok
        p.description = self.description
        if self.order_id is not None:
            t1 = p.order_id
            t1.value = self.order_id


@dataclass(slots=True, kw_only=True)
class Part:
    """One part of a tracking update.

    Wire message: ``fixture.shop.Part``.
    """

    text: str | None = None
    label: Label | None = None

    def __post_init__(self) -> None:
        _check_oneof(
            "Part",
            "entry",
            "text, label",
            (self.text, self.label,),
            True,
        )

    def which_entry(self) -> Literal["text", "label"] | None:
        """The member of oneof ``entry`` that is set, or None."""
        if self.text is not None:
            return "text"
        if self.label is not None:
            return "label"
        return None

    @classmethod
    def from_proto(cls, m: _shop_pb2.Part) -> Part:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        w_entry = m.WhichOneof("entry")
        o.text = m.text if w_entry == "text" else None
        o.label = Label.from_proto(m.label) if w_entry == "label" else None
        return o

    def to_proto(self) -> _shop_pb2.Part:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _shop_pb2.Part()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Part", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _shop_pb2.Part) -> None:
        n_entry = 0
        if self.text is not None:
            p.text = self.text
            n_entry += 1
        if self.label is not None:
            t1 = p.label
            t1.SetInParent()
            self.label._write(t1)
            n_entry += 1
        if n_entry != 1:
            raise _oneof_error("Part", "entry", "text, label", n_entry, True)


PROTO_TYPES: dict[type, type] = {
    Label: _shop_pb2.Label,
    Tag: _shop_pb2.ExpiringLabel,
    Step: _shop_pb2.Step,
    Item: _shop_pb2.Item,
    Order: _shop_pb2.Order,
    OrderReply: _shop_pb2.OrderReply,
    Part: _shop_pb2.Part,
}
"""Each model and the protobuf message class it converts to and from."""

_FIELD_TYPES: dict[type, _FieldTypes] = {
    Label: {
        "key": ((str,), False, ()),
        "value": ((str,), True, ()),
    },
    Tag: {
        "key": ((str,), False, ()),
        "value": ((str,), True, ()),
        "expires_at": ((datetime, int, float), True, ()),
    },
    Step: {
        "text": ((str,), False, ()),
    },
    Item: {
        "code": ((str,), False, ()),
        "count": ((int,), False, ()),
        "price": ((int, float), False, ()),
        "weight": ((int, float), False, ()),
        "fragile": ((bool,), False, ()),
        "photo": ((bytes,), False, ()),
        "serial": ((int,), False, ()),
        "shelf": ((int,), False, ()),
        "size": ((int,), False, ()),
        "discount": ((int,), True, ()),
        "gift": ((bool,), True, ()),
    },
    Order: {
        "id": ((str,), False, ()),
        "items": ((list, tuple), False, (Item,)),
        "notes": ((list, tuple), False, (str,)),
        "carriers": ((list, tuple), False, (int,)),
        "tags": ((dict,), False, (str,)),
        "by_sku": ((dict,), False, (Item,)),
        "extras": ((dict,), False, (str, bytes,)),
        "placed_at": ((datetime, int, float), True, ()),
        "ship_within": ((timedelta, int, float), True, ()),
        "locker": ((str,), True, ()),
        "address": ((Label,), True, ()),
        "route": ((list, tuple), True, (Step,)),
        "paper": ((str,), True, ()),
        "card": ((str, bytes,), True, ()),
        "labels": ((list, tuple), False, (Tag,)),
        "memo": ((str, bytes,), True, ()),
        "priority": ((int,), True, ()),
    },
    OrderReply: {
        "ok": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "order_id": ((str,), True, ()),
    },
    Part: {
        "text": ((str,), True, ()),
        "label": ((Label,), True, ()),
    },
}
"""The Python types each model field accepts, to name the culprit when a conversion fails."""
