"""elarian-sync's code generator: proto/ -> elarian_sync/_generated/.

Pipeline: ``protoc`` (grpcio-tools) compiles the sources into a descriptor set ->
``descriptors`` indexes it -> ``schema`` (with ``fields``, ``events``, ``facade``)
builds the frozen intermediate model (``model``) from it and the config (``config``)
-> ``render`` prints the model through ``templates/``, which hold every code shape.
Run ``python -m codegen``.
"""

from __future__ import annotations

from pathlib import Path

from .config import Config, ConfigError, load_config
from .protoc import ProtocError, run_protoc
from .render import differences, render, write
from .schema import Schema, SchemaError

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PROTO = ROOT / "proto"
DEFAULT_CONFIG = Path(__file__).resolve().parent / "elarian.toml"
DEFAULT_OUT = ROOT / "elarian_sync" / "_generated"

__all__ = [
    "Config",
    "ConfigError",
    "ProtocError",
    "SchemaError",
    "generate",
    "load_config",
]


def display_path(path: Path) -> str:
    """How a proto folder is named in file headers: relative to the repository when inside it."""
    path = path.resolve()
    try:
        return path.relative_to(ROOT).as_posix() + "/"
    except ValueError:
        return path.name + "/"


def generate(proto_dir: Path = DEFAULT_PROTO, config_path: Path = DEFAULT_CONFIG) -> dict[str, str]:
    """Compile and render everything in memory: file name -> content."""
    config = load_config(config_path)
    out = run_protoc(proto_dir)
    schema = Schema(out, config, display_path(proto_dir)).build()
    return render(schema)


__all__ += ["DEFAULT_CONFIG", "DEFAULT_OUT", "DEFAULT_PROTO", "differences", "write"]
