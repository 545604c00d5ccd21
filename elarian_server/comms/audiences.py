"""Audiences: contacts imported from a CSV in numbered chunks, or drawn from customers by tag.

An import is a ``create_audience`` (the header, the contact columns) and then its rows in
chunks, in order. A chunk's rows are checked (``contacts.normalise``) before its transaction,
outside any lock, on worker processes when it is large (``Audiences.prepare``); the
transaction adds the contacts (the unique indexes drop duplicates), lists what it rejected
and moves ``next_chunk`` on, so a chunk sent again after a dropped connection changes nothing.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace

from elarian_sync._convert import set_timestamp
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import comms_pb2 as CM

from ..engine.common import Caller, CommandError, new_id
from ..store.base import AudienceRec, MemberRow, Store, Tx
from . import decode_cursor, encode_cursor
from . import reply as _reply
from .campaigns import not_ended_using
from .contacts import Checked, Layout, Normaliser, variables

IMPORTING, READY = CM.AUDIENCE_STATE_IMPORTING, CM.AUDIENCE_STATE_READY
PAGE, MOST = 1000, 10_000
COMMANDS = (
    "create_audience", "import_audience_chunk", "get_audience", "list_audiences", "delete_audience",
    "list_audience_rejects", "list_audience_members",
)  # fmt: skip
EARLY_CHUNKS = 8
"""Chunks checked ahead of their turn, at most."""
PREPARED = frozenset({"import_audience_chunk"})
"""Commands with work to do before their transaction (``Audiences.prepare``): never grouped."""


class _Prepared(threading.local):
    def __init__(self) -> None:
        self.chunk: tuple[str, int, Checked] | None = None


def message(rec: AudienceRec) -> CM.Audience:
    """An audience as the API shows it."""
    out = CM.Audience.FromString(rec.body)
    out.state = rec.state  # type: ignore[assignment]
    out.next_chunk, out.rows, out.members, out.rejected = rec.next_chunk, rec.rows, rec.members, rec.rejected
    set_timestamp(out.created_at, rec.created_at)
    set_timestamp(out.updated_at, rec.updated_at)
    return out


class Audiences:
    def __init__(self, store: Store, workers: int) -> None:
        self.store = store
        self.normaliser = Normaliser(workers)
        self._prepared = _Prepared()
        # chunks being checked since they arrived, by (org, audience, chunk)
        self._early: dict[tuple[str, str, int], Future[tuple[str, int, Checked] | None]] = {}
        self._early_lock = threading.Lock()
        self._checker = ThreadPoolExecutor(1, thread_name_prefix="elarian-server-contacts")
        self.commands = {entry: getattr(self, entry) for entry in COMMANDS}

    def close(self) -> None:
        self._checker.shutdown(wait=True, cancel_futures=True)
        self.normaliser.close()

    # -- import ---------------------------------------------------------------------------------

    def create_audience(
        self, tx: Tx, caller: Caller, cmd: CM.CreateAudienceCommand, now: float
    ) -> A.AppToServerCommandReply:
        import phonenumbers

        name = cmd.name.strip()
        if not name:
            raise CommandError("name: an audience needs a name")
        if tx.audience(caller.org_id, name=name) is not None:
            raise CommandError(f"name: the org has an audience named {name!r} already")
        region = (cmd.region or caller.org.comms.region).upper()
        if region and region not in phonenumbers.SUPPORTED_REGIONS:
            raise CommandError(f"region: {region!r} is not a region (ISO 3166, like KE, NG, US)")
        body = CM.Audience(audience_id=new_id("el_aud_"), name=name, region=region)
        ignored: list[str] = []
        if cmd.HasField("customer_tag"):
            if cmd.columns or cmd.phone_column or cmd.email_column:
                raise CommandError("customer_tag: an audience drawn from customers takes no CSV columns")
            if not cmd.customer_tag.key:
                raise CommandError("customer_tag.key: name the tag whose customers to draw")
            body.customer_tag.CopyFrom(cmd.customer_tag)
            body.phone_column, body.email_column = "", ""
        else:
            columns = list(cmd.columns)
            if not columns:
                raise CommandError("columns: give the CSV's header (its column names, in order)")
            seen: set[str] = set()
            for column in columns:
                if column in seen:
                    raise CommandError(f"columns: {column!r} appears twice in the header")
                seen.add(column)
            if not cmd.phone_column and not cmd.email_column:
                raise CommandError(
                    "phone_column, email_column: name the column holding phone numbers or emails"
                )
            for field in ("phone_column", "email_column"):
                value = getattr(cmd, field)
                if value and value not in seen:
                    raise CommandError(
                        f"{field}: {value!r} is not a column of the CSV (its columns: {', '.join(columns)})"
                    )
            if cmd.phone_column and cmd.phone_column == cmd.email_column:
                raise CommandError("email_column: the same column as phone_column")
            body.phone_column, body.email_column = cmd.phone_column, cmd.email_column
            for column in columns:
                if column in (cmd.phone_column, cmd.email_column):
                    continue
                if column.isidentifier():
                    body.variables.append(column)
                else:
                    ignored.append(column)
            body.columns.extend(columns)
        rec = AudienceRec(
            audience_id=body.audience_id,
            org_id=caller.org_id,
            name=name,
            body=body.SerializeToString(),
            state=IMPORTING,
            next_chunk=0,
            rows=0,
            members=0,
            rejected=0,
            created_at=now,
            updated_at=now,
        )
        tx.put_audience(rec)
        if cmd.HasField("customer_tag"):
            drawn = tx.draw_members(
                caller.org_id, rec.audience_id, cmd.customer_tag.key, cmd.customer_tag.value.value, now
            )
            tx.update_audience(rec.audience_id, 0, drawn, drawn, 0, READY, now)
            rec = replace(rec, state=READY, rows=drawn, members=drawn)
        reply, out = _reply("create_audience")
        out.audience.CopyFrom(message(rec))
        if ignored:
            out.description = (
                f"columns not kept (not variable names: letters, digits, _): {', '.join(ignored)}"
            )
        return reply

    def arrived(self, caller: Caller, cmd: CM.ImportAudienceChunkCommand) -> None:
        """A chunk arrived (its turn may come after the chunks before it are written): start
        checking its rows now, on the checker's thread, so that they are checked meanwhile."""
        key = (caller.org_id, cmd.audience_id, cmd.chunk)
        try:
            future = self._checker.submit(self._check, caller.org_id, cmd)
        except RuntimeError:  # closing: the chunk is checked in its turn, if it has one
            return
        with self._early_lock:
            self._early[key] = future
            while len(self._early) > EARLY_CHUNKS:  # chunks that never got their turn
                self._early.pop(next(iter(self._early))).cancel()

    def _check(self, org_id: str, cmd: CM.ImportAudienceChunkCommand) -> tuple[str, int, Checked] | None:
        with self.store.lookup() as tx:
            rec = tx.audience(org_id, cmd.audience_id)
        if rec is None or rec.state != IMPORTING or cmd.chunk < rec.next_chunk:
            return None  # the transaction says why, or answers a retry
        checked = self.normaliser.run(cmd.SerializeToString(), len(cmd.rows), _layout(rec))
        return rec.audience_id, cmd.chunk, checked

    def prepare(self, caller: Caller, cmd: CM.ImportAudienceChunkCommand) -> None:
        """Before a chunk's transaction: its rows checked (the slow part), outside any lock:
        by the checking begun when it arrived, or here."""
        with self._early_lock:
            future = self._early.pop((caller.org_id, cmd.audience_id, cmd.chunk), None)
        if future is not None and not future.cancelled():
            self._prepared.chunk = future.result()
        else:
            self._prepared.chunk = self._check(caller.org_id, cmd)

    def import_audience_chunk(
        self, tx: Tx, caller: Caller, cmd: CM.ImportAudienceChunkCommand, now: float
    ) -> A.AppToServerCommandReply:
        prepared, self._prepared.chunk = self._prepared.chunk, None
        rec = tx.audience(caller.org_id, cmd.audience_id)
        if rec is None:
            raise CommandError(f"audience_id: unknown audience {cmd.audience_id!r}")
        reply, out = _reply("import_audience_chunk")
        if cmd.chunk < 0:
            raise CommandError(f"chunk: {cmd.chunk} (chunks are numbered from 0)")
        if cmd.chunk < rec.next_chunk:  # sent again (a retry): as it stands, nothing changed
            out.description = f"chunk {cmd.chunk} was imported already; next is {rec.next_chunk}"
            out.audience.CopyFrom(message(rec))
            return reply
        if rec.state != IMPORTING:
            raise CommandError(f"audience {rec.name!r} is complete: it takes no more rows")
        if cmd.chunk > rec.next_chunk:
            raise CommandError(f"chunk: {cmd.chunk} is ahead; the audience takes chunk {rec.next_chunk} next")
        if prepared is not None and prepared[:2] == (rec.audience_id, cmd.chunk):
            checked = prepared[2]
        else:
            checked = self.normaliser.run(cmd.SerializeToString(), len(cmd.rows), _layout(rec))
        members = [MemberRow(line, phone, email, values) for line, phone, email, values in checked.kept]
        added = tx.add_members(rec.audience_id, members)
        rejected = list(checked.rejected)
        dropped = [m for m in members if m.line not in added]
        if dropped:
            rejected += _duplicates(tx, rec.audience_id, dropped)
        tx.add_rejects(rec.audience_id, rejected)
        state = READY if cmd.last else IMPORTING
        tx.update_audience(
            rec.audience_id, cmd.chunk + 1, len(cmd.rows), len(added), len(rejected), state, now
        )
        rec = replace(
            rec,
            next_chunk=cmd.chunk + 1,
            rows=rec.rows + len(cmd.rows),
            members=rec.members + len(added),
            rejected=rec.rejected + len(rejected),
            state=state,
            updated_at=now,
        )
        out.audience.CopyFrom(message(rec))
        return reply

    # -- reading --------------------------------------------------------------------------------

    @staticmethod
    def _find(tx: Tx, caller: Caller, audience_id: str, name: str = "") -> AudienceRec:
        if not audience_id and not name:
            raise CommandError("audience_id: name an audience")
        rec = tx.audience(caller.org_id, audience_id, name)
        if rec is None:
            raise CommandError(f"audience_id: unknown audience {audience_id or name!r}")
        return rec

    def get_audience(
        self, tx: Tx, caller: Caller, cmd: CM.GetAudienceCommand, now: float
    ) -> A.AppToServerCommandReply:
        rec = self._find(tx, caller, cmd.audience_id, cmd.name)
        reply, out = _reply("get_audience")
        out.audience.CopyFrom(message(rec))
        return reply

    def list_audiences(
        self, tx: Tx, caller: Caller, cmd: CM.ListAudiencesCommand, now: float
    ) -> A.AppToServerCommandReply:
        reply, out = _reply("list_audiences")
        out.audiences.extend(message(rec) for rec in tx.audiences(caller.org_id))
        return reply

    def delete_audience(
        self, tx: Tx, caller: Caller, cmd: CM.DeleteAudienceCommand, now: float
    ) -> A.AppToServerCommandReply:
        rec = self._find(tx, caller, cmd.audience_id)
        if using := not_ended_using(tx, caller, audience_id=rec.audience_id):
            raise CommandError(f"audience {rec.name!r} is campaign {using}'s, which has not ended")
        tx.delete_audience(rec.audience_id)
        reply, out = _reply("delete_audience")
        out.description = f"audience {rec.name!r} deleted"
        return reply

    def list_audience_rejects(
        self, tx: Tx, caller: Caller, cmd: CM.ListAudienceRejectsCommand, now: float
    ) -> A.AppToServerCommandReply:
        rec = self._find(tx, caller, cmd.audience_id)
        after = _cursor(cmd.cursor)
        limit = _limit(cmd.limit)
        rows = tx.rejects(rec.audience_id, after, limit + 1)
        reply, out = _reply("list_audience_rejects")
        for line, reason in rows[:limit]:
            out.rejects.add(line=line, reason=reason)
        if len(rows) > limit:
            out.next_cursor = encode_cursor(str(rows[limit - 1][0]))
        return reply

    def list_audience_members(
        self, tx: Tx, caller: Caller, cmd: CM.ListAudienceMembersCommand, now: float
    ) -> A.AppToServerCommandReply:
        rec = self._find(tx, caller, cmd.audience_id)
        body = CM.Audience.FromString(rec.body)
        limit = _limit(cmd.limit)
        rows = tx.members(rec.audience_id, _cursor(cmd.cursor), limit + 1)
        reply, out = _reply("list_audience_members")
        for m in rows[:limit]:
            member = out.members.add(line=m.line, phone=m.phone or "", email=m.email or "")
            member.customer_id = m.customer_id or ""
            member.variables.update(variables(body, m))
        if len(rows) > limit:
            out.next_cursor = encode_cursor(str(rows[limit - 1].member_id))
        return reply


def _layout(rec: AudienceRec) -> Layout:
    body = CM.Audience.FromString(rec.body)
    columns = list(body.columns)
    return Layout(
        width=len(columns),
        phone=columns.index(body.phone_column) if body.phone_column else -1,
        email=columns.index(body.email_column) if body.email_column else -1,
        variables=tuple(columns.index(v) for v in body.variables),
        region=body.region,
    )


def _duplicates(tx: Tx, audience_id: str, dropped: list[MemberRow]) -> list[tuple[int, str]]:
    """Why each dropped contact was dropped: the line of the contact it duplicates."""
    kept = tx.members_matching(
        audience_id, {m.phone for m in dropped if m.phone}, {m.email for m in dropped if m.email}
    )
    by_phone = {m.phone: m.line for m in kept if m.phone}
    by_email = {m.email: m.line for m in kept if m.email}
    out = []
    for m in dropped:
        if m.phone and by_phone.get(m.phone, m.line) != m.line:
            out.append((m.line, f"duplicate: phone {m.phone} is on line {by_phone[m.phone]}"))
        elif m.email and by_email.get(m.email, m.line) != m.line:
            out.append((m.line, f"duplicate: email {m.email} is on line {by_email[m.email]}"))
        else:  # pragma: no cover - a dropped row always matches a kept one
            out.append((m.line, "duplicate"))
    return out


def _limit(asked: int) -> int:
    if asked < 0:
        raise CommandError(f"limit: {asked} (give 1 to {MOST}, or 0 for {PAGE})")
    return min(asked or PAGE, MOST)


def _cursor(cursor: str) -> int:
    if not cursor:
        return 0
    position = decode_cursor(cursor)
    if not position.isdigit():
        raise CommandError(f"cursor: {cursor!r} is not a cursor this runtime gave")
    return int(position)
