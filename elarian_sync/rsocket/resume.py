"""Resume bookkeeping: implied positions and the buffer of frames sent.

Both ends count the bytes of every *resumable* frame (every frame on a stream
other than 0: requests, REQUEST_N, CANCEL, PAYLOAD, ERROR) they send and
receive; that count is the implied position. A KEEPALIVE carries the sender's
received position, so the peer can drop what it no longer needs to keep. After
a transport is lost, RESUME / RESUME_OK exchange positions and each side sends
again everything after the position the other has.

The buffer is bounded (``limit`` bytes): when it overflows, the oldest frames
go, the first available position moves up, and a peer that needs them gets
REJECTED_RESUME instead of a silent gap.
"""

from __future__ import annotations

from collections import deque


class ResumeBuffer:
    """Frames sent, from ``first_position`` to ``position``."""

    __slots__ = ("_frames", "_size", "first_position", "limit", "position")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._frames: deque[tuple[int, bytes]] = deque()  # (start position, frame)
        self._size = 0
        self.first_position = 0  # oldest byte still held
        self.position = 0  # bytes of resumable frames sent so far

    def add(self, frame: bytes) -> None:
        self._frames.append((self.position, frame))
        self.position += len(frame)
        self._size += len(frame)
        while self._size > self.limit and self._frames:
            start, dropped = self._frames.popleft()
            self._size -= len(dropped)
            self.first_position = start + len(dropped)

    def acknowledge(self, position: int) -> None:
        """The peer has everything up to ``position``: forget it."""
        frames = self._frames
        while frames and frames[0][0] + len(frames[0][1]) <= position:
            start, frame = frames.popleft()
            self._size -= len(frame)
            self.first_position = start + len(frame)

    def can_replay_from(self, position: int) -> bool:
        return self.first_position <= position <= self.position and self._aligned(position)

    def _aligned(self, position: int) -> bool:
        if position == self.position:
            return True
        return any(start == position for start, _ in self._frames)

    def replay_from(self, position: int) -> list[bytes]:
        """Every frame sent from ``position`` on (the peer has what came before)."""
        if not self.can_replay_from(position):
            raise ValueError(
                f"position {position} is not available (buffer holds {self.first_position}..{self.position})"
            )
        return [frame for start, frame in self._frames if start >= position]

    @property
    def size(self) -> int:
        return self._size

    def __len__(self) -> int:
        return len(self._frames)
