"""websocket-client, as the transport uses it: imported when the first connection opens.

Loading websocket-client (and ssl, hashlib, http.cookies with it) costs ~20 ms, most of
``import elarian_sync`` that a program which never connects (a script that only builds
models, the runtime, a type checker) need not pay. Only the transport's reader thread
imports this module, when it opens a socket.
"""

from __future__ import annotations

import os
import ssl
import struct
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


class MaskKeys:
    """Masking keys for the frames a client sends: os.urandom, drawn 4 KiB at a time.

    A client masks every frame with a fresh key the peer cannot predict (RFC 6455
    5.3); websocket-client draws each with ``os.urandom(4)``, a system call per frame.
    These keys are the same kernel randomness, fetched in fewer calls: each 4-byte key
    is handed out once and never reused, and none is derived from another. Safe from
    any thread without a lock (websocket-client answers pings from the reader thread
    while callers write): ``list.pop`` is atomic, and a refill race only drops keys.
    """

    _DRAW = 4096

    def __init__(self) -> None:
        self._keys: list[bytes] = []

    def __call__(self, length: int) -> bytes:
        if length != 4:
            return os.urandom(length)
        try:
            return self._keys.pop()
        except IndexError:
            pool = os.urandom(self._DRAW)
            keys = [pool[i : i + 4] for i in range(0, self._DRAW, 4)]
            key = keys.pop()
            self._keys = keys
            return key


class BufferedWebSocket(websocket.WebSocket):
    """websocket-client, reading the socket up to 64 KiB at a time.

    The stock reader asks the socket for each frame's header and then its
    payload: two system calls a message. Reading ahead lets one call bring many
    frames (``create_connection(class_=...)`` is how websocket-client takes a
    subclass; the handshake reads the socket directly and is unaffected).

    ``recv_data`` takes the one frame nearly all traffic is, a whole binary message
    in one unmasked frame that is already read ahead, straight from the buffer;
    everything else (control frames, whose pings websocket-client answers, close,
    text, fragmented messages, a frame that has arrived in part, anything it would
    refuse) goes through websocket-client's own ``recv_data``, as before.
    """

    _READ_AHEAD = 65536
    # What a read gives and how it fails, for the transport's read loop (which names them on
    # the socket in hand: an import statement there would run importlib's Python per message)
    OP_BINARY, OP_TEXT, OP_CLOSE = BINARY, TEXT, CLOSE
    READ_TIMEOUT, READ_FAILURE = Timeout, Failure

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._ahead = b""
        self._at = 0
        self._midway = False  # websocket-client's reader stopped within a frame or message

    def recv_data(self, control_frame: bool = False) -> tuple[int, bytes]:
        if not self._midway:
            ahead, at = self._ahead, self._at
            if at >= len(ahead):
                ahead, at = self._read_ahead(), 0
            if len(ahead) - at >= 2 and ahead[at] == 0x82:  # FIN, binary, no RSV bits
                size = ahead[at + 1]  # below 126: the length itself, and no mask bit
                start = at + 2
                if size == 126 and len(ahead) - at >= 4:  # a 16-bit length follows
                    size = ahead[at + 2] << 8 | ahead[at + 3]
                    start = at + 4
                if (size < 126 or start - at == 4) and start + size <= len(ahead):
                    self._at = start + size
                    return BINARY, ahead[start : start + size]
        self._midway = True  # until websocket-client returns a whole message
        opcode, data = super().recv_data(control_frame)
        self._midway = False
        return opcode, data

    def buffered(self) -> bool:
        """Bytes are already read ahead (or held by TLS): no need to wait on the socket."""
        if self._at < len(self._ahead):
            return True
        sock = self.sock
        return isinstance(sock, ssl.SSLSocket) and sock.pending() > 0

    def _read_ahead(self) -> bytes:
        """Read the socket (what is there, up to 64 KiB) into the empty buffer."""
        ahead: bytes = super()._recv(self._READ_AHEAD)  # type: ignore[no-untyped-call]
        self._ahead, self._at = ahead, 0
        return ahead

    def _recv(self, bufsize: int) -> bytes:
        ahead, at = self._ahead, self._at
        if at >= len(ahead):
            ahead, at = self._read_ahead(), 0
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
    ws.set_mask_key(MaskKeys())  # type: ignore[no-untyped-call]  # its own frames (pongs, close) too
    return ws


_HEAD_16 = struct.Struct("!BBH")
_HEAD_64 = struct.Struct("!BBQ")


def sender(ws: websocket.WebSocket) -> Callable[[list[bytes]], None]:
    """Write frames as binary WebSocket messages, all of them in one system call.

    Each message is one final, masked binary frame: the 2-byte header (and the 16- or 64-bit
    length), a fresh key, the payload masked by websocket-client's ``ABNF.mask``. That is the
    frame ``ABNF.create_frame(data, OPCODE_BINARY).format()`` writes (a test holds them equal),
    without building an ABNF object and checking its fields for every message.
    """
    mask = websocket.ABNF.mask
    keys = ws.get_mask_key or os.urandom
    head_16, head_64 = _HEAD_16.pack, _HEAD_64.pack

    def message(frame: bytes) -> bytes:
        size = len(frame)
        key: bytes = keys(4)
        if size < 126:
            return bytes((0x82, 0x80 | size)) + key + mask(key, frame)
        if size < 0x10000:
            return head_16(0x82, 0xFE, size) + key + mask(key, frame)
        return head_64(0x82, 0xFF, size) + key + mask(key, frame)

    def send(frames: list[bytes]) -> None:
        sock = ws.sock
        if sock is None:
            raise OSError("the WebSocket is closed")
        data = memoryview(message(frames[0]) if len(frames) == 1 else b"".join(map(message, frames)))
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
