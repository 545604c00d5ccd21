"""The outbox in SQL (SQLite and PostgreSQL): notifications to deliver, each in its order key's line."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence

from ..base import Enqueued, OutboxRow, OutboxTx
from .common import SqlAggregate

_COLUMNS = (
    "SELECT o.id, o.notification_id, o.org_id, o.app_id, o.kind, o.order_key, o.customer_id, o.body,"
    " o.attempts, o.created_at FROM outbox o"
)
_DUE_HEAD = (
    " AND o.delivered_at IS NULL AND o.next_attempt <= ?"
    " AND o.id = (SELECT min(p.id) FROM outbox p WHERE p.order_key = o.order_key AND p.delivered_at IS NULL)"
    " AND (o.owner IS NULL OR o.owner = ? OR o.lease_until <= ?)"
    " ORDER BY o.id LIMIT ?"
)
_ENQUEUE = (
    "INSERT INTO outbox(notification_id, org_id, app_id, kind, order_key, customer_id, body, created_at,"
    " next_attempt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)"
)
# The literal kinds let SQLite use the partial indexes outbox_app_line and outbox_simulator_line.
_APP_LINE = _COLUMNS + " WHERE o.kind = 'app' AND o.org_id = ? AND o.app_id = ?" + _DUE_HEAD
_SIMULATOR_LINE = _COLUMNS + " WHERE o.kind = 'simulator' AND o.org_id = ?" + _DUE_HEAD


class SqlOutbox(SqlAggregate, OutboxTx):
    def enqueue(
        self,
        notification_id: str,
        org_id: str,
        app_id: str,
        kind: str,
        order_key: str,
        customer_id: str | None,
        body: bytes,
        now: float,
    ) -> None:
        self._note(kind)
        self.db.execute(
            _ENQUEUE,
            (notification_id, org_id, app_id, kind, order_key, customer_id, body, now),
        )

    def _note(self, kind: str) -> None:
        """The effect a notification of ``kind`` has: the simulators' or the apps' delivery wakes."""
        if kind == "simulator":
            self.simulated = True
        else:
            self.notified = True

    def enqueue_many(self, rows: Sequence[Enqueued]) -> None:
        if not rows:
            return
        for kind in {row.kind for row in rows}:
            self._note(kind)
        self.db.executemany(
            _ENQUEUE,
            rows,
        )

    def deliverable(
        self,
        now: float,
        apps: Collection[tuple[str, str]],
        simulators: Collection[str],
        each: int,
        busy: frozenset[str],
        owner: str | None = None,
    ) -> list[OutboxRow]:
        held = (owner or "", now)
        lines = [self._line(_APP_LINE, (org_id, app_id, now, *held), each, busy) for org_id, app_id in apps]
        lines += [self._line(_SIMULATOR_LINE, (org_id, now, *held), each, busy) for org_id in simulators]
        return [row for turn in itertools.zip_longest(*lines) for row in turn if row is not None]

    def _line(self, sql: str, args: tuple[object, ...], each: int, busy: frozenset[str]) -> list[OutboxRow]:
        """Up to ``each`` rows of one app's (or one org's simulators') line. Each order key has one
        head, so ``each`` rows past the busy keys' heads are enough: a long line is not read
        further (PostgreSQL sends a statement's whole result, whoever reads how much of it)."""
        out: list[OutboxRow] = []
        if each <= 0:
            return out
        for row in self.db.execute(sql, (*args, each + len(busy))):
            if row[5] in busy:
                continue
            out.append(
                OutboxRow(
                    row[0], row[1], row[2], row[3], row[4], row[5], row[6], bytes(row[7]), row[8], row[9]
                )
            )
            if len(out) == each:
                break
        return out

    def delivered(self, row_id: int, now: float) -> None:
        # gone once delivered: nothing reads a delivered row, and kept rows grew the file for ever
        # (ids are AUTOINCREMENT, so a late second answer cannot delete a newer row by its id)
        self.db.execute("DELETE FROM outbox WHERE id = ?", (row_id,))

    def retry_later(self, row_id: int, at: float) -> None:
        self.db.execute(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt = ?, owner = NULL, lease_until = NULL"
            " WHERE id = ?",
            (at, row_id),
        )

    def next_retry_at(self) -> float | None:
        row = self.db.execute("SELECT min(next_attempt) FROM outbox WHERE delivered_at IS NULL").fetchone()
        return row[0] if row else None

    def undelivered(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM outbox WHERE delivered_at IS NULL").fetchone()[0])

    def backlog(self) -> list[tuple[str, str, str, int]]:
        rows = self.db.execute(
            "SELECT org_id, app_id, kind, count(*) FROM outbox WHERE delivered_at IS NULL"
            " GROUP BY org_id, app_id, kind ORDER BY org_id, app_id, kind"
        )
        return [(org_id, app_id, kind, int(n)) for org_id, app_id, kind, n in rows]

    # -- answers awaited ----------------------------------------------------------------------------------

    def await_answer(self, notification_id: str, until: float) -> None:
        self.db.execute(
            "INSERT INTO awaited_answers(notification_id, until) VALUES (?, ?)", (notification_id, until)
        )

    def awaited(self, notification_id: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM awaited_answers WHERE notification_id = ?", (notification_id,)
        ).fetchone()
        return row is not None

    def put_answer(self, notification_id: str, answer: bytes) -> bool:
        put = self.db.execute(
            "UPDATE awaited_answers SET answer = ? WHERE notification_id = ?", (answer, notification_id)
        ).rowcount
        self.answered = self.answered or put > 0
        return put > 0

    def take_answer(self, notification_id: str) -> bytes | None:
        row = self.db.execute(
            "SELECT answer FROM awaited_answers WHERE notification_id = ? AND answer IS NOT NULL",
            (notification_id,),
        ).fetchone()
        if row is None:
            return None
        self.db.execute("DELETE FROM awaited_answers WHERE notification_id = ?", (notification_id,))
        return bytes(row[0])

    def forget_wait(self, notification_id: str, now: float) -> None:
        self.db.execute(
            "DELETE FROM awaited_answers WHERE notification_id = ? OR until < ?", (notification_id, now)
        )

    def put_presence(self, owner: str, org_ids: Collection[str], until: float) -> None:
        self.db.execute("DELETE FROM presence WHERE owner = ?", (owner,))
        for org_id in sorted(set(org_ids)):
            self.db.execute(
                "INSERT INTO presence(owner, org_id, until) VALUES (?, ?, ?)", (owner, org_id, until)
            )

    def present(self, org_id: str, now: float) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM presence WHERE org_id = ? AND until > ?", (org_id, now)
        ).fetchone()
        return row is not None

    # -- a customer adopted, deleted ---------------------------------------------------------------------

    def _adopt_outbox(self, customer_id: str, other_id: str) -> None:
        self._move_rows("outbox", customer_id, other_id)

    def _delete_outbox(self, customer_id: str) -> None:
        self.db.execute("DELETE FROM outbox WHERE customer_id = ? AND delivered_at IS NULL", (customer_id,))
