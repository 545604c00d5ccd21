"""elarian-sync: a synchronous, thread-based SDK for the Elarian protocol.

The generated models (``elarian_sync.models``), notifications and commands are
built from ``proto/`` by ``python -m codegen``.
"""

from __future__ import annotations

from ._dispatch import JsonSerializer, Serializer
from ._generated.models import *  # noqa: F403 - the models are the public API
from ._generated.models import __all__ as _models
from .client import Elarian, Simulator
from .customer import Customer
from .errors import (
    CommandRefusedError,
    ConnectionLostError,
    ElarianError,
    LocalProtocolError,
    RemoteProtocolError,
    RequestTimeoutError,
    ServerError,
    UnknownNotificationError,
)
from .transport import ReconnectPolicy, TlsOptions

__version__ = "0.1.0"

__all__ = [
    *_models,
    "CommandRefusedError",
    "ConnectionLostError",
    "Customer",
    "Elarian",
    "JsonSerializer",
    "ReconnectPolicy",
    "Serializer",
    "Simulator",
    "TlsOptions",
    "ElarianError",
    "LocalProtocolError",
    "RemoteProtocolError",
    "RequestTimeoutError",
    "ServerError",
    "UnknownNotificationError",
    "__version__",
]
