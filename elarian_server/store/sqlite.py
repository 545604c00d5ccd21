"""The default store: one SQLite file (WAL), schema versioned by ``PRAGMA user_version``.

One connection, one lock: every transaction is ``BEGIN IMMEDIATE`` ... ``COMMIT``
under the lock, so commands never interleave half-way. WAL with
``synchronous=NORMAL`` keeps every committed transaction across a crash of the
process (a power cut may lose the last few).

Migrations are numbered SQL scripts applied in order, each in its own
transaction; ``schema_version`` says how far a file has come. A file written by
a newer version is refused rather than guessed at.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from .base import (
    ActivityRow,
    BalanceRow,
    ConsentRow,
    DataValue,
    IndexRow,
    MessageRow,
    NumberRow,
    OutboxRow,
    ReminderRow,
    SessionRow,
    Store,
    TransactionRow,
    Tx,
)

MIGRATIONS: list[str] = [
    # 1: customers, identity, app data, reminders, activity, tokens, work, outbox
    """
    CREATE TABLE customers (
        customer_id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL,
        created_at REAL NOT NULL,
        merged_into TEXT
    );
    CREATE TABLE customer_numbers (
        org_id TEXT NOT NULL,
        provider INTEGER NOT NULL,
        number TEXT NOT NULL,
        partition TEXT NOT NULL DEFAULT '',
        has_partition INTEGER NOT NULL DEFAULT 0,
        customer_id TEXT NOT NULL REFERENCES customers(customer_id) ON DELETE CASCADE,
        PRIMARY KEY (org_id, provider, number, partition)
    );
    CREATE INDEX customer_numbers_by_customer ON customer_numbers(customer_id);
    CREATE TABLE secondary_ids (
        org_id TEXT NOT NULL,
        customer_id TEXT NOT NULL REFERENCES customers(customer_id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        value TEXT,
        expires_at REAL
    );
    CREATE UNIQUE INDEX secondary_ids_unique ON secondary_ids(org_id, key, ifnull(value, ''));
    CREATE INDEX secondary_ids_by_customer ON secondary_ids(customer_id);
    CREATE TABLE tags (
        org_id TEXT NOT NULL,
        customer_id TEXT NOT NULL REFERENCES customers(customer_id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        value TEXT,
        expires_at REAL,
        PRIMARY KEY (customer_id, key)
    );
    CREATE INDEX tags_by_key ON tags(org_id, key, value);
    CREATE TABLE metadata (
        customer_id TEXT NOT NULL REFERENCES customers(customer_id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        text_value TEXT,
        bytes_value BLOB,
        PRIMARY KEY (customer_id, key)
    );
    CREATE TABLE app_data (
        customer_id TEXT NOT NULL REFERENCES customers(customer_id) ON DELETE CASCADE,
        app_id TEXT NOT NULL,
        text_value TEXT,
        bytes_value BLOB,
        lease_until REAL,
        PRIMARY KEY (customer_id, app_id)
    );
    CREATE TABLE reminders (
        customer_id TEXT NOT NULL REFERENCES customers(customer_id) ON DELETE CASCADE,
        app_id TEXT NOT NULL,
        org_id TEXT NOT NULL,
        key TEXT NOT NULL,
        remind_at REAL NOT NULL,
        interval REAL,
        payload TEXT,
        tag_key TEXT,
        tag_value TEXT,
        tag_expires_at REAL,
        work_id TEXT,
        PRIMARY KEY (customer_id, app_id, key)
    );
    CREATE INDEX reminders_due ON reminders(remind_at);
    CREATE TABLE activities (
        id INTEGER PRIMARY KEY,
        org_id TEXT NOT NULL,
        customer_id TEXT NOT NULL REFERENCES customers(customer_id) ON DELETE CASCADE,
        app_id TEXT NOT NULL,
        source TEXT NOT NULL,
        session_id TEXT NOT NULL,
        key TEXT NOT NULL,
        properties TEXT NOT NULL,
        created_at REAL NOT NULL,
        provider INTEGER,
        number TEXT,
        partition TEXT
    );
    CREATE INDEX activities_by_customer ON activities(customer_id, id);
    CREATE TABLE auth_tokens (
        token TEXT PRIMARY KEY,
        org_id TEXT NOT NULL,
        app_id TEXT NOT NULL,
        expires_at REAL NOT NULL
    );
    CREATE TABLE work (
        work_id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL,
        app_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        body BLOB NOT NULL,
        created_at REAL NOT NULL,
        finished_at REAL
    );
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        notification_id TEXT NOT NULL UNIQUE,
        org_id TEXT NOT NULL,
        app_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        order_key TEXT NOT NULL,
        customer_id TEXT,
        body BLOB NOT NULL,
        created_at REAL NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt REAL NOT NULL,
        delivered_at REAL
    );
    CREATE INDEX outbox_pending ON outbox(order_key, id) WHERE delivered_at IS NULL;
    CREATE INDEX outbox_due ON outbox(next_attempt) WHERE delivered_at IS NULL;
    """,
    # 2: messaging (messages, sessions, consent) and payments (balances, holds, transactions)
    """
    CREATE TABLE messages (
        message_id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL,
        customer_id TEXT NOT NULL REFERENCES customers(customer_id) ON DELETE CASCADE,
        app_id TEXT,
        direction TEXT NOT NULL,
        channel INTEGER NOT NULL,
        channel_number TEXT NOT NULL,
        session_id TEXT,
        provider_message_id TEXT,
        created_at REAL NOT NULL,
        body BLOB NOT NULL
    );
    CREATE INDEX messages_by_customer ON messages(customer_id, created_at);
    CREATE UNIQUE INDEX messages_by_provider_id ON messages(org_id, direction, provider_message_id)
        WHERE provider_message_id IS NOT NULL;
    CREATE TABLE sessions (
        session_id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL,
        customer_id TEXT NOT NULL REFERENCES customers(customer_id) ON DELETE CASCADE,
        channel INTEGER NOT NULL,
        channel_number TEXT NOT NULL,
        provider INTEGER NOT NULL,
        number TEXT NOT NULL,
        partition TEXT,
        app_id TEXT NOT NULL,
        provider_session_id TEXT,
        started_at REAL NOT NULL,
        expires_at REAL,
        ended_at REAL,
        end_reason INTEGER NOT NULL DEFAULT 0,
        pending BLOB,
        cost BLOB
    );
    CREATE INDEX sessions_live ON sessions(customer_id, channel, channel_number) WHERE ended_at IS NULL;
    CREATE INDEX sessions_expiry ON sessions(expires_at) WHERE ended_at IS NULL;
    CREATE INDEX sessions_by_provider_id ON sessions(org_id, provider_session_id);
    CREATE TABLE consents (
        customer_id TEXT NOT NULL REFERENCES customers(customer_id) ON DELETE CASCADE,
        channel INTEGER NOT NULL,
        channel_number TEXT NOT NULL,
        provider INTEGER NOT NULL,
        number TEXT NOT NULL,
        partition TEXT,
        consent INTEGER NOT NULL,
        updated_at REAL NOT NULL,
        PRIMARY KEY (customer_id, channel, channel_number)
    );
    CREATE TABLE balances (
        account TEXT NOT NULL,
        currency TEXT NOT NULL,
        org_id TEXT NOT NULL,
        customer_id TEXT REFERENCES customers(customer_id) ON DELETE CASCADE,
        actual TEXT NOT NULL,
        sequence_nr INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (account, currency)
    );
    CREATE INDEX balances_by_customer ON balances(customer_id) WHERE customer_id IS NOT NULL;
    CREATE TABLE holds (
        transaction_id TEXT PRIMARY KEY,
        account TEXT NOT NULL,
        currency TEXT NOT NULL,
        amount TEXT NOT NULL
    );
    CREATE INDEX holds_by_account ON holds(account, currency);
    CREATE TABLE transactions (
        transaction_id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL,
        app_id TEXT,
        kind TEXT NOT NULL,
        debit BLOB NOT NULL,
        credit BLOB NOT NULL,
        currency TEXT NOT NULL,
        amount TEXT NOT NULL,
        status INTEGER NOT NULL,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        provider_transaction_id TEXT,
        narration TEXT,
        debit_customer_id TEXT,
        credit_customer_id TEXT,
        hold_account TEXT,
        credit_account TEXT,
        pending INTEGER NOT NULL DEFAULT 0
    );
    CREATE UNIQUE INDEX transactions_by_provider_id ON transactions(org_id, provider_transaction_id)
        WHERE provider_transaction_id IS NOT NULL;
    CREATE INDEX transactions_by_debit_customer ON transactions(debit_customer_id);
    CREATE INDEX transactions_by_credit_customer ON transactions(credit_customer_id);
    """,
]


class SchemaError(RuntimeError):
    """The database file belongs to a newer (or foreign) schema."""


def _value(text: str | None, blob: bytes | None) -> DataValue | None:
    if blob is not None:
        return bytes(blob)
    return text


def _split(value: DataValue | None) -> tuple[str | None, bytes | None]:
    if value is None:
        return None, None
    if isinstance(value, bytes):
        return None, value
    return value, None


def _upsert(table: str, columns: str, key: str) -> str:
    """INSERT, or UPDATE the row with that key in place. Unlike INSERT OR REPLACE, which deletes
    the row and inserts it anew, the row keeps its rowid, so lists ordered by rowid (a
    customer's messages, sessions, transactions, consents) keep their order when one changes."""
    names = [c.strip() for c in columns.split(",")]
    keys = {k.strip() for k in key.split(",")}
    updates = ", ".join(f"{n} = excluded.{n}" for n in names if n not in keys)
    return (
        f"INSERT INTO {table}({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        f" ON CONFLICT({key}) DO UPDATE SET {updates}"
    )


_PUT_MESSAGE = _upsert(
    "messages",
    "message_id, org_id, customer_id, app_id, direction, channel, channel_number, session_id,"
    " provider_message_id, created_at, body",
    "message_id",
)
_PUT_SESSION = _upsert(
    "sessions",
    "session_id, org_id, customer_id, channel, channel_number, provider, number, partition, app_id,"
    " provider_session_id, started_at, expires_at, ended_at, end_reason, pending, cost",
    "session_id",
)
_PUT_CONSENT = _upsert(
    "consents",
    "customer_id, channel, channel_number, provider, number, partition, consent, updated_at",
    "customer_id, channel, channel_number",
)
_PUT_TRANSACTION = _upsert(
    "transactions",
    "transaction_id, org_id, app_id, kind, debit, credit, currency, amount, status, created_at, updated_at,"
    " provider_transaction_id, narration, debit_customer_id, credit_customer_id, hold_account,"
    " credit_account, pending",
    "transaction_id",
)


def _like_prefix(prefix: str) -> str:
    """A LIKE pattern matching strings that start with ``prefix`` (its % and _ escaped)."""
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class SqliteTx(Tx):
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    # -- customers and identity ---------------------------------------------------------------

    def create_customer(self, org_id: str, customer_id: str, now: float) -> None:
        self.db.execute(
            "INSERT INTO customers(customer_id, org_id, created_at) VALUES (?, ?, ?)",
            (customer_id, org_id, now),
        )

    def customer_org(self, customer_id: str) -> str | None:
        row = self.db.execute("SELECT org_id FROM customers WHERE customer_id = ?", (customer_id,)).fetchone()
        return row[0] if row else None

    def merged_into(self, customer_id: str) -> str | None:
        row = self.db.execute(
            "SELECT merged_into FROM customers WHERE customer_id = ?", (customer_id,)
        ).fetchone()
        return row[0] if row else None

    def find_by_number(self, org_id: str, number: NumberRow) -> str | None:
        row = self.db.execute(
            "SELECT customer_id FROM customer_numbers WHERE org_id = ? AND provider = ? AND number = ? AND partition = ?",
            (org_id, number.provider, number.number, number.partition or ""),
        ).fetchone()
        return row[0] if row else None

    def add_number(self, org_id: str, customer_id: str, number: NumberRow) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO customer_numbers(org_id, provider, number, partition, has_partition, customer_id)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                org_id,
                number.provider,
                number.number,
                number.partition or "",
                number.partition is not None,
                customer_id,
            ),
        )

    def numbers(self, customer_id: str) -> list[NumberRow]:
        rows = self.db.execute(
            "SELECT provider, number, partition, has_partition FROM customer_numbers WHERE customer_id = ?"
            " ORDER BY rowid",
            (customer_id,),
        )
        return [NumberRow(p, n, part if has else None) for p, n, part, has in rows]

    def find_by_secondary_id(self, org_id: str, key: str, value: str | None, now: float) -> str | None:
        row = self.db.execute(
            "SELECT customer_id FROM secondary_ids WHERE org_id = ? AND key = ? AND ifnull(value, '') = ?"
            " AND (expires_at IS NULL OR expires_at > ?)",
            (org_id, key, value or "", now),
        ).fetchone()
        return row[0] if row else None

    def secondary_ids(self, customer_id: str, now: float) -> list[IndexRow]:
        rows = self.db.execute(
            "SELECT key, value, expires_at FROM secondary_ids WHERE customer_id = ?"
            " AND (expires_at IS NULL OR expires_at > ?) ORDER BY rowid",
            (customer_id, now),
        )
        return [IndexRow(*row) for row in rows]

    def put_secondary_id(self, org_id: str, customer_id: str, index: IndexRow) -> None:
        self.db.execute(
            "INSERT INTO secondary_ids(org_id, customer_id, key, value, expires_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(org_id, key, ifnull(value, '')) DO UPDATE SET"
            " customer_id = excluded.customer_id, expires_at = excluded.expires_at",
            (org_id, customer_id, index.key, index.value, index.expires_at),
        )

    def delete_secondary_id(self, customer_id: str, key: str, value: str | None) -> bool:
        cursor = self.db.execute(
            "DELETE FROM secondary_ids WHERE customer_id = ? AND key = ? AND ifnull(value, '') = ?",
            (customer_id, key, value or ""),
        )
        return cursor.rowcount > 0

    def tags(self, customer_id: str, now: float) -> list[IndexRow]:
        rows = self.db.execute(
            "SELECT key, value, expires_at FROM tags WHERE customer_id = ?"
            " AND (expires_at IS NULL OR expires_at > ?) ORDER BY key",
            (customer_id, now),
        )
        return [IndexRow(*row) for row in rows]

    def put_tag(self, org_id: str, customer_id: str, index: IndexRow) -> None:
        self.db.execute(
            "INSERT INTO tags(org_id, customer_id, key, value, expires_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(customer_id, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at",
            (org_id, customer_id, index.key, index.value, index.expires_at),
        )

    def delete_tag(self, customer_id: str, key: str) -> bool:
        return (
            self.db.execute("DELETE FROM tags WHERE customer_id = ? AND key = ?", (customer_id, key)).rowcount
            > 0
        )

    def customers_with_tag(self, org_id: str, key: str, value: str | None, now: float) -> list[str]:
        rows = self.db.execute(
            "SELECT t.customer_id FROM tags t JOIN customers c ON c.customer_id = t.customer_id"
            " WHERE t.org_id = ? AND t.key = ? AND ifnull(t.value, '') = ? AND c.merged_into IS NULL"
            " AND (t.expires_at IS NULL OR t.expires_at > ?) ORDER BY t.customer_id",
            (org_id, key, value or "", now),
        )
        return [row[0] for row in rows]

    def metadata(self, customer_id: str) -> dict[str, DataValue]:
        rows = self.db.execute(
            "SELECT key, text_value, bytes_value FROM metadata WHERE customer_id = ? ORDER BY key",
            (customer_id,),
        )
        return {key: bytes(blob) if blob is not None else (text or "") for key, text, blob in rows}

    def put_metadata(self, customer_id: str, key: str, value: DataValue) -> None:
        text, blob = _split(value)
        self.db.execute(
            "INSERT INTO metadata(customer_id, key, text_value, bytes_value) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(customer_id, key) DO UPDATE SET text_value = excluded.text_value,"
            " bytes_value = excluded.bytes_value",
            (customer_id, key, text, blob),
        )

    def delete_metadata(self, customer_id: str, key: str) -> bool:
        return (
            self.db.execute(
                "DELETE FROM metadata WHERE customer_id = ? AND key = ?", (customer_id, key)
            ).rowcount
            > 0
        )

    def adopt(self, customer_id: str, other_id: str) -> None:
        db = self.db
        db.execute(
            "UPDATE customer_numbers SET customer_id = ? WHERE customer_id = ?", (customer_id, other_id)
        )
        db.execute("UPDATE secondary_ids SET customer_id = ? WHERE customer_id = ?", (customer_id, other_id))
        for table in ("tags", "metadata", "app_data", "reminders"):
            # existing keys win: move what this customer lacks, drop the rest
            db.execute(
                f"UPDATE OR IGNORE {table} SET customer_id = ? WHERE customer_id = ?", (customer_id, other_id)
            )
            db.execute(f"DELETE FROM {table} WHERE customer_id = ?", (other_id,))
        db.execute("UPDATE activities SET customer_id = ? WHERE customer_id = ?", (customer_id, other_id))
        for table in ("messages", "sessions"):
            db.execute(f"UPDATE {table} SET customer_id = ? WHERE customer_id = ?", (customer_id, other_id))
        db.execute(
            "UPDATE OR IGNORE consents SET customer_id = ? WHERE customer_id = ?", (customer_id, other_id)
        )
        db.execute("DELETE FROM consents WHERE customer_id = ?", (other_id,))
        self._adopt_wallets(customer_id, other_id)
        for column in ("debit_customer_id", "credit_customer_id"):
            db.execute(f"UPDATE transactions SET {column} = ? WHERE {column} = ?", (customer_id, other_id))
        db.execute("UPDATE outbox SET customer_id = ? WHERE customer_id = ?", (customer_id, other_id))
        db.execute("UPDATE customers SET merged_into = ? WHERE customer_id = ?", (customer_id, other_id))
        db.execute("UPDATE customers SET merged_into = ? WHERE merged_into = ?", (customer_id, other_id))

    def _adopt_wallets(self, customer_id: str, other_id: str) -> None:
        """The other customer's wallets become this one's; a wallet both have is summed."""
        db = self.db
        old_prefix, new_prefix = f"wallet:{other_id}:", f"wallet:{customer_id}:"
        for account, currency, org_id, actual in db.execute(
            "SELECT account, currency, org_id, actual FROM balances WHERE customer_id = ?", (other_id,)
        ).fetchall():
            target = new_prefix + account[len(old_prefix) :]
            mine = self.balance(target, currency)
            total = Decimal(actual) + (mine.actual if mine else Decimal(0))
            db.execute("DELETE FROM balances WHERE account = ? AND currency = ?", (account, currency))
            self.put_balance(org_id, target, currency, total, customer_id)
            db.execute("UPDATE holds SET account = ? WHERE account = ?", (target, account))
            for column in ("hold_account", "credit_account"):
                db.execute(f"UPDATE transactions SET {column} = ? WHERE {column} = ?", (target, account))

    def delete_customer(self, customer_id: str) -> None:
        # its wallets go with it (ON DELETE CASCADE); so do the holds on them
        self.db.execute(
            "DELETE FROM holds WHERE account LIKE ? ESCAPE '\\'", (_like_prefix(f"wallet:{customer_id}:"),)
        )
        self.db.execute("DELETE FROM customers WHERE customer_id = ?", (customer_id,))
        self.db.execute("DELETE FROM outbox WHERE customer_id = ? AND delivered_at IS NULL", (customer_id,))

    # -- app data ------------------------------------------------------------------------------

    def app_data(self, customer_id: str, app_id: str) -> tuple[DataValue | None, float | None]:
        row = self.db.execute(
            "SELECT text_value, bytes_value, lease_until FROM app_data WHERE customer_id = ? AND app_id = ?",
            (customer_id, app_id),
        ).fetchone()
        if row is None:
            return None, None
        return _value(row[0], row[1]), row[2]

    def put_app_data(
        self, customer_id: str, app_id: str, value: DataValue | None, lease_until: float | None
    ) -> None:
        text, blob = _split(value)
        if value is None and lease_until is None:
            self.db.execute(
                "DELETE FROM app_data WHERE customer_id = ? AND app_id = ?", (customer_id, app_id)
            )
            return
        self.db.execute(
            "INSERT INTO app_data(customer_id, app_id, text_value, bytes_value, lease_until) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(customer_id, app_id) DO UPDATE SET text_value = excluded.text_value,"
            " bytes_value = excluded.bytes_value, lease_until = excluded.lease_until",
            (customer_id, app_id, text, blob, lease_until),
        )

    # -- reminders ---------------------------------------------------------------------------------

    def put_reminder(self, reminder: ReminderRow) -> None:
        tag = reminder.tag
        self.db.execute(
            "INSERT OR REPLACE INTO reminders(customer_id, app_id, org_id, key, remind_at, interval, payload,"
            " tag_key, tag_value, tag_expires_at, work_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                reminder.customer_id,
                reminder.app_id,
                reminder.org_id,
                reminder.key,
                reminder.remind_at,
                reminder.interval,
                reminder.payload,
                tag.key if tag else None,
                tag.value if tag else None,
                tag.expires_at if tag else None,
                reminder.work_id,
            ),
        )

    def delete_reminder(self, customer_id: str, app_id: str, key: str) -> bool:
        cursor = self.db.execute(
            "DELETE FROM reminders WHERE customer_id = ? AND app_id = ? AND key = ?",
            (customer_id, app_id, key),
        )
        return cursor.rowcount > 0

    _REMINDER = (
        "SELECT customer_id, app_id, org_id, key, remind_at, interval, payload, tag_key, tag_value,"
        " tag_expires_at, work_id FROM reminders"
    )

    @staticmethod
    def _reminder(row: tuple[object, ...]) -> ReminderRow:
        cid, app, org, key, at, interval, payload, tag_key, tag_value, tag_exp, work = row
        tag = IndexRow(str(tag_key), tag_value, tag_exp) if tag_key is not None else None  # type: ignore[arg-type]
        return ReminderRow(cid, app, org, key, at, interval, payload, tag, work)  # type: ignore[arg-type]

    def reminders(self, customer_id: str, app_id: str) -> list[ReminderRow]:
        rows = self.db.execute(
            self._REMINDER + " WHERE customer_id = ? AND app_id = ? ORDER BY remind_at, key",
            (customer_id, app_id),
        )
        return [self._reminder(row) for row in rows]

    def due_reminders(self, now: float, limit: int) -> list[ReminderRow]:
        rows = self.db.execute(
            self._REMINDER + " WHERE remind_at <= ? ORDER BY remind_at LIMIT ?", (now, limit)
        )
        return [self._reminder(row) for row in rows]

    def next_reminder_at(self) -> float | None:
        row = self.db.execute("SELECT min(remind_at) FROM reminders").fetchone()
        return row[0] if row else None

    # -- activity ------------------------------------------------------------------------------------

    def add_activity(self, org_id: str, customer_id: str, activity: ActivityRow) -> None:
        number = activity.number
        self.db.execute(
            "INSERT INTO activities(org_id, customer_id, app_id, source, session_id, key, properties, created_at,"
            " provider, number, partition) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                org_id,
                customer_id,
                activity.app_id,
                activity.source,
                activity.session_id,
                activity.key,
                json.dumps(activity.properties, sort_keys=True),
                activity.created_at,
                number.provider if number else None,
                number.number if number else None,
                number.partition if number else None,
            ),
        )

    def activities(self, customer_id: str) -> list[ActivityRow]:
        rows = self.db.execute(
            "SELECT app_id, source, session_id, key, properties, created_at, provider, number, partition"
            " FROM activities WHERE customer_id = ? ORDER BY id",
            (customer_id,),
        )
        out = []
        for app, source, session, key, props, created, provider, number, partition in rows:
            row_number = NumberRow(provider, number, partition) if number is not None else None
            out.append(ActivityRow(app, source, session, key, json.loads(props), created, row_number))
        return out

    # -- messaging -----------------------------------------------------------------------------------

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

    # -- payments --------------------------------------------------------------------------------------

    _BALANCE = (
        "SELECT b.account, b.currency, b.actual,"
        " (SELECT group_concat(h.amount, ' ') FROM holds h WHERE h.account = b.account AND h.currency = b.currency),"
        " b.sequence_nr, b.customer_id FROM balances b"
    )

    @staticmethod
    def _balance(row: tuple[Any, ...]) -> BalanceRow:
        account, currency, actual, holds, seq, customer_id = row
        held = sum((Decimal(h) for h in holds.split()), Decimal(0)) if holds else Decimal(0)
        return BalanceRow(account, currency, Decimal(actual), held, seq, customer_id)

    def balance(self, account: str, currency: str) -> BalanceRow | None:
        row = self.db.execute(
            self._BALANCE + " WHERE b.account = ? AND b.currency = ?", (account, currency)
        ).fetchone()
        return self._balance(row) if row else None

    def balances(self, *, customer_id: str | None = None, org_id: str | None = None) -> list[BalanceRow]:
        if customer_id is not None:
            rows = self.db.execute(
                self._BALANCE + " WHERE b.customer_id = ? ORDER BY b.rowid", (customer_id,)
            )
        else:
            rows = self.db.execute(self._BALANCE + " WHERE b.org_id = ? ORDER BY b.rowid", (org_id,))
        return [self._balance(row) for row in rows]

    def put_balance(
        self, org_id: str, account: str, currency: str, actual: Decimal, customer_id: str | None = None
    ) -> None:
        self.db.execute(
            "INSERT INTO balances(account, currency, org_id, customer_id, actual, sequence_nr)"
            " VALUES (?, ?, ?, ?, ?, 1)"
            " ON CONFLICT(account, currency) DO UPDATE SET actual = excluded.actual,"
            " sequence_nr = sequence_nr + 1",
            (account, currency, org_id, customer_id, str(actual)),
        )

    def hold(self, transaction_id: str, account: str, currency: str, amount: Decimal) -> None:
        self.db.execute(
            "INSERT INTO holds(transaction_id, account, currency, amount) VALUES (?, ?, ?, ?)",
            (transaction_id, account, currency, str(amount)),
        )

    def release(self, transaction_id: str) -> bool:
        return self.db.execute("DELETE FROM holds WHERE transaction_id = ?", (transaction_id,)).rowcount > 0

    def holds(self, account: str, currency: str) -> list[tuple[str, Decimal]]:
        rows = self.db.execute(
            "SELECT transaction_id, amount FROM holds WHERE account = ? AND currency = ? ORDER BY rowid",
            (account, currency),
        )
        return [(t, Decimal(a)) for t, a in rows]

    _TRANSACTION = (
        "SELECT transaction_id, org_id, app_id, kind, debit, credit, currency, amount, status, created_at,"
        " updated_at, provider_transaction_id, narration, debit_customer_id, credit_customer_id, hold_account,"
        " credit_account, pending FROM transactions"
    )

    @staticmethod
    def _transaction(row: tuple[Any, ...]) -> TransactionRow:
        tid, org, app, kind, debit, credit, currency, amount, status, created, updated = row[:11]
        ptid, narration, dcid, ccid, hold, credit_account, pending = row[11:]
        return TransactionRow(
            tid,
            org,
            app,
            kind,
            bytes(debit),
            bytes(credit),
            currency,
            Decimal(amount),
            status,
            created,
            updated,
            ptid,
            narration,
            dcid,
            ccid,
            hold,
            credit_account,
            bool(pending),
        )

    def put_transaction(self, transaction: TransactionRow) -> None:
        t = transaction
        self.db.execute(
            _PUT_TRANSACTION,
            (
                t.transaction_id,
                t.org_id,
                t.app_id,
                t.kind,
                t.debit,
                t.credit,
                t.currency,
                str(t.amount),
                t.status,
                t.created_at,
                t.updated_at,
                t.provider_transaction_id,
                t.narration,
                t.debit_customer_id,
                t.credit_customer_id,
                t.hold_account,
                t.credit_account,
                t.pending,
            ),
        )

    def transaction(self, transaction_id: str) -> TransactionRow | None:
        row = self.db.execute(self._TRANSACTION + " WHERE transaction_id = ?", (transaction_id,)).fetchone()
        return self._transaction(row) if row else None

    def transaction_by_provider_id(self, org_id: str, provider_transaction_id: str) -> TransactionRow | None:
        row = self.db.execute(
            self._TRANSACTION + " WHERE org_id = ? AND provider_transaction_id = ?",
            (org_id, provider_transaction_id),
        ).fetchone()
        return self._transaction(row) if row else None

    def transactions(self, customer_id: str) -> list[TransactionRow]:
        rows = self.db.execute(
            self._TRANSACTION
            + " WHERE debit_customer_id = ? OR credit_customer_id = ? ORDER BY created_at, rowid",
            (customer_id, customer_id),
        )
        return [self._transaction(row) for row in rows]

    def org_transactions(self, org_id: str) -> list[TransactionRow]:
        rows = self.db.execute(self._TRANSACTION + " WHERE org_id = ? ORDER BY created_at, rowid", (org_id,))
        return [self._transaction(row) for row in rows]

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

    # -- the outbox ------------------------------------------------------------------------------------

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
        self.db.execute(
            "INSERT INTO outbox(notification_id, org_id, app_id, kind, order_key, customer_id, body, created_at,"
            " next_attempt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
            (notification_id, org_id, app_id, kind, order_key, customer_id, body, now),
        )

    def deliverable(self, now: float, limit: int, busy: frozenset[str]) -> list[OutboxRow]:
        rows = self.db.execute(
            "SELECT o.id, o.notification_id, o.org_id, o.app_id, o.kind, o.order_key, o.customer_id, o.body,"
            " o.attempts, o.created_at FROM outbox o"
            " WHERE o.delivered_at IS NULL AND o.next_attempt <= ?"
            " AND o.id = (SELECT min(p.id) FROM outbox p WHERE p.order_key = o.order_key AND p.delivered_at IS NULL)"
            " ORDER BY o.id LIMIT ?",
            (now, limit + len(busy)),
        )
        out = []
        for row in rows:
            if row[5] in busy:
                continue
            out.append(
                OutboxRow(
                    row[0], row[1], row[2], row[3], row[4], row[5], row[6], bytes(row[7]), row[8], row[9]
                )
            )
            if len(out) == limit:
                break
        return out

    def delivered(self, row_id: int, now: float) -> None:
        self.db.execute("UPDATE outbox SET delivered_at = ? WHERE id = ?", (now, row_id))

    def retry_later(self, row_id: int, at: float) -> None:
        self.db.execute(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt = ? WHERE id = ?", (at, row_id)
        )

    def next_retry_at(self) -> float | None:
        row = self.db.execute("SELECT min(next_attempt) FROM outbox WHERE delivered_at IS NULL").fetchone()
        return row[0] if row else None

    def undelivered(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM outbox WHERE delivered_at IS NULL").fetchone()[0])


class SqliteStore(Store):
    """The SQLite store. ``path`` may be ``:memory:`` (tests) or a file."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._lock = threading.RLock()
        db = self._db
        db.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA busy_timeout = 5000")
        self._migrate()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.schema_version
        if version > len(MIGRATIONS):
            raise SchemaError(
                f"{self.path} has schema version {version}; this runtime knows up to {len(MIGRATIONS)}"
            )
        for number in range(version, len(MIGRATIONS)):
            with self._lock:
                # executescript commits anything pending first, so the script opens its own
                # transaction: a failing migration leaves the file at the previous version
                try:
                    self._db.executescript(
                        f"BEGIN IMMEDIATE;\n{MIGRATIONS[number]}\nPRAGMA user_version = {number + 1};\nCOMMIT;"
                    )
                except BaseException:
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                    raise

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield SqliteTx(self._db)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            else:
                self._db.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._db.close()
