"""What the SQLite aggregates share: the transaction's connection, data values as text or blob
columns, upserts that keep a row's rowid, and moving a customer's rows to another customer.
"""

from __future__ import annotations

import sqlite3

from ..base import DataValue


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


class SqliteAggregate:
    """One aggregate's operations on the transaction's connection (a part of ``SqliteTx``)."""

    db: sqlite3.Connection

    def _move_rows(self, table: str, customer_id: str, other_id: str) -> None:
        """The other customer's rows in ``table`` become this customer's."""
        self.db.execute(f"UPDATE {table} SET customer_id = ? WHERE customer_id = ?", (customer_id, other_id))

    def _move_keyed_rows(self, table: str, customer_id: str, other_id: str) -> None:
        """Existing keys win: move what this customer lacks, drop the rest."""
        self.db.execute(
            f"UPDATE OR IGNORE {table} SET customer_id = ? WHERE customer_id = ?", (customer_id, other_id)
        )
        self.db.execute(f"DELETE FROM {table} WHERE customer_id = ?", (other_id,))
