"""What a ``Connection`` tells its owner: the session's role and state, and the events that
``receive``, ``tick``, ``close`` and the others return (requests to answer, answers, failures,
the session ending)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ..errors import ElarianError
from . import frames as f


class Role(enum.Enum):
    CLIENT = "client"
    SERVER = "server"


class State(enum.Enum):
    AWAITING_SETUP = "awaiting setup"
    OPEN = "open"
    DISCONNECTED = "disconnected"
    RESUMING = "resuming"
    CLOSED = "closed"


# -- events -----------------------------------------------------------------------------


@dataclass
class SetupReceived:
    """Server: the peer's SETUP. Call ``accept()`` or ``reject()``."""

    setup: f.Setup


@dataclass
class ResumeRequested:
    """Server: a new transport opened with RESUME. Find the session by token and call its ``resume()``."""

    resume: f.Resume


@dataclass
class RequestReceived:
    """The peer asks; answer with ``respond``/``respond_error`` (not for fire-and-forget)."""

    stream_id: int
    data: bytes
    metadata: bytes | None
    fire_and_forget: bool = False


@dataclass
class ResponseReceived:
    stream_id: int
    data: bytes
    metadata: bytes | None


@dataclass
class RequestFailed:
    stream_id: int
    error: ElarianError


@dataclass
class RequestCancelled:
    """The peer withdrew a request we had not answered yet."""

    stream_id: int


@dataclass
class MetadataPushed:
    metadata: bytes


@dataclass
class Resumed:
    """Client: RESUME_OK arrived; the session goes on."""


@dataclass
class KeepaliveAnswered:
    """The peer answered one of our KEEPALIVE(RESPOND) frames."""


@dataclass
class KeepaliveTimeout:
    """Nothing arrived for longer than the max lifetime: drop the transport."""

    silent_for: float


@dataclass
class ConnectionClosed:
    """The session is over; ``error`` says why (None: closed by us, cleanly)."""

    error: ElarianError | None


Event = (
    SetupReceived
    | ResumeRequested
    | RequestReceived
    | ResponseReceived
    | RequestFailed
    | RequestCancelled
    | MetadataPushed
    | Resumed
    | KeepaliveAnswered
    | KeepaliveTimeout
    | ConnectionClosed
)
