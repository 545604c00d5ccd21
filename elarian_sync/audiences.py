"""Importing a CSV into an audience: its rows streamed to the runtime in numbered chunks over the
connection, in bounded memory, resumed where the runtime left off after a dropped connection.

    from elarian_sync.audiences import import_audience

    audience = import_audience(client, "customers.csv", name="march", phone_column="msisdn")
    print(audience.members, "contacts,", audience.rejected, "rejected")

The runtime checks every row (phone numbers to E.164, email syntax) and drops duplicates;
``client.commands.list_audience_rejects`` lists the rows it rejected, by line, with why.
"""

from __future__ import annotations

import csv
import io
import os
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from ._generated.models import Audience, AudienceReply, AudienceRow, AudienceState
from .errors import ArgumentValueError, CommandRefusedError, ConnectionLostError

if TYPE_CHECKING:
    from .client import Elarian

__all__ = ["ImportProgress", "import_audience"]

IN_FLIGHT = 3
"""Chunks sent ahead of their answers: the runtime checks the next ones while it writes one."""


@dataclass(frozen=True)
class ImportProgress:
    """Where an import stands, after each chunk the runtime took."""

    rows: int  # rows the runtime has read
    members: int  # contacts kept
    rejected: int  # rows rejected (bad phone or email, duplicate)
    chunks: int  # chunks taken
    elapsed: float  # seconds since the import began (this run of it)
    done: bool = False
    resumed_at: int = 0  # rows the runtime had when this run began (a resumed import)

    @property
    def rate(self) -> float:
        """Rows per second, this run."""
        return (self.rows - self.resumed_at) / self.elapsed if self.elapsed > 0 else 0.0


def _chunks(
    reader: Iterator[list[str]], line_of: Callable[[], int], size: int
) -> Iterator[list[AudienceRow]]:
    chunk: list[AudienceRow] = []
    while True:
        start = line_of() + 1
        try:
            values = next(reader)
        except StopIteration:
            break
        if not values:  # a blank line is no row
            continue
        chunk.append(AudienceRow(line=start, values=values))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _checked(reply: AudienceReply, what: str) -> Audience:
    if not reply.status or reply.audience is None:
        raise CommandRefusedError(f"{what}: {reply.description}")
    return reply.audience


def import_audience(
    client: Elarian,
    source: str | os.PathLike[str] | TextIO,
    *,
    name: str,
    phone_column: str = "",
    email_column: str = "",
    region: str = "",
    chunk_rows: int = 5000,
    resume: str = "",
    retries: int = 5,
    on_progress: Callable[[ImportProgress], None] | None = None,
    timeout: float | None = None,
) -> Audience:
    """Import a CSV (a path or an open text file; a header row, then one contact per row) into a
    new audience named ``name``; the audience as the runtime has it once the last chunk is in.

    ``phone_column``/``email_column`` name the contact columns (at least one); every other
    column whose name is a variable name becomes a recipient variable. ``resume``: the id of an
    audience whose import stopped part-way (another process, a crash): the rows it has are
    skipped. A dropped connection is ridden out here (up to ``retries`` times): the client
    reconnects and the import goes on from the chunk the runtime expects next, so no row is
    sent twice or lost. Raises ``CommandRefusedError`` naming what the runtime refused (a
    column that is not in the header, a name taken).
    """
    if chunk_rows < 1:
        raise ArgumentValueError(f"chunk_rows must be 1 or more, not {chunk_rows!r}")
    opened = None
    if isinstance(source, (str, os.PathLike)):
        opened = source = open(source, newline="", encoding="utf-8-sig")  # noqa: SIM115
    try:
        return _import(
            client, source, name, phone_column, email_column, region, chunk_rows, resume, retries,
            on_progress, timeout,
        )  # fmt: skip
    finally:
        if opened is not None:
            opened.close()


def _import(
    client: Elarian,
    source: TextIO,
    name: str,
    phone_column: str,
    email_column: str,
    region: str,
    chunk_rows: int,
    resume: str,
    retries: int,
    on_progress: Callable[[ImportProgress], None] | None,
    timeout: float | None,
) -> Audience:
    commands = client.commands
    reader = csv.reader(source)
    try:
        header = next(reader)
    except StopIteration:
        raise ArgumentValueError("the CSV is empty: it needs a header row naming its columns") from None
    if resume:
        audience = _checked(commands.get_audience(audience_id=resume, timeout=timeout), "get_audience")
        if list(audience.columns) != header:
            raise ArgumentValueError(
                f"audience {audience.name!r} came from a CSV with other columns: this one cannot resume it"
            )
    else:
        audience = _checked(
            commands.create_audience(
                name=name,
                columns=header,
                phone_column=phone_column,
                email_column=email_column,
                region=region,
                timeout=timeout,
            ),
            "create_audience",
        )
    begun = time.monotonic()
    resumed_at = audience.rows
    audience_id = audience.audience_id
    sent: deque[tuple[int, list[AudienceRow], bool, Future[AudienceReply]]] = deque()
    chunks = _chunks(reader, lambda: reader.line_num, chunk_rows)
    number = 0
    next_chunk = audience.next_chunk
    failures = 0
    sent_last = False

    def tell(audience: Audience, done: bool = False) -> None:
        if on_progress is not None:
            on_progress(
                ImportProgress(
                    audience.rows,
                    audience.members,
                    audience.rejected,
                    audience.next_chunk,
                    time.monotonic() - begun,
                    done,
                    resumed_at,
                )
            )

    def send(chunk: int, rows: list[AudienceRow], last: bool) -> None:
        nonlocal sent_last
        sent_last = sent_last or last
        future = commands.import_audience_chunk_async(
            audience_id=audience_id, chunk=chunk, rows=rows, last=last, timeout=timeout
        )
        sent.append((chunk, rows, last, future))

    def settle_one() -> None:
        nonlocal audience, failures, next_chunk
        chunk, _, _, future = sent[0]
        try:
            reply = future.result()
        except ConnectionLostError:
            failures += 1
            if failures > retries:
                raise
            # the runtime took chunks up to some point: ask where, then send the rest again
            audience = _checked(
                commands.get_audience(audience_id=audience_id, timeout=timeout), "get_audience"
            )
            pending = [(c, r, la) for c, r, la, _ in sent if c >= audience.next_chunk]
            sent.clear()
            for c, r, la in pending:
                send(c, r, la)
            next_chunk = audience.next_chunk
            return
        sent.popleft()
        audience = _checked(reply, f"import_audience_chunk {chunk}")
        next_chunk = audience.next_chunk
        tell(audience)

    pending_chunk = next(chunks, None)
    while pending_chunk is not None:
        upcoming = next(chunks, None)
        if number >= next_chunk:  # a resumed import skips what the runtime has
            send(number, pending_chunk, upcoming is None)
            while len(sent) >= IN_FLIGHT:
                settle_one()
        number += 1
        pending_chunk = upcoming
    if not sent_last and audience.state != AudienceState.READY:
        send(next_chunk, [], True)  # no rows, or the runtime has them all: the import is complete
    while sent:
        settle_one()
    tell(audience, done=True)
    return audience


def csv_text(rows: list[list[str]]) -> io.StringIO:
    """A CSV in memory (a header row, then rows), to import without a file."""
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    out.seek(0)
    return out
