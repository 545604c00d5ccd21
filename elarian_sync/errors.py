"""Every exception elarian-sync raises; all derive from ``ElarianError``.

::

    ElarianError
    ├── ArgumentError                you passed something wrong; nothing was sent
    │   ├── ArgumentTypeError        ... of the wrong type (also a TypeError)
    │   └── ArgumentValueError       ... with a wrong value (also a ValueError)
    ├── ConnectionLostError          no usable connection: it closed or dropped
    │   └── ConnectError             it could not be opened at all (nothing listening, TLS...)
    ├── ServerError                  the peer answered with an RSocket ERROR frame (``code``)
    │   └── ConnectionRejectedError  the runtime refused the session: a wrong key or token
    ├── CommandRefusedError          the runtime refused a command whose method returns a value
    ├── RequestTimeoutError          no reply in time (also a TimeoutError)
    ├── LocalProtocolError           this side misused the protocol (a bug in the caller or in us)
    └── RemoteProtocolError          the peer sent something the protocol does not allow
        └── UnknownNotificationError a notification that maps to no event

No exception of a dependency (websocket-client, protobuf, ssl, socket) escapes the
public API: each is wrapped in one of these, with the original as ``__cause__``.
"""

from __future__ import annotations


class ElarianError(Exception):
    """Root of every error raised by elarian-sync."""


# -- arguments ------------------------------------------------------------------------------------


class ArgumentError(ElarianError):
    """An argument is wrong; the message names it. Nothing was sent."""


class ArgumentTypeError(ArgumentError, TypeError):
    """An argument has the wrong type (``except TypeError`` catches it too)."""


class ArgumentValueError(ArgumentError, ValueError):
    """An argument has a wrong value (``except ValueError`` catches it too)."""


def _article(name: str) -> str:
    return "an" if name[:1].lower() in "aeiou" else "a"


def type_name(value: object) -> str:
    return "None" if value is None else type(value).__name__


def must_be(expected: str, value: object) -> str:
    """``must be a <Expected>, not <type>``: the one wording of every type error."""
    return f"must be {_article(expected)} {expected}, not {type_name(value)}"


def wrong_type(name: str, expected: str, value: object) -> ArgumentTypeError:
    return ArgumentTypeError(f"{name} {must_be(expected, value)}")


# -- the connection -------------------------------------------------------------------------------


class ConnectionLostError(ElarianError):
    """The connection is down: it closed, or dropped before a request got its reply, or was
    never opened. A request that fails this way after it was sent may have been carried out."""


class ConnectError(ConnectionLostError):
    """The connection could not be opened (nothing listens there, TLS failed, not a WebSocket
    server). The message says what to do."""


class ServerError(ElarianError):
    """The peer answered with an RSocket ERROR frame.

    ``code`` is the RSocket error code (e.g. 0x201 APPLICATION_ERROR, 0x003
    REJECTED_SETUP); ``message`` is the peer's text.
    """

    def __init__(self, code: int, message: str) -> None:
        super().__init__(f"{message} (error code 0x{code:03X})")
        self.code = code
        self.message = message


class ConnectionRejectedError(ServerError):
    """The runtime refused the session (``code`` REJECTED_SETUP for an unknown org or app, a
    wrong API key or an expired auth token; INVALID_SETUP, UNSUPPORTED_SETUP; REJECTED_RESUME).
    Reconnecting does not help, so the client stops."""


# -- commands -------------------------------------------------------------------------------------


class CommandRefusedError(ElarianError):
    """The runtime refused a command whose spec method returns a value rather than a status
    (``get_state``, ``get_metadata``, ``get_tags``, ``lease_app_data``); the message is its reason."""


class RequestTimeoutError(ElarianError, TimeoutError):
    """No reply arrived within the request's timeout."""


# -- the protocol ---------------------------------------------------------------------------------


class LocalProtocolError(ElarianError):
    """This side tried something the protocol does not allow."""


class RemoteProtocolError(ElarianError):
    """The peer sent something the protocol does not allow."""


class UnknownNotificationError(RemoteProtocolError):
    """A notification that maps to no known event (an empty or unknown oneof entry)."""


__all__ = [
    "ArgumentError",
    "ArgumentTypeError",
    "ArgumentValueError",
    "CommandRefusedError",
    "ConnectError",
    "ConnectionLostError",
    "ConnectionRejectedError",
    "ElarianError",
    "LocalProtocolError",
    "RemoteProtocolError",
    "RequestTimeoutError",
    "ServerError",
    "UnknownNotificationError",
]
