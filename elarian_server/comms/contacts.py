"""Checking an audience's rows: phone numbers to E.164 (``phonenumbers``, a default region),
email addresses for syntax only (``email-validator``, no DNS), each bad row with why.

``normalise`` is a plain function of its arguments, so worker processes can run it: parsing a
phone number costs ~50 µs of Python, which one core cannot do 20,000 times a second, so
``Normaliser`` splits a large chunk across worker processes (``[runtime] import_workers``).
"""

from __future__ import annotations

import contextlib
import json
import logging
import pickle
import struct
import subprocess
import sys
import threading
from typing import IO, TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from elarian_sync._generated import comms_pb2 as CM

    from ..store.base import MemberRow

log = logging.getLogger("elarian_server.comms")

Row = tuple[int, list[str]]
"""(line, values in column order)."""


class Checked(NamedTuple):
    kept: list[tuple[int, str | None, str | None, str]]  # (line, phone, email, variables as JSON)
    rejected: list[tuple[int, str]]  # (line, why)


class Layout(NamedTuple):
    """Where a row's contacts and variables are (indexes into its values; -1: none)."""

    width: int
    phone: int
    email: int
    variables: tuple[int, ...]
    region: str  # "" : numbers must carry their country code


def normalise_chunk(chunk: bytes, start: int, stop: int, layout: Layout) -> Checked:
    """``normalise`` the rows ``start:stop`` of a serialized ImportAudienceChunkCommand (what a
    worker is sent: bytes, not rows, so neither process converts rows to hand them over)."""
    from elarian_sync._generated import comms_pb2 as CM

    rows = CM.ImportAudienceChunkCommand.FromString(chunk).rows[start:stop]
    return normalise([(r.line, list(r.values)) for r in rows], layout)


def normalise(rows: list[Row], layout: Layout) -> Checked:
    import phonenumbers
    from email_validator import EmailNotValidError

    e164 = phonenumbers.PhoneNumberFormat.E164
    region = layout.region or None
    kept: list[tuple[int, str | None, str | None, str]] = []
    rejected: list[tuple[int, str]] = []
    for line, values in rows:
        if len(values) != layout.width:
            rejected.append((line, f"{len(values)} values where the header has {layout.width} columns"))
            continue
        phone = values[layout.phone].strip() if layout.phone >= 0 else ""
        email = values[layout.email].strip() if layout.email >= 0 else ""
        if not phone and not email:
            rejected.append((line, "no phone number or email address"))
            continue
        if phone:
            try:
                number = phonenumbers.parse(phone, region)
            except phonenumbers.NumberParseException as exc:
                why = (
                    "unknown country code"
                    if phone.startswith("+") and exc.error_type == 0
                    else _parse_error(exc)
                )
                rejected.append((line, f"phone {phone!r}: {why}"))
                continue
            if not phonenumbers.is_valid_number(number):
                rejected.append((line, f"phone {phone!r}: not a valid number"))
                continue
            phone = phonenumbers.format_number(number, e164)
        if email:
            try:
                email = email_address(email)
            except EmailNotValidError as exc:
                rejected.append((line, f"email {email!r}: {exc}"))
                continue
        variables = json.dumps([values[i] for i in layout.variables], ensure_ascii=False)
        kept.append((line, phone or None, email or None, variables))
    return Checked(kept, rejected)


def email_address(text: str) -> str:
    """An email address in the one form the runtime keys contacts and customers by: checked for
    syntax only (no DNS), the domain lower-cased and IDNA-normalised, the local part as given.
    ``email_validator.EmailNotValidError`` (a ``ValueError``) names what is wrong with it."""
    from email_validator import validate_email

    return str(validate_email(text.strip(), check_deliverability=False).normalized)


def _parse_error(exc: Exception) -> str:
    if getattr(exc, "error_type", None) == 0:  # INVALID_COUNTRY_CODE
        return "no country code (+...) and no default region to assume one"
    text = str(exc).split(") ", 1)[-1].rstrip(".")
    return text[:1].lower() + text[1:]


def variables(audience: CM.Audience, member: MemberRow) -> dict[str, str]:
    """A kept contact's recipient variables, by the audience's variable columns."""
    return dict(zip(audience.variables, json.loads(member.values), strict=True))


class _Worker:
    """One worker process (``python -m elarian_server.comms.contacts``): a length-prefixed pickle
    of (rows, layout) in on its stdin, one of the ``Checked`` out on its stdout. A program of
    its own rather than a ``multiprocessing`` child, so starting it never runs the embedding
    program's ``__main__`` again (a script without a main guard) and never forks a process
    that has threads."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "elarian_server.comms.contacts"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )

    def send(self, chunk: bytes, start: int, stop: int, layout: Layout) -> None:
        assert self.process.stdin is not None
        _write(self.process.stdin, (chunk, start, stop, layout))

    def receive(self) -> Checked:
        assert self.process.stdout is not None
        kept, rejected = _read(self.process.stdout)
        return Checked(kept, rejected)

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()  # its loop ends at end of input
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


def _write(stream: IO[bytes], value: object) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack(">I", len(data)) + data)
    stream.flush()


def _read(stream: IO[bytes]) -> Any:
    head = stream.read(4)
    if len(head) < 4:
        raise EOFError("the worker process ended")
    size = struct.unpack(">I", head)[0]
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("the worker process ended mid-answer")
    return pickle.loads(data)


class Normaliser:
    """Runs ``normalise`` on a chunk: in the caller's thread for a small one or with no
    workers, else split across ``workers`` processes (started when first needed; one chunk at
    a time). A worker that fails is let go and the chunk checked here instead: slower, never
    lost."""

    SPLIT_FROM = 2000  # rows: below this, handing out costs more than it saves

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: list[_Worker] = []
        self._lock = threading.Lock()

    def run(self, chunk: bytes, count: int, layout: Layout) -> Checked:
        """Check the ``count`` rows of ``chunk`` (a serialized ImportAudienceChunkCommand)."""
        if self.workers <= 0 or count < self.SPLIT_FROM:
            return normalise_chunk(chunk, 0, count, layout)
        with self._lock:
            try:
                return self._split(chunk, count, layout)
            except (OSError, EOFError, pickle.UnpicklingError) as exc:
                log.warning("audience rows: a worker process failed (%s); checking them here", exc)
                self._close()
        return normalise_chunk(chunk, 0, count, layout)

    def _split(self, chunk: bytes, count: int, layout: Layout) -> Checked:
        while len(self._pool) < self.workers:
            self._pool.append(_Worker())
        size = -(-count // self.workers)
        busy = []
        for worker, start in zip(self._pool, range(0, count, size), strict=False):
            worker.send(chunk, start, min(count, start + size), layout)
            busy.append(worker)
        kept: list[tuple[int, str | None, str | None, str]] = []
        rejected: list[tuple[int, str]] = []
        for worker in busy:  # in order: the rows' order is kept
            done = worker.receive()
            kept += done.kept
            rejected += done.rejected
        return Checked(kept, rejected)

    def _close(self) -> None:
        pool, self._pool = self._pool, []
        for worker in pool:
            with contextlib.suppress(OSError):
                worker.close()

    def close(self) -> None:
        with self._lock:
            self._close()


def _serve() -> None:
    """A worker process's loop: check what comes in until the input ends."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    while True:
        try:
            chunk, start, stop, layout = _read(stdin)
        except EOFError:
            return
        done = normalise_chunk(chunk, start, stop, layout)
        _write(stdout, (done.kept, done.rejected))


if __name__ == "__main__":
    _serve()
