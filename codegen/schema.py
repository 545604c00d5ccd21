"""Descriptors + configuration -> the whole ``SchemaModel``.

Models (messages shown as dataclasses, with [flatten]ed fields lifted into them),
unions, enums and command sets are built here; events come from ``events.py``,
the spec's classes' methods from ``facade.py``. Which messages are not models
(envelopes, commands, payloads, unions) is decided once, in ``roles``.
"""

from __future__ import annotations

from dataclasses import replace

from .config import Config, ConfigError
from .descriptors import FDP, Descriptors, SchemaError
from .events import Events
from .facade import build_facade
from .fields import _SCALARS, Fields, aliases
from .model import (
    CommandModel,
    CommandSetModel,
    FieldModel,
    MessageModel,
    OneofModel,
    SchemaModel,
    UnionMemberModel,
    UnionModel,
)
from .protoc import ProtocOutput


class Schema:
    def __init__(self, out: ProtocOutput, config: Config, proto_display: str) -> None:
        self.config = config
        self.proto_display = proto_display
        self.d = Descriptors(out, config)
        self.fields = Fields(self.d, config)

    def oneofs(self, full: str, fields: list[FieldModel], path: str = "") -> list[OneofModel]:
        groups: dict[str, list[str]] = {}
        for f in fields:
            if f.oneof:
                groups.setdefault(f.oneof, []).append(f.py_name)
        short = self.d.short(full)
        return [
            OneofModel(
                name,
                tuple(members),
                f"{short}.{name}" not in self.config.optional_oneofs,
                owner=self.fields.py_name(full),
                path=path,
            )
            for name, members in groups.items()
        ]

    # -- models ------------------------------------------------------------------------------

    def message(self, full: str) -> MessageModel:
        short = self.d.short(full)
        flatten = self.config.flatten.get(short)
        fields: list[FieldModel] = []
        oneofs = self.oneofs(full, self.fields.fields_of(full))
        present: list[str] = []
        for f in self.fields.fields_of(full):
            if f.name != flatten:
                fields.append(f)
                continue
            if f.repeated or f.is_map or f.codec.kind != "message":
                raise SchemaError(f"[flatten] {short}.{flatten} must be a singular message")
            inner = self.d.field_named(full, f.name).type_name.lstrip(".")
            inner_fields = [replace(x, path=f"{f.name}.") for x in self.fields.fields_of(inner)]
            fields += inner_fields
            oneofs += self.oneofs(inner, inner_fields, f"{f.name}.")
            present.append(f.name)
        if flatten is not None and not present:
            raise ConfigError(f"[flatten] {short} has no field {flatten!r}")
        names = [f.py_name for f in fields]
        dupes = {n for n in names if names.count(n) > 1}
        if dupes:
            raise SchemaError(f"{short}: field names clash after flattening: {sorted(dupes)}")
        return MessageModel(
            py_name=self.fields.py_name(full),
            full_name=full,
            pb_ref=self.d.pb_ref[full],
            doc=self.d.doc(full),
            fields=tuple(fields),
            oneofs=tuple(oneofs),
            present=tuple(present),
            aliases=aliases(fields),
        )

    def union(self, short: str) -> UnionModel:
        full = self.d.resolve(short)
        msg = self.d.messages[full]
        group = self.config.unions[short]
        members = [
            f for f in msg.field if f.HasField("oneof_index") and msg.oneof_decl[f.oneof_index].name == group
        ]
        if len(members) != len(msg.field) or not members:
            raise SchemaError(f"[unions] {short} must hold only the oneof {group!r}")
        if any(f.type not in _SCALARS for f in members):
            raise SchemaError(f"[unions] {short}: members must be scalars of distinct Python types")
        types = [_SCALARS[f.type][0] for f in members]
        if len(set(types)) != len(types):
            raise SchemaError(f"[unions] {short}: members must be scalars of distinct Python types")
        return UnionModel(
            name=short,
            pb_ref=self.d.pb_ref[full],
            annotation=" | ".join(types),
            group=group,
            members=tuple(UnionMemberModel(f.name, t) for f, t in zip(members, types, strict=True)),
        )

    # -- commands ----------------------------------------------------------------------------

    def command_sets(self) -> list[CommandSetModel]:
        sets = []
        for cs in self.config.commands:
            env_full = self.d.resolve(cs.envelope)
            reply_full = self.d.resolve(cs.reply)
            reply_fields = {f.name: f for f in self.d.oneof_entries(reply_full)}
            entries = self.d.oneof_entries(env_full)
            if reply_fields:
                missing = [f.name for f in entries if f.name not in cs.replies]
                unknown = [k for k in cs.replies if k not in {f.name for f in entries}]
                bad = [v for v in cs.replies.values() if v not in reply_fields]
                if missing or unknown or bad:
                    raise ConfigError(
                        f"[commands.{cs.key}.replies]: missing {missing}, unknown commands {unknown}, "
                        f"unknown reply entries {bad}"
                    )
            options = tuple(
                replace(f, annotation=f"{f.annotation} | None", default="None", optional=True, nullable=True)
                for f in self.fields.fields_of(env_full)
                if not f.oneof and not f.repeated and not f.is_map and f.codec.is_value
            )
            commands = []
            for entry in entries:
                if reply_fields:
                    reply_entry = cs.replies[entry.name]
                    reply_of = reply_fields[reply_entry].type_name.lstrip(".")
                    reply_group = (
                        self.d.messages[reply_full].oneof_decl[reply_fields[reply_entry].oneof_index].name
                    )
                else:
                    reply_entry, reply_of, reply_group = "", reply_full, ""
                commands.append(
                    self.command(entry.name, entry.type_name.lstrip("."), env_full, reply_full, reply_of)
                )
                commands[-1] = replace(
                    commands[-1],
                    reply_entry=reply_entry,
                    reply_group=reply_group,
                    options=options,
                    arg_docs=commands[-1].arg_docs
                    + tuple((o.py_name, o.doc.split("\n", 1)[0]) for o in options),
                )
            sets.append(
                CommandSetModel(
                    key=cs.key,
                    class_name=cs.class_name,
                    envelope_ref=self.d.pb_ref[env_full],
                    reply_ref=self.d.pb_ref[reply_full],
                    doc=self.d.doc(env_full),
                    commands=tuple(commands),
                )
            )
        return sets

    def command(self, name: str, full: str, env_full: str, reply_full: str, reply_of: str) -> CommandModel:
        short = self.d.short(full)
        fields = self.fields.fields_of(full)
        for f in fields:
            if f.py_name in ("timeout", "self"):
                raise SchemaError(f"{short}.{f.name}: name clashes with a method argument")
        arg_docs = []
        for f in fields:
            text = (
                f.doc.split("\n", 1)[0]
                if f.doc
                else self.config.field_docs.get(f.name, f"``{f.name}`` of ``{short}``.")
            )
            if f.oneof:
                text += f" One of: {', '.join(p.py_name for p in fields if p.oneof == f.oneof)}."
            arg_docs.append((f.py_name, text))
        reply_doc = self.d.doc(reply_of)
        return CommandModel(
            name=name,
            pb_ref=self.d.pb_ref[full],
            envelope_ref=self.d.pb_ref[env_full],
            reply_ref=self.d.pb_ref[reply_full],
            reply_class=self.fields.py_name(reply_of),
            reply_entry="",
            params=tuple(self.fields.as_argument(f, short) for f in fields),
            oneofs=tuple(replace(g, owner=name) for g in self.oneofs(full, fields)),
            summary=self.d.doc(full) or f"Send ``{short}`` and wait for its reply.",
            returns_doc=reply_doc.split("\n", 1)[0] if reply_doc else "",
            reply_group="",
            arg_docs=tuple(arg_docs),
            options=(),
        )

    # -- the whole schema --------------------------------------------------------------------

    def roles(self) -> set[str]:
        """Messages that are not rendered as models: envelopes, commands, payloads, unions."""
        skip: set[str] = set()
        for cs in self.config.commands:
            env_full = self.d.resolve(cs.envelope)
            skip.add(env_full)
            skip.update(f.type_name.lstrip(".") for f in self.d.oneof_entries(env_full))
            reply_full = self.d.resolve(cs.reply)
            if self.d.oneof_entries(reply_full):
                skip.add(reply_full)
        for kind in self.config.kinds.values():
            skip.add(self.d.resolve(kind.envelope))
            carrier = self.d.resolve(kind.carrier)
            skip.add(carrier)
            skip.update(
                f.type_name.lstrip(".") for f in self.d.oneof_entries(carrier) if f.type == FDP.TYPE_MESSAGE
            )
        for short in (*self.config.unions, *self.config.unwrap):
            skip.add(self.d.resolve(short))
        return skip

    def check_config(self) -> None:
        c = self.config
        for short in (*c.names, *c.flatten, *c.unwrap, *c.unions):
            self.d.resolve(short)
        for dotted in (*c.optional_oneofs, *c.optional_arguments, *c.epoch_zero_is_none, *c.field_names):
            owner, _, member = dotted.rpartition(".")
            msg = self.d.messages[self.d.resolve(owner)]
            if member not in {f.name for f in msg.field} | {o.name for o in msg.oneof_decl}:
                raise ConfigError(f"{c.path}: {owner} has no field or oneof {member!r}")
        for dotted in c.enum_values:
            owner, _, member = dotted.rpartition(".")
            if member not in {v.name for v in self.fields.enum_model(self.d.resolve(owner)).aliases}:
                raise ConfigError(f"{c.path}: enum {owner} has no member {member!r}")

    def build(self) -> SchemaModel:
        self.check_config()
        skip = self.roles()
        d = self.d
        enums = [self.fields.enum_model(full) for full in d.order if full in d.enums]
        messages = [
            self.message(full)
            for full in d.order
            if full in d.messages and full not in skip and not d.messages[full].options.map_entry
        ]
        public = [m.py_name for m in messages] + [e.py_name for e in enums]
        clashes = sorted({n for n in public if public.count(n) > 1})
        if clashes:
            raise SchemaError(f"public names used twice: {clashes}; rename them in {self.config.path.name}")
        events = Events(self)
        classes, names, dispatchers, table = events.build()
        command_sets = self.command_sets()
        handlers = self.config.handlers
        facade = self.config.facade
        return SchemaModel(
            proto_display=self.proto_display,
            protoc_version=d.out.protoc_version,
            pb_modules=tuple(d.pb_modules()),
            enums=tuple(enums),
            unions=tuple(self.union(short) for short in self.config.unions),
            messages=tuple(messages),
            command_sets=tuple(command_sets),
            event_classes=tuple(classes),
            event_names=tuple(names),
            dispatchers=tuple(dispatchers),
            event_table=tuple(table),
            handler_module=handlers.module if handlers is not None else "",
            handler_types=tuple(
                sorted({*handlers.connection.values(), *(h for _, h in handlers.kinds.values())})
            )
            if handlers is not None
            else (),
            handler_sets=tuple(events.handler_sets(names)),
            facade=build_facade(facade, command_sets, self.config.field_docs) if facade is not None else None,
            base_fields=self.config.base_fields,
        )


__all__ = ["Schema", "SchemaError"]
