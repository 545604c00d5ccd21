"""The generator's intermediate model: frozen, side-effect free, built once.

The parser (``parser.py``) makes every decision (names, Python types, the
statements that convert to and from protobuf) and records it here as plain
strings; the templates only loop over these objects and print them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EnumValueModel:
    name: str  # short Python member name (prefix stripped)
    number: int
    doc: str


@dataclass(frozen=True)
class EnumModel:
    py_name: str
    full_name: str
    doc: str
    values: tuple[EnumValueModel, ...]
    aliases: tuple[EnumValueModel, ...] = ()  # old member names kept for the renamed ones


@dataclass(frozen=True)
class AliasModel:
    """An attribute renamed to the SDK spec's name; the old name stays, deprecated."""

    old: str
    new: str
    annotation: str


@dataclass(frozen=True)
class FieldModel:
    py_name: str
    annotation: str
    # Default expression; "" when the default is a factory (see default_factory).
    default: str
    default_factory: str  # "list", "dict" or ""
    doc: str
    oneof: str  # group name, "" when not in a oneof
    # Runtime type check of an argument: the isinstance() class tuple expression,
    # and whether None is allowed. Used for command arguments.
    check_types: str
    nullable: bool
    element_check: str  # for list/dict arguments: the element class tuple, else ""


@dataclass(frozen=True)
class OneofModel:
    name: str
    members: tuple[str, ...]
    required: bool

    @property
    def literal(self) -> str:
        return "Literal[" + ", ".join(f'"{m}"' for m in self.members) + "]"


@dataclass(frozen=True)
class MessageModel:
    py_name: str
    full_name: str
    pb_ref: str  # e.g. "_common_pb2.Cash"
    doc: str
    fields: tuple[FieldModel, ...]
    oneofs: tuple[OneofModel, ...]
    from_lines: tuple[str, ...]  # body of from_proto(cls, m), object in `o`
    write_lines: tuple[str, ...]  # body of _write(self, p)
    aliases: tuple[AliasModel, ...] = ()


@dataclass(frozen=True)
class UnionModel:
    """A message that is one oneof of distinct scalar types, shown as their union."""

    name: str  # proto message name, used in helper names
    pb_ref: str
    annotation: str
    read_lines: tuple[str, ...]  # body of _read_<name>(m)
    write_lines: tuple[str, ...]  # body of _write_<name>(p, v)


@dataclass(frozen=True)
class CommandModel:
    name: str  # method name (the envelope entry)
    pb_ref: str  # the command message
    envelope_ref: str
    reply_ref: str  # the reply envelope
    reply_class: str
    reply_entry: str  # "" when the reply envelope has no oneof
    params: tuple[FieldModel, ...]
    oneofs: tuple[OneofModel, ...]
    build_lines: tuple[str, ...]  # writes params into `p`, the command message
    check_lines: tuple[str, ...]  # oneof checks, after the writes
    summary: str
    returns_doc: str
    reply_group: str  # the reply envelope's oneof, "" when it has none
    arg_docs: tuple[tuple[str, str], ...]  # (argument, one-line description)


@dataclass(frozen=True)
class CommandSetModel:
    key: str  # the config's name for it ("app", "simulator")
    class_name: str
    envelope_ref: str
    reply_ref: str
    doc: str
    commands: tuple[CommandModel, ...]


@dataclass(frozen=True)
class EventSourceModel:
    """How one event class is read from one carrier."""

    method: str  # "_from_<kind>"
    carrier_ref: str
    payload_ref: str
    from_lines: tuple[str, ...]  # body of _from_<kind>(cls, c, m), object in `o`


@dataclass(frozen=True)
class PartPropertyModel:
    name: str
    annotation: str
    member: str  # oneof member of InboundMessageBody-like parts
    read: str  # expression over `part` giving the value


@dataclass(frozen=True)
class EventClassModel:
    py_name: str
    doc: str
    event_names: tuple[str, ...]
    fields: tuple[FieldModel, ...]
    sources: tuple[EventSourceModel, ...]
    parts: tuple[PartPropertyModel, ...]
    parts_field: str
    envelope_ref: str
    to_lines: tuple[str, ...]  # body of to_proto(self), returning the envelope
    dispatch: str  # the parse function that reads this class's envelope
    aliases: tuple[AliasModel, ...] = ()


@dataclass(frozen=True)
class DispatchModel:
    function: str
    envelope_ref: str
    result_union: str
    lines: tuple[str, ...]  # body of function(env)


@dataclass(frozen=True)
class EventNameModel:
    name: str
    camel: str
    classes: tuple[str, ...]
    group: str  # "app" or "simulator"


@dataclass(frozen=True)
class OverloadModel:
    """One ``on()`` overload: the event names it takes and the handler type it wants."""

    literals: tuple[str, ...]
    handler: str


@dataclass(frozen=True)
class HandlerSetModel:
    """A client kind's ``on()``: a mixin class of typed overloads."""

    group: str
    class_name: str
    overloads: tuple[OverloadModel, ...]


@dataclass(frozen=True)
class ParamModel:
    name: str
    annotation: str
    default: str  # a Python expression; "" when required


@dataclass(frozen=True)
class HookModel:
    """A method the hand-written class provides for the generated methods to call."""

    name: str
    params: tuple[ParamModel, ...]
    returns: str
    doc: str


@dataclass(frozen=True)
class FacadeMethodModel:
    """One spec-level method: its signature, the command it sends and what the reply becomes."""

    name: str
    command: str  # the typed command method it calls on ``self._wire``
    positional: tuple[ParamModel, ...]
    keyword: tuple[ParamModel, ...]
    call_args: str  # the method's arguments, passed on to the ``_<name>_args`` builder
    arg_items: tuple[str, ...]  # the items of the dict the builder returns
    returns: str
    finish: str  # "" (the reply as it is) or the hook the reply passes through
    summary: str
    arg_docs: tuple[tuple[str, str], ...]
    returns_doc: str
    raises: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class FacadeClassModel:
    name: str  # the mixin
    spec_name: str  # the hand-written class that inherits it
    wire_class: str  # the typed commands ``_wire`` gives
    hooks: tuple[HookModel, ...]
    methods: tuple[FacadeMethodModel, ...]


@dataclass(frozen=True)
class FacadeModel:
    source: str  # the declarations file, for the header
    args_module: str
    imports: tuple[str, ...]
    type_checking_imports: tuple[str, ...]
    classes: tuple[FacadeClassModel, ...]


@dataclass(frozen=True)
class PbModule:
    module: str  # "common_pb2"
    alias: str  # "_common_pb2"
    proto: str  # "elarian/common.proto"
    source: str  # protoc's output, imports made relative
    stub: str


@dataclass(frozen=True)
class SchemaModel:
    proto_display: str  # e.g. "proto/"
    protoc_version: str
    pb_modules: tuple[PbModule, ...]
    enums: tuple[EnumModel, ...]
    unions: tuple[UnionModel, ...]
    messages: tuple[MessageModel, ...]
    command_sets: tuple[CommandSetModel, ...]
    event_classes: tuple[EventClassModel, ...]
    event_names: tuple[EventNameModel, ...]
    dispatchers: tuple[DispatchModel, ...]
    event_table: tuple[tuple[str, str, str, str], ...]  # (envelope entry, entry, channel, event)
    handler_module: str = ""  # where the handler types live; "" renders no events module
    handler_types: tuple[str, ...] = ()  # the names imported from it
    handler_sets: tuple[HandlerSetModel, ...] = ()
    facade: FacadeModel | None = None
