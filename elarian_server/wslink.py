"""The WebSocket side of the listener: one event loop thread for every WebSocket, and the link
that lets any thread write to one.

Theory of operation
-------------------
Every WebSocket is served by ``websockets``' asyncio server on one thread (``LoopThread``):
reading, parsing and handing each frame to its session happen there, with no thread per
socket and no hand-off between threads on the way in (the sync server spent two threads
per socket and a hand-off per message, and with hundreds of sockets the threads' contention
for the GIL cost more than the work: bench/runtime.py).

Answers and notifications are written by other threads (the committer, the reader, the
delivery's writers). ``AsyncWsLink.send`` queues their frames and asks the loop, once per
batch, to write them: at once if the socket can take them (nothing ahead of them, the
transport's buffer empty), else through the socket's writer task, which waits for the buffer
to drain between batches. A frame sent on the loop itself (an answer to a read, which runs
there) goes straight to the transport when nothing is queued ahead of it. Only the delivery's writers
(``may_wait``) wait, when more than ``limit`` bytes are queued for a socket (its peer is not
reading): then, as with a blocking socket, the write is under way until the peer reads or the
socket is dropped, and ``Session.writing_since`` says since when. The loop, the committer and
the reader never wait for a peer, so one client that does not read holds up nobody else; a
socket with more than ``QUEUE_CAP`` bytes queued unread is dropped. A closed or dropped link
fails every waiting and later send with ``OSError``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import struct
import threading
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed
from websockets.protocol import State

T = TypeVar("T")
log = logging.getLogger("elarian_server.listeners")

QUEUE_LIMIT = 1024 * 1024  # bytes queued for one socket before a sender that may wait waits
QUEUE_CAP = 16 * 1024 * 1024  # bytes queued for one socket past which it is dropped
CLOSE_SECONDS = 1.0  # for what is queued to go, and then for the close handshake
WRITE_AT_ONCE = 64 * 1024  # bytes the loop hands a transport with an empty buffer in one go
RECORD_LIMIT = 128 * 1024  # bytes of a socket's opening (HTTP request, first frames) kept for a hand-off


def drop(transport: asyncio.Transport | None) -> None:
    """Drop a socket at once, unsent bytes and all: a reset, as when the network fails (a plain
    close would leave the kernel sending to a peer that does not read, for minutes)."""
    if transport is None:
        return
    sock = transport.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()


class Connection(ServerConnection):
    """The server's connection, which also ends a close handshake the peer does not finish.

    When the protocol fails a connection on what it read (a message over ``max_size``: close
    1009), it sends its close frame and waits for the peer's; ``websockets`` enforces
    ``close_timeout`` only where the app writes or closes, and a handler waiting in ``recv``
    would wait for ever on a peer that never answers. This drops the socket at the deadline.
    """

    _closing_timer: asyncio.TimerHandle | None = None
    # what the peer sent from its first byte until its session opened (``stop_recording``), for
    # another process to replay if this one hands the socket over; None past RECORD_LIMIT, and
    # when no hand-off is possible as the socket opens (``records``)
    recording: bytearray | None = None

    def records(self) -> bool:
        """Whether to record what the peer sends until its session opens (a subclass asks its
        listener's host whether a socket may be handed to another process; this one does not)."""
        return False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.recording = bytearray() if self.records() else None
        super().connection_made(transport)

    def stop_recording(self) -> None:
        self.recording = None

    def data_received(self, data: bytes) -> None:
        recording = self.recording
        if recording is not None:
            if len(recording) + len(data) <= RECORD_LIMIT:
                recording += data
            else:
                self.recording = None  # too much to replay: this socket stays here
        super().data_received(data)
        if self.close_deadline is not None and self._closing_timer is None:
            self._closing_timer = self.loop.call_at(self.close_deadline, self._close_overdue)

    def _close_overdue(self) -> None:
        if self.transport is not None and not self.transport.is_closing():
            drop(self.transport)

    def connection_lost(self, exc: Exception | None) -> None:
        if self._closing_timer is not None:
            self._closing_timer.cancel()
        super().connection_lost(exc)


class Adopted(Connection):
    """A socket another process accepted, served here as if from its first byte: ``replay`` (what
    that process recorded: the HTTP request, the first frames) goes through the protocol before
    anything new is read, and what the protocol answers until the WebSocket is open (the
    handshake's response, which the other process sent already) is not sent again. Served here
    whatever it is: nothing is recorded for another hand-off (``records``)."""

    replay: bytes = b""
    _quiet = True

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)  # starts the handler (the handshake), which waits for the request
        replay, self.replay = self.replay, b""
        if replay:
            self.data_received(replay)

    def send_data(self) -> None:
        if self._quiet:
            for _ in self.protocol.data_to_send():
                pass
            if self.protocol.state is State.OPEN:
                self._quiet = False
            return
        super().send_data()


_senders = threading.local()


def may_wait() -> None:
    """Let the calling thread wait when a socket's queue is over ``QUEUE_LIMIT`` (the delivery's
    writers: the delivery watches how long each of their writes takes and drops a peer that
    stopped reading). Any other thread never waits for a peer."""
    _senders.may_wait = True


def senders_may_wait() -> bool:
    """Whether the calling thread may wait for a peer to read (see ``may_wait``)."""
    return bool(getattr(_senders, "may_wait", False))


class Backlog:
    """What other threads queued for one socket, which the loop sends in order (``AsyncWsLink``).

    Only a thread marked ``may_wait`` waits for room (past ``limit`` bytes queued); for any
    other, a socket with more than ``QUEUE_CAP`` bytes queued unread is dropped (``drop``).
    Once closed, every waiting and later ``put`` fails with ``OSError``."""

    def __init__(self, peer: str, what: str, drop: Callable[[], None], limit: int = QUEUE_LIMIT) -> None:
        self.peer, self.what, self.drop, self.limit = peer, what, drop, limit
        self.room = threading.Condition()  # the writer waits on it too
        self.items: list[bytes] = []
        self.queued = 0  # bytes queued or being written
        self.closed = False

    def put(self, items: list[bytes], wake: Callable[[bool], None], never_wait: bool = False) -> None:
        """Queue ``items``; ``wake(first)`` tells the writer (``first``: nothing was queued before,
        so it has not been told yet). Waits, or drops the socket, as the class says."""
        size = sum(len(item) for item in items)
        with self.room:
            if self.closed:
                raise OSError(f"the {self.what} is closed")
            first = not self.items
            self.items.extend(items)
            self.queued += size
            self.room.notify_all()
        wake(first)
        if never_wait or not senders_may_wait():
            if self.queued > QUEUE_CAP:
                log.warning(
                    "dropping the %s of %s: %d bytes queued for it unread", self.what, self.peer, self.queued
                )
                self.drop()
                raise OSError(f"the {self.what} was dropped: its peer does not read")
            return
        with self.room:
            while self.queued > self.limit and not self.closed:
                self.room.wait()
            if self.closed:
                raise OSError(f"the {self.what} closed before the peer read what was sent")

    def take(self) -> list[bytes]:
        """Everything queued, for the writer to send (it calls ``sent`` after)."""
        with self.room:
            items, self.items = self.items, []
            return items

    def sent(self, size: int) -> bool:
        """The writer sent ``size`` bytes; True when nothing is left queued."""
        with self.room:
            self.queued -= size
            self.room.notify_all()
            return self.queued == 0

    def close(self) -> None:
        with self.room:
            self.closed = True
            self.items.clear()
            self.room.notify_all()


class LoopThread:
    """An asyncio event loop running on a thread of its own."""

    def __init__(self, name: str) -> None:
        self.loop = asyncio.new_event_loop()
        self._pending: list[Callable[[], None]] = []  # what other threads want run on the loop
        self._pending_lock = threading.Lock()
        self._thread = threading.Thread(target=self.loop.run_forever, name=name, daemon=True)
        self._thread.start()

    def run(self, coroutine: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        """Run a coroutine on the loop and wait for its result (not from the loop's thread)."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def soon(self, job: Callable[[], None]) -> None:
        """Run ``job`` on the loop, from any thread. Jobs asked for from other threads before the
        loop gets to them share one wake-up of the loop (one committed group: one wake-up)."""
        with self._pending_lock:
            first = not self._pending
            self._pending.append(job)
        if first:
            with contextlib.suppress(RuntimeError):  # the loop stopped meanwhile
                self.loop.call_soon_threadsafe(self._run_pending)

    def _run_pending(self) -> None:
        with self._pending_lock:
            pending, self._pending = self._pending, []
        for job in pending:
            try:
                job()
            except Exception:
                log.exception("a job on the event loop failed")

    def stop(self, timeout: float = 5.0) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout)
        if not self._thread.is_alive():
            self.loop.close()

    @property
    def here(self) -> bool:
        """Whether the caller runs on the loop's thread."""
        return threading.current_thread() is self._thread


class AsyncWsLink:
    """One WebSocket of the asyncio server, as the listener's ``_Link``: frames out from any thread."""

    def __init__(self, ws: Connection, loop: LoopThread, frame_cap: int) -> None:
        self.ws = ws
        self.loop = loop
        self.frame_cap = frame_cap
        try:
            address = ws.remote_address
        except OSError:  # the peer reset the socket before its handler started
            address = "a peer already gone"
        self.peer = f"{address[0]}:{address[1]}" if isinstance(address, tuple) else str(address)
        self.backlog = Backlog(self.peer, "WebSocket", self.abort)
        self._wake = asyncio.Event()  # created on the loop's thread (the handler's)
        self._empty = asyncio.Event()  # set by the writer when nothing is left queued
        self._writer: asyncio.Task[None] | None = None
        self._writing = False  # the writer task holds frames it took and has not sent yet
        self._jobs: set[asyncio.Future[None]] = set()

    # -- the loop's side ----------------------------------------------------------------------------

    def start(self) -> None:
        """Start the writer task (on the loop)."""
        self._writer = asyncio.get_running_loop().create_task(self._write())

    async def _write(self) -> None:
        """What ``_flush`` cannot write at once: the transport's buffer is not empty (the peer
        reads slower than we write), so each batch waits for it to drain (``websockets``' flow
        control), or the WebSocket is closing (``send`` raises, and the link is closed)."""
        while True:
            await self._wake.wait()
            self._wake.clear()
            size = 0
            self._writing = True
            try:
                for frame in self.backlog.take():
                    await self.ws.send(frame)
                    size += len(frame)
            except ConnectionClosed:
                self.closed()
                return
            finally:
                self._writing = False
                if self.backlog.sent(size):
                    self._empty.set()

    def _writable(self) -> bool:
        """Whether frames handed to the transport now go out with nothing ahead of them to wait
        for: the writer task holds none, the WebSocket is open and the transport's buffer empty."""
        transport = self.ws.transport
        return (
            not self._writing
            and self.ws.protocol.state is State.OPEN
            and not transport.is_closing()
            and not transport.get_write_buffer_size()
        )

    def _flush(self) -> None:
        """On the loop: write what other threads queued, now if the socket can take it (no task
        to wake), else through the writer task."""
        backlog = self.backlog
        with backlog.room:  # what is queued now, all of it or none
            frames = backlog.take() if backlog.queued <= WRITE_AT_ONCE and self._writable() else None
        if frames is None:
            self._wake.set()  # more than a socket takes at once, or it is busy: the writer paces it
            return
        try:
            self._hand_over(frames)
        finally:  # gone either way: what ``drain`` waits for must not wait for them
            if backlog.sent(sum(len(frame) for frame in frames)):
                self._empty.set()

    def _hand_over(self, frames: list[bytes]) -> None:
        """The frames to the transport, in one write (``_writable`` said it may take them)."""
        for frame in frames:
            self.ws.protocol.send_binary(frame)
        self.ws.send_data()

    async def drain(self, timeout: float) -> None:
        """Wait (at most ``timeout`` s) until what is queued has gone to the socket."""
        with contextlib.suppress(TimeoutError, asyncio.TimeoutError):
            await asyncio.wait_for(self._drained(), timeout)

    async def _drained(self) -> None:
        while True:
            if self.backlog.queued == 0 or self.backlog.closed:
                return
            # set only on this thread (by whatever empties the queue), not between the check and the clear
            self._empty.clear()
            await self._empty.wait()

    def closed(self) -> None:
        """The socket is gone: fail the senders that wait, and every later send (any thread)."""
        self.backlog.close()
        if self.loop.here:
            self._stop_writing()
        elif not self.loop.loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop stopped meanwhile
                self.loop.loop.call_soon_threadsafe(self._stop_writing)

    def _stop_writing(self) -> None:
        self._empty.set()
        writer = self._writer
        if writer is not None and writer is not asyncio.current_task():
            writer.cancel()

    # -- any thread -----------------------------------------------------------------------------------

    def send(self, frames: list[bytes]) -> None:
        here = self.loop.here
        if here and self._write_now(frames):
            return
        self.backlog.put(frames, self._tell_writer, never_wait=here)

    def _write_now(self, frames: list[bytes]) -> bool:
        """On the loop, with nothing queued or being written for this socket: hand the frames to
        the transport now. Else False: they queue behind what is there."""
        with self.backlog.room:
            if self.backlog.queued or self.backlog.closed:
                return False
        if sum(len(frame) for frame in frames) > WRITE_AT_ONCE or not self._writable():
            return False
        self._hand_over(frames)
        return True

    def _tell_writer(self, first: bool) -> None:
        if not first:
            return  # told when the first of what is queued came
        if self.loop.here:
            self._flush()
        else:
            self.loop.soon(self._flush)

    def admit(self) -> None:
        """The session is open: messages up to the hard cap from now on (the server began with
        the SETUP's limit). On the loop, as every read is."""
        self.ws.protocol.max_message_size = self.frame_cap

    def close(self) -> None:
        """Close gracefully: what is queued goes first, then the WebSocket close handshake."""
        self._on_loop(self.aclose)

    async def aclose(self) -> None:
        """``close``, on the loop."""
        await self.drain(CLOSE_SECONDS)
        self.closed()
        await self.end()

    async def end(self) -> None:
        """The WebSocket close handshake, dropping the socket if it does not finish in time (a peer
        that stopped reading never lets ``websockets``' close complete: it waits to drain)."""
        try:
            await asyncio.wait_for(self.ws.close(), CLOSE_SECONDS)
            return
        except Exception:  # timed out (or the socket failed): drop it, unsent bytes and all
            pass
        drop(self.ws.transport)

    def abort(self) -> None:
        """Drop the socket at once, as a network failure would."""
        self.closed()
        self._on_loop(self._abort)

    async def _abort(self) -> None:
        drop(self.ws.transport)

    def _on_loop(self, job: Callable[[], Awaitable[None]]) -> None:
        def start() -> None:
            task = asyncio.ensure_future(job())
            self._jobs.add(task)  # held until done: the loop keeps only a weak reference
            task.add_done_callback(self._jobs.discard)

        if self.loop.loop.is_closed():
            return
        if self.loop.here:
            start()
        else:
            with contextlib.suppress(RuntimeError):  # the loop stopped meanwhile
                self.loop.loop.call_soon_threadsafe(start)
