"""The default store: SQLite, one file.

``store``: ``SqliteStore`` (the connection, the lock, transactions; each transaction an
``SqlTx`` of ``store/sql``, the SQL both stores share); ``schema``: the migrations.
"""

from .schema import MIGRATIONS, SchemaError
from .store import SqliteStore

__all__ = ["MIGRATIONS", "SchemaError", "SqliteStore"]
