"""What the SQL aggregates share: the transaction's connection, data values as text or blob
columns, upserts that keep a row's rowid, and moving a customer's rows to another customer.

The aggregates' SQL is written once, in what SQLite and PostgreSQL both understand: ``?``
parameters (the PostgreSQL store translates them), ``ON CONFLICT`` upserts, ``rowid`` (a
column of its own on PostgreSQL, filled from a sequence, so "in the order rows were
written" reads alike), ``ifnull`` (a SQL function the PostgreSQL schema defines).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol

from ..base import DataValue


class Cursor(Protocol):
    """What the aggregates read from a statement: rows one at a time or the first, and how many
    rows a write touched."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Db(Protocol):
    """A connection in a transaction: ``sqlite3.Connection`` as it is; the PostgreSQL store's
    wrapper of a psycopg connection."""

    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Cursor: ...


def data_value(text: str | None, blob: bytes | None) -> DataValue | None:
    if blob is not None:
        return bytes(blob)
    return text


def split_data(value: DataValue | None) -> tuple[str | None, bytes | None]:
    if value is None:
        return None, None
    if isinstance(value, bytes):
        return None, value
    return value, None


def upsert(table: str, columns: str, key: str) -> str:
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


def like_prefix(prefix: str) -> str:
    """A LIKE pattern matching strings that start with ``prefix`` (its % and _ escaped)."""
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class SqlAggregate:
    """One aggregate's operations on the transaction's connection (a part of ``SqlTx``)."""

    db: Db

    def _move_rows(self, table: str, customer_id: str, other_id: str) -> None:
        """The other customer's rows in ``table`` become this customer's."""
        self.db.execute(f"UPDATE {table} SET customer_id = ? WHERE customer_id = ?", (customer_id, other_id))

    def _move_keyed_rows(self, table: str, key: str, customer_id: str, other_id: str) -> None:
        """Rows keyed by (customer, ``key``): existing keys win; move what this customer lacks,
        drop the rest."""
        same = " AND ".join(f"mine.{k.strip()} = {table}.{k.strip()}" for k in key.split(","))
        self.db.execute(
            f"DELETE FROM {table} WHERE customer_id = ? AND EXISTS"
            f" (SELECT 1 FROM {table} mine WHERE mine.customer_id = ? AND {same})",
            (other_id, customer_id),
        )
        self._move_rows(table, customer_id, other_id)
