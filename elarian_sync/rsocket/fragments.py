"""Fragmentation of outgoing payloads and bounded reassembly of incoming ones.

A payload (metadata + data) larger than the MTU goes out as a first frame of
the original type with the FOLLOWS flag, then PAYLOAD frames with FOLLOWS,
then a last PAYLOAD without it. Metadata is sent before data; one fragment may
carry the end of the metadata and the start of the data (each fragment with
metadata says how much it carries in its own 24-bit length). NEXT rides on
every PAYLOAD fragment of a response and COMPLETE on its last one.

Reassembly keeps at most ``limit`` bytes per payload; one byte more is an
error for that stream, never unbounded memory.
"""

from __future__ import annotations

from .frames import (
    FLAG_COMPLETE,
    FLAG_FOLLOWS,
    FLAG_METADATA,
    FLAG_NEXT,
    HEADER_SIZE,
    MAX_METADATA,
    FrameType,
)

MIN_MTU = 64


def fragment(
    frame_type: int,
    stream_id: int,
    data: bytes,
    metadata: bytes | None,
    mtu: int,
    *,
    prefix: bytes = b"",
    first_flags: int = 0,
    last_flags: int = 0,
    next_flags: int = 0,
) -> list[bytes]:
    """Split one payload into frames of at most ``mtu`` bytes each.

    ``prefix`` is the type-specific part before metadata in the first frame
    (e.g. REQUEST_STREAM's initial request n). ``first_flags`` go on the first
    frame, ``next_flags`` on every follow-up PAYLOAD, ``last_flags`` on the
    last frame. Returns a single frame when everything fits.
    """
    if mtu < MIN_MTU:
        raise ValueError(f"MTU must be at least {MIN_MTU} bytes, got {mtu}")
    if metadata is not None and len(metadata) > MAX_METADATA:
        raise ValueError(f"metadata of {len(metadata)} bytes exceeds the 24-bit length limit")
    frames = []
    meta_left = memoryview(metadata) if metadata is not None else None
    data_left = memoryview(data)
    first = True
    while True:
        kind = frame_type if first else FrameType.PAYLOAD
        flags = first_flags if first else next_flags
        head = prefix if first else b""
        room = mtu - HEADER_SIZE - len(head)
        body = [head]
        if meta_left is not None:
            take = min(len(meta_left), room - 3)
            body += [take.to_bytes(3, "big"), bytes(meta_left[:take])]
            flags |= FLAG_METADATA
            room -= 3 + take
            meta_left = meta_left[take:] if take < len(meta_left) else None
        if meta_left is None:
            take = min(len(data_left), room)
            body.append(bytes(data_left[:take]))
            data_left = data_left[take:]
        more = meta_left is not None or len(data_left) > 0
        flags |= FLAG_FOLLOWS if more else last_flags
        header = stream_id.to_bytes(4, "big") + ((kind << 10) | flags).to_bytes(2, "big")
        frames.append(header + b"".join(body))
        first = False
        if not more:
            return frames


def response_fragments(stream_id: int, data: bytes, metadata: bytes | None, mtu: int) -> list[bytes]:
    """A response payload (NEXT, then COMPLETE on the last fragment) split to the MTU."""
    return fragment(
        FrameType.PAYLOAD,
        stream_id,
        data,
        metadata,
        mtu,
        first_flags=FLAG_NEXT,
        next_flags=FLAG_NEXT,
        last_flags=FLAG_COMPLETE,
    )


class PayloadTooLarge(Exception):
    """A reassembled payload passed the limit."""


class Reassembly:
    """The fragments of one payload received so far."""

    __slots__ = ("complete", "data", "limit", "metadata", "next", "size")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.metadata: bytearray | None = None
        self.data = bytearray()
        self.size = 0
        self.next = False
        self.complete = False

    def add(self, data: bytes, metadata: bytes | None, *, next: bool = False, complete: bool = False) -> None:
        self.size += len(data) + (len(metadata) if metadata is not None else 0)
        if self.size > self.limit:
            raise PayloadTooLarge(f"reassembled payload exceeds the limit of {self.limit} bytes")
        if metadata is not None:
            if self.metadata is None:
                self.metadata = bytearray()
            self.metadata += metadata
        self.data += data
        self.next |= next
        self.complete |= complete

    def result(self) -> tuple[bytes, bytes | None]:
        return bytes(self.data), (bytes(self.metadata) if self.metadata is not None else None)
