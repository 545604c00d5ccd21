"""``SqliteStore``: one SQLite file (WAL), one connection, one lock; ``SqliteTx``: a transaction.

One connection, one lock: every transaction is ``BEGIN IMMEDIATE`` ... ``COMMIT``
under the lock, so commands never interleave half-way. WAL with
``synchronous=NORMAL`` keeps every committed transaction across a crash of the
process (a power cut may lose the last few).

Migrations (``schema.py``) are numbered SQL scripts applied in order, each in its own
transaction; ``schema_version`` says how far a file has come. A file written by
a newer version is refused rather than guessed at.

``SqliteTx`` is one class per aggregate of ``store/base.py`` (``customers``, ``appdata``,
``messaging``, ``payments``, ``apps``, ``outbox``: the SQL of each one's tables) on the
transaction's connection; it adds the two operations that span them, each aggregate
moving or erasing its own part of a customer.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..base import Store, Tx
from .appdata import SqliteAppData
from .apps import SqliteApps
from .customers import SqliteCustomers
from .messaging import SqliteMessaging
from .outbox import SqliteOutbox
from .payments import SqlitePayments
from .schema import MIGRATIONS, SchemaError


class SqliteTx(SqliteCustomers, SqliteAppData, SqliteMessaging, SqlitePayments, SqliteApps, SqliteOutbox, Tx):
    """One transaction: each aggregate's SQL (one module each), and the two that span them."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def adopt(self, customer_id: str, other_id: str) -> None:
        # each aggregate's tables are its own, so the order matters only for the last step
        self._adopt_customers(customer_id, other_id)
        self._adopt_app_data(customer_id, other_id)
        self._adopt_messaging(customer_id, other_id)
        self._adopt_payments(customer_id, other_id)
        self._adopt_outbox(customer_id, other_id)
        self._decommission(customer_id, other_id)

    def delete_customer(self, customer_id: str) -> None:
        self._delete_payments(customer_id)
        self._delete_customers(customer_id)
        self._delete_outbox(customer_id)


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

    @contextmanager
    def read(self) -> Iterator[Tx]:
        """Each statement on its own: no write lock taken for a lookup."""
        with self._lock:
            yield SqliteTx(self._db)

    def close(self) -> None:
        with self._lock:
            self._db.close()
