"""Messaging in SQL (SQLite and PostgreSQL): messages (sent and received), sessions, consent per channel number."""

from __future__ import annotations

from typing import Any

from ..base import ConsentRow, MessageRow, MessagingTx, NumberRow, SessionRow
from .common import SqlAggregate, upsert

_PUT_MESSAGE = upsert(
    "messages",
    "message_id, org_id, customer_id, app_id, direction, channel, channel_number, session_id,"
    " provider_message_id, created_at, body",
    "message_id",
)
_PUT_SESSION = upsert(
    "sessions",
    "session_id, org_id, customer_id, channel, channel_number, provider, number, partition, app_id,"
    " provider_session_id, started_at, expires_at, ended_at, end_reason, pending, cost",
    "session_id",
)
_PUT_CONSENT = upsert(
    "consents",
    "customer_id, channel, channel_number, provider, number, partition, consent, updated_at",
    "customer_id, channel, channel_number",
)


class SqlMessaging(SqlAggregate, MessagingTx):
    _MESSAGE = (
        "SELECT message_id, org_id, customer_id, app_id, direction, channel, channel_number, session_id,"
        " provider_message_id, created_at, body FROM messages"
    )

    @staticmethod
    def _message(row: tuple[Any, ...]) -> MessageRow:
        mid, org, cid, app, direction, channel, cnum, sid, pmid, created, body = row
        return MessageRow(mid, org, cid, app, direction, channel, cnum, sid, pmid, created, bytes(body))

    def put_message(self, message: MessageRow) -> None:
        m = message
        self.db.execute(
            _PUT_MESSAGE,
            (
                m.message_id,
                m.org_id,
                m.customer_id,
                m.app_id,
                m.direction,
                m.channel,
                m.channel_number,
                m.session_id,
                m.provider_message_id,
                m.created_at,
                m.body,
            ),
        )

    def message(self, message_id: str) -> MessageRow | None:
        row = self.db.execute(self._MESSAGE + " WHERE message_id = ?", (message_id,)).fetchone()
        return self._message(row) if row else None

    def message_by_provider_id(
        self, org_id: str, direction: str, provider_message_id: str
    ) -> MessageRow | None:
        row = self.db.execute(
            self._MESSAGE + " WHERE org_id = ? AND direction = ? AND provider_message_id = ?",
            (org_id, direction, provider_message_id),
        ).fetchone()
        return self._message(row) if row else None

    def messages(self, customer_id: str, limit: int) -> list[MessageRow]:
        rows = self.db.execute(
            self._MESSAGE + " WHERE customer_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?",
            (customer_id, limit),
        ).fetchall()
        return [self._message(row) for row in reversed(rows)]

    _SESSION = (
        "SELECT session_id, org_id, customer_id, channel, channel_number, provider, number, partition, app_id,"
        " provider_session_id, started_at, expires_at, ended_at, end_reason, pending, cost FROM sessions"
    )

    @staticmethod
    def _session(row: tuple[Any, ...]) -> SessionRow:
        sid, org, cid, channel, cnum, provider, number, partition, app, psid = row[:10]
        started, expires, ended, reason, pending, cost = row[10:]
        return SessionRow(
            sid,
            org,
            cid,
            channel,
            cnum,
            NumberRow(provider, number, partition),
            app,
            psid,
            started,
            expires,
            ended,
            reason,
            bytes(pending) if pending is not None else None,
            bytes(cost) if cost is not None else None,
        )

    def put_session(self, session: SessionRow) -> None:
        self.rescheduled = True
        x = session
        self.db.execute(
            _PUT_SESSION,
            (
                x.session_id,
                x.org_id,
                x.customer_id,
                x.channel,
                x.channel_number,
                x.number.provider,
                x.number.number,
                x.number.partition,
                x.app_id,
                x.provider_session_id,
                x.started_at,
                x.expires_at,
                x.ended_at,
                x.end_reason,
                x.pending,
                x.cost,
            ),
        )

    def session(self, session_id: str) -> SessionRow | None:
        row = self.db.execute(self._SESSION + " WHERE session_id = ?", (session_id,)).fetchone()
        return self._session(row) if row else None

    def live_session(self, customer_id: str, channel: int, channel_number: str) -> SessionRow | None:
        row = self.db.execute(
            self._SESSION
            + " WHERE customer_id = ? AND channel = ? AND channel_number = ? AND ended_at IS NULL",
            (customer_id, channel, channel_number),
        ).fetchone()
        return self._session(row) if row else None

    def session_by_provider_id(self, org_id: str, provider_session_id: str) -> SessionRow | None:
        row = self.db.execute(
            self._SESSION + " WHERE org_id = ? AND provider_session_id = ? ORDER BY started_at DESC",
            (org_id, provider_session_id),
        ).fetchone()
        return self._session(row) if row else None

    def sessions(self, customer_id: str, live: bool) -> list[SessionRow]:
        where = "ended_at IS NULL" if live else "ended_at IS NOT NULL"
        rows = self.db.execute(
            self._SESSION + f" WHERE customer_id = ? AND {where} ORDER BY started_at, rowid", (customer_id,)
        )
        return [self._session(row) for row in rows]

    def all_sessions(self, customer_id: str) -> tuple[list[SessionRow], list[SessionRow]]:
        live: list[SessionRow] = []
        ended: list[SessionRow] = []
        rows = self.db.execute(
            self._SESSION + " WHERE customer_id = ? ORDER BY started_at, rowid", (customer_id,)
        )
        for row in rows:
            session = self._session(row)
            (live if session.ended_at is None else ended).append(session)
        return live, ended

    def expired_sessions(self, now: float, limit: int) -> list[SessionRow]:
        rows = self.db.execute(
            self._SESSION + " WHERE ended_at IS NULL AND expires_at <= ? ORDER BY expires_at LIMIT ?",
            (now, limit),
        )
        return [self._session(row) for row in rows]

    def next_session_expiry(self) -> float | None:
        row = self.db.execute("SELECT min(expires_at) FROM sessions WHERE ended_at IS NULL").fetchone()
        return row[0] if row else None

    def put_consent(self, consent: ConsentRow) -> None:
        c = consent
        self.db.execute(
            _PUT_CONSENT,
            (
                c.customer_id,
                c.channel,
                c.channel_number,
                c.number.provider,
                c.number.number,
                c.number.partition,
                c.update,
                c.updated_at,
            ),
        )

    _CONSENT = (
        "SELECT customer_id, channel, channel_number, provider, number, partition, consent, updated_at"
        " FROM consents"
    )

    @staticmethod
    def _consent(row: tuple[Any, ...]) -> ConsentRow:
        cid, channel, cnum, provider, number, partition, update, at = row
        return ConsentRow(cid, channel, cnum, NumberRow(provider, number, partition), update, at)

    def consent(self, customer_id: str, channel: int, channel_number: str) -> ConsentRow | None:
        row = self.db.execute(
            self._CONSENT + " WHERE customer_id = ? AND channel = ? AND channel_number = ?",
            (customer_id, channel, channel_number),
        ).fetchone()
        return self._consent(row) if row else None

    def consents(self, customer_id: str) -> list[ConsentRow]:
        rows = self.db.execute(self._CONSENT + " WHERE customer_id = ? ORDER BY rowid", (customer_id,))
        return [self._consent(row) for row in rows]

    # -- a customer adopted ---------------------------------------------------------------------------

    def _adopt_messaging(self, customer_id: str, other_id: str) -> None:
        for table in ("messages", "sessions"):
            self._move_rows(table, customer_id, other_id)
        self._move_keyed_rows("consents", "channel, channel_number", customer_id, other_id)
