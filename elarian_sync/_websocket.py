"""websocket-client, as the transport uses it: imported when the first connection opens.

Loading websocket-client (and ssl, hashlib, http.cookies with it) costs ~20 ms, most of
``import elarian_sync`` that a program which never connects (a script that only builds
models, the runtime, a type checker) need not pay. Only the transport's reader thread
imports this module, when it opens a socket.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from typing import Any

import websocket

from .errors import ConnectError

# What one read of a message gives (websocket-client's opcodes, named for the transport).
BINARY = websocket.ABNF.OPCODE_BINARY
TEXT = websocket.ABNF.OPCODE_TEXT
CLOSE = websocket.ABNF.OPCODE_CLOSE
Timeout = websocket.WebSocketTimeoutException
Failure = (OSError, websocket.WebSocketException)


class BufferedWebSocket(websocket.WebSocket):
    """websocket-client, reading the socket up to 64 KiB at a time.

    The stock reader asks the socket for each frame's header and then its
    payload: two system calls a message. Reading ahead lets one call bring many
    frames (``create_connection(class_=...)`` is how websocket-client takes a
    subclass; the handshake reads the socket directly and is unaffected).
    """

    _READ_AHEAD = 65536

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._ahead = b""
        self._at = 0

    def buffered(self) -> bool:
        """Bytes are already read ahead (or held by TLS): no need to wait on the socket."""
        if self._at < len(self._ahead):
            return True
        sock = self.sock
        return isinstance(sock, ssl.SSLSocket) and sock.pending() > 0

    def _recv(self, bufsize: int) -> bytes:
        ahead, at = self._ahead, self._at
        if at >= len(ahead):
            ahead, at = super()._recv(self._READ_AHEAD), 0  # type: ignore[no-untyped-call]
            self._ahead = ahead
        end = at + bufsize
        self._at = end
        return ahead[at:end]


def connect(url: str, timeout: float, sslopt: dict[str, Any], read_timeout: float) -> BufferedWebSocket:
    """Open the WebSocket (TCP, TLS, the HTTP upgrade); raises ConnectError saying why not."""
    try:
        ws = websocket.create_connection(
            url,
            class_=BufferedWebSocket,
            timeout=timeout,
            sslopt=sslopt,
            skip_utf8_validation=True,
            enable_multithread=False,
        )
    except Exception as exc:  # every way a connect fails becomes a ConnectError
        raise _connect_error(url, exc, timeout) from exc
    assert isinstance(ws, BufferedWebSocket)
    ws.settimeout(read_timeout)
    return ws


def sender(ws: websocket.WebSocket) -> Callable[[list[bytes]], None]:
    """Write frames as binary WebSocket messages, all of them in one system call."""
    create = websocket.ABNF.create_frame
    binary = websocket.ABNF.OPCODE_BINARY

    def send(frames: list[bytes]) -> None:
        sock = ws.sock
        if sock is None:
            raise OSError("the WebSocket is closed")
        data = memoryview(b"".join(create(frame, binary).format() for frame in frames))
        while data:
            try:
                sent = sock.send(data)
            except TimeoutError:
                continue  # the read timeout is short; a slow peer is not a dead one
            data = data[sent:]

    return send


def _connect_error(url: str, exc: BaseException, timeout: float) -> ConnectError:
    """Why a socket could not be opened, in words that say what to do."""
    where = f"could not connect to {url}"
    if isinstance(exc, ConnectionRefusedError):
        return ConnectError(
            f"{where}: nothing is listening there (connection refused). Start the runtime with "
            "`elarian-sync serve`, or point the client at yours with url= or $ELARIAN_URL."
        )
    if isinstance(exc, websocket.WebSocketBadStatusException):
        status = f"{exc.status_code} {exc.status_message or ''}".strip()
        return ConnectError(
            f"{where}: it answered HTTP {status} instead of opening a WebSocket, so it is not an "
            "Elarian runtime's WebSocket port; check the URL (`elarian-sync serve` prints it)."
        )
    if isinstance(exc, (TimeoutError, websocket.WebSocketTimeoutException)):
        return ConnectError(f"{where}: no answer within {timeout:g} s")
    if isinstance(exc, ssl.SSLError):
        return ConnectError(f"{where}: TLS failed: {exc}")
    if isinstance(exc, (OSError, websocket.WebSocketException)):
        return ConnectError(f"{where}: {exc}")
    return ConnectError(f"{where}: {type(exc).__name__}: {exc}")
