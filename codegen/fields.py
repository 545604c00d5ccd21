"""Each proto field as a ``FieldModel``: its Python name and type, and its codec.

Conversions, by proto type (the templates' ``convert`` macros print them):
  scalars               the Python scalar
  enums                 an IntEnum (unknown numbers kept)
  messages              a dataclass (Optional)
  wrappers              Optional[scalar]
  Timestamp, Duration   aware datetime, timedelta
  [unions] messages     str | bytes (their members' types)
  [unwrap] messages     the list they hold
  repeated, map         list, dict
  oneof members         Optional fields; which_<group>() tells which is set
"""

from __future__ import annotations

import keyword
from dataclasses import replace

from google.protobuf import descriptor_pb2

from .config import Config
from .descriptors import FDP, Descriptors, SchemaError
from .model import AliasModel, CodecModel, EnumModel, EnumValueModel, FieldModel
from .naming import py_ident, upper_snake

_SCALARS: dict[int, tuple[str, str, str]] = {
    # proto type -> (annotation, default, isinstance classes)
    FDP.TYPE_DOUBLE: ("float", "0.0", "(int, float)"),
    FDP.TYPE_FLOAT: ("float", "0.0", "(int, float)"),
    FDP.TYPE_INT64: ("int", "0", "(int,)"),
    FDP.TYPE_UINT64: ("int", "0", "(int,)"),
    FDP.TYPE_INT32: ("int", "0", "(int,)"),
    FDP.TYPE_FIXED64: ("int", "0", "(int,)"),
    FDP.TYPE_FIXED32: ("int", "0", "(int,)"),
    FDP.TYPE_BOOL: ("bool", "False", "(bool,)"),
    FDP.TYPE_STRING: ("str", '""', "(str,)"),
    FDP.TYPE_BYTES: ("bytes", 'b""', "(bytes,)"),
    FDP.TYPE_UINT32: ("int", "0", "(int,)"),
    FDP.TYPE_SFIXED32: ("int", "0", "(int,)"),
    FDP.TYPE_SFIXED64: ("int", "0", "(int,)"),
    FDP.TYPE_SINT32: ("int", "0", "(int,)"),
    FDP.TYPE_SINT64: ("int", "0", "(int,)"),
}

_WRAPPERS = {
    "google.protobuf.DoubleValue": FDP.TYPE_DOUBLE,
    "google.protobuf.FloatValue": FDP.TYPE_FLOAT,
    "google.protobuf.Int64Value": FDP.TYPE_INT64,
    "google.protobuf.UInt64Value": FDP.TYPE_UINT64,
    "google.protobuf.Int32Value": FDP.TYPE_INT32,
    "google.protobuf.UInt32Value": FDP.TYPE_UINT32,
    "google.protobuf.BoolValue": FDP.TYPE_BOOL,
    "google.protobuf.StringValue": FDP.TYPE_STRING,
    "google.protobuf.BytesValue": FDP.TYPE_BYTES,
}

_TIME = {
    "google.protobuf.Timestamp": CodecModel(
        "timestamp", "datetime", "", "(datetime, int, float)", element_fn="_timestamp"
    ),
    "google.protobuf.Duration": CodecModel(
        "duration", "timedelta", "", "(timedelta, int, float)", element_fn="_duration"
    ),
}


def aliases(fields: list[FieldModel] | tuple[FieldModel, ...]) -> tuple[AliasModel, ...]:
    """The renamed fields ([field_names]): their proto names stay as deprecated aliases."""
    return tuple(
        AliasModel(py_ident(f.name), f.py_name, f.annotation) for f in fields if f.py_name != py_ident(f.name)
    )


class Fields:
    """Names, codecs and field models of the schema's messages and enums."""

    def __init__(self, d: Descriptors, config: Config) -> None:
        self.d = d
        self.config = config
        self._codecs: dict[str, CodecModel] = {}

    def py_name(self, full: str) -> str:
        """A message's or enum's public name: the config's (the SDK spec's), else its own."""
        short = self.d.short(full)
        return self.config.names.get(short, short.replace(".", ""))

    # -- enums -------------------------------------------------------------------------------

    def enum_model(self, full: str) -> EnumModel:
        e = self.d.enums[full]
        prefix = upper_snake(e.name) + "_"
        short = self.d.short(full)
        values = []
        aliases = []
        for i, v in enumerate(e.value):
            name = v.name[len(prefix) :] if v.name.startswith(prefix) else v.name
            if not name.isidentifier() or keyword.iskeyword(name):
                name = "V_" + name
            renamed = self.config.enum_values.get(f"{short}.{name}")
            doc = self.d.doc(full, 2, i)
            if renamed is not None:
                aliases.append(EnumValueModel(name, v.number, f"Deprecated alias of {renamed}."))
                name = renamed
            values.append(EnumValueModel(name, v.number, doc))
        return EnumModel(self.py_name(full), full, self.d.doc(full), tuple(values), tuple(aliases))

    # -- codecs ------------------------------------------------------------------------------

    def codec(self, f: descriptor_pb2.FieldDescriptorProto) -> CodecModel:
        if f.type in _SCALARS:
            ann, default, check = _SCALARS[f.type]
            return CodecModel("scalar", ann, default, check)
        if f.type == FDP.TYPE_ENUM:
            full = f.type_name.lstrip(".")
            name = self.py_name(full)
            first = self.enum_model(full).values[0].name
            return CodecModel("enum", name, f"{name}.{first}", "(int,)", ref=name)
        if f.type == FDP.TYPE_MESSAGE:
            full = f.type_name.lstrip(".")
            if full not in self._codecs:
                self._codecs[full] = self._message_codec(full)
            return self._codecs[full]
        raise SchemaError(f"field {f.name}: proto type {f.type} (groups) is not supported")

    def _message_codec(self, full: str) -> CodecModel:
        if full in _TIME:
            return _TIME[full]
        if full in _WRAPPERS:
            ann, _, check = _SCALARS[_WRAPPERS[full]]
            return CodecModel("wrapper", ann, "", check, element_fn="_wrapped_value")
        if full.startswith("google.protobuf."):
            raise SchemaError(f"well-known type {full} is not supported")
        short = self.d.short(full)
        msg = self.d.messages[full]
        if short in self.config.unions:
            types = [_SCALARS[f.type][0] for f in msg.field]
            check = "(" + ", ".join(types) + ",)"
            return CodecModel("union", " | ".join(types), "", check, ref=short, element_fn=f"_read_{short}")
        if short in self.config.unwrap:
            inner = self.field(
                full, list(msg.field).index(self.d.field_named(full, self.config.unwrap[short]))
            )
            if not inner.repeated:
                raise SchemaError(f"[unwrap] {short}.{inner.name} must be repeated")
            return CodecModel(
                "unwrap", inner.annotation, "", "(list, tuple)", element_check=inner.codec.check, inner=inner
            )
        cls = self.py_name(full)
        return CodecModel("message", cls, "", f"({cls},)", ref=cls, element_fn=f"{cls}.from_proto")

    # -- fields ------------------------------------------------------------------------------

    def field(self, full: str, index: int) -> FieldModel:
        """Field ``index`` of message ``full`` as a dataclass declares it."""
        msg = self.d.messages[full]
        f = msg.field[index]
        short = self.d.short(full)
        if keyword.iskeyword(f.name):
            # protobuf's Python classes reach such a field only through getattr
            raise SchemaError(f"{short}.{f.name}: a field may not be named like a Python keyword; rename it")
        is_map, map_key = False, None
        codec: CodecModel | None = None
        if f.type == FDP.TYPE_MESSAGE and f.label == FDP.LABEL_REPEATED:
            entry = self.d.messages.get(f.type_name.lstrip("."))
            if entry is not None and entry.options.map_entry:
                is_map, map_key, codec = True, self.codec(entry.field[0]), self.codec(entry.field[1])
        if codec is None:
            codec = self.codec(f)
        repeated = f.label == FDP.LABEL_REPEATED and not is_map
        oneof = (
            msg.oneof_decl[f.oneof_index].name if f.HasField("oneof_index") and not f.proto3_optional else ""
        )
        # a sub-message, wrapper or time can be absent; a scalar only in a oneof or proto3 optional
        optional = not (repeated or is_map) and bool(oneof or f.proto3_optional or not codec.is_value)
        if is_map:
            assert map_key is not None
            annotation = f"dict[{map_key.annotation}, {codec.annotation}]"
            default, factory, check, element = "", "dict", "(dict,)", codec.check
        elif repeated:
            annotation = f"list[{codec.annotation}]"
            default, factory, check, element = "", "list", "(list, tuple)", codec.check
        elif optional:
            annotation = f"{codec.annotation} | None"
            default, factory, check, element = "None", "", codec.check, codec.element_check
        else:
            annotation = codec.annotation
            default, factory, check, element = codec.default, "", codec.check, codec.element_check
        return FieldModel(
            name=f.name,
            py_name=self.config.field_names.get(f"{short}.{f.name}", py_ident(f.name)),
            codec=codec,
            annotation=annotation,
            default=default,
            default_factory=factory,
            doc=self.d.doc(full, 2, index),
            repeated=repeated,
            is_map=is_map,
            map_key=map_key,
            oneof=oneof,
            optional=optional,
            epoch_zero_is_none=codec.kind == "timestamp"
            and f"{short}.{f.name}" in self.config.epoch_zero_is_none,
            check_types=check,
            nullable=default == "None",
            element_check=element,
        )

    def fields_of(self, full: str) -> list[FieldModel]:
        return [self.field(full, i) for i in range(len(self.d.messages[full].field))]

    def as_argument(self, f: FieldModel, command: str) -> FieldModel:
        """A command's field as its method's argument: an omitted list or dict means empty, and
        a message-typed argument (the reminder, the message...) is required unless the config
        lists it as optional."""
        if f.is_map or f.repeated:
            return replace(
                f, default="None", default_factory="", annotation=f"{f.annotation} | None", nullable=True
            )
        if (
            f.codec.kind == "message"
            and not f.oneof
            and f"{command}.{f.name}" not in self.config.optional_arguments
        ):
            return replace(f, default="", annotation=f.codec.annotation, nullable=False)
        return f


__all__ = ["Fields", "aliases"]
