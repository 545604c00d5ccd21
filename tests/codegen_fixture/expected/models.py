# generated from tests/codegen_fixture/proto/ by `python -m codegen`; do not edit.
"""Dataclasses and enums for the public models of the Elarian wire schema.

Each dataclass converts to and from its protobuf message with ``to_proto()`` /
``from_proto()``. Wrapper fields are ``Optional``, Timestamps aware datetimes,
Durations timedeltas; each oneof is a set of optional fields of which
``which_<group>()`` names the one that is set.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal

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
from elarian_sync._lazy import field_state as _field_state
from elarian_sync._lazy import load_field as _load_field
from elarian_sync._lazy import Reader as _Reader

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


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Label:
    """Label.

    Wire message: ``fixture.shop.Label``.
    """

    __slots__ = ("key", "value",)

    key: str
    value: str | None

    def __init__(
        self,
        *,
        key: str = "",
        value: str | None = None,
    ) -> None:
        self.key = key
        self.value = value

    def __repr__(self) -> str:
        return f"Label(key={self.key!r}, value={self.value!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Label) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.key, self.value,) == (other.key, other.value,)

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
            t_value = p.value
            t_value.value = self.value


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Tag:
    """A label that may expire; shown flattened.

    Wire message: ``fixture.shop.ExpiringLabel``.
    """

    __slots__ = ("key", "value", "expires_at",)

    key: str
    value: str | None
    expires_at: datetime | None

    def __init__(
        self,
        *,
        key: str = "",
        value: str | None = None,
        expires_at: datetime | None = None,
    ) -> None:
        self.key = key
        self.value = value
        self.expires_at = expires_at

    def __repr__(self) -> str:
        return f"Tag(key={self.key!r}, value={self.value!r}, expires_at={self.expires_at!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Tag) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.key, self.value, self.expires_at,) == (other.key, other.value, other.expires_at,)

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
            t_value = p.label.value
            t_value.value = self.value
        if self.expires_at is not None:
            t_expires_at = p.expires_at
            _set_timestamp(t_expires_at, self.expires_at)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Step:
    """Step.

    Wire message: ``fixture.shop.Step``.
    """

    __slots__ = ("text",)

    text: str

    def __init__(
        self,
        *,
        text: str = "",
    ) -> None:
        self.text = text

    def __repr__(self) -> str:
        return f"Step(text={self.text!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Step) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.text,) == (other.text,)

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


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Item:
    """Item.

    Wire message: ``fixture.shop.Item``.
    """

    __slots__ = ("code", "count", "price", "weight", "fragile", "photo", "serial", "shelf", "size", "discount", "gift",)

    code: str
    """Stock-keeping unit."""
    count: int
    price: float
    weight: float
    fragile: bool
    photo: bytes
    serial: int
    shelf: int
    size: ItemSize
    discount: int | None
    gift: bool | None

    def __init__(
        self,
        *,
        code: str = "",
        count: int = 0,
        price: float = 0.0,
        weight: float = 0.0,
        fragile: bool = False,
        photo: bytes = b"",
        serial: int = 0,
        shelf: int = 0,
        size: ItemSize = ItemSize.UNSPECIFIED,
        discount: int | None = None,
        gift: bool | None = None,
    ) -> None:
        self.code = code
        self.count = count
        self.price = price
        self.weight = weight
        self.fragile = fragile
        self.photo = photo
        self.serial = serial
        self.shelf = shelf
        self.size = size
        self.discount = discount
        self.gift = gift

    def __repr__(self) -> str:
        return f"Item(code={self.code!r}, count={self.count!r}, price={self.price!r}, weight={self.weight!r}, fragile={self.fragile!r}, photo={self.photo!r}, serial={self.serial!r}, shelf={self.shelf!r}, size={self.size!r}, discount={self.discount!r}, gift={self.gift!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Item) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.code, self.count, self.price, self.weight, self.fragile, self.photo, self.serial, self.shelf, self.size, self.discount, self.gift,) == (other.code, other.count, other.price, other.weight, other.fragile, other.photo, other.serial, other.shelf, other.size, other.discount, other.gift,)

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
            t_discount = p.discount
            t_discount.value = self.discount
        if self.gift is not None:
            t_gift = p.gift
            t_gift.value = self.gift


_accept_renamed(Item, {"sku": "code"})


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Order:
    """Order.

    Wire message: ``fixture.shop.Order``.
    """

    __slots__ = ("id", "items", "notes", "carriers", "tags", "by_sku", "extras", "placed_at", "ship_within", "locker", "address", "route", "paper", "card", "labels", "memo", "priority", "billing", "_src",)

    id: str
    items: list[Item]
    notes: list[str]
    carriers: list[Transport]
    tags: dict[str, str]
    by_sku: dict[str, Item]
    extras: dict[str, str | bytes]
    placed_at: datetime | None
    ship_within: timedelta | None
    locker: str | None
    address: Label | None
    route: list[Step] | None
    paper: str | None
    card: str | bytes | None
    labels: list[Tag]
    memo: str | bytes | None
    priority: int | None
    billing: Label | None
    """Where the invoice goes; converted on first read."""

    def __init__(
        self,
        *,
        id: str = "",
        items: list[Item] | None = None,
        notes: list[str] | None = None,
        carriers: list[Transport] | None = None,
        tags: dict[str, str] | None = None,
        by_sku: dict[str, Item] | None = None,
        extras: dict[str, str | bytes] | None = None,
        placed_at: datetime | None = None,
        ship_within: timedelta | None = None,
        locker: str | None = None,
        address: Label | None = None,
        route: list[Step] | None = None,
        paper: str | None = None,
        card: str | bytes | None = None,
        labels: list[Tag] | None = None,
        memo: str | bytes | None = None,
        priority: int | None = None,
        billing: Label | None = None,
    ) -> None:
        self.id = id
        self.items = [] if items is None else items
        self.notes = [] if notes is None else notes
        self.carriers = [] if carriers is None else carriers
        self.tags = {} if tags is None else tags
        self.by_sku = {} if by_sku is None else by_sku
        self.extras = {} if extras is None else extras
        self.placed_at = placed_at
        self.ship_within = ship_within
        self.locker = locker
        self.address = address
        self.route = route
        self.paper = paper
        self.card = card
        self.labels = [] if labels is None else labels
        self.memo = memo
        self.priority = priority
        self.billing = billing
        _check_oneof(
            "Order",
            "destination",
            "locker, address, route",
            (locker, address, route,),
            True,
        )
        _check_oneof(
            "Order",
            "gift_wrap",
            "paper, card",
            (paper, card,),
            False,
        )

    def __repr__(self) -> str:
        return f"Order(id={self.id!r}, items={self.items!r}, notes={self.notes!r}, carriers={self.carriers!r}, tags={self.tags!r}, by_sku={self.by_sku!r}, extras={self.extras!r}, placed_at={self.placed_at!r}, ship_within={self.ship_within!r}, locker={self.locker!r}, address={self.address!r}, route={self.route!r}, paper={self.paper!r}, card={self.card!r}, labels={self.labels!r}, memo={self.memo!r}, priority={self.priority!r}, billing={self.billing!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Order) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.id, self.items, self.notes, self.carriers, self.tags, self.by_sku, self.extras, self.placed_at, self.ship_within, self.locker, self.address, self.route, self.paper, self.card, self.labels, self.memo, self.priority, self.billing,) == (other.id, other.items, other.notes, other.carriers, other.tags, other.by_sku, other.extras, other.placed_at, other.ship_within, other.locker, other.address, other.route, other.paper, other.card, other.labels, other.memo, other.priority, other.billing,)

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
        o.items = (_lazy_list(r_items, Item.from_proto) if (r_items := m.items) else [])
        o.notes = list(m.notes)
        o.carriers = [_Transport_BY_NUMBER[x] for x in m.carriers]
        o.tags = dict(m.tags)
        o.by_sku = ({k: Item.from_proto(r_by_sku[k]) for k in r_by_sku} if (r_by_sku := m.by_sku) else {})
        o.extras = ({k: _read_Value(r_extras[k]) for k in r_extras} if (r_extras := m.extras) else {})
        o.placed_at = _timestamp(m.placed_at) if m.HasField("placed_at") else None
        o.ship_within = _duration(m.ship_within) if m.HasField("ship_within") else None
        o.locker = m.locker if w_destination == "locker" else None
        o.address = Label.from_proto(m.address) if w_destination == "address" else None
        o.route = (_lazy_list(r_steps, Step.from_proto) if (r_steps := m.route.steps) else []) if w_destination == "route" else None
        o.paper = m.paper if w_gift_wrap == "paper" else None
        o.card = _read_Value(m.card) if w_gift_wrap == "card" else None
        o.labels = (_lazy_list(r_labels, Tag.from_proto) if (r_labels := m.labels) else [])
        o.memo = _read_Value(m.memo) if m.HasField("memo") else None
        o.priority = m.priority if m.HasField("priority") else None
        o._src = m  # billing: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_Order)

        def __getstate__(self) -> Any:
            return _field_state(self)

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
        for x_items in self.items:
            t_items = p.items.add()
            x_items._write(t_items)
        p.notes.extend(self.notes)
        p.carriers.extend(self.carriers)  # type: ignore[arg-type]
        p.tags.update(self.tags)
        for k_by_sku, x_by_sku in self.by_sku.items():
            t_by_sku = p.by_sku[k_by_sku]
            x_by_sku._write(t_by_sku)
        for k_extras, x_extras in self.extras.items():
            t_extras = p.extras[k_extras]
            _write_Value(t_extras, x_extras)
        if self.placed_at is not None:
            t_placed_at = p.placed_at
            _set_timestamp(t_placed_at, self.placed_at)
        if self.ship_within is not None:
            t_ship_within = p.ship_within
            _set_duration(t_ship_within, self.ship_within)
        if self.locker is not None:
            p.locker = self.locker
            n_destination += 1
        if self.address is not None:
            t_address = p.address
            t_address.SetInParent()
            self.address._write(t_address)
            n_destination += 1
        if self.route is not None:
            t_route = p.route
            t_route.SetInParent()
            for x_steps in self.route:
                t_steps = t_route.steps.add()
                x_steps._write(t_steps)
            n_destination += 1
        if self.paper is not None:
            p.paper = self.paper
            n_gift_wrap += 1
        if self.card is not None:
            t_card = p.card
            _write_Value(t_card, self.card)
            n_gift_wrap += 1
        for x_labels in self.labels:
            t_labels = p.labels.add()
            x_labels._write(t_labels)
        if self.memo is not None:
            t_memo = p.memo
            _write_Value(t_memo, self.memo)
        if self.priority is not None:
            p.priority = self.priority
        if self.billing is not None:
            t_billing = p.billing
            t_billing.SetInParent()
            self.billing._write(t_billing)
        if n_destination != 1:
            raise _oneof_error("Order", "destination", "locker, address, route", n_destination, True)
        if n_gift_wrap > 1:
            raise _oneof_error("Order", "gift_wrap", "paper, card", n_gift_wrap, False)


_LAZY_Order: dict[str, _Reader] = {
    "billing": lambda m: Label.from_proto(m.billing) if m.HasField("billing") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class OrderReply:
    """OrderReply.

    Wire message: ``fixture.shop.OrderReply``.
    """

    __slots__ = ("ok", "description", "order_id",)

    ok: bool
    description: str
    order_id: str | None

    def __init__(
        self,
        *,
        ok: bool = False,
        description: str = "",
        order_id: str | None = None,
    ) -> None:
        self.ok = ok
        self.description = description
        self.order_id = order_id

    def __repr__(self) -> str:
        return f"OrderReply(ok={self.ok!r}, description={self.description!r}, order_id={self.order_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrderReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.ok, self.description, self.order_id,) == (other.ok, other.description, other.order_id,)

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
            t_order_id = p.order_id
            t_order_id.value = self.order_id


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Part:
    """One part of a tracking update.

    Wire message: ``fixture.shop.Part``.
    """

    __slots__ = ("text", "label",)

    text: str | None
    label: Label | None

    def __init__(
        self,
        *,
        text: str | None = None,
        label: Label | None = None,
    ) -> None:
        self.text = text
        self.label = label
        _check_oneof(
            "Part",
            "entry",
            "text, label",
            (text, label,),
            True,
        )

    def __repr__(self) -> str:
        return f"Part(text={self.text!r}, label={self.label!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Part) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.text, self.label,) == (other.text, other.label,)

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
            t_label = p.label
            t_label.SetInParent()
            self.label._write(t_label)
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
        "billing": ((Label,), True, ()),
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
