"""elarian-sync: a synchronous, thread-based SDK for the Elarian protocol.

The generated models (``elarian_sync.models``), notifications and commands are
built from ``proto/`` by ``python -m codegen``.
"""

from __future__ import annotations

from .errors import (
    ConnectionLostError,
    ElarianError,
    LocalProtocolError,
    RemoteProtocolError,
    RequestTimeoutError,
    ServerError,
    UnknownNotificationError,
)

__version__ = "0.1.0"

__all__ = [
    "ConnectionLostError",
    "ElarianError",
    "LocalProtocolError",
    "RemoteProtocolError",
    "RequestTimeoutError",
    "ServerError",
    "UnknownNotificationError",
    "__version__",
]
