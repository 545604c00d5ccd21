"""Descriptors + configuration -> the intermediate model (``model.py``).

Every decision is made here, in Python: public names, Python types, defaults,
argument checks and the exact statements that convert between dataclasses and
protobuf messages. The conversion code is specialised per field (no reflection
at run time) because it is the SDK's hot path.

Conversions, by proto type:
  scalars               the Python scalar            m.f / p.f = v
  enums                 an IntEnum (unknown kept)    _Enum[m.f] / p.f = v
  messages              a dataclass (Optional)       Cls.from_proto(m.f) / v._write(p.f)
  wrappers              Optional[scalar]             m.f.value / p.f.value = v
  Timestamp, Duration   aware datetime, timedelta    _timestamp(m.f) / _set_timestamp(p.f, v)
  [unions] messages     str | bytes                  _read_X(m.f) / _write_X(p.f, v)
  [unwrap] messages     the list they hold
  [flatten] messages    their inner message's fields lifted into them
  repeated, map         list, dict
  oneof members         Optional fields; which_<group>() tells which is set
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from google.protobuf import descriptor_pb2

from .config import Config, ConfigError, EventSpec, NotificationKind
from .facade import build_facade
from .model import (
    AliasModel,
    CommandModel,
    CommandSetModel,
    DispatchModel,
    EnumModel,
    EnumValueModel,
    EventClassModel,
    EventNameModel,
    EventSourceModel,
    FieldModel,
    HandlerSetModel,
    MessageModel,
    OneofModel,
    OverloadModel,
    PartPropertyModel,
    PbModule,
    SchemaModel,
    UnionModel,
)
from .protoc import ProtocOutput

FDP = descriptor_pb2.FieldDescriptorProto
DescriptorProto = descriptor_pb2.DescriptorProto
EnumProto = descriptor_pb2.EnumDescriptorProto

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


class SchemaError(ValueError):
    """The schema uses something the generator cannot render, or disagrees with the config."""


def snake(name: str) -> str:
    """CamelCase or mixedCase -> snake_case (``dequeued_to_sessionId`` -> ``dequeued_to_session_id``)."""
    out = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)
    return out.lower()


def camel(name: str) -> str:
    """snake_case -> camelCase (``received_fb_messenger`` -> ``receivedFbMessenger``)."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def upper_snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).upper()


def _py_ident(name: str) -> str:
    name = snake(name)
    return name + "_" if keyword.iskeyword(name) else name


def _indent(lines: Iterable[str], depth: int = 1) -> list[str]:
    pad = "    " * depth
    return [pad + line for line in lines]


class _Temps:
    """Unique local names within one generated function."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self, stem: str = "t") -> str:
        self.n += 1
        return f"{stem}{self.n}"


@dataclass(frozen=True)
class _Codec:
    """How one proto value (not a field: one element) maps to Python."""

    kind: str  # scalar | enum | message | wrapper | timestamp | duration | union | unwrap
    annotation: str
    default: str  # default for a singular, non-Optional field
    check: str  # isinstance classes
    read_fmt: str  # "{x}" is the proto value (scalar or sub-message)
    # (target sub-message, python value, temps) -> statements; None for scalar/enum
    fill: Callable[[str, str, _Temps], list[str]] | None = None
    set_in_parent: bool = False  # target must be marked present before fill
    # A function converting one element, for lazy containers; "" converts eagerly.
    element_fn: str = ""
    # For a codec shown as a list (unwrap): the classes its elements accept.
    element_check: str = ""

    def read(self, x: str) -> str:
        return self.read_fmt.format(x=x)

    @property
    def is_value(self) -> bool:
        """Assigned directly (scalars, enums) rather than filled into a sub-message."""
        return self.fill is None

    @property
    def has_presence(self) -> bool:
        return self.fill is not None


@dataclass(frozen=True)
class _FieldInfo:
    desc: descriptor_pb2.FieldDescriptorProto
    name: str  # proto field name
    py_name: str
    codec: _Codec
    repeated: bool
    is_map: bool
    map_key: _Codec | None
    oneof: str  # "" when not in a (real) oneof
    proto3_optional: bool
    doc: str
    owner: str = ""  # the containing message, relative to the package

    @property
    def optional(self) -> bool:
        """Shown as ``T | None``."""
        if self.repeated or self.is_map:
            return False
        return bool(self.oneof) or self.proto3_optional or self.codec.has_presence

    @property
    def annotation(self) -> str:
        if self.is_map:
            assert self.map_key is not None
            return f"dict[{self.map_key.annotation}, {self.codec.annotation}]"
        if self.repeated:
            return f"list[{self.codec.annotation}]"
        if self.optional:
            return f"{self.codec.annotation} | None"
        return self.codec.annotation


_Node = DescriptorProto | EnumProto


class Parser:
    def __init__(self, out: ProtocOutput, config: Config, proto_display: str) -> None:
        self.out = out
        self.config = config
        self.proto_display = proto_display
        self.own_files = set(out.modules)
        self.messages: dict[str, DescriptorProto] = {}
        self.enums: dict[str, EnumProto] = {}
        self.file_of: dict[str, str] = {}
        self.pb_ref: dict[str, str] = {}
        self.comments: dict[tuple[str, tuple[int, ...]], str] = {}
        self.path_of: dict[str, tuple[str, tuple[int, ...]]] = {}
        self.order: list[str] = []  # own messages and enums, in file order
        self._codecs: dict[str, _Codec] = {}
        self._index()

    # -- indexing ---------------------------------------------------------------

    def _index(self) -> None:
        for f in self.out.descriptors.file:
            for loc in f.source_code_info.location:
                text = loc.leading_comments.strip() or loc.trailing_comments.strip()
                if text:
                    self.comments[(f.name, tuple(loc.path))] = _clean_comment(text)
            own = f.name in self.own_files
            if own and f.package != self.config.proto_package:
                raise SchemaError(f"{f.name}: package {f.package!r}, expected {self.config.proto_package!r}")
            alias = "_" + f.name.rsplit("/", 1)[-1][: -len(".proto")] + "_pb2"
            prefix = f.package + "." if f.package else ""
            for i, e in enumerate(f.enum_type):
                self._add(prefix + e.name, e, f.name, (5, i), f"{alias}.{e.name}", own)
            for i, m in enumerate(f.message_type):
                self._add_message(prefix, m, f.name, (4, i), alias, own)

    def _add(self, full: str, node: _Node, file: str, path: tuple[int, ...], ref: str, own: bool) -> None:
        if isinstance(node, DescriptorProto):
            self.messages[full] = node
        else:
            self.enums[full] = node
        self.file_of[full] = file
        self.path_of[full] = (file, path)
        self.pb_ref[full] = ref
        if own:
            self.order.append(full)

    def _add_message(
        self, prefix: str, m: DescriptorProto, file: str, path: tuple[int, ...], ref_prefix: str, own: bool
    ) -> None:
        full = prefix + m.name
        ref = f"{ref_prefix}.{m.name}"
        self._add(full, m, file, path, ref, own)
        for j, e in enumerate(m.enum_type):
            self._add(f"{full}.{e.name}", e, file, (*path, 4, j), f"{ref}.{e.name}", own)
        for j, n in enumerate(m.nested_type):
            self._add_message(full + ".", n, file, (*path, 3, j), ref, own)

    def doc(self, full: str, *sub: int) -> str:
        file, path = self.path_of[full]
        return self.comments.get((file, (*path, *sub)), "")

    def short(self, full: str) -> str:
        """The name relative to the package, used as the config's key."""
        pkg = self.config.proto_package + "."
        return full[len(pkg) :] if full.startswith(pkg) else full

    def py_name(self, full: str) -> str:
        short = self.short(full)
        return self.config.names.get(short, short.replace(".", ""))

    def resolve(self, short: str) -> str:
        full = f"{self.config.proto_package}.{short}"
        if full not in self.messages and full not in self.enums:
            raise ConfigError(f"{self.config.path}: {short!r} is not in the schema")
        return full

    # -- codecs ---------------------------------------------------------------------

    def codec(self, f: descriptor_pb2.FieldDescriptorProto) -> _Codec:
        if f.type in _SCALARS:
            ann, default, check = _SCALARS[f.type]
            return _Codec("scalar", ann, default, check, "{x}")
        if f.type == FDP.TYPE_ENUM:
            full = f.type_name.lstrip(".")
            name = self.py_name(full)
            first = self.enum_model(full).values[0].name
            return _Codec("enum", name, f"{name}.{first}", "(int,)", f"_{name}_BY_NUMBER[{{x}}]")
        if f.type == FDP.TYPE_MESSAGE:
            return self.message_codec(f.type_name.lstrip("."))
        raise SchemaError(f"field {f.name}: proto type {f.type} (groups) is not supported")

    def message_codec(self, full: str) -> _Codec:
        if full in self._codecs:
            return self._codecs[full]
        codec = self._message_codec(full)
        self._codecs[full] = codec
        return codec

    def _message_codec(self, full: str) -> _Codec:
        if full == "google.protobuf.Timestamp":
            return _Codec(
                "timestamp",
                "datetime",
                "",
                "(datetime, int, float)",
                "_timestamp({x})",
                lambda t, v, tmp: [f"_set_timestamp({t}, {v})"],
                element_fn="_timestamp",
            )
        if full == "google.protobuf.Duration":
            return _Codec(
                "duration",
                "timedelta",
                "",
                "(timedelta, int, float)",
                "_duration({x})",
                lambda t, v, tmp: [f"_set_duration({t}, {v})"],
                element_fn="_duration",
            )
        if full in _WRAPPERS:
            ann, _, check = _SCALARS[_WRAPPERS[full]]
            return _Codec(
                "wrapper",
                ann,
                "",
                check,
                "{x}.value",
                lambda t, v, tmp: [f"{t}.value = {v}"],
                element_fn="_wrapped_value",
            )
        if full.startswith("google.protobuf."):
            raise SchemaError(f"well-known type {full} is not supported")
        short = self.short(full)
        msg = self.messages[full]
        if short in self.config.unions:
            members = [f for f in msg.field]
            ann = " | ".join(_SCALARS[f.type][0] for f in members)
            check = "(" + ", ".join(_SCALARS[f.type][0] for f in members) + ",)"
            return _Codec(
                "union",
                ann,
                "",
                check,
                f"_read_{short}({{x}})",
                lambda t, v, tmp: [f"_write_{short}({t}, {v})"],
                element_fn=f"_read_{short}",
            )
        if short in self.config.unwrap:
            inner = self._field_named(msg, self.config.unwrap[short], short)
            if inner.label != FDP.LABEL_REPEATED:
                raise SchemaError(f"[unwrap] {short}.{inner.name} must be repeated")
            inner_info = self.field_info(full, msg, list(msg.field).index(inner))
            name = inner.name

            def fill(t: str, v: str, tmp: _Temps) -> list[str]:
                return self.write_field(inner_info, t, v, tmp)

            return _Codec(
                "unwrap",
                inner_info.annotation,
                "",
                "(list, tuple)",
                f"{self._read_repeated(inner_info, '{x}.' + name)}",
                fill,
                set_in_parent=True,
                element_check=inner_info.codec.check,
            )
        cls = self.py_name(full)
        return _Codec(
            "message",
            cls,
            "",
            f"({cls},)",
            f"{cls}.from_proto({{x}})",
            lambda t, v, tmp: [f"{v}._write({t})"],
            set_in_parent=True,
            element_fn=f"{cls}.from_proto",
        )

    @staticmethod
    def _field_named(msg: DescriptorProto, name: str, where: str) -> descriptor_pb2.FieldDescriptorProto:
        for f in msg.field:
            if f.name == name:
                return f
        raise ConfigError(f"{where} has no field {name!r}")

    def field_info(self, full: str, msg: DescriptorProto, index: int) -> _FieldInfo:
        f = msg.field[index]
        is_map = False
        map_key = None
        codec: _Codec
        if f.type == FDP.TYPE_MESSAGE and f.label == FDP.LABEL_REPEATED:
            entry = self.messages.get(f.type_name.lstrip("."))
            if entry is not None and entry.options.map_entry:
                is_map = True
                map_key = self.codec(entry.field[0])
                codec = self.codec(entry.field[1])
        if not is_map:
            codec = self.codec(f)
        oneof = ""
        if f.HasField("oneof_index") and not f.proto3_optional:
            oneof = msg.oneof_decl[f.oneof_index].name
        short = self.short(full)
        return _FieldInfo(
            desc=f,
            name=f.name,
            py_name=self.config.field_names.get(f"{short}.{f.name}", _py_ident(f.name)),
            codec=codec,
            repeated=f.label == FDP.LABEL_REPEATED and not is_map,
            is_map=is_map,
            map_key=map_key,
            oneof=oneof,
            proto3_optional=f.proto3_optional,
            doc=self.doc(full, 2, index),
            owner=short,
        )

    def fields_of(self, full: str) -> list[_FieldInfo]:
        msg = self.messages[full]
        return [self.field_info(full, msg, i) for i in range(len(msg.field))]

    # -- conversion statements --------------------------------------------------------

    def _read_repeated(self, fi: _FieldInfo, acc: str) -> str:
        if fi.codec.kind == "scalar":
            return f"list({acc})"
        if fi.codec.element_fn:
            return f"_lazy_list({acc}, {fi.codec.element_fn})"
        return "[" + fi.codec.read("x") + f" for x in {acc}]"

    def read_field(self, fi: _FieldInfo, m: str, which: str) -> str:
        """An expression reading field ``fi`` of proto message ``m`` as its Python value."""
        acc = f"{m}.{fi.name}"
        c = fi.codec
        if fi.is_map:
            if c.kind == "scalar":
                return f"dict({acc})"
            return "{k: " + c.read("x") + f" for k, x in {acc}.items()}}"
        if fi.repeated:
            return self._read_repeated(fi, acc)
        if fi.oneof:
            return f'{c.read(acc)} if {which} == "{fi.name}" else None'
        if fi.optional:
            read = c.read(acc)
            if c.kind == "timestamp" and f"{fi.owner}.{fi.name}" in self.config.epoch_zero_is_none:
                read = f"_timestamp_or_none({acc})"
            return f'{read} if {m}.HasField("{fi.name}") else None'
        return c.read(acc)

    def write_field(self, fi: _FieldInfo, p: str, v: str, tmp: _Temps, count: str = "") -> list[str]:
        """Statements writing Python value ``v`` into field ``fi`` of proto message ``p``."""
        acc = f"{p}.{fi.name}"
        c = fi.codec
        # protoc's stubs type enum fields as their own int subclasses; ours are IntEnums
        ignore = "  # type: ignore[arg-type]" if c.kind == "enum" else ""
        if fi.is_map:
            if c.is_value:
                return [f"{acc}.update({v}){ignore}"]
            t, k, x = tmp(), tmp("k"), tmp("x")
            return [f"for {k}, {x} in {v}.items():", f"    {t} = {acc}[{k}]", *_indent(c.fill(t, x, tmp))]  # type: ignore[misc]
        if fi.repeated:
            if c.is_value:
                return [f"{acc}.extend({v}){ignore}"]
            t, x = tmp(), tmp("x")
            body = [f"{t} = {acc}.add()", *c.fill(t, x, tmp)]  # type: ignore[misc]
            return [f"for {x} in {v}:", *_indent(body)]
        assign = "  # type: ignore[assignment]" if c.kind == "enum" else ""
        if not fi.optional:
            return [f"{acc} = {v}{assign}"]
        if c.is_value:
            body = [f"{acc} = {v}{assign}"]
        else:
            t = tmp()
            body = [f"{t} = {acc}"]
            if c.set_in_parent:
                body.append(f"{t}.SetInParent()")
            body += c.fill(t, v, tmp)  # type: ignore[misc]
        if count:
            body.append(f"{count} += 1")
        return [f"if {v} is not None:", *_indent(body)]

    @staticmethod
    def _aliases(infos: Iterable[_FieldInfo], models: Iterable[FieldModel]) -> tuple[AliasModel, ...]:
        """The renamed fields ([field_names]): their proto names stay as deprecated aliases."""
        return tuple(
            AliasModel(_py_ident(fi.name), model.py_name, model.annotation)
            for fi, model in zip(infos, models, strict=True)
            if fi.py_name != _py_ident(fi.name)
        )

    def _oneofs(self, owner: str, fields: list[_FieldInfo]) -> list[OneofModel]:
        groups: dict[str, list[str]] = {}
        for fi in fields:
            if fi.oneof:
                groups.setdefault(fi.oneof, []).append(fi.py_name)
        return [
            OneofModel(name, tuple(members), f"{owner}.{name}" not in self.config.optional_oneofs)
            for name, members in groups.items()
        ]

    def _oneof_check(self, owner: str, group: OneofModel, count: str) -> list[str]:
        cond = f"{count} != 1" if group.required else f"{count} > 1"
        members = ", ".join(group.members)
        return [
            f"if {cond}:",
            f'    raise _oneof_error("{owner}", "{group.name}", "{members}", {count}, {group.required})',
        ]

    def _field_model(self, fi: _FieldInfo, *, command: str = "") -> FieldModel:
        """How a field is declared: in a dataclass, or (``command`` = the command
        message's name) as a command method's argument."""
        c = fi.codec
        factory = ""
        annotation = fi.annotation
        optional = self.config.optional_arguments
        if fi.is_map or fi.repeated:
            default, factory = "", ("dict" if fi.is_map else "list")
            if command:
                # an omitted list/dict argument means empty
                default, factory, annotation = "None", "", f"{annotation} | None"
        elif command and c.kind == "message" and not fi.oneof and f"{command}.{fi.name}" not in optional:
            # a command's message-typed argument (the reminder, the message...) is required
            default, annotation = "", c.annotation
        elif fi.optional:
            default = "None"
        else:
            default = c.default
        element = c.element_check
        check = c.check
        if fi.is_map:
            check = "(dict,)"
            element = c.check
        elif fi.repeated:
            check = "(list, tuple)"
            element = c.check
        return FieldModel(
            py_name=fi.py_name,
            annotation=annotation,
            default=default,
            default_factory=factory,
            doc=fi.doc,
            oneof=fi.oneof,
            check_types=check,
            nullable=default == "None",
            element_check=element,
        )

    # -- messages -------------------------------------------------------------------

    def message_model(self, full: str) -> MessageModel:
        short = self.short(full)
        msg = self.messages[full]
        fields = self.fields_of(full)
        flatten = self.config.flatten.get(short)
        from_lines: list[str] = []
        write_lines: list[str] = []
        tmp = _Temps()
        py_fields: list[_FieldInfo] = []
        oneofs: list[OneofModel] = []

        def emit(owner_full: str, infos: list[_FieldInfo], m: str, p: str) -> None:
            groups = self._oneofs(self.short(owner_full), infos)
            for g in groups:
                from_lines.append(f'w_{g.name} = {m}.WhichOneof("{g.name}")')
                write_lines.append(f"n_{g.name} = 0")
            for fi in infos:
                if fi.name == flatten and m == "m":
                    inner_full = fi.desc.type_name.lstrip(".")
                    if fi.repeated or fi.is_map or fi.desc.type != FDP.TYPE_MESSAGE:
                        raise SchemaError(f"[flatten] {short}.{flatten} must be a singular message")
                    write_lines.append(f"{p}.{fi.name}.SetInParent()")
                    emit(inner_full, self.fields_of(inner_full), f"{m}.{fi.name}", f"{p}.{fi.name}")
                    continue
                py_fields.append(fi)
                from_lines.append(f"o.{fi.py_name} = {self.read_field(fi, m, 'w_' + fi.oneof)}")
                count = f"n_{fi.oneof}" if fi.oneof else ""
                write_lines.extend(self.write_field(fi, p, f"self.{fi.py_name}", tmp, count))
            for g in groups:
                write_lines.extend(self._oneof_check(self.py_name(owner_full), g, f"n_{g.name}"))
            oneofs.extend(groups)

        if flatten is not None:
            self._field_named(msg, flatten, f"[flatten] {short}")
        emit(full, fields, "m", "p")
        names = [fi.py_name for fi in py_fields]
        dupes = {n for n in names if names.count(n) > 1}
        if dupes:
            raise SchemaError(f"{short}: field names clash after flattening: {sorted(dupes)}")
        field_models = tuple(self._field_model(fi) for fi in py_fields)
        return MessageModel(
            py_name=self.py_name(full),
            full_name=full,
            pb_ref=self.pb_ref[full],
            doc=self.doc(full),
            fields=field_models,
            oneofs=tuple(oneofs),
            from_lines=tuple(from_lines),
            write_lines=tuple(write_lines) or ("pass",),
            aliases=self._aliases(py_fields, field_models),
        )

    def union_model(self, short: str) -> UnionModel:
        full = self.resolve(short)
        msg = self.messages[full]
        group = self.config.unions[short]
        members = [
            f for f in msg.field if f.HasField("oneof_index") and msg.oneof_decl[f.oneof_index].name == group
        ]
        if len(members) != len(msg.field) or not members:
            raise SchemaError(f"[unions] {short} must hold only the oneof {group!r}")
        types = [_SCALARS[f.type][0] for f in members]
        if len(set(types)) != len(types) or any(f.type not in _SCALARS for f in members):
            raise SchemaError(f"[unions] {short}: members must be scalars of distinct Python types")
        read = [f'w = m.WhichOneof("{group}")']
        for f in members[1:]:
            read.append(f'if w == "{f.name}":')
            read.append(f"    return m.{f.name}")
        read.append(f"return m.{members[0].name}")
        write = []
        for i, (f, ty) in enumerate(zip(members, types, strict=True)):
            write.append(f"{'if' if i == 0 else 'elif'} isinstance(v, {ty}):")
            write.append(f"    p.{f.name} = v")
        write.append("else:")
        expected = " or ".join(types)
        write.append(f'    raise TypeError(f"expected {expected}, got {{type(v).__name__}}")')
        return UnionModel(short, self.pb_ref[full], " | ".join(types), tuple(read), tuple(write))

    def enum_model(self, full: str) -> EnumModel:
        e = self.enums[full]
        prefix = upper_snake(e.name) + "_"
        short = self.short(full)
        values = []
        aliases = []
        for i, v in enumerate(e.value):
            name = v.name[len(prefix) :] if v.name.startswith(prefix) else v.name
            if not name.isidentifier() or keyword.iskeyword(name):
                name = "V_" + name
            renamed = self.config.enum_values.get(f"{short}.{name}")
            doc = self.doc(full, 2, i)
            if renamed is not None:
                aliases.append(EnumValueModel(name, v.number, f"Deprecated alias of {renamed}."))
                name = renamed
            values.append(EnumValueModel(name, v.number, doc))
        return EnumModel(self.py_name(full), full, self.doc(full), tuple(values), tuple(aliases))

    # -- commands ---------------------------------------------------------------------

    def command_sets(self) -> list[CommandSetModel]:
        sets = []
        for cs in self.config.commands:
            env_full = self.resolve(cs.envelope)
            reply_full = self.resolve(cs.reply)
            env = self.messages[env_full]
            reply = self.messages[reply_full]
            reply_fields = {f.name: f for f in reply.field if f.HasField("oneof_index")}
            entries = [f for f in env.field if f.HasField("oneof_index")]
            if reply_fields:
                missing = [f.name for f in entries if f.name not in cs.replies]
                unknown = [k for k in cs.replies if k not in {f.name for f in entries}]
                bad = [v for v in cs.replies.values() if v not in reply_fields]
                if missing or unknown or bad:
                    raise ConfigError(
                        f"[commands.{cs.key}.replies]: missing {missing}, unknown commands {unknown}, "
                        f"unknown reply entries {bad}"
                    )
            commands = []
            for entry in entries:
                if reply_fields:
                    reply_entry = cs.replies[entry.name]
                    reply_class = self.py_name(reply_fields[reply_entry].type_name.lstrip("."))
                else:
                    reply_entry, reply_class = "", self.py_name(reply_full)
                commands.append(self.command_model(entry, env_full, reply_full, reply_class, reply_entry))
            sets.append(
                CommandSetModel(
                    key=cs.key,
                    class_name=cs.class_name,
                    envelope_ref=self.pb_ref[env_full],
                    reply_ref=self.pb_ref[reply_full],
                    doc=self.doc(env_full),
                    commands=tuple(commands),
                )
            )
        return sets

    def command_model(
        self,
        entry: descriptor_pb2.FieldDescriptorProto,
        env_full: str,
        reply_full: str,
        reply_class: str,
        reply_entry: str,
    ) -> CommandModel:
        full = entry.type_name.lstrip(".")
        infos = self.fields_of(full)
        for fi in infos:
            if fi.py_name in ("timeout", "self"):
                raise SchemaError(f"{self.short(full)}.{fi.name}: name clashes with a method argument")
        tmp = _Temps()
        lines: list[str] = []
        groups = self._oneofs(self.short(full), infos)
        for g in groups:
            lines.append(f"n_{g.name} = 0")
        for fi in infos:
            count = f"n_{fi.oneof}" if fi.oneof else ""
            stmts = self.write_field(fi, "p", fi.py_name, tmp, count)
            if fi.is_map or fi.repeated:
                stmts = [f"if {fi.py_name} is not None:", *_indent(stmts)]
            lines.extend(stmts)
        checks: list[str] = []
        for g in groups:
            checks.extend(self._oneof_check(entry.name, g, f"n_{g.name}"))
        params = [self._field_model(fi, command=self.short(full)) for fi in infos]
        summary = self.doc(full) or f"Send ``{self.short(full)}`` and wait for its reply."
        reply_doc = self.doc(self.resolve(self._reply_short(reply_full, reply_entry)))
        reply_group = ""
        if reply_entry:
            reply_msg = self.messages[reply_full]
            f = self._field_named(reply_msg, reply_entry, self.short(reply_full))
            reply_group = reply_msg.oneof_decl[f.oneof_index].name
        arg_docs = []
        for fi in infos:
            text = (
                fi.doc.split("\n", 1)[0]
                if fi.doc
                else self.config.field_docs.get(fi.name, f"``{fi.name}`` of ``{self.short(full)}``.")
            )
            if fi.oneof:
                members = ", ".join(p.py_name for p in infos if p.oneof == fi.oneof)
                text += f" One of: {members}."
            arg_docs.append((fi.py_name, text))
        return CommandModel(
            name=entry.name,
            pb_ref=self.pb_ref[full],
            envelope_ref=self.pb_ref[env_full],
            reply_ref=self.pb_ref[reply_full],
            reply_class=reply_class,
            reply_entry=reply_entry,
            params=tuple(params),
            oneofs=tuple(groups),
            build_lines=tuple(lines),
            check_lines=tuple(checks),
            summary=summary,
            returns_doc=reply_doc.split("\n", 1)[0] if reply_doc else "",
            reply_group=reply_group,
            arg_docs=tuple(arg_docs),
        )

    def _reply_short(self, reply_full: str, reply_entry: str) -> str:
        if not reply_entry:
            return self.short(reply_full)
        for f in self.messages[reply_full].field:
            if f.name == reply_entry:
                return self.short(f.type_name.lstrip("."))
        raise ConfigError(f"no reply entry {reply_entry}")

    # -- notifications ----------------------------------------------------------------

    def _kind_payload(self, kind: NotificationKind, entry: str) -> tuple[str, str]:
        carrier_full = self.resolve(kind.carrier)
        for f in self.messages[carrier_full].field:
            if f.name == entry and f.HasField("oneof_index"):
                return carrier_full, f.type_name.lstrip(".")
        raise ConfigError(f"{kind.carrier} has no oneof entry {entry!r}")

    def event_models(
        self,
    ) -> tuple[
        list[EventClassModel], list[EventNameModel], list[DispatchModel], list[tuple[str, str, str, str]]
    ]:
        by_class: dict[str, list[EventSpec]] = {}
        for ev in self.config.events:
            _, payload = self._kind_payload(self.config.kinds[ev.kind], ev.entry)
            cls = ev.class_name or self.py_name(payload)
            by_class.setdefault(cls, []).append(ev)
        classes = [self.event_class(cls, specs) for cls, specs in by_class.items()]

        names: dict[str, EventNameModel] = {}
        for ev in self.config.events:
            kind = self.config.kinds[ev.kind]
            cls = next(c.py_name for c in classes if ev in by_class[c.py_name])
            group = kind.group
            prev = names.get(ev.name)
            if prev is None:
                names[ev.name] = EventNameModel(ev.name, camel(ev.name), (cls,), group)
            elif cls not in prev.classes:
                names[ev.name] = EventNameModel(ev.name, prev.camel, (*prev.classes, cls), group)

        table = []
        for ev in self.config.events:
            kind = self.config.kinds[ev.kind]
            table.append((kind.carrier, ev.entry, ev.channel or "", ev.name))
        return classes, list(names.values()), self.dispatchers(by_class), table

    def event_class(self, cls: str, specs: list[EventSpec]) -> EventClassModel:
        sources: list[tuple[EventSpec, NotificationKind, str, str]] = []
        for ev in specs:
            kind = self.config.kinds[ev.kind]
            carrier_full, payload_full = self._kind_payload(kind, ev.entry)
            if any(s[1].key == kind.key for s in sources):
                continue  # one class, one source per kind (channel splits share it)
            sources.append((ev, kind, carrier_full, payload_full))
        payload_full = sources[0][3]
        if any(s[3] != payload_full for s in sources):
            raise SchemaError(f"event class {cls}: its sources carry different payloads")

        carrier_infos = {s[1].key: {fi.name: fi for fi in self.fields_of(s[2])} for s in sources}
        payload_infos = self.fields_of(payload_full)
        payload_by_name = {fi.name: fi for fi in payload_infos}

        # field name -> {kind: ("c" | "m", info)}
        layout: dict[str, dict[str, tuple[str, _FieldInfo]]] = {}
        order: list[str] = []

        def place(name: str, kind_key: str, where: str, fi: _FieldInfo) -> None:
            if name not in layout:
                layout[name] = {}
                order.append(name)
            layout[name][kind_key] = (where, fi)

        for name in self.config.base_fields:
            order.append(name)
            layout[name] = {}
            for _, kind, _, _ in sources:
                if name in payload_by_name:
                    place(name, kind.key, "m", payload_by_name[name])
                elif name in carrier_infos[kind.key]:
                    place(name, kind.key, "c", carrier_infos[kind.key][name])
        for _, kind, _, _ in sources:
            for name in kind.extra_fields:
                if name not in carrier_infos[kind.key]:
                    raise ConfigError(f"{kind.carrier} has no field {name!r}")
                place(name, kind.key, "c", carrier_infos[kind.key][name])
        for fi in payload_infos:
            if fi.name not in self.config.base_fields:
                for _, kind, _, _ in sources:
                    place(fi.name, kind.key, "m", fi)

        fields = []
        for name in order:
            present = layout[name]
            if present:
                fi = next(iter(present.values()))[1]
                model = self._field_model(fi)
                if len(present) < len(sources) and not fi.optional and not (fi.repeated or fi.is_map):
                    model = FieldModel(
                        model.py_name,
                        f"{model.annotation} | None",
                        "None",
                        "",
                        model.doc,
                        "",
                        model.check_types,
                        True,
                        model.element_check,
                    )
            else:
                model = FieldModel(_py_ident(name), "str | None", "None", "", "", "", "(str,)", True, "")
            if model.oneof:
                model = FieldModel(
                    model.py_name,
                    model.annotation,
                    model.default,
                    model.default_factory,
                    model.doc,
                    "",
                    model.check_types,
                    model.nullable,
                    model.element_check,
                )
            fields.append(model)

        source_models = []
        writers: list[tuple[str, NotificationKind, str, list[str]]] = []
        for n, (ev, kind, carrier_full, payload) in enumerate(sources, 1):
            from_lines: list[str] = []
            write_lines: list[str] = []
            tmp = _Temps()
            carrier_groups = [
                g
                for g in self._oneofs(kind.carrier, list(carrier_infos[kind.key].values()))
                if g.name != "entry"
            ]
            payload_groups = self._oneofs(self.short(payload), payload_infos)
            for g in carrier_groups:
                from_lines.append(f'wc_{g.name} = c.WhichOneof("{g.name}")')
            for g in payload_groups:
                from_lines.append(f'w_{g.name} = m.WhichOneof("{g.name}")')
            for index, name in enumerate(order):
                py = fields[index].py_name
                entry = layout[name].get(kind.key)
                if entry is None:
                    from_lines.append(f"o.{py} = None")
                    continue
                where, fi = entry
                which = ("wc_" if where == "c" else "w_") + fi.oneof
                from_lines.append(f"o.{py} = {self.read_field(fi, where, which)}")
                stmts = self.write_field(fi, f"{where}{n}", f"self.{py}", tmp)
                if fields[index].nullable and not fi.optional:
                    stmts = [f"if self.{py} is not None:", *_indent(stmts)]
                write_lines.extend(stmts)
            source_models.append(
                EventSourceModel(
                    method=f"_from_{kind.key}",
                    carrier_ref=self.pb_ref[carrier_full],
                    payload_ref=self.pb_ref[payload],
                    from_lines=tuple(from_lines),
                )
            )
            writers.append((ev.entry, kind, str(n), write_lines))

        envelopes = {self.resolve(kind.envelope) for _, kind, _, _ in sources}
        if len(envelopes) != 1:
            raise SchemaError(f"event class {cls}: its sources arrive in different envelopes")
        envelope_full = envelopes.pop()
        envelope_ref = self.pb_ref[envelope_full]
        # to_proto: the source chosen by a set field first, the plain one as the fallback
        writers.sort(key=lambda w: w[1].select_when is None)
        to_lines = [f"env = {envelope_ref}()"]
        for oneof_entry, kind, n_, write_lines in writers:
            c, m = f"c{n_}", f"m{n_}"
            body = []
            if kind.envelope_entry:
                body += [f"{c} = env.{kind.envelope_entry}", f"{c}.SetInParent()"]
            else:
                body.append(f"{c} = env")
            body += [f"{m} = {c}.{oneof_entry}", f"{m}.SetInParent()", *write_lines, "return env"]
            if kind.select_when:
                to_lines += [f"if self.{kind.select_when} is not None:", *_indent(body)]
            else:
                to_lines += body
                break
        else:
            raise SchemaError(f"event class {cls}: every source has select_when; one must be the fallback")

        parts = []
        parts_field = ""
        spec_parts = specs[0].parts
        if spec_parts:
            parts_field = "parts"
            parts_info = payload_by_name.get(parts_field)
            if parts_info is None or not parts_info.repeated or parts_info.codec.kind != "message":
                raise SchemaError(f"event class {cls}: payload has no repeated message field 'parts'")
            part_full = parts_info.desc.type_name.lstrip(".")
            part_fields = {p.name: p for p in self.fields_of(part_full)}
            for prop, member in spec_parts:
                pf = part_fields.get(member)
                if pf is None or not pf.oneof:
                    raise ConfigError(
                        f"event class {cls}: {self.short(part_full)} has no oneof member {member!r}"
                    )
                parts.append(PartPropertyModel(prop, pf.annotation, member, f"part.{pf.py_name}"))
        doc = self.doc(payload_full)
        renamed = []
        for index, name in enumerate(order):
            placed = next(iter(layout[name].values()), None)
            if placed is not None:
                renamed.append((placed[1], fields[index]))
        return EventClassModel(
            py_name=cls,
            doc=doc,
            event_names=tuple(dict.fromkeys(ev.name for ev in specs)),
            fields=tuple(fields),
            sources=tuple(source_models),
            parts=tuple(parts),
            parts_field=parts_field,
            envelope_ref=envelope_ref,
            to_lines=tuple(to_lines),
            dispatch=f"parse_{snake(self.short(envelope_full))}",
            aliases=self._aliases([fi for fi, _ in renamed], [model for _, model in renamed]),
        )

    def dispatchers(self, by_class: dict[str, list[EventSpec]]) -> list[DispatchModel]:
        envelopes: dict[str, list[NotificationKind]] = {}
        for kind in self.config.kinds.values():
            envelopes.setdefault(kind.envelope, []).append(kind)
        out = []
        for envelope, kinds in envelopes.items():
            env_full = self.resolve(envelope)
            result: list[str] = []
            lines: list[str] = []
            if any(kind.envelope_entry for kind in kinds):
                lines.append('w = env.WhichOneof("entry")')
            for index, kind in enumerate(kinds, 1):
                c = f"c{index}"
                body: list[str] = []
                if kind.envelope_entry:
                    body.append(f"{c} = env.{kind.envelope_entry}")
                else:
                    body.append(f"{c} = env")
                body.append(f'e = {c}.WhichOneof("entry")')
                entries: dict[str, list[EventSpec]] = {}
                for ev in self.config.events:
                    if ev.kind == kind.key:
                        entries.setdefault(ev.entry, []).append(ev)
                for entry, evs in entries.items():
                    branch: list[str] = []
                    for ev in evs:
                        cls = next(name for name, specs in by_class.items() if ev in specs)
                        if cls not in result:
                            result.append(cls)
                        ret = f'return "{ev.name}", {cls}._from_{kind.key}({c}, {c}.{entry})'
                        if ev.channel:
                            _, payload = self._kind_payload(kind, ev.entry)
                            number, path = self._channel_value(payload, ev.channel, ev.channel_field)
                            if not branch:
                                branch.append(f"ch = {c}.{entry}.{path}")
                            branch += [f"if ch == {number}:  # {ev.channel}", f"    {ret}"]
                        else:
                            branch.append(ret)
                    if any(ev.channel for ev in evs):
                        branch.append(
                            f'raise _UnknownNotificationError(f"{entry} on channel {{ch}} maps to no event")'
                        )
                    body += [f'if e == "{entry}":', *_indent(branch)]
                body.append(
                    f'raise _UnknownNotificationError(f"{kind.carrier} entry {{e!r}} maps to no event")'
                )
                if kind.envelope_entry:
                    lines += [f'if w == "{kind.envelope_entry}":', *_indent(body)]
                else:
                    lines += body
            if any(kind.envelope_entry for kind in kinds):
                lines.append(f'raise _UnknownNotificationError(f"{envelope} entry {{w!r}} maps to no event")')
            out.append(
                DispatchModel(
                    function=f"parse_{snake(envelope)}",
                    envelope_ref=self.pb_ref[env_full],
                    result_union=" | ".join(result),
                    lines=tuple(lines),
                )
            )
        return out

    def _channel_value(self, payload_full: str, channel: str, path: str) -> tuple[str, str]:
        """The number of enum member ``channel`` and the path reading it off a payload."""
        msg_full = payload_full
        for part in path.split("."):
            f = self._field_named(self.messages[msg_full], part, self.short(msg_full))
            msg_full = f.type_name.lstrip(".")
        enum = self.enum_model(msg_full)
        for v in enum.values:
            if v.name == channel:
                return f"{v.number}", path
        raise ConfigError(f"{enum.py_name} has no member {channel!r}")

    # -- on(), typed per event ---------------------------------------------------------------

    def handler_sets(self, names: list[EventNameModel]) -> list[HandlerSetModel]:
        handlers = self.config.handlers
        if handlers is None:
            return []
        connection: dict[str, list[str]] = {}
        for event, handler in handlers.connection.items():
            connection.setdefault(handler, []).append(event)
        sets = []
        for group, (mixin, handler) in handlers.kinds.items():
            overloads = [OverloadModel(tuple(events), h) for h, events in connection.items()]
            for n in names:
                if n.group == group:
                    literals = (n.name,) if n.camel == n.name else (n.name, n.camel)
                    overloads.append(OverloadModel(literals, f"{handler}[{' | '.join(n.classes)}]"))
            sets.append(HandlerSetModel(group, mixin, tuple(overloads)))
        unknown = set(handlers.kinds) - {n.group for n in names}
        if unknown:
            raise ConfigError(f"[handlers]: no events of group(s) {sorted(unknown)}")
        return sets

    # -- the whole schema ---------------------------------------------------------------

    def roles(self) -> set[str]:
        """Messages that are not rendered as models: envelopes, commands, payloads, unions."""
        skip: set[str] = set()
        for cs in self.config.commands:
            env_full = self.resolve(cs.envelope)
            skip.add(env_full)
            skip.update(
                f.type_name.lstrip(".") for f in self.messages[env_full].field if f.HasField("oneof_index")
            )
            reply_full = self.resolve(cs.reply)
            if any(f.HasField("oneof_index") for f in self.messages[reply_full].field):
                skip.add(reply_full)
        for kind in self.config.kinds.values():
            skip.add(self.resolve(kind.envelope))
            carrier = self.resolve(kind.carrier)
            skip.add(carrier)
            skip.update(
                f.type_name.lstrip(".")
                for f in self.messages[carrier].field
                if f.HasField("oneof_index") and f.type == FDP.TYPE_MESSAGE
            )
        for short in (*self.config.unions, *self.config.unwrap):
            skip.add(self.resolve(short))
        return skip

    def pb_modules(self) -> list[PbModule]:
        own_modules = {
            name[: -len(".proto")].replace("/", "."): name.rsplit("/", 1)[-1][: -len(".proto")]
            for name in self.out.modules
        }
        seen: dict[str, str] = {}
        result = []
        for name, (source, stub) in sorted(self.out.modules.items()):
            base = name.rsplit("/", 1)[-1][: -len(".proto")]
            if base in seen:
                raise SchemaError(f"{name} and {seen[base]} would both become {base}_pb2")
            seen[base] = name
            result.append(
                PbModule(
                    module=f"{base}_pb2",
                    alias=f"_{base}_pb2",
                    proto=name,
                    source=_relative_imports(source, own_modules),
                    stub=_typed_mappings(_relative_imports(stub, own_modules)),
                )
            )
        return result

    def build(self) -> SchemaModel:
        for short in (*self.config.names, *self.config.flatten, *self.config.unwrap, *self.config.unions):
            self.resolve(short)
        c = self.config
        for dotted in (*c.optional_oneofs, *c.optional_arguments, *c.epoch_zero_is_none, *c.field_names):
            owner, _, member = dotted.rpartition(".")
            msg = self.messages[self.resolve(owner)]
            members = {f.name for f in msg.field} | {o.name for o in msg.oneof_decl}
            if member not in members:
                raise ConfigError(f"{self.config.path}: {owner} has no field or oneof {member!r}")
        for dotted in c.enum_values:
            owner, _, member = dotted.rpartition(".")
            if member not in {v.name for v in self.enum_model(self.resolve(owner)).aliases}:
                raise ConfigError(f"{self.config.path}: enum {owner} has no member {member!r}")
        skip = self.roles()
        enums = [self.enum_model(full) for full in self.order if full in self.enums]
        messages = [
            self.message_model(full)
            for full in self.order
            if full in self.messages and full not in skip and not self.messages[full].options.map_entry
        ]
        public = [m.py_name for m in messages] + [e.py_name for e in enums]
        clashes = sorted({n for n in public if public.count(n) > 1})
        if clashes:
            raise SchemaError(f"public names used twice: {clashes}; rename them in {self.config.path.name}")
        classes, names, dispatch, table = self.event_models()
        handlers = self.config.handlers
        handler_types: tuple[str, ...] = ()
        if handlers is not None:
            handler_types = tuple(
                sorted({*handlers.connection.values(), *(h for _, h in handlers.kinds.values())})
            )
        command_sets = self.command_sets()
        facade = None
        if self.config.facade is not None:
            facade = build_facade(self.config.facade, command_sets, self.config.field_docs)
        return SchemaModel(
            proto_display=self.proto_display,
            protoc_version=self.out.protoc_version,
            pb_modules=tuple(self.pb_modules()),
            enums=tuple(enums),
            unions=tuple(self.union_model(short) for short in self.config.unions),
            messages=tuple(messages),
            command_sets=tuple(command_sets),
            event_classes=tuple(classes),
            event_names=tuple(names),
            dispatchers=tuple(dispatch),
            event_table=tuple(table),
            handler_module=handlers.module if handlers is not None else "",
            handler_types=handler_types,
            handler_sets=tuple(self.handler_sets(names)),
            facade=facade,
        )


def _clean_comment(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines()]
    return "\n".join(lines).replace('"""', "'''").replace("\\", "\\\\")


_BARE_MAPPING = re.compile(r"\b_Mapping\b(?!\[)(?= *[\],])")


def _typed_mappings(stub: str) -> str:
    """protoc's stubs accept a bare ``Mapping`` for message fields; give it type
    arguments so the stubs pass ``mypy --strict`` (disallow_any_generics)."""
    return _BARE_MAPPING.sub("_Mapping[str, object]", stub)


_IMPORT = re.compile(r"^from ([\w.]+) import (\w+)_pb2 as (\w+)$|^import (\w+)_pb2 as (\w+)$")


def _relative_imports(source: str, own_modules: dict[str, str]) -> str:
    """Rewrite protoc's absolute imports of our own modules as package-relative ones."""
    out = []
    for line in source.splitlines():
        match = _IMPORT.match(line)
        if match:
            if match.group(1) is not None:
                dotted, base, alias = f"{match.group(1)}.{match.group(2)}", match.group(2), match.group(3)
            else:
                dotted, base, alias = match.group(4), match.group(4), match.group(5)
            if dotted in own_modules:
                line = f"from . import {base}_pb2 as {alias}"
        out.append(line)
    return "\n".join(out) + "\n"
