"""The generator's configuration: everything it cannot read off the .proto files.

One TOML file (``codegen/elarian.toml`` for the real schema, a small one for the
golden-test fixture) names the public Python classes, the messages shown in a
friendlier shape, which reply entry answers each command, and the event table.
Loading it checks its shape so a typo fails with the key it is about.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised only on Python 3.10
    import tomli as tomllib


class ConfigError(ValueError):
    """The configuration file is malformed or names something the schema lacks."""


@dataclass(frozen=True)
class CommandSet:
    key: str
    envelope: str
    reply: str
    class_name: str
    # command entry -> reply entry; empty when the reply message has no oneof.
    replies: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class NotificationKind:
    key: str
    group: str  # "app" or "simulator": which client receives these events
    envelope: str
    carrier: str
    envelope_entry: str | None
    extra_fields: tuple[str, ...]
    select_when: str | None


@dataclass(frozen=True)
class EventSpec:
    name: str
    kind: str
    entry: str
    channel: str | None
    channel_field: str  # dotted path from the payload to the channel enum
    class_name: str | None
    # property name -> oneof member of the parts' body
    parts: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Handlers:
    """How ``on()`` is typed: per client kind a mixin class and its handler type, and the
    connection events (name -> handler type) every client takes."""

    module: str
    kinds: dict[str, tuple[str, str]]  # group -> (mixin class, handler type)
    connection: dict[str, str]


@dataclass(frozen=True)
class FacadeArg:
    name: str
    type: str  # the annotation
    check: str  # "" (the command checks it), "instance", or "<module>.<function>"
    to: str  # the command argument it fills
    default: str | None  # a Python expression, or None: required
    keyword: bool
    doc: str
    flag: str = ""  # the flag it comes from: passed to the command as it is, never to a builder


@dataclass(frozen=True)
class FacadeResult:
    hook: str  # "self.<method>"
    type: str
    refuses: bool


@dataclass(frozen=True)
class FacadeMethod:
    name: str
    command: str
    doc: str
    args: tuple[FacadeArg, ...]
    build: str  # "", "self.<hook>" or "<module>.<function>"
    customer: str  # "", "ref" or "reach"
    learn: bool
    result: FacadeResult | None


@dataclass(frozen=True)
class FacadeClass:
    name: str
    mixin: str
    commands: str
    methods: tuple[FacadeMethod, ...]


@dataclass(frozen=True)
class Facade:
    """The spec-level classes' methods, declared (``facade.toml``)."""

    path: Path
    args_module: str  # imported as ``_args`` by the generated facade
    imports: tuple[str, ...]  # extra import lines the annotations need
    type_checking_imports: tuple[str, ...]
    classes: tuple[FacadeClass, ...]


def _facade_arg(a: dict[str, Any], at: str, flag: str = "") -> FacadeArg:
    arg_name = _require(a, "name", at)
    return FacadeArg(
        name=arg_name,
        type=_require(a, "type", f"{at} argument {arg_name}"),
        check=a.get("check", ""),
        to=a.get("to", arg_name),
        default=a.get("default"),
        keyword=bool(flag) or bool(a.get("keyword", False)),
        doc=a.get("doc", ""),
        flag=flag,
    )


def _load_facade(path: Path) -> Facade:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    # A flag: keyword arguments a group of methods shares (each method that names it takes them).
    flags: dict[str, tuple[FacadeArg, ...]] = {}
    for flag, table in raw.get("flags", {}).items():
        at = f"{path.name} [flags.{flag}]"
        flags[flag] = tuple(_facade_arg(a, at, flag) for a in table.get("args", []))
        if any(a.default is None for a in flags[flag]):
            raise ConfigError(f"{at}: a flag's arguments need a default (every method takes them)")
    classes = []
    for name, table in raw.get("classes", {}).items():
        where = f"{path.name} [classes.{name}]"
        customer_default = table.get("customer", "")
        learn_default = bool(table.get("learn", False))
        flags_default = table.get("flags", [])
        methods = []
        for i, m in enumerate(table.get("methods", [])):
            at = f"{where} method #{i + 1}"
            method_name = _require(m, "name", at)
            at = f"{where} {method_name}"
            args = [_facade_arg(a, at) for a in m.get("args", [])]
            for flag in m.get("flags", flags_default):
                if flag not in flags:
                    raise ConfigError(f"{at}: no flag {flag!r} (declare it in [flags.{flag}])")
                args += flags[flag]
            result = m.get("result")
            customer = m.get("customer", customer_default)
            if customer not in ("", "ref", "reach"):
                raise ConfigError(f"{at}: customer must be 'ref', 'reach' or '', not {customer!r}")
            methods.append(
                FacadeMethod(
                    name=method_name,
                    command=_require(m, "command", at),
                    doc=" ".join(str(m.get("doc", "")).split()),
                    args=tuple(args),
                    build=m.get("build", ""),
                    customer=customer,
                    learn=bool(m.get("learn", learn_default)),
                    result=FacadeResult(
                        hook=_require(result, "hook", f"{at} result"),
                        type=_require(result, "type", f"{at} result"),
                        refuses=bool(result.get("refuses", False)),
                    )
                    if result is not None
                    else None,
                )
            )
        classes.append(
            FacadeClass(
                name=name,
                mixin=_require(table, "mixin", where),
                commands=_require(table, "commands", where),
                methods=tuple(methods),
            )
        )
    return Facade(
        path=path,
        args_module=_require(raw, "args_module", path.name),
        imports=tuple(raw.get("imports", ())),
        type_checking_imports=tuple(raw.get("type_checking_imports", ())),
        classes=tuple(classes),
    )


@dataclass(frozen=True)
class Config:
    path: Path
    proto_package: str
    names: dict[str, str]
    # "Message.field" -> the public attribute name; the proto's name stays a deprecated alias
    field_names: dict[str, str]
    # "Enum.MEMBER" (short member name) -> the public member name; the old one stays an alias
    enum_values: dict[str, str]
    field_docs: dict[str, str]
    flatten: dict[str, str]
    unwrap: dict[str, str]
    unions: dict[str, str]
    optional_oneofs: frozenset[str]
    optional_arguments: frozenset[str]
    epoch_zero_is_none: frozenset[str]
    commands: tuple[CommandSet, ...]
    base_fields: tuple[str, ...]
    kinds: dict[str, NotificationKind]
    events: tuple[EventSpec, ...]
    handlers: Handlers | None = None
    facade: Facade | None = None


def _str_map(raw: dict[str, Any], key: str) -> dict[str, str]:
    value = raw.get(key, {})
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ConfigError(f"[{key}] must be a table of strings")
    return dict(value)


def _require(table: dict[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where}: '{key}' must be a non-empty string")
    return value


def load_config(path: Path) -> Config:
    """Read and check one configuration file."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc

    commands = []
    for key, table in sorted(raw.get("commands", {}).items()):
        where = f"[commands.{key}]"
        commands.append(
            CommandSet(
                key=key,
                envelope=_require(table, "envelope", where),
                reply=_require(table, "reply", where),
                class_name=_require(table, "class", where),
                replies=_str_map(table, "replies"),
            )
        )

    notes = raw.get("notifications", {})
    kinds = {}
    for key, table in sorted(notes.get("kinds", {}).items()):
        where = f"[notifications.kinds.{key}]"
        kinds[key] = NotificationKind(
            key=key,
            group=_require(table, "group", where),
            envelope=_require(table, "envelope", where),
            carrier=_require(table, "carrier", where),
            envelope_entry=table.get("envelope_entry"),
            extra_fields=tuple(table.get("extra_fields", ())),
            select_when=table.get("select_when"),
        )

    events = []
    for i, table in enumerate(raw.get("events", [])):
        where = f"[[events]] #{i + 1}"
        kind = _require(table, "kind", where)
        if kind not in kinds:
            raise ConfigError(f"{where}: unknown kind {kind!r}")
        parts = table.get("parts", {})
        events.append(
            EventSpec(
                name=_require(table, "name", where),
                kind=kind,
                entry=_require(table, "entry", where),
                channel=table.get("channel"),
                channel_field=table.get("channel_field", "channel_number.channel"),
                class_name=table.get("class"),
                parts=tuple(parts.items()),
            )
        )

    handlers = None
    table = raw.get("handlers")
    if table is not None:
        groups = {}
        for group, entry in table.items():
            if group in ("module", "connection"):
                continue
            if not isinstance(entry, dict):
                raise ConfigError(f"[handlers.{group}] must be a table with 'mixin' and 'handler'")
            where = f"[handlers.{group}]"
            groups[group] = (_require(entry, "mixin", where), _require(entry, "handler", where))
        handlers = Handlers(
            module=_require(table, "module", "[handlers]"),
            kinds=groups,
            connection=_str_map(table, "connection"),
        )

    facade = None
    if "facade" in raw:
        facade = _load_facade(path.parent / _require(raw, "facade", str(path)))

    optional = raw.get("optional_oneofs", [])
    if not isinstance(optional, list):
        raise ConfigError("optional_oneofs must be a list of 'Message.group' strings")

    return Config(
        path=path,
        proto_package=_require(raw, "proto_package", str(path)),
        names=_str_map(raw, "names"),
        field_names=_str_map(raw, "field_names"),
        enum_values=_str_map(raw, "enum_values"),
        field_docs=_str_map(raw, "field_docs"),
        flatten=_str_map(raw, "flatten"),
        unwrap=_str_map(raw, "unwrap"),
        unions=_str_map(raw, "unions"),
        optional_oneofs=frozenset(optional),
        optional_arguments=frozenset(raw.get("optional_arguments", [])),
        epoch_zero_is_none=frozenset(raw.get("epoch_zero_is_none", [])),
        commands=tuple(commands),
        base_fields=tuple(notes.get("base_fields", ())),
        kinds=kinds,
        events=tuple(events),
        handlers=handlers,
        facade=facade,
    )
