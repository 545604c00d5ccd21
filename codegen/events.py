"""Notifications -> event classes, the parsers that dispatch them, and ``on()``'s overloads.

An event class is one dataclass per payload (split by channel where the config
says so): the base fields every event carries, the kind's extra fields from the
carrier, then the payload's fields. Where a class is fed by several kinds (a
payment status about a customer, or about a purse), each kind is a source with
its own slots; ``to_proto`` writes through the kind its ``select_when`` field
picks, the plain one otherwise.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .config import ConfigError, EventSpec, NotificationKind
from .descriptors import SchemaError
from .fields import aliases
from .model import (
    CodecModel,
    DispatchEntryModel,
    DispatchEventModel,
    DispatchKindModel,
    DispatchModel,
    EventClassModel,
    EventNameModel,
    EventSourceModel,
    FieldModel,
    HandlerSetModel,
    OverloadModel,
    PartPropertyModel,
    SlotModel,
)
from .naming import camel, py_ident, snake

if TYPE_CHECKING:
    from .schema import Schema

_UNKNOWN_BASE = CodecModel("scalar", "str", '""', "(str,)")


class Events:
    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self.d = schema.d
        self.fields = schema.fields
        self.config = schema.config

    def payload(self, kind: NotificationKind, entry: str) -> tuple[str, str]:
        """The carrier's and the payload's full names of one notification entry."""
        carrier_full = self.d.resolve(kind.carrier)
        for f in self.d.oneof_entries(carrier_full):
            if f.name == entry:
                return carrier_full, f.type_name.lstrip(".")
        raise ConfigError(f"{kind.carrier} has no oneof entry {entry!r}")

    def build(
        self,
    ) -> tuple[
        list[EventClassModel], list[EventNameModel], list[DispatchModel], list[tuple[str, str, str, str]]
    ]:
        by_class: dict[str, list[EventSpec]] = {}
        for ev in self.config.events:
            _, payload = self.payload(self.config.kinds[ev.kind], ev.entry)
            by_class.setdefault(ev.class_name or self.fields.py_name(payload), []).append(ev)
        classes = [self.event_class(cls, specs) for cls, specs in by_class.items()]
        class_of = {id(ev): cls for cls, specs in by_class.items() for ev in specs}

        names: dict[str, EventNameModel] = {}
        for ev in self.config.events:
            cls = class_of[id(ev)]
            group = self.config.kinds[ev.kind].group
            prev = names.get(ev.name)
            if prev is None:
                names[ev.name] = EventNameModel(ev.name, camel(ev.name), (cls,), group)
            elif cls not in prev.classes:
                names[ev.name] = replace(prev, classes=(*prev.classes, cls))
        table = [
            (self.config.kinds[ev.kind].carrier, ev.entry, ev.channel or "", ev.name)
            for ev in self.config.events
        ]
        return classes, list(names.values()), self.dispatchers(class_of), table

    # -- one event class ---------------------------------------------------------------------

    def event_class(self, cls: str, specs: list[EventSpec]) -> EventClassModel:
        sources: list[tuple[EventSpec, NotificationKind, str, str]] = []
        for ev in specs:
            kind = self.config.kinds[ev.kind]
            if any(s[1].key == kind.key for s in sources):
                continue  # one class, one source per kind (channel splits share it)
            sources.append((ev, kind, *self.payload(kind, ev.entry)))
        payload_full = sources[0][3]
        if any(s[3] != payload_full for s in sources):
            raise SchemaError(f"event class {cls}: its sources carry different payloads")
        carriers = {
            kind.key: {f.name: f for f in self.fields.fields_of(carrier)} for _, kind, carrier, _ in sources
        }
        payload = self.fields.fields_of(payload_full)
        payload_by_name = {f.name: f for f in payload}

        # field name -> {kind: ("c" | "m", field)}, in the class's order
        layout: dict[str, dict[str, tuple[str, FieldModel]]] = {}

        def place(name: str, kind_key: str, where: str, f: FieldModel) -> None:
            layout.setdefault(name, {})[kind_key] = (where, f)

        for name in self.config.base_fields:
            layout[name] = {}
            for _, kind, _, _ in sources:
                if name in payload_by_name:
                    place(name, kind.key, "m", payload_by_name[name])
                elif name in carriers[kind.key]:
                    place(name, kind.key, "c", carriers[kind.key][name])
        for _, kind, _, _ in sources:
            for name in kind.extra_fields:
                if name not in carriers[kind.key]:
                    raise ConfigError(f"{kind.carrier} has no field {name!r}")
                place(name, kind.key, "c", carriers[kind.key][name])
        for f in payload:
            if f.name not in self.config.base_fields:
                for _, kind, _, _ in sources:
                    place(f.name, kind.key, "m", f)

        fields = [self.declared(name, present, len(sources)) for name, present in layout.items()]
        source_models = []
        for ev, kind, carrier, payload_of in sources:
            slots = []
            for declared, present in zip(fields, layout.values(), strict=True):
                placed = present.get(kind.key)
                if placed is None:
                    slots.append(SlotModel(declared.py_name, None, "m"))
                    continue
                where, f = placed
                slots.append(
                    SlotModel(declared.py_name, f, where, guard=declared.nullable and not f.optional)
                )
            source_models.append(
                EventSourceModel(
                    kind=kind.key,
                    carrier_ref=self.d.pb_ref[carrier],
                    payload_ref=self.d.pb_ref[payload_of],
                    entry=ev.entry,
                    envelope_entry=kind.envelope_entry or "",
                    select_when=kind.select_when or "",
                    slots=tuple(slots),
                    carrier_oneofs=tuple(
                        g
                        for g in self.schema.oneofs(carrier, list(carriers[kind.key].values()))
                        if g.name != "entry"
                    ),
                    payload_oneofs=tuple(self.schema.oneofs(payload_of, payload)),
                )
            )
        # to_proto: the sources chosen by a set field first, the plain one as the fallback
        source_models.sort(key=lambda s: not s.select_when)
        if source_models[-1].select_when:
            raise SchemaError(f"event class {cls}: every source has select_when; one must be the fallback")
        envelopes = {self.d.resolve(kind.envelope) for _, kind, _, _ in sources}
        if len(envelopes) != 1:
            raise SchemaError(f"event class {cls}: its sources arrive in different envelopes")
        envelope_full = envelopes.pop()
        return EventClassModel(
            py_name=cls,
            doc=self.d.doc(payload_full),
            event_names=tuple(dict.fromkeys(ev.name for ev in specs)),
            fields=tuple(fields),
            sources=tuple(source_models),
            parts=tuple(self.parts(cls, specs[0], payload_full, payload_by_name)),
            parts_field="parts" if specs[0].parts else "",
            envelope_ref=self.d.pb_ref[envelope_full],
            dispatch=f"parse_{snake(self.d.short(envelope_full))}",
            aliases=aliases(fields),
        )

    @staticmethod
    def declared(name: str, present: dict[str, tuple[str, FieldModel]], sources: int) -> FieldModel:
        """How the class declares one field: optional where not every source has it, and never a
        oneof member (the class has one field per name, whichever group fed it)."""
        if not present:  # a base field no source carries
            return FieldModel(
                name=name,
                py_name=py_ident(name),
                codec=_UNKNOWN_BASE,
                annotation="str | None",
                default="None",
                default_factory="",
                doc="",
                optional=True,
                check_types="(str,)",
                nullable=True,
            )
        f = next(iter(present.values()))[1]
        if len(present) < sources and not f.optional and not (f.repeated or f.is_map):
            f = replace(
                f, annotation=f"{f.annotation} | None", default="None", default_factory="", nullable=True
            )
        return replace(f, oneof="", path="")

    def parts(
        self, cls: str, spec: EventSpec, payload_full: str, payload_by_name: dict[str, FieldModel]
    ) -> list[PartPropertyModel]:
        if not spec.parts:
            return []
        parts = payload_by_name.get("parts")
        if parts is None or not parts.repeated or parts.codec.kind != "message":
            raise SchemaError(f"event class {cls}: payload has no repeated message field 'parts'")
        part_full = self.d.field_named(payload_full, "parts").type_name.lstrip(".")
        part_fields = {p.name: p for p in self.fields.fields_of(part_full)}
        out = []
        for prop, member in spec.parts:
            pf = part_fields.get(member)
            if pf is None or not pf.oneof:
                raise ConfigError(
                    f"event class {cls}: {self.d.short(part_full)} has no oneof member {member!r}"
                )
            out.append(PartPropertyModel(prop, pf.annotation, member, pf.py_name))
        return out

    # -- dispatch ----------------------------------------------------------------------------

    def dispatchers(self, class_of: dict[int, str]) -> list[DispatchModel]:
        envelopes: dict[str, list[NotificationKind]] = {}
        for kind in self.config.kinds.values():
            envelopes.setdefault(kind.envelope, []).append(kind)
        out = []
        for envelope, kinds in envelopes.items():
            env_full = self.d.resolve(envelope)
            result: list[str] = []
            kind_models = []
            for kind in kinds:
                entries: dict[str, list[EventSpec]] = {}
                for ev in self.config.events:
                    if ev.kind == kind.key:
                        entries.setdefault(ev.entry, []).append(ev)
                entry_models = []
                for entry, evs in entries.items():
                    events = []
                    path = ""
                    for ev in evs:
                        cls = class_of[id(ev)]
                        if cls not in result:
                            result.append(cls)
                        name, number = "", 0
                        if ev.channel:
                            _, payload = self.payload(kind, ev.entry)
                            number = self.channel_number(payload, ev.channel, ev.channel_field)
                            name, path = ev.channel, ev.channel_field
                        events.append(DispatchEventModel(ev.name, cls, name, number))
                    entry_models.append(DispatchEntryModel(entry, path, tuple(events)))
                kind_models.append(
                    DispatchKindModel(kind.key, kind.carrier, kind.envelope_entry or "", tuple(entry_models))
                )
            out.append(
                DispatchModel(
                    function=f"parse_{snake(envelope)}",
                    envelope=envelope,
                    envelope_ref=self.d.pb_ref[env_full],
                    result_union=" | ".join(result),
                    kinds=tuple(kind_models),
                )
            )
        return out

    def channel_number(self, payload_full: str, channel: str, path: str) -> int:
        """The number of enum member ``channel`` at ``path`` from the payload."""
        full = payload_full
        for part in path.split("."):
            full = self.d.field_named(full, part).type_name.lstrip(".")
        enum = self.fields.enum_model(full)
        for v in enum.values:
            if v.name == channel:
                return v.number
        raise ConfigError(f"{enum.py_name} has no member {channel!r}")

    # -- on(), typed per event ---------------------------------------------------------------

    def handler_sets(self, names: list[EventNameModel]) -> list[HandlerSetModel]:
        handlers = self.config.handlers
        if handlers is None:
            return []
        connection: dict[str, list[str]] = {}
        for event, handler in handlers.connection.items():
            connection.setdefault(handler, []).append(event)
        unknown = set(handlers.kinds) - {n.group for n in names}
        if unknown:
            raise ConfigError(f"[handlers]: no events of group(s) {sorted(unknown)}")
        sets = []
        for group, (mixin, handler) in handlers.kinds.items():
            overloads = [OverloadModel(tuple(events), h) for h, events in connection.items()]
            for n in names:
                if n.group == group:
                    literals = (n.name,) if n.camel == n.name else (n.name, n.camel)
                    overloads.append(OverloadModel(literals, f"{handler}[{' | '.join(n.classes)}]"))
            sets.append(HandlerSetModel(group, mixin, tuple(overloads)))
        return sets


__all__ = ["Events"]
