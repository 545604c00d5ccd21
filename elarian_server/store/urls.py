"""What ``--db`` names: a PostgreSQL URL or a SQLite file, and how to print it."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

POSTGRES_SCHEMES = ("postgresql", "postgres")


def is_postgres(db: str | Path) -> bool:
    return isinstance(db, str) and urlsplit(db).scheme in POSTGRES_SCHEMES


def is_shared(db: str | Path) -> bool:
    """Whether other runtime instances may open the store ``db`` too: a PostgreSQL database, or a
    SQLite file (not a throwaway ``:memory:`` store)."""
    return str(db) != ":memory:"


def describe(db: str | Path) -> str:
    """``db`` fit to print: a URL without its password."""
    if not is_postgres(db):
        return str(db)
    parts = urlsplit(str(db))
    if parts.password is None:
        return str(db)
    host = parts.netloc.rpartition("@")[2]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))
