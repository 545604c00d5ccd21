"""A small SMSC on 127.0.0.1 for tests: an SMPP 3.4 server that binds transceivers (checking
system_id and password), answers submit_sm with a message id (or a throttle, when told to),
sends a delivery receipt for each part, answers enquire_link, sends mobile-originated messages
on demand, and can drop every link at once. PDUs are read and written with smpplib's own PDU
classes; the server is ours."""

from __future__ import annotations

import contextlib
import itertools
import socket
import struct
import threading
from dataclasses import dataclass
from typing import Any

from smpplib import smpp


class _Sequence:
    """What smpplib's PDU classes ask of a client: sequence numbers (ours are given explicitly)."""

    sequence = 0

    def next_sequence(self) -> int:
        self.sequence += 1
        return self.sequence


_SEQ = _Sequence()


def _pdu(command: str, sequence: int, **fields: Any) -> Any:
    """A PDU with this sequence number (smpplib's constructor keeps its client's, whatever given)."""
    pdu = smpp.make_pdu(command, client=_SEQ, **fields)
    pdu.sequence = sequence
    return pdu


@dataclass
class Submitted:
    source: str
    destination: str
    short_message: bytes
    esm_class: int
    data_coding: int
    message_id: str


class Smsc:
    def __init__(self, system_id: str = "duka", password: str = "secret") -> None:
        self.system_id = system_id
        self.password = password
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.submitted: list[Submitted] = []
        self.binds = 0
        self.refused_binds = 0
        self.throttle = False  # answer submit_sm with ESME_RTHROTTLED
        self.receipts = True  # send a DELIVRD receipt after each accepted part
        self.silent = False  # take submit_sm, never answer it (a drop then: an unknown outcome)
        self.changed = threading.Condition()
        self._links: list[socket.socket] = []
        self._write = threading.Lock()
        self._ids = itertools.count(1)
        self._seq = itertools.count(1)
        self._closed = False
        threading.Thread(target=self._accept, name="test-smsc", daemon=True).start()

    # -- control ----------------------------------------------------------------------------------

    def close(self) -> None:
        self._closed = True
        self.listener.close()
        self.drop()

    def drop(self) -> None:
        """Cut every link (the clients see a dropped connection)."""
        with self.changed:
            links, self._links = self._links, []
        for link in links:
            with contextlib.suppress(OSError):
                link.shutdown(socket.SHUT_RDWR)
            link.close()

    def mo(self, source: str, destination: str, text: str) -> None:
        """A customer's SMS to ``destination`` (a short code), on the first bound link."""
        with self.changed:
            self.changed.wait_for(lambda: bool(self._links), timeout=10)
            link = self._links[0]
        pdu = _pdu("deliver_sm", next(self._seq), source_addr_ton=1, source_addr=source.lstrip("+"),
            dest_addr_ton=3, destination_addr=destination, short_message=text.encode("latin-1"), esm_class=0,
        )  # fmt: skip
        self._send(link, pdu)

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Submitted]:
        with self.changed:
            if not self.changed.wait_for(lambda: len(self.submitted) >= count, timeout):
                raise AssertionError(
                    f"the SMSC got {len(self.submitted)} submit_sm, not {count}, in {timeout} s"
                )
            return list(self.submitted)

    def wait_bound(self, binds: int, timeout: float = 10.0) -> None:
        with self.changed:
            if not self.changed.wait_for(lambda: self.binds >= binds and bool(self._links), timeout):
                raise AssertionError(f"{self.binds} binds, not {binds}, in {timeout} s")

    # -- the server -------------------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._closed:
            try:
                link, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(link,), name="test-smsc-link", daemon=True).start()

    def _read(self, link: socket.socket) -> Any:
        head = self._exact(link, 4)
        (length,) = struct.unpack(">L", head)
        return smpp.parse_pdu(
            head + self._exact(link, length - 4), client=_SEQ, allow_unknown_opt_params=True
        )

    @staticmethod
    def _exact(link: socket.socket, size: int) -> bytes:
        data = b""
        while len(data) < size:
            chunk = link.recv(size - len(data))
            if not chunk:
                raise ConnectionError("closed")
            data += chunk
        return data

    def _send(self, link: socket.socket, pdu: Any) -> None:
        with self._write:
            link.sendall(pdu.generate())

    def _serve(self, link: socket.socket) -> None:
        try:
            while True:
                pdu = self._read(link)
                if pdu.command == "bind_transceiver":
                    ok = pdu.system_id == self.system_id.encode() and pdu.password == self.password.encode()
                    resp = _pdu(
                        "bind_transceiver_resp",
                        pdu.sequence,
                        system_id="smsc",
                        status=0 if ok else 0x0E,
                    )
                    self._send(link, resp)
                    with self.changed:
                        if ok:
                            self.binds += 1
                            self._links.append(link)
                        else:
                            self.refused_binds += 1
                        self.changed.notify_all()
                    if not ok:
                        return
                elif pdu.command == "submit_sm":
                    self._submit(link, pdu)
                elif pdu.command == "enquire_link":
                    self._send(link, _pdu("enquire_link_resp", pdu.sequence))
                elif pdu.command == "unbind":
                    self._send(link, _pdu("unbind_resp", pdu.sequence))
                    return
        except (ConnectionError, OSError):
            return
        finally:
            link.close()

    def _submit(self, link: socket.socket, pdu: Any) -> None:
        if self.throttle:
            self._send(
                link,
                _pdu("submit_sm_resp", pdu.sequence, status=0x58, message_id=""),
            )
            return
        message_id = f"smsc-{next(self._ids)}"
        with self.changed:
            self.submitted.append(
                Submitted(
                    pdu.source_addr.decode(), pdu.destination_addr.decode(), bytes(pdu.short_message),
                    pdu.esm_class, pdu.data_coding, message_id,
                )
            )  # fmt: skip
            self.changed.notify_all()
        if self.silent:  # taken, never answered
            return
        self._send(link, _pdu("submit_sm_resp", pdu.sequence, message_id=message_id))
        if self.receipts:
            text = f"id:{message_id} sub:001 dlvrd:001 submit date:2601011200 done date:2601011200"
            text += " stat:DELIVRD err:000"
            receipt = _pdu(
                "deliver_sm", next(self._seq), source_addr_ton=1, source_addr=pdu.destination_addr.decode(),
                dest_addr_ton=1, destination_addr=pdu.source_addr.decode(), short_message=text.encode(),
                esm_class=0x04,
            )  # fmt: skip
            self._send(link, receipt)
