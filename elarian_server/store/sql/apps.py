"""What belongs to an app in SQL (SQLite and PostgreSQL): the auth tokens it generated, the by-tag work it started,
the answers to its commands sent with idempotency keys."""

from __future__ import annotations

from ..base import AppsTx, IdempotentRow
from .common import SqlAggregate, upsert


class SqlApps(SqlAggregate, AppsTx):
    # -- auth tokens ---------------------------------------------------------------------------------

    def put_token(self, token: str, org_id: str, app_id: str, expires_at: float) -> None:
        self.db.execute(
            "INSERT INTO auth_tokens(token, org_id, app_id, expires_at) VALUES (?, ?, ?, ?)",
            (token, org_id, app_id, expires_at),
        )

    def token(self, token: str) -> tuple[str, str, float] | None:
        row = self.db.execute(
            "SELECT org_id, app_id, expires_at FROM auth_tokens WHERE token = ?", (token,)
        ).fetchone()
        return (row[0], row[1], row[2]) if row else None

    # -- background work ----------------------------------------------------------------------------

    def put_work(self, work_id: str, org_id: str, app_id: str, kind: str, body: bytes, now: float) -> None:
        self.db.execute(
            "INSERT INTO work(work_id, org_id, app_id, kind, body, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (work_id, org_id, app_id, kind, body, now),
        )

    def finish_work(self, work_id: str, now: float) -> None:
        self.db.execute("UPDATE work SET finished_at = ? WHERE work_id = ?", (now, work_id))

    def unfinished_work(self) -> list[tuple[str, str, str, str, bytes]]:
        rows = self.db.execute(
            "SELECT work_id, org_id, app_id, kind, body FROM work WHERE finished_at IS NULL ORDER BY created_at"
        )
        return [(w, o, a, k, bytes(b)) for w, o, a, k, b in rows]

    # -- idempotency keys ---------------------------------------------------------------------------

    def idempotent(self, org_id: str, app_id: str, key: str) -> IdempotentRow | None:
        row = self.db.execute(
            "SELECT command_hash, reply, created_at FROM idempotency_keys WHERE org_id = ? AND app_id = ? AND key = ?",
            (org_id, app_id, key),
        ).fetchone()
        return IdempotentRow(row[0], bytes(row[1]), row[2]) if row else None

    def put_idempotent(
        self, org_id: str, app_id: str, key: str, command_hash: str, reply: bytes, now: float
    ) -> None:
        self.db.execute(
            upsert(
                "idempotency_keys",
                "org_id, app_id, key, command_hash, reply, created_at",
                "org_id, app_id, key",
            ),
            (org_id, app_id, key, command_hash, reply, now),
        )

    def answer_idempotent(self, org_id: str, app_id: str, key: str, reply: bytes) -> None:
        self.db.execute(
            "UPDATE idempotency_keys SET reply = ? WHERE org_id = ? AND app_id = ? AND key = ?",
            (reply, org_id, app_id, key),
        )

    def forget_idempotent(self, before: float) -> int:
        return self.db.execute("DELETE FROM idempotency_keys WHERE created_at < ?", (before,)).rowcount
