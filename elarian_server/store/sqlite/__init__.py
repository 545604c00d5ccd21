"""The default store: SQLite, one file.

``store``: ``SqliteStore`` (the connection, the lock, transactions) and ``SqliteTx``, which
composes one class per aggregate of ``store/base.py``: ``customers``, ``appdata``,
``messaging``, ``payments``, ``apps``, ``outbox`` (each the SQL of its own tables);
``schema``: the migrations; ``common``: what the aggregates share.
"""

from .schema import MIGRATIONS, SchemaError
from .store import SqliteStore, SqliteTx

__all__ = ["MIGRATIONS", "SchemaError", "SqliteStore", "SqliteTx"]
