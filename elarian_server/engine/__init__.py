"""The engine: what the runtime does for each command (the behaviour contract of RUNTIME.md).

``Engine`` (in ``dispatch``) is its front door; the modules beside it hold what each kind of
command does. This package only names ``Engine`` for ``from elarian_server.engine import Engine``.
"""

from .dispatch import Engine

__all__ = ["Engine"]
