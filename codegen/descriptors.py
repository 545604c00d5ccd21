"""protoc's descriptor set, indexed: every message and enum by its full name.

It reads what protoc produced (``protoc.ProtocOutput``) and parses no ``.proto``
text: for each message and enum, the file it is in, its source path (so
comments become docstrings), and how the generated code refers to its protobuf
class (``_common_pb2.Cash``). It also prepares protoc's own ``*_pb2`` modules
(imports made package-relative, stubs made strict-clean).
"""

from __future__ import annotations

import re

from google.protobuf import descriptor_pb2

from .config import Config, ConfigError
from .model import PbModule
from .naming import docstring
from .protoc import ProtocOutput

FDP = descriptor_pb2.FieldDescriptorProto
DescriptorProto = descriptor_pb2.DescriptorProto
EnumProto = descriptor_pb2.EnumDescriptorProto
_Node = DescriptorProto | EnumProto


class SchemaError(ValueError):
    """The schema uses something the generator cannot render, or disagrees with the config."""


class Descriptors:
    def __init__(self, out: ProtocOutput, config: Config) -> None:
        self.out = out
        self.config = config
        self.own_files = set(out.modules)
        self.messages: dict[str, DescriptorProto] = {}
        self.enums: dict[str, EnumProto] = {}
        self.path_of: dict[str, tuple[str, tuple[int, ...]]] = {}
        self.pb_ref: dict[str, str] = {}
        self.comments: dict[tuple[str, tuple[int, ...]], str] = {}
        self.order: list[str] = []  # own messages and enums, in file order
        for f in out.descriptors.file:
            for loc in f.source_code_info.location:
                text = loc.leading_comments.strip() or loc.trailing_comments.strip()
                if text:
                    self.comments[(f.name, tuple(loc.path))] = docstring(text)
            own = f.name in self.own_files
            if own and f.package != config.proto_package:
                raise SchemaError(f"{f.name}: package {f.package!r}, expected {config.proto_package!r}")
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
        """The comment on a message or enum, or (``sub``: 2, i) on its i-th field or value."""
        file, path = self.path_of[full]
        return self.comments.get((file, (*path, *sub)), "")

    def short(self, full: str) -> str:
        """The name relative to the package: the config's key for it."""
        pkg = self.config.proto_package + "."
        return full[len(pkg) :] if full.startswith(pkg) else full

    def resolve(self, short: str) -> str:
        full = f"{self.config.proto_package}.{short}"
        if full not in self.messages and full not in self.enums:
            raise ConfigError(f"{self.config.path}: {short!r} is not in the schema")
        return full

    def field_named(self, full: str, name: str) -> descriptor_pb2.FieldDescriptorProto:
        for f in self.messages[full].field:
            if f.name == name:
                return f
        raise ConfigError(f"{self.short(full)} has no field {name!r}")

    def oneof_entries(self, full: str) -> list[descriptor_pb2.FieldDescriptorProto]:
        """The members of a message's oneof (an envelope's entries)."""
        return [f for f in self.messages[full].field if f.HasField("oneof_index")]

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
