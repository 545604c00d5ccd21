"""The SQLite schema: numbered migration scripts, applied in order, each in its own transaction.

``PRAGMA user_version`` says how far a file has come; a file written by a newer version is
refused (``SchemaError``) rather than guessed at. A script, once released, never changes: a
change to the schema is a new script at the end.
"""

from __future__ import annotations

from ..base import SchemaError
from ..sql.audiences import schema_audiences
from ..sql.comms import schema as comms_schema
from ..sql.comms import schema_providers, schema_receipts, schema_senders
from ..sql.connectors import schema_connectors
from ..sql.customers import schema_versions_sqlite

__all__ = ["MIGRATIONS", "SchemaError"]

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
    # 3: money keyed by org. A balance is (org, account, currency), a hold (org, transaction), a
    # transaction (org, transaction id): two orgs naming the same purse id hold two purses. Each
    # balance row already says its org (the org that seeded or first credited it); a hold takes
    # its transaction's (the two are written together; a hold without one could never be
    # released). Rows keep their rowids, so lists ordered by rowid keep their order.
    """
    CREATE TABLE balances_by_org (
        org_id TEXT NOT NULL,
        account TEXT NOT NULL,
        currency TEXT NOT NULL,
        customer_id TEXT REFERENCES customers(customer_id) ON DELETE CASCADE,
        actual TEXT NOT NULL,
        sequence_nr INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (org_id, account, currency)
    );
    INSERT INTO balances_by_org(rowid, org_id, account, currency, customer_id, actual, sequence_nr)
        SELECT rowid, org_id, account, currency, customer_id, actual, sequence_nr FROM balances;
    DROP TABLE balances;
    ALTER TABLE balances_by_org RENAME TO balances;
    CREATE INDEX balances_by_customer ON balances(customer_id) WHERE customer_id IS NOT NULL;
    CREATE TABLE holds_by_org (
        org_id TEXT NOT NULL,
        transaction_id TEXT NOT NULL,
        account TEXT NOT NULL,
        currency TEXT NOT NULL,
        amount TEXT NOT NULL,
        PRIMARY KEY (org_id, transaction_id)
    );
    INSERT INTO holds_by_org(rowid, org_id, transaction_id, account, currency, amount)
        SELECT h.rowid, t.org_id, h.transaction_id, h.account, h.currency, h.amount
        FROM holds h JOIN transactions t ON t.transaction_id = h.transaction_id;
    DROP TABLE holds;
    ALTER TABLE holds_by_org RENAME TO holds;
    CREATE INDEX holds_by_account ON holds(org_id, account, currency);
    CREATE TABLE transactions_by_org (
        org_id TEXT NOT NULL,
        transaction_id TEXT NOT NULL,
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
        pending INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (org_id, transaction_id)
    );
    INSERT INTO transactions_by_org(rowid, org_id, transaction_id, app_id, kind, debit, credit, currency,
        amount, status, created_at, updated_at, provider_transaction_id, narration, debit_customer_id,
        credit_customer_id, hold_account, credit_account, pending)
        SELECT rowid, org_id, transaction_id, app_id, kind, debit, credit, currency, amount, status,
        created_at, updated_at, provider_transaction_id, narration, debit_customer_id, credit_customer_id,
        hold_account, credit_account, pending FROM transactions;
    DROP TABLE transactions;
    ALTER TABLE transactions_by_org RENAME TO transactions;
    CREATE UNIQUE INDEX transactions_by_provider_id ON transactions(org_id, provider_transaction_id)
        WHERE provider_transaction_id IS NOT NULL;
    CREATE INDEX transactions_by_debit_customer ON transactions(debit_customer_id);
    CREATE INDEX transactions_by_credit_customer ON transactions(credit_customer_id);
    """,
    # 4: idempotency keys: a command's first answer, kept for retries with the same key
    """
    CREATE TABLE idempotency_keys (
        org_id TEXT NOT NULL,
        app_id TEXT NOT NULL,
        key TEXT NOT NULL,
        command_hash TEXT NOT NULL,
        reply BLOB NOT NULL,
        created_at REAL NOT NULL,
        PRIMARY KEY (org_id, app_id, key)
    );
    CREATE INDEX idempotency_keys_by_age ON idempotency_keys(created_at);
    """,
    # 5: the outbox by who takes it, so delivery reads only the lines of connected apps (and of
    # orgs with a simulator connected), never a backlog waiting for an app that is offline
    """
    CREATE INDEX outbox_app_line ON outbox(org_id, app_id, id) WHERE delivered_at IS NULL AND kind = 'app';
    CREATE INDEX outbox_simulator_line ON outbox(org_id, id) WHERE delivered_at IS NULL AND kind = 'simulator';
    """,
    # 6: a delivered notification leaves the outbox (delivery deletes it from now on)
    """
    DELETE FROM outbox WHERE delivered_at IS NOT NULL;
    """,
    # 7: claims (store/base.py ClaimsTx): who is delivering a notification, and until when
    """
    ALTER TABLE outbox ADD COLUMN owner TEXT;
    ALTER TABLE outbox ADD COLUMN lease_until REAL;
    """,
    # 8: answers awaited by a simulator, wherever the app that answers is connected; which
    # instances serve a simulator of which org
    """
    CREATE TABLE awaited_answers (
        notification_id TEXT PRIMARY KEY,
        until REAL NOT NULL,
        answer BLOB
    );
    CREATE TABLE presence (
        owner TEXT NOT NULL,
        org_id TEXT NOT NULL,
        until REAL NOT NULL,
        PRIMARY KEY (owner, org_id)
    );
    CREATE INDEX presence_by_org ON presence(org_id, until);
    """,
    # 9: the communication layer (store/sql/comms.py)
    comms_schema("TEXT", "BLOB", "REAL", "INTEGER PRIMARY KEY AUTOINCREMENT", ""),
    # 10: an email's From and Reply-To; retries of sends every provider failed
    schema_senders("TEXT"),
    # 11: receipts find their send by the provider's message id
    schema_receipts(),
    # 12: providers and their defaults added through the API
    schema_providers("TEXT", "BLOB", "REAL", ""),
    # 13: audiences and campaigns
    schema_audiences("TEXT", "BLOB", "REAL", "INTEGER PRIMARY KEY AUTOINCREMENT", ""),
    # 14: the outbound connectors' deliveries and health
    schema_connectors("TEXT", "REAL", "INTEGER PRIMARY KEY AUTOINCREMENT", ""),
    # 15: each process's count of the effects its commits had (``SqliteStore.watch``: how the
    # processes on one file wake each other)
    """
    CREATE TABLE effects (
        owner TEXT NOT NULL,
        flag TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (owner, flag)
    ) WITHOUT ROWID;
    """,
    # 16: each customer's version, counted by triggers on every table its state is read from (a
    # state read with its version stays the customer's state while the version stays)
    schema_versions_sqlite(),
]
