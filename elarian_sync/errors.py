"""The exceptions elarian-sync raises; all derive from ``ElarianError``.

``LocalProtocolError`` means this side misused the protocol (a bug in the caller
or in us); ``RemoteProtocolError`` means the peer sent something invalid.
Connection and timeout failures have their own classes so callers can retry them.
"""

from __future__ import annotations


class ElarianError(Exception):
    """Root of every error raised by elarian-sync."""


class LocalProtocolError(ElarianError):
    """This side tried something the protocol does not allow."""


class RemoteProtocolError(ElarianError):
    """The peer sent something the protocol does not allow."""


class UnknownNotificationError(RemoteProtocolError):
    """A notification that maps to no known event (an empty or unknown oneof entry)."""


class ConnectionLostError(ElarianError):
    """The connection closed before a request got its reply, or is not open."""


class RequestTimeoutError(ElarianError, TimeoutError):
    """No reply arrived within the request's timeout."""


class ServerError(ElarianError):
    """The peer answered with an RSocket ERROR frame.

    ``code`` is the RSocket error code (e.g. 0x201 APPLICATION_ERROR, 0x003
    REJECTED_SETUP); ``message`` is the peer's text.
    """

    def __init__(self, code: int, message: str) -> None:
        super().__init__(f"{message} (error code 0x{code:03X})")
        self.code = code
        self.message = message


class CommandRefusedError(ElarianError):
    """The runtime refused a command whose spec method returns a value rather than a status
    (``get_state``, ``get_metadata``, ``get_tags``, ``lease_app_data``); the message is its reason."""
