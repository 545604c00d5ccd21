"""Hypothesis strategies that build random protobuf messages from descriptors.

Written from protobuf's descriptor API alone, independent of the generator, so
the round-trip tests compare the generated conversions against Google's own
runtime. Two generator rules shape what is drawn: a oneof group is set exactly
once unless it is listed as optional, and a flattened field is always present
(the dataclass has no way to say "absent").
"""

from __future__ import annotations

from typing import Any

from google.protobuf import descriptor_pb2
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message
from hypothesis import strategies as st

# Timestamp range allowed by the protobuf spec (0001-01-01 .. 9999-12-31), in
# whole microseconds: our datetimes hold microseconds.
_TS_MIN, _TS_MAX = -62135596800, 253402300799
_DURATION_MAX = 315576000000

_INTS = {
    FieldDescriptor.TYPE_INT32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_SINT32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_SFIXED32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_UINT32: (0, 2**32 - 1),
    FieldDescriptor.TYPE_FIXED32: (0, 2**32 - 1),
    FieldDescriptor.TYPE_INT64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_SINT64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_SFIXED64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_UINT64: (0, 2**64 - 1),
    FieldDescriptor.TYPE_FIXED64: (0, 2**64 - 1),
}


class Rules:
    def __init__(
        self,
        optional_oneofs: set[str] = frozenset(),
        flatten: dict[str, str] | None = None,
        zero_is_none: set[str] = frozenset(),
    ):
        self.optional_oneofs = optional_oneofs
        self.flatten = flatten or {}
        # timestamps where the epoch means "not set": the strategy never draws the epoch there
        self.zero_is_none = zero_is_none


def _scalar(field: FieldDescriptor) -> st.SearchStrategy[Any]:
    t = field.type
    if t in _INTS:
        lo, hi = _INTS[t]
        return st.integers(lo, hi)
    if t == FieldDescriptor.TYPE_DOUBLE:
        return st.floats(allow_nan=False, width=64)
    if t == FieldDescriptor.TYPE_FLOAT:
        return st.floats(allow_nan=False, width=32)
    if t == FieldDescriptor.TYPE_BOOL:
        return st.booleans()
    if t == FieldDescriptor.TYPE_STRING:
        return st.text(max_size=12)
    if t == FieldDescriptor.TYPE_BYTES:
        return st.binary(max_size=12)
    if t == FieldDescriptor.TYPE_ENUM:
        known = [v.number for v in field.enum_type.values]
        # open enums: a number this version does not know must survive too
        return st.one_of(st.sampled_from(known), st.integers(1000, 1010))
    raise AssertionError(f"unexpected type {t}")


def _is_map(field: FieldDescriptor) -> bool:
    return (
        field.type == FieldDescriptor.TYPE_MESSAGE
        and field.message_type.GetOptions().map_entry
        and _repeated(field)
    )


def _repeated(field: FieldDescriptor) -> bool:
    return bool(field.is_repeated)


def _fill_special(msg: Message, draw: Any) -> bool:
    name = msg.DESCRIPTOR.full_name
    if name == "google.protobuf.Timestamp":
        msg.seconds = draw(st.integers(_TS_MIN, _TS_MAX))
        msg.nanos = draw(st.integers(0, 999_999)) * 1000
        return True
    if name == "google.protobuf.Duration":
        seconds = draw(st.integers(-_DURATION_MAX, _DURATION_MAX))
        micros = draw(st.integers(0, 999_999))
        msg.seconds = seconds
        # a Duration's nanos take the sign of its seconds
        msg.nanos = (-micros if seconds < 0 else micros) * 1000
        return True
    return False


def fill(msg: Message, draw: Any, rules: Rules, depth: int = 0) -> None:
    """Set random values on ``msg`` (recursively), obeying the generator's rules."""
    if _fill_special(msg, draw):
        return
    desc: Descriptor = msg.DESCRIPTOR
    short = desc.full_name.split(".")[-1]
    chosen: dict[str, str | None] = {}
    optional_fields = _proto3_optional(desc)
    for oneof in desc.oneofs:
        if _synthetic(oneof, optional_fields):
            continue
        names = [f.name for f in oneof.fields]
        optional = f"{short}.{oneof.name}" in rules.optional_oneofs
        chosen[oneof.name] = draw(st.sampled_from(names + ([None] if optional else [])))
    flatten = rules.flatten.get(short)
    for field in desc.fields:
        oneof = field.containing_oneof
        if oneof is not None and not _synthetic(oneof, optional_fields):
            if chosen[oneof.name] != field.name:
                continue
            _set_one(msg, field, draw, rules, depth, always=True)
            continue
        always = field.name == flatten
        _set_one(msg, field, draw, rules, depth, always=always)


_OPTIONAL_CACHE: dict[str, frozenset[str]] = {}


def _proto3_optional(desc: Descriptor) -> frozenset[str]:
    """Fields declared ``optional`` in proto3 (each sits in a synthetic oneof)."""
    if desc.full_name not in _OPTIONAL_CACHE:
        proto = descriptor_pb2.DescriptorProto()
        desc.CopyToProto(proto)
        _OPTIONAL_CACHE[desc.full_name] = frozenset(f.name for f in proto.field if f.proto3_optional)
    return _OPTIONAL_CACHE[desc.full_name]


def _synthetic(oneof: Any, optional_fields: frozenset[str]) -> bool:
    return len(oneof.fields) == 1 and oneof.fields[0].name in optional_fields


def _set_one(msg: Message, field: FieldDescriptor, draw: Any, rules: Rules, depth: int, always: bool) -> None:
    max_items = 0 if depth > 6 else 3
    if _is_map(field):
        key_field = field.message_type.fields_by_name["key"]
        value_field = field.message_type.fields_by_name["value"]
        container = getattr(msg, field.name)
        for _ in range(draw(st.integers(0, max_items))):
            key = draw(_scalar(key_field))
            if value_field.type == FieldDescriptor.TYPE_MESSAGE:
                fill(container[key], draw, rules, depth + 1)
            else:
                container[key] = draw(_scalar(value_field))
        return
    if _repeated(field):
        container = getattr(msg, field.name)
        for _ in range(draw(st.integers(0, max_items))):
            if field.type == FieldDescriptor.TYPE_MESSAGE:
                fill(container.add(), draw, rules, depth + 1)
            else:
                container.append(draw(_scalar(field)))
        return
    if field.type == FieldDescriptor.TYPE_MESSAGE:
        if always or (depth < 6 and draw(st.booleans())):
            sub = getattr(msg, field.name)
            sub.SetInParent()
            fill(sub, draw, rules, depth + 1)
            owner = msg.DESCRIPTOR.full_name.split(".")[-1]
            if f"{owner}.{field.name}" in rules.zero_is_none and sub.seconds == 0 and sub.nanos == 0:
                sub.seconds = 1
        return
    if field.has_presence and not always and not draw(st.booleans()):
        return  # proto3 optional left unset
    setattr(msg, field.name, draw(_scalar(field)))


def messages(cls: type[Message], rules: Rules) -> st.SearchStrategy[Message]:
    @st.composite
    def build(draw: Any) -> Message:
        msg = cls()
        fill(msg, draw, rules)
        return msg

    return build()
