"""Run protoc (from grpcio-tools) over a proto tree.

protoc writes the descriptor set (with comments, for docstrings) and protobuf's
own Python modules and stubs into a scratch folder; nothing is written next to
the sources. A syntax or type error comes back as protoc printed it
(``file:line:column: message``) in ``ProtocError``.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from google.protobuf import descriptor_pb2


class ProtocError(RuntimeError):
    """protoc rejected the sources; the message is protoc's own output."""


@dataclass(frozen=True)
class ProtocOutput:
    descriptors: descriptor_pb2.FileDescriptorSet
    # proto file name (relative to the proto root) -> (pb2 source, pb2 stub)
    modules: dict[str, tuple[str, str]]
    protoc_version: str


def _grpc_tools() -> tuple[ModuleType, ModuleType]:
    try:
        import grpc_tools
        from grpc_tools import protoc
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ProtocError(
            "grpcio-tools is not installed; install the 'codegen' extra: pip install -e '.[codegen]'"
        ) from exc
    return grpc_tools, protoc


@contextlib.contextmanager
def _captured_stderr() -> Iterator[list[str]]:
    """Capture what the C++ protoc writes to file descriptor 2."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile(mode="w+b") as sink:
        os.dup2(sink.fileno(), 2)
        captured: list[str] = []
        try:
            yield captured
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            captured.append(sink.read().decode("utf-8", "replace"))


def proto_files(proto_root: Path) -> list[str]:
    """The .proto files under proto_root, relative and sorted."""
    return sorted(p.relative_to(proto_root).as_posix() for p in proto_root.rglob("*.proto"))


def run_protoc(proto_root: Path) -> ProtocOutput:
    grpc_tools, protoc = _grpc_tools()
    files = proto_files(proto_root)
    if not files:
        raise ProtocError(f"no .proto files under {proto_root}")
    well_known = Path(grpc_tools.__path__[0]) / "_proto"
    with tempfile.TemporaryDirectory(prefix="elarian-codegen-") as tmp:
        out = Path(tmp)
        descriptor_path = out / "descriptors.pb"
        args = [
            "protoc",
            f"-I{proto_root}",
            f"-I{well_known}",
            "--include_imports",
            "--include_source_info",
            f"--descriptor_set_out={descriptor_path}",
            f"--python_out={out}",
            f"--pyi_out={out}",
            *[str(proto_root / f) for f in files],
        ]
        with _captured_stderr() as errors:
            status = protoc.main(args)
        if status != 0:
            raise ProtocError(errors[0].strip() or f"protoc exited with status {status}")
        descriptors = descriptor_pb2.FileDescriptorSet.FromString(descriptor_path.read_bytes())
        modules = {}
        for name in files:
            stem = name[: -len(".proto")]
            modules[name] = (
                (out / f"{stem}_pb2.py").read_text(encoding="utf-8"),
                (out / f"{stem}_pb2.pyi").read_text(encoding="utf-8"),
            )
    return ProtocOutput(descriptors, modules, protoc_version())


def protoc_version() -> str:
    """The protoc version grpcio-tools bundles (it shapes the generated pb2 files)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"grpcio-tools {version('grpcio-tools')}"
    except PackageNotFoundError:  # pragma: no cover - depends on the environment
        return "grpcio-tools (version unknown)"
