"""The store: ``base`` is what the engine asks of one (``Store``, ``Tx`` and its aggregates, the
rows); ``sql`` the SQL both stores run; ``sqlite`` the default store (one file), ``postgres`` the
store several runtime instances share. ``open_store`` picks one from what ``--db`` says."""

from __future__ import annotations

from pathlib import Path

from .base import Store, StoreUnavailable
from .urls import describe, is_postgres

__all__ = ["describe", "is_postgres", "open_store"]


def open_store(db: str | Path) -> Store:
    """``postgresql://USER@HOST:PORT/DB`` (or ``postgres://``): the PostgreSQL store; anything
    else: a SQLite file (``:memory:``: a throwaway one)."""
    if is_postgres(db):
        try:
            from .postgres import PostgresStore
        except ImportError as exc:
            raise StoreUnavailable(
                f"a PostgreSQL store needs psycopg ({exc}): pip install 'elarian-sync[server,postgres]'"
            ) from None
        return PostgresStore(str(db))
    from .sqlite import SqliteStore

    return SqliteStore(db)
