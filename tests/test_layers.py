"""The runtime's layers hold: no import cycle in elarian_server, and the engine reaches the store
only through its interface (``store/base.py``), so a second store needs no engine change.

Imports are read from the source (ast), at module level and inside functions alike: an import
put off into a function to dodge a cycle is still a cycle.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "elarian_server"


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted((ROOT / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """The elarian_server modules one module imports (``from pkg import sub`` names ``pkg.sub``)."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            for alias in node.names:
                found.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in MODULES else target)
    return {m for m in found if m in MODULES and m != name}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _cycles() -> list[list[str]]:
    """The strongly connected components of the import graph that hold more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in sorted(GRAPH[module]):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = stack[stack.index(module) :]
            del stack[stack.index(module) :]
            if len(component) > 1:
                out.append(sorted(component))

    for module in sorted(GRAPH):
        if module not in index:
            visit(module)
    return out


def test_the_graph_is_read() -> None:
    """Imports at module level and inside a function (the CLI's ``_serve``) are both seen."""
    assert "elarian_server.engine.common" in GRAPH["elarian_server.engine.customers"]
    assert "elarian_server.store.base" in GRAPH["elarian_server.cli"]


def test_no_import_cycle() -> None:
    assert _cycles() == []


def test_the_engine_reaches_the_store_only_through_its_interface() -> None:
    for name, targets in GRAPH.items():
        if name.startswith(f"{PACKAGE}.engine"):
            store = {t for t in targets if t.startswith(f"{PACKAGE}.store")}
            assert store <= {f"{PACKAGE}.store.base"}, f"{name} imports {sorted(store)}"


def test_the_store_knows_nothing_above_it() -> None:
    for name, targets in GRAPH.items():
        if name.startswith(f"{PACKAGE}.store"):
            above = {t for t in targets if not t.startswith(f"{PACKAGE}.store")}
            assert not above, f"{name} imports {sorted(above)}"


def test_importing_the_sdk_loads_no_socket_library() -> None:
    """websocket-client (with ssl, hashlib, http.cookies: ~20 ms) loads when a connection opens,
    not with ``import elarian_sync``: a program that only builds models never pays for it."""
    probe = "import sys, elarian_sync; print(sorted(m for m in ('websocket', 'ssl') if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"
