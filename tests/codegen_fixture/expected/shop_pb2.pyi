# generated from tests/codegen_fixture/proto/shop/shop.proto by `python -m codegen`; do not edit.
import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf import wrappers_pb2 as _wrappers_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Carrier(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CARRIER_UNSPECIFIED: _ClassVar[Carrier]
    CARRIER_POST: _ClassVar[Carrier]
    CARRIER_COURIER: _ClassVar[Carrier]
    CARRIER_1ST_CLASS: _ClassVar[Carrier]
CARRIER_UNSPECIFIED: Carrier
CARRIER_POST: Carrier
CARRIER_COURIER: Carrier
CARRIER_1ST_CLASS: Carrier

class Value(_message.Message):
    __slots__ = ("text", "raw")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    RAW_FIELD_NUMBER: _ClassVar[int]
    text: str
    raw: bytes
    def __init__(self, text: _Optional[str] = ..., raw: _Optional[bytes] = ...) -> None: ...

class Label(_message.Message):
    __slots__ = ("key", "value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    key: str
    value: _wrappers_pb2.StringValue
    def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class ExpiringLabel(_message.Message):
    __slots__ = ("label", "expires_at")
    LABEL_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    label: Label
    expires_at: _timestamp_pb2.Timestamp
    def __init__(self, label: _Optional[_Union[Label, _Mapping[str, object]]] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ...) -> None: ...

class Step(_message.Message):
    __slots__ = ("text",)
    TEXT_FIELD_NUMBER: _ClassVar[int]
    text: str
    def __init__(self, text: _Optional[str] = ...) -> None: ...

class Route(_message.Message):
    __slots__ = ("steps",)
    STEPS_FIELD_NUMBER: _ClassVar[int]
    steps: _containers.RepeatedCompositeFieldContainer[Step]
    def __init__(self, steps: _Optional[_Iterable[_Union[Step, _Mapping[str, object]]]] = ...) -> None: ...

class Item(_message.Message):
    __slots__ = ("sku", "count", "price", "weight", "fragile", "photo", "serial", "shelf", "size", "discount", "gift")
    class Size(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SIZE_UNSPECIFIED: _ClassVar[Item.Size]
        SIZE_SMALL: _ClassVar[Item.Size]
        SIZE_LARGE: _ClassVar[Item.Size]
    SIZE_UNSPECIFIED: Item.Size
    SIZE_SMALL: Item.Size
    SIZE_LARGE: Item.Size
    SKU_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    PRICE_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    FRAGILE_FIELD_NUMBER: _ClassVar[int]
    PHOTO_FIELD_NUMBER: _ClassVar[int]
    SERIAL_FIELD_NUMBER: _ClassVar[int]
    SHELF_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    DISCOUNT_FIELD_NUMBER: _ClassVar[int]
    GIFT_FIELD_NUMBER: _ClassVar[int]
    sku: str
    count: int
    price: float
    weight: float
    fragile: bool
    photo: bytes
    serial: int
    shelf: int
    size: Item.Size
    discount: _wrappers_pb2.Int32Value
    gift: _wrappers_pb2.BoolValue
    def __init__(self, sku: _Optional[str] = ..., count: _Optional[int] = ..., price: _Optional[float] = ..., weight: _Optional[float] = ..., fragile: _Optional[bool] = ..., photo: _Optional[bytes] = ..., serial: _Optional[int] = ..., shelf: _Optional[int] = ..., size: _Optional[_Union[Item.Size, str]] = ..., discount: _Optional[_Union[_wrappers_pb2.Int32Value, _Mapping[str, object]]] = ..., gift: _Optional[_Union[_wrappers_pb2.BoolValue, _Mapping[str, object]]] = ...) -> None: ...

class Order(_message.Message):
    __slots__ = ("id", "items", "notes", "carriers", "tags", "by_sku", "extras", "placed_at", "ship_within", "locker", "address", "route", "paper", "card", "labels", "memo", "priority", "billing")
    class TagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class BySkuEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: Item
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[Item, _Mapping[str, object]]] = ...) -> None: ...
    class ExtrasEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: Value
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[Value, _Mapping[str, object]]] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    NOTES_FIELD_NUMBER: _ClassVar[int]
    CARRIERS_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    BY_SKU_FIELD_NUMBER: _ClassVar[int]
    EXTRAS_FIELD_NUMBER: _ClassVar[int]
    PLACED_AT_FIELD_NUMBER: _ClassVar[int]
    SHIP_WITHIN_FIELD_NUMBER: _ClassVar[int]
    LOCKER_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ROUTE_FIELD_NUMBER: _ClassVar[int]
    PAPER_FIELD_NUMBER: _ClassVar[int]
    CARD_FIELD_NUMBER: _ClassVar[int]
    LABELS_FIELD_NUMBER: _ClassVar[int]
    MEMO_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    BILLING_FIELD_NUMBER: _ClassVar[int]
    id: str
    items: _containers.RepeatedCompositeFieldContainer[Item]
    notes: _containers.RepeatedScalarFieldContainer[str]
    carriers: _containers.RepeatedScalarFieldContainer[Carrier]
    tags: _containers.ScalarMap[str, str]
    by_sku: _containers.MessageMap[str, Item]
    extras: _containers.MessageMap[str, Value]
    placed_at: _timestamp_pb2.Timestamp
    ship_within: _duration_pb2.Duration
    locker: str
    address: Label
    route: Route
    paper: str
    card: Value
    labels: _containers.RepeatedCompositeFieldContainer[ExpiringLabel]
    memo: Value
    priority: int
    billing: Label
    def __init__(self, id: _Optional[str] = ..., items: _Optional[_Iterable[_Union[Item, _Mapping[str, object]]]] = ..., notes: _Optional[_Iterable[str]] = ..., carriers: _Optional[_Iterable[_Union[Carrier, str]]] = ..., tags: _Optional[_Mapping[str, str]] = ..., by_sku: _Optional[_Mapping[str, Item]] = ..., extras: _Optional[_Mapping[str, Value]] = ..., placed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., ship_within: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping[str, object]]] = ..., locker: _Optional[str] = ..., address: _Optional[_Union[Label, _Mapping[str, object]]] = ..., route: _Optional[_Union[Route, _Mapping[str, object]]] = ..., paper: _Optional[str] = ..., card: _Optional[_Union[Value, _Mapping[str, object]]] = ..., labels: _Optional[_Iterable[_Union[ExpiringLabel, _Mapping[str, object]]]] = ..., memo: _Optional[_Union[Value, _Mapping[str, object]]] = ..., priority: _Optional[int] = ..., billing: _Optional[_Union[Label, _Mapping[str, object]]] = ...) -> None: ...

class PlaceOrderCommand(_message.Message):
    __slots__ = ("order", "coupon")
    ORDER_FIELD_NUMBER: _ClassVar[int]
    COUPON_FIELD_NUMBER: _ClassVar[int]
    order: Order
    coupon: str
    def __init__(self, order: _Optional[_Union[Order, _Mapping[str, object]]] = ..., coupon: _Optional[str] = ...) -> None: ...

class CancelOrderCommand(_message.Message):
    __slots__ = ("order_id", "order_label", "reasons")
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_LABEL_FIELD_NUMBER: _ClassVar[int]
    REASONS_FIELD_NUMBER: _ClassVar[int]
    order_id: str
    order_label: Label
    reasons: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, order_id: _Optional[str] = ..., order_label: _Optional[_Union[Label, _Mapping[str, object]]] = ..., reasons: _Optional[_Iterable[str]] = ...) -> None: ...

class OrderReply(_message.Message):
    __slots__ = ("ok", "description", "order_id")
    OK_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    ok: bool
    description: str
    order_id: _wrappers_pb2.StringValue
    def __init__(self, ok: _Optional[bool] = ..., description: _Optional[str] = ..., order_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class ShopCommand(_message.Message):
    __slots__ = ("place_order", "cancel_order")
    PLACE_ORDER_FIELD_NUMBER: _ClassVar[int]
    CANCEL_ORDER_FIELD_NUMBER: _ClassVar[int]
    place_order: PlaceOrderCommand
    cancel_order: CancelOrderCommand
    def __init__(self, place_order: _Optional[_Union[PlaceOrderCommand, _Mapping[str, object]]] = ..., cancel_order: _Optional[_Union[CancelOrderCommand, _Mapping[str, object]]] = ...) -> None: ...

class ShopCommandReply(_message.Message):
    __slots__ = ("order",)
    ORDER_FIELD_NUMBER: _ClassVar[int]
    order: OrderReply
    def __init__(self, order: _Optional[_Union[OrderReply, _Mapping[str, object]]] = ...) -> None: ...

class Part(_message.Message):
    __slots__ = ("text", "label")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    text: str
    label: Label
    def __init__(self, text: _Optional[str] = ..., label: _Optional[_Union[Label, _Mapping[str, object]]] = ...) -> None: ...

class ParcelMoved(_message.Message):
    __slots__ = ("parcel_id", "carrier", "parts")
    PARCEL_ID_FIELD_NUMBER: _ClassVar[int]
    CARRIER_FIELD_NUMBER: _ClassVar[int]
    PARTS_FIELD_NUMBER: _ClassVar[int]
    parcel_id: str
    carrier: Carrier
    parts: _containers.RepeatedCompositeFieldContainer[Part]
    def __init__(self, parcel_id: _Optional[str] = ..., carrier: _Optional[_Union[Carrier, str]] = ..., parts: _Optional[_Iterable[_Union[Part, _Mapping[str, object]]]] = ...) -> None: ...

class OrderPaid(_message.Message):
    __slots__ = ("order_id",)
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    order_id: str
    def __init__(self, order_id: _Optional[str] = ...) -> None: ...

class ShopNotification(_message.Message):
    __slots__ = ("shop_id", "customer_id", "created_at", "parcel_moved", "order_paid", "note")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    PARCEL_MOVED_FIELD_NUMBER: _ClassVar[int]
    ORDER_PAID_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    shop_id: str
    customer_id: str
    created_at: _timestamp_pb2.Timestamp
    parcel_moved: ParcelMoved
    order_paid: OrderPaid
    note: Value
    def __init__(self, shop_id: _Optional[str] = ..., customer_id: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., parcel_moved: _Optional[_Union[ParcelMoved, _Mapping[str, object]]] = ..., order_paid: _Optional[_Union[OrderPaid, _Mapping[str, object]]] = ..., note: _Optional[_Union[Value, _Mapping[str, object]]] = ...) -> None: ...

class ShopEvent(_message.Message):
    __slots__ = ("shop",)
    SHOP_FIELD_NUMBER: _ClassVar[int]
    shop: ShopNotification
    def __init__(self, shop: _Optional[_Union[ShopNotification, _Mapping[str, object]]] = ...) -> None: ...
