"""The communication layer's tables in SQL (SQLite and PostgreSQL), and their schema, written
once for both: each store's migration renders ``schema()`` with its own column types."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from ..base import AuditRow, CommsTx, OtpRow, ReportFilter, SendRow
from .common import SqlAggregate, upsert

QUEUED, SENDING, SENT, DELIVERED = 1, 2, 3, 4  # CommsSendStatus numbers
SEND_COLUMNS = (
    "report_id, org_id, app_id, channel, address, customer_id, template_id, template_version, event,"
    " job_id, campaign_id, category, status, created_at, updated_at, due_at, body, provider,"
    " provider_message_id, error_code, error_message, notify, from_address, reply_to, attempts, sender, message,"
    " route"
)
_SEND_FIELDS = 28


def schema(text: str, blob: str, real: str, serial: str, rowid: str) -> str:
    """The tables, in a dialect: ``text``, ``blob``, ``real`` are its column types, ``serial`` an
    auto-numbered integer primary key, ``rowid`` what a table adds to have a rowid ('' where
    every table has one).

    Reports are read newest first within a date range: each filter that picks few rows of many
    (an address, a job, a campaign, a template) has an index ending in (created_at, id), so a
    page reads its rows in order from that index whatever the table's size; the others
    (channel, status, event) filter the time index's walk."""
    r = f",\n        {rowid}" if rowid else ""
    return f"""
    CREATE TABLE comms_templates (
        org_id {text} NOT NULL,
        template_id {text} NOT NULL,
        version INTEGER NOT NULL,
        name {text} NOT NULL,
        channel INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        body {blob} NOT NULL,
        created_at {real} NOT NULL{r},
        PRIMARY KEY (org_id, template_id, version)
    );
    CREATE INDEX comms_templates_by_name ON comms_templates(org_id, name) WHERE deleted = 0;
    CREATE TABLE comms_globals (
        org_id {text} NOT NULL,
        name {text} NOT NULL,
        value {text} NOT NULL,
        updated_at {real} NOT NULL{r},
        PRIMARY KEY (org_id, name)
    );
    CREATE TABLE comms_events (
        org_id {text} NOT NULL,
        name {text} NOT NULL,
        body {blob} NOT NULL,
        updated_at {real} NOT NULL{r},
        PRIMARY KEY (org_id, name)
    );
    CREATE TABLE comms_subscriptions (
        org_id {text} NOT NULL,
        event {text} NOT NULL,
        customer_id {text} NOT NULL,
        subscribed INTEGER NOT NULL,
        updated_at {real} NOT NULL{r},
        PRIMARY KEY (org_id, event, customer_id)
    );
    CREATE INDEX comms_subscriptions_by_customer ON comms_subscriptions(customer_id);
    CREATE TABLE comms_otp_configs (
        org_id {text} NOT NULL,
        name {text} NOT NULL,
        body {blob} NOT NULL{r},
        PRIMARY KEY (org_id, name)
    );
    CREATE TABLE comms_otps (
        otp_id {text} PRIMARY KEY,
        org_id {text} NOT NULL,
        config {text} NOT NULL,
        address {text} NOT NULL,
        customer_id {text},
        code_hash {blob} NOT NULL,
        created_at {real} NOT NULL,
        expires_at {real} NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        max_attempts INTEGER NOT NULL,
        state {text} NOT NULL{r}
    );
    CREATE INDEX comms_otps_by_address ON comms_otps(org_id, config, address, created_at);
    CREATE INDEX comms_otps_by_customer ON comms_otps(customer_id);
    CREATE TABLE comms_keys (
        org_id {text} PRIMARY KEY,
        secret {blob} NOT NULL{r}
    );
    CREATE TABLE comms_sends (
        id {serial},
        report_id {text} NOT NULL UNIQUE,
        org_id {text} NOT NULL,
        app_id {text} NOT NULL,
        channel INTEGER NOT NULL,
        address {text} NOT NULL,
        customer_id {text},
        template_id {text} NOT NULL,
        template_version INTEGER NOT NULL,
        event {text} NOT NULL,
        job_id {text} NOT NULL,
        campaign_id {text} NOT NULL,
        category INTEGER NOT NULL,
        status INTEGER NOT NULL,
        created_at {real} NOT NULL,
        updated_at {real} NOT NULL,
        due_at {real} NOT NULL,
        body {blob},
        provider {text} NOT NULL DEFAULT '',
        provider_message_id {text} NOT NULL DEFAULT '',
        error_code {text} NOT NULL DEFAULT '',
        error_message {text} NOT NULL DEFAULT '',
        notify INTEGER NOT NULL DEFAULT 0,
        owner {text},
        lease_until {real}
    );
    CREATE INDEX comms_sends_by_time ON comms_sends(org_id, created_at, id, status, channel);
    CREATE INDEX comms_sends_by_address ON comms_sends(org_id, address, created_at, id);
    CREATE INDEX comms_sends_by_job ON comms_sends(org_id, job_id, created_at, id);
    CREATE INDEX comms_sends_by_campaign ON comms_sends(org_id, campaign_id, created_at, id);
    CREATE INDEX comms_sends_by_template ON comms_sends(org_id, template_id, created_at, id);
    CREATE INDEX comms_sends_by_customer ON comms_sends(customer_id);
    CREATE INDEX comms_sends_pending ON comms_sends(due_at, id) WHERE status IN (1, 2);
    CREATE TABLE comms_suppressions (
        org_id {text} NOT NULL,
        channel INTEGER NOT NULL,
        address {text} NOT NULL,
        reason {text} NOT NULL,
        created_at {real} NOT NULL{r},
        PRIMARY KEY (org_id, channel, address)
    );
    CREATE TABLE comms_audit (
        id {serial},
        org_id {text} NOT NULL,
        app_id {text} NOT NULL,
        actor {text} NOT NULL,
        action {text} NOT NULL,
        subject {text} NOT NULL,
        detail {text} NOT NULL,
        at {real} NOT NULL
    );
    CREATE INDEX comms_audit_by_time ON comms_audit(org_id, at, id);
    """


def schema_senders(text: str) -> str:
    """Migration: what an email says it is from, retries of sends every provider failed, the
    channel number a send goes out from, and sends that are the runtime's own messages."""
    return f"""
    ALTER TABLE comms_sends ADD COLUMN from_address {text} NOT NULL DEFAULT '';
    ALTER TABLE comms_sends ADD COLUMN reply_to {text} NOT NULL DEFAULT '';
    ALTER TABLE comms_sends ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE comms_sends ADD COLUMN sender {text} NOT NULL DEFAULT '';
    ALTER TABLE comms_sends ADD COLUMN message INTEGER NOT NULL DEFAULT 0;
    """


def schema_receipts() -> str:
    """Migration: receipts find their send by the provider's message id."""
    return """
    CREATE INDEX comms_sends_by_provider_id ON comms_sends(org_id, provider, provider_message_id);
    """


def schema_providers(text: str, blob: str, real: str, rowid: str) -> str:
    """Migration: providers and their defaults added through the API."""
    r = f",\n        {rowid}" if rowid else ""
    return f"""
    CREATE TABLE comms_providers (
        org_id {text} NOT NULL,
        name {text} NOT NULL,
        body {blob} NOT NULL,
        secret {text} NOT NULL,
        updated_at {real} NOT NULL{r},
        PRIMARY KEY (org_id, name)
    );
    CREATE TABLE comms_provider_defaults (
        org_id {text} NOT NULL,
        key {text} NOT NULL,
        names {text} NOT NULL{r},
        PRIMARY KEY (org_id, key)
    );
    """


def _send(row: Any) -> SendRow:
    return SendRow(
        report_id=row[0],
        org_id=row[1],
        app_id=row[2],
        channel=row[3],
        address=row[4],
        customer_id=row[5],
        template_id=row[6],
        template_version=row[7],
        event=row[8],
        job_id=row[9],
        campaign_id=row[10],
        category=row[11],
        status=row[12],
        created_at=row[13],
        updated_at=row[14],
        due_at=row[15],
        body=bytes(row[16]) if row[16] is not None else None,
        provider=row[17],
        provider_message_id=row[18],
        error_code=row[19],
        error_message=row[20],
        notify=bool(row[21]),
        from_address=row[22],
        reply_to=row[23],
        attempts=row[24],
        sender=row[25],
        message=bool(row[26]),
        route=row[27],
        row_id=int(row[28]),
    )


def send_values(send: SendRow) -> tuple[Any, ...]:
    """A send's values in the order of ``SEND_COLUMNS``."""
    return (
        send.report_id, send.org_id, send.app_id, send.channel, send.address, send.customer_id,
        send.template_id, send.template_version, send.event, send.job_id, send.campaign_id, send.category,
        send.status, send.created_at, send.updated_at, send.due_at, send.body, send.provider,
        send.provider_message_id, send.error_code, send.error_message, int(send.notify), send.from_address,
        send.reply_to, send.attempts, send.sender, int(send.message), send.route,
    )  # fmt: skip


def _otp(row: Any) -> OtpRow:
    return OtpRow(
        row[0], row[1], row[2], row[3], row[4], bytes(row[5]), row[6], row[7], row[8], row[9], row[10]
    )


class SqlComms(SqlAggregate, CommsTx):
    # -- templates ----------------------------------------------------------------------------

    def put_template(
        self, org_id: str, template_id: str, version: int, name: str, channel: int, body: bytes, now: float
    ) -> None:
        self.db.execute(
            "INSERT INTO comms_templates(org_id, template_id, version, name, channel, body, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (org_id, template_id, version, name, channel, body, now),
        )

    def template(self, org_id: str, template_id: str, version: int = 0) -> bytes | None:
        if version:
            row = self.db.execute(
                "SELECT body FROM comms_templates WHERE org_id = ? AND template_id = ? AND version = ? AND deleted = 0",
                (org_id, template_id, version),
            ).fetchone()
        else:
            row = self.db.execute(
                "SELECT body FROM comms_templates WHERE org_id = ? AND template_id = ? AND deleted = 0"
                " ORDER BY version DESC LIMIT 1",
                (org_id, template_id),
            ).fetchone()
        return bytes(row[0]) if row else None

    def templates(self, org_id: str) -> list[bytes]:
        rows = self.db.execute(
            "SELECT t.body FROM comms_templates t WHERE t.org_id = ? AND t.deleted = 0 AND t.version ="
            " (SELECT max(v.version) FROM comms_templates v WHERE v.org_id = t.org_id AND v.template_id = t.template_id)"
            " ORDER BY t.name, t.template_id",
            (org_id,),
        )
        return [bytes(r[0]) for r in rows]

    def template_named(self, org_id: str, name: str) -> str | None:
        row = self.db.execute(
            "SELECT template_id FROM comms_templates WHERE org_id = ? AND name = ? AND deleted = 0 LIMIT 1",
            (org_id, name),
        ).fetchone()
        return str(row[0]) if row else None

    def delete_template(self, org_id: str, template_id: str) -> bool:
        cur = self.db.execute(
            "UPDATE comms_templates SET deleted = 1 WHERE org_id = ? AND template_id = ? AND deleted = 0",
            (org_id, template_id),
        )
        return cur.rowcount > 0

    # -- global variables ---------------------------------------------------------------------

    def put_global(self, org_id: str, name: str, value: str, now: float) -> None:
        self.db.execute(
            upsert("comms_globals", "org_id, name, value, updated_at", "org_id, name"),
            (org_id, name, value, now),
        )

    def delete_global(self, org_id: str, name: str) -> bool:
        cur = self.db.execute("DELETE FROM comms_globals WHERE org_id = ? AND name = ?", (org_id, name))
        return cur.rowcount > 0

    def globals(self, org_id: str) -> dict[str, str]:
        rows = self.db.execute(
            "SELECT name, value FROM comms_globals WHERE org_id = ? ORDER BY name", (org_id,)
        )
        return {r[0]: r[1] for r in rows}

    # -- events and subscriptions -------------------------------------------------------------

    def put_event(self, org_id: str, name: str, body: bytes, now: float) -> None:
        self.db.execute(
            upsert("comms_events", "org_id, name, body, updated_at", "org_id, name"),
            (org_id, name, body, now),
        )

    def event(self, org_id: str, name: str) -> bytes | None:
        row = self.db.execute(
            "SELECT body FROM comms_events WHERE org_id = ? AND name = ?", (org_id, name)
        ).fetchone()
        return bytes(row[0]) if row else None

    def events(self, org_id: str) -> list[bytes]:
        rows = self.db.execute("SELECT body FROM comms_events WHERE org_id = ? ORDER BY name", (org_id,))
        return [bytes(r[0]) for r in rows]

    def delete_event(self, org_id: str, name: str) -> bool:
        cur = self.db.execute("DELETE FROM comms_events WHERE org_id = ? AND name = ?", (org_id, name))
        self.db.execute("DELETE FROM comms_subscriptions WHERE org_id = ? AND event = ?", (org_id, name))
        return cur.rowcount > 0

    def put_subscription(
        self, org_id: str, event: str, customer_id: str, subscribed: bool, now: float
    ) -> None:
        self.db.execute(
            upsert(
                "comms_subscriptions",
                "org_id, event, customer_id, subscribed, updated_at",
                "org_id, event, customer_id",
            ),
            (org_id, event, customer_id, int(subscribed), now),
        )

    def subscription(self, org_id: str, event: str, customer_id: str) -> bool | None:
        row = self.db.execute(
            "SELECT subscribed FROM comms_subscriptions WHERE org_id = ? AND event = ? AND customer_id = ?",
            (org_id, event, customer_id),
        ).fetchone()
        return bool(row[0]) if row else None

    # -- OTP ----------------------------------------------------------------------------------

    def put_otp_config(self, org_id: str, name: str, body: bytes) -> None:
        self.db.execute(
            upsert("comms_otp_configs", "org_id, name, body", "org_id, name"), (org_id, name, body)
        )

    def otp_config(self, org_id: str, name: str) -> bytes | None:
        row = self.db.execute(
            "SELECT body FROM comms_otp_configs WHERE org_id = ? AND name = ?", (org_id, name)
        ).fetchone()
        return bytes(row[0]) if row else None

    def otp_configs(self, org_id: str) -> list[bytes]:
        rows = self.db.execute("SELECT body FROM comms_otp_configs WHERE org_id = ? ORDER BY name", (org_id,))
        return [bytes(r[0]) for r in rows]

    def put_otp(self, otp: OtpRow) -> None:
        self.db.execute(
            "INSERT INTO comms_otps(otp_id, org_id, config, address, customer_id, code_hash, created_at,"
            " expires_at, attempts, max_attempts, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                otp.otp_id,
                otp.org_id,
                otp.config,
                otp.address,
                otp.customer_id,
                otp.code_hash,
                otp.created_at,
                otp.expires_at,
                otp.attempts,
                otp.max_attempts,
                otp.state,
            ),
        )

    def otp(self, otp_id: str) -> OtpRow | None:
        row = self.db.execute(
            "SELECT otp_id, org_id, config, address, customer_id, code_hash, created_at, expires_at, attempts,"
            " max_attempts, state FROM comms_otps WHERE otp_id = ?",
            (otp_id,),
        ).fetchone()
        return _otp(row) if row else None

    def update_otp(self, otp_id: str, attempts: int, state: str) -> None:
        self.db.execute(
            "UPDATE comms_otps SET attempts = ?, state = ? WHERE otp_id = ?", (attempts, state, otp_id)
        )

    def otp_sends(self, org_id: str, config: str, address: str, since: float) -> int:
        row = self.db.execute(
            "SELECT count(*) FROM comms_otps WHERE org_id = ? AND config = ? AND address = ? AND created_at >= ?",
            (org_id, config, address, since),
        ).fetchone()
        return int(row[0])

    def retire_otps(self, org_id: str, config: str, address: str) -> int:
        cur = self.db.execute(
            "UPDATE comms_otps SET state = 'used' WHERE org_id = ? AND config = ? AND address = ? AND state = 'pending'",
            (org_id, config, address),
        )
        return cur.rowcount

    def comms_key(self, org_id: str, new_key: bytes) -> bytes:
        self.db.execute(
            "INSERT INTO comms_keys(org_id, secret) VALUES (?, ?) ON CONFLICT(org_id) DO NOTHING",
            (org_id, new_key),
        )
        row = self.db.execute("SELECT secret FROM comms_keys WHERE org_id = ?", (org_id,)).fetchone()
        return bytes(row[0])

    # -- sends --------------------------------------------------------------------------------

    def put_send(self, send: SendRow) -> int:
        marks = ", ".join("?" * _SEND_FIELDS)
        row = self.db.execute(
            f"INSERT INTO comms_sends({SEND_COLUMNS}) VALUES ({marks}) RETURNING id", send_values(send)
        ).fetchone()
        if send.status == QUEUED:
            self.queued = True
        return int(row[0])

    def sends(self, ids: Collection[int]) -> list[SendRow]:
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        rows = self.db.execute(
            f"SELECT {SEND_COLUMNS}, id FROM comms_sends WHERE id IN ({marks}) ORDER BY id", tuple(ids)
        )
        return [_send(r) for r in rows]

    def send_states(self, ids: Collection[int]) -> dict[int, tuple[int, float, str, bool]]:
        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        rows = self.db.execute(
            f"SELECT id, status, due_at, address, body IS NOT NULL FROM comms_sends WHERE id IN ({marks})",
            tuple(ids),
        )
        return {int(r[0]): (int(r[1]), float(r[2]), str(r[3]), bool(r[4])) for r in rows}

    def sends_by_report(self, report_ids: Collection[str]) -> list[SendRow]:
        if not report_ids:
            return []
        marks = ", ".join("?" * len(report_ids))
        rows = self.db.execute(
            f"SELECT {SEND_COLUMNS}, id FROM comms_sends WHERE report_id IN ({marks}) ORDER BY id",
            tuple(report_ids),
        )
        return [_send(r) for r in rows]

    def due_sends(self, now: float, lease_now: float, limit: int) -> list[int]:
        rows = self.db.execute(
            "SELECT id FROM comms_sends WHERE status IN (1, 2) AND ((status = 1 AND due_at <= ? AND"
            " (owner IS NULL OR lease_until <= ?)) OR (status = 2 AND lease_until <= ?)) ORDER BY due_at, id LIMIT ?",
            (now, lease_now, lease_now, limit),
        )
        return [int(r[0]) for r in rows]

    def retry_send(self, row_id: int, due_at: float, now: float, error_code: str, error_message: str) -> bool:
        cur = self.db.execute(
            f"UPDATE comms_sends SET status = {QUEUED}, due_at = ?, updated_at = ?, attempts = attempts + 1,"
            f" error_code = ?, error_message = ?, owner = NULL, lease_until = NULL WHERE id = ? AND status = {SENDING}",
            (due_at, now, error_code, error_message, row_id),
        )
        self.queued = True
        return cur.rowcount > 0

    def receipt(
        self, org_id: str, provider: str, provider_message_id: str, status: int, now: float
    ) -> SendRow | None:
        if not provider_message_id:
            return None
        row = self.db.execute(
            # the id, or a long message's first part's id (byte-wise on both stores: no LIKE,
            # which SQLite compares without case); the newest such row, should an SMSC reuse ids
            f"SELECT {SEND_COLUMNS}, id FROM comms_sends WHERE org_id = ? AND provider = ?"
            " AND (provider_message_id = ? OR substr(provider_message_id, 1, ?) = ?) ORDER BY id DESC LIMIT 1",
            (org_id, provider, provider_message_id, len(provider_message_id) + 1, provider_message_id + ","),
        ).fetchone()
        if row is None:
            return None
        found = _send(row)
        if found.status == SENT:
            self.db.execute(
                "UPDATE comms_sends SET status = ?, updated_at = ? WHERE id = ?", (status, now, found.row_id)
            )
        return found

    def mark_delivered(self, report_id: str, now: float) -> bool:
        cur = self.db.execute(
            f"UPDATE comms_sends SET status = {DELIVERED}, updated_at = ? WHERE report_id = ? AND status = {SENT}",
            (now, report_id),
        )
        return cur.rowcount > 0

    def unsend(self, ids: Collection[int]) -> None:
        if ids:
            marks = ", ".join("?" * len(ids))
            self.db.execute(
                f"UPDATE comms_sends SET status = {QUEUED} WHERE status = {SENDING} AND id IN ({marks})",
                tuple(ids),
            )
            self.queued = True

    def mark_sending(self, ids: Collection[int], now: float) -> None:
        if ids:
            marks = ", ".join("?" * len(ids))
            self.db.execute(
                f"UPDATE comms_sends SET status = {SENDING}, updated_at = ? WHERE id IN ({marks})",
                (now, *ids),
            )

    def next_send_due(self) -> float | None:
        # rows in flight, or another sender's, come back through their leases (``due_sends``)
        row = self.db.execute(
            "SELECT min(due_at) FROM comms_sends WHERE status = 1 AND owner IS NULL"
        ).fetchone()
        return float(row[0]) if row and row[0] is not None else None

    def update_send(
        self,
        row_id: int,
        status: int,
        now: float,
        provider: str = "",
        provider_message_id: str = "",
        error_code: str = "",
        error_message: str = "",
        expect: int | None = None,
    ) -> bool:
        keep_body = status in (QUEUED, SENDING)  # settled: its body and its claim go
        settled = "" if keep_body else ", body = NULL, owner = NULL, lease_until = NULL"
        cur = self.db.execute(
            "UPDATE comms_sends SET status = ?, updated_at = ?, provider = ?, provider_message_id = ?,"
            f" error_code = ?, error_message = ?{settled} WHERE id = ?"
            + ("" if expect is None else " AND status = ?"),
            (status, now, provider, provider_message_id, error_code, error_message, row_id)
            + (() if expect is None else (expect,)),
        )
        return cur.rowcount > 0

    def reports(self, query: ReportFilter, before: tuple[float, int] | None, limit: int) -> list[SendRow]:
        where = ["org_id = ?", "created_at >= ?", "created_at < ?"]
        args: list[Any] = [query.org_id, query.since, query.until]
        for column in ("channel", "address", "template_id", "job_id", "campaign_id", "event"):
            value = getattr(query, column)
            if value:
                where.append(f"{column} = ?")
                args.append(value)
        if query.statuses:
            where.append(f"status IN ({', '.join('?' * len(query.statuses))})")
            args.extend(query.statuses)
        if before is not None:
            where.append("(created_at < ? OR (created_at = ? AND id < ?))")
            args.extend((before[0], before[0], before[1]))
        rows = self.db.execute(
            f"SELECT {SEND_COLUMNS}, id FROM comms_sends WHERE {' AND '.join(where)}"
            " ORDER BY created_at DESC, id DESC LIMIT ?",
            (*args, limit),
        )
        return [_send(r) for r in rows]

    # -- providers added through the API ------------------------------------------------------

    def put_provider(self, org_id: str, name: str, body: bytes, secret: str | None, now: float) -> None:
        if secret is None:
            self.db.execute(
                "INSERT INTO comms_providers(org_id, name, body, secret, updated_at) VALUES (?, ?, ?, '', ?)"
                " ON CONFLICT(org_id, name) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
                (org_id, name, body, now),
            )
        else:
            self.db.execute(
                upsert("comms_providers", "org_id, name, body, secret, updated_at", "org_id, name"),
                (org_id, name, body, secret, now),
            )
        self.reconfigured = True

    def delete_provider(self, org_id: str, name: str) -> bool:
        cur = self.db.execute("DELETE FROM comms_providers WHERE org_id = ? AND name = ?", (org_id, name))
        self.reconfigured = True
        return cur.rowcount > 0

    def providers(self, org_id: str) -> list[tuple[str, bytes, str]]:
        rows = self.db.execute(
            "SELECT name, body, secret FROM comms_providers WHERE org_id = ? ORDER BY name", (org_id,)
        )
        return [(r[0], bytes(r[1]), r[2]) for r in rows]

    def put_provider_defaults(self, org_id: str, key: str, names: tuple[str, ...]) -> None:
        if names:
            self.db.execute(
                upsert("comms_provider_defaults", "org_id, key, names", "org_id, key"),
                (org_id, key, "\n".join(names)),
            )
        else:
            self.db.execute("DELETE FROM comms_provider_defaults WHERE org_id = ? AND key = ?", (org_id, key))
        self.reconfigured = True

    def provider_defaults(self, org_id: str) -> dict[str, tuple[str, ...]]:
        rows = self.db.execute("SELECT key, names FROM comms_provider_defaults WHERE org_id = ?", (org_id,))
        return {r[0]: tuple(r[1].split("\n")) for r in rows}

    # -- suppression and audit ----------------------------------------------------------------

    def put_suppression(self, org_id: str, channel: int, address: str, reason: str, now: float) -> None:
        self.db.execute(
            "INSERT INTO comms_suppressions(org_id, channel, address, reason, created_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(org_id, channel, address) DO NOTHING",
            (org_id, channel, address, reason, now),
        )

    def delete_suppression(self, org_id: str, channel: int, address: str) -> bool:
        cur = self.db.execute(
            "DELETE FROM comms_suppressions WHERE org_id = ? AND channel = ? AND address = ?",
            (org_id, channel, address),
        )
        return cur.rowcount > 0

    def suppressed(self, org_id: str, channel: int, address: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM comms_suppressions WHERE org_id = ? AND channel = ? AND address = ?",
            (org_id, channel, address),
        ).fetchone()
        return row is not None

    def suppressions(
        self, org_id: str, channel: int, after: tuple[int, str] | None, limit: int
    ) -> list[tuple[int, str, str, float]]:
        where: list[str] = ["org_id = ?"]
        args: list[Any] = [org_id]
        if channel:
            where.append("channel = ?")
            args.append(channel)
        if after is not None:
            where.append("(channel > ? OR (channel = ? AND address > ?))")
            args.extend((after[0], after[0], after[1]))
        rows = self.db.execute(
            f"SELECT channel, address, reason, created_at FROM comms_suppressions WHERE {' AND '.join(where)}"
            " ORDER BY channel, address LIMIT ?",
            (*args, limit),
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def put_audit(
        self, org_id: str, app_id: str, actor: str, action: str, subject: str, detail: str, now: float
    ) -> None:
        self.db.execute(
            "INSERT INTO comms_audit(org_id, app_id, actor, action, subject, detail, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (org_id, app_id, actor, action, subject, detail, now),
        )

    def audit_log(
        self, org_id: str, since: float, until: float, before: int | None, limit: int
    ) -> list[AuditRow]:
        rows = self.db.execute(
            "SELECT id, org_id, app_id, actor, action, subject, detail, at FROM comms_audit"
            " WHERE org_id = ? AND at >= ? AND at < ? AND id < ? ORDER BY id DESC LIMIT ?",
            (org_id, since, until, before if before is not None else 2**62, limit),
        )
        return [AuditRow(int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], r[7]) for r in rows]

    # -- a customer's part --------------------------------------------------------------------

    def _adopt_comms(self, customer_id: str, other_id: str) -> None:
        self._move_keyed_rows("comms_subscriptions", "org_id, event", customer_id, other_id)
        self._move_rows("comms_otps", customer_id, other_id)
        self._move_rows("comms_sends", customer_id, other_id)

    def _delete_comms(self, customer_id: str) -> None:
        """Erasure: subscriptions and codes go; report rows stay, without the address or what
        was sent."""
        self.db.execute("DELETE FROM comms_subscriptions WHERE customer_id = ?", (customer_id,))
        self.db.execute("DELETE FROM comms_otps WHERE customer_id = ?", (customer_id,))
        self.db.execute("DELETE FROM comms_audience_members WHERE customer_id = ?", (customer_id,))
        self.db.execute(
            "UPDATE comms_sends SET address = '', body = NULL, customer_id = NULL,"
            " status = CASE WHEN status IN (1, 2) THEN 6 ELSE status END,"
            " error_message = CASE WHEN status IN (1, 2) THEN 'the customer was deleted' ELSE error_message END"
            " WHERE customer_id = ?",
            (customer_id,),
        )
