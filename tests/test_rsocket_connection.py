"""The RSocket state machine: two connections wired together in memory.

No sockets, no threads, no sleeping: frames move when ``Pair.pump`` moves them
and time moves when the test says so.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from elarian_sync.errors import ConnectionLostError, LocalProtocolError, RemoteProtocolError, ServerError
from elarian_sync.rsocket import frames as f
from elarian_sync.rsocket.connection import (
    Connection,
    ConnectionClosed,
    ConnectionRejectedError,
    Event,
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


class Pair:
    """A client and a server connection joined by an in-memory pipe."""

    def __init__(self, *, mtu: int | None = None, resume: bool = False, max_payload: int = 16 << 20) -> None:
        self.now = 0.0
        token = b"resume-token" if resume else None
        self.client = Connection(
            Role.CLIENT, now=0, keepalive=1, lifetime=5, mtu=mtu, resume_token=token, max_payload=max_payload
        )
        self.server = Connection(Role.SERVER, now=0, mtu=mtu, max_payload=max_payload)
        self.client.send_setup(
            data=b"credentials", metadata=b'{"agent":"t"}', data_mime="application/octet-stream",
            metadata_mime="application/json",
        )  # fmt: skip
        self.wire: list[tuple[str, bytes]] = []  # every frame that crossed, for inspection
        events = self.pump()
        assert isinstance(events["server"][0], SetupReceived)
        self.server.accept(self.now)

    def pump(self, drop: bool = False) -> dict[str, list[Event]]:
        """Move frames both ways until both sides are quiet."""
        events: dict[str, list[Event]] = {"client": [], "server": []}
        for _ in range(100_000):
            to_server = self.client.data_to_send()
            to_client = self.server.data_to_send()
            if not to_server and not to_client:
                return events
            if drop:
                continue
            for frame in to_server:
                self.wire.append(("c>s", frame))
                events["server"] += self.server.receive(frame, self.now)
            for frame in to_client:
                self.wire.append(("s>c", frame))
                events["client"] += self.client.receive(frame, self.now)
        raise AssertionError("frames never stopped flowing")


def test_request_response_client_to_server() -> None:
    p = Pair()
    sid = p.client.request(b"get state", b"meta")
    assert sid % 2 == 1
    ev = p.pump()["server"]
    assert ev == [RequestReceived(sid, b"get state", b"meta")]
    assert p.server.respond(sid, b"state", b"m2")
    assert p.pump()["client"] == [ResponseReceived(sid, b"state", b"m2")]
    assert p.client.in_flight == 0


def test_request_response_server_to_client() -> None:
    p = Pair()
    sid = p.server.request(b"notification")
    assert sid % 2 == 0
    assert p.pump()["client"] == [RequestReceived(sid, b"notification", None)]
    p.client.respond(sid, b"reply")
    assert p.pump()["server"] == [ResponseReceived(sid, b"reply", None)]


def test_many_interleaved_requests_match_their_answers() -> None:
    p = Pair()
    ids = [p.client.request(str(i).encode()) for i in range(200)]
    assert len(set(ids)) == 200
    received = p.pump()["server"]
    for ev in reversed(received):
        assert isinstance(ev, RequestReceived)
        p.server.respond(ev.stream_id, ev.data + b"!")
    answers = {ev.stream_id: ev.data for ev in p.pump()["client"] if isinstance(ev, ResponseReceived)}
    assert answers == {sid: f"{i}!".encode() for i, sid in enumerate(ids)}


def test_fire_and_forget_expects_no_answer() -> None:
    p = Pair()
    p.client.fire_and_forget(b"fyi")
    [ev] = p.pump()["server"]
    assert isinstance(ev, RequestReceived) and ev.fire_and_forget
    assert not p.server.respond(ev.stream_id, b"no one listens")


SIZES = [0, 1, 63, 64, 65, 1000, 65_536, 1 << 20, 4 << 20]
# 64-byte frames for payloads up to 64 KiB; larger MTUs for everything up to 4 MiB
CASES = [(64, size) for size in SIZES if size <= 65_536] + [
    (mtu, size) for mtu in (1500, 65_536) for size in SIZES
]


@pytest.mark.parametrize("mtu,size", CASES)
def test_fragmentation_round_trip(mtu: int, size: int) -> None:
    p = Pair(mtu=mtu)
    data = bytes(i % 251 for i in range(size))
    metadata = bytes(i % 13 for i in range(size // 3)) if size else None
    sid = p.client.request(data, metadata)
    frames = p.client.data_to_send()
    assert all(len(frame) <= mtu for frame in frames)
    events = [e for frame in frames for e in p.server.receive(frame, 0)]
    assert events == [RequestReceived(sid, data, metadata)]
    p.server.respond(sid, data[::-1], metadata)
    response_frames = p.server.data_to_send()
    assert all(len(frame) <= mtu for frame in response_frames)
    events = [e for frame in response_frames for e in p.client.receive(frame, 0)]
    assert events == [ResponseReceived(sid, data[::-1], metadata)]


def test_fragments_carry_follows_next_and_complete() -> None:
    p = Pair(mtu=64)
    sid = p.client.request(b"q")
    p.pump()
    p.server.respond(sid, b"x" * 200)
    frames = [f.decode(raw) for raw in p.server.data_to_send()]
    assert len(frames) == 4
    assert all(isinstance(fr, f.Payload) and fr.next for fr in frames)
    assert [fr.follows for fr in frames] == [True, True, True, False]  # type: ignore[union-attr]
    assert [fr.complete for fr in frames] == [False, False, False, True]  # type: ignore[union-attr]


def test_reassembly_is_bounded() -> None:
    p = Pair(mtu=1000, max_payload=10_000)
    sid = p.client.request(b"x" * 20_000)
    events = p.pump()
    assert events["server"] == []
    [failure] = events["client"]
    assert isinstance(failure, RequestFailed) and failure.stream_id == sid
    assert isinstance(failure.error, ServerError)
    assert (
        failure.error.code == f.ErrorCode.REJECTED and "exceeds the limit of 10000" in failure.error.message
    )
    # and a response too large for us fails only that request, with a CANCEL to the server
    sid = p.client.request(b"small")
    p.pump()
    p.server.respond(sid, b"y" * 20_000)
    [event] = p.pump()["client"]
    assert isinstance(event, RequestFailed) and isinstance(event.error, RemoteProtocolError)
    assert p.server.state is State.OPEN and p.client.state is State.OPEN
    sid = p.client.request(b"still works")
    p.pump()
    p.server.respond(sid, b"yes")
    assert p.pump()["client"] == [ResponseReceived(sid, b"yes", None)]


def _refusals(p: Pair) -> list[tuple[int, int, str]]:
    """(stream id, code, message) of each ERROR the server sent, in order."""
    errors = [f.decode(raw) for d, raw in p.wire if d == "s>c"]
    return [(e.stream_id, e.code, e.message) for e in errors if isinstance(e, f.Error)]


def test_oversized_requests_are_refused_on_their_stream_only() -> None:
    p = Pair(resume=True, max_payload=1_000)
    p.server.max_frame = 2_000
    whole = p.client.request(b"w" * 1_500)  # a frame under max_frame, a payload over max_payload
    long = p.client.request(b"l" * 3_000)  # a frame over max_frame
    p.client.mtu = 2_500
    fragmented = p.client.request(b"f" * 6_000)  # its first fragment (and the next) over max_frame
    for frame in (  # a request whose second fragment is over max_frame
        f.RequestResponse(7, b"a" * 100, follows=True),
        f.Payload(7, b"b" * 3_000, follows=True, next=True),
        f.Payload(7, b"c" * 10, next=True),
    ):
        p.client._send(f.encode(frame), 7)
    p.client._next_id = 9
    fine = p.client.request(b"fine")
    events = p.pump()
    assert events["server"] == [RequestReceived(fine, b"fine", None)]
    assert _refusals(p) == [
        (whole, f.ErrorCode.REJECTED, "a payload of 1500 bytes exceeds the limit of 1000 bytes"),
        (long, f.ErrorCode.REJECTED, "a frame of 3006 bytes exceeds the limit of 2000 bytes"),
        (fragmented, f.ErrorCode.REJECTED, "a frame of 2500 bytes exceeds the limit of 2000 bytes"),
        (7, f.ErrorCode.REJECTED, "a frame of 3006 bytes exceeds the limit of 2000 bytes"),
    ]
    failed = {e.stream_id for e in events["client"] if isinstance(e, RequestFailed)}
    assert failed == {whole, long, fragmented}
    assert p.server._incoming.keys() == {fine}  # the refused ones were drained to their last fragment
    assert p.server.received_position == p.client._resume.position  # type: ignore[union-attr]
    # an answer over max_frame to the server's own request fails it, with a CANCEL
    asked = p.server.request(b"notification")
    p.pump()
    p.client.respond(asked, b"r" * 3_000)
    [event] = p.pump()["server"]
    assert isinstance(event, RequestFailed) and event.stream_id == asked
    assert ("s>c", f.encode(f.Cancel(asked))) in p.wire
    assert p.server.state is State.OPEN
    # any other frame over max_frame ends the connection
    p.client.metadata_push(b"m" * 3_000)
    closed = p.pump()["server"][-1]
    assert isinstance(closed, ConnectionClosed) and "exceeds the limit of 2000" in str(closed.error)


def test_stream_error_fails_one_request() -> None:
    p = Pair()
    a = p.client.request(b"a")
    b = p.client.request(b"b")
    p.pump()
    p.server.respond_error(a, f.ErrorCode.APPLICATION_ERROR, "unknown customer")
    p.server.respond(b, b"fine")
    events = p.pump()["client"]
    assert isinstance(events[0], RequestFailed) and events[0].stream_id == a
    assert isinstance(events[0].error, ServerError) and events[0].error.code == 0x201
    assert events[0].error.message == "unknown customer"
    assert events[1] == ResponseReceived(b, b"fine", None)


def test_connection_error_closes_everything() -> None:
    p = Pair()
    ids = [p.client.request(b"x") for _ in range(3)]
    p.pump()
    p.server.close("maintenance")
    events = p.pump()["client"]
    assert [e.stream_id for e in events if isinstance(e, RequestFailed)] == ids
    assert all(isinstance(e.error, ConnectionLostError) for e in events if isinstance(e, RequestFailed))
    closed = events[-1]
    assert isinstance(closed, ConnectionClosed) and isinstance(closed.error, ServerError)
    assert closed.error.code == f.ErrorCode.CONNECTION_CLOSE and "maintenance" in closed.error.message
    assert p.client.state is State.CLOSED
    with pytest.raises(ConnectionLostError):
        p.client.request(b"after")


def test_cancel_both_ways() -> None:
    p = Pair()
    sid = p.client.request(b"slow")
    p.pump()
    p.client.cancel(sid)
    assert p.pump()["server"] == [RequestCancelled(sid)]
    assert not p.server.respond(sid, b"too late")
    # a late answer to a cancelled request is dropped quietly
    sid = p.client.request(b"slow")
    p.pump()
    p.client.cancel(sid)
    p.client.data_to_send()  # the CANCEL is lost in transit
    p.server.respond(sid, b"late")
    assert p.pump()["client"] == []


def test_setup_rejection() -> None:
    client = Connection(Role.CLIENT, now=0)
    server = Connection(Role.SERVER, now=0)
    client.send_setup(data=b"bad key", metadata=None, data_mime="a", metadata_mime="b")
    client.request(b"early")  # allowed: RSocket has no SETUP reply
    [frame, request] = client.data_to_send()
    assert isinstance(server.receive(frame, 0)[0], SetupReceived)
    events = server.reject("unknown API key")
    assert isinstance(events[-1], ConnectionClosed)
    [err] = server.data_to_send()
    events = client.receive(err, 0)
    assert isinstance(events[0], RequestFailed)
    closed = events[-1]
    assert isinstance(closed, ConnectionClosed) and isinstance(closed.error, ConnectionRejectedError)
    assert closed.error.code == f.ErrorCode.REJECTED_SETUP and closed.error.message == "unknown API key"
    assert server.receive(request, 0) == []  # closed: nothing more happens


def test_first_frame_must_be_setup_or_resume() -> None:
    server = Connection(Role.SERVER, now=0)
    events = server.receive(f.encode(f.RequestResponse(1, b"x")), 0)
    assert isinstance(events[-1], ConnectionClosed)
    [err] = server.data_to_send()
    decoded = f.decode(err)
    assert isinstance(decoded, f.Error) and decoded.code == f.ErrorCode.INVALID_SETUP
    server = Connection(Role.SERVER, now=0)
    assert isinstance(server.receive(f.encode(f.Resume(b"t", 0, 0)), 0)[0], ResumeRequested)
    with pytest.raises(LocalProtocolError):
        server.request(b"before setup")


def test_protocol_violations_end_the_connection() -> None:
    unknown_type = b"\x00\x00\x00\x02" + (0x21 << 10).to_bytes(2, "big")
    for bad in (
        f.encode(f.RequestResponse(3, b"odd id from the server side")),  # client receives an odd id
        f.encode(f.Setup(1, 1, "a", "b")),
        f.encode(f.Ext(2, 99, b"")),
        unknown_type,
    ):
        p = Pair()
        events = p.client.receive(bad, 0)
        assert isinstance(events[-1], ConnectionClosed), bad
        assert isinstance(events[-1].error, RemoteProtocolError)
        [err] = p.client.data_to_send()
        assert f.decode(err) == f.Error(0, f.ErrorCode.CONNECTION_ERROR, str(events[-1].error))


def test_malformed_request_is_refused_on_its_stream_only() -> None:
    p = Pair()
    bad = (
        b"\x00\x00\x00\x01"
        + ((f.FrameType.REQUEST_RESPONSE << 10) | f.FLAG_METADATA).to_bytes(2, "big")
        + b"\x00\x00\x09x"
    )
    assert p.server.receive(bad, 0) == []
    [err] = p.server.data_to_send()
    decoded = f.decode(err)
    assert isinstance(decoded, f.Error) and decoded.stream_id == 1 and decoded.code == f.ErrorCode.INVALID
    assert "runs past the end" in decoded.message
    assert p.server.state is State.OPEN


def test_streams_are_refused_and_ignorable_frames_ignored() -> None:
    p = Pair()
    p.client._outbox.append(f.encode(f.RequestStream(1, 5, b"sub")))
    p.client._outbox.append(f.encode(f.Ext(3, 99, b"", ignore=True)))
    p.client._outbox.append(b"\x00\x00\x00\x05" + ((0x21 << 10) | f.FLAG_IGNORE).to_bytes(2, "big"))
    p.client._outbox.append(f.encode(f.RequestN(1, 10)))
    p.client._outbox.append(f.encode(f.Lease(1000, 5)))
    p.client._outbox.append(f.encode(f.MetadataPush(b"hello")))
    events = p.pump()
    assert events["server"] == [MetadataPushed(b"hello")]
    refusal = [f.decode(raw) for d, raw in p.wire if d == "s>c" and f.decode(raw).stream_id == 1]
    assert refusal and isinstance(refusal[0], f.Error) and refusal[0].code == f.ErrorCode.REJECTED
    assert p.server.state is State.OPEN


def test_keepalive_is_sent_answered_and_times_out() -> None:
    p = Pair()
    assert p.client.next_deadline() == 1.0
    p.now = 1.0
    p.client.tick(p.now)
    p.pump()
    kinds = [(d, type(f.decode(raw)).__name__, f.decode(raw)) for d, raw in p.wire[-2:]]
    assert kinds[0][0] == "c>s" and isinstance(kinds[0][2], f.Keepalive) and kinds[0][2].respond
    assert kinds[1][0] == "s>c" and isinstance(kinds[1][2], f.Keepalive) and not kinds[1][2].respond
    # silence: the client hears nothing for longer than the lifetime (5 s)
    assert p.client.tick(5.9) == []
    [timeout] = p.client.tick(6.5)
    assert isinstance(timeout, KeepaliveTimeout) and timeout.silent_for == pytest.approx(5.5)
    # the server checks the lifetime the client asked for in SETUP
    assert p.server.lifetime == 5.0 and isinstance(p.server.tick(20.0)[0], KeepaliveTimeout)


def test_transport_loss_without_resume_fails_everything() -> None:
    p = Pair()
    ids = [p.client.request(b"x") for _ in range(1000)]
    p.pump(drop=True)
    events = p.client.transport_lost("socket closed")
    failed = [e for e in events if isinstance(e, RequestFailed)]
    assert sorted(e.stream_id for e in failed) == sorted(ids)
    assert all(isinstance(e.error, ConnectionLostError) and "socket closed" in str(e.error) for e in failed)
    assert isinstance(events[-1], ConnectionClosed)


def _resume(p: Pair) -> Connection:
    """Cut the transport under both ends and resume on a new one."""
    p.client.transport_lost("cut")
    p.server.transport_lost("cut")
    p.client.start_resume(p.now)
    fresh = Connection(Role.SERVER, now=p.now)
    [resume_frame] = p.client.data_to_send()
    [request] = fresh.receive(resume_frame, p.now)
    assert isinstance(request, ResumeRequested)
    assert p.server.resume(request.resume, p.now)
    return fresh


def test_resume_with_a_thousand_requests_in_flight() -> None:
    p = Pair(resume=True)
    ids = [p.client.request(str(i).encode()) for i in range(1000)]
    # half the requests reach the server and half its answers get back; then the cut
    to_server = p.client.data_to_send()
    server_events = [e for frame in to_server[:500] for e in p.server.receive(frame, 0)]
    for ev in server_events:
        assert isinstance(ev, RequestReceived)
        p.server.respond(ev.stream_id, b"answer:" + ev.data)
    to_client = p.server.data_to_send()
    client_events = [e for frame in to_client[:250] for e in p.client.receive(frame, 0)]
    _resume(p)
    events = p.pump()
    assert isinstance(events["client"][0], Resumed)
    client_events += events["client"]
    for ev in events["server"]:
        assert isinstance(ev, RequestReceived)
        p.server.respond(ev.stream_id, b"answer:" + ev.data)
    client_events += p.pump()["client"]
    responses = [e for e in client_events if isinstance(e, ResponseReceived)]
    assert sorted(e.stream_id for e in responses) == sorted(ids)  # each exactly once
    assert all(e.data == b"answer:" + str(ids.index(e.stream_id)).encode() for e in responses)
    assert p.client.in_flight == 0


def test_requests_made_while_disconnected_go_out_after_resume() -> None:
    p = Pair(resume=True)
    p.client.transport_lost("cut")
    p.server.transport_lost("cut")
    sid = p.client.request(b"queued while down")
    assert p.client.data_to_send() == []
    p.client.start_resume(0)
    fresh = Connection(Role.SERVER, now=0)
    [resume] = fresh.receive(p.client.data_to_send()[0], 0)
    assert isinstance(resume, ResumeRequested) and p.server.resume(resume.resume, 0)
    events = p.pump()
    assert RequestReceived(sid, b"queued while down", None) in events["server"]


def test_resume_rejected_when_the_buffer_no_longer_holds_the_frames() -> None:
    p = Pair(resume=True)
    p.server._resume.limit = 100  # type: ignore[union-attr]
    sid = p.client.request(b"q")
    p.pump()
    for i in range(10):
        p.server.request(b"server-initiated %d" % i)
    p.server.respond(sid, b"a" * 200)
    p.pump(drop=True)  # everything the server sent is lost
    p.client.transport_lost("cut")
    p.server.transport_lost("cut")
    p.client.start_resume(0)
    fresh = Connection(Role.SERVER, now=0)
    [resume] = fresh.receive(p.client.data_to_send()[0], 0)
    assert isinstance(resume, ResumeRequested)
    assert not p.server.resume(resume.resume, 0)
    fresh.reject("session can no longer resume", f.ErrorCode.REJECTED_RESUME)
    events: list[Event] = []
    for frame in fresh.data_to_send():
        events += p.client.receive(frame, 0)
    failed = [e for e in events if isinstance(e, RequestFailed)]
    assert [e.stream_id for e in failed] == [sid]
    assert "session can no longer resume" in str(failed[0].error)
    closed = events[-1]
    assert isinstance(closed, ConnectionClosed) and isinstance(closed.error, ConnectionRejectedError)
    assert closed.error.code == f.ErrorCode.REJECTED_RESUME


def test_keepalive_positions_trim_the_resume_buffer() -> None:
    p = Pair(resume=True)
    for _ in range(10):
        p.client.request(b"x" * 100)
    p.pump()
    assert p.client._resume is not None and p.client._resume.size > 1000
    p.now = 1.0
    p.server.request(b"ping")  # the server has received 10 frames
    p.client.tick(p.now)
    p.pump()
    # the server's KEEPALIVE answer carried its received position: the client dropped what it no longer needs
    assert p.client._resume.size == 0


@given(st.lists(st.binary(max_size=40), max_size=20))
def test_random_frames_never_break_the_state_machine(blobs: list[bytes]) -> None:
    p = Pair()
    for blob in blobs:
        for side in (p.client, p.server):
            try:
                events = side.receive(blob, 0)
            except Exception as exc:  # only typed protocol errors may escape
                assert isinstance(exc, (RemoteProtocolError, LocalProtocolError)), exc
            else:
                assert isinstance(events, list)
            side.data_to_send()


SEED_FRAMES = [
    f.encode(f.RequestResponse(1, b"request", b"meta")),
    f.encode(f.RequestResponse(2, b"request", None, follows=True)),
    f.encode(f.Payload(1, b"answer", b"m", next=True, complete=True)),
    f.encode(f.Payload(2, b"part", None, follows=True, next=True)),
    f.encode(f.Keepalive(True, 42, b"ping")),
    f.encode(f.Error(1, f.ErrorCode.APPLICATION_ERROR, "no")),
    f.encode(f.Cancel(2)),
    f.encode(f.RequestN(1, 5)),
    f.encode(f.ResumeOk(3)),
]


@given(
    st.lists(st.tuples(st.sampled_from(SEED_FRAMES), st.binary(max_size=6), st.integers(0, 40)), max_size=12)
)
def test_mutated_frames_on_busy_streams_never_break_the_state_machine(
    mutations: list[tuple[bytes, bytes, int]],
) -> None:
    p = Pair(mtu=64, resume=True)
    for _ in range(2):
        p.client.request(b"x" * 100)  # fragmented, in flight both ways
        p.server.request(b"y" * 100)
    p.pump()
    for seed, noise, at in mutations:
        raw = bytearray(seed)
        raw[at % (len(raw) + 1) : at % (len(raw) + 1)] = noise
        for side in (p.client, p.server):
            try:
                side.receive(bytes(raw), 0)
            except Exception as exc:
                assert isinstance(exc, (RemoteProtocolError, LocalProtocolError)), exc
            side.data_to_send()
