"""elarian-sync: a synchronous, thread-based SDK for the Elarian protocol.

``Elarian`` (an app), ``Simulator`` and ``Customer`` are the spec's classes; the models
(``elarian_sync.models``, exported here too) and the notification classes with the handler
types (``elarian_sync.events``) are generated from ``proto/`` by ``python -m codegen``;
``elarian_sync.errors`` holds every exception. The library logs to the ``elarian_sync``
logger and prints nothing unless the application configures logging.
"""

from __future__ import annotations

import logging

from ._dispatch import JsonSerializer, Serializer
from ._generated.models import *  # noqa: F403 - the models are the public API
from ._generated.models import __all__ as _models
from ._handlers import AppData
from .client import Elarian, Simulator
from .customer import Customer
from .errors import (
    ArgumentError,
    ArgumentTypeError,
    ArgumentValueError,
    CommandRefusedError,
    ConnectError,
    ConnectionLostError,
    ConnectionRejectedError,
    ElarianError,
    LocalProtocolError,
    RemoteProtocolError,
    RequestTimeoutError,
    ServerError,
    UnknownNotificationError,
)
from .transport import MAX_REQUEST, ReconnectPolicy, TlsOptions

__version__ = "0.1.0"

logging.getLogger("elarian_sync").addHandler(logging.NullHandler())

__all__ = [
    *_models,
    "MAX_REQUEST",
    "AppData",
    "ArgumentError",
    "ArgumentTypeError",
    "ArgumentValueError",
    "CommandRefusedError",
    "ConnectError",
    "ConnectionLostError",
    "ConnectionRejectedError",
    "Customer",
    "Elarian",
    "ElarianError",
    "JsonSerializer",
    "LocalProtocolError",
    "ReconnectPolicy",
    "RemoteProtocolError",
    "RequestTimeoutError",
    "Serializer",
    "ServerError",
    "Simulator",
    "TlsOptions",
    "UnknownNotificationError",
    "__version__",
]
