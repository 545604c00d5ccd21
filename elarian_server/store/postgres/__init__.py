"""The PostgreSQL store, for several runtime instances on one database.

``store``: ``PostgresStore`` (a psycopg connection pool; transactions are ``SqlTx`` of
``store/sql``, the SQL both stores share); ``schema``: its migrations.
"""

from ..base import SchemaError
from .schema import MIGRATIONS
from .store import PostgresStore

__all__ = ["MIGRATIONS", "PostgresStore", "SchemaError"]
