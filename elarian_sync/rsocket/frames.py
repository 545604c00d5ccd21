"""RSocket 1.0 frames: encode and decode, nothing else (no sockets, no state).

Every frame starts with a 6-byte header::

    stream id (u32, top bit 0) | type (6 bits) | I | M | flags (8 bits)

followed by a type-specific body. Metadata, when the M flag is set, comes
before the data and is prefixed by a 24-bit length, except in METADATA_PUSH
and LEASE, where it is the rest of the frame. Over TCP each frame is prefixed
by its own 24-bit length (``encode_length_prefixed`` / ``LengthPrefixedReader``);
over WebSocket one binary message carries one frame.

``decode`` raises ``RemoteProtocolError`` for anything malformed: a short
frame, a length pointing past the end, a reserved bit set, an unknown type
without the IGNORE flag. It never returns a half-read frame.
"""

from __future__ import annotations

import enum
import struct
from dataclasses import dataclass

from ..errors import RemoteProtocolError

# -- constants --------------------------------------------------------------------------


class FrameType(enum.IntEnum):
    SETUP = 0x01
    LEASE = 0x02
    KEEPALIVE = 0x03
    REQUEST_RESPONSE = 0x04
    REQUEST_FNF = 0x05
    REQUEST_STREAM = 0x06
    REQUEST_CHANNEL = 0x07
    REQUEST_N = 0x08
    CANCEL = 0x09
    PAYLOAD = 0x0A
    ERROR = 0x0B
    METADATA_PUSH = 0x0C
    RESUME = 0x0D
    RESUME_OK = 0x0E
    EXT = 0x3F


class ErrorCode(enum.IntEnum):
    INVALID_SETUP = 0x001
    UNSUPPORTED_SETUP = 0x002
    REJECTED_SETUP = 0x003
    REJECTED_RESUME = 0x004
    CONNECTION_ERROR = 0x101
    CONNECTION_CLOSE = 0x102
    APPLICATION_ERROR = 0x201
    REJECTED = 0x202
    CANCELED = 0x203
    INVALID = 0x204


# Codes that end the whole connection when sent on stream 0.
CONNECTION_ERROR_CODES = frozenset(
    {
        ErrorCode.INVALID_SETUP,
        ErrorCode.UNSUPPORTED_SETUP,
        ErrorCode.REJECTED_SETUP,
        ErrorCode.REJECTED_RESUME,
        ErrorCode.CONNECTION_ERROR,
        ErrorCode.CONNECTION_CLOSE,
    }
)

FLAG_IGNORE = 0x200
FLAG_METADATA = 0x100
FLAG_FOLLOWS = 0x80  # REQUEST_*, PAYLOAD: more fragments follow
FLAG_COMPLETE = 0x40  # PAYLOAD, REQUEST_CHANNEL
FLAG_NEXT = 0x20  # PAYLOAD
FLAG_RESPOND = 0x80  # KEEPALIVE
FLAG_RESUME_ENABLE = 0x80  # SETUP
FLAG_LEASE = 0x40  # SETUP

MAJOR_VERSION = 1
MINOR_VERSION = 0
HEADER_SIZE = 6
MAX_STREAM_ID = 0x7FFF_FFFF
MAX_U31 = 0x7FFF_FFFF
MAX_U63 = 0x7FFF_FFFF_FFFF_FFFF
MAX_METADATA = 0xFF_FFFF  # 24-bit length
MAX_FRAME = 0xFF_FFFF  # what a 24-bit TCP length prefix can carry

_HEADER = struct.Struct(">IH")
_U32 = struct.Struct(">I")
_U16 = struct.Struct(">H")
_U64 = struct.Struct(">Q")
_RESUME_FIXED = struct.Struct(">HHH")

# -- frames -------------------------------------------------------------------------------


@dataclass
class Setup:
    keepalive_ms: int
    lifetime_ms: int
    metadata_mime: str
    data_mime: str
    data: bytes = b""
    metadata: bytes | None = None
    resume_token: bytes | None = None  # set = the R flag (resume enabled)
    lease: bool = False
    major: int = MAJOR_VERSION
    minor: int = MINOR_VERSION
    stream_id: int = 0


@dataclass
class Lease:
    ttl_ms: int
    requests: int
    metadata: bytes | None = None
    stream_id: int = 0


@dataclass
class Keepalive:
    respond: bool
    position: int = 0  # last received position (resume)
    data: bytes = b""
    stream_id: int = 0


@dataclass
class RequestResponse:
    stream_id: int
    data: bytes = b""
    metadata: bytes | None = None
    follows: bool = False


@dataclass
class RequestFnf:
    stream_id: int
    data: bytes = b""
    metadata: bytes | None = None
    follows: bool = False


@dataclass
class RequestStream:
    stream_id: int
    initial_n: int
    data: bytes = b""
    metadata: bytes | None = None
    follows: bool = False


@dataclass
class RequestChannel:
    stream_id: int
    initial_n: int
    data: bytes = b""
    metadata: bytes | None = None
    follows: bool = False
    complete: bool = False


@dataclass
class RequestN:
    stream_id: int
    n: int


@dataclass
class Cancel:
    stream_id: int


@dataclass
class Payload:
    stream_id: int
    data: bytes = b""
    metadata: bytes | None = None
    follows: bool = False
    complete: bool = False
    next: bool = False


@dataclass
class Error:
    stream_id: int
    code: int
    message: str = ""


@dataclass
class MetadataPush:
    metadata: bytes
    stream_id: int = 0


@dataclass
class Resume:
    token: bytes
    last_received_server_position: int
    first_available_client_position: int
    major: int = MAJOR_VERSION
    minor: int = MINOR_VERSION
    stream_id: int = 0


@dataclass
class ResumeOk:
    last_received_client_position: int
    stream_id: int = 0


@dataclass
class Ext:
    stream_id: int
    extended_type: int
    data: bytes = b""
    metadata: bytes | None = None
    ignore: bool = False


@dataclass
class Unknown:
    """A frame of a type this implementation does not know, sent with IGNORE."""

    stream_id: int
    type: int
    flags: int
    body: bytes


Frame = (
    Setup
    | Lease
    | Keepalive
    | RequestResponse
    | RequestFnf
    | RequestStream
    | RequestChannel
    | RequestN
    | Cancel
    | Payload
    | Error
    | MetadataPush
    | Resume
    | ResumeOk
    | Ext
    | Unknown
)

# -- encoding -------------------------------------------------------------------------------


def _header(stream_id: int, frame_type: int, flags: int) -> bytes:
    return _HEADER.pack(stream_id, (frame_type << 10) | flags)


def _with_metadata(flags: int, metadata: bytes | None, data: bytes) -> tuple[int, bytes]:
    if metadata is None:
        return flags, data
    if len(metadata) > MAX_METADATA:
        raise ValueError(f"metadata of {len(metadata)} bytes exceeds the 24-bit length limit")
    return flags | FLAG_METADATA, len(metadata).to_bytes(3, "big") + metadata + data


def _u31(name: str, value: int) -> bytes:
    if not 0 <= value <= MAX_U31:
        raise ValueError(f"{name} must be within 0..2^31-1, got {value}")
    return _U32.pack(value)


def _u63(name: str, value: int) -> bytes:
    if not 0 <= value <= MAX_U63:
        raise ValueError(f"{name} must be within 0..2^63-1, got {value}")
    return _U64.pack(value)


def _mime(name: str, value: str) -> bytes:
    raw = value.encode("ascii")
    if len(raw) > 0xFF:
        raise ValueError(f"{name} MIME type longer than 255 bytes")
    return bytes([len(raw)]) + raw


def encode_request_response(stream_id: int, data: bytes, metadata: bytes | None = None) -> bytes:
    """The hot path: an unfragmented REQUEST_RESPONSE."""
    if metadata is None:
        return _HEADER.pack(stream_id, FrameType.REQUEST_RESPONSE << 10) + data
    flags, body = _with_metadata(0, metadata, data)
    return _HEADER.pack(stream_id, (FrameType.REQUEST_RESPONSE << 10) | flags) + body


def encode_response(stream_id: int, data: bytes, metadata: bytes | None = None) -> bytes:
    """The hot path: an unfragmented PAYLOAD with NEXT|COMPLETE, the answer to a request."""
    if metadata is None:
        return _HEADER.pack(stream_id, (FrameType.PAYLOAD << 10) | FLAG_NEXT | FLAG_COMPLETE) + data
    flags, body = _with_metadata(FLAG_NEXT | FLAG_COMPLETE, metadata, data)
    return _HEADER.pack(stream_id, (FrameType.PAYLOAD << 10) | flags) + body


def encode(frame: Frame) -> bytes:
    """Encode any frame. ValueError if a field is out of range."""
    if not 0 <= frame.stream_id <= MAX_STREAM_ID:
        raise ValueError(f"stream id must be within 0..2^31-1, got {frame.stream_id}")
    sid = frame.stream_id
    if isinstance(frame, Payload):
        flags = (
            (FLAG_FOLLOWS if frame.follows else 0)
            | (FLAG_COMPLETE if frame.complete else 0)
            | (FLAG_NEXT if frame.next else 0)
        )
        flags, body = _with_metadata(flags, frame.metadata, frame.data)
        return _header(sid, FrameType.PAYLOAD, flags) + body
    if isinstance(frame, (RequestResponse, RequestFnf)):
        frame_type = (
            FrameType.REQUEST_RESPONSE if isinstance(frame, RequestResponse) else FrameType.REQUEST_FNF
        )
        flags, body = _with_metadata(FLAG_FOLLOWS if frame.follows else 0, frame.metadata, frame.data)
        return _header(sid, frame_type, flags) + body
    if isinstance(frame, (RequestStream, RequestChannel)):
        if isinstance(frame, RequestStream):
            frame_type, flags = FrameType.REQUEST_STREAM, 0
        else:
            frame_type, flags = FrameType.REQUEST_CHANNEL, FLAG_COMPLETE if frame.complete else 0
        flags |= FLAG_FOLLOWS if frame.follows else 0
        flags, body = _with_metadata(flags, frame.metadata, frame.data)
        return _header(sid, frame_type, flags) + _u31("initial request n", frame.initial_n) + body
    if isinstance(frame, Error):
        return _header(sid, FrameType.ERROR, 0) + _U32.pack(frame.code) + frame.message.encode("utf-8")
    if isinstance(frame, Cancel):
        return _header(sid, FrameType.CANCEL, 0)
    if isinstance(frame, RequestN):
        return _header(sid, FrameType.REQUEST_N, 0) + _u31("request n", frame.n)
    if isinstance(frame, Keepalive):
        flags = FLAG_RESPOND if frame.respond else 0
        return _header(0, FrameType.KEEPALIVE, flags) + _u63("position", frame.position) + frame.data
    if isinstance(frame, Setup):
        flags = (FLAG_RESUME_ENABLE if frame.resume_token is not None else 0) | (
            FLAG_LEASE if frame.lease else 0
        )
        parts = [
            _U16.pack(frame.major),
            _U16.pack(frame.minor),
            _u31("keepalive interval", frame.keepalive_ms),
            _u31("max lifetime", frame.lifetime_ms),
        ]
        if frame.resume_token is not None:
            if len(frame.resume_token) > 0xFFFF:
                raise ValueError("resume token longer than 65535 bytes")
            parts += [_U16.pack(len(frame.resume_token)), frame.resume_token]
        parts += [_mime("metadata", frame.metadata_mime), _mime("data", frame.data_mime)]
        flags, body = _with_metadata(flags, frame.metadata, frame.data)
        return _header(0, FrameType.SETUP, flags) + b"".join(parts) + body
    if isinstance(frame, Lease):
        flags = FLAG_METADATA if frame.metadata is not None else 0
        body = _u31("time to live", frame.ttl_ms) + _u31("number of requests", frame.requests)
        return _header(0, FrameType.LEASE, flags) + body + (frame.metadata or b"")
    if isinstance(frame, MetadataPush):
        return _header(0, FrameType.METADATA_PUSH, FLAG_METADATA) + frame.metadata
    if isinstance(frame, Resume):
        if len(frame.token) > 0xFFFF:
            raise ValueError("resume token longer than 65535 bytes")
        return (
            _header(0, FrameType.RESUME, 0)
            + _RESUME_FIXED.pack(frame.major, frame.minor, len(frame.token))
            + frame.token
            + _u63("last received server position", frame.last_received_server_position)
            + _u63("first available client position", frame.first_available_client_position)
        )
    if isinstance(frame, ResumeOk):
        return _header(0, FrameType.RESUME_OK, 0) + _u63(
            "last received client position", frame.last_received_client_position
        )
    if isinstance(frame, Ext):
        flags, body = _with_metadata(FLAG_IGNORE if frame.ignore else 0, frame.metadata, frame.data)
        return _header(sid, FrameType.EXT, flags) + _u31("extended type", frame.extended_type) + body
    if isinstance(frame, Unknown):
        return _header(sid, frame.type, frame.flags) + frame.body
    raise TypeError(f"not a frame: {frame!r}")


def encode_length_prefixed(frame: bytes) -> bytes:
    """Prefix an encoded frame with its 24-bit length, for TCP."""
    if len(frame) > MAX_FRAME:
        raise ValueError(f"a frame of {len(frame)} bytes does not fit a 24-bit length prefix")
    return len(frame).to_bytes(3, "big") + frame


# -- decoding -------------------------------------------------------------------------------


def _bad(frame_type: int, why: str) -> RemoteProtocolError:
    try:
        name = FrameType(frame_type).name
    except ValueError:
        name = f"type 0x{frame_type:02X}"
    return RemoteProtocolError(f"malformed {name} frame: {why}")


def _split_metadata(
    frame_type: int, flags: int, body: bytes | memoryview, at: int
) -> tuple[bytes | None, bytes]:
    """Metadata (24-bit length prefixed when M is set) and data, from offset ``at``."""
    if not flags & FLAG_METADATA:
        return None, bytes(body[at:])
    if len(body) < at + 3:
        raise _bad(frame_type, "metadata flag set but no room for its length")
    length = int.from_bytes(body[at : at + 3], "big")
    end = at + 3 + length
    if end > len(body):
        raise _bad(frame_type, f"metadata length {length} runs past the end of the frame")
    return bytes(body[at + 3 : end]), bytes(body[end:])


def _need(frame_type: int, body: bytes | memoryview, size: int) -> None:
    if len(body) < size:
        raise _bad(frame_type, f"needs at least {size} bytes after the header, has {len(body)}")


def _u31_at(frame_type: int, body: bytes | memoryview, at: int, name: str) -> int:
    value: int = _U32.unpack_from(body, at)[0]
    if value > MAX_U31:
        raise _bad(frame_type, f"{name} has its reserved top bit set")
    return value


def _u63_at(frame_type: int, body: bytes | memoryview, at: int, name: str) -> int:
    value: int = _U64.unpack_from(body, at)[0]
    if value > MAX_U63:
        raise _bad(frame_type, f"{name} has its reserved top bit set")
    return value


def decode(frame: bytes) -> Frame:
    """Decode one frame (without a length prefix)."""
    if len(frame) < HEADER_SIZE:
        raise RemoteProtocolError(f"frame of {len(frame)} bytes is shorter than the 6-byte header")
    stream_id, type_flags = _HEADER.unpack_from(frame)
    if stream_id > MAX_STREAM_ID:
        raise RemoteProtocolError("frame header has the reserved stream id bit set")
    frame_type = type_flags >> 10
    flags = type_flags & 0x3FF
    body = memoryview(frame)[HEADER_SIZE:]

    if frame_type == FrameType.PAYLOAD:
        metadata, data = _split_metadata(frame_type, flags, body, 0)
        return Payload(
            stream_id,
            data,
            metadata,
            bool(flags & FLAG_FOLLOWS),
            bool(flags & FLAG_COMPLETE),
            bool(flags & FLAG_NEXT),
        )
    if frame_type == FrameType.REQUEST_RESPONSE:
        metadata, data = _split_metadata(frame_type, flags, body, 0)
        return RequestResponse(stream_id, data, metadata, bool(flags & FLAG_FOLLOWS))
    if frame_type == FrameType.KEEPALIVE:
        _need(frame_type, body, 8)
        position = _u63_at(frame_type, body, 0, "last received position")
        return Keepalive(bool(flags & FLAG_RESPOND), position, bytes(body[8:]), stream_id)
    if frame_type == FrameType.ERROR:
        _need(frame_type, body, 4)
        code = _U32.unpack_from(body, 0)[0]
        message = bytes(body[4:]).decode("utf-8", "replace")
        return Error(stream_id, code, message)
    if frame_type == FrameType.CANCEL:
        return Cancel(stream_id)
    if frame_type == FrameType.REQUEST_N:
        _need(frame_type, body, 4)
        return RequestN(stream_id, _u31_at(frame_type, body, 0, "request n"))
    if frame_type == FrameType.REQUEST_FNF:
        metadata, data = _split_metadata(frame_type, flags, body, 0)
        return RequestFnf(stream_id, data, metadata, bool(flags & FLAG_FOLLOWS))
    if frame_type in (FrameType.REQUEST_STREAM, FrameType.REQUEST_CHANNEL):
        _need(frame_type, body, 4)
        initial_n = _u31_at(frame_type, body, 0, "initial request n")
        metadata, data = _split_metadata(frame_type, flags, body, 4)
        if frame_type == FrameType.REQUEST_STREAM:
            return RequestStream(stream_id, initial_n, data, metadata, bool(flags & FLAG_FOLLOWS))
        return RequestChannel(
            stream_id, initial_n, data, metadata, bool(flags & FLAG_FOLLOWS), bool(flags & FLAG_COMPLETE)
        )
    if frame_type == FrameType.SETUP:
        return _decode_setup(stream_id, flags, body)
    if frame_type == FrameType.LEASE:
        _need(frame_type, body, 8)
        ttl = _u31_at(frame_type, body, 0, "time to live")
        requests = _u31_at(frame_type, body, 4, "number of requests")
        metadata = bytes(body[8:]) if flags & FLAG_METADATA else None
        return Lease(ttl, requests, metadata, stream_id)
    if frame_type == FrameType.METADATA_PUSH:
        if not flags & FLAG_METADATA:
            raise _bad(frame_type, "the metadata flag must be set")
        return MetadataPush(bytes(body), stream_id)
    if frame_type == FrameType.RESUME:
        _need(frame_type, body, 6)
        major, minor, token_length = _RESUME_FIXED.unpack_from(body, 0)
        _need(frame_type, body, 6 + token_length + 16)
        token = bytes(body[6 : 6 + token_length])
        at = 6 + token_length
        server_position = _u63_at(frame_type, body, at, "last received server position")
        client_position = _u63_at(frame_type, body, at + 8, "first available client position")
        return Resume(token, server_position, client_position, major, minor, stream_id)
    if frame_type == FrameType.RESUME_OK:
        _need(frame_type, body, 8)
        return ResumeOk(_u63_at(frame_type, body, 0, "last received client position"), stream_id)
    if frame_type == FrameType.EXT:
        _need(frame_type, body, 4)
        extended = _u31_at(frame_type, body, 0, "extended type")
        metadata, data = _split_metadata(frame_type, flags, body, 4)
        return Ext(stream_id, extended, data, metadata, bool(flags & FLAG_IGNORE))
    if flags & FLAG_IGNORE:
        return Unknown(stream_id, frame_type, flags, bytes(body))
    raise RemoteProtocolError(f"unknown frame type 0x{frame_type:02X} without the IGNORE flag")


def _decode_setup(stream_id: int, flags: int, body: memoryview) -> Setup:
    t = FrameType.SETUP
    _need(t, body, 12)
    major, minor = _U16.unpack_from(body, 0)[0], _U16.unpack_from(body, 2)[0]
    keepalive = _u31_at(t, body, 4, "keepalive interval")
    lifetime = _u31_at(t, body, 8, "max lifetime")
    at = 12
    token = None
    if flags & FLAG_RESUME_ENABLE:
        _need(t, body, at + 2)
        length = _U16.unpack_from(body, at)[0]
        _need(t, body, at + 2 + length)
        token = bytes(body[at + 2 : at + 2 + length])
        at += 2 + length
    mimes = []
    for name in ("metadata", "data"):
        _need(t, body, at + 1)
        length = body[at]
        _need(t, body, at + 1 + length)
        try:
            mimes.append(bytes(body[at + 1 : at + 1 + length]).decode("ascii"))
        except UnicodeDecodeError:
            raise _bad(t, f"{name} MIME type is not ASCII") from None
        at += 1 + length
    metadata, data = _split_metadata(t, flags, body, at)
    return Setup(
        keepalive,
        lifetime,
        mimes[0],
        mimes[1],
        data,
        metadata,
        token,
        bool(flags & FLAG_LEASE),
        major,
        minor,
        stream_id,
    )


class LengthPrefixedReader:
    """Splits a TCP byte stream into frames by their 24-bit length prefixes.

    ``max_frame`` bounds what one frame may claim; a larger prefix is a
    protocol error rather than a reason to buffer without end. A server that
    does not know its peer yet bounds the first frame tighter (``first_max``)
    and names the types it may be (``first_types``): its header is judged as
    soon as it is in, so bytes that are not RSocket are refused after nine
    bytes, not after the frame they seem to announce.
    """

    __slots__ = ("_buffer", "_first", "first_max", "first_types", "max_frame")

    def __init__(
        self,
        max_frame: int = MAX_FRAME,
        *,
        first_max: int | None = None,
        first_types: tuple[FrameType, ...] = (),
    ) -> None:
        self._buffer = bytearray()
        self._first = True  # the first frame is still to come
        self.max_frame = max_frame
        self.first_max = first_max
        self.first_types = first_types

    def feed(self, data: bytes) -> list[bytes]:
        """Add received bytes; return every complete frame (without its prefix)."""
        buffer = self._buffer
        buffer += data
        frames = []
        at = 0
        while len(buffer) - at >= 3:
            length = int.from_bytes(buffer[at : at + 3], "big")
            first = self._first
            limit = self.first_max if first and self.first_max is not None else self.max_frame
            if first and self.first_types and len(buffer) - at >= 3 + HEADER_SIZE:
                self._judge_first(int.from_bytes(buffer[at + 7 : at + 9], "big") >> 10)
            if length > limit:
                raise RemoteProtocolError(f"frame length prefix {length} exceeds the limit of {limit}")
            if length < HEADER_SIZE:
                raise RemoteProtocolError(f"frame length prefix {length} is shorter than a frame header")
            end = at + 3 + length
            if end > len(buffer):
                break
            frames.append(bytes(buffer[at + 3 : end]))
            self._first = False
            at = end
        if at:
            del buffer[:at]
        return frames

    def _judge_first(self, frame_type: int) -> None:
        if frame_type not in self.first_types:
            try:
                kind = FrameType(frame_type).name
            except ValueError:
                kind = f"type 0x{frame_type:02X}"
            expected = " or ".join(t.name for t in self.first_types)
            raise RemoteProtocolError(f"expected {expected} first, got {kind}")

    @property
    def first_room(self) -> int | None:
        """How many more bytes the first frame may bring, at most (None once it is in, or with
        no ``first_max``): reading no more than this, a server holds no more than ``first_max``
        bytes (and a prefix) for a peer it does not know yet."""
        if not self._first or self.first_max is None:
            return None
        return 3 + self.first_max - len(self._buffer)

    @property
    def buffered(self) -> int:
        return len(self._buffer)
