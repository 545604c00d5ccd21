"""The client's WebSocket layer (``elarian_sync._websocket``) on a socket pair: the peer's frames
are written by hand, so each way a message can arrive is tested, not only the common one.

``recv_data`` takes a whole, unmasked, unfragmented binary frame straight from the read-ahead
buffer and leaves everything else to websocket-client; both paths must give the same messages
in the same order and keep websocket-client's answers (pong, close) and refusals.
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Iterator

import pytest
import websocket

from elarian_sync import _websocket as W

BINARY, TEXT, CONT, CLOSE, PING = 0x2, 0x1, 0x0, 0x8, 0x9


def frame(opcode: int, payload: bytes, fin: bool = True, rsv1: bool = False) -> bytes:
    """A server's frame (unmasked), with the shortest length encoding unless it is long."""
    first = (0x80 if fin else 0) | (0x40 if rsv1 else 0) | opcode
    size = len(payload)
    if size < 126:
        return bytes([first, size]) + payload
    if size < 1 << 16:
        return bytes([first, 126]) + struct.pack(">H", size) + payload
    return bytes([first, 127]) + struct.pack(">Q", size) + payload


def client_frames(data: bytes) -> list[tuple[int, bytes]]:
    """Unmask the client's frames in ``data``: (opcode, payload) each."""
    out, at = [], 0
    while at < len(data):
        opcode, size, at = data[at] & 0x0F, data[at + 1] & 0x7F, at + 2
        assert data[at - 1] & 0x80, "a client frame must be masked"
        if size == 126:
            size, at = struct.unpack_from(">H", data, at)[0], at + 2
        elif size == 127:
            size, at = struct.unpack_from(">Q", data, at)[0], at + 8
        key, at = data[at : at + 4], at + 4
        out.append((opcode, websocket.ABNF.mask(key, data[at : at + size])))
        at += size
    return out


def read_exactly(peer: socket.socket, size: int) -> bytes:
    """``size`` bytes the client wrote, and then nothing more already written."""
    peer.settimeout(10)
    chunks = []
    while size > 0:
        chunk = peer.recv(size)
        assert chunk, "the client closed early"
        chunks.append(chunk)
        size -= len(chunk)
    peer.setblocking(False)
    with pytest.raises(BlockingIOError):
        peer.recv(1)
    return b"".join(chunks)


@pytest.fixture
def pair() -> Iterator[tuple[W.BufferedWebSocket, socket.socket]]:
    ours, peer = socket.socketpair()
    ws = W.BufferedWebSocket(skip_utf8_validation=True, enable_multithread=False)
    ws.sock = ours
    ws.connected = True
    ws.settimeout(0.05)
    ws.set_mask_key(W.MaskKeys())  # type: ignore[no-untyped-call]
    yield ws, peer
    ours.close()
    peer.close()


def test_many_frames_in_one_read_come_out_whole_and_in_order(
    pair: tuple[W.BufferedWebSocket, socket.socket],
) -> None:
    ws, peer = pair
    payloads = [b"", b"a", b"x" * 125, b"y" * 126, b"z" * 65535, b"w" * 70_000, b"last"]
    peer.sendall(b"".join(frame(BINARY, p) for p in payloads))
    assert [ws.recv_data() for _ in payloads] == [(BINARY, p) for p in payloads]
    assert not ws.buffered()


def test_a_frame_that_arrives_in_parts_is_read_whole(pair: tuple[W.BufferedWebSocket, socket.socket]) -> None:
    ws, peer = pair
    whole = frame(BINARY, b"p" * 300) + frame(BINARY, b"next")
    for cut in (1, 3, 100):  # in the header, in the length, in the payload
        peer.sendall(whole[:cut])
        with pytest.raises(W.Timeout):
            ws.recv_data()
        peer.sendall(whole[cut:])
        assert ws.recv_data() == (BINARY, b"p" * 300)
        assert ws.recv_data() == (BINARY, b"next")


def test_a_fragmented_message_is_joined_with_pings_answered_between(
    pair: tuple[W.BufferedWebSocket, socket.socket],
) -> None:
    ws, peer = pair
    peer.sendall(
        frame(BINARY, b"one ", fin=False)
        + frame(PING, b"are you there")
        + frame(CONT, b"two ", fin=False)
        + frame(CONT, b"three")
        + frame(BINARY, b"after")
    )
    assert ws.recv_data() == (BINARY, b"one two three")
    assert ws.recv_data() == (BINARY, b"after")
    assert client_frames(read_exactly(peer, 6 + 13)) == [(0xA, b"are you there")]  # the pong


def test_a_fragmented_message_cut_between_its_frames(pair: tuple[W.BufferedWebSocket, socket.socket]) -> None:
    ws, peer = pair
    peer.sendall(frame(BINARY, b"first half ", fin=False))
    with pytest.raises(W.Timeout):
        ws.recv_data()
    peer.sendall(frame(CONT, b"second half") + frame(BINARY, b"then this"))
    assert ws.recv_data() == (BINARY, b"first half second half")
    assert ws.recv_data() == (BINARY, b"then this")


def test_text_and_close_go_through_websocket_client(pair: tuple[W.BufferedWebSocket, socket.socket]) -> None:
    ws, peer = pair
    peer.sendall(frame(BINARY, b"data") + frame(TEXT, b"words") + frame(CLOSE, struct.pack(">H", 1000)))
    assert ws.recv_data() == (BINARY, b"data")
    assert ws.recv_data() == (TEXT, b"words")
    assert ws.recv_data()[0] == CLOSE
    # websocket-client's half of the closing handshake
    assert client_frames(read_exactly(peer, 6 + 2)) == [(CLOSE, struct.pack(">H", 1000))]


def test_what_websocket_client_refuses_is_still_refused(
    pair: tuple[W.BufferedWebSocket, socket.socket],
) -> None:
    ws, peer = pair
    peer.sendall(frame(BINARY, b"fine") + frame(BINARY, b"compressed?", rsv1=True))
    assert ws.recv_data() == (BINARY, b"fine")
    with pytest.raises(websocket.WebSocketProtocolException):
        ws.recv_data()


def test_a_continuation_without_a_start_is_refused(pair: tuple[W.BufferedWebSocket, socket.socket]) -> None:
    ws, peer = pair
    peer.sendall(frame(CONT, b"orphan"))
    with pytest.raises(websocket.WebSocketProtocolException):
        ws.recv_data()


def test_a_peer_that_hangs_up_is_a_failure(pair: tuple[W.BufferedWebSocket, socket.socket]) -> None:
    ws, peer = pair
    peer.sendall(frame(BINARY, b"last words"))
    peer.shutdown(socket.SHUT_WR)
    assert ws.recv_data() == (BINARY, b"last words")
    with pytest.raises(W.Failure):
        ws.recv_data()


def test_sent_frames_are_masked_with_fresh_keys(pair: tuple[W.BufferedWebSocket, socket.socket]) -> None:
    ws, peer = pair
    send = W.sender(ws)
    messages = [b"m%d" % i for i in range(3000)]  # across several draws of the key pool
    received: list[bytes] = []
    size = sum(6 + len(m) for m in messages)
    reader = threading.Thread(target=lambda: received.append(read_exactly(peer, size)))
    reader.start()  # the socket pair holds less than all of it
    for start in range(0, len(messages), 7):
        send(messages[start : start + 7])
    reader.join()
    data = received[0]
    assert client_frames(data) == [(BINARY, m) for m in messages]
    keys, at = [], 0
    while at < len(data):
        size = data[at + 1] & 0x7F
        keys.append(data[at + 2 : at + 6])
        at += 6 + size
    assert len(set(keys)) > len(keys) * 0.99  # 4 random bytes: a repeat is possible, never a pattern


def test_mask_keys_are_never_handed_out_twice() -> None:
    keys = W.MaskKeys()
    drawn = [keys(4) for _ in range(5000)]
    assert all(len(k) == 4 for k in drawn)
    pool_bytes = b"".join(drawn)
    assert len(set(drawn)) > 4900  # distinct up to chance, not cycling through one pool
    assert pool_bytes[:4096] != pool_bytes[4096:8192]
    assert len(keys(7)) == 7  # another length: os.urandom itself


@pytest.mark.parametrize("size", [0, 1, 125, 126, 127, 0xFFFF, 0x10000, 70_000])
def test_a_sent_message_is_the_frame_websocket_client_would_write(
    pair: tuple[W.BufferedWebSocket, socket.socket], size: int
) -> None:
    ws, peer = pair
    key = b"\x01\xfe\x5a\xa5"
    ws.set_mask_key(lambda n: key)  # type: ignore[no-untyped-call]
    payload = bytes(i % 251 for i in range(size))
    abnf = websocket.ABNF.create_frame(payload, websocket.ABNF.OPCODE_BINARY)
    abnf.get_mask_key = lambda n: key
    expected = abnf.format()
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(read_exactly(peer, len(expected))))
    reader.start()
    W.sender(ws)([payload])
    reader.join()
    assert received[0] == expected
    assert client_frames(received[0]) == [(BINARY, payload)]
