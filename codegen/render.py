"""Render the intermediate model through the jinja2 templates, write or check.

Output is deterministic: same sources, same config, same grpcio-tools -> the same
bytes. Everything is rendered in memory first; files are written only once the
whole set rendered, so a failure leaves the output folder untouched.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import jinja2

from .model import SchemaModel

TEMPLATES = Path(__file__).parent / "templates"


def _chomp(text: str) -> str:
    """Drop one trailing newline, so a macro's block of lines sits on its own line."""
    return text[:-1] if text.endswith("\n") else text


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["chomp"] = _chomp
    return env


def render(schema: SchemaModel) -> dict[str, str]:
    """File name (relative to the output package) -> content."""
    env = environment()
    display = schema.proto_display
    common = {"schema": schema, "display": display, "protoc_version": schema.protoc_version}
    files: dict[str, str] = {}
    for module in schema.pb_modules:
        files[f"{module.module}.py"] = env.get_template("pb2.py.j2").render(module=module, **common)
        files[f"{module.module}.pyi"] = env.get_template("pb2.pyi.j2").render(module=module, **common)
    files["__init__.py"] = env.get_template("__init__.py.j2").render(**common)
    files["models.py"] = env.get_template("models.py.j2").render(**common)
    groups = list(dict.fromkeys(n.group for n in schema.event_names))
    files["notifications.py"] = env.get_template("notifications.py.j2").render(
        groups=groups, base_fields=schema.base_fields, **common
    )
    files["commands.py"] = env.get_template("commands.py.j2").render(**common)
    if schema.handler_module:
        files["events.py"] = env.get_template("events.py.j2").render(**common)
    if schema.facade is not None:
        files["facade.py"] = env.get_template("facade.py.j2").render(facade=schema.facade, **common)
    files["py.typed"] = ""
    return {name: _tidy(text) for name, text in files.items()}


def _tidy(text: str) -> str:
    """Strip trailing spaces and end with exactly one newline."""
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n" if lines else ""


def differences(files: dict[str, str], out_dir: Path) -> list[str]:
    """Files that would change: differing, missing, or present but no longer generated."""
    changed = []
    for name, text in sorted(files.items()):
        path = out_dir / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            changed.append(name)
    if out_dir.exists():
        for path in sorted(out_dir.iterdir()):
            if path.is_file() and path.name not in files:
                changed.append(path.name)
    return changed


def write(files: dict[str, str], out_dir: Path) -> list[str]:
    """Replace out_dir's generated files with ``files``; return what changed.

    New content goes to a sibling scratch folder first, then each file is moved
    into place, so an interrupted run never leaves a half-written file.
    """
    changed = differences(files, out_dir)
    if not changed:
        return []
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out_dir.parent, prefix=".codegen-") as tmp:
        for name, text in files.items():
            (Path(tmp) / name).write_text(text, encoding="utf-8")
        for name in changed:
            target = out_dir / name
            if name in files:
                (Path(tmp) / name).replace(target)
            elif target.is_file():
                target.unlink()
    pycache = out_dir / "__pycache__"
    if pycache.exists():
        shutil.rmtree(pycache, ignore_errors=True)
    return changed
