"""RSocket frames: bytes built from the spec's layouts, round trips, fuzzing.

``spec`` below writes frames field by field as Protocol.md draws them; it
shares nothing with elarian_sync.rsocket.frames, so an encoder bug cannot hide
behind the same bug in the expectation.
"""

from __future__ import annotations

import contextlib
import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st

from elarian_sync.errors import RemoteProtocolError
from elarian_sync.rsocket import frames as f


class spec:
    """Frame bytes from Protocol.md's diagrams."""

    @staticmethod
    def header(stream_id: int, frame_type: int, i: bool = False, m: bool = False, flags: int = 0) -> bytes:
        # |0| stream id (31) | frame type (6) | I | M | flags (8) |
        word = (frame_type << 10) | (int(i) << 9) | (int(m) << 8) | flags
        return struct.pack(">I", stream_id) + struct.pack(">H", word)

    @staticmethod
    def meta(metadata: bytes) -> bytes:
        return len(metadata).to_bytes(3, "big") + metadata


def h(text: str) -> bytes:
    return bytes.fromhex(text.replace(" ", ""))


# A few frames written out by hand in hex, to pin the layout itself.
def test_literal_bytes() -> None:
    assert f.encode(f.Cancel(5)) == h("00000005 2400")
    assert f.encode(f.RequestResponse(1, b"hi")) == h("00000001 1000") + b"hi"
    assert f.encode(f.Payload(1, b"ok", next=True, complete=True)) == h("00000001 2860") + b"ok"
    assert f.encode(f.RequestN(3, 16)) == h("00000003 2000 00000010")
    assert f.encode(f.Error(7, f.ErrorCode.APPLICATION_ERROR, "no")) == h("00000007 2c00 00000201") + b"no"
    assert f.encode(f.Keepalive(True, 0)) == h("00000000 0c80 0000000000000000")
    assert f.encode(f.ResumeOk(9)) == h("00000000 3800 0000000000000009")


VECTORS: list[tuple[str, f.Frame, bytes]] = [
    (
        "setup",
        f.Setup(
            1000, 60000, "application/json", "application/octet-stream", b"\x0a\x03org", b'{"agent":"x"}'
        ),
        spec.header(0, 0x01, m=True)
        + struct.pack(">HHII", 1, 0, 1000, 60000)
        + bytes([16])
        + b"application/json"
        + bytes([24])
        + b"application/octet-stream"
        + spec.meta(b'{"agent":"x"}')
        + b"\x0a\x03org",
    ),
    (
        "setup-resume-lease",
        f.Setup(500, 2000, "a", "b", b"", None, resume_token=b"tok", lease=True),
        spec.header(0, 0x01, flags=0x80 | 0x40)
        + struct.pack(">HHII", 1, 0, 500, 2000)
        + struct.pack(">H", 3)
        + b"tok"
        + b"\x01a\x01b",
    ),
    ("lease", f.Lease(5000, 10, b"m"), spec.header(0, 0x02, m=True) + struct.pack(">II", 5000, 10) + b"m"),
    ("lease-plain", f.Lease(1, 2), spec.header(0, 0x02) + struct.pack(">II", 1, 2)),
    (
        "keepalive",
        f.Keepalive(True, 42, b"ping"),
        spec.header(0, 0x03, flags=0x80) + struct.pack(">Q", 42) + b"ping",
    ),
    ("keepalive-answer", f.Keepalive(False, 7), spec.header(0, 0x03) + struct.pack(">Q", 7)),
    ("request-response", f.RequestResponse(1, b"data"), spec.header(1, 0x04) + b"data"),
    (
        "request-response-meta-follows",
        f.RequestResponse(3, b"d", b"mm", follows=True),
        spec.header(3, 0x04, m=True, flags=0x80) + spec.meta(b"mm") + b"d",
    ),
    (
        "request-response-empty-meta",
        f.RequestResponse(1, b"", b""),
        spec.header(1, 0x04, m=True) + b"\x00\x00\x00",
    ),
    ("fnf", f.RequestFnf(5, b"x", b"m"), spec.header(5, 0x05, m=True) + spec.meta(b"m") + b"x"),
    ("stream", f.RequestStream(7, 8, b"s"), spec.header(7, 0x06) + struct.pack(">I", 8) + b"s"),
    (
        "channel",
        f.RequestChannel(9, 1, b"c", b"m", complete=True),
        spec.header(9, 0x07, m=True, flags=0x40) + struct.pack(">I", 1) + spec.meta(b"m") + b"c",
    ),
    ("request-n", f.RequestN(11, 2**31 - 1), spec.header(11, 0x08) + struct.pack(">I", 2**31 - 1)),
    ("cancel", f.Cancel(13), spec.header(13, 0x09)),
    (
        "payload-nc",
        f.Payload(2, b"r", next=True, complete=True),
        spec.header(2, 0x0A, flags=0x20 | 0x40) + b"r",
    ),
    (
        "payload-fragment",
        f.Payload(2, b"part", b"meta", follows=True, next=True),
        spec.header(2, 0x0A, m=True, flags=0x80 | 0x20) + spec.meta(b"meta") + b"part",
    ),
    ("payload-complete-only", f.Payload(4, complete=True), spec.header(4, 0x0A, flags=0x40)),
    (
        "error",
        f.Error(0, f.ErrorCode.REJECTED_SETUP, "bad key \u2013 no"),
        spec.header(0, 0x0B) + struct.pack(">I", 3) + "bad key \u2013 no".encode(),
    ),
    ("metadata-push", f.MetadataPush(b"routing"), spec.header(0, 0x0C, m=True) + b"routing"),
    (
        "resume",
        f.Resume(b"abc", 100, 40),
        spec.header(0, 0x0D) + struct.pack(">HHH", 1, 0, 3) + b"abc" + struct.pack(">QQ", 100, 40),
    ),
    ("resume-ok", f.ResumeOk(2**63 - 1), spec.header(0, 0x0E) + struct.pack(">Q", 2**63 - 1)),
    (
        "ext",
        f.Ext(15, 7, b"d", b"m", ignore=True),
        spec.header(15, 0x3F, i=True, m=True) + struct.pack(">I", 7) + spec.meta(b"m") + b"d",
    ),
    ("unknown-ignored", f.Unknown(17, 0x20, 0x200, b"zz"), spec.header(17, 0x20, i=True) + b"zz"),
]


@pytest.mark.parametrize("name,frame,expected", VECTORS, ids=[v[0] for v in VECTORS])
def test_vectors(name: str, frame: f.Frame, expected: bytes) -> None:
    assert f.encode(frame) == expected
    assert f.decode(expected) == frame


def test_every_frame_type_has_a_vector() -> None:
    covered = {f.decode(v[2]).__class__ for v in VECTORS}
    assert set(f.Frame.__args__) <= covered


def test_hot_path_encoders_match_the_general_one() -> None:
    assert f.encode_request_response(1, b"x") == f.encode(f.RequestResponse(1, b"x"))
    assert f.encode_request_response(1, b"x", b"m") == f.encode(f.RequestResponse(1, b"x", b"m"))
    assert f.encode_response(2, b"y") == f.encode(f.Payload(2, b"y", next=True, complete=True))
    assert f.encode_response(2, b"y", b"") == f.encode(f.Payload(2, b"y", b"", next=True, complete=True))


def test_tcp_length_prefix() -> None:
    frame = f.encode(f.Cancel(1))
    assert f.encode_length_prefixed(frame) == b"\x00\x00\x06" + frame
    reader = f.LengthPrefixedReader()
    stream = f.encode_length_prefixed(frame) + f.encode_length_prefixed(f.encode(f.RequestN(1, 5)))
    got = []
    for i in range(len(stream)):  # one byte at a time
        got += reader.feed(stream[i : i + 1])
    assert [f.decode(x) for x in got] == [f.Cancel(1), f.RequestN(1, 5)]
    assert reader.buffered == 0
    with pytest.raises(RemoteProtocolError, match="exceeds the limit"):
        f.LengthPrefixedReader(max_frame=100).feed(b"\x00\x01\x00")
    with pytest.raises(RemoteProtocolError, match="shorter than a frame header"):
        f.LengthPrefixedReader().feed(b"\x00\x00\x02ab")


def test_tcp_first_frame_is_bounded_and_judged_by_its_header() -> None:
    def reader() -> f.LengthPrefixedReader:
        return f.LengthPrefixedReader(
            1000, first_max=100, first_types=(f.FrameType.SETUP, f.FrameType.RESUME)
        )

    setup = f.encode(f.Setup(1000, 5000, "m", "d", data=b"k"))
    big = f.encode(f.RequestResponse(1, b"x" * 500))
    r = reader()
    assert r.first_room == 103
    assert r.feed(f.encode_length_prefixed(setup)[:5]) == []
    assert r.first_room == 98  # read no more than that, and no more than 100 bytes are held
    assert r.feed(f.encode_length_prefixed(setup)[5:] + f.encode_length_prefixed(big)) == [setup, big]
    assert r.first_room is None  # after the first frame, max_frame bounds every frame
    with pytest.raises(RemoteProtocolError, match="frame length prefix 101 exceeds the limit of 100"):
        reader().feed(b"\x00\x00\x65")
    # the header says what the first frame is before the rest of it comes
    request = f.encode_length_prefixed(f.encode(f.RequestResponse(1, b"y" * 50)))
    with pytest.raises(RemoteProtocolError, match="expected SETUP or RESUME first, got REQUEST_RESPONSE"):
        reader().feed(request[:9])
    with pytest.raises(RemoteProtocolError, match="got type 0x30"):
        reader().feed(b"\x00\x00\x20" + bytes(4) + (0x30 << 10).to_bytes(2, "big"))


@pytest.mark.parametrize(
    "frame,why",
    [
        (b"\x00\x00\x00", "shorter than the 6-byte header"),
        (h("80000001 1000"), "reserved stream id bit"),
        (h("00000001 1100 0000ff") + b"x", "runs past the end"),
        (h("00000001 1100 00"), "no room for its length"),
        (h("00000000 0c80 00"), "needs at least 8 bytes"),
        (h("00000000 0c80 8000000000000000"), "reserved top bit"),
        (h("00000001 8000"), "unknown frame type 0x20 without the IGNORE flag"),
        (h("00000000 3000"), "the metadata flag must be set"),
        (h("00000000 0400 0001 0000 00000001 00000001 05") + b"ab", "needs at least"),
    ],
)
def test_malformed_frames_are_named(frame: bytes, why: str) -> None:
    with pytest.raises(RemoteProtocolError, match=why):
        f.decode(frame)


def test_out_of_range_fields_are_refused_on_encode() -> None:
    with pytest.raises(ValueError, match="stream id"):
        f.encode(f.Cancel(2**31))
    with pytest.raises(ValueError, match="request n"):
        f.encode(f.RequestN(1, 2**31))
    with pytest.raises(ValueError, match="24-bit"):
        f.encode(f.Payload(1, b"", b"\x00" * (1 << 24)))


# -- properties ---------------------------------------------------------------------------

stream = st.integers(1, 2**31 - 1)
u31 = st.integers(0, 2**31 - 1)
u63 = st.integers(0, 2**63 - 1)
blob = st.binary(max_size=64)
meta = st.none() | blob
ascii_text = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40)

FRAMES = st.one_of(
    st.builds(f.Setup, u31, u31, ascii_text, ascii_text, blob, meta, st.none() | blob, st.booleans(),
              st.integers(0, 65535), st.integers(0, 65535)),
    st.builds(f.Lease, u31, u31, meta),
    st.builds(f.Keepalive, st.booleans(), u63, blob),
    st.builds(f.RequestResponse, stream, blob, meta, st.booleans()),
    st.builds(f.RequestFnf, stream, blob, meta, st.booleans()),
    st.builds(f.RequestStream, stream, u31, blob, meta, st.booleans()),
    st.builds(f.RequestChannel, stream, u31, blob, meta, st.booleans(), st.booleans()),
    st.builds(f.RequestN, stream, u31),
    st.builds(f.Cancel, stream),
    st.builds(f.Payload, stream, blob, meta, st.booleans(), st.booleans(), st.booleans()),
    st.builds(f.Error, st.integers(0, 2**31 - 1), st.integers(0, 2**32 - 1), st.text(max_size=30)),
    st.builds(f.MetadataPush, blob),
    st.builds(f.Resume, blob, u63, u63, st.integers(0, 65535), st.integers(0, 65535)),
    st.builds(f.ResumeOk, u63),
    st.builds(f.Ext, st.integers(0, 2**31 - 1), u31, blob, meta, st.booleans()),
)  # fmt: skip


@given(FRAMES)
def test_decode_inverts_encode(frame: f.Frame) -> None:
    assert f.decode(f.encode(frame)) == frame


@given(st.binary(max_size=80))
def test_random_bytes_only_raise_protocol_errors(data: bytes) -> None:
    with contextlib.suppress(RemoteProtocolError):
        f.decode(data)


@given(FRAMES, st.data())
def test_mutated_frames_only_raise_protocol_errors(frame: f.Frame, data: st.DataObject) -> None:
    raw = bytearray(f.encode(frame))
    for _ in range(data.draw(st.integers(1, 4))):
        action = data.draw(st.sampled_from(["flip", "truncate", "extend"]))
        if action == "flip" and raw:
            i = data.draw(st.integers(0, len(raw) - 1))
            raw[i] ^= 1 << data.draw(st.integers(0, 7))
        elif action == "truncate":
            del raw[data.draw(st.integers(0, len(raw))) :]
        else:
            raw += data.draw(st.binary(min_size=1, max_size=8))
    with contextlib.suppress(RemoteProtocolError):
        f.decode(bytes(raw))
