"""The engine: what the runtime does for each command (the behaviour contract of RUNTIME.md).

``Engine`` (in ``dispatch``) is its front door; the modules beside it hold what each kind of
command does. This package only names ``Engine`` for ``from elarian_server.engine import Engine``,
imported when first asked for, so that a module the engine itself uses (the communication
layer's) can import ``engine.common`` without loading the whole engine first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .dispatch import Engine

__all__ = ["Engine"]


def __getattr__(name: str) -> Any:
    if name == "Engine":
        from .dispatch import Engine

        return Engine
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
