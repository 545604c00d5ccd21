"""The RSocket connection state machine, one class for both ends (sans I/O).

Theory of operation
-------------------
A ``Connection`` is the state of one RSocket session. It reads no socket and no
clock: the owner feeds it whole frames (``receive``) and the time (``now``,
monotonic seconds), calls it to act (``request``, ``respond``, ``cancel``...),
and takes back the frames to write (``data_to_send``) and what happened (a list
of events returned by ``receive`` and ``tick``).

States::

    client:  OPEN ----------------------------------------------> CLOSED
    server:  AWAITING_SETUP --accept()--> OPEN ------------------> CLOSED
                             --reject()--> CLOSED
    resumable (a SETUP with a resume token):
             OPEN --transport_lost()--> DISCONNECTED --start_resume() (client)--> RESUMING
             RESUMING --RESUME_OK--> OPEN        RESUMING --REJECTED_RESUME--> CLOSED
             DISCONNECTED --resume(frame) (server)--> OPEN

Streams: the client opens odd stream ids, the server even ones. For each request
we sent there is a ``_Pending`` entry until its response, an error or a cancel;
for each request the peer sent there is an ``_Incoming`` entry until we answer
or the peer cancels. Only request/response (and fire-and-forget) are served:
REQUEST_STREAM and REQUEST_CHANNEL are refused with REJECTED.

Errors: a malformed frame, a request on a stream id of our own parity, a reused
stream id or an unknown frame without IGNORE end the connection (ERROR
CONNECTION_ERROR). A malformed request on a valid stream is refused on that
stream (ERROR INVALID) and the connection goes on. An ERROR frame on stream 0
closes everything; on a stream it fails that one request.

Sizes: a request whose payload (whole, or reassembled from fragments) passes
``max_payload``, or that comes in a frame longer than ``max_frame``, is refused
on its stream (ERROR REJECTED; later fragments are drained) and the connection
goes on. An answer to our own request reassembled past ``max_payload``, or in a
frame longer than ``max_frame``, fails that request (and CANCELs it). Any other
frame over ``max_frame`` ends the connection.

Keepalive: the client sends KEEPALIVE(RESPOND) every ``keepalive`` seconds; both
ends answer one with RESPOND; if nothing arrives for ``lifetime`` seconds,
``tick`` reports ``KeepaliveTimeout`` and the owner drops the transport.

Resume: see ``resume.py``. While DISCONNECTED or RESUMING, new resumable frames
only go to the resume buffer and are sent on RESUME_OK with the replay.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from ..errors import (
    ConnectionLostError,
    ConnectionRejectedError,
    ElarianError,
    LocalProtocolError,
    RemoteProtocolError,
    ServerError,
)
from . import frames as f
from .events import (
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
from .fragments import PayloadTooLarge, Reassembly, fragment, response_fragments
from .resume import ResumeBuffer

# the events are re-exported: owners use them as ``rs.<Event>``
__all__ = [
    "Connection",
    "ConnectionClosed",
    "Event",
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

_HEADER = struct.Struct(">IH")
_PAYLOAD_NC = f.FrameType.PAYLOAD << 10 | f.FLAG_NEXT | f.FLAG_COMPLETE
_REQUEST_PLAIN = f.FrameType.REQUEST_RESPONSE << 10
_REQUESTS = frozenset(
    {
        f.FrameType.REQUEST_RESPONSE,
        f.FrameType.REQUEST_FNF,
        f.FrameType.REQUEST_STREAM,
        f.FrameType.REQUEST_CHANNEL,
    }
)


@dataclass
class _Pending:
    reassembly: Reassembly | None = None


@dataclass
class _Incoming:
    reassembly: Reassembly | None
    fire_and_forget: bool
    rejected: bool = False  # REQUEST_STREAM/CHANNEL refused; fragments are drained


class Connection:
    """One RSocket session. Not thread-safe: the owner serialises calls."""

    def __init__(
        self,
        role: Role,
        *,
        now: float,
        keepalive: float = 20.0,
        lifetime: float = 90.0,
        mtu: int | None = None,
        max_payload: int = 16 * 1024 * 1024,
        max_frame: int | None = None,
        resume_token: bytes | None = None,
        resume_buffer: int = 16 * 1024 * 1024,
    ) -> None:
        if keepalive <= 0 or lifetime <= 0:
            raise ValueError("keepalive and lifetime must be positive")
        if mtu is not None and mtu < 64:
            raise ValueError("mtu must be at least 64 bytes")
        self.role = role
        self.state = State.OPEN if role is Role.CLIENT else State.AWAITING_SETUP
        self.keepalive = keepalive
        self.lifetime = lifetime
        self.mtu = mtu
        self.max_payload = max_payload
        self.max_frame = max_frame  # None: whatever the transport delivers
        self.resume_token = resume_token
        self.setup: f.Setup | None = None
        self._resume_limit = resume_buffer
        self._resume = ResumeBuffer(resume_buffer) if resume_token is not None else None
        self.received_position = 0
        self._next_id = 1 if role is Role.CLIENT else 2
        self._pending: dict[int, _Pending] = {}
        self._incoming: dict[int, _Incoming] = {}
        self._outbox: list[bytes] = []
        self._last_received = now
        self._next_keepalive = now + keepalive

    # -- output -----------------------------------------------------------------------

    def data_to_send(self) -> list[bytes]:
        """Frames to write, in order (without length prefixes); clears the queue."""
        out = self._outbox
        self._outbox = []
        return out

    def _send(self, frame: bytes, stream_id: int) -> None:
        """Queue one frame; resumable (stream > 0) frames also go to the resume buffer."""
        if stream_id and self._resume is not None:
            self._resume.add(frame)
            if self.state is not State.OPEN:
                return  # replayed after RESUME_OK
        elif self.state in (State.DISCONNECTED, State.CLOSED):
            return
        self._outbox.append(frame)

    # -- setup ------------------------------------------------------------------------

    def send_setup(self, *, data: bytes, metadata: bytes | None, data_mime: str, metadata_mime: str) -> None:
        """Client: queue the SETUP frame (the first frame of the session)."""
        if self.role is not Role.CLIENT:
            raise LocalProtocolError("only a client sends SETUP")
        setup = f.Setup(
            keepalive_ms=round(self.keepalive * 1000),
            lifetime_ms=round(self.lifetime * 1000),
            metadata_mime=metadata_mime,
            data_mime=data_mime,
            data=data,
            metadata=metadata,
            resume_token=self.resume_token,
        )
        self.setup = setup
        self._outbox.append(f.encode(setup))

    def send_keepalive(self, now: float, data: bytes = b"") -> None:
        """Queue a KEEPALIVE(RESPOND) now; the answer comes back as ``KeepaliveAnswered``.

        Right after SETUP it doubles as a handshake: a server that rejects the
        SETUP answers with ERROR REJECTED_SETUP instead.
        """
        self._outbox.append(f.encode(f.Keepalive(True, self.received_position, data)))
        self._next_keepalive = now + self.keepalive

    def accept(self, now: float) -> None:
        """Server: accept the SETUP received; its keepalive and lifetime apply."""
        if self.state is not State.AWAITING_SETUP or self.setup is None:
            raise LocalProtocolError("accept() needs a received SETUP")
        self.state = State.OPEN
        self.keepalive = max(self.setup.keepalive_ms, 1) / 1000
        self.lifetime = max(self.setup.lifetime_ms, 1) / 1000
        self.resume_token = self.setup.resume_token
        if self.resume_token is not None and self._resume is None:
            self._resume = ResumeBuffer(self._resume_limit)
        self._last_received = now

    def reject(self, message: str, code: int = f.ErrorCode.REJECTED_SETUP) -> list[Event]:
        """Server: refuse the SETUP (or a RESUME) with an ERROR on stream 0 and close."""
        self._outbox.append(f.encode(f.Error(0, code, message)))
        return self._close(ConnectionRejectedError(code, message))

    # -- requests, both directions ---------------------------------------------------------

    def _allocate(self) -> int:
        stream_id = self._next_id
        while stream_id in self._pending or stream_id in self._incoming:
            stream_id += 2
            if stream_id > f.MAX_STREAM_ID:
                stream_id = 1 if self.role is Role.CLIENT else 2
        self._next_id = (
            stream_id + 2 if stream_id + 2 <= f.MAX_STREAM_ID else (1 if self.role is Role.CLIENT else 2)
        )
        return stream_id

    def _check_usable(self) -> None:
        if self.state is State.CLOSED:
            raise ConnectionLostError("the connection is closed")
        if self.state is State.AWAITING_SETUP:
            raise LocalProtocolError("the session has not been set up")
        if self.state is not State.OPEN and self._resume is None:
            raise ConnectionLostError("the connection is down")

    def request(self, data: bytes, metadata: bytes | None = None) -> int:
        """Send a REQUEST_RESPONSE; returns its stream id. Its answer comes as an event."""
        self._check_usable()
        stream_id = self._allocate()
        self._pending[stream_id] = _Pending()
        mtu = self.mtu
        if (
            mtu is None
            or f.HEADER_SIZE + len(data) + (3 + len(metadata) if metadata is not None else 0) <= mtu
        ):
            self._send(f.encode_request_response(stream_id, data, metadata), stream_id)
        else:
            for frame in fragment(f.FrameType.REQUEST_RESPONSE, stream_id, data, metadata, mtu):
                self._send(frame, stream_id)
        return stream_id

    def fire_and_forget(self, data: bytes, metadata: bytes | None = None) -> None:
        self._check_usable()
        stream_id = self._allocate()
        for frame in fragment(f.FrameType.REQUEST_FNF, stream_id, data, metadata, self.mtu or f.MAX_FRAME):
            self._send(frame, stream_id)

    def respond(self, stream_id: int, data: bytes, metadata: bytes | None = None) -> bool:
        """Answer the peer's request. False if it is gone (cancelled, or the session closed)."""
        incoming = self._incoming.pop(stream_id, None)
        if incoming is None or incoming.fire_and_forget or self.state is State.CLOSED:
            return False
        mtu = self.mtu
        if (
            mtu is None
            or f.HEADER_SIZE + len(data) + (3 + len(metadata) if metadata is not None else 0) <= mtu
        ):
            self._send(f.encode_response(stream_id, data, metadata), stream_id)
        else:
            for frame in response_fragments(stream_id, data, metadata, mtu):
                self._send(frame, stream_id)
        return True

    def respond_error(self, stream_id: int, code: int, message: str) -> bool:
        """Refuse the peer's request with an ERROR frame on its stream."""
        incoming = self._incoming.pop(stream_id, None)
        if incoming is None or self.state is State.CLOSED:
            return False
        self._send(f.encode(f.Error(stream_id, code, message)), stream_id)
        return True

    def cancel(self, stream_id: int) -> None:
        """Withdraw one of our requests (e.g. on timeout); a late answer is ignored."""
        if self._pending.pop(stream_id, None) is not None and self.state is not State.CLOSED:
            self._send(f.encode(f.Cancel(stream_id)), stream_id)

    def metadata_push(self, metadata: bytes) -> None:
        self._check_usable()
        self._send(f.encode(f.MetadataPush(metadata)), 0)

    def close(self, message: str = "closing") -> list[Event]:
        """End the session: ERROR CONNECTION_CLOSE to the peer, every request in flight fails."""
        if self.state is State.CLOSED:
            return []
        if self.state is not State.DISCONNECTED:
            self._outbox.append(f.encode(f.Error(0, f.ErrorCode.CONNECTION_CLOSE, message)))
        return self._close(None)

    @property
    def has_output(self) -> bool:
        """Frames are waiting in ``data_to_send``."""
        return bool(self._outbox)

    @property
    def in_flight(self) -> int:
        """Our requests still waiting for an answer."""
        return len(self._pending)

    def is_pending(self, stream_id: int) -> bool:
        return stream_id in self._pending

    # -- transport loss and resume ---------------------------------------------------------

    @property
    def resumable(self) -> bool:
        return self._resume is not None

    def transport_lost(self, reason: str) -> list[Event]:
        """The transport under this session is gone. Resumable sessions wait; others close."""
        if self.state is State.CLOSED:
            return []
        if self._resume is not None and self.state in (State.OPEN, State.RESUMING, State.DISCONNECTED):
            self.state = State.DISCONNECTED
            self._outbox.clear()
            return []
        return self._close(ConnectionLostError(f"connection lost: {reason}"))

    def start_resume(self, now: float) -> None:
        """Client, on a new transport: queue RESUME."""
        if self.role is not Role.CLIENT or self._resume is None or self.resume_token is None:
            raise LocalProtocolError("only a resumable client session can resume")
        if self.state is not State.DISCONNECTED:
            raise LocalProtocolError(f"cannot resume from state {self.state.value}")
        self.state = State.RESUMING
        self._last_received = now
        self._next_keepalive = now + self.keepalive
        self._outbox = [
            f.encode(
                f.Resume(
                    token=self.resume_token,
                    last_received_server_position=self.received_position,
                    first_available_client_position=self._resume.first_position,
                )
            )
        ]

    def resume(self, frame: f.Resume, now: float) -> bool:
        """Server, on a new transport: continue this session from the client's positions.

        Queues RESUME_OK and the frames the client has not seen. False (nothing
        queued) when this session cannot resume there; reply REJECTED_RESUME then.
        """
        buffer = self._resume
        if (
            self.role is not Role.SERVER
            or buffer is None
            or self.state is State.CLOSED
            or frame.token != self.resume_token
            or not buffer.can_replay_from(frame.last_received_server_position)
            or frame.first_available_client_position > self.received_position
        ):
            return False
        self.state = State.OPEN
        self._last_received = now
        self._outbox = [f.encode(f.ResumeOk(self.received_position))]
        self._outbox += buffer.replay_from(frame.last_received_server_position)
        return True

    # -- time ------------------------------------------------------------------------------

    def next_deadline(self) -> float:
        """When ``tick`` next has work (a keepalive to send or the lifetime to check)."""
        deadline = self._last_received + self.lifetime
        if self.role is Role.CLIENT:
            deadline = min(deadline, self._next_keepalive)
        return deadline

    def tick(self, now: float) -> list[Event]:
        if self.state not in (State.OPEN, State.RESUMING):
            return []
        silent = now - self._last_received
        if silent > self.lifetime:
            return [KeepaliveTimeout(silent)]
        if self.role is Role.CLIENT and self.state is State.OPEN and now >= self._next_keepalive:
            self._outbox.append(f.encode(f.Keepalive(True, self.received_position)))
            self._next_keepalive = now + self.keepalive
        return []

    # -- input -----------------------------------------------------------------------------

    def receive(self, frame: bytes, now: float) -> list[Event]:
        """Handle one incoming frame; return what happened."""
        if self.state is State.CLOSED:
            return []
        self._last_received = now
        if self.max_frame is not None and len(frame) > self.max_frame:
            return self._too_large(frame)
        # Fast paths for the two frames that carry nearly all traffic: a whole answer
        # to one of our requests, and a whole new request from the peer (no metadata).
        if len(frame) >= 6 and self.state is State.OPEN:
            stream_id, type_flags = _HEADER.unpack_from(frame)
            if type_flags == _PAYLOAD_NC:
                pending = self._pending.get(stream_id)
                if pending is not None and pending.reassembly is None:
                    del self._pending[stream_id]
                    if self._resume is not None:
                        self.received_position += len(frame)
                    return [ResponseReceived(stream_id, frame[6:], None)]
            elif (
                type_flags == _REQUEST_PLAIN
                and self._peer_stream(stream_id)
                and stream_id not in self._incoming
                and len(frame) - f.HEADER_SIZE <= self.max_payload
            ):
                self._incoming[stream_id] = _Incoming(None, False)
                if self._resume is not None:
                    self.received_position += len(frame)
                return [RequestReceived(stream_id, frame[6:], None)]
        try:
            decoded = f.decode(frame)
        except RemoteProtocolError as exc:
            return self._malformed(frame, exc)
        if decoded.stream_id and self._resume is not None:
            self.received_position += len(frame)
        return self._dispatch(decoded, now)

    def _malformed(self, frame: bytes, exc: RemoteProtocolError) -> list[Event]:
        if len(frame) >= 6 and self.state is State.OPEN:
            stream_id, type_flags = _HEADER.unpack_from(frame)
            frame_type = type_flags >> 10
            requests = (f.FrameType.REQUEST_RESPONSE, f.FrameType.REQUEST_FNF)
            if (
                frame_type in requests
                and stream_id <= f.MAX_STREAM_ID
                and self._peer_stream(stream_id)
                and stream_id not in self._incoming
            ):
                if self._resume is not None:
                    self.received_position += len(frame)
                self._send(f.encode(f.Error(stream_id, f.ErrorCode.INVALID, str(exc))), stream_id)
                return []
        return self._fail(exc)

    def _too_large(self, frame: bytes) -> list[Event]:
        """A frame over ``max_frame``: refuse the request it opens or continues, fail our request
        it answers; any other frame ends the connection."""
        why = f"a frame of {len(frame)} bytes exceeds the limit of {self.max_frame} bytes"
        if len(frame) < f.HEADER_SIZE or self.state is not State.OPEN:
            return self._fail(RemoteProtocolError(why))
        stream_id, type_flags = _HEADER.unpack_from(frame)
        frame_type, more = type_flags >> 10, bool(type_flags & f.FLAG_FOLLOWS)
        if stream_id and self._resume is not None:
            self.received_position += len(frame)
        if (
            frame_type in _REQUESTS
            and stream_id <= f.MAX_STREAM_ID
            and self._peer_stream(stream_id)
            and stream_id not in self._incoming
        ):
            self._send(f.encode(f.Error(stream_id, f.ErrorCode.REJECTED, why)), stream_id)
            if more:
                self._incoming[stream_id] = _Incoming(None, True, rejected=True)
            return []
        if frame_type == f.FrameType.PAYLOAD:
            incoming = self._incoming.get(stream_id)
            if incoming is not None and (incoming.reassembly is not None or incoming.rejected):
                return self._refuse_incoming(stream_id, why, more)
            if self._pending.pop(stream_id, None) is not None:
                self._send(f.encode(f.Cancel(stream_id)), stream_id)
                return [RequestFailed(stream_id, RemoteProtocolError(why))]
            if incoming is None:
                return []  # an answer to a request we cancelled
        return self._fail(RemoteProtocolError(why))

    def _refuse_incoming(self, stream_id: int, why: str, more: bool) -> list[Event]:
        """Refuse the peer's request being received on ``stream_id`` (ERROR REJECTED, once) and
        drain its fragments until the last (``more`` is False on it)."""
        incoming = self._incoming[stream_id]
        if not incoming.rejected:
            incoming.rejected = True
            incoming.reassembly = None
            self._send(f.encode(f.Error(stream_id, f.ErrorCode.REJECTED, why)), stream_id)
        if not more:
            del self._incoming[stream_id]
        return []

    def _peer_stream(self, stream_id: int) -> bool:
        """Whether the peer may open this stream id (client: even, server: odd)."""
        if stream_id == 0:
            return False
        return (stream_id % 2 == 0) if self.role is Role.CLIENT else (stream_id % 2 == 1)

    def _fail(self, error: ElarianError, code: int = f.ErrorCode.CONNECTION_ERROR) -> list[Event]:
        """A protocol violation by the peer: tell it, then close."""
        self._outbox.append(f.encode(f.Error(0, code, str(error))))
        return self._close(error)

    def _close(self, error: ElarianError | None) -> list[Event]:
        self.state = State.CLOSED
        lost = error if isinstance(error, ConnectionLostError) else None
        reason = lost or ConnectionLostError(
            f"connection closed: {error}" if error is not None else "connection closed"
        )
        events: list[Event] = [RequestFailed(stream_id, reason) for stream_id in self._pending]
        self._pending.clear()
        self._incoming.clear()
        events.append(ConnectionClosed(error))
        return events

    def _dispatch(self, frame: f.Frame, now: float) -> list[Event]:
        if self.state is State.AWAITING_SETUP:
            return self._before_setup(frame)
        if isinstance(frame, f.Payload):
            return self._payload(frame)
        if isinstance(frame, (f.RequestResponse, f.RequestFnf)):
            return self._request(frame)
        if isinstance(frame, f.Keepalive):
            if self._resume is not None and frame.position:
                self._resume.acknowledge(frame.position)
            if frame.respond:
                self._outbox.append(f.encode(f.Keepalive(False, self.received_position, frame.data)))
                return []
            return [KeepaliveAnswered()]
        if isinstance(frame, f.Error):
            return self._error(frame)
        if isinstance(frame, f.Cancel):
            if self._incoming.pop(frame.stream_id, None) is not None:
                return [RequestCancelled(frame.stream_id)]
            return []
        if isinstance(frame, (f.RequestStream, f.RequestChannel)):
            return self._refuse_stream(frame)
        if isinstance(frame, f.RequestN):
            return []  # request-n is accepted; request/response needs no credit
        if isinstance(frame, f.MetadataPush):
            return [MetadataPushed(frame.metadata)]
        if isinstance(frame, f.ResumeOk):
            return self._resume_ok(frame)
        if isinstance(frame, (f.Lease, f.Unknown)):
            return []  # leases are not negotiated; unknown frames arrived with IGNORE
        if isinstance(frame, f.Ext):
            if frame.ignore:
                return []
            return self._fail(RemoteProtocolError(f"unsupported extension frame 0x{frame.extended_type:X}"))
        kind = type(frame).__name__.upper()
        return self._fail(RemoteProtocolError(f"unexpected {kind} frame on an open connection"))

    def _before_setup(self, frame: f.Frame) -> list[Event]:
        if isinstance(frame, f.Setup):
            if frame.major != f.MAJOR_VERSION:
                return self._fail(
                    RemoteProtocolError(f"unsupported RSocket version {frame.major}.{frame.minor}"),
                    f.ErrorCode.UNSUPPORTED_SETUP,
                )
            if frame.lease:
                return self._fail(
                    RemoteProtocolError("leases are not supported"), f.ErrorCode.UNSUPPORTED_SETUP
                )
            self.setup = frame
            return [SetupReceived(frame)]
        if isinstance(frame, f.Resume):
            return [ResumeRequested(frame)]
        kind = type(frame).__name__.upper()
        return self._fail(
            RemoteProtocolError(f"expected SETUP or RESUME first, got {kind}"), f.ErrorCode.INVALID_SETUP
        )

    def _request(self, frame: f.RequestResponse | f.RequestFnf) -> list[Event]:
        stream_id = frame.stream_id
        if not self._peer_stream(stream_id):
            return self._fail(
                RemoteProtocolError(f"peer opened stream {stream_id}, which is not its to open")
            )
        if stream_id in self._incoming:
            return self._fail(RemoteProtocolError(f"peer reused stream {stream_id} while it is active"))
        fnf = isinstance(frame, f.RequestFnf)
        if not frame.follows:
            size = len(frame.data) + (len(frame.metadata) if frame.metadata is not None else 0)
            if size > self.max_payload:
                why = f"a payload of {size} bytes exceeds the limit of {self.max_payload} bytes"
                self._send(f.encode(f.Error(stream_id, f.ErrorCode.REJECTED, why)), stream_id)
                return []
            if not fnf:
                self._incoming[stream_id] = _Incoming(None, False)
            return [RequestReceived(stream_id, frame.data, frame.metadata, fnf)]
        reassembly = Reassembly(self.max_payload)
        self._incoming[stream_id] = _Incoming(reassembly, fnf)
        return self._add_fragment_in(stream_id, frame.data, frame.metadata, more=True)

    def _add_fragment_in(
        self, stream_id: int, data: bytes, metadata: bytes | None, more: bool
    ) -> list[Event]:
        incoming = self._incoming[stream_id]
        if incoming.rejected:
            return self._refuse_incoming(stream_id, "", more)
        assert incoming.reassembly is not None
        try:
            incoming.reassembly.add(data, metadata)
        except PayloadTooLarge as exc:
            return self._refuse_incoming(stream_id, str(exc), more)
        if more:
            return []
        data, metadata = incoming.reassembly.result()
        incoming.reassembly = None
        if incoming.fire_and_forget:
            del self._incoming[stream_id]
        return [RequestReceived(stream_id, data, metadata, incoming.fire_and_forget)]

    def _refuse_stream(self, frame: f.RequestStream | f.RequestChannel) -> list[Event]:
        stream_id = frame.stream_id
        if not self._peer_stream(stream_id) or stream_id in self._incoming:
            return self._fail(
                RemoteProtocolError(f"peer opened stream {stream_id}, which is not its to open")
            )
        kind = "request-stream" if isinstance(frame, f.RequestStream) else "request-channel"
        self._send(
            f.encode(
                f.Error(stream_id, f.ErrorCode.REJECTED, f"{kind} is not supported; use request-response")
            ),
            stream_id,
        )
        if frame.follows:
            self._incoming[stream_id] = _Incoming(None, True, rejected=True)
        return []

    def _payload(self, frame: f.Payload) -> list[Event]:
        stream_id = frame.stream_id
        pending = self._pending.get(stream_id)
        if pending is not None:
            if pending.reassembly is None and not frame.follows:
                del self._pending[stream_id]
                return [ResponseReceived(stream_id, frame.data, frame.metadata)]
            if pending.reassembly is None:
                pending.reassembly = Reassembly(self.max_payload)
            try:
                pending.reassembly.add(frame.data, frame.metadata)
            except PayloadTooLarge as exc:
                del self._pending[stream_id]
                self._send(f.encode(f.Cancel(stream_id)), stream_id)
                return [RequestFailed(stream_id, RemoteProtocolError(str(exc)))]
            if frame.follows:
                return []
            del self._pending[stream_id]
            data, metadata = pending.reassembly.result()
            return [ResponseReceived(stream_id, data, metadata)]
        incoming = self._incoming.get(stream_id)
        if incoming is not None:
            if incoming.reassembly is None and not incoming.rejected:
                # the peer's request was complete: a requester sends nothing more on it
                del self._incoming[stream_id]
                message = "unexpected PAYLOAD on a request-response stream; the request is dropped"
                self._send(f.encode(f.Error(stream_id, f.ErrorCode.INVALID, message)), stream_id)
                return [RequestCancelled(stream_id)]
            return self._add_fragment_in(stream_id, frame.data, frame.metadata, more=frame.follows)
        return []  # an answer to a request we cancelled

    def _error(self, frame: f.Error) -> list[Event]:
        if frame.stream_id == 0:
            if self.state is State.RESUMING or frame.code in (
                f.ErrorCode.REJECTED_SETUP,
                f.ErrorCode.INVALID_SETUP,
                f.ErrorCode.UNSUPPORTED_SETUP,
                f.ErrorCode.REJECTED_RESUME,
            ):
                error: ElarianError = ConnectionRejectedError(frame.code, frame.message)
            else:
                error = ServerError(frame.code, frame.message)
            return self._close(error)
        if self._pending.pop(frame.stream_id, None) is not None:
            return [RequestFailed(frame.stream_id, ServerError(frame.code, frame.message))]
        self._incoming.pop(frame.stream_id, None)
        return []

    def _resume_ok(self, frame: f.ResumeOk) -> list[Event]:
        buffer = self._resume
        if self.state is not State.RESUMING or buffer is None:
            return self._fail(RemoteProtocolError("RESUME_OK without a RESUME"))
        position = frame.last_received_client_position
        if not buffer.can_replay_from(position):
            return self._fail(
                RemoteProtocolError(
                    f"server resumed at position {position}, outside what is buffered "
                    f"({buffer.first_position}..{buffer.position})"
                )
            )
        self.state = State.OPEN
        self._outbox += buffer.replay_from(position)
        return [Resumed()]
