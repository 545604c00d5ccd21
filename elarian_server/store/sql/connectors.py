"""The outbound connectors' deliveries in SQL (SQLite and PostgreSQL), and their schema, written
once for both dialects (each store's migration renders ``schema_connectors()`` with its types)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from ..base import (
    INBOUND_FAILED,
    INBOUND_QUEUED,
    WEBHOOK_DELIVERED,
    WEBHOOK_FAILED,
    WEBHOOK_PENDING,
    ConnectorsTx,
    InboundRow,
    WebhookRow,
)
from .common import SqlAggregate

_COLUMNS = (
    "d.id, d.org_id, d.connector, d.webhook_id, d.event_type, d.customer_id, d.order_key, d.body, d.created_at,"
    " d.attempts, d.next_attempt, d.status, d.last_code, d.last_error, d.settled_at"
)


def schema_connectors(text: str, real: str, serial: str, rowid: str) -> str:
    """Migration: webhook deliveries (claimed jobs, one line per connector and order key) and
    outbound connectors' health."""
    r = f",\n        {rowid}" if rowid else ""
    return f"""
    CREATE TABLE connector_deliveries (
        id {serial},
        org_id {text} NOT NULL,
        connector {text} NOT NULL,
        webhook_id {text} NOT NULL UNIQUE,
        event_type {text} NOT NULL,
        customer_id {text},
        order_key {text} NOT NULL,
        body {text} NOT NULL,
        created_at {real} NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt {real} NOT NULL,
        status INTEGER NOT NULL DEFAULT {WEBHOOK_PENDING},
        last_code INTEGER NOT NULL DEFAULT 0,
        last_error {text} NOT NULL DEFAULT '',
        settled_at {real},
        owner {text},
        lease_until {real}
    );
    CREATE INDEX connector_deliveries_line ON connector_deliveries(org_id, connector, order_key, id)
        WHERE status = {WEBHOOK_PENDING};
    CREATE INDEX connector_deliveries_due ON connector_deliveries(org_id, connector, next_attempt)
        WHERE status = {WEBHOOK_PENDING};
    CREATE INDEX connector_deliveries_listed ON connector_deliveries(org_id, connector, created_at, id);
    CREATE INDEX connector_deliveries_customer ON connector_deliveries(customer_id);
    CREATE TABLE inbound_events (
        id {serial},
        org_id {text} NOT NULL,
        connector {text} NOT NULL,
        event_id {text} NOT NULL,
        audience {text} NOT NULL,
        action {text} NOT NULL,
        identities {text} NOT NULL,
        properties {text} NOT NULL,
        received_at {real} NOT NULL,
        status INTEGER NOT NULL DEFAULT {INBOUND_QUEUED},
        customer_id {text},
        outcome {text} NOT NULL DEFAULT '',
        settled_at {real},
        owner {text},
        lease_until {real}
    );
    CREATE UNIQUE INDEX inbound_events_once ON inbound_events(org_id, connector, event_id);
    CREATE INDEX inbound_events_queued ON inbound_events(id) WHERE status = {INBOUND_QUEUED};
    CREATE INDEX inbound_events_received ON inbound_events(received_at);
    CREATE INDEX inbound_events_customer ON inbound_events(customer_id);
    CREATE TABLE webhook_connectors (
        org_id {text} NOT NULL,
        name {text} NOT NULL,
        settings {text} NOT NULL,
        secret {text} NOT NULL,
        updated_at {real} NOT NULL{r},
        PRIMARY KEY (org_id, name)
    );
    CREATE TABLE connector_health (
        org_id {text} NOT NULL,
        connector {text} NOT NULL,
        failing_since {real},
        disabled_at {real}{r},
        PRIMARY KEY (org_id, connector)
    );
    """


_INBOUND = (
    "id, org_id, connector, event_id, audience, action, identities, properties, received_at, status, customer_id,"
    " outcome, settled_at"
)


def _inbound(r: Any) -> InboundRow:
    return InboundRow(
        int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], r[7], float(r[8]), int(r[9]), r[10], r[11], r[12]
    )


def _row(r: Any) -> WebhookRow:
    return WebhookRow(
        int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], r[7], float(r[8]), int(r[9]), float(r[10]), int(r[11]),
        int(r[12]), r[13], r[14],
    )  # fmt: skip


class SqlConnectors(SqlAggregate, ConnectorsTx):
    def add_webhook(
        self, org_id: str, connector: str, webhook_id: str, event_type: str, customer_id: str | None,
        order_key: str, body: str, now: float,
    ) -> None:  # fmt: skip
        self.published = True
        self.db.execute(
            "INSERT INTO connector_deliveries(org_id, connector, webhook_id, event_type, customer_id, order_key,"
            " body, created_at, next_attempt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (org_id, connector, webhook_id, event_type, customer_id, order_key, body, now, now),
        )

    def due_webhooks(
        self, org_id: str, connector: str, now: float, lease_now: float, owner: str, limit: int
    ) -> list[WebhookRow]:
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM connector_deliveries d"
            f" WHERE d.org_id = ? AND d.connector = ? AND d.status = {WEBHOOK_PENDING} AND d.next_attempt <= ?"
            " AND d.id = (SELECT min(p.id) FROM connector_deliveries p WHERE p.org_id = d.org_id"
            f" AND p.connector = d.connector AND p.order_key = d.order_key AND p.status = {WEBHOOK_PENDING})"
            " AND (d.owner IS NULL OR (d.owner <> ? AND d.lease_until <= ?))"
            " ORDER BY d.next_attempt, d.id LIMIT ?",
            (org_id, connector, now, owner, lease_now, limit),
        )
        return [_row(r) for r in rows]

    def webhooks_by_id(self, ids: Collection[int]) -> list[WebhookRow]:
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM connector_deliveries d WHERE d.id IN ({marks}) ORDER BY d.id", tuple(ids)
        )
        return [_row(r) for r in rows]

    def settle_webhook(self, row_id: int, status: int, code: int, error: str, now: float) -> None:
        self.published = True  # the next of its line may go now
        self.db.execute(
            "UPDATE connector_deliveries SET status = ?, attempts = attempts + 1, last_code = ?, last_error = ?,"
            " settled_at = ?, owner = NULL, lease_until = NULL WHERE id = ?",
            (status, code, error, now, row_id),
        )

    def retry_webhook(self, row_id: int, at: float, code: int, error: str) -> None:
        self.published = True
        self.db.execute(
            "UPDATE connector_deliveries SET attempts = attempts + 1, next_attempt = ?, last_code = ?,"
            " last_error = ?, owner = NULL, lease_until = NULL WHERE id = ?",
            (at, code, error, row_id),
        )

    def next_webhook_due(self) -> float | None:
        row = self.db.execute(
            f"SELECT min(d.next_attempt) FROM connector_deliveries d WHERE d.status = {WEBHOOK_PENDING}"
            " AND NOT EXISTS (SELECT 1 FROM connector_health h WHERE h.org_id = d.org_id"
            " AND h.connector = d.connector AND h.disabled_at IS NOT NULL)"
        ).fetchone()
        return float(row[0]) if row and row[0] is not None else None

    def list_webhooks(
        self, org_id: str, connector: str, status: int | None, since: float, until: float, after_id: int,
        limit: int,
    ) -> list[WebhookRow]:  # fmt: skip
        which = "" if status is None else f" AND d.status = {int(status)}"
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM connector_deliveries d WHERE d.org_id = ? AND d.connector = ?{which}"
            " AND d.created_at >= ? AND d.created_at < ? AND d.id > ? ORDER BY d.id LIMIT ?",
            (org_id, connector, since, until, after_id, limit),
        )
        return [_row(r) for r in rows]

    def replay_webhooks(
        self, org_id: str, connector: str, ids: Collection[str], since: float, until: float, now: float
    ) -> int:
        self.published = True
        head = (
            f"UPDATE connector_deliveries SET status = {WEBHOOK_PENDING}, attempts = 0, next_attempt = ?,"
            " settled_at = NULL, owner = NULL, lease_until = NULL"
            f" WHERE org_id = ? AND connector = ? AND status = {WEBHOOK_FAILED}"
        )
        if ids:
            marks = ", ".join("?" * len(ids))
            cursor = self.db.execute(f"{head} AND webhook_id IN ({marks})", (now, org_id, connector, *ids))
        else:
            cursor = self.db.execute(
                f"{head} AND created_at >= ? AND created_at < ?", (now, org_id, connector, since, until)
            )
        return int(cursor.rowcount)

    def webhook_counts(self, org_id: str, connector: str) -> dict[int, int]:
        rows = self.db.execute(
            "SELECT status, count(*) FROM connector_deliveries WHERE org_id = ? AND connector = ? GROUP BY status",
            (org_id, connector),
        )
        counts = {WEBHOOK_PENDING: 0, WEBHOOK_DELIVERED: 0, WEBHOOK_FAILED: 0}
        counts.update({int(s): int(n) for s, n in rows})
        return counts

    def connector_health(self, org_id: str, connector: str) -> tuple[float | None, float | None]:
        row = self.db.execute(
            "SELECT failing_since, disabled_at FROM connector_health WHERE org_id = ? AND connector = ?",
            (org_id, connector),
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def set_connector_health(
        self, org_id: str, connector: str, failing_since: float | None, disabled_at: float | None
    ) -> None:
        self.published = True  # a connector enabled again has work
        self.db.execute(
            "INSERT INTO connector_health(org_id, connector, failing_since, disabled_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (org_id, connector) DO UPDATE SET failing_since = excluded.failing_since,"
            " disabled_at = excluded.disabled_at",
            (org_id, connector, failing_since, disabled_at),
        )

    def hasten_webhooks(self, org_id: str, connector: str, now: float) -> int:
        self.published = True
        return int(
            self.db.execute(
                f"UPDATE connector_deliveries SET next_attempt = ? WHERE org_id = ? AND connector = ?"
                f" AND status = {WEBHOOK_PENDING} AND next_attempt > ?",
                (now, org_id, connector, now),
            ).rowcount
        )

    def disabled_connectors(self) -> set[tuple[str, str]]:
        rows = self.db.execute("SELECT org_id, connector FROM connector_health WHERE disabled_at IS NOT NULL")
        return {(o, c) for o, c in rows}

    # -- connectors added through the API -------------------------------------------------------------

    def put_webhook_connector(
        self, org_id: str, name: str, settings: str, secret: str | None, now: float
    ) -> None:
        self.reconfigured = True
        if secret is None:
            self.db.execute(
                "UPDATE webhook_connectors SET settings = ?, updated_at = ? WHERE org_id = ? AND name = ?",
                (settings, now, org_id, name),
            )
            return
        self.db.execute(
            "INSERT INTO webhook_connectors(org_id, name, settings, secret, updated_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (org_id, name) DO UPDATE SET settings = excluded.settings, secret = excluded.secret,"
            " updated_at = excluded.updated_at",
            (org_id, name, settings, secret, now),
        )

    def delete_webhook_connector(self, org_id: str, name: str) -> bool:
        self.reconfigured = True
        gone = self.db.execute("DELETE FROM webhook_connectors WHERE org_id = ? AND name = ?", (org_id, name))
        self.db.execute(
            f"DELETE FROM connector_deliveries WHERE org_id = ? AND connector = ? AND status = {WEBHOOK_PENDING}",
            (org_id, name),
        )
        self.db.execute("DELETE FROM connector_health WHERE org_id = ? AND connector = ?", (org_id, name))
        return int(gone.rowcount) == 1

    def webhook_connectors(self, org_id: str) -> list[tuple[str, str, str]]:
        rows = self.db.execute(
            "SELECT name, settings, secret FROM webhook_connectors WHERE org_id = ? ORDER BY name", (org_id,)
        )
        return [(n, s, k) for n, s, k in rows]

    # -- inbound events ---------------------------------------------------------------------------------

    def add_inbound(
        self, org_id: str, connector: str, event_id: str, audience: str, action: str, identities: str,
        properties: str, now: float,
    ) -> bool:  # fmt: skip
        cursor = self.db.execute(
            "INSERT INTO inbound_events(org_id, connector, event_id, audience, action, identities, properties,"
            " received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (org_id, connector, event_id) DO NOTHING",
            (org_id, connector, event_id, audience, action, identities, properties, now),
        )
        added = int(cursor.rowcount) == 1
        self.published = self.published or added
        return added

    def inbound_event(self, org_id: str, connector: str, event_id: str) -> InboundRow | None:
        row = self.db.execute(
            f"SELECT {_INBOUND} FROM inbound_events WHERE org_id = ? AND connector = ? AND event_id = ?",
            (org_id, connector, event_id),
        ).fetchone()
        return _inbound(row) if row else None

    def queued_inbound(self, lease_now: float, owner: str, limit: int) -> list[int]:
        rows = self.db.execute(
            f"SELECT id FROM inbound_events WHERE status = {INBOUND_QUEUED}"
            " AND (owner IS NULL OR (owner <> ? AND lease_until <= ?)) ORDER BY id LIMIT ?",
            (owner, lease_now, limit),
        )
        return [int(r[0]) for r in rows]

    def inbound_by_id(self, ids: Collection[int]) -> list[InboundRow]:
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        rows = self.db.execute(
            f"SELECT {_INBOUND} FROM inbound_events WHERE id IN ({marks}) ORDER BY id", tuple(ids)
        )
        return [_inbound(r) for r in rows]

    def settle_inbound(
        self, row_id: int, status: int, customer_id: str | None, outcome: str, now: float
    ) -> None:
        self.db.execute(
            "UPDATE inbound_events SET status = ?, customer_id = ?, outcome = ?, settled_at = ?, owner = NULL,"
            " lease_until = NULL WHERE id = ?",
            (status, customer_id, outcome, now, row_id),
        )

    def replay_inbound(self, org_id: str, connector: str, event_id: str) -> bool:
        cursor = self.db.execute(
            f"UPDATE inbound_events SET status = {INBOUND_QUEUED}, settled_at = NULL, owner = NULL,"
            f" lease_until = NULL WHERE org_id = ? AND connector = ? AND event_id = ? AND status = {INBOUND_FAILED}",
            (org_id, connector, event_id),
        )
        replayed = int(cursor.rowcount) == 1
        self.published = self.published or replayed
        return replayed

    def forget_inbound(self, before: float) -> int:
        return int(
            self.db.execute(
                f"DELETE FROM inbound_events WHERE received_at < ? AND status <> {INBOUND_QUEUED}", (before,)
            ).rowcount
        )

    def _adopt_connectors(self, customer_id: str, other_id: str) -> None:
        """Deliveries about the adopted customer go on in the adopter's line."""
        self.db.execute(
            "UPDATE connector_deliveries SET customer_id = ?, order_key = ? WHERE customer_id = ?"
            " AND order_key = ?",
            (customer_id, customer_id, other_id, other_id),
        )
        self.db.execute(
            "UPDATE connector_deliveries SET customer_id = ? WHERE customer_id = ?", (customer_id, other_id)
        )
        self.db.execute(
            "UPDATE inbound_events SET customer_id = ? WHERE customer_id = ?", (customer_id, other_id)
        )

    def _delete_connectors(self, customer_id: str) -> None:
        """Erasure: what was to be sent about the customer is not sent, and what was sent is not
        kept (its identities are in the body)."""
        self.db.execute("DELETE FROM connector_deliveries WHERE customer_id = ?", (customer_id,))
        self.db.execute(  # kept (its id still deduplicates), without who it was about
            "UPDATE inbound_events SET identities = '{}', properties = '{}', customer_id = NULL"
            " WHERE customer_id = ?",
            (customer_id,),
        )
