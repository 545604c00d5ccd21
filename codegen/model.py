"""The generator's intermediate model: frozen, side-effect free, built once.

The builders (``fields``, ``schema``, ``events``, ``facade``) make every decision
(names, Python types, which codec converts a field, which fields an event
carries) and record it here as data; the templates hold every code shape and
only loop over these objects and print them. Nothing here is Python source
except names and type annotations.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
class CodecModel:
    """How one proto value (an element, not a field) maps to Python; the templates' ``read``
    and ``fill`` macros print the code of each ``kind``."""

    kind: str  # scalar | enum | message | wrapper | timestamp | duration | union | unwrap
    annotation: str
    default: str  # the default of a singular, non-optional field
    check: str  # the isinstance classes, as a tuple expression
    ref: str = ""  # the enum, model class or union the conversion names
    element_fn: str = ""  # converts one element, for lazy lists; "" converts eagerly
    element_check: str = ""  # for a codec shown as a list (unwrap): what its elements accept
    inner: FieldModel | None = None  # unwrap: the repeated field the message holds

    @property
    def is_value(self) -> bool:
        """Assigned directly (scalars, enums) rather than filled into a sub-message."""
        return self.kind in ("scalar", "enum")

    @property
    def set_in_parent(self) -> bool:
        """The sub-message must be marked present before it is filled (it may stay empty)."""
        return self.kind in ("message", "unwrap")


@dataclass(frozen=True)
class FieldModel:
    """One field: as the dataclass (or command argument) declares it, and how it converts."""

    name: str  # the proto field's name
    py_name: str
    codec: CodecModel
    annotation: str
    default: str  # a Python expression; "" when the default is a factory or the field is required
    default_factory: str  # "list", "dict" or ""
    doc: str
    repeated: bool = False
    is_map: bool = False
    map_key: CodecModel | None = None
    oneof: str = ""  # its group, "" when not in a oneof
    optional: bool = False  # shown as ``T | None`` (a oneof member, proto3 optional, a sub-message)
    epoch_zero_is_none: bool = False  # a Timestamp where the epoch itself means "not set"
    path: str = ""  # the proto attribute path before the name ("mapping." for a flattened field)
    # What an argument or field accepts: isinstance classes, None allowed, element classes.
    check_types: str = ""
    nullable: bool = False
    element_check: str = ""


@dataclass(frozen=True)
class AliasModel:
    """An attribute renamed to the SDK spec's name; the old name stays, deprecated."""

    old: str
    new: str
    annotation: str


@dataclass(frozen=True)
class OneofModel:
    name: str
    members: tuple[str, ...]  # the members' Python names
    required: bool
    owner: str = ""  # the public name of the message that declares it (errors name it)
    path: str = ""  # the proto attribute path of that message from the model's ("mapping.")

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
    present: tuple[str, ...] = ()  # sub-messages marked present before writing (flattened ones)
    aliases: tuple[AliasModel, ...] = ()

    @property
    def lazy_fields(self) -> tuple[FieldModel, ...]:
        """The single sub-message fields (a model's own, not in a oneof) that ``from_proto``
        leaves to their first read (elarian_sync/_lazy.py says how)."""
        return tuple(
            f
            for f in self.fields
            if f.codec.kind == "message" and not (f.repeated or f.is_map or f.oneof) and f.optional
        )


@dataclass(frozen=True)
class UnionMemberModel:
    name: str  # the proto field
    py_type: str


@dataclass(frozen=True)
class UnionModel:
    """A message that is one oneof of distinct scalar types, shown as their union."""

    name: str  # proto message name, used in helper names
    pb_ref: str
    annotation: str
    group: str
    members: tuple[UnionMemberModel, ...]


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
    summary: str
    options: tuple[FieldModel, ...]  # the envelope's own fields (outside its oneof): keyword, optional
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
class SlotModel:
    """One dataclass field of an event, read from the carrier (``c``) or the payload (``m``) of
    one source; ``field`` is None when this source has no such field."""

    py_name: str
    field: FieldModel | None
    where: str  # "c" or "m"
    guard: bool = False  # written only when not None (optional in the class, required on the wire)


@dataclass(frozen=True)
class EventSourceModel:
    """How one event class is read from, and written to, one carrier."""

    kind: str  # the notification kind's key
    carrier_ref: str
    payload_ref: str
    entry: str  # the carrier's oneof member holding the payload
    envelope_entry: str  # the envelope's member holding the carrier; "" when the carrier is it
    select_when: str  # to_proto writes this source when this field is set; "" for the fallback
    slots: tuple[SlotModel, ...]
    carrier_oneofs: tuple[OneofModel, ...]
    payload_oneofs: tuple[OneofModel, ...]


@dataclass(frozen=True)
class PartPropertyModel:
    name: str
    annotation: str
    member: str  # oneof member of InboundMessageBody-like parts
    py_member: str


@dataclass(frozen=True)
class EventClassModel:
    py_name: str
    doc: str
    event_names: tuple[str, ...]
    fields: tuple[FieldModel, ...]
    sources: tuple[EventSourceModel, ...]  # the select_when ones first; the fallback last
    parts: tuple[PartPropertyModel, ...]
    parts_field: str
    envelope_ref: str
    dispatch: str  # the parse function that reads this class's envelope
    aliases: tuple[AliasModel, ...] = ()


@dataclass(frozen=True)
class DispatchEventModel:
    name: str
    cls: str
    channel: str  # the channel's enum member name, "" when the entry is not split by channel
    number: int  # that member's number


@dataclass(frozen=True)
class DispatchEntryModel:
    entry: str
    channel_path: str  # from the payload to the channel enum; "" when not split
    events: tuple[DispatchEventModel, ...]


@dataclass(frozen=True)
class DispatchKindModel:
    key: str
    carrier: str
    envelope_entry: str  # "" when the envelope is the carrier
    entries: tuple[DispatchEntryModel, ...]


@dataclass(frozen=True)
class DispatchModel:
    function: str
    envelope: str
    envelope_ref: str
    result_union: str
    kinds: tuple[DispatchKindModel, ...]

    @property
    def by_entry(self) -> bool:
        """The envelope holds its carriers in a oneof (``entry``)."""
        return any(k.envelope_entry for k in self.kinds)


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
    base_fields: tuple[str, ...] = field(default=())
