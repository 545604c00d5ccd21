"""Audiences and campaigns in SQL (SQLite and PostgreSQL), and their schema, written once for
both dialects (each store's migration renders ``schema_audiences()`` with its column types)."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from typing import Any, TypeVar

from ..base import AudienceRec, AudiencesTx, CampaignRec, MemberRow, SendRow
from .common import SqlAggregate
from .comms import QUEUED, SEND_COLUMNS, SENDING, send_values

SKIPPED = 6
DRAFT, SCHEDULED, RUNNING = 1, 2, 3  # CampaignState numbers
PROMOTIONAL = 3
_ROWS_PER_INSERT = 200  # rows per multi-row INSERT (27 parameters each: within both dialects' limits)
_AUDIENCE = (
    "audience_id, org_id, name, body, state, next_chunk, rows_read, members, rejected, created_at, updated_at"
)
_CAMPAIGN = (
    "campaign_id, org_id, app_id, body, state, reason, start_at, position, spent, started_at, finished_at,"
    " created_at, updated_at, version"
)

T = TypeVar("T")


def schema_audiences(text: str, blob: str, real: str, serial: str, rowid: str) -> str:
    """Migration: audiences, their contacts and rejected rows; campaigns (claimed jobs); the
    campaign a send belongs to is sent to each address once (a unique index), and a send may
    name the providers it goes through (``route``)."""
    r = f",\n        {rowid}" if rowid else ""
    return f"""
    CREATE TABLE comms_audiences (
        audience_id {text} PRIMARY KEY,
        org_id {text} NOT NULL,
        name {text} NOT NULL,
        body {blob} NOT NULL,
        state INTEGER NOT NULL,
        next_chunk INTEGER NOT NULL DEFAULT 0,
        rows_read INTEGER NOT NULL DEFAULT 0,
        members INTEGER NOT NULL DEFAULT 0,
        rejected INTEGER NOT NULL DEFAULT 0,
        created_at {real} NOT NULL,
        updated_at {real} NOT NULL{r}
    );
    CREATE UNIQUE INDEX comms_audiences_by_name ON comms_audiences(org_id, name);
    CREATE TABLE comms_audience_members (
        id {serial},
        audience_id {text} NOT NULL,
        line INTEGER NOT NULL,
        phone {text},
        email {text},
        customer_id {text},
        vars {text} NOT NULL
    );
    CREATE INDEX comms_members_in_order ON comms_audience_members(audience_id, id);
    CREATE UNIQUE INDEX comms_members_by_phone ON comms_audience_members(audience_id, phone)
        WHERE phone IS NOT NULL;
    CREATE UNIQUE INDEX comms_members_by_email ON comms_audience_members(audience_id, email)
        WHERE email IS NOT NULL;
    CREATE INDEX comms_members_by_customer ON comms_audience_members(customer_id);
    CREATE TABLE comms_audience_rejects (
        audience_id {text} NOT NULL,
        line INTEGER NOT NULL,
        reason {text} NOT NULL{r},
        PRIMARY KEY (audience_id, line)
    );
    CREATE TABLE comms_campaigns (
        id {serial},
        campaign_id {text} NOT NULL UNIQUE,
        org_id {text} NOT NULL,
        app_id {text} NOT NULL,
        body {blob} NOT NULL,
        state INTEGER NOT NULL,
        reason {text} NOT NULL DEFAULT '',
        start_at {real},
        position INTEGER NOT NULL DEFAULT 0,
        spent {real} NOT NULL DEFAULT 0,
        started_at {real},
        finished_at {real},
        created_at {real} NOT NULL,
        updated_at {real} NOT NULL,
        version INTEGER NOT NULL DEFAULT 0,
        owner {text},
        lease_until {real}
    );
    CREATE INDEX comms_campaigns_by_org ON comms_campaigns(org_id, created_at);
    CREATE INDEX comms_campaigns_active ON comms_campaigns(start_at) WHERE state IN (2, 3);
    ALTER TABLE comms_sends ADD COLUMN route {text} NOT NULL DEFAULT '';
    CREATE UNIQUE INDEX comms_sends_once_per_campaign ON comms_sends(campaign_id, address)
        WHERE campaign_id <> '' AND address <> '';
    CREATE INDEX comms_sends_campaign_status ON comms_sends(campaign_id, status) WHERE campaign_id <> '';
    """


def _batches(items: Sequence[T], size: int = _ROWS_PER_INSERT) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _audience(row: Any) -> AudienceRec:
    return AudienceRec(
        row[0], row[1], row[2], bytes(row[3]), row[4], row[5], row[6], row[7], row[8], row[9], row[10]
    )


def _campaign(row: Any) -> CampaignRec:
    return CampaignRec(
        campaign_id=row[0], org_id=row[1], app_id=row[2], body=bytes(row[3]), state=row[4], reason=row[5],
        start_at=row[6], position=row[7], spent=row[8], started_at=row[9], finished_at=row[10],
        created_at=row[11], updated_at=row[12], version=int(row[13]), row_id=int(row[14]),
    )  # fmt: skip


def _member(row: Any) -> MemberRow:
    return MemberRow(
        line=row[0], phone=row[1], email=row[2], values=row[3], customer_id=row[4], member_id=row[5]
    )


class SqlAudiences(SqlAggregate, AudiencesTx):
    # -- audiences ------------------------------------------------------------------------------

    def put_audience(self, audience: AudienceRec) -> None:
        a = audience
        self.db.execute(
            f"INSERT INTO comms_audiences({_AUDIENCE}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.audience_id, a.org_id, a.name, a.body, a.state, a.next_chunk, a.rows, a.members, a.rejected,
             a.created_at, a.updated_at),
        )  # fmt: skip

    def audience(self, org_id: str, audience_id: str = "", name: str = "") -> AudienceRec | None:
        column, value = ("audience_id", audience_id) if audience_id else ("name", name)
        row = self.db.execute(
            f"SELECT {_AUDIENCE} FROM comms_audiences WHERE org_id = ? AND {column} = ?", (org_id, value)
        ).fetchone()
        return _audience(row) if row else None

    def audiences(self, org_id: str) -> list[AudienceRec]:
        rows = self.db.execute(
            f"SELECT {_AUDIENCE} FROM comms_audiences WHERE org_id = ? ORDER BY name", (org_id,)
        )
        return [_audience(r) for r in rows]

    def update_audience(
        self,
        audience_id: str,
        next_chunk: int,
        rows: int,
        members: int,
        rejected: int,
        state: int,
        now: float,
    ) -> None:
        self.db.execute(
            "UPDATE comms_audiences SET next_chunk = ?, rows_read = rows_read + ?, members = members + ?,"
            " rejected = rejected + ?, state = ?, updated_at = ? WHERE audience_id = ?",
            (next_chunk, rows, members, rejected, state, now, audience_id),
        )

    def add_members(self, audience_id: str, members: list[MemberRow]) -> set[int]:
        added: set[int] = set()
        for batch in _batches(members):
            marks = ", ".join(["(?, ?, ?, ?, ?, ?)"] * len(batch))
            args: list[Any] = []
            for m in batch:
                args += (audience_id, m.line, m.phone, m.email, m.customer_id, m.values)
            rows = self.db.execute(
                "INSERT INTO comms_audience_members(audience_id, line, phone, email, customer_id, vars)"
                f" VALUES {marks} ON CONFLICT DO NOTHING RETURNING line",
                args,
            )
            added.update(int(r[0]) for r in rows)
        return added

    def members_matching(
        self, audience_id: str, phones: Collection[str], emails: Collection[str]
    ) -> list[MemberRow]:
        found: list[MemberRow] = []
        for column, values in (("phone", list(phones)), ("email", list(emails))):
            for batch in _batches(values, 500):
                marks = ", ".join("?" * len(batch))
                rows = self.db.execute(
                    "SELECT line, phone, email, vars, customer_id, id FROM comms_audience_members"
                    f" WHERE audience_id = ? AND {column} IN ({marks})",
                    (audience_id, *batch),
                )
                found += [_member(r) for r in rows]
        return found

    def add_rejects(self, audience_id: str, rejects: list[tuple[int, str]]) -> None:
        for batch in _batches(rejects):
            marks = ", ".join(["(?, ?, ?)"] * len(batch))
            args: list[Any] = []
            for line, reason in batch:
                args += (audience_id, line, reason)
            self.db.execute(
                f"INSERT INTO comms_audience_rejects(audience_id, line, reason) VALUES {marks}"
                " ON CONFLICT DO NOTHING",
                args,
            )

    def rejects(self, audience_id: str, after_line: int, limit: int) -> list[tuple[int, str]]:
        rows = self.db.execute(
            "SELECT line, reason FROM comms_audience_rejects WHERE audience_id = ? AND line > ?"
            " ORDER BY line LIMIT ?",
            (audience_id, after_line, limit),
        )
        return [(int(r[0]), r[1]) for r in rows]

    def members(self, audience_id: str, after_id: int, limit: int) -> list[MemberRow]:
        rows = self.db.execute(
            "SELECT line, phone, email, vars, customer_id, id FROM comms_audience_members"
            " WHERE audience_id = ? AND id > ? ORDER BY id LIMIT ?",
            (audience_id, after_id, limit),
        )
        return [_member(r) for r in rows]

    def count_members(self, audience_id: str, after_id: int = 0) -> int:
        row = self.db.execute(
            "SELECT count(*) FROM comms_audience_members WHERE audience_id = ? AND id > ?",
            (audience_id, after_id),
        ).fetchone()
        return int(row[0])

    def draw_members(self, org_id: str, audience_id: str, key: str, value: str, now: float) -> int:
        # a customer's first phone number (CELLULAR, 2) and email address (EMAIL, 5), by when added
        first = (
            "(SELECT n.number FROM customer_numbers n WHERE n.customer_id = t.customer_id AND n.provider = {p}"
            " ORDER BY n.rowid LIMIT 1)"
        )
        match = " AND t.value = ?" if value else ""
        rows = self.db.execute(
            "INSERT INTO comms_audience_members(audience_id, line, phone, email, customer_id, vars)"
            f" SELECT ?, 0, {first.format(p=2)}, {first.format(p=5)}, t.customer_id, '[]' FROM tags t"
            f" WHERE t.org_id = ? AND t.key = ?{match} AND (t.expires_at IS NULL OR t.expires_at > ?)"
            " ORDER BY t.customer_id ON CONFLICT DO NOTHING RETURNING id",
            (audience_id, org_id, key, *((value,) if value else ()), now),
        )
        return len(rows.fetchall())

    def delete_audience(self, audience_id: str) -> bool:
        self.db.execute("DELETE FROM comms_audience_members WHERE audience_id = ?", (audience_id,))
        self.db.execute("DELETE FROM comms_audience_rejects WHERE audience_id = ?", (audience_id,))
        return (
            self.db.execute("DELETE FROM comms_audiences WHERE audience_id = ?", (audience_id,)).rowcount > 0
        )

    # -- campaigns ------------------------------------------------------------------------------

    def put_campaign(self, campaign: CampaignRec) -> None:
        c = campaign
        self.db.execute(
            f"INSERT INTO comms_campaigns({_CAMPAIGN}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (c.campaign_id, c.org_id, c.app_id, c.body, c.state, c.reason, c.start_at, c.position, c.spent,
             c.started_at, c.finished_at, c.created_at, c.updated_at, c.version),
        )  # fmt: skip
        if c.state in (SCHEDULED, RUNNING):
            self.queued = True

    def campaign(self, org_id: str, campaign_id: str) -> CampaignRec | None:
        row = self.db.execute(
            f"SELECT {_CAMPAIGN}, id FROM comms_campaigns WHERE org_id = ? AND campaign_id = ?",
            (org_id, campaign_id),
        ).fetchone()
        return _campaign(row) if row else None

    def campaigns(self, org_id: str, state: int = 0) -> list[CampaignRec]:
        which = " AND state = ?" if state else ""
        rows = self.db.execute(
            f"SELECT {_CAMPAIGN}, id FROM comms_campaigns WHERE org_id = ?{which} ORDER BY created_at DESC, id DESC",
            (org_id, *((state,) if state else ())),
        )
        return [_campaign(r) for r in rows]

    def campaigns_by_row(self, ids: Collection[int]) -> list[CampaignRec]:
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        rows = self.db.execute(
            f"SELECT {_CAMPAIGN}, id FROM comms_campaigns WHERE id IN ({marks}) ORDER BY id", tuple(ids)
        )
        return [_campaign(r) for r in rows]

    def update_campaign(self, campaign: CampaignRec, expect: int | None = None) -> bool:
        c = campaign
        check = " AND version = ?" if expect is not None else ""
        cur = self.db.execute(
            "UPDATE comms_campaigns SET body = ?, state = ?, reason = ?, start_at = ?, position = ?, spent = ?,"
            f" started_at = ?, finished_at = ?, updated_at = ?, version = version + 1 WHERE campaign_id = ?{check}",
            (c.body, c.state, c.reason, c.start_at, c.position, c.spent, c.started_at, c.finished_at,
             c.updated_at, c.campaign_id, *(() if expect is None else (expect,))),
        )  # fmt: skip
        if c.state in (SCHEDULED, RUNNING) and cur.rowcount:
            self.queued = True
        return cur.rowcount > 0

    def due_campaigns(self, now: float, lease_now: float, limit: int, owner: str) -> list[int]:
        rows = self.db.execute(
            "SELECT id FROM comms_campaigns WHERE state IN (2, 3) AND start_at <= ?"
            " AND (owner IS NULL OR owner = ? OR lease_until <= ?) ORDER BY start_at, id LIMIT ?",
            (now, owner, lease_now, limit),
        )
        return [int(r[0]) for r in rows]

    def next_campaign_start(self) -> float | None:
        row = self.db.execute("SELECT min(start_at) FROM comms_campaigns WHERE state IN (2, 3)").fetchone()
        return float(row[0]) if row and row[0] is not None else None

    def campaign_counts(self, org_id: str, campaign_id: str) -> dict[int, int]:
        rows = self.db.execute(
            "SELECT status, count(*) FROM comms_sends WHERE campaign_id = ? AND campaign_id <> '' AND org_id = ?"
            " GROUP BY status",
            (campaign_id, org_id),
        )
        return {int(r[0]): int(r[1]) for r in rows}

    def campaign_recent(self, org_id: str, campaign_id: str, limit: int) -> list[int]:
        rows = self.db.execute(
            "SELECT status FROM comms_sends WHERE org_id = ? AND campaign_id = ? AND status IN (3, 4, 5)"
            " ORDER BY created_at DESC, id DESC LIMIT ?",
            (org_id, campaign_id, limit),
        )
        return [int(r[0]) for r in rows]

    def campaign_due(self, org_id: str, campaign_id: str, now: float) -> int:
        row = self.db.execute(
            "SELECT count(*) FROM comms_sends WHERE campaign_id = ? AND campaign_id <> '' AND org_id = ?"
            f" AND (status = {SENDING} OR (status = {QUEUED} AND due_at <= ?))",
            (campaign_id, org_id, now),
        ).fetchone()
        return int(row[0])

    def put_sends(self, sends: list[SendRow]) -> int:
        added = 0
        width = SEND_COLUMNS.count(",") + 1
        for batch in _batches(sends):
            marks = ", ".join([f"({', '.join('?' * width)})"] * len(batch))
            args: list[Any] = []
            for send in batch:
                args += send_values(send)
            rows = self.db.execute(
                f"INSERT INTO comms_sends({SEND_COLUMNS}) VALUES {marks} ON CONFLICT DO NOTHING RETURNING status",
                args,
            )
            for r in rows:
                added += 1
                if r[0] == QUEUED:
                    self.queued = True
        return added

    def hold_campaign_sends(self, org_id: str, campaign_id: str, due_at: float) -> int:
        return self.db.execute(
            f"UPDATE comms_sends SET due_at = ? WHERE campaign_id = ? AND campaign_id <> '' AND org_id = ?"
            f" AND status = {QUEUED}",
            (due_at, campaign_id, org_id),
        ).rowcount

    def skip_campaign_sends(self, org_id: str, campaign_id: str, now: float, code: str, message: str) -> int:
        return self.db.execute(
            f"UPDATE comms_sends SET status = {SKIPPED}, body = NULL, updated_at = ?, error_code = ?,"
            f" error_message = ? WHERE campaign_id = ? AND campaign_id <> '' AND org_id = ? AND status = {QUEUED}",
            (now, code, message, campaign_id, org_id),
        ).rowcount

    def customers_with_numbers(self, org_id: str, provider: int, numbers: Collection[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for batch in _batches(list(numbers), 500):
            marks = ", ".join("?" * len(batch))
            rows = self.db.execute(
                "SELECT number, customer_id FROM customer_numbers WHERE org_id = ? AND provider = ?"
                f" AND partition = '' AND number IN ({marks})",
                (org_id, provider, *batch),
            )
            found.update((r[0], r[1]) for r in rows)
        return found

    def suppressed_among(self, org_id: str, channel: int, addresses: Collection[str]) -> set[str]:
        found: set[str] = set()
        for batch in _batches(list(addresses), 500):
            marks = ", ".join("?" * len(batch))
            rows = self.db.execute(
                f"SELECT address FROM comms_suppressions WHERE org_id = ? AND channel = ? AND address IN ({marks})",
                (org_id, channel, *batch),
            )
            found.update(r[0] for r in rows)
        return found

    def promotional_counts(self, org_id: str, addresses: Collection[str], since: float) -> dict[str, int]:
        counts: dict[str, int] = {}
        for batch in _batches(list(addresses), 500):
            marks = ", ".join("?" * len(batch))
            rows = self.db.execute(
                f"SELECT address, count(*) FROM comms_sends WHERE org_id = ? AND address IN ({marks})"
                f" AND created_at >= ? AND category = {PROMOTIONAL} AND status IN (1, 2, 3, 4) GROUP BY address",
                (org_id, *batch, since),
            )
            counts.update((r[0], int(r[1])) for r in rows)
        return counts

    def promotional_sends(self, org_id: str, address: str, since: float) -> int:
        row = self.db.execute(
            "SELECT count(*) FROM comms_sends WHERE org_id = ? AND address = ? AND created_at >= ?"
            f" AND category = {PROMOTIONAL} AND status IN (1, 2, 3, 4)",
            (org_id, address, since),
        ).fetchone()
        return int(row[0])
