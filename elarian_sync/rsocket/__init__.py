"""A minimal RSocket 1.0 implementation, sans I/O: frames and the connection state machine.

What Elarian needs and no more: request/response in both directions (and
fire-and-forget), fragmentation and bounded reassembly, request-n, keepalive,
error frames, and resume. ``frames`` encodes and decodes; ``connection`` holds
the state of one session for either end. Neither touches a socket or a clock.
"""

from __future__ import annotations

from ..errors import ConnectionRejectedError
from .connection import (
    Connection,
    ConnectionClosed,
    Event,
    KeepaliveAnswered,
    KeepaliveTimeout,
    MetadataPushed,
    RequestCancelled,
    RequestFailed,
    RequestReceived,
    ResponseReceived,
    Resumed,
    ResumeRequested,
    Role,
    SetupReceived,
    State,
)
from .frames import ErrorCode, FrameType

__all__ = [
    "Connection",
    "ConnectionClosed",
    "ConnectionRejectedError",
    "ErrorCode",
    "Event",
    "FrameType",
    "KeepaliveAnswered",
    "KeepaliveTimeout",
    "MetadataPushed",
    "RequestCancelled",
    "RequestFailed",
    "RequestReceived",
    "ResponseReceived",
    "ResumeRequested",
    "Resumed",
    "Role",
    "SetupReceived",
    "State",
]
